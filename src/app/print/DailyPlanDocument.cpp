#include "app/print/DailyPlanDocument.h"

#include "app/print/FormCells.h"
#include "app/print/FormPainting.h"

#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>

#include <cmath>

namespace pmc::app {

namespace {

// Layout in millimetres; the painter works in device pixels of an A4 page (form::beginForm scales other paper).
constexpr double kHeaderMm = 21;
constexpr double kTableHeaderMm = 10;
constexpr double kLineRowMm = 7; // room for the team leader to write the actual quantity
constexpr double kGroupRowMm = 6;
constexpr double kFooterMm = 6;
constexpr double kSignaturesMm = 26;

QString fromUtf8(const char* text)
{
    return QString::fromUtf8(text);
}

QString quantity(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(static_cast<long long>(std::round(value)))
                                                      : QString::number(value, 'f', 3);
}

} // namespace

DailyPlanDocument::DailyPlanDocument(core::DailyPlan plan, core::Date today)
    : m_plan(std::move(plan))
    , m_today(today)
{
}

static std::vector<FormColumn> columns()
{
    using C = FormColumn;
    const Qt::Alignment right = Qt::AlignRight;
    const Qt::Alignment center = Qt::AlignHCenter;
    return { C { fromUtf8("序号"), DailyPlanDocument::tr("No."), 8, center },
        C { fromUtf8("线别/班组"), DailyPlanDocument::tr("Line / unit"), 30 },
        C { fromUtf8("工单号"), DailyPlanDocument::tr("Order"), 22 },
        C { fromUtf8("客户订单 / 客户"), DailyPlanDocument::tr("Customer order"), 34 },
        C { fromUtf8("产品编码"), DailyPlanDocument::tr("Item"), 22 },
        C { fromUtf8("品名"), DailyPlanDocument::tr("Name"), 28 },
        C { fromUtf8("工序"), DailyPlanDocument::tr("Op"), 9, center },
        C { fromUtf8("今日计划数"), DailyPlanDocument::tr("Today"), 16, right },
        C { fromUtf8("订单数量"), DailyPlanDocument::tr("Order qty"), 15, right },
        C { fromUtf8("开工"), DailyPlanDocument::tr("Start"), 11, center },
        C { fromUtf8("完工"), DailyPlanDocument::tr("End"), 11, center },
        C { fromUtf8("交期"), DailyPlanDocument::tr("Due"), 17, center },
        C { fromUtf8("物料状态"), DailyPlanDocument::tr("Material"), 22 },
        C { fromUtf8("实际完成"), DailyPlanDocument::tr("Actual"), 15 },
        C { fromUtf8("备注"), DailyPlanDocument::tr("Remarks"), 17 } };
}

QStringList DailyPlanDocument::information() const
{
    const QString workshop
        = m_plan.workshop.empty() ? form::labelled("全部", tr("All workshops")) : QString::fromStdString(m_plan.workshop);
    return { form::labelled("计划单号", tr("Plan no.: %1").arg(QString::fromStdString(m_plan.planNumber))),
        form::labelled("日期", tr("Date: %1").arg(QString::fromStdString(m_plan.date.toString()))),
        form::labelled("车间", tr("Workshop: %1").arg(workshop)) };
}

QString DailyPlanDocument::title()
{
    return form::bilingual(fromUtf8("日生产计划表"), tr("Daily production plan"));
}

QStringList DailyPlanDocument::signatures()
{
    return { form::labelled("编制", tr("Prepared by")), form::labelled("审核", tr("Reviewed by")),
        form::labelled("批准", tr("Approved by")) };
}

QString DailyPlanDocument::emptyText()
{
    return form::labelled("本日无生产计划", tr("Nothing is scheduled on this date."));
}

QString DailyPlanDocument::clock(int minute) const
{
    return QString::fromStdString(core::formatClockMinutes(minute - (m_plan.date - m_today) * 24 * 60));
}

std::vector<DailyPlanDocument::Row> DailyPlanDocument::rows() const
{
    std::vector<Row> result;
    const auto subtotal = [&](std::size_t first, std::size_t last) {
        double qty = 0;
        int minutes = 0;
        for (std::size_t i = first; i < last; ++i) {
            qty += m_plan.lines[i].qty;
            minutes += m_plan.lines[i].workingMinutes;
        }
        const core::DailyPlanLine& line = m_plan.lines[first];
        result.push_back({ Row::Kind::Subtotal,
            form::labelled("小计", tr("Subtotal %1 %2: %n row(s), quantity %3, %4 working hours", nullptr, int(last - first))
                      .arg(QString::fromStdString(line.workCenter), QString::fromStdString(line.workCenterName),
                          quantity(qty), QString::number(minutes / 60.0, 'f', 1))) });
    };
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < m_plan.lines.size(); ++i) {
        const core::DailyPlanLine& line = m_plan.lines[i];
        if (i == 0 || line.workshop != m_plan.lines[i - 1].workshop)
            result.push_back({ Row::Kind::Group,
                form::labelled("车间", tr("Workshop: %1")
                          .arg(line.workshop.empty() ? tr("(none)") : QString::fromStdString(line.workshop))) });
        result.push_back({ Row::Kind::Line, {}, &line, int(i) + 1 });
        const bool lastOfRun = i + 1 == m_plan.lines.size() || m_plan.lines[i + 1].workCenter != line.workCenter
            || m_plan.lines[i + 1].workshop != line.workshop;
        if (lastOfRun) {
            subtotal(runStart, i + 1);
            runStart = i + 1;
        }
    }
    if (result.empty())
        result.push_back({ Row::Kind::Empty, emptyText() });
    // The standby jobs after the table: what a line runs while its order waits for material.
    if (!m_plan.standby.empty())
        result.push_back({ Row::Kind::Group, form::labelled("备选工单", tr("Standby jobs")) });
    for (const core::StandbyJob& job : m_plan.standby)
        result.push_back({ Row::Kind::Standby,
            form::labelled("线别", tr("%1 #%2: instead of %3 (waiting for material) run %4, item %5, quantity %6, op %7")
                      .arg(QString::fromStdString(job.workCenter))
                      .arg(job.unit + 1)
                      .arg(QString::fromStdString(job.insteadOf), QString::fromStdString(job.order),
                          QString::fromStdString(job.item), quantity(job.qty))
                      .arg(job.seq)) });
    return result;
}

