#include "ui/masterdata/FactoryCalendarView.h"

#include "app/models/QtDate.h"
#include "core/masterdata/Calendar.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextCharFormat>

#include <algorithm>

namespace pmc::ui {

FactoryCalendarView::FactoryCalendarView(QWidget* parent)
    : QCalendarWidget(parent), m_calendar(std::make_unique<core::Calendar>())
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    setFirstDayOfWeek(Qt::Monday);
    // QCalendarWidget reds Saturday and Sunday; here the factory's own pattern decides.
    QTextCharFormat plain;
    plain.setForeground(palette().brush(QPalette::Text));
    setWeekdayTextFormat(Qt::Saturday, plain);
    setWeekdayTextFormat(Qt::Sunday, plain);
    connect(this, &QCalendarWidget::selectionChanged, this, &FactoryCalendarView::followSelection);
    m_selected.insert(selectedDate());
    m_anchor = selectedDate();
}

FactoryCalendarView::~FactoryCalendarView() = default;

void FactoryCalendarView::setCalendar(const core::Calendar& calendar)
{
    *m_calendar = calendar;
    m_overtimeDays.clear();
    for (const core::Overtime& overtime : calendar.overtime())
        m_overtimeDays.insert(app::toQDate(overtime.date));
    updateCells();
}

FactoryCalendarView::DayKind FactoryCalendarView::kindOf(QDate date) const
{
    const core::Date day = app::toCoreDate(date);
    if (m_calendar->extraWorkdays().contains(day))
        return DayKind::MakeUp;
    if (m_calendar->holidays().contains(day))
        return DayKind::Holiday;
    return m_calendar->isWorkday(day) ? DayKind::Workday : DayKind::NonWorking;
}

bool FactoryCalendarView::hasOvertime(QDate date) const
{
    return m_overtimeDays.contains(date);
}

QColor FactoryCalendarView::colorOf(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday: return {255, 255, 255};
    case DayKind::NonWorking: return {222, 222, 222};
    case DayKind::Holiday: return {244, 170, 170};
    case DayKind::MakeUp: return {160, 220, 160};
    }
    return {};
}

QColor FactoryCalendarView::overtimeColor()
{
    return {30, 100, 220};
}

QList<QDate> FactoryCalendarView::selectedDates() const
{
    QList<QDate> dates(m_selected.begin(), m_selected.end());
    std::sort(dates.begin(), dates.end());
    return dates;
}

void FactoryCalendarView::setSelectedDates(const QList<QDate>& dates)
{
    if (dates.isEmpty())
        return;
    m_selecting = true;
    setSelectedDate(dates.first());
    m_selecting = false;
    m_selected = QSet<QDate>(dates.begin(), dates.end());
    m_anchor = dates.first();
    updateCells();
    emit datesSelected();
}

void FactoryCalendarView::followSelection()
{
    if (m_selecting)
        return;
    const QDate date = selectedDate();
    const Qt::KeyboardModifiers modifiers = QGuiApplication::keyboardModifiers();
    if (modifiers & Qt::ControlModifier) {
        if (m_selected.contains(date) && m_selected.size() > 1)
            m_selected.remove(date);
        else
            m_selected.insert(date);
    } else if ((modifiers & Qt::ShiftModifier) && m_anchor.isValid()) {
        m_selected.clear();
        for (QDate d = std::min(m_anchor, date); d <= std::max(m_anchor, date); d = d.addDays(1))
            m_selected.insert(d);
    } else {
        m_selected = {date};
        m_anchor = date;
    }
    updateCells();
    emit datesSelected();
}

void FactoryCalendarView::paintCell(QPainter* painter, const QRect& rect, QDate date) const
{
    const DayKind kind = kindOf(date);
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    painter->save();
    QColor fill = colorOf(kind);
    if (!inMonth)
        fill = fill.lighter(112);
    painter->fillRect(rect.adjusted(1, 1, -1, -1), fill);

    if (hasOvertime(date)) {
        // A corner triangle: visible on every fill colour without hiding the day number.
        const int size = std::max(6, rect.height() / 3);
        QPainterPath corner;
        corner.moveTo(rect.right() - size, rect.top() + 1);
        corner.lineTo(rect.right(), rect.top() + 1);
        corner.lineTo(rect.right(), rect.top() + 1 + size);
        corner.closeSubpath();
        painter->fillPath(corner, overtimeColor());
    }
    if (m_selected.contains(date)) {
        painter->setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter->drawRect(rect.adjusted(2, 2, -2, -2));
    }

    QColor text = kind == DayKind::Holiday ? QColor(160, 0, 0)
        : kind == DayKind::MakeUp         ? QColor(0, 110, 0)
        : kind == DayKind::NonWorking     ? QColor(90, 90, 90)
                                          : palette().color(QPalette::Text);
    if (!inMonth)
        text.setAlpha(110);
    QFont font = painter->font();
    font.setBold(kind == DayKind::Holiday || kind == DayKind::MakeUp);
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(rect, Qt::AlignCenter, QString::number(date.day()));
    painter->restore();
}

} // namespace pmc::ui
