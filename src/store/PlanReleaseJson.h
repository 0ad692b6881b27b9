#pragma once

#include "core/plan/PlanRelease.h"
#include "core/plan/ReleaseReminder.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace pmc::store {

/// The stored form of a released plan: the `plan daily --json` document (DailyPlanJson.h) with
/// the times on the plan's date. Reads back what planToStoredJson wrote, also from releases
/// made before a field was added (the field then has its default).
std::string planToStoredJson(const core::DailyPlan& plan);
/// Throws StoreError when `text` is not such a document.
core::DailyPlan planFromStoredJson(const std::string& text);

/// A release as `pmc-cli plan release --json` / `plan versions --json` print it:
/// `{"date","workshop","version","released_by","released_at","note","pinned_steps",
///   "plan_number","lines","plan"}`; `plan` (the whole document) only `withPlan`.
nlohmann::ordered_json planReleaseToJson(const core::PlanRelease& release, bool withPlan);

/// `pmc-cli plan diff --json` changes: `[{"order","seq","item","item_name","changes":["moved","qty"],
///   "before":{"workcenter","unit","start","end","qty"}|null,"after":{…}|null}]`, times `HH:MM`
/// on the plan's date.
nlohmann::ordered_json planChangesToJson(const std::vector<core::PlanLineChange>& changes);

/// `pmc-cli plan status --json`: `{"plan_date","due","cutoff","released","overdue",
///   "unreleased_workshops":[…]}`.
nlohmann::ordered_json releaseReminderToJson(const core::ReleaseReminder& reminder);

} // namespace pmc::store
