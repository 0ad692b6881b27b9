// `pmc-cli order form NUMBER --pdf FILE`: the printed order review form (订单评审表).
#include "support/CliTest.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <unistd.h>

namespace
{

using pmc::test::CliResult;

class OrderFormCommand : public pmc::test::CliTest
{
protected:
    void SetUp() override
    {
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":60,"material_buffer_days":3},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"16:00"}]},
          "items":[{"code":"FG","name":"成品","type":"finished","source":"buy","lead_time_days":2}],
          "sales_orders":[{"number":"SO-OLD","customer":"甲","lines":[{"item":"FG","qty":5,"due":"2026-12-01"}]}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
    /// Runs `order form`, skipping the test when this pmc-cli cannot print.
    CliResult form(const std::string& arguments) const
    {
        const CliResult r = run("order form " + arguments);
        if (r.exitCode == 2 && r.err.find("without the Qt print layer") != std::string::npos)
            ADD_FAILURE() << "pmc-cli built without PMC_BUILD_UI";
        return r;
    }
};

} // namespace

TEST_F(OrderFormCommand, writesTheReviewFormOfAnOrderUnderReview)
{
    ASSERT_EQ(run("order new --customer 乙 FG:10:2026-12-10").exitCode, 0);
    ASSERT_EQ(run("order submit SO-202611-0001").exitCode, 0);
    const CliResult reviewed = run("order review SO-202611-0001 --department pmc --verdict accept_with_conditions "
                                   "--can-meet 2026-12-12 --comment 周六加班 --reviewer 李四");
    ASSERT_EQ(reviewed.exitCode, 0) << reviewed.err;

    const std::string pdf = m_dir.file("form.pdf");
    const CliResult r = form("SO-202611-0001 --pdf " + pdf);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("PS-SO-202611-0001"), std::string::npos) << r.out;
    EXPECT_EQ(pmc::test::readTextFile(pdf).substr(0, 4), "%PDF");

    if (access("/usr/bin/pdftotext", X_OK) != 0)
        GTEST_SKIP() << "pdftotext is not installed";
    const std::string text = m_dir.file("form.txt");
    ASSERT_EQ(std::system(("/usr/bin/pdftotext " + pdf + " " + text).c_str()), 0);
    const std::string content = pmc::test::readTextFile(text);
    EXPECT_NE(content.find("订单评审表"), std::string::npos) << content.substr(0, 400);
    EXPECT_NE(content.find("SO-202611-0001"), std::string::npos);
    EXPECT_NE(content.find("李四"), std::string::npos);
    EXPECT_NE(content.find("周六加班"), std::string::npos);
    EXPECT_NE(content.find("2026-12-12"), std::string::npos);
}

TEST_F(OrderFormCommand, anUnknownOrderOrAMissingFileIsAUsageError)
{
    const CliResult unknown = run("order form SO-NONE --pdf " + m_dir.file("x.pdf"));
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("SO-NONE"), std::string::npos) << unknown.err;
    EXPECT_EQ(run("order form SO-OLD").exitCode, 2);
}

TEST_F(OrderFormCommand, anUnwritablePathFails)
{
    const CliResult r = form("SO-OLD --pdf /nonexistent/dir/form.pdf");
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("/nonexistent/dir/form.pdf"), std::string::npos) << r.err;
}
