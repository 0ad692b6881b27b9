#include "store/ScheduleJson.h"

#include <gtest/gtest.h>

using namespace pmc;

TEST(ScheduleJson, writesTimestampsDatesAndWholeQuantitiesAsIntegers)
{
    core::ScheduleResult result;
    result.today = core::Date::fromYmd(2026, 11, 25);
    result.operations.push_back({"WO-1", "FG", 5, 10, "B", 1, 9 * 60, 24 * 60 + 13 * 60 + 5});
    result.operations.push_back({"PLN-00001", "PAINT", 2.5, 20, "A", 0, 0, 30});
    result.orders.push_back({"WO-1", "FG", true, core::Date::fromYmd(2026, 11, 25), 24 * 60 + 13 * 60 + 5, 1});
    result.demands.push_back({"SO-1/2", core::Date::fromYmd(2026, 11, 24), 0, 1});
    const nlohmann::ordered_json json = store::scheduleResultToJson(result);
    EXPECT_EQ(json.dump(),
              R"({"operations":[{"order":"WO-1","item":"FG","qty":5,"seq":10,"workcenter":"B","unit":1,)"
              R"("start":"2026-11-25T09:00","end":"2026-11-26T13:05"},)"
              R"({"order":"PLN-00001","item":"PAINT","qty":2.5,"seq":20,"workcenter":"A","unit":0,)"
              R"("start":"2026-11-25T00:00","end":"2026-11-25T00:30"}],)"
              R"("orders":[{"order":"WO-1","due":"2026-11-25","completion":"2026-11-26T13:05","late_days":1}],)"
              R"("demands":[{"demand":"SO-1/2","due":"2026-11-24","completion":"2026-11-25T00:00","late_days":1}]})");
}

TEST(ScheduleJson, emptyScheduleHasEmptySections)
{
    EXPECT_EQ(store::scheduleResultToJson({}).dump(), R"({"operations":[],"orders":[],"demands":[]})");
}
