#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QBoxLayout;
class QTableView;
class QWidget;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// The planner's commands on the planned orders table of the MRP page (计划订单确认与下达):
/// firm the selected orders, release them, or all of them, as work orders and purchase
/// requisitions. Each asks for confirmation with the counts first and is one undoable step
/// (Document::firmPlannedOrders / releasePlannedOrders). The actions live on the view's own
/// keyboard and context menu; addButtons() puts them on a tool row as well. Owned by `parent`;
/// UI thread only.
class PlannedOrderActions : public QObject {
    Q_OBJECT
public:
    PlannedOrderActions(app::Document& document, QTableView* view, QWidget* parent);

    /// Tool buttons for the three commands, appended to `layout`.
    void addButtons(QBoxLayout* layout);

    QAction* firmAction() const { return m_firm; }
    QAction* releaseAction() const { return m_release; }
    QAction* releaseAllAction() const { return m_releaseAll; }

private:
    QStringList selectedIds() const;
    /// Firms (`release` false) or releases the orders after a confirmation with the counts.
    void convert(const QStringList& ids, bool release);
    bool confirm(const QString& title, const QString& question);
    void report(const QString& title, const QStringList& refused);
    void updateEnabled();

    app::Document& m_document;
    QTableView* m_view;
    QWidget* m_parent;
    QAction* m_firm;
    QAction* m_release;
    QAction* m_releaseAll;
};

} // namespace pmc::ui
