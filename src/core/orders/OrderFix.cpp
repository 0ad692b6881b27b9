#include "core/orders/OrderFix.h"

#include "core/mrp/MrpEngine.h"
#include "core/orders/NumberSequence.h"
#include "core/orders/OrderProgress.h"
#include "core/scheduling/FiniteScheduler.h"
#include "core/scheduling/OperationMove.h"
#include "core/scheduling/OperationPinning.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <cmath>
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
    if (po == model.purchaseOrders.end() || po->isReceived())
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

/// The waiting step of a capacity cause moved to the unit of its work center that finishes
/// what it runs when the step became ready soonest, if that is before the step started.
std::optional<Fix> moveToUnitFix(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                                 std::size_t line, const DelayCause& cause)
{
    const auto center = std::find_if(model.workCenters.begin(), model.workCenters.end(),
                                     [&](const WorkCenter& w) { return w.code == cause.workCenter; });
    if (center == model.workCenters.end() || center->parallelUnits < 2)
        return std::nullopt;
    std::vector<int> freeAt(static_cast<std::size_t>(center->parallelUnits), cause.fromMinute);
    for (const ScheduledOperation& op : schedule.operations)
        if (op.workCenter == cause.workCenter && op.unit >= 0 && op.unit < center->parallelUnits
            && op.startMinute <= cause.fromMinute && op.endMinute > cause.fromMinute)
            freeAt[static_cast<std::size_t>(op.unit)] = std::max(freeAt[static_cast<std::size_t>(op.unit)], op.endMinute);
    OperationMoveCheck check(model, mrp, schedule);
    std::optional<Fix> best;
    for (int unit = 0; unit < center->parallelUnits; ++unit) {
        if (unit == cause.unit)
            continue;
        const OperationMove move{cause.order, cause.seq, unit, freeAt[static_cast<std::size_t>(unit)]};
        const MoveVerdict verdict = check.check(std::span(&move, 1));
        if (!verdict.allowed() || verdict.places.empty() || verdict.places.front().startMinute >= cause.minute
            || (best && verdict.places.front().startMinute >= best->startMinute))
            continue;
        const OperationPinning pinning = OperationPinning::at(model, mrp, model.settings.today, verdict.places);
        Fix fix{.kind = Fix::Kind::MoveToUnit, .line = line, .workCenter = cause.workCenter, .order = cause.order,
                .seq = cause.seq, .unit = cause.unit, .toUnit = unit, .startMinute = verdict.places.front().startMinute};
        if (const std::string& number = pinning.numberOf(cause.order); number != cause.order)
            fix.firmedAs = number;
        fix.edit = pinning.edit;
        best = std::move(fix);
    }
    return best;
}

/// `latest` in two batches, the first the smaller half (whole pieces for an item counted in
/// pieces), when there is something to gain: more than one step or parallel units.
std::optional<Fix> splitFix(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                            std::size_t line, const std::string& latest)
{
    const auto wo = std::find_if(model.workOrders.begin(), model.workOrders.end(),
                                 [&](const WorkOrder& w) { return w.number == latest; });
    const auto fpo = std::find_if(model.firmPlannedOrders.begin(), model.firmPlannedOrders.end(),
                                  [&](const FirmPlannedOrder& f) { return f.number == latest; });
    const auto pln = std::find_if(mrp.plannedOrders.begin(), mrp.plannedOrders.end(),
                                  [&](const PlannedOrder& p) { return p.id == latest && !p.firm; });
    std::string item;
    double open = 0;
    if (wo != model.workOrders.end())
        item = wo->item, open = wo->openQty();
    else if (fpo != model.firmPlannedOrders.end())
        item = fpo->item, open = fpo->qty;
    else if (pln != mrp.plannedOrders.end() && pln->source == ItemSource::Make)
        item = pln->item, open = pln->qty;
    else
        return std::nullopt;
    const Item* made = model.findItem(item);
    const bool pieces = !made || made->isCountedInPieces();
    const double first = pieces ? std::floor(open / 2) : open / 2;
    if (!(first > 0) || !(open - first > 0))
        return std::nullopt;
    const auto routing = std::find_if(model.routings.begin(), model.routings.end(),
                                      [&](const Routing& r) { return r.item == item; });
    if (routing == model.routings.end())
        return std::nullopt;
    const bool parallel = std::any_of(routing->operations.begin(), routing->operations.end(), [&](const Operation& op) {
        return std::any_of(model.workCenters.begin(), model.workCenters.end(),
                           [&](const WorkCenter& w) { return w.code == op.workCenter && w.parallelUnits > 1; });
    });
    if (routing->operations.size() < 2 && !parallel)
        return std::nullopt;

    Fix fix{.kind = Fix::Kind::Split, .line = line, .order = latest};
    if (wo != model.workOrders.end()) {
        WorkOrder kept = *wo;
        kept.qty = wo->completedQty + first;
        WorkOrder batch{NumberSequence("WO-", model.workOrders).next(), wo->item, open - first, wo->due, 0.0};
        fix.parts = {{kept.number, first}, {batch.number, batch.qty}};
        fix.edit.workOrders = {{*wo, kept}, {std::nullopt, batch}};
    } else if (fpo != model.firmPlannedOrders.end()) {
        FirmPlannedOrder kept = *fpo;
        kept.qty = first;
        FirmPlannedOrder batch = *fpo;
        batch.number = NumberSequence("FPO-", model.firmPlannedOrders).next();
        batch.qty = open - first;
        fix.parts = {{kept.number, first}, {batch.number, batch.qty}};
        fix.edit.firmPlannedOrders = {{*fpo, kept}, {std::nullopt, batch}};
    } else {
        // A firm planned order waits for its release, a planned one does not: release the
        // batches on the day the schedule starts the order, as pinning does.
        Date release = pln->release;
        for (const ScheduledOperation& op : schedule.operations)
            if (op.order == latest)
                release = std::min(release, dateOfMinute(model.settings.today, op.startMinute));
        NumberSequence numbers("FPO-", model.firmPlannedOrders);
        for (const double qty : {first, open - first}) {
            const FirmPlannedOrder batch{numbers.next(), pln->item, qty, pln->due, release};
            fix.parts.push_back({batch.number, qty});
            fix.edit.firmPlannedOrders.push_back({std::nullopt, batch});
        }
    }
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
    case Fix::Kind::Split: return "split";
    case Fix::Kind::MoveToUnit: return "move_to_unit";
    }
    return "";
}

std::vector<Fix> fixesFor(const FactoryModel& model, const MrpResult& mrp, const ScheduleResult& schedule,
                          const SalesOrder& order, std::size_t line, const std::vector<DelayCause>& causes,
                          Date projected, const std::string& latest)
{
    const Date today = model.settings.today;
    const Date committed = order.lines[line].committedDate();
    const Date until = committed >= today ? committed : projected - 1;
    std::vector<Fix> fixes;
    const auto add = [&fixes](std::optional<Fix> fix) {
        if (fix && std::find(fixes.begin(), fixes.end(), *fix) == fixes.end())
            fixes.push_back(std::move(*fix));
    };
    for (const DelayCause& cause : causes) {
        if (cause.kind == DelayCause::Kind::Capacity) {
            add(overtimeFix(model, line, cause.workCenter, std::max(today, until)));
            add(moveToUnitFix(model, mrp, schedule, line, cause));
        } else if (cause.kind == DelayCause::Kind::Material && !cause.plannedPurchase) {
            add(expediteFix(model, line, cause));
        }
    }
    add(splitFix(model, mrp, schedule, line, latest));
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
