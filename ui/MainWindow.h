#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace pmc::app {
class Document;
struct SearchEntry;
}

namespace pmc::ui {

class GlobalSearch;
class MasterDataPage;
class SalesOrderPage;
class SchedulePage;
class ShortagePage;
class PlansPage;
class KpiPage;
class TablePage;

/// The planner's main window: area navigation on the left, the area in the centre, file and
/// edit commands, a search box (Ctrl+K) that jumps to any order or record, and a status bar
/// with the database, the planning date and when MRP and the schedule last ran.
/// Does not own the Document.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(app::Document& document, QWidget* parent = nullptr);

    /// Areas in navigation order; Ctrl+1 … Ctrl+9 select them.
    enum class Area { Orders, MasterData, Mrp, Schedule, CapacityLoad, Shortages, Plans, Reports, Purchasing };
    void showArea(Area area);
    Area currentArea() const;
    GlobalSearch* search() const { return m_search; }
    /// Shows a search result in its area: a sales order in Orders, an item, supplier or work
    /// center in Master data, a work or planned order in Schedule, a purchase order's item in
    /// Shortages.
    void showSearchResult(const app::SearchEntry& entry);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void releasePlan();
    void createPages();
    void createSearch();
    void updateStatus();
    /// Orders shows what to do next instead of an empty table while the database is empty.
    void updateOrdersArea();
    void openDemo();
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
    QStackedWidget* m_ordersArea;
    SalesOrderPage* m_ordersPage;
    TablePage* m_orders;
    MasterDataPage* m_masterData;
    SchedulePage* m_schedule;
    ShortagePage* m_shortages;
    PlansPage* m_plans;
    KpiPage* m_reports;
    GlobalSearch* m_search;
    QLabel* m_databaseLabel;
    QLabel* m_dateLabel;
    QLabel* m_runsLabel;
};

} // namespace pmc::ui
