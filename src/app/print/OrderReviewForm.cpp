#include "app/print/OrderReviewForm.h"

#include "app/models/NumberText.h"
#include "app/orders/SalesOrderText.h"
#include "app/print/FormCells.h"
#include "app/print/FormChineseNames.h"
#include "app/print/FormPainting.h"

#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>

#include <algorithm>

namespace pmc::app
{

namespace
{

// Layout in millimetres on A4 portrait with 10 mm margins (190 x 277 mm); the painter works in
// device pixels of that page (form::beginForm scales other paper).
constexpr double kWidthMm = 190;
constexpr double kTitleMm = 15;
constexpr double kContinuedTitleMm = 22; // title and the sheet number line
constexpr double kInfoRowMm = 8;
constexpr int kInfoRows = 5;
constexpr double kCaptionMm = 7;
constexpr double kTableHeaderMm = 9;
constexpr double kLineRowMm = 7;
constexpr double kReviewRowMm = 11; // room for a handwritten comment
constexpr double kConclusionRowMm = 9;
constexpr int kConclusionRows = 4;
constexpr double kSignaturesMm = 24;
constexpr double kFooterMm = 6;
constexpr double kLabelMm = 30;
constexpr double kValueMm = kWidthMm / 2 - kLabelMm;

const QColor kNotRequiredFill(245, 245, 245);

QString zh(const char* text)
{
    return QString::fromUtf8(text);
}

QString dateText(const std::optional<core::Date>& date)
{
    return date ? QString::fromStdString(date->toString()) : QString();
}

/// One date, or "first ~ last" when the lines differ.
QString dateRange(std::vector<core::Date> dates)
{
    if (dates.empty())
        return {};
    const auto [first, last] = std::minmax_element(dates.begin(), dates.end());
    return *first == *last ? dateText(*first) : dateText(*first) + QStringLiteral(" ~ ") + dateText(*last);
}

double tailHeightMm()
{
    const double reviews = kCaptionMm + kTableHeaderMm + kReviewRowMm * double(std::size(core::kDepartments));
    const double conclusion = kCaptionMm + kConclusionRowMm * kConclusionRows;
    return reviews + conclusion + kSignaturesMm;
}

} // namespace

OrderReviewForm::OrderReviewForm(const core::FactoryModel& factory, const core::SalesOrder& order)
    : m_order(order)
    , m_outcome(core::reviewOutcome(order, factory.reviewPolicy))
{
    for (const core::SalesOrderLine& line : order.lines) {
        const core::Item* item = factory.findItem(line.item);
        m_items.push_back(item ? *item : core::Item { .code = line.item, .uom = {} });
    }
    for (std::size_t i = 0; i < m_required.size(); ++i)
        m_required[i] = factory.reviewPolicy.isRequired(core::kDepartments[i], order);
}

QString OrderReviewForm::sheetNumber() const
{
    return QStringLiteral("PS-") + QString::fromStdString(m_order.number);
}

OrderReviewForm::Conclusion OrderReviewForm::conclusion() const
{
    if (!m_outcome.rejected.empty())
        return Conclusion::Reject;
    if (!m_outcome.missing.empty())
        return Conclusion::Pending;
    return m_outcome.conditional.empty() ? Conclusion::Accept : Conclusion::AcceptWithConditions;
}

std::vector<OrderReviewForm::Page> OrderReviewForm::paginate(double usableHeight, double pxPerMm) const
{
    const double rowHeight = kLineRowMm * pxPerMm;
    const double tailHeight = tailHeightMm() * pxPerMm;
    // An order without lines still shows the (empty) line table with one row.
    const std::size_t lineCount = m_order.lines.size();
    std::vector<Page> pages;
    std::size_t next = 0;
    do {
        const bool first = pages.empty();
        double free = usableHeight - kFooterMm * pxPerMm
            - (first ? kTitleMm + kInfoRowMm * kInfoRows : kContinuedTitleMm) * pxPerMm;
        Page page { next, 0, false, false };
        if (first || next < lineCount) {
            page.lineTable = true;
            free -= (kCaptionMm + kTableHeaderMm) * pxPerMm;
            const auto fit = std::max<std::size_t>(1, static_cast<std::size_t>(free / rowHeight));
            page.lineCount = std::min(fit, lineCount - next);
            free -= double(std::max<std::size_t>(page.lineCount, lineCount == 0 ? 1 : 0)) * rowHeight;
            next += page.lineCount;
        }
        page.review = next == lineCount && (free >= tailHeight || !page.lineTable);
        pages.push_back(page);
    } while (!pages.back().review);
    return pages;
}

double OrderReviewForm::paintHeading(QPainter& painter, const QRectF& area, bool first, double pxPerMm) const
{
    const QString title = zh("订单评审表");
    const QString translated = form::secondCaption(title, tr("Order review form"));
    painter.setFont(form::font(16, true));
    painter.drawText(
        QRectF(area.left(), 0, area.width(), 9 * pxPerMm), int(Qt::AlignCenter), first ? title : title + zh("（续）"));
    painter.setFont(form::font(9));
    painter.drawText(QRectF(area.left(), 9 * pxPerMm, area.width(), 5 * pxPerMm), int(Qt::AlignCenter),
        first || translated.isEmpty() ? translated : tr("%1 (continued)").arg(translated));
    if (!first) {
        painter.drawText(QRectF(area.left(), kTitleMm * pxPerMm, area.width(), 5 * pxPerMm),
            int(Qt::AlignLeft | Qt::AlignVCenter),
            zh("评审表编号 ") + sheetNumber() + QStringLiteral("    ") + zh("订单编号 ")
                + QString::fromStdString(m_order.number));
        return kContinuedTitleMm * pxPerMm;
    }

    std::vector<core::Date> requested;
    for (const core::SalesOrderLine& line : m_order.lines)
        requested.push_back(line.due);
    std::optional<core::Date> reviewed;
    for (const core::DepartmentReview& review : m_order.reviews)
        if (const auto date = core::Date::parse(review.reviewedAt.substr(0, 10));
            date && (!reviewed || *reviewed < *date))
            reviewed = date;
    const QString orderType = m_order.custom ? form::bilingual(zh("非常规(定制)"), tr("Custom"))
                                             : form::bilingual(zh("常规"), tr("Standard"));
    struct Field {
        QString chinese;
        QString translated;
        QString value;
    };
    const Field fields[] = {
        { zh("评审表编号"), tr("Review sheet no."), sheetNumber() },
        { zh("订单编号"), tr("Order no."), QString::fromStdString(m_order.number) },
        { zh("客户名称"), tr("Customer"), QString::fromStdString(m_order.customer) },
        { zh("订单类型"), tr("Order type"), orderType },
        { zh("订单日期"), tr("Order date"), dateText(m_order.orderDate) },
        { zh("要求交期"), tr("Requested date"), dateRange(requested) },
        { zh("评审日期"), tr("Review date"), dateText(reviewed) },
        { zh("订单状态"), tr("Status"), displayName(m_order.status) },
    };
    double top = kTitleMm * pxPerMm;
    const double row = kInfoRowMm * pxPerMm;
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        const double x = (i % 2) * kWidthMm / 2 * pxPerMm;
        const double y = top + double(i / 2) * row;
        form::paintLabel(
            painter, QRectF(x, y, kLabelMm * pxPerMm, row), fields[i].chinese, fields[i].translated, pxPerMm);
        form::paintValue(painter, QRectF(x + kLabelMm * pxPerMm, y, kValueMm * pxPerMm, row), fields[i].value, pxPerMm);
    }
    top += double(std::size(fields) / 2) * row;
    form::paintLabel(painter, QRectF(0, top, kLabelMm * pxPerMm, row), zh("备注"), tr("Note"), pxPerMm);
    form::paintValue(painter, QRectF(kLabelMm * pxPerMm, top, (kWidthMm - kLabelMm) * pxPerMm, row),
        QString::fromStdString(m_order.note), pxPerMm);
    return top + row;
}

