#include "core/plan/PrintPaper.h"

#include <gtest/gtest.h>

using pmc::core::PrintPaper;
using pmc::core::parsePrintPaper;

TEST(PrintPaper, readsASizeWithAnOptionalOrientationInAnyCase)
{
    EXPECT_EQ(parsePrintPaper("A4"), (PrintPaper{PrintPaper::Size::A4, false}));
    EXPECT_EQ(parsePrintPaper("a3 PORTRAIT"), (PrintPaper{PrintPaper::Size::A3, true}));
    EXPECT_EQ(parsePrintPaper("  letter   landscape "), (PrintPaper{PrintPaper::Size::Letter, false}));
    EXPECT_EQ(parsePrintPaper("Legal portrait"), (PrintPaper{PrintPaper::Size::Legal, true}));
}

TEST(PrintPaper, refusesUnknownSizesOrientationsAndExtraWords)
{
    for (const char* text : {"", "A6", "A4 sideways", "A4 portrait please", "portrait", "A 4"})
        EXPECT_FALSE(parsePrintPaper(text).has_value()) << text;
}

TEST(PrintPaper, writesWhatItReads)
{
    using Size = PrintPaper::Size;
    for (const Size size : {Size::A4, Size::A3, Size::A5, Size::B5, Size::Letter, Size::Legal})
        for (const bool portrait : {false, true}) {
            const PrintPaper paper{size, portrait};
            EXPECT_EQ(parsePrintPaper(toString(paper)), paper) << toString(paper);
        }
    EXPECT_EQ(toString(PrintPaper{}), "A4 landscape");
}
