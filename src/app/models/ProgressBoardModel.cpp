#include "app/models/ProgressBoardModel.h"

#include "app/models/NumberText.h"
#include "app/models/Roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace pmc::app {

namespace {

// Readable on the board's near-black background from across the shop.
const QColor kRed(0xff, 0x52, 0x52);
const QColor kGreen(0x66, 0xdd, 0x6a);
const QColor kBar(0x42, 0xa5, 0xf5);
const QColor kCaptionBackground(0x1e, 0x3a, 0x5f);
const QColor kBehindBackground(0x45, 0x16, 0x16);
const QColor kAchievedBackground(0x12, 0x36, 0x1c);

QString clockText(int minuteOfDay)
{
    return QString::fromStdString(core::formatClockMinutes(minuteOfDay));
}

} // namespace

ProgressBoardModel::ProgressBoardModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProgressBoardModel::setBoard(core::ProgressBoard board, core::Date today)
{
    beginResetModel();
    m_board = std::move(board);
    m_today = today;
    m_entries.clear();
    for (std::size_t w = 0; w < m_board.workshops.size(); ++w) {
        const core::BoardWorkshop& workshop = m_board.workshops[w];
        m_entries.push_back({true, w});
        for (int r = 0; r < workshop.totals.rows; ++r)
            m_entries.push_back({false, workshop.firstRow + static_cast<std::size_t>(r)});
    }
    endResetModel();
}

int ProgressBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ProgressBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgressBoardModel::achievementText(const std::optional<double>& achievement)
{
    return achievement ? QStringLiteral("%1%").arg(*achievement * 100, 0, 'f', 1) : QStringLiteral("—");
}

QString ProgressBoardModel::orderText(const core::BoardOrder& order) const
{
    const QString text = QStringLiteral("%1  %2").arg(QString::fromStdString(order.order),
        QString::fromStdString(order.itemName.empty() ? order.item : order.itemName));
    if (order.running)
        return text;
    const int dayStart = (m_board.date - m_today) * 24 * 60;
    return tr("Next %1: %2").arg(clockText(order.startMinute - dayStart), text);
}

QVariant ProgressBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == BoardCaptionRole)
        return entry.caption;
    if (role == Qt::TextAlignmentRole)
        return column == Line || column == CurrentOrder ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                        : QVariant(Qt::AlignCenter);
    if (entry.caption)
        return captionData(m_board.workshops[entry.index], column, role);
    return rowData(m_board.rows[entry.index], column, role);
}

QVariant ProgressBoardModel::captionData(const core::BoardWorkshop& workshop, Column column, int role) const
{
    const core::BoardTotals& totals = workshop.totals;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Line: return QString::fromStdString(workshop.workshop);
        case CurrentOrder: return tr("%1 lines, %2 behind").arg(totals.rows).arg(totals.behindRows);
        case Plan: return formatNumber(totals.planQty, 3);
        case Actual: return formatNumber(totals.actualQty, 3);
        case Achievement: return achievementText(totals.achievement);
        case Late: return totals.lateLines > 0 ? QString::number(totals.lateLines) : QStringLiteral("—");
        case ColumnCount: break;
        }
        return {};
    case AchievementRole:
        return column == Achievement && totals.achievement ? QVariant(*totals.achievement) : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::BackgroundRole: return QBrush(kCaptionBackground);
    case Qt::ForegroundRole:
        if (column == Late && totals.lateLines > 0)
            return QBrush(kRed);
        if (column == Achievement)
            return QBrush(totals.achievement && *totals.achievement >= 1 ? kGreen : kBar);
        return {};
    default: return {};
    }
}

QVariant ProgressBoardModel::rowData(const core::BoardRow& row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Line: return QStringLiteral("%1 #%2").arg(QString::fromStdString(row.workCenterName)).arg(row.unit + 1);
        case CurrentOrder: return row.current ? orderText(*row.current) : tr("No more work today");
        case Plan: return formatNumber(row.planQty, 3);
        case Actual: return formatNumber(row.actualQty, 3);
        case Achievement: return achievementText(row.achievement);
        case Late: return row.late.empty() ? QStringLiteral("—") : QString::number(row.late.size());
        case ColumnCount: break;
        }
        return {};
    case AchievementRole:
        return column == Achievement && row.achievement ? QVariant(*row.achievement) : QVariant();
    case KeyRole: return QStringLiteral("%1#%2").arg(QString::fromStdString(row.workCenter)).arg(row.unit);
    case Qt::BackgroundRole:
        if (row.behind)
            return QBrush(kBehindBackground);
        return row.achieved ? QVariant(QBrush(kAchievedBackground)) : QVariant();
    case Qt::ForegroundRole:
        if (column == Late)
            return row.late.empty() ? QVariant() : QVariant(QBrush(kRed));
        if (column == Actual || column == Achievement) {
            if (row.behind)
                return QBrush(kRed);
            if (row.achieved)
                return QBrush(kGreen);
            return column == Achievement ? QVariant(QBrush(kBar)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList late;
        for (const core::BoardLateLine& line : row.late)
            late << tr("%1 op %2: due %3, projected %4")
                        .arg(QString::fromStdString(line.order))
                        .arg(line.seq)
                        .arg(QString::fromStdString(line.due.toString()), QString::fromStdString(line.projected.toString()));
        return late.isEmpty() ? QVariant() : QVariant(late.join(QLatin1Char('\n')));
    }
    default: return {};
    }
}

QVariant ProgressBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Line: return tr("Line");
    case CurrentOrder: return tr("Current work order");
    case Plan: return tr("Plan today");
    case Actual: return tr("Actual");
    case Achievement: return tr("Achievement");
    case Late: return tr("Late");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pmc::app
