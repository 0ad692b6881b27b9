#pragma once

#include <QWidget>

class QLabel;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class TablePage;

/// The shortage area (欠料): the list of the last MRP run, to chase purchasing with.
class ShortagePage : public QWidget {
    Q_OBJECT
public:
    explicit ShortagePage(app::Document& document, QWidget* parent = nullptr);

    TablePage* table() const { return m_table; }
    /// The printed 欠料表 of the last MRP run in a print preview (modal), with Export PDF.
    void printPreview();

private:
    void updateSummary();

    app::Document& m_document;
    QLabel* m_summary;
    TablePage* m_table;
};

} // namespace pmc::ui
