#include "store/PurchasingRepository.h"

#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "store/Statement.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace pmc::store;
using pmc::core::Date;
using pmc::core::Disposition;

namespace {

const char* kScenario = R"({
  "format": "pmc-scenario/1",
  "settings": { "today": "2026-11-25" },
  "suppliers": [ { "code": "S1", "name": "钢材供应商" } ],
  "items": [ { "code": "STEEL", "type": "raw", "source": "buy", "supplier": "S1" } ],
  "inventory": [ { "item": "STEEL", "on_hand": 10 } ],
  "purchase_orders": [ { "number": "PO-1", "item": "STEEL", "qty": 100, "due": "2026-11-30", "supplier": "S1" } ]
})";

class PurchasingRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override { m_db.importScenario(kScenario, "s.json"); }

    struct Stock {
        double onHand;
        double onInspection;
        double received;
    };
    Stock stock()
    {
        const pmc::core::FactoryModel model = m_db.load();
        return {model.inventory.at(0).onHand, model.inventory.at(0).onInspection, model.purchaseOrders.at(0).receivedQty};
    }
    pmc::core::PurchaseReceipt delivery(double qty)
    {
        pmc::core::PurchaseReceipt r;
        r.purchaseOrder = "PO-1";
        r.date = Date::fromYmd(2026, 11, 24);
        r.qty = qty;
        return r;
    }
    pmc::core::InspectionResult result(double accepted, double rejected, Disposition d = Disposition::None)
    {
        return {accepted, rejected, d, Date::fromYmd(2026, 11, 25), ""};
    }

    pmc::test::TempDir m_dir;
    FactoryDatabase m_db{m_dir.database("f.db")};
    PurchasingRepository m_purchasing{m_db.database()};
};

} // namespace

TEST_F(PurchasingRepositoryTest, receiptWaitsOnInspectionThenAcceptedPartIsOnHand)
{
    const auto r = m_purchasing.receive(delivery(40));
    Stock s = stock();
    EXPECT_EQ(s.onHand, 10);
    EXPECT_EQ(s.onInspection, 40);
    EXPECT_EQ(s.received, 40);
    m_purchasing.inspect(r.id, result(35, 5, Disposition::Return));
    s = stock();
    EXPECT_EQ(s.onHand, 45);
    EXPECT_EQ(s.onInspection, 0);
    EXPECT_EQ(s.received, 35); // the 5 returned are owed again
}

TEST_F(PurchasingRepositoryTest, cancelReceiptTakesBackStockAndReceivedQuantity)
{
    const auto r = m_purchasing.receive(delivery(40));
    m_purchasing.cancelReceipt(r.id);
    const Stock s = stock();
    EXPECT_EQ(s.onHand, 10);
    EXPECT_EQ(s.onInspection, 0);
    EXPECT_EQ(s.received, 0);
    EXPECT_TRUE(m_purchasing.receipts().empty());
}

TEST_F(PurchasingRepositoryTest, inspectedReceiptCannotBeCancelledUntilReopened)
{
    const auto r = m_purchasing.receive(delivery(40));
    m_purchasing.inspect(r.id, result(30, 10, Disposition::Sort));
    EXPECT_THROW(m_purchasing.cancelReceipt(r.id), InputError);
    m_purchasing.reopenInspection(r.id);
    Stock s = stock();
    EXPECT_EQ(s.onHand, 10);
    EXPECT_EQ(s.onInspection, 40);
    EXPECT_EQ(s.received, 40);
    const auto pending = m_purchasing.receipts().at(0);
    EXPECT_FALSE(pending.inspected);
    EXPECT_EQ(pending.disposition, Disposition::None);
    EXPECT_FALSE(pending.inspectedOn);
    m_purchasing.cancelReceipt(r.id);
    s = stock();
    EXPECT_EQ(s.onInspection, 0);
    EXPECT_EQ(s.received, 0);
}

TEST_F(PurchasingRepositoryTest, reopenRefusedWhenAcceptedStockWasUsedAndNothingChanges)
{
    const auto r = m_purchasing.receive(delivery(40));
    m_purchasing.inspect(r.id, result(40, 0));
    // The stock was counted down since (issued to production).
    m_db.database().execute("UPDATE inventory SET on_hand = 20");
    try {
        m_purchasing.reopenInspection(r.id);
        FAIL() << "reopening took back stock that is gone";
    } catch (const InputError& e) {
        ASSERT_EQ(e.issues().issues().size(), 1u);
        EXPECT_NE(e.issues().issues()[0].message.find("no longer holds 40 on hand"), std::string::npos)
            << e.issues().issues()[0].message;
    }
    const Stock s = stock();
    EXPECT_EQ(s.onHand, 20);
    EXPECT_EQ(s.received, 40);
    EXPECT_TRUE(m_purchasing.receipts().at(0).inspected);
}

TEST_F(PurchasingRepositoryTest, withdrawnPromiseLeavesTheEarlierOne)
{
    const long long first = m_purchasing.promise({"PO-1", Date::fromYmd(2026, 11, 29), "", ""});
    const long long second = m_purchasing.promise({"PO-1", Date::fromYmd(2026, 12, 3), "late steel", ""});
    EXPECT_NE(first, second);
    m_purchasing.withdrawPromise(second);
    const auto promises = m_purchasing.promises();
    ASSERT_EQ(promises.size(), 1u);
    EXPECT_EQ(promises[0].date, Date::fromYmd(2026, 11, 29));
    EXPECT_THROW(m_purchasing.withdrawPromise(second), std::exception);
}

TEST_F(PurchasingRepositoryTest, aReceiptReceivedAgainKeepsItsIdOrIsRefusedWhenTaken)
{
    const auto first = m_purchasing.receive(delivery(10));
    const auto second = m_purchasing.receive(delivery(20));
    m_purchasing.cancelReceipt(first.id); // an undo
    // The redo asks for the old id back, so the inspection recorded on it can be redone.
    auto again = delivery(10);
    again.id = first.id;
    EXPECT_EQ(m_purchasing.receive(again).id, first.id);
    // Another receipt holds the id: refused, nothing stored.
    m_purchasing.cancelReceipt(first.id);
    auto clash = delivery(10);
    clash.id = second.id;
    EXPECT_THROW(m_purchasing.receive(clash), std::exception);
    EXPECT_EQ(m_purchasing.receipts().size(), 1u);
    EXPECT_EQ(stock().received, 20);
}
