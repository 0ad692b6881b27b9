#pragma once

#include <QString>

class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace pmc::ui {

/// How a number is entered in master-data editors (table cells and dialogs alike), so that a
/// quantity takes the same decimals everywhere. The limits keep typing errors out; the
/// validator still has the last word.
struct NumberFormat {
    double minimum = 0;
    double maximum = 1e9;
    int decimals = 0; ///< 0 = a whole number
    QString suffix;

    static NumberFormat quantity() { return {0, 1e9, 3, {}}; }
    static NumberFormat days() { return {0, 3650, 0, {}}; }
    /// A fraction shown and entered in percent, below 100 % (defect rates).
    static NumberFormat percentBelowWhole() { return {0, 99.99, 2, QStringLiteral("%")}; }
};

/// Whether a decimal box showing `shown` still shows `stored` at its decimals: then the stored
/// value is kept, so that opening and leaving an editor never changes a value by rounding it.
bool stillShows(double stored, double shown, int decimals);

QSpinBox* createWholeNumberBox(const NumberFormat& format, QWidget* parent);
QDoubleSpinBox* createDecimalBox(const NumberFormat& format, QWidget* parent);

} // namespace pmc::ui
