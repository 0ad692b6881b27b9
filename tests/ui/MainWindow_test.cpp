#include "app/Document.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleRequest.h"
#include "core/shortage/ShortageList.h"
#include "ui/GanttView.h"
#include "ui/MainWindow.h"
#include "ui/SchedulePage.h"
#include "ui/ShortagePage.h"
#include "ui/TablePage.h"
#include "support/TempDir.h"

#include <QApplication>
#include <QSet>
#include <QSignalSpy>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace pmc;

TEST(MainWindow, showsTheDemoFactoryWithNavigationAndStatus)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    ui::MainWindow window(document);
    window.show();
    QApplication::processEvents();

    const auto* navigation = window.findChild<QListWidget*>();
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->count(), 9);

    window.showArea(ui::MainWindow::Area::MasterData);
    EXPECT_EQ(window.currentArea(), ui::MainWindow::Area::MasterData);
    const auto* pages = window.findChild<QStackedWidget*>();
    // The master-data area opens on its Items tab: a table of every item.
    const auto* itemPage = pages->currentWidget()->findChild<ui::TablePage*>();
    ASSERT_NE(itemPage, nullptr);
    EXPECT_GE(itemPage->view()->model()->rowCount(), 40);

    QStringList status;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        status << label->text();
    EXPECT_TRUE(status.join(QLatin1Char(' ')).contains(QStringLiteral("2026-11-25"))) << status.join(QLatin1Char('|')).toStdString();
}

TEST(MainWindow, chineseTranslationIsShipped)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/pmc_zh_CN.qm")));
    EXPECT_EQ(translator.translate("pmc::ui::MainWindow", "Orders"), QStringLiteral("订单"));
    EXPECT_EQ(translator.translate("pmc::app::ItemTableModel", "Safety stock"), QStringLiteral("安全库存"));
}

TEST(MainWindow, scheduleAreaDrawsOneGanttRowPerWorkCenterUnit)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    ui::MainWindow window(document);
    window.showArea(ui::MainWindow::Area::Schedule);
    auto* page = window.findChild<ui::SchedulePage*>();
    ASSERT_NE(page, nullptr);
    int units = 0;
    for (const auto& wc : document.factory().workCenters)
        units += wc.parallelUnits;
    EXPECT_EQ(page->gantt()->rowCount(), units);

    QSignalSpy finished(&document, &app::Document::scheduleFinished);
    document.startSchedule(0);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(page->orders()->view()->model()->rowCount(), static_cast<int>(document.schedule().orders.size()));
    const QImage image = page->gantt()->viewport()->grab().toImage();
    EXPECT_FALSE(image.isNull());
}

TEST(MainWindow, shortageAreaListsTheShortagesOfTheMrpRun)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    ui::MainWindow window(document);
    auto* page = window.findChild<ui::ShortagePage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->table()->view()->model()->rowCount(), 0);
    QSignalSpy finished(&document, &app::Document::mrpFinished);
    document.startMrp();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(document.hasShortages());
    EXPECT_GT(page->table()->view()->model()->rowCount(), 0);
    EXPECT_EQ(page->table()->view()->model()->rowCount(), static_cast<int>(document.shortages().size()));
}

// A smoke test of every area as the planner opens it after a planning run: each one paints a
// picture with something in it (not a blank page), and the Gantt in both views.
TEST(MainWindow, everyAreaPaintsAfterAPlanningRun)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    ui::MainWindow window(document);
    window.resize(1280, 800);
    window.show();
    QSignalSpy finished(&document, &app::Document::scheduleFinished);
    document.startSchedule(0);
    ASSERT_TRUE(finished.wait(60000));
    const auto* navigation = window.findChild<QListWidget*>();
    ASSERT_NE(navigation, nullptr);
    const auto colours = [](const QImage& image) {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                seen.insert(image.pixel(x, y));
        return seen.size();
    };
    for (int area = 0; area < navigation->count(); ++area) {
        window.showArea(static_cast<ui::MainWindow::Area>(area));
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        ASSERT_FALSE(image.isNull()) << area;
        EXPECT_GT(colours(image), 8) << "area " << navigation->item(area)->text().toStdString() << " paints nothing";
    }
    auto* gantt = window.findChild<ui::SchedulePage*>()->gantt();
    for (auto mode : {app::GanttMode::Order, app::GanttMode::Resource}) {
        gantt->setMode(mode);
        window.showArea(ui::MainWindow::Area::Schedule);
        EXPECT_GT(colours(gantt->viewport()->grab().toImage()), 8);
    }
}
