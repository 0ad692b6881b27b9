#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <set>
#include <string>
#include <vector>

namespace pmc::app {

class RushOrderScenario;

/// The orders a simulated rush order displaces (插单影响), most harm first: completion and
/// days late before and after, newly late ones in red. The first column is a check box on
/// sales lines: the orders ticked are the ones the planner sacrifices (gives the lowest
/// priority) in the next simulation; a tick survives re-simulating. Work orders carry no
/// priority and cannot be ticked.
class DisplacedOrderModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Sacrifice, Order, Customer, Item, Priority, Due, OldCompletion, NewCompletion, OldDaysLate, NewDaysLate,
        ColumnCount
    };

    explicit DisplacedOrderModel(RushOrderScenario& scenario, QObject* parent = nullptr);

    /// Sales order numbers ticked to sacrifice.
    const std::set<std::string>& sacrificed() const { return m_sacrificed; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void sacrificedChanged();

private:
    void rebuild();

    RushOrderScenario& m_scenario;
    /// Old and new completion texts per row, formatted once per impact.
    std::vector<QString> m_completions;
    std::set<std::string> m_sacrificed;
};

} // namespace pmc::app
