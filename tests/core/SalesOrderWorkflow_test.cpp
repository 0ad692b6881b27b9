#include "core/orders/OrderNumbering.h"
#include "core/orders/SalesOrderHistory.h"
#include "core/orders/SalesOrderWorkflow.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace pmc::core;

namespace {

const Date kToday = Date::fromYmd(2026, 11, 25);

SalesOrder draft()
{
    SalesOrder order{"SO-1", "客户甲", 2, {{"EB-A", 50, kToday + 20}, {"EB-B", 10, kToday + 25}}};
    return salesorder::create(order, kToday).after;
}

DepartmentReview verdict(Department d, ReviewVerdict v = ReviewVerdict::Accept, std::optional<Date> canMeet = {})
{
    return {d, v, canMeet, "", "张三", "2026-11-25T10:00"};
}

/// An order in review with every department of the default policy's standard order answered.
SalesOrder reviewed(std::optional<Date> pmcDate = {})
{
    SalesOrder order = salesorder::submitForReview(draft()).after;
    for (Department d : {Department::Sales, Department::Quality, Department::Production, Department::Purchasing})
        order = salesorder::recordReview(order, verdict(d), kToday).after;
    return salesorder::recordReview(order, verdict(Department::Pmc, ReviewVerdict::Accept, pmcDate), kToday).after;
}

} // namespace

TEST(SalesOrderWorkflow, aNewOrderIsADraftAndNotDemand)
{
    const SalesOrder order = draft();
    EXPECT_EQ(order.status, SalesOrderStatus::Draft);
    EXPECT_FALSE(order.isDemand());
}

TEST(SalesOrderWorkflow, createRefusesEmptyZeroAndPastLines)
{
    const OrderActionResult none = salesorder::create({"SO-2", "c", 1, {}}, kToday);
    ASSERT_EQ(none.problems.size(), 1u);
    EXPECT_EQ(none.problems[0].kind, OrderProblem::Kind::NoLines);

    const OrderActionResult bad = salesorder::create({"SO-3", "c", 1, {{"EB-A", 0, kToday}, {"EB-A", -2, kToday - 1}}}, kToday);
    ASSERT_EQ(bad.problems.size(), 3u);
    EXPECT_EQ(describe(bad.problems[0]), "line 1: quantity 0 must be greater than 0");
    EXPECT_EQ(describe(bad.problems[1]), "line 2: quantity -2 must be greater than 0");
    EXPECT_EQ(describe(bad.problems[2]), "date 2026-11-24 lies before today");
}

TEST(SalesOrderWorkflow, confirmWaitsForEveryRequiredDepartment)
{
    SalesOrder order = salesorder::submitForReview(draft()).after;
    order = salesorder::recordReview(order, verdict(Department::Sales), kToday).after;
    const OrderActionResult early = salesorder::confirm(order, OrderReviewPolicy{}, std::nullopt, kToday);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.after, order);
    EXPECT_EQ(describe(early.problems[0]), "waiting for the review of quality, production, purchasing, pmc");

    // Engineering is asked for custom orders only (the default policy).
    const OrderActionResult done = salesorder::confirm(reviewed(), OrderReviewPolicy{}, std::nullopt, kToday);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done.after.status, SalesOrderStatus::Confirmed);
    EXPECT_TRUE(done.after.isDemand());

    SalesOrder custom = reviewed();
    custom.custom = true;
    const OrderActionResult waits = salesorder::confirm(custom, OrderReviewPolicy{}, std::nullopt, kToday);
    ASSERT_FALSE(waits.ok());
    EXPECT_EQ(waits.problems[0].departments, std::vector<Department>{Department::Engineering});
}

TEST(SalesOrderWorkflow, aPolicyCanWaiveOrRequireDepartments)
{
    OrderReviewPolicy policy;
    for (Department d : kDepartments)
        policy.setRequirement(d, ReviewRequirement::Never);
    policy.setRequirement(Department::Pmc, ReviewRequirement::Always);
    SalesOrder order = salesorder::submitForReview(draft()).after;
    EXPECT_FALSE(salesorder::confirm(order, policy, std::nullopt, kToday).ok());
    order = salesorder::recordReview(order, verdict(Department::Pmc), kToday).after;
    EXPECT_TRUE(salesorder::confirm(order, policy, std::nullopt, kToday).ok());
}

