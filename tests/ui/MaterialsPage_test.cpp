#include "DemoDocumentTest.h"

#include "app/models/PurchaseFollowUpModel.h"
#include "app/models/ReceiptTableModel.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/purchasing/PurchaseReceipt.h"
#include "ui/MaterialsPage.h"
#include "ui/TablePage.h"

#include <QAbstractItemModel>
#include <QSpinBox>
#include <QTableView>

using namespace pmc;

namespace {

class MaterialsPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        page = std::make_unique<ui::MaterialsPage>(document);
        page->refresh();
        page->waitForBuild();
    }
    void rebuild()
    {
        page->refresh();
        page->waitForBuild();
    }
    /// The cell of `order`'s row in the chase list, or an invalid variant.
    QVariant orderCell(const QString& order, int column) const
    {
        const QAbstractItemModel* model = page->purchaseOrders()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(app::KeyRole).toString() == order)
                return model->index(row, column).data();
        return {};
    }
    const core::PurchaseOrder& purchaseOrder(const std::string& number) const
    {
        for (const core::PurchaseOrder& p : document.factory().purchaseOrders)
            if (p.number == number)
                return p;
        throw std::out_of_range(number);
    }
    double onInspection(const std::string& item) const
    {
        double qty = 0;
        for (const core::InventoryRecord& r : document.factory().inventory)
            qty += r.item == item ? r.onInspection : 0;
        return qty;
    }

    std::unique_ptr<ui::MaterialsPage> page;
};

core::PurchaseReceipt delivery(const std::string& order, double qty)
{
    core::PurchaseReceipt r;
    r.purchaseOrder = order;
    r.date = core::Date::fromYmd(2026, 11, 25);
    r.qty = qty;
    return r;
}

} // namespace

TEST_F(MaterialsPageTest, listsEveryOpenPurchaseOrderWithItsReminder)
{
    EXPECT_EQ(page->purchaseOrders()->view()->model()->rowCount(), 17);
    // PO-2026-1183 is due 2026-12-02, within the week, and no supplier date is on record.
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::Reminder).toString(),
              app::PurchaseFollowUpModel::tr("Confirm the date"));
    page->reminderDays()->setValue(0);
    rebuild();
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::Reminder).toString(), QString());
    EXPECT_TRUE(page->summary().startsWith(QStringLiteral("17 open purchase orders")));
}

TEST_F(MaterialsPageTest, promisedDateShowsAndUndoTakesItBack)
{
    ASSERT_TRUE(document.recordPromise({"PO-2026-1183", core::Date::fromYmd(2026, 12, 6), "电话确认", ""}).isEmpty());
    rebuild();
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::Promised).toString(),
              QStringLiteral("2026-12-06"));
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::DaysLate).toInt(), 4);
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::Reminder).toString(), QString());
    document.undoStack()->undo();
    rebuild();
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::Promised).toString(), QString());
    document.undoStack()->redo();
    rebuild();
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::Promised).toString(),
              QStringLiteral("2026-12-06"));
}

TEST_F(MaterialsPageTest, receiptAndInspectionMoveStockAndUndoInOrder)
{
    const std::string item = purchaseOrder("PO-2026-1183").item;
    const double inspectionBefore = onInspection(item);
    ASSERT_TRUE(document.receivePurchase(delivery("PO-2026-1183", 200)).isEmpty());
    EXPECT_EQ(purchaseOrder("PO-2026-1183").receivedQty, 200);
    EXPECT_EQ(onInspection(item), inspectionBefore + 200);
    rebuild();
    EXPECT_EQ(orderCell(QStringLiteral("PO-2026-1183"), app::PurchaseFollowUpModel::Open).toString(), QStringLiteral("400"));
    const QAbstractItemModel* receipts = page->receipts()->view()->model();
    ASSERT_EQ(receipts->rowCount(), 1);
    const long long id = receipts->index(0, 0).data(app::KeyRole).toLongLong();
    EXPECT_EQ(receipts->index(0, app::ReceiptTableModel::Inspection).data().toString(),
              app::ReceiptTableModel::tr("On inspection"));

    ASSERT_TRUE(document.inspectReceipt(id, {190, 10, core::Disposition::Return, core::Date::fromYmd(2026, 11, 25), ""})
                    .isEmpty());
    EXPECT_EQ(purchaseOrder("PO-2026-1183").receivedQty, 190);
    EXPECT_EQ(onInspection(item), inspectionBefore);
    rebuild();
    EXPECT_EQ(receipts->index(0, app::ReceiptTableModel::Rejected).data().toString(), QStringLiteral("10"));

    // An inspected lot cannot be inspected again: refused with the reason, nothing changed.
    const QStringList again = document.inspectReceipt(id, {200, 0, core::Disposition::None, core::Date::fromYmd(2026, 11, 25), ""});
    ASSERT_FALSE(again.isEmpty());

    document.undoStack()->undo(); // the inspection
    EXPECT_EQ(purchaseOrder("PO-2026-1183").receivedQty, 200);
    EXPECT_EQ(onInspection(item), inspectionBefore + 200);
    document.undoStack()->undo(); // the receipt
    EXPECT_EQ(purchaseOrder("PO-2026-1183").receivedQty, 0);
    EXPECT_EQ(onInspection(item), inspectionBefore);
    rebuild();
    EXPECT_EQ(receipts->rowCount(), 0);
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_EQ(purchaseOrder("PO-2026-1183").receivedQty, 190);
}

TEST_F(MaterialsPageTest, overReceiptIsRefusedNamingTheOpenQuantity)
{
    const QStringList refusals = document.receivePurchase(delivery("PO-2026-1183", 601));
    ASSERT_FALSE(refusals.isEmpty());
    EXPECT_TRUE(refusals.join(QLatin1Char(' ')).contains(QStringLiteral("600"))) << refusals.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(purchaseOrder("PO-2026-1183").receivedQty, 0);
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(MaterialsPageTest, slowMovingReviewListsStockUntilItMoves)
{
    const auto listed = [this](const QString& item) {
        const QAbstractItemModel* model = page->slowMoving()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(app::KeyRole).toString() == item)
                return true;
        return false;
    };
    // The demo records no stock movement: its stocked items are listed, their age unknown.
    const int before = page->slowMoving()->view()->model()->rowCount();
    EXPECT_TRUE(listed(QStringLiteral("RM-TUBE-28")));
    ASSERT_TRUE(document.receivePurchase(delivery("PO-2026-1183", 100)).isEmpty());
    rebuild();
    // Received today: it moved, so it is neither idle for 90 days nor of unknown age.
    EXPECT_FALSE(listed(QStringLiteral("RM-TUBE-28")));
    EXPECT_EQ(page->slowMoving()->view()->model()->rowCount(), before - 1);
}
