#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using pmc::test::CliResult;
using nlohmann::json;

class OrderCommand : public pmc::test::CliTest {
protected:
    void SetUp() override
    {
        const std::string scenario = R"({"format":"pmc-scenario/1",
          "settings":{"today":"2026-11-25","horizon_days":60,"material_buffer_days":3},
          "calendar":{"workdays":[1,2,3,4,5],"shifts":[{"start":"08:00","end":"16:00"}]},
          "items":[{"code":"FG","type":"finished","source":"buy","lead_time_days":2}],
          "sales_orders":[{"number":"SO-OLD","customer":"甲","lines":[{"item":"FG","qty":5,"due":"2026-12-01"}]}]})";
        ASSERT_EQ(run("import " + m_dir.write("s.json", scenario)).exitCode, 0);
    }
    json runJson(const std::string& arguments) const
    {
        const CliResult r = run(arguments + " --json");
        EXPECT_EQ(r.exitCode, 0) << arguments << "\n" << r.err;
        return r.exitCode == 0 ? json::parse(r.out) : json();
    }
    std::string exported() const { return run("export").out; }
};

} // namespace

TEST_F(OrderCommand, anOrderGoesFromDraftThroughReviewToShipped)
{
    const json created = runJson("order new --customer 乙 FG:10:2026-12-10 FG:4:2026-12-15");
    EXPECT_EQ(created["number"], "SO-202611-0001");
    EXPECT_EQ(created["status"], "draft");
    EXPECT_EQ(created["order_date"], "2026-11-25");
    EXPECT_EQ(runJson("mrp")["planned_orders"].size(), 1u) << "a draft is not demand";

    EXPECT_EQ(runJson("order submit SO-202611-0001")["status"], "in_review");
    for (const char* d : {"sales", "quality", "production", "purchasing"})
        runJson(std::string("order review SO-202611-0001 --verdict accept --department ") + d);
    const CliResult early = run("order confirm SO-202611-0001");
    EXPECT_EQ(early.exitCode, 2);
    EXPECT_NE(early.err.find("waiting for the review of pmc"), std::string::npos) << early.err;

    const json reviewed = runJson("order review SO-202611-0001 --department pmc --verdict accept_with_conditions "
                                  "--can-meet 2026-12-12 --comment 加班 --reviewer 李四");
    EXPECT_EQ(reviewed["review"]["can_confirm"], true);
    EXPECT_EQ(reviewed["review"]["proposed_date"], "2026-12-12");
    EXPECT_EQ(reviewed["review"]["conditional"], json::array({"pmc"}));

    const json confirmed = runJson("order confirm SO-202611-0001");
    EXPECT_EQ(confirmed["status"], "confirmed");
    EXPECT_EQ(confirmed["lines"][0]["promised"], "2026-12-12");
    EXPECT_EQ(confirmed["lines"][1]["promised"], "2026-12-15");
    EXPECT_EQ(runJson("mrp")["planned_orders"].size(), 3u);

    EXPECT_EQ(runJson("order ship SO-202611-0001 --line 1 --qty 10 --delivery DN-1")["status"], "partially_shipped");
    EXPECT_EQ(runJson("order ship SO-202611-0001 --line 2 --qty 4")["status"], "shipped");

    const json history = runJson("order history SO-202611-0001");
    ASSERT_GE(history.size(), 10u);
    EXPECT_EQ(history[0]["kind"], "created");
    EXPECT_EQ(history.back()["kind"], "shipment");
    EXPECT_FALSE(history[0]["author"].get<std::string>().empty());
}

TEST_F(OrderCommand, badInputIsRefusedAndChangesNothing)
{
    const std::string before = exported();
    const auto refused = [&](const std::string& arguments, const std::string& message) {
        const CliResult r = run(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments;
        EXPECT_NE(r.err.find(message), std::string::npos) << arguments << "\n" << r.err;
        EXPECT_EQ(exported(), before) << arguments;
    };
    refused("order new --customer X NOPE:5:2026-12-10", "unknown item \"NOPE\"");
    refused("order new --customer X FG:0:2026-12-10", "line 1: quantity 0 must be greater than 0");
    refused("order new --customer X FG:-3:2026-12-10", "line 1: quantity -3 must be greater than 0");
    refused("order new --customer X FG:5:2026-11-20", "date 2026-11-20 lies before today");
    refused("order new --customer X FG:five:2026-12-10", "quantity \"five\" is not a number");
    refused("order new --customer X", "has no lines");
    refused("order ship SO-OLD --line 1 --qty 6", "line 1: shipping 6 but only 5 is open");
    refused("order ship SO-OLD --line 2 --qty 1", "has no line 2");
    refused("order change SO-OLD --line 1 --qty -1", "quantity -1 must be greater than 0");
    refused("order review SO-OLD --department sales --verdict accept", "is confirmed, which does not allow this");
    refused("order review SO-OLD --department finance --verdict accept", "--department");
    refused("order confirm SO-NONE", "no sales order \"SO-NONE\"");
}

TEST_F(OrderCommand, aChangeOrCancellationChangesTheDemand)
{
    const json changed = runJson("order change SO-OLD --line 1 --qty 8 --due 2026-12-03 --reason customer_change");
    EXPECT_EQ(changed["impact"]["reason"], "customer_change");
    ASSERT_EQ(changed["impact"]["sales_lines"].size(), 1u);
    EXPECT_EQ(changed["impact"]["sales_lines"][0]["line"], "SO-OLD/1");
    json mrp = runJson("mrp");
    ASSERT_EQ(mrp["planned_orders"].size(), 1u);
    EXPECT_EQ(mrp["planned_orders"][0]["qty"], 8);
    EXPECT_EQ(mrp["planned_orders"][0]["due"], "2026-12-03");
    const json cancelled = runJson("order cancel SO-OLD");
    EXPECT_EQ(cancelled["status"], "cancelled");
    EXPECT_TRUE(cancelled["impact"]["sales_lines"][0]["after"].is_null()) << "no longer demand";
    EXPECT_TRUE(runJson("mrp")["planned_orders"].empty());
    const json history = runJson("order history SO-OLD");
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0]["kind"], "qty");
    EXPECT_EQ(history[2]["after"], "cancelled");
}
