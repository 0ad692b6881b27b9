#pragma once

#include "app/models/EditableTableModel.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace pmc::core {
struct Routing;
}

namespace pmc::app {

/// The operations of one item's routing, in routing order, with the time a lot of
/// `lotSize` units takes at each (setup + N × run / efficiency of the work center). Each edit
/// replaces the whole routing as one row change: the first operation creates the routing,
/// deleting the last one removes it. Reads the Document's factory, which it does not own.
class RoutingTableModel : public EditableTableModel {
    Q_OBJECT
public:
    enum Column { Seq, WorkCenter, Setup, Run, Queue, Inspection, Move, LotTime, ColumnCount };

    explicit RoutingTableModel(Document& document, QObject* parent = nullptr);

    void setItem(const QString& code);
    QString item() const { return QString::fromStdString(m_item); }
    void setLotSize(double units);
    double lotSize() const { return m_lotSize; }
    /// The routing shown, or nullptr when the item has none.
    const core::Routing* routing() const;

    /// Appends an operation (seq = highest + 10) on the last operation's work center.
    bool addOperation();
    bool removeOperation(int row);
    /// Moves an operation one place up (delta −1) or down (+1); the two swap their seq, so
    /// the routing stays in seq order and no other operation is renumbered.
    bool moveOperation(int row, int delta);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override;
    void rebuild() override;
    bool isEditable(int column) const override { return column != LotTime; }
    std::optional<core::MasterDataEdit> cellEdit(int row, int column, const QVariant& value) const override;
    core::MasterDataEdit routingEdit(std::optional<core::Routing> after) const;
    double lotMinutes(int row) const;

    std::string m_item;
    double m_lotSize = 100;
    /// Where the routing was last found; checked on use, as edits move routings.
    mutable std::size_t m_routingHint = 0;
    std::unordered_map<std::string, double> m_efficiency;
    std::unordered_map<std::string, QString> m_workCenterNames;
};

} // namespace pmc::app
