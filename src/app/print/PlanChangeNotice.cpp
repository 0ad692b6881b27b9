#include "app/print/PlanChangeNotice.h"

#include "app/models/NumberText.h"
#include "app/print/FormCells.h"
#include "store/LocalUser.h"
#include "store/Timestamp.h"

#include <functional>

namespace pmc::app {

PlanChangeHeading changeHeading(const core::PlanRelease& from, std::optional<int> to, core::Date fallback)
{
    return { from.date,
        QString::fromStdString(from.plan.planNumber),
        QString::fromStdString(from.workshop),
        from.version,
        to,
        core::Date::parse(store::localTimestampNow().substr(0, 10)).value_or(fallback),
        QString::fromStdString(store::localUserName()) };
}

namespace {

const QString kNone = QStringLiteral("—");

QString place(const core::DailyPlanLine& line)
{
    return QString::fromStdString(line.workCenter) + QStringLiteral(" #%1").arg(line.unit + 1);
}

QString hours(const core::DailyPlanLine& line)
{
    return QString::fromStdString(core::formatClockMinutes(line.startMinute)) + QStringLiteral("–")
        + QString::fromStdString(core::formatClockMinutes(line.endMinute));
}

QString quantity(const core::DailyPlanLine& line)
{
    return formatNumber(line.qty) + (line.uom.empty() || line.uom == "pcs" ? QString()
                                                                           : QLatin1Char(' ') + QString::fromStdString(line.uom));
}

/// "before → after"; the value alone when it did not change.
QString beforeAfter(const core::PlanLineChange& change, const std::function<QString(const core::DailyPlanLine&)>& text)
{
    const QString before = change.before ? text(*change.before) : kNone;
    const QString after = change.after ? text(*change.after) : kNone;
    return before == after ? after : before + QStringLiteral(" → ") + after;
}

QString kindChinese(core::PlanChangeKind kind)
{
    switch (kind) {
    case core::PlanChangeKind::Added:
        return QString::fromUtf8("新增");
    case core::PlanChangeKind::Removed:
        return QString::fromUtf8("取消");
    case core::PlanChangeKind::Moved:
        return QString::fromUtf8("调整");
    case core::PlanChangeKind::QuantityChanged:
        return QString::fromUtf8("数量变更");
    }
    return {};
}

} // namespace

PlanChangeNotice::PlanChangeNotice(const std::vector<core::PlanLineChange>& changes, const PlanChangeHeading& heading)
    : m_form(build(changes, heading))
{
}

TableFormContent PlanChangeNotice::build(const std::vector<core::PlanLineChange>& changes,
                                         const PlanChangeHeading& heading)
{
    const QString to = heading.toVersion ? QStringLiteral("V%1").arg(*heading.toVersion)
                                         : form::labelled("当前", tr("current"));
    TableFormContent form;
    form.title = form::bilingual(QString::fromUtf8("生产计划变更通知单"), tr("Plan change notice"));
    form.number = heading.planNumber + QStringLiteral("/V%1-").arg(heading.fromVersion)
        + (heading.toVersion ? QStringLiteral("V%1").arg(*heading.toVersion) : QStringLiteral("NOW"));
    form.info = {form::labelled("计划日期", tr("Plan date: %1").arg(QString::fromStdString(heading.planDate.toString()))),
                 form::labelled("车间", tr("Workshop: %1").arg(heading.workshop.isEmpty()
                                                                     ? form::labelled("全部", tr("all"))
                                                                     : heading.workshop)),
                 form::labelled("版本", tr("Versions: %1").arg(QStringLiteral("V%1 → ").arg(heading.fromVersion) + to)),
                 form::labelled("发出", tr("Issued: %1 %2").arg(QString::fromStdString(heading.issued.toString()),
                                                                      heading.issuer))};
    using C = FormColumn;
    const Qt::Alignment center = Qt::AlignHCenter;
    const Qt::Alignment right = Qt::AlignRight;
    form.columns = {C{QString::fromUtf8("序号"), tr("No."), 8, center},
                    C{QString::fromUtf8("变更类型"), tr("Change"), 26},
                    C{QString::fromUtf8("线别"), tr("Work center"), 30},
                    C{QString::fromUtf8("工单号"), tr("Order"), 28},
                    C{QString::fromUtf8("产品编码"), tr("Item"), 24},
                    C{QString::fromUtf8("品名"), tr("Name"), 34},
                    C{QString::fromUtf8("工序"), tr("Op"), 12, center},
                    C{QString::fromUtf8("开工–完工 原 → 新"), tr("Start–end before → after"), 50, center},
                    C{QString::fromUtf8("数量 原 → 新"), tr("Quantity before → after"), 34, right},
                    C{QString::fromUtf8("备注"), tr("Remarks"), 31}};
    form.signatures = {form::labelled("编制", tr("Prepared by")), form::labelled("审核", tr("Checked by")),
                       form::labelled("批准", tr("Approved by")),
                       form::labelled("生产部签收", tr("Received by production"))};
    form.emptyText = form::labelled("计划无变更", tr("The plan has not changed."));

    int number = 0;
    for (const core::PlanLineChange& change : changes) {
        const core::DailyPlanLine& line = change.line();
        QStringList chinese;
        QStringList translated;
        for (const core::PlanChangeKind kind : change.kinds) {
            chinese << kindChinese(kind);
            translated << displayName(kind);
        }
        FormRow row;
        row.first = {QString::number(++number),
                     chinese.join(QLatin1Char('/')),
                     beforeAfter(change, place),
                     QString::fromStdString(change.order),
                     QString::fromStdString(line.item),
                     QString::fromStdString(line.itemName),
                     QString::number(change.seq),
                     beforeAfter(change, hours),
                     beforeAfter(change, quantity),
                     QString()};
        // A Chinese reader reads the kinds once; others get them translated underneath.
        row.second = {QString(), form::secondCaption(chinese.join(QLatin1Char('/')), translated.join(QLatin1Char('/'))),
                      QString::fromStdString(line.workCenterName)};
        form.rows.push_back(std::move(row));
    }
    return form;
}

QString PlanChangeNotice::displayName(core::PlanChangeKind kind)
{
    switch (kind) {
    case core::PlanChangeKind::Added:
        return tr("added");
    case core::PlanChangeKind::Removed:
        return tr("dropped");
    case core::PlanChangeKind::Moved:
        return tr("moved");
    case core::PlanChangeKind::QuantityChanged:
        return tr("quantity changed");
    }
    return {};
}

} // namespace pmc::app
