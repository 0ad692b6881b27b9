#include "DemoDocumentTest.h"

#include "app/models/QtDate.h"
#include "app/orders/SalesOrderActions.h"
#include "core/FactoryModel.h"
#include "ui/TablePage.h"
#include "ui/orders/ConfirmOrderDialog.h"
#include "ui/orders/DepartmentReviewDialog.h"
#include "ui/orders/LineChangeDialog.h"
#include "ui/orders/NewSalesOrderDialog.h"
#include "ui/orders/OrderDetailPanel.h"
#include "ui/orders/SalesOrderPage.h"
#include "ui/orders/ShipmentDialog.h"

#include <QAction>
#include <QApplication>
#include <QTableView>

using namespace pmc;

class SalesOrderPageTest : public test::DemoDocumentTest {
protected:
    core::Date today() const { return document.factory().settings.today; }
    const core::SalesOrder& order(const std::string& number) { return *app::SalesOrderActions(document).find(number); }
};

TEST_F(SalesOrderPageTest, anOrderIsEnteredReviewedConfirmedAndShippedFromThePage)
{
    ui::SalesOrderPage page(document);
    ui::NewSalesOrderDialog entry(document, &page);
    const std::string item = document.factory().salesOrders[0].lines[0].item;
    entry.setLine(0, QString::fromStdString(item), 30, app::toQDate(today() + 30));
    entry.accept();
    const std::string number = entry.createdNumber().toStdString();
    ASSERT_FALSE(number.empty());

    page.selectOrder(number);
    EXPECT_EQ(page.currentOrder(), number);
    EXPECT_EQ(page.detail()->order(), number);
    EXPECT_TRUE(page.submitAction()->isEnabled());
    EXPECT_FALSE(page.confirmAction()->isEnabled());
    page.submitAction()->trigger();
    EXPECT_EQ(order(number).status, core::SalesOrderStatus::InReview);
    EXPECT_TRUE(page.confirmAction()->isEnabled());
    EXPECT_FALSE(page.shipAction()->isEnabled());

    for (const core::Department d : {core::Department::Sales, core::Department::Quality, core::Department::Production,
                                     core::Department::Purchasing, core::Department::Pmc}) {
        ui::DepartmentReviewDialog review(order(number), d, today(), &page);
        review.setVerdict(core::ReviewVerdict::Accept);
        ASSERT_TRUE(app::SalesOrderActions(document).recordReview(number, review.review()).isEmpty());
    }

    ui::ConfirmOrderDialog confirm(document, order(number), &page);
    confirm.runPromise();
    confirm.waitForPromise();
    EXPECT_TRUE(confirm.explanation().contains(QStringLiteral("Line 1"))) << confirm.explanation().toStdString();
    const QDate promised = confirm.promisedDate();
    EXPECT_GE(promised, app::toQDate(today()));
    confirm.accept();
    EXPECT_EQ(order(number).status, core::SalesOrderStatus::Confirmed);
    EXPECT_EQ(order(number).lines[0].promised, app::toCoreDate(promised));
    EXPECT_TRUE(page.shipAction()->isEnabled());

    ui::ShipmentDialog ship(document, order(number), &page);
    ship.setShipment(1, 10);
    ship.accept();
    EXPECT_EQ(order(number).status, core::SalesOrderStatus::PartiallyShipped);
    EXPECT_DOUBLE_EQ(order(number).lines[0].openQty(), 20);
    EXPECT_GE(page.detail()->historyTable()->model()->rowCount(), 8);

    // One undo takes the shipment back.
    document.undoStack()->undo();
    EXPECT_EQ(order(number).status, core::SalesOrderStatus::Confirmed);
}

TEST_F(SalesOrderPageTest, aChangeShowsItsImpactBeforeItIsApplied)
{
    const core::SalesOrder first = document.factory().salesOrders[0];
    ui::LineChangeDialog change(document, first);
    change.setChange(1, first.lines[0].qty * 2, app::toQDate(first.lines[0].due));
    const auto impact = change.impact();
    ASSERT_TRUE(impact.has_value());
    EXPECT_FALSE(impact->empty());
    ASSERT_NE(impact->salesLine(first.lineId(0)), nullptr);
    EXPECT_EQ(order(first.number).lines[0].qty, first.lines[0].qty) << "a preview changes nothing";
    change.accept();
    EXPECT_EQ(order(first.number).lines[0].qty, first.lines[0].qty * 2);

    ui::LineChangeDialog cancel(document, order(first.number));
    cancel.setCancelOrder(true);
    cancel.accept();
    EXPECT_EQ(order(first.number).status, core::SalesOrderStatus::Cancelled);
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
}

TEST_F(SalesOrderPageTest, aRefusedChangeKeepsTheOrder)
{
    const core::SalesOrder first = document.factory().salesOrders[0];
    ui::LineChangeDialog change(document, first);
    change.setChange(1, 0, app::toQDate(first.lines[0].due));
    EXPECT_FALSE(change.changed().ok());
    EXPECT_FALSE(change.impact().has_value());
    EXPECT_EQ(order(first.number), first);
}
