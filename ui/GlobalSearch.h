#pragma once

#include <QLineEdit>

class QCompleter;
class QTreeView;

namespace pmc::app {
class Document;
class SearchResultModel;
struct SearchEntry;
}

namespace pmc::ui {

/// The main window's search box (Ctrl+K): typing lists the best matching orders, items, work
/// centers and suppliers by code or name in a popup; Enter or a click chooses one and the box
/// empties. Enter without a highlighted row chooses the best match. Does not own the Document.
class GlobalSearch : public QLineEdit {
    Q_OBJECT
public:
    explicit GlobalSearch(const app::Document& document, QWidget* parent = nullptr);

    app::SearchResultModel* results() const { return m_results; }
    QTreeView* popupList() const { return m_list; }
    /// Chooses the result in `row`, as Enter or a click on it would.
    void choose(int row);

signals:
    /// The planner chose a result; the window shows it in its area.
    void chosen(const app::SearchEntry& entry);

private:
    void search(const QString& text);

    app::SearchResultModel* m_results;
    QCompleter* m_popup;
    QTreeView* m_list;
};

} // namespace pmc::ui
