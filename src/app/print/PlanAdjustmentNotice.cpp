#include "app/print/PlanAdjustmentNotice.h"

#include "app/models/ChangeImpactText.h"
#include "app/models/NumberText.h"
#include "app/print/FormCells.h"

#include <functional>
#include <utility>

namespace pmc::app {

namespace {

QString was(const QString& text)
{
    return QString::fromUtf8("原 ") + text;
}

QString units(const core::OrderPlan& plan)
{
    QStringList texts;
    for (const core::OrderUnit& unit : plan.units)
        texts << QStringLiteral("%1 #%2").arg(QString::fromStdString(unit.workCenter)).arg(unit.unit + 1);
    return texts.join(QStringLiteral(", "));
}

/// The new value on the first line, the old one under it when it differs; a dropped order
/// shows only the old one.
std::pair<QString, QString> newOverOld(const std::optional<core::OrderPlan>& before,
                                       const std::optional<core::OrderPlan>& after,
                                       const std::function<QString(const core::OrderPlan&)>& text)
{
    if (!after)
        return {QStringLiteral("—"), was(text(*before))};
    if (!before)
        return {text(*after), {}};
    const QString old = text(*before);
    const QString now = text(*after);
    return {now, old == now ? QString() : was(old)};
}

} // namespace

PlanAdjustmentNotice::PlanAdjustmentNotice(const core::ChangeImpact& impact, const core::FactoryModel& factory,
                                           NoticeHeading heading)
    : m_form(build(impact, factory, heading))
{
}

TableFormContent PlanAdjustmentNotice::build(const core::ChangeImpact& impact, const core::FactoryModel& factory,
                                             const NoticeHeading& heading)
{
    TableFormContent form;
    form.title = form::bilingual(QString::fromUtf8("生产计划调整单"), tr("Production plan adjustment"));
    form.number = heading.number;
    form.info = heading.infoLine(impact.reason);
    using C = FormColumn;
    const Qt::Alignment center = Qt::AlignHCenter;
    const Qt::Alignment right = Qt::AlignRight;
    form.columns = {C{QString::fromUtf8("序号"), tr("No."), 8, center},
                    C{QString::fromUtf8("类型"), tr("Kind"), 20},
                    C{QString::fromUtf8("工单号"), tr("Order"), 24},
                    C{QString::fromUtf8("产品编码"), tr("Item"), 18},
                    C{QString::fromUtf8("品名"), tr("Name"), 26},
                    C{QString::fromUtf8("客户订单"), tr("Sales orders"), 22},
                    C{QString::fromUtf8("数量"), tr("Quantity"), 20, right},
                    C{QString::fromUtf8("交期"), tr("Due"), 18, center},
                    C{QString::fromUtf8("开工"), tr("Start"), 22, center},
                    C{QString::fromUtf8("完工"), tr("End"), 22, center},
                    C{QString::fromUtf8("线别"), tr("Work center"), 18},
                    C{QString::fromUtf8("交期影响"), tr("Effect on ship dates"), 59}};
    form.signatures = {form::labelled("计划员", tr("Planner")), form::labelled("PMC经理", tr("PMC manager")),
                       form::labelled("生产部签收", tr("Received by production"))};
    form.emptyText = form::labelled("无生产计划调整", tr("The change moves no production order."));

    const core::Date today = impact.today;
    int number = 0;
    for (const core::PlanAdjustment& row : impact.planAdjustments) {
        const core::Item* item = factory.findItem(row.item);
        QStringList lines;
        for (const std::string& line : row.salesLines)
            lines << QString::fromStdString(line);
        QStringList effects;
        for (const std::string& line : row.salesLines)
            if (const core::SalesLineChange* change = impact.salesLine(line))
                effects << salesLineEffect(*change);
        const auto [qty, oldQty] = newOverOld(row.before, row.after, [](const core::OrderPlan& p) {
            return formatNumber(p.qty);
        });
        const auto [due, oldDue] = newOverOld(row.before, row.after, [](const core::OrderPlan& p) {
            return QString::fromStdString(p.due.toString()).mid(5);
        });
        const auto [start, oldStart] = newOverOld(row.before, row.after, [today](const core::OrderPlan& p) {
            return shortScheduleTime(today, p.startMinute);
        });
        const auto [end, oldEnd] = newOverOld(row.before, row.after, [today](const core::OrderPlan& p) {
            return shortScheduleTime(today, p.endMinute);
        });
        const auto [unit, oldUnit] = newOverOld(row.before, row.after, units);
        const QString change = !row.before ? form::labelled("新增", tr("new"))
            : !row.after                   ? form::labelled("取消", tr("dropped"))
            : row.before->order != row.after->order ? was(QString::fromStdString(row.before->order))
                                                    : QString();
        FormRow printed;
        printed.first = {QString::number(++number), displayName(row.kind), QString::fromStdString(row.order()),
                         QString::fromStdString(row.item), item ? QString::fromStdString(item->name) : QString(),
                         lines.join(QStringLiteral(", ")), qty, due, start, end, unit, effects.value(0)};
        printed.second = {QString(), QString(),  change,   QString(), QString(), QString(),
                          oldQty,    oldDue,     oldStart, oldEnd,    oldUnit, effects.mid(1).join(QStringLiteral("; "))};
        form.rows.push_back(std::move(printed));
    }
    return form;
}

} // namespace pmc::app
