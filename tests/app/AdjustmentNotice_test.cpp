#include "app/print/MaterialAdjustmentNotice.h"
#include "app/print/PlanAdjustmentNotice.h"
#include "support/ChangeFactory.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <unistd.h>

using namespace pmc;
using namespace pmc::core::test;

namespace {

/// The PDF's text layer, through pdftotext (poppler-utils).
std::string pdfText(const test::TempDir& dir, const QString& pdf)
{
    const std::string text = dir.file("notice.txt");
    EXPECT_EQ(std::system(("/usr/bin/pdftotext -layout " + pdf.toStdString() + " " + text).c_str()), 0);
    return test::readTextFile(text);
}

const app::NoticeHeading kHeading{QStringLiteral("TZ-20261125-01"), kToday, QStringLiteral("Li Planner")};

} // namespace

TEST(PlanAdjustmentNotice, printsTheChineseTitleAndTheChangedOrder)
{
    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("plan.pdf"));
    const ChangeFactory factory = midProduction();
    const app::PlanAdjustmentNotice notice(halvedMidProduction(), factory.model, kHeading);
    ASSERT_TRUE(notice.writePdf(pdf));
    const std::string text = pdfText(dir, pdf);
    EXPECT_NE(text.find("生产计划调整单"), std::string::npos) << text.substr(0, 600);
    EXPECT_NE(text.find("PLN-00001"), std::string::npos);
    EXPECT_NE(text.find("TZ-20261125-01"), std::string::npos);
    EXPECT_NE(text.find("生产部签收"), std::string::npos);
    EXPECT_NE(text.find("第 1 页 / 共 1 页"), std::string::npos);
}

TEST(MaterialAdjustmentNotice, printsTheChineseTitleAndEveryPurchase)
{
    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("material.pdf"));
    const app::MaterialAdjustmentNotice notice(halvedMidProduction(), kHeading);
    ASSERT_EQ(notice.content().rows.size(), 2u);
    ASSERT_TRUE(notice.writePdf(pdf));
    const std::string text = pdfText(dir, pdf);
    EXPECT_NE(text.find("物料交货期调整通知单"), std::string::npos) << text.substr(0, 600);
    EXPECT_NE(text.find("PO-1"), std::string::npos);
    EXPECT_NE(text.find("PO-2"), std::string::npos);
    EXPECT_NE(text.find("采购签收"), std::string::npos);
}

TEST(MaterialAdjustmentNotice, repeatsTheHeaderOnEveryPageOfALongList)
{
    core::ChangeImpact impact = halvedMidProduction();
    const core::MaterialAdjustment row = impact.materialAdjustments.front();
    impact.materialAdjustments.assign(30, row); // 19 rows fit on a page
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("long.pdf"));
    ASSERT_TRUE(app::MaterialAdjustmentNotice(impact, kHeading).writePdf(pdf));
    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string text = pdfText(dir, pdf);
    EXPECT_NE(text.find("第 2 页 / 共 2 页"), std::string::npos) << text;
    // The column captions once per page.
    std::size_t headers = 0;
    for (std::size_t at = text.find("原需求日"); at != std::string::npos; at = text.find("原需求日", at + 1))
        ++headers;
    EXPECT_EQ(headers, 2u);
}

TEST(MaterialAdjustmentNotice, cannotWriteIntoAMissingFolder)
{
    QString error;
    EXPECT_FALSE(app::MaterialAdjustmentNotice(halvedMidProduction(), kHeading)
                     .writePdf(QStringLiteral("/nonexistent/dir/m.pdf"), &error));
    EXPECT_FALSE(error.isEmpty());
}
