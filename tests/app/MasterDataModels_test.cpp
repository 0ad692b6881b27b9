#include "app/Document.h"
#include "app/models/InventoryTableModel.h"
#include "app/models/ItemChanges.h"
#include "app/models/ItemTableModel.h"
#include "app/models/Roles.h"
#include "app/models/SupplierTableModel.h"
#include "app/models/WorkCenterTreeModel.h"
#include "core/FactoryModel.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace pmc;
using Tester = QAbstractItemModelTester;

namespace {

/// The demo factory in a fresh database, and a second session on the same file to prove that
/// an edit reached the database.
class MasterDataModels : public ::testing::Test {
protected:
    void SetUp() override { document.open(path(), true); }

    QString path() const { return QString::fromStdString(dir.file("demo.db")); }
    core::FactoryModel stored() const
    {
        app::Document other;
        other.open(path(), false);
        return other.factory();
    }
    int itemRow(const std::string& code) const { return document.factory().itemIndex(code); }

    test::TempDir dir;
    app::Document document;
};

} // namespace

TEST_F(MasterDataModels, itemCellEditChangesTheFactoryAndTheDatabase)
{
    app::ItemTableModel items(document);
    Tester tester(&items, Tester::FailureReportingMode::Fatal);
    const int row = itemRow("FR-A-PNT");
    const QModelIndex cell = items.index(row, app::ItemTableModel::SafetyStock);
    ASSERT_TRUE(items.flags(cell) & Qt::ItemIsEditable);

    EXPECT_TRUE(items.setData(cell, 25.5));
    EXPECT_EQ(document.factory().items[static_cast<std::size_t>(row)].safetyStock, 25.5);
    EXPECT_EQ(cell.data().toDouble(), 25.5);
    EXPECT_TRUE(stored() == document.factory());
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Edit Safety stock of FR-A-PNT"));
}

TEST_F(MasterDataModels, itemEnumerationsAndPercentEditAsRawValues)
{
    app::ItemTableModel items(document);
    Tester tester(&items, Tester::FailureReportingMode::Fatal);
    const int row = itemRow("FR-A-PNT");
    EXPECT_TRUE(items.setData(items.index(row, app::ItemTableModel::Type), static_cast<int>(core::ItemType::Raw)));
    EXPECT_TRUE(items.setData(items.index(row, app::ItemTableModel::DefectRate), 2.5));
    EXPECT_TRUE(items.setData(items.index(row, app::ItemTableModel::Buyer), QStringLiteral(" 王工 ")));
    const core::Item& item = document.factory().items[static_cast<std::size_t>(row)];
    EXPECT_EQ(item.type, core::ItemType::Raw);
    EXPECT_DOUBLE_EQ(item.defectRate, 0.025);
    EXPECT_EQ(item.buyer, "王工");
    EXPECT_EQ(items.index(row, app::ItemTableModel::DefectRate).data().toString(), QStringLiteral("2.5%"));
    EXPECT_EQ(items.index(row, app::ItemTableModel::DefectRate).data(Qt::EditRole).toDouble(), 2.5);
    EXPECT_TRUE(stored() == document.factory());
    // Out-of-range enumerations and unchanged values are no edit at all.
    const int steps = document.undoStack()->count();
    EXPECT_FALSE(items.setData(items.index(row, app::ItemTableModel::Type), 9));
    EXPECT_FALSE(items.setData(items.index(row, app::ItemTableModel::DefectRate), 2.5));
    EXPECT_EQ(document.undoStack()->count(), steps);
}

TEST_F(MasterDataModels, refusedItemEditKeepsTheValueAndSaysWhy)
{
    app::ItemTableModel items(document);
    Tester tester(&items, Tester::FailureReportingMode::Fatal);
    QSignalSpy refused(&items, &app::ItemTableModel::editRefused);
    const core::FactoryModel before = document.factory();
    const int row = itemRow("FR-A-PNT");
    const QModelIndex rule = items.index(row, app::ItemTableModel::LotRule);

    // A fixed lot needs a size, and this item has none.
    EXPECT_FALSE(items.setData(rule, static_cast<int>(core::LotRule::Fixed)));
    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("items[%1].lot.size: must be > 0").arg(row))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Edit Lot rule of FR-A-PNT"))) << message.toStdString();
    EXPECT_EQ(rule.data(Qt::EditRole).toInt(), static_cast<int>(core::LotRule::LotForLot));
    EXPECT_TRUE(document.factory() == before);
    EXPECT_TRUE(stored() == before);
    EXPECT_EQ(document.undoStack()->count(), 0);

    EXPECT_FALSE(items.setData(items.index(row, app::ItemTableModel::Supplier), QStringLiteral("NO-SUCH")));
    EXPECT_FALSE(items.setData(items.index(row, app::ItemTableModel::MinStock), -1.0));
    EXPECT_EQ(refused.count(), 3);
    EXPECT_TRUE(document.factory() == before);
}

