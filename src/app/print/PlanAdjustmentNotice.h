#pragma once

#include "app/print/NoticeHeading.h"
#include "app/print/TableForm.h"
#include "core/FactoryModel.h"
#include "core/orders/ChangeImpact.h"

namespace pmc::app {

/// The printable production plan adjustment (生产计划调整单, pmc-workflow.md §3.7, R-48) that
/// PMC sends to production after an order change: one row per production order added, dropped
/// or moved, old and new quantity, start, end and units, and what it does to the ship dates of
/// the sales lines it serves; signed by 计划员 / PMC经理 / 生产部签收. A4 landscape; keeps a
/// copy of what it prints. Needs a QGuiApplication (fonts).
class PlanAdjustmentNotice {
    Q_DECLARE_TR_FUNCTIONS(PlanAdjustmentNotice)

public:
    /// `factory` gives the item names (the factory after the change).
    PlanAdjustmentNotice(const core::ChangeImpact& impact, const core::FactoryModel& factory, NoticeHeading heading);

    const TableFormContent& content() const { return m_form.content(); }
    bool print(QPagedPaintDevice& device) const { return m_form.print(device); }
    bool writePdf(const QString& fileName, QString* error = nullptr) const { return m_form.writePdf(fileName, error); }

private:
    static TableFormContent build(const core::ChangeImpact& impact, const core::FactoryModel& factory,
                                  const NoticeHeading& heading);

    TableForm m_form;
};

} // namespace pmc::app
