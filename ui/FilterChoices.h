#pragma once

#include <QStringList>

class QComboBox;

namespace pmc::core {
struct FactoryModel;
}

namespace pmc::ui {

/// The workshops of the factory's work centers, each once, in the order they first appear.
QStringList workshopNames(const core::FactoryModel& model);

/// Refills a filter combo box with `all` (an empty value) followed by `values`, keeping the
/// chosen value when it is still among them, without emitting a change (the caller re-applies
/// its filter once).
void refillFilterCombo(QComboBox* box, const QString& all, const QStringList& values);

} // namespace pmc::ui
