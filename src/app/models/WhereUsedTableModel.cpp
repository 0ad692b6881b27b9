#include "app/models/WhereUsedTableModel.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/bom/BomGraph.h"

namespace pmc::app {

WhereUsedTableModel::WhereUsedTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    // The rows are cached, so a data change always resets (refreshOn compares counts first).
    resetOn(&Document::factoryReset);
    resetOn(&Document::masterDataChanged);
}

void WhereUsedTableModel::setItem(const QString& code)
{
    if (code.toStdString() == m_item)
        return;
    m_item = code.toStdString();
    reset();
}

void WhereUsedTableModel::setMultiLevel(bool multiLevel)
{
    if (multiLevel == m_multiLevel)
        return;
    m_multiLevel = multiLevel;
    reset();
}

void WhereUsedTableModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void WhereUsedTableModel::rebuild()
{
    m_rows.clear();
    if (m_item.empty())
        return;
    const core::FactoryModel& factory = m_document.factory();
    const core::BomGraph graph(factory);
    for (const core::WhereUsedLine& line : graph.whereUsed(m_item, m_multiLevel)) {
        // BomGraph numbers items in FactoryModel::items order.
        const int item = graph.indexOf(line.parent);
        const QString name =
            item >= 0 ? QString::fromStdString(factory.items[static_cast<std::size_t>(item)].name) : QString();
        m_rows.push_back({line.level, QString::fromStdString(line.parent), name, line.qtyPer});
    }
}

QVariant WhereUsedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return row.parent;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Level || index.column() == QtyPer ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Level: return row.level;
    // Indented by level, so a multi-level list reads as the tree it is.
    case Parent: return role == SortRole ? row.parent : QString(2 * (row.level - 1), QLatin1Char(' ')) + row.parent;
    case Name: return row.name;
    case QtyPer: return role == SortRole ? QVariant(row.qtyPer) : QVariant(formatNumber(row.qtyPer));
    case ColumnCount: break;
    }
    return {};
}

QVariant WhereUsedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Level: return tr("Level");
    case Parent: return tr("Used in");
    case Name: return tr("Name");
    case QtyPer: return tr("Qty per");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
