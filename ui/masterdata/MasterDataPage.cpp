#include "ui/masterdata/MasterDataPage.h"

#include "app/models/ItemTableModel.h"
#include "ui/TablePage.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pmc::ui {

MasterDataPage::MasterDataPage(app::Document& document, QWidget* parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);

    m_tabs->addTab(new TablePage(new app::ItemTableModel(document, this), QStringLiteral("items"), this), tr("Items"));

    QSettings settings;
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("masterdata/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("masterdata/tab"), index); });
}

} // namespace pmc::ui
