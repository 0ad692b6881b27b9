#include "app/models/FormTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pmc::app {

FormTableModel::FormTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FormTableModel::setContent(TableFormContent content)
{
    beginResetModel();
    m_content = std::move(content);
    endResetModel();
}

bool FormTableModel::isCaption(int row) const
{
    return row >= 0 && row < rowCount() && m_content.rows[static_cast<std::size_t>(row)].first.size() == 1
        && columnCount() > 1;
}

int FormTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_content.rows.size());
}

int FormTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_content.columns.size());
}

QVariant FormTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const FormRow& row = m_content.rows[static_cast<std::size_t>(index.row())];
    const FormColumn& column = m_content.columns[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString first = row.first.value(index.column());
        const QString second = row.second.value(index.column());
        return second.isEmpty() ? first : first + QStringLiteral(" · ") + second;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (isCaption(index.row()) ? Qt::Alignment(Qt::AlignLeft) : column.align) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.shaded) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return row.shaded ? QVariant(QBrush(QColor(236, 236, 236))) : QVariant();
    default:
        return {};
    }
}

QVariant FormTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const FormColumn& column = m_content.columns[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole)
        return column.english;
    if (role == Qt::ToolTipRole)
        return column.chinese;
    return {};
}

} // namespace pmc::app
