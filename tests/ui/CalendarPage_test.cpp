#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/CalendarPage.h"
#include "ui/masterdata/FactoryCalendarView.h"
#include "ui/masterdata/RefusalBanner.h"
#include "DemoDocumentTest.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace pmc;

namespace {

class CalendarPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        page = std::make_unique<ui::CalendarPage>(document);
    }

    bool isWorkday(QDate date) const { return document.factory().calendar.isWorkday(app::toCoreDate(date)); }

    /// Marks one workday a holiday as the planner does: select it, then Mark holiday.
    void markHolidayOn(QDate day)
    {
        ASSERT_TRUE(isWorkday(day));
        page->view()->setSelectedDates({day});
        page->markHoliday();
        EXPECT_FALSE(isWorkday(day));
    }

    std::unique_ptr<ui::CalendarPage> page;
};

} // namespace

TEST_F(CalendarPageTest, markingAHolidayMakesTheDayFreeAndUndoRestoresIt)
{
    const QDate tuesday(2026, 12, 1);
    ASSERT_NO_FATAL_FAILURE(markHolidayOn(tuesday));
    EXPECT_EQ(page->view()->kindOf(tuesday), ui::FactoryCalendarView::DayKind::Holiday);

    document.undoStack()->undo();
    EXPECT_TRUE(isWorkday(tuesday));
    EXPECT_EQ(page->view()->kindOf(tuesday), ui::FactoryCalendarView::DayKind::Workday);
}

TEST_F(CalendarPageTest, marksApplyToEverySelectedDayInOneStep)
{
    const QList<QDate> sundays{QDate(2026, 12, 6), QDate(2026, 12, 13), QDate(2026, 12, 20)};
    const int steps = document.undoStack()->count();
    page->view()->setSelectedDates(sundays);
    page->markMakeUpDay();
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    for (QDate day : sundays) {
        EXPECT_TRUE(isWorkday(day)) << day.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(page->view()->kindOf(day), ui::FactoryCalendarView::DayKind::MakeUp);
    }
    page->clearMarks();
    for (QDate day : sundays)
        EXPECT_FALSE(isWorkday(day));
}

TEST_F(CalendarPageTest, aHolidayReplacesAMakeUpDay)
{
    const QDate makeUp(2027, 2, 14);
    ASSERT_NO_FATAL_FAILURE(markHolidayOn(makeUp));
    EXPECT_FALSE(document.factory().calendar.extraWorkdays().contains(app::toCoreDate(makeUp)));
}

TEST_F(CalendarPageTest, overtimeIsAddedToTheSelectedDay)
{
    const QDate day(2026, 12, 2);
    page->view()->setSelectedDates({day});
    EXPECT_TRUE(page->overtime()->intervals().empty());
    page->overtime()->addInterval();
    ASSERT_EQ(page->overtime()->intervals().size(), 1u);
    EXPECT_EQ(page->overtime()->intervals()[0].startMinute, 18 * 60);
    EXPECT_TRUE(page->view()->hasOvertime(day));
    const auto& overtime = document.factory().calendar.overtime();
    EXPECT_EQ(std::count_if(overtime.begin(), overtime.end(),
                            [&](const core::Overtime& o) { return o.date == app::toCoreDate(day); }),
              1);
}

TEST_F(CalendarPageTest, anOverlappingShiftIsRefusedAndShownInTheBanner)
{
    const core::Calendar before = document.factory().calendar;
    std::vector<ui::IntervalTable::Interval> shifts = page->shifts()->intervals();
    ASSERT_EQ(shifts.size(), 2u);
    shifts[1].startMinute = 11 * 60; // into the morning shift
    emit page->shifts()->edited(shifts);
    EXPECT_EQ(document.factory().calendar, before);
    const QString message = page->banner()->message();
    EXPECT_TRUE(message.contains(QStringLiteral("overlaps"))) << message.toStdString();
    EXPECT_EQ(page->shifts()->intervals()[1].startMinute, 13 * 60 + 30);
}
