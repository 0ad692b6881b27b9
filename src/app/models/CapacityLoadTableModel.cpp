#include "app/models/CapacityLoadTableModel.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/Log.h"
#include "core/mrp/MrpResult.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <exception>

namespace pmc::app {

namespace {

const QColor kOverloaded(255, 205, 205);
const QColor kOverloadedText(160, 0, 0);
const QColor kNothingAvailable(236, 239, 245);
const QColor kNearlyFull(255, 241, 214);

QString percent(const std::optional<double>& utilisation)
{
    return utilisation ? QStringLiteral("%1 %").arg(std::lround(*utilisation * 100)) : QStringLiteral("–");
}

} // namespace

CapacityLoadTableModel::CapacityLoadTableModel(Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::factoryReset, this, [this] {
        resetFrom();
        recompute();
    });
    for (auto changed : {&Document::scheduleFinished, &Document::mrpFinished, &Document::masterDataChanged,
                         &Document::plannedOrdersChanged})
        connect(&document, changed, this, &CapacityLoadTableModel::recompute);
    resetFrom();
    recompute();
}

void CapacityLoadTableModel::resetFrom()
{
    m_request.from = m_document.isOpen() ? m_document.factory().settings.today : core::Date();
}

void CapacityLoadTableModel::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    recompute();
}

void CapacityLoadTableModel::setBucketDays(int days)
{
    days = days >= 7 ? 7 : 1;
    if (days == m_request.bucketDays)
        return;
    m_request.bucketDays = days;
    recompute();
}

void CapacityLoadTableModel::setFrom(QDate from)
{
    if (!from.isValid() || toCoreDate(from) == m_request.from)
        return;
    m_request.from = toCoreDate(from);
    recompute();
}

QDate CapacityLoadTableModel::from() const
{
    return toQDate(m_request.from);
}

void CapacityLoadTableModel::setBucketCount(int buckets)
{
    buckets = std::clamp(buckets, 1, 366);
    if (buckets == m_request.buckets)
        return;
    m_request.buckets = buckets;
    recompute();
}

void CapacityLoadTableModel::setWorkCenter(const QString& code)
{
    if (code.toStdString() == m_request.workCenter)
        return;
    m_request.workCenter = code.toStdString();
    recompute();
}

bool CapacityLoadTableModel::hasSource() const
{
    if (!m_document.isOpen())
        return false;
    return m_source == Source::Scheduled ? m_document.hasSchedule() : m_document.hasMrpResult();
}

void CapacityLoadTableModel::recompute()
{
    beginResetModel();
    m_load = {};
    m_rows.clear();
    m_error.clear();
    if (hasSource()) {
        const core::FactoryModel& factory = m_document.factory();
        core::CapacityLoadRequest request = m_request;
        // A filter on a work center that an edit or import removed shows every work center.
        if (std::none_of(factory.workCenters.begin(), factory.workCenters.end(),
                         [&](const core::WorkCenter& wc) { return wc.code == request.workCenter; }))
            request.workCenter.clear();
        try {
            m_load = m_source == Source::Scheduled ? core::scheduledCapacityLoad(factory, m_document.schedule(), request)
                                                   : core::plannedCapacityLoad(factory, m_document.mrpResult(), request);
        } catch (const std::exception& e) {
            // plannedCapacityLoad refuses orders on unknown work centers or a pegging cycle.
            core::logger("app").warn("capacity load: {}", e.what());
            m_error = QString::fromUtf8(e.what());
            m_load = {};
        }
        for (std::size_t i = 0; i < m_load.buckets.size(); ++i) {
            const std::string& code = m_load.buckets[i].workCenter;
            if (!m_rows.empty() && m_load.buckets[m_rows.back().first].workCenter == code)
                continue;
            Row row{QString::fromStdString(code), QString::fromStdString(code), {}, i};
            for (const core::WorkCenter& wc : factory.workCenters)
                if (wc.code == code) {
                    if (!wc.name.empty() && wc.name != wc.code)
                        row.label += QLatin1Char(' ') + QString::fromStdString(wc.name);
                    row.details = tr("%1, %2 unit(s) at %3 % efficiency")
                                      .arg(QString::fromStdString(wc.workshop))
                                      .arg(wc.parallelUnits)
                                      .arg(formatNumber(wc.efficiency * 100, 1));
                }
            m_rows.push_back(row);
        }
    }
    endResetModel();
}

int CapacityLoadTableModel::overloadedCount() const
{
    return static_cast<int>(std::count_if(m_load.buckets.begin(), m_load.buckets.end(),
                                          [](const core::CapacityLoadBucket& b) { return b.overloaded; }));
}

