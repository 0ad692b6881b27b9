#include "store/UserRoles.h"

#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

namespace {

std::string departmentText(const core::RoleGrant& grant)
{
    return grant.department ? core::toString(*grant.department) : "";
}

} // namespace

long long UserRoles::count(const std::string& sql)
{
    Statement s = m_db.prepare(sql);
    s.step();
    return s.integer(0);
}

core::Access UserRoles::access()
{
    core::Access access;
    access.user = m_db.userName();
    // A file's single local user, and every login until the first role is assigned.
    if (!m_db.onServer() || count("SELECT count(*) FROM user_role") == 0) {
        access.unrestricted = true;
        return access;
    }
    Statement rows = m_db.prepare("SELECT role, department FROM user_role WHERE user_name = :user ORDER BY role, department");
    rows.bind(":user", access.user);
    while (rows.step()) {
        core::RoleGrant grant;
        if (!core::parseRole(rows.text(0), grant.role))
            throw StoreError("corrupt role \"" + rows.text(0) + "\" of " + access.user);
        core::Department department{};
        if (core::parseDepartment(rows.text(1), department))
            grant.department = department;
        else if (!rows.text(1).empty() || grant.role == core::Role::Reviewer)
            throw StoreError("corrupt department \"" + rows.text(1) + "\" of " + access.user + "'s role");
        access.grants.push_back(grant);
    }
    return access;
}

void UserRoles::require(core::Action action)
{
    const core::Access who = access();
    if (!who.may(action))
        throw AccessDenied(core::refusalText(who, action));
}

void UserRoles::requireEdit(const core::MasterDataEdit& edit)
{
    if (const auto refusal = core::editRefusal(access(), edit))
        throw AccessDenied(*refusal);
}

std::vector<UserGrant> UserRoles::all()
{
    std::vector<UserGrant> grants;
    Statement rows = m_db.prepare("SELECT user_name, role, department FROM user_role ORDER BY user_name, role, department");
    while (rows.step()) {
        UserGrant g{rows.text(0), {}};
        core::parseRole(rows.text(1), g.grant.role);
        core::Department department{};
        if (core::parseDepartment(rows.text(2), department))
            g.grant.department = department;
        grants.push_back(std::move(g));
    }
    return grants;
}

void UserRoles::grant(const std::string& user, const core::RoleGrant& grant)
{
    if (user.empty())
        throw StoreError("name the login to give the role to");
    if (grant.role == core::Role::Reviewer && !grant.department)
        throw StoreError("a reviewer reviews for one department: name it");
    Transaction tx(m_db);
    require(core::Action::ManageUsers);
    if (count("SELECT count(*) FROM user_role") == 0 && grant.role != core::Role::Admin)
        throw AccessDenied("the first role of a plant must be admin, so that somebody can assign the others; "
                           "grant admin to yourself first");
    m_db.prepare("INSERT INTO user_role (user_name, role, department) VALUES (:user, :role, :department) "
                 "ON CONFLICT (user_name, role, department) DO NOTHING")
        .bind(":user", user)
        .bind(":role", core::toString(grant.role))
        .bind(":department", departmentText(grant))
        .run();
    AuditTrail(m_db).record("grant", "user_roles", user, "",
                            nlohmann::json{{"role", core::toString(grant.role)}, {"department", departmentText(grant)}}.dump());
    tx.commit();
}

void UserRoles::revoke(const std::string& user, const std::string& role)
{
    Transaction tx(m_db);
    require(core::Action::ManageUsers);
    Statement remove = m_db.prepare("DELETE FROM user_role WHERE user_name = :user AND (:role = '' OR role = :role)");
    remove.bind(":user", user).bind(":role", role).run();
    if (m_db.changes() == 0)
        throw StoreError(user + " has no role " + (role.empty() ? std::string("at all") : role));
    if (count("SELECT count(*) FROM user_role") > 0 && count("SELECT count(*) FROM user_role WHERE role = 'admin'") == 0)
        throw AccessDenied("that would leave the plant without an administrator; nothing was changed");
    AuditTrail(m_db).record("revoke", "user_roles", user, nlohmann::json{{"role", role.empty() ? "all" : role}}.dump(), "");
    tx.commit();
}

} // namespace pmc::store
