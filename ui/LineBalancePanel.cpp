#include "ui/LineBalancePanel.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "core/FactoryModel.h"
#include "ui/KpiCharts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pmc::ui {

LineBalancePanel::LineBalancePanel(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_line(new QComboBox(this)), m_demand(new QDoubleSpinBox(this)),
      m_hours(new QDoubleSpinBox(this)), m_stations(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_chart(new QChartView(new QChart, this))
{
    // 0 = no demand given: the sheet shows the line's own output without a takt.
    m_demand->setRange(0, 1e7);
    m_demand->setDecimals(0);
    m_demand->setSpecialValueText(tr("none"));
    m_demand->setToolTip(tr("Units wanted in the working time; sets the takt time"));
    m_hours->setRange(0.5, 24);
    m_hours->setDecimals(2);
    m_hours->setSuffix(tr(" h"));
    m_hours->setToolTip(tr("Working time the demand is made in (one day's shifts by default)"));
    m_stations->setColumnCount(6);
    m_stations->setHorizontalHeaderLabels(
        {tr("Station"), tr("Name"), tr("People"), tr("Work (s)"), tr("Cycle (s)"), tr("Note")});
    m_stations->verticalHeader()->hide();
    m_stations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stations->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setRenderHint(QPainter::Antialiasing);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Line"), this));
    controls->addWidget(m_line);
    controls->addWidget(new QLabel(tr("Demand"), this));
    controls->addWidget(m_demand);
    controls->addWidget(new QLabel(tr("in"), this));
    controls->addWidget(m_hours);
    controls->addStretch(1);
    // Stations above, chart below: both get the full width, the chart its station labels.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stations);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_line, &QComboBox::currentIndexChanged, this, &LineBalancePanel::update);
    connect(m_demand, &QDoubleSpinBox::valueChanged, this, &LineBalancePanel::update);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &LineBalancePanel::update);
    connect(&m_document, &app::Document::factoryReset, this, &LineBalancePanel::loadLines);
    connect(&m_document, &app::Document::masterDataChanged, this, &LineBalancePanel::loadLines);
    loadLines();
}

void LineBalancePanel::loadLines()
{
    const core::FactoryModel& factory = m_document.factory();
    const QString chosen = m_line->currentText();
    {
        const QSignalBlocker lineBlocker(m_line);
        const QSignalBlocker hoursBlocker(m_hours);
        m_line->clear();
        for (const std::string& line : core::linesWithStations(factory.lineStations))
            m_line->addItem(QString::fromStdString(line));
        m_line->setCurrentIndex(std::max(0, m_line->findText(chosen)));
        if (const double day = core::workingDaySeconds(factory) / 3600; day > 0 && chosen.isEmpty())
            m_hours->setValue(day);
    }
    update();
}

void LineBalancePanel::update()
{
    const std::vector<core::LineStation> stations =
        core::stationsOfLine(m_document.factory().lineStations, m_line->currentText().toStdString());
    if (stations.empty()) {
        m_balance.reset();
        m_stations->setRowCount(0);
        m_summary->setText(tr("No line stations are recorded. Import them with the scenario section line_stations "
                              "(line, station, name, operators, seconds)."));
        QChart* old = m_chart->chart();
        m_chart->setChart(new QChart);
        delete old;
        return;
    }
    const std::optional<double> demand = m_demand->value() > 0 ? std::optional<double>(m_demand->value()) : std::nullopt;
    m_balance = core::balanceLine(stations, m_hours->value() * 3600, demand);
    const core::LineBalance& b = *m_balance;
    m_stations->setRowCount(static_cast<int>(b.stations.size()));
    for (int row = 0; row < m_stations->rowCount(); ++row) {
        const core::StationBalance& s = b.stations[static_cast<std::size_t>(row)];
        QStringList notes;
        if (s.bottleneck)
            notes << tr("bottleneck");
        if (s.overTakt)
            notes << tr("over takt");
        const QStringList cells{QString::fromStdString(s.station.station), QString::fromStdString(s.station.name),
                                QString::number(s.station.operators), app::formatNumber(s.station.seconds, 1),
                                app::formatNumber(s.cycleSeconds, 1), notes.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (s.overTakt)
                item->setForeground(Qt::red);
            m_stations->setItem(row, column, item);
        }
    }
    m_stations->resizeColumnsToContents();
    QString text = tr("%1 stations, %2 people, work content %3 s; bottleneck %4 at %5 s. Balance rate %6 % (loss %7 %), "
                      "UPH %8, UPPH %9; %10 units in %11 h.")
                       .arg(b.stations.size())
                       .arg(b.operators)
                       .arg(app::formatNumber(b.workSeconds, 1), QString::fromStdString(b.bottleneck),
                            app::formatNumber(b.bottleneckSeconds, 1), QString::number(b.balanceRate * 100, 'f', 1),
                            QString::number(b.balanceLoss() * 100, 'f', 1), app::formatNumber(b.unitsPerHour, 1),
                            app::formatNumber(b.unitsPerPersonHour, 2))
                       .arg(app::formatNumber(b.capacity, 0), app::formatNumber(b.availableSeconds / 3600, 2));
    if (b.taktSeconds)
        text += QLatin1Char(' ')
            + tr("Takt %1 s for %2 units: at least %3 stations; %4")
                  .arg(app::formatNumber(*b.taktSeconds, 1), app::formatNumber(*b.demand, 0))
                  .arg(*b.minimumStations)
                  .arg(b.meetsTakt() ? tr("the line meets the takt.") : tr("the bottleneck is slower than the takt."));
    m_summary->setText(text);
    QChart* old = m_chart->chart();
    m_chart->setChart(KpiCharts::lineBalance(b));
    delete old;
}

QString LineBalancePanel::summary() const
{
    return m_summary->text();
}

} // namespace pmc::ui
