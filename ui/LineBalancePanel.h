#pragma once

#include "core/linebalance/LineBalance.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// The line balance sheet of the Reports area (生产线平衡, seed 004): a line's stations with
/// their cycle times, the takt time a day's demand sets in the working time, the balance rate,
/// bottleneck, UPH and UPPH, and the chart of station times against takt. Computed at once from
/// the factory's line stations (scenario section line_stations), like `pmc-cli line-balance`.
class LineBalancePanel : public QWidget {
    Q_OBJECT
public:
    explicit LineBalancePanel(app::Document& document, QWidget* parent = nullptr);

    QComboBox* line() const { return m_line; }
    QDoubleSpinBox* demand() const { return m_demand; }
    QDoubleSpinBox* hours() const { return m_hours; }
    QTableWidget* stations() const { return m_stations; }
    QChartView* chart() const { return m_chart; }
    QString summary() const;
    /// The balance shown (nullopt when the factory has no line stations).
    const std::optional<core::LineBalance>& balance() const { return m_balance; }

private:
    void loadLines();
    void update();

    app::Document& m_document;
    QComboBox* m_line;
    QDoubleSpinBox* m_demand;
    QDoubleSpinBox* m_hours;
    QTableWidget* m_stations;
    QLabel* m_summary;
    QChartView* m_chart;
    std::optional<core::LineBalance> m_balance;
};

} // namespace pmc::ui
