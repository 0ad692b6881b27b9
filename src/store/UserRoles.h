#pragma once

#include "core/access/Access.h"
#include "store/StoreError.h"

#include <string>
#include <vector>

namespace pmc::store {

class Database;

/// A change the person's roles do not allow: nothing was changed.
class AccessDenied : public StoreError {
public:
    using StoreError::StoreError;
};

struct UserGrant {
    std::string user;
    core::RoleGrant grant;
};

/// The roles of the people sharing a server database (schema 0013, docs/server.md), enforced by
/// the store itself inside each write transaction, so the desktop, pmc-cli and any other client
/// meet the same rules. A SQLite file has a single local user, who may do everything.
class UserRoles {
public:
    explicit UserRoles(Database& db) : m_db(db) {}

    /// What the connection's user may do.
    core::Access access();
    /// Throws AccessDenied unless the connection's user may do `action`.
    void require(core::Action action);
    /// Throws AccessDenied unless the connection's user may store `edit`.
    void requireEdit(const core::MasterDataEdit& edit);

    std::vector<UserGrant> all();
    /// Gives `user` a role (an administrator's change). The first role of a plant must be an
    /// administrator's, so somebody can always assign the others.
    void grant(const std::string& user, const core::RoleGrant& grant);
    /// Takes a role back (every role of `user` when `role` is empty); never the last administrator.
    void revoke(const std::string& user, const std::string& role = {});

private:
    long long count(const std::string& sql);

    Database& m_db;
};

} // namespace pmc::store
