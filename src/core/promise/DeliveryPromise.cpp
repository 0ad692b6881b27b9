#include "core/promise/DeliveryPromise.h"

#include "core/QuantityText.h"
#include "core/Log.h"
#include "core/mrp/MrpResult.h"
#include "core/mrp/MrpTolerance.h"
#include "core/promise/PromiseScenario.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace pmc::core {

namespace {

using promise::Bottleneck;
using promise::ScenarioRun;

/// How many delayed existing orders one reason names before summing up the rest.
constexpr std::size_t kNamedDelayedOrders = 3;
/// How far ahead a made item's earliest due is searched (a calendar with almost no workdays).
constexpr int kMaxMakeSearchDays = 3660;

/// `YYYY-MM-DD HH:MM` of a schedule minute.
std::string minuteText(Date today, int minute)
{
    std::string text = formatScheduleMinute(today, minute);
    std::replace(text.begin(), text.end(), 'T', ' ');
    return text;
}

/// The open purchase orders and requisitions of a bought item still to arrive, earliest first
/// ("PO-0012 arrives 2026-12-03"): the supply a planner can chase before a new purchase.
std::string openSupplyText(const FactoryModel& model, const std::string& code)
{
    std::vector<std::pair<Date, std::string>> arrivals;
    for (const PurchaseOrder& po : model.purchaseOrders)
        if (po.item == code && po.openQty() > 0 && po.due >= model.settings.today)
            arrivals.emplace_back(po.due, po.number);
    for (const PurchaseRequisition& pr : model.purchaseRequisitions)
        if (pr.item == code && pr.due >= model.settings.today)
            arrivals.emplace_back(pr.due, pr.number);
    std::sort(arrivals.begin(), arrivals.end());
    std::string text;
    for (std::size_t k = 0; k < arrivals.size() && k < kNamedDelayedOrders; ++k)
        text += arrivals[k].second + " arrives " + arrivals[k].first.toString() + ", ";
    if (arrivals.size() > kNamedDelayedOrders)
        text += std::to_string(arrivals.size() - kNamedDelayedOrders) + " more open orders, ";
    return text;
}

/// Why an item cannot be had earlier by lead time: bought from today, in house after the
/// buffer when a parent consumes it (after its open orders); made from today over its
/// working-day lead time.
std::string materialText(const FactoryModel& model, const std::string& code, bool dependent, bool forExistingOrders)
{
    const Item* item = model.findItem(code);
    const Date today = model.settings.today;
    const int leadTime = item ? item->leadTimeDays : 0;
    std::string text = "material " + code + (forExistingOrders ? " (short for existing orders)" : "") + ": ";
    if (!item || item->source == ItemSource::Buy) {
        const int buffer = dependent ? model.settings.materialBufferDays : 0;
        text += openSupplyText(model, code) + "purchase lead time " + std::to_string(leadTime) + " days";
        if (buffer > 0)
            text += " + " + std::to_string(buffer) + " days buffer";
        return text + ", earliest " + (today + leadTime + buffer).toString();
    }
    Date earliest = today;
    for (int step = 0; step < kMaxMakeSearchDays && model.calendar.subtractWorkdays(earliest, leadTime) < today; ++step)
        ++earliest;
    return text + "production lead time " + std::to_string(leadTime) + " working days, earliest " + earliest.toString();
}

/// `due` is the promise line's due date in the run the bottleneck comes from.
std::string bottleneckText(const FactoryModel& model, const Bottleneck& b, Date due)
{
    const Date today = model.settings.today;
    switch (b.kind) {
    case Bottleneck::Kind::Capacity: {
        const auto wc = std::find_if(model.workCenters.begin(), model.workCenters.end(),
                                     [&](const WorkCenter& w) { return w.code == b.code; });
        const std::string name = wc == model.workCenters.end() || wc->name.empty() || wc->name == b.code
            ? ""
            : " (" + wc->name + ")";
        return "capacity " + b.code + name + ": occupied until " + minuteText(today, b.minute) + ", then " + b.item
            + " there until " + minuteText(today, b.endMinute);
    }
    case Bottleneck::Kind::Material:
        return materialText(model, b.code, true, false);
    case Bottleneck::Kind::Production:
        return "production " + b.code + ": completes " + minuteText(today, b.minute) + " when due " + due.toString();
    }
    return "";
}

void addReason(std::vector<std::string>& reasons, std::string reason)
{
    if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
        reasons.push_back(std::move(reason));
}

/// What makes `run` infeasible: late material, what holds back the completion, and the
/// existing orders it would delay.
void explainFailure(const FactoryModel& model, const ScenarioRun& run, std::vector<std::string>& reasons)
{
    for (const promise::LateMaterial& m : run.lateMaterial)
        addReason(reasons, materialText(model, m.item, m.dependent, !m.servesPromise));
    if (run.completionDate > run.due)
        for (const Bottleneck& b : run.criticalPath)
            addReason(reasons, bottleneckText(model, b, run.due));
    if (!run.delayedOrders.empty()) {
        std::string text = "existing orders would be delayed:";
        for (std::size_t k = 0; k < run.delayedOrders.size() && k < kNamedDelayedOrders; ++k)
            text += (k ? ", " : " ") + run.delayedOrders[k];
        if (run.delayedOrders.size() > kNamedDelayedOrders)
            text += " and " + std::to_string(run.delayedOrders.size() - kNamedDelayedOrders) + " more";
        addReason(reasons, text);
    }
}

/// The part of the quantity that needs no new order, named as stock when all of it is there today.
void explainStock(const FactoryModel& model, const std::string& item, double qty, const ScenarioRun& run,
                  std::vector<std::string>& reasons)
{
    if (!isBelowWithTolerance(0.0, run.fromStock))
        return;
    if (run.due == model.settings.today && !isBelowWithTolerance(run.fromStock, qty)) {
        const auto onHand = model.onHandByItem();
        const auto found = onHand.find(item);
        addReason(reasons, "stock: available from stock, " + quantityText(found == onHand.end() ? 0.0 : found->second)
                               + " on hand");
        return;
    }
    addReason(reasons, "stock: " + quantityText(run.fromStock) + " of " + quantityText(qty)
                           + " covered by stock and open orders");
}

} // namespace

