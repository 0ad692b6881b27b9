#pragma once

#include "core/FactoryModel.h"
#include "store/ExecutionHistoryRows.h"

#include <nlohmann/json.hpp>

namespace pmc::store {

class JsonFields;

/// Reads the history sections of a scenario (`completion_reports`, `abnormal_hours`,
/// `purchase_receipts`, `purchase_promises`, `material_issues`; docs/interchange-notes.md) into
/// `history`, each problem with its JSON path: reports, receipts, promises and issues must name
/// an order of `model`; abnormal hours keep their work center and order as text, like the table.
void readExecutionHistory(JsonFields& in, const nlohmann::json& document, const core::FactoryModel& model,
                          ExecutionHistory& history);

/// Appends the history sections that hold rows to `document`.
void writeExecutionHistory(const ExecutionHistory& history, nlohmann::ordered_json& document);

} // namespace pmc::store
