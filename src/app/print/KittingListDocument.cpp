#include "app/print/KittingListDocument.h"

#include "app/models/NumberText.h"
#include "app/print/FormCells.h"
#include "app/print/QrCode.h"

#include <memory>

namespace pmc::app {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString dateText(const std::optional<core::Date>& date)
{
    return date ? text(date->toString()) : form::labelled("无", KittingListDocument::tr("none"));
}

/// 可开工, or 待齐套 with the day the order is complete.
QString kitStatus(const core::KittingOrder& order)
{
    if (order.releasable)
        return form::labelled("可开工", KittingListDocument::tr("releasable"));
    return form::labelled("待齐套", KittingListDocument::tr("kit date %1").arg(dateText(order.kitDate)));
}

QString percent(double fraction)
{
    return fraction > 0 ? formatNumber(fraction * 100, 2) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

KittingListDocument::KittingListDocument(const core::KittingList& list)
    : m_form(build(list))
{
}

TableFormContent KittingListDocument::build(const core::KittingList& list)
{
    TableFormContent form;
    form.title = form::bilingual(QString::fromUtf8("套料单 / 领料单"), tr("Kitting list"));
    form.number = text(list.number);
    const bool single = !list.date && list.orders.size() == 1;
    if (single) {
        const core::KittingOrder& order = list.orders.front();
        form.info = {form::labelled("工单号", tr("Order: %1").arg(text(order.order))),
                     form::labelled("产品", tr("Item: %1 %2").arg(text(order.item), text(order.itemName))),
                     form::labelled("数量", tr("Quantity: %1").arg(formatNumber(order.qty))),
                     QString::fromUtf8("齐套 ") + kitStatus(order)};
    } else {
        form.info = {form::labelled("单号", tr("List no.: %1").arg(form.number)),
                     form::labelled("日期", tr("Date: %1").arg(dateText(list.date))),
                     form::labelled("线别", tr("Work center: %1")
                                                    .arg(list.workCenter.empty() ? tr("all") : text(list.workCenter))),
                     form::labelled("工单数", tr("Orders: %1").arg(list.orders.size()))};
    }
    // The work order number a scanner at the warehouse counter reads; the list number for a day.
    const auto qr = std::make_shared<QrCode>(single ? text(list.orders.front().order) : form.number);
    if (!qr->isEmpty())
        form.cornerMark = [qr](QPainter& painter, const QRectF& square) { qr->paint(painter, square); };

    using C = FormColumn;
    const Qt::Alignment center = Qt::AlignHCenter;
    const Qt::Alignment right = Qt::AlignRight;
    form.columns = {C{QString::fromUtf8("序号"), tr("No."), 8, center},
                    C{QString::fromUtf8("工单号"), tr("Order"), 32},
                    C{QString::fromUtf8("物料编码"), tr("Component"), 24},
                    C{QString::fromUtf8("品名"), tr("Name"), 40},
                    C{QString::fromUtf8("单位"), tr("UoM"), 10, center},
                    C{QString::fromUtf8("单位用量"), tr("Qty per"), 14, right},
                    C{QString::fromUtf8("损耗率"), tr("Scrap"), 12, right},
                    C{QString::fromUtf8("需求数(含损耗)"), tr("Required"), 19, right},
                    C{QString::fromUtf8("库位"), tr("Location"), 20},
                    C{QString::fromUtf8("已发数"), tr("Issued"), 15, right},
                    C{QString::fromUtf8("待发数"), tr("To issue"), 15, right},
                    C{QString::fromUtf8("库存分配"), tr("Allocated"), 15, right},
                    C{QString::fromUtf8("欠料数"), tr("Short"), 15, right},
                    C{QString::fromUtf8("预计到齐"), tr("Ready"), 18, center},
                    C{QString::fromUtf8("实发数"), tr("Issued now"), 20}};
    form.signatures = {form::labelled("发料", tr("Issued by")), form::labelled("领料", tr("Received by")),
                       form::labelled("审核", tr("Checked by"))};
    form.emptyText = form::labelled("无需领料", tr("No material to issue."));

    int number = 0;
    for (const core::KittingOrder& order : list.orders) {
        for (std::size_t i = 0; i < order.lines.size(); ++i) {
            const core::KittingLine& line = order.lines[i];
            FormRow row;
            // The order's cell on its first component row only, its item and kit status below.
            row.first = {QString::number(++number), i == 0 ? text(order.order) : QString(), text(line.item),
                         text(line.name), text(line.uom), formatNumber(line.qtyPer), percent(line.scrapRate),
                         formatNumber(line.required), line.location.empty() ? QStringLiteral("-") : text(line.location),
                         formatNumber(line.issued), formatNumber(line.toIssue), formatNumber(line.allocated),
                         formatNumber(line.shortQty), line.shortQty > 0 ? dateText(line.readyDate) : QString(),
                         QString()};
            row.second = QStringList(int(form.columns.size()));
            if (i == 0)
                row.second[1] = text(order.item) + QLatin1Char(' ') + kitStatus(order);
            form.rows.push_back(std::move(row));
        }
    }
    return form;
}

} // namespace pmc::app
