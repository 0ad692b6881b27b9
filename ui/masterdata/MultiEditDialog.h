#pragma once

#include "app/models/ItemChanges.h"

#include <QDialog>

#include <functional>
#include <utility>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGridLayout;

namespace pmc::core {
struct FactoryModel;
}

namespace pmc::ui {

/// Sets fields on several items at once: the planner ticks the fields to set (changing a
/// value ticks it) and the result is one ItemChanges, applied as one undo step.
/// The editors start from the first selected item's values.
class MultiEditDialog : public QDialog {
    Q_OBJECT
public:
    MultiEditDialog(const core::FactoryModel& factory, const core::Item& first, int count, QWidget* parent = nullptr);

    app::ItemChanges changes() const;

private:
    using Setter = std::function<void(app::ItemChanges&)>;
    void addField(const QString& label, QWidget* editor, Setter set);
    void updateButtons();

    QGridLayout* m_grid;
    QDialogButtonBox* m_buttons;
    std::vector<std::pair<QCheckBox*, Setter>> m_fields;
};

} // namespace pmc::ui
