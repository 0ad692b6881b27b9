#pragma once

#include "core/orders/SalesOrderHistory.h"

#include <QAbstractTableModel>

#include <vector>

namespace pmc::app {

class Document;

/// The change history of one sales order (订单变更记录), newest first: when, who, what.
/// Reloaded from the database whenever the Document changes.
class OrderHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, Author, Change, ColumnCount };

    explicit OrderHistoryModel(Document& document, QObject* parent = nullptr);

    void setOrder(const std::string& number);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    Document& m_document;
    std::string m_order;
    std::vector<core::SalesOrderEvent> m_events; ///< newest first
};

} // namespace pmc::app
