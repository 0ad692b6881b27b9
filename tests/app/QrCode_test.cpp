#include "app/print/QrCode.h"

#include <gtest/gtest.h>

#include <algorithm>

using pmc::app::QrCode;

namespace {

/// A finder pattern (the 7×7 square in three corners): a dark ring, a light ring, a dark 3×3 core.
bool hasFinderAt(const QrCode& code, int top, int left)
{
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 7; ++c) {
            const int ring = std::min({r, c, 6 - r, 6 - c});
            if (code.isDark(top + r, left + c) != (ring != 1))
                return false;
        }
    return true;
}

} // namespace

TEST(QrCode, aWorkOrderNumberIsAVersionOneSymbolWithItsThreeFinders)
{
    const QrCode code(QStringLiteral("WO-2026-1465"));
    if (code.isEmpty())
        GTEST_SKIP() << "pmc_app was built without libqrencode";
    EXPECT_EQ(code.size(), 21); // version 1: 12 characters fit at level M
    EXPECT_TRUE(hasFinderAt(code, 0, 0));
    EXPECT_TRUE(hasFinderAt(code, 0, code.size() - 7));
    EXPECT_TRUE(hasFinderAt(code, code.size() - 7, 0));
    EXPECT_FALSE(hasFinderAt(code, code.size() - 7, code.size() - 7)); // the fourth corner carries data
}

TEST(QrCode, aLongerTextNeedsALargerSymbolAndTheSameTextTheSameOne)
{
    const QrCode shortCode(QStringLiteral("KL-WO-1"));
    const QrCode longCode(QStringLiteral("KL-20261126-ALL plus a much longer text than an order number"));
    if (shortCode.isEmpty())
        GTEST_SKIP() << "pmc_app was built without libqrencode";
    EXPECT_GT(longCode.size(), shortCode.size());
    EXPECT_EQ((longCode.size() - 17) % 4, 0); // sizes are 17 + 4 × version
    const QrCode again(QStringLiteral("KL-WO-1"));
    ASSERT_EQ(again.size(), shortCode.size());
    for (int r = 0; r < again.size(); ++r)
        for (int c = 0; c < again.size(); ++c)
            ASSERT_EQ(again.isDark(r, c), shortCode.isDark(r, c));
}
