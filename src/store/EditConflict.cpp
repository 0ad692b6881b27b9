#include "store/EditConflict.h"

#include "core/masterdata/MasterDataEdit.h"
#include "store/ScenarioRows.h"

#include <algorithm>

namespace pmc::store {

namespace {

using nlohmann::ordered_json;
using M = core::FactoryModel;

std::string shown(const ordered_json& json)
{
    return json.is_null() ? "(none)" : json.dump();
}

/// `uniqueKey`: one row per code, so adding one that is stored already is a conflict (a BOM may
/// list a component twice, stock an item in several places).
template <typename Row>
void checkRows(const core::FactoryModel& stored, const std::vector<core::RowChange<Row>>& changes,
               std::vector<Row> M::*rows, const char* section, std::vector<EditConflict>& out, bool uniqueKey = true)
{
    const std::vector<Row>& now = stored.*rows;
    for (const core::RowChange<Row>& change : changes) {
        const ordered_json started = change.before ? scenarioRow(*change.before, rows, section) : ordered_json();
        const ordered_json yours = change.after ? scenarioRow(*change.after, rows, section) : ordered_json();
        const std::string key = scenarioRowKey(started.is_null() ? yours : started);
        if (change.before && std::find(now.begin(), now.end(), *change.before) != now.end())
            continue; // still as the editor found it
        if (!change.before && !uniqueKey)
            continue;
        // What is stored under that key now: changed by someone else, or gone.
        ordered_json current;
        for (const Row& row : now) {
            ordered_json candidate = scenarioRow(row, rows, section);
            if (scenarioRowKey(candidate) == key) {
                current = std::move(candidate);
                break;
            }
        }
        if (!change.before && current.is_null())
            continue; // a new row nobody else added
        out.push_back({section, key, shown(started), shown(current), shown(yours), {}});
    }
}

template <typename Section>
void checkWhole(const core::FactoryModel& stored, const core::WholeChange<Section>& change, Section M::*field,
                const char* section, std::vector<EditConflict>& out)
{
    if (!change)
        return;
    const ordered_json started = scenarioSection(change->first, field, section);
    const ordered_json now = scenarioSection(stored.*field, field, section);
    if (started != now)
        out.push_back({section, "", started.dump(), now.dump(), scenarioSection(change->second, field, section).dump(), {}});
}

std::string conflictMessage(const std::vector<EditConflict>& conflicts)
{
    std::string message = "someone else saved ";
    message += conflicts.size() == 1 ? "this row" : std::to_string(conflicts.size()) + " of these rows";
    message += " after you read it, so yours was not saved; reload from the database (Ctrl+Shift+F5) to see "
               "the stored version, then make your change again.";
    for (const EditConflict& c : conflicts) {
        message += "\n" + c.section + (c.key.empty() ? "" : " " + c.key);
        if (!c.storedBy.empty())
            message += " (saved by " + c.storedBy + ")";
        message += "\n  stored now: " + c.stored + "\n  yours:      " + c.yours;
    }
    return message;
}

} // namespace

EditConflictError::EditConflictError(std::vector<EditConflict> conflicts)
    : StoreError(conflictMessage(conflicts)), m_conflicts(std::move(conflicts))
{
}

std::vector<EditConflict> findEditConflicts(const core::FactoryModel& stored, const core::MasterDataEdit& edit)
{
    std::vector<EditConflict> out;
    checkRows(stored, edit.suppliers, &M::suppliers, "suppliers", out);
    checkRows(stored, edit.items, &M::items, "items", out);
    checkRows(stored, edit.boms, &M::boms, "boms", out, false);
    checkRows(stored, edit.workCenters, &M::workCenters, "workcenters", out);
    checkRows(stored, edit.routings, &M::routings, "routings", out);
    checkRows(stored, edit.inventory, &M::inventory, "inventory", out, false);
    checkRows(stored, edit.workOrders, &M::workOrders, "work_orders", out);
    checkRows(stored, edit.salesOrders, &M::salesOrders, "sales_orders", out);
    checkRows(stored, edit.purchaseOrders, &M::purchaseOrders, "purchase_orders", out);
    checkRows(stored, edit.firmPlannedOrders, &M::firmPlannedOrders, "firm_planned_orders", out);
    checkRows(stored, edit.purchaseRequisitions, &M::purchaseRequisitions, "purchase_requisitions", out);
    checkWhole(stored, edit.calendar, &M::calendar, "calendar", out);
    checkWhole(stored, edit.changeovers, &M::changeovers, "changeovers", out);
    checkWhole(stored, edit.operationPins, &M::operationPins, "pinned_operations", out);
    checkWhole(stored, edit.settings, &M::settings, "settings", out);
    checkWhole(stored, edit.reviewPolicy, &M::reviewPolicy, "order_review", out);
    return out;
}

} // namespace pmc::store
