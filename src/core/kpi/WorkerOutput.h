#pragma once

#include "core/Date.h"
#include "core/execution/CompletionReport.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// What one worker or team earned on one routing step of one work order in a period: good units
/// × the step's piece rate (计件工资).
struct PieceWork {
    std::string workOrder;
    std::string item;
    int seq = 0;
    std::string workCenter;
    double goodQty = 0;
    double pieceRate = 0;
    double amount = 0;
};

/// One worker's or team's output over a period (个人/班组产量与效率): the piece-rate pay and the
/// efficiency (standard hours of the output ÷ hours worked, threshold 90 % in seed 004).
struct WorkerOutput {
    std::string worker; ///< "" for reports that name nobody
    double goodQty = 0;
    double scrapQty = 0;
    double labourHours = 0;
    double earnedHours = 0; ///< standard hours of the output of reports with labour hours
    double pay = 0;
    std::vector<PieceWork> pieceWork; ///< by work order and step, in the order first reported

    std::optional<double> efficiency() const
    {
        return labourHours > 0 ? std::optional<double>(earnedHours / labourHours) : std::nullopt;
    }
};

/// Every worker or team that reported in `period`, by name. Steps without a piece rate appear
/// with amount 0, so the payroll clerk sees what is missing a rate.
std::vector<WorkerOutput> workerOutput(const FactoryModel& model, const std::vector<CompletionReport>& reports,
                                       const DateRange& period);

} // namespace pmc::core
