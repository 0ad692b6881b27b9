#include "ui/GanttView.h"

#include "app/Document.h"
#include "app/models/MoveProblemText.h"
#include "app/plans/PlanSheet.h"
#include "app/print/PrintFont.h"
#include "core/FactoryModel.h"
#include "core/scheduling/OperationMove.h"
#include "core/scheduling/WorkingTime.h"
#include "ui/PrintPreview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDate>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pmc::ui {

namespace {

constexpr int kLabelWidth = 190;

QString clock(core::Date today, int minute)
{
    return QString::fromStdString(core::formatScheduleMinute(today, minute)).replace(QLatin1Char('T'), QLatin1Char(' '));
}

// The step a drag snaps to: finer when zoomed in.
int snapMinutes(double pixelsPerHour)
{
    return pixelsPerHour >= 30 ? 5 : pixelsPerHour >= 8 ? 15 : pixelsPerHour >= 1.5 ? 60 : 24 * 60;
}

} // namespace

GanttView::GanttView(app::Document& document, QWidget* parent)
    : QAbstractScrollArea(parent), m_document(document)
{
    m_axis.left = kLabelWidth;
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    connect(&m_document, &app::Document::factoryReset, this, [this] {
        // Another factory: the filter may name a work center it does not have.
        const bool filtered = !m_filter.empty();
        m_filter.clear();
        m_focusFrom = m_focusTo = 0;
        m_selectedSteps.clear();
        m_collapsed.clear();
        rebuild();
        if (filtered)
            emit workCenterFilterChanged({});
    });
    connect(&m_document, &app::Document::scheduleFinished, this, &GanttView::rebuild);
    // A pin or unpin (or its undo) shows at once; the steps move at the next schedule run.
    connect(&m_document, &app::Document::masterDataChanged, this, &GanttView::markPins);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &GanttView::syncAxis);
    rebuild();
}

GanttView::~GanttView() = default;

void GanttView::syncAxis()
{
    m_axis.scroll = horizontalScrollBar()->value();
}

void GanttView::rebuild()
{
    // A drag's check refers to the schedule being replaced.
    m_drag.reset();
    m_check.reset();
    const core::ScheduleResult& schedule = m_document.schedule();
    m_layout.build(m_document.factory(), m_document.mrpResult(), schedule, m_mode, m_filter, m_collapsed);
    m_selection.clear();
    for (std::size_t i = 0; i < schedule.operations.size(); ++i)
        if (m_selectedSteps.contains({schedule.operations[i].order, schedule.operations[i].seq}))
            m_selection.insert(static_cast<int>(i));
    if (!m_highlighted.isEmpty())
        m_chain = m_layout.chainOf(m_highlighted.toStdString());
    markPins();
    updateScrollBars();
}

void GanttView::markPins()
{
    m_layout.markPins(m_document.factory().operationPins, m_document.schedule());
    viewport()->update();
}

void GanttView::setMode(app::GanttMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuild();
    verticalScrollBar()->setValue(0);
}

void GanttView::setColouring(GanttColouring colouring)
{
    m_colouring = colouring;
    viewport()->update();
}

void GanttView::setSelection(const std::set<int>& operations)
{
    m_selection = operations;
    m_selectedSteps.clear();
    for (int i : operations) {
        const core::ScheduledOperation& op = m_document.schedule().operations.at(static_cast<std::size_t>(i));
        m_selectedSteps.emplace(op.order, op.seq);
    }
    viewport()->update();
}

bool GanttView::showOrder(const QString& order)
{
    const auto& operations = m_document.schedule().operations;
    for (std::size_t i = 0; i < operations.size(); ++i) {
        if (QString::fromStdString(operations[i].order) != order)
            continue;
        m_highlighted = order;
        m_chain = m_layout.chainOf(order.toStdString());
        setSelection({static_cast<int>(i)});
        if (const app::GanttBar* bar = m_layout.barOfOperation(static_cast<int>(i))) {
            horizontalScrollBar()->setValue(static_cast<int>(bar->start / 60.0 * m_axis.pixelsPerHour) - 40);
            verticalScrollBar()->setValue(std::max(0, bar->row * GanttPainter::kRowHeight - viewport()->height() / 3));
        }
        viewport()->update();
        return true;
    }
    return false;
}

