#include "DemoDocumentTest.h"

#include "app/models/CapacityLoadTableModel.h"
#include "core/FactoryModel.h"
#include "core/scheduling/ScheduleRequest.h"
#include "ui/GanttView.h"
#include "ui/LoadChartView.h"
#include "ui/LoadPage.h"
#include "ui/MainWindow.h"
#include "ui/SchedulePage.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <algorithm>

using namespace pmc;

namespace {

class LoadPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        window = std::make_unique<ui::MainWindow>(document);
        window->resize(1200, 800);
        window->show();
        window->showArea(ui::MainWindow::Area::CapacityLoad);
        page = window->findChild<ui::LoadPage*>();
        ASSERT_NE(page, nullptr);
        QApplication::processEvents();
    }
    void schedule()
    {
        QSignalSpy finished(&document, &app::Document::scheduleFinished);
        document.startSchedule(0);
        ASSERT_TRUE(finished.wait(60000));
        QApplication::processEvents();
    }
    int unitsOf(const std::string& workCenter) const
    {
        int units = 0;
        for (const auto& wc : document.factory().workCenters)
            if (workCenter.empty() || wc.code == workCenter)
                units += wc.parallelUnits;
        return units;
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::LoadPage* page = nullptr;
};

} // namespace

TEST_F(LoadPageTest, isTheAreaAfterScheduleAndSaysHowToGetASchedule)
{
    EXPECT_EQ(window->currentArea(), ui::MainWindow::Area::CapacityLoad);
    EXPECT_EQ(static_cast<int>(ui::MainWindow::Area::CapacityLoad), static_cast<int>(ui::MainWindow::Area::Schedule) + 1);
    EXPECT_TRUE(page->isVisible());
    ASSERT_TRUE(page->isShowingEmptyState());
    EXPECT_TRUE(page->emptyText().contains(QStringLiteral("F6"))) << page->emptyText().toStdString();
}

TEST_F(LoadPageTest, showsTheScheduledLoadByDayAndWeekAndTheMrpLoad)
{
    schedule();
    ASSERT_FALSE(page->isShowingEmptyState()) << page->emptyText().toStdString();
    EXPECT_EQ(page->model()->rowCount(), static_cast<int>(document.factory().workCenters.size()));
    EXPECT_EQ(page->model()->columnCount(), 28);
    // All work centers: the most loaded ones stacked.
    ASSERT_FALSE(page->chart()->chart()->series().isEmpty());
    EXPECT_NE(qobject_cast<QStackedBarSeries*>(page->chart()->chart()->series().first()), nullptr);

    page->setBucketDays(7);
    EXPECT_EQ(page->model()->columnCount(), 8);
    EXPECT_TRUE(page->model()->headerData(0, Qt::Horizontal).toString().startsWith(QLatin1Char('W')));
    page->setBucketDays(1);
    EXPECT_EQ(page->model()->columnCount(), 28);

    // Scheduling ran MRP first, so its infinite-capacity load is there too.
    page->setInfinite(true);
    EXPECT_EQ(page->model()->source(), app::CapacityLoadTableModel::Source::Planned);
    EXPECT_FALSE(page->isShowingEmptyState()) << page->emptyText().toStdString();
    EXPECT_GT(page->model()->rowCount(), 0);

    // One work center: load beside available.
    page->setWorkCenter(page->model()->workCenterCode(0));
    ASSERT_EQ(page->model()->rowCount(), 1);
    auto* bars = qobject_cast<QBarSeries*>(page->chart()->chart()->series().first());
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->count(), 2);
}

TEST_F(LoadPageTest, clickingACellShowsThatWorkCenterAndPeriodOnTheGantt)
{
    schedule();
    QSignalSpy chosen(page, &ui::LoadPage::workCenterPeriodChosen);
    QTableView* table = page->table();
    const QModelIndex cell = page->model()->index(1, 2);
    const QString workCenter = page->model()->workCenterCode(1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), workCenter);
    EXPECT_EQ(chosen.at(0).at(1).toDate(), QDate(2026, 11, 27));
    EXPECT_EQ(chosen.at(0).at(2).toInt(), 1);

    EXPECT_EQ(window->currentArea(), ui::MainWindow::Area::Schedule);
    ui::GanttView* gantt = window->findChild<ui::SchedulePage*>()->gantt();
    EXPECT_EQ(gantt->workCenterFilter(), workCenter.toStdString());
    EXPECT_EQ(gantt->rowCount(), unitsOf(workCenter.toStdString()));
    EXPECT_GT(gantt->horizontalScrollBar()->value(), 0);

    QTest::keyClick(gantt, Qt::Key_Escape);
    EXPECT_TRUE(gantt->workCenterFilter().empty());
    EXPECT_EQ(gantt->rowCount(), unitsOf({}));
}

TEST_F(LoadPageTest, clickingABarChoosesItsWorkCenterAndPeriod)
{
    schedule();
    page->setBucketDays(7);
    QSignalSpy chosen(page, &ui::LoadPage::workCenterPeriodChosen);
    auto* stack = qobject_cast<QStackedBarSeries*>(page->chart()->chart()->series().first());
    ASSERT_NE(stack, nullptr);
    QBarSet* mostLoaded = stack->barSets().first();
    emit stack->hovered(true, 1, mostLoaded);
    EXPECT_TRUE(QToolTip::text().contains(mostLoaded->label())) << QToolTip::text().toStdString();
    emit stack->hovered(false, 1, mostLoaded);
    emit stack->clicked(1, mostLoaded);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), mostLoaded->label().section(QLatin1Char(' '), 0, 0));
    EXPECT_EQ(chosen.at(0).at(1).toDate(), QDate(2026, 12, 2));
    EXPECT_EQ(chosen.at(0).at(2).toInt(), 7);
    EXPECT_EQ(window->findChild<ui::SchedulePage*>()->gantt()->workCenterFilter(),
              chosen.at(0).at(0).toString().toStdString());
}
