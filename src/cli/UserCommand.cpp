#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include "store/FactoryDatabase.h"
#include "store/UserRoles.h"

#include <ostream>

namespace pmc::cli {

int runUser(CommandContext& context)
{
    const CommandLine args(context.words(), {});
    args.allowOnly({"department"});
    const std::vector<std::string>& words = args.positional();
    store::UserRoles roles(context.database().database());
    const std::string verb = words.empty() ? "list" : words[0];
    if (verb == "list" && words.size() <= 1) {
        const core::Access me = roles.access();
        context.out() << "you are " << me.user << ": " << me.roles()
                      << (me.unrestricted && context.database().database().onServer() ? " (no roles assigned yet)" : "")
                      << "\n";
        for (const store::UserGrant& g : roles.all())
            context.out() << "  " << g.user << "  " << core::toString(g.grant.role)
                          << (g.grant.department ? std::string(" ") + core::toString(*g.grant.department) : "") << "\n";
        return 0;
    }
    if (verb == "grant" && words.size() == 3) {
        core::RoleGrant grant;
        if (!core::parseRole(words[2], grant.role))
            throw UsageError("\"" + words[2] + "\" is not a role: admin, planner, reviewer, purchasing, reporter, viewer");
        if (const auto department = args.option("department")) {
            core::Department d{};
            if (!core::parseDepartment(*department, d))
                throw UsageError("--department: \"" + *department
                                 + "\" is not sales, engineering, quality, production, purchasing or pmc");
            grant.department = d;
        } else if (grant.role == core::Role::Reviewer) {
            throw UsageError("a reviewer reviews for a department: add --department D");
        }
        roles.grant(words[1], grant);
        context.out() << words[1] << " is now " << words[2]
                      << (grant.department ? std::string(" for ") + core::toString(*grant.department) : "") << "\n";
        return 0;
    }
    if (verb == "revoke" && (words.size() == 2 || words.size() == 3)) {
        roles.revoke(words[1], words.size() == 3 ? words[2] : "");
        context.out() << "revoked " << (words.size() == 3 ? words[2] : std::string("every role")) << " of " << words[1]
                      << "\n";
        return 0;
    }
    throw UsageError("use: user [list] | user grant LOGIN ROLE [--department D] | user revoke LOGIN [ROLE]");
}

} // namespace pmc::cli
