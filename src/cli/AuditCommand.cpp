#include "cli/Commands.h"

#include "store/AuditTrail.h"
#include "store/FactoryDatabase.h"
#include "store/Spreadsheet.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace pmc::cli {

namespace {

using nlohmann::ordered_json;

/// The audit trail as a sheet (修改记录): one row per change, the rows before and after as JSON.
store::Sheet auditSheet(const std::vector<store::AuditEvent>& events)
{
    store::Sheet sheet;
    sheet.name = "修改记录";
    sheet.rows.push_back({"时间 At", "用户 User", "操作 Action", "对象 Entity", "编码 Key", "修改前 Before", "修改后 After"});
    for (const store::AuditEvent& e : events)
        sheet.rows.push_back({e.at, e.user, e.action, e.entity, e.key, e.before, e.after});
    return sheet;
}

ordered_json parsedOrNull(const std::string& text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json::parse(text);
}

} // namespace

int runAudit(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"from", "to", "entity", "key", "xlsx"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    store::AuditFilter filter;
    filter.from = args.date("from");
    filter.to = args.date("to");
    if (filter.from && filter.to && *filter.to < *filter.from)
        throw UsageError("--from: " + filter.from->toString() + " is after --to " + filter.to->toString());
    filter.entity = args.option("entity").value_or("");
    filter.key = args.option("key").value_or("");
    const std::vector<store::AuditEvent> events = store::AuditTrail(context.database().database()).events(filter);

    if (const std::optional<std::string> file = args.option("xlsx")) {
        store::writeXlsx(*file, {{auditSheet(events)}});
        context.out() << "wrote " << events.size() << " changes to " << *file << "\n";
        return 0;
    }
    if (args.flag("json")) {
        ordered_json list = ordered_json::array();
        for (const store::AuditEvent& e : events)
            list.push_back({{"at", e.at}, {"user", e.user}, {"action", e.action}, {"entity", e.entity}, {"key", e.key},
                            {"before", parsedOrNull(e.before)}, {"after", parsedOrNull(e.after)}});
        context.out() << list.dump(2) << "\n";
        return 0;
    }
    std::ostream& out = context.out();
    for (const store::AuditEvent& e : events)
        out << e.at << "  " << e.user << "  " << e.action << " " << e.entity << (e.key.empty() ? "" : " " + e.key) << "\n";
    out << events.size() << " changes\n";
    return 0;
}

} // namespace pmc::cli
