#include "store/TableColumn.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace pmc::store::tables {

namespace {

// Beyond these a cell is a typing or unit mistake (or an Excel overflow), never a quantity.
constexpr double kLargestNumber = 1e12;
constexpr double kLargestWholeNumber = 999'999'999; // whole numbers are stored as int

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// "1,200" and "-12,345.5": digits grouped by three. Anything else with a comma (a decimal
/// comma, "1,2") is refused rather than guessed.
bool isThousandsGrouped(std::string_view s)
{
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    std::size_t lead = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i, ++lead;
    if (lead < 1 || lead > 3)
        return false;
    bool grouped = false;
    while (i < s.size() && s[i] == ',') {
        for (std::size_t k = 1; k <= 3; ++k)
            if (i + k >= s.size() || !isDigit(s[i + k]))
                return false;
        i += 4;
        grouped = true;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    return grouped && i == s.size();
}

std::optional<double> parseNumber(std::string_view text, bool percentAllowed)
{
    std::string s(text);
    bool percent = false;
    for (std::string_view sign : {std::string_view("%"), std::string_view("\xEF\xBC\x85")}) {
        if (percentAllowed && endsWith(s, sign)) {
            s = trimmed(std::string_view(s).substr(0, s.size() - sign.size()));
            percent = true;
            break;
        }
    }
    if (s.find(',') != std::string::npos) {
        if (!isThousandsGrouped(s))
            return std::nullopt;
        std::erase(s, ',');
    }
    const char* begin = s.data();
    const char* end = s.data() + s.size();
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || begin == end || !std::isfinite(value))
        return std::nullopt;
    return percent ? value / 100 : value;
}

/// YYYY-MM-DD, YYYY/M/D, YYYY.M.D and 2026年11月25日, optionally with a midnight time as ERP
/// exports add it ("2026-11-25 00:00:00").
std::optional<core::Date> parseDate(std::string_view text)
{
    std::string s = trimmed(text);
    const std::size_t timeAt = s.find_first_of(" T");
    if (timeAt != std::string::npos) {
        const std::string time = trimmed(std::string_view(s).substr(timeAt + 1));
        if (time != "00:00" && time != "00:00:00" && time != "0:00" && time != "0:00:00")
            return std::nullopt;
        s.resize(timeAt);
    }
    for (const auto& [word, replacement] : {std::pair{"\xE5\xB9\xB4", "-"}, std::pair{"\xE6\x9C\x88", "-"}}) {
        for (std::size_t at = s.find(word); at != std::string::npos; at = s.find(word))
            s.replace(at, 3, replacement);
    }
    if (endsWith(s, "\xE6\x97\xA5"))
        s.resize(s.size() - 3);
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    char separator = 0;
    int part = 0;
    for (char c : s) {
        if (isDigit(c)) {
            parts[part] = parts[part] * 10 + (c - '0');
            if (++digits[part] > 4)
                return std::nullopt;
        } else if ((c == '-' || c == '/' || c == '.') && part < 2 && (separator == 0 || separator == c)) {
            separator = c;
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[0] != 4 || digits[1] < 1 || digits[1] > 2 || digits[2] < 1 || digits[2] > 2)
        return std::nullopt;
    char iso[11];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", parts[0], parts[1], parts[2]);
    return core::Date::parse(iso);
}

const char* boundText(Bound bound)
{
    switch (bound) {
    case Bound::NonNegative: return " >= 0";
    case Bound::Positive: return " > 0";
    case Bound::Any: break;
    }
    return "";
}

bool withinBound(double value, Bound bound)
{
    return bound == Bound::Any || (bound == Bound::NonNegative ? value >= 0 : value > 0);
}

std::string quoted(std::string_view text)
{
    std::string result(1, '"');
    result.append(text).push_back('"');
    return result;
}

CellParse refuse(std::string reason) { return {std::nullopt, std::move(reason)}; }

CellParse parseNumberCell(const CellRule& rule, std::string_view text)
{
    const bool whole = rule.type == CellType::WholeNumber;
    const bool rate = rule.type == CellType::Rate;
    const std::string expected = std::string(whole ? "a whole number" : "a number") + boundText(rule.bound)
        + (rate ? " (2% or 0.02)" : "");
    const std::optional<double> value = parseNumber(text, rate);
    if (!value || (whole && *value != std::floor(*value)) || !withinBound(*value, rule.bound))
        return refuse("must be " + expected + ", not " + quoted(text));
    const double largest = whole ? kLargestWholeNumber : kLargestNumber;
    if (std::abs(*value) > largest)
        return refuse("is too large: " + quoted(text) + " (the limit is "
                      + (whole ? "999,999,999" : "1,000,000,000,000") + ")");
    return {CellValue(*value), {}};
}

CellParse parseDateCell(std::string_view text)
{
    if (const std::optional<core::Date> date = parseDate(text))
        return {CellValue(date), {}};
    std::string reason = "must be a date YYYY-MM-DD or YYYY/M/D, not " + quoted(text);
    const bool serial = text.size() == 5 && std::all_of(text.begin(), text.end(), isDigit);
    if (serial)
        reason += " (an Excel date serial number? format the column as a date)";
    return refuse(reason);
}

CellParse parseChoiceCell(const CellRule& rule, std::string_view text)
{
    const std::string name = normalizedName(text);
    std::string allowed;
    for (const ChoiceWord& choice : *rule.choices) {
        bool matches = name == normalizedName(choice.key);
        for (const char* word : choice.chinese)
            matches = matches || name == normalizedName(word);
        if (matches)
            return {CellValue(static_cast<double>(choice.value)), {}};
        allowed += (allowed.empty() ? "" : ", ") + std::string(choice.key) + " (" + choice.chinese.front() + ")";
    }
    return refuse("must be one of " + allowed + ", not " + quoted(text));
}

} // namespace

std::string trimmed(std::string_view text)
{
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.empty() && isAsciiSpace(text.front()))
            text.remove_prefix(1), changed = true;
        while (!text.empty() && isAsciiSpace(text.back()))
            text.remove_suffix(1), changed = true;
        for (std::string_view space : {kNoBreakSpace, kIdeographicSpace}) {
            if (startsWith(text, space))
                text.remove_prefix(space.size()), changed = true;
            if (endsWith(text, space))
                text.remove_suffix(space.size()), changed = true;
        }
    }
    return std::string(text);
}