std::vector<DailyPlanDocument::Page> DailyPlanDocument::paginate(
    const std::vector<Row>& rows, double usableHeight, double pxPerMm) const
{
    const double tableHeight = usableHeight - (kHeaderMm + kTableHeaderMm + kFooterMm) * pxPerMm;
    std::vector<Page> pages(1);
    double used = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double height = (rows[i].kind == Row::Kind::Line ? kLineRowMm : kGroupRowMm) * pxPerMm;
        // A workshop caption never ends a page on its own.
        const double needed = rows[i].kind == Row::Kind::Group ? height + kLineRowMm * pxPerMm : height;
        if (used + needed > tableHeight && pages.back().rowCount > 0) {
            pages.push_back({ i, 0, false });
            // A page that starts inside a workshop repeats its caption (see print()).
            used = rows[i].kind == Row::Kind::Group ? 0 : kGroupRowMm * pxPerMm;
        }
        ++pages.back().rowCount;
        used += height;
    }
    if (used + kSignaturesMm * pxPerMm > tableHeight)
        pages.push_back({ rows.size(), 0, false });
    pages.back().signatures = true;
    return pages;
}

void DailyPlanDocument::paintHeader(QPainter& painter, const QRectF& area, double pxPerMm) const
{
    painter.setFont(form::font(16, true));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 9 * pxPerMm), int(Qt::AlignCenter),
        title());
    painter.setFont(form::font(9));
    const QRectF info(area.left(), area.top() + 11 * pxPerMm, area.width(), 6 * pxPerMm);
    const QStringList texts = information();
    painter.drawText(info, int(Qt::AlignLeft | Qt::AlignVCenter), texts[0]);
    painter.drawText(info, int(Qt::AlignHCenter | Qt::AlignVCenter), texts[1]);
    painter.drawText(info, int(Qt::AlignRight | Qt::AlignVCenter), texts[2]);
}

FormRow DailyPlanDocument::lineCells(const core::DailyPlanLine& line, int number) const
{
    const auto text = [](const std::string& s) { return QString::fromStdString(s); };
    QStringList customerOrders;
    for (const std::string& so : line.customerOrders)
        customerOrders << text(so);
    QStringList customers;
    for (const std::string& customer : line.customers)
        customers << text(customer);
    QStringList shortItems;
    for (const std::string& item : line.shortItems)
        shortItems << text(item);
    // 可开工 when the kit check finds every component on hand, else 待齐套 with the kit date
    // (MM-DD, 无 when nothing covers it); the pegged purchases that are late go below.
    const QString material = line.releasable ? fromUtf8("可开工")
                                             : fromUtf8("待齐套 ")
            + (line.kitDate ? QString::fromStdString(line.kitDate->toString()).mid(5) : fromUtf8("无"));
    const QStringList first { QString::number(number),
        text(line.workCenterName.empty() ? line.workCenter : line.workCenterName)
            + QStringLiteral(" #%1").arg(line.unit + 1),
        text(line.order), customerOrders.isEmpty() ? QStringLiteral("-") : customerOrders.join(QStringLiteral(", ")),
        text(line.item), text(line.itemName), QString::number(line.seq), quantity(line.qty), quantity(line.orderQty),
        clock(line.startMinute), clock(line.endMinute), text(line.due.toString()), material, QString(), QString() };
    // A smaller second line under the line, customer order and material cells: the work center
    // code, the customers, the items that are short.
    QStringList second(int(first.size()));
    second[1] = text(line.workCenter);
    second[3] = customers.join(QStringLiteral(", "));
    if (!shortItems.isEmpty())
        second[12] = fromUtf8("欠料 ") + shortItems.join(QStringLiteral(", "));
    return { first, second, false };
}

