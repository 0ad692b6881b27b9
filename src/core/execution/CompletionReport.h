#pragma once

#include "core/Date.h"
#include "core/diagnostics/ValidationResult.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;
struct WorkOrder;

/// One shop-floor return (the 08:30 report): what one operation of a work order passed on
/// (`goodQty`, QC-passed and handed to the next operation) and scrapped on `date`, by whom and
/// in how many hours.
struct CompletionReport {
    std::string workOrder;
    int seq = 10;
    Date date;
    double goodQty = 0;
    double scrapQty = 0;
    std::string scrapReason;
    /// The worker or team (班组) who did the work; piece-rate pay and team efficiency group by it.
    std::string worker;
    /// Labour hours spent (people × hours); 0 when not reported.
    double labourHours = 0;

    bool operator==(const CompletionReport&) const = default;
};

/// The last operation's seq of the item's routing, or nullopt when it has none. Good quantity
/// reported on this operation is finished product of the work order.
std::optional<int> lastOperationSeq(const FactoryModel& model, const std::string& item);

/// What operation `seq` of `order` can still report (good + scrap), given the reports already
/// made on the order. The first operation can work what is neither imported as completed nor
/// already reported on it; a later one only what the previous operation passed as good.
double openForOperation(const FactoryModel& model, const WorkOrder& order, const std::vector<CompletionReport>& existing,
                        int seq);

/// Checks that no operation reports more than the previous one passed on as good, over every
/// work order of `reports` (what taking a report back must not break). The path of an issue
/// names the work order and operation.
ValidationResult checkReportChain(const FactoryModel& model, const std::vector<CompletionReport>& reports);

/// Checks `next` against the model and the reports already made on its work order. Each issue's
/// path is the command-line option it concerns (`--order`, `--seq`, `--good`, …).
ValidationResult checkCompletionReport(const FactoryModel& model, const std::vector<CompletionReport>& existing,
                                       const CompletionReport& next);

} // namespace pmc::core
