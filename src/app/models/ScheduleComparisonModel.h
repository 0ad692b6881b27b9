#pragma once

#include <QAbstractTableModel>

namespace pmc::app {

class WhatIfScenario;

/// The KPI rows of a what-if (docs/scheduling.md, "What-if"): each measure in the live plan,
/// in the what-if plan and the change, the change green when better and red when worse. Empty
/// until the scenario has a result; resets when it runs or changes.
class ScheduleComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Measure, Live, WhatIf, Change, ColumnCount };

    explicit ScheduleComparisonModel(WhatIfScenario& scenario, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WhatIfScenario& m_scenario;
};

} // namespace pmc::app
