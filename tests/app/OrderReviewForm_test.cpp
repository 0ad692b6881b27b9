// The printed order review form (订单评审表) of a demo order under review, read back through
// the PDF's text layer.
#include "app/Document.h"
#include "app/print/OrderReviewForm.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <unistd.h>

using namespace pmc;
using Conclusion = app::OrderReviewForm::Conclusion;

namespace
{

class OrderReviewForm : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.open(QString::fromStdString(dir.file("demo.db")), true);
        order = document.factory().salesOrders.at(0);
        order.status = core::SalesOrderStatus::InReview;
        order.custom = false;
        order.reviews = { review(core::Department::Sales, core::ReviewVerdict::Accept, "", "王五"),
            review(core::Department::Pmc, core::ReviewVerdict::AcceptWithConditions, "周六加班两天", "李四") };
        order.reviews[1].canMeet = document.factory().settings.today + 12;
    }
    static core::DepartmentReview review(core::Department department, core::ReviewVerdict verdict,
        const std::string& comment, const std::string& reviewer)
    {
        return { department, verdict, std::nullopt, comment, reviewer, "2026-11-25T10:30" };
    }
    /// The PDF's text layer, through pdftotext (poppler-utils); empty when it is not installed.
    std::string pdfText(const app::OrderReviewForm& form) const
    {
        const std::string pdf = dir.file("form.pdf");
        EXPECT_TRUE(form.writePdf(QString::fromStdString(pdf)));
        EXPECT_EQ(test::readTextFile(pdf).substr(0, 4), "%PDF");
        if (access("/usr/bin/pdftotext", X_OK) != 0)
            return {};
        const std::string text = dir.file("form.txt");
        EXPECT_EQ(std::system(("/usr/bin/pdftotext -layout " + pdf + " " + text).c_str()), 0);
        return test::readTextFile(text);
    }
    static std::size_t count(const std::string& text, const std::string& word)
    {
        std::size_t n = 0;
        for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
            ++n;
        return n;
    }

    test::TempDir dir;
    app::Document document;
    core::SalesOrder order;
};

} // namespace

TEST_F(OrderReviewForm, printsTheOrderItsLinesAndEveryDepartmentsAnswer)
{
    const app::OrderReviewForm form(document.factory(), order);
    EXPECT_EQ(form.sheetNumber(), QStringLiteral("PS-") + QString::fromStdString(order.number));
    EXPECT_EQ(form.conclusion(), Conclusion::Pending) << "quality, production and purchasing have not answered";
    const std::string text = pdfText(form);
    if (text.empty())
        GTEST_SKIP() << "pdftotext is not installed";
    EXPECT_NE(text.find("订单评审表"), std::string::npos) << text.substr(0, 800);
    EXPECT_NE(text.find("PS-" + order.number), std::string::npos);
    EXPECT_NE(text.find(order.customer), std::string::npos);
    EXPECT_NE(text.find(order.lines.at(0).item), std::string::npos);
    EXPECT_NE(text.find(document.factory().findItem(order.lines.at(0).item)->name), std::string::npos);
    // Every department, the Chinese caption over the (untranslated) English name.
    EXPECT_NE(text.find("品质部"), std::string::npos);
    EXPECT_NE(text.find("Quality"), std::string::npos);
    EXPECT_NE(text.find("Purchasing / material control"), std::string::npos);
    EXPECT_NE(text.find("李四"), std::string::npos);
    EXPECT_NE(text.find("王五"), std::string::npos);
    EXPECT_NE(text.find("周六加班两天"), std::string::npos);
    EXPECT_NE(text.find((document.factory().settings.today + 12).toString()), std::string::npos) << "PMC's date";
    EXPECT_NE(text.find("Waiting for:"), std::string::npos);
    EXPECT_EQ(count(text, "不需评审"), 1u) << "only engineering, for a standard order";
    EXPECT_NE(text.find("总经理"), std::string::npos);
    EXPECT_NE(text.find("Page 1 of 1"), std::string::npos);
}

TEST_F(OrderReviewForm, theConclusionFollowsTheReviewPolicy)
{
    for (const core::Department d :
        { core::Department::Quality, core::Department::Production, core::Department::Purchasing })
        order.reviews.push_back(review(d, core::ReviewVerdict::Accept, "", "张三"));
    EXPECT_EQ(app::OrderReviewForm(document.factory(), order).conclusion(), Conclusion::AcceptWithConditions);
    order.custom = true; // engineering's drawings are now awaited
    EXPECT_EQ(app::OrderReviewForm(document.factory(), order).conclusion(), Conclusion::Pending);
    order.reviews.push_back(review(core::Department::Engineering, core::ReviewVerdict::Reject, "图纸未定", "赵六"));
    EXPECT_EQ(app::OrderReviewForm(document.factory(), order).conclusion(), Conclusion::Reject);
    order.reviews.back().verdict = core::ReviewVerdict::Accept;
    order.reviews[1].verdict = core::ReviewVerdict::Accept; // PMC's condition is lifted
    EXPECT_EQ(app::OrderReviewForm(document.factory(), order).conclusion(), Conclusion::Accept);
}

TEST_F(OrderReviewForm, aConfirmedOrderPrintsItsPromisedDate)
{
    order.status = core::SalesOrderStatus::Confirmed;
    const core::Date promised = document.factory().settings.today + 30;
    for (core::SalesOrderLine& line : order.lines)
        line.promised = promised;
    const std::string text = pdfText(app::OrderReviewForm(document.factory(), order));
    if (text.empty())
        GTEST_SKIP() << "pdftotext is not installed";
    // In the line block and as the confirmed date.
    EXPECT_EQ(count(text, promised.toString()), order.lines.size() + 1) << text;
}

TEST_F(OrderReviewForm, aLongOrderRunsOntoMorePagesWithTheReviewOnTheLast)
{
    const core::SalesOrderLine line = order.lines.at(0);
    order.lines.assign(36, line); // 28 fit on the first page, below the header block
    const std::string text = pdfText(app::OrderReviewForm(document.factory(), order));
    if (text.empty())
        GTEST_SKIP() << "pdftotext is not installed";
    EXPECT_NE(text.find("Page 2 of 2"), std::string::npos) << text;
    EXPECT_EQ(count(text, "产品编码"), 2u) << "the line table header on both pages";
    EXPECT_EQ(count(text, "部门评审"), 1u);
    EXPECT_GT(text.find("部门评审"), text.find("Page 1 of 2"));
    EXPECT_NE(text.find("订单评审表（续）"), std::string::npos);
}

TEST_F(OrderReviewForm, theReviewBlockStaysWholeOnTheNextPage)
{
    const core::SalesOrderLine line = order.lines.at(0);
    order.lines.assign(12, line); // the lines fit on the first page, the review block does not
    const std::string text = pdfText(app::OrderReviewForm(document.factory(), order));
    if (text.empty())
        GTEST_SKIP() << "pdftotext is not installed";
    EXPECT_NE(text.find("Page 2 of 2"), std::string::npos) << text;
    EXPECT_EQ(count(text, "产品编码"), 1u);
    EXPECT_GT(text.find("生管/PMC"), text.find("Page 1 of 2"));
    EXPECT_GT(text.find("总经理"), text.find("Page 1 of 2"));
}

TEST_F(OrderReviewForm, cannotWriteIntoAMissingFolder)
{
    QString error;
    EXPECT_FALSE(
        app::OrderReviewForm(document.factory(), order).writePdf(QStringLiteral("/nonexistent/dir/f.pdf"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent/dir/f.pdf")));
}
