#include "app/models/NumberText.h"

#include <QLocale>

namespace pmc::app {

QString formatNumber(double value, int maxDecimals)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', maxDecimals);
    const QString point = locale.decimalPoint();
    if (maxDecimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

} // namespace pmc::app
