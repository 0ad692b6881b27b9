#pragma once

#include <string>
#include <vector>

namespace pmc::core {

/// One reason why input was refused: where (a JSON path such as `items[3].lead_time_days`,
/// or `file:row:column`) and why.
struct ValidationIssue {
    std::string path;
    std::string message;

    std::string toString() const { return path.empty() ? message : path + ": " + message; }
};

/// The outcome of checking input before anything is written.
class ValidationResult {
public:
    void add(std::string path, std::string message) { m_issues.push_back({std::move(path), std::move(message)}); }
    void append(const ValidationResult& other)
    {
        m_issues.insert(m_issues.end(), other.m_issues.begin(), other.m_issues.end());
    }
    bool ok() const { return m_issues.empty(); }
    const std::vector<ValidationIssue>& issues() const { return m_issues; }

private:
    std::vector<ValidationIssue> m_issues;
};

} // namespace pmc::core
