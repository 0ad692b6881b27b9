#include "app/models/AuditEventModel.h"

#include "app/models/Roles.h"

#include <QCoreApplication>

#include <map>

namespace pmc::app {

namespace {

// Store keys → names for lupdate; translated by their text in the "AuditTrail" context.
const std::map<std::string, const char*>& entityNames()
{
    static const std::map<std::string, const char*> names = {
        {"sales_orders", QT_TRANSLATE_NOOP("AuditTrail", "Sales orders")},
        {"work_orders", QT_TRANSLATE_NOOP("AuditTrail", "Work orders")},
        {"purchase_orders", QT_TRANSLATE_NOOP("AuditTrail", "Purchase orders")},
        {"firm_planned_orders", QT_TRANSLATE_NOOP("AuditTrail", "Firm planned orders")},
        {"purchase_requisitions", QT_TRANSLATE_NOOP("AuditTrail", "Purchase requisitions")},
        {"items", QT_TRANSLATE_NOOP("AuditTrail", "Items")},
        {"boms", QT_TRANSLATE_NOOP("AuditTrail", "BOM")},
        {"routings", QT_TRANSLATE_NOOP("AuditTrail", "Routings")},
        {"workcenters", QT_TRANSLATE_NOOP("AuditTrail", "Work centers")},
        {"suppliers", QT_TRANSLATE_NOOP("AuditTrail", "Suppliers")},
        {"inventory", QT_TRANSLATE_NOOP("AuditTrail", "Stock")},
        {"settings", QT_TRANSLATE_NOOP("AuditTrail", "Planning settings")},
        {"calendar", QT_TRANSLATE_NOOP("AuditTrail", "Calendar")},
        {"changeovers", QT_TRANSLATE_NOOP("AuditTrail", "Changeovers")},
        {"pinned_operations", QT_TRANSLATE_NOOP("AuditTrail", "Pinned steps")},
        {"order_review", QT_TRANSLATE_NOOP("AuditTrail", "Order review policy")},
        {"plan", QT_TRANSLATE_NOOP("AuditTrail", "Plan releases")},
        {"completion_reports", QT_TRANSLATE_NOOP("AuditTrail", "Completion reports")},
        {"abnormal_hours", QT_TRANSLATE_NOOP("AuditTrail", "Abnormal hours")},
        {"purchase_receipts", QT_TRANSLATE_NOOP("AuditTrail", "Receipts and inspection")},
        {"purchase_promises", QT_TRANSLATE_NOOP("AuditTrail", "Promised dates")},
        {"material_issues", QT_TRANSLATE_NOOP("AuditTrail", "Material issues")},
        {"scenario", QT_TRANSLATE_NOOP("AuditTrail", "Scenario imports")},
        {"tables", QT_TRANSLATE_NOOP("AuditTrail", "Table imports")},
        {"user_roles", QT_TRANSLATE_NOOP("AuditTrail", "User roles")},
    };
    return names;
}

const std::map<std::string, const char*>& actionNames()
{
    static const std::map<std::string, const char*> names = {
        {"import", QT_TRANSLATE_NOOP("AuditTrail", "import")},
        {"edit", QT_TRANSLATE_NOOP("AuditTrail", "edit")},
        {"release", QT_TRANSLATE_NOOP("AuditTrail", "release")},
        {"record", QT_TRANSLATE_NOOP("AuditTrail", "record")},
        {"take_back", QT_TRANSLATE_NOOP("AuditTrail", "take back")},
        {"receive", QT_TRANSLATE_NOOP("AuditTrail", "receive")},
        {"inspect", QT_TRANSLATE_NOOP("AuditTrail", "inspect")},
        {"reopen_inspection", QT_TRANSLATE_NOOP("AuditTrail", "reopen inspection")},
        {"promise", QT_TRANSLATE_NOOP("AuditTrail", "promise")},
        {"issue", QT_TRANSLATE_NOOP("AuditTrail", "issue")},
        {"grant", QT_TRANSLATE_NOOP("AuditTrail", "grant")},
        {"revoke", QT_TRANSLATE_NOOP("AuditTrail", "revoke")},
    };
    return names;
}

QString nameIn(const std::map<std::string, const char*>& names, const std::string& key)
{
    const auto it = names.find(key);
    return it == names.end() ? QString::fromStdString(key) : QCoreApplication::translate("AuditTrail", it->second);
}

} // namespace

const std::vector<std::string>& AuditEventModel::entities()
{
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> result;
        for (const auto& [key, name] : entityNames())
            result.push_back(key);
        return result;
    }();
    return keys;
}

QString AuditEventModel::entityName(const std::string& entity)
{
    return nameIn(entityNames(), entity);
}

QString AuditEventModel::actionName(const std::string& action)
{
    return nameIn(actionNames(), action);
}

AuditEventModel::AuditEventModel(QObject* parent)
    : RowsTableModel({tr("When"), tr("User"), tr("Action"), tr("What"), tr("Code"), tr("Change")}, parent)
{
}

void AuditEventModel::setEvents(const std::vector<store::AuditEvent>& events)
{
    setRows({events.rbegin(), events.rend()});
}

QVariant AuditEventModel::cell(const store::AuditEvent& row, int column, int role) const
{
    if (role == KeyRole)
        return QString::number(row.id);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(column)) {
    case At: return QString::fromStdString(row.at).replace(QLatin1Char('T'), QLatin1Char(' '));
    case User: return QString::fromStdString(row.user);
    case Action: return actionName(row.action);
    case Entity: return entityName(row.entity);
    case Key: return QString::fromStdString(row.key);
    case Change:
        return row.before.empty() ? tr("created") : row.after.empty() ? tr("removed") : tr("changed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
