#include "core/execution/MaterialIssue.h"

#include "core/FactoryModel.h"
#include "core/QuantityText.h"
#include "core/execution/ShopFloorRecord.h"
#include "core/mrp/MrpTolerance.h"

#include <algorithm>

namespace pmc::core {

double issuedQuantity(const std::vector<MaterialIssue>& issues, const std::string& workOrder, const std::string& item)
{
    double sum = 0;
    for (const MaterialIssue& issue : issues)
        if (issue.workOrder == workOrder && issue.item == item)
            sum += issue.qty;
    return sum;
}

ValidationResult checkMaterialIssue(const FactoryModel& model, const std::vector<MaterialIssue>& existing,
                                    const MaterialIssue& next)
{
    ValidationResult result;
    if (next.qty == 0)
        result.add("--qty", "the quantity must be above 0");
    const WorkOrder* order = recordedWorkOrder(model, next.workOrder, next.date, result);
    if (!order)
        return result;
    if (!model.findItem(next.item)) {
        result.add("--item", "unknown item \"" + next.item + "\"");
        return result;
    }
    const bool inBom = std::any_of(model.boms.begin(), model.boms.end(), [&](const BomLine& line) {
        return line.parent == order->item && line.component == next.item;
    });
    if (!inBom) {
        result.add("--item", next.item + " is not in the bill of materials of " + order->item + " (" + next.workOrder
                                 + ")");
        return result;
    }
    const double issued = issuedQuantity(existing, next.workOrder, next.item);
    if (next.qty < 0 && isBelowWithTolerance(issued, -next.qty))
        result.add("--qty", "cannot return " + quantityText(-next.qty) + " of " + next.item + ": only "
                                + quantityText(issued) + " were issued to " + next.workOrder);
    return result;
}

} // namespace pmc::core
