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

namespace {

core::PrintPaper g_paper;

QPageSize::PageSizeId pageSizeOf(core::PrintPaper::Size size)
{
    switch (size) {
    case core::PrintPaper::Size::A4: return QPageSize::A4;
    case core::PrintPaper::Size::A3: return QPageSize::A3;
    case core::PrintPaper::Size::A5: return QPageSize::A5;
    case core::PrintPaper::Size::B5: return QPageSize::B5;
    case core::PrintPaper::Size::Letter: return QPageSize::Letter;
    case core::PrintPaper::Size::Legal: return QPageSize::Legal;
    }
    return QPageSize::A4;
}

} // namespace

void setPaper(const core::PrintPaper& paper)
{
    g_paper = paper;
}

core::PrintPaper paper()
{
    return g_paper;
}

bool beginForm(QPainter& painter, QPagedPaintDevice& device, QPageLayout::Orientation designed, double& pxPerMm,
               QRectF& area)
{
    const QMarginsF margins(10, 10, 10, 10);
    const QPageLayout::Orientation orientation
        = designed == QPageLayout::Landscape && g_paper.portrait ? QPageLayout::Portrait : designed;
    const QPageLayout layout(QPageSize(pageSizeOf(g_paper.size)), orientation, margins, QPageLayout::Millimeter);
    device.setPageLayout(layout);
    if (!painter.begin(&device))
        return false;
    // The forms are laid out on A4 in their designed orientation; other paper scales that layout
    // to its printable width (A3 landscape: ×1.44, A4 portrait for a landscape form: ×0.69).
    const QPageLayout a4(QPageSize(QPageSize::A4), designed, margins, QPageLayout::Millimeter);
    const double scale = layout.paintRect(QPageLayout::Millimeter).width() / a4.paintRect(QPageLayout::Millimeter).width();
    painter.scale(scale, scale);
    pxPerMm = device.logicalDpiY() / 25.4;
    area = QRectF(0, 0, device.width() / scale, device.height() / scale);
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
