#include "app/models/ItemChoiceModel.h"

#include "app/Document.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"


#include <string_view>
#include <unordered_set>

namespace pmc::app {

namespace {

/// Between the code and the name: two spaces, which codes do not contain.
const QString kSeparator = QStringLiteral("  ");

} // namespace

ItemChoiceModel::ItemChoiceModel(Document& document, Scope scope, QObject* parent)
    : QAbstractListModel(parent), m_document(document), m_scope(scope)
{
    connect(&m_document, &Document::factoryReset, this, [this] { refresh(true); });
    connect(&m_document, &Document::masterDataChanged, this, [this] { refresh(false); });
    m_rows = collect();
}

std::vector<ItemChoiceModel::Row> ItemChoiceModel::collect() const
{
    const core::FactoryModel& factory = m_document.factory();
    std::unordered_set<std::string_view> routed;
    for (const core::Routing& routing : factory.routings)
        if (!routing.operations.empty())
            routed.insert(routing.item);
    std::vector<Row> rows;
    for (const core::Item& item : factory.items) {
        if (m_scope == Scope::Make && item.source != core::ItemSource::Make)
            continue;
        const QString code = QString::fromStdString(item.code);
        rows.push_back({code, code + kSeparator + QString::fromStdString(item.name), routed.contains(item.code)});
    }
    return rows;
}

void ItemChoiceModel::refresh(bool reset)
{
    std::vector<Row> rows = collect();
    if (reset || rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    } else if (!m_rows.empty()) {
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(rowCount() - 1));
    }
}

QColor ItemChoiceModel::missingRoutingColor()
{
    return {230, 120, 0};
}

void ItemChoiceModel::setMarkMissingRouting(bool mark)
{
    m_markMissingRouting = mark;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole, Qt::ToolTipRole});
}

int ItemChoiceModel::rowOf(const QString& code) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].code == code)
            return static_cast<int>(i);
    return -1;
}

QString ItemChoiceModel::codeAt(int row) const
{
    const auto i = static_cast<std::size_t>(row);
    return row >= 0 && i < m_rows.size() ? m_rows[i].code : QString();
}

QString ItemChoiceModel::codeOfChoice(const QString& text)
{
    const QString trimmed = text.trimmed();
    const auto separator = trimmed.indexOf(kSeparator);
    return separator < 0 ? trimmed : trimmed.left(separator);
}

int ItemChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ItemChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.text;
    case KeyRole:
        return row.code;
    case MissingRoutingRole:
        return !row.hasRouting;
    case Qt::DecorationRole:
        // Every row gets a swatch (transparent when routed), so the codes stay aligned.
        if (m_markMissingRouting)
            return row.hasRouting ? QColor(Qt::transparent) : missingRoutingColor();
        return {};
    case Qt::ToolTipRole:
        return m_markMissingRouting && !row.hasRouting ? QVariant(tr("No routing yet")) : QVariant();
    default:
        return {};
    }
}

} // namespace pmc::app
