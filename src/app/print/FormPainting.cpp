#include "app/print/FormPainting.h"

#include "app/print/FormCells.h"
#include "app/print/PrintFont.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace pmc::app::form {

QFont font(double pointSize, bool bold)
{
    QFont result(printFontFamily());
    result.setPointSizeF(pointSize);
    result.setBold(bold);
    return result;
}

void drawCell(QPainter& painter, const QRectF& rect, const QString& text, Qt::Alignment align, double pxPerMm)
{
    const QRectF inner = rect.adjusted(0.8 * pxPerMm, 0, -0.8 * pxPerMm, 0);
    const QString shown
        = QFontMetricsF(painter.font(), painter.device()).elidedText(text, Qt::ElideRight, inner.width());
    painter.drawText(inner, int(align | Qt::AlignVCenter), shown);
}

double paintColumnHeader(QPainter& painter, const std::vector<FormColumn>& columns, double top, double heightMm,
                         double pxPerMm)
{
    double x = 0;
    const double height = heightMm * pxPerMm;
    painter.save();
    painter.setBrush(QColor(225, 225, 225));
    for (const FormColumn& column : columns) {
        const QRectF cell(x, top, column.widthMm * pxPerMm, height);
        painter.drawRect(cell);
        painter.setFont(font(7.5, true));
        const QString second = secondCaption(column.chinese, column.english);
        if (second.isEmpty()) {
            painter.drawText(cell, int(Qt::AlignCenter), column.chinese);
        } else {
            painter.drawText(cell.adjusted(0, 0.8 * pxPerMm, 0, -height / 2), int(Qt::AlignCenter), column.chinese);
            painter.setFont(font(6.5));
            painter.drawText(cell.adjusted(0, height / 2, 0, -0.8 * pxPerMm), int(Qt::AlignCenter), second);
        }
        x += column.widthMm * pxPerMm;
    }
    painter.restore();
    return top + height;
}

void paintSignatures(QPainter& painter, const QStringList& roles, double top, double width, double heightMm,
                     double pxPerMm)
{
    if (roles.isEmpty())
        return;
    const double gap = 8 * pxPerMm;
    const double boxWidth = (width - gap * (roles.size() - 1)) / roles.size();
    const double boxTop = top + 4 * pxPerMm;
    const double boxHeight = (heightMm - 4) * pxPerMm;
    for (int i = 0; i < roles.size(); ++i) {
        const QRectF box(i * (boxWidth + gap), boxTop, boxWidth, boxHeight);
        painter.drawRect(box);
        painter.setFont(font(9, true));
        painter.drawText(box.adjusted(2 * pxPerMm, 1.5 * pxPerMm, 0, 0), int(Qt::AlignLeft | Qt::AlignTop), roles[i]);
        painter.setFont(font(8));
        painter.drawText(box.adjusted(2 * pxPerMm, 0, -2 * pxPerMm, -1.5 * pxPerMm),
                         int(Qt::AlignRight | Qt::AlignBottom),
                         labelled("日期", QCoreApplication::translate("FormPainting", "Date:"))
                             + QStringLiteral("            "));
    }
}

void paintFooter(QPainter& painter, const QRectF& area, const QString& number, int page, int pageCount,
                 double heightMm, double pxPerMm)
{
    painter.setFont(font(8));
    const QRectF rect(area.left(), area.bottom() - heightMm * pxPerMm, area.width(), heightMm * pxPerMm);
    painter.drawText(rect, int(Qt::AlignLeft | Qt::AlignBottom), number);
    painter.drawText(rect, int(Qt::AlignHCenter | Qt::AlignBottom),
                     chineseInterface()
                         ? QString::fromUtf8("第 %1 页 / 共 %2 页").arg(page).arg(pageCount)
                         : QString::fromUtf8("第 %1 页 / 共 %2 页  ").arg(page).arg(pageCount)
                             + QCoreApplication::translate("FormPainting", "Page %1 of %2").arg(page).arg(pageCount));
}

bool beginForm(QPainter& painter, QPagedPaintDevice& device, QPageLayout::Orientation orientation, double& pxPerMm,
               QRectF& area)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    if (!painter.begin(&device))
        return false;
    pxPerMm = device.logicalDpiY() / 25.4;
    area = QRectF(0, 0, device.width(), device.height());
    QPen pen(Qt::black);
    pen.setWidthF(0.2 * pxPerMm);
    painter.setPen(pen);
    return true;
}

bool writePdf(const QString& fileName, const QString& title, const std::function<bool(QPagedPaintDevice&)>& print,
              QString* error)
{
    QPdfWriter writer(fileName);
    writer.setResolution(600);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("PMC Desk"));
    // QPdfWriter reports an unwritable file only through the painter failing to begin.
    if (!print(writer)) {
        if (error)
            *error = QCoreApplication::translate("FormPainting", "Cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

} // namespace pmc::app::form