double OrderReviewForm::paintLines(QPainter& painter, const Page& page, double top, double pxPerMm) const
{
    painter.setFont(form::font(9, true));
    const QString caption = zh("一、订单明细");
    painter.drawText(QRectF(0, top, kWidthMm * pxPerMm, kCaptionMm * pxPerMm), int(Qt::AlignLeft | Qt::AlignVCenter),
        form::bilingual(caption, tr("1. Order lines")));
    top += kCaptionMm * pxPerMm;
    using C = FormColumn;
    const auto column = [](const char* chinese, const QString& translated, double width, Qt::Alignment align) {
        return C { zh(chinese), form::secondCaption(zh(chinese), translated), width, align };
    };
    const std::vector<FormColumn> columns = { column("序号", tr("No."), 10, Qt::AlignHCenter),
        column("产品编码", tr("Item"), 30, Qt::AlignLeft), column("品名", tr("Name"), 52, Qt::AlignLeft),
        column("单位", tr("Unit"), 12, Qt::AlignHCenter), column("数量", tr("Quantity"), 20, Qt::AlignRight),
        column("要求交期", tr("Requested"), 22, Qt::AlignHCenter),
        column("承诺交期", tr("Promised"), 22, Qt::AlignHCenter), column("备注", tr("Remarks"), 22, Qt::AlignLeft) };
    top = form::paintColumnHeader(painter, columns, top, kTableHeaderMm, pxPerMm);
    const double height = kLineRowMm * pxPerMm;
    painter.setFont(form::font(8));
    if (m_order.lines.empty()) {
        const QRectF rect(0, top, kWidthMm * pxPerMm, height);
        painter.drawRect(rect);
        form::drawCell(painter, rect, form::labelled("无明细", tr("The order has no lines.")), Qt::AlignLeft, pxPerMm);
        return top + height;
    }
    for (std::size_t i = page.firstLine; i < page.firstLine + page.lineCount; ++i) {
        const core::SalesOrderLine& line = m_order.lines[i];
        const core::Item& item = m_items[i];
        const QStringList cells = { QString::number(i + 1), QString::fromStdString(item.code),
            QString::fromStdString(item.name), QString::fromStdString(item.uom), formatNumber(line.qty),
            dateText(line.due), dateText(line.promised), {} };
        double x = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QRectF cell(x, top, columns[c].widthMm * pxPerMm, height);
            painter.drawRect(cell);
            form::drawCell(painter, cell, cells[int(c)], columns[c].align, pxPerMm);
            x += cell.width();
        }
        top += height;
    }
    return top;
}

