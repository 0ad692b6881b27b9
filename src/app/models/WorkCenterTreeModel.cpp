#include "app/models/WorkCenterTreeModel.h"

#include "app/Document.h"
#include "app/models/EditableTableModel.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"

#include <QFont>

#include <map>
#include <unordered_map>
#include <utility>

namespace pmc::app {

namespace {

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'g', 6) + QLatin1Char('%');
}

} // namespace

WorkCenterTreeModel::WorkCenterTreeModel(Document& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document), m_nodes(build())
{
    connect(&m_document, &Document::factoryReset, this, &WorkCenterTreeModel::reset);
    connect(&m_document, &Document::masterDataChanged, this, &WorkCenterTreeModel::refresh);
}

std::vector<WorkCenterTreeModel::Node> WorkCenterTreeModel::build() const
{
    const core::FactoryModel& factory = m_document.factory();
    std::unordered_map<std::string, int> operations;
    for (const core::Routing& routing : factory.routings)
        for (const core::Operation& operation : routing.operations)
            ++operations[operation.workCenter];

    std::vector<Node> nodes(1);
    const auto addChild = [&nodes](int parent, Level level, const std::string& name) {
        const int added = static_cast<int>(nodes.size());
        Node& child = nodes.emplace_back();
        child.level = level;
        child.name = name;
        child.parent = parent;
        child.row = static_cast<int>(nodes[static_cast<std::size_t>(parent)].children.size());
        nodes[static_cast<std::size_t>(parent)].children.push_back(added);
        return added;
    };
    // Group rows by (parent, name), so that a workshop with many work centers stays linear.
    std::map<std::pair<int, std::string>, int> groups;
    const auto group = [&](int parent, Level level, const std::string& name) {
        const auto [found, inserted] = groups.try_emplace({parent, name}, 0);
        if (inserted)
            found->second = addChild(parent, level, name);
        return found->second;
    };
    for (std::size_t i = 0; i < factory.workCenters.size(); ++i) {
        const core::WorkCenter& wc = factory.workCenters[i];
        const int workshop = group(0, Level::Workshop, wc.workshop);
        const int parent = wc.line.empty() ? workshop : group(workshop, Level::Line, wc.line);
        Node& leaf = nodes[static_cast<std::size_t>(addChild(parent, Level::WorkCenter, wc.code))];
        leaf.workCenter = static_cast<int>(i);
        leaf.units = wc.parallelUnits;
        const auto used = operations.find(wc.code);
        leaf.operations = used == operations.end() ? 0 : used->second;
    }
    // Children follow their parents, so one backward pass sums every group.
    for (std::size_t i = nodes.size(); i-- > 1;) {
        Node& parent = nodes[static_cast<std::size_t>(nodes[i].parent)];
        parent.units += nodes[i].units;
        parent.operations += nodes[i].operations;
    }
    return nodes;
}

void WorkCenterTreeModel::reset()
{
    beginResetModel();
    m_nodes = build();
    endResetModel();
}

void WorkCenterTreeModel::refresh()
{
    std::vector<Node> next = build();
    // Names are data, not shape: renaming a workshop or editing a work center keeps every row
    // where it was, so an editor open on the renamed row closes normally.
    const auto sameShape = [](const Node& a, const Node& b) {
        return a.level == b.level && a.parent == b.parent && a.row == b.row;
    };
    if (next.size() != m_nodes.size() || !std::equal(next.begin(), next.end(), m_nodes.begin(), sameShape)) {
        beginResetModel();
        m_nodes = std::move(next);
        endResetModel();
        return;
    }
    // Same rows: views keep expansion, selection and scroll position.
    m_nodes = std::move(next);
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        if (!n.children.empty()) {
            const QModelIndex parent = indexOfNode(static_cast<int>(i));
            emit dataChanged(index(0, 0, parent), index(static_cast<int>(n.children.size()) - 1, ColumnCount - 1, parent));
        }
    }
}

const WorkCenterTreeModel::Node& WorkCenterTreeModel::node(const QModelIndex& index) const
{
    return m_nodes[index.isValid() ? static_cast<std::size_t>(index.internalId()) : 0];
}

QModelIndex WorkCenterTreeModel::indexOfNode(int n) const
{
    return createIndex(m_nodes[static_cast<std::size_t>(n)].row, 0, static_cast<quintptr>(n));
}

QModelIndex WorkCenterTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, static_cast<quintptr>(node(parent).children[static_cast<std::size_t>(row)]));
}

QModelIndex WorkCenterTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = node(child).parent;
    return parent < 0 ? QModelIndex() : indexOfNode(parent);
}

int WorkCenterTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 1;
    return parent.column() > 0 ? 0 : static_cast<int>(node(parent).children.size());
}

int WorkCenterTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant WorkCenterTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& n = node(index);
    const core::WorkCenter* wc = workCenter(index);
    if (role == Qt::FontRole && (n.level == Level::Factory || n.level == Level::Workshop)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Units ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == KeyRole)
        return QString::fromStdString(n.name);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        if (n.level == Level::Factory)
            return tr("Factory");
        return QString::fromStdString(wc ? wc->name : n.name);
    case Code: return wc ? QString::fromStdString(wc->code) : QVariant();
    case Units: return n.units;
    case Efficiency:
        if (!wc)
            return {};
        return role == Qt::DisplayRole ? QVariant(percent(wc->efficiency)) : QVariant(wc->efficiency);
    case Operations: return n.operations;
    case ColumnCount: break;
    }
    return {};
}

QVariant WorkCenterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name: return tr("Name");
    case Code: return tr("Code");
    case Units: return tr("Parallel units");
    case Efficiency: return tr("Efficiency");
    case Operations: return tr("Routing operations");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags WorkCenterTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    const Level l = level(index);
    if (index.isValid() && index.column() == Name && (l == Level::Workshop || l == Level::Line))
        result |= Qt::ItemIsEditable;
    return result;
}

bool WorkCenterTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Node& n = node(index);
    const std::string name = value.toString().trimmed().toStdString();
    const bool isWorkshop = n.level == Level::Workshop;
    // A work center always belongs to a workshop; an empty line puts it under its workshop.
    if (name == n.name || (isWorkshop && name.empty()))
        return false;
    std::vector<int> members;
    collectWorkCenters(static_cast<int>(index.internalId()), members);
    core::MasterDataEdit edit;
    for (int i : members) {
        const core::WorkCenter& before = m_document.factory().workCenters[static_cast<std::size_t>(i)];
        core::WorkCenter after = before;
        (isWorkshop ? after.workshop : after.line) = name;
        edit.workCenters.push_back({before, after});
    }
    const QString from = QString::fromStdString(n.name);
    const QString to = QString::fromStdString(name);
    return submit(edit, isWorkshop ? tr("Rename workshop %1 to %2").arg(from, to) : tr("Rename line %1 to %2").arg(from, to));
}

WorkCenterTreeModel::Level WorkCenterTreeModel::level(const QModelIndex& index) const
{
    return node(index).level;
}

const core::WorkCenter* WorkCenterTreeModel::workCenter(const QModelIndex& index) const
{
    const int i = index.isValid() ? node(index).workCenter : -1;
    const auto& workCenters = m_document.factory().workCenters;
    return i >= 0 && static_cast<std::size_t>(i) < workCenters.size() ? &workCenters[static_cast<std::size_t>(i)] : nullptr;
}

QModelIndex WorkCenterTreeModel::indexOf(const QString& code) const
{
    const std::string key = code.toStdString();
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].level == Level::WorkCenter && m_nodes[i].name == key)
            return indexOfNode(static_cast<int>(i));
    return {};
}

QString WorkCenterTreeModel::nameAbove(const QModelIndex& index, Level wanted) const
{
    for (int n = index.isValid() ? static_cast<int>(index.internalId()) : -1; n > 0;) {
        const Node& current = m_nodes[static_cast<std::size_t>(n)];
        if (current.level == wanted)
            return QString::fromStdString(current.name);
        n = current.parent;
    }
    return {};
}

QString WorkCenterTreeModel::workshopOf(const QModelIndex& index) const
{
    return nameAbove(index, Level::Workshop);
}

QString WorkCenterTreeModel::lineOf(const QModelIndex& index) const
{
    return nameAbove(index, Level::Line);
}

QStringList WorkCenterTreeModel::workshops() const
{
    QStringList result;
    for (int child : m_nodes.front().children)
        result << QString::fromStdString(m_nodes[static_cast<std::size_t>(child)].name);
    return result;
}

void WorkCenterTreeModel::collectWorkCenters(int n, std::vector<int>& out) const
{
    const Node& current = m_nodes[static_cast<std::size_t>(n)];
    if (current.workCenter >= 0)
        out.push_back(current.workCenter);
    for (int child : current.children)
        collectWorkCenters(child, out);
}

bool WorkCenterTreeModel::changeWorkCenter(const core::WorkCenter& before, const core::WorkCenter& after)
{
    core::MasterDataEdit edit;
    if (!(before == after))
        edit.workCenters.push_back({before, after});
    return submit(edit, tr("Edit work center %1").arg(QString::fromStdString(before.code)));
}

bool WorkCenterTreeModel::addWorkCenter(const core::WorkCenter& added)
{
    core::MasterDataEdit edit;
    edit.workCenters.push_back({std::nullopt, added});
    return submit(edit, tr("Add work center %1").arg(QString::fromStdString(added.code)));
}

bool WorkCenterTreeModel::deleteWorkCenter(const core::WorkCenter& removed)
{
    core::MasterDataEdit edit;
    edit.workCenters.push_back({removed, std::nullopt});
    return submit(edit, tr("Delete work center %1").arg(QString::fromStdString(removed.code)));
}

bool WorkCenterTreeModel::submit(const core::MasterDataEdit& edit, const QString& undoText)
{
    const QString refusal = submitEdit(m_document, edit, undoText);
    if (!refusal.isEmpty())
        emit editRefused(refusal);
    return refusal.isEmpty();
}

} // namespace pmc::app
