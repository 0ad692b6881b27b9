#include "ui/KpiPage.h"

#include "app/Document.h"
#include "app/kpi/KpiWorkbook.h"
#include "app/models/KpiTableModel.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "ui/KpiCharts.h"
#include "ui/KpiReportDocument.h"
#include "ui/LineBalancePanel.h"
#include "ui/RememberedTab.h"
#include "ui/PrintPreview.h"
#include "ui/StatusLabel.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>


namespace pmc::ui {

namespace {

QChartView* chartView(QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

KpiPage::KpiPage(app::Document& document, QWidget* parent)
    : LazyPage(parent), m_document(document), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_heading(new QLabel(this)), m_table(new QTableView(this)), m_model(new app::KpiTableModel(this)),
      m_tabs(new QTabWidget(this)), m_trend(chartView(this)), m_lines(chartView(this)), m_suppliers(chartView(this)),
      m_scrap(chartView(this)), m_abnormal(chartView(this)), m_workers(new QTableWidget(this)),
      m_status(new StatusLabel(this))
{
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    choosePeriod(1);
    auto* thisMonth = new QPushButton(tr("This month"), this);
    auto* lastMonth = new QPushButton(tr("Last month"), this);
    auto* sixMonths = new QPushButton(tr("6 months"), this);
    lastMonth->setToolTip(tr("The month closed on the 10th: supplier on-time and plan achievement of last month"));
    connect(thisMonth, &QPushButton::clicked, this, [this] { choosePeriod(1); });
    connect(lastMonth, &QPushButton::clicked, this, [this] { choosePeriod(0); });
    connect(sixMonths, &QPushButton::clicked, this, [this] { choosePeriod(6); });
    auto* preview = new QPushButton(tr("Print preview..."), this);
    preview->setShortcut(QKeySequence::Print);
    preview->setToolTip(tr("The KPI report with its charts: print or export PDF (%1)")
                            .arg(preview->shortcut().toString(QKeySequence::NativeText)));
    auto* excel = new QPushButton(tr("Export Excel..."), this);
    excel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    excel->setToolTip(tr("KPIs, months, suppliers, daily achievement and pay as an Excel workbook (%1)")
                          .arg(excel->shortcut().toString(QKeySequence::NativeText)));
    connect(preview, &QPushButton::clicked, this, &KpiPage::printPreview);
    connect(excel, &QPushButton::clicked, this, &KpiPage::chooseExcelFile);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(thisMonth);
    controls->addWidget(lastMonth);
    controls->addWidget(sixMonths);
    controls->addStretch(1);
    controls->addWidget(preview);
    controls->addWidget(excel);

    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_workers->setColumnCount(7);
    m_workers->setHorizontalHeaderLabels({tr("Worker or team"), tr("Good"), tr("Scrap"), tr("Labour hours"),
                                          tr("Standard hours"), tr("Efficiency"), tr("Piece-rate pay")});
    m_workers->verticalHeader()->hide();
    m_workers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workers->setAlternatingRowColors(true);
    m_tabs->addTab(m_trend, tr("Monthly trend"));
    m_tabs->addTab(m_lines, tr("By line"));
    m_tabs->addTab(m_suppliers, tr("Suppliers"));
    m_tabs->addTab(m_scrap, tr("Scrap reasons"));
    m_tabs->addTab(m_abnormal, tr("Abnormal hours"));
    m_tabs->addTab(m_workers, tr("Workers and pay"));
    m_tabs->addTab(new LineBalancePanel(document, this), tr("Line balance"));
    rememberTab(m_tabs, QStringLiteral("reports/tab"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_from, &QDateEdit::dateChanged, this, &KpiPage::markStale);
    connect(m_to, &QDateEdit::dateChanged, this, &KpiPage::markStale);
    connect(&m_document, &app::Document::factoryReset, this, [this] {
        choosePeriod(1);
        markStale();
    });
    connect(&m_document, &app::Document::masterDataChanged, this, &KpiPage::markStale);
}

void KpiPage::choosePeriod(int months)
{
    // 0 = last month; otherwise the last `months` months up to the planning date.
    const QDate today = app::toQDate(m_document.factory().settings.today);
    const QDate monthStart(today.year(), today.month(), 1);
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    if (months == 0) {
        m_from->setDate(monthStart.addMonths(-1));
        m_to->setDate(monthStart.addDays(-1));
    } else {
        m_from->setDate(monthStart.addMonths(1 - months));
        m_to->setDate(today);
    }
    markStale();
}

void KpiPage::refresh()
{
    markFresh();
    if (!m_document.isOpen()) {
        m_status->say(tr("No database is open."));
        return;
    }
    if (m_to->date() < m_from->date()) {
        m_status->say(tr("The period ends before it starts."), true);
        return;
    }
    const std::string path = m_document.path().toStdString();
    const core::Date from = app::toCoreDate(m_from->date());
    const core::Date to = app::toCoreDate(m_to->date());
    if (buildOnWorker<app::KpiDashboard>([path, from, to] { return app::KpiDashboard::build(path, from, to); },
                                         [this](app::KpiDashboard dashboard) { show(std::move(dashboard)); },
                                         [this](const QString& error) { m_status->say(error, true); }))
        m_status->say(tr("Computing the KPIs..."));
}

void KpiPage::show(app::KpiDashboard dashboard)
{
    m_dashboard.emplace(std::move(dashboard));
    const app::KpiDashboard& d = *m_dashboard;
    m_model->setReport(d.total, d.targets);
    m_table->resizeColumnsToContents();
    m_heading->setText(tr("KPIs from %1 to %2").arg(QString::fromStdString(d.period.from.toString()),
                                                      QString::fromStdString(d.period.to.toString())));
    replaceChart(m_trend, KpiCharts::trend(d));
    replaceChart(m_lines, KpiCharts::workCenters(d));
    replaceChart(m_suppliers, KpiCharts::suppliers(d));
    replaceChart(m_scrap, KpiCharts::pareto(d.scrapReasons, tr("Scrap by reason"), tr("Scrap"), false));
    replaceChart(m_abnormal, KpiCharts::pareto(d.abnormalCauses, tr("Abnormal hours by cause"), tr("Hours"), true));
    fillWorkers();
    int missed = 0;
    for (const app::KpiTableModel::Row& row : m_model->rows())
        missed += row.missesTarget() ? 1 : 0;
    m_status->say(missed > 0 ? tr("%n KPI(s) miss their target (in red).", nullptr, missed)
                             : tr("Every KPI with a value meets its target."));
}

void KpiPage::fillWorkers()
{
    const std::vector<core::WorkerOutput>& workers = m_dashboard->workers;
    m_workers->setRowCount(static_cast<int>(workers.size()));
    for (int r = 0; r < m_workers->rowCount(); ++r) {
        const core::WorkerOutput& w = workers[static_cast<std::size_t>(r)];
        const std::optional<double> efficiency = w.efficiency();
        const QStringList cells{w.worker.empty() ? tr("(nobody named)") : QString::fromStdString(w.worker),
                                app::formatNumber(w.goodQty), app::formatNumber(w.scrapQty),
                                app::formatNumber(w.labourHours, 2), app::formatNumber(w.earnedHours, 2),
                                efficiency ? QString::number(*efficiency * 100, 'f', 1) + QStringLiteral(" %") : QString(),
                                app::formatNumber(w.pay, 2)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 5 && efficiency && *efficiency < m_dashboard->targets.labourEfficiency)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_workers->setItem(r, c, item);
        }
    }
    m_workers->resizeColumnsToContents();
}

void KpiPage::printPreview()
{
    if (!m_dashboard) {
        m_status->say(tr("There is nothing to print yet."), true);
        return;
    }
    const KpiReportDocument report(*m_dashboard, m_model->rows());
    showPrintPreview({report.title() + QLatin1Char(' ') + report.number(), report.number() + QStringLiteral(".pdf"),
                      [&report](QPagedPaintDevice& device) { return report.print(device); },
                      [&report](const QString& fileName, QString* error) { return report.writePdf(fileName, error); }},
                     this);
}

QString KpiPage::exportExcel(const QString& fileName)
{
    if (!m_dashboard)
        return tr("There is nothing to export yet.");
    try {
        app::KpiWorkbook::write(fileName, *m_dashboard, *m_model);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void KpiPage::chooseExcelFile()
{
    if (!m_dashboard) {
        m_status->say(tr("There is nothing to export yet."), true);
        return;
    }
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Excel"),
        KpiReportDocument(*m_dashboard, {}).number() + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx)"));
    if (fileName.isEmpty())
        return;
    const QString error = exportExcel(fileName);
    if (error.isEmpty())
        m_status->say(tr("Wrote %1").arg(fileName));
    else
        m_status->say(error, true);
}

} // namespace pmc::ui
