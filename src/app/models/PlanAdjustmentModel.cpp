#include "app/models/PlanAdjustmentModel.h"

#include "app/models/ChangeImpactText.h"
#include "app/models/NumberText.h"
#include "app/models/Roles.h"

#include <QColor>
#include <QStringList>

namespace pmc::app {

namespace {

QString units(const std::optional<core::OrderPlan>& plan)
{
    QStringList texts;
    if (plan)
        for (const core::OrderUnit& unit : plan->units)
            texts << QStringLiteral("%1 #%2").arg(QString::fromStdString(unit.workCenter)).arg(unit.unit + 1);
    return texts.join(QStringLiteral(", "));
}

} // namespace

PlanAdjustmentModel::PlanAdjustmentModel(core::ChangeImpact impact, const core::FactoryModel& factory,
                                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_impact(std::move(impact))
{
    for (const core::PlanAdjustment& row : m_impact.planAdjustments)
        if (const core::Item* item = factory.findItem(row.item))
            m_names.emplace(row.item, item->name);
}

int PlanAdjustmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_impact.planAdjustments.size());
}

int PlanAdjustmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanAdjustmentModel::display(const core::PlanAdjustment& row, Column column) const
{
    const core::Date today = m_impact.today;
    const auto time = [&](const std::optional<core::OrderPlan>& plan, bool start) -> QVariant {
        if (!plan)
            return {};
        return shortScheduleTime(today, start ? plan->startMinute : plan->endMinute);
    };
    switch (column) {
    case Change:
        return !row.before ? tr("New") : !row.after ? tr("Dropped") : tr("Changed");
    case Kind: return displayName(row.kind);
    case Order: return QString::fromStdString(row.order());
    case PreviousOrder:
        return row.before && row.after && row.before->order != row.after->order
            ? QString::fromStdString(row.before->order)
            : QVariant();
    case Item: return QString::fromStdString(row.item);
    case Name: {
        const auto found = m_names.find(row.item);
        return found == m_names.end() ? QString() : QString::fromStdString(found->second);
    }
    case SalesLines: {
        QStringList lines;
        for (const std::string& line : row.salesLines)
            lines << QString::fromStdString(line);
        return lines.join(QStringLiteral(", "));
    }
    case QtyBefore: return row.before ? QVariant(formatNumber(row.before->qty)) : QVariant();
    case QtyAfter: return row.after ? QVariant(formatNumber(row.after->qty)) : QVariant();
    case DueBefore: return row.before ? QVariant(QString::fromStdString(row.before->due.toString())) : QVariant();
    case DueAfter: return row.after ? QVariant(QString::fromStdString(row.after->due.toString())) : QVariant();
    case StartBefore: return time(row.before, true);
    case StartAfter: return time(row.after, true);
    case EndBefore: return time(row.before, false);
    case EndAfter: return time(row.after, false);
    case WorkCenters: return changeText(units(row.before), units(row.after));
    case ShipDates: {
        QStringList effects;
        for (const std::string& line : row.salesLines)
            if (const core::SalesLineChange* change = m_impact.salesLine(line))
                effects << salesLineEffect(*change);
        return effects.join(QStringLiteral("; "));
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant PlanAdjustmentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::PlanAdjustment& row = m_impact.planAdjustments[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case KeyRole: return QString::fromStdString(row.order());
    case Qt::TextAlignmentRole:
        return column == QtyBefore || column == QtyAfter ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (column == Change && !row.after)
            return QColor(0xb0, 0x00, 0x20);
        if (column == Change && !row.before)
            return QColor(0x1b, 0x7f, 0x3b);
        return {};
    default: return {};
    }
}

QVariant PlanAdjustmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Change: return tr("Change");
    case Kind: return tr("Kind");
    case Order: return tr("Order");
    case PreviousOrder: return tr("Previous number");
    case Item: return tr("Item code");
    case Name: return tr("Name");
    case SalesLines: return tr("Sales orders");
    case QtyBefore: return tr("Qty before");
    case QtyAfter: return tr("Qty after");
    case DueBefore: return tr("Due before");
    case DueAfter: return tr("Due after");
    case StartBefore: return tr("Start before");
    case StartAfter: return tr("Start after");
    case EndBefore: return tr("End before");
    case EndAfter: return tr("End after");
    case WorkCenters: return tr("Work centers");
    case ShipDates: return tr("Ship dates");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
