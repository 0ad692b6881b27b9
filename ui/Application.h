#pragma once

class QApplication;

namespace pmc::ui {

/// Names, version and translations (Chinese when the system locale is Chinese, or when
/// PMC_LANG=zh_CN) of the desktop application; called once in main() and by the UI tests.
void setUpApplication(QApplication& application);
/// spdlog: a rotating file in the user's data folder (logs/pmc.log).
void setUpLogging(bool verbose);

} // namespace pmc::ui
