#include "store/JsonFields.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pmc::store {

void JsonFields::allowOnly(const json& object, const std::string& path, std::initializer_list<const char*> known)
{
    allowOnly(object, path, std::span<const char* const>(known.begin(), known.size()));
}

void JsonFields::allowOnly(const json& object, const std::string& path, std::span<const char* const> known)
{
    if (!object.is_object())
        return;
    for (const auto& [key, value] : object.items()) {
        const bool isKnown = std::any_of(known.begin(), known.end(), [&key](const char* k) { return key == k; });
        if (!isKnown)
            m_warnings.push_back(join(path, key) + ": unknown key ignored");
    }
}

const JsonFields::json* JsonFields::field(const json& object, const std::string& path, const char* key, bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || (it->is_null() && required)) {
        if (required)
            error(join(path, key), "required key is missing");
        return nullptr;
    }
    return it->is_null() ? nullptr : &*it;
}

const JsonFields::json* JsonFields::object(const json& parent, const std::string& path, const char* key, bool required)
{
    const json* value = field(parent, path, key, required);
    if (value && !value->is_object()) {
        error(join(path, key), "must be an object");
        return nullptr;
    }
    return value;
}

const JsonFields::json* JsonFields::array(const json& parent, const std::string& path, const char* key, bool required)
{
    const json* value = field(parent, path, key, required);
    if (value && !value->is_array()) {
        error(join(path, key), "must be an array");
        return nullptr;
    }
    return value;
}

void JsonFields::forEach(const json& parent, const std::string& path, const char* key,
                         const std::function<void(const json&, const std::string&)>& visit)
{
    const json* list = array(parent, path, key, false);
    if (!list)
        return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string itemPath = join(path, key) + "[" + std::to_string(i) + "]";
        if (!(*list)[i].is_object())
            error(itemPath, "must be an object");
        else
            visit((*list)[i], itemPath);
    }
}

std::string JsonFields::code(const json& object, const std::string& path, const char* key, bool required)
{
    const json* value = field(object, path, key, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        error(join(path, key), "must be a string");
        return {};
    }
    std::string text = value->get<std::string>();
    if (text.empty())
        error(join(path, key), "must not be empty");
    return text;
}

std::string JsonFields::text(const json& object, const std::string& path, const char* key, bool required)
{
    const json* value = field(object, path, key, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        error(join(path, key), "must be a string");
        return {};
    }
    return value->get<std::string>();
}

std::optional<double> JsonFields::number(const json& object, const std::string& path, const char* key, bool required)
{
    const json* value = field(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number() || !std::isfinite(value->get<double>())) {
        error(join(path, key), "must be a number");
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<int> JsonFields::integer(const json& object, const std::string& path, const char* key, bool required)
{
    const json* value = field(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (value->is_number()) {
        const double d = value->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e9)
            return static_cast<int>(d);
    }
    error(join(path, key), "must be an integer");
    return std::nullopt;
}

std::optional<bool> JsonFields::boolean(const json& object, const std::string& path, const char* key, bool required)
{
    const json* value = field(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (value->is_boolean())
        return value->get<bool>();
    error(join(path, key), "must be true or false");
    return std::nullopt;
}

std::optional<core::Date> JsonFields::date(const json& object, const std::string& path, const char* key, bool required)
{
    const json* value = field(object, path, key, required);
    if (!value)
        return std::nullopt;
    return dateValue(*value, join(path, key));
}

std::optional<core::Date> JsonFields::dateValue(const json& value, const std::string& path)
{
    if (value.is_string()) {
        if (auto d = core::Date::parse(value.get<std::string>()))
            return d;
        error(path, "\"" + value.get<std::string>() + "\" is not a valid date (YYYY-MM-DD)");
        return std::nullopt;
    }
    error(path, "must be a date string YYYY-MM-DD");
    return std::nullopt;
}

std::optional<int> JsonFields::clock(const json& object, const std::string& path, const char* key, bool required)
{
    const json* value = field(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (value->is_string())
        if (auto minutes = core::parseClockMinutes(value->get<std::string>()))
            return minutes;
    error(join(path, key), "must be a time HH:MM");
    return std::nullopt;
}

} // namespace pmc::store
