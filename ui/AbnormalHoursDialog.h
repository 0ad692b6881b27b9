#pragma once

#include "core/execution/AbnormalHours.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class StatusLabel;

/// Plan > Record abnormal hours (Ctrl+Shift+H): hours a work center lost for a cause outside the
/// worker's control (异常工时申报: material, equipment, tooling, quality, other) with the owner
/// responsible, one record after another; the day's records are listed below. Each record is
/// one undoable step.
class AbnormalHoursDialog : public QDialog {
    Q_OBJECT
public:
    AbnormalHoursDialog(app::Document& document, QWidget* parent = nullptr);

    QDateEdit* date() const { return m_date; }
    QComboBox* workCenter() const { return m_workCenter; }
    QComboBox* workOrder() const { return m_workOrder; }
    QComboBox* cause() const { return m_cause; }
    QDoubleSpinBox* hours() const { return m_hours; }
    QLineEdit* owner() const { return m_owner; }
    QLineEdit* note() const { return m_note; }
    QTableWidget* dayRecords() const { return m_day; }
    QString status() const;
    /// The record the form holds.
    core::AbnormalHours typedRecord() const;
    /// Records the form; on success clears hours and note for the next one. True when recorded.
    bool record();

private:
    void loadDay();

    app::Document& m_document;
    QDateEdit* m_date;
    QComboBox* m_workCenter;
    QComboBox* m_workOrder;
    QComboBox* m_cause;
    QDoubleSpinBox* m_hours;
    QLineEdit* m_owner;
    QLineEdit* m_note;
    QTableWidget* m_day;
    StatusLabel* m_status;
};

} // namespace pmc::ui
