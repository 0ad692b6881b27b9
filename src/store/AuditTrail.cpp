#include "store/AuditTrail.h"

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "store/Database.h"
#include "store/ExecutionHistoryJson.h"
#include "store/ScenarioJson.h"
#include "store/ScenarioRows.h"
#include "store/Statement.h"
#include "store/Timestamp.h"

namespace pmc::store {

namespace {

using nlohmann::ordered_json;

template <typename Row>
void recordRowChanges(AuditTrail& audit, const std::string& action, const std::vector<core::RowChange<Row>>& changes,
                      std::vector<Row> core::FactoryModel::*rows, const char* section)
{
    for (const core::RowChange<Row>& change : changes) {
        const ordered_json before = change.before ? scenarioRow(*change.before, rows, section) : ordered_json();
        const ordered_json after = change.after ? scenarioRow(*change.after, rows, section) : ordered_json();
        audit.record(action, section, scenarioRowKey(after.is_null() ? before : after), before.is_null() ? "" : before.dump(),
                     after.is_null() ? "" : after.dump());
    }
}

/// A section edited as a whole (calendar, settings, …): the scenario's `section` before and after.
template <typename Section>
void recordWholeChange(AuditTrail& audit, const std::string& action, const core::WholeChange<Section>& change,
                       Section core::FactoryModel::*field, const char* section)
{
    if (!change)
        return;
    const auto json = [&](const Section& value) { return scenarioSection(value, field, section).dump(); };
    audit.record(action, section, "", json(change->first), json(change->second));
}

} // namespace

void AuditTrail::record(const std::string& action, const std::string& entity, const std::string& key,
                        const std::string& before, const std::string& after)
{
    Statement insert = m_db.prepare("INSERT INTO audit_event (at, user_name, action, entity, entity_key, before, after) "
                                    "VALUES (:at, :user, :action, :entity, :key, :before, :after)");
    insert.bind(":at", localTimestampNow())
        .bind(":user", m_db.userName())
        .bind(":action", action)
        .bind(":entity", entity)
        .bind(":key", key);
    if (!before.empty())
        insert.bind(":before", before);
    if (!after.empty())
        insert.bind(":after", after);
    insert.run();
}

void AuditTrail::recordEdit(const core::MasterDataEdit& edit, const std::string& action)
{
    using M = core::FactoryModel;
    recordRowChanges(*this, action, edit.suppliers, &M::suppliers, "suppliers");
    recordRowChanges(*this, action, edit.items, &M::items, "items");
    recordRowChanges(*this, action, edit.boms, &M::boms, "boms");
    recordRowChanges(*this, action, edit.workCenters, &M::workCenters, "workcenters");
    recordRowChanges(*this, action, edit.routings, &M::routings, "routings");
    recordRowChanges(*this, action, edit.inventory, &M::inventory, "inventory");
    recordRowChanges(*this, action, edit.workOrders, &M::workOrders, "work_orders");
    recordRowChanges(*this, action, edit.salesOrders, &M::salesOrders, "sales_orders");
    recordRowChanges(*this, action, edit.purchaseOrders, &M::purchaseOrders, "purchase_orders");
    recordRowChanges(*this, action, edit.firmPlannedOrders, &M::firmPlannedOrders, "firm_planned_orders");
    recordRowChanges(*this, action, edit.purchaseRequisitions, &M::purchaseRequisitions, "purchase_requisitions");
    recordWholeChange(*this, action, edit.calendar, &M::calendar, "calendar");
    recordWholeChange(*this, action, edit.changeovers, &M::changeovers, "changeovers");
    recordWholeChange(*this, action, edit.operationPins, &M::operationPins, "pinned_operations");
    recordWholeChange(*this, action, edit.settings, &M::settings, "settings");
    recordWholeChange(*this, action, edit.reviewPolicy, &M::reviewPolicy, "order_review");
}

void AuditTrail::recordRows(const std::string& action, const ExecutionHistory& rows, bool takenBack)
{
    recordRowChange(action, takenBack ? rows : ExecutionHistory{}, takenBack ? ExecutionHistory{} : rows);
}

void AuditTrail::recordRowChange(const std::string& action, const ExecutionHistory& before, const ExecutionHistory& after)
{
    const auto sections = [](const ExecutionHistory& rows) {
        ordered_json doc = ordered_json::object();
        writeExecutionHistory(rows, doc);
        return doc;
    };
    const ordered_json was = sections(before);
    const ordered_json is = sections(after);
    const ordered_json& shape = is.empty() ? was : is;
    for (const auto& [section, list] : shape.items())
        for (std::size_t k = 0; k < list.size(); ++k) {
            const ordered_json& row = list[k];
            std::string key = scenarioRowKey(row);
            if (row.contains("seq"))
                key += " op " + row["seq"].dump();
            const auto text = [&](const ordered_json& doc) {
                return doc.contains(section) && k < doc[section].size() ? doc[section][k].dump() : std::string();
            };
            record(action, section, key, text(was), text(is));
        }
}

std::vector<AuditEvent> AuditTrail::events(const AuditFilter& filter)
{
    // Timestamps sort as text; a day's events are those from its 00:00:00 to before the next day.
    Statement s = m_db.prepare(
        "SELECT id, at, user_name, action, entity, entity_key, coalesce(before, ''), coalesce(after, '') "
        "FROM audit_event WHERE (:from = '' OR at >= :from) AND (:to = '' OR at < :to) "
        "AND (:entity = '' OR entity = :entity) AND (:key = '' OR entity_key = :key) ORDER BY id");
    s.bind(":from", filter.from ? filter.from->toString() : std::string())
        .bind(":to", filter.to ? (*filter.to + 1).toString() : std::string())
        .bind(":entity", filter.entity)
        .bind(":key", filter.key);
    std::vector<AuditEvent> result;
    while (s.step())
        result.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)});
    return result;
}

} // namespace pmc::store
