#pragma once

#include <QCalendarWidget>
#include <QList>
#include <QSet>

#include <memory>

namespace pmc::core {
class Calendar;
}

namespace pmc::ui {

/// A month of the factory calendar: workdays, non-working days, holidays (red), make-up
/// working days (调休, green) and days with overtime (a corner marker) look different. A click
/// selects a day, Ctrl+click adds or removes one, Shift+click selects a range, so marks can be
/// applied to several days at once. Paints a copy of the calendar given to setCalendar().
class FactoryCalendarView : public QCalendarWidget {
    Q_OBJECT
public:
    enum class DayKind { Workday, NonWorking, Holiday, MakeUp };

    explicit FactoryCalendarView(QWidget* parent = nullptr);
    ~FactoryCalendarView() override;

    void setCalendar(const core::Calendar& calendar);
    DayKind kindOf(QDate date) const;
    bool hasOvertime(QDate date) const;
    static QColor colorOf(DayKind kind);
    static QColor overtimeColor();

    /// The selected days in date order (at least the current one).
    QList<QDate> selectedDates() const;
    void setSelectedDates(const QList<QDate>& dates);

signals:
    void datesSelected();

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;

private:
    void followSelection();

    // Held by pointer so this moc-processed header stays free of the core headers.
    std::unique_ptr<core::Calendar> m_calendar;
    QSet<QDate> m_overtimeDays;
    QSet<QDate> m_selected;
    QDate m_anchor;
    bool m_selecting = false;
};

} // namespace pmc::ui
