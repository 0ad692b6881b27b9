// RequirementGridModel: which items the material requirements table lists. One pass over the
// run's snapshot and result per run, so no item's record has to be computed to know.
#include "app/models/RequirementGridModel.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/shortage/ShortageList.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace pmc::app {

namespace {

/// Per item of the snapshot: has it anything to plan, and does it call for action.
struct Activity {
    std::vector<char> active;
    std::vector<char> actionable;
    std::vector<char> hasOrders; ///< planned, work or firm orders: its components get demand
    std::unordered_map<std::string_view, int> index;
    std::string_view lastCode;
    int lastIndex = -1;

    explicit Activity(const core::FactoryModel& model)
        : active(model.items.size(), 0), actionable(model.items.size(), 0), hasOrders(model.items.size(), 0)
    {
        index.reserve(model.items.size());
        for (std::size_t i = 0; i < model.items.size(); ++i)
            index.emplace(model.items[i].code, static_cast<int>(i));
    }
    int find(const std::string& code)
    {
        // Orders and BOM rows come grouped by item: most look-ups repeat the last one.
        if (code != lastCode) {
            const auto it = index.find(code);
            lastCode = code;
            lastIndex = it == index.end() ? -1 : it->second;
        }
        return lastIndex;
    }
    void mark(const std::string& code, bool action = false, bool orders = false)
    {
        const int i = find(code);
        if (i < 0)
            return;
        const auto at = static_cast<std::size_t>(i);
        active[at] = 1;
        actionable[at] = actionable[at] || action;
        hasOrders[at] = hasOrders[at] || orders;
    }
};

QStringList sortedDistinct(const std::unordered_set<std::string_view>& values)
{
    std::vector<std::string_view> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList list;
    for (std::string_view value : sorted)
        if (!value.empty())
            list << QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    return list;
}

} // namespace

void RequirementGridModel::collectActiveItems()
{
    m_active.clear();
    m_buyers.clear();
    m_suppliers.clear();
    const core::FactoryModel* model = snapshot();
    if (!model)
        return;
    Activity activity(*model);
    for (const core::Item& item : model->items)
        if (item.safetyStock > 0)
            activity.mark(item.code);
    for (const core::InventoryRecord& stock : model->inventory)
        if (stock.plannable() != 0)
            activity.mark(stock.item);
    for (const core::SalesOrder& order : model->salesOrders)
        for (const core::SalesOrderLine& line : order.lines)
            activity.mark(line.item);
    for (const core::PurchaseOrder& po : model->purchaseOrders)
        activity.mark(po.item);
    for (const core::PurchaseRequisition& pr : model->purchaseRequisitions)
        activity.mark(pr.item);
    for (const core::WorkOrder& wo : model->workOrders)
        activity.mark(wo.item, false, true);
    for (const core::FirmPlannedOrder& fpo : model->firmPlannedOrders)
        activity.mark(fpo.item, false, true);
    const core::MrpResult& result = m_document.mrpResult();
    for (const core::PlannedOrder& order : result.plannedOrders)
        activity.mark(order.item, true, true);
    for (const core::MrpException& exception : result.exceptions)
        activity.mark(exception.item, true);
    if (m_document.hasShortages())
        for (const core::Shortage& shortage : m_document.shortages())
            activity.mark(shortage.item, true);
    // Dependent demand: the components of every item with orders (one level is enough, as a
    // component with demand it cannot cover has planned orders of its own).
    std::string_view parentCode;
    bool parentHasOrders = false;
    for (const core::BomLine& line : model->boms) {
        if (line.parent != parentCode) { // rows come grouped by parent
            parentCode = line.parent;
            const int parent = activity.find(line.parent);
            parentHasOrders = parent >= 0 && activity.hasOrders[static_cast<std::size_t>(parent)];
        }
        if (parentHasOrders)
            activity.mark(line.component);
    }

    // Sorted on the std::string codes (byte compares), and converted for display after.
    std::vector<int> listed;
    std::unordered_set<std::string_view> buyers;
    std::unordered_set<std::string_view> suppliers;
    for (std::size_t i = 0; i < model->items.size(); ++i) {
        if (!activity.active[i])
            continue;
        listed.push_back(static_cast<int>(i));
        buyers.insert(model->items[i].buyer);
        suppliers.insert(model->items[i].supplier);
    }
    const auto code = [&](int i) -> const std::string& { return model->items[static_cast<std::size_t>(i)].code; };
    std::sort(listed.begin(), listed.end(), [&](int a, int b) { return code(a) < code(b); });
    m_active.reserve(listed.size());
    for (int i : listed) {
        const core::Item& item = model->items[static_cast<std::size_t>(i)];
        m_active.push_back({i, QString::fromStdString(item.code), QString::fromStdString(item.name),
                            activity.actionable[static_cast<std::size_t>(i)] != 0});
    }
    m_buyers = sortedDistinct(buyers);
    m_suppliers = sortedDistinct(suppliers);
}

} // namespace pmc::app