TEST(SalesOrderWorkflow, aRejectionBlocksConfirmationUntilRevised)
{
    SalesOrder order = salesorder::recordReview(reviewed(), verdict(Department::Purchasing, ReviewVerdict::Reject), kToday).after;
    const OrderActionResult refused = salesorder::confirm(order, OrderReviewPolicy{}, std::nullopt, kToday);
    ASSERT_EQ(refused.problems.size(), 1u);
    EXPECT_EQ(describe(refused.problems[0]), "rejected by purchasing");

    const SalesOrder revised = salesorder::returnToDraft(order).after;
    EXPECT_EQ(revised.status, SalesOrderStatus::Draft);
    const SalesOrder again = salesorder::submitForReview(revised).after;
    EXPECT_TRUE(again.reviews.empty()) << "a new review round starts from no verdicts";
}

TEST(SalesOrderWorkflow, confirmPromisesTheLatestDepartmentDateOrTheRequestedOne)
{
    // PMC can meet day 22: line 1 (requested day 20) is promised day 22, line 2 keeps day 25.
    const SalesOrder order = salesorder::confirm(reviewed(kToday + 22), OrderReviewPolicy{}, std::nullopt, kToday).after;
    EXPECT_EQ(order.lines[0].promised, kToday + 22);
    EXPECT_EQ(order.lines[1].promised, kToday + 25);
    EXPECT_EQ(order.lines[0].committedDate(), kToday + 22);

    const SalesOrder given = salesorder::confirm(reviewed(kToday + 22), OrderReviewPolicy{}, kToday + 30, kToday).after;
    EXPECT_EQ(given.lines[0].promised, kToday + 30);
    EXPECT_FALSE(salesorder::confirm(reviewed(), OrderReviewPolicy{}, kToday - 1, kToday).ok());
}

TEST(SalesOrderWorkflow, partialShipmentsLeadToShipped)
{
    SalesOrder order = salesorder::confirm(reviewed(), OrderReviewPolicy{}, std::nullopt, kToday).after;
    order = salesorder::ship(order, 1, 20, kToday, "DN-1", kToday).after;
    EXPECT_EQ(order.status, SalesOrderStatus::PartiallyShipped);
    EXPECT_DOUBLE_EQ(order.lines[0].openQty(), 30);
    EXPECT_TRUE(order.isDemand());

    const OrderActionResult over = salesorder::ship(order, 1, 31, kToday, "", kToday);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(describe(over.problems[0]), "line 1: shipping 31 but only 30 is open");
    EXPECT_EQ(salesorder::ship(order, 3, 1, kToday, "", kToday).problems[0].kind, OrderProblem::Kind::NoSuchLine);
    EXPECT_EQ(salesorder::ship(order, 1, 1, kToday + 1, "", kToday).problems[0].kind, OrderProblem::Kind::ShipInFuture);
    EXPECT_EQ(salesorder::ship(order, 1, 0, kToday, "", kToday).problems[0].kind, OrderProblem::Kind::QuantityNotPositive);

    order = salesorder::ship(order, 1, 30, kToday, "DN-2", kToday).after;
    order = salesorder::ship(order, 2, 10, kToday, "DN-2", kToday).after;
    EXPECT_EQ(order.status, SalesOrderStatus::Shipped);
    EXPECT_FALSE(order.isDemand());
    EXPECT_FALSE(salesorder::cancel(order).ok());
}

TEST(SalesOrderWorkflow, changesKeepWhatIsShipped)
{
    SalesOrder order = salesorder::confirm(reviewed(), OrderReviewPolicy{}, std::nullopt, kToday).after;
    order = salesorder::ship(order, 1, 20, kToday, "", kToday).after;
    const OrderActionResult below = salesorder::changeLine(order, 1, 10, kToday + 20, kToday);
    ASSERT_FALSE(below.ok());
    EXPECT_EQ(describe(below.problems[0]), "line 1: quantity 10 is less than the 20 already shipped");
    EXPECT_FALSE(salesorder::changeLine(order, 1, 40, kToday - 2, kToday).ok());

    const SalesOrder cut = salesorder::changeLine(order, 1, 20, kToday + 20, kToday).after;
    EXPECT_DOUBLE_EQ(cut.lines[0].openQty(), 0);
    EXPECT_EQ(cut.status, SalesOrderStatus::PartiallyShipped) << "line 2 is still open";

    const SalesOrder cancelled = salesorder::cancel(order).after;
    EXPECT_EQ(cancelled.status, SalesOrderStatus::Cancelled);
    EXPECT_FALSE(cancelled.isDemand());
    EXPECT_EQ(cancelled.lines[0].shipments.size(), 1u);
}

