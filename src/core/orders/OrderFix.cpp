#include "core/orders/OrderFix.h"

#include "core/mrp/MrpEngine.h"
#include "core/orders/OrderProgress.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace pmc::core {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
/// Overtime the preview proposes: a common extension of the day shift (加班 2 小时).
constexpr int kOvertimeHours = 2;

std::optional<Fix> overtimeFix(const FactoryModel& model, std::size_t line, const std::string& workCenter, Date until)
{
    const Date today = model.settings.today;
    int shiftEnd = 17 * 60;
    if (!model.calendar.shifts().empty())
        shiftEnd = std::max_element(model.calendar.shifts().begin(), model.calendar.shifts().end(),
                                    [](const Shift& a, const Shift& b) { return a.endMinute < b.endMinute; })
                       ->endMinute;
    const int end = std::min(kMinutesPerDay, shiftEnd + kOvertimeHours * 60);
    if (end <= shiftEnd)
        return std::nullopt;
    Calendar after = model.calendar;
    std::vector<Overtime> overtime = after.overtime();
    Fix fix{.kind = Fix::Kind::Overtime, .line = line, .workCenter = workCenter, .hoursPerDay = kOvertimeHours,
            .from = today, .to = today};
    bool any = false;
    for (Date d = today; d <= until; d = d + 1)
        if (model.calendar.isWorkday(d)) {
            overtime.push_back({d, workCenter, shiftEnd, end});
            fix.to = d;
            any = true;
        }
    if (!any)
        return std::nullopt;
    after.setOvertime(std::move(overtime));
    fix.edit.calendar = std::pair{model.calendar, after};
    return fix;
}

std::optional<Fix> expediteFix(const FactoryModel& model, std::size_t line, const DelayCause& cause)
{
    const auto po = std::find_if(model.purchaseOrders.begin(), model.purchaseOrders.end(),
                                 [&](const PurchaseOrder& p) { return p.number == cause.supply; });
    if (po == model.purchaseOrders.end())
        return std::nullopt;
    const Date needed = cause.needDate;
    if (!(needed < po->due))
        return std::nullopt;
    PurchaseOrder after = *po;
    after.due = needed;
    Fix fix{.kind = Fix::Kind::Expedite, .line = line, .purchaseOrder = po->number, .oldDue = po->due, .newDue = needed};
    fix.edit.purchaseOrders.push_back({*po, after});
    return fix;
}

struct Plan {
    std::unordered_map<std::string, int> completion; ///< by line id
};

Plan planOf(const FactoryModel& model)
{
    const MrpResult mrp = MrpEngine(model).run();
    const ScheduleResult schedule = FiniteScheduler(model).run(mrp);
    return {projectedCompletions(model, mrp, schedule)};
}

} // namespace

const char* toString(Fix::Kind kind)
{
    switch (kind) {
    case Fix::Kind::Overtime: return "overtime";
    case Fix::Kind::Expedite: return "expedite";
    case Fix::Kind::RaisePriority: return "raise_priority";
    }
    return "";
}

std::vector<Fix> fixesFor(const FactoryModel& model, const SalesOrder& order, std::size_t line,
                          const std::vector<DelayCause>& causes, Date projected)
{
    const Date today = model.settings.today;
    const Date committed = order.lines[line].committedDate();
    const Date until = committed >= today ? committed : projected - 1;
    std::vector<Fix> fixes;
    for (const DelayCause& cause : causes) {
        std::optional<Fix> fix;
        if (cause.kind == DelayCause::Kind::Capacity)
            fix = overtimeFix(model, line, cause.workCenter, std::max(today, until));
        else if (cause.kind == DelayCause::Kind::Material && !cause.plannedPurchase)
            fix = expediteFix(model, line, cause);
        if (fix && std::find(fixes.begin(), fixes.end(), *fix) == fixes.end())
            fixes.push_back(std::move(*fix));
    }
    if (order.priority > 1) {
        SalesOrder urgent = order;
        urgent.priority = 1;
        Fix fix{.kind = Fix::Kind::RaisePriority, .line = line};
        fix.edit.salesOrders.push_back({order, urgent});
        fixes.push_back(std::move(fix));
    }
    return fixes;
}

void applyFix(FactoryModel& model, const Fix& fix)
{
    applyEdit(model, fix.edit);
}

FixPreview previewFix(const FactoryModel& model, const Fix& fix, const std::string& salesOrder)
{
    const auto so = std::find_if(model.salesOrders.begin(), model.salesOrders.end(),
                                 [&](const SalesOrder& o) { return o.number == salesOrder; });
    if (so == model.salesOrders.end() || fix.line >= so->lines.size())
        throw std::invalid_argument("unknown sales order line " + salesOrder + "/" + std::to_string(fix.line + 1));
    FactoryModel changed = model;
    applyFix(changed, fix);
    const Plan before = planOf(model);
    const Plan after = planOf(changed);

    const Date today = model.settings.today;
    const std::string target = so->lineId(fix.line);
    FixPreview preview;
    std::map<std::string, LineChange> others; // sorted by line id
    for (const SalesOrder& order : changed.salesOrders)
        for (std::size_t l = 0; l < order.lines.size(); ++l) {
            const std::string id = order.lineId(l);
            const auto b = before.completion.find(id);
            const auto a = after.completion.find(id);
            if (b == before.completion.end() || a == after.completion.end())
                continue;
            const Date due = order.lines[l].committedDate();
            LineChange change{id, dateOfMinute(today, b->second), dateOfMinute(today, a->second), 0, 0};
            change.daysLateBefore = std::max(0, change.before - due);
            change.daysLateAfter = std::max(0, change.after - due);
            if (id == target)
                preview.line = change;
            else if (change.before != change.after)
                others.emplace(id, change);
        }
    for (const auto& [id, change] : others)
        (change.after > change.before ? preview.later : preview.earlier).push_back(change);
    return preview;
}

} // namespace pmc::core
