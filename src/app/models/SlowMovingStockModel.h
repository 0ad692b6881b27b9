#pragma once

#include "app/models/RowsTableModel.h"
#include "core/inventory/SlowMovingStock.h"

namespace pmc::app {

/// The slow-moving and obsolete stock review (呆滞料): items idle for the review's days, most
/// valuable first, then those whose movement is not on record, with the open orders that could
/// still use them up.
class SlowMovingStockModel : public RowsTableModel<core::SlowMovingItem> {
    Q_OBJECT
public:
    enum Column { Item, Name, Qty, Value, LastMovement, IdleDays, Consumable, Consumers, ColumnCount };

    explicit SlowMovingStockModel(QObject* parent = nullptr);
    void setReview(const core::SlowMovingReview& review);

private:
    QVariant cell(const core::SlowMovingItem& row, int column, int role) const override;
};

} // namespace pmc::app
