#pragma once

#include "core/Date.h"
#include "core/execution/AbnormalCause.h"
#include "core/diagnostics/ValidationResult.h"

#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// Hours a work center lost on `date` for one cause (异常工时申报): they explain a day's missed
/// plan and make the 缺料工时率 and the Pareto of causes.
struct AbnormalHours {
    Date date;
    std::string workCenter;
    std::string workOrder; ///< the order that was held up, empty when none in particular
    AbnormalCause cause = AbnormalCause::Other;
    double hours = 0; ///< labour hours lost (people × hours), as the shop floor declares them
    std::string owner; ///< the department or person responsible (责任部门/责任人)
    std::string note;

    bool operator==(const AbnormalHours&) const = default;
};

/// Checks one record: a known work center, a known work order when one is named, hours above 0,
/// a date not after today. Each issue's path
/// is the command-line option it concerns.
ValidationResult checkAbnormalHours(const FactoryModel& model, const AbnormalHours& record);

} // namespace pmc::core
