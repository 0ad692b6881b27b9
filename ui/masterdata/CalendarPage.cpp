#include "ui/masterdata/CalendarPage.h"

#include "app/Document.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "app/models/EditableTableModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "ui/masterdata/FactoryCalendarView.h"
#include "ui/masterdata/RefusalBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

/// Dates for an undo text: the first few, then how many more.
QString datesText(const QList<QDate>& dates)
{
    constexpr int listed = 3;
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(dates.size(), listed); ++i)
        parts << dateText(dates[i]);
    QString text = parts.join(QStringLiteral(", "));
    if (dates.size() > listed)
        text += QStringLiteral(" (+%1)").arg(dates.size() - listed);
    return text;
}

QLabel* swatch(const QColor& fill, bool overtimeCorner, QWidget* parent)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(fill);
    QPainter painter(&pixmap);
    painter.setPen(QColor(120, 120, 120));
    painter.drawRect(0, 0, 15, 15);
    if (overtimeCorner) {
        const QPoint corner[] = {{8, 1}, {15, 1}, {15, 8}};
        painter.setPen(Qt::NoPen);
        painter.setBrush(FactoryCalendarView::overtimeColor());
        painter.drawPolygon(corner, 3);
    }
    auto* label = new QLabel(parent);
    label->setPixmap(pixmap);
    return label;
}

} // namespace

CalendarPage::CalendarPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_banner(new RefusalBanner(this)), m_view(new FactoryCalendarView(this)),
      m_shifts(new IntervalTable(nullptr, 8 * 60, 4 * 60, this)),
      m_overtime(new IntervalTable(&document, 18 * 60, 2 * 60, this)),
      m_overtimeBox(new QGroupBox(this)), m_dayInfo(new QLabel(this))
{
    auto* panels = new QHBoxLayout;
    panels->addWidget(createMonthPanel(), 3);
    panels->addWidget(createSidePanel(), 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addLayout(panels, 1);

    connect(m_view, &FactoryCalendarView::datesSelected, this, &CalendarPage::updateDayPanel);
    connect(m_shifts, &IntervalTable::edited, this, &CalendarPage::saveShifts);
    connect(m_overtime, &IntervalTable::edited, this, &CalendarPage::saveOvertime);
    connect(m_shifts, &IntervalTable::refused, m_banner, &RefusalBanner::showMessage);
    connect(m_overtime, &IntervalTable::refused, m_banner, &RefusalBanner::showMessage);
    connect(&m_document, &app::Document::masterDataChanged, m_banner, &QWidget::hide);
    connect(&m_document, &app::Document::factoryReset, m_banner, &QWidget::hide);
    connect(&m_document, &app::Document::masterDataChanged, this, &CalendarPage::refresh);
    connect(&m_document, &app::Document::factoryReset, this, [this] {
        m_view->setSelectedDates({app::toQDate(m_document.factory().settings.today)});
        refresh();
    });
    m_view->setSelectedDates({app::toQDate(m_document.factory().settings.today)});
    refresh();
}

QWidget* CalendarPage::createMonthPanel()
{
    auto* panel = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Not addViewAction(): the keyboard focus is on the calendar's inner table, so a shortcut
    // needs WidgetWithChildrenShortcut here, and the marks are text push buttons.
    const auto command = [this, panel, buttons](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, m_view);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action); // the calendar's context menu
        auto* button = new QPushButton(text, panel);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    };
    command(tr("Mark holiday"), {}, [this] { markHoliday(); });
    command(tr("Mark make-up working day"), {}, [this] { markMakeUpDay(); });
    command(tr("Clear"), QKeySequence(QKeySequence::Delete), [this] { clearMarks(); });
    buttons->addStretch(1);

    m_dayInfo->setWordWrap(true);
    m_dayInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* hint = new QLabel(tr("Ctrl+click adds a day to the selection, Shift+click selects a range."), panel);
    hint->setEnabled(false);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(createLegend());
    layout->addWidget(m_dayInfo);
    layout->addWidget(hint);
    return panel;
}

