#include "ui/KpiCharts.h"

#include "app/models/DomainText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <map>

namespace pmc::ui {

namespace {

const QColor kPlanned(176, 190, 197);
const QColor kActual(74, 144, 217);
const QColor kTarget(211, 47, 47);
const QColor kCumulative(255, 143, 0);

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis* percentAxis(QChart* chart, Qt::Alignment side, double top = 100)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(20);
    axis->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(axis, side);
    return axis;
}

QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

/// A dashed horizontal line at `percent` across `count` categories.
void addTargetLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, int count, double percent, const QString& name)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(-0.5, percent);
    line->append(count - 0.5, percent);
    QPen pen(kTarget);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

QString percent(std::optional<double> fraction)
{
    return fraction ? QString::number(*fraction * 100, 'f', 0) + QStringLiteral("%") : QStringLiteral("–");
}

} // namespace

QChart* KpiCharts::trend(const app::KpiDashboard& d)
{
    QChart* chart = newChart(tr("Monthly trend"));
    QStringList months;
    for (const core::KpiReport& m : d.months)
        months << QString::fromStdString(core::monthKey(m.period.from));
    QBarCategoryAxis* x = categoryAxis(chart, months);
    // Achievement above 100 % happens (over-delivery is capped, efficiency is not shown here).
    QValueAxis* y = percentAxis(chart, Qt::AlignLeft, 110);
    const std::pair<QString, core::KpiRatio core::KpiReport::*> kpis[] = {
        {tr("Plan achievement"), &core::KpiReport::planAchievement},
        {tr("Delivery achievement"), &core::KpiReport::deliveryAchievement},
        {tr("On-time delivery"), &core::KpiReport::onTimeDelivery},
        {tr("Supplier on-time"), &core::KpiReport::supplierOnTime}};
    for (const auto& [name, member] : kpis) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        for (std::size_t m = 0; m < d.months.size(); ++m)
            if (const std::optional<double> value = (d.months[m].*member).value)
                series->append(static_cast<double>(m), *value * 100);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    addTargetLine(chart, x, y, static_cast<int>(months.size()), d.targets.supplierOnTime * 100,
                  tr("Supplier target %1").arg(percent(d.targets.supplierOnTime)));
    return chart;
}

QChart* KpiCharts::workCenters(const app::KpiDashboard& d)
{
    QChart* chart = newChart(d.workCenters.empty() ? tr("Plan against actual by line (no daily plan released in the period)")
                                                   : tr("Plan against actual by line"));
    auto* planned = new QBarSet(tr("Planned"));
    auto* actual = new QBarSet(tr("Actual (QC passed)"));
    planned->setColor(kPlanned);
    actual->setColor(kActual);
    QStringList categories;
    double top = 1;
    for (const app::WorkCenterAchievement& w : d.workCenters) {
        categories << QStringLiteral("%1\n%2").arg(QString::fromStdString(w.workCenter), percent(w.rate()));
        *planned << w.planned;
        *actual << w.actual;
        top = std::max({top, w.planned, w.actual});
    }
    auto* series = new QBarSeries;
    series->append(planned);
    series->append(actual);
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(chart, categories);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* KpiCharts::suppliers(const app::KpiDashboard& d)
{
    QChart* chart = newChart(d.suppliers.empty() ? tr("Supplier on-time delivery (no purchase order due in the period)")
                                                 : tr("Supplier on-time delivery"));
    std::map<std::string, std::pair<int, int>> bySupplier; // on time, due
    for (const core::SupplierMonth& s : d.suppliers) {
        bySupplier[s.supplier].first += s.onTime;
        bySupplier[s.supplier].second += s.due;
    }
    auto* rate = new QBarSet(tr("On time"));
    rate->setColor(kActual);
    QStringList categories;
    for (const auto& [supplier, counts] : bySupplier) {
        const double value = counts.second > 0 ? static_cast<double>(counts.first) / counts.second : 0.0;
        categories << QStringLiteral("%1\n%2/%3").arg(supplier.empty() ? tr("(none)") : QString::fromStdString(supplier))
                          .arg(counts.first)
                          .arg(counts.second);
        *rate << value * 100;
    }
    auto* series = new QBarSeries;
    series->append(rate);
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(chart, categories);
    QValueAxis* y = percentAxis(chart, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    addTargetLine(chart, x, y, static_cast<int>(categories.size()), d.targets.supplierOnTime * 100,
                  tr("Target %1").arg(percent(d.targets.supplierOnTime)));
    return chart;
}

QChart* KpiCharts::pareto(const std::vector<core::ParetoBar>& bars, const QString& title, const QString& amountName,
                          bool translateCauses)
{
    QChart* chart = newChart(bars.empty() ? tr("%1 (nothing recorded in the period)").arg(title) : title);
    auto* amounts = new QBarSet(amountName);
    amounts->setColor(kActual);
    auto* cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative %"));
    cumulative->setColor(kCumulative);
    cumulative->setPointsVisible(true);
    QStringList categories;
    double top = 1;
    for (std::size_t k = 0; k < bars.size(); ++k) {
        const QString reason = QString::fromStdString(bars[k].reason);
        core::AbnormalCause cause{};
        categories << (translateCauses && core::parseAbnormalCause(bars[k].reason, cause) ? app::displayName(cause)
                                                                                           : reason.isEmpty() ? tr("(no reason)")
                                                                                                              : reason);
        *amounts << bars[k].amount;
        cumulative->append(static_cast<double>(k), bars[k].cumulativeShare * 100);
        top = std::max(top, bars[k].amount);
    }
    auto* series = new QBarSeries;
    series->append(amounts);
    chart->addSeries(series);
    chart->addSeries(cumulative);
    QBarCategoryAxis* x = categoryAxis(chart, categories);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis* share = percentAxis(chart, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(y);
    cumulative->attachAxis(x);
    cumulative->attachAxis(share);
    return chart;
}

QChart* KpiCharts::lineBalance(const core::LineBalance& b)
{
    QChart* chart = newChart(tr("Line %1: station cycle times against takt").arg(QString::fromStdString(b.line)));
    auto* within = new QBarSet(tr("Cycle time (s)"));
    auto* bottleneck = new QBarSet(tr("Bottleneck"));
    auto* over = new QBarSet(tr("Over takt"));
    within->setColor(kActual);
    bottleneck->setColor(kCumulative);
    over->setColor(kTarget);
    QStringList categories;
    double top = 1;
    for (const core::StationBalance& s : b.stations) {
        categories << QString::fromStdString(s.station.station);
        // Each station's bar is in exactly one of the three sets, so the stack is one colour.
        QBarSet* in = s.overTakt ? over : s.bottleneck ? bottleneck : within;
        for (QBarSet* set : {within, bottleneck, over})
            *set << (set == in ? s.cycleSeconds : 0.0);
        top = std::max(top, s.cycleSeconds);
    }
    auto* series = new QStackedBarSeries;
    for (QBarSet* set : {within, bottleneck, over})
        series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(chart, categories);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(top, b.taktSeconds.value_or(0)) * 1.15);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f s"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (b.taktSeconds)
        addTargetLine(chart, x, y, static_cast<int>(categories.size()), *b.taktSeconds,
                      tr("Takt %1 s").arg(*b.taktSeconds, 0, 'f', 1));
    return chart;
}

} // namespace pmc::ui
