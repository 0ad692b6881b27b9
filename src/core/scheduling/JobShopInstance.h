#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace pmc::core::scheduling {

// A job shop: every job is a chain of operations processed in the given order.
// jobs[j][o] lists the (machine, duration) alternatives of operation o of job j;
// machines are 0-based. A classic job shop (JSSP) has exactly one alternative per
// operation; a flexible one (FJSP) lets the solver choose among several.
struct JobShopInstance {
    int machineCount = 0;
    std::vector<std::vector<std::vector<std::pair<int, int>>>> jobs;
    bool flexible = false;
};

// OR-Library job-shop text: '#' comment lines, "n m", then per job m pairs
// "machine time" with 0-based machines. Throws std::invalid_argument naming the
// line and token on malformed input.
JobShopInstance parseJsspText(std::string_view text);

// Brandimarte .fjs text: "n m f", then per job "k" followed by k operations, each
// "a" and a pairs "machine time" with 1-based machines (converted to 0-based).
// Throws std::invalid_argument naming the line and token on malformed input.
JobShopInstance parseFjspText(std::string_view text);

} // namespace pmc::core::scheduling
