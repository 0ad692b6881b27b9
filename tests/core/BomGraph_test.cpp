#include "core/bom/BomGraph.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

Item item(const std::string& code, ItemSource source = ItemSource::Make)
{
    Item i;
    i.code = code;
    i.source = source;
    return i;
}

FactoryModel bike()
{
    FactoryModel m;
    m.items = {item("BIKE"), item("FRAME"), item("WHEEL"), item("TUBE", ItemSource::Buy), item("SPOKE", ItemSource::Buy)};
    m.boms = {
        {"BIKE", "FRAME", 1, 0.0, {}, {}},
        {"BIKE", "WHEEL", 2, 0.0, {}, {}},
        {"FRAME", "TUBE", 2.5, 0.02, {}, {}},
        {"WHEEL", "SPOKE", 36, 0.05, {}, {}},
        {"WHEEL", "TUBE", 0.5, 0.0, {}, Date::parse("2026-12-01")},
    };
    return m;
}

} // namespace

TEST(BomGraph, lowLevelCodesPutEveryItemBelowAllItsParents)
{
    const FactoryModel m = bike();
    const BomGraph g(m);
    const auto llc = g.lowLevelCodes();
    EXPECT_EQ(llc[g.indexOf("BIKE")], 0);
    EXPECT_EQ(llc[g.indexOf("FRAME")], 1);
    EXPECT_EQ(llc[g.indexOf("TUBE")], 2);
    EXPECT_EQ(llc[g.indexOf("SPOKE")], 2);
}

TEST(BomGraph, explosionAppliesScrapAtEveryLevelAndSumsTotals)
{
    const FactoryModel m = bike();
    const BomExplosion e = BomGraph(m).explode("BIKE", 10, *Date::parse("2026-11-25"));
    ASSERT_EQ(e.lines.size(), 5u);
    EXPECT_EQ(e.lines[0].item, "FRAME");
    EXPECT_EQ(e.lines[1].item, "TUBE");
    EXPECT_EQ(e.lines[1].level, 2);
    EXPECT_DOUBLE_EQ(e.lines[1].qty, 10 * 2.5 * 1.02);
    EXPECT_DOUBLE_EQ(e.lines[3].qty, 20 * 36 * 1.05);
    ASSERT_EQ(e.totals.size(), 4u);
    EXPECT_EQ(e.totals[1].item, "TUBE");
    EXPECT_DOUBLE_EQ(e.totals[1].qty, 25.5 + 20 * 0.5);
}

TEST(BomGraph, explosionSkipsRowsNotValidOnTheDate)
{
    const FactoryModel m = bike();
    const BomExplosion e = BomGraph(m).explode("BIKE", 1, *Date::parse("2026-12-01"));
    EXPECT_EQ(e.lines.size(), 4u); // valid_to is exclusive
    EXPECT_DOUBLE_EQ(e.totals[1].qty, 2.5 * 1.02);
}

TEST(BomGraph, findsTheCyclePath)
{
    FactoryModel m = bike();
    m.boms.push_back({"TUBE", "BIKE", 1, 0, {}, {}});
    const auto cycle = BomGraph(m).findCycle();
    ASSERT_TRUE(cycle);
    EXPECT_EQ(cycle->front(), cycle->back());
    EXPECT_GE(cycle->size(), 3u);
    EXPECT_FALSE(BomGraph(bike()).findCycle());
}

TEST(BomGraph, whereUsedSingleAndMultiLevel)
{
    const FactoryModel m = bike();
    const BomGraph g(m);
    EXPECT_EQ(g.whereUsed("SPOKE", false).size(), 1u);
    const auto all = g.whereUsed("SPOKE", true);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].parent, "BIKE");
    EXPECT_EQ(all[1].level, 2);
}
