#include "DemoDocumentTest.h"

#include "app/models/PlannedOrderTableModel.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "ui/PlannedOrderActions.h"
#include "ui/TablePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include <algorithm>

using namespace pmc;

namespace {

/// The planned orders table of the demo factory after one MRP run, with the actions on it.
class PlannedOrderActionsTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        QSignalSpy finished(&document, &app::Document::mrpFinished);
        document.startMrp();
        ASSERT_TRUE(finished.wait(60000));
        auto* model = new app::PlannedOrderTableModel(document);
        page = std::make_unique<ui::TablePage>(model, QStringLiteral("plannedOrdersTest"));
        model->setParent(page.get());
        actions = new ui::PlannedOrderActions(document, page->view(), page.get());
    }

    /// Answers the next confirmation with `button` (and records its text).
    void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [this, button] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(button)->click();
            }
        });
    }

    void selectRows(int first, int last)
    {
        QTableView* view = page->view();
        for (int row = first; row <= last; ++row)
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    std::unique_ptr<ui::TablePage> page;
    ui::PlannedOrderActions* actions = nullptr;
    QString asked;
};

} // namespace

TEST_F(PlannedOrderActionsTest, firmNeedsASelectionAndAsksFirst)
{
    EXPECT_FALSE(actions->firmAction()->isEnabled());
    EXPECT_TRUE(actions->releaseAllAction()->isEnabled());
    selectRows(0, 1);
    ASSERT_TRUE(actions->firmAction()->isEnabled());
    const int rows = page->view()->model()->rowCount();

    answerNextQuestion(QMessageBox::No);
    actions->firmAction()->trigger();
    EXPECT_TRUE(asked.contains(QStringLiteral("2"))) << asked.toStdString();
    EXPECT_TRUE(document.factory().firmPlannedOrders.empty());

    answerNextQuestion(QMessageBox::Yes);
    actions->firmAction()->trigger();
    EXPECT_EQ(document.factory().firmPlannedOrders.size(), 2u);
    // The two proposals are now the planner's firm orders, shown in their place until MRP runs.
    EXPECT_EQ(page->view()->model()->rowCount(), rows);
    const auto& orders = document.mrpResult().plannedOrders;
    EXPECT_EQ(std::count_if(orders.begin(), orders.end(), [](const core::PlannedOrder& p) { return p.firm; }), 2);
    document.undoStack()->undo();
    EXPECT_TRUE(document.factory().firmPlannedOrders.empty());
    EXPECT_EQ(page->view()->model()->rowCount(), rows);
    EXPECT_TRUE(std::none_of(orders.begin(), orders.end(), [](const core::PlannedOrder& p) { return p.firm; }));
}

TEST_F(PlannedOrderActionsTest, releaseAllConvertsEveryPlannedOrderInOneStep)
{
    const std::size_t planned = document.mrpResult().plannedOrders.size();
    const std::size_t workOrders = document.factory().workOrders.size();
    answerNextQuestion(QMessageBox::Yes);
    test::triggerShortcut(page->view(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    EXPECT_TRUE(document.mrpResult().plannedOrders.empty());
    EXPECT_EQ(document.factory().workOrders.size() - workOrders + document.factory().purchaseRequisitions.size(),
              planned);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_FALSE(actions->releaseAllAction()->isEnabled());
}
