#pragma once

#include "core/masterdata/Item.h"
#include "ui/masterdata/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pmc::core {
struct FactoryModel;
}

namespace pmc::ui {

/// Asks for a new item: its code (which must not be in use yet) and the fields that decide
/// how it is planned; the rest (lot sizes, stock band, buyer) is edited in the table after.
class ItemDialog : public RecordDialog {
    Q_OBJECT
public:
    /// Reads `factory` while open (suppliers, codes in use).
    explicit ItemDialog(const core::FactoryModel& factory, QWidget* parent = nullptr);

    core::Item item() const;

private:
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_uom;
    QComboBox* m_source;
    QSpinBox* m_leadTime;
    QComboBox* m_supplier;
};

} // namespace pmc::ui
