#include "app/Document.h"
#include "app/models/ItemTableModel.h"
#include "app/models/WorkCenterTreeModel.h"
#include "core/FactoryModel.h"
#include "ui/TablePage.h"
#include "ui/masterdata/ItemEditorPage.h"
#include "ui/masterdata/MasterDataPage.h"
#include "ui/masterdata/RefusalBanner.h"
#include "ui/masterdata/StockPage.h"
#include "ui/masterdata/SupplierPage.h"
#include "ui/masterdata/WorkCenterForm.h"
#include "ui/masterdata/WorkCenterPage.h"
#include "DemoDocumentTest.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace pmc;

namespace {

class MasterDataPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        page = std::make_unique<ui::MasterDataPage>(document);
        page->resize(1200, 700);
        page->show();
        items = page->findChild<ui::ItemEditorPage*>();
        ASSERT_NE(items, nullptr);
        page->tabs()->setCurrentWidget(items);
        QApplication::processEvents();
    }

    /// The view index of an item's cell, wherever sorting has put the row.
    QModelIndex itemCell(const std::string& code, int column) const
    {
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(items->table()->view()->model());
        return proxy->mapFromSource(items->model()->index(document.factory().itemIndex(code), column));
    }

    /// Opens the cell's editor the way F2 does and returns it.
    template <typename Editor>
    Editor* openEditor(const QModelIndex& index)
    {
        QTableView* view = items->table()->view();
        view->setCurrentIndex(index);
        view->edit(index);
        return view->viewport()->findChild<Editor*>();
    }

    std::unique_ptr<ui::MasterDataPage> page;
    ui::ItemEditorPage* items = nullptr;
};

int tabIndex(const QTabWidget* tabs, const QString& text)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == text)
            return i;
    return -1;
}

} // namespace

TEST_F(MasterDataPageTest, hasTheEditorTabsInOrder)
{
    const QTabWidget* tabs = page->tabs();
    const int itemTab = tabIndex(tabs, QStringLiteral("Items"));
    const int workCenterTab = tabIndex(tabs, QStringLiteral("Work centers"));
    const int supplierTab = tabIndex(tabs, QStringLiteral("Suppliers"));
    const int stockTab = tabIndex(tabs, QStringLiteral("Stock"));
    EXPECT_EQ(itemTab, 0);
    EXPECT_LT(itemTab, workCenterTab);
    EXPECT_LT(workCenterTab, supplierTab);
    EXPECT_LT(supplierTab, stockTab);
    EXPECT_TRUE(qobject_cast<ui::WorkCenterPage*>(tabs->widget(workCenterTab)));
    EXPECT_TRUE(qobject_cast<ui::SupplierPage*>(tabs->widget(supplierTab)));
    EXPECT_TRUE(qobject_cast<ui::StockPage*>(tabs->widget(stockTab)));
    EXPECT_EQ(items->table()->view()->model()->columnCount(), app::ItemTableModel::ColumnCount);
}

TEST_F(MasterDataPageTest, editsACellThroughTheDelegateAndUndoesIt)
{
    const QModelIndex cell = itemCell("FR-A-PNT", app::ItemTableModel::SafetyStock);
    const double before = cell.data(Qt::EditRole).toDouble();
    auto* spin = openEditor<QDoubleSpinBox>(cell);
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->value(), before);
    spin->setValue(before + 12.5);
    QTest::keyClick(spin, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits Return through a queued call

    const std::size_t row = static_cast<std::size_t>(document.factory().itemIndex("FR-A-PNT"));
    EXPECT_EQ(document.factory().items[row].safetyStock, before + 12.5);
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.factory().items[row].safetyStock, before);
    EXPECT_EQ(itemCell("FR-A-PNT", app::ItemTableModel::SafetyStock).data().toDouble(), before);
}

