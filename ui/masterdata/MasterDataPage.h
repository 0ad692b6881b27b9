#pragma once

#include <QWidget>

class QTabWidget;

namespace pmc::app {
class Document;
enum class SearchKind;
}

namespace pmc::ui {

/// The master-data area: one tab per table the planner maintains (items, BOM, routings,
/// work centers, calendar, suppliers, stock). Every edit goes through Document::edit, so it
/// is validated, saved in a transaction and undoable.
class MasterDataPage : public QWidget {
    Q_OBJECT
public:
    explicit MasterDataPage(app::Document& document, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    /// Opens the tab of an item, supplier or work center and selects the one with `code`
    /// (the global search's jump); other kinds are ignored.
    void showRecord(app::SearchKind kind, const QString& code);

private:
    QTabWidget* m_tabs;
};

} // namespace pmc::ui
