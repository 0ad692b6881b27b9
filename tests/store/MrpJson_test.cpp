#include "store/MrpJson.h"

#include <gtest/gtest.h>

using namespace pmc;

namespace {

core::MrpResult sampleResult()
{
    core::MrpResult result;
    result.plannedOrders.push_back({"PLN-00001", "RM-TUBE", 200, core::Date::fromYmd(2026, 12, 1),
                                    core::Date::fromYmd(2026, 11, 25), core::ItemSource::Buy,
                                    {{"safety_stock", 30}, {"SO-2026-0001/1", 12.5}}});
    result.exceptions.push_back({"RM-TUBE", core::MrpException::Kind::PastDue, core::Date::fromYmd(2026, 12, 1),
                                 "PLN-00001 due 2026-12-01: release 2026-11-21 is before today 2026-11-25",
                                 "PLN-00001"});
    return result;
}

} // namespace

TEST(MrpJson, emptyResultHasBothArrays)
{
    EXPECT_EQ(store::mrpResultToJson({}).dump(), R"({"exceptions":[],"planned_orders":[]})");
}

TEST(MrpJson, writesPlannedOrderFields)
{
    const nlohmann::json order = store::mrpResultToJson(sampleResult())["planned_orders"][0];
    EXPECT_EQ(order["id"], "PLN-00001");
    EXPECT_EQ(order["item"], "RM-TUBE");
    EXPECT_EQ(order["due"], "2026-12-01");
    EXPECT_EQ(order["release"], "2026-11-25");
    EXPECT_EQ(order["source"], "buy");
    EXPECT_EQ(order["pegging"].dump(), R"([{"demand":"safety_stock","qty":30},{"demand":"SO-2026-0001/1","qty":12.5}])");
}

TEST(MrpJson, integralQuantitiesAreWrittenAsIntegers)
{
    const nlohmann::json order = store::mrpResultToJson(sampleResult())["planned_orders"][0];
    EXPECT_TRUE(order["qty"].is_number_integer());
    EXPECT_EQ(order["qty"].dump(), "200");
}

TEST(MrpJson, writesExceptionFields)
{
    const nlohmann::json e = store::mrpResultToJson(sampleResult())["exceptions"][0];
    EXPECT_EQ(e["item"], "RM-TUBE");
    EXPECT_EQ(e["kind"], "past_due");
    EXPECT_EQ(e["date"], "2026-12-01");
    EXPECT_EQ(e["order"], "PLN-00001");
    EXPECT_EQ(e["message"], "PLN-00001 due 2026-12-01: release 2026-11-21 is before today 2026-11-25");
}
