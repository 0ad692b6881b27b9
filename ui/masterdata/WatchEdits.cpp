#include "ui/masterdata/WatchEdits.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace pmc::ui {

namespace {

void watchOne(QWidget* widget, QObject* context, const std::function<void()>& changed)
{
    // The line edit inside an editable combo box or a spin box is watched through its owner.
    const auto ownLineEdit = [](QLineEdit* edit) {
        return edit && !qobject_cast<QComboBox*>(edit->parentWidget()) && !qobject_cast<QAbstractSpinBox*>(edit->parentWidget());
    };
    if (auto* edit = qobject_cast<QLineEdit*>(widget); ownLineEdit(edit))
        QObject::connect(edit, &QLineEdit::textChanged, context, changed);
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        QObject::connect(combo, &QComboBox::currentTextChanged, context, changed);
    else if (auto* spin = qobject_cast<QSpinBox*>(widget))
        QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
    else if (auto* spin = qobject_cast<QDoubleSpinBox*>(widget))
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, context, changed);
    else if (auto* button = qobject_cast<QAbstractButton*>(widget); button && button->isCheckable())
        QObject::connect(button, &QAbstractButton::toggled, context, changed);
}

} // namespace

void watchEdits(QWidget* root, QObject* context, const std::function<void()>& changed)
{
    watchOne(root, context, changed);
    for (QWidget* child : root->findChildren<QWidget*>())
        watchOne(child, context, changed);
}

} // namespace pmc::ui
