#include "core/FactoryModel.h"
#include "core/kpi/WorkerOutput.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

Date nov(int day) { return Date::fromYmd(2026, 11, day); }

FactoryModel shop()
{
    FactoryModel model;
    model.routings.push_back({"FRAME", {{10, "CUT", 10, 1}, {20, "WELD", 0, 2}}});
    model.routings[0].operations[0].pieceRate = 0.5;
    model.routings[0].operations[1].pieceRate = 1.2;
    model.workOrders.push_back({"WO-1", "FRAME", 100, nov(20), 0});
    model.workOrders.push_back({"WO-2", "FRAME", 100, nov(28), 0});
    return model;
}

CompletionReport report(const std::string& order, int seq, Date date, double good, const std::string& worker, double hours)
{
    CompletionReport r{order, seq, date, good, 0, ""};
    r.worker = worker;
    r.labourHours = hours;
    return r;
}

} // namespace

TEST(WorkerOutput, pieceRatePayPerWorkerOrderAndStep)
{
    const std::vector<CompletionReport> reports{report("WO-1", 10, nov(17), 20, "张三", 0.5),
                                                report("WO-1", 20, nov(18), 10, "焊接一班", 0.25),
                                                report("WO-2", 10, nov(18), 10, "张三", 0),
                                                report("WO-1", 10, nov(19), 6, "张三", 0.1),
                                                report("WO-1", 10, Date::fromYmd(2026, 12, 1), 50, "张三", 1)};
    const std::vector<WorkerOutput> workers = workerOutput(shop(), reports, {nov(1), nov(30)});
    ASSERT_EQ(workers.size(), 2u);
    const WorkerOutput& zhang = workers[0].worker == "张三" ? workers[0] : workers[1];
    const WorkerOutput& team = workers[0].worker == "张三" ? workers[1] : workers[0];
    EXPECT_EQ(zhang.goodQty, 36);
    ASSERT_EQ(zhang.pieceWork.size(), 2u);
    EXPECT_EQ(zhang.pieceWork[0].workOrder, "WO-1");
    EXPECT_EQ(zhang.pieceWork[0].goodQty, 26);
    EXPECT_DOUBLE_EQ(zhang.pieceWork[0].amount, 13);
    EXPECT_EQ(zhang.pieceWork[0].workCenter, "CUT");
    EXPECT_DOUBLE_EQ(zhang.pay, 18); // 36 × 0.5
    // Efficiency counts only reports with hours: (20 + 10 setup) + 6 standard minutes in 0.6 h.
    EXPECT_DOUBLE_EQ(zhang.labourHours, 0.6);
    EXPECT_NEAR(*zhang.efficiency(), (36.0 / 60) / 0.6, 1e-12);
    EXPECT_DOUBLE_EQ(team.pay, 12); // 10 × 1.2
    EXPECT_NEAR(*team.efficiency(), (20.0 / 60) / 0.25, 1e-12);
}

TEST(WorkerOutput, withoutHoursThereIsNoEfficiency)
{
    const std::vector<WorkerOutput> workers = workerOutput(shop(), {report("WO-1", 10, nov(17), 5, "", 0)}, {nov(1), nov(30)});
    ASSERT_EQ(workers.size(), 1u);
    EXPECT_EQ(workers[0].worker, "");
    EXPECT_FALSE(workers[0].efficiency());
}
