#pragma once

#include "core/orders/SalesOrder.h"

#include <QString>

/// The fixed Chinese captions printed forms carry whatever the interface language (the
/// translated name, app::displayName, goes under them).
namespace pmc::app::form
{

QString departmentChinese(core::Department department);
QString verdictChinese(core::ReviewVerdict verdict);

} // namespace pmc::app::form