TEST(SalesOrderWorkflow, transitionsOutOfTurnAreRefusedWithTheStatus)
{
    const OrderActionResult r = salesorder::startProduction(draft());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r.problems[0]), "sales order SO-1 is draft, which does not allow this");
    EXPECT_FALSE(salesorder::recordReview(draft(), verdict(Department::Sales), kToday).ok());
    EXPECT_FALSE(salesorder::ship(draft(), 1, 1, kToday, "", kToday).ok());
    EXPECT_EQ(salesorder::setPriority(draft(), 0).problems[0].kind, OrderProblem::Kind::PriorityNotPositive);
}

TEST(OrderNumbering, countsPerPeriodAndPadsTheCounter)
{
    const OrderNumbering numbering(kDefaultSalesOrderPattern);
    EXPECT_EQ(numbering.next(kToday, {}), "SO-202611-0001");
    EXPECT_EQ(numbering.next(kToday, {"SO-202611-0007", "SO-202610-0042", "SO-202611-00x9", "X"}), "SO-202611-0008");
    EXPECT_EQ(numbering.next(Date::fromYmd(2026, 12, 1), {"SO-202611-0007"}), "SO-202612-0001");
    EXPECT_EQ(OrderNumbering("{yy}{MM}{dd}/{###}-CN").next(kToday, {"261125/099-CN"}), "261125/100-CN");
    EXPECT_EQ(OrderNumbering("SO{##}").next(kToday, {"SO99"}), "SO100") << "the width is a minimum";
}

TEST(OrderNumbering, refusesPatternsItCannotNumber)
{
    EXPECT_THROW(OrderNumbering("SO-{yyyy}"), std::invalid_argument);
    EXPECT_THROW(OrderNumbering("SO-{##}-{##}"), std::invalid_argument);
    EXPECT_THROW(OrderNumbering("SO-{yyyy-{##}"), std::invalid_argument);
    EXPECT_THROW(OrderNumbering("SO-{week}-{##}"), std::invalid_argument);
}

TEST(SalesOrderHistory, namesEachChangedField)
{
    const SalesOrder before = salesorder::confirm(reviewed(), OrderReviewPolicy{}, std::nullopt, kToday).after;
    SalesOrder after = salesorder::changeLine(before, 1, 40, kToday + 21, kToday).after;
    after = salesorder::ship(after, 2, 5, kToday, "DN-9", kToday).after;
    const std::vector<SalesOrderEvent> events = salesOrderEvents(&before, &after);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[0].kind, "status");
    EXPECT_EQ(events[0].after, "partially_shipped");
    EXPECT_EQ(events[1].kind, "qty");
    EXPECT_EQ(events[1].line, 1);
    EXPECT_EQ(events[1].before, "50");
    EXPECT_EQ(events[1].after, "40");
    EXPECT_EQ(events[2].kind, "due");
    EXPECT_EQ(events[3].kind, "shipment");
    EXPECT_EQ(events[3].after, "5 on 2026-11-25 DN-9");

    EXPECT_EQ(salesOrderEvents(nullptr, &after)[0].kind, "created");
    EXPECT_TRUE(salesOrderEvents(&after, &after).empty());
}

TEST(SalesOrderWorkflow, reviewProblemsNameBothTheMissingAndTheRejecting)
{
    SalesOrder order = salesorder::submitForReview(draft()).after;
    order = salesorder::recordReview(order, verdict(Department::Quality, ReviewVerdict::Reject), kToday).after;
    const std::vector<OrderProblem> problems = reviewProblems(order, OrderReviewPolicy{});
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(describe(problems[0]), "waiting for the review of sales, production, purchasing, pmc");
    EXPECT_EQ(describe(problems[1]), "rejected by quality");
    EXPECT_EQ(salesorder::confirm(order, OrderReviewPolicy{}, std::nullopt, kToday).problems, problems);
    EXPECT_TRUE(reviewProblems(reviewed(), OrderReviewPolicy{}).empty());
}