void DailyPlanDocument::paintRow(QPainter& painter, const Row& row, double top, double pxPerMm) const
{
    const std::vector<FormColumn> cols = columns();
    double width = 0;
    for (const FormColumn& column : cols)
        width += column.widthMm * pxPerMm;
    if (row.kind != Row::Kind::Line) {
        const QRectF rect(0, top, width, kGroupRowMm * pxPerMm);
        painter.save();
        painter.setBrush(row.kind == Row::Kind::Group ? QColor(240, 240, 240) : QColor(Qt::white));
        painter.drawRect(rect);
        painter.setFont(form::font(8, row.kind == Row::Kind::Group));
        form::drawCell(painter, rect.adjusted(pxPerMm, 0, 0, 0), row.text,
            row.kind == Row::Kind::Subtotal ? Qt::AlignRight : Qt::AlignLeft, pxPerMm);
        painter.restore();
        return;
    }
    const FormRow cells = lineCells(*row.line, row.number);
    const QStringList& first = cells.first;
    const QStringList& second = cells.second;
    double x = 0;
    const double height = kLineRowMm * pxPerMm;
    painter.setFont(form::font(7.5));
    for (int i = 0; i < int(cols.size()); ++i) {
        const QRectF cell(x, top, cols[i].widthMm * pxPerMm, height);
        painter.drawRect(cell);
        // Two-line cells: both lines kept clear of the cell borders.
        const QRectF upper = cell.adjusted(0, 0.4 * pxPerMm, 0, -height / 2);
        const QRectF lower = cell.adjusted(0, height / 2 - 0.8 * pxPerMm, 0, -0.8 * pxPerMm);
        if (!second[i].isEmpty()) {
            form::drawCell(painter, upper, first[i], cols[i].align, pxPerMm);
            painter.setFont(form::font(6));
            form::drawCell(painter, lower, second[i], cols[i].align, pxPerMm);
            painter.setFont(form::font(7.5));
        } else {
            form::drawCell(painter, cell, first[i], cols[i].align, pxPerMm);
        }
        x += cell.width();
    }
}

bool DailyPlanDocument::print(QPagedPaintDevice& device) const
{
    QPainter painter;
    double pxPerMm = 1;
    QRectF area;
    if (!form::beginForm(painter, device, QPageLayout::Landscape, pxPerMm, area))
        return false;

    const std::vector<Row> allRows = rows();
    const std::vector<Page> pages = paginate(allRows, area.height(), pxPerMm);
    QString caption; // the workshop caption of the rows painted last
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        paintHeader(painter, area, pxPerMm);
        double top = kHeaderMm * pxPerMm;
        if (pages[p].rowCount > 0)
            top = form::paintColumnHeader(painter, columns(), top, kTableHeaderMm, pxPerMm);
        const std::size_t first = pages[p].firstRow;
        if (pages[p].rowCount > 0 && allRows[first].kind != Row::Kind::Group && !caption.isEmpty()) {
            paintRow(painter, { Row::Kind::Group, caption + (form::chineseInterface() ? fromUtf8("（续）") : fromUtf8("（续）") + tr(" (continued)")) }, top, pxPerMm);
            top += kGroupRowMm * pxPerMm;
        }
        for (std::size_t r = first; r < first + pages[p].rowCount; ++r) {
            if (allRows[r].kind == Row::Kind::Group)
                caption = allRows[r].text;
            paintRow(painter, allRows[r], top, pxPerMm);
            top += (allRows[r].kind == Row::Kind::Line ? kLineRowMm : kGroupRowMm) * pxPerMm;
        }
        if (pages[p].signatures)
            form::paintSignatures(painter, signatures(), top, area.width(), kSignaturesMm, pxPerMm);
        form::paintFooter(painter, area, QString::fromStdString(m_plan.planNumber), int(p) + 1, int(pages.size()),
            kFooterMm, pxPerMm);
    }
    return painter.end();
}

bool DailyPlanDocument::writePdf(const QString& fileName, QString* error) const
{
    return form::writePdf(fileName, fromUtf8("日生产计划表 ") + QString::fromStdString(m_plan.planNumber),
                          [this](QPagedPaintDevice& device) { return print(device); }, error);
}

TableFormContent DailyPlanDocument::content() const
{
    TableFormContent form;
    form.title = title();
    form.number = QString::fromStdString(m_plan.planNumber);
    form.info = information();
    form.columns = columns();
    form.signatures = signatures();
    for (const Row& row : rows()) {
        if (row.kind == Row::Kind::Line)
            form.rows.push_back(lineCells(*row.line, row.number));
        else if (row.kind != Row::Kind::Empty)
            form.rows.push_back({ { row.text }, {}, row.kind != Row::Kind::Standby });
    }
    form.emptyText = emptyText();
    return form;
}

} // namespace pmc::app
