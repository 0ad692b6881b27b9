#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;

namespace pmc::ui {

/// What an area shows before it has content: what the area is for and what to do next.
class EmptyStatePage : public QWidget {
    Q_OBJECT
public:
    EmptyStatePage(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    /// Adds a button under the explanation that runs `run`: the next step, one click away.
    void addCommand(const QString& text, const std::function<void()>& run);

private:
    QHBoxLayout* m_commands;
};

} // namespace pmc::ui
