#include "app/print/MaterialAdjustmentNotice.h"

#include "app/models/ChangeImpactText.h"
#include "app/models/NumberText.h"
#include "app/print/FormCells.h"

namespace pmc::app {

namespace {

QString dateText(core::Date date)
{
    return QString::fromStdString(date.toString());
}

QString needText(const core::MaterialNeed& need)
{
    return need.date ? dateText(*need.date) : form::labelled("不需要", MaterialAdjustmentNotice::tr("none"));
}

} // namespace

MaterialAdjustmentNotice::MaterialAdjustmentNotice(const core::ChangeImpact& impact, NoticeHeading heading)
    : m_form(build(impact, heading))
{
}

TableFormContent MaterialAdjustmentNotice::build(const core::ChangeImpact& impact, const NoticeHeading& heading)
{
    TableFormContent form;
    form.title = form::bilingual(QString::fromUtf8("物料交货期调整通知单"), tr("Material delivery adjustment notice"));
    form.number = heading.number;
    form.info = heading.infoLine(impact.reason);
    using C = FormColumn;
    const Qt::Alignment center = Qt::AlignHCenter;
    const Qt::Alignment right = Qt::AlignRight;
    form.columns = {C{QString::fromUtf8("序号"), tr("No."), 8, center},
                    C{QString::fromUtf8("采购单号"), tr("PO / PR"), 24},
                    C{QString::fromUtf8("供应商"), tr("Supplier"), 24},
                    C{QString::fromUtf8("物料编码"), tr("Item"), 22},
                    C{QString::fromUtf8("品名"), tr("Name"), 34},
                    C{QString::fromUtf8("订单数量"), tr("Quantity"), 17, right},
                    C{QString::fromUtf8("原交期"), tr("Due"), 20, center},
                    C{QString::fromUtf8("原需求日"), tr("Needed before"), 21, center},
                    C{QString::fromUtf8("新需求日"), tr("Needed now"), 21, center},
                    C{QString::fromUtf8("处理"), tr("Action"), 18, center},
                    C{QString::fromUtf8("新数量"), tr("New quantity"), 17, right},
                    C{QString::fromUtf8("新交期"), tr("New due"), 20, center},
                    C{QString::fromUtf8("供应商回复"), tr("Supplier reply"), 31}};
    form.signatures = {form::labelled("物控", tr("Material control")),
                       form::labelled("PMC经理", tr("PMC manager")),
                       form::labelled("采购签收", tr("Received by purchasing"))};
    form.emptyText = form::labelled("无物料交期调整", tr("The change moves no purchase."));

    int number = 0;
    for (const core::MaterialAdjustment& row : impact.materialAdjustments) {
        FormRow printed;
        printed.first = {QString::number(++number), QString::fromStdString(row.number),
                         QString::fromStdString(row.supplier), QString::fromStdString(row.item),
                         QString::fromStdString(row.itemName), formatNumber(row.qty), dateText(row.due),
                         needText(row.before), needText(row.after), displayName(row.action),
                         formatNumber(row.proposedQty), dateText(row.proposedDue), QString()};
        printed.second = {QString(), row.requisition ? form::labelled("请购单", tr("requisition")) : QString()};
        form.rows.push_back(std::move(printed));
    }
    return form;
}

} // namespace pmc::app