QWidget* CalendarPage::createLegend()
{
    using Kind = FactoryCalendarView::DayKind;
    auto* legend = new QWidget(this);
    auto* layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto entry = [legend, layout](QLabel* mark, const QString& text) {
        layout->addWidget(mark);
        layout->addWidget(new QLabel(text, legend));
        layout->addSpacing(10);
    };
    entry(swatch(FactoryCalendarView::colorOf(Kind::Workday), false, legend), tr("Workday"));
    entry(swatch(FactoryCalendarView::colorOf(Kind::NonWorking), false, legend), tr("Non-working day"));
    entry(swatch(FactoryCalendarView::colorOf(Kind::Holiday), false, legend), tr("Holiday"));
    entry(swatch(FactoryCalendarView::colorOf(Kind::MakeUp), false, legend), tr("Make-up working day"));
    entry(swatch(FactoryCalendarView::colorOf(Kind::Workday), true, legend), tr("Overtime"));
    layout->addStretch(1);
    return legend;
}

QWidget* CalendarPage::createSidePanel()
{
    auto* pattern = new QGroupBox(tr("Weekly working days"), this);
    auto* days = new QHBoxLayout(pattern);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), pattern);
        connect(box, &QCheckBox::toggled, this, &CalendarPage::saveWorkdays);
        m_weekdays[static_cast<std::size_t>(day - 1)] = box;
        days->addWidget(box);
    }
    auto* shifts = new QGroupBox(tr("Shifts (every working day)"), this);
    auto* shiftLayout = new QVBoxLayout(shifts);
    shiftLayout->addWidget(m_shifts);
    auto* overtimeLayout = new QVBoxLayout(m_overtimeBox);
    overtimeLayout->addWidget(m_overtime);

    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pattern);
    layout->addWidget(shifts, 1);
    layout->addWidget(m_overtimeBox, 1);
    return panel;
}

void CalendarPage::refresh()
{
    const core::Calendar& calendar = m_document.factory().calendar;
    m_view->setCalendar(calendar);
    for (QCheckBox* box : m_weekdays) {
        const QSignalBlocker blocker(box);
        box->setChecked(false);
    }
    for (int day : calendar.workdays()) {
        const QSignalBlocker blocker(m_weekdays[static_cast<std::size_t>(day - 1)]);
        m_weekdays[static_cast<std::size_t>(day - 1)]->setChecked(true);
    }
    std::vector<IntervalTable::Interval> shifts;
    for (const core::Shift& shift : calendar.shifts())
        shifts.push_back({{}, shift.startMinute, shift.endMinute});
    m_shifts->setIntervals(std::move(shifts));
    updateDayPanel();
}

void CalendarPage::updateDayPanel()
{
    const QDate date = m_view->selectedDate();
    const core::Date day = app::toCoreDate(date);
    std::vector<IntervalTable::Interval> overtime;
    for (const core::Overtime& o : m_document.factory().calendar.overtime())
        if (o.date == day)
            overtime.push_back({o.workCenter, o.startMinute, o.endMinute});
    m_overtime->setIntervals(std::move(overtime));
    m_overtimeBox->setTitle(tr("Overtime on %1").arg(dateText(date)));

    QString kind;
    switch (m_view->kindOf(date)) {
    case FactoryCalendarView::DayKind::Workday: kind = tr("workday"); break;
    case FactoryCalendarView::DayKind::NonWorking: kind = tr("non-working day"); break;
    case FactoryCalendarView::DayKind::Holiday: kind = tr("holiday"); break;
    case FactoryCalendarView::DayKind::MakeUp: kind = tr("make-up working day"); break;
    }
    QString info = tr("%1 (%2): %3").arg(dateText(date), QLocale().dayName(date.dayOfWeek()), kind);
    if (const int selected = static_cast<int>(m_view->selectedDates().size()); selected > 1)
        info += QLatin1Char('\n') + tr("%1 days selected").arg(selected);
    m_dayInfo->setText(info);
}

