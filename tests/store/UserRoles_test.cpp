// Roles on a shared server, with real logins of the test cluster: the store refuses what a
// person's roles do not allow, whatever client they use; a file's single user may do all.
#include "store/Database.h"
#include "store/FactoryDatabase.h"
#include "store/PurchasingRepository.h"
#include "store/Statement.h"
#include "store/UserRoles.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace pmc;

namespace {

class UserRolesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (test::testServer().empty())
            GTEST_SKIP() << "roles are a server's: set PMC_TEST_POSTGRES (ctest starts one for the postgres.* run)";
        m_location = m_dir.database("roles.db");
        store::FactoryDatabase admin(m_location);
        admin.seedDemoIfEmpty();
        const std::string schema = m_location.substr(m_location.rfind("%3D") + 3);
        for (const char* login : {"li_admin", "wang_quality", "zhao_viewer", "chen_buyer"}) {
            // Logins belong to the whole cluster; tests running side by side may create them first.
            admin.database().execute(std::string("DO $$ BEGIN CREATE ROLE ") + login
                                     + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            admin.database().execute("GRANT USAGE ON SCHEMA " + schema + " TO " + login + "; GRANT ALL ON ALL TABLES IN SCHEMA "
                                     + schema + " TO " + login + "; GRANT ALL ON ALL SEQUENCES IN SCHEMA " + schema + " TO "
                                     + login);
        }
    }

    /// The same database, logged in as `login`.
    std::string as(const std::string& login) const
    {
        std::string location = m_location;
        location.replace(location.find("postgres@"), 8, login);
        return location;
    }

    static core::MasterDataEdit renamed(const core::FactoryModel& model)
    {
        core::Item after = model.items[1];
        after.name += " 改";
        core::MasterDataEdit edit;
        edit.items.push_back({model.items[1], after});
        return edit;
    }

    test::TempDir m_dir;
    std::string m_location;
};

} // namespace

TEST_F(UserRolesTest, untilTheFirstRoleEveryLoginMayDoAllThenRolesDecide)
{
    store::FactoryDatabase zhao(as("zhao_viewer"));
    EXPECT_TRUE(store::UserRoles(zhao.database()).access().unrestricted);
    EXPECT_TRUE(zhao.applyEdit(renamed(zhao.load())).ok());

    store::FactoryDatabase li(as("li_admin"));
    store::UserRoles liRoles(li.database());
    EXPECT_THROW(liRoles.grant("wang_quality", {core::Role::Reviewer, core::Department::Quality}), store::AccessDenied);
    liRoles.grant("li_admin", {core::Role::Admin, {}});
    liRoles.grant("wang_quality", {core::Role::Reviewer, core::Department::Quality});
    liRoles.grant("chen_buyer", {core::Role::Purchasing, {}});

    // A login without a role now only reads: the store refuses, nothing changes.
    try {
        zhao.applyEdit(renamed(zhao.load()));
        FAIL() << "a viewer changed an item";
    } catch (const store::AccessDenied& e) {
        EXPECT_NE(std::string(e.what()).find("zhao_viewer (viewer) may not change master data"), std::string::npos) << e.what();
    }
    EXPECT_THROW(zhao.runMrp(), store::AccessDenied);
    EXPECT_THROW(store::UserRoles(zhao.database()).grant("zhao_viewer", {core::Role::Admin, {}}), store::AccessDenied);

    // The buyer records receipts but may not touch the BOM.
    store::FactoryDatabase chen(as("chen_buyer"));
    const core::FactoryModel model = chen.load();
    core::PurchaseReceipt receipt;
    receipt.purchaseOrder = model.purchaseOrders[0].number;
    receipt.date = model.settings.today;
    receipt.qty = 1;
    EXPECT_GT(store::PurchasingRepository(chen.database()).receive(receipt).id, 0);
    EXPECT_THROW(chen.applyEdit(renamed(model)), store::AccessDenied);
    EXPECT_THROW(store::PurchasingRepository(zhao.database()).receive(receipt), store::AccessDenied);

    // The quality reviewer saves the quality review of an order, and nothing else.
    store::FactoryDatabase wang(as("wang_quality"));
    const core::FactoryModel now = wang.load();
    core::SalesOrder reviewed = now.salesOrders[0];
    std::erase_if(reviewed.reviews, [](const core::DepartmentReview& r) { return r.department == core::Department::Quality; });
    reviewed.reviews.push_back({core::Department::Quality, core::ReviewVerdict::Accept, std::nullopt, "来料检验可满足",
                                "wang_quality", "2026-11-27T10:00"});
    core::MasterDataEdit review;
    review.salesOrders.push_back({now.salesOrders[0], reviewed});
    EXPECT_TRUE(wang.applyEdit(review).ok());
    core::SalesOrder moved = reviewed;
    moved.customer += " (改)";
    core::MasterDataEdit change;
    change.salesOrders.push_back({reviewed, moved});
    EXPECT_THROW(wang.applyEdit(change), store::AccessDenied);

    // The audit trail names who did what.
    store::Statement who = li.database().prepare("SELECT user_name FROM audit_event WHERE action = 'receive'");
    ASSERT_TRUE(who.step());
    EXPECT_EQ(who.text(0), "chen_buyer");
}

TEST_F(UserRolesTest, thePlantKeepsAnAdministrator)
{
    store::FactoryDatabase li(as("li_admin"));
    store::UserRoles roles(li.database());
    roles.grant("li_admin", {core::Role::Admin, {}});
    roles.grant("wang_quality", {core::Role::Planner, {}});
    EXPECT_THROW(roles.grant("zhao_viewer", {core::Role::Reviewer, {}}), store::StoreError); // for which department?
    EXPECT_THROW(roles.revoke("li_admin"), store::AccessDenied);
    EXPECT_EQ(roles.all().size(), 2u);
    roles.revoke("wang_quality", "planner");
    EXPECT_EQ(roles.all().size(), 1u);
    EXPECT_THROW(roles.revoke("wang_quality"), store::StoreError);
}

TEST(UserRolesOnAFile, theSingleLocalUserMayDoEverything)
{
    test::TempDir dir;
    store::FactoryDatabase db(dir.file("f.db"));
    const core::Access access = store::UserRoles(db.database()).access();
    EXPECT_TRUE(access.unrestricted);
    EXPECT_TRUE(access.may(core::Action::ManageUsers));
}
