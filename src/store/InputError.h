#pragma once

#include "core/diagnostics/ValidationResult.h"

#include <stdexcept>
#include <string>

namespace pmc::store {

/// Input was refused before anything was written; `issues()` names each place and reason.
class InputError : public std::runtime_error {
public:
    InputError(const std::string& source, core::ValidationResult issues)
        : std::runtime_error(source + ": " + std::to_string(issues.issues().size()) + " error(s)"),
          m_source(source), m_issues(std::move(issues)) {}
    const std::string& source() const { return m_source; }
    const core::ValidationResult& issues() const { return m_issues; }

private:
    std::string m_source;
    core::ValidationResult m_issues;
};

} // namespace pmc::store