TEST_F(MasterDataModels, undoAndRedoRestoreAnItemEdit)
{
    app::ItemTableModel items(document);
    Tester tester(&items, Tester::FailureReportingMode::Fatal);
    const int row = itemRow("FR-A-PNT");
    const QModelIndex cell = items.index(row, app::ItemTableModel::LeadTime);
    const int before = cell.data(Qt::EditRole).toInt();
    QSignalSpy changed(&items, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(items.setData(cell, before + 3));

    document.undoStack()->undo();
    EXPECT_EQ(cell.data(Qt::EditRole).toInt(), before);
    EXPECT_EQ(stored().items[static_cast<std::size_t>(row)].leadTimeDays, before);
    document.undoStack()->redo();
    EXPECT_EQ(cell.data(Qt::EditRole).toInt(), before + 3);
    EXPECT_EQ(stored().items[static_cast<std::size_t>(row)].leadTimeDays, before + 3);
    // Edits in place refresh cells; they never reset the table (selection stays).
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(MasterDataModels, multiEditIsOneUndoStep)
{
    app::ItemTableModel items(document);
    Tester tester(&items, Tester::FailureReportingMode::Fatal);
    const core::FactoryModel before = document.factory();
    const std::vector<int> rows{1, 4, 7};
    app::ItemChanges changes;
    changes.buyer = "李娜";
    changes.leadTimeDays = 9;
    changes.lot = core::LotPolicy{core::LotRule::MinMultiple, 0, 100, 25};

    ASSERT_TRUE(items.editItems(rows, changes));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Edit 3 item(s)"));
    for (int row : rows) {
        const core::Item& item = document.factory().items[static_cast<std::size_t>(row)];
        EXPECT_EQ(item.buyer, "李娜");
        EXPECT_EQ(item.leadTimeDays, 9);
        EXPECT_EQ(item.lot.moq, 100);
        EXPECT_EQ(item.name, before.items[static_cast<std::size_t>(row)].name);
    }
    EXPECT_TRUE(stored() == document.factory());
    document.undoStack()->undo();
    EXPECT_TRUE(document.factory() == before);
    EXPECT_TRUE(stored() == before);
}

TEST_F(MasterDataModels, addsAnItemAndRefusesToDeleteOneInUse)
{
    app::ItemTableModel items(document);
    Tester tester(&items, Tester::FailureReportingMode::Fatal);
    QSignalSpy refused(&items, &app::ItemTableModel::editRefused);
    const int count = items.rowCount();
    core::Item added;
    added.code = "RM-NEW";
    added.name = "新物料";
    ASSERT_TRUE(items.addRow(added, QStringLiteral("Add item RM-NEW")));
    EXPECT_EQ(items.rowCount(), count + 1);
    EXPECT_EQ(items.index(count, app::ItemTableModel::Code).data().toString(), QStringLiteral("RM-NEW"));
    EXPECT_FALSE(items.addRow(added, QStringLiteral("Add item RM-NEW")));
    EXPECT_EQ(refused.count(), 1);

    // A BOM component cannot go; the new, unused item can.
    EXPECT_FALSE(items.deleteRows({itemRow("FR-A-PNT")}, QStringLiteral("Delete")));
    EXPECT_TRUE(refused.last().first().toString().contains(QStringLiteral("unknown item \"FR-A-PNT\"")));
    // (A refused delete puts the row back at the end of the items in memory; see the report.)
    EXPECT_TRUE(items.deleteRows({itemRow("RM-NEW")}, QStringLiteral("Delete")));
    EXPECT_EQ(items.rowCount(), count);
    EXPECT_EQ(stored().items.size(), static_cast<std::size_t>(count));
    document.undoStack()->undo();
    EXPECT_EQ(items.rowCount(), count + 1);
}

TEST_F(MasterDataModels, suppliersAreEditedAndAUsedOneStays)
{
    app::SupplierTableModel suppliers(document);
    Tester tester(&suppliers, Tester::FailureReportingMode::Fatal);
    QSignalSpy refused(&suppliers, &app::SupplierTableModel::editRefused);
    ASSERT_TRUE(suppliers.setData(suppliers.index(0, app::SupplierTableModel::Phone), QStringLiteral("022-5555 0101")));
    EXPECT_EQ(stored().suppliers[0].phone, "022-5555 0101");
    EXPECT_EQ(suppliers.index(0, app::SupplierTableModel::Phone).data().toString(), QStringLiteral("022-5555 0101"));

    // S-001 supplies items: neither its code nor the supplier itself may go away.
    EXPECT_FALSE(suppliers.setData(suppliers.index(0, app::SupplierTableModel::Code), QStringLiteral("S-100")));
    EXPECT_FALSE(suppliers.deleteRows({0}, QStringLiteral("Delete")));
    EXPECT_EQ(refused.count(), 2);
    const auto& suppliersNow = document.factory().suppliers;
    EXPECT_EQ(std::count_if(suppliersNow.begin(), suppliersNow.end(), [](const core::Supplier& s) { return s.code == "S-001"; }), 1);

    ASSERT_TRUE(suppliers.addRow({"S-900", "新供应商", "张三", "138"}, QStringLiteral("Add")));
    EXPECT_EQ(stored().suppliers.back().contact, "张三");
}

TEST_F(MasterDataModels, stockShowsPlannableAndEditsQuantitiesOnly)
{
    app::InventoryTableModel stock(document);
    Tester tester(&stock, Tester::FailureReportingMode::Fatal);
    QSignalSpy refused(&stock, &app::InventoryTableModel::editRefused);
    const core::InventoryRecord first = document.factory().inventory[0]; // a copy: edits replace the rows
    const core::Item* item = document.factory().findItem(first.item);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(stock.index(0, app::InventoryTableModel::ItemName).data().toString(), QString::fromStdString(item->name));
    EXPECT_FALSE(stock.flags(stock.index(0, app::InventoryTableModel::Plannable)) & Qt::ItemIsEditable);
    EXPECT_FALSE(stock.flags(stock.index(0, app::InventoryTableModel::Item)) & Qt::ItemIsEditable);

    ASSERT_TRUE(stock.setData(stock.index(0, app::InventoryTableModel::Allocated), 100.0));
    ASSERT_TRUE(stock.setData(stock.index(0, app::InventoryTableModel::OnInspection), 40.0));
    EXPECT_DOUBLE_EQ(stock.index(0, app::InventoryTableModel::Plannable).data().toDouble(), first.onHand + 40 - 100);
    EXPECT_TRUE(stored().inventory == document.factory().inventory);
    EXPECT_FALSE(stock.setData(stock.index(0, app::InventoryTableModel::OnHand), -5.0));
    EXPECT_EQ(refused.count(), 1);

    // Names follow an item added or renamed after the model was built.
    const auto unstocked = std::find_if(document.factory().items.begin(), document.factory().items.end(), [&](const core::Item& i) {
        return std::none_of(document.factory().inventory.begin(), document.factory().inventory.end(),
                            [&](const core::InventoryRecord& r) { return r.item == i.code; });
    });
    ASSERT_NE(unstocked, document.factory().items.end());
    const std::string code = unstocked->code;
    const std::string name = unstocked->name;
    ASSERT_TRUE(stock.addRow({code, 12, 0, 0}, QStringLiteral("Add stock")));
    const int last = stock.rowCount() - 1;
    EXPECT_EQ(stock.index(last, app::InventoryTableModel::ItemName).data().toString(), QString::fromStdString(name));
    EXPECT_EQ(stored().inventory.back().onHand, 12);
}

TEST_F(MasterDataModels, workCenterTreeFollowsTheDemoWorkshops)
{
    app::WorkCenterTreeModel tree(document);
    Tester tester(&tree, Tester::FailureReportingMode::Fatal);
    const auto& workCenters = document.factory().workCenters;
    std::vector<std::string> workshops;
    for (const core::WorkCenter& wc : workCenters)
        if (std::find(workshops.begin(), workshops.end(), wc.workshop) == workshops.end())
            workshops.push_back(wc.workshop);

    ASSERT_EQ(tree.rowCount(), 1);
    const QModelIndex factory = tree.index(0, 0);
    EXPECT_EQ(tree.level(factory), app::WorkCenterTreeModel::Level::Factory);
    ASSERT_EQ(tree.rowCount(factory), static_cast<int>(workshops.size()));
    int units = 0;
    for (const core::WorkCenter& wc : workCenters)
        units += wc.parallelUnits;
    EXPECT_EQ(tree.index(0, app::WorkCenterTreeModel::Units).data().toInt(), units);
    int operations = 0;
    for (const core::Routing& routing : document.factory().routings)
        operations += static_cast<int>(routing.operations.size());
    EXPECT_EQ(tree.index(0, app::WorkCenterTreeModel::Operations).data().toInt(), operations);

    for (int w = 0; w < static_cast<int>(workshops.size()); ++w) {
        const QModelIndex shop = tree.index(w, 0, factory);
        EXPECT_EQ(shop.data().toString(), QString::fromStdString(workshops[static_cast<std::size_t>(w)]));
        const auto members = std::count_if(workCenters.begin(), workCenters.end(),
                                           [&](const core::WorkCenter& wc) { return wc.workshop == workshops[static_cast<std::size_t>(w)]; });
        // The demo has no lines, so work centers hang directly under their workshop.
        ASSERT_EQ(tree.rowCount(shop), members);
        for (int r = 0; r < tree.rowCount(shop); ++r) {
            const QModelIndex leaf = tree.index(r, 0, shop);
            ASSERT_NE(tree.workCenter(leaf), nullptr);
            EXPECT_EQ(tree.workCenter(leaf)->workshop, workshops[static_cast<std::size_t>(w)]);
            EXPECT_EQ(tree.indexOf(leaf.siblingAtColumn(app::WorkCenterTreeModel::Code).data().toString()), leaf);
        }
    }
    const QModelIndex weld = tree.indexOf(QStringLiteral("WELD"));
    EXPECT_EQ(weld.siblingAtColumn(app::WorkCenterTreeModel::Operations).data().toInt(), 5);
    EXPECT_EQ(weld.siblingAtColumn(app::WorkCenterTreeModel::Efficiency).data().toString(), QStringLiteral("90%"));
}

TEST_F(MasterDataModels, renamingAWorkshopChangesEveryWorkCenterInOneStep)
{
    app::WorkCenterTreeModel tree(document);
    Tester tester(&tree, Tester::FailureReportingMode::Fatal);
    const core::FactoryModel before = document.factory();
    const QModelIndex shop = tree.parent(tree.indexOf(QStringLiteral("WELD")));
    const QString old = shop.data().toString();
    const int members = tree.rowCount(shop);
    ASSERT_TRUE(tree.flags(shop) & Qt::ItemIsEditable);

    ASSERT_TRUE(tree.setData(shop, QStringLiteral("焊接车间")));
    EXPECT_EQ(document.undoStack()->count(), 1);
    const auto renamed = std::count_if(document.factory().workCenters.begin(), document.factory().workCenters.end(),
                                       [](const core::WorkCenter& wc) { return wc.workshop == "焊接车间"; });
    EXPECT_EQ(renamed, members);
    EXPECT_EQ(shop.data().toString(), QStringLiteral("焊接车间")); // same row, new name
    EXPECT_TRUE(stored() == document.factory());
    document.undoStack()->undo();
    EXPECT_TRUE(document.factory() == before);
    EXPECT_EQ(tree.parent(tree.indexOf(QStringLiteral("WELD"))).data().toString(), old);
}

TEST_F(MasterDataModels, workCentersAreAddedEditedAndDeletedUnlessInUse)
{
    app::WorkCenterTreeModel tree(document);
    Tester tester(&tree, Tester::FailureReportingMode::Fatal);
    QSignalSpy refused(&tree, &app::WorkCenterTreeModel::editRefused);

    const core::WorkCenter weld = *tree.workCenter(tree.indexOf(QStringLiteral("WELD")));
    core::WorkCenter after = weld;
    after.parallelUnits = 4;
    after.line = "机器人线";
    ASSERT_TRUE(tree.changeWorkCenter(weld, after));
    // WELD now sits on a line under its workshop.
    const QModelIndex line = tree.parent(tree.indexOf(QStringLiteral("WELD")));
    EXPECT_EQ(tree.level(line), app::WorkCenterTreeModel::Level::Line);
    EXPECT_EQ(line.data().toString(), QStringLiteral("机器人线"));
    EXPECT_EQ(tree.workshopOf(line), QString::fromStdString(weld.workshop));
    EXPECT_EQ(line.siblingAtColumn(app::WorkCenterTreeModel::Units).data().toInt(), 4);
    EXPECT_TRUE(stored().workCenters == document.factory().workCenters);

    core::WorkCenter laser{"LASER", "激光切割", weld.workshop, 1, 0.85, ""};
    ASSERT_TRUE(tree.addWorkCenter(laser));
    ASSERT_TRUE(tree.indexOf(QStringLiteral("LASER")).isValid());
    EXPECT_FALSE(tree.addWorkCenter(laser)); // the code is taken now
    laser.efficiency = 0;
    EXPECT_FALSE(tree.changeWorkCenter(*tree.workCenter(tree.indexOf(QStringLiteral("LASER"))), laser));
    EXPECT_TRUE(tree.deleteWorkCenter(*tree.workCenter(tree.indexOf(QStringLiteral("LASER")))));
    EXPECT_FALSE(tree.indexOf(QStringLiteral("LASER")).isValid());
    EXPECT_EQ(refused.count(), 2);

    // Routings use WELD, so it stays.
    EXPECT_FALSE(tree.deleteWorkCenter(*tree.workCenter(tree.indexOf(QStringLiteral("WELD")))));
    ASSERT_EQ(refused.count(), 3);
    EXPECT_TRUE(refused.last().first().toString().contains(QStringLiteral("unknown work center \"WELD\"")));
    EXPECT_TRUE(tree.indexOf(QStringLiteral("WELD")).isValid());
}
