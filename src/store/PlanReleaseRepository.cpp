#include "store/PlanReleaseRepository.h"

#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/PlanReleaseJson.h"
#include "store/Statement.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace pmc::store {

namespace {

constexpr std::string_view kSelect = "SELECT plan_date, workshop, version, released_by, released_at, note, "
                                     "pinned_steps, plan_json FROM plan_release";
constexpr std::string_view kOrder = " ORDER BY plan_date, workshop, version";
constexpr std::string_view kNextVersion =
    "SELECT COALESCE(MAX(version), 0) + 1 FROM plan_release WHERE plan_date = :date AND workshop = :workshop";
constexpr std::string_view kInsert =
    "INSERT INTO plan_release (plan_date, workshop, version, released_by, released_at, note, pinned_steps, plan_json) "
    "VALUES (:date, :workshop, :version, :by, :at, :note, :pinned, :plan)";

} // namespace

std::vector<core::PlanRelease> PlanReleaseRepository::releases(std::optional<core::Date> date)
{
    Statement rows = date ? m_db.prepare(std::string(kSelect) + " WHERE plan_date = :date" + std::string(kOrder))
                          : m_db.prepare(std::string(kSelect) + std::string(kOrder));
    if (date)
        rows.bind(":date", date->toString());
    std::vector<core::PlanRelease> result;
    while (rows.step())
        result.push_back({rows.date(0), rows.text(1), static_cast<int>(rows.integer(2)), rows.text(3), rows.text(4),
                          rows.text(5), static_cast<int>(rows.integer(6)), planFromStoredJson(rows.text(7))});
    return result;
}

int PlanReleaseRepository::nextVersion(core::Date date, const std::string& workshop)
{
    Statement next = m_db.prepare(kNextVersion);
    next.bind(":date", date.toString()).bind(":workshop", workshop);
    next.step();
    return static_cast<int>(next.integer(0));
}

void PlanReleaseRepository::insert(const core::PlanRelease& release)
{
    m_db.prepare(kInsert)
        .bind(":date", release.date.toString())
        .bind(":workshop", release.workshop)
        .bind(":version", release.version)
        .bind(":by", release.releasedBy)
        .bind(":at", release.releasedAt)
        .bind(":note", release.note)
        .bind(":pinned", release.pinnedSteps)
        .bind(":plan", planToStoredJson(release.plan))
        .run();
    // The release itself; its lines stay in the release row (the `plan` column).
    AuditTrail(m_db).record("release", "plan",
                            release.date.toString() + (release.workshop.empty() ? "" : " " + release.workshop) + " V"
                                + std::to_string(release.version),
                            "",
                            nlohmann::json{{"date", release.date.toString()}, {"workshop", release.workshop},
                                           {"version", release.version}, {"note", release.note},
                                           {"pinned_steps", release.pinnedSteps}}
                                .dump());
}

} // namespace pmc::store
