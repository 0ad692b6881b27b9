#include "core/execution/ShopFloorRecord.h"

#include "core/FactoryModel.h"

#include <algorithm>

namespace pmc::core {

const WorkOrder* recordedWorkOrder(const FactoryModel& model, const std::string& number, Date date,
                                   ValidationResult& result)
{
    if (date > model.settings.today)
        result.add("--date", date.toString() + " is after today (" + model.settings.today.toString() + ")");
    const auto order = std::find_if(model.workOrders.begin(), model.workOrders.end(),
                                    [&](const WorkOrder& w) { return w.number == number; });
    if (order == model.workOrders.end()) {
        result.add("--order", "unknown work order \"" + number + "\"");
        return nullptr;
    }
    return &*order;
}

} // namespace pmc::core
