#pragma once

#include "core/Date.h"

#include <QDate>

namespace pmc::app {

/// Core dates count days since 1970-01-01; QDate counts Julian days. Both are plain day
/// numbers, so converting is one offset.
inline constexpr qint64 kJulianDayOf1970 = 2440588;

inline QDate toQDate(core::Date date) { return QDate::fromJulianDay(kJulianDayOf1970 + date.days()); }
inline core::Date toCoreDate(QDate date)
{
    return core::Date::fromDays(static_cast<int>(date.toJulianDay() - kJulianDayOf1970));
}

} // namespace pmc::app
