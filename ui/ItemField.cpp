#include "ui/ItemField.h"

#include "app/models/ItemChoiceModel.h"

#include <QCompleter>

namespace pmc::ui {

ItemField::ItemField(app::Document& document, QWidget* parent)
    : QLineEdit(parent)
{
    auto* completer = new QCompleter(new app::ItemChoiceModel(document, app::ItemChoiceModel::Scope::All, this), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Code or name"));
}

QString ItemField::code() const
{
    return app::ItemChoiceModel::codeOfChoice(text());
}

} // namespace pmc::ui
