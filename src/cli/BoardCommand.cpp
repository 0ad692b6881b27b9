#include "cli/Commands.h"

#include "cli/LastMrpRun.h"
#include "cli/PlanArguments.h"
#include "core/plan/ProgressBoard.h"
#include "store/FactoryDatabase.h"
#include "store/ProgressBoardJson.h"
#include "store/ProgressBoardQuery.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace pmc::cli {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

/// `--now HH:MM` as minutes of the board's date; without it the wall clock on the current
/// date, the end of an earlier date and the start of a later one.
int boardMinuteOfDay(const CommandLine& args, core::Date date)
{
    if (const std::optional<std::string> text = args.option("now")) {
        int hours = -1;
        int minutes = -1;
        char colon = 0;
        std::istringstream in(*text);
        in >> hours >> colon >> minutes;
        const bool wellFormed = in && in.peek() == std::char_traits<char>::eof() && colon == ':' && text->size() == 5;
        if (!wellFormed || hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > kMinutesPerDay)
            throw UsageError("--now: \"" + *text + "\" is not a time of day (HH:MM, 00:00 to 24:00)");
        return hours * 60 + minutes;
    }
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    const core::Date wallDate = core::Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    if (date < wallDate)
        return kMinutesPerDay;
    if (date > wallDate)
        return 0;
    return local.tm_hour * 60 + local.tm_min;
}

std::string percentText(const std::optional<double>& achievement)
{
    if (!achievement)
        return "-";
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << *achievement * 100 << "%";
    return text.str();
}

void printTotals(std::ostream& out, const core::BoardTotals& totals)
{
    out << "plan " << totals.planQty << ", actual " << totals.actualQty << " (" << percentText(totals.achievement)
        << "), due by now " << totals.dueQty << "; " << totals.behindRows << " behind, " << totals.lateLines
        << " late\n";
}

void printBoard(std::ostream& out, const core::ProgressBoard& board, int minuteOfDay)
{
    out << "progress board " << board.date.toString() << " " << core::formatClockMinutes(minuteOfDay) << "  "
        << (board.workshop.empty() ? std::string("all workshops") : board.workshop) << "\n";
    printTotals(out, board.totals);
    const int dayStart = board.nowMinute - minuteOfDay;
    for (const core::BoardWorkshop& workshop : board.workshops) {
        out << "\n" << workshop.workshop << ": ";
        printTotals(out, workshop.totals);
        out << std::left << std::setw(11) << "workcenter" << std::setw(5) << "unit" << std::setw(22) << "current"
            << std::setw(16) << "item" << std::right << std::setw(9) << "plan" << std::setw(9) << "actual"
            << std::setw(9) << "due" << std::setw(8) << "achv" << "  flags\n";
        for (std::size_t r = workshop.firstRow; r < workshop.firstRow + workshop.totals.rows; ++r) {
            const core::BoardRow& row = board.rows[r];
            std::string current = "-";
            if (row.current)
                current = row.current->order + "/" + std::to_string(row.current->seq)
                    + (row.current->running ? "" : " " + core::formatClockMinutes(row.current->startMinute - dayStart));
            std::string flags = row.behind ? "behind" : row.achieved ? "achieved" : "";
            if (!row.late.empty())
                flags += (flags.empty() ? "" : ", ") + std::to_string(row.late.size()) + " late";
            out << std::left << std::setw(11) << row.workCenter << std::setw(5) << row.unit << std::setw(22) << current
                << std::setw(16) << (row.current ? row.current->item : std::string("-")) << std::right << std::setw(9)
                << row.planQty << std::setw(9) << row.actualQty << std::setw(9) << row.dueQty << std::setw(8)
                << percentText(row.achievement) << "  " << flags << "\n";
        }
    }
}

} // namespace

int runBoard(CommandContext& context)
{
    const CommandLine args(context.words(), {"json"});
    args.allowOnly({"date", "now", "workshop"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument \"" + args.positional().front() + "\"");
    const core::Date date = planDate(args);
    const int minuteOfDay = boardMinuteOfDay(args, date);
    core::BoardOptions options;
    options.workshop = args.option("workshop").value_or("");

    store::FactoryDatabase& database = context.database();
    const core::FactoryModel model = database.load();
    checkWorkshop(model, options.workshop);
    const core::Date today = model.settings.today;
    const core::MrpResult mrp = lastOrFreshMrpRun(database);
    const int now = (date - today) * kMinutesPerDay + minuteOfDay;
    const core::ProgressBoard board = store::queryProgressBoard(database, &mrp, nullptr, date, now, options);
    if (args.flag("json"))
        context.out() << store::progressBoardToJson(board, today).dump(2) << "\n";
    else
        printBoard(context.out(), board, minuteOfDay);
    return 0;
}

} // namespace pmc::cli
