#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <string>

namespace pmc::core {
class BomGraph;
struct BomLine;
class Date;
}

namespace pmc::app {

class Document;

/// The multi-level BOM of one parent item as a tree with one node per BOM row. A node's
/// children are built only when a view expands it (canFetchMore/fetchMore), so a BOM of many
/// levels and rows opens at once. Extended quantities follow the explosion of `topQuantity`
/// valid on `date`: rows outside it (not valid on the date, or below such a row) have none and
/// are greyed. Each edit is one BOM row change through Document::edit; a refused one changes
/// nothing and is announced by editRefused(). After any change of the data the built nodes are
/// matched against the new rows, so views keep their expanded nodes and selection.
/// Lives on the UI thread and reads the Document's factory, which it does not own.
class BomTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Component, Name, Level, QtyPer, ScrapRate, ValidFrom, ValidTo, ExtendedQty, Uom, Source, ColumnCount
    };

    explicit BomTreeModel(Document& document, QObject* parent = nullptr);
    ~BomTreeModel() override;

    /// Shows the BOM of this item (empty code or unknown item: an empty tree).
    void setParentItem(const QString& code);
    QString parentItem() const;
    void setTopQuantity(double quantity);
    double topQuantity() const { return m_topQuantity; }
    /// The explosion date; the planning date until set (and again when the factory is replaced).
    void setDate(core::Date date);
    core::Date date() const;

    /// The BOM row behind a node, or nullptr.
    const core::BomLine* line(const QModelIndex& index) const;
    /// Adds a BOM row as one undoable step; false (after editRefused) when it was refused.
    bool addLine(const core::BomLine& line);
    /// Removes the BOM row behind `index` as one undoable step.
    bool removeLine(const QModelIndex& index);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& = {}) const override { return ColumnCount; }
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// An edit was refused (nothing changed); `message` names the edit and every reason.
    void editRefused(const QString& message);

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node& node) const;
    QVariant displayValue(const Node& node, int column) const;
    void rebuildGraph();
    void resetTree();
    void buildChildren(Node& node);
    /// Points `child` (whose parent is set) at a BOM row and recomputes its quantities.
    void updateChild(Node& child, int bomRow) const;
    /// Matches the built children of `node` to its current BOM rows, announcing removed,
    /// inserted and changed rows, then recurses into the built grandchildren.
    void sync(Node& node);
    bool submit(const core::BomLine* before, const core::BomLine* after, const QString& text);

    Document& m_document;
    std::unique_ptr<core::BomGraph> m_graph;
    std::unique_ptr<Node> m_root;
    double m_topQuantity = 1;
    /// The explosion date as core::Date::days(): moc cannot parse the core headers (<compare>).
    int m_date = 0;
};

} // namespace pmc::app
