#pragma once

#include "core/orders/OrderReviewPolicy.h"
#include "core/orders/SalesOrderHistory.h"
#include "core/orders/SalesOrderWorkflow.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pmc::app {

/// Translated names of the sales order lifecycle, shared by models, dialogs and print.
QString displayName(core::SalesOrderStatus status);
QString displayName(core::Department department);
QString displayName(core::ReviewVerdict verdict);
QString displayName(core::ReviewRequirement requirement);
/// "Quality, Production": department names joined for a sentence.
QString departmentNames(const std::vector<core::Department>& departments);
/// The planner's sentence for why an order action is refused.
QString orderProblemText(const core::OrderProblem& problem);
QStringList orderProblemTexts(const std::vector<core::OrderProblem>& problems);
/// One history entry as "what: before → after".
QString historyText(const core::SalesOrderEvent& event);

} // namespace pmc::app
