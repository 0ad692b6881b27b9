// The Gantt chart's geometry without widgets: time ↔ x, the rows of the resource and order
// views, finding the bars in view, the chain a click highlights and the frozen period.
#include "app/gantt/GanttLayout.h"

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <gtest/gtest.h>

using namespace pmc;

namespace {

const core::Date kToday = core::Date::fromYmd(2026, 11, 25);

core::ScheduledOperation step(const std::string& order, int seq, const std::string& wc, int unit, int start, int end,
                              bool fixed = false)
{
    return {order, "P", 1, seq, wc, unit, start, end, 0, fixed};
}

struct Shop {
    core::FactoryModel factory;
    core::MrpResult mrp;
    core::ScheduleResult schedule;

    Shop()
    {
        factory.settings.today = kToday;
        factory.workCenters = {{"CUT", "Cutting", "W1", 2}, {"PAINT", "Painting", "W2", 1}, {"WELD", "Welding", "W1", 1}};
        schedule.today = kToday;
        schedule.operations = {step("PLN-2", 10, "CUT", 1, 480, 540), step("PLN-2", 20, "PAINT", 0, 600, 700),
                               step("PLN-1", 10, "CUT", 0, 480, 600), step("PLN-1", 20, "WELD", 0, 660, 720),
                               step("WO-9", 10, "CUT", 0, 600, 660)};
        schedule.orders = {{"PLN-2", "P", false, kToday + 1, 700, 0}, {"PLN-1", "P", false, kToday, 720, 0},
                           {"WO-9", "P", true, kToday, 3000, 2}};
        schedule.makespan = 3000;
        // PLN-2 is a sub-assembly of PLN-1, which is made for a sales order.
        mrp.plannedOrders = {{"PLN-1", "P", 1, kToday, kToday, core::ItemSource::Make, {{"SO-1/1", 1}}},
                             {"PLN-2", "S", 1, kToday, kToday, core::ItemSource::Make, {{"PLN-1", 1}}}};
    }
};

} // namespace

TEST(GanttAxis, mapsMinutesToPixelsAndBack)
{
    app::GanttAxis axis{6, 190, 300};
    EXPECT_DOUBLE_EQ(axis.x(0), -110);
    EXPECT_DOUBLE_EQ(axis.x(24 * 60), 190 + 144 - 300);
    for (int minute : {0, 59, 60, 1439, 10000})
        EXPECT_EQ(axis.minuteAt(axis.x(minute) + 0.01), minute);
    EXPECT_EQ(axis.minuteAt(190), 3000); // 300 px at 6 px/h scrolled = 50 h
}

TEST(GanttLayout, resourceRowsAreUnitsGroupedByWorkshop)
{
    Shop shop;
    app::GanttLayout layout;
    layout.build(shop.factory, shop.mrp, shop.schedule, app::GanttMode::Resource, {}, {});
    ASSERT_EQ(layout.rowCount(), 4);
    EXPECT_EQ(layout.rows()[0].label, QStringLiteral("Cutting #1"));
    EXPECT_EQ(layout.rows()[1].label, QStringLiteral("Cutting #2"));
    EXPECT_EQ(layout.rows()[2].workCenter, "WELD"); // W1 together, before W2
    EXPECT_EQ(layout.rows()[3].group, QStringLiteral("W2"));
    EXPECT_EQ(layout.rowOfUnit("CUT", 1), 1);
    EXPECT_EQ(layout.rowOfUnit("CUT", 5), -1);
    // Unit CUT #1 holds PLN-1 08:00-10:00 and WO-9 10:00-11:00, in start order.
    const auto all = layout.barsIn(0, 0, 100000);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].start, 480);
    EXPECT_EQ(all[1].start, 600);
    EXPECT_TRUE(all[1].late);
    EXPECT_EQ(layout.barsIn(0, 600, 601).size(), 1u); // a bar ending at 600 is not in [600, 601)
    EXPECT_EQ(layout.barsIn(0, 599, 600).size(), 1u);
    EXPECT_EQ(layout.barsIn(0, 700, 2000).size(), 0u);
    EXPECT_EQ(layout.barsIn(7, 0, 100).size(), 0u);
    ASSERT_NE(layout.barOfOperation(4), nullptr);
    EXPECT_EQ(layout.barOfOperation(4)->row, 0);
    layout.build(shop.factory, shop.mrp, shop.schedule, app::GanttMode::Resource, "PAINT", {});
    ASSERT_EQ(layout.rowCount(), 1);
    EXPECT_EQ(layout.barOfOperation(0), nullptr); // its row is filtered out
    EXPECT_NE(layout.barOfOperation(1), nullptr);
}

