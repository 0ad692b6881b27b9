#include "ui/masterdata/FieldDelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace pmc::ui {

FieldDelegate::FieldDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void FieldDelegate::setChoices(int column, std::function<QList<Choice>()> choices)
{
    m_choices[column] = std::move(choices);
}

void FieldDelegate::setNumber(int column, const NumberFormat& format)
{
    m_numbers[column] = format;
}

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (const auto choices = m_choices.find(index.column()); choices != m_choices.end()) {
        auto* combo = new QComboBox(parent);
        fillCombo(combo, choices->second());
        connect(combo, &QComboBox::activated, this, &FieldDelegate::commitAndClose);
        return combo;
    }
    const auto number = m_numbers.find(index.column());
    if (number == m_numbers.end())
        return QStyledItemDelegate::createEditor(parent, option, index);
    if (number->second.decimals == 0)
        return createWholeNumberBox(number->second, parent);
    return createDecimalBox(number->second, parent);
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(combo->findData(value));
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        spin->setValue(value.toDouble());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        const double stored = index.data(Qt::EditRole).toDouble();
        model->setData(index, stillShows(stored, spin->value(), spin->decimals()) ? stored : spin->value(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void FieldDelegate::commitAndClose()
{
    auto* editor = qobject_cast<QWidget*>(sender());
    emit commitData(editor);
    emit closeEditor(editor);
}

} // namespace pmc::ui
