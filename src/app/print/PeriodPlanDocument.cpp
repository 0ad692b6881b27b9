#include "app/print/PeriodPlanDocument.h"

#include "app/models/NumberText.h"
#include "app/print/FormCells.h"

#include <utility>

namespace pmc::app {

namespace {

// The day and week columns share this width, so a month's 4 to 6 weeks fill the same space as
// a week's 7 days.
constexpr double kBucketsMm = 105;

QString fromUtf8(const char* text)
{
    return QString::fromUtf8(text);
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

/// A plan figure; blank when nothing is planned, so the planned days stand out.
QString quantity(double value)
{
    return value == 0 ? QString() : formatNumber(value, 3);
}

QString hours(int minutes)
{
    return minutes == 0 ? QString() : formatNumber(minutes / 60.0, 1);
}

QString monthDay(core::Date date)
{
    return text(date.toString()).mid(5);
}

QString joined(const std::vector<std::string>& values)
{
    QStringList texts;
    for (const std::string& value : values)
        texts << text(value);
    return texts.join(QStringLiteral(", "));
}

} // namespace

PeriodPlanDocument::PeriodPlanDocument(const core::PeriodPlan& plan)
    : m_form(build(plan))
{
}

std::vector<FormColumn> PeriodPlanDocument::columns(const core::PeriodPlan& plan)
{
    using C = FormColumn;
    const Qt::Alignment center = Qt::AlignHCenter;
    const Qt::Alignment right = Qt::AlignRight;
    std::vector<FormColumn> columns { C { fromUtf8("序号"), tr("No."), 8, center },
        C { fromUtf8("车间"), tr("Workshop"), 18 }, C { fromUtf8("产品编码"), tr("Item"), 22 },
        C { fromUtf8("品名"), tr("Name"), 30 }, C { fromUtf8("单位"), tr("Unit"), 10, center } };
    static const char* const chineseDays[] = { "周一", "周二", "周三", "周四", "周五", "周六", "周日" };
    const QStringList days { tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun") };
    const double width = kBucketsMm / double(plan.buckets.size());
    for (const core::PeriodBucket& bucket : plan.buckets) {
        if (plan.kind == core::PeriodKind::Week) {
            const int weekday = bucket.first.isoWeekday() - 1;
            columns.push_back({ monthDay(bucket.first) + QLatin1Char(' ') + fromUtf8(chineseDays[weekday]),
                days.value(weekday), width, right });
        } else {
            columns.push_back({ fromUtf8("第%1周").arg(core::isoWeekOf(bucket.first).week),
                monthDay(bucket.first) + QStringLiteral("–") + monthDay(bucket.last), width, right });
        }
    }
    columns.push_back({ fromUtf8("合计"), tr("Total"), 16, right });
    columns.push_back({ fromUtf8("订单数"), tr("Orders"), 12, right });
    columns.push_back({ fromUtf8("客户订单 / 客户"), tr("Sales orders / customers"), 38 });
    columns.push_back({ fromUtf8("最早交期"), tr("Earliest due"), 18, center });
    return columns;
}

TableFormContent PeriodPlanDocument::build(const core::PeriodPlan& plan)
{
    const bool week = plan.kind == core::PeriodKind::Week;
    TableFormContent form;
    form.title = week ? form::bilingual(QString::fromUtf8("周生产计划表"), tr("Weekly production plan"))
                      : form::bilingual(QString::fromUtf8("月生产计划表"), tr("Monthly production plan"));
    form.number = text(plan.planNumber);
    // The period's name first, its days after: the information slots are narrow.
    const core::IsoWeek iso = core::isoWeekOf(plan.first);
    const QString periodName = week ? QStringLiteral("%1-W%2").arg(iso.year).arg(iso.week, 2, 10, QLatin1Char('0'))
                                    : text(plan.first.toString()).left(7);
    const QString period = periodName + QStringLiteral(" (") + monthDay(plan.first) + QStringLiteral(" – ")
        + monthDay(plan.last) + QLatin1Char(')');
    const QString workshop = plan.workshop.empty() ? form::labelled("全部", tr("All workshops")) : text(plan.workshop);
    form.info = { form::labelled("计划单号", tr("Plan no.: %1").arg(form.number)),
        form::labelled("周期", tr("Period: %1").arg(period)), form::labelled("车间", tr("Workshop: %1").arg(workshop)),
        form::labelled("数量 = 末道工序产出", tr("Qty = last-step output")) };
    form.columns = columns(plan);
    form.signatures = { form::labelled("编制", tr("Prepared by")), form::labelled("审核", tr("Reviewed by")),
        form::labelled("批准", tr("Approved by")) };
    form.emptyText = form::labelled("本期无生产计划", tr("Nothing is scheduled in this period."));

    const auto blankRow = [&](bool shaded) {
        FormRow row;
        for (std::size_t c = 0; c < form.columns.size(); ++c)
            row.first << QString();
        row.second = row.first;
        row.shaded = shaded;
        return row;
    };
    const int firstBucket = 5;
    const int totalColumn = firstBucket + int(plan.buckets.size());
    int number = 0;
    for (const core::PeriodWorkshopTotal& total : plan.workshops) {
        const QString name = text(total.workshop);
        for (const core::PeriodPlanRow& row : plan.rows) {
            if (row.workshop != total.workshop)
                continue;
            FormRow printed = blankRow(false);
            printed.first[0] = QString::number(++number);
            printed.first[1] = name;
            printed.first[2] = text(row.item);
            printed.first[3] = text(row.itemName);
            printed.first[4] = text(row.uom);
            for (std::size_t b = 0; b < row.qty.size(); ++b)
                printed.first[firstBucket + int(b)] = quantity(row.qty[b]);
            printed.first[totalColumn] = quantity(row.total);
            printed.first[totalColumn + 1] = QString::number(row.orders.size());
            printed.first[totalColumn + 2] = joined(row.customerOrders);
            printed.second[totalColumn + 2] = joined(row.customers);
            printed.first[totalColumn + 3] = text(row.due.toString());
            form.rows.push_back(std::move(printed));
        }
        if (total.products > 0) {
            FormRow subtotal = blankRow(true);
            subtotal.first[1] = name;
            subtotal.first[2] = fromUtf8("小计");
            subtotal.first[3] = tr("Subtotal (%1 products)").arg(total.products);
            for (std::size_t b = 0; b < total.qty.size(); ++b)
                subtotal.first[firstBucket + int(b)] = quantity(total.qty[b]);
            subtotal.first[totalColumn] = quantity(total.total);
            subtotal.first[totalColumn + 1] = QString::number(total.orders);
            form.rows.push_back(std::move(subtotal));
        }
        FormRow load = blankRow(true);
        load.first[1] = name;
        load.first[2] = fromUtf8("工时");
        load.first[3] = tr("Hours, all steps");
        load.first[4] = QStringLiteral("h");
        for (std::size_t b = 0; b < total.workingMinutes.size(); ++b)
            load.first[firstBucket + int(b)] = hours(total.workingMinutes[b]);
        load.first[totalColumn] = hours(total.totalWorkingMinutes);
        form.rows.push_back(std::move(load));
    }
    if (plan.workshops.size() > 1) {
        FormRow all = blankRow(true);
        all.first[2] = fromUtf8("总计");
        all.first[3] = tr("All workshops");
        all.first[totalColumn] = quantity(plan.totals.qty);
        all.first[totalColumn + 1] = QString::number(plan.totals.orders);
        all.first[totalColumn + 2] = form::labelled("工时", tr("%1 h").arg(hours(plan.totals.workingMinutes)));
        form.rows.push_back(std::move(all));
    }
    return form;
}

} // namespace pmc::app
