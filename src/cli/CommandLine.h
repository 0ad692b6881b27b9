#pragma once

#include "core/Date.h"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pmc::cli {

/// Wrong use of the command line (exit code 2).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The words of one command after the global options: positional arguments and `--name value`
/// options (`--json`-style flags take no value).
class CommandLine {
public:
    CommandLine(const std::vector<std::string>& words, const std::vector<std::string>& flagNames);

    const std::vector<std::string>& positional() const { return m_positional; }
    std::string positional(std::size_t index, const char* what) const;
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> option(const std::string& name) const;
    /// A numeric option; UsageError naming the option when it is not a number.
    std::optional<double> number(const std::string& name) const;
    /// A date option (`YYYY-MM-DD`); UsageError naming the option when it is not a date.
    std::optional<core::Date> date(const std::string& name) const;
    /// Refuses options the command does not know.
    void allowOnly(const std::vector<std::string>& optionNames) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_options;
    std::map<std::string, bool> m_flags;
};

} // namespace pmc::cli
