#include "core/plan/PlanRelease.h"

#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace pmc::core {

DailyPlan planOnItsDate(DailyPlan plan, Date today)
{
    const int shift = (plan.date - today) * 24 * 60;
    for (DailyPlanLine& line : plan.lines) {
        line.startMinute -= shift;
        line.endMinute -= shift;
    }
    return plan;
}

const char* toString(PlanChangeKind kind)
{
    switch (kind) {
    case PlanChangeKind::Added:
        return "added";
    case PlanChangeKind::Removed:
        return "removed";
    case PlanChangeKind::Moved:
        return "moved";
    case PlanChangeKind::QuantityChanged:
        return "qty";
    }
    return "";
}

namespace {

using LineKey = std::pair<std::string, int>;

// Quantities are stored rounded to 0.001 (jsonQuantity), so smaller differences are noise.
bool sameQuantity(double a, double b)
{
    return std::abs(a - b) < 5e-4;
}

std::vector<PlanChangeKind> changesBetween(const DailyPlanLine& before, const DailyPlanLine& after)
{
    std::vector<PlanChangeKind> kinds;
    if (before.workCenter != after.workCenter || before.unit != after.unit || before.startMinute != after.startMinute
        || before.endMinute != after.endMinute)
        kinds.push_back(PlanChangeKind::Moved);
    if (!sameQuantity(before.qty, after.qty))
        kinds.push_back(PlanChangeKind::QuantityChanged);
    return kinds;
}

} // namespace

std::vector<PlanLineChange> diffPlans(const DailyPlan& older, const DailyPlan& newer)
{
    std::map<LineKey, const DailyPlanLine*> before;
    for (const DailyPlanLine& line : older.lines)
        before.emplace(LineKey{line.order, line.seq}, &line);
    std::set<LineKey> stillThere;

    std::vector<PlanLineChange> changes;
    for (const DailyPlanLine& line : newer.lines) {
        const LineKey key{line.order, line.seq};
        const auto found = before.find(key);
        if (found == before.end()) {
            changes.push_back({line.order, line.seq, {PlanChangeKind::Added}, std::nullopt, line});
            continue;
        }
        stillThere.insert(key);
        std::vector<PlanChangeKind> kinds = changesBetween(*found->second, line);
        if (!kinds.empty())
            changes.push_back({line.order, line.seq, std::move(kinds), *found->second, line});
    }
    for (const DailyPlanLine& line : older.lines)
        if (!stillThere.contains({line.order, line.seq}))
            changes.push_back({line.order, line.seq, {PlanChangeKind::Removed}, line, std::nullopt});
    return changes;
}

const PlanRelease* latestRelease(const std::vector<PlanRelease>& releases, Date date, const std::string& workshop)
{
    const PlanRelease* latest = nullptr;
    for (const PlanRelease& release : releases)
        if (release.date == date && release.workshop == workshop && (!latest || release.version > latest->version))
            latest = &release;
    return latest;
}

} // namespace pmc::core
