#pragma once

#include "app/models/RequirementGridModel.h"
#include "core/Date.h"

#include <QStandardItemModel>

#include <memory>
#include <string>

namespace pmc::core {
struct FactoryModel;
struct PeggingNode;
class PeggingTrace;
}

namespace pmc::app {

class Document;

/// What makes one number of the material requirements table (the drill-down): for gross
/// requirements the demands in the bucket, each with its pegging chain up to the sales lines and
/// customers; for scheduled receipts the open orders; for net requirements and planned
/// receipts or releases the planned orders with their pegging; for projected available the
/// balance (start, receipts, requirements, end). A tree: a row's children are what it is
/// pegged to. Rebuilt by show(); the pegging index is made once per run. UI thread only.
class RequirementSourceModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { Source, Kind, Item, Quantity, Date, Customer, Priority, ColumnCount };

    explicit RequirementSourceModel(Document& document, QObject* parent = nullptr);
    ~RequirementSourceModel() override;

    /// Lists what makes `measure` of `item` in the days [first, first + days). Needs the
    /// Document's plan, except for the planned-order measures.
    void show(const QString& item, RequirementGridModel::Measure measure, core::Date first, int days);
    /// Lists one planned order and its pegging chain.
    void showPlannedOrder(const QString& id);

private:
    const core::FactoryModel& model() const;
    const core::PeggingTrace& trace();
    void clearRows();
    void addRequirements(QStandardItem* parent, const std::string& item, core::Date first, int days);
    void addReceipts(QStandardItem* parent, const std::string& item, core::Date first, int days);
    void addPlannedOrders(QStandardItem* parent, const std::string& item, core::Date first, int days, bool byRelease);
    void addBalance(const std::string& item, core::Date first, int days);
    /// Appends a row for `node` under `parent` (the root when null), with its pegs below it.
    QStandardItem* addNode(QStandardItem* parent, const core::PeggingNode& node, std::optional<core::Date> date = {});
    QStandardItem* addRow(QStandardItem* parent, const QList<QStandardItem*>& cells);

    Document& m_document;
    std::unique_ptr<core::PeggingTrace> m_trace;
    const void* m_tracedOrders = nullptr; ///< the planned orders m_trace indexed, to notice edits
    std::size_t m_tracedCount = 0;
};

} // namespace pmc::app
