#include "app/print/TableForm.h"

#include "app/print/FormPainting.h"

#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>

#include <algorithm>

namespace pmc::app {

namespace {

// Layout in millimetres; the painter works in device pixels of an A4 page (form::beginForm scales other paper).
constexpr double kHeaderMm = 21;
constexpr double kTableHeaderMm = 10;
constexpr double kRowMm = 8;
constexpr double kFooterMm = 6;
constexpr double kSignaturesMm = 26;

double tableWidth(const std::vector<FormColumn>& columns, double pxPerMm)
{
    double width = 0;
    for (const FormColumn& column : columns)
        width += column.widthMm * pxPerMm;
    return width;
}

} // namespace

TableForm::TableForm(TableFormContent content)
    : m_content(std::move(content))
{
}

std::vector<TableForm::Page> TableForm::paginate(double usableHeight, double pxPerMm) const
{
    const double tableHeight = usableHeight - (kHeaderMm + kTableHeaderMm + kFooterMm) * pxPerMm;
    const auto perPage = std::max<std::size_t>(1, static_cast<std::size_t>(tableHeight / (kRowMm * pxPerMm)));
    std::vector<Page> pages;
    for (std::size_t first = 0; first < m_content.rows.size(); first += perPage)
        pages.push_back({first, std::min(perPage, m_content.rows.size() - first), false});
    // The empty text takes one row's height.
    const std::size_t lastRows = pages.empty() ? 1 : pages.back().rowCount;
    if (pages.empty() || lastRows * kRowMm * pxPerMm + kSignaturesMm * pxPerMm > tableHeight)
        pages.push_back({m_content.rows.size(), 0, false});
    pages.back().signatures = true;
    return pages;
}

void TableForm::paintHeader(QPainter& painter, const QRectF& area, double pxPerMm) const
{
    painter.setFont(form::font(16, true));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 9 * pxPerMm), int(Qt::AlignCenter),
                     m_content.title);
    const double markMm = 19;
    if (m_content.cornerMark)
        m_content.cornerMark(painter, QRectF(area.right() - markMm * pxPerMm, area.top(), markMm * pxPerMm, markMm * pxPerMm));
    painter.setFont(form::font(9));
    const int count = std::max<int>(1, int(m_content.info.size()));
    const double width = (area.width() - (m_content.cornerMark ? (markMm + 2) * pxPerMm : 0.0)) / count;
    for (int i = 0; i < m_content.info.size(); ++i)
        form::drawCell(painter, QRectF(area.left() + i * width, area.top() + 11 * pxPerMm, width, 6 * pxPerMm),
                 m_content.info[i], Qt::AlignLeft, pxPerMm);
}

void TableForm::paintRow(QPainter& painter, const FormRow& row, double top, double pxPerMm) const
{
    double x = 0;
    const double height = kRowMm * pxPerMm;
    painter.save();
    if (row.shaded)
        painter.setBrush(QColor(240, 240, 240));
    painter.setFont(form::font(7.5, row.shaded));
    for (int i = 0; i < int(m_content.columns.size()); ++i) {
        const FormColumn& column = m_content.columns[static_cast<std::size_t>(i)];
        const QRectF cell(x, top, column.widthMm * pxPerMm, height);
        painter.drawRect(cell);
        const QString first = row.first.value(i);
        const QString second = row.second.value(i);
        if (!second.isEmpty()) {
            // Two-line cells: both lines kept clear of the cell borders.
            form::drawCell(painter, cell.adjusted(0, 0.4 * pxPerMm, 0, -height / 2), first, column.align, pxPerMm);
            painter.setFont(form::font(6));
            const QRectF lower = cell.adjusted(0, height / 2 - 0.6 * pxPerMm, 0, -0.8 * pxPerMm);
            form::drawCell(painter, lower, second, column.align, pxPerMm);
            painter.setFont(form::font(7.5, row.shaded));
        } else {
            form::drawCell(painter, cell, first, column.align, pxPerMm);
        }
        x += cell.width();
    }
    painter.restore();
}

bool TableForm::print(QPagedPaintDevice& device) const
{
    QPainter painter;
    double pxPerMm = 1;
    QRectF area;
    if (!form::beginForm(painter, device, QPageLayout::Landscape, pxPerMm, area))
        return false;

    const std::vector<Page> pages = paginate(area.height(), pxPerMm);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        paintHeader(painter, area, pxPerMm);
        double top = kHeaderMm * pxPerMm;
        if (pages[p].rowCount > 0 || m_content.rows.empty())
            top = form::paintColumnHeader(painter, m_content.columns, top, kTableHeaderMm, pxPerMm);
        if (m_content.rows.empty() && p == 0) {
            const QRectF rect(0, top, tableWidth(m_content.columns, pxPerMm), kRowMm * pxPerMm);
            painter.drawRect(rect);
            painter.setFont(form::font(8));
            form::drawCell(painter, rect.adjusted(pxPerMm, 0, 0, 0), m_content.emptyText, Qt::AlignLeft, pxPerMm);
            top += kRowMm * pxPerMm;
        }
        for (std::size_t r = pages[p].firstRow; r < pages[p].firstRow + pages[p].rowCount; ++r) {
            paintRow(painter, m_content.rows[r], top, pxPerMm);
            top += kRowMm * pxPerMm;
        }
        if (pages[p].signatures)
            form::paintSignatures(painter, m_content.signatures, top, area.width(), kSignaturesMm, pxPerMm);
        form::paintFooter(painter, area, m_content.number, int(p) + 1, int(pages.size()), kFooterMm, pxPerMm);
    }
    return painter.end();
}

bool TableForm::writePdf(const QString& fileName, QString* error) const
{
    return form::writePdf(fileName, m_content.title + QLatin1Char(' ') + m_content.number,
                          [this](QPagedPaintDevice& device) { return print(device); }, error);
}

} // namespace pmc::app
