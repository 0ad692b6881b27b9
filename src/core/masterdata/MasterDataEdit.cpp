#include "core/masterdata/MasterDataEdit.h"

#include "core/diagnostics/FactoryValidator.h"

#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pmc::core {

namespace {

std::string describe(const Supplier& s) { return "supplier " + s.code; }
std::string describe(const Item& i) { return "item " + i.code; }
std::string describe(const BomLine& b) { return "BOM row " + b.parent + " -> " + b.component; }
std::string describe(const WorkCenter& w) { return "work center " + w.code; }
std::string describe(const Routing& r) { return "routing of " + r.item; }
std::string describe(const InventoryRecord& r) { return "stock row of " + r.item; }
std::string describe(const WorkOrder& o) { return "work order " + o.number; }
std::string describe(const PurchaseOrder& o) { return "purchase order " + o.number; }
std::string describe(const SalesOrder& o) { return "sales order " + o.number; }
std::string describe(const FirmPlannedOrder& o) { return "firm planned order " + o.number; }
std::string describe(const PurchaseRequisition& r) { return "purchase requisition " + r.number; }

const std::string& keyOf(const Supplier& s) { return s.code; }
const std::string& keyOf(const Item& i) { return i.code; }
const std::string& keyOf(const BomLine& b) { return b.component; }
const std::string& keyOf(const WorkCenter& w) { return w.code; }
const std::string& keyOf(const Routing& r) { return r.item; }
const std::string& keyOf(const InventoryRecord& r) { return r.item; }
const std::string& keyOf(const WorkOrder& o) { return o.number; }
const std::string& keyOf(const PurchaseOrder& o) { return o.number; }
const std::string& keyOf(const SalesOrder& o) { return o.number; }
const std::string& keyOf(const FirmPlannedOrder& o) { return o.number; }
const std::string& keyOf(const PurchaseRequisition& r) { return r.number; }

/// Applies the changes in order. A row is found through a hash on its code (a BOM row on its
/// component) and must equal `before` exactly; the first such row is taken, as the database
/// does. Removals are compacted at the end, so an import of 100k changes stays linear.
template <typename Row>
void applyChanges(std::vector<Row>& rows, const std::vector<RowChange<Row>>& changes)
{
    if (changes.empty())
        return;
    std::unordered_multimap<std::string_view, std::size_t> byKey;
    byKey.reserve(rows.size() + changes.size());
    // Rows may grow while changes are applied, so the index refers to stored copies of keys.
    std::deque<std::string> keys;
    const auto index = [&](std::size_t i) { byKey.emplace(keys.emplace_back(keyOf(rows[i])), i); };
    for (std::size_t i = 0; i < rows.size(); ++i)
        index(i);
    std::vector<bool> removed(rows.size(), false);
    for (const RowChange<Row>& change : changes) {
        if (!change.before) {
            if (change.after) {
                rows.push_back(*change.after);
                removed.push_back(false);
                index(rows.size() - 1);
            }
            continue;
        }
        auto [first, last] = byKey.equal_range(keyOf(*change.before));
        auto found = byKey.end();
        for (auto it = first; it != last; ++it)
            if (rows[it->second] == *change.before && (found == byKey.end() || it->second < found->second))
                found = it;
        if (found == byKey.end())
            throw std::invalid_argument(describe(*change.before) + " is no longer as the edit expects");
        const std::size_t i = found->second;
        byKey.erase(found);
        if (change.after) {
            rows[i] = *change.after;
            index(i);
        } else {
            removed[i] = true;
        }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (removed[i])
            continue;
        if (kept != i)
            rows[kept] = std::move(rows[i]);
        ++kept;
    }
    rows.resize(kept);
}

template <typename Row>
std::vector<RowChange<Row>> inverted(const std::vector<RowChange<Row>>& changes)
{
    std::vector<RowChange<Row>> result;
    result.reserve(changes.size());
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        result.push_back({it->after, it->before});
    return result;
}

template <typename Section>
WholeChange<Section> swapped(const WholeChange<Section>& change)
{
    return change ? WholeChange<Section>(std::make_pair(change->second, change->first)) : std::nullopt;
}

template <typename Section>
std::optional<Section> copyIfTouched(const Section& current, const WholeChange<Section>& change)
{
    return change ? std::optional<Section>(current) : std::nullopt;
}

template <typename Section>
void restoreIfCopied(Section& current, const std::optional<Section>& copy)
{
    if (copy)
        current = *copy;
}

template <typename Section>
void expectBefore(const Section& current, const WholeChange<Section>& change, const char* name)
{
    if (change && !(current == change->first))
        throw std::invalid_argument(std::string("the ") + name + " are no longer as the edit expects");
}

template <typename Section>
void applyWhole(Section& current, const WholeChange<Section>& change)
{
    if (change)
        current = change->second;
}

} // namespace

bool MasterDataEdit::empty() const
{
    return suppliers.empty() && items.empty() && boms.empty() && workCenters.empty() && routings.empty()
        && inventory.empty() && workOrders.empty() && salesOrders.empty() && purchaseOrders.empty() && firmPlannedOrders.empty() && purchaseRequisitions.empty()
        && !calendar && !changeovers && !operationPins && !settings && !reviewPolicy;
}

