#include "app/models/BomTreeModel.h"

#include "app/Document.h"
#include "app/models/DomainText.h"
#include "app/models/EditableTableModel.h"
#include "app/models/NumberText.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/bom/BomGraph.h"
#include "core/masterdata/MasterDataEdit.h"

#include <QColor>

#include <span>
#include <vector>

namespace pmc::app {

struct BomTreeModel::Node {
    Node* parent = nullptr;
    int row = 0;
    /// A copy of the BOM row: the model answers from it even while the factory changes under
    /// it, and it is the exact `before` of an edit. The root holds only the parent item code.
    core::BomLine line;
    /// Index into FactoryModel::items of line.component (the root: of the parent item).
    int item = -1;
    int level = 0;
    double extended = 0;
    bool inExplosion = true;
    bool fetched = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

bool isNumeric(int column)
{
    return column == BomTreeModel::Level || column == BomTreeModel::QtyPer || column == BomTreeModel::ScrapRate
        || column == BomTreeModel::ExtendedQty;
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString dateText(const std::optional<core::Date>& date)
{
    return date ? text(date->toString()) : QString();
}

} // namespace

BomTreeModel::BomTreeModel(Document& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document), m_root(std::make_unique<Node>())
{
    rebuildGraph();
    m_date = m_document.factory().settings.today.days();
    connect(&m_document, &Document::factoryReset, this, [this] {
        rebuildGraph();
        m_date = m_document.factory().settings.today.days();
        resetTree();
    });
    connect(&m_document, &Document::masterDataChanged, this, [this] {
        rebuildGraph();
        m_root->item = m_graph->indexOf(m_root->line.component);
        sync(*m_root);
    });
}

BomTreeModel::~BomTreeModel() = default;

void BomTreeModel::rebuildGraph()
{
    m_graph = std::make_unique<core::BomGraph>(m_document.factory());
}

void BomTreeModel::setParentItem(const QString& code)
{
    if (code.toStdString() == m_root->line.component)
        return;
    m_root->line.component = code.toStdString();
    resetTree();
}

QString BomTreeModel::parentItem() const
{
    return text(m_root->line.component);
}

void BomTreeModel::setTopQuantity(double quantity)
{
    m_topQuantity = quantity;
    m_root->extended = quantity;
    sync(*m_root);
}

void BomTreeModel::setDate(core::Date date)
{
    m_date = date.days();
    sync(*m_root);
}

core::Date BomTreeModel::date() const
{
    return core::Date::fromDays(m_date);
}

void BomTreeModel::resetTree()
{
    beginResetModel();
    auto root = std::make_unique<Node>();
    root->line.component = m_root->line.component;
    // BomGraph numbers items in FactoryModel::items order, so its index is the item's.
    root->item = m_graph->indexOf(root->line.component);
    root->extended = m_topQuantity;
    m_root = std::move(root);
    buildChildren(*m_root);
    endResetModel();
}

void BomTreeModel::buildChildren(Node& node)
{
    const auto rows = node.item >= 0 ? m_graph->childRows(node.item) : std::span<const int>();
    node.children.reserve(rows.size());
    for (const int row : rows) {
        node.children.push_back(std::make_unique<Node>());
        node.children.back()->parent = &node;
        node.children.back()->row = static_cast<int>(node.children.size()) - 1;
        updateChild(*node.children.back(), row);
    }
    node.fetched = true;
}

void BomTreeModel::updateChild(Node& child, int bomRow) const
{
    child.line = m_document.factory().boms[static_cast<std::size_t>(bomRow)];
    child.item = m_graph->componentOf(bomRow);
    child.level = child.parent->level + 1;
    // The explosion's rule (BomGraph::explode) applied along one path: a row counts when it
    // and every row above it are valid on the date, with the scrap of each level.
    child.inExplosion = child.parent->inExplosion && child.line.isValidOn(date());
    child.extended = child.inExplosion ? child.parent->extended * child.line.grossPerParent() : 0.0;
}

void BomTreeModel::sync(Node& node)
{
    if (!node.fetched)
        return;
    const auto rows = node.item >= 0 ? m_graph->childRows(node.item) : std::span<const int>();
    const std::vector<core::BomLine>& boms = m_document.factory().boms;
    auto& children = node.children;
    const std::size_t oldCount = children.size();
    const std::size_t newCount = rows.size();
    // An edit touches one row: the common head and tail (matched on the component) keep their
    // nodes, with what was expanded under them; only the middle is replaced.
    const auto same = [&](std::size_t oldRow, std::size_t newRow) {
        return children[oldRow]->line.component == boms[static_cast<std::size_t>(rows[newRow])].component;
    };
    std::size_t head = 0;
    while (head < oldCount && head < newCount && same(head, head))
        ++head;
    std::size_t tail = 0;
    while (tail < oldCount - head && tail < newCount - head && same(oldCount - 1 - tail, newCount - 1 - tail))
        ++tail;
    const QModelIndex parentIndex = indexOf(node);
    const auto renumber = [&children] {
        for (std::size_t i = 0; i < children.size(); ++i)
            children[i]->row = static_cast<int>(i);
    };
    if (oldCount - tail > head) {
        beginRemoveRows(parentIndex, static_cast<int>(head), static_cast<int>(oldCount - tail - 1));
        children.erase(children.begin() + static_cast<std::ptrdiff_t>(head),
                       children.begin() + static_cast<std::ptrdiff_t>(oldCount - tail));
        renumber();
        endRemoveRows();
    }
    if (newCount - tail > head) {
        beginInsertRows(parentIndex, static_cast<int>(head), static_cast<int>(newCount - tail - 1));
        for (std::size_t i = head; i < newCount - tail; ++i) {
            auto child = std::make_unique<Node>();
            child->parent = &node;
            updateChild(*child, rows[i]);
            children.insert(children.begin() + static_cast<std::ptrdiff_t>(i), std::move(child));
        }
        renumber();
        endInsertRows();
    }
    for (std::size_t i = 0; i < newCount; ++i) {
        updateChild(*children[i], rows[i]);
        sync(*children[i]);
    }
    if (newCount > 0)
        emit dataChanged(index(0, 0, parentIndex), index(static_cast<int>(newCount) - 1, ColumnCount - 1, parentIndex));
}

BomTreeModel::Node* BomTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex BomTreeModel::indexOf(const Node& node) const
{
    return node.parent ? createIndex(node.row, 0, const_cast<Node*>(&node)) : QModelIndex();
}

QModelIndex BomTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[static_cast<std::size_t>(row)].get());
}

