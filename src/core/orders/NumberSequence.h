#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pmc::core {

/// Hands out `PREFIX00001`-style numbers after the largest one a section already uses, so
/// numbers typed by planners or imported from an ERP in the same style are never reused.
class NumberSequence {
public:
    template <typename Row>
    NumberSequence(std::string prefix, const std::vector<Row>& rows)
        : m_prefix(std::move(prefix))
    {
        for (const Row& row : rows)
            m_last = std::max(m_last, suffix(row.number));
    }

    std::string next()
    {
        std::string digits = std::to_string(++m_last);
        if (digits.size() < 5)
            digits.insert(0, 5 - digits.size(), '0');
        return m_prefix + digits;
    }

private:
    long long suffix(std::string_view number) const
    {
        if (!number.starts_with(m_prefix))
            return 0;
        const std::string_view digits = number.substr(m_prefix.size());
        // Up to 15 digits fit a long long with room to count on.
        if (digits.empty() || digits.size() > 15
            || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return 0;
        return std::stoll(std::string(digits));
    }

    std::string m_prefix;
    long long m_last = 0;
};

} // namespace pmc::core
