#pragma once

#include "core/orders/OrderProgress.h"

#include <QString>

namespace pmc::app {

/// The order progress in the planner's words (translated, context "OrderProgressText"), as the
/// planner reads it to the customer: statuses, delay causes and fixes.
namespace OrderProgressText {

QString status(core::OperationStatus status);
QString salesOrderStatus(core::SalesOrderStatus status);
/// `YYYY-MM-DD HH:MM` of a minute since `today` 00:00.
QString minute(core::Date today, int minute);
QString cause(const core::DelayCause& cause, core::Date today);
QString fix(const core::Fix& fix, core::Date today);

} // namespace OrderProgressText

} // namespace pmc::app