void GanttView::focusWorkCenter(const std::string& workCenter, int fromMinute, int toMinute)
{
    m_filter = workCenter;
    m_focusFrom = fromMinute;
    m_focusTo = std::max(fromMinute, toMinute);
    if (m_mode != app::GanttMode::Resource)
        m_mode = app::GanttMode::Resource;
    rebuild();
    // Zoom so the period fills most of the chart, then show it from its start.
    const int width = std::max(200, viewport()->width() - kLabelWidth);
    if (m_focusTo > m_focusFrom)
        setScale(width * 0.92 / ((m_focusTo - m_focusFrom) / 60.0));
    horizontalScrollBar()->setValue(static_cast<int>(std::max(0, m_focusFrom) / 60.0 * m_axis.pixelsPerHour) - 8);
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
    // Keep the time at the middle of the chart where it is.
    const int middle = m_axis.minuteAt(kLabelWidth + (viewport()->width() - kLabelWidth) / 2.0);
    m_axis.pixelsPerHour = std::clamp(pixelsPerHour, 0.05, 120.0);
    updateScrollBars();
    horizontalScrollBar()->setValue(static_cast<int>(middle / 60.0 * m_axis.pixelsPerHour - (viewport()->width() - kLabelWidth) / 2.0));
    viewport()->update();
}

void GanttView::updateScrollBars()
{
    const int lastMinute = std::max(m_document.schedule().makespan, 14 * 24 * 60);
    const int width = static_cast<int>(std::ceil((lastMinute / 60.0 + 48) * m_axis.pixelsPerHour));
    horizontalScrollBar()->setRange(0, std::max(0, width - (viewport()->width() - kLabelWidth)));
    horizontalScrollBar()->setPageStep(viewport()->width());
    const int height = rowCount() * GanttPainter::kRowHeight;
    verticalScrollBar()->setRange(0, std::max(0, height - (viewport()->height() - GanttPainter::kHeaderHeight)));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(GanttPainter::kRowHeight);
    syncAxis();
}

void GanttView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

int GanttView::rowAt(int y) const
{
    if (y < GanttPainter::kHeaderHeight)
        return -1;
    const int row = (y - GanttPainter::kHeaderHeight + verticalScrollBar()->value()) / GanttPainter::kRowHeight;
    return row < rowCount() ? row : -1;
}

QRectF GanttView::barRect(const app::GanttBar& bar) const
{
    const double x = m_axis.x(bar.start);
    return {x, GanttPainter::rowTop(bar.row, verticalScrollBar()->value()) + 3,
            std::max(1.0, m_axis.x(bar.end) - x), GanttPainter::kRowHeight - 6.0};
}

const app::GanttBar* GanttView::barAt(const QPoint& point) const
{
    const int row = rowAt(point.y());
    if (row < 0 || point.x() < kLabelWidth)
        return nullptr;
    // Two pixels either side, so that a bar narrower than a pixel can still be picked.
    const int slack = static_cast<int>(std::ceil(2 * 60 / m_axis.pixelsPerHour));
    const int minute = m_axis.minuteAt(point.x());
    const app::GanttBar* nearest = nullptr;
    for (const app::GanttBar& bar : m_layout.barsIn(row, minute - slack, minute + slack + 1))
        if (!nearest || std::abs((bar.start + bar.end) / 2 - minute) < std::abs((nearest->start + nearest->end) / 2 - minute))
            nearest = &bar;
    return nearest;
}

GanttPainter GanttView::painter() const
{
    GanttPainter p(m_layout, m_document.factory(), m_document.schedule());
    p.colouring = m_colouring;
    p.labelWidth = kLabelWidth;
    p.palette = palette();
    p.font = font();
    p.highlighted = &m_chain;
    p.selected = &m_selection;
    p.focusFrom = m_focusFrom;
    p.focusTo = m_focusTo;
    return p;
}

