#include "ui/GanttView.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleRequest.h"
#include "core/scheduling/WorkingTime.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace pmc::ui {

namespace {

QColor orderColour(const std::string& order)
{
    // A stable, light hue per order so neighbouring bars of different orders differ.
    const auto hue = static_cast<int>(std::hash<std::string>{}(order) % 360);
    return QColor::fromHsv(hue, 90, 235);
}

QString clock(core::Date today, int minute)
{
    return QString::fromStdString(core::formatScheduleMinute(today, minute)).replace(QLatin1Char('T'), QLatin1Char(' '));
}

} // namespace

GanttView::GanttView(app::Document& document, QWidget* parent)
    : QAbstractScrollArea(parent), m_document(document)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    connect(&m_document, &app::Document::factoryReset, this, [this] {
        // Another factory: the filter may name a work center it does not have.
        const bool filtered = !m_filter.empty();
        m_filter.clear();
        m_focusFrom = m_focusTo = 0;
        rebuild();
        if (filtered)
            emit workCenterFilterChanged({});
    });
    connect(&m_document, &app::Document::scheduleFinished, this, &GanttView::rebuild);
    // A pin or unpin (or its undo) shows at once; the steps move at the next schedule run.
    connect(&m_document, &app::Document::masterDataChanged, this, &GanttView::markPins);
    rebuild();
}

void GanttView::markPins()
{
    std::set<std::pair<std::string, int>> pinned;
    for (const core::OperationPin& pin : m_document.factory().operationPins)
        pinned.emplace(pin.order, pin.seq);
    const auto& operations = m_document.schedule().operations;
    for (Bar& bar : m_bars)
        bar.fixed = pinned.contains({operations[bar.operation].order, operations[bar.operation].seq});
    viewport()->update();
}

void GanttView::contextMenuEvent(QContextMenuEvent* event)
{
    const Bar* bar = barAt(event->pos());
    if (!bar)
        return;
    const core::ScheduleResult& schedule = m_document.schedule();
    const core::ScheduledOperation op = schedule.operations[bar->operation];
    QMenu menu(this);
    const QString name = tr("%1 step %2").arg(QString::fromStdString(op.order)).arg(op.seq);
    QStringList refused;
    if (m_document.isPinned(op.order, op.seq)) {
        menu.addAction(tr("Unpin %1").arg(name), this, [&] { refused = m_document.unpinOperation(op.order, op.seq); });
    } else {
        menu.addAction(tr("Pin %1 here (unit and start)").arg(name), this,
                       [&] { refused = m_document.pinOperation(op, schedule.today); });
    }
    menu.exec(event->globalPos());
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Pin"), tr("Cannot pin %1: %2").arg(name, refused.join(QLatin1Char('\n'))));
}

void GanttView::rebuild()
{
    const core::FactoryModel& factory = m_document.factory();
    m_rows.clear();
    // Rows grouped by workshop in the order workshops first appear, then work centers, then units.
    std::vector<std::string> workshops;
    for (const core::WorkCenter& wc : factory.workCenters)
        if (std::find(workshops.begin(), workshops.end(), wc.workshop) == workshops.end())
            workshops.push_back(wc.workshop);
    std::map<std::pair<std::string, int>, int> rowOf;
    for (const std::string& workshop : workshops)
        for (const core::WorkCenter& wc : factory.workCenters) {
            if (wc.workshop != workshop || (!m_filter.empty() && wc.code != m_filter))
                continue;
            for (int unit = 0; unit < wc.parallelUnits; ++unit) {
                rowOf[{wc.code, unit}] = static_cast<int>(m_rows.size());
                const QString name = QString::fromStdString(wc.name.empty() ? wc.code : wc.name);
                m_rows.push_back({wc.parallelUnits > 1 ? QStringLiteral("%1 #%2").arg(name).arg(unit + 1) : name,
                                  QString::fromStdString(workshop), wc.code, unit});
            }
        }
    const core::ScheduleResult& schedule = m_document.schedule();
    m_lateDays.clear();
    m_due.clear();
    for (const core::OrderCompletion& o : schedule.orders) {
        m_lateDays[o.order] = o.lateDays;
        m_due[o.order] = o.due.toString();
    }
    m_bars.clear();
    std::map<std::string, core::WorkingTime> workingTime; // where a changeover ends, in clock time
    for (std::size_t i = 0; i < schedule.operations.size(); ++i) {
        const core::ScheduledOperation& op = schedule.operations[i];
        const auto row = rowOf.find({op.workCenter, op.unit});
        if (row == rowOf.end())
            continue;
        int changeoverEnd = op.startMinute;
        if (op.changeoverMinutes > 0) {
            auto time = workingTime.try_emplace(op.workCenter, m_document.factory().calendar, schedule.today, op.workCenter).first;
            changeoverEnd = time->second.place(op.startMinute, op.changeoverMinutes).end;
        }
        m_bars.push_back({row->second, op.startMinute, op.endMinute, i, m_lateDays[op.order] > 0, changeoverEnd, false});
    }
    markPins();
    m_highlighted.clear();
    updateScrollBars();
    viewport()->update();
}

