#include "app/print/PrintFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace pmc::app {

QString printFontFamily()
{
    static const QString family = [] {
        const QString wanted = QStringLiteral("WenQuanYi Micro Hei");
        if (QFontDatabase::families().contains(wanted))
            return wanted;
        const int id
            = QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        const QStringList loaded = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        return loaded.isEmpty() ? wanted : loaded.front();
    }();
    return family;
}

} // namespace pmc::app
