#include "MrpViewsScenario.h"

#include "app/models/RequirementGridModel.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpPlan.h"

#include <QAbstractItemModelTester>

using namespace pmc;
using Grid = app::RequirementGridModel;
using Measure = Grid::Measure;

namespace {

int groupOf(const Grid& grid, const QString& item)
{
    for (int group = 0; group < grid.itemCount(); ++group)
        if (grid.itemCode(group * Grid::kMeasures) == item)
            return group;
    return -1;
}

double cell(const Grid& grid, int group, Measure measure, int bucket)
{
    const int row = group * Grid::kMeasures + static_cast<int>(measure);
    return grid.index(row, Grid::FirstBucket + bucket).data(app::SortRole).toDouble();
}

} // namespace

class RequirementGrid : public test::MrpViewsTest {};

TEST_F(RequirementGrid, listsItemsWithActivityInSixRowGroups)
{
    Grid grid(document);
    QAbstractItemModelTester tester(&grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(grid.hasPlan());
    // IDLE has neither demand, supply nor stock.
    EXPECT_EQ(grid.itemCount(), 4);
    EXPECT_EQ(grid.rowCount(), 4 * Grid::kMeasures);
    EXPECT_EQ(grid.columnCount(), Grid::FirstBucket + 30);
    EXPECT_EQ(grid.index(0, Grid::ItemCode).data().toString(), QStringLiteral("BIKE"));
    EXPECT_EQ(grid.index(2, Grid::RowLabel).data().toString(), Grid::measureName(Measure::Projected));
    EXPECT_EQ(grid.bucketStart(Grid::FirstBucket), core::Date::fromYmd(2026, 11, 25));
    // Saturday 2026-11-28 is tinted, Friday is not.
    EXPECT_TRUE(grid.index(0, Grid::FirstBucket + 3).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(grid.index(0, Grid::FirstBucket + 2).data(Qt::BackgroundRole).isValid());
}

TEST_F(RequirementGrid, dayCellsAreTheRecordAndWeekCellsItsSums)
{
    Grid grid(document);
    const int tube = groupOf(grid, QStringLiteral("TUBE"));
    ASSERT_GE(tube, 0);
    const core::TimePhasedRecord daily = document.mrpPlan()->timePhased("TUBE", 1);
    ASSERT_EQ(daily.buckets.size(), 30u);
    double gross = 0;
    for (int day = 0; day < 30; ++day) {
        const core::TimePhasedBucket& b = daily.buckets[static_cast<std::size_t>(day)];
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::Gross, day), b.grossRequirements);
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::Scheduled, day), b.scheduledReceipts);
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::Projected, day), b.projectedAvailable);
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::PlannedReleases, day), b.plannedReleases);
        gross += b.grossRequirements;
    }
    EXPECT_DOUBLE_EQ(gross, 30); // 10 bikes × 1 frame × 3 tubes

    grid.setBucketDays(7);
    ASSERT_EQ(grid.bucketCount(), 5);
    EXPECT_EQ(grid.bucketLength(Grid::FirstBucket + 4), 2);
    for (int week = 0; week < grid.bucketCount(); ++week) {
        double weekGross = 0;
        double weekReceipts = 0;
        double weekPlanned = 0;
        const int last = std::min(week * 7 + 6, 29);
        for (int day = week * 7; day <= last; ++day) {
            weekGross += daily.buckets[static_cast<std::size_t>(day)].grossRequirements;
            weekReceipts += daily.buckets[static_cast<std::size_t>(day)].scheduledReceipts;
            weekPlanned += daily.buckets[static_cast<std::size_t>(day)].plannedReceipts;
        }
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::Gross, week), weekGross);
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::Scheduled, week), weekReceipts);
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::PlannedReceipts, week), weekPlanned);
        EXPECT_DOUBLE_EQ(cell(grid, tube, Measure::Projected, week),
                         daily.buckets[static_cast<std::size_t>(last)].projectedAvailable);
    }
}

TEST_F(RequirementGrid, computesARecordOnlyWhenItsCellsAreRead)
{
    Grid grid(document);
    EXPECT_EQ(grid.computedRecords(), 0u);
    // The frozen columns come from master data: no record needed.
    for (int row = 0; row < grid.rowCount(); ++row)
        for (int column = 0; column < Grid::FirstBucket; ++column)
            grid.index(row, column).data();
    EXPECT_EQ(grid.computedRecords(), 0u);
    for (int row = Grid::kMeasures; row < 2 * Grid::kMeasures; ++row)
        grid.index(row, Grid::FirstBucket + 5).data();
    EXPECT_EQ(grid.computedRecords(), 1u);
    grid.index(0, Grid::FirstBucket).data();
    EXPECT_EQ(grid.computedRecords(), 2u);
    grid.setBucketDays(7);
    EXPECT_EQ(grid.computedRecords(), 0u);
    runMrp();
    EXPECT_EQ(grid.computedRecords(), 0u);
}

TEST_F(RequirementGrid, filtersByTextBuyerSupplierTypeAndAction)
{
    Grid grid(document);
    EXPECT_EQ(grid.buyers(), (QStringList{QStringLiteral("Li"), QStringLiteral("Wang")}));
    Grid::Filter filter;
    filter.text = QStringLiteral("tube");
    grid.setFilter(filter);
    ASSERT_EQ(grid.itemCount(), 1);
    EXPECT_EQ(grid.itemCode(0), QStringLiteral("TUBE"));
    filter = {};
    filter.supplier = QStringLiteral("S-2");
    grid.setFilter(filter);
    ASSERT_EQ(grid.itemCount(), 1);
    EXPECT_EQ(grid.itemCode(0), QStringLiteral("BOLT"));
    filter = {};
    filter.type = core::ItemType::Semi;
    grid.setFilter(filter);
    ASSERT_EQ(grid.itemCount(), 1);
    EXPECT_EQ(grid.itemCode(0), QStringLiteral("FRAME"));
    filter = {};
    filter.onlyActionable = true;
    grid.setFilter(filter);
    // BOLT is covered by stock (only its excess PO is a message, which is actionable too).
    EXPECT_EQ(grid.itemCount(), 4);
}

TEST_F(RequirementGrid, isEmptyWithoutAPlanUntilMrpRuns)
{
    app::Document reopened;
    reopened.open(QString::fromStdString(dir.file("views.db")), false);
    ASSERT_TRUE(reopened.hasMrpResult());
    Grid grid(reopened);
    QAbstractItemModelTester tester(&grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(grid.hasPlan());
    EXPECT_EQ(grid.rowCount(), 0);
    QSignalSpy finished(&reopened, &app::Document::mrpFinished);
    reopened.startMrp();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(grid.hasPlan());
    EXPECT_EQ(grid.itemCount(), 4);
}
