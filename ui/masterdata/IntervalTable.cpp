#include "ui/masterdata/IntervalTable.h"

#include "app/Document.h"
#include "core/Date.h"
#include "core/FactoryModel.h"
#include "ui/masterdata/Choices.h"
#include "ui/masterdata/FieldDelegate.h"
#include "ui/masterdata/ViewAction.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

} // namespace

IntervalTable::IntervalTable(app::Document* workCenters, int defaultStart, int defaultLength, QWidget* parent)
    : QWidget(parent), m_document(workCenters), m_defaultStart(defaultStart), m_defaultLength(defaultLength),
      m_table(new QTableWidget(this))
{
    QStringList headers;
    if (m_document)
        headers << tr("Work center");
    headers << tr("Start") << tr("End");
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Times as HH:MM; an end of 24:00 is midnight"));
    if (m_document) {
        auto* editors = new FieldDelegate(this);
        editors->setChoices(0, [this] { return workCenterChoices(m_document->factory()); });
        m_table->setItemDelegate(editors);
    }
    connect(m_table, &QTableWidget::itemChanged, this, &IntervalTable::takeEdit);

    auto* buttons = new QHBoxLayout;
    QAction* add = addViewAction(m_table, tr("Add"), QKeySequence(Qt::Key_Insert), [this] { addInterval(); });
    QAction* remove =
        addViewAction(m_table, tr("Remove"), QKeySequence(QKeySequence::Delete), [this] { removeSelected(); });
    addActionButton(buttons, add, this);
    addActionButton(buttons, remove, this);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void IntervalTable::setIntervals(std::vector<Interval> intervals)
{
    m_intervals = std::move(intervals);
    fill();
}

void IntervalTable::fill()
{
    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_intervals.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Interval& interval = m_intervals[static_cast<std::size_t>(row)];
        const auto cell = [this, row](int column, const std::string& text) {
            m_table->setItem(row, column, new QTableWidgetItem(QString::fromStdString(text)));
        };
        if (m_document)
            cell(0, interval.workCenter);
        cell(startColumn(), core::formatClockMinutes(interval.startMinute));
        cell(startColumn() + 1, core::formatClockMinutes(interval.endMinute));
    }
    m_filling = false;
}

void IntervalTable::takeEdit(QTableWidgetItem* item)
{
    if (m_filling)
        return;
    std::vector<Interval> changed = m_intervals;
    Interval& interval = changed[static_cast<std::size_t>(item->row())];
    const QString text = item->text().trimmed();
    if (item->column() < startColumn()) {
        interval.workCenter = text.toStdString();
    } else if (const auto minutes = core::parseClockMinutes(text.toStdString())) {
        (item->column() == startColumn() ? interval.startMinute : interval.endMinute) = *minutes;
    } else {
        fill();
        emit refused(tr("\"%1\" is not a time (HH:MM)").arg(text));
        return;
    }
    if (!(changed == m_intervals))
        emit edited(changed);
}

void IntervalTable::addInterval()
{
    Interval interval;
    interval.startMinute = m_intervals.empty() ? m_defaultStart : m_intervals.back().endMinute;
    interval.endMinute = std::min(interval.startMinute + m_defaultLength, kMinutesPerDay);
    if (m_document) {
        const auto& workCenters = m_document->factory().workCenters;
        interval.workCenter = !m_intervals.empty() ? m_intervals.back().workCenter
            : workCenters.empty()                  ? std::string()
                                                   : workCenters.front().code;
    }
    std::vector<Interval> changed = m_intervals;
    changed.push_back(interval);
    emit edited(changed);
}

void IntervalTable::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_intervals.size()))
        return;
    std::vector<Interval> changed = m_intervals;
    changed.erase(changed.begin() + row);
    emit edited(changed);
}

} // namespace pmc::ui
