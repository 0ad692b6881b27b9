#pragma once

#include "app/models/RowsTableModel.h"
#include "core/purchasing/PurchaseFollowUp.h"

#include <memory>

namespace pmc::app {

struct MaterialFollowUp;

/// The buyer's chase list (采购跟催表): open purchase orders, earliest expected arrival first,
/// with the supplier's latest promised date. Late ones are red; those due soon without a
/// confirmed date are marked for a call.
class PurchaseFollowUpModel : public RowsTableModel<core::PurchaseFollowUpRow> {
    Q_OBJECT
public:
    enum Column {
        Number, Supplier, Item, ItemName, Qty, Received, OnInspection, Open, Due, Promised, PromiseChanges, DaysLate,
        Reminder, ColumnCount
    };

    explicit PurchaseFollowUpModel(QObject* parent = nullptr);
    void setContent(std::shared_ptr<const MaterialFollowUp> content);

private:
    QVariant cell(const core::PurchaseFollowUpRow& row, int column, int role) const override;

    std::shared_ptr<const MaterialFollowUp> m_content;
};

} // namespace pmc::app
