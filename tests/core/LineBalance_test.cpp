#include "core/linebalance/LineBalance.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

std::vector<LineStation> assembly()
{
    return {{"L1", "10", "装前叉", 1, 30}, {"L1", "20", "装车轮", 1, 50}, {"L1", "30", "布线", 2, 80},
            {"L1", "40", "检验", 1, 45}};
}

} // namespace

TEST(LineBalance, balanceRateWithManningBottleneckAndUph)
{
    const LineBalance b = balanceLine(assembly(), 8 * 3600, 600);
    EXPECT_EQ(b.workSeconds, 205);
    EXPECT_EQ(b.operators, 5);
    EXPECT_EQ(b.bottleneck, "20");
    EXPECT_EQ(b.bottleneckSeconds, 50);
    EXPECT_DOUBLE_EQ(b.stations[2].cycleSeconds, 40);
    // Σ(CT × people) ÷ (people × bottleneck CT) = 205 ÷ (5 × 50).
    EXPECT_DOUBLE_EQ(b.balanceRate, 0.82);
    EXPECT_NEAR(b.balanceLoss(), 0.18, 1e-12);
    EXPECT_DOUBLE_EQ(b.unitsPerHour, 72);
    EXPECT_DOUBLE_EQ(b.unitsPerPersonHour, 14.4);
    EXPECT_DOUBLE_EQ(b.capacity, 576);
    ASSERT_TRUE(b.taktSeconds);
    EXPECT_DOUBLE_EQ(*b.taktSeconds, 48);
    EXPECT_EQ(*b.minimumStations, 5); // ⌈205 ÷ 48⌉
    EXPECT_FALSE(b.meetsTakt());
    EXPECT_TRUE(b.stations[1].overTakt);
    EXPECT_TRUE(b.stations[1].bottleneck);
    EXPECT_FALSE(b.stations[3].overTakt);
}

TEST(LineBalance, onePersonPerStationIsTheClassicFormula)
{
    const LineBalance b = balanceLine({{"L2", "A", "", 1, 10}, {"L2", "B", "", 1, 20}, {"L2", "C", "", 1, 30}}, 3600,
                                      std::nullopt);
    EXPECT_NEAR(b.balanceRate, 60.0 / 90, 1e-12);
    EXPECT_FALSE(b.taktSeconds);
    EXPECT_TRUE(b.meetsTakt());
    EXPECT_DOUBLE_EQ(b.capacity, 120);
}

TEST(LineBalance, movingWorkOffTheBottleneckRaisesBalanceAndUph)
{
    std::vector<LineStation> stations = assembly();
    stations[1].seconds = 42; // one element of 8 s moves …
    stations[0].seconds = 38; // … to the first station
    const LineBalance b = balanceLine(stations, 8 * 3600, 600);
    EXPECT_EQ(b.bottleneck, "40");
    EXPECT_NEAR(b.balanceRate, 205.0 / (5 * 45), 1e-12);
    EXPECT_DOUBLE_EQ(b.unitsPerHour, 80);
    EXPECT_TRUE(b.meetsTakt());
}

TEST(LineBalance, badStationsAreNamed)
{
    const ValidationResult r = checkLineStations(
        {{"L1", "10", "", 1, 30}, {"L1", "10", "", 1, 30}, {"L1", "", "", 0, 0}, {"L2", "10", "", 1, 5}});
    ASSERT_EQ(r.issues().size(), 4u);
    EXPECT_EQ(r.issues()[0].toString(), "line_stations[1].station: \"10\" appears twice on line L1");
    EXPECT_EQ(r.issues()[1].path, "line_stations[2].station");
    EXPECT_EQ(r.issues()[2].path, "line_stations[2].operators");
    EXPECT_EQ(r.issues()[3].path, "line_stations[2].seconds");
}
