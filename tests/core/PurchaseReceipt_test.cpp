#include "core/FactoryModel.h"
#include "core/execution/AbnormalHours.h"
#include "core/purchasing/PurchaseFollowUp.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <gtest/gtest.h>

using namespace pmc::core;

namespace {

Date nov(int day) { return Date::fromYmd(2026, 11, day); }

FactoryModel model()
{
    FactoryModel m;
    m.settings.today = nov(25);
    m.purchaseOrders.push_back({"PO-1", "TUBE", 100, nov(28), "S", 30});
    m.purchaseOrders.push_back({"PO-2", "TUBE", 50, nov(20), "S", 50});
    m.purchaseOrders.push_back({"PO-3", "BOLT", 10, Date::fromYmd(2026, 12, 20), "T"});
    m.workCenters.push_back({"CUT", "下料", "W", 1, 1.0, ""});
    m.workOrders.push_back({"WO-1", "FRAME", 10, nov(30), 0});
    return m;
}

std::string messages(const ValidationResult& r)
{
    std::string text;
    for (const ValidationIssue& issue : r.issues())
        text += issue.toString() + "\n";
    return text;
}

PurchaseReceipt pending(double qty)
{
    PurchaseReceipt r;
    r.id = 7;
    r.purchaseOrder = "PO-1";
    r.date = nov(24);
    r.qty = qty;
    return r;
}

} // namespace

TEST(PurchaseReceipt, aReceiptMayNotExceedWhatIsOpen)
{
    EXPECT_TRUE(checkReceipt(model(), pending(70)).ok());
    EXPECT_EQ(messages(checkReceipt(model(), pending(80))), "--qty: 80 exceeds the 70 still open on PO-1\n");
    PurchaseReceipt closed = pending(1);
    closed.purchaseOrder = "PO-2";
    EXPECT_EQ(messages(checkReceipt(model(), closed)), "--po: PO-2 is fully received (50 of 50)\n");
    PurchaseReceipt bad = pending(-1);
    bad.purchaseOrder = "PO-9";
    bad.date = nov(26);
    EXPECT_EQ(messages(checkReceipt(model(), bad)), "--date: 2026-11-26 is after today (2026-11-25)\n"
                                                    "--qty: the received quantity must be above 0\n"
                                                    "--po: unknown purchase order \"PO-9\"\n");
}

TEST(PurchaseReceipt, inspectionMustAccountForTheWholeLot)
{
    const PurchaseReceipt lot = pending(40);
    EXPECT_TRUE(checkInspection(model(), lot, {40, 0, Disposition::None, nov(25), ""}).ok());
    EXPECT_TRUE(checkInspection(model(), lot, {40, 0, Disposition::Concession, nov(25), ""}).ok());
    EXPECT_TRUE(checkInspection(model(), lot, {35, 5, Disposition::Sort, nov(25), ""}).ok());
    EXPECT_EQ(messages(checkInspection(model(), lot, {30, 5, Disposition::Return, nov(25), ""})),
              "--accepted: accepted 30 + rejected 5 must equal the 40 received\n");
    EXPECT_EQ(messages(checkInspection(model(), lot, {35, 5, Disposition::None, nov(25), ""})),
              "--disposition: required when part of the lot is rejected (concession, sort, rework or return)\n");
    EXPECT_EQ(messages(checkInspection(model(), lot, {35, 5, Disposition::Concession, nov(25), ""})),
              "--disposition: a concession accepts the lot: record it as accepted, not rejected\n");
    EXPECT_EQ(messages(checkInspection(model(), lot, {40, 0, Disposition::None, nov(23), ""})),
              "--date: 2026-11-23 is before the lot arrived (2026-11-24)\n");
    PurchaseReceipt done = lot;
    done.inspected = true;
    EXPECT_EQ(messages(checkInspection(model(), done, {40, 0, Disposition::None, nov(25), ""})),
              "--receipt: receipt 7 of PO-1 is already inspected\n");
}

TEST(PurchaseReceipt, deliveredQuantityIsEverythingOnInspectionThenTheAcceptedPart)
{
    PurchaseReceipt r = pending(40);
    EXPECT_EQ(r.deliveredQty(), 40);
    r.inspected = true;
    r.acceptedQty = 32;
    r.rejectedQty = 8;
    EXPECT_EQ(r.deliveredQty(), 32);
}

TEST(PurchaseFollowUp, openOrdersWithPromisesAndReminders)
{
    const std::vector<PromisedDate> promises{{"PO-1", nov(29), "", "2026-11-20T10:00:00"},
                                             {"PO-1", Date::fromYmd(2026, 12, 2), "设备故障", "2026-11-24T09:00:00"}};
    const std::vector<PurchaseReceipt> receipts{pending(20)};
    const std::vector<PurchaseFollowUpRow> rows = purchaseFollowUp(model(), receipts, promises, 7);
    ASSERT_EQ(rows.size(), 2u); // PO-2 is fully received
    EXPECT_EQ(rows[0].number, "PO-1");
    EXPECT_EQ(rows[0].openQty, 70);
    EXPECT_EQ(rows[0].onInspectionQty, 20);
    EXPECT_EQ(*rows[0].promised, Date::fromYmd(2026, 12, 2));
    EXPECT_EQ(rows[0].promiseChanges, 2);
    EXPECT_EQ(rows[0].daysLate(), 4);
    EXPECT_FALSE(rows[0].needsConfirmation);
    EXPECT_EQ(rows[1].number, "PO-3");
    EXPECT_FALSE(rows[1].needsConfirmation); // due in 25 days
    EXPECT_TRUE(purchaseFollowUp(model(), {}, {}, 30)[1].needsConfirmation);
    EXPECT_TRUE(purchaseFollowUp(model(), {}, {}, 7)[0].needsConfirmation); // PO-1 due in 3 days, unconfirmed
}

TEST(PurchaseFollowUp, latestPromiseIsTheLastRecorded)
{
    const std::vector<PromisedDate> promises{{"PO-1", nov(29), "", ""}, {"PO-3", nov(30), "", ""}, {"PO-1", nov(27), "", ""}};
    EXPECT_EQ(latestPromise(promises, "PO-1")->date, nov(27));
    EXPECT_EQ(latestPromise(promises, "PO-2"), nullptr);
}

TEST(AbnormalHours, checkedAgainstTheFactory)
{
    EXPECT_TRUE(checkAbnormalHours(model(), {nov(24), "CUT", "WO-1", AbnormalCause::Material, 2, "采购", ""}).ok());
    EXPECT_EQ(messages(checkAbnormalHours(model(), {nov(26), "DRILL", "WO-9", AbnormalCause::Other, 0, "", ""})),
              "--date: 2026-11-26 is after today (2026-11-25)\n--order: unknown work order \"WO-9\"\n"
              "--workcenter: unknown work center \"DRILL\"\n--hours: the lost hours must be above 0\n");
    AbnormalCause cause = AbnormalCause::Other;
    EXPECT_TRUE(parseAbnormalCause("tooling", cause));
    EXPECT_EQ(cause, AbnormalCause::Tooling);
    EXPECT_FALSE(parseAbnormalCause("weather", cause));
}
