#pragma once

#include <QStringList>

class QComboBox;

namespace pmc::ui {

/// Refills a filter combo box with `all` (an empty value) followed by `values`, keeping the
/// chosen value when it is still among them, without emitting a change (the caller re-applies
/// its filter once).
void refillFilterCombo(QComboBox* box, const QString& all, const QStringList& values);

} // namespace pmc::ui
