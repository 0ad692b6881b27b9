#include "app/gantt/GanttLayout.h"

#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/WorkingTime.h"


#include <algorithm>
#include <climits>
#include <map>

namespace pmc::app {

namespace {

QString itemLabel(const core::FactoryModel& factory, const std::string& code)
{
    const core::Item* item = factory.findItem(code);
    return item && !item->name.empty() ? QString::fromStdString(item->name) : QString::fromStdString(code);
}

} // namespace

void GanttLayout::build(const core::FactoryModel& factory, const core::MrpResult& mrp, const core::ScheduleResult& schedule,
                        GanttMode mode, const std::string& workCenterFilter, const std::set<std::string>& collapsedOrders)
{
    m_mode = mode;
    m_rows.clear();
    m_bars.clear();
    m_parents.clear();
    m_children.clear();
    for (const core::PlannedOrder& p : mrp.plannedOrders)
        for (const core::Pegging& peg : p.pegging) {
            m_parents[p.id].push_back(peg.demand);
            m_children[peg.demand].push_back(p.id);
        }
    if (mode == GanttMode::Resource)
        buildResourceRows(factory, workCenterFilter);
    else
        buildOrderRows(factory, schedule, collapsedOrders);

    std::unordered_map<std::string, int> orderIndex;
    for (std::size_t i = 0; i < schedule.orders.size(); ++i)
        orderIndex.emplace(schedule.orders[i].order, static_cast<int>(i));
    std::map<std::pair<std::string, int>, int> rowOf; // (work center, unit) or (order, seq) → row
    std::unordered_map<std::string, int> orderRow;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const GanttRow& row = m_rows[r];
        if (mode == GanttMode::Resource)
            rowOf.emplace(std::make_pair(row.workCenter, row.unit), static_cast<int>(r));
        else if (row.seq == 0)
            orderRow.emplace(row.order, static_cast<int>(r));
        else
            rowOf.emplace(std::make_pair(row.order, row.seq), static_cast<int>(r));
    }

    std::map<std::string, core::WorkingTime> workingTime; // where a changeover ends, in clock time
    int firstUnpinned = INT_MAX;
    int firstPinned = INT_MAX;
    for (std::size_t i = 0; i < schedule.operations.size(); ++i) {
        const core::ScheduledOperation& op = schedule.operations[i];
        (op.fixed ? firstPinned : firstUnpinned) = std::min(op.fixed ? firstPinned : firstUnpinned, op.startMinute);
        const auto found = mode == GanttMode::Resource ? rowOf.find({op.workCenter, op.unit}) : rowOf.find({op.order, op.seq});
        if (found == rowOf.end())
            continue;
        const int row = found->second;
        int changeoverEnd = op.startMinute;
        if (op.changeoverMinutes > 0) {
            auto time = workingTime.try_emplace(op.workCenter, factory.calendar, schedule.today, op.workCenter).first;
            changeoverEnd = time->second.place(op.startMinute, op.changeoverMinutes).end;
        }
        const auto order = orderIndex.find(op.order);
        const int o = order == orderIndex.end() ? -1 : order->second;
        m_bars.push_back({row, op.startMinute, op.endMinute, changeoverEnd, static_cast<int>(i), o,
                          o >= 0 && schedule.orders[static_cast<std::size_t>(o)].lateDays > 0, op.fixed});
    }
    if (mode == GanttMode::Order) {
        // The order's span: first start to completion.
        std::unordered_map<std::string, int> firstStart;
        for (const core::ScheduledOperation& op : schedule.operations) {
            auto [it, added] = firstStart.try_emplace(op.order, op.startMinute);
            if (!added)
                it->second = std::min(it->second, op.startMinute);
        }
        for (const auto& [order, row] : orderRow) {
            const int o = orderIndex.at(order);
            const core::OrderCompletion& c = schedule.orders[static_cast<std::size_t>(o)];
            const auto start = firstStart.find(order);
            const int from = start == firstStart.end() ? c.completionMinute : start->second;
            m_bars.push_back({row, from, std::max(from, c.completionMinute), from, -1, o, c.lateDays > 0, false});
        }
    }
    // Frozen: a period from today in which every step is pinned.
    m_frozenUntil = firstPinned < firstUnpinned ? firstUnpinned / (24 * 60) * (24 * 60) : 0;
    if (firstUnpinned == INT_MAX && firstPinned != INT_MAX)
        m_frozenUntil = schedule.makespan;
    index();
}

void GanttLayout::buildResourceRows(const core::FactoryModel& factory, const std::string& workCenterFilter)
{
    // Workshops in the order they first appear, then their work centers, then the units.
    std::vector<std::string> workshops;
    for (const core::WorkCenter& wc : factory.workCenters)
        if (std::find(workshops.begin(), workshops.end(), wc.workshop) == workshops.end())
            workshops.push_back(wc.workshop);
    for (const std::string& workshop : workshops)
        for (const core::WorkCenter& wc : factory.workCenters) {
            if (wc.workshop != workshop || (!workCenterFilter.empty() && wc.code != workCenterFilter))
                continue;
            const QString name = QString::fromStdString(wc.name.empty() ? wc.code : wc.name);
            for (int unit = 0; unit < wc.parallelUnits; ++unit) {
                GanttRow row;
                row.label = wc.parallelUnits > 1 ? QStringLiteral("%1 #%2").arg(name).arg(unit + 1) : name;
                row.group = QString::fromStdString(workshop);
                row.workCenter = wc.code;
                row.unit = unit;
                m_rows.push_back(std::move(row));
            }
        }
}

