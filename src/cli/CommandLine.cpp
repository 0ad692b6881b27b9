#include "cli/CommandLine.h"

#include <algorithm>
#include <cmath>

namespace pmc::cli {

CommandLine::CommandLine(const std::vector<std::string>& words, const std::vector<std::string>& flagNames)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w.size() > 2 && w.rfind("--", 0) == 0) {
            const std::string name = w.substr(2);
            if (std::find(flagNames.begin(), flagNames.end(), name) != flagNames.end()) {
                m_flags[name] = true;
                continue;
            }
            if (i + 1 >= words.size())
                throw UsageError("option --" + name + " needs a value");
            m_options[name] = words[++i];
        } else {
            m_positional.push_back(w);
        }
    }
}

std::string CommandLine::positional(std::size_t index, const char* what) const
{
    if (index >= m_positional.size())
        throw UsageError(std::string("missing ") + what);
    return m_positional[index];
}

std::optional<std::string> CommandLine::option(const std::string& name) const
{
    const auto it = m_options.find(name);
    return it == m_options.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::optional<core::Date> CommandLine::date(const std::string& name) const
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    const std::optional<core::Date> date = core::Date::parse(*text);
    if (!date)
        throw UsageError("--" + name + ": \"" + *text + "\" is not a date (YYYY-MM-DD)");
    return date;
}

std::optional<double> CommandLine::number(const std::string& name) const
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    try {
        std::size_t used = 0;
        const double value = std::stod(*text, &used);
        if (used == text->size() && std::isfinite(value))
            return value;
    } catch (const std::exception&) {
    }
    throw UsageError("--" + name + ": \"" + *text + "\" is not a number");
}

void CommandLine::allowOnly(const std::vector<std::string>& optionNames) const
{
    for (const auto& [name, value] : m_options)
        if (std::find(optionNames.begin(), optionNames.end(), name) == optionNames.end())
            throw UsageError("unknown option --" + name);
}

} // namespace pmc::cli
