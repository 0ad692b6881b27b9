#include "core/plan/PlanRelease.h"
#include "core/plan/ReleaseReminder.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

// Thursday 2026-11-26; minutes count from the plan's own date.
const Date kDay = Date::fromYmd(2026, 11, 26);

DailyPlanLine line(const std::string& order, int seq, const std::string& wc, int unit, int start, int end, double qty)
{
    DailyPlanLine l;
    l.workshop = "W1";
    l.workCenter = wc;
    l.unit = unit;
    l.order = order;
    l.item = "P-" + order;
    l.seq = seq;
    l.qty = qty;
    l.startMinute = start;
    l.endMinute = end;
    return l;
}

DailyPlan plan(std::vector<DailyPlanLine> lines)
{
    DailyPlan p;
    p.date = kDay;
    p.planNumber = dailyPlanNumber(kDay, "");
    p.lines = std::move(lines);
    return p;
}

const DailyPlanLine kCut = line("WO-1", 10, "CUT", 0, 480, 720, 40);
const DailyPlanLine kWeld = line("WO-1", 20, "WELD", 0, 780, 1020, 40);
const DailyPlanLine kPack = line("WO-2", 10, "PACK", 1, 480, 600, 12);

} // namespace

TEST(PlanRelease, identicalPlansHaveNoChanges)
{
    EXPECT_TRUE(diffPlans(plan({kCut, kWeld}), plan({kCut, kWeld})).empty());
}

TEST(PlanRelease, aLineOnlyInTheNewerPlanIsAdded)
{
    const std::vector<PlanLineChange> changes = diffPlans(plan({kCut}), plan({kCut, kPack}));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].order, "WO-2");
    EXPECT_EQ(changes[0].seq, 10);
    EXPECT_EQ(changes[0].kinds, std::vector{PlanChangeKind::Added});
    EXPECT_FALSE(changes[0].before);
    EXPECT_EQ(changes[0].after, kPack);
}

TEST(PlanRelease, aLineOnlyInTheOlderPlanIsRemovedAndListedLast)
{
    DailyPlanLine later = kPack;
    later.order = "WO-3";
    const std::vector<PlanLineChange> changes = diffPlans(plan({kCut, kWeld}), plan({kCut, later}));
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].kinds, std::vector{PlanChangeKind::Added});
    EXPECT_EQ(changes[1].kinds, std::vector{PlanChangeKind::Removed});
    EXPECT_EQ(changes[1].order, "WO-1");
    EXPECT_EQ(changes[1].seq, 20);
    EXPECT_EQ(changes[1].before, kWeld);
    EXPECT_FALSE(changes[1].after);
    EXPECT_EQ(changes[1].line().workCenter, "WELD");
}

TEST(PlanRelease, anotherUnitStartOrEndIsAMove)
{
    DailyPlanLine otherUnit = kCut;
    otherUnit.unit = 1;
    DailyPlanLine later = kWeld;
    later.startMinute = 800; // same quantity, 20 minutes later
    later.endMinute = 1040;
    const std::vector<PlanLineChange> changes = diffPlans(plan({kCut, kWeld}), plan({otherUnit, later}));
    ASSERT_EQ(changes.size(), 2u);
    for (const PlanLineChange& change : changes) {
        EXPECT_EQ(change.kinds, std::vector{PlanChangeKind::Moved}) << change.order << " " << change.seq;
        ASSERT_TRUE(change.before && change.after);
    }
    EXPECT_EQ(changes[0].before->unit, 0);
    EXPECT_EQ(changes[0].after->unit, 1);
    EXPECT_EQ(changes[1].before->startMinute, 780);
    EXPECT_EQ(changes[1].after->startMinute, 800);
}

TEST(PlanRelease, anotherWorkCenterIsAMove)
{
    DailyPlanLine moved = kPack;
    moved.workCenter = "PACK2";
    const std::vector<PlanLineChange> changes = diffPlans(plan({kPack}), plan({moved}));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kinds, std::vector{PlanChangeKind::Moved});
}

TEST(PlanRelease, anotherQuantityAloneIsAQuantityChange)
{
    DailyPlanLine more = kCut;
    more.qty = 45;
    DailyPlanLine rounding = kWeld;
    rounding.qty = 40.0001; // below the 0.001 stored precision: no change
    const std::vector<PlanLineChange> changes = diffPlans(plan({kCut, kWeld}), plan({more, rounding}));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kinds, std::vector{PlanChangeKind::QuantityChanged});
    EXPECT_DOUBLE_EQ(changes[0].before->qty, 40);
    EXPECT_DOUBLE_EQ(changes[0].after->qty, 45);
}

TEST(PlanRelease, aLineCanBeMovedAndChangedInQuantityAtOnce)
{
    DailyPlanLine both = kCut;
    both.endMinute = 660;
    both.qty = 30;
    const std::vector<PlanLineChange> changes = diffPlans(plan({kCut}), plan({both}));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kinds, (std::vector{PlanChangeKind::Moved, PlanChangeKind::QuantityChanged}));
}

TEST(PlanRelease, planOnItsDateCountsMinutesFromThePlanDate)
{
    DailyPlan p = plan({line("WO-1", 10, "CUT", 0, 2 * 1440 + 480, 2 * 1440 + 720, 1)});
    const DailyPlan moved = planOnItsDate(p, kDay - 2);
    EXPECT_EQ(moved.lines[0].startMinute, 480);
    EXPECT_EQ(moved.lines[0].endMinute, 720);
}

