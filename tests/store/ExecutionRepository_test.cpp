#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/Statement.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace pmc::store;
using pmc::core::CompletionReport;
using pmc::core::Date;

namespace {

const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25" },
  "workcenters": [ { "code": "CUT", "name": "下料", "workshop": "W", "parallel_units": 1, "efficiency": 1 },
                   { "code": "WELD", "name": "焊接", "workshop": "W", "parallel_units": 1, "efficiency": 1 } ],
  "items": [ { "code": "FRAME", "type": "semi", "source": "make" } ],
  "routings": [ { "item": "FRAME", "operations": [
      { "seq": 10, "workcenter": "CUT", "setup_minutes": 0, "run_minutes_per_unit": 1 },
      { "seq": 20, "workcenter": "WELD", "setup_minutes": 0, "run_minutes_per_unit": 1 } ] } ],
  "work_orders": [ { "number": "WO-0001", "item": "FRAME", "qty": 20, "due": "2026-12-05", "completed_qty": 0 } ]
})";

class ExecutionRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override { m_db.importScenario(kScenario, "s.json"); }

    long long reportCount()
    {
        Statement count = m_db.database().prepare("SELECT count(*) FROM completion_report");
        count.step();
        return count.integer(0);
    }
    double completedQty() { return m_db.load().workOrders.at(0).completedQty; }
    CompletionReport report(int seq, double good, double scrap = 0)
    {
        return {"WO-0001", seq, Date::fromYmd(2026, 11, 24), good, scrap, scrap > 0 ? "划伤" : ""};
    }

    pmc::test::TempDir m_dir;
    FactoryDatabase m_db{m_dir.database("f.db")};
};

} // namespace

TEST_F(ExecutionRepositoryTest, goodOnTheLastOperationRaisesCompletedQuantity)
{
    ExecutionRepository execution(m_db.database());
    EXPECT_EQ(execution.record(report(10, 15, 1)).completedQty, 0);
    EXPECT_EQ(completedQty(), 0);
    const pmc::core::WorkOrder order = execution.record(report(20, 12));
    EXPECT_EQ(order.completedQty, 12);
    EXPECT_EQ(order.openQty(), 8);
    EXPECT_EQ(completedQty(), 12);
    const std::vector<CompletionReport> stored = execution.reports();
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0], report(10, 15, 1));
    EXPECT_EQ(stored[1], report(20, 12));
}

TEST_F(ExecutionRepositoryTest, refusedReportWritesNothing)
{
    ExecutionRepository execution(m_db.database());
    execution.record(report(10, 10));
    try {
        execution.record(report(20, 11));
        FAIL() << "an overbooked operation was accepted";
    } catch (const InputError& e) {
        ASSERT_EQ(e.issues().issues().size(), 1u);
        EXPECT_EQ(e.issues().issues()[0].toString(), "--good: 11 exceeds the 10 still open on WO-0001 op 20");
    }
    EXPECT_EQ(reportCount(), 1);
    EXPECT_EQ(completedQty(), 0);
    // The refused transaction was rolled back, so the next report goes through normally.
    EXPECT_EQ(execution.record(report(20, 10)).completedQty, 10);
}

TEST_F(ExecutionRepositoryTest, reimportDropsTheReportsOfReplacedOrders)
{
    ExecutionRepository(m_db.database()).record(report(10, 5));
    m_db.importScenario(kScenario, "s.json");
    EXPECT_EQ(reportCount(), 0);
}
