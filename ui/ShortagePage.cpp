#include "ui/ShortagePage.h"

#include "app/Document.h"
#include "app/models/ShortageTableModel.h"
#include "app/print/ShortageListDocument.h"
#include "core/shortage/ShortageList.h"
#include "ui/PrintPreview.h"
#include "ui/TablePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

ShortagePage::ShortagePage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel(this)),
      m_table(new TablePage(new app::ShortageTableModel(document, this), QStringLiteral("shortages"), this))
{
    auto* refresh = new QPushButton(tr("Run MRP"), this);
    connect(refresh, &QPushButton::clicked, &m_document, &app::Document::startMrp);
    connect(&m_document, &app::Document::mrpFinished, this, &ShortagePage::updateSummary);
    connect(&m_document, &app::Document::factoryReset, this, &ShortagePage::updateSummary);
    auto* print = new QPushButton(tr("Print preview..."), this);
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("The shortage list to chase purchasing with: print or export PDF (%1)")
                          .arg(print->shortcut().toString(QKeySequence::NativeText)));
    connect(print, &QPushButton::clicked, this, &ShortagePage::printPreview);

    auto* top = new QHBoxLayout;
    top->addWidget(refresh);
    top->addWidget(m_summary, 1);
    top->addWidget(print);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    updateSummary();
}

void ShortagePage::printPreview()
{
    if (!m_document.hasShortages()) {
        m_summary->setText(tr("Run MRP first: the shortage list comes from the MRP run."));
        return;
    }
    showFormPreview(app::ShortageListDocument(m_document.factory(), m_document.shortages(),
                                              m_document.factory().settings.today),
                    this);
}

void ShortagePage::updateSummary()
{
    if (!m_document.hasShortages()) {
        m_summary->setText(tr("Run MRP to list the materials that stock and open purchase orders do not cover."));
        return;
    }
    const auto& shortages = m_document.shortages();
    const auto blocking = std::count_if(shortages.begin(), shortages.end(), [](const core::Shortage& s) { return !s.orders.empty(); });
    m_summary->setText(tr("%1 materials short, %2 of them blocking orders (MRP run %3)")
                           .arg(shortages.size()).arg(blocking).arg(m_document.lastMrpRunAt()));
}

} // namespace pmc::ui
