#pragma once

#include "app/print/MaterialAdjustmentNotice.h"
#include "app/print/NoticeHeading.h"
#include "app/print/PlanAdjustmentNotice.h"
#include "core/FactoryModel.h"
#include "core/orders/ChangeImpact.h"

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QPagedPaintDevice;
class QTabWidget;
class QTableView;

namespace pmc::app {
class MaterialAdjustmentModel;
class PlanAdjustmentModel;
}

namespace pmc::ui {

/// What an order change does to the plan (pmc-workflow.md §3.7): a summary of the sales lines
/// whose delivery moves, then the production plan adjustment (生产计划调整单) and the material
/// delivery adjustment notice (物料交货期调整通知单) as tables, each printable, exportable as
/// PDF and as an Excel workbook. Keeps its own copies of the rows and the printed notices, so
/// the factory may change while it is open.
class ChangeImpactDialog : public QDialog {
    Q_OBJECT
public:
    /// `factory` is the factory after the change (for item names); `heading` numbers both notices.
    ChangeImpactDialog(const core::ChangeImpact& impact, const core::FactoryModel& factory, app::NoticeHeading heading,
                       QWidget* parent = nullptr);

    /// Opens a non-modal dialog that deletes itself when closed, and returns it.
    static ChangeImpactDialog* showImpact(const core::ChangeImpact& impact, const core::FactoryModel& factory,
                                          const app::NoticeHeading& heading, QWidget* parent);

    enum class Notice { PlanAdjustment, MaterialAdjustment };

    QString summary() const;
    QTableView* planTable() const { return m_planTable; }
    QTableView* materialTable() const { return m_materialTable; }
    /// The notice of the tab shown.
    Notice currentNotice() const;
    void showNotice(Notice notice);

    /// Writes the notice shown as PDF; false with a message box when it cannot.
    bool exportPdf(const QString& fileName);
    /// Writes the table shown as an .xlsx workbook; false with a message box when it cannot.
    bool exportExcel(const QString& fileName);

private:
    static QString summaryText(const core::ChangeImpact& impact);
    QTableView* addTable(QAbstractItemModel* model, const QString& title);
    bool printNotice(QPagedPaintDevice& device) const;
    void printPreview();
    void chooseExportPdf();
    void chooseExportExcel();

    app::PlanAdjustmentNotice m_planNotice;
    app::MaterialAdjustmentNotice m_materialNotice;
    app::PlanAdjustmentModel* m_planModel;
    app::MaterialAdjustmentModel* m_materialModel;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_planTable = nullptr;
    QTableView* m_materialTable = nullptr;
};

} // namespace pmc::ui
