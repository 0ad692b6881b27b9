#pragma once

#include "core/scheduling/ScheduleRequest.h"

#include <QString>

#include <cmath>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::core {
struct FactoryModel;
struct MrpResult;
struct OperationPin;
}

namespace pmc::app {

/// The resource view (rows = units of the work centers, grouped by workshop) or the order
/// view (rows = orders, each followed by its steps) of the Gantt chart.
enum class GanttMode { Resource, Order };

struct GanttRow {
    QString label;
    QString group;          ///< the workshop (resource view); empty in the order view
    std::string workCenter; ///< resource rows and step rows
    int unit = -1;          ///< resource rows
    std::string order;      ///< order rows and step rows
    int seq = 0;            ///< step rows; 0 on an order row
    bool collapsed = false; ///< order rows whose steps are hidden
};

/// A scheduled step, or in the order view an order's span from its first start to its
/// completion (`operation` −1).
struct GanttBar {
    int row = 0;
    int start = 0; ///< minutes since the schedule's today 00:00
    int end = 0;
    int changeoverEnd = 0; ///< end of the changeover at its start (= start without one)
    int operation = -1;    ///< index into the schedule's operations
    int order = -1;        ///< index into the schedule's orders, or −1
    bool late = false;
    bool fixed = false; ///< pinned
};

/// Where the time axis is: x of a minute and back, for the chart and for printing.
struct GanttAxis {
    double pixelsPerHour = 4;
    double left = 0;   ///< x of minute 0 before scrolling (the width of the row labels)
    double scroll = 0; ///< pixels scrolled to the right

    double x(int minute) const { return left + minute / 60.0 * pixelsPerHour - scroll; }
    int minuteAt(double x) const { return static_cast<int>(std::floor((x - left + scroll) * 60.0 / pixelsPerHour)); }
};

/// The rows and bars of the Gantt chart of a schedule, with the index the painter needs to
/// find the bars in view quickly (a chart of 50k steps is painted from what is visible only):
/// bars are kept by row, then start, with the running latest end, so the bars of a row that
/// reach into a time window are found by binary search. Pure layout: no painting.
class GanttLayout {
public:
    void build(const core::FactoryModel& factory, const core::MrpResult& mrp, const core::ScheduleResult& schedule,
               GanttMode mode, const std::string& workCenterFilter, const std::set<std::string>& collapsedOrders);
    /// Marks the bars of pinned steps.
    void markPins(const std::vector<core::OperationPin>& pins, const core::ScheduleResult& schedule);

    GanttMode mode() const { return m_mode; }
    const std::vector<GanttRow>& rows() const { return m_rows; }
    const std::vector<GanttBar>& bars() const { return m_bars; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// The bars of `row` that overlap [from, to), in start order.
    std::span<const GanttBar> barsIn(int row, int from, int to) const;
    /// The bar of a scheduled step (index into the schedule's operations), or nullptr when its
    /// row is not shown.
    const GanttBar* barOfOperation(int operation) const;
    /// The resource row of a unit, or −1.
    int rowOfUnit(const std::string& workCenter, int unit) const;
    /// The orders pegged to `order` and those it is pegged to, transitively, with itself: the
    /// chain a click highlights.
    std::set<std::string> chainOf(const std::string& order) const;
    /// The end of the frozen period: every step starting before this minute is pinned (0 when
    /// nothing is pinned from the start).
    int frozenUntil() const { return m_frozenUntil; }

private:
    void buildResourceRows(const core::FactoryModel& factory, const std::string& workCenterFilter);
    void buildOrderRows(const core::FactoryModel& factory, const core::ScheduleResult& schedule,
                        const std::set<std::string>& collapsedOrders);
    void index();

    GanttMode m_mode = GanttMode::Resource;
    std::vector<GanttRow> m_rows;
    std::vector<GanttBar> m_bars;        ///< by row, then start
    std::vector<int> m_latestEnd;        ///< per bar: the latest end of its row's bars up to it
    std::vector<std::size_t> m_rowBegin; ///< per row + 1: its first bar
    std::vector<int> m_barOfOperation;   ///< per scheduled step: its bar, or −1
    std::unordered_map<std::string, std::vector<std::string>> m_parents;  ///< order → orders it is pegged to
    std::unordered_map<std::string, std::vector<std::string>> m_children; ///< order → orders pegged to it
    int m_frozenUntil = 0;
};

} // namespace pmc::app
