#include "DemoDocumentTest.h"

#include "app/models/MrpExceptionFilterModel.h"
#include "app/models/RequirementGridModel.h"
#include "app/models/RequirementSourceModel.h"
#include "app/models/Roles.h"
#include "core/mrp/MrpResult.h"
#include "ui/ExceptionListPage.h"
#include "ui/FrozenColumnTable.h"
#include "ui/MrpPage.h"
#include "ui/RequirementDrillDialog.h"
#include "ui/RequirementGridPage.h"
#include "ui/TablePage.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace pmc;
using Grid = app::RequirementGridModel;

class MrpViews : public test::DemoDocumentTest {
protected:
    void runMrp()
    {
        QSignalSpy finished(&document, &app::Document::mrpFinished);
        document.startMrp();
        ASSERT_TRUE(finished.wait(60000));
    }
};

TEST_F(MrpViews, requirementsTabOffersMrpThenShowsTheGridAndItsDrillDown)
{
    ui::MrpPage page(document);
    page.tabs()->setCurrentWidget(page.requirements());
    page.show();
    ui::RequirementGridPage* requirements = page.requirements();
    EXPECT_FALSE(requirements->model()->hasPlan());
    runMrp();
    Grid* grid = requirements->model();
    ASSERT_TRUE(grid->hasPlan());
    ASSERT_GT(grid->itemCount(), 10);
    QApplication::processEvents();
    // Only what is on screen was computed.
    EXPECT_LT(grid->computedRecords(), static_cast<std::size_t>(grid->itemCount()));

    // The first non-empty gross requirement opens its sources.
    QModelIndex cell;
    for (int group = 0; group < grid->itemCount() && !cell.isValid(); ++group)
        for (int column = Grid::FirstBucket; column < grid->columnCount() && !cell.isValid(); ++column)
            if (const QModelIndex index = grid->index(group * Grid::kMeasures, column); index.data(app::SortRole).toDouble() > 0)
                cell = index;
    ASSERT_TRUE(cell.isValid());
    requirements->table()->scrollingView()->setCurrentIndex(cell);
    test::triggerShortcut(requirements->table()->scrollingView(), QKeySequence(Qt::Key_Return));
    ui::RequirementDrillDialog* drill = requirements->drillDialog();
    EXPECT_TRUE(drill->isVisible());
    EXPECT_GT(drill->sources()->rowCount(), 0);
    drill->close();
}

TEST_F(MrpViews, bucketSizeAndTabAreRemembered)
{
    {
        ui::MrpPage page(document);
        page.tabs()->setCurrentIndex(2);
        page.requirements()->setBucketDays(7);
    }
    ui::MrpPage again(document);
    EXPECT_EQ(again.tabs()->currentIndex(), 2);
    EXPECT_EQ(again.requirements()->model()->bucketDays(), 7);
    again.requirements()->setBucketDays(1);
    again.tabs()->setCurrentIndex(0);
}

TEST_F(MrpViews, exceptionListMarksTheSelectionDoneAndHidesIt)
{
    ui::MrpPage page(document);
    runMrp();
    ui::ExceptionListPage* list = page.exceptionList();
    QTableView* view = list->table()->view();
    const int all = view->model()->rowCount();
    ASSERT_GT(all, 1);
    list->filter()->setHideDone(true);
    view->selectRow(0);
    list->markSelectedDone(false);
    EXPECT_EQ(view->model()->rowCount(), all - 1);
    document.undoStack()->undo();
    EXPECT_EQ(view->model()->rowCount(), all);
    list->filter()->setHideDone(false);
}
