#include "ui/MrpPage.h"

#include "app/Document.h"
#include "app/models/PlannedOrderTableModel.h"
#include "core/mrp/MrpResult.h"
#include "ui/ExceptionListPage.h"
#include "ui/PlannedOrderActions.h"
#include "ui/RememberedTab.h"
#include "ui/RequirementDrillDialog.h"
#include "ui/RequirementGridPage.h"
#include "ui/TablePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace pmc::ui {

MrpPage::MrpPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_run(new QPushButton(tr("Run MRP (F5)"), this)),
      m_summary(new QLabel(this)),
      m_plannedOrders(new TablePage(new app::PlannedOrderTableModel(document, this), QStringLiteral("plannedOrders"), this)),
      m_requirements(new RequirementGridPage(document, this)), m_exceptions(new ExceptionListPage(document, this)),
      m_tabs(new QTabWidget(this))
{
    m_run->setShortcut(Qt::Key_F5);
    connect(m_run, &QPushButton::clicked, this, &MrpPage::runMrp);

    connect(m_requirements, &RequirementGridPage::runRequested, this, &MrpPage::runMrp);
    connect(m_plannedOrders->view(), &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        m_requirements->drillDialog()->showPlannedOrder(index.siblingAtColumn(app::PlannedOrderTableModel::Id).data().toString(),
                                                        index.siblingAtColumn(app::PlannedOrderTableModel::Item).data().toString());
    });

    m_tabs->setObjectName(QStringLiteral("MrpTabs"));
    m_tabs->addTab(m_plannedOrders, tr("Planned orders"));
    m_tabs->addTab(m_requirements, tr("Material requirements"));
    m_tabs->addTab(m_exceptions, tr("Exception messages"));
    rememberTab(m_tabs, QStringLiteral("mrp/tab"));
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        const QKeySequence key(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + tab));
        m_tabs->setTabToolTip(tab, key.toString(QKeySequence::NativeText));
        connect(new QShortcut(key, this), &QShortcut::activated, m_tabs, [this, tab] { m_tabs->setCurrentIndex(tab); });
    }
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("mrp/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int tab) { QSettings().setValue(QStringLiteral("mrp/tab"), tab); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_summary, 1);
    (new PlannedOrderActions(m_document, m_plannedOrders->view(), this))->addButtons(top);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(&m_document, &app::Document::factoryReset, this, &MrpPage::updateSummary);
    connect(&m_document, &app::Document::plannedOrdersChanged, this, &MrpPage::updateSummary);
    connect(&m_document, &app::Document::mrpFinished, this, [this] {
        endRun();
        updateSummary();
    });
    connect(&m_document, &app::Document::mrpCancelled, this, &MrpPage::endRun);
    connect(&m_document, &app::Document::mrpFailed, this, [this](const QString& reason) {
        endRun();
        QMessageBox::critical(this, tr("MRP"), tr("MRP failed: %1").arg(reason));
    });
    updateSummary();
}

TablePage* MrpPage::exceptions() const
{
    return m_exceptions->table();
}

void MrpPage::runMrp()
{
    if (m_document.isMrpRunning())
        return;
    m_run->setEnabled(false);
    m_progress = new QProgressDialog(tr("Planning material requirements..."), tr("Cancel"), 0, 100, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, &m_document, &app::Document::cancelMrp);
    connect(&m_document, &app::Document::mrpProgress, m_progress, &QProgressDialog::setValue);
    m_document.startMrp();
}

void MrpPage::endRun()
{
    m_run->setEnabled(true);
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

void MrpPage::updateSummary()
{
    if (!m_document.hasMrpResult()) {
        m_summary->setText(tr("MRP has not run on this data yet. Press Run MRP to plan what to make and buy."));
        return;
    }
    const auto& result = m_document.mrpResult();
    int make = 0;
    for (const auto& order : result.plannedOrders)
        make += order.source == core::ItemSource::Make ? 1 : 0;
    QString text = tr("Last run %1: %2 planned orders (%3 make, %4 buy), %5 exception messages")
                       .arg(m_document.lastMrpRunAt())
                       .arg(result.plannedOrders.size())
                       .arg(make)
                       .arg(static_cast<int>(result.plannedOrders.size()) - make)
                       .arg(result.exceptions.size());
    if (const std::optional<std::size_t> replanned = m_document.lastMrpReplanned())
        text += tr(" (net change: %n item(s) re-planned)", nullptr, static_cast<int>(*replanned));
    m_summary->setText(text);
}

} // namespace pmc::ui
