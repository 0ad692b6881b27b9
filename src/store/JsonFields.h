#pragma once

#include "core/Date.h"
#include "core/diagnostics/ValidationResult.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace pmc::store {

/// Typed access to the fields of a JSON document that records every problem with its JSON
/// path (e.g. `items[3].lead_time_days: must be an integer`) instead of stopping at the first.
class JsonFields {
public:
    using json = nlohmann::json;

    JsonFields(core::ValidationResult& errors, std::vector<std::string>& warnings)
        : m_errors(errors), m_warnings(warnings) {}

    static std::string join(const std::string& parent, const std::string& key)
    {
        return parent.empty() ? key : parent + "." + key;
    }

    void error(const std::string& path, const std::string& message) { m_errors.add(path, message); }
    void warning(const std::string& path, const std::string& message) { m_warnings.push_back(path + ": " + message); }
    /// Warns about keys outside `known`; they are ignored (interchange.md §1).
    void allowOnly(const json& object, const std::string& path, std::initializer_list<const char*> known);
    void allowOnly(const json& object, const std::string& path, std::span<const char* const> known);

    const json* object(const json& parent, const std::string& path, const char* key, bool required);
    const json* array(const json& parent, const std::string& path, const char* key, bool required);
    /// Calls `visit` for each object of the array `key` (absent = empty) with its path.
    void forEach(const json& parent, const std::string& path, const char* key,
                 const std::function<void(const json&, const std::string&)>& visit);

    /// A non-empty string; "" (and an error when required) otherwise.
    std::string code(const json& object, const std::string& path, const char* key, bool required);
    std::string text(const json& object, const std::string& path, const char* key, bool required);
    std::optional<double> number(const json& object, const std::string& path, const char* key, bool required);
    std::optional<int> integer(const json& object, const std::string& path, const char* key, bool required);
    std::optional<bool> boolean(const json& object, const std::string& path, const char* key, bool required);
    /// A string parsed by `parse` (e.g. core::parseSalesOrderStatus); an error naming `what`
    /// when it is not one of the names.
    template <typename Enum>
    std::optional<Enum> choice(const json& object, const std::string& path, const char* key, bool required,
                               bool (*parse)(const std::string&, Enum&), const char* what)
    {
        const std::string name = text(object, path, key, required);
        Enum value{};
        if (name.empty())
            return std::nullopt;
        if (!parse(name, value)) {
            error(join(path, key), "unknown " + std::string(what) + " \"" + name + "\"");
            return std::nullopt;
        }
        return value;
    }
    /// `YYYY-MM-DD`; null counts as absent.
    std::optional<core::Date> date(const json& object, const std::string& path, const char* key, bool required);
    std::optional<core::Date> dateValue(const json& value, const std::string& path);
    /// `HH:MM` as minutes since midnight.
    std::optional<int> clock(const json& object, const std::string& path, const char* key, bool required);

private:
    const json* field(const json& object, const std::string& path, const char* key, bool required);

    core::ValidationResult& m_errors;
    std::vector<std::string>& m_warnings;
};

} // namespace pmc::store
