#include "SyntheticFactory.h"

#include "core/bom/BomGraph.h"
#include "core/mrp/MrpEngine.h"

#include <benchmark/benchmark.h>

namespace {

using pmc::bench::FactoryShape;
using pmc::core::FactoryModel;
using pmc::core::MrpEngine;
using pmc::core::MrpResult;

/// The bundled demo factory's size: 64 items, 144 rows, 71 sales lines, 120 days.
const FactoryModel& demoSizedFactory()
{
    static const FactoryModel model = pmc::bench::makeSyntheticFactory(
        FactoryShape{.items = 64, .bomRows = 144, .levels = 4, .salesLines = 71, .horizonDays = 120, .holidays = 4,
                     .purchaseOrders = 17, .workOrders = 10});
    return model;
}

/// The budget case: 100k items, 500k BOM rows, 20k sales lines over a year (target < 1 s
/// on one core, < 2 GB peak).
const FactoryModel& largeFactory()
{
    static const FactoryModel model = pmc::bench::makeSyntheticFactory(
        FactoryShape{.items = 100'000, .bomRows = 500'000, .levels = 10, .salesLines = 20'000, .horizonDays = 365,
                     .purchaseOrders = 20'000, .workOrders = 5'000});
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
