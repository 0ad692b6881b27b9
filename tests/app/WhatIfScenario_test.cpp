#include "app/Document.h"
#include "app/WhatIfScenario.h"
#include "app/models/OrderComparisonModel.h"
#include "app/models/ScheduleComparisonModel.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "core/scheduling/ScheduleComparison.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pmc;
using core::ScheduleMeasure;

namespace {

/// The demo factory with a what-if over it, scheduled by construction only so that runs are
/// repeatable.
class WhatIfScenarioTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        document.open(QString::fromStdString(dir.file("demo.db")), true);
        scenario = std::make_unique<app::WhatIfScenario>(document);
        core::ScheduleOptions options;
        options.seconds = 0;
        scenario->setOptions(options);
    }
    void runAndWait()
    {
        QSignalSpy finished(scenario.get(), &app::WhatIfScenario::finished);
        ASSERT_TRUE(scenario->run().isEmpty());
        scenario->wait();
        ASSERT_EQ(finished.count(), 1);
        ASSERT_TRUE(scenario->hasResult());
    }
    const core::WorkCenter& liveWorkCenter(const std::string& code) const
    {
        const auto& centers = document.factory().workCenters;
        return *std::find_if(centers.begin(), centers.end(), [&](const auto& wc) { return wc.code == code; });
    }

    test::TempDir dir;
    app::Document document;
    std::unique_ptr<app::WhatIfScenario> scenario;
};

} // namespace

TEST_F(WhatIfScenarioTest, unchangedCopyPlansLikeTheLiveFactory)
{
    ASSERT_FALSE(document.hasSchedule());
    runAndWait();
    // Without a live schedule the scenario scheduled the live factory too: same plan twice.
    EXPECT_EQ(scenario->liveSchedule(), scenario->whatIfSchedule());
    EXPECT_FALSE(scenario->liveSchedule().orders.empty());
    for (const core::MeasureComparison& m : scenario->comparison().measures)
        EXPECT_EQ(m.difference(), 0) << static_cast<int>(m.measure);
    EXPECT_FALSE(document.hasSchedule());
}

TEST_F(WhatIfScenarioTest, anExtraUnitOnTheBottleneckDoesNotMakeThePlanLater)
{
    runAndWait();
    const std::string bottleneck = scenario->comparison().whatIfBusiestWorkCenter;
    ASSERT_FALSE(bottleneck.empty());
    const int units = liveWorkCenter(bottleneck).parallelUnits;
    ASSERT_TRUE(scenario->setParallelUnits(bottleneck, units + 1).isEmpty());
    runAndWait();
    const core::ScheduleComparison& c = scenario->comparison();
    EXPECT_LE(c.measure(ScheduleMeasure::TotalDaysLate).whatIf, c.measure(ScheduleMeasure::TotalDaysLate).live);
    EXPECT_LE(c.measure(ScheduleMeasure::WeightedTardiness).whatIf, c.measure(ScheduleMeasure::WeightedTardiness).live);
    EXPECT_LT(c.measure(ScheduleMeasure::BusiestUtilisation).whatIf, c.measure(ScheduleMeasure::BusiestUtilisation).live);
    EXPECT_EQ(liveWorkCenter(bottleneck).parallelUnits, units); // the live factory did not change
}

TEST_F(WhatIfScenarioTest, adoptingAppliesTheChangesAsOneUndoStepAndReplans)
{
    const core::FactoryModel before = document.factory();
    const std::string code = before.workCenters.front().code;
    const int units = before.workCenters.front().parallelUnits;
    ASSERT_TRUE(scenario->setParallelUnits(code, units + 1).isEmpty());
    ASSERT_TRUE(scenario->setParallelUnits(code, units + 2).isEmpty());
    ASSERT_TRUE(scenario->addExtraWorkday(before.settings.today + 3).isEmpty());
    // Changing a row twice is one change of it.
    EXPECT_EQ(scenario->changes().workCenters.size(), 1u);
    const int steps = document.undoStack()->count();

    QSignalSpy scheduled(&document, &app::Document::scheduleFinished);
    ASSERT_TRUE(scenario->adopt().isEmpty());
    EXPECT_EQ(liveWorkCenter(code).parallelUnits, units + 2);
    EXPECT_TRUE(document.factory().calendar.extraWorkdays().contains(before.settings.today + 3));
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_FALSE(scenario->hasChanges());
    EXPECT_EQ(scenario->factory(), document.factory());
    ASSERT_TRUE(scheduled.wait(60000));
    EXPECT_TRUE(document.hasSchedule());

    document.undoStack()->undo();
    EXPECT_EQ(liveWorkCenter(code).parallelUnits, units);
    EXPECT_EQ(document.factory(), before);
}