QString CapacityLoadTableModel::workCenterCode(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].code : QString();
}

QString CapacityLoadTableModel::workCenterLabel(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].label : QString();
}

core::Date CapacityLoadTableModel::bucketStart(int column) const
{
    return m_request.from + column * m_request.bucketDays;
}

QString CapacityLoadTableModel::periodLabel(int column) const
{
    const QDate first = toQDate(bucketStart(column));
    if (m_request.bucketDays == 1)
        return first.toString(QStringLiteral("MM-dd")) + QLatin1Char(' ')
            + QLocale().dayName(first.dayOfWeek(), QLocale::ShortFormat);
    return tr("W%1").arg(first.weekNumber());
}

const core::CapacityLoadBucket* CapacityLoadTableModel::bucket(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return nullptr;
    // A row's buckets run from its first to the next row's first (data() asks this per cell:
    // no string comparison here).
    const auto r = static_cast<std::size_t>(row);
    const std::size_t end = r + 1 < m_rows.size() ? m_rows[r + 1].first : m_load.buckets.size();
    const std::size_t i = m_rows[r].first + static_cast<std::size_t>(column);
    return i < end ? &m_load.buckets[i] : nullptr;
}

int CapacityLoadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CapacityLoadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rows.empty() ? 0 : m_request.buckets;
}

QString CapacityLoadTableModel::cellText(const core::CapacityLoadBucket& b) const
{
    if (b.loadHours == 0 && b.availableHours == 0)
        return {};
    return QStringLiteral("%1 / %2\n%3").arg(formatNumber(b.loadHours, 1), formatNumber(b.availableHours, 1),
                                             percent(b.utilisation));
}

QString CapacityLoadTableModel::cellToolTip(int row, const core::CapacityLoadBucket& b) const
{
    const QLocale locale;
    const QDate first = toQDate(b.start);
    QString period = locale.toString(first, QLocale::LongFormat);
    if (b.days > 1)
        period = tr("%1 to %2").arg(period, locale.toString(first.addDays(b.days - 1), QLocale::LongFormat));
    QString text = tr("<b>%1</b><br>%2<br>Load: %3 h<br>Available: %4 h<br>Utilisation: %5")
                       .arg(workCenterLabel(row).toHtmlEscaped(), period, formatNumber(b.loadHours, 2),
                            formatNumber(b.availableHours, 2), percent(b.utilisation));
    if (b.overloaded)
        text += tr("<br><span style='color:#a00000'>Overloaded by %1 h</span>").arg(formatNumber(b.loadHours - b.availableHours, 2));
    return text;
}

QVariant CapacityLoadTableModel::data(const QModelIndex& index, int role) const
{
    const core::CapacityLoadBucket* b = index.isValid() ? bucket(index.row(), index.column()) : nullptr;
    if (!b)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*b);
    case Qt::ToolTipRole:
        return cellToolTip(index.row(), *b);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (b->overloaded)
            return kOverloaded;
        if (b->availableHours == 0)
            return kNothingAvailable;
        if (b->utilisation && *b->utilisation >= 0.9)
            return kNearlyFull;
        return {};
    case Qt::ForegroundRole:
        return b->overloaded ? QVariant(kOverloadedText) : QVariant();
    case Qt::FontRole:
        if (b->overloaded) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KeyRole:
        return workCenterCode(index.row());
    case SortRole:
    case Qt::EditRole:
        return b->utilisation ? QVariant(*b->utilisation) : QVariant();
    default:
        return {};
    }
}

QVariant CapacityLoadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const Row& row = m_rows[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole)
            return row.label;
        if (role == Qt::ToolTipRole)
            return row.details.isEmpty() ? QVariant() : QVariant(row.details);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const QDate first = toQDate(bucketStart(section));
    const QLocale locale;
    if (role == Qt::DisplayRole)
        return periodLabel(section);
    if (role == Qt::ToolTipRole) {
        const QString from = locale.toString(first, QLocale::LongFormat);
        return m_request.bucketDays == 1
            ? from
            : tr("%1 to %2").arg(from, locale.toString(first.addDays(m_request.bucketDays - 1), QLocale::LongFormat));
    }
    if (role == Qt::BackgroundRole && m_request.bucketDays == 1 && m_document.isOpen()
        && !m_document.factory().calendar.isWorkday(bucketStart(section)))
        return kNothingAvailable;
    return {};
}

} // namespace pmc::app
