#pragma once

#include "core/kpi/KpiHistory.h"

namespace pmc::store {

class Database;

/// Everything recorded that the KPIs read: completion reports, abnormal hours, material issues,
/// purchase receipts and the released daily plans.
core::KpiHistory readKpiHistory(Database& db);

} // namespace pmc::store
