#include "DemoDocumentTest.h"

#include "app/print/FormPainting.h"
#include "core/FactoryModel.h"
#include "ui/MainWindow.h"
#include "ui/PlanningSettingsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace pmc;

namespace {

class PlanningSettingsDialogTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        dialog = std::make_unique<ui::PlanningSettingsDialog>(document);
    }
    void choose(core::Department department, core::ReviewRequirement requirement)
    {
        QComboBox* combo = dialog->requirement(department);
        combo->setCurrentIndex(combo->findData(static_cast<int>(requirement)));
    }

    std::unique_ptr<ui::PlanningSettingsDialog> dialog;
};

} // namespace

TEST_F(PlanningSettingsDialogTest, showsTheFactorySettingsAndPreviewsTheNextNumber)
{
    EXPECT_EQ(dialog->today()->date(), QDate(2026, 11, 25));
    EXPECT_EQ(dialog->horizonDays()->value(), 120);
    EXPECT_EQ(dialog->materialBufferDays()->value(), 3);
    EXPECT_EQ(dialog->numberPattern()->text(), QStringLiteral("SO-{yyyyMM}-{####}"));
    // The demo orders are numbered SO-2026-00nn, so this month's counter starts at 1.
    EXPECT_EQ(dialog->patternStatus(), QStringLiteral("Next number: SO-202611-0001"));
    EXPECT_EQ(dialog->requirement(core::Department::Engineering)->currentData().toInt(),
              static_cast<int>(core::ReviewRequirement::CustomOnly));
    EXPECT_TRUE(dialog->okButton()->isEnabled());

    // A pattern the demo numbers match counts on after the highest of them (SO-2026-0044).
    dialog->numberPattern()->setText(QStringLiteral("SO-{yyyy}-{####}"));
    EXPECT_EQ(dialog->patternStatus(), QStringLiteral("Next number: SO-2026-0045"));
    dialog->today()->setDate(QDate(2027, 1, 4));
    EXPECT_EQ(dialog->patternStatus(), QStringLiteral("Next number: SO-2027-0001"));
}

TEST_F(PlanningSettingsDialogTest, anInvalidPatternDisablesOkAndSaysWhy)
{
    dialog->numberPattern()->setText(QStringLiteral("SO-{yyyy}"));
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(dialog->patternStatus().contains(QStringLiteral("needs a counter such as {####}")))
        << dialog->patternStatus().toStdString();

    dialog->numberPattern()->setText(QStringLiteral("SO-{yyyyWW}-{###}"));
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(dialog->patternStatus().contains(QStringLiteral("unknown field \"WW\"")));

    // A narrower counter still counts on after SO-2026-0044.
    dialog->numberPattern()->setText(QStringLiteral("SO-{yyyy}-{###}"));
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_EQ(dialog->patternStatus(), QStringLiteral("Next number: SO-2026-045"));
}

TEST_F(PlanningSettingsDialogTest, okAppliesOneUndoableEditThatUndoRestores)
{
    const core::FactoryModel before = document.factory();
    const int steps = document.undoStack()->count();
    dialog->numberPattern()->setText(QStringLiteral("DD{yyMM}-{#####}"));
    dialog->horizonDays()->setValue(60);
    dialog->materialBufferDays()->setValue(0);
    choose(core::Department::Quality, core::ReviewRequirement::Never);
    choose(core::Department::Engineering, core::ReviewRequirement::Always);
    dialog->accept();

    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    const core::FactoryModel& after = document.factory();
    EXPECT_EQ(after.settings.salesOrderNumberPattern, "DD{yyMM}-{#####}");
    EXPECT_EQ(after.settings.horizonDays, 60);
    EXPECT_EQ(after.settings.materialBufferDays, 0);
    EXPECT_EQ(after.settings.today, before.settings.today);
    EXPECT_EQ(after.reviewPolicy.requirement(core::Department::Quality), core::ReviewRequirement::Never);
    EXPECT_EQ(after.reviewPolicy.requirement(core::Department::Engineering), core::ReviewRequirement::Always);
    EXPECT_EQ(after.reviewPolicy.requirement(core::Department::Sales), core::ReviewRequirement::Always);
    ASSERT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Change planning settings"));

    // Reopened, the database has the same settings.
    app::Document reopened;
    reopened.open(document.path(), false);
    EXPECT_EQ(reopened.factory().settings, after.settings);
    EXPECT_EQ(reopened.factory().reviewPolicy, after.reviewPolicy);

    document.undoStack()->undo();
    EXPECT_EQ(document.factory(), before);
    document.undoStack()->redo();
    EXPECT_EQ(document.factory().settings.salesOrderNumberPattern, "DD{yyMM}-{#####}");
    EXPECT_EQ(document.factory().reviewPolicy.requirement(core::Department::Quality), core::ReviewRequirement::Never);
}

