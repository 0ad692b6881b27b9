#pragma once

#include "ui/masterdata/MasterDataTablePage.h"

namespace pmc::app {
class InventoryTableModel;
}

namespace pmc::ui {

/// Stock (库存): on hand, on inspection and allocated per item, edited in place, with what
/// planning may use beside them; Add stock row... (Insert) for an item without one, Delete.
class StockPage : public MasterDataTablePage {
    Q_OBJECT
public:
    explicit StockPage(app::Document& document, QWidget* parent = nullptr);

    app::InventoryTableModel* model() const { return m_model; }

    void addRow();
    void deleteSelected();

private:
    StockPage(app::Document& document, app::InventoryTableModel* model, QWidget* parent);

    app::InventoryTableModel* m_model;
};

} // namespace pmc::ui
