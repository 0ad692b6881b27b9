#pragma once

#include "ui/masterdata/IntervalTable.h"

#include <QWidget>

#include <array>
#include <vector>

class QCheckBox;
class QGroupBox;
class QLabel;

namespace pmc::core {
class Calendar;
}
namespace pmc::app {
class Document;
}

namespace pmc::ui {

class FactoryCalendarView;
class RefusalBanner;

/// The Calendar tab: the factory calendar as a month view with a legend; marks for the
/// selected days (holiday, make-up working day, clear); beside it the weekly pattern, the
/// shifts and the overtime of the selected day. Every change saves the whole new calendar
/// through Document::edit as one undo step. Does not own the Document.
class CalendarPage : public QWidget {
    Q_OBJECT
public:
    explicit CalendarPage(app::Document& document, QWidget* parent = nullptr);

    FactoryCalendarView* view() const { return m_view; }
    RefusalBanner* banner() const { return m_banner; }
    IntervalTable* shifts() const { return m_shifts; }
    IntervalTable* overtime() const { return m_overtime; }
    void markHoliday();
    void markMakeUpDay();
    void clearMarks();

private:
    enum class Mark { Holiday, MakeUp, Clear };

    QWidget* createMonthPanel();
    QWidget* createSidePanel();
    QWidget* createLegend();
    void refresh();
    void updateDayPanel();
    void markSelected(Mark mark);
    void saveWorkdays();
    void saveShifts(const std::vector<IntervalTable::Interval>& intervals);
    void saveOvertime(const std::vector<IntervalTable::Interval>& intervals);
    void save(const core::Calendar& changed, const QString& text);

    app::Document& m_document;
    RefusalBanner* m_banner;
    FactoryCalendarView* m_view;
    std::array<QCheckBox*, 7> m_weekdays{};
    IntervalTable* m_shifts;
    IntervalTable* m_overtime;
    QGroupBox* m_overtimeBox;
    QLabel* m_dayInfo;
};

} // namespace pmc::ui
