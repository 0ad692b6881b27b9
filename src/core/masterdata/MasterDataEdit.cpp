#include "core/masterdata/MasterDataEdit.h"

#include "core/diagnostics/FactoryValidator.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace pmc::core {

namespace {

std::string describe(const Supplier& s) { return "supplier " + s.code; }
std::string describe(const Item& i) { return "item " + i.code; }
std::string describe(const BomLine& b) { return "BOM row " + b.parent + " -> " + b.component; }
std::string describe(const WorkCenter& w) { return "work center " + w.code; }
std::string describe(const Routing& r) { return "routing of " + r.item; }
std::string describe(const InventoryRecord& r) { return "stock row of " + r.item; }

template <typename Row>
void applyChanges(std::vector<Row>& rows, const std::vector<RowChange<Row>>& changes)
{
    for (const RowChange<Row>& change : changes) {
        if (!change.before) {
            if (change.after)
                rows.push_back(*change.after);
            continue;
        }
        const auto found = std::find(rows.begin(), rows.end(), *change.before);
        if (found == rows.end())
            throw std::invalid_argument(describe(*change.before) + " is no longer as the edit expects");
        if (change.after)
            *found = *change.after;
        else
            rows.erase(found);
    }
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

} // namespace

bool MasterDataEdit::empty() const
{
    return suppliers.empty() && items.empty() && boms.empty() && workCenters.empty() && routings.empty()
        && inventory.empty() && !calendar;
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
    if (calendar)
        result.calendar = std::make_pair(calendar->second, calendar->first);
    return result;
}

void applyEdit(FactoryModel& model, const MasterDataEdit& edit)
{
    // Sections are applied into a copy of each touched section only, so a failure half-way
    // leaves the model untouched without copying the untouched (often large) sections.
    auto suppliers = model.suppliers;
    auto items = edit.items.empty() ? std::vector<Item>() : model.items;
    auto boms = edit.boms.empty() ? std::vector<BomLine>() : model.boms;
    auto workCenters = model.workCenters;
    auto routings = edit.routings.empty() ? std::vector<Routing>() : model.routings;
    auto inventory = edit.inventory.empty() ? std::vector<InventoryRecord>() : model.inventory;
    applyChanges(suppliers, edit.suppliers);
    applyChanges(items, edit.items);
    applyChanges(boms, edit.boms);
    applyChanges(workCenters, edit.workCenters);
    applyChanges(routings, edit.routings);
    applyChanges(inventory, edit.inventory);
    if (edit.calendar && !(model.calendar == edit.calendar->first))
        throw std::invalid_argument("the calendar is no longer as the edit expects");

    model.suppliers = std::move(suppliers);
    model.workCenters = std::move(workCenters);
    if (!edit.items.empty())
        model.items = std::move(items);
    if (!edit.boms.empty())
        model.boms = std::move(boms);
    if (!edit.routings.empty())
        model.routings = std::move(routings);
    if (!edit.inventory.empty())
        model.inventory = std::move(inventory);
    if (edit.calendar)
        model.calendar = edit.calendar->second;
}

ValidationResult applyValidatedEdit(FactoryModel& model, const MasterDataEdit& edit)
{
    applyEdit(model, edit);
    ValidationResult issues = validateFactory(model);
    if (!issues.ok())
        applyEdit(model, edit.inverse());
    return issues;
}

} // namespace pmc::core