TEST_F(PlanningSettingsDialogTest, okWithoutChangesAddsNoUndoStep)
{
    const int steps = document.undoStack()->count();
    dialog->numberPattern()->setText(QStringLiteral("SO-{yyyy}"));
    dialog->numberPattern()->setText(QStringLiteral("SO-{yyyyMM}-{####}"));
    choose(core::Department::Pmc, core::ReviewRequirement::Never);
    choose(core::Department::Pmc, core::ReviewRequirement::Always);
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(document.undoStack()->count(), steps);
}

TEST_F(PlanningSettingsDialogTest, theEditMenuOpensItWithCtrlComma)
{
    ui::MainWindow window(document);
    const auto* action = window.findChild<QAction*>(QStringLiteral("PlanningSettingsAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    EXPECT_EQ(action->text(), QStringLiteral("&Planning settings..."));
}

TEST_F(PlanningSettingsDialogTest, thePaperIsChosenUndoablyAndTheWindowPrintsOnIt)
{
    ui::MainWindow window(document);
    EXPECT_EQ(app::form::paper(), core::PrintPaper{});
    QComboBox* paper = dialog->paper();
    EXPECT_EQ(paper->currentData().toString(), QStringLiteral("A4 landscape"));
    EXPECT_EQ(paper->count(), 12);
    paper->setCurrentIndex(paper->findData(QStringLiteral("A3 portrait")));
    dialog->accept();
    const core::PrintPaper a3{core::PrintPaper::Size::A3, true};
    EXPECT_EQ(document.factory().settings.printPaper, a3);
    EXPECT_EQ(app::form::paper(), a3);
    document.undoStack()->undo();
    EXPECT_EQ(document.factory().settings.printPaper, core::PrintPaper{});
    EXPECT_EQ(app::form::paper(), core::PrintPaper{});
}

TEST_F(PlanningSettingsDialogTest, kpiTargetsAreEditedInPercentAsOneUndoableEdit)
{
    const std::vector<QDoubleSpinBox*>& boxes = dialog->kpiTargets();
    // The dialog fits a 1366×768 laptop screen with its taskbar.
    EXPECT_LE(dialog->sizeHint().height(), 700) << dialog->sizeHint().height();
    ASSERT_EQ(boxes.size(), std::size(core::kKpiTargetFields));
    EXPECT_EQ(boxes[2]->value(), 90); // supplier on-time, the seeds' 90 %
    boxes[2]->setValue(95);
    boxes[4]->setValue(3); // material idle hours at most 3 %
    dialog->accept();
    EXPECT_DOUBLE_EQ(document.factory().settings.kpiTargets.supplierOnTime, 0.95);
    EXPECT_DOUBLE_EQ(document.factory().settings.kpiTargets.materialIdleRate, 0.03);
    document.undoStack()->undo();
    EXPECT_EQ(document.factory().settings.kpiTargets, core::KpiTargets{});
}
