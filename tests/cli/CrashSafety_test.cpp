// A process killed in the middle of writing (power cut, kill -9, a crash) leaves the database at
// its last committed state: every write is one transaction and SQLite's WAL makes it atomic.
// These tests kill a real pmc-cli while it imports or plans and check what a reopen finds.
#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"
#include "store/Statement.h"
#include "support/CliTest.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace pmc;

namespace {

/// The demo factory with `extra` more bought items, each with stock and an open purchase order:
/// an import large enough to be caught half-way.
std::string bigScenario(int extra)
{
    nlohmann::json doc = nlohmann::json::parse(store::demoScenarioJson());
    const std::string supplier = doc["suppliers"][0]["code"];
    for (int k = 0; k < extra; ++k) {
        const std::string code = "RM-BULK-" + std::to_string(k);
        doc["items"].push_back({{"code", code}, {"name", "bulk " + std::to_string(k)}, {"type", "raw"}, {"source", "buy"},
                                {"supplier", supplier}, {"lead_time_days", 5}});
        doc["inventory"].push_back({{"item", code}, {"on_hand", k % 50}});
        doc["purchase_orders"].push_back({{"number", "PO-BULK-" + std::to_string(k)}, {"item", code}, {"qty", 100},
                                          {"due", "2026-12-20"}, {"supplier", supplier}});
    }
    return doc.dump();
}

/// Runs pmc-cli with `arguments` (no shell) and kills it with SIGKILL when it runs longer than
/// `delay`; true when it was killed in the middle of its work. A run that ends by itself must
/// succeed (exit 0), or the comparison afterwards would prove nothing.
bool killAfter(const std::vector<std::string>& arguments, std::chrono::milliseconds delay)
{
    std::fflush(nullptr); // the child must not write this process's buffered output again
    const pid_t child = fork();
    if (child == 0) {
        std::vector<char*> argv{const_cast<char*>(PMC_CLI_PATH)};
        for (const std::string& a : arguments)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        // Quiet: the test reads the database, not the output.
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        execv(PMC_CLI_PATH, argv.data());
        _exit(127);
    }
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < deadline) {
        if (waitpid(child, &status, WNOHANG) == child) {
            EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "pmc-cli failed on its own";
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    return true;
}

class CrashSafety : public test::CliTest {
protected:
    void SetUp() override
    {
        const std::string demo = m_dir.file("demo.db");
        store::FactoryDatabase db(demo);
        db.importScenario(store::demoScenarioJson(), "demo.json");
    }

    std::string exported(const std::string& database)
    {
        store::FactoryDatabase db(database);
        store::Statement check = db.database().prepare("PRAGMA integrity_check");
        EXPECT_TRUE(check.step());
        EXPECT_EQ(check.text(0), "ok");
        return store::writeScenario(db.load(), db.executionHistory()).dump();
    }
};

} // namespace

TEST_F(CrashSafety, importKilledHalfWayLeavesTheLastCommittedFactory)
{
    const std::string big = m_dir.write("big.json", bigScenario(20000));
    // What a finished import stores, and how long it takes on this machine.
    const std::string done = m_dir.file("done.db");
    std::filesystem::copy_file(m_dir.file("demo.db"), done);
    const auto start = std::chrono::steady_clock::now();
    ASSERT_FALSE(killAfter({"--db", done, "import", big}, std::chrono::minutes(10)));
    const auto duration = std::chrono::steady_clock::now() - start;
    const std::string after = exported(done);

    // Kills spread over the run, most of them late, where the rows are being written.
    int killedMidway = 0;
    for (const double share : {0.2, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99}) {
        const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(duration * share);
        const std::string database = m_dir.file("kill" + std::to_string(delay.count()) + ".db");
        std::filesystem::copy_file(m_dir.file("demo.db"), database, std::filesystem::copy_options::overwrite_existing);
        const std::string before = exported(database);
        const bool killed = killAfter({"--db", database, "import", big}, delay);
        killedMidway += killed ? 1 : 0;
        // Killed before the commit: the demo as it was; after it (while closing): the whole import.
        const std::string found = exported(database);
        EXPECT_TRUE(found == before || found == after) << "killed after " << delay.count() << " ms: a partial import is stored";
    }
    // At least one kill must land in the middle, or the test proved nothing on this machine.
    EXPECT_GT(killedMidway, 0);
}

TEST_F(CrashSafety, mrpKilledHalfWayKeepsTheLastStoredRun)
{
    const std::string big = m_dir.write("big.json", bigScenario(8000));
    const std::string database = m_dir.file("mrp.db");
    ASSERT_FALSE(killAfter({"--db", database, "import", big}, std::chrono::seconds(60)));
    const auto runCount = [&] {
        store::FactoryDatabase db(database);
        store::Statement count = db.database().prepare("SELECT count(*) FROM mrp_run");
        count.step();
        return count.integer(0);
    };
    const std::string planned = m_dir.file("planned.db");
    std::filesystem::copy_file(database, planned);
    const auto start = std::chrono::steady_clock::now();
    ASSERT_FALSE(killAfter({"--db", planned, "mrp", "--json"}, std::chrono::minutes(10)));
    const auto duration = std::chrono::steady_clock::now() - start;
    const auto plannedOrders = [](const std::string& path) {
        store::FactoryDatabase db(path);
        store::Statement count = db.database().prepare("SELECT count(*) FROM planned_order");
        count.step();
        return count.integer(0);
    };
    const long long wholeRun = plannedOrders(planned);
    ASSERT_GT(wholeRun, 0);

    ASSERT_EQ(runCount(), 0);
    int killedMidway = 0;
    for (const double share : {0.3, 0.6, 0.8, 0.9, 0.97}) {
        killedMidway += killAfter({"--db", database, "mrp", "--json"},
                                  std::chrono::duration_cast<std::chrono::milliseconds>(duration * share)) ? 1 : 0;
        // No run, or the one whole run with all its planned orders.
        const long long runs = runCount();
        EXPECT_LE(runs, 1);
        EXPECT_EQ(plannedOrders(database), runs == 0 ? 0 : wholeRun);
        exported(database);
    }
    EXPECT_GT(killedMidway, 0);
}