void GanttView::focusWorkCenter(const std::string& workCenter, int fromMinute, int toMinute)
{
    m_filter = workCenter;
    m_focusFrom = fromMinute;
    m_focusTo = std::max(fromMinute, toMinute);
    rebuild();
    // Zoom so the period fills most of the chart, then show it from its start.
    const int width = std::max(200, viewport()->width() - kLabelWidth);
    if (m_focusTo > m_focusFrom)
        setScale(width * 0.92 / ((m_focusTo - m_focusFrom) / 60.0));
    horizontalScrollBar()->setValue(static_cast<int>(std::max(0, m_focusFrom) / 60.0 * m_pixelsPerHour) - 8);
    verticalScrollBar()->setValue(0);
    emit workCenterFilterChanged(QString::fromStdString(m_filter));
}

void GanttView::showAllWorkCenters()
{
    if (m_filter.empty() && m_focusTo == m_focusFrom)
        return;
    m_filter.clear();
    m_focusFrom = m_focusTo = 0;
    rebuild();
    emit workCenterFilterChanged({});
}

void GanttView::setScale(double pixelsPerHour)
{
    m_pixelsPerHour = std::clamp(pixelsPerHour, 0.25, 120.0);
    updateScrollBars();
    viewport()->update();
}

void GanttView::updateScrollBars()
{
    const int lastMinute = std::max(m_document.schedule().makespan, 14 * 24 * 60);
    const int width = static_cast<int>(std::ceil((lastMinute / 60.0 + 48) * m_pixelsPerHour));
    horizontalScrollBar()->setRange(0, std::max(0, width - (viewport()->width() - kLabelWidth)));
    horizontalScrollBar()->setPageStep(viewport()->width());
    const int height = rowCount() * kRowHeight;
    verticalScrollBar()->setRange(0, std::max(0, height - (viewport()->height() - kHeaderHeight)));
    verticalScrollBar()->setPageStep(viewport()->height());
}

void GanttView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

QRectF GanttView::barRect(const Bar& bar) const
{
    const double x = kLabelWidth + bar.start / 60.0 * m_pixelsPerHour - horizontalScrollBar()->value();
    const double w = std::max(1.0, (bar.end - bar.start) / 60.0 * m_pixelsPerHour);
    const double y = kHeaderHeight + bar.row * kRowHeight - verticalScrollBar()->value() + 3;
    return {x, y, w, kRowHeight - 6.0};
}

const GanttView::Bar* GanttView::barAt(const QPoint& point) const
{
    for (const Bar& bar : m_bars)
        if (barRect(bar).contains(point))
            return &bar;
    return nullptr;
}

