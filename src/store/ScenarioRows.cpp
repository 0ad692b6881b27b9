#include "store/ScenarioRows.h"

namespace pmc::store {

std::string scenarioRowKey(const nlohmann::ordered_json& row)
{
    // Abnormal hours name an order only when one was held up: then the work center is the key.
    for (const char* key : {"number", "code", "order", "workcenter"})
        if (row.contains(key) && row[key].is_string() && !row[key].get<std::string>().empty())
            return row[key].get<std::string>();
    if (row.contains("parent") && row.contains("component"))
        return row["parent"].get<std::string>() + "/" + row["component"].get<std::string>();
    return row.contains("item") && row["item"].is_string() ? row["item"].get<std::string>() : std::string();
}

} // namespace pmc::store
