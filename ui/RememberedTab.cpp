#include "ui/RememberedTab.h"

#include <QSettings>
#include <QTabWidget>

namespace pmc::ui {

void rememberTab(QTabWidget* tabs, const QString& key)
{
    const int last = QSettings().value(key, 0).toInt();
    if (last >= 0 && last < tabs->count())
        tabs->setCurrentIndex(last);
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [key](int index) { QSettings().setValue(key, index); });
}

} // namespace pmc::ui
