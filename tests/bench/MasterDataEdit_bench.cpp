#include "SyntheticFactory.h"

#include "core/diagnostics/FactoryValidator.h"
#include "core/masterdata/MasterDataEdit.h"

#include <benchmark/benchmark.h>

namespace {

using pmc::bench::FactoryShape;
using pmc::core::FactoryModel;
using pmc::core::MasterDataEdit;

/// The scale of issue 3's budgets: 100k items and 500k BOM rows.
FactoryModel& largeFactory()
{
    static FactoryModel model = pmc::bench::makeSyntheticFactory(
        FactoryShape{.items = 100'000, .bomRows = 500'000, .levels = 10, .salesLines = 20'000, .horizonDays = 365,
                     .purchaseOrders = 20'000, .workOrders = 5'000});
    return model;
}

/// One planner edit in the item table (a lead time) and its undo, as Document::edit does it:
/// apply, validate the whole factory, keep a backup of the touched section. The cost a
/// planner feels per edited cell in a factory of this size.
void BM_EditOneItemValidated(benchmark::State& state)
{
    FactoryModel& model = largeFactory();
    const std::size_t row = model.items.size() / 2;
    MasterDataEdit edit;
    auto changed = model.items[row];
    changed.leadTimeDays += 1;
    edit.items.push_back({model.items[row], changed});
    const MasterDataEdit undo = edit.inverse();
    for (auto _ : state) {
        const bool ok = pmc::core::applyValidatedEdit(model, edit).ok();
        benchmark::DoNotOptimize(ok);
        // A refused edit has already been taken back (the validator's cost is the same).
        if (ok)
            pmc::core::applyEdit(model, undo);
    }
}
BENCHMARK(BM_EditOneItemValidated)->Unit(benchmark::kMillisecond);

/// The part of the above that is the whole-factory validation.
void BM_ValidateLargeFactory(benchmark::State& state)
{
    const FactoryModel& model = largeFactory();
    for (auto _ : state) {
        const bool ok = pmc::core::validateFactory(model).ok();
        benchmark::DoNotOptimize(ok);
    }
}
BENCHMARK(BM_ValidateLargeFactory)->Unit(benchmark::kMillisecond);

} // namespace
