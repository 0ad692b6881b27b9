#include "core/kpi/Kpi.h"

#include "core/FactoryModel.h"
#include "core/kpi/DailyAchievement.h"
#include "core/kpi/EarnedHours.h"
#include "core/kpi/SupplierPerformance.h"
#include "core/mrp/MrpTolerance.h"
#include "core/scheduling/WorkingTime.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace pmc::core {

namespace {

/// A ratio; `fraction` ones (a part of a whole) are kept within [0, 1] against float noise.
KpiRatio ratio(double numerator, double denominator, std::string emptyNote, bool fraction = true)
{
    KpiRatio r;
    r.numerator = numerator;
    r.denominator = denominator;
    if (denominator > 0)
        r.value = fraction ? std::clamp(numerator / denominator, 0.0, 1.0) : numerator / denominator;
    else
        r.note = std::move(emptyNote);
    return r;
}

struct WorkOrderOutcome {
    double planned = 0;
    double finished = 0; ///< by the period's end, capped at the order quantity
    int due = 0;
    int closed = 0;
};

/// Plan achievement and close rate share one walk: what each work order due in the period had
/// finished by the period's end.
WorkOrderOutcome workOrderOutcome(const FactoryModel& model, const std::vector<CompletionReport>& reports,
                                  const DateRange& period)
{
    WorkOrderOutcome outcome;
    std::unordered_map<std::string, std::vector<const CompletionReport*>> reportsOf;
    for (const CompletionReport& r : reports)
        reportsOf[r.workOrder].push_back(&r);
    const std::vector<const CompletionReport*> none;
    for (const WorkOrder& order : model.workOrders) {
        if (!period.contains(order.due) || !(order.qty > 0))
            continue;
        const std::optional<int> last = lastOperationSeq(model, order.item);
        double reportedGood = 0;
        double goodByPeriodEnd = 0;
        const auto own = reportsOf.find(order.number);
        const std::vector<const CompletionReport*>& mine = own == reportsOf.end() ? none : own->second;
        for (const CompletionReport* report : mine) {
            const CompletionReport& r = *report;
            if (!last || r.seq != *last)
                continue;
            reportedGood += r.goodQty;
            if (r.date <= period.to)
                goodByPeriodEnd += r.goodQty;
        }
        // Quantity imported as completed has no report date: it was done before reporting began.
        const double imported = std::max(0.0, order.completedQty - reportedGood);
        const double finished = std::min(order.qty, imported + goodByPeriodEnd);
        outcome.planned += order.qty;
        outcome.finished += finished;
        ++outcome.due;
        outcome.closed += isBelowWithTolerance(finished, order.qty) ? 0 : 1;
    }
    return outcome;
}

struct DeliveryOutcome {
    double ordered = 0;
    double delivered = 0;
    int due = 0;
    int onTime = 0;
};

/// Sales lines the plant committed to in the period. A draft or an order in review is no
/// commitment; a cancelled order was only wanted as far as it shipped.
DeliveryOutcome deliveryOutcome(const FactoryModel& model, const DateRange& period)
{
    DeliveryOutcome outcome;
    for (const SalesOrder& order : model.salesOrders) {
        if (order.status == SalesOrderStatus::Draft || order.status == SalesOrderStatus::InReview)
            continue;
        for (const SalesOrderLine& line : order.lines) {
            if (!period.contains(line.committedDate()))
                continue;
            double byPeriodEnd = 0;
            double byCommitted = 0;
            for (const Shipment& s : line.shipments) {
                byPeriodEnd += s.date <= period.to ? s.qty : 0;
                byCommitted += s.date <= line.committedDate() ? s.qty : 0;
            }
            const double ordered = order.status == SalesOrderStatus::Cancelled ? std::min(line.qty, line.shippedQty())
                                                                               : line.qty;
            if (!(ordered > 0))
                continue;
            outcome.ordered += ordered;
            outcome.delivered += std::min(ordered, byPeriodEnd);
            ++outcome.due;
            outcome.onTime += isBelowWithTolerance(byCommitted, ordered) ? 0 : 1;
        }
    }
    return outcome;
}

double standardHoursAvailable(const FactoryModel& model, const DateRange& period)
{
    double minutes = 0;
    for (const WorkCenter& w : model.workCenters) {
        WorkingTime time(model.calendar, period.from, w.code);
        minutes += time.workingMinutesBetween(0, period.days() * 24 * 60) * w.parallelUnits * w.efficiency;
    }
    return minutes;
}

KpiRatio materialTurnover(const FactoryModel& model, const KpiHistory& history, const DateRange& period)
{
    std::map<std::string, double> cost;
    for (const Item& item : model.items)
        if (item.unitCost > 0)
            cost.emplace(item.code, item.unitCost);
    if (cost.empty())
        return ratio(0, 0, "no item has a unit cost", false);
    double issued = 0;
    for (const MaterialIssue& issue : history.issues) {
        const auto c = cost.find(issue.item);
        if (period.contains(issue.date) && c != cost.end())
            issued += issue.qty * c->second;
    }
    double stock = 0;
    for (const InventoryRecord& row : model.inventory) {
        const auto c = cost.find(row.item);
        if (c != cost.end())
            stock += (row.onHand + row.onInspection) * c->second;
    }
    return ratio(std::max(0.0, issued), stock, "no costed stock on hand", false);
}

} // namespace

