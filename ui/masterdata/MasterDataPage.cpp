#include "ui/masterdata/MasterDataPage.h"

#include "app/models/SearchIndex.h"
#include "ui/RememberedTab.h"
#include "ui/TablePage.h"

#include "ui/masterdata/BomPage.h"
#include "ui/masterdata/CalendarPage.h"
#include "ui/masterdata/ItemEditorPage.h"
#include "ui/masterdata/RoutingPage.h"
#include "ui/masterdata/StockPage.h"
#include "ui/masterdata/SupplierPage.h"
#include "ui/masterdata/WorkCenterPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {
/// Opens the tab holding a `Page` and returns it.
template <typename Page>
Page* showTab(QTabWidget& tabs)
{
    for (int i = 0; i < tabs.count(); ++i)
        if (auto* page = qobject_cast<Page*>(tabs.widget(i))) {
            tabs.setCurrentIndex(i);
            return page;
        }
    return nullptr;
}
} // namespace

MasterDataPage::MasterDataPage(app::Document& document, QWidget* parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);

    m_tabs->addTab(new ItemEditorPage(document, this), tr("Items"));
    m_tabs->addTab(new WorkCenterPage(document, this), tr("Work centers"));
    m_tabs->addTab(new SupplierPage(document, this), tr("Suppliers"));
    m_tabs->addTab(new StockPage(document, this), tr("Stock"));
    m_tabs->addTab(new BomPage(document, this), tr("BOM"));
    m_tabs->addTab(new RoutingPage(document, this), tr("Routings"));
    m_tabs->addTab(new CalendarPage(document, this), tr("Calendar"));

    rememberTab(m_tabs, QStringLiteral("masterdata/tab"));
}

void MasterDataPage::showRecord(app::SearchKind kind, const QString& code)
{
    switch (kind) {
    case app::SearchKind::Item:
        if (auto* page = showTab<ItemEditorPage>(*m_tabs))
            page->table()->showMatching(code);
        break;
    case app::SearchKind::Supplier:
        if (auto* page = showTab<SupplierPage>(*m_tabs))
            page->table()->showMatching(code);
        break;
    case app::SearchKind::WorkCenter:
        if (auto* page = showTab<WorkCenterPage>(*m_tabs))
            page->selectWorkCenter(code);
        break;
    default:
        break;
    }
}

} // namespace pmc::ui
