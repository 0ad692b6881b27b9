#pragma once

#include "app/models/RequirementGridModel.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTreeView;

namespace pmc::app {
class Document;
class RequirementSourceModel;
class WhereUsedTableModel;
}

namespace pmc::ui {

/// The drill-down of the material requirements table: what makes one number (demands with
/// their pegging chain up to sales orders and customers, receipts, planned orders, or the
/// stock balance) and, on a second tab, where the item is used (one or all levels).
/// Not modal: it stays open beside the grid and follows the next cell asked for.
class RequirementDrillDialog : public QDialog {
    Q_OBJECT
public:
    explicit RequirementDrillDialog(app::Document& document, QWidget* parent = nullptr);

    /// Shows `measure` of `item` for the days [first, first + days).
    void showCell(const QString& item, app::RequirementGridModel::Measure measure, core::Date first, int days);
    /// Shows a planned order's pegging chain.
    void showPlannedOrder(const QString& id, const QString& item);
    app::RequirementSourceModel* sources() const { return m_sources; }
    app::WhereUsedTableModel* whereUsed() const { return m_whereUsed; }

private:
    void showSources(const QString& title, const QString& item);

    app::RequirementSourceModel* m_sources;
    app::WhereUsedTableModel* m_whereUsed;
    QLabel* m_title;
    QTabWidget* m_tabs;
    QTreeView* m_tree;
    QCheckBox* m_allLevels;
};

} // namespace pmc::ui
