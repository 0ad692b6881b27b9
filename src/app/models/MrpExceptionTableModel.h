#pragma once

#include "app/models/DocumentTableModel.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace pmc::core {
struct MrpException;
}

namespace pmc::app {

/// The exception messages of the last MRP run, the planner's work list after each run: per
/// message its translated text, the item's buyer and supplier to filter by, and the planner's
/// review (Done, checkable: checking pushes a ReviewExceptionsCommand, note in its own column).
class MrpExceptionTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Done, Date, Kind, Item, ItemName, Buyer, Supplier, Order, Note, Message, ColumnCount };

    explicit MrpExceptionTableModel(Document& document, QObject* parent = nullptr);

    const core::MrpException& exception(int row) const;
    QString buyer(int row) const { return m_rows[static_cast<std::size_t>(row)].buyer; }
    QString supplier(int row) const { return m_rows[static_cast<std::size_t>(row)].supplier; }
    bool isDone(int row) const;
    /// The distinct buyers and suppliers of the messages, sorted, for the filter choices.
    QStringList buyers() const;
    QStringList suppliers() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RowText {
        QString itemName;
        QString buyer;
        QString supplier;
        QString message;
    };

    int rows() const override;
    void rebuild() override;
    QVariant text(const core::MrpException& e, const RowText& row, int column) const;

    std::vector<RowText> m_rows; // per message, resolved once per run or master-data change
};

} // namespace pmc::app
