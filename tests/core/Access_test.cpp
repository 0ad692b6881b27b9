#include "core/access/Access.h"
#include "core/masterdata/MasterDataEdit.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

Access as(std::vector<RoleGrant> grants)
{
    return {"wang", std::move(grants), false};
}

SalesOrder order()
{
    SalesOrder o;
    o.number = "SO-1";
    o.customer = "C";
    o.status = SalesOrderStatus::InReview;
    return o;
}

MasterDataEdit orderChange(const SalesOrder& before, const SalesOrder& after)
{
    MasterDataEdit edit;
    edit.salesOrders.push_back({before, after});
    return edit;
}

} // namespace

TEST(Access, rolesAllowTheirOwnWorkOnly)
{
    EXPECT_TRUE(as({{Role::Admin, {}}}).may(Action::ManageUsers));
    EXPECT_TRUE(as({{Role::Planner, {}}}).may(Action::ChangeMasterData));
    EXPECT_TRUE(as({{Role::Planner, {}}}).may(Action::ReleasePlan));
    EXPECT_FALSE(as({{Role::Planner, {}}}).may(Action::ManageUsers));
    EXPECT_TRUE(as({{Role::Purchasing, {}}}).may(Action::RecordPurchasing));
    EXPECT_FALSE(as({{Role::Purchasing, {}}}).may(Action::ChangeMasterData));
    EXPECT_TRUE(as({{Role::Reporter, {}}}).may(Action::ReportProduction));
    EXPECT_FALSE(as({{Role::Reporter, {}}}).may(Action::PlanAndSchedule));
    EXPECT_FALSE(as({{Role::Viewer, {}}}).may(Action::ReportProduction));
    EXPECT_FALSE(as({}).may(Action::ChangeOrders));
    EXPECT_TRUE((Access{"li", {}, true}).may(Action::ManageUsers));
    EXPECT_EQ(as({}).roles(), "viewer");
    EXPECT_EQ(as({{Role::Reviewer, Department::Quality}, {Role::Reporter, {}}}).roles(), "reviewer (quality), reporter");
}

TEST(Access, aReviewerSavesOnlyTheReviewOfTheirDepartment)
{
    const Access quality = as({{Role::Reviewer, Department::Quality}});
    const SalesOrder before = order();
    SalesOrder reviewed = before;
    reviewed.reviews.push_back({Department::Quality, ReviewVerdict::Accept, std::nullopt, "OK", "wang", "2026-11-27T10:00"});
    EXPECT_FALSE(editRefusal(quality, orderChange(before, reviewed)));
    SalesOrder confirmed = reviewed; // confirming is the planner's step, not a reviewer's
    confirmed.status = SalesOrderStatus::Confirmed;
    EXPECT_TRUE(editRefusal(quality, orderChange(before, confirmed)));

    SalesOrder otherDepartment = before;
    otherDepartment.reviews.push_back({Department::Engineering, ReviewVerdict::Accept, std::nullopt, "", "wang", ""});
    ASSERT_TRUE(editRefusal(quality, orderChange(before, otherDepartment)));
    EXPECT_NE(editRefusal(quality, orderChange(before, otherDepartment))->find("wang (reviewer (quality)) may not change sales orders"),
              std::string::npos);

    SalesOrder changedCustomer = reviewed;
    changedCustomer.customer = "D";
    EXPECT_TRUE(editRefusal(quality, orderChange(before, changedCustomer)));
    MasterDataEdit removal;
    removal.salesOrders.push_back({before, std::nullopt});
    EXPECT_TRUE(editRefusal(quality, removal));
    EXPECT_FALSE(editRefusal(as({{Role::Planner, {}}}), removal));
}

TEST(Access, eachSectionOfAnEditNeedsItsRole)
{
    MasterDataEdit items;
    items.items.push_back({Item{}, Item{}});
    EXPECT_TRUE(editRefusal(as({{Role::Purchasing, {}}}), items));
    EXPECT_FALSE(editRefusal(as({{Role::Planner, {}}}), items));

    MasterDataEdit expedite;
    expedite.purchaseOrders.push_back({PurchaseOrder{}, PurchaseOrder{}});
    EXPECT_FALSE(editRefusal(as({{Role::Purchasing, {}}}), expedite));
    EXPECT_TRUE(editRefusal(as({{Role::Reporter, {}}}), expedite));

    MasterDataEdit pins;
    pins.operationPins = std::make_pair(std::vector<OperationPin>{}, std::vector<OperationPin>{});
    EXPECT_TRUE(editRefusal(as({{Role::Purchasing, {}}}), pins));
    EXPECT_FALSE(editRefusal(Access{"li", {}, true}, pins));
}
