#pragma once

#include <QWidget>

namespace pmc::ui {

/// What an area shows before it has content: what the area is for and what to do next.
class EmptyStatePage : public QWidget {
    Q_OBJECT
public:
    EmptyStatePage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

} // namespace pmc::ui
