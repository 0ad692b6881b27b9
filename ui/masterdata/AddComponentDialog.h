#pragma once

#include "ui/masterdata/RecordDialog.h"

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace pmc::app {
class Document;
}
namespace pmc::core {
struct BomLine;
}

namespace pmc::ui {

/// Asks for a new BOM row: parent and component (completed from the item master by code or
/// name), quantity per, scrap rate and an optional validity. OK is enabled once both items
/// exist; cycles and the rest are left to Document::edit when the row is submitted.
class AddComponentDialog : public RecordDialog {
    Q_OBJECT
public:
    /// Reads the document's factory while open.
    AddComponentDialog(app::Document& document, const QString& parentItem, QWidget* parent = nullptr);

    core::BomLine line() const;
    void setComponent(const QString& code);

private:
    QString check() const;

    app::Document& m_document;
    QLineEdit* m_parent;
    QLineEdit* m_component;
    QDoubleSpinBox* m_qtyPer;
    QDoubleSpinBox* m_scrapRate;
    QCheckBox* m_hasValidFrom;
    QDateEdit* m_validFrom;
    QCheckBox* m_hasValidTo;
    QDateEdit* m_validTo;
};

} // namespace pmc::ui
