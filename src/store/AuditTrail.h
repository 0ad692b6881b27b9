#pragma once

#include "core/Date.h"
#include "store/ExecutionHistoryRows.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {
struct MasterDataEdit;
}

namespace pmc::store {

class Database;

/// One change on record: who, when, what and the row before and after (scenario JSON).
struct AuditEvent {
    long long id = 0;
    std::string at; ///< local time `YYYY-MM-DDTHH:MM:SS`
    std::string user;
    std::string action;
    std::string entity; ///< scenario section (`items`, `sales_orders`, `settings`, …) or `plan`
    std::string key;    ///< code or number of the row, empty for a whole section
    std::string before; ///< JSON, empty when the row was created
    std::string after;  ///< JSON, empty when it was removed
};

/// Which events to read: a period of days, an entity, a key; empty = any.
struct AuditFilter {
    std::optional<core::Date> from;
    std::optional<core::Date> to;
    std::string entity;
    std::string key;
};

/// The audit trail (schema 0012, docs/audit.md), written by the store inside the transaction of
/// the change it describes, so a change and its record commit or vanish together. The user is
/// the connection's (Database::userName): the server login, or the local login of a file.
class AuditTrail {
public:
    explicit AuditTrail(Database& db) : m_db(db) {}

    void record(const std::string& action, const std::string& entity, const std::string& key,
                const std::string& before, const std::string& after);
    /// One event per row (or small section) a master-data edit changes.
    void recordEdit(const core::MasterDataEdit& edit, const std::string& action = "edit");
    /// One event per row of `rows` (receipts, reports, …) recorded (`before` empty) or taken back
    /// (`after` empty) by `action`.
    void recordRows(const std::string& action, const ExecutionHistory& rows, bool takenBack = false);
    /// One event per row changed in place: the k-th row of `before` became the k-th of `after`.
    void recordRowChange(const std::string& action, const ExecutionHistory& before, const ExecutionHistory& after);

    /// Matching events, oldest first.
    std::vector<AuditEvent> events(const AuditFilter& filter);

private:
    Database& m_db;
};

} // namespace pmc::store
