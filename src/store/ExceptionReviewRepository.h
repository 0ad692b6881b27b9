#pragma once

#include "core/mrp/ExceptionReview.h"

#include <optional>
#include <vector>

namespace pmc::store {

class Database;

/// The planner's marks on MRP exception messages (schema 0006), kept apart from the run so
/// that they survive every re-run and restart. One row per core::ExceptionKey.
class ExceptionReviewRepository {
public:
    explicit ExceptionReviewRepository(Database& db) : m_db(db) {}

    /// Every stored review, by key.
    std::vector<core::ExceptionReview> all();
    /// Stores `review` under its key, replacing any review there; the caller provides the
    /// transaction.
    void store(const core::ExceptionReview& review);
    /// Removes the review under `key` (reopens the message); nothing when there is none.
    void remove(const core::ExceptionKey& key);

private:
    Database& m_db;
};

} // namespace pmc::store
