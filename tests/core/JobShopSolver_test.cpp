#include "core/scheduling/JobShopInstance.h"
#include "core/scheduling/JobShopSolver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

using namespace pmc::core::scheduling;

namespace {

std::string readData(const std::string& relative)
{
    std::ifstream in(std::string(PMC_TEST_DATA_DIR) + "/" + relative, std::ios::binary);
    EXPECT_TRUE(in.good()) << "missing test data " << relative;
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Independent of the solver's internals: checks every operation once, with a
// duration matching one of its alternatives, job order, machine exclusivity and
// the reported makespan. Returns an empty string when feasible.
std::string feasibilityError(const JobShopInstance& instance, const JobShopSolution& solution)
{
    std::size_t total = 0;
    for (const auto& job : instance.jobs)
        total += job.size();
    if (solution.operations.size() != total)
        return "wrong number of operations";
    std::vector<std::vector<const ScheduledJobOperation*>> byJob(instance.jobs.size());
    std::vector<std::vector<const ScheduledJobOperation*>> byMachine(
        static_cast<std::size_t>(instance.machineCount));
    long makespan = 0;
    for (const auto& op : solution.operations) {
        if (op.job < 0 || op.job >= static_cast<int>(instance.jobs.size()) || op.op < 0
            || op.op >= static_cast<int>(instance.jobs[op.job].size()))
            return "operation index out of range";
        const auto& alternatives = instance.jobs[op.job][op.op];
        const bool matches = std::any_of(alternatives.begin(), alternatives.end(), [&](const auto& alt) {
            return alt.first == op.machine && op.end - op.start == alt.second;
        });
        if (!matches || op.start < 0)
            return "job " + std::to_string(op.job) + " op " + std::to_string(op.op) + " has a wrong machine/duration";
        byJob[op.job].push_back(&op);
        byMachine[op.machine].push_back(&op);
        makespan = std::max(makespan, op.end);
    }
    for (auto& ops : byJob) {
        std::sort(ops.begin(), ops.end(), [](auto a, auto b) { return a->op < b->op; });
        for (std::size_t i = 0; i < ops.size(); ++i) {
            if (ops[i]->op != static_cast<int>(i))
                return "operation missing or duplicated";
            if (i > 0 && ops[i]->start < ops[i - 1]->end)
                return "job precedence violated in job " + std::to_string(ops[i]->job);
        }
    }
    for (auto& ops : byMachine) {
        std::sort(ops.begin(), ops.end(),
                  [](auto a, auto b) { return a->start != b->start ? a->start < b->start : a->end < b->end; });
        for (std::size_t i = 1; i < ops.size(); ++i) {
            if (ops[i]->start < ops[i - 1]->end)
                return "machine overlap on machine " + std::to_string(ops[i]->machine);
        }
    }
    return makespan == solution.makespan ? std::string() : "makespan is not the latest end";
}

JobShopOptions withSeconds(double seconds, std::uint64_t seed = 1)
{
    JobShopOptions options;
    options.seconds = seconds;
    options.seed = seed;
    return options;
}

void expectParseError(const char* text, bool flexible, const std::string& fragment)
{
    try {
        flexible ? parseFjspText(text) : parseJsspText(text);
        FAIL() << "no exception for: " << text;
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
    }
}

// 3x3 instance whose optimum (11) was found by enumerating all machine orders;
// the trivial lower bound is 10, so the search has to prove nothing and must find 11.
JobShopInstance tinyJobShop()
{
    return parseJsspText("# hand-made\n3 3\n0 3 1 2 2 2\n0 2 2 1 1 4\n1 4 2 3 0 1\n");
}

} // namespace

TEST(JobShopSolver, ParsesJsspAndFjspFiles)
{
    const JobShopInstance ft06 = parseJsspText(readData("jssp/ft06.txt"));
    ASSERT_EQ(ft06.jobs.size(), 6u);
    EXPECT_EQ(ft06.machineCount, 6);
    EXPECT_FALSE(ft06.flexible);
    EXPECT_EQ(ft06.jobs[0][0], (std::vector<std::pair<int, int>>{{2, 1}}));
    EXPECT_EQ(ft06.jobs[5][5], (std::vector<std::pair<int, int>>{{2, 1}}));

    const JobShopInstance mk01 = parseFjspText(readData("fjsp/mk01.fjs"));
    ASSERT_EQ(mk01.jobs.size(), 10u);
    EXPECT_EQ(mk01.machineCount, 6);
    EXPECT_TRUE(mk01.flexible);
    ASSERT_EQ(mk01.jobs[0].size(), 6u);
    // "2 1 5 3 4": two alternatives, machines 1 and 3 (1-based in the file).
    EXPECT_EQ(mk01.jobs[0][0], (std::vector<std::pair<int, int>>{{0, 5}, {2, 4}}));
}

TEST(JobShopSolver, RejectsMalformedInput)
{
    expectParseError("2 2\n0 1 1 1\n0 1", false, "truncated");
    expectParseError("2 2\n0 1 1 1\n0 1 1 -3\n", false, "processing time -3 out of range");
    expectParseError("2 2\n0 1 1 1\n0 1 2 3\n", false, "line 3");
    expectParseError("2 2\n0 1 1 1\n0 1 2 3\n", false, "machine 2 out of range");
    expectParseError("2 2\n0 1 1 x\n0 1 1 3\n", false, "expected an integer");
    expectParseError("1 1\n0 1 7\n", false, "extra token");
    expectParseError("", false, "end of input");
    expectParseError("1 2 1\n2 1 1 1 1 0 1\n", true, "machine (1-based) 0 out of range");
    expectParseError("1 2 1\n2 1 1 1 0 1 1\n", true, "number of eligible machines 0 out of range");
    expectParseError("1 2 1\n2 1 1 5\n", true, "end of input");
    expectParseError("1 2 1\n1 3 1 1 2 1 1 1\n", true, "number of eligible machines 3 out of range");
    expectParseError("1 2 1\n1 2 1 1 1 2\n", true, "machine listed twice");
    expectParseError("1 2 1.5\n1 1 2 -1\n", true, "processing time");
}

TEST(JobShopSolver, RejectsInconsistentInstance)
{
    JobShopInstance instance;
    instance.machineCount = 1;
    instance.jobs = {{{{1, 3}}}};
    EXPECT_THROW(solveJobShop(instance, withSeconds(0)), std::invalid_argument);
    instance.jobs = {{{}}};
    EXPECT_THROW(solveJobShop(instance, withSeconds(0)), std::invalid_argument);
}

TEST(JobShopSolver, SolvesTinyInstanceToOptimum)
{
    const JobShopInstance instance = tinyJobShop();
    const JobShopSolution solution = solveJobShop(instance, withSeconds(0.3));
    EXPECT_EQ(feasibilityError(instance, solution), "");
    EXPECT_EQ(solution.makespan, 11);
}

TEST(JobShopSolver, SolvesTinyFlexibleInstanceToOptimum)
{
    // Optimum 8 by enumeration of assignments and orders; the trivial bound is 7.
    JobShopInstance instance;
    instance.machineCount = 2;
    instance.flexible = true;
    instance.jobs = {{{{0, 4}, {1, 4}}}, {{{0, 3}, {1, 3}}}, {{{0, 3}, {1, 3}}}, {{{0, 2}}, {{1, 2}, {0, 5}}}};
    const JobShopSolution solution = solveJobShop(instance, withSeconds(0.3));
    EXPECT_EQ(feasibilityError(instance, solution), "");
    EXPECT_EQ(solution.makespan, 8);
}

TEST(JobShopSolver, HandlesZeroDurationsAndEmptyInstances)
{
    const JobShopInstance instance = parseJsspText("3 2\n0 0 1 4\n1 0 0 0\n0 3 1 0\n");
    for (const double seconds : {0.0, 0.2}) {
        const JobShopSolution solution = solveJobShop(instance, withSeconds(seconds));
        EXPECT_EQ(feasibilityError(instance, solution), "");
        EXPECT_EQ(solution.makespan, 4);
    }
    JobShopInstance empty;
    empty.machineCount = 2;
    EXPECT_EQ(solveJobShop(empty, withSeconds(0.1)).makespan, 0);
}

TEST(JobShopSolver, Ft06ReachesOptimumWithinTwoSeconds)
{
    const JobShopInstance instance = parseJsspText(readData("jssp/ft06.txt"));
    long reported = -1;
    JobShopOptions options = withSeconds(2.0);
    options.improved = [&](long makespan) {
        EXPECT_TRUE(reported < 0 || makespan < reported);
        reported = makespan;
    };
    const auto started = std::chrono::steady_clock::now();
    const JobShopSolution solution = solveJobShop(instance, options);
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    EXPECT_EQ(feasibilityError(instance, solution), "");
    EXPECT_EQ(solution.makespan, 55);
    EXPECT_EQ(reported, 55);
    EXPECT_LT(elapsed, 2.2);
}

TEST(JobShopSolver, Mk01IsFeasibleAndNearOptimal)
{
    const JobShopInstance instance = parseFjspText(readData("fjsp/mk01.fjs"));
    const JobShopSolution construction = solveJobShop(instance, withSeconds(0));
    EXPECT_EQ(feasibilityError(instance, construction), "");
    const JobShopSolution solution = solveJobShop(instance, withSeconds(1.0));
    EXPECT_EQ(feasibilityError(instance, solution), "");
    EXPECT_LE(solution.makespan, 42); // optimum 40
    EXPECT_LE(solution.makespan, construction.makespan);
}

TEST(JobShopSolver, ConstructionIsDeterministicPerSeed)
{
    for (const char* file : {"jssp/ft06.txt", "fjsp/mk01.fjs"}) {
        const std::string text = readData(file);
        const JobShopInstance instance =
            std::string(file).ends_with(".fjs") ? parseFjspText(text) : parseJsspText(text);
        const JobShopSolution first = solveJobShop(instance, withSeconds(0, 42));
        const JobShopSolution second = solveJobShop(instance, withSeconds(0, 42));
        EXPECT_EQ(feasibilityError(instance, first), "");
        ASSERT_EQ(first.operations.size(), second.operations.size());
        EXPECT_EQ(first.makespan, second.makespan);
        for (std::size_t i = 0; i < first.operations.size(); ++i) {
            EXPECT_EQ(first.operations[i].machine, second.operations[i].machine);
            EXPECT_EQ(first.operations[i].start, second.operations[i].start);
        }
    }
}

TEST(JobShopSolver, StopsWhenCancelled)
{
    const JobShopInstance instance = parseJsspText(readData("jssp/ft06.txt"));
    JobShopOptions options = withSeconds(30.0);
    options.cancelled = [] { return true; };
    const auto started = std::chrono::steady_clock::now();
    const JobShopSolution solution = solveJobShop(instance, options);
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(), 1.0);
    EXPECT_EQ(feasibilityError(instance, solution), "");
}
