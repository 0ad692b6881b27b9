#pragma once

#include "core/mrp/MrpResult.h"
#include "core/plan/ProgressBoard.h"
#include "core/scheduling/ScheduleRequest.h"

#include <QTime>

#include <optional>
#include <string>

namespace pmc::app {

class Document;

/// What one refresh of the progress board needs from the Document, copied on the UI thread so
/// that the board can be computed on a worker (computeProgressBoard).
struct ProgressBoardRequest {
    std::string databasePath;
    std::optional<core::MrpResult> mrp; ///< the Document's last run, when it has one
    std::optional<core::ScheduleResult> schedule; ///< the Document's current schedule, when it has one
    core::Date today; ///< the factory's today: the board's date
    int nowMinute = 0;
    core::BoardOptions options;

    /// The day the board's minutes count from (the schedule's day 0).
    core::Date minuteZero() const { return schedule ? schedule->today : today; }
};

/// The request for the board of the Document's today at the wall-clock time of day `now`
/// (the factory's today is the planner's day, which the shop floor reports against). UI thread.
ProgressBoardRequest progressBoardRequest(const Document& document, QTime now, const std::string& workshop);

/// The board of the request, read from the database on a connection of its own (the shop
/// floor's reports arrive there from pmc-cli or other desks): store::queryProgressBoard with
/// the Document's schedule, else the construction of the factory as it stood this morning.
/// Any thread.
core::ProgressBoard computeProgressBoard(const ProgressBoardRequest& request);

} // namespace pmc::app
