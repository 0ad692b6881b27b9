#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class TablePage;

/// The planner's main window: area navigation on the left, the area in the centre, file and
/// edit commands, and a status bar with the database and the planning date.
/// Does not own the Document.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(app::Document& document, QWidget* parent = nullptr);

    /// Areas in navigation order; Ctrl+1 … Ctrl+8 select them.
    enum class Area { Orders, MasterData, Mrp, Schedule, CapacityLoad, Shortages, Plans, Reports };
    void showArea(Area area);
    Area currentArea() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPages();
    void updateStatus();
    void newDatabase();
    void openDatabase();
    void importScenario();
    void importAdventureWorks();
    /// Asks before `import` replaces every planning row, runs it and reports its warnings.
    void replaceAllData(const QString& title, const QString& source, const std::function<QStringList()>& import);
    void exportScenario();
    TablePage* currentTablePage() const;
    /// Runs a user command; any failure is logged and shown as a message naming the action.
    void runGuarded(const QString& action, const std::function<void()>& work);

    app::Document& m_document;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_databaseLabel;
    QLabel* m_dateLabel;
};

} // namespace pmc::ui
