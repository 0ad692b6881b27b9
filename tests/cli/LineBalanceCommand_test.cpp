#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using pmc::test::CliResult;

const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25" },
  "calendar": { "workdays": [1, 2, 3, 4, 5], "shifts": [ { "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "17:00" } ] },
  "items": [ { "code": "EB", "type": "finished", "source": "make" } ],
  "line_stations": [ { "line": "L1", "station": "10", "name": "装前叉", "seconds": 30 },
                     { "line": "L1", "station": "20", "name": "装车轮", "seconds": 50 },
                     { "line": "L1", "station": "30", "name": "布线", "operators": 2, "seconds": 80 },
                     { "line": "L1", "station": "40", "name": "检验", "seconds": 45 },
                     { "line": "L2", "station": "10", "seconds": 20 } ]
})";

class LineBalanceCommand : public pmc::test::CliTest {
protected:
    void SetUp() override { ASSERT_EQ(run("import " + m_dir.write("s.json", kScenario)).exitCode, 0); }
};

} // namespace

TEST_F(LineBalanceCommand, balanceSheetForTheDaysDemand)
{
    const CliResult r = run("line-balance L1 --demand 600 --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["available_seconds"], 28800); // two 4-hour shifts
    EXPECT_DOUBLE_EQ(doc["takt_seconds"].get<double>(), 48);
    EXPECT_DOUBLE_EQ(doc["balance_rate"].get<double>(), 0.82);
    EXPECT_EQ(doc["bottleneck"], "20");
    EXPECT_DOUBLE_EQ(doc["uph"].get<double>(), 72);
    EXPECT_EQ(doc["meets_takt"], false);
    EXPECT_EQ(doc["minimum_stations"], 5);
    EXPECT_EQ(doc["stations"][2]["cycle_seconds"], 40);
    EXPECT_EQ(nlohmann::json::parse(run("line-balance --json").out), nlohmann::json({"L1", "L2"}));
}

TEST_F(LineBalanceCommand, stationsRoundTripAndBadInputIsRefused)
{
    const auto exported = nlohmann::json::parse(run("export").out);
    ASSERT_EQ(exported["line_stations"].size(), 5u);
    EXPECT_EQ(exported["line_stations"][2]["operators"], 2);
    EXPECT_EQ(run("line-balance L9").exitCode, 2);
    EXPECT_EQ(run("line-balance L1 --demand 0").exitCode, 2);
    EXPECT_EQ(run("line-balance L1 --hours 30").exitCode, 2);
    std::string twice = kScenario;
    twice.replace(twice.find("\"station\": \"20\""), 15, "\"station\": \"10\"");
    const CliResult bad = run("import " + m_dir.write("bad.json", twice));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("line_stations[1].station: \"10\" appears twice on line L1"), std::string::npos) << bad.err;
}
