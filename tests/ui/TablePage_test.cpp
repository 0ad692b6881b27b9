#include "DemoDocumentTest.h"

#include "app/models/SalesOrderTableModel.h"
#include "core/FactoryModel.h"
#include "store/Spreadsheet.h"
#include "store/XlsxArchive.h"
#include "ui/ColumnChooser.h"
#include "ui/TablePage.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

using namespace pmc;
using Orders = app::SalesOrderTableModel;

namespace
{

QAction* entryFor(QMenu& menu, const QString& text)
{
    for (QAction* action : menu.actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

/// The type attribute ("s": shared string, "": number or date) of each cell of the first sheet.
std::map<QString, QString> cellTypes(const std::string& path)
{
    std::map<QString, QString> types;
    store::XlsxArchive archive(path, "export.xlsx");
    archive.parseXml("xl/worksheets/sheet1.xml", [&](QXmlStreamReader& xml) {
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("c"))
                types[xml.attributes().value(QLatin1String("r")).toString()]
                    = xml.attributes().value(QLatin1String("t")).toString();
    });
    return types;
}

} // namespace

class TablePageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        QSettings().remove(QStringLiteral("tables/%1").arg(key));
    }
    void TearDown() override { QSettings().remove(QStringLiteral("tables/%1").arg(key)); }

    const QString key = QStringLiteral("tablePageTest");
    Orders model { document };
};

TEST_F(TablePageTest, columnChooserHidesColumnsAndTheNextPageRestoresThem)
{
    {
        ui::TablePage page(&model, key);
        QMenu menu;
        page.columnChooser()->addEntries(menu);
        QAction* customer = entryFor(menu, model.headerData(Orders::Customer, Qt::Horizontal).toString());
        ASSERT_NE(customer, nullptr);
        EXPECT_TRUE(customer->isChecked());
        ASSERT_NE(entryFor(menu, QStringLiteral("Show all columns")), nullptr);
        EXPECT_FALSE(entryFor(menu, QStringLiteral("Show all columns"))->isEnabled());
        customer->setChecked(false);
        EXPECT_TRUE(page.view()->horizontalHeader()->isSectionHidden(Orders::Customer));
        EXPECT_EQ(page.visibleColumns().size(), static_cast<std::size_t>(Orders::ColumnCount - 1));
    }
    ui::TablePage page(&model, key);
    QHeaderView* header = page.view()->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(Orders::Customer));
    EXPECT_FALSE(header->isSectionHidden(Orders::Number));

    // Hide all but the first column: the last one cannot go.
    for (int column = 1; column < Orders::ColumnCount; ++column)
        page.columnChooser()->setColumnHidden(column, true);
    page.columnChooser()->setColumnHidden(Orders::Number, true);
    EXPECT_EQ(page.visibleColumns(), std::vector<int> { Orders::Number });
    QMenu menu;
    page.columnChooser()->addEntries(menu);
    EXPECT_FALSE(entryFor(menu, model.headerData(Orders::Number, Qt::Horizontal).toString())->isEnabled());
    QAction* showAll = entryFor(menu, QStringLiteral("Show all columns"));
    ASSERT_TRUE(showAll && showAll->isEnabled());
    showAll->trigger();
    EXPECT_EQ(page.visibleColumns().size(), static_cast<std::size_t>(Orders::ColumnCount));
    EXPECT_GT(header->sectionSize(Orders::Customer), 0);
}

TEST_F(TablePageTest, exportWritesTheTableAsShown)
{
    ui::TablePage page(&model, key);
    QHeaderView* header = page.view()->horizontalHeader();
    header->moveSection(header->visualIndex(Orders::Due), 0);
    page.columnChooser()->setColumnHidden(Orders::ItemName, true);
    const std::string customer = document.factory().salesOrders.front().customer;
    page.findChild<QLineEdit*>()->setText(QString::fromStdString(customer));
    page.view()->sortByColumn(Orders::Quantity, Qt::DescendingOrder);
    const QAbstractItemModel* shown = page.view()->model();
    ASSERT_GT(shown->rowCount(), 0);
    ASSERT_LT(shown->rowCount(), model.rowCount());

    const std::string path = dir.file("orders.xlsx");
    page.exportToExcel(QString::fromStdString(path));

    const store::Workbook book = store::readSpreadsheet(path);
    ASSERT_EQ(book.sheets.size(), 1u);
    const store::Sheet& sheet = book.sheets.front();
    EXPECT_EQ(sheet.name, "orders");
    ASSERT_EQ(sheet.rows.size(), static_cast<std::size_t>(shown->rowCount()) + 1);
    const std::vector<int> columns = page.visibleColumns();
    ASSERT_EQ(columns.front(), Orders::Due);
    ASSERT_EQ(sheet.rows[0].size(), columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        EXPECT_EQ(sheet.rows[0][c], model.headerData(columns[c], Qt::Horizontal).toString().toStdString());
    const auto quantity
        = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), int(Orders::Quantity)) - columns.begin());
    for (int row = 0; row < shown->rowCount(); ++row) {
        const auto& cells = sheet.rows[static_cast<std::size_t>(row) + 1];
        EXPECT_EQ(cells[0], shown->index(row, Orders::Due).data().toString().toStdString());
        EXPECT_EQ(cells[1], shown->index(row, Orders::Number).data().toString().toStdString());
        EXPECT_NE(std::find(cells.begin(), cells.end(), customer), cells.end());
        if (row > 0)
            EXPECT_GE(std::stod(sheet.rows[static_cast<std::size_t>(row)][quantity]), std::stod(cells[quantity]));
    }

    // The due date and the quantity are stored as Excel values, the order number as text.
    const std::map<QString, QString> types = cellTypes(path);
    const QString quantityColumn = QChar(u'A' + static_cast<char16_t>(quantity));
    EXPECT_EQ(types.at(QStringLiteral("A2")), QString());
    EXPECT_EQ(types.at(quantityColumn + QStringLiteral("2")), QString());
    EXPECT_EQ(types.at(QStringLiteral("B2")), QStringLiteral("s"));
}

TEST_F(TablePageTest, exportToAFolderThatDoesNotExistSaysWhichFile)
{
    ui::TablePage page(&model, key);
    try {
        page.exportToExcel(QString::fromStdString(dir.file("missing/orders.xlsx")));
        FAIL() << "exported into a missing folder";
    } catch (const std::exception& error) {
        EXPECT_NE(std::string(error.what()).find("orders.xlsx"), std::string::npos) << error.what();
    }
}
