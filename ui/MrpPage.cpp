#include "ui/MrpPage.h"

#include "app/Document.h"
#include "app/models/MrpExceptionTableModel.h"
#include "app/models/PlannedOrderTableModel.h"
#include "core/mrp/MrpResult.h"
#include "ui/TablePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pmc::ui {

MrpPage::MrpPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_run(new QPushButton(tr("Run MRP (F5)"), this)),
      m_summary(new QLabel(this)),
      m_plannedOrders(new TablePage(new app::PlannedOrderTableModel(document, this), QStringLiteral("plannedOrders"), this)),
      m_exceptions(new TablePage(new app::MrpExceptionTableModel(document, this), QStringLiteral("mrpExceptions"), this))
{
    m_run->setShortcut(Qt::Key_F5);
    connect(m_run, &QPushButton::clicked, this, &MrpPage::runMrp);

    auto* exceptionsBox = new QWidget(this);
    auto* exceptionsLayout = new QVBoxLayout(exceptionsBox);
    exceptionsLayout->setContentsMargins(0, 0, 0, 0);
    exceptionsLayout->addWidget(new QLabel(tr("<b>Exception messages</b>"), exceptionsBox));
    exceptionsLayout->addWidget(m_exceptions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("MrpSplitter"));
    splitter->addWidget(m_plannedOrders);
    splitter->addWidget(exceptionsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(&m_document, &app::Document::factoryReset, this, &MrpPage::updateSummary);
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
    m_summary->setText(tr("Last run %1: %2 planned orders (%3 make, %4 buy), %5 exception messages")
                           .arg(m_document.lastMrpRunAt())
                           .arg(result.plannedOrders.size())
                           .arg(make)
                           .arg(static_cast<int>(result.plannedOrders.size()) - make)
                           .arg(result.exceptions.size()));
}

} // namespace pmc::ui
