#pragma once

#include <QAbstractItemModel>

#include <string>
#include <vector>

namespace pmc::core {
struct MasterDataEdit;
struct WorkCenter;
}

namespace pmc::app {

class Document;

/// The organisation tree the planner maintains work centers in: factory → workshop → line
/// (skipped when a work center has none) → work center, in the order the factory lists them.
/// Group rows sum the units and routing operations below them. Workshop and line names are
/// edited on their rows (a rename changes every work center under it, as one undo step);
/// work centers through changeWorkCenter() and friends. Every edit goes through
/// Document::edit and a refusal is reported by editRefused(). UI thread only.
class WorkCenterTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Code, Units, Efficiency, Operations, ColumnCount };
    enum class Level { Factory, Workshop, Line, WorkCenter };

    explicit WorkCenterTreeModel(Document& document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Renames the workshop or line of a group row.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Level level(const QModelIndex& index) const;
    /// The work center of a work-center row, or null for group rows.
    const core::WorkCenter* workCenter(const QModelIndex& index) const;
    /// The row of the work center with this code, or an invalid index.
    QModelIndex indexOf(const QString& code) const;
    /// The workshop and line a row is in (empty above that level), to place a new work center.
    QString workshopOf(const QModelIndex& index) const;
    QString lineOf(const QModelIndex& index) const;
    QStringList workshops() const;

    bool changeWorkCenter(const core::WorkCenter& before, const core::WorkCenter& after);
    bool addWorkCenter(const core::WorkCenter& added);
    bool deleteWorkCenter(const core::WorkCenter& removed);

signals:
    void editRefused(const QString& message);

private:
    struct Node {
        Level level = Level::Factory;
        std::string name; ///< workshop or line name; the code of a work center
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        int workCenter = -1; ///< position in FactoryModel::workCenters
        int units = 0;
        int operations = 0;
    };

    std::vector<Node> build() const;
    /// After an edit: cells change in place when the tree kept its shape, else the model resets.
    void refresh();
    void reset();
    const Node& node(const QModelIndex& index) const;
    QModelIndex indexOfNode(int node) const;
    void collectWorkCenters(int node, std::vector<int>& out) const;
    /// The name of the row itself or its nearest ancestor at `wanted` level, or empty.
    QString nameAbove(const QModelIndex& index, Level wanted) const;
    bool submit(const core::MasterDataEdit& edit, const QString& undoText);

    Document& m_document;
    std::vector<Node> m_nodes; ///< m_nodes[0] is the factory; a child always follows its parent
};

} // namespace pmc::app
