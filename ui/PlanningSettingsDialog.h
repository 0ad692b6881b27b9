#pragma once

#include "app/orders/PlanningSettingsEdit.h"

#include <QDialog>

#include <array>
#include <string_view>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class StatusLabel;

/// Edit > Planning settings (Ctrl+,): the planning date, horizon and material buffer, the KPI
/// targets the Reports area marks misses against, the
/// sales-order number pattern with a live preview of the next number, and which departments
/// the order review waits for. OK stays disabled while the pattern cannot number orders;
/// accepting applies everything as one undoable edit (app::PlanningSettingsEdit), or nothing
/// when nothing changed. Does not own the Document.
class PlanningSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlanningSettingsDialog(app::Document& document, QWidget* parent = nullptr);

    QDateEdit* today() const { return m_today; }
    QSpinBox* horizonDays() const { return m_horizon; }
    QSpinBox* materialBufferDays() const { return m_buffer; }
    QTimeEdit* planReleaseCutoff() const { return m_cutoff; }
    QComboBox* paper() const { return m_paper; }
    QLineEdit* numberPattern() const { return m_pattern; }
    /// The requirement combo of `department` (items carry core::ReviewRequirement as int).
    QComboBox* requirement(core::Department department) const;
    /// The preview line under the pattern: the next number, or why the pattern is refused.
    QString patternStatus() const;
    QPushButton* okButton() const { return m_ok; }
    /// The target boxes in core::kKpiTargetFields order, in percent.
    const std::vector<QDoubleSpinBox*>& kpiTargets() const { return m_targets; }

    void accept() override;

private:
    void showPattern();
    static QString targetName(std::string_view key);

    app::PlanningSettingsEdit m_draft;
    QDateEdit* m_today;
    QSpinBox* m_horizon;
    QSpinBox* m_buffer;
    QTimeEdit* m_cutoff;
    QComboBox* m_paper;
    QLineEdit* m_pattern;
    StatusLabel* m_patternStatus;
    /// By Department value, as OrderReviewPolicy keeps them.
    std::array<QComboBox*, std::size(core::kDepartments)> m_requirements{};
    std::vector<QDoubleSpinBox*> m_targets;
    QPushButton* m_ok = nullptr;
};

} // namespace pmc::ui
