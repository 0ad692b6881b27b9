#include "store/AuditTrail.h"

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/PurchasingRepository.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pmc::store;
using pmc::core::Date;

namespace {

const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25" },
  "suppliers": [ { "code": "S1", "name": "钢材供应商" } ],
  "items": [ { "code": "STEEL", "name": "钢板", "type": "raw", "source": "buy", "supplier": "S1", "lead_time_days": 5 } ],
  "inventory": [ { "item": "STEEL", "on_hand": 10 } ],
  "purchase_orders": [ { "number": "PO-1", "item": "STEEL", "qty": 100, "due": "2026-11-30", "supplier": "S1" } ]
})";

class AuditTrailTest : public ::testing::Test {
protected:
    void SetUp() override { m_db.importScenario(kScenario, "plant.json"); }
    std::vector<AuditEvent> events(const AuditFilter& filter = {}) { return AuditTrail(m_db.database()).events(filter); }

    pmc::test::TempDir m_dir;
    FactoryDatabase m_db{m_dir.database("f.db")};
};

} // namespace

TEST_F(AuditTrailTest, anImportIsOneEventNamingTheFileAndItsSize)
{
    const std::vector<AuditEvent> all = events();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].action, "import");
    EXPECT_EQ(all[0].entity, "scenario");
    EXPECT_EQ(all[0].key, "plant.json");
    EXPECT_FALSE(all[0].user.empty());
    EXPECT_EQ(nlohmann::json::parse(all[0].after)["items"], 1);
    EXPECT_TRUE(all[0].before.empty());
}

TEST_F(AuditTrailTest, anEditRecordsEachRowBeforeAndAfter)
{
    const pmc::core::FactoryModel model = m_db.load();
    pmc::core::Item renamed = model.items[0];
    renamed.leadTimeDays = 8;
    pmc::core::MasterDataEdit edit;
    edit.items.push_back({model.items[0], renamed});
    pmc::core::PlanningSettings later = model.settings;
    later.today = Date::fromYmd(2026, 11, 26);
    edit.settings = std::make_pair(model.settings, later);
    ASSERT_TRUE(m_db.applyEdit(edit).ok());

    const std::vector<AuditEvent> items = events({.entity = "items"});
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].action, "edit");
    EXPECT_EQ(items[0].key, "STEEL");
    EXPECT_EQ(nlohmann::json::parse(items[0].before)["lead_time_days"], 5);
    EXPECT_EQ(nlohmann::json::parse(items[0].after)["lead_time_days"], 8);
    EXPECT_EQ(nlohmann::json::parse(items[0].after)["name"], "钢板");
    const std::vector<AuditEvent> settings = events({.entity = "settings"});
    ASSERT_EQ(settings.size(), 1u);
    EXPECT_EQ(nlohmann::json::parse(settings[0].after)["today"], "2026-11-26");
}

TEST_F(AuditTrailTest, aRefusedChangeLeavesNoEvent)
{
    PurchasingRepository purchasing(m_db.database());
    pmc::core::PurchaseReceipt tooMuch;
    tooMuch.purchaseOrder = "PO-1";
    tooMuch.date = Date::fromYmd(2026, 11, 25);
    tooMuch.qty = 101;
    EXPECT_THROW(purchasing.receive(tooMuch), InputError);
    EXPECT_EQ(events().size(), 1u); // the import only
}

TEST_F(AuditTrailTest, purchasingRecordsAreTrailedAndFilteredByKeyAndDay)
{
    PurchasingRepository purchasing(m_db.database());
    purchasing.promise({"PO-1", Date::fromYmd(2026, 12, 2), "电话确认", ""});
    pmc::core::PurchaseReceipt lot;
    lot.purchaseOrder = "PO-1";
    lot.date = Date::fromYmd(2026, 11, 25);
    lot.qty = 40;
    const auto received = purchasing.receive(lot);
    purchasing.inspect(received.id, {38, 2, pmc::core::Disposition::Return, Date::fromYmd(2026, 11, 25), ""});
    purchasing.reopenInspection(received.id);

    const std::vector<AuditEvent> po = events({.key = "PO-1"});
    ASSERT_EQ(po.size(), 4u);
    EXPECT_EQ(po[0].action, "promise");
    EXPECT_EQ(po[0].entity, "purchase_promises");
    EXPECT_EQ(po[1].action, "receive");
    EXPECT_EQ(po[2].action, "inspect");
    EXPECT_EQ(nlohmann::json::parse(po[2].after)["rejected"], 2);
    EXPECT_FALSE(nlohmann::json::parse(po[2].before).contains("inspected_on")) << po[2].before; // pending before
    EXPECT_EQ(po[3].action, "reopen_inspection");
    EXPECT_EQ(nlohmann::json::parse(po[3].before)["rejected"], 2);
    EXPECT_FALSE(nlohmann::json::parse(po[3].after).contains("rejected")); // pending again, not removed
    purchasing.withdrawPromise(1);
    const std::vector<AuditEvent> withdrawn = events({.entity = "purchase_promises", .key = "PO-1"});
    ASSERT_EQ(withdrawn.size(), 2u);
    EXPECT_EQ(withdrawn[1].action, "take_back");
    EXPECT_EQ(nlohmann::json::parse(withdrawn[1].before)["date"], "2026-12-02");
    // Events carry the local time of the change: the day filter takes them from the first one's day.
    const Date first = Date::parse(events().front().at.substr(0, 10)).value();
    EXPECT_EQ(events({.to = first + -1}).size(), 0u);
    EXPECT_EQ(events({.from = first}).size(), 6u);
}

TEST_F(AuditTrailTest, abnormalHoursWithoutAnOrderAreKeyedByTheirWorkCenter)
{
    AuditTrail(m_db.database()).recordRows("record", {.abnormalHours = {{Date::fromYmd(2026, 11, 25), "ASSY", "",
                                                                         pmc::core::AbnormalCause::Material, 2, "", ""}}});
    const std::vector<AuditEvent> lost = events({.entity = "abnormal_hours"});
    ASSERT_EQ(lost.size(), 1u);
    EXPECT_EQ(lost[0].key, "ASSY");
}
