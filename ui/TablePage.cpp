#include "ui/TablePage.h"

#include "app/models/Roles.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace pmc::ui {

TablePage::TablePage(QAbstractItemModel* model, const QString& settingsKey, QWidget* parent)
    : QWidget(parent), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_settingsKey(settingsKey)
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(app::SortRole);

    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): any text in any column"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    const QByteArray header = QSettings().value(QStringLiteral("tables/%1/header").arg(m_settingsKey)).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    updateCount();
}

TablePage::~TablePage()
{
    QSettings().setValue(QStringLiteral("tables/%1/header").arg(m_settingsKey), m_view->horizontalHeader()->saveState());
}

void TablePage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void TablePage::updateCount()
{
    m_count->setText(tr("%1 of %2 rows").arg(m_proxy->rowCount()).arg(m_proxy->sourceModel()->rowCount()));
}

void TablePage::copySelection() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    // Cells grouped by row, in visual column order, so the paste matches what the user sees.
    std::map<int, std::map<int, QString>> cells;
    for (const QModelIndex& index : selected)
        cells[index.row()][m_view->horizontalHeader()->visualIndex(index.column())] = index.data().toString();
    QString text;
    for (const auto& [row, columns] : cells) {
        QStringList values;
        for (const auto& [column, value] : columns)
            values << value;
        text += values.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}

} // namespace pmc::ui
