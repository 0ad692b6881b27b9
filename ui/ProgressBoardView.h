#pragma once

#include <QTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace pmc::app {
class BackgroundJob;
class Document;
class ProgressBoardModel;
}

namespace pmc::ui {

/// 生产进度看板 (docs/plans.md, "Progress board"): a full-screen window for a shop-floor screen,
/// readable from a few metres: a header with the date, the clock and the overall achievement,
/// then per workshop a caption row with its totals and per line its current work order, plan,
/// actual, an achievement bar and the late items, red when behind or late and green when the
/// plan is made. It reads the board again every 60 s on a worker (the shop floor's reports
/// arrive in the database) and when the Document's schedule changes. F11 toggles full screen,
/// Esc closes. UI thread; owns its model and worker.
class ProgressBoardView : public QWidget {
    Q_OBJECT
public:
    explicit ProgressBoardView(app::Document& document, QWidget* parent = nullptr);
    ~ProgressBoardView() override;

    app::ProgressBoardModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString headerText() const;
    /// Replaces the wall clock (tests, screenshots).
    void setClock(std::function<QTime()> clock);
    /// Reads the board again in the worker (after the running read, if one is running).
    void refresh();
    /// Blocks until a running read is shown (tests).
    void waitForRefresh();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createHeader();
    void showBoard();
    void updateClock();
    void fitRows();

    app::Document& m_document;
    app::ProgressBoardModel* m_model;
    app::BackgroundJob* m_job;
    std::function<QTime()> m_clock;
    QTimer* m_refreshTimer;
    QTimer* m_clockTimer;
    QLabel* m_title;
    QLabel* m_date;
    QLabel* m_time;
    QLabel* m_overall;
    QLabel* m_status;
    QComboBox* m_workshop;
    QTableView* m_table;
    bool m_refreshAgain = false;
};

} // namespace pmc::ui
