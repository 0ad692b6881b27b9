#pragma once

#include "store/StoreError.h"

#include <string>
#include <vector>

namespace pmc::core {
struct FactoryModel;
struct MasterDataEdit;
} // namespace pmc::core

namespace pmc::store {

/// A row someone else saved after this editor read it: the edit was made against `started`
/// (scenario JSON, "null" for a new row), the store now holds `stored`, the edit wanted `yours`.
struct EditConflict {
    std::string section; ///< scenario section: items, sales_orders, settings, …
    std::string key;     ///< code or number, empty for a whole section
    std::string started;
    std::string stored;
    std::string yours;
    std::string storedBy; ///< user and time of the last stored change, when the audit trail knows
};

/// Refusal of an edit whose rows changed underneath it: nothing was saved. The message names
/// every conflicting row and shows both versions, so nobody's work is silently overwritten.
class EditConflictError : public StoreError {
public:
    explicit EditConflictError(std::vector<EditConflict> conflicts);
    const std::vector<EditConflict>& conflicts() const { return m_conflicts; }

private:
    std::vector<EditConflict> m_conflicts;
};

/// Optimistic locking by content: each row the edit changes or removes must still be stored as
/// the edit found it (its `before`), and a row it adds must not have been added meanwhile. The
/// row itself is the version: any save of other values since is a conflict, a save of the same
/// values is not.
std::vector<EditConflict> findEditConflicts(const core::FactoryModel& stored, const core::MasterDataEdit& edit);

} // namespace pmc::store
