#include "SyntheticFactory.h"

#include "core/inventory/SlowMovingStock.h"
#include "core/kpi/DailyAchievement.h"
#include "core/kpi/Kpi.h"
#include "core/kpi/WorkerOutput.h"

#include <benchmark/benchmark.h>

namespace {

using pmc::core::Date;
using pmc::core::DateRange;
using pmc::core::FactoryModel;
using pmc::core::KpiHistory;

/// A plant with 50k operations of open work orders on 200 work centers and the last quarter of
/// history: every operation reported once (≈ 50k returns), 5k purchase orders received, the
/// daily plans of 60 working days with 400 lines each, 20k material issues.
struct PlantWithHistory {
    FactoryModel model;
    KpiHistory history;
    DateRange quarter;
};

const PlantWithHistory& plant()
{
    static const PlantWithHistory data = [] {
        PlantWithHistory p;
        p.model = pmc::bench::makeSchedulingFactory({});
        const Date today = p.model.settings.today;
        p.quarter = {today - 90, today};
        int n = 0;
        for (const pmc::core::WorkOrder& wo : p.model.workOrders) {
            for (const pmc::core::Routing& r : p.model.routings) {
                if (r.item != wo.item)
                    continue;
                for (const pmc::core::Operation& op : r.operations) {
                    pmc::core::CompletionReport report{wo.number, op.seq, today - (n % 90), wo.qty * 0.5, n % 7 == 0 ? 1.0 : 0.0,
                                                       n % 7 == 0 ? "burr" : ""};
                    report.worker = "T" + std::to_string(n % 40);
                    report.labourHours = 2;
                    p.history.reports.push_back(std::move(report));
                    ++n;
                }
                break;
            }
        }
        for (int k = 0; k < 5000; ++k) {
            p.model.purchaseOrders.push_back({"PO-" + std::to_string(k), p.model.items[static_cast<std::size_t>(k) % p.model.items.size()].code,
                                              100, today - (k % 90), "S" + std::to_string(k % 60)});
            pmc::core::PurchaseReceipt receipt;
            receipt.purchaseOrder = "PO-" + std::to_string(k);
            receipt.date = today - (k % 90) + (k % 3) - 1;
            receipt.qty = 100;
            p.history.receipts.push_back(receipt);
        }
        for (int day = 0; day < 60; ++day) {
            pmc::core::PlanRelease release;
            release.date = today - day;
            release.releasedAt = (today - day - 1).toString() + "T13:00:00";
            for (int k = 0; k < 400; ++k) {
                const pmc::core::CompletionReport& r = p.history.reports[static_cast<std::size_t>(day * 400 + k) % p.history.reports.size()];
                pmc::core::DailyPlanLine line;
                line.workCenter = "WC" + std::to_string(k % 200);
                line.order = r.workOrder;
                line.isWorkOrder = true;
                line.seq = r.seq;
                line.qty = 40;
                release.plan.lines.push_back(line);
            }
            p.history.releases.push_back(std::move(release));
        }
        for (int k = 0; k < 20000; ++k)
            p.history.issues.push_back({p.model.workOrders[static_cast<std::size_t>(k) % p.model.workOrders.size()].number,
                                        p.model.items[static_cast<std::size_t>(k) % p.model.items.size()].code, 5, today - (k % 90), ""});
        return p;
    }();
    return data;
}

void BM_KpisOfAQuarter(benchmark::State& state)
{
    const PlantWithHistory& p = plant();
    for (auto _ : state)
        benchmark::DoNotOptimize(pmc::core::computeKpis(p.model, p.history, p.quarter));
    state.counters["reports"] = static_cast<double>(p.history.reports.size());
}
BENCHMARK(BM_KpisOfAQuarter)->Unit(benchmark::kMillisecond);

void BM_DailyAchievementOfAQuarter(benchmark::State& state)
{
    const PlantWithHistory& p = plant();
    for (auto _ : state)
        benchmark::DoNotOptimize(pmc::core::dailyAchievement(p.history, p.quarter));
}
BENCHMARK(BM_DailyAchievementOfAQuarter)->Unit(benchmark::kMillisecond);

void BM_WorkerOutputOfAQuarter(benchmark::State& state)
{
    const PlantWithHistory& p = plant();
    for (auto _ : state)
        benchmark::DoNotOptimize(pmc::core::workerOutput(p.model, p.history.reports, p.quarter));
}
BENCHMARK(BM_WorkerOutputOfAQuarter)->Unit(benchmark::kMillisecond);

void BM_SlowMovingReview(benchmark::State& state)
{
    const PlantWithHistory& p = plant();
    for (auto _ : state)
        benchmark::DoNotOptimize(pmc::core::reviewSlowMovingStock(p.model, p.history, 90));
}
BENCHMARK(BM_SlowMovingReview)->Unit(benchmark::kMillisecond);

} // namespace
