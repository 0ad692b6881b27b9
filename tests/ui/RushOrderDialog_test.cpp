#include "DemoDocumentTest.h"

#include "app/RushOrderScenario.h"
#include "app/models/DisplacedOrderModel.h"
#include "core/FactoryModel.h"
#include "ui/ItemField.h"
#include "ui/RushOrderDialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

using namespace pmc;

namespace {

class RushOrderDialogTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        dialog = std::make_unique<ui::RushOrderDialog>(document);
        dialog->show();
    }
    void enterRushOrder()
    {
        dialog->customer()->setText(QStringLiteral("急单客户"));
        dialog->item()->setText(QStringLiteral("EB-A100"));
        dialog->quantity()->setValue(200);
        dialog->requestedDate()->setDate(QDate(2026, 11, 27));
        dialog->priority()->setValue(1);
    }
    void simulateAndWait()
    {
        dialog->simulate();
        dialog->scenario().wait();
        QApplication::processEvents();
        ASSERT_TRUE(dialog->scenario().hasImpact()) << dialog->status().toStdString();
    }
    QPushButton* button(const QString& text) const
    {
        const auto buttons = dialog->findChildren<QPushButton*>();
        const auto found = std::find_if(buttons.begin(), buttons.end(), [&](QPushButton* b) { return b->text() == text; });
        return found == buttons.end() ? nullptr : *found;
    }
    const core::SalesOrder* liveOrder(const std::string& number) const
    {
        const auto& orders = document.factory().salesOrders;
        const auto it = std::find_if(orders.begin(), orders.end(), [&](const auto& so) { return so.number == number; });
        return it == orders.end() ? nullptr : &*it;
    }

    std::unique_ptr<ui::RushOrderDialog> dialog;
};

} // namespace

TEST_F(RushOrderDialogTest, commitIsOnlyPossibleAfterASimulation)
{
    QPushButton* commit = button(QStringLiteral("Commit"));
    ASSERT_NE(commit, nullptr);
    EXPECT_FALSE(commit->isEnabled());
    dialog->item()->setText(QStringLiteral("NOPE"));
    dialog->simulate();
    EXPECT_FALSE(dialog->scenario().isRunning());
    EXPECT_TRUE(dialog->status().contains(QStringLiteral("NOPE"))) << dialog->status().toStdString();
}

TEST_F(RushOrderDialogTest, simulateShowsTheDisplacedOrdersAndCommitAddsAConfirmedOrderThatUndoRemoves)
{
    enterRushOrder();
    simulateAndWait();
    const std::string number = dialog->scenario().rushOrder().number;
    EXPECT_TRUE(dialog->projection().startsWith(QString::fromStdString(number))) << dialog->projection().toStdString();
    EXPECT_EQ(dialog->displacedOrders()->model()->rowCount(),
              static_cast<int>(dialog->scenario().impact().displaced.size()));
    EXPECT_GT(dialog->displacedOrders()->model()->rowCount(), 0);
    EXPECT_TRUE(button(QStringLiteral("Commit"))->isEnabled());
    EXPECT_EQ(liveOrder(number), nullptr); // simulating changes nothing

    QSignalSpy scheduled(&document, &app::Document::scheduleFinished);
    button(QStringLiteral("Commit"))->click();
    const core::SalesOrder* added = liveOrder(number);
    ASSERT_NE(added, nullptr) << dialog->status().toStdString();
    EXPECT_EQ(added->status, core::SalesOrderStatus::Confirmed);
    EXPECT_EQ(added->customer, "急单客户");
    ASSERT_EQ(added->lines.size(), 1u);
    EXPECT_EQ(added->lines[0].qty, 200);
    EXPECT_TRUE(added->lines[0].promised.has_value());
    EXPECT_FALSE(dialog->isVisible());
    ASSERT_TRUE(scheduled.wait(60000));

    document.undoStack()->undo();
    EXPECT_EQ(liveOrder(number), nullptr);
}

TEST_F(RushOrderDialogTest, discardClosesAndChangesNothing)
{
    const core::FactoryModel before = document.factory();
    enterRushOrder();
    simulateAndWait();
    button(QStringLiteral("Discard"))->click();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_FALSE(dialog->scenario().hasImpact());
    EXPECT_EQ(document.factory(), before);
}
