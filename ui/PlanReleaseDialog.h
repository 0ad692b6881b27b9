#pragma once

#include "app/PlanReleaseService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class StatusLabel;

/// Plan > Release plan (下达): picks the plan's date (the next plan to release by default) and
/// workshop, previews the daily plan as it would be released (print preview, PDF) and releases
/// it, freezing its steps and stamping the version (docs/plans.md "Release").
class PlanReleaseDialog : public QDialog {
    Q_OBJECT
public:
    PlanReleaseDialog(app::Document& document, QWidget* parent = nullptr);

    QDateEdit* date() const { return m_date; }
    QComboBox* workshop() const { return m_workshop; }
    QLineEdit* note() const { return m_note; }
    QString status() const;
    /// Releases the chosen plan; on success the dialog closes with Accepted.
    void release();
    /// The print preview of the chosen plan (modal).
    void preview();

private:
    std::string chosenWorkshop() const;

    app::Document& m_document;
    app::PlanReleaseService m_service;
    QDateEdit* m_date;
    QComboBox* m_workshop;
    QLineEdit* m_note;
    StatusLabel* m_status;
};

} // namespace pmc::ui