void GanttLayout::buildOrderRows(const core::FactoryModel& factory, const core::ScheduleResult& schedule,
                                 const std::set<std::string>& collapsedOrders)
{
    // Orders by their first start (then number), each followed by its steps in seq order.
    std::unordered_map<std::string, std::vector<const core::ScheduledOperation*>> steps;
    for (const core::ScheduledOperation& op : schedule.operations)
        steps[op.order].push_back(&op);
    std::vector<const core::OrderCompletion*> orders;
    for (const core::OrderCompletion& o : schedule.orders)
        orders.push_back(&o);
    const auto firstStart = [&](const core::OrderCompletion* o) {
        const auto found = steps.find(o->order);
        return found == steps.end() ? o->completionMinute : found->second.front()->startMinute;
    };
    std::stable_sort(orders.begin(), orders.end(), [&](const auto* a, const auto* b) {
        return std::make_pair(firstStart(a), a->order) < std::make_pair(firstStart(b), b->order);
    });
    std::unordered_map<std::string, QString> workCenterName;
    for (const core::WorkCenter& wc : factory.workCenters)
        workCenterName.emplace(wc.code, QString::fromStdString(wc.name.empty() ? wc.code : wc.name));
    for (const core::OrderCompletion* o : orders) {
        GanttRow row;
        row.order = o->order;
        row.collapsed = collapsedOrders.contains(o->order);
        row.label = QStringLiteral("%1  %2").arg(QString::fromStdString(o->order), itemLabel(factory, o->item));
        m_rows.push_back(row);
        if (row.collapsed)
            continue;
        const auto found = steps.find(o->order);
        if (found == steps.end())
            continue;
        for (const core::ScheduledOperation* op : found->second) {
            GanttRow step;
            step.order = op->order;
            step.seq = op->seq;
            step.workCenter = op->workCenter;
            const auto name = workCenterName.find(op->workCenter);
            step.label = QStringLiteral("%1  %2").arg(op->seq).arg(
                name == workCenterName.end() ? QString::fromStdString(op->workCenter) : name->second);
            m_rows.push_back(std::move(step));
        }
    }
}

void GanttLayout::index()
{
    std::stable_sort(m_bars.begin(), m_bars.end(),
                     [](const GanttBar& a, const GanttBar& b) { return std::tie(a.row, a.start) < std::tie(b.row, b.start); });
    m_latestEnd.resize(m_bars.size());
    m_rowBegin.assign(m_rows.size() + 1, m_bars.size());
    for (std::size_t i = m_bars.size(); i-- > 0;)
        m_rowBegin[static_cast<std::size_t>(m_bars[i].row)] = i;
    for (std::size_t r = m_rows.size(); r-- > 0;)
        m_rowBegin[r] = std::min(m_rowBegin[r], m_rowBegin[r + 1]);
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const bool firstOfRow = i == 0 || m_bars[i - 1].row != m_bars[i].row;
        m_latestEnd[i] = firstOfRow ? m_bars[i].end : std::max(m_latestEnd[i - 1], m_bars[i].end);
    }
    int operations = 0;
    for (const GanttBar& bar : m_bars)
        operations = std::max(operations, bar.operation + 1);
    m_barOfOperation.assign(static_cast<std::size_t>(operations), -1);
    for (std::size_t i = 0; i < m_bars.size(); ++i)
        if (m_bars[i].operation >= 0)
            m_barOfOperation[static_cast<std::size_t>(m_bars[i].operation)] = static_cast<int>(i);
}

void GanttLayout::markPins(const std::vector<core::OperationPin>& pins, const core::ScheduleResult& schedule)
{
    std::set<std::pair<std::string, int>> pinned;
    for (const core::OperationPin& pin : pins)
        pinned.emplace(pin.order, pin.seq);
    for (GanttBar& bar : m_bars)
        if (bar.operation >= 0) {
            const core::ScheduledOperation& op = schedule.operations[static_cast<std::size_t>(bar.operation)];
            bar.fixed = pinned.contains({op.order, op.seq});
        }
}

std::span<const GanttBar> GanttLayout::barsIn(int row, int from, int to) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const auto begin = static_cast<std::ptrdiff_t>(m_rowBegin[static_cast<std::size_t>(row)]);
    const auto end = static_cast<std::ptrdiff_t>(m_rowBegin[static_cast<std::size_t>(row) + 1]);
    // The running latest end only grows along the row: the first bar reaching past `from`…
    const std::ptrdiff_t first = std::upper_bound(m_latestEnd.begin() + begin, m_latestEnd.begin() + end, from) - m_latestEnd.begin();
    // … to the first bar starting at or after `to`.
    const auto last = std::lower_bound(m_bars.begin() + first, m_bars.begin() + end, to,
                                       [](const GanttBar& bar, int minute) { return bar.start < minute; });
    return {m_bars.begin() + first, last};
}

const GanttBar* GanttLayout::barOfOperation(int operation) const
{
    if (operation < 0 || operation >= static_cast<int>(m_barOfOperation.size()))
        return nullptr;
    const int bar = m_barOfOperation[static_cast<std::size_t>(operation)];
    return bar < 0 ? nullptr : &m_bars[static_cast<std::size_t>(bar)];
}

int GanttLayout::rowOfUnit(const std::string& workCenter, int unit) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].workCenter == workCenter && m_rows[r].unit == unit)
            return static_cast<int>(r);
    return -1;
}

std::set<std::string> GanttLayout::chainOf(const std::string& order) const
{
    std::set<std::string> chain{order};
    for (const auto* links : {&m_parents, &m_children}) {
        std::vector<std::string> todo{order};
        while (!todo.empty()) {
            const std::string next = std::move(todo.back());
            todo.pop_back();
            const auto found = links->find(next);
            if (found == links->end())
                continue;
            for (const std::string& linked : found->second)
                if (chain.insert(linked).second)
                    todo.push_back(linked);
        }
    }
    return chain;
}

} // namespace pmc::app
