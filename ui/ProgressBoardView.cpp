#include "ui/ProgressBoardView.h"

#include "app/BackgroundJob.h"
#include "app/Document.h"
#include "app/DocumentProgressBoard.h"
#include "app/models/NumberText.h"
#include "app/models/ProgressBoardModel.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "ui/AchievementBarDelegate.h"
#include "ui/FilterChoices.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <memory>

namespace pmc::ui {

namespace {

constexpr int kRefreshMilliseconds = 60 * 1000;
/// Shares of the table's width per column (line, order, plan, actual, achievement, late).
constexpr std::array<double, app::ProgressBoardModel::ColumnCount> kColumnShares{0.22, 0.36, 0.1, 0.1, 0.14, 0.08};

const char* const kStyle = R"(
pmc--ui--ProgressBoardView, QTableView { background: #101418; color: #eceff1; border: none; }
QLabel { color: #eceff1; }
QLabel#BoardStatus { color: #78909c; }
QTableView { gridline-color: #263038; }
QHeaderView::section { background: #1a2026; color: #b0bec5; border: none;
                       border-bottom: 2px solid #37474f; padding: 4px 8px; }
QScrollBar:vertical { background: #101418; width: 12px; }
QScrollBar::handle:vertical { background: #37474f; min-height: 24px; }
QComboBox { background: #1a2026; color: #eceff1; border: 1px solid #37474f; padding: 2px 8px; }
)";

QLabel* boardLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

void setPixelSize(QWidget* widget, int pixels, bool bold = false)
{
    QFont font = widget->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

ProgressBoardView::ProgressBoardView(app::Document& document, QWidget* parent)
    : QWidget(parent, Qt::Window), m_document(document), m_model(new app::ProgressBoardModel(this)),
      m_job(new app::BackgroundJob(this)), m_clock([] { return QTime::currentTime(); }),
      m_refreshTimer(new QTimer(this)), m_clockTimer(new QTimer(this)),
      m_title(boardLabel(this, QStringLiteral("BoardTitle"))), m_date(boardLabel(this, QStringLiteral("BoardDate"))),
      m_time(boardLabel(this, QStringLiteral("BoardClock"))), m_overall(boardLabel(this, QStringLiteral("BoardOverall"))),
      m_status(boardLabel(this, QStringLiteral("BoardStatus"))), m_workshop(new QComboBox(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("ProgressBoardView"));
    setWindowTitle(tr("Production progress board"));
    setStyleSheet(QString::fromLatin1(kStyle));
    setAttribute(Qt::WA_StyledBackground);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(app::ProgressBoardModel::Achievement, new AchievementBarDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true); // no unstyled strip from rounding
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(createHeader());
    layout->addWidget(m_table, 1);

    m_refreshTimer->setInterval(kRefreshMilliseconds);
    connect(m_refreshTimer, &QTimer::timeout, this, &ProgressBoardView::refresh);
    m_refreshTimer->start();
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &ProgressBoardView::updateClock);
    m_clockTimer->start();
    connect(&m_document, &app::Document::scheduleFinished, this, &ProgressBoardView::refresh);
    connect(&m_document, &app::Document::factoryReset, this, &ProgressBoardView::refresh);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &ProgressBoardView::refresh);
    auto* close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    auto* fullScreen = new QAction(tr("Full screen"), this);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreen, &QAction::triggered, this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    addActions({close, fullScreen});

    updateClock();
    showBoard();
    refresh();
}

ProgressBoardView::~ProgressBoardView() { m_job->wait(); }

QWidget* ProgressBoardView::createHeader()
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 8);
    refillFilterCombo(m_workshop, tr("All workshops"), workshopNames(m_document.factory()));
    m_workshop->setFocusPolicy(Qt::NoFocus);
    setPixelSize(m_title, 44, true);
    setPixelSize(m_date, 30);
    setPixelSize(m_time, 44, true);
    setPixelSize(m_overall, 30, true);
    setPixelSize(m_status, 16);
    setPixelSize(m_workshop, 20);

    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_date);
    auto* figures = new QVBoxLayout;
    figures->addWidget(m_overall, 0, Qt::AlignRight);
    auto* controls = new QHBoxLayout;
    controls->addStretch(1);
    controls->addWidget(m_status);
    controls->addWidget(m_workshop);
    figures->addLayout(controls);
    row->addLayout(titles, 1);
    row->addWidget(m_time, 0, Qt::AlignCenter);
    row->addSpacing(32);
    row->addLayout(figures, 1);
    return header;
}

QString ProgressBoardView::headerText() const
{
    return QStringList{m_title->text(), m_date->text(), m_overall->text()}.join(QLatin1Char('\n'));
}

void ProgressBoardView::setClock(std::function<QTime()> clock)
{
    m_clock = std::move(clock);
    updateClock();
}

void ProgressBoardView::refresh()
{
    if (!m_document.isOpen())
        return;
    if (m_job->isRunning()) {
        // A chosen workshop or a new schedule must not wait for the next minute.
        m_refreshAgain = true;
        return;
    }
    m_refreshAgain = false;
    auto request = std::make_shared<app::ProgressBoardRequest>(
        app::progressBoardRequest(m_document, m_clock(), m_workshop->currentData().toString().toStdString()));
    auto board = std::make_shared<core::ProgressBoard>();
    m_status->setText(tr("Updating..."));
    m_job->start([request, board] { *board = app::computeProgressBoard(*request); },
                 [this, request, board](const QString& error, bool cancelled) {
                     if (m_refreshAgain)
                         QTimer::singleShot(0, this, &ProgressBoardView::refresh);
                     if (cancelled)
                         return;
                     if (!error.isEmpty()) {
                         m_status->setText(tr("Not updated: %1").arg(error));
                         return;
                     }
                     m_model->setBoard(std::move(*board), request->minuteZero());
                     m_status->setText(tr("Updated %1").arg(m_clock().toString(QStringLiteral("HH:mm"))));
                     showBoard();
                 });
}

void ProgressBoardView::waitForRefresh() { m_job->wait(); }

void ProgressBoardView::showBoard()
{
    const core::ProgressBoard& board = m_model->board();
    const QString workshop = m_workshop->currentData().toString();
    m_title->setText(workshop.isEmpty() ? tr("Production progress board")
                                        : tr("Production progress board: %1").arg(workshop));
    m_date->setText(QLocale().toString(app::toQDate(m_document.factory().settings.today), QLocale::LongFormat));
    const core::BoardTotals& totals = board.totals;
    QString overall = tr("Plan %1   Actual %2   Achievement %3")
                          .arg(app::formatNumber(totals.planQty, 3), app::formatNumber(totals.actualQty, 3),
                               app::ProgressBoardModel::achievementText(totals.achievement));
    if (totals.lateLines > 0)
        overall += QStringLiteral("   ") + tr("%1 late").arg(totals.lateLines);
    m_overall->setText(overall);
    m_overall->setStyleSheet(totals.behindRows > 0 || totals.lateLines > 0 ? QStringLiteral("color: #ff5252;")
                                                                           : QStringLiteral("color: #66dd6a;"));
    fitRows();
}

void ProgressBoardView::updateClock()
{
    m_time->setText(m_clock().toString(QStringLiteral("HH:mm")));
}

void ProgressBoardView::fitRows()
{
    // As large as the rows allow: one screen shows the whole board without scrolling where it can.
    const int rows = std::max(1, m_model->rowCount());
    const int available = m_table->height() - m_table->horizontalHeader()->height();
    const int rowHeight = std::clamp(available / rows, 40, 96);
    QFont font = m_table->font();
    font.setPixelSize(std::max(18, rowHeight * 9 / 20));
    m_table->setFont(font);
    // The window's style sheet styles the header sections, so their size goes there too.
    m_table->horizontalHeader()->setStyleSheet(
        QStringLiteral("QHeaderView::section { font-size: %1px; }").arg(std::max(16, rowHeight * 7 / 20)));
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int width = m_table->viewport()->width();
    for (int column = 0; column < app::ProgressBoardModel::ColumnCount; ++column)
        m_table->horizontalHeader()->resizeSection(column, static_cast<int>(width * kColumnShares[column]));
}

void ProgressBoardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

} // namespace pmc::ui
