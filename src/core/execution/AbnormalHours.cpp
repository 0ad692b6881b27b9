#include "core/execution/AbnormalHours.h"

#include "core/EnumNames.h"
#include "core/FactoryModel.h"
#include "core/execution/ShopFloorRecord.h"

#include <algorithm>

namespace pmc::core {

namespace {

constexpr EnumNames<AbnormalCause, 5> kCauseNames{{{"material", AbnormalCause::Material},
                                                   {"equipment", AbnormalCause::Equipment},
                                                   {"tooling", AbnormalCause::Tooling},
                                                   {"quality", AbnormalCause::Quality},
                                                   {"other", AbnormalCause::Other}}};

} // namespace

const char* toString(AbnormalCause cause) { return nameOf(kCauseNames, cause); }

bool parseAbnormalCause(const std::string& text, AbnormalCause& out) { return parseName(kCauseNames, text, out); }

ValidationResult checkAbnormalHours(const FactoryModel& model, const AbnormalHours& record)
{
    ValidationResult result;
    if (!record.workOrder.empty())
        recordedWorkOrder(model, record.workOrder, record.date, result);
    else if (record.date > model.settings.today)
        result.add("--date", record.date.toString() + " is after today (" + model.settings.today.toString() + ")");
    const auto center = std::find_if(model.workCenters.begin(), model.workCenters.end(),
                                     [&](const WorkCenter& w) { return w.code == record.workCenter; });
    if (center == model.workCenters.end())
        result.add("--workcenter", "unknown work center \"" + record.workCenter + "\"");
    if (!(record.hours > 0))
        result.add("--hours", "the lost hours must be above 0");
    return result;
}

} // namespace pmc::core
