#include "ui/AchievementBarDelegate.h"

#include "app/models/Roles.h"

#include <QPainter>

#include <algorithm>

namespace pmc::ui {

void AchievementBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant achievement = index.data(app::AchievementRole);
    if (!achievement.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    if (const QVariant background = index.data(Qt::BackgroundRole); background.canConvert<QBrush>())
        painter->fillRect(option.rect, background.value<QBrush>());
    const int margin = std::max(3, option.rect.height() / 6);
    const QRect track = option.rect.adjusted(margin, margin, -margin, -margin);
    const double share = std::clamp(achievement.toDouble(), 0.0, 1.0);
    const QColor bar = index.data(Qt::ForegroundRole).value<QBrush>().color();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x2a, 0x30, 0x38));
    painter->drawRoundedRect(track, margin, margin);
    if (share > 0) {
        painter->setBrush(bar);
        painter->drawRoundedRect(QRect(track.topLeft(), QSize(std::max(1, static_cast<int>(track.width() * share)), track.height())),
                                 margin, margin);
    }
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(track, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace pmc::ui
