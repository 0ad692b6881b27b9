#pragma once

#include "ui/masterdata/Choices.h"
#include "ui/masterdata/NumberFormat.h"

#include <QStyledItemDelegate>

#include <functional>
#include <map>

namespace pmc::ui {

/// Editors for master-data tables, chosen per column: a combo box of choices (enumerations,
/// supplier codes) or a spin box with a range, decimals and unit; other columns get the
/// standard line edit. The value goes back as the model's EditRole, so the model decides
/// whether to accept it. A combo box commits as soon as a value is picked.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit FieldDelegate(QObject* parent = nullptr);

    /// `choices` is asked each time an editor opens, so it can list current supplier codes.
    void setChoices(int column, std::function<QList<Choice>()> choices);
    void setNumber(int column, const NumberFormat& format);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    void commitAndClose();

    std::map<int, std::function<QList<Choice>()>> m_choices;
    std::map<int, NumberFormat> m_numbers;
};

} // namespace pmc::ui
