#pragma once

#include "app/gantt/GanttLayout.h"
#include "core/scheduling/OperationMove.h"
#include "ui/GanttPainter.h"

#include <QAbstractScrollArea>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QPagedPaintDevice;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// The Gantt chart of the last schedule, in the resource view (rows = units of the work
/// centers, grouped by workshop) or the order view (rows = orders, each with its steps; click
/// an order's label to fold it). Bars are coloured by order, priority or status, late work
/// red, changeovers hatched, pinned steps with a dark corner, material-short orders with an
/// orange one; non-working time, the frozen period and today are marked.
///
/// Ctrl+wheel or +/- zooms from hours to months. Click a bar to select it and highlight its
/// order's chain (the orders pegged to it and those it is pegged to); Ctrl+click adds to the
/// selection. Dragging selected steps moves them in time, or to another unit of the same work
/// center; while dragging, the places they would land are outlined green, or red with the
/// reason in a tooltip; the drop is one undoable move (Document::moveOperations) after which
/// the steps behind them are pushed. Esc cancels a drag or shows every row again after
/// focusWorkCenter(). Right-click pins or unpins.
class GanttView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit GanttView(app::Document& document, QWidget* parent = nullptr);
    ~GanttView() override;

    /// Pixels per hour of the time axis.
    double scale() const { return m_axis.pixelsPerHour; }
    void setScale(double pixelsPerHour);
    int rowCount() const { return m_layout.rowCount(); }
    const app::GanttLayout& layout() const { return m_layout; }
    const app::GanttAxis& axis() const { return m_axis; }
    app::GanttMode mode() const { return m_mode; }
    void setMode(app::GanttMode mode);
    GanttColouring colouring() const { return m_colouring; }
    void setColouring(GanttColouring colouring);
    /// The order whose chain is highlighted (empty: none).
    const QString& highlightedOrder() const { return m_highlighted; }
    /// Highlights an order's chain and scrolls to its first step; false when it is not scheduled.
    bool showOrder(const QString& order);
    /// Selected steps: indices into the schedule's operations.
    const std::set<int>& selection() const { return m_selection; }
    void setSelection(const std::set<int>& operations);
    /// Shows only the rows of `workCenter` (resource view) and scrolls and zooms to
    /// [fromMinute, toMinute) (minutes since the schedule's today 00:00), marking that period.
    void focusWorkCenter(const std::string& workCenter, int fromMinute, int toMinute);
    /// Drops the work-center filter and the marked period.
    void showAllWorkCenters();
    /// The work center the rows are narrowed to; empty when every row shows.
    const std::string& workCenterFilter() const { return m_filter; }
    /// The moves a drag of the selection by `deltaMinutes` onto row `targetRow` (−1: each
    /// its own row) makes: in time, and to the target row's unit when every selected step is
    /// on one unit of that row's work center.
    std::vector<core::OperationMove> movesFor(int deltaMinutes, int targetRow) const;
    /// Prints the rows and the time span in view (all rows, page after page) with a title.
    void print(QPagedPaintDevice& device, const QString& title) const;
    /// A painter set up like the chart (colours, selection, highlight, focus).
    GanttPainter painter() const;

signals:
    /// The rows were narrowed to a work center's code, or widened again (empty).
    void workCenterFilterChanged(const QString& workCenter);
    /// Something worth a word in the status bar (a refused move, a move made).
    void message(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    /// The kitting list (套料单) of a work order or planned order in a print preview.
    void showKittingList(const std::string& order);
    bool viewportEvent(QEvent* event) override;

private:
    void rebuild();
    void markPins();
    void syncAxis();
    void updateScrollBars();
    int rowAt(int y) const;
    const app::GanttBar* barAt(const QPoint& point) const;
    QRectF barRect(const app::GanttBar& bar) const;
    void updateDrag(const QPoint& pos);
    void endDrag(bool drop);
    QString tooltipFor(const app::GanttBar& bar) const;

    app::Document& m_document;
    app::GanttLayout m_layout;
    app::GanttAxis m_axis;
    app::GanttMode m_mode = app::GanttMode::Resource;
    GanttColouring m_colouring = GanttColouring::Order;
    QString m_highlighted;
    std::set<std::string> m_chain;
    std::set<int> m_selection;
    std::set<std::pair<std::string, int>> m_selectedSteps; // kept across a rebuild
    std::set<std::string> m_collapsed;
    std::string m_filter;
    int m_focusFrom = 0;
    int m_focusTo = 0; // equal to m_focusFrom: no period marked

    struct Drag {
        QPoint origin;
        int originMinute = 0;
        bool moving = false;
        std::vector<core::OperationMove> moves;
        std::vector<GanttGhost> ghosts;
        bool allowed = true;
        QStringList refusals; ///< why the drop would be refused
        int targetRow = -1;
    };
    std::optional<Drag> m_drag;
    std::unique_ptr<core::OperationMoveCheck> m_check; // built when a drag starts
};

} // namespace pmc::ui