void GanttView::paintCalendar(QPainter& painter, int days) const
{
    const core::FactoryModel& factory = m_document.factory();
    const double dayWidth = 24 * m_pixelsPerHour;
    const int x0 = horizontalScrollBar()->value();
    const int height = viewport()->height();
    for (int d = 0; d < days; ++d) {
        const double x = kLabelWidth + d * dayWidth - x0;
        if (x + dayWidth < kLabelWidth || x > viewport()->width())
            continue;
        const core::Date date = factory.settings.today + d;
        if (!factory.calendar.isWorkday(date)) {
            painter.fillRect(QRectF(x, kHeaderHeight, dayWidth, height), QColor(232, 232, 232));
            continue;
        }
        // Outside the shifts is lightly shaded when the chart is zoomed in far enough to see it.
        if (m_pixelsPerHour >= 2) {
            int from = 0;
            for (const core::Shift& s : factory.calendar.shifts()) {
                painter.fillRect(QRectF(x + from / 60.0 * m_pixelsPerHour, kHeaderHeight,
                                        (s.startMinute - from) / 60.0 * m_pixelsPerHour, height), QColor(245, 245, 245));
                from = s.endMinute;
            }
            painter.fillRect(QRectF(x + from / 60.0 * m_pixelsPerHour, kHeaderHeight,
                                    (1440 - from) / 60.0 * m_pixelsPerHour, height), QColor(245, 245, 245));
        }
        painter.setPen(QColor(215, 215, 215));
        painter.drawLine(QPointF(x, kHeaderHeight), QPointF(x, height));
    }
}

