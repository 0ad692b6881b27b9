#pragma once

#include "core/FactoryModel.h"
#include "store/ScenarioJson.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pmc::store {

/// The row's code as the scenario names it: number, code, order, work center, parent/component
/// (a BOM line) or item.
std::string scenarioRowKey(const nlohmann::ordered_json& row);

/// One row as export writes it: `section` of the scenario of a model holding only `row`.
template <typename Row>
nlohmann::ordered_json scenarioRow(const Row& row, std::vector<Row> core::FactoryModel::*rows, const char* section)
{
    core::FactoryModel one;
    (one.*rows).push_back(row);
    const nlohmann::ordered_json doc = writeScenario(one);
    const auto it = doc.find(section);
    return it != doc.end() && it->is_array() && !it->empty() ? (*it)[0] : nlohmann::ordered_json();
}

/// A section edited as a whole (calendar, settings, …) as export writes it, or null.
template <typename Section>
nlohmann::ordered_json scenarioSection(const Section& value, Section core::FactoryModel::*field, const char* section)
{
    core::FactoryModel one;
    one.*field = value;
    const nlohmann::ordered_json doc = writeScenario(one);
    const auto it = doc.find(section);
    return it == doc.end() ? nlohmann::ordered_json() : *it;
}

} // namespace pmc::store