TEST_F(MasterDataPageTest, aRefusedComboEditShowsTheReasonAndKeepsTheCell)
{
    const QModelIndex cell = itemCell("FR-A-PNT", app::ItemTableModel::LotRule);
    const QString shown = cell.data().toString();
    auto* combo = openEditor<QComboBox>(cell);
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 3);
    const int fixed = combo->findData(static_cast<int>(core::LotRule::Fixed));
    combo->setCurrentIndex(fixed);
    emit combo->activated(fixed); // picking from the list commits at once

    EXPECT_TRUE(items->banner()->message().contains(QStringLiteral("lot.size: must be > 0"))) << items->banner()->message().toStdString();
    EXPECT_EQ(itemCell("FR-A-PNT", app::ItemTableModel::LotRule).data().toString(), shown);
    EXPECT_EQ(document.undoStack()->count(), 0);

    // The next successful change clears the banner.
    ASSERT_TRUE(items->model()->setData(items->model()->index(0, app::ItemTableModel::Buyer), QStringLiteral("王工")));
    EXPECT_TRUE(items->banner()->message().isEmpty());
}

TEST_F(MasterDataPageTest, deleteKeyOnAnItemInUseIsRefused)
{
    QTableView* view = items->table()->view();
    view->setFocus();
    view->setCurrentIndex(itemCell("FR-A-PNT", app::ItemTableModel::Code));
    view->selectRow(view->currentIndex().row());
    ASSERT_EQ(items->selectedRows(), std::vector<int>{document.factory().itemIndex("FR-A-PNT")});
    const std::size_t count = document.factory().items.size();
    page->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(document.factory().items.size(), count);
    EXPECT_TRUE(items->banner()->message().contains(QStringLiteral("unknown item \"FR-A-PNT\"")));
    // The refused row went back to the end, so nothing stays highlighted on another item.
    EXPECT_TRUE(items->selectedRows().empty());
}

TEST_F(MasterDataPageTest, workCenterFormAppliesAndUndoes)
{
    auto* workCenters = page->findChild<ui::WorkCenterPage*>();
    ASSERT_NE(workCenters, nullptr);
    page->tabs()->setCurrentWidget(workCenters);
    workCenters->selectWorkCenter(QStringLiteral("WELD"));
    ui::WorkCenterForm* form = workCenters->form();
    EXPECT_EQ(form->codeEdit()->text(), QStringLiteral("WELD"));
    form->nameEdit()->setText(QStringLiteral("焊接线 新"));
    workCenters->applyForm();

    const auto find = [this](const std::string& code) {
        for (const core::WorkCenter& wc : document.factory().workCenters)
            if (wc.code == code)
                return wc;
        return core::WorkCenter{};
    };
    EXPECT_EQ(find("WELD").name, "焊接线 新");
    EXPECT_EQ(find("WELD").efficiency, 0.9); // untouched fields stay exactly as stored
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(find("WELD").name, "焊接线(机器人+人工)");
    EXPECT_EQ(form->nameEdit()->text(), QStringLiteral("焊接线(机器人+人工)"));
}

TEST_F(MasterDataPageTest, workCenterSelectionSurvivesAnAddElsewhere)
{
    auto* workCenters = page->findChild<ui::WorkCenterPage*>();
    ASSERT_NE(workCenters, nullptr);
    // The form starts on the first work center rather than empty.
    EXPECT_EQ(workCenters->form()->codeEdit()->text(), QString::fromStdString(document.factory().workCenters.front().code));
    workCenters->selectWorkCenter(QStringLiteral("PAINT"));
    ASSERT_TRUE(workCenters->model()->addWorkCenter({"LASER", "激光切割", "新车间", 1, 1.0, "一线"}));
    EXPECT_EQ(workCenters->model()->workCenter(workCenters->tree()->currentIndex())->code, "PAINT");
    EXPECT_EQ(workCenters->form()->codeEdit()->text(), QStringLiteral("PAINT"));
    EXPECT_TRUE(workCenters->tree()->isExpanded(workCenters->model()->parent(workCenters->model()->indexOf(QStringLiteral("LASER")))));
}
