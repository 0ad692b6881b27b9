#pragma once

#include <QStyledItemDelegate>

namespace pmc::ui {

/// Paints the progress board's achievement cell as a bar: the track across the cell, filled
/// to app::AchievementRole (capped at 100 %) in the cell's foreground colour, with the
/// percentage on top. Cells without an achievement show only their text.
class AchievementBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace pmc::ui
