#include "ui/GanttPainter.h"

#include "core/FactoryModel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <climits>
#include <cmath>

namespace pmc::ui {

namespace {

QColor orderHue(const std::string& order)
{
    // A stable, light hue per order so neighbouring bars of different orders differ.
    const auto hue = static_cast<int>(std::hash<std::string>{}(order) % 360);
    return QColor::fromHsv(hue, 90, 235);
}

const QColor kLateFill(255, 190, 190);
const QColor kLateLine(200, 0, 0);
const QColor kSelectedLine(0, 90, 200);

} // namespace

GanttPainter::GanttPainter(const app::GanttLayout& layout, const core::FactoryModel& factory, const core::ScheduleResult& schedule)
    : m_layout(layout), m_factory(factory), m_schedule(schedule)
{
}

int GanttPainter::days() const
{
    return std::max(m_schedule.makespan, 14 * 24 * 60) / 1440 + 3;
}

QColor GanttPainter::fill(const app::GanttBar& bar) const
{
    const core::OrderCompletion* order = bar.order >= 0 ? &m_schedule.orders[static_cast<std::size_t>(bar.order)] : nullptr;
    switch (colouring) {
    case GanttColouring::Order:
        if (bar.late)
            return kLateFill;
        return order ? orderHue(order->order) : QColor(220, 220, 220);
    case GanttColouring::Priority: {
        if (!order || order->priority == INT_MAX)
            return QColor(215, 225, 235);
        // 1 (most urgent) dark orange … 5 pale.
        const int p = std::clamp(order->priority, 1, 5);
        return QColor::fromHsv(28, 230 - (p - 1) * 45, 245);
    }
    case GanttColouring::Status:
        if (bar.late)
            return kLateFill;
        if (order && order->materialShort)
            return QColor(255, 214, 150);
        if (bar.fixed)
            return QColor(200, 200, 200);
        return QColor(190, 230, 190);
    }
    return Qt::white;
}

void GanttPainter::paint(QPainter& painter, const app::GanttAxis& axis, int width, int height, int rowScroll) const
{
    painter.save();
    painter.setFont(font);
    painter.fillRect(QRect(0, 0, width, height), palette.base());
    painter.setClipRect(QRect(labelWidth, kHeaderHeight, width - labelWidth, height - kHeaderHeight));
    paintCalendar(painter, axis, width, height);
    if (m_layout.frozenUntil() > 0) {
        const double x0 = axis.x(0);
        painter.fillRect(QRectF(x0, kHeaderHeight, axis.x(m_layout.frozenUntil()) - x0, height),
                         QBrush(QColor(120, 150, 200, 60), Qt::Dense6Pattern));
    }
    if (focusTo > focusFrom) {
        const double x = axis.x(focusFrom);
        painter.fillRect(QRectF(x, kHeaderHeight, axis.x(focusTo) - x, height), QColor(255, 236, 160, 110));
    }
    paintBars(painter, axis, width, height, rowScroll);
    paintGhosts(painter, axis, rowScroll);
    // Today: nothing is planned before it.
    painter.setPen(QPen(QColor(0, 120, 215), 2));
    painter.drawLine(QPointF(axis.x(0), kHeaderHeight), QPointF(axis.x(0), height));
    painter.setClipping(false);
    paintTimeAxis(painter, axis, width);
    paintLabels(painter, width, height, rowScroll);
    painter.restore();
}

void GanttPainter::paintCalendar(QPainter& painter, const app::GanttAxis& axis, int width, int height) const
{
    const double dayWidth = 24 * axis.pixelsPerHour;
    const int firstDay = std::max(0, axis.minuteAt(labelWidth) / 1440);
    const int lastDay = std::min(days(), axis.minuteAt(width) / 1440 + 1);
    for (int d = firstDay; d < lastDay; ++d) {
        const double x = axis.x(d * 1440);
        const core::Date date = m_schedule.today + d;
        if (!m_factory.calendar.isWorkday(date)) {
            painter.fillRect(QRectF(x, kHeaderHeight, dayWidth, height), QColor(232, 232, 232));
            continue;
        }
        // Outside the shifts is lightly shaded when zoomed in far enough to see it.
        if (axis.pixelsPerHour >= 2) {
            int from = 0;
            for (const core::Shift& s : m_factory.calendar.shifts()) {
                painter.fillRect(QRectF(x + from / 60.0 * axis.pixelsPerHour, kHeaderHeight,
                                        (s.startMinute - from) / 60.0 * axis.pixelsPerHour, height), QColor(245, 245, 245));
                from = s.endMinute;
            }
            painter.fillRect(QRectF(x + from / 60.0 * axis.pixelsPerHour, kHeaderHeight,
                                    (1440 - from) / 60.0 * axis.pixelsPerHour, height), QColor(245, 245, 245));
        }
        if (dayWidth >= 6) {
            painter.setPen(QColor(215, 215, 215));
            painter.drawLine(QPointF(x, kHeaderHeight), QPointF(x, height));
        }
    }
}

void GanttPainter::paintBars(QPainter& painter, const app::GanttAxis& axis, int width, int height, int rowScroll) const
{
    const int from = axis.minuteAt(labelWidth) - 1;
    const int to = axis.minuteAt(width) + 1;
    const int firstRow = std::max(0, rowScroll / kRowHeight);
    const int lastRow = std::min(m_layout.rowCount(), (rowScroll + height - kHeaderHeight) / kRowHeight + 1);
    const bool order = m_layout.mode() == app::GanttMode::Order;
    for (int row = firstRow; row < lastRow; ++row) {
        const double y = rowTop(row, rowScroll);
        // Bars narrower than two pixels are merged into runs: one rectangle per run of touching
        // bars, red when any of them is late.
        double runStart = 0;
        double runEnd = -1e9;
        bool runLate = false;
        const auto flush = [&] {
            if (runEnd > runStart) {
                painter.fillRect(QRectF(runStart, y + 4, std::max(1.0, runEnd - runStart), kRowHeight - 8),
                                 runLate ? kLateLine : QColor(110, 130, 160));
            }
            runEnd = -1e9;
            runLate = false;
        };
        for (const app::GanttBar& bar : m_layout.barsIn(row, from, to)) {
            const double x0 = axis.x(bar.start);
            const double x1 = axis.x(bar.end);
            if (x1 - x0 < 2 && bar.operation >= 0) {
                if (x0 > runEnd + 1) {
                    flush();
                    runStart = x0;
                }
                runEnd = std::max(runEnd, std::max(x1, x0 + 1));
                runLate = runLate || bar.late;
                continue;
            }
            flush();
            const QRectF r(x0, y + 3, std::max(1.0, x1 - x0), kRowHeight - 6.0);
            const core::OrderCompletion* completion = bar.order >= 0 ? &m_schedule.orders[static_cast<std::size_t>(bar.order)] : nullptr;
            const bool highlightedBar = completion && highlighted && highlighted->contains(completion->order);
            const bool selectedBar = selected && bar.operation >= 0 && selected->contains(bar.operation);
            if (bar.operation < 0) { // an order's span (order view)
                const QRectF span(x0, y + 6, std::max(1.0, x1 - x0), kRowHeight - 12.0);
                painter.setPen(QPen(bar.late ? kLateLine : QColor(60, 60, 60), highlightedBar ? 2.5 : 1));
                painter.setBrush(bar.late ? kLateLine : QColor(90, 90, 90));
                painter.drawRect(span);
                if (completion) { // the due date: the end of its day
                    const double due = axis.x((completion->due - m_schedule.today + 1) * 1440);
                    painter.setBrush(QColor(0, 120, 215));
                    painter.setPen(Qt::NoPen);
                    painter.drawPolygon(QPolygonF({QPointF(due, y + 3), QPointF(due + 5, y + 11), QPointF(due, y + 19), QPointF(due - 5, y + 11)}));
                }
                continue;
            }
            QPen pen(bar.late ? kLateLine : QColor(90, 90, 90), highlightedBar ? 2.5 : 1);
            if (selectedBar)
                pen = QPen(kSelectedLine, 2.5);
            painter.setPen(pen);
            painter.setBrush(fill(bar));
            painter.drawRect(r);
            if (bar.changeoverEnd > bar.start) { // the changeover (换型), hatched at the start
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
            if (completion && completion->materialShort) { // waiting for material: an orange corner
                const QPointF corner = r.topRight();
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(235, 120, 0));
                painter.drawPolygon(QPolygonF({corner, corner - QPointF(7, 0), corner + QPointF(0, 7)}));
            }
            if (r.width() > 40 && !order) {
                painter.setPen(Qt::black);
                painter.drawText(r.adjusted(3, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                                 QString::fromStdString(m_schedule.operations[static_cast<std::size_t>(bar.operation)].order));
            }
        }
        flush();
    }
}

void GanttPainter::paintGhosts(QPainter& painter, const app::GanttAxis& axis, int rowScroll) const
{
    for (const GanttGhost& ghost : ghosts) {
        const double x0 = axis.x(ghost.start);
        const QRectF r(x0, rowTop(ghost.row, rowScroll) + 2, std::max(2.0, axis.x(ghost.end) - x0), kRowHeight - 4.0);
        painter.setPen(QPen(ghostsAllowed ? QColor(0, 150, 60) : kLateLine, 2, Qt::DashLine));
        painter.setBrush(ghostsAllowed ? QColor(0, 150, 60, 50) : QColor(200, 0, 0, 50));
        painter.drawRect(r);
    }
}

void GanttPainter::paintTimeAxis(QPainter& painter, const app::GanttAxis& axis, int width) const
{
    const double dayWidth = 24 * axis.pixelsPerHour;
    painter.fillRect(QRect(0, 0, width, kHeaderHeight), palette.button());
    // Every day when there is room, else every Monday, else the first of each month.
    const bool everyDay = dayWidth >= 44;
    const bool everyWeek = dayWidth * 7 >= 44;
    const int firstDay = std::max(0, axis.minuteAt(labelWidth) / 1440 - 7);
    const int lastDay = std::min(days(), axis.minuteAt(width) / 1440 + 1);
    painter.setPen(palette.color(QPalette::ButtonText));
    for (int d = firstDay; d < lastDay; ++d) {
        const core::Date date = m_schedule.today + d;
        if (!everyDay && (everyWeek ? date.isoWeekday() != 1 : date.day() != 1))
            continue;
        const double x = axis.x(d * 1440);
        if (x < labelWidth - 80 || x > width)
            continue;
        const QString label = everyDay || everyWeek
            ? QStringLiteral("%1-%2").arg(date.month(), 2, 10, QLatin1Char('0')).arg(date.day(), 2, 10, QLatin1Char('0'))
            : QStringLiteral("%1-%2").arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0'));
        painter.drawText(QRectF(x + 3, 2, std::max(dayWidth, 80.0), 17), Qt::AlignLeft | Qt::AlignVCenter, label);
        if (dayWidth >= 200) {
            const int step = dayWidth >= 600 ? 1 : 2;
            for (int h = step; h < 24; h += step)
                painter.drawText(QRectF(x + h * axis.pixelsPerHour - 12, 19, 24, 17), Qt::AlignCenter, QString::number(h));
        }
        painter.drawLine(QPointF(x, 0), QPointF(x, kHeaderHeight));
    }
}

void GanttPainter::paintLabels(QPainter& painter, int width, int height, int rowScroll) const
{
    painter.fillRect(QRect(0, kHeaderHeight, labelWidth, height), palette.window());
    const bool resource = m_layout.mode() == app::GanttMode::Resource;
    const int groupWidth = resource ? 70 : 0;
    const int firstRow = std::max(0, rowScroll / kRowHeight);
    const int lastRow = std::min(m_layout.rowCount(), (rowScroll + height - kHeaderHeight) / kRowHeight + 1);
    QFont bold = font;
    bold.setBold(true);
    for (int i = firstRow; i < lastRow; ++i) {
        const app::GanttRow& row = m_layout.rows()[static_cast<std::size_t>(i)];
        const int y = static_cast<int>(rowTop(i, rowScroll));
        if (i == markedRow)
            painter.fillRect(QRect(0, y, labelWidth, kRowHeight), palette.highlight());
        painter.setPen(QColor(210, 210, 210));
        painter.drawLine(0, y + kRowHeight, width, y + kRowHeight);
        painter.setPen(i == markedRow ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::WindowText));
        if (resource && (i == firstRow || m_layout.rows()[static_cast<std::size_t>(i - 1)].group != row.group)) {
            painter.setFont(bold);
            painter.drawText(QRect(4, y, groupWidth - 4, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, row.group);
        }
        const bool orderRow = !resource && row.seq == 0;
        painter.setFont(orderRow ? bold : font);
        QString label = row.label;
        if (orderRow)
            label = (row.collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + label;
        const int indent = resource ? groupWidth : orderRow ? 4 : 22;
        painter.drawText(QRect(indent, y, labelWidth - indent - 4, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, labelWidth - indent - 4));
    }
    painter.setFont(font);
    painter.fillRect(QRect(0, 0, labelWidth, kHeaderHeight), palette.button());
    painter.setPen(palette.color(QPalette::ButtonText));
    painter.drawText(QRect(4, 0, labelWidth - 8, kHeaderHeight), Qt::AlignVCenter,
                     resource ? tr("Work center") : tr("Order / step"));
}

} // namespace pmc::ui
