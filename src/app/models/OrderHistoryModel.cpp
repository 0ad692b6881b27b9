#include "app/models/OrderHistoryModel.h"

#include "app/Document.h"
#include "app/orders/SalesOrderText.h"

#include <algorithm>

namespace pmc::app {

OrderHistoryModel::OrderHistoryModel(Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::masterDataChanged, this, &OrderHistoryModel::reload);
    connect(&document, &Document::factoryReset, this, &OrderHistoryModel::reload);
}

void OrderHistoryModel::setOrder(const std::string& number)
{
    m_order = number;
    reload();
}

void OrderHistoryModel::reload()
{
    beginResetModel();
    m_events = m_order.empty() ? std::vector<core::SalesOrderEvent>{} : m_document.salesOrderHistory(m_order);
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

int OrderHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int OrderHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const core::SalesOrderEvent& e = m_events[static_cast<std::size_t>(index.row())];
    switch (static_cast<Column>(index.column())) {
    case At: return QString::fromStdString(e.at).replace(QLatin1Char('T'), QLatin1Char(' '));
    case Author: return QString::fromStdString(e.author);
    case Change: return historyText(e);
    case ColumnCount: break;
    }
    return {};
}

QVariant OrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case At: return tr("When");
    case Author: return tr("Who");
    case Change: return tr("Change");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