TEST(GanttLayout, orderRowsFollowTheFirstStartEachWithItsSteps)
{
    Shop shop;
    app::GanttLayout layout;
    layout.build(shop.factory, shop.mrp, shop.schedule, app::GanttMode::Order, {}, {});
    // PLN-1 and PLN-2 start at 08:00 (by number), WO-9 at 10:00.
    ASSERT_EQ(layout.rowCount(), 8);
    EXPECT_EQ(layout.rows()[0].order, "PLN-1");
    EXPECT_EQ(layout.rows()[0].seq, 0);
    EXPECT_EQ(layout.rows()[1].seq, 10);
    EXPECT_EQ(layout.rows()[2].seq, 20);
    EXPECT_EQ(layout.rows()[2].workCenter, "WELD");
    EXPECT_EQ(layout.rows()[3].order, "PLN-2");
    EXPECT_EQ(layout.rows()[6].order, "WO-9");
    const auto span = layout.barsIn(0, 0, 100000);
    ASSERT_EQ(span.size(), 1u);
    EXPECT_EQ(span[0].operation, -1);
    EXPECT_EQ(span[0].start, 480);
    EXPECT_EQ(span[0].end, 720);
    EXPECT_EQ(layout.barOfOperation(3)->row, 2);
    layout.build(shop.factory, shop.mrp, shop.schedule, app::GanttMode::Order, {}, {"PLN-1"});
    EXPECT_EQ(layout.rowCount(), 6);
    EXPECT_TRUE(layout.rows()[0].collapsed);
    EXPECT_EQ(layout.rows()[1].order, "PLN-2");
}

TEST(GanttLayout, aClickedOrdersChainRunsUpAndDownItsPegging)
{
    Shop shop;
    app::GanttLayout layout;
    layout.build(shop.factory, shop.mrp, shop.schedule, app::GanttMode::Resource, {}, {});
    const std::set<std::string> chain = layout.chainOf("PLN-2");
    EXPECT_TRUE(chain.contains("PLN-1"));
    EXPECT_TRUE(chain.contains("SO-1/1"));
    EXPECT_FALSE(chain.contains("WO-9"));
    EXPECT_TRUE(layout.chainOf("PLN-1").contains("PLN-2"));
    EXPECT_EQ(layout.chainOf("WO-9"), std::set<std::string>{"WO-9"});
}

TEST(GanttLayout, theFrozenPeriodEndsAtTheDayOfTheFirstStepNotPinned)
{
    Shop shop;
    app::GanttLayout layout;
    layout.build(shop.factory, shop.mrp, shop.schedule, app::GanttMode::Resource, {}, {});
    EXPECT_EQ(layout.frozenUntil(), 0);
    for (auto& op : shop.schedule.operations)
        op.fixed = true;
    shop.schedule.operations.push_back(step("WO-9", 20, "PAINT", 0, 2 * 1440 + 600, 2 * 1440 + 700));
    layout.build(shop.factory, shop.mrp, shop.schedule, app::GanttMode::Resource, {}, {});
    EXPECT_EQ(layout.frozenUntil(), 2 * 1440);
    core::OperationPin pin{"WO-9", 20, 0, kToday + 2, 600};
    layout.markPins({pin}, shop.schedule);
    EXPECT_TRUE(layout.barOfOperation(5)->fixed);
    EXPECT_FALSE(layout.barOfOperation(0)->fixed); // marks follow the pins given
}
