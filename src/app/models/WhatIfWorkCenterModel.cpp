#include "app/models/WhatIfWorkCenterModel.h"

#include "app/Document.h"
#include "app/WhatIfScenario.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"

#include <QFont>

#include <algorithm>

namespace pmc::app {

WhatIfWorkCenterModel::WhatIfWorkCenterModel(Document& document, WhatIfScenario& scenario, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_scenario(scenario)
{
    // Edits keep the rows (and an open editor's place); anything else that changes the count resets.
    connect(&m_scenario, &WhatIfScenario::changed, this, [this] {
        if (static_cast<int>(m_scenario.factory().workCenters.size()) != m_knownRows) {
            beginResetModel();
            endResetModel();
        } else if (m_knownRows > 0) {
            emit dataChanged(index(0, 0), index(m_knownRows - 1, ColumnCount - 1));
        }
    });
}

int WhatIfWorkCenterModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    m_knownRows = static_cast<int>(m_scenario.factory().workCenters.size());
    return m_knownRows;
}

int WhatIfWorkCenterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfWorkCenterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::WorkCenter& wc = m_scenario.factory().workCenters[static_cast<std::size_t>(index.row())];
    const auto& live = m_document.factory().workCenters;
    const auto liveRow = std::find_if(live.begin(), live.end(), [&](const core::WorkCenter& w) { return w.code == wc.code; });
    const int liveUnits = liveRow == live.end() ? 0 : liveRow->parallelUnits;
    const auto column = static_cast<Column>(index.column());
    if (role == KeyRole)
        return QString::fromStdString(wc.code);
    if (role == Qt::FontRole && column == WhatIfUnits && wc.parallelUnits != liveUnits) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && (column == LiveUnits || column == WhatIfUnits))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Code: return QString::fromStdString(wc.code);
    case Name: return QString::fromStdString(wc.name);
    case LiveUnits: return liveUnits;
    case WhatIfUnits: return wc.parallelUnits;
    case ColumnCount: break;
    }
    return {};
}

bool WhatIfWorkCenterModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != WhatIfUnits || role != Qt::EditRole)
        return false;
    const std::string code = m_scenario.factory().workCenters[static_cast<std::size_t>(index.row())].code;
    const QStringList reasons = m_scenario.setParallelUnits(code, value.toInt());
    if (!reasons.isEmpty())
        emit refused(reasons);
    return reasons.isEmpty();
}

Qt::ItemFlags WhatIfWorkCenterModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.column() == WhatIfUnits ? flags | Qt::ItemIsEditable : flags;
}

QVariant WhatIfWorkCenterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Code: return tr("Work center");
    case Name: return tr("Name");
    case LiveUnits: return tr("Live units");
    case WhatIfUnits: return tr("What-if units");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
