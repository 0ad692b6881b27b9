#pragma once

#include "ui/masterdata/MasterDataTablePage.h"

namespace pmc::app {
class ItemTableModel;
}

namespace pmc::ui {

/// The item master editor: every item field edited in place (combo boxes for types, rules and
/// suppliers), several items at once (Edit selected..., Ctrl+Shift+E), Add item... (Insert) and
/// Delete items (Delete), each one undo step.
class ItemEditorPage : public MasterDataTablePage {
    Q_OBJECT
public:
    explicit ItemEditorPage(app::Document& document, QWidget* parent = nullptr);

    app::ItemTableModel* model() const { return m_model; }

    void addItem();
    void editSelected();
    void deleteSelected();

private:
    ItemEditorPage(app::Document& document, app::ItemTableModel* model, QWidget* parent);
    void setUpEditors();

    app::ItemTableModel* m_model;
};

} // namespace pmc::ui
