#include "app/models/EditableTableModel.h"

#include "app/Document.h"
#include "app/models/Roles.h"
#include "core/masterdata/MasterDataEdit.h"

#include <QCoreApplication>

namespace pmc::app {

Qt::ItemFlags EditableTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = DocumentTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

bool EditableTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable(index.column()))
        return false;
    const std::optional<core::MasterDataEdit> edit = cellEdit(index.row(), index.column(), value);
    if (!edit)
        return false;
    // The undo text names the column and the row's key (item code, supplier code) the planner sees.
    const QString text = tr("Edit %1 of %2")
                             .arg(headerData(index.column(), Qt::Horizontal).toString(),
                                  index.siblingAtColumn(0).data(KeyRole).toString());
    // The view learns about the change from Document::masterDataChanged, not from here.
    return submit(*edit, text);
}

bool EditableTableModel::submit(const core::MasterDataEdit& edit, const QString& undoText)
{
    const QString refusal = submitEdit(m_document, edit, undoText);
    if (refusal.isEmpty())
        return true;
    emit editRefused(refusal);
    return false;
}

QString submitEdit(Document& document, const core::MasterDataEdit& edit, const QString& undoText)
{
    const QStringList refused = document.edit(edit, undoText);
    if (refused.isEmpty())
        return {};
    return QCoreApplication::translate("pmc::app::EditableTableModel", "%1 was refused; nothing was changed.\n%2")
        .arg(undoText, refused.join(QLatin1Char('\n')));
}

} // namespace pmc::app
