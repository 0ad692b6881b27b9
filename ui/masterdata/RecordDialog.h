#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace pmc::ui {

/// A form for a new master-data record (item, supplier, stock row, work center): labelled
/// fields, and a check run on every change that names what still keeps the record from being
/// added (a code already used, an unknown item); OK is enabled only when it has nothing to say.
/// The full validation still happens in Document::edit when the record is submitted.
class RecordDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecordDialog(const QString& title, QWidget* parent = nullptr);

    /// Adds a field (an empty label spans the row, for a form widget of its own).
    void addField(const QString& label, QWidget* field);
    /// `check` returns the translated problem, or an empty string when the record can be added.
    void setCheck(std::function<QString()> check);
    QString problem() const;

private:
    void recheck();

    QFormLayout* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    std::function<QString()> m_check;
};

} // namespace pmc::ui
