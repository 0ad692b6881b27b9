#pragma once

#include "core/Date.h"
#include "core/masterdata/Item.h"
#include "core/mrp/TimePhasedRecord.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

namespace pmc::core {
struct FactoryModel;
}

namespace pmc::app {

class Document;

/// The material requirements table (物料需求计划表) of the last MRP run: per item six rows
/// (gross requirements, scheduled receipts, projected available, net requirements, planned
/// receipts, planned releases) across day or week buckets of the horizon. The first three
/// columns (item code, item name and facts, row label) are meant to stay frozen in the view.
///
/// Lazy: an item's time-phased record is asked of the Document's MrpPlan only when one of its
/// bucket cells is first read, and kept until the bucket size or the run changes, so a plan of
/// 100k items costs only what is on screen. Row selection (items with activity, filters) is one
/// pass over the run's snapshot when the run or a filter changes. Empty while the Document has
/// no plan (a stored run after opening). UI thread only.
class RequirementGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Measure { Gross, Scheduled, Projected, Net, PlannedReceipts, PlannedReleases };
    static constexpr int kMeasures = 6;
    enum Column { ItemCode, ItemName, RowLabel, FirstBucket };

    /// Which items are listed. Only items with activity are candidates: demand, supply, stock,
    /// safety stock, planned orders or exceptions, or a parent that has orders.
    struct Filter {
        QString text;     ///< part of the item code or name, any case
        QString buyer;    ///< empty: any
        QString supplier; ///< empty: any
        std::optional<core::ItemType> type;
        bool onlyActionable = false; ///< only items with planned orders, shortages or exceptions

        bool operator==(const Filter&) const = default;
    };

    explicit RequirementGridModel(Document& document, QObject* parent = nullptr);

    bool hasPlan() const;
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    /// 1 (days) or 7 (weeks); clears the computed records.
    void setBucketDays(int days);
    int bucketDays() const { return m_bucketDays; }
    /// Items listed now, and how many have activity before filtering.
    int itemCount() const { return static_cast<int>(m_rows.size()); }
    int activeItemCount() const { return static_cast<int>(m_active.size()); }
    /// The distinct buyers and suppliers of the items with activity, for the filter choices.
    QStringList buyers() const { return m_buyers; }
    QStringList suppliers() const { return m_suppliers; }

    /// What a cell stands for, for the drill-down.
    QString itemCode(int row) const;
    static Measure measureOf(int row) { return static_cast<Measure>(row % kMeasures); }
    static QString measureName(Measure measure);
    core::Date bucketStart(int column) const;
    int bucketLength(int column) const;
    int bucketCount() const;
    /// Records computed since the last run or bucket change (how lazy the grid is).
    std::size_t computedRecords() const { return m_records.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Per item of the snapshot with activity: what filtering and the frozen columns read.
    struct ItemFacts {
        int item = 0; ///< index into the snapshot's items
        QString code;
        QString name;
        bool actionable = false;
    };

    void reset();
    void collectActiveItems();
    void applyFilter();
    const core::FactoryModel* snapshot() const;
    const core::TimePhasedRecord& record(int item) const;
    QVariant bucketData(int row, int column, int role) const;
    QVariant factsData(int row, int column, int role) const;
    bool isNonWorking(int column) const;

    Document& m_document;
    Filter m_filter;
    int m_bucketDays = 1;
    std::vector<ItemFacts> m_active; ///< by item code
    std::vector<int> m_rows;         ///< listed items, indexes into m_active
    QStringList m_buyers;
    QStringList m_suppliers;
    /// Computed records by snapshot item index; cleared with each run or bucket change.
    mutable std::unordered_map<int, core::TimePhasedRecord> m_records;
};

} // namespace pmc::app
