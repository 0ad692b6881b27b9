#include "ui/MainWindow.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "app/models/QtDate.h"
#include "app/models/SearchIndex.h"
#include "app/print/FormPainting.h"
#include "core/Log.h"
#include "core/scheduling/ScheduleRequest.h"
#include "store/FactoryDatabase.h"
#include "store/Database.h"
#include "store/InputError.h"
#include "store/PostgresConnection.h"
#include "ui/AbnormalHoursDialog.h"
#include "ui/AuditTrailDialog.h"
#include "ui/CompletionEntryDialog.h"
#include "ui/EmptyStatePage.h"
#include "ui/KpiPage.h"
#include "ui/MaterialsPage.h"
#include "ui/GanttView.h"
#include "ui/GlobalSearch.h"
#include "ui/LoadPage.h"
#include "ui/MrpPage.h"
#include "ui/PlanReleaseDialog.h"
#include "ui/PlansPage.h"
#include "ui/PlanReleaseReminder.h"
#include "ui/PlanningSettingsDialog.h"
#include "ui/ProgressBoardView.h"
#include "ui/SchedulePage.h"
#include "ui/ServerConnectionDialog.h"
#include "ui/ShortagePage.h"
#include "ui/TablePage.h"
#include "ui/masterdata/MasterDataPage.h"
#include "ui/masterdata/TableImportDialog.h"
#include "ui/orders/SalesOrderPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace pmc::ui {

MainWindow::MainWindow(app::Document& document, QWidget* parent)
    : QMainWindow(parent), m_document(document), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_ordersArea(new QStackedWidget(this)), m_databaseLabel(new QLabel(this)),
      m_dateLabel(new QLabel(this)), m_runsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PMC Desk"));
    setCentralWidget(m_pages);
    createPages();
    createActions();
    createSearch();

    auto* dock = new QDockWidget(tr("Navigation"), this);
    dock->setObjectName(QStringLiteral("NavigationDock"));
    dock->setWidget(m_navigation);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_navigation->setMinimumWidth(150);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(new PlanReleaseReminder(m_document, this));
    statusBar()->addPermanentWidget(m_runsLabel);
    statusBar()->addPermanentWidget(m_dateLabel);
    connect(&m_document, &app::Document::factoryReset, this, &MainWindow::updateStatus);
    connect(&m_document, &app::Document::mrpFinished, this, &MainWindow::updateStatus);
    connect(&m_document, &app::Document::scheduleFinished, this, &MainWindow::updateStatus);
    // The planning date is edited in the settings dialog.
    connect(&m_document, &app::Document::masterDataChanged, this, &MainWindow::updateStatus);
    updateStatus();
    connect(&m_document, &app::Document::factoryReset, this, &MainWindow::updateOrdersArea);
    connect(&m_document, &app::Document::masterDataChanged, this, &MainWindow::updateOrdersArea);
    updateOrdersArea();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The area is saved as its row; settings from before Capacity load (7 areas) count the
    // areas after Schedule one lower.
    int area = settings.value(QStringLiteral("window/area"), 0).toInt();
    if (settings.value(QStringLiteral("window/areaCount"), 7).toInt() == 7 && area >= static_cast<int>(Area::CapacityLoad))
        ++area;
    m_navigation->setCurrentRow(area);
}

