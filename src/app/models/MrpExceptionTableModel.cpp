#include "app/models/MrpExceptionTableModel.h"

#include "app/Document.h"
#include "app/models/Roles.h"
#include "core/mrp/MrpResult.h"

#include <QColor>

namespace pmc::app {

namespace {

QString kindName(core::MrpException::Kind kind)
{
    switch (kind) {
    case core::MrpException::Kind::PastDue: return MrpExceptionTableModel::tr("Past due");
    case core::MrpException::Kind::Expedite: return MrpExceptionTableModel::tr("Expedite");
    case core::MrpException::Kind::Excess: return MrpExceptionTableModel::tr("Excess");
    }
    return {};
}

} // namespace

MrpExceptionTableModel::MrpExceptionTableModel(Document& document, QObject* parent)
    : DocumentTableModel(document, ColumnCount, parent)
{
    resetOn(&Document::factoryReset);
    resetOn(&Document::mrpFinished);
}

int MrpExceptionTableModel::rows() const
{
    return static_cast<int>(m_document.mrpResult().exceptions.size());
}

QVariant MrpExceptionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::MrpException& e = m_document.mrpResult().exceptions[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return QString::fromStdString(e.order);
    if (role == Qt::ForegroundRole && index.column() == Kind)
        return e.kind == core::MrpException::Kind::Excess ? QColor(Qt::darkYellow) : QColor(Qt::darkRed);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Date: return QString::fromStdString(e.date.toString());
    case Kind: return kindName(e.kind);
    case Item: return QString::fromStdString(e.item);
    case Order: return QString::fromStdString(e.order);
    case Message: return QString::fromStdString(e.message);
    case ColumnCount: break;
    }
    return {};
}

QVariant MrpExceptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Date: return tr("Date");
    case Kind: return tr("Exception");
    case Item: return tr("Item code");
    case Order: return tr("Order");
    case Message: return tr("Message");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
