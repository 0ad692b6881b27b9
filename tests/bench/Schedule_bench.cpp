#include "SyntheticFactory.h"

#include "core/mrp/MrpResult.h"
#include "core/scheduling/FiniteScheduler.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>

namespace {

using pmc::bench::SchedulingShape;
using pmc::core::FactoryModel;
using pmc::core::FiniteScheduler;
using pmc::core::MrpResult;
using pmc::core::ScheduleOptions;
using pmc::core::ScheduleProgress;
using pmc::core::ScheduleResult;

/// The shop floors of the scheduling targets, by number of operations: 50k operations on
/// 200 work centers in 8 workshops (2,000 items), and 10k operations at the same load per
/// work center on 40 work centers in 4 workshops (400 items). Built once per process.
const FactoryModel& schedulingFactory(int operations)
{
    static std::map<int, FactoryModel> factories;
    auto it = factories.find(operations);
    if (it == factories.end()) {
        const int scale = std::max(1, operations / 10'000); // 1 for 10k, 5 for 50k
        SchedulingShape shape;
        shape.operations = operations;
        shape.workCenters = 40 * scale;
        shape.workshops = scale > 1 ? 8 : 4;
        shape.items = 400 * scale;
        it = factories.emplace(operations, pmc::bench::makeSchedulingFactory(shape)).first;
    }
    return it->second;
}

int lateOrders(const ScheduleResult& result)
{
    return static_cast<int>(
        std::count_if(result.orders.begin(), result.orders.end(), [](const auto& o) { return o.lateDays > 0; }));
}

void shapeCounters(benchmark::State& state, const FactoryModel& model, const ScheduleResult& result)
{
    state.counters["operations"] = static_cast<double>(result.operations.size());
    state.counters["work_orders"] = static_cast<double>(model.workOrders.size());
    state.counters["work_centers"] = static_cast<double>(model.workCenters.size());
}

/// Target (1): construct a schedule of 50k operations on 200 work centers with calendars in
/// under 1 s (`--seconds 0`: EDD list scheduling with gap filling, and the whole result).
/// Only work orders are scheduled: the MRP result is empty. Arg: operations.
void BM_ScheduleConstruct(benchmark::State& state)
{
    const FactoryModel& model = schedulingFactory(static_cast<int>(state.range(0)));
    const MrpResult noMrp;
    for (auto _ : state) {
        ScheduleResult result = FiniteScheduler(model).run(noMrp);
        benchmark::DoNotOptimize(result.operations.data());
        // Reading the result and freeing it is the caller's business, not the run's.
        state.PauseTiming();
        shapeCounters(state, model, result);
        state.counters["weighted_tardiness"] = static_cast<double>(result.weightedTardiness);
        state.counters["makespan_days"] = result.makespan / 1440.0;
        state.counters["late_orders"] = lateOrders(result);
        result = {};
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ScheduleConstruct)
    ->Arg(10'000)
    ->Arg(50'000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

/// Target (2): the optimizer improves a 10k-operation factory problem measurably within
/// 30 s. One run of `--seconds 30 --seed 1`: construction, 30 s of late-acceptance search
/// over the dispatch order, the result. Counters compare the construction with the best
/// schedule found (weighted tardiness in weighted minutes, makespan in minutes since today
/// 00:00). Arg: operations.
void BM_ScheduleOptimize(benchmark::State& state)
{
    const FactoryModel& model = schedulingFactory(static_cast<int>(state.range(0)));
    const MrpResult noMrp;
    ScheduleOptions options;
    options.seconds = 30;
    options.seed = 1;
    double lastImprovementSeconds = 0;
    int improvements = -1; // the first report is the construction
    long long bestSeen = -1;
    int bestMakespanSeen = 0;
    options.progress = [&](const ScheduleProgress& p) {
        if (p.bestWeightedTardiness != bestSeen || p.bestMakespan != bestMakespanSeen) {
            bestSeen = p.bestWeightedTardiness;
            bestMakespanSeen = p.bestMakespan;
            lastImprovementSeconds = p.elapsedSeconds;
            ++improvements;
        }
    };
    int constructionLate = 0;
    {
        const ScheduleResult construction = FiniteScheduler(model).run(noMrp);
        constructionLate = lateOrders(construction);
    }
    ScheduleResult result;
    for (auto _ : state) {
        result = FiniteScheduler(model).run(noMrp, options);
        benchmark::DoNotOptimize(result.operations.data());
    }
    shapeCounters(state, model, result);
    const auto wt0 = static_cast<double>(result.constructionWeightedTardiness);
    const auto wt1 = static_cast<double>(result.weightedTardiness);
    state.counters["construction_wt"] = wt0;
    state.counters["final_wt"] = wt1;
    state.counters["wt_reduction_pct"] = wt0 > 0 ? 100.0 * (wt0 - wt1) / wt0 : 0.0;
    state.counters["construction_makespan_min"] = result.constructionMakespan;
    state.counters["final_makespan_min"] = result.makespan;
    state.counters["construction_late_orders"] = constructionLate;
    state.counters["final_late_orders"] = lateOrders(result);
    state.counters["candidates"] = static_cast<double>(result.iterations);
    state.counters["improvements"] = improvements;
    state.counters["last_improvement_s"] = lastImprovementSeconds;
}
BENCHMARK(BM_ScheduleOptimize)
    ->Arg(10'000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

} // namespace