PromiseResult promiseDelivery(const FactoryModel& model, const std::string& item, double qty,
                              const PromiseOptions& options)
{
    if (!model.findItem(item))
        throw std::invalid_argument("unknown item \"" + item + "\"");
    if (!(qty > 0) || !std::isfinite(qty))
        throw std::invalid_argument("quantity must be a number > 0");
    const int horizon = model.settings.horizonDays;
    if (horizon < 1)
        throw std::invalid_argument("the planning horizon is empty");

    promise::PromiseScenarios scenarios(model, item, qty);
    const Date today = model.settings.today;
    PromiseResult result;
    // The last day first: when even it fails, nothing earlier is searched.
    const ScenarioRun& last = scenarios.at(today + horizon - 1);
    if (!last.feasible()) {
        result.date = std::max(last.due, last.completionDate);
        result.feasibleInHorizon = false;
        result.limitedBy.push_back("horizon: not deliverable by " + last.due.toString()
                                   + ", the last day of the planning horizon");
        explainFailure(model, last, result.limitedBy);
        explainStock(model, item, qty, last, result.limitedBy);
        return result;
    }

    // Feasibility is not monotone in the due date (a line due before existing orders nets
    // their stock first; one due on their day shares their orders), so no bisection: the
    // earliest feasible day is the first one found walking forward.
    int feasible = 0;
    for (;; ++feasible) {
        if (options.cancelled && options.cancelled())
            throw Cancelled();
        if (scenarios.at(today + feasible).feasible())
            break;
    }
    const ScenarioRun& found = scenarios.at(today + feasible);
    result.date = found.due;
    if (feasible > 0)
        explainFailure(model, scenarios.at(found.due - 1), result.limitedBy);
    // Made before the date: the reasons above, not production, keep the promise there.
    if (!found.criticalPath.empty() && (feasible == 0 || found.completionDate < found.due))
        addReason(result.limitedBy, bottleneckText(model, found.criticalPath.back(), found.due));
    explainStock(model, item, qty, found, result.limitedBy);
    logger("core").debug("promise {} x {}: {} after {} scenarios", item, qty, result.date.toString(),
                         scenarios.runCount());
    return result;
}

} // namespace pmc::core
