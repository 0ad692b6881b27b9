#include "ui/masterdata/RefusalBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace pmc::ui {

namespace {

/// The banner shows this many reasons; the tooltip has them all (a deleted item can be used
/// by dozens of BOM rows).
constexpr int kShownLines = 6;

} // namespace

RefusalBanner::RefusalBanner(QWidget* parent) : QFrame(parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("RefusalBanner"));
    setStyleSheet(QStringLiteral("#RefusalBanner { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 3px; }"
                                 "#RefusalBanner QLabel { color: #6b1a1a; }"));
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void RefusalBanner::showMessage(const QString& message)
{
    QStringList lines = message.split(QLatin1Char('\n'));
    const qsizetype hidden = lines.size() - kShownLines;
    if (hidden > 0) {
        lines = lines.mid(0, kShownLines);
        lines << tr("... and %n more (see the tooltip)", nullptr, static_cast<int>(hidden));
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    setToolTip(message);
    show();
}

QString RefusalBanner::message() const
{
    return isHidden() ? QString() : toolTip();
}

} // namespace pmc::ui
