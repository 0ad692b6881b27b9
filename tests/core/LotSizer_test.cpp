#include "core/mrp/LotSizer.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

Item itemWith(LotPolicy lot, const std::string& uom)
{
    Item item;
    item.code = "X";
    item.uom = uom;
    item.lot = lot;
    return item;
}

double order(LotPolicy lot, double need, const std::string& uom = "kg")
{
    return LotSizer(itemWith(lot, uom)).orderQty(need);
}

const LotPolicy kLotForLot{LotRule::LotForLot, 0, 0, 0};

LotPolicy fixed(double size) { return {LotRule::Fixed, size, 0, 0}; }
LotPolicy minMultiple(double moq, double multiple) { return {LotRule::MinMultiple, 0, moq, multiple}; }

} // namespace

TEST(LotSizer, lotForLotOrdersTheNeed)
{
    EXPECT_EQ(order(kLotForLot, 12.34), 12.34);
}

TEST(LotSizer, fixedOrdersTheSmallestMultipleOfSizeCoveringTheNeed)
{
    EXPECT_EQ(order(fixed(50), 120), 150);
    EXPECT_EQ(order(fixed(50), 100), 100);
    EXPECT_EQ(order(fixed(50), 0.5), 50);
}

TEST(LotSizer, minMultipleRaisesToMoqThenRoundsToMultiple)
{
    EXPECT_EQ(order(minMultiple(200, 50), 30), 200);
    EXPECT_EQ(order(minMultiple(200, 50), 230), 250);
}

TEST(LotSizer, minMultipleRoundsAnMoqThatIsNoMultiple)
{
    EXPECT_EQ(order(minMultiple(120, 50), 10), 150);
}

TEST(LotSizer, minMultipleWithoutMultipleKeepsNeedAboveMoq)
{
    EXPECT_EQ(order(minMultiple(100, 0), 130.5), 130.5);
    EXPECT_EQ(order(minMultiple(100, 0), 20), 100);
}

TEST(LotSizer, piecesRoundUpToWholeUnitsAfterTheLotRule)
{
    EXPECT_EQ(order(kLotForLot, 2.2, "pcs"), 3);
    EXPECT_EQ(order(fixed(0.5), 1.2, "pcs"), 2);
}

TEST(LotSizer, otherUnitsStayFractional)
{
    EXPECT_EQ(order(kLotForLot, 2.2, "kg"), 2.2);
    EXPECT_EQ(order(fixed(0.5), 1.2, "m"), 1.5);
}

TEST(LotSizer, roundingIgnoresFloatNoise)
{
    EXPECT_EQ(order(kLotForLot, 3.0000000000000004, "pcs"), 3);
    EXPECT_NEAR(order(fixed(0.1), 0.1 + 0.2), 0.3, 1e-12);
    EXPECT_EQ(order(minMultiple(0, 0.7), 0.7 * 3), 0.7 * 3);
}

TEST(LotSizer, roundingAboveNoiseStillRoundsUp)
{
    EXPECT_EQ(order(kLotForLot, 3.000001, "pcs"), 4);
    EXPECT_EQ(order(fixed(50), 100.001), 150);
}
