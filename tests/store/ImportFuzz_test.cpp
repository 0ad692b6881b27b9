// Randomized robustness tests of the importers (issue: bad files never crash the program and
// never leave a partial write). Deterministic seeds, so a failure reproduces; every mutant is
// either imported whole or refused with InputError, the database unchanged.
#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/ScenarioJson.h"
#include "store/Spreadsheet.h"
#include "store/TableImport.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>

using namespace pmc::store;
using nlohmann::json;

namespace {

/// The JSON pointers of every value in `doc`.
void collectPointers(const json& value, const json::json_pointer& at, std::vector<json::json_pointer>& out)
{
    out.push_back(at);
    if (value.is_object())
        for (const auto& [key, child] : value.items())
            collectPointers(child, at / key, out);
    else if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i)
            collectPointers(value[i], at / i, out);
}

/// Values a careless export, a hand edit or a damaged file puts where a field was.
json strangeValue(std::mt19937& random)
{
    static const std::vector<json> values = {
        nullptr, "", "x", "2026-02-30", "24:01", "-1", -1, 0, 1e308, -1e-9, 3.5, true, json::array(),
        json::object(), json::array({1, "a"}), std::string(3000, 'Z'), "PO-2026-1181", "FG-NOPE", "08:00",
        "A4 sideways", "\u5de5\u5355", 2147483648.0};
    return values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(random)];
}

/// One random change: replace a value, drop it, or duplicate an array element.
void mutate(json& doc, std::mt19937& random)
{
    std::vector<json::json_pointer> pointers;
    collectPointers(doc, json::json_pointer(), pointers);
    const json::json_pointer at = pointers[std::uniform_int_distribution<std::size_t>(1, pointers.size() - 1)(random)];
    json& parent = doc[at.parent_pointer()];
    switch (std::uniform_int_distribution<int>(0, 3)(random)) {
    case 0:
        if (parent.is_object())
            parent.erase(at.back());
        else
            parent.erase(static_cast<std::size_t>(std::stoul(at.back())));
        break;
    case 1:
        if (parent.is_array())
            parent.push_back(doc[at]);
        else
            doc[at] = strangeValue(random);
        break;
    default: doc[at] = strangeValue(random);
    }
}

class ImportFuzz : public ::testing::Test {
protected:
    pmc::test::TempDir m_dir;
};

} // namespace

TEST_F(ImportFuzz, mutatedScenariosAreImportedWholeOrRefusedWithNothingChanged)
{
    const json demo = json::parse(demoScenarioJson());
    FactoryDatabase db(m_dir.database("f.db"));
    db.importScenario(demo.dump(), "demo.json");
    const std::string original = writeScenario(db.load(), db.executionHistory()).dump();
    std::mt19937 random(20261127);
    int refused = 0;
    constexpr int kRuns = 300;
    for (int run = 0; run < kRuns; ++run) {
        json mutant = demo;
        const int changes = std::uniform_int_distribution<int>(1, 4)(random);
        for (int k = 0; k < changes; ++k)
            mutate(mutant, random);
        try {
            db.importScenario(mutant.dump(), "mutant.json");
        } catch (const InputError& e) {
            ++refused;
            ASSERT_FALSE(e.issues().ok());
            for (const pmc::core::ValidationIssue& issue : e.issues().issues())
                EXPECT_FALSE(issue.toString().empty());
            // Refused: the database still holds the last import exactly.
            ASSERT_EQ(writeScenario(db.load(), db.executionHistory()).dump(), original) << "run " << run;
            continue;
        }
        // Accepted (a harmless change): the stored factory reads back and exports again, then the
        // original comes back for the next run.
        EXPECT_NO_THROW(writeScenario(db.load(), db.executionHistory()));
        db.importScenario(demo.dump(), "demo.json");
    }
    // The mutations are meant to be bad input: most must be refused, or the test tests nothing.
    EXPECT_GT(refused, kRuns / 2);
}

TEST_F(ImportFuzz, damagedTableFilesAreRefusedWithTheirFileNamed)
{
    FactoryDatabase db(m_dir.database("f.db"));
    db.importScenario(demoScenarioJson(), "demo.json");
    const pmc::core::FactoryModel before = db.load();
    const std::string header = "code,name,type,source,uom,lead_time_days,safety_stock,lot,moq,multiple,scrap_rate,supplier\n";
    const std::string good = "RM-NEW,New raw,raw,buy,pcs,5,0,lot_for_lot,0,0,0,S-001\n";
    std::mt19937 random(42);
    using namespace std::string_literals; // the NUL byte and what follows it belong to the set
    const std::string bytes = ",\n\"\r;\t0-9.eE\xe5\xb7\xa5\xff\x00 abc"s;
    for (int run = 0; run < 300; ++run) {
        std::string text = header + good + good;
        const int changes = std::uniform_int_distribution<int>(1, 6)(random);
        for (int k = 0; k < changes; ++k) {
            const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random);
            const char c = bytes[std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random)];
            if (random() % 2)
                text[at] = c;
            else
                text.insert(at, 1, c);
        }
        const std::string path = m_dir.file("items.csv");
        std::ofstream(path, std::ios::binary) << text;
        try {
            const TableFile file = readTableFile(path, std::nullopt);
            const TableImportPlan plan = planTableImport(before, file);
            for (const pmc::core::ValidationIssue& issue : plan.issues.issues())
                EXPECT_NE(issue.toString().find("items.csv"), std::string::npos) << issue.toString();
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.source()).find("items.csv"), std::string::npos) << e.source();
        }
    }
    // Planning reads only: nothing was stored.
    EXPECT_EQ(db.load(), before);
}

TEST_F(ImportFuzz, damagedWorkbooksAreRefusedNotCrashedOn)
{
    FactoryDatabase db(m_dir.database("f.db"));
    db.importScenario(demoScenarioJson(), "demo.json");
    const std::string path = m_dir.file("tables.xlsx");
    writeXlsx(path, exportTables(db.load(), HeaderLanguage::English));
    std::string original;
    {
        std::ifstream in(path, std::ios::binary);
        original.assign(std::istreambuf_iterator<char>(in), {});
    }
    ASSERT_GT(original.size(), 1000u);
    std::mt19937 random(7);
    int refused = 0;
    for (int run = 0; run < 200; ++run) {
        std::string bytes = original;
        const int changes = std::uniform_int_distribution<int>(1, 8)(random);
        for (int k = 0; k < changes; ++k) {
            const std::size_t at = std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random);
            if (random() % 4 == 0)
                bytes.resize(at); // a truncated download
            else
                bytes[at] = static_cast<char>(random());
            if (bytes.empty())
                break;
        }
        const std::string damaged = m_dir.file("damaged.xlsx");
        std::ofstream(damaged, std::ios::binary | std::ios::trunc) << bytes;
        try {
            const TableFile file = readTableFile(damaged, std::nullopt);
            planTableImport(db.load(), file);
        } catch (const InputError& e) {
            ++refused;
            EXPECT_NE(e.source().find("damaged.xlsx"), std::string::npos) << e.source();
        }
    }
    EXPECT_GT(refused, 0);
}
