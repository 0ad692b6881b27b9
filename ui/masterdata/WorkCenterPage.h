#pragma once

#include <QWidget>

class QPushButton;
class QTreeView;

namespace pmc::app {
class Document;
class WorkCenterTreeModel;
}

namespace pmc::ui {

class RefusalBanner;
class WorkCenterForm;

/// Work centers in their organisation tree (factory → workshop → line → work center), with
/// the selected work center's form beside it (Apply saves it as one undo step). Insert adds a
/// work center in the selected workshop and line, Delete deletes one (refused while routings
/// or overtime use it), F2 renames a workshop or line (every work center in it changes).
class WorkCenterPage : public QWidget {
    Q_OBJECT
public:
    explicit WorkCenterPage(app::Document& document, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    app::WorkCenterTreeModel* model() const { return m_model; }
    WorkCenterForm* form() const { return m_form; }
    RefusalBanner* banner() const { return m_banner; }

    /// Selects the row of a work center (and shows it in the form).
    void selectWorkCenter(const QString& code);
    void applyForm();
    void addWorkCenter();
    void deleteWorkCenter();
    void renameOrEdit();

private:
    void loadForm();
    void restoreSelection();

    app::Document& m_document;
    app::WorkCenterTreeModel* m_model;
    QTreeView* m_tree;
    WorkCenterForm* m_form;
    QPushButton* m_apply;
    QPushButton* m_revert;
    RefusalBanner* m_banner;
    /// The selected work center's code, kept across model resets (an add or delete elsewhere).
    QString m_selectedCode;
};

} // namespace pmc::ui
