#pragma once

#include "core/execution/AbnormalHours.h"
#include "core/execution/CompletionReport.h"
#include "core/orders/Orders.h"

#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// Shop-floor execution data (schemas 0003, 0011): completion reports and their effect on the
/// work orders' completed quantity, and abnormal hours.
class ExecutionRepository {
public:
    explicit ExecutionRepository(Database& db) : m_db(db) {}

    /// Every stored report, in the order they were recorded.
    std::vector<core::CompletionReport> reports();
    /// Checks `report` against the stored data and, when accepted, stores it and adds a last
    /// operation's good quantity to the work order's completed_qty, in its own transaction, so a
    /// concurrent report cannot overbook the same operation. Throws InputError (nothing written)
    /// when refused; returns the work order as it now is.
    core::WorkOrder record(const core::CompletionReport& report);
    /// Whether recordAll takes a report equal field for field to a stored one (order, step, date,
    /// quantities, reason, worker, hours): what recording the same sheet twice produces.
    enum class Repeats { Allowed, Refused };
    /// Checks several reports (a team's day, an imported sheet) together, each against the stored
    /// ones and those before it, and stores all of them in one transaction, or none: the
    /// InputError names each refused report by its label (`labels[k]`, e.g. the sheet's row;
    /// `row N`, 1-based, without labels) and its option. With Repeats::Refused, a report that
    /// repeats a stored one is refused naming that report (`--allow-repeat`); equal reports within
    /// `reports` are fine (two workers may report the same). Returns the stored reports' ids, in
    /// the order of `reports`.
    std::vector<long long> recordAll(const std::vector<core::CompletionReport>& reports,
                                     const std::vector<std::string>& labels = {}, Repeats repeats = Repeats::Allowed);
    /// Takes stored reports back (the undo of recordAll), with the finished quantity they booked,
    /// in one transaction. Refused (InputError, nothing changed) when a later operation already
    /// reported the units one of them passed on.
    void remove(const std::vector<long long>& ids);

    std::vector<core::AbnormalHours> abnormalHours();
    /// Checks (core::checkAbnormalHours) and stores one record; InputError when refused.
    /// Returns its stored id.
    long long record(const core::AbnormalHours& record);
    /// Takes abnormal-hours record `id` back (the undo of record()).
    void removeAbnormalHours(long long id);

private:
    /// Abnormal hours rows matching `where` (empty, or a condition on `:id`), oldest first.
    std::vector<core::AbnormalHours> readAbnormalHours(const std::string& where, long long id);

    Database& m_db;
};

} // namespace pmc::store
