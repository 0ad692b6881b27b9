#include "app/models/ItemTableModel.h"

#include "app/models/DomainText.h"
#include "app/models/ItemChanges.h"
#include "app/models/Roles.h"

namespace pmc::app {

namespace {

bool isNumeric(int column)
{
    switch (column) {
    case ItemTableModel::LeadTime:
    case ItemTableModel::SafetyStock:
    case ItemTableModel::LotSize:
    case ItemTableModel::Moq:
    case ItemTableModel::Multiple:
    case ItemTableModel::MinStock:
    case ItemTableModel::MaxStock:
    case ItemTableModel::DefectRate:
        return true;
    default:
        return false;
    }
}

/// The raw value of a cell: what an editor starts from and what sorting compares.
QVariant rawValue(const core::Item& item, int column)
{
    switch (column) {
    case ItemTableModel::Code: return QString::fromStdString(item.code);
    case ItemTableModel::Name: return QString::fromStdString(item.name);
    case ItemTableModel::Type: return static_cast<int>(item.type);
    case ItemTableModel::Uom: return QString::fromStdString(item.uom);
    case ItemTableModel::Source: return static_cast<int>(item.source);
    case ItemTableModel::LeadTime: return item.leadTimeDays;
    case ItemTableModel::SafetyStock: return item.safetyStock;
    case ItemTableModel::LotRule: return static_cast<int>(item.lot.rule);
    case ItemTableModel::LotSize: return item.lot.size;
    case ItemTableModel::Moq: return item.lot.moq;
    case ItemTableModel::Multiple: return item.lot.multiple;
    case ItemTableModel::Supplier: return QString::fromStdString(item.supplier);
    case ItemTableModel::MinStock: return item.minStock;
    case ItemTableModel::MaxStock: return item.maxStock;
    case ItemTableModel::DefectRate: return item.defectRate * 100;
    case ItemTableModel::Buyer: return QString::fromStdString(item.buyer);
    case ItemTableModel::Family: return QString::fromStdString(item.family);
    }
    return {};
}

QVariant displayValue(const core::Item& item, int column)
{
    switch (column) {
    case ItemTableModel::Type: return displayName(item.type);
    case ItemTableModel::Source: return displayName(item.source);
    case ItemTableModel::LotRule: return displayName(item.lot.rule);
    case ItemTableModel::DefectRate: return QString::number(item.defectRate * 100, 'g', 6) + QLatin1Char('%');
    default: return rawValue(item, column);
    }
}

/// Enumerations travel as their int value; anything outside `last` is not a value.
template <typename Enum>
bool setEnum(Enum& target, const QVariant& value, Enum last)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0 || number > static_cast<int>(last))
        return false;
    target = static_cast<Enum>(number);
    return true;
}

std::string text(const QVariant& value)
{
    return value.toString().trimmed().toStdString();
}

} // namespace

ItemTableModel::ItemTableModel(Document& document, QObject* parent)
    : SectionTableModel(document, ColumnCount, &core::FactoryModel::items, &core::MasterDataEdit::items, parent)
{
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::Item& item = row(index.row());
    switch (role) {
    case KeyRole: return QString::fromStdString(item.code);
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole: return displayValue(item, index.column());
    case Qt::EditRole:
    case SortRole: return rawValue(item, index.column());
    default: return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Code: return tr("Item code");
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Uom: return tr("UoM");
    case Source: return tr("Make/buy");
    case LeadTime: return tr("Lead time (days)");
    case SafetyStock: return tr("Safety stock");
    case LotRule: return tr("Lot rule");
    case LotSize: return tr("Lot size");
    case Moq: return tr("MOQ");
    case Multiple: return tr("Multiple");
    case Supplier: return tr("Supplier");
    case MinStock: return tr("Min stock");
    case MaxStock: return tr("Max stock");
    case DefectRate: return tr("Defect rate");
    case Buyer: return tr("Buyer");
    case Family: return tr("Product family");
    case ColumnCount: break;
    }
    return {};
}

bool ItemTableModel::editItems(const std::vector<int>& rows, const ItemChanges& changes)
{
    return changeRows(rows, [&changes](core::Item& item) { changes.applyTo(item); },
                      tr("Edit %n item(s)", nullptr, static_cast<int>(rows.size())));
}

bool ItemTableModel::isEditable(int column) const
{
    return column >= 0 && column < ColumnCount;
}

bool ItemTableModel::setField(core::Item& item, int column, const QVariant& value) const
{
    bool ok = true;
    switch (static_cast<Column>(column)) {
    case Code: item.code = text(value); break;
    case Name: item.name = text(value); break;
    case Type: return setEnum(item.type, value, core::ItemType::Packaging);
    case Uom: item.uom = text(value); break;
    case Source: return setEnum(item.source, value, core::ItemSource::Buy);
    case LeadTime: item.leadTimeDays = value.toInt(&ok); break;
    case SafetyStock: item.safetyStock = value.toDouble(&ok); break;
    case LotRule: return setEnum(item.lot.rule, value, core::LotRule::MinMultiple);
    case LotSize: item.lot.size = value.toDouble(&ok); break;
    case Moq: item.lot.moq = value.toDouble(&ok); break;
    case Multiple: item.lot.multiple = value.toDouble(&ok); break;
    case Supplier: item.supplier = text(value); break;
    case MinStock: item.minStock = value.toDouble(&ok); break;
    case MaxStock: item.maxStock = value.toDouble(&ok); break;
    case DefectRate: {
        // The percent shown for the current rate leaves it exactly as it is (x * 100 / 100 may not).
        const double percent = value.toDouble(&ok);
        if (percent != item.defectRate * 100)
            item.defectRate = percent / 100;
        break;
    }
    case Buyer: item.buyer = text(value); break;
    case Family: item.family = text(value); break;
    case ColumnCount: return false;
    }
    return ok;
}

} // namespace pmc::app
