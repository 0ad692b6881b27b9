#include "ui/masterdata/MasterDataTablePage.h"

#include "app/Document.h"
#include "app/models/EditableTableModel.h"
#include "ui/TablePage.h"
#include "ui/masterdata/FieldDelegate.h"
#include "ui/masterdata/RefusalBanner.h"
#include "ui/masterdata/ViewAction.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

MasterDataTablePage::MasterDataTablePage(app::Document& document, app::EditableTableModel* model,
                                         const QString& settingsKey, QWidget* parent)
    : QWidget(parent), m_document(document), m_table(new TablePage(model, settingsKey, this)),
      m_banner(new RefusalBanner(this)), m_delegate(new FieldDelegate(this)), m_toolBar(new QToolBar(this))
{
    model->setParent(this);
    QTableView* view = m_table->view();
    view->setItemDelegate(m_delegate);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(model, &app::EditableTableModel::editRefused, m_banner, &RefusalBanner::showMessage);
    connect(&m_document, &app::Document::masterDataChanged, m_banner, &QWidget::hide);
    connect(&m_document, &app::Document::factoryReset, m_banner, &QWidget::hide);

    // For the context menu and keyboard only: F2 and double-click are known to planners.
    addViewAction(view, tr("Edit cell"), QKeySequence(Qt::Key_F2), [view] {
        if (view->currentIndex().isValid())
            view->edit(view->currentIndex());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    // TablePage brings its own margins; the toolbar lines up with its filter box.
    m_table->layout()->setContentsMargins(0, 0, 0, 0);
}

QAction* MasterDataTablePage::addCommand(const QString& text, const QKeySequence& shortcut,
                                         const std::function<void()>& run)
{
    QAction* action = addViewAction(m_table->view(), text, shortcut, run);
    m_toolBar->addAction(action);
    return action;
}

void MasterDataTablePage::deleteSelectedRows(const std::function<bool(const std::vector<int>&)>& remove)
{
    const std::vector<int> rows = selectedRows();
    if (!rows.empty() && !remove(rows))
        m_table->view()->clearSelection();
}

std::vector<int> MasterDataTablePage::selectedRows() const
{
    const QTableView* view = m_table->view();
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(view->model());
    std::vector<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        rows.push_back(proxy ? proxy->mapToSource(index).row() : index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MasterDataTablePage::selectRow(int row)
{
    QTableView* view = m_table->view();
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(view->model());
    const QModelIndex source = proxy ? proxy->sourceModel()->index(row, 0) : view->model()->index(row, 0);
    const QModelIndex shown = proxy ? proxy->mapFromSource(source) : source;
    if (!shown.isValid())
        return; // hidden by the filter
    view->setCurrentIndex(shown);
    view->selectRow(shown.row());
    view->scrollTo(shown);
    view->setFocus();
}

} // namespace pmc::ui
