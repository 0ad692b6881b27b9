#pragma once

#include "core/plan/PlanRelease.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// The released versions of daily plans (schema 0010, docs/plans.md "Release"). Refers to the
/// database it was made with; not thread-safe, like Database.
class PlanReleaseRepository {
public:
    explicit PlanReleaseRepository(Database& db) : m_db(db) {}

    /// The releases of `date` (every date when nullopt), by date, workshop and version.
    std::vector<core::PlanRelease> releases(std::optional<core::Date> date = std::nullopt);
    /// The version the next release of `date` and `workshop` gets (1 for the first).
    int nextVersion(core::Date date, const std::string& workshop);
    /// Stores `release` with its plan; the caller provides the transaction. Throws StoreError
    /// when that version of the date and workshop is stored already.
    void insert(const core::PlanRelease& release);

private:
    Database& m_db;
};

} // namespace pmc::store
