#include "ui/EmptyStatePage.h"

#include <QLabel>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pmc::ui {

EmptyStatePage::EmptyStatePage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent), m_commands(new QHBoxLayout)
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
    // A fixed width lets the wrapped label compute its height; centring it through layout
    // alignment instead would squeeze it into its one-line size hint and clip the text.
    text->setFixedWidth(560);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse); // commands can be copied
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(text);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addSpacing(16);
    m_commands->addStretch();
    m_commands->addStretch();
    layout->addLayout(m_commands);
    layout->addStretch(3);
}

void EmptyStatePage::addCommand(const QString& text, const std::function<void()>& run)
{
    auto* button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, run);
    m_commands->insertWidget(m_commands->count() - 1, button); // before the closing stretch
}

} // namespace pmc::ui
