#include "ui/masterdata/NumberFormat.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pmc::ui {

bool stillShows(double stored, double shown, int decimals)
{
    return std::abs(shown - stored) < 0.5 * std::pow(10.0, -decimals);
}

QSpinBox* createWholeNumberBox(const NumberFormat& format, QWidget* parent)
{
    constexpr double largest = std::numeric_limits<int>::max();
    auto* box = new QSpinBox(parent);
    box->setRange(static_cast<int>(std::max(-largest, format.minimum)), static_cast<int>(std::min(largest, format.maximum)));
    box->setSuffix(format.suffix);
    box->setAlignment(Qt::AlignRight);
    return box;
}

QDoubleSpinBox* createDecimalBox(const NumberFormat& format, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(format.decimals);
    box->setRange(format.minimum, format.maximum);
    box->setSuffix(format.suffix);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace pmc::ui
