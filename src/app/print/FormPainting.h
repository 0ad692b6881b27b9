#pragma once

#include "app/print/TableForm.h"

#include <QFont>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QRectF;

/// The pieces every printed form (daily plan, adjustment notices) draws alike, in device pixels
/// at `pxPerMm`, in the print font (PrintFont.h).
namespace pmc::app::form {

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
