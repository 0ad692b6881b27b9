#pragma once

#include "app/print/TableForm.h"
#include "core/Date.h"
#include "core/plan/PlanRelease.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace pmc::app {

/// Which versions of which daily plan a change notice compares, and who issues it.
struct PlanChangeHeading {
    core::Date planDate;
    QString planNumber;    ///< DP-YYYYMMDD-<workshop or ALL>
    QString workshop;      ///< "" = all workshops
    int fromVersion = 0;
    std::optional<int> toVersion; ///< nullopt: the plan as it is now
    core::Date issued;
    QString issuer;
};

/// The heading of a notice comparing release `from` with version `to` (nullopt: the plan now),
/// issued by the local user on the wall-clock day, like the release stamps (not the planning
/// `today`, which is `fallback` when the clock cannot be read).
PlanChangeHeading changeHeading(const core::PlanRelease& from, std::optional<int> to, core::Date fallback);

/// The printable plan change notice (生产计划变更通知单, docs/plans.md "Release"): what changed
/// in a day's plan between two released versions, or since the last release: one row per plan
/// line added (新增), dropped (取消), moved (调整) or changed in quantity (数量变更), with the
/// work center, order, item, step and the time and quantity before → after; signed by 编制 /
/// 审核 / 批准 and received by production. A4 landscape. Needs a QGuiApplication (fonts).
class PlanChangeNotice {
    Q_DECLARE_TR_FUNCTIONS(PlanChangeNotice)

public:
    PlanChangeNotice(const std::vector<core::PlanLineChange>& changes, const PlanChangeHeading& heading);

    const TableFormContent& content() const { return m_form.content(); }
    bool print(QPagedPaintDevice& device) const { return m_form.print(device); }
    bool writePdf(const QString& fileName, QString* error = nullptr) const { return m_form.writePdf(fileName, error); }

private:
    static QString displayName(core::PlanChangeKind kind);
    static TableFormContent build(const std::vector<core::PlanLineChange>& changes, const PlanChangeHeading& heading);

    TableForm m_form;
};

} // namespace pmc::app
