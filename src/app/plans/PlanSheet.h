#pragma once

#include "app/print/DailyPlanDocument.h"
#include "app/print/KittingListDocument.h"
#include "app/print/PeriodPlanDocument.h"
#include "app/print/PlanChangeNotice.h"
#include "core/Date.h"
#include "core/plan/PlanRelease.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <variant>
#include <vector>

class QPagedPaintDevice;

namespace pmc::app {

/// The documents of the Plans page (docs/plans.md).
enum class PlanSheetKind { Daily, Weekly, Monthly, Kitting, Changes };

/// Which sheet to build, from which database.
struct PlanSheetRequest {
    std::string databasePath;
    PlanSheetKind kind = PlanSheetKind::Daily;
    core::Date date;   ///< the day; Weekly and Monthly take the week or month holding it
    std::string scope; ///< a workshop ("" = all); for Kitting a work center ("" = all)
    /// Daily: a released version of the day's plan instead of the plan now. Changes: the
    /// version compared with the plan now (default: the latest release).
    std::optional<int> version;
    /// Kitting: the list of this work order or planned order instead of the day's.
    std::string order;
};

/// One plan document as the desktop shows it (content(): the print's columns and rows),
/// prints it and exports it to Excel in the same layout.
class PlanSheet {
    Q_DECLARE_TR_FUNCTIONS(PlanSheet)

public:

    using Printed = std::variant<DailyPlanDocument, PeriodPlanDocument, KittingListDocument, PlanChangeNotice>;

    /// Builds the sheet on the basis `pmc-cli plan` uses (store::PlanBasis over the stored last
    /// MRP run), so the desktop prints what the command line prints. Opens its own connection,
    /// so it runs on a worker thread. Throws std::runtime_error with a message for the planner:
    /// no MRP run yet, a day not released, an unknown version, an order not in the schedule.
    static PlanSheet build(const PlanSheetRequest& request);

    const TableFormContent& content() const { return m_content; }
    bool print(QPagedPaintDevice& device) const;
    bool writePdf(const QString& fileName, QString* error = nullptr) const;
    /// Throws store::InputError or std::runtime_error naming the file when it cannot be written.
    void writeXlsx(const QString& fileName) const;

private:
    explicit PlanSheet(Printed printed);
    static const core::PlanRelease& releaseOf(const std::vector<core::PlanRelease>& releases,
                                              const PlanSheetRequest& request);

    Printed m_printed;
    TableFormContent m_content;
};

/// The releases of `date` (every workshop), in version order, for the version chooser.
std::vector<core::PlanRelease> planReleases(const std::string& databasePath, core::Date date);

} // namespace pmc::app
