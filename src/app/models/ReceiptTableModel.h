#pragma once

#include "app/models/RowsTableModel.h"
#include "core/purchasing/PurchaseReceipt.h"

#include <memory>

namespace pmc::app {

struct MaterialFollowUp;

/// Deliveries of purchase orders (到货) with their incoming inspection (IQC), newest first:
/// lots still on inspection are highlighted for the inspector.
class ReceiptTableModel : public RowsTableModel<core::PurchaseReceipt> {
    Q_OBJECT
public:
    enum Column {
        Id, PurchaseOrder, Item, ItemName, Date, Qty, Inspection, Accepted, Rejected, Disposition, InspectedOn, Note,
        ColumnCount
    };

    explicit ReceiptTableModel(QObject* parent = nullptr);
    void setContent(std::shared_ptr<const MaterialFollowUp> content);

private:
    QVariant cell(const core::PurchaseReceipt& row, int column, int role) const override;

    std::shared_ptr<const MaterialFollowUp> m_content;
};

} // namespace pmc::app
