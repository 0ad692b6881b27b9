#pragma once

#include <QChartView>
#include <QHash>
#include <QString>

class QBarSet;

namespace pmc::app {
class CapacityLoadTableModel;
}

namespace pmc::ui {

/// The bar chart of the capacity load analysis, redrawn whenever its model resets. With one
/// work center: load beside available hours per period. With several: the load of the most
/// loaded work centers stacked (the rest summed as "Other") against the hours all of them
/// have available. Overloaded bars (or a work center's overloaded part of a stack) are red.
/// Does not own the model.
class LoadChartView : public QChartView {
    Q_OBJECT
public:
    explicit LoadChartView(app::CapacityLoadTableModel* model, QWidget* parent = nullptr);

    /// How many work centers get their own part of a stack.
    static constexpr int kStackedWorkCenters = 5;

signals:
    /// A bar was clicked: its work center (model row) and period (model column).
    void barChosen(int row, int column);

private:
    void rebuild();
    void buildSingle(int row);
    void buildStacked();
    void addAxes(const QStringList& categories, double maxHours);
    void chooseBar(int index, QBarSet* set);
    void showBarToolTip(bool entered, int index, QBarSet* set);
    /// The model row a bar of `set` at `period` stands for (the most loaded one of "Other").
    int rowOf(QBarSet* set, int period) const;

    app::CapacityLoadTableModel* m_model;
    /// Per bar set: the model row it shows; -1 for "Other", -2 for available hours.
    QHash<QBarSet*, int> m_rows;
    /// Model rows summed in "Other".
    QList<int> m_otherRows;
};

} // namespace pmc::ui
