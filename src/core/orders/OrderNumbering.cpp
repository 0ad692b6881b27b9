#include "core/orders/OrderNumbering.h"

#include "core/orders/SalesOrder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

namespace pmc::core {

namespace {

std::string twoDigits(int value)
{
    char text[8];
    std::snprintf(text, sizeof text, "%02d", value % 100);
    return text;
}

/// `{yyyyMMdd}`-style field text on `date`; throws for anything but y, M and d runs.
std::string expandField(const std::string& field, Date date)
{
    std::string out;
    for (std::size_t i = 0; i < field.size();) {
        std::size_t run = 1;
        while (i + run < field.size() && field[i + run] == field[i])
            ++run;
        const std::string token = field.substr(i, run);
        if (token == "yyyy")
            out += std::to_string(date.year());
        else if (token == "yy")
            out += twoDigits(date.year());
        else if (token == "MM")
            out += twoDigits(date.month());
        else if (token == "dd")
            out += twoDigits(date.day());
        else
            throw std::invalid_argument("unknown field \"" + token + "\" in {" + field
                                        + "} (use yyyy, yy, MM, dd or a run of # for the counter)");
        i += run;
    }
    return out;
}

/// The pattern text with its date fields filled in.
std::string expand(const std::string& text, Date date)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] != '{') {
            out += text[i++];
            continue;
        }
        const std::size_t close = text.find('}', i);
        out += expandField(text.substr(i + 1, close - i - 1), date);
        i = close + 1;
    }
    return out;
}

} // namespace

OrderNumbering::OrderNumbering(std::string pattern)
    : m_pattern(std::move(pattern))
{
    std::size_t counter = std::string::npos;
    for (std::size_t i = 0; i < m_pattern.size(); ++i) {
        if (m_pattern[i] == '}')
            throw std::invalid_argument("a } without its { at position " + std::to_string(i + 1));
        if (m_pattern[i] != '{')
            continue;
        const std::size_t close = m_pattern.find('}', i);
        if (close == std::string::npos)
            throw std::invalid_argument("a { without its } at position " + std::to_string(i + 1));
        const std::string field = m_pattern.substr(i + 1, close - i - 1);
        if (!field.empty() && std::all_of(field.begin(), field.end(), [](char c) { return c == '#'; })) {
            if (counter != std::string::npos)
                throw std::invalid_argument("the pattern has more than one counter {#…}");
            counter = i;
            m_width = static_cast<int>(field.size());
        } else {
            expandField(field, Date::fromYmd(2000, 1, 1)); // throws for an unknown field
        }
        i = close;
    }
    if (counter == std::string::npos)
        throw std::invalid_argument("the pattern needs a counter such as {####}");
    m_prefix = m_pattern.substr(0, counter);
    m_suffix = m_pattern.substr(counter + static_cast<std::size_t>(m_width) + 2);
}

std::string OrderNumbering::next(Date date, const std::vector<std::string>& existing) const
{
    const std::string prefix = expand(m_prefix, date);
    const std::string suffix = expand(m_suffix, date);
    long long highest = 0;
    for (const std::string& number : existing) {
        if (number.size() <= prefix.size() + suffix.size() || number.compare(0, prefix.size(), prefix) != 0
            || number.compare(number.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string digits = number.substr(prefix.size(), number.size() - prefix.size() - suffix.size());
        if (digits.size() > 18 || !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
            continue;
        highest = std::max(highest, std::stoll(digits));
    }
    std::string counter = std::to_string(highest + 1);
    if (static_cast<int>(counter.size()) < m_width)
        counter.insert(0, static_cast<std::size_t>(m_width) - counter.size(), '0');
    return prefix + counter + suffix;
}

std::string nextSalesOrderNumber(const std::string& pattern, Date date, const std::vector<SalesOrder>& orders)
{
    std::vector<std::string> numbers;
    numbers.reserve(orders.size());
    for (const SalesOrder& order : orders)
        numbers.push_back(order.number);
    return OrderNumbering(pattern).next(date, numbers);
}

} // namespace pmc::core
