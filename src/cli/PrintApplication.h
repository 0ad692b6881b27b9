#pragma once

#ifdef PMC_CLI_HAS_PDF
#include <QGuiApplication>

#include <memory>

namespace pmc::cli
{

/// The QGuiApplication a printed document needs for its fonts, on the offscreen platform unless
/// QT_QPA_PLATFORM names another (so it runs on a server without a display); null when an
/// application runs already. Keep it alive while painting.
std::unique_ptr<QGuiApplication> startPrintApplication();

} // namespace pmc::cli
#endif
