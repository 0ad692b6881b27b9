#pragma once

#include "app/print/NoticeHeading.h"
#include "app/print/TableForm.h"
#include "core/orders/ChangeImpact.h"

namespace pmc::app {

/// The printable material delivery adjustment notice (物料交货期调整通知单, pmc-workflow.md
/// §3.7, R-48, R-58) that material control sends to purchasing after an order change: one row
/// per open purchase order or requisition whose need moves, with the new quantity and date to
/// agree with the supplier; signed by 物控 / PMC经理 / 采购签收. A4 landscape; keeps a copy of
/// what it prints. Needs a QGuiApplication (fonts).
class MaterialAdjustmentNotice {
    Q_DECLARE_TR_FUNCTIONS(MaterialAdjustmentNotice)

public:
    MaterialAdjustmentNotice(const core::ChangeImpact& impact, NoticeHeading heading);

    const TableFormContent& content() const { return m_form.content(); }
    bool print(QPagedPaintDevice& device) const { return m_form.print(device); }
    bool writePdf(const QString& fileName, QString* error = nullptr) const { return m_form.writePdf(fileName, error); }

private:
    static TableFormContent build(const core::ChangeImpact& impact, const NoticeHeading& heading);

    TableForm m_form;
};

} // namespace pmc::app
