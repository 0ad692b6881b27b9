#pragma once

#include "app/print/TableForm.h"
#include "core/plan/PeriodPlan.h"

namespace pmc::app {

/// The printable weekly or monthly production plan (周生产计划表 / 月生产计划表): A4 landscape,
/// title, plan number, period and workshop on every page, the table header repeated on each page,
/// one row per workshop and product with a column per day (week) or per week (month), a subtotal
/// and a working-hours row per workshop, "page x of y", and the signature boxes 编制 / 审核 / 批准.
/// The Excel export has the same columns and rows. Keeps a copy of what it prints; needs a
/// QGuiApplication (fonts) to print.
class PeriodPlanDocument {
    Q_DECLARE_TR_FUNCTIONS(PeriodPlanDocument)

public:
    explicit PeriodPlanDocument(const core::PeriodPlan& plan);

    const TableFormContent& content() const { return m_form.content(); }
    bool print(QPagedPaintDevice& device) const { return m_form.print(device); }
    bool writePdf(const QString& fileName, QString* error = nullptr) const { return m_form.writePdf(fileName, error); }

private:
    static TableFormContent build(const core::PeriodPlan& plan);
    static std::vector<FormColumn> columns(const core::PeriodPlan& plan);

    TableForm m_form;
};

} // namespace pmc::app