TEST_F(WhatIfScenarioTest, discardingLeavesTheLiveFactoryAsItWas)
{
    const core::FactoryModel before = document.factory();
    const std::string code = before.workCenters.front().code;
    ASSERT_TRUE(scenario->setParallelUnits(code, 9).isEmpty());
    ASSERT_TRUE(scenario->addOvertime({before.settings.today, code, 17 * 60, 20 * 60}).isEmpty());
    runAndWait();
    QSignalSpy changed(scenario.get(), &app::WhatIfScenario::changed);
    scenario->discard();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(document.factory(), before);
    EXPECT_EQ(scenario->factory(), before);
    EXPECT_FALSE(scenario->hasChanges());
    EXPECT_FALSE(scenario->hasResult());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(WhatIfScenarioTest, aChangeTheValidatorRefusesIsNotRunNorAdopted)
{
    const core::FactoryModel before = document.factory();
    ASSERT_TRUE(scenario->setParallelUnits(before.workCenters.front().code, 0).isEmpty());
    const QStringList refused = scenario->run();
    ASSERT_FALSE(refused.isEmpty());
    EXPECT_TRUE(refused.join(QLatin1Char('\n')).contains(QStringLiteral("parallel_units: must be >= 1")))
        << refused.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(scenario->isRunning());
    EXPECT_FALSE(scenario->hasResult());
    EXPECT_FALSE(scenario->adopt().isEmpty());
    EXPECT_EQ(document.factory(), before);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_TRUE(scenario->hasChanges());
}

TEST_F(WhatIfScenarioTest, aChangeOfARowNotInTheCopyIsRefused)
{
    EXPECT_FALSE(scenario->setParallelUnits("NO-SUCH-WC", 2).isEmpty());
    core::MasterDataEdit edit;
    core::WorkCenter missing{"GHOST", "Ghost", "", 1, 1.0, ""};
    core::WorkCenter after = missing;
    after.parallelUnits = 2;
    edit.workCenters.push_back({missing, after});
    EXPECT_FALSE(scenario->change(edit).isEmpty());
    EXPECT_FALSE(scenario->hasChanges());
}

TEST_F(WhatIfScenarioTest, comparisonModelsShowBothPlans)
{
    app::ScheduleComparisonModel measures(*scenario);
    app::OrderComparisonModel orders(*scenario);
    QAbstractItemModelTester measureTester(&measures, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester orderTester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(measures.rowCount(), 0);
    const auto& centers = document.factory().workCenters;
    for (const core::WorkCenter& wc : centers)
        ASSERT_TRUE(scenario->setParallelUnits(wc.code, wc.parallelUnits + 2).isEmpty());
    runAndWait();
    ASSERT_EQ(measures.rowCount(), 8);
    EXPECT_EQ(measures.columnCount(), 4);
    const core::MeasureComparison& late = scenario->comparison().measure(ScheduleMeasure::LateOrders);
    EXPECT_EQ(measures.index(0, app::ScheduleComparisonModel::Live).data().toString(), QString::number(late.live));
    EXPECT_EQ(measures.index(0, app::ScheduleComparisonModel::WhatIf).data().toString(), QString::number(late.whatIf));
    const int utilisation = static_cast<int>(ScheduleMeasure::BusiestUtilisation);
    // More units on every work center: each one is less used.
    EXPECT_EQ(measures.index(utilisation, app::ScheduleComparisonModel::Change).data(Qt::ForegroundRole).value<QColor>(),
              QColor(0x1b, 0x7f, 0x3b));
    EXPECT_TRUE(measures.index(utilisation, app::ScheduleComparisonModel::Change).data().toString().startsWith(QLatin1Char('-')));

    EXPECT_EQ(orders.rowCount(), static_cast<int>(scenario->comparison().orders.size()));
    if (orders.rowCount() > 0) {
        const core::OrderComparison& first = scenario->comparison().orders.front();
        EXPECT_EQ(orders.index(0, app::OrderComparisonModel::Order).data().toString(), QString::fromStdString(first.order));
        EXPECT_EQ(orders.index(0, app::OrderComparisonModel::Due).data().toString(), QString::fromStdString(first.due.toString()));
    }
    scenario->discard();
    EXPECT_EQ(measures.rowCount(), 0);
    EXPECT_EQ(orders.rowCount(), 0);
}
