#include "DemoDocumentTest.h"

#include "core/FactoryModel.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "ui/CompletionEntryDialog.h"

#include <QDateEdit>
#include <QTableWidget>

using namespace pmc;

namespace {

class CompletionEntryDialogTest : public test::DemoDocumentTest {
protected:
    /// The board row of `order` op `seq`, or -1.
    static int rowOf(const ui::CompletionEntryDialog& dialog, const QString& order, int seq)
    {
        const QTableWidget* table = dialog.table();
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, ui::CompletionEntryDialog::Order)->text() == order
                && table->item(r, ui::CompletionEntryDialog::Seq)->text().toInt() == seq)
                return r;
        return -1;
    }
    static void type(ui::CompletionEntryDialog& dialog, int row, int column, const QString& text)
    {
        dialog.table()->setItem(row, column, new QTableWidgetItem(text));
    }
    double completed(const std::string& number) const
    {
        for (const core::WorkOrder& w : document.factory().workOrders)
            if (w.number == number)
                return w.completedQty;
        return -1;
    }
    std::size_t storedReports()
    {
        store::FactoryDatabase database(document.path().toStdString());
        return store::ExecutionRepository(database.database()).reports().size();
    }
};

} // namespace

TEST_F(CompletionEntryDialogTest, recordsTheTypedRowsAsOneUndoableStep)
{
    ui::CompletionEntryDialog dialog(document);
    // No plan was released in the demo: the board lists every step that can still report.
    const int assembly = rowOf(dialog, QStringLiteral("WO-2026-1463"), 10);
    const int packing = rowOf(dialog, QStringLiteral("WO-2026-1463"), 20);
    ASSERT_GE(assembly, 0);
    EXPECT_EQ(packing, -1); // nothing passed to packing yet
    type(dialog, assembly, ui::CompletionEntryDialog::Good, QStringLiteral("40"));
    type(dialog, assembly, ui::CompletionEntryDialog::Worker, QStringLiteral("总装一班"));
    type(dialog, assembly, ui::CompletionEntryDialog::Hours, QStringLiteral("3"));
    const int frames = rowOf(dialog, QStringLiteral("WO-2026-1464"), 10);
    ASSERT_GE(frames, 0);
    type(dialog, frames, ui::CompletionEntryDialog::Scrap, QStringLiteral("2"));
    type(dialog, frames, ui::CompletionEntryDialog::Reason, QStringLiteral("流挂"));
    dialog.record();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.status().toStdString();
    EXPECT_EQ(storedReports(), 2u);
    EXPECT_EQ(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    EXPECT_EQ(storedReports(), 0u);
    document.undoStack()->redo();
    EXPECT_EQ(storedReports(), 2u);
}

TEST_F(CompletionEntryDialogTest, aRefusedRowIsNamedByItsTableRowAndNothingIsRecorded)
{
    ui::CompletionEntryDialog dialog(document);
    const int assembly = rowOf(dialog, QStringLiteral("WO-2026-1463"), 10);
    const int frames = rowOf(dialog, QStringLiteral("WO-2026-1464"), 10);
    ASSERT_GE(assembly, 0);
    ASSERT_GE(frames, 0);
    type(dialog, assembly, ui::CompletionEntryDialog::Good, QStringLiteral("10"));
    type(dialog, frames, ui::CompletionEntryDialog::Good, QStringLiteral("9999"));
    dialog.record();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("row %1: --good").arg(frames + 1))) << dialog.status().toStdString();
    EXPECT_EQ(storedReports(), 0u);
    EXPECT_EQ(document.undoStack()->count(), 0);
    type(dialog, frames, ui::CompletionEntryDialog::Good, QStringLiteral("abc"));
    dialog.record();
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("is not a number"))) << dialog.status().toStdString();
}

TEST_F(CompletionEntryDialogTest, lastOperationGoodShowsAsCompletedAtOnce)
{
    ui::CompletionEntryDialog dialog(document);
    // WO-2026-1464 (100, 62 imported as done): its last step can report what earlier steps passed.
    const double before = completed("WO-2026-1464");
    const int first = rowOf(dialog, QStringLiteral("WO-2026-1464"), 10);
    ASSERT_GE(first, 0);
    type(dialog, first, ui::CompletionEntryDialog::Good, QStringLiteral("5"));
    dialog.record();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.status().toStdString();
    ui::CompletionEntryDialog next(document);
    const int last = rowOf(next, QStringLiteral("WO-2026-1464"), 20);
    ASSERT_GE(last, 0);
    type(next, last, ui::CompletionEntryDialog::Good, QStringLiteral("5"));
    next.record();
    ASSERT_EQ(next.result(), QDialog::Accepted) << next.status().toStdString();
    EXPECT_EQ(completed("WO-2026-1464"), before + 5);
    document.undoStack()->undo();
    EXPECT_EQ(completed("WO-2026-1464"), before);
}

TEST_F(CompletionEntryDialogTest, theSameSheetImportedTwiceIsRefusedUnlessAllowed)
{
    const std::string sheet = dir.write("day.csv", "工单号,工序号,良品数,作业员/班组\nWO-2026-1463,10,5,总装一班\n");
    ui::CompletionEntryDialog dialog(document);
    using Outcome = ui::CompletionEntryDialog::SheetOutcome;
    ASSERT_EQ(dialog.importSheet(QString::fromStdString(sheet)), Outcome::Recorded) << dialog.status().toStdString();
    EXPECT_EQ(storedReports(), 1u);
    EXPECT_EQ(dialog.importSheet(QString::fromStdString(sheet)), Outcome::Repeats);
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("row 2"))) << dialog.status().toStdString();
    EXPECT_EQ(storedReports(), 1u);
    EXPECT_EQ(dialog.importSheet(QString::fromStdString(sheet), true), Outcome::Recorded);
    EXPECT_EQ(storedReports(), 2u);
    // Undo and redo of the override record the repeat again without asking.
    document.undoStack()->undo();
    EXPECT_EQ(storedReports(), 1u);
    document.undoStack()->redo();
    EXPECT_EQ(storedReports(), 2u);
}
