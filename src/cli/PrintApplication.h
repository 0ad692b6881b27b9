#pragma once

#ifdef PMC_CLI_HAS_PDF
#include "app/TableExport.h"
#include "core/plan/PrintPaper.h"

#include <QGuiApplication>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace pmc::cli
{

/// The QGuiApplication a printed document needs for its fonts, on the offscreen platform unless
/// QT_QPA_PLATFORM names another (so it runs on a server without a display); null when an
/// application runs already. Keep it alive while painting. The forms go on `paper` (the
/// factory's setting).
std::unique_ptr<QGuiApplication> startPrintApplication(const core::PrintPaper& paper);

/// Writes a printed document (DailyPlanDocument, PeriodPlanDocument, KittingListDocument…) as
/// a PDF and/or its Excel copy in the print's layout (app::exportForm of its content()), each
/// only when a file is named; throws std::runtime_error naming the file when one cannot be
/// written. Needs the print application.
template <typename PrintedDocument>
void writeDocumentFiles(const PrintedDocument& document, const std::optional<std::string>& pdf,
                        const std::optional<std::string>& xlsx)
{
    QString error;
    if (pdf && !document.writePdf(QString::fromStdString(*pdf), &error))
        throw std::runtime_error(error.toStdString());
    if (xlsx)
        app::exportForm(QString::fromStdString(*xlsx), document.content());
}

} // namespace pmc::cli
#endif