void CalendarPage::markHoliday()
{
    markSelected(Mark::Holiday);
}

void CalendarPage::markMakeUpDay()
{
    markSelected(Mark::MakeUp);
}

void CalendarPage::clearMarks()
{
    markSelected(Mark::Clear);
}

void CalendarPage::markSelected(Mark mark)
{
    const core::Calendar& current = m_document.factory().calendar;
    std::set<core::Date> holidays = current.holidays();
    std::set<core::Date> makeUpDays = current.extraWorkdays();
    const QList<QDate> dates = m_view->selectedDates();
    for (QDate date : dates) {
        const core::Date day = app::toCoreDate(date);
        // A day is either a holiday or a make-up day, never both: the new mark replaces the old.
        holidays.erase(day);
        makeUpDays.erase(day);
        if (mark == Mark::Holiday)
            holidays.insert(day);
        else if (mark == Mark::MakeUp)
            makeUpDays.insert(day);
    }
    core::Calendar changed = current;
    changed.setHolidays(std::move(holidays));
    changed.setExtraWorkdays(std::move(makeUpDays));
    const QString text = mark == Mark::Holiday ? tr("Mark holiday: %1")
        : mark == Mark::MakeUp                 ? tr("Mark make-up working day: %1")
                                               : tr("Clear day marks: %1");
    save(changed, text.arg(datesText(dates)));
}

void CalendarPage::saveWorkdays()
{
    std::vector<int> days;
    for (int day = 1; day <= 7; ++day)
        if (m_weekdays[static_cast<std::size_t>(day - 1)]->isChecked())
            days.push_back(day);
    core::Calendar changed = m_document.factory().calendar;
    changed.setWorkdays(days);
    save(changed, tr("Change weekly working days"));
}

void CalendarPage::saveShifts(const std::vector<IntervalTable::Interval>& intervals)
{
    std::vector<core::Shift> shifts;
    for (const IntervalTable::Interval& interval : intervals)
        shifts.push_back({interval.startMinute, interval.endMinute});
    // Shifts are kept in time order, so a shift added before the others is not an overlap.
    std::stable_sort(shifts.begin(), shifts.end(),
                     [](const core::Shift& a, const core::Shift& b) { return a.startMinute < b.startMinute; });
    core::Calendar changed = m_document.factory().calendar;
    changed.setShifts(std::move(shifts));
    save(changed, tr("Change shifts"));
}

void CalendarPage::saveOvertime(const std::vector<IntervalTable::Interval>& intervals)
{
    const QDate date = m_view->selectedDate();
    const core::Date day = app::toCoreDate(date);
    core::Calendar changed = m_document.factory().calendar;
    std::vector<core::Overtime> overtime;
    for (const core::Overtime& o : changed.overtime())
        if (o.date != day)
            overtime.push_back(o);
    for (const IntervalTable::Interval& interval : intervals)
        overtime.push_back({day, interval.workCenter, interval.startMinute, interval.endMinute});
    std::stable_sort(overtime.begin(), overtime.end(),
                     [](const core::Overtime& a, const core::Overtime& b) { return a.date < b.date; });
    changed.setOvertime(std::move(overtime));
    save(changed, tr("Change overtime on %1").arg(dateText(date)));
}

void CalendarPage::save(const core::Calendar& changed, const QString& text)
{
    const core::Calendar& current = m_document.factory().calendar;
    if (changed == current)
        return;
    core::MasterDataEdit edit;
    edit.calendar = std::make_pair(current, changed);
    const QString refusal = app::submitEdit(m_document, edit, text);
    if (!refusal.isEmpty()) {
        refresh(); // the controls go back to the saved calendar
        m_banner->showMessage(refusal);
    }
}

} // namespace pmc::ui
