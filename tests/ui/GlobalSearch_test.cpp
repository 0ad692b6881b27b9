#include "DemoDocumentTest.h"

#include "app/models/Roles.h"
#include "app/models/SearchResultModel.h"
#include "core/FactoryModel.h"
#include "ui/EmptyStatePage.h"
#include "ui/GlobalSearch.h"
#include "ui/MainWindow.h"
#include "ui/SchedulePage.h"
#include "ui/TablePage.h"
#include "ui/orders/SalesOrderPage.h"
#include "ui/masterdata/MasterDataPage.h"
#include "ui/masterdata/WorkCenterPage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace pmc;

namespace {

class GlobalSearchTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        window = std::make_unique<ui::MainWindow>(document);
        window->show();
        QApplication::processEvents();
    }

    /// Types `text` into the search box and chooses the best match with Enter.
    void searchAndChoose(const QString& text)
    {
        window->search()->setFocus();
        QTest::keyClicks(window->search(), text);
        QTest::keyClick(window->search(), Qt::Key_Return);
        QApplication::processEvents();
    }

    /// The key of the current row of `view` (the selected record).
    static QString currentKey(const QAbstractItemView* view) { return view->currentIndex().siblingAtColumn(0).data(app::KeyRole).toString(); }

    std::unique_ptr<ui::MainWindow> window;
};

QString statusText(const ui::MainWindow& window)
{
    QStringList texts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

} // namespace

TEST_F(GlobalSearchTest, typingListsTheBestMatchesInAPopup)
{
    window->search()->setFocus();
    QTest::keyClicks(window->search(), QStringLiteral("eb-b200"));
    const app::SearchResultModel* results = window->search()->results();
    ASSERT_GE(results->rowCount(), 2);
    EXPECT_EQ(results->entry(0).code, QStringLiteral("EB-B200")); // exact code before the prefix match
    EXPECT_EQ(results->entry(1).code, QStringLiteral("EB-B200L"));
    EXPECT_EQ(results->entry(0).kind, app::SearchKind::Item);
    EXPECT_TRUE(window->search()->popupList()->isVisible());
    EXPECT_EQ(window->search()->popupList()->currentIndex().row(), 0);

    QTest::keyClick(window->search(), Qt::Key_Escape);
    window->search()->clear();
    QTest::keyClicks(window->search(), QStringLiteral("no record is called this"));
    EXPECT_EQ(results->rowCount(), 0);
    EXPECT_FALSE(window->search()->popupList()->isVisible());
}

TEST_F(GlobalSearchTest, choosingAnItemOpensItsMasterDataRow)
{
    window->showArea(ui::MainWindow::Area::Mrp);
    searchAndChoose(QStringLiteral("eb-b200"));
    EXPECT_EQ(window->currentArea(), ui::MainWindow::Area::MasterData);
    EXPECT_TRUE(window->search()->text().isEmpty());
    auto* masterData = window->findChild<ui::MasterDataPage*>();
    ASSERT_NE(masterData, nullptr);
    auto* items = masterData->tabs()->currentWidget()->findChild<ui::TablePage*>();
    ASSERT_NE(items, nullptr);
    EXPECT_EQ(masterData->tabs()->currentIndex(), 0);
    EXPECT_EQ(currentKey(items->view()), QStringLiteral("EB-B200"));
    EXPECT_EQ(items->view()->selectionModel()->selectedRows().size(), 1);
}

TEST_F(GlobalSearchTest, choosingAWorkCenterOrSalesOrderShowsItInItsArea)
{
    searchAndChoose(QStringLiteral("CUT"));
    EXPECT_EQ(window->currentArea(), ui::MainWindow::Area::MasterData);
    auto* workCenters = window->findChild<ui::WorkCenterPage*>();
    ASSERT_NE(workCenters, nullptr);
    EXPECT_TRUE(workCenters->isVisible());
    EXPECT_EQ(currentKey(workCenters->tree()), QStringLiteral("CUT"));

    searchAndChoose(QStringLiteral("so-2026-0002"));
    EXPECT_EQ(window->currentArea(), ui::MainWindow::Area::Orders);
    auto* orders = window->findChild<QStackedWidget*>()->currentWidget()->findChild<ui::TablePage*>();
    ASSERT_NE(orders, nullptr);
    const QAbstractItemModel* shown = orders->view()->model();
    ASSERT_GE(shown->rowCount(), 1);
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_EQ(shown->index(row, 0).data().toString(), QStringLiteral("SO-2026-0002"));
    EXPECT_EQ(orders->view()->currentIndex().row(), 0);
}

TEST_F(GlobalSearchTest, choosingAWorkOrderSelectsItInTheScheduleAndTheStatusShowsTheRuns)
{
    EXPECT_TRUE(statusText(*window).contains(QStringLiteral("Last schedule: not yet"))) << statusText(*window).toStdString();
    QSignalSpy finished(&document, &app::Document::scheduleFinished);
    document.startSchedule(0);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(statusText(*window).contains(QStringLiteral("not yet"))) << statusText(*window).toStdString();
    EXPECT_TRUE(statusText(*window).contains(QString(document.lastScheduleRunAt()).replace(QLatin1Char('T'), QLatin1Char(' '))));

    const QString order = QString::fromStdString(document.factory().workOrders.front().number);
    searchAndChoose(order);
    EXPECT_EQ(window->currentArea(), ui::MainWindow::Area::Schedule);
    auto* schedule = window->findChild<ui::SchedulePage*>();
    EXPECT_EQ(currentKey(schedule->orders()->view()), order);
}

TEST_F(GlobalSearchTest, ctrlKFocusesTheBox)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->showArea(ui::MainWindow::Area::Orders);
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(window->search()->hasFocus());
    EXPECT_EQ(window->search()->placeholderText(), QStringLiteral("Search order, item, work order… (Ctrl+K)"));
}

TEST(GlobalSearchEmptyState, anEmptyDatabaseExplainsWhatToDoInsteadOfAnEmptyOrderTable)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("empty.db")), false);
    ui::MainWindow window(document);
    window.show();
    window.showArea(ui::MainWindow::Area::Orders);
    QApplication::processEvents();

    auto* pages = window.findChild<QStackedWidget*>();
    auto* ordersArea = qobject_cast<QStackedWidget*>(pages->currentWidget());
    ASSERT_NE(ordersArea, nullptr);
    auto* firstSteps = qobject_cast<ui::EmptyStatePage*>(ordersArea->currentWidget());
    ASSERT_NE(firstSteps, nullptr);
    EXPECT_TRUE(firstSteps->isVisible());
    QStringList buttons;
    for (const QPushButton* button : firstSteps->findChildren<QPushButton*>())
        buttons << button->text();
    EXPECT_EQ(buttons, (QStringList{QStringLiteral("Import scenario..."), QStringLiteral("Import table..."),
                                    QStringLiteral("Open demo factory")}));

    // Once there is data, the orders page is back.
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    EXPECT_NE(qobject_cast<ui::SalesOrderPage*>(ordersArea->currentWidget()), nullptr);
}
