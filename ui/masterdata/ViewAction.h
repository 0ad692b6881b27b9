#pragma once

#include <QString>

#include <functional>

class QAction;
class QBoxLayout;
class QKeySequence;
class QToolButton;
class QWidget;

namespace pmc::ui {

/// Adds a command to `view`'s own keyboard and context menu (Qt::ActionsContextMenu): the
/// shortcut is in Qt::WidgetShortcut context, so it fires only while the view itself has the
/// focus, never while the planner types in a cell editor or a form beside it (Delete and Insert
/// must stay keys of the editor there). The tooltip names the shortcut. `view` owns the action;
/// `run` is called on QAction::triggered. `text` is already translated by the caller, so the
/// strings keep their own translation context.
QAction* addViewAction(QWidget* view, const QString& text, const QKeySequence& shortcut,
                       const std::function<void()>& run);

/// A tool button for `action` (text, tooltip and enabled state follow the action), owned by
/// `parent` and appended to `layout`.
QToolButton* addActionButton(QBoxLayout* layout, QAction* action, QWidget* parent);

} // namespace pmc::ui
