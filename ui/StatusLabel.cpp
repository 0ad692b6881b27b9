#include "ui/StatusLabel.h"

namespace pmc::ui {

StatusLabel::StatusLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void StatusLabel::say(const QString& text, bool problem)
{
    setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    setText(text);
}

} // namespace pmc::ui
