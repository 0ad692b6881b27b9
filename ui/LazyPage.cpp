#include "ui/LazyPage.h"

namespace pmc::ui {

void LazyPage::markStale()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void LazyPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace pmc::ui
