#pragma once

#include <QLineEdit>

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// A line edit to pick an item by code or name, completing from the item master as typed.
class ItemField : public QLineEdit {
    Q_OBJECT
public:
    ItemField(app::Document& document, QWidget* parent = nullptr);

    /// The item code chosen or typed ("CODE  name" choices give their code).
    QString code() const;
};

} // namespace pmc::ui
