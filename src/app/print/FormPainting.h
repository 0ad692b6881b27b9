#pragma once

#include "app/print/TableForm.h"
#include "core/plan/PrintPaper.h"

#include <QFont>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QRectF;

/// The pieces every printed form (daily plan, adjustment notices) draws alike, in device pixels
/// at `pxPerMm`, in the print font (PrintFont.h).
namespace pmc::app::form {

/// Chooses the paper every form is printed on from now on (the factory's setting; the desktop
/// sets it when a database opens or the setting changes, pmc-cli before it prints). UI thread.
void setPaper(const core::PrintPaper& paper);
/// The paper setPaper() chose; A4 landscape until then.
core::PrintPaper paper();

/// Sets the chosen paper with 10 mm margins on `device` and begins `painter` on it with the
/// thin black pen of the forms; false when the device cannot be painted on. A form is laid out
/// for A4 in its `designed` orientation: a table form (landscape) takes the paper's
/// orientation, the portrait review form stays portrait, and the painter is scaled so the
/// A4 layout fills the paper's width. `pxPerMm` receives the scale of a layout millimetre and
/// `area` the printable page in the painter's (scaled) coordinates.
bool beginForm(QPainter& painter, QPagedPaintDevice& device, QPageLayout::Orientation designed, double& pxPerMm,
               QRectF& area);
/// Writes a form as a PDF file through `print` (the form's own print function); false with a
/// message naming the file in `error` when it cannot be written.
bool writePdf(const QString& fileName, const QString& title, const std::function<bool(QPagedPaintDevice&)>& print,
              QString* error);

QFont font(double pointSize, bool bold = false);
/// Draws `text` elided to fit `rect` (with a small inner padding), vertically centred.
void drawCell(QPainter& painter, const QRectF& rect, const QString& text, Qt::Alignment align, double pxPerMm);
/// The grey column header, Chinese caption over the translated one; returns its bottom.
double paintColumnHeader(QPainter& painter, const std::vector<FormColumn>& columns, double top, double heightMm,
                         double pxPerMm);
/// One box per role across `width`, each with a date line; `heightMm` includes the gap above.
void paintSignatures(QPainter& painter, const QStringList& roles, double top, double width, double heightMm,
                     double pxPerMm);
/// The form's number at the left and "第 x 页 / 共 y 页 Page x of y" in the middle of the foot.
void paintFooter(QPainter& painter, const QRectF& area, const QString& number, int page, int pageCount,
                 double heightMm, double pxPerMm);

} // namespace pmc::app::form
