#include "SyntheticFactory.h"

#include "store/FactoryDatabase.h"
#include "store/MasterTables.h"
#include "store/TableImport.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>

namespace {

namespace fs = std::filesystem;
using pmc::bench::FactoryShape;
using pmc::core::FactoryModel;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// The budget case's master data (100k items, 500k BOM rows over 10 levels, a DAG) as the CSV
/// files a planner would export from the ERP, with Chinese headers; written once per process.
struct LargeTables {
    fs::path folder = fs::temp_directory_path() / "pmc-bench-tables";
    std::string items = (folder / "物料.csv").string();
    std::string boms = (folder / "物料清单.csv").string();

    /// The same tables a week later: 1% of the items and BOM rows changed, 0.1% of the BOM
    /// rows gone.
    std::string updatedItems = (folder / "物料-updated.csv").string();
    std::string updatedBoms = (folder / "物料清单-updated.csv").string();

    LargeTables()
    {
        const FactoryModel model = pmc::bench::makeSyntheticFactory(
            FactoryShape{.items = 100'000, .bomRows = 500'000, .levels = 10, .salesLines = 0, .purchaseOrders = 0,
                         .workOrders = 0});
        fs::create_directories(folder);
        const auto zh = pmc::store::HeaderLanguage::Chinese;
        pmc::store::Sheet itemSheet = pmc::store::exportTable(model, pmc::store::TableId::Items, zh);
        pmc::store::Sheet bomSheet = pmc::store::exportTable(model, pmc::store::TableId::Boms, zh);
        pmc::store::writeCsv(items, itemSheet);
        pmc::store::writeCsv(boms, bomSheet);
        for (std::size_t row = 1; row < itemSheet.rows.size(); row += 100)
            itemSheet.rows[row][6] = std::to_string(row); // safety stock
        for (std::size_t row = 1; row < bomSheet.rows.size(); row += 100)
            bomSheet.rows[row][2].assign(1, '7'); // qty per
        for (std::size_t row = bomSheet.rows.size() - 1; row > 0; row -= std::min<std::size_t>(row, 1000))
            bomSheet.rows.erase(bomSheet.rows.begin() + static_cast<std::ptrdiff_t>(row));
        pmc::store::writeCsv(updatedItems, itemSheet);
        pmc::store::writeCsv(updatedBoms, bomSheet);
    }
    ~LargeTables() { fs::remove_all(folder); }
};

const LargeTables& largeTables()
{
    static const LargeTables tables;
    return tables;
}

void removeDatabase(const fs::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(path.string() + suffix);
}

/// Reads both files and checks them against the database's data, timing each phase.
pmc::store::TableImportPlan planImport(benchmark::State& state, pmc::store::FactoryDatabase& db,
                                       const std::string& itemsFile, const std::string& bomsFile)
{
    Clock::time_point start = Clock::now();
    const pmc::store::Workbook items = pmc::store::readSpreadsheet(itemsFile);
    const pmc::store::Workbook boms = pmc::store::readSpreadsheet(bomsFile);
    state.counters["read_s"] = secondsSince(start);
    start = Clock::now();
    pmc::store::TableFile input;
    input.fileName = "物料.csv";
    input.tables.push_back(pmc::store::parseTable(pmc::store::TableId::Items, items.sheets.at(0), "物料.csv"));
    input.tables.push_back(pmc::store::parseTable(pmc::store::TableId::Boms, boms.sheets.at(0), "物料清单.csv"));
    state.counters["parse_s"] = secondsSince(start);
    start = Clock::now();
    pmc::store::TableImportPlan plan = pmc::store::planTableImport(db.load(), input);
    if (!plan.ok())
        state.SkipWithError(plan.issues.issues().front().toString().c_str());
    state.counters["diff_validate_s"] = secondsSince(start);
    return plan;
}

void store(benchmark::State& state, pmc::store::FactoryDatabase& db, const pmc::store::TableImportPlan& plan)
{
    const Clock::time_point start = Clock::now();
    pmc::store::storeTableImport(db.database(), plan.changes);
    state.counters["store_s"] = secondsSince(start);
}

/// Reading, parsing, diffing + validating and storing both files into a fresh database, in
/// one transaction (budget: 10 s). The counters split the time by phase.
void BM_TableImportLarge(benchmark::State& state)
{
    const LargeTables& files = largeTables();
    const fs::path database = files.folder / "bench.db";
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(database);
        state.ResumeTiming();
        pmc::store::FactoryDatabase db(database.string());
        const pmc::store::TableImportPlan plan = planImport(state, db, files.items, files.boms);
        store(state, db, plan);
        state.counters["items"] = static_cast<double>(plan.diffs.at(0).added.size());
        state.counters["bom_rows"] = static_cast<double>(plan.diffs.at(1).added.size());
    }
    removeDatabase(database);
}
BENCHMARK(BM_TableImportLarge)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

/// The weekly update of the same tables: 1% changed, 0.1% removed, against the stored 600k
/// rows. `desktop_apply_s` is what the desktop app adds before storing (Document::edit applies
/// the edit in memory with core::applyValidatedEdit); it is not part of the timed total.
void BM_TableReimportLarge(benchmark::State& state)
{
    const LargeTables& files = largeTables();
    const fs::path database = files.folder / "bench-update.db";
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(database);
        pmc::store::FactoryDatabase db(database.string());
        store(state, db, planImport(state, db, files.items, files.boms));
        state.ResumeTiming();
        const pmc::store::TableImportPlan plan = planImport(state, db, files.updatedItems, files.updatedBoms);
        store(state, db, plan);
        state.PauseTiming();
        const std::size_t changed = plan.diffs.at(0).changed.size() + plan.diffs.at(1).changed.size();
        state.counters["changed"] = static_cast<double>(changed);
        state.counters["removed"] = static_cast<double>(plan.diffs.at(1).removed.size());
        FactoryModel model = pmc::bench::makeSyntheticFactory(
            FactoryShape{.items = 100'000, .bomRows = 500'000, .levels = 10, .salesLines = 0, .purchaseOrders = 0,
                         .workOrders = 0});
        const Clock::time_point start = Clock::now();
        const bool accepted = pmc::core::applyValidatedEdit(model, plan.changes.master).ok();
        state.counters["desktop_apply_s"] = secondsSince(start);
        if (!accepted)
            state.SkipWithError("the desktop path refused the edit");
        state.ResumeTiming();
    }
    removeDatabase(database);
}
BENCHMARK(BM_TableReimportLarge)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace
