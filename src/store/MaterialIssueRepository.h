#pragma once

#include "core/execution/MaterialIssue.h"

#include <vector>

namespace pmc::store {

class Database;

/// Material issued to and returned from work orders (schema 0009, docs/plans.md "Material
/// issue"). Refers to the database it was made with; not thread-safe, like Database.
class MaterialIssueRepository {
public:
    explicit MaterialIssueRepository(Database& db) : m_db(db) {}

    /// Every stored issue and return, in the order they were recorded.
    std::vector<core::MaterialIssue> issues();
    /// Checks `issue` against the stored data (core::checkMaterialIssue) and stores it in its own
    /// transaction, so two returns at once cannot take back more than was issued. Throws
    /// InputError, with nothing written, when refused.
    void record(const core::MaterialIssue& issue);

private:
    Database& m_db;
};

} // namespace pmc::store
