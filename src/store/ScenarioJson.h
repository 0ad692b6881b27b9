#pragma once

#include "core/FactoryModel.h"
#include "core/diagnostics/ValidationResult.h"
#include "store/ExecutionHistoryRows.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pmc::store {

/// The outcome of reading a scenario document: the model and the plant's history when `errors`
/// is empty, plus warnings for keys that were ignored.
struct ScenarioReadResult {
    core::FactoryModel model;
    ExecutionHistory history;
    /// Whether the document has an `abnormal_hours` section. Abnormal hours outlive an import that
    /// replaces the orders (schema 0011); a scenario that carries them replaces them.
    bool hasAbnormalHours = false;
    core::ValidationResult errors;
    std::vector<std::string> warnings;
};

/// Reads a `pmc-scenario/1` document (interchange.md §1): types, required keys and formats are
/// checked here with JSON paths, then the model's cross-references by core::validateFactory.
ScenarioReadResult readScenario(const nlohmann::json& document);
/// Parses text first; a syntax error is reported with its byte offset.
ScenarioReadResult readScenarioText(const std::string& text);

/// Writes the model as a `pmc-scenario/1` document in the contract's key order, followed by the
/// history sections that hold rows (docs/interchange-notes.md).
nlohmann::ordered_json writeScenario(const core::FactoryModel& model, const ExecutionHistory& history = {});

/// One sales order as the scenario writes it (lifecycle keys only where they are set).
nlohmann::ordered_json writeSalesOrder(const core::SalesOrder& order);

/// A quantity as JSON: integral values print as integers, so exports read like the input.
nlohmann::ordered_json jsonQuantity(double value);

/// The project's own optional keys (interchange.md allows extending the format) are written
/// only when set, so a contract-only scenario exports exactly as it was imported.
void putIfSet(nlohmann::ordered_json& j, const char* key, double value);
void putIfSet(nlohmann::ordered_json& j, const char* key, const std::string& value);

} // namespace pmc::store
