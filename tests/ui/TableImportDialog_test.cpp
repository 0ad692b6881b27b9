#include "app/Document.h"
#include "core/FactoryModel.h"
#include "store/MasterTables.h"
#include "store/Spreadsheet.h"
#include "support/TempDir.h"
#include "ui/masterdata/TableImportDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace pmc;

namespace {

class TableImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override { m_document.open(QString::fromStdString(m_dir.file("demo.db")), true); }

    QString writeItems(const std::function<void(std::vector<std::vector<std::string>>&)>& edit)
    {
        store::Sheet sheet = store::exportTable(m_document.factory(), store::TableId::Items, store::HeaderLanguage::Chinese);
        edit(sheet.rows);
        store::writeCsv(m_dir.file("items.csv"), sheet);
        return QString::fromStdString(m_dir.file("items.csv"));
    }

    test::TempDir m_dir;
    app::Document m_document;
};

} // namespace

TEST_F(TableImportDialogTest, listsEveryProblemWithRowAndColumnAndCannotApply)
{
    const QString path = writeItems([](auto& rows) {
        rows[2][5] = "abc";
        rows[3][6] = "-1";
    });
    ui::TableImportDialog dialog(m_document, path);
    QTreeWidget* issues = dialog.issuesView();
    ASSERT_EQ(issues->topLevelItemCount(), 2);
    EXPECT_EQ(issues->topLevelItem(0)->text(0), QStringLiteral("items.csv"));
    EXPECT_EQ(issues->topLevelItem(0)->text(1), QStringLiteral("3"));
    EXPECT_EQ(issues->topLevelItem(0)->text(2), QStringLiteral("提前期(天)"));
    EXPECT_TRUE(issues->topLevelItem(0)->text(3).contains(QStringLiteral("whole number")));
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    EXPECT_FALSE(dialog.apply());
}

TEST_F(TableImportDialogTest, showsTheDiffAndAppliesItAsOneUndoStep)
{
    const QString path = writeItems([](auto& rows) { rows[1][6] = "12"; });
    ui::TableImportDialog dialog(m_document, path);
    ASSERT_EQ(dialog.changesView()->topLevelItemCount(), 1);
    const QTreeWidgetItem* items = dialog.changesView()->topLevelItem(0);
    ASSERT_EQ(items->childCount(), 1);
    EXPECT_EQ(items->child(0)->text(0), QString::fromStdString(m_document.factory().items.front().code));
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Apply)->isEnabled());

    ASSERT_TRUE(dialog.apply());
    EXPECT_EQ(m_document.factory().items.front().safetyStock, 12);
    EXPECT_EQ(m_document.undoStack()->count(), 1);
    EXPECT_TRUE(m_document.undoStack()->undoText().contains(QStringLiteral("items.csv")));
}