double OrderReviewForm::paintReviews(QPainter& painter, double top, double pxPerMm) const
{
    painter.setFont(form::font(9, true));
    const QString caption = zh("二、部门评审");
    painter.drawText(QRectF(0, top, kWidthMm * pxPerMm, kCaptionMm * pxPerMm), int(Qt::AlignLeft | Qt::AlignVCenter),
        form::bilingual(caption, tr("2. Department review")));
    top += kCaptionMm * pxPerMm;
    const auto column = [](const char* chinese, const QString& translated, double width) {
        return FormColumn { zh(chinese), form::secondCaption(zh(chinese), translated), width, Qt::AlignLeft };
    };
    const std::vector<FormColumn> columns = { column("评审部门", tr("Department"), 32),
        column("必审", tr("Required"), 13), column("评审意见", tr("Verdict"), 27),
        column("可达成日期", tr("Can meet"), 20), column("说明/条件", tr("Comment / condition"), 52),
        column("评审人", tr("Reviewer"), 24), column("日期", tr("Date"), 22) };
    top = form::paintColumnHeader(painter, columns, top, kTableHeaderMm, pxPerMm);
    const double height = kReviewRowMm * pxPerMm;
    for (std::size_t d = 0; d < std::size(core::kDepartments); ++d) {
        const core::Department department = core::kDepartments[d];
        const core::DepartmentReview* review = m_order.review(department);
        const bool required = m_required[d];
        std::vector<QRectF> cells;
        double x = 0;
        for (const FormColumn& c : columns) {
            cells.emplace_back(x, top, c.widthMm * pxPerMm, height);
            x += c.widthMm * pxPerMm;
        }
        painter.save();
        // A department the policy does not wait for is shaded; a blank white row is to fill in.
        painter.setBrush(!review && !required ? QBrush(kNotRequiredFill) : QBrush(Qt::NoBrush));
        form::paintTwoLines(painter, cells[0], form::departmentChinese(department),
            form::secondCaption(form::departmentChinese(department), displayName(department)), Qt::AlignLeft, pxPerMm);
        form::paintTwoLines(painter, cells[1], required ? zh("是") : zh("否"),
            form::secondCaption(required ? zh("是") : zh("否"), required ? tr("Yes") : tr("No")), Qt::AlignHCenter,
            pxPerMm);
        for (std::size_t c = 2; c < cells.size(); ++c)
            painter.drawRect(cells[c]);
        painter.restore();
        if (review) {
            form::paintTwoLines(painter, cells[2], form::verdictChinese(review->verdict),
                form::secondCaption(form::verdictChinese(review->verdict), displayName(review->verdict)), Qt::AlignLeft,
                pxPerMm);
            painter.setFont(form::font(7.5));
            form::drawCell(painter, cells[3], dateText(review->canMeet), Qt::AlignHCenter, pxPerMm);
            painter.drawText(cells[4].adjusted(0.8 * pxPerMm, 0.6 * pxPerMm, -0.8 * pxPerMm, -0.6 * pxPerMm),
                int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap), QString::fromStdString(review->comment));
            form::drawCell(painter, cells[5], QString::fromStdString(review->reviewer), Qt::AlignLeft, pxPerMm);
            form::drawCell(
                painter, cells[6], QString::fromStdString(review->reviewedAt.substr(0, 10)), Qt::AlignHCenter, pxPerMm);
        } else if (!required) {
            painter.setFont(form::font(7));
            form::drawCell(
                painter, cells[4], form::bilingual(zh("不需评审"), tr("Not required")), Qt::AlignLeft, pxPerMm);
        }
        top += height;
    }
    return top;
}

