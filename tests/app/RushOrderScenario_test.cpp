#include "app/Document.h"
#include "app/RushOrderScenario.h"
#include "app/WhatIfScenario.h"
#include "app/models/DisplacedOrderModel.h"
#include "core/FactoryModel.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pmc;

namespace {

/// The demo factory (today 2026-11-25) with a rush order of 200 EB-A100 due Friday.
class RushOrderScenarioTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        document.open(QString::fromStdString(dir.file("demo.db")), true);
        scenario = std::make_unique<app::RushOrderScenario>(document);
    }
    void simulate(const std::set<std::string>& sacrificed = {})
    {
        QSignalSpy finished(scenario.get(), &app::RushOrderScenario::finished);
        ASSERT_EQ(scenario->simulate(request, sacrificed), QStringList());
        scenario->wait();
        ASSERT_EQ(finished.count(), 1);
        ASSERT_TRUE(scenario->hasImpact());
    }
    const core::SalesOrder* liveOrder(const std::string& number) const
    {
        const auto& orders = document.factory().salesOrders;
        const auto it = std::find_if(orders.begin(), orders.end(), [&](const auto& so) { return so.number == number; });
        return it == orders.end() ? nullptr : &*it;
    }

    test::TempDir dir;
    app::Document document;
    std::unique_ptr<app::RushOrderScenario> scenario;
    core::RushOrderRequest request{"急单客户", "EB-A100", 200, core::Date::fromYmd(2026, 11, 27), 1};
};

} // namespace

TEST_F(RushOrderScenarioTest, badRequestIsRefusedWithoutPlanning)
{
    request.qty = 0;
    request.item = "NOPE";
    const QStringList refused = scenario->simulate(request);
    EXPECT_EQ(refused.size(), 2);
    EXPECT_FALSE(scenario->isRunning());
    EXPECT_FALSE(scenario->hasImpact());
}

TEST_F(RushOrderScenarioTest, simulationShowsTheRushLineAndDisplacedOrdersWithoutChangingTheLiveFactory)
{
    const core::FactoryModel before = document.factory();
    simulate();
    const core::InsertionImpact& impact = scenario->impact();
    EXPECT_EQ(impact.rushOrder, scenario->rushOrder().number);
    EXPECT_EQ(scenario->rushOrder().status, core::SalesOrderStatus::Confirmed);
    ASSERT_EQ(impact.rushLines.size(), 1u);
    EXPECT_EQ(impact.rushLines[0].item, "EB-A100");
    EXPECT_EQ(scenario->whatIf().options().rule, core::DispatchRule::PriorityThenDueDate);
    ASSERT_FALSE(impact.displaced.empty());
    EXPECT_GT(impact.newlyLate, 0);
    EXPECT_EQ(document.factory(), before);

    app::DisplacedOrderModel model(*scenario);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), static_cast<int>(impact.displaced.size()));
    const auto newlyLate = std::find_if(impact.displaced.begin(), impact.displaced.end(),
                                        [](const core::DisplacedOrder& o) { return o.isNewlyLate(); });
    const int row = static_cast<int>(newlyLate - impact.displaced.begin());
    EXPECT_EQ(model.data(model.index(row, app::DisplacedOrderModel::Order)).toString().toStdString(), newlyLate->order);
    EXPECT_EQ(model.data(model.index(row, app::DisplacedOrderModel::NewDaysLate)).toInt(), newlyLate->newDaysLate);
    EXPECT_EQ(model.data(model.index(row, app::DisplacedOrderModel::Order), Qt::ForegroundRole).value<QColor>(),
              QColor(0xb0, 0x00, 0x20));
}

TEST_F(RushOrderScenarioTest, tickingAnOrderSacrificesItInTheNextSimulation)
{
    simulate();
    app::DisplacedOrderModel model(*scenario);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto& displaced = scenario->impact().displaced;
    const auto line = std::find_if(displaced.begin(), displaced.end(),
                                   [](const core::DisplacedOrder& o) { return !o.salesOrder.empty(); });
    ASSERT_NE(line, displaced.end());
    const std::string victim = line->salesOrder;
    const QModelIndex check = model.index(static_cast<int>(line - displaced.begin()), app::DisplacedOrderModel::Sacrifice);
    EXPECT_TRUE(model.flags(check) & Qt::ItemIsUserCheckable);
    ASSERT_TRUE(model.setData(check, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.sacrificed(), std::set<std::string>{victim});

    simulate(model.sacrificed());
    const auto& orders = scenario->whatIf().factory().salesOrders;
    const auto sacrificed = std::find_if(orders.begin(), orders.end(), [&](const auto& so) { return so.number == victim; });
    ASSERT_NE(sacrificed, orders.end());
    EXPECT_EQ(sacrificed->priority, core::sacrificedPriority(document.factory()));
    EXPECT_NE(liveOrder(victim)->priority, sacrificed->priority);
    EXPECT_EQ(model.sacrificed(), std::set<std::string>{victim}); // the tick survives
}

TEST_F(RushOrderScenarioTest, commitAddsTheConfirmedOrderAsOneUndoableStep)
{
    simulate();
    const std::string number = scenario->rushOrder().number;
    const core::Date completion = scenario->impact().rushLines[0].completion;
    const int steps = document.undoStack()->count();
    QSignalSpy scheduled(&document, &app::Document::scheduleFinished);
    ASSERT_EQ(scenario->commit(), QStringList());
    EXPECT_FALSE(scenario->hasImpact());
    const core::SalesOrder* added = liveOrder(number);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->status, core::SalesOrderStatus::Confirmed);
    EXPECT_EQ(added->priority, 1);
    EXPECT_EQ(added->lines[0].promised, std::max(request.due, completion));
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    ASSERT_TRUE(scheduled.wait(60000)); // replanned by priority
    EXPECT_EQ(document.lastScheduleOptions().rule, core::DispatchRule::PriorityThenDueDate);
    document.undoStack()->undo();
    EXPECT_EQ(liveOrder(number), nullptr);
}

TEST_F(RushOrderScenarioTest, discardLeavesNothing)
{
    simulate();
    const std::string number = scenario->rushOrder().number;
    scenario->discard();
    EXPECT_FALSE(scenario->hasImpact());
    EXPECT_FALSE(scenario->whatIf().hasChanges());
    EXPECT_EQ(liveOrder(number), nullptr);
    EXPECT_EQ(scenario->commit().size(), 1); // nothing simulated
}
