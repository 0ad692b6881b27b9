#include "app/models/RequirementGridModel.h"

#include "app/Document.h"
#include "app/models/DomainText.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpPlan.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace pmc::app {

namespace {

const QColor kNonWorkingDay(236, 239, 245);
const QColor kShortfall(253, 226, 225);
const QColor kNetRequirement(255, 241, 214);
const QColor kOddItem(246, 246, 246);

double measureValue(const core::TimePhasedBucket& bucket, RequirementGridModel::Measure measure)
{
    switch (measure) {
    case RequirementGridModel::Measure::Gross: return bucket.grossRequirements;
    case RequirementGridModel::Measure::Scheduled: return bucket.scheduledReceipts;
    case RequirementGridModel::Measure::Projected: return bucket.projectedAvailable;
    case RequirementGridModel::Measure::Net: return bucket.netRequirements;
    case RequirementGridModel::Measure::PlannedReceipts: return bucket.plannedReceipts;
    case RequirementGridModel::Measure::PlannedReleases: return bucket.plannedReleases;
    }
    return 0;
}

} // namespace

RequirementGridModel::RequirementGridModel(Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::factoryReset, this, &RequirementGridModel::reset);
    connect(&document, &Document::mrpStarted, this, &RequirementGridModel::reset);
    connect(&document, &Document::mrpFinished, this, &RequirementGridModel::reset);
    collectActiveItems();
    applyFilter();
}

const core::FactoryModel* RequirementGridModel::snapshot() const
{
    return m_document.mrpPlan() ? m_document.mrpModel() : nullptr;
}

bool RequirementGridModel::hasPlan() const
{
    return snapshot() != nullptr;
}

void RequirementGridModel::reset()
{
    beginResetModel();
    m_records.clear();
    collectActiveItems();
    applyFilter();
    endResetModel();
}

void RequirementGridModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void RequirementGridModel::setBucketDays(int days)
{
    days = days >= 7 ? 7 : 1;
    if (days == m_bucketDays)
        return;
    beginResetModel();
    m_bucketDays = days;
    m_records.clear();
    endResetModel();
}

void RequirementGridModel::applyFilter()
{
    m_rows.clear();
    const core::FactoryModel* model = snapshot();
    if (!model)
        return;
    const QString text = m_filter.text.trimmed();
    const std::string buyer = m_filter.buyer.toStdString();
    const std::string supplier = m_filter.supplier.toStdString();
    for (std::size_t i = 0; i < m_active.size(); ++i) {
        const ItemFacts& facts = m_active[i];
        const core::Item& item = model->items[static_cast<std::size_t>(facts.item)];
        if (m_filter.onlyActionable && !facts.actionable)
            continue;
        if (m_filter.type && item.type != *m_filter.type)
            continue;
        if ((!buyer.empty() && item.buyer != buyer) || (!supplier.empty() && item.supplier != supplier))
            continue;
        if (!text.isEmpty() && !facts.code.contains(text, Qt::CaseInsensitive)
            && !facts.name.contains(text, Qt::CaseInsensitive))
            continue;
        m_rows.push_back(static_cast<int>(i));
    }
}

int RequirementGridModel::bucketCount() const
{
    const core::FactoryModel* model = snapshot();
    if (!model || model->settings.horizonDays <= 0)
        return 0;
    return (model->settings.horizonDays + m_bucketDays - 1) / m_bucketDays;
}

core::Date RequirementGridModel::bucketStart(int column) const
{
    const core::FactoryModel* model = snapshot();
    return model ? model->settings.today + (column - FirstBucket) * m_bucketDays : core::Date();
}

int RequirementGridModel::bucketLength(int column) const
{
    const core::FactoryModel* model = snapshot();
    if (!model)
        return 0;
    const int first = (column - FirstBucket) * m_bucketDays;
    return std::min(m_bucketDays, model->settings.horizonDays - first);
}

bool RequirementGridModel::isNonWorking(int column) const
{
    const core::FactoryModel* model = snapshot();
    return model && m_bucketDays == 1 && !model->calendar.isWorkday(bucketStart(column));
}

QString RequirementGridModel::itemCode(int row) const
{
    const std::size_t group = static_cast<std::size_t>(row / kMeasures);
    return group < m_rows.size() ? m_active[static_cast<std::size_t>(m_rows[group])].code : QString();
}

QString RequirementGridModel::measureName(Measure measure)
{
    switch (measure) {
    case Measure::Gross: return tr("Gross requirements");
    case Measure::Scheduled: return tr("Scheduled receipts");
    case Measure::Projected: return tr("Projected available");
    case Measure::Net: return tr("Net requirements");
    case Measure::PlannedReceipts: return tr("Planned receipts");
    case Measure::PlannedReleases: return tr("Planned releases");
    }
    return {};
}

int RequirementGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) * kMeasures;
}

int RequirementGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasPlan() ? 0 : FirstBucket + bucketCount();
}

