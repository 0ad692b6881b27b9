#include "ui/EmptyStatePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pmc::ui {

EmptyStatePage::EmptyStatePage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace pmc::ui
