#include "core/inventory/SlowMovingStock.h"

#include "core/FactoryModel.h"

#include <algorithm>
#include <map>

namespace pmc::core {

double SlowMovingItem::consumable() const
{
    double sum = 0;
    for (const StockConsumer& c : consumers)
        sum += c.qty;
    return std::min(sum, qty);
}

namespace {

/// Latest movement date per item from everything recorded.
std::map<std::string, Date> lastMovements(const FactoryModel& model, const KpiHistory& history)
{
    std::map<std::string, Date> last;
    const auto moved = [&](const std::string& item, Date date) {
        auto [it, inserted] = last.emplace(item, date);
        if (!inserted)
            it->second = std::max(it->second, date);
    };
    for (const MaterialIssue& issue : history.issues)
        moved(issue.item, issue.date);
    std::map<std::string, std::string> itemOfPo;
    for (const PurchaseOrder& po : model.purchaseOrders)
        itemOfPo.emplace(po.number, po.item);
    for (const PurchaseReceipt& r : history.receipts)
        if (const auto it = itemOfPo.find(r.purchaseOrder); it != itemOfPo.end())
            moved(it->second, r.date);
    std::map<std::string, std::string> itemOfWo;
    for (const WorkOrder& wo : model.workOrders)
        itemOfWo.emplace(wo.number, wo.item);
    for (const CompletionReport& r : history.reports)
        if (const auto it = itemOfWo.find(r.workOrder); it != itemOfWo.end() && r.goodQty > 0)
            moved(it->second, r.date);
    for (const SalesOrder& so : model.salesOrders)
        for (const SalesOrderLine& line : so.lines)
            for (const Shipment& s : line.shipments)
                moved(line.item, s.date);
    return last;
}

/// Every open order's remaining use of each item, built once: item → consumers.
std::map<std::string, std::vector<StockConsumer>> openUses(const FactoryModel& model, const KpiHistory& history)
{
    std::map<std::string, std::map<std::string, double>> perParent; // parent → component → qty per
    for (const BomLine& b : model.boms)
        perParent[b.parent][b.component] += b.grossPerParent();
    std::map<std::pair<std::string, std::string>, double> issued; // (work order, item) → net issued
    for (const MaterialIssue& issue : history.issues)
        issued[{issue.workOrder, issue.item}] += issue.qty;
    std::map<std::string, std::vector<StockConsumer>> uses;
    for (const WorkOrder& wo : model.workOrders) {
        const auto children = perParent.find(wo.item);
        if (children == perParent.end())
            continue;
        for (const auto& [component, per] : children->second) {
            const auto out = issued.find({wo.number, component});
            const double need = wo.openQty() * per - (out == issued.end() ? 0.0 : out->second);
            if (per > 0 && need > 0)
                uses[component].push_back({wo.number, need});
        }
    }
    for (const FirmPlannedOrder& f : model.firmPlannedOrders)
        if (const auto children = perParent.find(f.item); children != perParent.end())
            for (const auto& [component, per] : children->second)
                if (per > 0)
                    uses[component].push_back({f.number, f.qty * per});
    for (const SalesOrder& so : model.salesOrders) {
        if (!so.isDemand())
            continue;
        for (std::size_t l = 0; l < so.lines.size(); ++l)
            if (so.lines[l].openQty() > 0)
                uses[so.lines[l].item].push_back({so.lineId(l), so.lines[l].openQty()});
    }
    return uses;
}

} // namespace

SlowMovingReview reviewSlowMovingStock(const FactoryModel& model, const KpiHistory& history, int days)
{
    SlowMovingReview review;
    review.days = days;
    std::map<std::string, double> stock;
    for (const InventoryRecord& row : model.inventory)
        stock[row.item] += row.onHand + row.onInspection;
    const std::map<std::string, Date> last = lastMovements(model, history);
    const std::map<std::string, std::vector<StockConsumer>> uses = openUses(model, history);
    const Date today = model.settings.today;
    for (const auto& [code, qty] : stock) {
        const Item* item = model.findItem(code);
        const double value = qty * (item ? item->unitCost : 0);
        review.stockValue += value;
        if (!(qty > 0))
            continue;
        SlowMovingItem row{code, item ? item->name : std::string(), qty, value, std::nullopt, std::nullopt, {}};
        const auto it = last.find(code);
        if (it != last.end() && today - it->second < days)
            continue;
        if (const auto use = uses.find(code); use != uses.end())
            row.consumers = use->second;
        if (it == last.end()) {
            review.unrecorded.push_back(std::move(row));
            continue;
        }
        row.lastMovement = it->second;
        row.idleDays = today - it->second;
        review.slowValue += value;
        review.items.push_back(std::move(row));
    }
    const auto byValue = [](const SlowMovingItem& a, const SlowMovingItem& b) { return a.value > b.value; };
    std::stable_sort(review.items.begin(), review.items.end(), byValue);
    std::stable_sort(review.unrecorded.begin(), review.unrecorded.end(), byValue);
    return review;
}

} // namespace pmc::core
