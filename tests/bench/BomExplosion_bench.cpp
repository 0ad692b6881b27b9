#include "SyntheticFactory.h"

#include "core/bom/BomGraph.h"

#include <benchmark/benchmark.h>

namespace {

using pmc::bench::FactoryShape;
using pmc::core::BomGraph;
using pmc::core::FactoryModel;

/// Ten BOM levels over ten thousand rows. A made parent has 2.8 made components on average,
/// which gives the first finished good an explosion of about 10k lines.
const FactoryModel& tenLevelFactory()
{
    static const FactoryModel model = pmc::bench::makeSyntheticFactory(
        FactoryShape{.items = 2000, .bomRows = 10'000, .levels = 10, .madeChildrenPerParent = 2.8, .salesLines = 0,
                     .purchaseOrders = 0, .workOrders = 0});
    return model;
}

/// Multi-level explosion of one finished good through all ten levels (target < 5 ms).
void BM_BomExplode10Levels(benchmark::State& state)
{
    const FactoryModel& model = tenLevelFactory();
    const BomGraph graph(model);
    const std::string top = pmc::bench::firstFinishedGood();
    std::size_t lines = 0;
    for (auto _ : state) {
        const pmc::core::BomExplosion explosion = graph.explode(top, 10, model.settings.today);
        lines = explosion.lines.size();
        benchmark::DoNotOptimize(explosion.totals.data());
    }
    state.counters["lines"] = static_cast<double>(lines);
    state.counters["bom_rows"] = static_cast<double>(model.boms.size());
}
BENCHMARK(BM_BomExplode10Levels)->Unit(benchmark::kMillisecond);

/// Building the graph itself (the code → index map and both adjacency lists), which every
/// explosion, where-used and MRP run starts with.
void BM_BomGraphBuild(benchmark::State& state)
{
    const FactoryModel& model = tenLevelFactory();
    for (auto _ : state) {
        const BomGraph graph(model);
        benchmark::DoNotOptimize(graph.childRows(0).data());
    }
    state.counters["bom_rows"] = static_cast<double>(model.boms.size());
}
BENCHMARK(BM_BomGraphBuild)->Unit(benchmark::kMillisecond);

} // namespace
