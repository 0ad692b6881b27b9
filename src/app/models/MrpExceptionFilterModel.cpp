#include "app/models/MrpExceptionFilterModel.h"

#include "app/models/MrpExceptionTableModel.h"
#include "app/models/Roles.h"

namespace pmc::app {

MrpExceptionFilterModel::MrpExceptionFilterModel(MrpExceptionTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(SortRole);
}

void MrpExceptionFilterModel::setKind(std::optional<core::MrpException::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void MrpExceptionFilterModel::setBuyer(const QString& buyer)
{
    if (buyer == m_buyer)
        return;
    m_buyer = buyer;
    invalidateRowsFilter();
}

void MrpExceptionFilterModel::setSupplier(const QString& supplier)
{
    if (supplier == m_supplier)
        return;
    m_supplier = supplier;
    invalidateRowsFilter();
}

void MrpExceptionFilterModel::setHideDone(bool hide)
{
    if (hide == m_hideDone)
        return;
    m_hideDone = hide;
    invalidateRowsFilter();
}

bool MrpExceptionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_kind && m_source->exception(sourceRow).kind != *m_kind)
        return false;
    if (!m_buyer.isEmpty() && m_source->buyer(sourceRow) != m_buyer)
        return false;
    if (!m_supplier.isEmpty() && m_source->supplier(sourceRow) != m_supplier)
        return false;
    return !(m_hideDone && m_source->isDone(sourceRow));
}

} // namespace pmc::app