void GanttView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    if (!m_document.hasSchedule()) {
        painter.fillRect(viewport()->rect(), palette().base());
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Press Schedule (F6) to build the schedule."));
        return;
    }
    GanttPainter gantt = this->painter();
    if (m_drag && m_drag->moving) {
        gantt.ghosts = m_drag->ghosts;
        gantt.ghostsAllowed = m_drag->allowed;
        gantt.markedRow = m_drag->targetRow;
    }
    gantt.paint(painter, m_axis, viewport()->width(), viewport()->height(), verticalScrollBar()->value());
}

void GanttView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setScale(m_axis.pixelsPerHour * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GanttView::keyPressEvent(QKeyEvent* event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setScale(m_axis.pixelsPerHour * 1.5);
    } else if (event->key() == Qt::Key_Minus) {
        setScale(m_axis.pixelsPerHour / 1.5);
    } else if (event->key() == Qt::Key_Escape && m_drag) {
        endDrag(false);
    } else if (event->key() == Qt::Key_Escape && (!m_filter.empty() || m_focusTo > m_focusFrom)) {
        showAllWorkCenters();
    } else if (alt && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && !m_selection.empty()) {
        // Alt+arrow: the selection one snap step earlier or later.
        const int step = snapMinutes(m_axis.pixelsPerHour) * (event->key() == Qt::Key_Left ? -1 : 1);
        const QStringList refused = m_document.moveOperations(movesFor(step, -1));
        if (!refused.isEmpty())
            emit message(tr("Not moved: %1").arg(refused.join(QStringLiteral("; "))));
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void GanttView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (pos.x() < kLabelWidth && row >= 0 && m_mode == app::GanttMode::Order) {
        // An order's label folds or unfolds its steps.
        const app::GanttRow& clicked = m_layout.rows()[static_cast<std::size_t>(row)];
        if (clicked.seq == 0) {
            if (!m_collapsed.erase(clicked.order))
                m_collapsed.insert(clicked.order);
            rebuild();
        }
        return;
    }
    const app::GanttBar* bar = barAt(pos);
    const bool add = event->modifiers() & Qt::ControlModifier;
    if (!bar) {
        m_highlighted.clear();
        m_chain.clear();
        if (!add)
            setSelection({});
        viewport()->update();
        return;
    }
    if (bar->order >= 0) {
        const std::string& order = m_document.schedule().orders[static_cast<std::size_t>(bar->order)].order;
        m_highlighted = QString::fromStdString(order);
        m_chain = m_layout.chainOf(order);
    }
    if (bar->operation >= 0) {
        std::set<int> selection = m_selection;
        if (add && selection.contains(bar->operation))
            selection.erase(bar->operation);
        else if (add)
            selection.insert(bar->operation);
        else if (!selection.contains(bar->operation))
            selection = {bar->operation};
        setSelection(selection);
        if (selection.contains(bar->operation))
            m_drag = Drag{pos, m_axis.minuteAt(pos.x())};
    }
    viewport()->update();
}

void GanttView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_drag || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_drag->moving) {
        if ((pos - m_drag->origin).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag->moving = true;
        if (!m_check)
            m_check = std::make_unique<core::OperationMoveCheck>(m_document.factory(), m_document.mrpResult(),
                                                                 m_document.schedule());
    }
    updateDrag(pos);
}

void GanttView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_drag)
        endDrag(m_drag->moving);
}

