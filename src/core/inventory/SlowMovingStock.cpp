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

std::vector<StockConsumer> consumersOf(const FactoryModel& model, const KpiHistory& history, const std::string& item)
{
    std::vector<StockConsumer> consumers;
    const auto perParent = [&](const std::string& parent) {
        double qty = 0;
        for (const BomLine& b : model.boms)
            if (b.parent == parent && b.component == item)
                qty += b.grossPerParent();
        return qty;
    };
    for (const WorkOrder& wo : model.workOrders) {
        const double per = perParent(wo.item);
        const double need = wo.openQty() * per - issuedQuantity(history.issues, wo.number, item);
        if (per > 0 && need > 0)
            consumers.push_back({wo.number, need});
    }
    for (const FirmPlannedOrder& f : model.firmPlannedOrders)
        if (const double per = perParent(f.item); per > 0)
            consumers.push_back({f.number, f.qty * per});
    for (const SalesOrder& so : model.salesOrders) {
        if (!so.isDemand())
            continue;
        for (std::size_t l = 0; l < so.lines.size(); ++l)
            if (so.lines[l].item == item && so.lines[l].openQty() > 0)
                consumers.push_back({so.lineId(l), so.lines[l].openQty()});
    }
    return consumers;
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
        row.consumers = consumersOf(model, history, code);
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
