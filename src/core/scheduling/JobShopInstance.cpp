#include "core/scheduling/JobShopInstance.h"

#include <charconv>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace pmc::core::scheduling {

namespace {

struct Token {
    std::string_view text;
    int line;
};

// Splits the input into whitespace-separated tokens, remembering the 1-based line
// of each so errors can point at the offending place.
std::vector<Token> tokenize(std::string_view text, bool allowComments)
{
    std::vector<Token> tokens;
    int line = 1;
    std::size_t i = 0;
    bool lineStart = true;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            lineStart = true;
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
        } else if (c == '#' && lineStart && allowComments) {
            while (i < text.size() && text[i] != '\n')
                ++i;
        } else {
            const std::size_t begin = i;
            while (i < text.size() && text[i] != '\n' && text[i] != ' ' && text[i] != '\t'
                   && text[i] != '\r' && text[i] != '\f' && text[i] != '\v')
                ++i;
            tokens.push_back({text.substr(begin, i - begin), line});
            lineStart = false;
        }
    }
    return tokens;
}

class TokenReader {
public:
    TokenReader(std::vector<Token> tokens, const char* format)
        : m_tokens(std::move(tokens))
        , m_format(format)
    {
    }

    [[noreturn]] void fail(const std::string& reason) const
    {
        std::string where;
        if (m_next == 0 || m_next > m_tokens.size()) {
            where = "at end of input";
        } else {
            const Token& t = m_tokens[m_next - 1];
            where = "at line " + std::to_string(t.line) + ", token " + std::to_string(m_next) + " ('"
                + std::string(t.text) + "')";
        }
        throw std::invalid_argument(std::string(m_format) + " parse error " + where + ": " + reason);
    }

    long readInteger(const char* what)
    {
        if (m_next >= m_tokens.size()) {
            m_next = m_tokens.size() + 1;
            fail(std::string("unexpected end of input (truncated file), expected ") + what);
        }
        const std::string_view text = m_tokens[m_next++].text;
        long value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || ptr != text.data() + text.size())
            fail(std::string("expected an integer for ") + what);
        return value;
    }

    long readInRange(const char* what, long low, long high)
    {
        const long value = readInteger(what);
        if (value < low || value > high)
            fail(std::string(what) + " " + std::to_string(value) + " out of range [" + std::to_string(low)
                 + ", " + std::to_string(high) + "]");
        return value;
    }

    // The FJSP header's average flexibility is a decimal; it is informational only.
    void skipNumber(const char* what)
    {
        if (m_next >= m_tokens.size()) {
            m_next = m_tokens.size() + 1;
            fail(std::string("unexpected end of input, expected ") + what);
        }
        const std::string_view text = m_tokens[m_next++].text;
        double value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || ptr != text.data() + text.size())
            fail(std::string("expected a number for ") + what);
    }

    std::size_t remaining() const { return m_tokens.size() - m_next; }

    void expectEnd()
    {
        if (m_next < m_tokens.size()) {
            ++m_next;
            fail("unexpected extra token after the last job");
        }
    }

private:
    std::vector<Token> m_tokens;
    const char* m_format;
    std::size_t m_next = 0;
};

// Durations are stored as int; machine counts are bounded to keep allocations sane
// when a corrupt header announces absurd sizes.
constexpr long kMaxDuration = 1'000'000'000;
constexpr long kMaxCount = 1'000'000;

} // namespace

JobShopInstance parseJsspText(std::string_view text)
{
    TokenReader reader(tokenize(text, true), "JSSP");
    JobShopInstance instance;
    const long jobCount = reader.readInRange("job count", 1, kMaxCount);
    const long machineCount = reader.readInRange("machine count", 1, kMaxCount);
    // Checked before allocating so a truncated file fails fast with a clear reason.
    if (static_cast<double>(reader.remaining()) < 2.0 * static_cast<double>(jobCount) * machineCount)
        reader.fail("truncated file: expected " + std::to_string(jobCount) + " jobs with "
                    + std::to_string(machineCount) + " (machine, time) pairs each, found only "
                    + std::to_string(reader.remaining()) + " tokens");
    instance.machineCount = static_cast<int>(machineCount);
    instance.jobs.resize(static_cast<std::size_t>(jobCount));
    for (auto& job : instance.jobs) {
        job.resize(static_cast<std::size_t>(machineCount));
        for (auto& op : job) {
            const long machine = reader.readInRange("machine", 0, machineCount - 1);
            const long duration = reader.readInRange("processing time", 0, kMaxDuration);
            op.emplace_back(static_cast<int>(machine), static_cast<int>(duration));
        }
    }
    reader.expectEnd();
    return instance;
}

JobShopInstance parseFjspText(std::string_view text)
{
    TokenReader reader(tokenize(text, false), "FJSP");
    JobShopInstance instance;
    instance.flexible = true;
    const long jobCount = reader.readInRange("job count", 1, kMaxCount);
    const long machineCount = reader.readInRange("machine count", 1, kMaxCount);
    reader.skipNumber("average machines per operation");
    if (static_cast<long>(reader.remaining()) < jobCount)
        reader.fail("truncated file: fewer tokens than the " + std::to_string(jobCount) + " announced jobs");
    instance.machineCount = static_cast<int>(machineCount);
    instance.jobs.resize(static_cast<std::size_t>(jobCount));
    for (auto& job : instance.jobs) {
        const long opCount = reader.readInRange("operation count", 1, static_cast<long>(reader.remaining()));
        job.resize(static_cast<std::size_t>(opCount));
        for (auto& op : job) {
            const long altCount = reader.readInRange("number of eligible machines", 1, machineCount);
            std::vector<bool> seen(static_cast<std::size_t>(machineCount), false);
            for (long a = 0; a < altCount; ++a) {
                const long machine = reader.readInRange("machine (1-based)", 1, machineCount) - 1;
                if (seen[static_cast<std::size_t>(machine)])
                    reader.fail("machine listed twice for the same operation");
                seen[static_cast<std::size_t>(machine)] = true;
                const long duration = reader.readInRange("processing time", 0, kMaxDuration);
                op.emplace_back(static_cast<int>(machine), static_cast<int>(duration));
            }
        }
    }
    reader.expectEnd();
    return instance;
}

} // namespace pmc::core::scheduling
