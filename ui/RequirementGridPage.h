#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTimer;

namespace pmc::app {
class Document;
class RequirementGridModel;
}

namespace pmc::ui {

class FrozenColumnTable;
class RequirementDrillDialog;

/// The material requirements table (物料需求计划表) of the last run: items with activity,
/// six rows each across day or week buckets, filtered by item text, buyer, supplier, type or
/// "only with planned orders or shortages"; double-click or Enter on a number opens what makes
/// it. Before a run made in this session there is no plan to show, and the page offers to run MRP.
class RequirementGridPage : public QWidget {
    Q_OBJECT
public:
    explicit RequirementGridPage(app::Document& document, QWidget* parent = nullptr);

    app::RequirementGridModel* model() const { return m_model; }
    FrozenColumnTable* table() const { return m_table; }
    RequirementDrillDialog* drillDialog();
    /// 1 (days) or 7 (weeks); remembered in QSettings.
    void setBucketDays(int days);
    void focusFilter();
    /// Opens the drill-down for a cell of the model.
    void drillInto(const QModelIndex& index);

signals:
    /// The planner asked to run MRP from the empty state.
    void runRequested();

private:
    void applyFilter();
    void refreshChoices();
    void updateState();

    app::Document& m_document;
    app::RequirementGridModel* m_model;
    QLineEdit* m_text;
    QComboBox* m_buyer;
    QComboBox* m_supplier;
    QComboBox* m_type;
    QCheckBox* m_onlyActionable;
    QComboBox* m_buckets;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QLabel* m_emptyText;
    FrozenColumnTable* m_table;
    QTimer* m_filterDelay;
    RequirementDrillDialog* m_drill = nullptr;
};

} // namespace pmc::ui
