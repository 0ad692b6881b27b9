#include "app/models/RoutingTableModel.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"

#include <algorithm>

namespace pmc::app {

RoutingTableModel::RoutingTableModel(Document& document, QObject* parent)
    : EditableTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    refreshOn(&Document::masterDataChanged);
    rebuild();
}

void RoutingTableModel::setItem(const QString& code)
{
    if (code.toStdString() == m_item)
        return;
    beginResetModel();
    m_item = code.toStdString();
    rebuild();
    endResetModel();
}

void RoutingTableModel::setLotSize(double units)
{
    m_lotSize = units;
    emit headerDataChanged(Qt::Horizontal, LotTime, LotTime);
    if (rows() > 0)
        emit dataChanged(index(0, LotTime), index(rows() - 1, LotTime));
}

const core::Routing* RoutingTableModel::routing() const
{
    const std::vector<core::Routing>& routings = m_document.factory().routings;
    if (m_item.empty())
        return nullptr;
    if (m_routingHint < routings.size() && routings[m_routingHint].item == m_item)
        return &routings[m_routingHint];
    for (std::size_t i = 0; i < routings.size(); ++i) {
        if (routings[i].item == m_item) {
            m_routingHint = i;
            return &routings[i];
        }
    }
    return nullptr;
}

int RoutingTableModel::rows() const
{
    const core::Routing* r = routing();
    return r ? static_cast<int>(r->operations.size()) : 0;
}

void RoutingTableModel::rebuild()
{
    m_efficiency.clear();
    m_workCenterNames.clear();
    for (const core::WorkCenter& wc : m_document.factory().workCenters) {
        m_efficiency.emplace(wc.code, wc.efficiency);
        m_workCenterNames.emplace(wc.code, QString::fromStdString(wc.name));
    }
}

double RoutingTableModel::lotMinutes(int row) const
{
    const core::Operation& op = routing()->operations[static_cast<std::size_t>(row)];
    const auto found = m_efficiency.find(op.workCenter);
    const double efficiency = found != m_efficiency.end() && found->second > 0 ? found->second : 1.0;
    return op.setupMinutes + m_lotSize * op.runMinutesPerUnit / efficiency;
}

QVariant RoutingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::Operation& op = routing()->operations[static_cast<std::size_t>(index.row())];
    if (role == KeyRole) // names the operation in undo texts
        return QStringLiteral("%1/%2").arg(item()).arg(op.seq);
    if (role == Qt::TextAlignmentRole)
        return index.column() == WorkCenter ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LotTime)
        return tr("Setup + %1 × run per unit / efficiency of the work center").arg(formatNumber(m_lotSize));
    const bool raw = role == Qt::EditRole || role == SortRole;
    if (!raw && role != Qt::DisplayRole)
        return {};
    const auto number = [raw](double value, int decimals = 4) {
        return raw ? QVariant(value) : QVariant(formatNumber(value, decimals));
    };
    switch (static_cast<Column>(index.column())) {
    case Seq: return op.seq;
    case WorkCenter: {
        const QString code = QString::fromStdString(op.workCenter);
        const auto name = m_workCenterNames.find(op.workCenter);
        return raw || name == m_workCenterNames.end() ? code : code + QStringLiteral("  ") + name->second;
    }
    case Setup: return number(op.setupMinutes);
    case Run: return number(op.runMinutesPerUnit);
    case Queue: return number(op.queueMinutes);
    case Inspection: return number(op.inspectionMinutes);
    case Move: return number(op.moveMinutes);
    case LotTime: return number(lotMinutes(index.row()), 1);
    case ColumnCount: break;
    }
    return {};
}

std::optional<core::MasterDataEdit> RoutingTableModel::cellEdit(int row, int column, const QVariant& value) const
{
    const core::Routing* current = routing();
    if (!current)
        return std::nullopt;
    core::Routing after = *current;
    core::Operation& op = after.operations[static_cast<std::size_t>(row)];
    bool ok = true;
    switch (static_cast<Column>(column)) {
    case Seq:
        op.seq = value.toInt(&ok);
        // Kept in seq order, which is the order the operations are done in.
        std::stable_sort(after.operations.begin(), after.operations.end(),
                         [](const core::Operation& a, const core::Operation& b) { return a.seq < b.seq; });
        break;
    case WorkCenter: op.workCenter = value.toString().trimmed().toStdString(); break;
    case Setup: op.setupMinutes = value.toDouble(&ok); break;
    case Run: op.runMinutesPerUnit = value.toDouble(&ok); break;
    case Queue: op.queueMinutes = value.toDouble(&ok); break;
    case Inspection: op.inspectionMinutes = value.toDouble(&ok); break;
    case Move: op.moveMinutes = value.toDouble(&ok); break;
    case LotTime:
    case ColumnCount: return std::nullopt;
    }
    if (!ok || after == *current)
        return std::nullopt;
    return routingEdit(std::move(after));
}

bool RoutingTableModel::addOperation()
{
    if (m_item.empty())
        return false;
    const core::Routing* current = routing();
    core::Routing after = current ? *current : core::Routing{m_item, {}};
    core::Operation op;
    op.seq = 10;
    for (const core::Operation& existing : after.operations)
        op.seq = std::max(op.seq, existing.seq + 10);
    if (!after.operations.empty())
        op.workCenter = after.operations.back().workCenter;
    else if (!m_document.factory().workCenters.empty())
        op.workCenter = m_document.factory().workCenters.front().code;
    after.operations.push_back(op);
    return submit(routingEdit(std::move(after)), tr("Add operation %1 to %2").arg(op.seq).arg(item()));
}

bool RoutingTableModel::removeOperation(int row)
{
    const core::Routing* current = routing();
    if (!current || row < 0 || row >= rows())
        return false;
    std::optional<core::Routing> after = *current;
    const int seq = after->operations[static_cast<std::size_t>(row)].seq;
    after->operations.erase(after->operations.begin() + row);
    // A routing without operations is no routing: the item is then marked as missing one.
    if (after->operations.empty())
        after.reset();
    return submit(routingEdit(std::move(after)), tr("Delete operation %1 of %2").arg(seq).arg(item()));
}

bool RoutingTableModel::moveOperation(int row, int delta)
{
    const core::Routing* current = routing();
    const int target = row + delta;
    if (!current || delta == 0 || row < 0 || row >= rows() || target < 0 || target >= rows())
        return false;
    core::Routing after = *current;
    auto& ops = after.operations;
    const int seq = ops[static_cast<std::size_t>(row)].seq;
    std::swap(ops[static_cast<std::size_t>(row)].seq, ops[static_cast<std::size_t>(target)].seq);
    std::swap(ops[static_cast<std::size_t>(row)], ops[static_cast<std::size_t>(target)]);
    return submit(routingEdit(std::move(after)), tr("Move operation %1 of %2").arg(seq).arg(item()));
}

core::MasterDataEdit RoutingTableModel::routingEdit(std::optional<core::Routing> after) const
{
    core::MasterDataEdit edit;
    const core::Routing* before = routing();
    edit.routings.push_back({before ? std::optional(*before) : std::nullopt, std::move(after)});
    return edit;
}

QVariant RoutingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Seq: return tr("Seq");
    case WorkCenter: return tr("Work center");
    case Setup: return tr("Setup (min)");
    case Run: return tr("Run per unit (min)");
    case Queue: return tr("Queue (min)");
    case Inspection: return tr("Inspection (min)");
    case Move: return tr("Move (min)");
    case LotTime: return tr("Lot of %1 (min)").arg(formatNumber(m_lotSize));
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
