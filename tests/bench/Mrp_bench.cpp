#include "SyntheticFactory.h"

#include "core/bom/BomGraph.h"
#include "core/mrp/MrpEngine.h"
#include "core/mrp/MrpPlan.h"
#include "core/shortage/ShortageList.h"

#include <benchmark/benchmark.h>

#include <optional>

namespace {

using pmc::bench::FactoryShape;
using pmc::core::FactoryModel;
using pmc::core::MrpEngine;
using pmc::core::MrpPlan;
using pmc::core::MrpResult;

/// The bundled demo factory's size: 64 items, 144 rows, 71 sales lines, 120 days.
const FactoryModel& demoSizedFactory()
{
    static const FactoryModel model = pmc::bench::makeSyntheticFactory(
        FactoryShape{.items = 64, .bomRows = 144, .levels = 4, .salesLines = 71, .horizonDays = 120, .holidays = 4,
                     .purchaseOrders = 17, .workOrders = 10});
    return model;
}

/// The budget case's shape scaled to `items` (5 BOM rows, 0.2 sales lines and purchase
/// orders, 0.05 work orders per item, over a year).
FactoryModel scaledFactory(int items)
{
    return pmc::bench::makeSyntheticFactory(FactoryShape{.items = items, .bomRows = 5 * items, .levels = 10,
                                                         .salesLines = items / 5, .horizonDays = 365,
                                                         .purchaseOrders = items / 5, .workOrders = items / 20});
}

/// The budget case: 100k items, 500k BOM rows, 20k sales lines over a year (target < 1 s
/// on one core, < 2 GB peak).
const FactoryModel& largeFactory()
{
    static const FactoryModel model = scaledFactory(100'000);
    return model;
}

/// `pauseToFree`: a large result takes a noticeable time to free, which is the caller's
/// business rather than the run's; pausing costs microseconds, so small runs keep it in.
void runMrp(benchmark::State& state, const FactoryModel& model, bool pauseToFree)
{
    for (auto _ : state) {
        MrpResult result = MrpEngine(model).run();
        benchmark::DoNotOptimize(result.plannedOrders.data());
        state.counters["planned_orders"] = static_cast<double>(result.plannedOrders.size());
        state.counters["exceptions"] = static_cast<double>(result.exceptions.size());
        if (pauseToFree) {
            state.PauseTiming();
            result = {};
            state.ResumeTiming();
        }
    }
    state.counters["items"] = static_cast<double>(model.items.size());
    state.counters["bom_rows"] = static_cast<double>(model.boms.size());
}

void BM_MrpDemoSized(benchmark::State& state) { runMrp(state, demoSizedFactory(), false); }
BENCHMARK(BM_MrpDemoSized)->Unit(benchmark::kMicrosecond);

void BM_MrpLarge(benchmark::State& state) { runMrp(state, largeFactory(), true); }
BENCHMARK(BM_MrpLarge)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

/// Planning alone, without building the result's PlannedOrder values: what the desktop keeps
/// (it shows orders lazily) and what net change starts from. Arg: items.
void BM_MrpPlan(benchmark::State& state)
{
    const FactoryModel model = scaledFactory(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        std::optional<MrpPlan> plan;
        plan.emplace(model);
        benchmark::DoNotOptimize(&*plan);
        state.PauseTiming();
        plan.reset();
        state.ResumeTiming();
    }
    state.counters["items"] = static_cast<double>(model.items.size());
    state.counters["bom_rows"] = static_cast<double>(model.boms.size());
}
BENCHMARK(BM_MrpPlan)->Arg(10'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

/// Net change after one sales line's quantity changes (target < 20 ms): the quantity goes
/// back and forth between two models, so every iteration re-plans a real change. The line
/// is one of the first finished good's, which sits on top of the deepest BOM.
void BM_MrpNetChangeOneOrder(benchmark::State& state)
{
    const FactoryModel& before = largeFactory();
    FactoryModel after = before;
    const std::string top = pmc::bench::firstFinishedGood();
    pmc::core::SalesOrderLine* line = nullptr;
    for (pmc::core::SalesOrder& order : after.salesOrders)
        for (pmc::core::SalesOrderLine& candidate : order.lines)
            if (!line && candidate.item == top)
                line = &candidate;
    if (!line) {
        state.SkipWithError("no sales line for the first finished good");
        return;
    }
    line->qty += 37;
    const std::vector<std::string> changed = pmc::core::itemsWithChangedPlanningInputs(before, after);
    MrpPlan plan(before);
    const FactoryModel* models[] = {&after, &before};
    std::size_t replanned = 0;
    int turn = 0;
    for (auto _ : state) {
        replanned = plan.replan(*models[turn], changed);
        turn = 1 - turn;
    }
    state.counters["items_replanned"] = static_cast<double>(replanned);
}
BENCHMARK(BM_MrpNetChangeOneOrder)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

/// Finding what changed between two 100k-item factories, which the desktop does before a
/// net change when it does not know the edited items itself.
void BM_PlanningInputDiff(benchmark::State& state)
{
    const FactoryModel& before = largeFactory();
    FactoryModel after = before;
    after.salesOrders.front().lines.front().qty += 1;
    for (auto _ : state) {
        const std::vector<std::string> changed = pmc::core::itemsWithChangedPlanningInputs(before, after);
        benchmark::DoNotOptimize(changed.data());
    }
}
BENCHMARK(BM_PlanningInputDiff)->Unit(benchmark::kMillisecond);

/// The shortage list (欠料) the desktop derives from every run, on the budget case.
void BM_ShortagesLarge(benchmark::State& state)
{
    const FactoryModel& model = largeFactory();
    pmc::core::MrpOptions options;
    options.keepRequirements = true;
    const MrpResult result = MrpEngine(model).run({}, options);
    for (auto _ : state) {
        const std::vector<pmc::core::Shortage> shortages = pmc::core::listShortages(model, result);
        benchmark::DoNotOptimize(shortages.data());
        state.counters["shortages"] = static_cast<double>(shortages.size());
    }
}
BENCHMARK(BM_ShortagesLarge)->Unit(benchmark::kMillisecond)->Iterations(1);

/// The graph every run starts with, over the budget case's 500k rows: the part of a run
/// that grows with the BOM rather than with the plan.
void BM_BomGraphBuildLarge(benchmark::State& state)
{
    const FactoryModel& model = largeFactory();
    for (auto _ : state) {
        const pmc::core::BomGraph graph(model);
        benchmark::DoNotOptimize(graph.childRows(0).data());
    }
    state.counters["bom_rows"] = static_cast<double>(model.boms.size());
}
BENCHMARK(BM_BomGraphBuildLarge)->Unit(benchmark::kMillisecond);

} // namespace