std::vector<core::OperationMove> GanttView::movesFor(int deltaMinutes, int targetRow) const
{
    const core::ScheduleResult& schedule = m_document.schedule();
    // Another unit only when every selected step is on one unit of the target row's work center.
    int unit = -1;
    if (targetRow >= 0 && m_mode == app::GanttMode::Resource && !m_selection.empty()) {
        const app::GanttRow& row = m_layout.rows()[static_cast<std::size_t>(targetRow)];
        const core::ScheduledOperation& first = schedule.operations[static_cast<std::size_t>(*m_selection.begin())];
        const bool oneUnit = std::all_of(m_selection.begin(), m_selection.end(), [&](int i) {
            const core::ScheduledOperation& op = schedule.operations[static_cast<std::size_t>(i)];
            return op.workCenter == first.workCenter && op.unit == first.unit;
        });
        if (oneUnit && row.workCenter == first.workCenter)
            unit = row.unit;
    }
    std::vector<core::OperationMove> moves;
    for (int i : m_selection) {
        const core::ScheduledOperation& op = schedule.operations[static_cast<std::size_t>(i)];
        moves.push_back({op.order, op.seq, unit >= 0 ? unit : op.unit, op.startMinute + deltaMinutes});
    }
    return moves;
}

void GanttView::updateDrag(const QPoint& pos)
{
    Drag& drag = *m_drag;
    const int snap = snapMinutes(m_axis.pixelsPerHour);
    const int delta = static_cast<int>(std::lround((m_axis.minuteAt(pos.x()) - drag.originMinute) / static_cast<double>(snap))) * snap;
    drag.targetRow = rowAt(pos.y());
    drag.moves = movesFor(delta, drag.targetRow);
    const core::MoveVerdict verdict = m_check->check(drag.moves);
    drag.allowed = verdict.allowed();
    drag.ghosts.clear();
    const auto selected = m_selection.begin();
    for (std::size_t k = 0; k < verdict.places.size(); ++k) {
        const core::ScheduledOperation& place = verdict.places[k];
        int row = -1;
        if (m_mode == app::GanttMode::Resource) {
            row = m_layout.rowOfUnit(place.workCenter, place.unit);
        } else if (const app::GanttBar* bar = m_layout.barOfOperation(*std::next(selected, static_cast<std::ptrdiff_t>(k)))) {
            row = bar->row;
        }
        if (row >= 0)
            drag.ghosts.push_back({row, place.startMinute, place.endMinute});
    }
    const core::Date today = m_document.schedule().today;
    QStringList lines;
    if (!verdict.places.empty()) {
        const core::ScheduledOperation& first = verdict.places.front();
        lines << tr("<b>%1 step %2</b> → %3").arg(QString::fromStdString(first.order)).arg(first.seq).arg(clock(today, first.startMinute));
    }
    drag.refusals.clear();
    for (const core::MoveProblem& problem : verdict.problems)
        if (problem.refuses())
            drag.refusals << app::moveProblemText(problem, today);
    for (const core::MoveProblem& problem : verdict.problems)
        lines << (problem.refuses() ? QStringLiteral("<span style='color:#c00000'>✗ %1</span>")
                                    : QStringLiteral("<span style='color:#a06000'>! %1</span>"))
                     .arg(app::moveProblemText(problem, today).toHtmlEscaped());
    if (!verdict.plannedOrders.empty())
        lines << tr("planned orders are firmed by the move");
    QToolTip::showText(viewport()->mapToGlobal(pos + QPoint(16, 16)), lines.join(QStringLiteral("<br>")), viewport());
    viewport()->update();
}

