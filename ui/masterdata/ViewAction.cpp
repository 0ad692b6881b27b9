#include "ui/masterdata/ViewAction.h"

#include <QAction>
#include <QBoxLayout>
#include <QKeySequence>
#include <QToolButton>

namespace pmc::ui {

QAction* addViewAction(QWidget* view, const QString& text, const QKeySequence& shortcut,
                       const std::function<void()>& run)
{
    auto* action = new QAction(text, view);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    QObject::connect(action, &QAction::triggered, action, run);
    view->addAction(action);
    return action;
}

QToolButton* addActionButton(QBoxLayout* layout, QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    layout->addWidget(button);
    return button;
}

} // namespace pmc::ui
