#include "support/TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <cstdlib>

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs the real pmc-cli binary, as a script or ERP would.
class PmcCli : public ::testing::Test {
protected:
    CliResult run(const std::string& arguments)
    {
        const std::string out = m_dir.file("stdout.txt");
        const std::string err = m_dir.file("stderr.txt");
        const std::string command = std::string(PMC_CLI_PATH) + " --db " + m_dir.file("f.db") + " " + arguments
            + " >" + out + " 2>" + err;
        const int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, pmc::test::readTextFile(out), pmc::test::readTextFile(err)};
    }
    std::string demo() const { return std::string(PMC_SOURCE_DIR) + "/resources/demo/demo-factory.json"; }

    pmc::test::TempDir m_dir;
};

} // namespace

TEST_F(PmcCli, importThenExportRoundTrips)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    const CliResult first = run("export");
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const std::string exported = m_dir.write("exported.json", first.out);
    ASSERT_EQ(run("import " + exported).exitCode, 0);
    EXPECT_EQ(run("export").out, first.out);
    EXPECT_EQ(nlohmann::json::parse(first.out)["format"], "pmc-scenario/1");
}

TEST_F(PmcCli, badInputExitsWithTwoNamesThePathAndChangesNothing)
{
    ASSERT_EQ(run("import " + demo()).exitCode, 0);
    const std::string before = run("export").out;
    auto doc = nlohmann::json::parse(before);
    doc["items"][3]["lead_time_days"] = -2;
    const CliResult bad = run("import " + m_dir.write("bad.json", doc.dump()));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("bad.json: items[3].lead_time_days: must be >= 0"), std::string::npos) << bad.err;
    EXPECT_EQ(run("export").out, before);
}

TEST_F(PmcCli, missingFileAndUnknownCommandAreBadInput)
{
    EXPECT_EQ(run("import /nonexistent/x.json").exitCode, 2);
    const CliResult unknown = run("frobnicate");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("unknown command"), std::string::npos);
}

TEST_F(PmcCli, bomExplodeJsonFollowsTheContract)
{
    const std::string scenario = R"({"format":"pmc-scenario/1","settings":{"today":"2026-11-25"},
      "items":[{"code":"A","type":"finished","source":"make"},{"code":"B","type":"semi","source":"make"},
               {"code":"C","type":"raw","source":"buy","uom":"kg"}],
      "boms":[{"parent":"A","component":"B","qty_per":2,"scrap_rate":0.1},
              {"parent":"B","component":"C","qty_per":1.5},{"parent":"A","component":"C","qty_per":1}]})";
    ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    const CliResult r = run("bom explode A --qty 10 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["item"], "A");
    ASSERT_EQ(doc["lines"].size(), 3u);
    EXPECT_EQ(doc["lines"][1]["level"], 2);
    EXPECT_DOUBLE_EQ(doc["lines"][1]["qty"].get<double>(), 10 * 2 * 1.1 * 1.5);
    ASSERT_EQ(doc["totals"].size(), 2u);
    EXPECT_DOUBLE_EQ(doc["totals"][1]["qty"].get<double>(), 33 + 10);
    EXPECT_EQ(run("bom explode NOPE --json").exitCode, 2);
    EXPECT_EQ(run("bom explode A --qty abc").exitCode, 2);
}