void GanttView::endDrag(bool drop)
{
    Drag drag = std::move(*m_drag);
    m_drag.reset();
    QToolTip::hideText();
    viewport()->update();
    if (!drop || drag.moves.empty())
        return;
    const core::ScheduleResult& schedule = m_document.schedule();
    const bool moved = std::any_of(m_selection.begin(), m_selection.end(), [&, k = std::size_t{0}](int i) mutable {
        const core::ScheduledOperation& op = schedule.operations[static_cast<std::size_t>(i)];
        const core::OperationMove& move = drag.moves[k++];
        return move.startMinute != op.startMinute || move.unit != op.unit;
    });
    if (!moved)
        return;
    if (!drag.allowed) {
        emit message(tr("Not moved: %1").arg(drag.refusals.join(QStringLiteral("; "))));
        return;
    }
    const core::MoveVerdict verdict = m_check->check(drag.moves);
    if (!verdict.plannedOrders.empty()) {
        QStringList orders;
        for (const std::string& o : verdict.plannedOrders)
            orders << QString::fromStdString(o);
        if (QMessageBox::question(this, tr("Move planned orders"),
                                  tr("Moving these steps firms their planned orders (they become firm planned orders "
                                     "that MRP keeps as they are): %1. Move them?").arg(orders.join(QStringLiteral(", "))))
            != QMessageBox::Yes)
            return;
    }
    const QStringList refused = m_document.moveOperations(drag.moves);
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Move"), tr("Not moved:\n%1").arg(refused.join(QLatin1Char('\n'))));
    else
        emit message(tr("Moved %n step(s); Ctrl+Z takes the move back.", nullptr, static_cast<int>(drag.moves.size())));
}

void GanttView::contextMenuEvent(QContextMenuEvent* event)
{
    const app::GanttBar* bar = barAt(event->pos());
    if (!bar || bar->operation < 0)
        return;
    const core::ScheduleResult& schedule = m_document.schedule();
    const core::ScheduledOperation op = schedule.operations[static_cast<std::size_t>(bar->operation)];
    QMenu menu(this);
    const QString name = tr("%1 step %2").arg(QString::fromStdString(op.order)).arg(op.seq);
    QStringList refused;
    if (m_document.isPinned(op.order, op.seq)) {
        menu.addAction(tr("Unpin %1").arg(name), this, [&] { refused = m_document.unpinOperation(op.order, op.seq); });
    } else {
        menu.addAction(tr("Pin %1 here (unit and start)").arg(name), this,
                       [&] { refused = m_document.pinOperation(op, schedule.today); });
    }
    menu.addSeparator();
    menu.addAction(tr("Kitting list of %1...").arg(QString::fromStdString(op.order)), this,
                   [this, order = op.order] { showKittingList(order); });
    menu.exec(event->globalPos());
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Pin"), tr("Cannot pin %1: %2").arg(name, refused.join(QLatin1Char('\n'))));
}

void GanttView::showKittingList(const std::string& order)
{
    app::PlanSheetRequest request;
    request.databasePath = m_document.path().toStdString();
    request.kind = app::PlanSheetKind::Kitting;
    request.order = order;
    std::optional<app::PlanSheet> sheet;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        sheet.emplace(app::PlanSheet::build(request));
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Kitting list"), QString::fromUtf8(e.what()));
        return;
    }
    showFormPreview(*sheet, this);
}

QString GanttView::tooltipFor(const app::GanttBar& bar) const
{
    const core::ScheduleResult& schedule = m_document.schedule();
    const core::OrderCompletion* order = bar.order >= 0 ? &schedule.orders[static_cast<std::size_t>(bar.order)] : nullptr;
    QString text;
    if (bar.operation >= 0) {
        const core::ScheduledOperation& op = schedule.operations[static_cast<std::size_t>(bar.operation)];
        const core::Item* item = m_document.factory().findItem(op.item);
        text = tr("<b>%1</b> op %2<br>%3 %4 × %5<br>%6 – %7")
                   .arg(QString::fromStdString(op.order)).arg(op.seq)
                   .arg(QString::fromStdString(op.item), item ? QString::fromStdString(item->name) : QString())
                   .arg(op.qty)
                   .arg(clock(schedule.today, op.startMinute), clock(schedule.today, op.endMinute));
        if (op.changeoverMinutes > 0)
            text += tr("<br>changeover %1 min at the start").arg(op.changeoverMinutes);
        if (bar.fixed)
            text += tr("<br>pinned: the scheduler leaves it here");
    } else if (order) {
        text = tr("<b>%1</b> %2<br>%3 – %4")
                   .arg(QString::fromStdString(order->order), QString::fromStdString(order->item))
                   .arg(clock(schedule.today, bar.start), clock(schedule.today, bar.end));
    }
    if (order) {
        text += tr("<br>due %1").arg(QString::fromStdString(order->due.toString()));
        if (order->materialShort)
            text += tr("<br><span style='color:#b05000'>material short: a component has no supply</span>");
        if (order->lateDays > 0)
            text += tr("<br><span style='color:red'>%1 days late</span>").arg(order->lateDays);
    }
    return text;
}

