#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace pmc::ui
{

/// A printed document as the print preview needs it: the painting (which sets its own page
/// size and orientation) and the PDF export of the same document.
struct PrintableDocument {
    QString title;
    QString suggestedPdfName; ///< file name offered by "Export PDF…"
    std::function<bool(QPagedPaintDevice&)> print;
    std::function<bool(const QString& fileName, QString* error)> writePdf;
};

/// Shows `document` in a modal QPrintPreviewDialog whose tool bar also has "Export PDF…";
/// returns when the dialog closes.
void showPrintPreview(const PrintableDocument& document, QWidget* parent);

/// Shows a printed form (anything with content(), print() and writePdf(): app::PlanSheet,
/// app::ShortageListDocument…) titled by its title and number; its PDF is named after the number.
template <typename PrintedForm>
void showFormPreview(const PrintedForm& form, QWidget* parent)
{
    const QString number = form.content().number;
    showPrintPreview({form.content().title + QLatin1Char(' ') + number, number + QStringLiteral(".pdf"),
                      [&form](QPagedPaintDevice& device) { return form.print(device); },
                      [&form](const QString& fileName, QString* error) { return form.writePdf(fileName, error); }},
                     parent);
}

} // namespace pmc::ui
