#pragma once

#include "app/kpi/KpiDashboard.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace pmc::app {

/// The KPI summary of the Reports area: one row per KPI with its value, the seeds' target, the
/// counts behind it and, when there is no value, why. A value on the wrong side of its target is
/// red. Holds a copy of the report; UI thread.
class KpiTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Target, Basis, Note, ColumnCount };

    /// One KPI as shown: `percent` ones are fractions, the others plain numbers (turnover).
    struct Row {
        QString name;
        core::KpiRatio ratio;
        std::optional<double> target;
        bool ceiling = false; ///< the target is a most (缺料工时率), not a least
        bool percent = true;

        bool missesTarget() const;
        /// Why there is no value, in the interface language.
        QString note() const;
    };

    explicit KpiTableModel(QObject* parent = nullptr);

    void setReport(const core::KpiReport& report, const core::KpiTargets& targets);
    const std::vector<Row>& rows() const { return m_rows; }
    /// The value as the table shows it ("87.5 %", "–").
    static QString valueText(const Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace pmc::app
