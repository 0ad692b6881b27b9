#include "core/kpi/Kpi.h"

#include "core/FactoryModel.h"

#include <algorithm>

namespace pmc::core {

namespace {

bool inPeriod(Date date, const KpiPeriod& period) { return period.from <= date && date <= period.to; }

KpiRatio ratio(double numerator, double denominator, std::string emptyNote)
{
    KpiRatio r;
    r.numerator = numerator;
    r.denominator = denominator;
    if (denominator > 0)
        r.value = std::clamp(numerator / denominator, 0.0, 1.0);
    else
        r.note = std::move(emptyNote);
    return r;
}

KpiRatio notRecorded(std::string note)
{
    KpiRatio r;
    r.note = std::move(note);
    return r;
}

KpiRatio planAchievement(const FactoryModel& model, const std::vector<CompletionReport>& reports, const KpiPeriod& period)
{
    double actual = 0;
    double planned = 0;
    for (const WorkOrder& order : model.workOrders) {
        if (!inPeriod(order.due, period))
            continue;
        planned += order.qty;
        const std::optional<int> last = lastOperationSeq(model, order.item);
        double reportedGood = 0;
        double goodByPeriodEnd = 0;
        for (const CompletionReport& r : reports) {
            if (r.workOrder != order.number || !last || r.seq != *last)
                continue;
            reportedGood += r.goodQty;
            if (r.date <= period.to)
                goodByPeriodEnd += r.goodQty;
        }
        // Quantity imported as completed has no report date: it was done before reporting began.
        const double imported = std::max(0.0, order.completedQty - reportedGood);
        actual += std::min(order.qty, imported + goodByPeriodEnd);
    }
    return ratio(actual, planned, "no work order is due in the period");
}

KpiRatio scrapRate(const std::vector<CompletionReport>& reports, const KpiPeriod& period)
{
    double scrap = 0;
    double total = 0;
    for (const CompletionReport& r : reports) {
        if (!inPeriod(r.date, period))
            continue;
        scrap += r.scrapQty;
        total += r.goodQty + r.scrapQty;
    }
    return ratio(scrap, total, "no completion is reported in the period");
}

std::string salesLinesDue(const FactoryModel& model, const KpiPeriod& period)
{
    int lines = 0;
    for (const SalesOrder& order : model.salesOrders)
        lines += static_cast<int>(std::count_if(order.lines.begin(), order.lines.end(),
                                                [&](const SalesOrderLine& l) { return inPeriod(l.due, period); }));
    return std::to_string(lines) + " sales order line(s) are due in the period";
}

} // namespace

KpiPeriod defaultKpiPeriod(const FactoryModel& model, const std::vector<CompletionReport>& reports,
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

KpiReport computeKpis(const FactoryModel& model, const std::vector<CompletionReport>& reports, const KpiPeriod& period)
{
    KpiReport report;
    report.period = period;
    report.planAchievement = planAchievement(model, reports, period);
    // The database records orders but no shipments or receipts yet, so these cannot be
    // measured; reporting 0 would claim a failure that did not happen.
    report.deliveryAchievement = notRecorded("no shipment data is recorded; " + salesLinesDue(model, period));
    report.onTimeDelivery = notRecorded("no shipment data is recorded; " + salesLinesDue(model, period));
    const auto posDue = std::count_if(model.purchaseOrders.begin(), model.purchaseOrders.end(),
                                      [&](const PurchaseOrder& p) { return inPeriod(p.due, period); });
    report.supplierOnTime = notRecorded("no receipt data is recorded; " + std::to_string(posDue)
                                        + " purchase order(s) are due in the period");
    report.scrapRate = scrapRate(reports, period);
    return report;
}

} // namespace pmc::core
