#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace pmc::app {
class AuditEventModel;
class Document;
} // namespace pmc::app

namespace pmc::ui {

class TablePage;

/// View > Audit trail (Ctrl+Shift+L): who changed what and when (修改记录) for a period and a kind
/// of record, newest first, with the row before and after the selected change; the table
/// filters as typed and exports to Excel like every table.
class AuditTrailDialog : public QDialog {
    Q_OBJECT
public:
    AuditTrailDialog(app::Document& document, QWidget* parent = nullptr);

    QDateEdit* from() const { return m_from; }
    QDateEdit* to() const { return m_to; }
    QComboBox* entity() const { return m_entity; }
    TablePage* table() const { return m_table; }
    /// The before and after of the selected change, as shown.
    QString details() const;
    /// Reads the events of the chosen period and kind again.
    void reload();

private:
    void showDetails();

    app::Document& m_document;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_entity;
    app::AuditEventModel* m_model;
    TablePage* m_table;
    QPlainTextEdit* m_details;
};

} // namespace pmc::ui