MasterDataEdit MasterDataEdit::inverse() const
{
    MasterDataEdit result;
    result.suppliers = inverted(suppliers);
    result.items = inverted(items);
    result.boms = inverted(boms);
    result.workCenters = inverted(workCenters);
    result.routings = inverted(routings);
    result.inventory = inverted(inventory);
    result.workOrders = inverted(workOrders);
    result.salesOrders = inverted(salesOrders);
    result.purchaseOrders = inverted(purchaseOrders);
    result.firmPlannedOrders = inverted(firmPlannedOrders);
    result.purchaseRequisitions = inverted(purchaseRequisitions);
    result.calendar = swapped(calendar);
    result.changeovers = swapped(changeovers);
    result.operationPins = swapped(operationPins);
    result.settings = swapped(settings);
    result.reviewPolicy = swapped(reviewPolicy);
    return result;
}

template <typename Row>
std::optional<std::vector<Row>> copyIfTouched(const std::vector<Row>& rows, const std::vector<RowChange<Row>>& changes)
{
    return changes.empty() ? std::nullopt : std::optional<std::vector<Row>>(rows);
}

MasterDataBackup::MasterDataBackup(const FactoryModel& model, const MasterDataEdit& edit)
    : m_suppliers(copyIfTouched(model.suppliers, edit.suppliers)), m_items(copyIfTouched(model.items, edit.items)),
      m_boms(copyIfTouched(model.boms, edit.boms)), m_workCenters(copyIfTouched(model.workCenters, edit.workCenters)),
      m_routings(copyIfTouched(model.routings, edit.routings)), m_inventory(copyIfTouched(model.inventory, edit.inventory)),
      m_workOrders(copyIfTouched(model.workOrders, edit.workOrders)),
      m_salesOrders(copyIfTouched(model.salesOrders, edit.salesOrders)),
      m_purchaseOrders(copyIfTouched(model.purchaseOrders, edit.purchaseOrders)),
      m_firmPlannedOrders(copyIfTouched(model.firmPlannedOrders, edit.firmPlannedOrders)),
      m_purchaseRequisitions(copyIfTouched(model.purchaseRequisitions, edit.purchaseRequisitions)),
      m_calendar(copyIfTouched(model.calendar, edit.calendar)),
      m_changeovers(copyIfTouched(model.changeovers, edit.changeovers)),
      m_operationPins(copyIfTouched(model.operationPins, edit.operationPins)),
      m_settings(copyIfTouched(model.settings, edit.settings)),
      m_reviewPolicy(copyIfTouched(model.reviewPolicy, edit.reviewPolicy))
{
}

void MasterDataBackup::restore(FactoryModel& model) const
{
    restoreIfCopied(model.suppliers, m_suppliers);
    restoreIfCopied(model.items, m_items);
    restoreIfCopied(model.boms, m_boms);
    restoreIfCopied(model.workCenters, m_workCenters);
    restoreIfCopied(model.routings, m_routings);
    restoreIfCopied(model.inventory, m_inventory);
    restoreIfCopied(model.workOrders, m_workOrders);
    restoreIfCopied(model.salesOrders, m_salesOrders);
    restoreIfCopied(model.purchaseOrders, m_purchaseOrders);
    restoreIfCopied(model.firmPlannedOrders, m_firmPlannedOrders);
    restoreIfCopied(model.purchaseRequisitions, m_purchaseRequisitions);
    restoreIfCopied(model.calendar, m_calendar);
    restoreIfCopied(model.changeovers, m_changeovers);
    restoreIfCopied(model.operationPins, m_operationPins);
    restoreIfCopied(model.settings, m_settings);
    restoreIfCopied(model.reviewPolicy, m_reviewPolicy);
}

namespace {

void applyInPlace(FactoryModel& model, const MasterDataEdit& edit)
{
    expectBefore(model.calendar, edit.calendar, "calendar settings");
    expectBefore(model.changeovers, edit.changeovers, "changeovers");
    expectBefore(model.operationPins, edit.operationPins, "operation pins");
    expectBefore(model.settings, edit.settings, "planning settings");
    expectBefore(model.reviewPolicy, edit.reviewPolicy, "order review requirements");
    applyChanges(model.suppliers, edit.suppliers);
    applyChanges(model.items, edit.items);
    applyChanges(model.boms, edit.boms);
    applyChanges(model.workCenters, edit.workCenters);
    applyChanges(model.routings, edit.routings);
    applyChanges(model.inventory, edit.inventory);
    applyChanges(model.workOrders, edit.workOrders);
    applyChanges(model.salesOrders, edit.salesOrders);
    applyChanges(model.purchaseOrders, edit.purchaseOrders);
    applyChanges(model.firmPlannedOrders, edit.firmPlannedOrders);
    applyChanges(model.purchaseRequisitions, edit.purchaseRequisitions);
    applyWhole(model.calendar, edit.calendar);
    applyWhole(model.changeovers, edit.changeovers);
    applyWhole(model.operationPins, edit.operationPins);
    applyWhole(model.settings, edit.settings);
    applyWhole(model.reviewPolicy, edit.reviewPolicy);
}

void applyOrRestore(FactoryModel& model, const MasterDataEdit& edit, const MasterDataBackup& backup)
{
    try {
        applyInPlace(model, edit);
    } catch (...) {
        backup.restore(model);
        throw;
    }
}

} // namespace

void applyEdit(FactoryModel& model, const MasterDataEdit& edit)
{
    applyOrRestore(model, edit, MasterDataBackup(model, edit));
}

ValidationResult applyValidatedEdit(FactoryModel& model, const MasterDataEdit& edit, const MasterDataBackup& backup)
{
    applyOrRestore(model, edit, backup);
    ValidationResult issues = validateFactory(model);
    if (!issues.ok())
        backup.restore(model);
    return issues;
}

ValidationResult applyValidatedEdit(FactoryModel& model, const MasterDataEdit& edit)
{
    return applyValidatedEdit(model, edit, MasterDataBackup(model, edit));
}

} // namespace pmc::core