TEST(PlanRelease, latestReleaseTakesTheHighestVersionOfThatDateAndWorkshop)
{
    std::vector<PlanRelease> releases(4);
    releases[0] = {kDay, "", 1};
    releases[1] = {kDay, "", 3};
    releases[2] = {kDay, "W1", 5};
    releases[3] = {kDay + 1, "", 7};
    ASSERT_NE(latestRelease(releases, kDay, ""), nullptr);
    EXPECT_EQ(latestRelease(releases, kDay, "")->version, 3);
    EXPECT_EQ(latestRelease(releases, kDay, "W1")->version, 5);
    EXPECT_EQ(latestRelease(releases, kDay, "W2"), nullptr);
}

namespace {

/// Mon–Fri, two workshops; Thursday 2026-11-26, Friday 27, Monday 30; cut-off 13:30.
FactoryModel reminderFactory()
{
    FactoryModel model;
    model.calendar.setWorkdays({1, 2, 3, 4, 5});
    model.workCenters = {{"CUT", "Cut", "W1", 1, 1.0}, {"PACK", "Pack", "W2", 1, 1.0}};
    return model;
}

PlanRelease released(Date date, const std::string& workshop)
{
    return {date, workshop, 1};
}

} // namespace

TEST(ReleaseReminder, beforeTheCutoffTomorrowIsNotOverdue)
{
    const auto reminder = releaseReminder(reminderFactory(), {}, kDay, 13 * 60 + 29);
    ASSERT_TRUE(reminder);
    EXPECT_EQ(reminder->planDate, kDay + 1);
    EXPECT_EQ(reminder->dueDate, kDay);
    EXPECT_EQ(reminder->dueMinute, 13 * 60 + 30);
    EXPECT_FALSE(reminder->released);
    EXPECT_FALSE(reminder->overdue);
    EXPECT_EQ(reminder->unreleasedWorkshops, (std::vector<std::string>{"W1", "W2"}));
}

TEST(ReleaseReminder, atTheCutoffWithoutAReleaseItIsOverdue)
{
    const auto reminder = releaseReminder(reminderFactory(), {released(kDay, "")}, kDay, 13 * 60 + 30);
    ASSERT_TRUE(reminder);
    EXPECT_FALSE(reminder->released); // today's release does not count for tomorrow
    EXPECT_TRUE(reminder->overdue);
}

TEST(ReleaseReminder, anAllWorkshopReleaseOfTomorrowClearsIt)
{
    const auto reminder = releaseReminder(reminderFactory(), {released(kDay + 1, "")}, kDay, 16 * 60);
    ASSERT_TRUE(reminder);
    EXPECT_TRUE(reminder->released);
    EXPECT_FALSE(reminder->overdue);
    EXPECT_TRUE(reminder->unreleasedWorkshops.empty());
}

TEST(ReleaseReminder, everyWorkshopMustReleaseWhenReleasedOneByOne)
{
    const FactoryModel model = reminderFactory();
    const auto one = releaseReminder(model, {released(kDay + 1, "W1")}, kDay, 16 * 60);
    ASSERT_TRUE(one);
    EXPECT_TRUE(one->overdue);
    EXPECT_EQ(one->unreleasedWorkshops, std::vector<std::string>{"W2"});
    const auto both = releaseReminder(model, {released(kDay + 1, "W1"), released(kDay + 1, "W2")}, kDay, 16 * 60);
    ASSERT_TRUE(both);
    EXPECT_TRUE(both->released);
    EXPECT_FALSE(both->overdue);
}

TEST(ReleaseReminder, onFridayTheNextWorkingDayIsMonday)
{
    const auto reminder = releaseReminder(reminderFactory(), {}, kDay + 1, 14 * 60);
    ASSERT_TRUE(reminder);
    EXPECT_EQ(reminder->planDate, kDay + 4);
    EXPECT_EQ(reminder->dueDate, kDay + 1);
    EXPECT_TRUE(reminder->overdue);
}

TEST(ReleaseReminder, onTheWeekendMondaysPlanWasDueOnFriday)
{
    const FactoryModel model = reminderFactory();
    const auto saturday = releaseReminder(model, {}, kDay + 2, 9 * 60);
    ASSERT_TRUE(saturday);
    EXPECT_EQ(saturday->planDate, kDay + 4);
    EXPECT_EQ(saturday->dueDate, kDay + 1);
    EXPECT_TRUE(saturday->overdue);
    const auto releasedOnFriday = releaseReminder(model, {released(kDay + 4, "")}, kDay + 3, 9 * 60);
    ASSERT_TRUE(releasedOnFriday);
    EXPECT_FALSE(releasedOnFriday->overdue);
}

TEST(ReleaseReminder, aHolidayIsSkippedAndTheCutoffIsConfigurable)
{
    FactoryModel model = reminderFactory();
    model.calendar.setHolidays({kDay + 1});
    model.settings.planReleaseCutoffMinute = 10 * 60;
    const auto reminder = releaseReminder(model, {}, kDay, 10 * 60 + 1);
    ASSERT_TRUE(reminder);
    EXPECT_EQ(reminder->planDate, kDay + 4);
    EXPECT_EQ(reminder->dueMinute, 600);
    EXPECT_TRUE(reminder->overdue);
}

TEST(ReleaseReminder, workCentersOutsideAWorkshopNeedTheAllWorkshopRelease)
{
    FactoryModel model = reminderFactory();
    model.workCenters.push_back({"QC", "QC", "", 1, 1.0});
    const auto reminder =
        releaseReminder(model, {released(kDay + 1, "W1"), released(kDay + 1, "W2")}, kDay, 16 * 60);
    ASSERT_TRUE(reminder);
    EXPECT_FALSE(reminder->released);
    EXPECT_TRUE(reminder->overdue);
}

TEST(ReleaseReminder, aCalendarWithoutWorkingDaysHasNoReminder)
{
    FactoryModel model = reminderFactory();
    model.calendar.setWorkdays({});
    EXPECT_FALSE(releaseReminder(model, {}, kDay, 16 * 60));
}
