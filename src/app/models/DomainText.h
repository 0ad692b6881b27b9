#pragma once

#include "core/execution/AbnormalCause.h"
#include "core/masterdata/Item.h"
#include "core/mrp/MrpResult.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <QString>

#include <optional>

namespace pmc::app {

/// Translated display names of domain enumerations, shared by every model and report.
QString displayName(core::ItemType type);
QString displayName(core::ItemSource source);
QString displayName(core::LotRule rule);
QString displayName(core::MrpException::Kind kind);
/// 缺料, 设备, 工装, 品质, 其他 in Chinese.
QString displayName(core::AbnormalCause cause);
/// Empty for a lot that passed as it is.
QString displayName(core::Disposition disposition);
/// The planner's text of an exception message, built from its kind, dates and order (the
/// core's message is English). `supplyDue` is the expedited order's own due date, when known.
QString exceptionText(const core::MrpException& exception, std::optional<core::Date> supplyDue = {});

} // namespace pmc::app
