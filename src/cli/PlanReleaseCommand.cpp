// `plan release`, `plan versions`, `plan diff` and `plan status` (docs/plans.md "Release"): the
// released versions of the daily plan, what changed since, and the cut-off reminder.
#include "cli/Commands.h"

#include "cli/LastMrpRun.h"
#include "cli/PlanArguments.h"
#include "core/plan/PlanRelease.h"
#include "core/plan/ReleaseReminder.h"
#include "store/DailyPlanRelease.h"
#include "store/FactoryDatabase.h"
#include "store/PlanReleaseJson.h"
#include "store/PlanReleaseRepository.h"
#include "store/Timestamp.h"

#ifdef PMC_CLI_HAS_PDF
#include "app/print/PlanChangeNotice.h"
#include "cli/PrintApplication.h"
#endif

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace pmc::cli {

namespace {

std::string workshopText(const std::string& workshop)
{
    return workshop.empty() ? std::string("all workshops") : workshop;
}

int versionNumber(const std::string& text, const char* option)
{
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 1)
        throw UsageError(std::string(option) + ": a version number 1, 2, …, not \"" + text + "\"");
    return value;
}

const core::PlanRelease& findVersion(const std::vector<core::PlanRelease>& releases, core::Date date,
                                     const std::string& workshop, int version)
{
    const auto found = std::find_if(releases.begin(), releases.end(), [&](const core::PlanRelease& r) {
        return r.date == date && r.workshop == workshop && r.version == version;
    });
    if (found == releases.end())
        throw UsageError("no version " + std::to_string(version) + " of the plan of " + date.toString() + " ("
                         + workshopText(workshop) + "); see plan versions");
    return *found;
}

void printLines(std::ostream& out, const core::DailyPlan& plan)
{
    for (const core::DailyPlanLine& line : plan.lines)
        out << "  " << std::left << std::setw(11) << line.workCenter << std::setw(4) << line.unit << std::setw(14)
            << line.order << std::setw(16) << line.item << std::right << std::setw(5) << line.seq << std::setw(9)
            << line.qty << "  " << core::formatClockMinutes(line.startMinute) << "-"
            << core::formatClockMinutes(line.endMinute) << "\n";
}

int runRelease(CommandContext& context, const CommandLine& args)
{
    args.allowOnly({"date", "workshop", "note"});
    const core::Date date = planDate(args);
    const std::string workshop = args.option("workshop").value_or("");
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    checkWorkshop(model, workshop);
    if (date < model.settings.today)
        throw UsageError("--date: " + date.toString() + " is before today (" + model.settings.today.toString()
                         + "); a past day's plan cannot be released");
    const core::MrpResult run = lastOrFreshMrpRun(database);
    const core::PlanRelease release =
        store::releaseDailyPlan(database, run, date, workshop, args.option("note").value_or(""));
    if (args.flag("json")) {
        context.out() << store::planReleaseToJson(release, true).dump(2) << "\n";
        return 0;
    }
    context.out() << "released " << release.plan.planNumber << " version " << release.version << " by "
                  << release.releasedBy << " at " << release.releasedAt << ": " << release.plan.lines.size()
                  << " lines, " << release.pinnedSteps << " steps newly frozen before "
                  << (date + 1).toString() << "\n";
    printLines(context.out(), release.plan);
    return 0;
}

int runVersions(CommandContext& context, const CommandLine& args)
{
    args.allowOnly({"date", "workshop"});
    const core::Date date = planDate(args);
    const std::optional<std::string> workshop = args.option("workshop");
    std::vector<core::PlanRelease> releases = store::PlanReleaseRepository(context.database().database()).releases(date);
    if (workshop)
        std::erase_if(releases, [&](const core::PlanRelease& r) { return r.workshop != *workshop; });
    if (args.flag("json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const core::PlanRelease& release : releases)
            list.push_back(store::planReleaseToJson(release, false));
        context.out() << list.dump(2) << "\n";
        return 0;
    }
    if (releases.empty())
        context.out() << "the plan of " << date.toString() << " has not been released\n";
    for (const core::PlanRelease& release : releases)
        context.out() << release.plan.planNumber << "  V" << release.version << "  " << release.releasedAt << "  "
                      << release.releasedBy << "  " << release.plan.lines.size() << " lines"
                      << (release.note.empty() ? std::string() : "  " + release.note) << "\n";
    return 0;
}

void writeNotice(const std::vector<core::PlanLineChange>& changes, const core::PlanRelease& from,
                 std::optional<int> to, const core::PlanningSettings& settings, const std::string& fileName)
{
#ifdef PMC_CLI_HAS_PDF
    const std::unique_ptr<QGuiApplication> application = startPrintApplication(settings.printPaper);
    writeDocumentFiles(app::PlanChangeNotice(changes, app::changeHeading(from, to, settings.today)), fileName, std::nullopt);
#else
    (void)changes;
    (void)from;
    (void)to;
    (void)settings;
    (void)fileName;
    throw UsageError("--pdf: this pmc-cli was built without the Qt print layer (configure with PMC_BUILD_UI=ON)");
#endif
}

void printChanges(std::ostream& out, const std::vector<core::PlanLineChange>& changes)
{
    for (const core::PlanLineChange& change : changes) {
        std::string kinds;
        for (const core::PlanChangeKind kind : change.kinds)
            kinds += (kinds.empty() ? "" : ",") + std::string(core::toString(kind));
        const auto place = [](const std::optional<core::DailyPlanLine>& line) {
            if (!line)
                return std::string("-");
            std::ostringstream text;
            text << line->workCenter << "#" << line->unit << " " << core::formatClockMinutes(line->startMinute) << "-"
                 << core::formatClockMinutes(line->endMinute) << " qty " << line->qty;
            return text.str();
        };
        out << std::left << std::setw(14) << kinds << std::setw(14) << change.order << std::setw(5) << change.seq
            << std::setw(16) << change.line().item << place(change.before) << "  ->  " << place(change.after) << "\n";
    }
}

int runDiff(CommandContext& context, const CommandLine& args)
{
    args.allowOnly({"date", "workshop", "from", "to", "pdf"});
    const core::Date date = planDate(args);
    const std::string workshop = args.option("workshop").value_or("");
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    checkWorkshop(model, workshop);
    const std::vector<core::PlanRelease> releases = store::PlanReleaseRepository(database.database()).releases(date);
    const core::PlanRelease* latest = core::latestRelease(releases, date, workshop);
    if (!latest)
        throw UsageError("the plan of " + date.toString() + " (" + workshopText(workshop)
                         + ") has not been released; nothing to compare");

    const std::optional<std::string> toText = args.option("to");
    const std::optional<int> to = toText && *toText != "current" ? std::optional(versionNumber(*toText, "--to"))
                                                                 : std::nullopt;
    int from = latest->version;
    if (const std::optional<std::string> fromText = args.option("from"))
        from = versionNumber(*fromText, "--from");
    else if (to && *to == 1)
        throw UsageError("--to 1: version 1 is the first release; compare it with --from N --to current");
    else if (to)
        from = *to - 1;
    if (to && from >= *to)
        throw UsageError("--from must be an older version than --to");
    const core::PlanRelease& older = findVersion(releases, date, workshop, from);
    const core::DailyPlan newer = to ? findVersion(releases, date, workshop, *to).plan
                                     : store::currentDailyPlan(database, lastOrFreshMrpRun(database), date, workshop);
    const std::vector<core::PlanLineChange> changes = core::diffPlans(older.plan, newer);

    if (const std::optional<std::string> pdf = args.option("pdf")) {
        writeNotice(changes, older, to, model.settings, *pdf);
        if (!args.flag("json"))
            context.out() << "wrote " << *pdf << " (" << changes.size() << " changes)\n";
    }
    if (args.flag("json")) {
        nlohmann::ordered_json json;
        json["date"] = date.toString();
        json["workshop"] = workshop.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(workshop);
        json["from"] = from;
        json["to"] = to ? nlohmann::ordered_json(*to) : nlohmann::ordered_json("current");
        json["changes"] = store::planChangesToJson(changes);
        context.out() << json.dump(2) << "\n";
    } else if (!args.option("pdf")) {
        context.out() << older.plan.planNumber << "  V" << from << " -> "
                      << (to ? "V" + std::to_string(*to) : std::string("current")) << ": " << changes.size()
                      << " changes\n";
        printChanges(context.out(), changes);
    }
    return 0;
}

// `--now YYYY-MM-DDTHH:MM`, else the local clock.
std::pair<core::Date, int> statusTime(const CommandLine& args)
{
    const std::string text = args.option("now").value_or(store::localTimestampNow().substr(0, 16));
    const auto t = text.find('T');
    const auto date = t == std::string::npos ? std::nullopt : core::Date::parse(text.substr(0, t));
    const auto minute = t == std::string::npos ? std::nullopt : core::parseClockMinutes(text.substr(t + 1));
    if (!date || !minute || *minute >= 24 * 60)
        throw UsageError("--now: must be a timestamp YYYY-MM-DDTHH:MM, not \"" + text + "\"");
    return {*date, *minute};
}

int runStatus(CommandContext& context, const CommandLine& args)
{
    args.allowOnly({"now"});
    const auto [date, minute] = statusTime(args);
    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    const std::optional<core::ReleaseReminder> reminder = core::releaseReminder(
        model, store::PlanReleaseRepository(database.database()).releases(), date, minute);
    if (!reminder)
        throw UsageError("the calendar has no working day in the year after " + date.toString());
    if (args.flag("json")) {
        context.out() << store::releaseReminderToJson(*reminder).dump(2) << "\n";
        return 0;
    }
    context.out() << "plan of " << reminder->planDate.toString() << " due by " << reminder->dueDate.toString() << " "
                  << core::formatClockMinutes(reminder->dueMinute) << ": "
                  << (reminder->released ? "released"
                      : reminder->overdue ? "NOT released, overdue"
                                          : "not released yet");
    std::string missing;
    for (const std::string& workshop : reminder->unreleasedWorkshops)
        missing += (missing.empty() ? "" : ", ") + workshop;
    if (!reminder->released && !missing.empty())
        context.out() << " (workshops without a release: " << missing << ")";
    context.out() << "\n";
    return 0;
}

} // namespace

bool isPlanReleaseKind(const std::string& kind)
{
    return kind == "release" || kind == "versions" || kind == "diff" || kind == "status";
}

int runPlanRelease(CommandContext& context, const CommandLine& args)
{
    if (args.positional().size() > 1)
        throw UsageError("unexpected argument \"" + args.positional()[1] + "\"");
    const std::string& kind = args.positional().front();
    if (kind == "release")
        return runRelease(context, args);
    if (kind == "versions")
        return runVersions(context, args);
    if (kind == "diff")
        return runDiff(context, args);
    return runStatus(context, args);
}

} // namespace pmc::cli
