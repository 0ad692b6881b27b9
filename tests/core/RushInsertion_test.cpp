#include "core/orders/RushInsertion.h"

#include "MrpTestFactory.h"
#include "core/diagnostics/FactoryValidator.h"
#include "core/scheduling/FiniteScheduler.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace pmc::core {
namespace {

using test::day;
using test::kToday;

// One bottleneck press, Monday–Friday 08:00–16:00, no material buffer. A, C and R each take
// exactly one working day on it. C (priority 2) and A (priority 3) are both due Thursday:
// without the rush order C runs Wednesday and A Thursday, both on time.
struct PressShop : test::MrpTestFactory {
    PressShop()
    {
        model.settings.materialBufferDays = 0;
        model.calendar.setShifts({{8 * 60, 16 * 60}});
        model.workCenters.push_back({"PRESS", "Press", "", 1, 1.0});
        for (const char* code : {"A", "C", "R"}) {
            make(code);
            model.routings.push_back({code, {{10, "PRESS", 0, 48}}}); // 10 pcs = 480 min
        }
        model.salesOrders.push_back({"SO-A", "Alpha", 3, {{"A", 10, day(1)}}});
        model.salesOrders.push_back({"SO-C", "Gamma", 2, {{"C", 10, day(1)}}});
    }
    RushOrderRequest rush(int dueDay = 1) const { return {"Rush Co", "R", 10, day(dueDay), 1}; }
};

struct Plan {
    FactoryModel model;
    MrpResult mrp;
    ScheduleResult schedule;
};

// The priority rule is what lets the rush order go first (docs/orders.md, "Rush orders").
Plan plan(FactoryModel model)
{
    Plan p{std::move(model), {}, {}};
    p.mrp = MrpEngine(p.model).run();
    ScheduleOptions options;
    options.rule = DispatchRule::PriorityThenDueDate;
    p.schedule = FiniteScheduler(p.model).run(p.mrp, options);
    return p;
}

InsertionImpact insert(const FactoryModel& live, const SalesOrder& rush, const std::map<std::string, int>& priorities = {})
{
    const Plan baseline = plan(live);
    FactoryModel copy = live;
    applyEdit(copy, rushInsertionEdit(live, rush, priorities));
    EXPECT_TRUE(validateFactory(copy).ok());
    const Plan whatIf = plan(copy);
    return assessInsertion({baseline.model, baseline.schedule}, {whatIf.model, whatIf.schedule}, whatIf.mrp, rush.number);
}

const DisplacedOrder* find(const InsertionImpact& impact, const std::string& order)
{
    const auto it = std::find_if(impact.displaced.begin(), impact.displaced.end(),
                                 [&](const DisplacedOrder& o) { return o.order == order; });
    return it == impact.displaced.end() ? nullptr : &*it;
}

TEST(RushInsertion, RushOrderIsConfirmedAndNumberedByThePattern)
{
    PressShop shop;
    shop.model.settings.salesOrderNumberPattern = "SO-{yyyyMM}-{###}";
    shop.model.salesOrders.push_back({"SO-202611-007", "", 3, {{"A", 1, day(3)}}});
    const SalesOrder rush = rushOrder(shop.model, shop.rush());
    EXPECT_EQ(rush.number, "SO-202611-008");
    EXPECT_EQ(rush.status, SalesOrderStatus::Confirmed);
    EXPECT_EQ(rush.priority, 1);
    EXPECT_EQ(rush.customer, "Rush Co");
    EXPECT_EQ(rush.orderDate, kToday);
    ASSERT_EQ(rush.lines.size(), 1u);
    EXPECT_EQ(rush.lines[0].due, day(1));
    EXPECT_FALSE(rush.lines[0].promised);
}

TEST(RushInsertion, CheckNamesEachBadField)
{
    const PressShop shop;
    const RushOrderRequest bad{"", "NOPE", 0, day(-1), 0};
    std::vector<std::string> paths;
    const ValidationResult result = checkRushOrder(shop.model, bad);
    for (const ValidationIssue& issue : result.issues())
        paths.push_back(issue.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"--item", "--qty", "--due", "--priority"}));
    EXPECT_TRUE(checkRushOrder(shop.model, shop.rush(0)).ok());
}

