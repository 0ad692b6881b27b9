#include "app/print/FormCells.h"

#include "app/print/FormPainting.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace pmc::app::form
{

bool chineseInterface()
{
    return QCoreApplication::translate("FormCells", "bilingual",
               "Translate as \"chinese\": printed forms then show their Chinese captions once.")
        == QLatin1String("chinese");
}

QString secondCaption(const QString& chinese, const QString& translated)
{
    return translated == chinese || chineseInterface() ? QString() : translated;
}

QString labelled(const char* chinese, const QString& translated)
{
    return chineseInterface() ? translated : QString::fromUtf8(chinese) + QLatin1Char(' ') + translated;
}

QString bilingual(const QString& chinese, const QString& translated)
{
    const QString second = secondCaption(chinese, translated);
    return second.isEmpty() ? chinese : chinese + QLatin1Char(' ') + second;
}

void paintTwoLines(QPainter& painter, const QRectF& cell, const QString& first, const QString& second,
    Qt::Alignment align, double pxPerMm)
{
    painter.drawRect(cell);
    if (second.isEmpty()) {
        painter.setFont(font(7.5, true));
        drawCell(painter, cell, first, align, pxPerMm);
        return;
    }
    const double half = cell.height() / 2;
    painter.setFont(font(7.5, true));
    drawCell(painter, cell.adjusted(0, 0.5 * pxPerMm, 0, -half + 0.3 * pxPerMm), first, align, pxPerMm);
    painter.setFont(font(6));
    drawCell(painter, cell.adjusted(0, half - 0.3 * pxPerMm, 0, -0.6 * pxPerMm), second, align, pxPerMm);
}

void paintLabel(
    QPainter& painter, const QRectF& cell, const QString& chinese, const QString& translated, double pxPerMm)
{
    painter.save();
    painter.setBrush(QColor(235, 235, 235));
    paintTwoLines(painter, cell, chinese, secondCaption(chinese, translated), Qt::AlignLeft, pxPerMm);
    painter.restore();
}

void paintValue(QPainter& painter, const QRectF& cell, const QString& text, double pxPerMm, bool wrap)
{
    painter.drawRect(cell);
    if (!wrap) {
        painter.setFont(font(8.5));
        drawCell(painter, cell, text, Qt::AlignLeft, pxPerMm);
        return;
    }
    painter.setFont(font(7));
    painter.drawText(cell.adjusted(0.8 * pxPerMm, 0.4 * pxPerMm, -0.8 * pxPerMm, -0.4 * pxPerMm),
        int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap), text);
}

void paintChoices(QPainter& painter, const QRectF& cell, const QStringList& choices, int checked, double pxPerMm)
{
    painter.drawRect(cell);
    const double box = 3 * pxPerMm;
    double x = cell.left() + 2 * pxPerMm;
    for (int i = 0; i < choices.size(); ++i) {
        const QRectF square(x, cell.center().y() - box / 2, box, box);
        painter.drawRect(square);
        if (i == checked) {
            QPainterPath tick;
            tick.moveTo(square.left() + 0.15 * box, square.top() + 0.5 * box);
            tick.lineTo(square.left() + 0.4 * box, square.bottom() - 0.15 * box);
            tick.lineTo(square.right() + 0.1 * box, square.top() - 0.2 * box);
            painter.save();
            QPen pen = painter.pen();
            pen.setWidthF(0.5 * pxPerMm);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(tick);
            painter.restore();
        }
        painter.setFont(font(8, i == checked));
        const double textWidth = QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(choices[i]);
        painter.drawText(QRectF(x + box + pxPerMm, cell.top(), textWidth + pxPerMm, cell.height()),
            int(Qt::AlignLeft | Qt::AlignVCenter), choices[i]);
        x += box + textWidth + 6 * pxPerMm;
    }
}

} // namespace pmc::app::form
