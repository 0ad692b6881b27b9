#include "core/plan/ReleaseReminder.h"

#include <algorithm>

namespace pmc::core {

namespace {

constexpr int kSearchDays = 366;

bool releasedFor(const std::vector<PlanRelease>& releases, Date date, const std::string& workshop)
{
    return std::any_of(releases.begin(), releases.end(),
                       [&](const PlanRelease& r) { return r.date == date && r.workshop == workshop; });
}

} // namespace

std::optional<ReleaseReminder> releaseReminder(const FactoryModel& model, const std::vector<PlanRelease>& releases,
                                               Date date, int minute)
{
    const Calendar& calendar = model.calendar;
    ReleaseReminder reminder;
    int ahead = 1;
    while (ahead <= kSearchDays && !calendar.isWorkday(date + ahead))
        ++ahead;
    if (ahead > kSearchDays)
        return std::nullopt;
    reminder.planDate = date + ahead;
    // Nobody releases on a Sunday: the plan of Monday was due on Friday's cut-off.
    reminder.dueDate = date;
    for (int back = 1; back <= kSearchDays; ++back)
        if (calendar.isWorkday(reminder.planDate - back)) {
            reminder.dueDate = reminder.planDate - back;
            break;
        }
    reminder.dueMinute = model.settings.planReleaseCutoffMinute;

    if (releasedFor(releases, reminder.planDate, {})) {
        reminder.released = true;
    } else {
        bool unnamed = false;
        for (const WorkCenter& wc : model.workCenters) {
            if (wc.workshop.empty())
                unnamed = true;
            else if (!releasedFor(releases, reminder.planDate, wc.workshop)
                     && std::find(reminder.unreleasedWorkshops.begin(), reminder.unreleasedWorkshops.end(), wc.workshop)
                         == reminder.unreleasedWorkshops.end())
                reminder.unreleasedWorkshops.push_back(wc.workshop);
        }
        // Work centers outside any workshop are only in the all-workshop plan.
        reminder.released = !unnamed && reminder.unreleasedWorkshops.empty() && !model.workCenters.empty();
    }
    const bool pastCutoff = date > reminder.dueDate || (date == reminder.dueDate && minute >= reminder.dueMinute);
    reminder.overdue = !reminder.released && pastCutoff;
    return reminder;
}

} // namespace pmc::core