TEST(RushInsertion, PriorityOneOrderMakesTheLastOrderLateByOneDay)
{
    const PressShop shop;
    const SalesOrder rush = rushOrder(shop.model, shop.rush());
    const InsertionImpact impact = insert(shop.model, rush);

    ASSERT_EQ(impact.rushLines.size(), 1u);
    EXPECT_EQ(impact.rushLines[0].completion, kToday); // first on the press, Wednesday
    EXPECT_EQ(impact.rushLines[0].daysLate, 0);
    EXPECT_EQ(impact.rushLines[0].reason, RushLateness::OnTime);

    ASSERT_EQ(impact.displaced.size(), 2u);
    const DisplacedOrder& first = impact.displaced.front(); // most harm first
    EXPECT_EQ(first.order, "SO-A/1");
    EXPECT_EQ(first.salesOrder, "SO-A");
    EXPECT_EQ(first.oldDaysLate, 0);
    EXPECT_EQ(first.newDaysLate, 1);
    EXPECT_TRUE(first.isNewlyLate());
    const DisplacedOrder* c = find(impact, "SO-C/1");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->newDaysLate, 0);
    EXPECT_EQ(c->newCompletionMinute - c->oldCompletionMinute, 24 * 60); // Thursday instead of Wednesday
    EXPECT_EQ(impact.newlyLate, 1);
    EXPECT_EQ(impact.addedDaysLate, 1);
    EXPECT_NEAR(impact.makespanChangeDays(), 1.0, 1e-9);
}

TEST(RushInsertion, SacrificingAnotherOrderMakesThatOneLateInstead)
{
    const PressShop shop;
    const SalesOrder rush = rushOrder(shop.model, shop.rush());
    const int lowest = sacrificedPriority(shop.model);
    EXPECT_EQ(lowest, 6);
    const MasterDataEdit edit = rushInsertionEdit(shop.model, rush, {{"SO-C", lowest}});
    ASSERT_EQ(edit.salesOrders.size(), 2u);
    EXPECT_EQ(edit.salesOrders[0].after->priority, lowest);

    const InsertionImpact impact = insert(shop.model, rush, {{"SO-C", lowest}});
    ASSERT_FALSE(impact.displaced.empty());
    EXPECT_EQ(impact.displaced.front().order, "SO-C/1");
    EXPECT_EQ(impact.displaced.front().newDaysLate, 1);
    EXPECT_EQ(impact.displaced.front().priority, lowest);
    EXPECT_EQ(find(impact, "SO-A/1"), nullptr); // A keeps Thursday
    EXPECT_EQ(impact.newlyLate, 1);
}

TEST(RushInsertion, UnknownOrderToSacrificeIsRefused)
{
    const PressShop shop;
    EXPECT_THROW(rushInsertionEdit(shop.model, rushOrder(shop.model, shop.rush()), {{"SO-X", 6}}),
                 std::invalid_argument);
}

TEST(RushInsertion, RushOrderWaitingForMaterialIsLateForMaterial)
{
    PressShop shop;
    shop.buy("P", 5); // 5 days' lead time, none in stock
    shop.bom("R", "P", 1);
    const SalesOrder rush = rushOrder(shop.model, shop.rush());
    const InsertionImpact impact = insert(shop.model, rush);

    ASSERT_EQ(impact.rushLines.size(), 1u);
    const RushLineImpact& line = impact.rushLines[0];
    // Ordered today, P is in on Monday; R then runs Monday.
    ASSERT_EQ(line.lateMaterial.size(), 1u);
    EXPECT_EQ(line.lateMaterial[0].item, "P");
    EXPECT_EQ(line.lateMaterial[0].inHouse, day(5));
    EXPECT_EQ(line.completion, day(5));
    EXPECT_EQ(line.daysLate, 4);
    EXPECT_EQ(line.reason, RushLateness::Material);
}

TEST(RushInsertion, LateOnThePressIsLateForCapacity)
{
    PressShop shop;
    shop.model.salesOrders[1].priority = 1; // C is more urgent than this rush order
    RushOrderRequest request = shop.rush(0);
    request.priority = 2;
    const SalesOrder rush = rushOrder(shop.model, request);
    const InsertionImpact impact = insert(shop.model, rush);
    ASSERT_EQ(impact.rushLines.size(), 1u);
    EXPECT_EQ(impact.rushLines[0].completion, day(1));
    EXPECT_EQ(impact.rushLines[0].daysLate, 1);
    EXPECT_EQ(impact.rushLines[0].reason, RushLateness::Capacity);
    EXPECT_TRUE(impact.rushLines[0].lateMaterial.empty());
}

} // namespace
} // namespace pmc::core