void MainWindow::createPages()
{
    const auto addArea = [this](const QString& name, QWidget* page) {
        m_navigation->addItem(name);
        m_pages->addWidget(page);
    };
    m_ordersPage = new SalesOrderPage(m_document, this);
    m_orders = m_ordersPage->table();
    auto* firstSteps = new EmptyStatePage(tr("This database is empty"),
        tr("There are no items and no orders yet. Import a scenario (File > Import scenario..., Ctrl+I) to load "
           "a whole factory, import a table (File > Import table...) to load items, BOMs or orders from Excel, "
           "or open the demo factory to look around."), this);
    firstSteps->addCommand(tr("Import scenario..."), [this] { importScenario(); });
    firstSteps->addCommand(tr("Import table..."), [this] { TableImportDialog::importFile(m_document, this); });
    firstSteps->addCommand(tr("Open demo factory"), [this] { openDemo(); });
    m_ordersArea->addWidget(m_ordersPage);
    m_ordersArea->addWidget(firstSteps);
    addArea(tr("Orders"), m_ordersArea);
    m_masterData = new MasterDataPage(m_document, this);
    addArea(tr("Master data"), m_masterData);
    auto* mrp = new MrpPage(m_document, this);
    addArea(tr("MRP"), mrp);
    auto* schedule = new SchedulePage(m_document, this);
    m_schedule = schedule;
    addArea(tr("Schedule"), schedule);
    connect(schedule->gantt(), &GanttView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    auto* load = new LoadPage(m_document, this);
    addArea(tr("Capacity load"), load);
    connect(load, &LoadPage::scheduleRequested, schedule, &SchedulePage::runSchedule);
    connect(load, &LoadPage::mrpRequested, mrp, &MrpPage::runMrp);
    connect(load, &LoadPage::workCenterPeriodChosen, this, [this, schedule](const QString& workCenter, const QDate& from, int days) {
        showArea(Area::Schedule);
        // The Gantt counts minutes from the schedule's today.
        const core::Date today = m_document.hasSchedule() ? m_document.schedule().today : m_document.factory().settings.today;
        const int fromMinute = (app::toCoreDate(from) - today) * 24 * 60;
        schedule->gantt()->focusWorkCenter(workCenter.toStdString(), fromMinute, fromMinute + days * 24 * 60);
        schedule->gantt()->setFocus();
    });
    m_shortages = new ShortagePage(m_document, this);
    addArea(tr("Shortages"), m_shortages);
    m_plans = new PlansPage(m_document, this);
    addArea(tr("Plans"), m_plans);
    connect(m_plans, &PlansPage::releaseRequested, this, &MainWindow::releasePlan);
    m_reports = new KpiPage(m_document, this);
    addArea(tr("Reports"), m_reports);
    addArea(tr("Purchasing and stock"), new MaterialsPage(m_document, this));
}

void MainWindow::releasePlan()
{
    if (m_document.isOpen())
        PlanReleaseDialog(m_document, this).exec();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database..."), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open database..."), QKeySequence::Open, this, &MainWindow::openDatabase);
    file->addAction(tr("Connect to &server..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
        ServerConnectionDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            runGuarded(tr("Connect to server"), [&] { m_document.open(dialog.location(), false); });
    });
    file->addSeparator();
    file->addAction(tr("&Import scenario..."), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importScenario);
    file->addAction(tr("&Export scenario..."), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportScenario);
    file->addAction(tr("Import &table..."), this, [this] { TableImportDialog::importFile(m_document, this); });
    file->addAction(tr("Export ta&bles..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export tables"), QStringLiteral("factory-tables.xlsx"),
                                                          tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            runGuarded(tr("Export tables"), [&] {
                m_document.exportTables(path, TableImportDialog::chineseHeaders());
                statusBar()->showMessage(tr("Exported %1").arg(path), 8000);
            });
    });
    file->addAction(tr("Import &AdventureWorks folder..."), this, &MainWindow::importAdventureWorks);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Copy as table"), QKeySequence::Copy, this, [this] {
        if (TablePage* page = currentTablePage())
            page->copySelection();
    });
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        if (TablePage* page = currentTablePage())
            page->focusFilter();
    });
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Planning settings..."), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, [this] {
        if (m_document.isOpen())
            PlanningSettingsDialog(m_document, this).exec();
    });
    settings->setObjectName(QStringLiteral("PlanningSettingsAction"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        view->addAction(m_navigation->item(i)->text(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this,
                        [this, i] { m_navigation->setCurrentRow(i); });
    }
    view->addSeparator();
    // A window of its own, full screen, for the shop-floor screen (F11 leaves full screen, Esc closes).
    QAction* board = view->addAction(tr("&Progress board"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this] {
        if (!m_document.isOpen())
            return;
        auto* window = new ProgressBoardView(m_document, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->showFullScreen();
    });
    board->setObjectName(QStringLiteral("ProgressBoardAction"));
    view->addAction(tr("&Reload from database"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5), this, [this] {
        runGuarded(tr("Reload from database"), [this] { m_document.refreshFromDatabase(); });
    });
    view->addAction(tr("&Audit trail..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, [this] {
        if (m_document.isOpen())
            AuditTrailDialog(m_document, this).exec();
    });

    QMenu* plan = menuBar()->addMenu(tr("&Plan"));
    plan->addAction(tr("Record &completions..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] {
        if (m_document.isOpen())
            CompletionEntryDialog(m_document, this).exec();
    });
    plan->addAction(tr("Record &abnormal hours..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this, [this] {
        if (m_document.isOpen())
            AbnormalHoursDialog(m_document, this).exec();
    });
    QAction* release = plan->addAction(tr("&Release plan..."), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), this,
                                       &MainWindow::releasePlan);
    release->setObjectName(QStringLiteral("ReleasePlanAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PMC Desk"), this, [this] {
        QMessageBox::about(this, tr("About PMC Desk"),
            tr("<b>PMC Desk %1</b><p>Production planning and material control for make-to-order plants.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(static_cast<int>(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_pages->currentIndex());
}

TablePage* MainWindow::currentTablePage() const
{
    // Pages with several tables (MRP) answer with the one holding the keyboard focus.
    QWidget* page = m_pages->currentWidget();
    for (QWidget* w = QApplication::focusWidget(); w && w != page; w = w->parentWidget())
        if (auto* table = qobject_cast<TablePage*>(w))
            return table;
    if (page == m_ordersArea)
        return m_ordersArea->currentWidget() == m_ordersPage ? m_orders : nullptr;
    return qobject_cast<TablePage*>(page);
}

void MainWindow::updateStatus()
{
    // Runs whenever the settings may have changed: the paper of every printed form is one.
    app::form::setPaper(m_document.factory().settings.printPaper);
    const bool onServer = store::isServerLocation(m_document.path().toStdString());
    const QString shown = onServer ? QString::fromStdString(store::displayLocation(m_document.path().toStdString()))
                                   : QDir::toNativeSeparators(m_document.path());
    m_databaseLabel->setText(onServer ? tr("Database: %1 | %2 (%3)").arg(shown, m_document.userName(), m_document.userRoles())
                                      : tr("Database: %1").arg(shown));
    m_dateLabel->setText(m_document.isOpen()
        ? tr("Planning date: %1").arg(QString::fromStdString(m_document.factory().settings.today.toString()))
        : QString());
    const auto runTime = [this](const QString& at) {
        return at.isEmpty() ? tr("not yet") : QString(at).replace(QLatin1Char('T'), QLatin1Char(' '));
    };
    m_runsLabel->setText(tr("Last MRP run: %1 | Last schedule: %2")
                             .arg(runTime(m_document.lastMrpRunAt()), runTime(m_document.lastScheduleRunAt())));
    setWindowTitle(tr("PMC Desk - %1").arg(onServer ? shown : QFileInfo(m_document.path()).fileName()));
}

void MainWindow::updateOrdersArea()
{
    const bool empty = m_document.isOpen() && m_document.factory().items.empty()
        && m_document.factory().salesOrders.empty();
    m_ordersArea->setCurrentIndex(empty ? 1 : 0);
}

void MainWindow::openDemo()
{
    // Next to the default database, so the planner's own data is never replaced by the demo.
    const QString path = QFileInfo(QString::fromStdString(store::defaultDatabasePath())).dir().filePath(QStringLiteral("demo.db"));
    runGuarded(tr("Open demo factory"), [&] { m_document.open(path, true); });
}

void MainWindow::createSearch()
{
    m_search = new GlobalSearch(m_document, this);
    m_search->setFixedWidth(340);
    auto* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("SearchToolBar"));
    bar->setMovable(false);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer); // keeps the box at the right
    bar->addWidget(m_search);
    connect(m_search, &GlobalSearch::chosen, this, &MainWindow::showSearchResult);
}

void MainWindow::showSearchResult(const app::SearchEntry& entry)
{
    switch (entry.kind) {
    case app::SearchKind::SalesOrder:
        showArea(Area::Orders);
        m_orders->showMatching(entry.code);
        break;
    case app::SearchKind::Item:
    case app::SearchKind::Supplier:
    case app::SearchKind::WorkCenter:
        showArea(Area::MasterData);
        m_masterData->showRecord(entry.kind, entry.code);
        break;
    case app::SearchKind::WorkOrder:
    case app::SearchKind::FirmPlannedOrder:
    case app::SearchKind::PlannedOrder:
        showArea(Area::Schedule);
        m_schedule->showOrder(entry.code);
        break;
    case app::SearchKind::PurchaseOrder:
        // No page lists purchase orders: the shortages of its item are why one is looked up.
        showArea(Area::Shortages);
        m_shortages->table()->showMatching(entry.item);
        break;
    }
}

void MainWindow::runGuarded(const QString& action, const std::function<void()>& work)
{
    try {
        work();
    } catch (const store::InputError& e) {
        QStringList lines;
        for (const auto& issue : e.issues().issues())
            lines << QString::fromStdString(issue.toString());
        QMessageBox box(QMessageBox::Warning, action,
                        tr("%1 was refused; nothing was changed.\n%2 problem(s), the first: %3")
                            .arg(QString::fromStdString(e.source())).arg(lines.size()).arg(lines.value(0)),
                        QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    } catch (const std::exception& e) {
        core::logger("ui").error("{} failed: {}", action.toStdString(), e.what());
        QMessageBox::critical(this, action, tr("%1 failed: %2").arg(action, QString::fromUtf8(e.what())));
    }
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New factory database"), {}, tr("Factory database (*.db)"));
    if (!path.isEmpty())
        runGuarded(tr("New database"), [&] {
            QFile::remove(path);
            m_document.open(path, false);
        });
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open factory database"), {}, tr("Factory database (*.db);;All files (*)"));
    if (!path.isEmpty())
        runGuarded(tr("Open database"), [&] { m_document.open(path, false); });
}

void MainWindow::importScenario()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scenario"), {}, tr("Scenario (*.json)"));
    if (path.isEmpty())
        return;
    replaceAllData(tr("Import scenario"), path, [&] { return m_document.importScenario(path); });
}

void MainWindow::importAdventureWorks()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("AdventureWorks CSV folder"));
    if (!directory.isEmpty())
        replaceAllData(tr("Import AdventureWorks"), directory, [&] { return m_document.importAdventureWorks(directory); });
}

void MainWindow::replaceAllData(const QString& title, const QString& source, const std::function<QStringList()>& import)
{
    if (QMessageBox::question(this, title,
                              tr("Importing replaces all planning data in %1. Continue?").arg(m_document.path()))
        != QMessageBox::Yes)
        return;
    runGuarded(title, [&] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QStringList warnings;
        try {
            warnings = import();
        } catch (...) {
            QApplication::restoreOverrideCursor();
            throw;
        }
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(tr("Imported %1 (%2 warning(s))").arg(source).arg(warnings.size()), 8000);
    });
}

void MainWindow::exportScenario()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scenario"), QStringLiteral("factory.json"), tr("Scenario (*.json)"));
    if (!path.isEmpty())
        runGuarded(tr("Export scenario"), [&] {
            m_document.exportScenario(path);
            statusBar()->showMessage(tr("Exported %1").arg(path), 8000);
        });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/area"), m_navigation->currentRow());
    settings.setValue(QStringLiteral("window/areaCount"), m_navigation->count());
    event->accept();
}

} // namespace pmc::ui
