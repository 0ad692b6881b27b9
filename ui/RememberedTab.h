#pragma once

#include <QString>

class QTabWidget;

namespace pmc::ui {

/// Opens `tabs` on the tab it showed last time (QSettings `key`) and remembers each change, so an
/// area comes back as the planner left it.
void rememberTab(QTabWidget* tabs, const QString& key);

} // namespace pmc::ui
