// itemsWithChangedPlanningInputs (declared in MrpPlan.h): what net change must re-plan after
// an edit, found by comparing what MRP reads of each item in the two models.
#include "core/mrp/MrpPlan.h"

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace pmc::core {

namespace {

/// Per item code, everything MRP reads about its orders and stock, in model row order (the
/// order pegging follows), as bytes: equal signatures plan the same.
class InputSignatures {
public:
    explicit InputSignatures(const FactoryModel& model)
    {
        for (const InventoryRecord& record : model.inventory)
            add(record.item, 'I').number(record.plannable());
        for (const SalesOrder& order : model.salesOrders) {
            if (!order.isDemand())
                continue;
            for (std::size_t l = 0; l < order.lines.size(); ++l)
                add(order.lines[l].item, 'S').text(order.lineId(l)).number(order.lines[l].openQty())
                    .date(order.lines[l].committedDate());
        }
        for (const PurchaseOrder& po : model.purchaseOrders)
            add(po.item, 'P').text(po.number).number(po.qty).number(po.receivedQty).date(po.due);
        for (const WorkOrder& wo : model.workOrders)
            add(wo.item, 'W').text(wo.number).number(wo.qty).number(wo.completedQty).date(wo.due);
        for (const PurchaseRequisition& pr : model.purchaseRequisitions)
            add(pr.item, 'R').text(pr.number).number(pr.qty).date(pr.due);
        for (const FirmPlannedOrder& firm : model.firmPlannedOrders)
            add(firm.item, 'F').text(firm.number).number(firm.qty).date(firm.due).date(firm.release);
    }

    const std::string* of(std::string_view item) const
    {
        const auto found = m_signatures.find(item);
        return found == m_signatures.end() ? nullptr : &found->second;
    }
    const std::unordered_map<std::string_view, std::string>& all() const { return m_signatures; }

private:
    class Writer {
    public:
        explicit Writer(std::string& out) : m_out(out) {}
        Writer& number(double value)
        {
            char bytes[sizeof value];
            std::memcpy(bytes, &value, sizeof value);
            m_out.append(bytes, sizeof bytes);
            return *this;
        }
        Writer& date(Date value) { return number(value.days()); }
        Writer& text(const std::string& value)
        {
            number(static_cast<double>(value.size()));
            m_out.append(value);
            return *this;
        }

    private:
        std::string& m_out;
    };

    Writer add(const std::string& item, char section)
    {
        std::string& signature = m_signatures[item];
        signature.push_back(section);
        return Writer(signature);
    }

    std::unordered_map<std::string_view, std::string> m_signatures;
};

} // namespace

std::vector<std::string> itemsWithChangedPlanningInputs(const FactoryModel& before, const FactoryModel& after)
{
    std::vector<std::string> changed;
    if (before.items.size() != after.items.size()) {
        for (const Item& item : after.items)
            changed.push_back(item.code);
        return changed;
    }
    const InputSignatures old(before);
    const InputSignatures now(after);
    for (std::size_t i = 0; i < after.items.size(); ++i) {
        const std::string& code = after.items[i].code;
        const std::string* a = old.of(code);
        const std::string* b = now.of(code);
        const bool sameInputs = (a == nullptr && b == nullptr) || (a != nullptr && b != nullptr && *a == *b);
        if (!sameInputs || !(before.items[i] == after.items[i]))
            changed.push_back(code);
    }
    return changed;
}

} // namespace pmc::core
