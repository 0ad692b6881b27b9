#include "app/Document.h"
#include "core/FactoryModel.h"
#include "store/FactoryDatabase.h"
#include "store/Spreadsheet.h"
#include "store/TableImport.h"
#include "support/TempDir.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pmc;
using store::HeaderLanguage;
using store::TableId;

namespace {

/// A plan for the table `table` exported from the document with `edit` applied to its rows.
store::TableImportPlan planWith(const app::Document& document, TableId table,
                                const std::function<void(std::vector<std::vector<std::string>>&)>& edit)
{
    store::Sheet sheet = store::exportTable(document.factory(), table, HeaderLanguage::English);
    edit(sheet.rows);
    store::TableFile file;
    file.fileName = store::tableInfo(table).key + ".csv";
    file.tables.push_back(store::parseTable(table, sheet, file.fileName));
    return store::planTableImport(document.factory(), file);
}

} // namespace

TEST(DocumentTables, aMasterTableImportIsOneUndoStep)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    const core::FactoryModel before = document.factory();
    const store::TableImportPlan plan = planWith(document, TableId::Items, [](auto& rows) {
        rows[1][6] = "77";
        rows.push_back({"NEW-1", "新物料", "raw", "kg", "buy"});
    });
    ASSERT_TRUE(plan.ok());

    EXPECT_TRUE(document.edit(plan.changes.master, QStringLiteral("Import items.csv")).isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Import items.csv"));
    EXPECT_EQ(document.factory().items.front().safetyStock, 77);
    EXPECT_EQ(store::FactoryDatabase(dir.file("demo.db")).load(), document.factory());

    document.undoStack()->undo();
    EXPECT_EQ(document.factory(), before);
    EXPECT_EQ(store::FactoryDatabase(dir.file("demo.db")).load(), before);
}

TEST(DocumentTables, replacingOrdersClearsTheUndoHistoryAndResetsTheViews)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    const store::TableImportPlan items = planWith(document, TableId::Items, [](auto& rows) { rows[1][6] = "5"; });
    ASSERT_TRUE(document.edit(items.changes.master, QStringLiteral("Import items.csv")).isEmpty());
    const store::TableImportPlan orders = planWith(document, TableId::PurchaseOrders, [](auto& rows) {
        rows[1][2] = "999";
        rows.pop_back();
    });
    ASSERT_TRUE(orders.ok());
    QSignalSpy reset(&document, &app::Document::factoryReset);

    document.replaceOrders(orders.changes);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_EQ(document.factory().purchaseOrders.front().qty, 999);
    EXPECT_EQ(document.factory().items.front().safetyStock, 5);
}

TEST(DocumentTables, exportWritesEveryTableAsASheet)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    document.exportTables(QString::fromStdString(dir.file("all.xlsx")), true);
    const store::Workbook book = store::readSpreadsheet(dir.file("all.xlsx"));
    ASSERT_EQ(book.sheets.size(), store::tableInfos().size());
    EXPECT_EQ(book.sheets.front().name, "物料");
    EXPECT_EQ(book.sheets.front().rows.front().front(), "物料编码");
}
