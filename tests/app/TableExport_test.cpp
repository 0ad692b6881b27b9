#include "app/TableExport.h"
#include "app/models/Roles.h"
#include "store/InputError.h"
#include "support/TempDir.h"

#include <QDate>
#include <QStandardItemModel>

#include <gtest/gtest.h>

using namespace pmc;
using store::CellKind;

namespace
{

QStandardItem* cell(const QVariant& shown, const QVariant& sortValue = {})
{
    auto* item = new QStandardItem;
    item->setData(shown, Qt::DisplayRole);
    if (sortValue.isValid())
        item->setData(sortValue, app::SortRole);
    return item;
}

} // namespace

TEST(TableExport, typesEachColumnByWhatAllItsCellsHold)
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({ QStringLiteral("编码"), QStringLiteral("Qty"), QStringLiteral("Shown qty"),
        QStringLiteral("Due"), QStringLiteral("Day"), QStringLiteral("Mixed") });
    model.appendRow({ cell(QStringLiteral("1001"), QStringLiteral("1001")), cell(12), cell(QStringLiteral("2.5"), 2.5),
        cell(QStringLiteral("2026-12-01")), cell(QDate(2026, 12, 2)), cell(3) });
    model.appendRow({ cell(QStringLiteral("A-7")), cell(0.25), cell(QString(), 0.0), cell(QString()),
        cell(QDate(2027, 1, 4)), cell(QStringLiteral("n/a")) });

    const store::Sheet sheet = app::tableSheet(model, { 1, 0, 2, 3, 4, 5 }, QStringLiteral("Orders"));
    EXPECT_EQ(sheet.name, "Orders");
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0], (std::vector<std::string> { "Qty", "编码", "Shown qty", "Due", "Day", "Mixed" }));
    EXPECT_EQ(sheet.rows[1], (std::vector<std::string> { "12", "1001", "2.5", "2026-12-01", "2026-12-02", "3" }));
    EXPECT_EQ(sheet.rows[2], (std::vector<std::string> { "0.25", "A-7", "", "", "2027-01-04", "n/a" }));
    // An item code that looks like a number stays text: the model sorts it as text.
    EXPECT_EQ(sheet.columnKinds,
        (std::vector<CellKind> {
            CellKind::Number, CellKind::Text, CellKind::Number, CellKind::Date, CellKind::Date, CellKind::Text }));
}

TEST(TableExport, sheetNamesAreOnesExcelAccepts)
{
    EXPECT_EQ(app::worksheetName(QStringLiteral("orders [week 48]")), QStringLiteral("orders _week 48_"));
    EXPECT_EQ(app::worksheetName(QStringLiteral("'")), QStringLiteral("Sheet1"));
    EXPECT_EQ(app::worksheetName(QString(40, QLatin1Char('x'))).size(), 31);
}

TEST(TableExport, refusesATableLargerThanExcelHolds)
{
    test::TempDir dir;
    QStandardItemModel model(1, 16'385);
    EXPECT_THROW(app::exportTable(QString::fromStdString(dir.file("wide.xlsx")), model,
                     [] {
                         std::vector<int> all(16'385);
                         for (int c = 0; c < 16'385; ++c)
                             all[static_cast<std::size_t>(c)] = c;
                         return all;
                     }()),
        store::InputError);
}
