#pragma once

#include "core/orders/SalesOrder.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>

namespace pmc::app {

class Document;

/// The review sheet of one sales order (订单评审): one row per department, whether the policy
/// waits for it, its verdict, the date it can meet, its comment, who answered and when.
/// Follows the Document: edits of the order show at once.
class OrderReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Department, Required, Verdict, CanMeet, Comment, Reviewer, ReviewedAt, ColumnCount };

    explicit OrderReviewModel(Document& document, QObject* parent = nullptr);

    /// Shows the order numbered `number` (an unknown number shows every department unanswered).
    void setOrder(const std::string& number);
    const std::string& order() const { return m_order; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    Document& m_document;
    std::string m_order;
    /// The order as last refreshed, so that data() does not search every order per cell.
    std::optional<core::SalesOrder> m_current;
};

} // namespace pmc::app
