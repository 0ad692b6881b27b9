#include "DemoDocumentTest.h"

#include "app/WhatIfScenario.h"
#include "app/models/ScheduleComparisonModel.h"
#include "app/models/WhatIfWorkCenterModel.h"
#include "core/FactoryModel.h"
#include "ui/SchedulePage.h"
#include "ui/WhatIfDialog.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <algorithm>

using namespace pmc;

namespace {

class WhatIfDialogTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        page = std::make_unique<ui::SchedulePage>(document);
        page->resize(1200, 800);
        page->show();
        const auto buttons = page->findChildren<QPushButton*>();
        const auto whatIf = std::find_if(buttons.begin(), buttons.end(), [](QPushButton* b) {
            return b->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
        });
        ASSERT_NE(whatIf, buttons.end());
        (*whatIf)->click();
        dialog = page->findChild<ui::WhatIfDialog*>();
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(dialog->isVisible());
        ASSERT_FALSE(dialog->isModal());
        // Construction only: the improvement seconds saved from the Schedule area would only slow the test.
        auto* seconds = dialog->findChild<QDoubleSpinBox*>();
        ASSERT_NE(seconds, nullptr);
        seconds->setValue(0);
    }
    // The spin box of the table commits through the model, as setData does here.
    void setUnits(int row, int units)
    {
        QAbstractItemModel* model = dialog->workCenters()->model();
        ASSERT_TRUE(model->setData(model->index(row, app::WhatIfWorkCenterModel::WhatIfUnits), units));
    }
    void runAndWait()
    {
        dialog->run();
        dialog->scenario().wait();
        QApplication::processEvents();
        ASSERT_TRUE(dialog->scenario().hasResult()) << dialog->status().toStdString();
    }

    std::unique_ptr<ui::SchedulePage> page;
    ui::WhatIfDialog* dialog = nullptr;
};

} // namespace

TEST_F(WhatIfDialogTest, runShowsBothPlansAndAdoptChangesTheLiveFactory)
{
    const core::WorkCenter first = document.factory().workCenters.front();
    setUnits(0, first.parallelUnits + 1);
    QAbstractItemModel* units = dialog->workCenters()->model();
    EXPECT_EQ(units->index(0, app::WhatIfWorkCenterModel::LiveUnits).data().toInt(), first.parallelUnits);
    EXPECT_EQ(units->index(0, app::WhatIfWorkCenterModel::WhatIfUnits).data().toInt(), first.parallelUnits + 1);
    EXPECT_EQ(document.factory().workCenters.front(), first);

    runAndWait();
    const QAbstractItemModel* kpis = dialog->measures()->model();
    ASSERT_EQ(kpis->rowCount(), 8);
    for (int row = 0; row < kpis->rowCount(); ++row) {
        EXPECT_FALSE(kpis->index(row, app::ScheduleComparisonModel::Live).data().toString().isEmpty()) << row;
        EXPECT_FALSE(kpis->index(row, app::ScheduleComparisonModel::WhatIf).data().toString().isEmpty()) << row;
    }
    EXPECT_FALSE(dialog->measures()->isColumnHidden(app::ScheduleComparisonModel::Live));
    EXPECT_FALSE(dialog->measures()->isColumnHidden(app::ScheduleComparisonModel::WhatIf));

    QSignalSpy scheduled(&document, &app::Document::scheduleFinished);
    const int steps = document.undoStack()->count();
    dialog->adopt();
    EXPECT_EQ(document.factory().workCenters.front().parallelUnits, first.parallelUnits + 1);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    ASSERT_TRUE(scheduled.wait(60000));
    EXPECT_EQ(units->index(0, app::WhatIfWorkCenterModel::LiveUnits).data().toInt(), first.parallelUnits + 1);
    EXPECT_FALSE(dialog->scenario().hasChanges());
}

TEST_F(WhatIfDialogTest, discardKeepsTheLiveFactoryAndClearsTheComparison)
{
    const core::FactoryModel before = document.factory();
    setUnits(0, before.workCenters.front().parallelUnits + 3);
    runAndWait();
    dialog->discard();
    EXPECT_EQ(document.factory(), before);
    EXPECT_EQ(dialog->measures()->model()->rowCount(), 0);
    EXPECT_EQ(dialog->workCenters()->model()->index(0, app::WhatIfWorkCenterModel::WhatIfUnits).data().toInt(),
              before.workCenters.front().parallelUnits);
}
