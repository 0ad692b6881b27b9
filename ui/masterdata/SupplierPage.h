#pragma once

#include "ui/masterdata/MasterDataTablePage.h"

namespace pmc::app {
class SupplierTableModel;
}

namespace pmc::ui {

/// The supplier list: code, name, contact and phone edited in place; Add supplier... (Insert)
/// and Delete suppliers (Delete, refused while items or purchase orders use the supplier).
class SupplierPage : public MasterDataTablePage {
    Q_OBJECT
public:
    explicit SupplierPage(app::Document& document, QWidget* parent = nullptr);

    app::SupplierTableModel* model() const { return m_model; }

    void addSupplier();
    void deleteSelected();

private:
    SupplierPage(app::Document& document, app::SupplierTableModel* model, QWidget* parent);

    app::SupplierTableModel* m_model;
};

} // namespace pmc::ui