double OrderReviewForm::paintConclusion(QPainter& painter, double top, double width, double pxPerMm) const
{
    painter.setFont(form::font(9, true));
    const QString caption = zh("三、评审结论");
    painter.drawText(QRectF(0, top, width, kCaptionMm * pxPerMm), int(Qt::AlignLeft | Qt::AlignVCenter),
        form::bilingual(caption, tr("3. Conclusion")));
    top += kCaptionMm * pxPerMm;
    const double row = kConclusionRowMm * pxPerMm;
    const double label = kLabelMm * pxPerMm;
    const QRectF wide(label, 0, width - label, row);
    const auto choice
        = [](const char* chinese, const QString& translated) { return form::bilingual(zh(chinese), translated); };

    form::paintLabel(painter, QRectF(0, top, label, row), zh("评审结论"), tr("Conclusion"), pxPerMm);
    form::paintChoices(painter, wide.translated(0, top),
        { choice("接受", tr("Accept")), choice("有条件接受", tr("Accept with conditions")),
            choice("不接受", tr("Reject")), choice("待定", tr("Pending")) },
        static_cast<int>(conclusion()), pxPerMm);
    top += row;

    std::vector<core::Date> promised;
    const bool confirmed = m_order.status != core::SalesOrderStatus::Draft
        && m_order.status != core::SalesOrderStatus::InReview && m_order.status != core::SalesOrderStatus::Cancelled;
    for (const core::SalesOrderLine& line : m_order.lines)
        if (confirmed && line.promised)
            promised.push_back(*line.promised);
    const double half = kWidthMm / 2 * pxPerMm;
    form::paintLabel(painter, QRectF(0, top, label, row), zh("建议交期"), tr("Proposed date"), pxPerMm);
    form::paintValue(painter, QRectF(label, top, half - label, row), dateText(m_outcome.proposedDate), pxPerMm);
    form::paintLabel(painter, QRectF(half, top, label, row), zh("确认交期"), tr("Confirmed date"), pxPerMm);
    form::paintValue(painter, QRectF(half + label, top, half - label, row), dateRange(promised), pxPerMm);
    top += row;

    form::paintLabel(painter, QRectF(0, top, label, row), zh("评审方式"), tr("Review method"), pxPerMm);
    form::paintChoices(painter, wide.translated(0, top),
        { choice("会议评审", tr("Meeting")), choice("传递评审", tr("Circulated")),
            choice("授权评审", tr("Delegated")) },
        -1, pxPerMm);
    top += row;

    const auto names = [](const std::vector<core::Department>& list) {
        QStringList result;
        for (const core::Department d : list)
            result << form::bilingual(form::departmentChinese(d), displayName(d));
        return result.join(QStringLiteral(", "));
    };
    QStringList remarks;
    if (!m_outcome.missing.empty())
        remarks << form::bilingual(zh("待评审"), tr("Waiting for")) + QStringLiteral(": ") + names(m_outcome.missing);
    if (!m_outcome.rejected.empty())
        remarks << form::bilingual(zh("不接受"), tr("Rejected by")) + QStringLiteral(": ") + names(m_outcome.rejected);
    if (!m_outcome.conditional.empty())
        remarks << form::bilingual(zh("有条件"), tr("Conditions from")) + QStringLiteral(": ")
                + names(m_outcome.conditional);
    form::paintLabel(painter, QRectF(0, top, label, row), zh("说明"), tr("Review remarks"), pxPerMm);
    form::paintValue(
        painter, QRectF(label, top, width - label, row), remarks.join(QStringLiteral("; ")), pxPerMm, true);
    return top + row;
}

bool OrderReviewForm::print(QPagedPaintDevice& device) const
{
    QPainter painter;
    double pxPerMm = 1;
    QRectF area;
    if (!form::beginForm(painter, device, QPageLayout::Portrait, pxPerMm, area))
        return false;

    const std::vector<Page> pages = paginate(area.height(), pxPerMm);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        double top = paintHeading(painter, area, p == 0, pxPerMm);
        if (pages[p].lineTable)
            top = paintLines(painter, pages[p], top, pxPerMm);
        if (pages[p].review) {
            top = paintReviews(painter, top, pxPerMm);
            top = paintConclusion(painter, top, area.width(), pxPerMm);
            form::paintSignatures(painter,
                { form::bilingual(zh("业务"), tr("Sales")), QStringLiteral("PMC"),
                    form::bilingual(zh("总经理"), tr("General manager")) },
                top, area.width(), kSignaturesMm, pxPerMm);
        }
        form::paintFooter(painter, area, sheetNumber(), int(p) + 1, int(pages.size()), kFooterMm, pxPerMm);
    }
    return painter.end();
}

bool OrderReviewForm::writePdf(const QString& fileName, QString* error) const
{
    return form::writePdf(fileName, zh("订单评审表 ") + QString::fromStdString(m_order.number),
                          [this](QPagedPaintDevice& device) { return print(device); }, error);
}

} // namespace pmc::app