QModelIndex BomTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* parent = nodeOf(child)->parent;
    return parent ? indexOf(*parent) : QModelIndex();
}

int BomTreeModel::rowCount(const QModelIndex& parent) const
{
    return parent.column() > 0 ? 0 : static_cast<int>(nodeOf(parent)->children.size());
}

bool BomTreeModel::hasChildren(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    if (parent.column() > 0)
        return false;
    // Unbuilt children are known from the graph, so views draw the expander without them.
    return node->fetched ? !node->children.empty() : node->item >= 0 && !m_graph->childRows(node->item).empty();
}

bool BomTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return parent.column() <= 0 && !nodeOf(parent)->fetched && hasChildren(parent);
}

void BomTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node* node = nodeOf(parent);
    beginInsertRows(parent, 0, static_cast<int>(m_graph->childRows(node->item).size()) - 1);
    buildChildren(*node);
    endInsertRows();
}

const core::BomLine* BomTreeModel::line(const QModelIndex& index) const
{
    return index.isValid() ? &nodeOf(index)->line : nullptr;
}

QVariant BomTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& node = *nodeOf(index);
    const core::BomLine& line = node.line;
    switch (role) {
    case KeyRole:
        return text(line.component);
    case Qt::ForegroundRole:
        return node.inExplosion ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::ToolTipRole:
        return node.inExplosion ? QVariant() : QVariant(tr("Not in the BOM valid on %1").arg(text(date().toString())));
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case Level: return node.level;
        case QtyPer: return line.qtyPer;
        case ScrapRate: return line.scrapRate;
        case ExtendedQty: return node.inExplosion ? QVariant(node.extended) : QVariant();
        default: return displayValue(node, index.column());
        }
    case Qt::DisplayRole:
        return displayValue(node, index.column());
    default:
        return {};
    }
}

