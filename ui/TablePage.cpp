#include "ui/TablePage.h"

#include "app/TableExport.h"
#include "app/models/Roles.h"
#include "ui/ColumnChooser.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
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

    auto* exportButton = new QPushButton(tr("Export to Excel..."), this);
    exportButton->setToolTip(
        tr("Save the table as shown (visible columns, filtered and sorted rows) as an .xlsx workbook"));
    connect(exportButton, &QPushButton::clicked, this, &TablePage::chooseExportFile);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_columns = new ColumnChooser(m_view->horizontalHeader(), m_settingsKey, this);
    updateCount();
}

TablePage::~TablePage()
{
    m_columns->saveLayout();
}

std::vector<int> TablePage::visibleColumns() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual)
        if (const int logical = header->logicalIndex(visual); !header->isSectionHidden(logical))
            columns.push_back(logical);
    return columns;
}

void TablePage::exportToExcel(const QString& fileName) const
{
    app::exportTable(fileName, *m_proxy, visibleColumns());
}

void TablePage::chooseExportFile()
{
    QSettings settings;
    const QString folderKey = QStringLiteral("tables/exportFolder");
    const QString folder
        = settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export to Excel"),
        QDir(folder).filePath(m_settingsKey + QStringLiteral(".xlsx")), tr("Excel workbook (*.xlsx)"));
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        fileName += QStringLiteral(".xlsx");
    settings.setValue(folderKey, QFileInfo(fileName).absolutePath());
    try {
        exportToExcel(fileName);
    } catch (const std::exception& error) {
        QMessageBox::warning(
            this, tr("Export to Excel"), tr("The table was not exported.\n%1").arg(QString::fromUtf8(error.what())));
    }
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

void TablePage::showMatching(const QString& text)
{
    m_filter->setText(text);
    QTableView* view = m_view;
    const QAbstractItemModel* shown = view->model();
    int chosen = shown->rowCount() > 0 ? 0 : -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(app::KeyRole).toString() == text || index.data().toString() == text) {
            chosen = row;
            break;
        }
    }
    if (chosen < 0)
        return;
    view->setCurrentIndex(shown->index(chosen, 0));
    view->selectRow(chosen);
    view->scrollTo(shown->index(chosen, 0));
    view->setFocus();
}

} // namespace pmc::ui