bool GanttView::viewportEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip || m_drag)
        return QAbstractScrollArea::viewportEvent(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const app::GanttBar* bar = barAt(help->pos());
    if (!bar) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(help->globalPos(), tooltipFor(*bar), viewport());
    return true;
}

void GanttView::print(QPagedPaintDevice& device, const QString& title) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)));
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    // Laid out in a 1100-point-wide page; the painter scales that to the device.
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    constexpr double kWidth = 1100;
    const double ratio = page.width() / kWidth;
    const double height = page.height() / ratio;
    constexpr int kTitle = 34;
    constexpr int kFooter = 20;
    const int rowsPerPage = std::max(1, static_cast<int>((height - kTitle - kFooter - GanttPainter::kHeaderHeight) / GanttPainter::kRowHeight));
    const int pages = std::max(1, (rowCount() + rowsPerPage - 1) / rowsPerPage);

    GanttPainter gantt = this->painter();
    gantt.selected = nullptr;
    gantt.palette = QPalette(Qt::white);
    gantt.palette.setColor(QPalette::Base, Qt::white);
    gantt.palette.setColor(QPalette::Window, Qt::white);
    gantt.palette.setColor(QPalette::Button, QColor(235, 235, 235));
    gantt.palette.setColor(QPalette::WindowText, Qt::black);
    gantt.palette.setColor(QPalette::ButtonText, Qt::black);
    // Sizes in the page's own 1100-wide units (about 0.25 mm each), which the painter scales:
    // point sizes would be taken at the device's resolution instead.
    QFont font(app::printFontFamily());
    font.setPixelSize(10);
    gantt.font = font;
    // The time span in view, stretched over the page's width.
    const int from = m_axis.minuteAt(kLabelWidth);
    const int to = std::max(from + 60, m_axis.minuteAt(viewport()->width()));
    app::GanttAxis axis;
    axis.left = kLabelWidth;
    axis.pixelsPerHour = (kWidth - kLabelWidth) / ((to - from) / 60.0);
    axis.scroll = from / 60.0 * axis.pixelsPerHour;
    const core::Date today = m_document.schedule().today;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.save();
        painter.scale(ratio, ratio);
        QFont heading = font;
        heading.setPixelSize(17);
        heading.setBold(true);
        painter.setFont(heading);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, kWidth, kTitle - 6), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font);
        painter.drawText(QRectF(0, 0, kWidth, kTitle - 6), Qt::AlignRight | Qt::AlignVCenter,
                         tr("%1 to %2 · printed %3")
                             .arg(clock(today, from), clock(today, to), QDate::currentDate().toString(Qt::ISODate)));
        painter.translate(0, kTitle);
        const int chartHeight = GanttPainter::kHeaderHeight + std::min(rowsPerPage, rowCount() - p * rowsPerPage) * GanttPainter::kRowHeight;
        painter.setClipRect(QRectF(0, 0, kWidth, chartHeight));
        gantt.paint(painter, axis, static_cast<int>(kWidth), chartHeight, p * rowsPerPage * GanttPainter::kRowHeight);
        painter.setClipping(false);
        painter.setPen(QColor(120, 120, 120));
        painter.drawRect(QRectF(0, 0, kWidth, chartHeight));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, height - kTitle - kFooter, kWidth, kFooter), Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.drawText(QRectF(0, height - kTitle - kFooter, kWidth, kFooter), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Red: late · hatched: changeover · dark corner: pinned · orange corner: material short"));
        painter.restore();
    }
}

} // namespace pmc::ui
