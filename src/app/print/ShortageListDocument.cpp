#include "app/print/ShortageListDocument.h"

#include "app/models/NumberText.h"
#include "app/print/FormCells.h"
#include "core/masterdata/ItemLookup.h"

#include <set>
#include <unordered_map>

namespace pmc::app {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString monthDay(core::Date date)
{
    return text(date.toString()).mid(5);
}

} // namespace

ShortageListDocument::ShortageListDocument(const core::FactoryModel& model,
                                           const std::vector<core::Shortage>& shortages, core::Date today)
    : m_form(build(model, shortages, today))
{
}

TableFormContent ShortageListDocument::build(const core::FactoryModel& model,
                                             const std::vector<core::Shortage>& shortages, core::Date today)
{
    TableFormContent form;
    form.title = form::bilingual(QString::fromUtf8("欠料表"), tr("Material shortage list"));
    form.number = QStringLiteral("SL-") + text(today.toString()).remove(QLatin1Char('-'));
    std::set<std::string> blocked;
    for (const core::Shortage& shortage : shortages)
        blocked.insert(shortage.orders.begin(), shortage.orders.end());
    form.info = {form::labelled("单号", tr("List no.: %1").arg(form.number)),
                 form::labelled("日期", tr("Date: %1").arg(text(today.toString()))),
                 form::labelled("欠料物料", tr("Materials short: %1").arg(shortages.size())),
                 form::labelled("受阻订单", tr("Orders blocked: %1").arg(blocked.size()))};
    using C = FormColumn;
    const Qt::Alignment center = Qt::AlignHCenter;
    const Qt::Alignment right = Qt::AlignRight;
    form.columns = {C{QString::fromUtf8("序号"), tr("No."), 8, center},
                    C{QString::fromUtf8("物料编码"), tr("Item"), 26},
                    C{QString::fromUtf8("品名"), tr("Name"), 42},
                    C{QString::fromUtf8("供应商"), tr("Supplier"), 34},
                    C{QString::fromUtf8("单位"), tr("Unit"), 10, center},
                    C{QString::fromUtf8("欠料数量"), tr("Short qty"), 18, right},
                    C{QString::fromUtf8("首次欠料"), tr("First missing"), 18, center},
                    C{QString::fromUtf8("影响订单"), tr("Blocked orders"), 45},
                    C{QString::fromUtf8("迟到采购单"), tr("Late purchase orders"), 46},
                    C{QString::fromUtf8("采购回复交期"), tr("Promised"), 18},
                    C{QString::fromUtf8("备注"), tr("Remarks"), 12}};
    form.signatures = {form::labelled("物控", tr("Material control")), form::labelled("采购", tr("Purchasing")),
                       form::labelled("PMC经理", tr("PMC manager"))};
    form.emptyText = form::labelled("无欠料", tr("No material is short."));

    const core::ItemLookup items(model.items);
    std::unordered_map<std::string, const core::Supplier*> suppliers;
    for (const core::Supplier& supplier : model.suppliers)
        suppliers.emplace(supplier.code, &supplier);
    int number = 0;
    for (const core::Shortage& shortage : shortages) {
        const core::Item* item = items.find(shortage.item);
        QString supplier;
        QStringList contact; // under the supplier's name: whom purchasing calls
        if (item) {
            const auto found = suppliers.find(item->supplier);
            supplier = found == suppliers.end() ? text(item->supplier) : text(found->second->name);
            if (found != suppliers.end())
                for (const std::string& part : {found->second->contact, found->second->phone})
                    if (!part.empty())
                        contact << text(part);
        }
        QStringList orders;
        for (const std::string& order : shortage.orders)
            orders << text(order);
        // "PO-0012 ×50 12-03 (+5)": the order, its quantity, when it is due and how late.
        QStringList late;
        for (const core::LatePurchaseOrder& po : shortage.latePurchaseOrders)
            late << QStringLiteral("%1 ×%2 %3 (+%4)")
                        .arg(text(po.number), formatNumber(po.qty), monthDay(po.due))
                        .arg(po.daysLate);
        FormRow row;
        row.first = {QString::number(++number),
                     text(shortage.item),
                     item ? text(item->name) : QString(),
                     supplier,
                     item ? text(item->uom) : QString(),
                     formatNumber(shortage.shortQty),
                     text(shortage.needDate.toString()),
                     orders.join(QStringLiteral(", ")),
                     late.join(QStringLiteral("; ")),
                     QString(),
                     QString()};
        row.second = QStringList(row.first.size());
        row.second[3] = contact.join(QLatin1Char(' '));
        // A long list is cut at the cell's edge; the count says how many orders wait.
        if (orders.size() > 1)
            row.second[7] = form::labelled("共", tr("%n order(s)", nullptr, static_cast<int>(orders.size())));
        form.rows.push_back(std::move(row));
    }
    return form;
}

} // namespace pmc::app
