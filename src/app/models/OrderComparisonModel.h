#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace pmc::app {

class WhatIfScenario;

/// The orders of a what-if that are late in either plan or finish on another day, most late
/// in the what-if first: due date, completion and days late in both plans and the change.
class OrderComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Order, Item, Due, LiveCompletion, WhatIfCompletion, LiveLateDays, WhatIfLateDays, Change, ColumnCount };

    explicit OrderComparisonModel(WhatIfScenario& scenario, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    WhatIfScenario& m_scenario;
    /// Completion texts, live then what-if per row, formatted once per result.
    std::vector<QString> m_completions;
};

} // namespace pmc::app
