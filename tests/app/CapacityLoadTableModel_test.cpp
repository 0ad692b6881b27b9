#include "app/Document.h"
#include "app/models/CapacityLoadTableModel.h"
#include "app/models/QtDate.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pmc;

namespace {

/// Today Wednesday 2026-11-25, Monday–Friday 08–12 and 13–17 (8 h). CUT: one unit at 100 %
/// (8 h a day); WELD: two units at 80 % (12.8 h a day); IDLE has no work. WO-1 makes 10 FG,
/// due Friday 12-04 with a lead time of 2 days: 10 × 60 min on CUT (10 h), then 10 × 48 min on
/// WELD (⌈480 / 0.8⌉ = 600 min on a unit = 8 standard hours).
constexpr const char* kLoadScenario = R"({"format":"pmc-scenario/1",
  "settings":{"today":"2026-11-25","horizon_days":30},
  "calendar":{"workdays":[1,2,3,4,5]},
  "items":[{"code":"FG","name":"Frame","type":"finished","source":"make","lead_time_days":2}],
  "workcenters":[{"code":"CUT","name":"Cutting","workshop":"W1","parallel_units":1,"efficiency":1.0},
                 {"code":"WELD","name":"Welding","workshop":"W1","parallel_units":2,"efficiency":0.8},
                 {"code":"IDLE","name":"Idle press","workshop":"W2","parallel_units":1,"efficiency":1.0}],
  "routings":[{"item":"FG","operations":[
      {"seq":10,"workcenter":"CUT","setup_minutes":0,"run_minutes_per_unit":60},
      {"seq":20,"workcenter":"WELD","setup_minutes":0,"run_minutes_per_unit":48}]}],
  "work_orders":[{"number":"WO-1","item":"FG","qty":10,"due":"2026-12-04"}]})";

class CapacityLoadTableModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        document.open(QString::fromStdString(dir.file("load.db")), false);
        document.importScenario(QString::fromStdString(dir.write("plant.json", kLoadScenario)));
    }
    void schedule()
    {
        QSignalSpy finished(&document, &app::Document::scheduleFinished);
        document.startSchedule(0);
        ASSERT_TRUE(finished.wait(60000));
    }
    void runMrp()
    {
        QSignalSpy finished(&document, &app::Document::mrpFinished);
        document.startMrp();
        ASSERT_TRUE(finished.wait(60000));
    }
    QString text(int row, int column) const { return model.index(row, column).data().toString(); }

    test::TempDir dir;
    app::Document document;
    app::CapacityLoadTableModel model{document};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(CapacityLoadTableModelTest, isEmptyUntilThereIsASchedule)
{
    EXPECT_FALSE(model.hasSource());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 0);
    EXPECT_EQ(model.from(), QDate(2026, 11, 25));
}

TEST_F(CapacityLoadTableModelTest, scheduledLoadPerWorkCenterAndDay)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    schedule();
    EXPECT_GE(reset.count(), 1);
    ASSERT_TRUE(model.hasSource());
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 28);
    EXPECT_EQ(model.workCenterCode(0), QStringLiteral("CUT"));
    EXPECT_EQ(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("WELD Welding"));
    EXPECT_TRUE(model.headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("11-25 ")));
    // CUT works 08:00–17:00 today and 08:00–10:00 tomorrow.
    EXPECT_EQ(text(0, 0), QStringLiteral("8 / 8\n100 %"));
    EXPECT_EQ(text(0, 1), QStringLiteral("2 / 8\n25 %"));
    // WELD follows from Thursday 10:00: 6 h on a unit × 0.8 = 4.8 h, then 4 h × 0.8 on Friday.
    EXPECT_EQ(text(1, 1), QStringLiteral("4.8 / 12.8\n38 %"));
    EXPECT_EQ(text(1, 2), QStringLiteral("3.2 / 12.8\n25 %"));
    EXPECT_DOUBLE_EQ(model.index(1, 2).data(Qt::EditRole).toDouble(), 0.25);
    // Saturday: nothing available, nothing shown, no utilisation.
    EXPECT_EQ(text(0, 3), QString());
    EXPECT_FALSE(model.index(0, 3).data(Qt::EditRole).isValid());
    EXPECT_EQ(text(2, 0), QStringLiteral("0 / 8\n0 %"));
    EXPECT_EQ(model.overloadedCount(), 0);
    const QString tip = model.index(1, 1).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("4.8 h"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("12.8 h"))) << tip.toStdString();
}

TEST_F(CapacityLoadTableModelTest, weekBucketsAreLabelledWithTheIsoWeek)
{
    schedule();
    model.setBucketDays(7);
    model.setBucketCount(8);
    ASSERT_EQ(model.columnCount(), 8);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("W48"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("W49"));
    EXPECT_EQ(model.bucketLength(0), 7);
    EXPECT_EQ(app::toQDate(model.bucketStart(1)), QDate(2026, 12, 2));
    // Wednesday to Tuesday: five working days, 40 h on CUT.
    EXPECT_EQ(text(0, 0), QStringLiteral("10 / 40\n25 %"));
    EXPECT_EQ(text(1, 0), QStringLiteral("8 / 64\n13 %"));
}

TEST_F(CapacityLoadTableModelTest, plannedLoadPutsTheOrderOnItsStartDayAndFlagsOverload)
{
    runMrp();
    model.setSource(app::CapacityLoadTableModel::Source::Planned);
    ASSERT_TRUE(model.hasSource());
    ASSERT_EQ(model.rowCount(), 3);
    // Due Friday 12-04 less two working days: Wednesday 12-02, the eighth day.
    EXPECT_EQ(text(0, 7), QStringLiteral("10 / 8\n125 %"));
    EXPECT_EQ(text(1, 7), QStringLiteral("8 / 12.8\n63 %"));
    EXPECT_EQ(text(0, 0), QStringLiteral("0 / 8\n0 %"));
    EXPECT_EQ(model.overloadedCount(), 1);
    const QModelIndex overloaded = model.index(0, 7);
    EXPECT_EQ(overloaded.data(Qt::BackgroundRole).value<QColor>(), QColor(255, 205, 205));
    EXPECT_TRUE(overloaded.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(overloaded.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overloaded by 2 h")));
    EXPECT_FALSE(model.index(1, 7).data(Qt::FontRole).isValid());
}

TEST_F(CapacityLoadTableModelTest, workCenterFilterAndStartDate)
{
    schedule();
    model.setWorkCenter(QStringLiteral("WELD"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.workCenterCode(0), QStringLiteral("WELD"));
    model.setFrom(QDate(2026, 11, 26));
    model.setBucketCount(2);
    ASSERT_EQ(model.columnCount(), 2);
    EXPECT_EQ(text(0, 0), QStringLiteral("4.8 / 12.8\n38 %"));
    // A work center the factory does not have shows them all.
    model.setWorkCenter(QStringLiteral("NOPE"));
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(CapacityLoadTableModelTest, replacingTheFactoryEmptiesItAndGoesBackToToday)
{
    schedule();
    model.setFrom(QDate(2026, 12, 7));
    ASSERT_EQ(model.rowCount(), 3);
    document.importScenario(QString::fromStdString(dir.write("again.json", kLoadScenario)));
    EXPECT_FALSE(model.hasSource());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.from(), QDate(2026, 11, 25));
}
