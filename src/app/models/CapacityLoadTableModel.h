#pragma once

#include "core/Date.h"
#include "core/scheduling/CapacityLoad.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QString>

#include <vector>

namespace pmc::app {

class Document;

/// The capacity load analysis (产能负荷分析) as a table: one row per work center, one column
/// per day or week bucket; a cell reads "load / available" standard hours and the utilisation,
/// red and bold when overloaded. The numbers come from core::scheduledCapacityLoad (the
/// Document's finite schedule) or core::plannedCapacityLoad (infinite capacity, the last MRP
/// run), recomputed when a run finishes, the factory is replaced or master data change.
/// Holds no pointers into the Document's data between calls. UI thread only.
class CapacityLoadTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Source { Scheduled, Planned };

    explicit CapacityLoadTableModel(Document& document, QObject* parent = nullptr);

    void setSource(Source source);
    Source source() const { return m_source; }
    /// 1 (days) or 7 (weeks).
    void setBucketDays(int days);
    int bucketDays() const { return m_request.bucketDays; }
    /// First day of the first bucket; the factory's today until set (and again after the
    /// factory is replaced).
    void setFrom(QDate from);
    QDate from() const;
    void setBucketCount(int buckets);
    int bucketCount() const { return m_request.buckets; }
    /// Only this work center (its code); empty = every work center.
    void setWorkCenter(const QString& code);
    QString workCenter() const { return QString::fromStdString(m_request.workCenter); }

    /// True when the chosen source exists: a schedule, or an MRP run.
    bool hasSource() const;
    /// Why the load could not be computed (empty when it could).
    QString error() const { return m_error; }
    const core::CapacityLoad& load() const { return m_load; }
    /// Buckets where load exceeds what is available.
    int overloadedCount() const;

    QString workCenterCode(int row) const;
    /// "CODE name" as the row header shows it.
    QString workCenterLabel(int row) const;
    core::Date bucketStart(int column) const;
    int bucketLength(int column) const { return column >= 0 && column < columnCount() ? m_request.bucketDays : 0; }
    /// "11-27 周五" for a day, "W48" (ISO week of the bucket's first day) for a week.
    QString periodLabel(int column) const;
    /// The bucket of a cell, or nullptr outside the table.
    const core::CapacityLoadBucket* bucket(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();
    void resetFrom();
    QString cellText(const core::CapacityLoadBucket& bucket) const;
    QString cellToolTip(int row, const core::CapacityLoadBucket& bucket) const;

    Document& m_document;
    Source m_source = Source::Scheduled;
    core::CapacityLoadRequest m_request;
    core::CapacityLoad m_load;
    /// Per row: the work center's code, its label and the index of its first bucket in m_load.
    struct Row {
        QString code;
        QString label;
        QString details;
        std::size_t first = 0;
    };
    std::vector<Row> m_rows;
    QString m_error;
};

} // namespace pmc::app