void GanttView::paintTimeAxis(QPainter& painter, int days) const
{
    const core::Date today = m_document.factory().settings.today;
    const double dayWidth = 24 * m_pixelsPerHour;
    const int x0 = horizontalScrollBar()->value();
    painter.fillRect(QRect(0, 0, viewport()->width(), kHeaderHeight), palette().button());
    // Label every day when there is room, else every Monday.
    const bool everyDay = dayWidth >= 44;
    for (int d = 0; d < days; ++d) {
        const core::Date date = today + d;
        if (!everyDay && date.isoWeekday() != 1)
            continue;
        const double x = kLabelWidth + d * dayWidth - x0;
        if (x < kLabelWidth - 80 || x > viewport()->width())
            continue;
        painter.setPen(palette().color(QPalette::ButtonText));
        painter.drawText(QRectF(x + 3, 2, std::max(dayWidth, 80.0), 17), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1-%2").arg(date.month(), 2, 10, QLatin1Char('0')).arg(date.day(), 2, 10, QLatin1Char('0')));
        if (dayWidth >= 200)
            for (int h = 2; h < 24; h += 2)
                painter.drawText(QRectF(x + h * m_pixelsPerHour - 12, 19, 24, 17), Qt::AlignCenter, QString::number(h));
        painter.drawLine(QPointF(x, 0), QPointF(x, kHeaderHeight));
    }
}

void GanttView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    const core::ScheduleResult& schedule = m_document.schedule();
    if (!m_document.hasSchedule()) {
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Press Schedule (F6) to build the schedule."));
        return;
    }
    const int days = std::max(schedule.makespan, 14 * 24 * 60) / 1440 + 3;
    paintCalendar(painter, days);

    painter.setClipRect(QRect(kLabelWidth, kHeaderHeight, viewport()->width(), viewport()->height()));
    if (m_focusTo > m_focusFrom) {
        // The period chosen in the capacity load view.
        const double x = kLabelWidth + m_focusFrom / 60.0 * m_pixelsPerHour - horizontalScrollBar()->value();
        const double w = (m_focusTo - m_focusFrom) / 60.0 * m_pixelsPerHour;
        painter.fillRect(QRectF(x, kHeaderHeight, w, viewport()->height()), QColor(255, 236, 160, 110));
    }
    for (const Bar& bar : m_bars) {
        const QRectF r = barRect(bar);
        if (r.right() < kLabelWidth || r.left() > viewport()->width() || r.bottom() < kHeaderHeight || r.top() > viewport()->height())
            continue;
        const QString order = QString::fromStdString(schedule.operations[bar.operation].order);
        const bool highlighted = !m_highlighted.isEmpty() && order == m_highlighted;
        painter.setPen(QPen(bar.late ? QColor(200, 0, 0) : QColor(90, 90, 90), highlighted ? 2.5 : 1));
        painter.setBrush(bar.late ? QColor(255, 190, 190) : orderColour(schedule.operations[bar.operation].order));
        painter.drawRect(r);
        if (bar.changeoverEnd > bar.start) { // the changeover (换型) hatched at the start
            QRectF c = r;
            c.setWidth(r.width() * (bar.changeoverEnd - bar.start) / std::max(1, bar.end - bar.start));
            painter.fillRect(c, QBrush(QColor(90, 90, 90), Qt::BDiagPattern));
        }
        if (bar.fixed) { // pinned: a dark corner
            const QPointF corner = r.topLeft();
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(40, 40, 40));
            painter.drawPolygon(QPolygonF({corner, corner + QPointF(7, 0), corner + QPointF(0, 7)}));
        }
        if (r.width() > 40) {
            painter.setPen(Qt::black);
            painter.drawText(r.adjusted(3, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, order);
        }
    }
    // Today: nothing is planned before it.
    painter.setPen(QPen(QColor(0, 120, 215), 2));
    const double todayX = kLabelWidth - horizontalScrollBar()->value();
    painter.drawLine(QPointF(todayX, kHeaderHeight), QPointF(todayX, viewport()->height()));
    painter.setClipping(false);

    paintTimeAxis(painter, days);
    painter.fillRect(QRect(0, 0, kLabelWidth, viewport()->height()), palette().window());
    QString lastWorkshop;
    for (int i = 0; i < rowCount(); ++i) {
        const int y = kHeaderHeight + i * kRowHeight - verticalScrollBar()->value();
        if (y + kRowHeight < kHeaderHeight || y > viewport()->height())
            continue;
        painter.setPen(QColor(210, 210, 210));
        painter.drawLine(0, y + kRowHeight, viewport()->width(), y + kRowHeight);
        painter.setPen(palette().color(QPalette::WindowText));
        const bool firstOfWorkshop = i == 0 || m_rows[static_cast<std::size_t>(i - 1)].workshop != m_rows[static_cast<std::size_t>(i)].workshop;
        if (firstOfWorkshop && lastWorkshop != m_rows[static_cast<std::size_t>(i)].workshop) {
            QFont bold = painter.font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QRect(4, y, 70, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, m_rows[static_cast<std::size_t>(i)].workshop);
            painter.setFont(font());
            lastWorkshop = m_rows[static_cast<std::size_t>(i)].workshop;
        }
        painter.drawText(QRect(74, y, kLabelWidth - 78, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, m_rows[static_cast<std::size_t>(i)].label);
    }
    painter.fillRect(QRect(0, 0, kLabelWidth, kHeaderHeight), palette().button());
    painter.setPen(palette().color(QPalette::ButtonText));
    painter.drawText(QRect(4, 0, kLabelWidth - 8, kHeaderHeight), Qt::AlignVCenter, tr("Work center"));
}

void GanttView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setScale(m_pixelsPerHour * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GanttView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        setScale(m_pixelsPerHour * 1.5);
    else if (event->key() == Qt::Key_Minus)
        setScale(m_pixelsPerHour / 1.5);
    else if (event->key() == Qt::Key_Escape && (!m_filter.empty() || m_focusTo > m_focusFrom))
        showAllWorkCenters();
    else
        QAbstractScrollArea::keyPressEvent(event);
}

void GanttView::mousePressEvent(QMouseEvent* event)
{
    const Bar* bar = barAt(event->pos());
    m_highlighted = bar ? QString::fromStdString(m_document.schedule().operations[bar->operation].order) : QString();
    viewport()->update();
}

bool GanttView::viewportEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const Bar* bar = barAt(help->pos());
    if (!bar) {
        QToolTip::hideText();
        return true;
    }
    const core::ScheduleResult& schedule = m_document.schedule();
    const core::ScheduledOperation& op = schedule.operations[bar->operation];
    const core::Item* item = m_document.factory().findItem(op.item);
    QString text = tr("<b>%1</b> op %2<br>%3 %4 × %5<br>%6 – %7<br>due %8")
                       .arg(QString::fromStdString(op.order)).arg(op.seq)
                       .arg(QString::fromStdString(op.item), item ? QString::fromStdString(item->name) : QString())
                       .arg(op.qty)
                       .arg(clock(schedule.today, op.startMinute), clock(schedule.today, op.endMinute))
                       .arg(QString::fromStdString(m_due[op.order]));
    if (op.changeoverMinutes > 0)
        text += tr("<br>changeover %1 min at the start").arg(op.changeoverMinutes);
    if (bar->fixed)
        text += tr("<br>pinned: the scheduler leaves it here");
    if (bar->late)
        text += tr("<br><span style='color:red'>%1 days late</span>").arg(m_lateDays[op.order]);
    QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

} // namespace pmc::ui
