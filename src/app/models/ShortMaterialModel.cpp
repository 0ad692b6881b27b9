#include "app/models/ShortMaterialModel.h"

#include "app/models/NumberText.h"

#include <QStringList>

namespace pmc::app {

ShortMaterialModel::ShortMaterialModel(QObject* parent) : QAbstractTableModel(parent) {}

void ShortMaterialModel::setMaterials(std::vector<core::ShortMaterial> materials)
{
    beginResetModel();
    m_materials = std::move(materials);
    endResetModel();
}

int ShortMaterialModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_materials.size());
}

int ShortMaterialModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ShortMaterialModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const core::ShortMaterial& m = m_materials[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Item: return QString::fromStdString(m.item);
    case ShortQty: return formatNumber(m.shortQty);
    case NeedDate: return QString::fromStdString(m.needDate.toString());
    case PurchaseOrders: {
        if (m.purchaseOrders.empty())
            return tr("none open");
        QStringList pos;
        for (const core::OpenPurchase& po : m.purchaseOrders)
            pos << tr("%1 (%2) due %3")
                       .arg(QString::fromStdString(po.number), formatNumber(po.qty),
                            QString::fromStdString(po.due.toString()));
        return pos.join(QStringLiteral("; "));
    }
    default: return {};
    }
}

QVariant ShortMaterialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item: return tr("Material");
    case ShortQty: return tr("Short");
    case NeedDate: return tr("Needed on");
    case PurchaseOrders: return tr("Open purchase orders (supplier's date)");
    default: return {};
    }
}

} // namespace pmc::app
