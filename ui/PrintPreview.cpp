#include "ui/PrintPreview.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>

namespace pmc::ui
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("pmc::ui::PrintPreview", text);
}

void exportPdf(const PrintableDocument& document, QWidget* parent)
{
    const QString path
        = QFileDialog::getSaveFileName(parent, tr("Export PDF"), document.suggestedPdfName, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!document.writePdf(path, &error))
        QMessageBox::warning(parent, tr("Export PDF"), error);
}

} // namespace

void showPrintPreview(const PrintableDocument& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(document.title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&document](QPrinter* device) { document.print(*device); });
    // The dialog's own tool bar has print and page setup, but no PDF export.
    if (auto* tools = preview.findChild<QToolBar*>()) {
        tools->addSeparator();
        QAction* pdf = tools->addAction(tr("Export PDF…"));
        pdf->setObjectName(QStringLiteral("exportPdf"));
        QObject::connect(pdf, &QAction::triggered, &preview, [&document, &preview] { exportPdf(document, &preview); });
    }
    preview.resize(900, 1000);
    preview.exec();
}

} // namespace pmc::ui
