#pragma once

#include "app/print/TableForm.h"
#include "core/plan/KittingList.h"

namespace pmc::app {

/// The printable kitting / material issue list (套料单 / 领料单, docs/plans.md "Kitting list"):
/// per order its components with quantity per, scrap, quantity required, warehouse location,
/// issued, still to issue, allocated and short quantities, and an empty 实发数 column for the
/// storekeeper; a QR code of the work order number (of the list number for a day's list) in
/// the corner; signature boxes 发料 / 领料 / 审核. A4 landscape on the shared TableForm.
/// Needs a QGuiApplication (fonts).
class KittingListDocument {
    Q_DECLARE_TR_FUNCTIONS(KittingListDocument)

public:
    explicit KittingListDocument(const core::KittingList& list);

    const TableFormContent& content() const { return m_form.content(); }
    bool print(QPagedPaintDevice& device) const { return m_form.print(device); }
    bool writePdf(const QString& fileName, QString* error = nullptr) const { return m_form.writePdf(fileName, error); }

private:
    static TableFormContent build(const core::KittingList& list);

    TableForm m_form;
};

} // namespace pmc::app
