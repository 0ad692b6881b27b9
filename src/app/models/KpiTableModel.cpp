#include "app/models/KpiTableModel.h"

#include "app/models/NumberText.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace pmc::app {

namespace {

QString percentText(double fraction)
{
    return QString::number(fraction * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

bool KpiTableModel::Row::missesTarget() const
{
    if (!ratio.value || !target)
        return false;
    return ceiling ? *ratio.value > *target : *ratio.value < *target - 1e-12;
}

// The notes core::computeKpis gives a KPI without a value, for lupdate; translated by their text.
[[maybe_unused]] constexpr const char* kCoreNotes[] = {
    QT_TRANSLATE_NOOP("KpiNote", "no item has a unit cost"),
    QT_TRANSLATE_NOOP("KpiNote", "no costed stock on hand"),
    QT_TRANSLATE_NOOP("KpiNote", "no work order is due in the period"),
    QT_TRANSLATE_NOOP("KpiNote", "no daily plan was released for the period"),
    QT_TRANSLATE_NOOP("KpiNote", "no sales order line is due in the period"),
    QT_TRANSLATE_NOOP("KpiNote", "no purchase order is due in the period"),
    QT_TRANSLATE_NOOP("KpiNote", "no completion is reported in the period"),
    QT_TRANSLATE_NOOP("KpiNote", "no labour hours are reported in the period"),
    QT_TRANSLATE_NOOP("KpiNote", "the work centers have no working time in the period"),
};

QString KpiTableModel::Row::note() const
{
    return QCoreApplication::translate("KpiNote", ratio.note.c_str());
}

KpiTableModel::KpiTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void KpiTableModel::setReport(const core::KpiReport& r, const core::KpiTargets& t)
{
    beginResetModel();
    m_rows = {
        {tr("Plan achievement (work orders due)"), r.planAchievement, t.planAchievement},
        {tr("Daily plan achievement"), r.dailyPlanAchievement, t.planAchievement},
        {tr("Delivery achievement"), r.deliveryAchievement, t.deliveryAchievement},
        {tr("On-time delivery"), r.onTimeDelivery, std::nullopt},
        {tr("Supplier on-time delivery"), r.supplierOnTime, t.supplierOnTime},
        {tr("Work order close rate"), r.workOrderCloseRate, t.workOrderCloseRate},
        {tr("Scrap rate"), r.scrapRate, std::nullopt},
        {tr("Material idle hours rate"), r.materialIdleRate, t.materialIdleRate, true},
        {tr("Labour efficiency"), r.labourEfficiency, t.labourEfficiency},
        {tr("Capacity utilisation"), r.capacityUtilisation, std::nullopt},
        {tr("Material turnover (times)"), r.materialTurnover, std::nullopt, false, false},
    };
    endResetModel();
}

QString KpiTableModel::valueText(const Row& row)
{
    if (!row.ratio.value)
        return QStringLiteral("–");
    return row.percent ? percentText(*row.ratio.value) : QString::number(*row.ratio.value, 'f', 2);
}

int KpiTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KpiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Value && row.missesTarget())
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Target))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return row.name;
    case Value: return valueText(row);
    case Target:
        if (!row.target)
            return QString();
        return (row.ceiling ? QStringLiteral("≤ ") : QStringLiteral("≥ ")) + percentText(*row.target);
    case Basis:
        return row.ratio.denominator > 0 || row.ratio.numerator > 0
                   ? formatNumber(row.ratio.numerator) + QStringLiteral(" / ") + formatNumber(row.ratio.denominator)
                   : QString();
    case Note: return row.note();
    default: return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("KPI");
    case Value: return tr("Value");
    case Target: return tr("Target");
    case Basis: return tr("Actual / basis");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace pmc::app
