#pragma once

#include "app/gantt/GanttLayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>

#include <set>
#include <string>
#include <vector>

class QPainter;

namespace pmc::core {
struct FactoryModel;
}

namespace pmc::ui {

/// Where a dragged step would land.
struct GanttGhost {
    int row = 0;
    int start = 0;
    int end = 0;
};

/// What a bar's fill says.
enum class GanttColouring {
    Order,    ///< a stable hue per order, so neighbouring orders differ
    Priority, ///< the sales priority its pegging reaches: darker is more urgent
    Status,   ///< late, material short, pinned or on time
};

/// Paints a Gantt layout: calendar shading, the frozen period, bars (merged where they are
/// narrower than a pixel, so a chart of 50k steps zoomed out paints as fast as one zoomed
/// in), today, the time axis and the row labels. Used by the chart and by printing, each with
/// its own size and offsets.
class GanttPainter {
    Q_DECLARE_TR_FUNCTIONS(pmc::ui::GanttPainter)
public:
    static constexpr int kHeaderHeight = 38;
    static constexpr int kRowHeight = 22;

    GanttPainter(const app::GanttLayout& layout, const core::FactoryModel& factory, const core::ScheduleResult& schedule);

    GanttColouring colouring = GanttColouring::Order;
    int labelWidth = 190;
    QPalette palette;
    QFont font;
    /// Orders drawn with a thick outline (a clicked order's chain), or nullptr.
    const std::set<std::string>* highlighted = nullptr;
    /// Selected steps (indices into the schedule's operations).
    const std::set<int>* selected = nullptr;
    /// A period marked in yellow (from the capacity load view); equal ends = none.
    int focusFrom = 0;
    int focusTo = 0;
    /// Where dragged steps would land, outlined green (allowed) or red (refused).
    std::vector<GanttGhost> ghosts;
    bool ghostsAllowed = true;
    /// A row's label is drawn highlighted (the row under a drag).
    int markedRow = -1;

    /// Paints a `width` × `height` area whose rows start `rowScroll` pixels down the chart.
    void paint(QPainter& painter, const app::GanttAxis& axis, int width, int height, int rowScroll) const;
    /// The last day the axis covers, counted from today.
    int days() const;
    QColor fill(const app::GanttBar& bar) const;
    /// The y of a row's top edge.
    static double rowTop(int row, int rowScroll) { return kHeaderHeight + row * kRowHeight - rowScroll; }

private:
    void paintCalendar(QPainter& painter, const app::GanttAxis& axis, int width, int height) const;
    void paintBars(QPainter& painter, const app::GanttAxis& axis, int width, int height, int rowScroll) const;
    void paintGhosts(QPainter& painter, const app::GanttAxis& axis, int rowScroll) const;
    void paintTimeAxis(QPainter& painter, const app::GanttAxis& axis, int width) const;
    void paintLabels(QPainter& painter, int width, int height, int rowScroll) const;

    const app::GanttLayout& m_layout;
    const core::FactoryModel& m_factory;
    const core::ScheduleResult& m_schedule;
};

} // namespace pmc::ui
