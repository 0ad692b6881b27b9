#pragma once

#include <functional>

class QObject;
class QWidget;

namespace pmc::ui {

/// Calls `changed` whenever the planner changes any line edit, combo box, spin box or check
/// box in `root` (itself included), so that forms can re-check or tick a field as it is typed.
void watchEdits(QWidget* root, QObject* context, const std::function<void()>& changed);

} // namespace pmc::ui
