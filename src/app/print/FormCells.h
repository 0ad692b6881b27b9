#pragma once

#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

/// The cells of a form's header and footer blocks (a grey label, a value, tick boxes), in
/// device pixels at `pxPerMm`, in the print font; beside the table pieces of FormPainting.h.
namespace pmc::app::form
{

/// True when the interface is in Chinese: the forms then print their Chinese captions once
/// instead of beside a translation that is Chinese as well.
bool chineseInterface();
/// The translated caption that goes with a fixed Chinese one; empty in a Chinese interface or
/// when the translation is that Chinese text, so a Chinese reader does not read it twice.
QString secondCaption(const QString& chinese, const QString& translated);
/// "中文 translation" on one line, the Chinese alone when there is no second caption.
QString bilingual(const QString& chinese, const QString& translated);
/// A translated text (a label with its value, a message) after the form's fixed Chinese
/// label: "车间 Workshop: 总装"; in a Chinese interface the translation alone ("车间：总装").
QString labelled(const char* chinese, const QString& translated);

/// A bordered cell with a bold first line and, when `second` is not empty, a smaller line under it.
void paintTwoLines(QPainter& painter, const QRectF& cell, const QString& first, const QString& second,
    Qt::Alignment align, double pxPerMm);
/// A grey label cell: the Chinese caption over its translation.
void paintLabel(
    QPainter& painter, const QRectF& cell, const QString& chinese, const QString& translated, double pxPerMm);
/// A bordered value cell on one elided line, or in a smaller font wrapped over the cell's height.
void paintValue(QPainter& painter, const QRectF& cell, const QString& text, double pxPerMm, bool wrap = false);
/// A bordered cell with a tick box before each choice; `checked` is ticked and bold (-1: none,
/// to tick by hand).
void paintChoices(QPainter& painter, const QRectF& cell, const QStringList& choices, int checked, double pxPerMm);

} // namespace pmc::app::form
