#pragma once

#include "core/orders/OrderProgress.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace pmc::app {
class BackgroundJob;
class Document;
class ShortMaterialModel;
class SupplyChainModel;
}

namespace pmc::ui {

/// 项目进程 (docs/orders.md, "Order progress"): one sales order as the planner reads it to the
/// customer on the phone. Header with customer, status, promised and projected completion (red
/// when late); per line the orders that supply it with their steps, the materials still short
/// with the suppliers' dates, the delay causes in plain words and the fixes. Preview replans a
/// copy with the fix in a worker and says what it does to this line and to the others; Apply
/// makes the fix one undoable edit of the Document and replans. Reads the Document on the UI
/// thread; refreshes when a schedule finishes.
class OrderProgressDialog : public QDialog {
    Q_OBJECT
public:
    OrderProgressDialog(app::Document& document, const QString& salesOrder, QWidget* parent = nullptr);
    ~OrderProgressDialog() override;

    const core::OrderProgress& progress() const { return m_progress; }
    QComboBox* lineChooser() const { return m_lines; }
    QTreeView* chain() const { return m_chain; }
    QTableView* materials() const { return m_materials; }
    QString header() const;
    QString projection() const;
    QString causes() const;
    /// The fixes of the shown line, in order.
    std::vector<core::Fix> fixes() const;
    /// Starts the preview of fix `index` of the shown line in the worker.
    void previewFix(int index);
    bool isPreviewRunning() const;
    /// Blocks until a running preview is shown (tests).
    void waitForPreview();
    QString previewText() const;
    /// Applies fix `index` to the Document (one undoable step) and replans. Returns why it was
    /// refused, or an empty list.
    QStringList applyFix(int index);

    /// Reads the order's progress again from the Document's current plan.
    void refresh();

private:
    void showLine(int index);
    void showFixes(const core::LineProgress& line);
    void showPreview(const core::FixPreview& preview);

    app::Document& m_document;
    std::string m_number;
    core::OrderProgress m_progress;
    app::SupplyChainModel* m_chainModel;
    app::ShortMaterialModel* m_materialModel;
    app::BackgroundJob* m_job;
    QLabel* m_header;
    QComboBox* m_lines;
    QLabel* m_projection;
    QLabel* m_notPlanned;
    QTreeView* m_chain;
    QTableView* m_materials;
    QLabel* m_causes;
    QGroupBox* m_fixBox;
    QGridLayout* m_fixGrid;
    QLabel* m_preview;
    std::vector<QPushButton*> m_previewButtons;
};

} // namespace pmc::ui
