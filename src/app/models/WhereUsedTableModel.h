#pragma once

#include "app/models/DocumentTableModel.h"

#include <string>
#include <vector>

namespace pmc::app {

/// Where one item is used: its parents (single-level) or every item above it (multi-level,
/// depth first, so each parent follows the row it is used in), from BomGraph::whereUsed.
/// Read-only; rebuilt when the item, the mode or the master data change.
class WhereUsedTableModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Level, Parent, Name, QtyPer, ColumnCount };

    explicit WhereUsedTableModel(Document& document, QObject* parent = nullptr);

    void setItem(const QString& code);
    QString item() const { return QString::fromStdString(m_item); }
    void setMultiLevel(bool multiLevel);
    bool isMultiLevel() const { return m_multiLevel; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int level;
        QString parent;
        QString name;
        double qtyPer;
    };

    int rows() const override { return static_cast<int>(m_rows.size()); }
    void rebuild() override;
    void reset();

    std::string m_item;
    bool m_multiLevel = false;
    std::vector<Row> m_rows;
};

} // namespace pmc::app
