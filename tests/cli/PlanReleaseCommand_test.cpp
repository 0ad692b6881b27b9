#include "store/FactoryDatabase.h"
#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdlib>

namespace {

using pmc::test::CliResult;

/// Runs the real pmc-cli on one line CUT (Wednesday 2026-11-25, 08:00–12:00 and 13:00–17:00):
/// WO-1 runs 08:00–12:00 today, WO-2 13:00–15:00.
class PlanReleaseCommand : public pmc::test::CliTest {
protected:
    void SetUp() override
    {
        setenv("PMC_USER", "planner-li", 1);
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":0,"plan_release_cutoff":"14:00"},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"17:00"}]},
          "workcenters":[{"code":"CUT","name":"下料","workshop":"W1","parallel_units":1}],
          "items":[{"code":"FG","name":"Frame","type":"finished","source":"make","lead_time_days":1}],
          "routings":[{"item":"FG","operations":[{"seq":10,"workcenter":"CUT","run_minutes_per_unit":6}]}],
          "work_orders":[{"number":"WO-1","item":"FG","qty":40,"due":"2026-11-27"},
                         {"number":"WO-2","item":"FG","qty":20,"due":"2026-11-30"}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
    nlohmann::json json(const std::string& arguments)
    {
        const CliResult r = run(arguments + " --json");
        EXPECT_EQ(r.exitCode, 0) << arguments << ": " << r.err;
        return nlohmann::json::parse(r.out, nullptr, false);
    }
    /// A rush order due today, stored as the desktop would store it.
    void addRushOrder()
    {
        pmc::store::FactoryDatabase db(m_dir.database("f.db"));
        pmc::core::MasterDataEdit edit;
        edit.workOrders.push_back({std::nullopt, pmc::core::WorkOrder{"WO-9", "FG", 30,
                                                                      pmc::core::Date::fromYmd(2026, 11, 25)}});
        ASSERT_TRUE(db.applyEdit(edit).ok());
    }
    std::size_t versionCount() { return json("plan versions --date 2026-11-25").size(); }
};

} // namespace

TEST_F(PlanReleaseCommand, releasePrintsTheVersionStampAndFrozenPlan)
{
    // The local user of a file; the login on a server.
    const std::string releaser = pmc::test::testServer().empty() ? "planner-li" : "postgres";
    const nlohmann::json first = json("plan release --date 2026-11-25 --note 首版");
    EXPECT_EQ(first["version"], 1);
    EXPECT_EQ(first["released_by"], releaser);
    EXPECT_EQ(first["note"], "首版");
    EXPECT_EQ(first["pinned_steps"], 2);
    EXPECT_EQ(first["plan_number"], "DP-20261125-ALL");
    ASSERT_EQ(first["plan"]["lines"].size(), 2u);
    EXPECT_EQ(first["plan"]["lines"][0]["order"], "WO-1");
    EXPECT_EQ(first["plan"]["lines"][0]["start"], "08:00");
    EXPECT_EQ(first["plan"]["lines"][1]["end"], "15:00");

    const CliResult second = run("plan release --date 2026-11-25");
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_NE(second.out.find("version 2 by " + releaser), std::string::npos) << second.out;
    EXPECT_NE(second.out.find("2 lines, 0 steps newly frozen"), std::string::npos) << second.out;

    const nlohmann::json versions = json("plan versions --date 2026-11-25");
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(versions[0]["version"], 1);
    EXPECT_EQ(versions[1]["version"], 2);
    EXPECT_EQ(versions[1]["lines"], 2);
    EXPECT_FALSE(versions[1].contains("plan"));
    EXPECT_TRUE(json("plan versions --date 2026-11-25 --workshop W1").empty());
}

TEST_F(PlanReleaseCommand, diffShowsWhatChangedSinceTheRelease)
{
    json("plan release --date 2026-11-25");
    EXPECT_TRUE(json("plan diff --date 2026-11-25")["changes"].empty());
    addRushOrder();

    const nlohmann::json diff = json("plan diff --date 2026-11-25");
    EXPECT_EQ(diff["from"], 1);
    EXPECT_EQ(diff["to"], "current");
    ASSERT_EQ(diff["changes"].size(), 1u) << diff.dump(2);
    const nlohmann::json& change = diff["changes"][0];
    EXPECT_EQ(change["order"], "WO-9");
    EXPECT_EQ(change["changes"], nlohmann::json::array({"added"}));
    EXPECT_TRUE(change["before"].is_null());
    EXPECT_EQ(change["after"]["start"], "15:00");
    EXPECT_EQ(change["after"]["end"], "17:00");
    EXPECT_EQ(change["after"]["qty"], 20); // 120 of WO-9's 180 minutes fall today

    json("plan release --date 2026-11-25");
    const nlohmann::json versions = json("plan diff --date 2026-11-25 --from 1 --to 2");
    EXPECT_EQ(versions["to"], 2);
    EXPECT_EQ(versions["changes"], diff["changes"]);
    EXPECT_TRUE(json("plan diff --date 2026-11-25")["changes"].empty()); // V2 against now
    EXPECT_EQ(json("plan diff --date 2026-11-25 --from 1")["changes"].size(), 1u);
    EXPECT_EQ(json("plan diff --date 2026-11-25 --to 2")["from"], 1);
}

TEST_F(PlanReleaseCommand, badInputExitsTwoAndWritesNothing)
{
    const auto refused = [this](const std::string& arguments, const std::string& message) {
        const CliResult r = run(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments << ": " << r.out;
        EXPECT_NE(r.err.find(message), std::string::npos) << arguments << ": " << r.err;
    };
    refused("plan diff --date 2026-11-25", "has not been released");
    refused("plan release --date 2026-11-31", "is not a date");
    refused("plan release --date 2026-11-24", "before today");
    refused("plan release --date 2026-11-25 --workshop W9", "no work center belongs to \"W9\"");
    refused("plan release --date 2026-11-25 --bogus 1", "bogus");
    EXPECT_EQ(versionCount(), 0u);
    EXPECT_TRUE(pmc::store::FactoryDatabase(m_dir.database("f.db")).load().operationPins.empty());

    json("plan release --date 2026-11-25");
    refused("plan diff --date 2026-11-25 --from 7", "no version 7");
    refused("plan diff --date 2026-11-25 --from x", "--from: a version number");
    refused("plan diff --date 2026-11-25 --from 1 --to 1", "older version");
    refused("plan diff --date 2026-11-25 --to 1", "first release");
    refused("plan status --now 2026-11-25T25:00", "--now: must be a timestamp");
    refused("plan versions", "--date D is required");
    EXPECT_EQ(versionCount(), 1u);
}

TEST_F(PlanReleaseCommand, statusRemindsAfterTheCutoffUntilTomorrowIsReleased)
{
    const nlohmann::json before = json("plan status --now 2026-11-25T13:59");
    EXPECT_EQ(before["plan_date"], "2026-11-26");
    EXPECT_EQ(before["due"], "2026-11-25T14:00");
    EXPECT_EQ(before["overdue"], false);
    const nlohmann::json after = json("plan status --now 2026-11-25T14:00");
    EXPECT_EQ(after["overdue"], true);
    EXPECT_EQ(after["unreleased_workshops"], nlohmann::json::array({"W1"}));
    const CliResult text = run("plan status --now 2026-11-25T16:00");
    EXPECT_NE(text.out.find("NOT released, overdue"), std::string::npos) << text.out;

    json("plan release --date 2026-11-26 --workshop W1");
    const nlohmann::json released = json("plan status --now 2026-11-25T16:00");
    EXPECT_EQ(released["released"], true);
    EXPECT_EQ(released["overdue"], false);
}

TEST_F(PlanReleaseCommand, theChangeNoticeReadsRightInChinese)
{
    json("plan release --date 2026-11-25");
    addRushOrder();
    const std::string pdf = m_dir.file("notice.pdf");
    const CliResult r = run("plan diff --date 2026-11-25 --pdf " + pdf);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("1 changes"), std::string::npos) << r.out;
    EXPECT_EQ(pmc::test::readTextFile(pdf).substr(0, 4), "%PDF");

    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string text = m_dir.file("notice.txt");
    ASSERT_EQ(std::system(("/usr/bin/pdftotext -layout " + pdf + " " + text).c_str()), 0);
    const std::string content = pmc::test::readTextFile(text);
    for (const char* expected : {"生产计划变更通知单", "DP-20261125-ALL/V1-NOW", "2026-11-25", "新增", "WO-9", "15:00",
                                 "编制", "审核", "批准", "第 1 页"})
        EXPECT_NE(content.find(expected), std::string::npos) << expected << "\n" << content;
}
