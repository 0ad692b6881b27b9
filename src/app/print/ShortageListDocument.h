#pragma once

#include "app/print/TableForm.h"
#include "core/FactoryModel.h"
#include "core/shortage/ShortageList.h"

#include <vector>

namespace pmc::app {

/// The printable material shortage list (欠料表, pmc-workflow.md: material control chases
/// purchasing with it): per short bought material its supplier, the quantity short, the first
/// day it is missing, the orders it blocks and the open purchase orders that arrive late, with
/// an empty column for the date purchasing promises; signed by 物控 / 采购 / PMC经理. A4
/// landscape on the shared TableForm; keeps a copy of what it prints. Needs a QGuiApplication
/// (fonts) to print.
class ShortageListDocument {
    Q_DECLARE_TR_FUNCTIONS(ShortageListDocument)

public:
    /// `shortages` of an MRP run of `model` (core::listShortages); `today` dates the list.
    ShortageListDocument(const core::FactoryModel& model, const std::vector<core::Shortage>& shortages,
                         core::Date today);

    const TableFormContent& content() const { return m_form.content(); }
    bool print(QPagedPaintDevice& device) const { return m_form.print(device); }
    bool writePdf(const QString& fileName, QString* error = nullptr) const { return m_form.writePdf(fileName, error); }

private:
    static TableFormContent build(const core::FactoryModel& model, const std::vector<core::Shortage>& shortages,
                                  core::Date today);

    TableForm m_form;
};

} // namespace pmc::app
