#include "store/Database.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/MaterialIssueRepository.h"
#include "store/Migrator.h"
#include "store/ScenarioJson.h"
#include "store/Statement.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace pmc::store;
using pmc::core::Date;
using pmc::core::MaterialIssue;

namespace {

const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25" },
  "items": [ { "code": "BIKE", "type": "finished", "source": "make" },
             { "code": "WHEEL", "type": "raw", "source": "buy" },
             { "code": "SEAT", "type": "raw", "source": "buy" } ],
  "boms": [ { "parent": "BIKE", "component": "WHEEL", "qty_per": 2, "scrap_rate": 0.05 } ],
  "inventory": [ { "item": "WHEEL", "on_hand": 40, "location": "A-01-03" }, { "item": "SEAT", "on_hand": 5 } ],
  "work_orders": [ { "number": "WO-0001", "item": "BIKE", "qty": 10, "due": "2026-12-05" } ]
})";

class MaterialIssueRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override { m_db.importScenario(kScenario, "s.json"); }

    long long issueCount()
    {
        Statement count = m_db.database().prepare("SELECT count(*) FROM material_issue");
        count.step();
        return count.integer(0);
    }
    MaterialIssue issue(const std::string& item, double qty, Date date = Date::fromYmd(2026, 11, 25))
    {
        return {"WO-0001", item, qty, date, "line 1"};
    }
    void expectRefused(const MaterialIssue& bad, const std::string& path)
    {
        MaterialIssueRepository repository(m_db.database());
        try {
            repository.record(bad);
            FAIL() << "accepted an issue that should be refused at " << path;
        } catch (const InputError& e) {
            ASSERT_FALSE(e.issues().ok());
            EXPECT_EQ(e.issues().issues().front().path, path) << e.issues().issues().front().toString();
        }
    }

    pmc::test::TempDir m_dir;
    FactoryDatabase m_db{m_dir.database("f.db")};
};

} // namespace

TEST_F(MaterialIssueRepositoryTest, issuesAndReturnsAreStoredInOrder)
{
    MaterialIssueRepository repository(m_db.database());
    repository.record(issue("WHEEL", 12));
    repository.record(issue("WHEEL", -2));
    const std::vector<MaterialIssue> stored = repository.issues();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0], issue("WHEEL", 12));
    EXPECT_EQ(stored[1], issue("WHEEL", -2));
    EXPECT_EQ(pmc::core::issuedQuantity(stored, "WO-0001", "WHEEL"), 10);
}

TEST_F(MaterialIssueRepositoryTest, badInputIsRefusedAndNothingIsWritten)
{
    MaterialIssueRepository(m_db.database()).record(issue("WHEEL", 3));
    expectRefused({"WO-9999", "WHEEL", 1, Date::fromYmd(2026, 11, 25)}, "--order");
    expectRefused(issue("NOPE", 1), "--item");
    expectRefused(issue("SEAT", 1), "--item"); // not in BIKE's bill of materials
    expectRefused(issue("WHEEL", 0), "--qty");
    expectRefused(issue("WHEEL", 1, Date::fromYmd(2026, 11, 26)), "--date");
    expectRefused(issue("WHEEL", -4), "--qty"); // only 3 were issued
    EXPECT_EQ(issueCount(), 1);
}

TEST_F(MaterialIssueRepositoryTest, inventoryLocationRoundTripsThroughTheStoreAndTheScenario)
{
    EXPECT_EQ(m_db.load().inventory.at(0).location, "A-01-03");
    EXPECT_EQ(m_db.load().inventory.at(1).location, "");
    const std::string exported = writeScenario(m_db.load()).dump();
    EXPECT_NE(exported.find(R"("location":"A-01-03")"), std::string::npos);
    EXPECT_EQ(exported.find(R"("location":"")"), std::string::npos); // written only when kept
}

TEST(MigratorKitting, version9AddsTheLocationAndMaterialIssueToAVersion8File)
{
    Database db(":memory:");
    Migrator migrator(db);
    migrator.migrateTo(8);
    db.execute("INSERT INTO item (code, name, type, uom, source, lead_time_days, safety_stock, lot_rule) "
               "VALUES ('X', 'x', 'raw', 'pcs', 'buy', 0, 0, 'lot_for_lot');"
               "INSERT INTO inventory (item, on_hand) VALUES ('X', 4)");
    ASSERT_GE(Migrator::latestVersion(), 9);
    migrator.migrateTo(9);
    EXPECT_EQ(migrator.currentVersion(), 9);
    Statement row = db.prepare("SELECT on_hand, location FROM inventory");
    ASSERT_TRUE(row.step());
    EXPECT_EQ(row.real(0), 4);
    EXPECT_EQ(row.text(1), ""); // stock rows from before keep no location
    Statement table = db.prepare("SELECT count(*) FROM material_issue");
    ASSERT_TRUE(table.step());
    EXPECT_EQ(table.integer(0), 0);
}
