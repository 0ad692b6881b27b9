#pragma once

#include <array>
#include <string>
#include <utility>

namespace pmc::core {

/// Enumerations spelled in the scenario format and the database: one table of names per
/// enumeration, read both ways.
template <typename E, std::size_t N>
using EnumNames = std::array<std::pair<const char*, E>, N>;

template <typename E, std::size_t N>
bool parseName(const EnumNames<E, N>& names, const std::string& text, E& out)
{
    for (const auto& [name, value] : names) {
        if (text == name) {
            out = value;
            return true;
        }
    }
    return false;
}

template <typename E, std::size_t N>
const char* nameOf(const EnumNames<E, N>& names, E value)
{
    for (const auto& [name, v] : names)
        if (v == value)
            return name;
    return "";
}

} // namespace pmc::core
