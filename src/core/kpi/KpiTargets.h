#pragma once

namespace pmc::core {

/// The targets the KPIs are read against (pmc-workflow.md §4): the seeds' figures by default, a
/// plant's own once set (Planning settings, scenario `settings.kpi_targets`). Fractions.
struct KpiTargets {
    double planAchievement = 1.0;     ///< weekly and daily plans are to be met in full (R-86)
    double deliveryAchievement = 1.0; ///< 交货达成率 100 %
    double supplierOnTime = 0.9;      ///< 供应商按时交付率 baseline 90 % (seed 000 §5.2.12)
    double workOrderCloseRate = 0.9;  ///< 工单结案率
    double materialIdleRate = 0.05;   ///< 缺料工时率 ≤ 5 % (a ceiling)
    double labourEfficiency = 0.9;    ///< individual efficiency threshold 90 % (seed 004)

    bool operator==(const KpiTargets&) const = default;
};

/// One target with its key in the scenario and the database and the largest value that makes
/// sense, for the code that reads, writes or edits them all.
struct KpiTargetField {
    const char* key;
    double KpiTargets::*value;
    double maximum;
};

inline constexpr KpiTargetField kKpiTargetFields[] = {
    {"plan_achievement", &KpiTargets::planAchievement, 1.0},
    {"delivery_achievement", &KpiTargets::deliveryAchievement, 1.0},
    {"supplier_on_time", &KpiTargets::supplierOnTime, 1.0},
    {"work_order_close_rate", &KpiTargets::workOrderCloseRate, 1.0},
    {"material_idle_rate", &KpiTargets::materialIdleRate, 1.0},
    {"labour_efficiency", &KpiTargets::labourEfficiency, 2.0},
};

} // namespace pmc::core