std::string monthKey(Date date)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04d-%02d", date.year() % 10000, date.month() % 100);
    return text;
}

std::vector<DateRange> monthsOf(const DateRange& period)
{
    std::vector<DateRange> months;
    Date start = period.from;
    while (start <= period.to) {
        const Date nextMonth = start.month() == 12 ? Date::fromYmd(start.year() + 1, 1, 1)
                                                   : Date::fromYmd(start.year(), start.month() + 1, 1);
        const Date end = std::min(period.to, nextMonth - 1);
        months.push_back({start, end});
        start = end + 1;
    }
    return months;
}

DateRange defaultKpiPeriod(const FactoryModel& model, const std::vector<CompletionReport>& reports,
                           std::optional<Date> from, std::optional<Date> to)
{
    const Date end = to.value_or(model.settings.today);
    if (from)
        return {*from, end};
    Date start = end;
    const auto consider = [&](Date d) { start = std::min(start, d); };
    for (const WorkOrder& w : model.workOrders)
        consider(w.due);
    for (const PurchaseOrder& p : model.purchaseOrders)
        consider(p.due);
    for (const SalesOrder& s : model.salesOrders)
        for (const SalesOrderLine& l : s.lines)
            consider(l.due);
    for (const CompletionReport& r : reports)
        consider(r.date);
    return {start, end};
}

KpiReport computeKpis(const FactoryModel& model, const KpiHistory& history, const DateRange& period)
{
    KpiReport report;
    report.period = period;

    const WorkOrderOutcome orders = workOrderOutcome(model, history.reports, period);
    report.planAchievement = ratio(orders.finished, orders.planned, "no work order is due in the period");
    report.workOrderCloseRate = ratio(orders.closed, orders.due, "no work order is due in the period");

    double dailyPlanned = 0;
    double dailyActual = 0;
    for (const DailyAchievement& row : dailyAchievement(history, period)) {
        dailyPlanned += row.planned;
        dailyActual += row.actual;
    }
    report.dailyPlanAchievement = ratio(dailyActual, dailyPlanned, "no daily plan was released for the period");

    const DeliveryOutcome delivery = deliveryOutcome(model, period);
    report.deliveryAchievement = ratio(delivery.delivered, delivery.ordered, "no sales order line is due in the period");
    report.onTimeDelivery = ratio(delivery.onTime, delivery.due, "no sales order line is due in the period");

    double posDue = 0;
    double posOnTime = 0;
    for (const SupplierMonth& row : supplierPerformance(model, history.receipts, period)) {
        posDue += row.due;
        posOnTime += row.onTime;
    }
    report.supplierOnTime = ratio(posOnTime, posDue, "no purchase order is due in the period");

    const std::vector<double> earned = earnedMinutes(ReportedSteps(model), history.reports);
    double scrap = 0;
    double reported = 0;
    double labourMinutes = 0;
    double earnedWithLabour = 0;
    double earnedAll = 0;
    for (std::size_t k = 0; k < history.reports.size(); ++k) {
        const CompletionReport& r = history.reports[k];
        if (!period.contains(r.date))
            continue;
        scrap += r.scrapQty;
        reported += r.goodQty + r.scrapQty;
        earnedAll += earned[k];
        if (r.labourHours > 0) {
            labourMinutes += r.labourHours * 60;
            earnedWithLabour += earned[k];
        }
    }
    report.scrapRate = ratio(scrap, reported, "no completion is reported in the period");
    report.labourEfficiency = ratio(earnedWithLabour / 60, labourMinutes / 60,
                                    "no labour hours are reported in the period", false);
    report.capacityUtilisation = ratio(earnedAll / 60, standardHoursAvailable(model, period) / 60,
                                       "the work centers have no working time in the period", false);

    double materialHours = 0;
    for (const AbnormalHours& a : history.abnormalHours) {
        if (!period.contains(a.date))
            continue;
        report.abnormalHours += a.hours;
        materialHours += a.cause == AbnormalCause::Material ? a.hours : 0;
    }
    report.materialIdleRate = ratio(materialHours, labourMinutes / 60, "no labour hours are reported in the period", false);
    report.materialTurnover = materialTurnover(model, history, period);
    return report;
}

} // namespace pmc::core