QVariant BomTreeModel::displayValue(const Node& node, int column) const
{
    const auto& items = m_document.factory().items;
    // The item index may lag an edit of the items by one sync; the code check catches that.
    const core::Item* item = node.item >= 0 && static_cast<std::size_t>(node.item) < items.size()
            && items[static_cast<std::size_t>(node.item)].code == node.line.component
        ? &items[static_cast<std::size_t>(node.item)] : nullptr;
    switch (static_cast<Column>(column)) {
    case Component: return text(node.line.component);
    case Name: return item ? text(item->name) : QString();
    case Level: return node.level;
    case QtyPer: return formatNumber(node.line.qtyPer);
    case ScrapRate: return formatNumber(node.line.scrapRate);
    case ValidFrom: return dateText(node.line.validFrom);
    case ValidTo: return dateText(node.line.validTo);
    case ExtendedQty: return node.inExplosion ? formatNumber(node.extended) : QString();
    case Uom: return item ? text(item->uom) : QString();
    case Source: return item ? displayName(item->source) : QString();
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags BomTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    const int column = index.column();
    if (index.isValid() && (column == QtyPer || column == ScrapRate || column == ValidFrom || column == ValidTo))
        result |= Qt::ItemIsEditable;
    return result;
}

bool BomTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const core::BomLine before = nodeOf(index)->line;
    core::BomLine after = before;
    switch (index.column()) {
    case QtyPer:
    case ScrapRate: {
        bool ok = false;
        (index.column() == QtyPer ? after.qtyPer : after.scrapRate) = value.toDouble(&ok);
        if (!ok)
            return false; // the number editor never gives text, as in EditableTableModel
        break;
    }
    case ValidFrom:
    case ValidTo: {
        // Edited as text, so that a row can be made open-ended by emptying the cell.
        std::optional<core::Date> date;
        const QString typed = value.toString().trimmed();
        if (!typed.isEmpty() && !(date = core::Date::parse(typed.toStdString()))) {
            emit editRefused(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(typed));
            return false;
        }
        (index.column() == ValidFrom ? after.validFrom : after.validTo) = date;
        break;
    }
    default:
        return false;
    }
    if (after == before)
        return true;
    return submit(&before, &after, tr("Edit BOM row %1 → %2").arg(text(before.parent), text(before.component)));
}

bool BomTreeModel::addLine(const core::BomLine& line)
{
    return submit(nullptr, &line, tr("Add %1 to the BOM of %2").arg(text(line.component), text(line.parent)));
}

bool BomTreeModel::removeLine(const QModelIndex& index)
{
    if (!index.isValid())
        return false;
    const core::BomLine before = nodeOf(index)->line;
    return submit(&before, nullptr,
                  tr("Remove %1 from the BOM of %2").arg(text(before.component), text(before.parent)));
}

bool BomTreeModel::submit(const core::BomLine* before, const core::BomLine* after, const QString& text)
{
    core::MasterDataEdit edit;
    edit.boms.push_back({before ? std::optional(*before) : std::nullopt, after ? std::optional(*after) : std::nullopt});
    // The tree follows from Document::masterDataChanged (sync), not from here.
    const QString refusal = submitEdit(m_document, edit, text);
    if (!refusal.isEmpty())
        emit editRefused(refusal);
    return refusal.isEmpty();
}

QVariant BomTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Component: return tr("Component");
    case Name: return tr("Name");
    case Level: return tr("Level");
    case QtyPer: return tr("Qty per");
    case ScrapRate: return tr("Scrap rate");
    case ValidFrom: return tr("Valid from");
    case ValidTo: return tr("Valid to");
    case ExtendedQty: return tr("Extended qty");
    case Uom: return tr("UoM");
    case Source: return tr("Make/buy");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