std::string normalizedName(std::string_view text)
{
    const std::string t = trimmed(text);
    std::string result;
    result.reserve(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::string_view rest = std::string_view(t).substr(i);
        if (startsWith(rest, "\xEF\xBC\x88") || startsWith(rest, "\xEF\xBC\x89")) { // full-width ( )
            result += rest[2] == '\x88' ? '(' : ')';
            i += 2;
        } else if (startsWith(rest, kIdeographicSpace)) {
            i += 2;
        } else if (t[i] != ' ' && t[i] != '_' && t[i] != '-' && t[i] != '\t') {
            result += (t[i] >= 'A' && t[i] <= 'Z') ? static_cast<char>(t[i] - 'A' + 'a') : t[i];
        }
    }
    return result;
}

CellParse parseCell(const CellRule& rule, std::string_view text)
{
    switch (rule.type) {
    case CellType::Code:
    case CellType::Text:
        return {CellValue(std::string(text)), {}};
    case CellType::WholeNumber:
    case CellType::Number:
    case CellType::Rate:
        return parseNumberCell(rule, text);
    case CellType::Date:
    case CellType::OptionalDate:
        return parseDateCell(text);
    case CellType::Choice:
        return parseChoiceCell(rule, text);
    }
    return refuse("unsupported cell");
}

std::string formatCell(const CellRule& rule, const CellValue& value, HeaderLanguage language)
{
    if (const auto* text = std::get_if<std::string>(&value))
        return *text;
    if (const auto* date = std::get_if<std::optional<core::Date>>(&value))
        return *date ? (*date)->toString() : std::string();
    const double number = std::get<double>(value);
    if (rule.type == CellType::Choice) {
        for (const ChoiceWord& choice : *rule.choices)
            if (choice.value == static_cast<int>(number))
                return language == HeaderLanguage::Chinese ? choice.chinese.front() : choice.key;
        return {};
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    return std::string(buffer, result.ptr);
}

CellKind cellKind(const CellRule& rule)
{
    switch (rule.type) {
    case CellType::WholeNumber:
    case CellType::Number:
    case CellType::Rate:
        return CellKind::Number;
    case CellType::Date:
    case CellType::OptionalDate:
        return CellKind::Date;
    default:
        return CellKind::Text;
    }
}

} // namespace pmc::store::tables
