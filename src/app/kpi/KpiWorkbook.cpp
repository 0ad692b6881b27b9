#include "app/kpi/KpiWorkbook.h"

#include "app/models/DomainText.h"
#include "app/models/KpiTableModel.h"
#include "store/Spreadsheet.h"

namespace pmc::app {

namespace {

using store::CellKind;

std::string text(const QString& s) { return s.toStdString(); }

std::string number(double value) { return QString::number(value, 'g', 12).toStdString(); }

std::string fraction(const std::optional<double>& value) { return value ? number(*value) : std::string(); }

store::Sheet sheet(const QString& name, const QStringList& header, std::vector<CellKind> kinds)
{
    store::Sheet s;
    s.name = text(name);
    std::vector<std::string> row;
    for (const QString& h : header)
        row.push_back(text(h));
    s.rows.push_back(std::move(row));
    s.columnKinds = std::move(kinds);
    return s;
}

} // namespace

void KpiWorkbook::write(const QString& fileName, const KpiDashboard& d, const KpiTableModel& kpis)
{
    const std::vector<CellKind> textThenNumbers{CellKind::Text, CellKind::Number, CellKind::Number, CellKind::Number,
                                                CellKind::Number, CellKind::Text};
    store::Workbook book;
    store::Sheet summary = sheet(tr("KPIs"), {tr("KPI"), tr("Value"), tr("Target"), tr("Actual"), tr("Basis"), tr("Note")},
                                 textThenNumbers);
    for (const KpiTableModel::Row& row : kpis.rows())
        summary.rows.push_back({text(row.name), fraction(row.ratio.value), fraction(row.target), number(row.ratio.numerator),
                                number(row.ratio.denominator), row.note().toStdString()});
    book.sheets.push_back(std::move(summary));

    store::Sheet months = sheet(tr("Months"), {tr("Month"), tr("Plan achievement"), tr("Delivery achievement"),
                                               tr("On-time delivery"), tr("Supplier on-time"), tr("Scrap rate")},
                                {CellKind::Text, CellKind::Number, CellKind::Number, CellKind::Number, CellKind::Number,
                                 CellKind::Number});
    for (const core::KpiReport& m : d.months)
        months.rows.push_back({core::monthKey(m.period.from), fraction(m.planAchievement.value),
                               fraction(m.deliveryAchievement.value), fraction(m.onTimeDelivery.value),
                               fraction(m.supplierOnTime.value), fraction(m.scrapRate.value)});
    book.sheets.push_back(std::move(months));

    store::Sheet suppliers = sheet(tr("Suppliers"), {tr("Supplier"), tr("Month"), tr("Due"), tr("On time"), tr("Rate"),
                                                     tr("Late orders")},
                                   {CellKind::Text, CellKind::Text, CellKind::Number, CellKind::Number, CellKind::Number,
                                    CellKind::Text});
    for (const core::SupplierMonth& s : d.suppliers) {
        std::string late;
        for (const std::string& po : s.lateOrders)
            late += (late.empty() ? "" : ", ") + po;
        suppliers.rows.push_back({s.supplier, s.month, std::to_string(s.due), std::to_string(s.onTime), number(s.rate()), late});
    }
    book.sheets.push_back(std::move(suppliers));

    store::Sheet daily = sheet(tr("Daily achievement"), {tr("Date"), tr("Work center"), tr("Planned"), tr("Actual"),
                                                         tr("Achievement"), tr("Abnormal hours"), tr("Not reported")},
                               {CellKind::Date, CellKind::Text, CellKind::Number, CellKind::Number, CellKind::Number,
                                CellKind::Number, CellKind::Text});
    for (const core::DailyAchievement& r : d.daily)
        daily.rows.push_back({r.date.toString(), r.workCenter, number(r.planned), number(r.actual), fraction(r.rate()),
                              number(r.abnormalHours), r.notReported() ? text(tr("not reported")) : std::string()});
    book.sheets.push_back(std::move(daily));

    store::Sheet reasons = sheet(tr("Scrap and abnormal hours"), {tr("Kind"), tr("Reason"), tr("Amount"), tr("Cumulative share")},
                                 {CellKind::Text, CellKind::Text, CellKind::Number, CellKind::Number});
    for (const core::ParetoBar& b : d.scrapReasons)
        reasons.rows.push_back({text(tr("Scrap")), b.reason, number(b.amount), number(b.cumulativeShare)});
    for (const core::ParetoBar& b : d.abnormalCauses) {
        core::AbnormalCause cause{};
        const std::string reason = core::parseAbnormalCause(b.reason, cause) ? text(displayName(cause)) : b.reason;
        reasons.rows.push_back({text(tr("Abnormal hours")), reason, number(b.amount), number(b.cumulativeShare)});
    }
    book.sheets.push_back(std::move(reasons));

    store::Sheet workers = sheet(tr("Workers"), {tr("Worker or team"), tr("Good"), tr("Scrap"), tr("Labour hours"),
                                                 tr("Standard hours"), tr("Efficiency"), tr("Piece-rate pay")},
                                 {CellKind::Text, CellKind::Number, CellKind::Number, CellKind::Number, CellKind::Number,
                                  CellKind::Number, CellKind::Number});
    for (const core::WorkerOutput& w : d.workers)
        workers.rows.push_back({w.worker, number(w.goodQty), number(w.scrapQty), number(w.labourHours),
                                number(w.earnedHours), fraction(w.efficiency()), number(w.pay)});
    book.sheets.push_back(std::move(workers));
    store::writeXlsx(fileName.toStdString(), book);
}

} // namespace pmc::app
