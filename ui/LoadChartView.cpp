#include "ui/LoadChartView.h"

#include "app/models/CapacityLoadTableModel.h"
#include "app/models/QtDate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace pmc::ui {

namespace {

const QColor kAvailable(176, 190, 197);
const QColor kLoad(74, 144, 217);
const QColor kOverloaded(211, 47, 47);
const QColor kOther(160, 160, 160);
// Calm, distinct hues for the stacked work centers; red stays for overload.
const QColor kStackColours[] = {{74, 144, 217}, {102, 187, 106}, {255, 167, 38}, {149, 117, 205}, {38, 198, 218}};

/// Under a day's bar there is room for its day of the month only ("27"); the title gives the
/// dates and the table under the chart the full labels.
QString axisLabel(const app::CapacityLoadTableModel& model, int column)
{
    return model.bucketDays() == 1 ? QString::number(app::toQDate(model.bucketStart(column)).day())
                                   : model.periodLabel(column);
}

QString rangeText(const app::CapacityLoadTableModel& model)
{
    const int last = model.columnCount() - 1;
    const QDate from = app::toQDate(model.bucketStart(0));
    const QDate to = app::toQDate(model.bucketStart(last)).addDays(model.bucketLength(last) - 1);
    return QStringLiteral("%1 – %2").arg(from.toString(QStringLiteral("yyyy-MM-dd")), to.toString(QStringLiteral("MM-dd")));
}

double loadOf(const app::CapacityLoadTableModel& model, int row, int column)
{
    const core::CapacityLoadBucket* b = model.bucket(row, column);
    return b ? b->loadHours : 0;
}

} // namespace

LoadChartView::LoadChartView(app::CapacityLoadTableModel* model, QWidget* parent)
    : QChartView(new QChart, parent), m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    connect(m_model, &QAbstractItemModel::modelReset, this, &LoadChartView::rebuild);
    rebuild();
}

void LoadChartView::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_rows.clear();
    m_otherRows.clear();
    if (m_model->rowCount() == 0 || m_model->columnCount() == 0) {
        c->setTitle({});
        return;
    }
    if (m_model->rowCount() == 1)
        buildSingle(0);
    else
        buildStacked();
}

void LoadChartView::buildSingle(int row)
{
    auto* available = new QBarSet(tr("Available h"));
    auto* load = new QBarSet(tr("Load h"));
    available->setColor(kAvailable);
    available->setBorderColor(kAvailable.darker(115));
    load->setColor(kLoad);
    load->setBorderColor(kLoad.darker(115));
    load->setSelectedColor(kOverloaded);
    double maxHours = 0;
    QStringList categories;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const core::CapacityLoadBucket* b = m_model->bucket(row, column);
        const double a = b ? b->availableHours : 0;
        const double l = b ? b->loadHours : 0;
        *available << a;
        *load << l;
        if (b && b->overloaded)
            load->selectBar(column);
        maxHours = std::max({maxHours, a, l});
        categories << axisLabel(*m_model, column);
    }
    auto* series = new QBarSeries;
    series->append(available);
    series->append(load);
    m_rows.insert(available, row);
    m_rows.insert(load, row);
    connect(series, &QAbstractBarSeries::clicked, this, &LoadChartView::chooseBar);
    connect(series, &QAbstractBarSeries::hovered, this, &LoadChartView::showBarToolTip);
    chart()->addSeries(series);
    chart()->setTitle(tr("%1: load and available standard hours, %2 (red: overloaded)")
                          .arg(m_model->workCenterLabel(row), rangeText(*m_model)));
    addAxes(categories, maxHours);
}

void LoadChartView::buildStacked()
{
    const int columns = m_model->columnCount();
    // The work centers with the most load over the whole range get their own colour.
    std::vector<int> rows(static_cast<std::size_t>(m_model->rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    std::vector<double> totals(rows.size(), 0);
    for (int row : rows)
        for (int column = 0; column < columns; ++column)
            totals[static_cast<std::size_t>(row)] += loadOf(*m_model, row, column);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return totals[static_cast<std::size_t>(a)] > totals[static_cast<std::size_t>(b)]; });

    auto* series = new QStackedBarSeries;
    std::vector<double> stackHeight(static_cast<std::size_t>(columns), 0);
    const auto addSet = [&](QBarSet* set, const QColor& colour, const QList<int>& sumOf) {
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        set->setSelectedColor(kOverloaded);
        for (int column = 0; column < columns; ++column) {
            double hours = 0;
            bool overloaded = false;
            for (int row : sumOf) {
                hours += loadOf(*m_model, row, column);
                const core::CapacityLoadBucket* b = m_model->bucket(row, column);
                overloaded = overloaded || (b && b->overloaded);
            }
            *set << hours;
            if (overloaded)
                set->selectBar(column);
            stackHeight[static_cast<std::size_t>(column)] += hours;
        }
        series->append(set);
    };
    const int own = std::min<int>(kStackedWorkCenters, static_cast<int>(rows.size()));
    for (int i = 0; i < own; ++i) {
        const int row = rows[static_cast<std::size_t>(i)];
        auto* set = new QBarSet(m_model->workCenterLabel(row));
        m_rows.insert(set, row);
        addSet(set, kStackColours[i], {row});
    }
    if (static_cast<int>(rows.size()) > own) {
        m_otherRows = QList<int>(rows.begin() + own, rows.end());
        auto* other = new QBarSet(tr("Other (%1)").arg(m_otherRows.size()));
        m_rows.insert(other, -1);
        addSet(other, kOther, m_otherRows);
    }
    connect(series, &QAbstractBarSeries::clicked, this, &LoadChartView::chooseBar);
    connect(series, &QAbstractBarSeries::hovered, this, &LoadChartView::showBarToolTip);
    chart()->addSeries(series);

    auto* available = new QLineSeries;
    available->setName(tr("Available h (all shown)"));
    available->setPen(QPen(QColor(60, 60, 60), 2, Qt::DashLine));
    double maxHours = *std::max_element(stackHeight.begin(), stackHeight.end());
    QStringList categories;
    for (int column = 0; column < columns; ++column) {
        double hours = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (const core::CapacityLoadBucket* b = m_model->bucket(row, column))
                hours += b->availableHours;
        available->append(column, hours);
        maxHours = std::max(maxHours, hours);
        categories << axisLabel(*m_model, column);
    }
    chart()->addSeries(available);
    chart()->setTitle(tr("Load of the most loaded work centers, standard hours, %1 (red: that work center is overloaded)")
                          .arg(rangeText(*m_model)));
    addAxes(categories, maxHours);
}

void LoadChartView::addAxes(const QStringList& categories, double maxHours)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, maxHours * 1.08));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart()->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

int LoadChartView::rowOf(QBarSet* set, int period) const
{
    const int row = m_rows.value(set, -2);
    if (row != -1)
        return row;
    // "Other": the work center carrying most of that period's part.
    int best = -2;
    double bestLoad = -1;
    for (int r : m_otherRows)
        if (const double l = loadOf(*m_model, r, period); l > bestLoad) {
            best = r;
            bestLoad = l;
        }
    return best;
}

void LoadChartView::showBarToolTip(bool entered, int index, QBarSet* set)
{
    const int row = rowOf(set, index);
    // The table's tooltip for that work center and period; "Other" names its biggest part.
    const QString text = entered && row >= 0 ? m_model->index(row, index).data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void LoadChartView::chooseBar(int index, QBarSet* set)
{
    const int row = rowOf(set, index);
    if (row >= 0 && index >= 0 && index < m_model->columnCount())
        emit barChosen(row, index);
}

} // namespace pmc::ui