const core::TimePhasedRecord& RequirementGridModel::record(int item) const
{
    auto it = m_records.find(item);
    if (it == m_records.end()) {
        const std::string& code = snapshot()->items[static_cast<std::size_t>(item)].code;
        it = m_records.emplace(item, m_document.mrpPlan()->timePhased(code, m_bucketDays)).first;
    }
    return it->second;
}

QVariant RequirementGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !hasPlan())
        return {};
    if (role == KeyRole)
        return itemCode(index.row());
    return index.column() >= FirstBucket ? bucketData(index.row(), index.column(), role)
                                         : factsData(index.row(), index.column(), role);
}

QVariant RequirementGridModel::factsData(int row, int column, int role) const
{
    const int group = row / kMeasures;
    const Measure measure = measureOf(row);
    const ItemFacts& facts = m_active[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(group)])];
    if (role == Qt::BackgroundRole)
        return group % 2 == 1 ? QVariant(kOddItem) : QVariant();
    if (role == Qt::FontRole && column == ItemCode && measure == Measure::Gross) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == RowLabel)
        return measureName(measure);
    const core::Item& item = snapshot()->items[static_cast<std::size_t>(facts.item)];
    // The item's facts go down the first rows of its group; they come from the snapshot, so
    // they never make the record be computed.
    if (column == ItemCode) {
        switch (measure) {
        case Measure::Gross: return facts.code;
        case Measure::Scheduled: return displayName(item.source) + QStringLiteral(" / ") + displayName(item.type);
        case Measure::Projected: return tr("Lead time %1 d").arg(item.leadTimeDays);
        default: return {};
        }
    }
    switch (measure) {
    case Measure::Gross: return facts.name;
    case Measure::Scheduled: return tr("Safety stock %1 %2").arg(formatNumber(item.safetyStock), QString::fromStdString(item.uom));
    case Measure::Projected: return item.buyer.empty() ? QVariant() : tr("Buyer %1").arg(QString::fromStdString(item.buyer));
    case Measure::Net: return item.supplier.empty() ? QVariant() : tr("Supplier %1").arg(QString::fromStdString(item.supplier));
    default: return {};
    }
}

QVariant RequirementGridModel::bucketData(int row, int column, int role) const
{
    const Measure measure = measureOf(row);
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1, %2: double-click or Enter shows what makes this number")
            .arg(measureName(measure), QLocale().toString(toQDate(bucketStart(column)), QLocale::ShortFormat));
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::EditRole && role != Qt::BackgroundRole
        && role != Qt::ForegroundRole)
        return {};
    const ItemFacts& facts = m_active[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row / kMeasures)])];
    const core::TimePhasedRecord& rec = record(facts.item);
    const auto bucket = static_cast<std::size_t>(column - FirstBucket);
    if (bucket >= rec.buckets.size())
        return {};
    const double value = measureValue(rec.buckets[bucket], measure);
    const bool shortfall = measure == Measure::Projected && value < 0;
    switch (role) {
    case Qt::BackgroundRole:
        if (shortfall)
            return kShortfall;
        if (measure == Measure::Net && value > 0)
            return kNetRequirement;
        return isNonWorking(column) ? QVariant(kNonWorkingDay) : QVariant();
    case Qt::ForegroundRole:
        if (shortfall)
            return QColor(Qt::darkRed);
        if (measure == Measure::Projected && value < rec.safetyStock)
            return QColor(190, 110, 0); // below safety stock
        return {};
    case Qt::DisplayRole:
        // Empty cells read faster than a sea of zeros; projected stock is always shown.
        return value == 0 && measure != Measure::Projected ? QString() : formatNumber(value, 2);
    default:
        return value;
    }
}

QVariant RequirementGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < FirstBucket) {
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case ItemCode: return tr("Item");
        case ItemName: return tr("Name");
        case RowLabel: return tr("Row");
        default: return {};
        }
    }
    const QDate first = toQDate(bucketStart(section));
    const QLocale locale;
    if (role == Qt::BackgroundRole)
        return isNonWorking(section) ? QVariant(kNonWorkingDay) : QVariant();
    if (role == Qt::ToolTipRole) {
        const QString from = locale.toString(first, QLocale::LongFormat);
        if (m_bucketDays == 1)
            return isNonWorking(section) ? tr("%1 (not a working day)").arg(from) : from;
        return tr("%1 to %2").arg(from, locale.toString(first.addDays(bucketLength(section) - 1), QLocale::LongFormat));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (m_bucketDays == 1)
        return first.toString(QStringLiteral("MM-dd")) + QLatin1Char('\n') + locale.dayName(first.dayOfWeek(), QLocale::ShortFormat);
    return tr("Wk %1").arg(first.weekNumber()) + QLatin1Char('\n') + first.toString(QStringLiteral("MM-dd"));
}

} // namespace pmc::app
