// The sales order lifecycle on a Document: each action one undoable edit with its history, the
// models of the review sheet, the history and the order lines following it.
#include "app/Document.h"
#include "app/models/OrderHistoryModel.h"
#include "app/models/OrderReviewModel.h"
#include "app/models/SalesOrderTableModel.h"
#include "app/orders/SalesOrderActions.h"
#include "core/FactoryModel.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace pmc;
using Tester = QAbstractItemModelTester;

class SalesOrderActions : public ::testing::Test {
protected:
    void SetUp() override { document.open(QString::fromStdString(dir.file("demo.db")), true); }
    core::Date today() const { return document.factory().settings.today; }
    core::SalesOrder draft() const
    {
        core::SalesOrder order;
        order.customer = "新客户";
        order.lines = {{document.factory().salesOrders[0].lines[0].item, 12, today() + 20}};
        return order;
    }

    test::TempDir dir;
    app::Document document;
};

TEST_F(SalesOrderActions, aNewOrderIsNumberedFromThePatternAndUndone)
{
    app::SalesOrderActions actions(document);
    const std::size_t before = document.factory().salesOrders.size();
    QString number;
    ASSERT_TRUE(actions.create(draft(), &number).isEmpty());
    EXPECT_EQ(number, QStringLiteral("SO-%1-0001").arg(QString::fromStdString(today().toString()).left(7).remove(QLatin1Char('-'))));
    const core::SalesOrder* created = actions.find(number.toStdString());
    ASSERT_NE(created, nullptr);
    EXPECT_EQ(created->status, core::SalesOrderStatus::Draft);
    EXPECT_EQ(created->orderDate, today());
    EXPECT_EQ(actions.nextNumber().right(4), QStringLiteral("0002"));
    EXPECT_EQ(document.salesOrderHistory(number.toStdString()).at(0).kind, "created");

    document.undoStack()->undo();
    EXPECT_EQ(document.factory().salesOrders.size(), before);
    document.undoStack()->redo();
    EXPECT_EQ(document.factory().salesOrders.size(), before + 1);
}

TEST_F(SalesOrderActions, badOrdersAreRefusedWithReasonsAndNothingChanges)
{
    app::SalesOrderActions actions(document);
    const core::FactoryModel before = document.factory();
    core::SalesOrder order = draft();
    order.lines.push_back({"NO-SUCH-ITEM", 0, today() - 1});
    const QStringList refused = actions.create(order);
    ASSERT_EQ(refused.size(), 2);
    EXPECT_TRUE(refused[0].contains(QStringLiteral("line 2"))) << refused[0].toStdString();
    EXPECT_EQ(document.factory(), before);

    order.lines.pop_back();
    order.lines.push_back({"NO-SUCH-ITEM", 5, today()});
    const QStringList unknown = actions.create(order);
    ASSERT_FALSE(unknown.isEmpty());
    EXPECT_TRUE(unknown.join(QString()).contains(QStringLiteral("NO-SUCH-ITEM"))) << unknown.join(QString()).toStdString();
    EXPECT_EQ(document.factory(), before);
    EXPECT_FALSE(actions.create(document.factory().salesOrders[0]).isEmpty()) << "a number in use";
}

TEST_F(SalesOrderActions, theReviewSheetFollowsTheVerdictsUntilConfirmation)
{
    app::SalesOrderActions actions(document);
    QString number;
    ASSERT_TRUE(actions.create(draft(), &number).isEmpty());
    const std::string n = number.toStdString();
    app::OrderReviewModel sheet(document);
    app::OrderHistoryModel history(document);
    Tester sheetTester(&sheet, Tester::FailureReportingMode::Fatal);
    Tester historyTester(&history, Tester::FailureReportingMode::Fatal);
    sheet.setOrder(n);
    history.setOrder(n);
    ASSERT_TRUE(actions.apply(core::salesorder::submitForReview(*actions.find(n)), QStringLiteral("submit")).isEmpty());
    EXPECT_EQ(sheet.rowCount(), 6);
    EXPECT_EQ(sheet.index(int(core::Department::Quality), app::OrderReviewModel::Verdict).data().toString(), QStringLiteral("Waiting"));
    EXPECT_EQ(sheet.index(int(core::Department::Engineering), app::OrderReviewModel::Required).data().toString(), QString())
        << "engineering is asked for custom orders only";

    ASSERT_TRUE(actions.recordReview(n, {core::Department::Quality, core::ReviewVerdict::AcceptWithConditions, today() + 25, "需外检"}).isEmpty());
    EXPECT_EQ(sheet.index(int(core::Department::Quality), app::OrderReviewModel::Verdict).data().toString(),
              QStringLiteral("Accept with conditions"));
    EXPECT_EQ(sheet.index(int(core::Department::Quality), app::OrderReviewModel::CanMeet).data().toString(),
              QString::fromStdString((today() + 25).toString()));
    EXPECT_FALSE(sheet.index(int(core::Department::Quality), app::OrderReviewModel::Reviewer).data().toString().isEmpty())
        << "stamped with the local user";
    EXPECT_EQ(history.index(0, app::OrderHistoryModel::Change).data().toString().left(7), QStringLiteral("review:"));

    const QStringList early = actions.apply(core::salesorder::confirm(*actions.find(n), document.factory().reviewPolicy,
                                                                      std::nullopt, today()), QStringLiteral("confirm"));
    ASSERT_EQ(early.size(), 1);
    EXPECT_TRUE(early[0].startsWith(QStringLiteral("waiting for the review of Sales"))) << early[0].toStdString();

    for (const core::Department d : {core::Department::Sales, core::Department::Production, core::Department::Purchasing, core::Department::Pmc})
        ASSERT_TRUE(actions.recordReview(n, {d, core::ReviewVerdict::Accept}).isEmpty());
    ASSERT_TRUE(actions.apply(core::salesorder::confirm(*actions.find(n), document.factory().reviewPolicy, std::nullopt, today()),
                              QStringLiteral("confirm")).isEmpty());
    EXPECT_EQ(actions.find(n)->lines[0].promised, today() + 25);
    EXPECT_EQ(actions.find(n)->status, core::SalesOrderStatus::Confirmed);
    EXPECT_GE(history.rowCount(), 8);
}

TEST_F(SalesOrderActions, theLinesTableShowsStatusShipmentsAndKeepsItsRowsOnAnEdit)
{
    app::SalesOrderTableModel lines(document);
    Tester tester(&lines, Tester::FailureReportingMode::Fatal);
    app::SalesOrderActions actions(document);
    const core::SalesOrder first = document.factory().salesOrders[0];
    const int rows = lines.rowCount();
    ASSERT_TRUE(actions.apply(core::salesorder::ship(first, 1, 1, today(), "DN-1", today()), QStringLiteral("ship")).isEmpty());
    EXPECT_EQ(lines.rowCount(), rows);
    const int row = lines.rowOf(QString::fromStdString(first.lineId(0)));
    EXPECT_EQ(lines.index(row, app::SalesOrderTableModel::Shipped).data().toDouble(), 1.0);
    EXPECT_EQ(lines.index(row, app::SalesOrderTableModel::Status).data().toString(), QStringLiteral("Partially shipped"));
    QString number;
    ASSERT_TRUE(actions.create(draft(), &number).isEmpty());
    EXPECT_EQ(lines.rowCount(), rows + 1);
    EXPECT_TRUE(actions.removeDraft(number.toStdString()).isEmpty());
    EXPECT_EQ(lines.rowCount(), rows);
    EXPECT_FALSE(actions.removeDraft(first.number).isEmpty()) << "only drafts are deleted";
}
