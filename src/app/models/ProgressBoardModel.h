#pragma once

#include "core/plan/ProgressBoard.h"

#include <QAbstractTableModel>

#include <vector>

namespace pmc::app {

/// The progress board (生产进度看板) as a table: each workshop's caption row with its totals,
/// followed by its lines. Colours for the board's dark background: red foreground where a line
/// is behind or has late items, green where it achieved its plan; the Achievement column's
/// foreground is the colour of its bar (AchievementRole gives the fraction). Owns a copy of
/// the board; UI thread.
class ProgressBoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, CurrentOrder, Plan, Actual, Achievement, Late, ColumnCount };

    explicit ProgressBoardModel(QObject* parent = nullptr);

    /// Shows `board`; `today` is the schedule's day 0 its minutes count from.
    void setBoard(core::ProgressBoard board, core::Date today);
    const core::ProgressBoard& board() const { return m_board; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "66.7%", or a dash without a plan.
    static QString achievementText(const std::optional<double>& achievement);

private:
    /// A table row: a workshop caption (index into workshops) or a board row (index into rows).
    struct Entry {
        bool caption = false;
        std::size_t index = 0;
    };

    QVariant rowData(const core::BoardRow& row, Column column, int role) const;
    QVariant captionData(const core::BoardWorkshop& workshop, Column column, int role) const;
    QString orderText(const core::BoardOrder& order) const;

    core::ProgressBoard m_board;
    core::Date m_today;
    std::vector<Entry> m_entries;
};

} // namespace pmc::app
