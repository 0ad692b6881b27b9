#include "ui/OrderProgressDialog.h"

#include "app/BackgroundJob.h"
#include "app/Document.h"
#include "app/DocumentOrderProgress.h"
#include "app/models/OrderProgressText.h"
#include "app/models/ShortMaterialModel.h"
#include "app/models/SupplyChainModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QString lineChangeText(const core::LineChange& change)
{
    const QString late = change.daysLateAfter > 0
                             ? OrderProgressDialog::tr("%n day(s) late", nullptr, change.daysLateAfter)
                             : OrderProgressDialog::tr("on time");
    return OrderProgressDialog::tr("%1: %2 → %3 (%4)")
        .arg(q(change.line), q(change.before.toString()), q(change.after.toString()), late);
}

} // namespace

OrderProgressDialog::OrderProgressDialog(app::Document& document, const QString& salesOrder, QWidget* parent)
    : QDialog(parent),
      m_document(document),
      m_number(salesOrder.toStdString()),
      m_chainModel(new app::SupplyChainModel(this)),
      m_materialModel(new app::ShortMaterialModel(this)),
      m_job(new app::BackgroundJob(this)),
      m_header(new QLabel(this)),
      m_lines(new QComboBox(this)),
      m_projection(new QLabel(this)),
      m_notPlanned(new QLabel(this)),
      m_chain(new QTreeView(this)),
      m_materials(new QTableView(this)),
      m_causes(new QLabel(this)),
      m_fixBox(new QGroupBox(tr("Fixes"), this)),
      m_fixGrid(new QGridLayout(m_fixBox)),
      m_preview(new QLabel(this))
{
    setWindowTitle(tr("Order progress %1").arg(salesOrder));
    resize(1000, 720);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notPlanned->setWordWrap(true);
    m_causes->setWordWrap(true);
    m_causes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_chain->setModel(m_chainModel);
    m_chain->setUniformRowHeights(true);
    m_chain->setMinimumHeight(240); // the chain is what the customer asks about first
    m_materials->setModel(m_materialModel);
    m_materials->horizontalHeader()->setStretchLastSection(true);
    m_materials->verticalHeader()->hide();

    auto* lineRow = new QFormLayout;
    lineRow->addRow(tr("Line:"), m_lines);
    lineRow->addRow(tr("Promised / projected:"), m_projection);
    auto* causesBox = new QGroupBox(tr("Why it is late"), this);
    (new QVBoxLayout(causesBox))->addWidget(m_causes);
    auto* materialsBox = new QGroupBox(tr("Materials still short"), this);
    (new QVBoxLayout(materialsBox))->addWidget(m_materials);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(materialsBox);
    lowerLayout->addWidget(causesBox);
    lowerLayout->addWidget(m_fixBox);
    lowerLayout->addWidget(m_preview);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chain);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(lineRow);
    layout->addWidget(m_notPlanned);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_lines, &QComboBox::currentIndexChanged, this, &OrderProgressDialog::showLine);
    connect(&m_document, &app::Document::scheduleFinished, this, &OrderProgressDialog::refresh);
    refresh();
}

OrderProgressDialog::~OrderProgressDialog() { m_job->wait(); }

void OrderProgressDialog::refresh()
{
    m_progress = app::documentOrderProgress(m_document, m_number);
    const core::OrderProgress& p = m_progress;
    m_header->setText(tr("%1   %2   %3   priority %4")
                          .arg(q(p.number), p.customer.empty() ? tr("(no customer)") : q(p.customer),
                               app::OrderProgressText::salesOrderStatus(p.status))
                          .arg(p.priority));
    m_notPlanned->setText(tr("This order is %1: nothing is planned for it.")
                              .arg(app::OrderProgressText::salesOrderStatus(p.status)));
    m_notPlanned->setVisible(!p.planned);
    const int current = std::max(0, m_lines->currentIndex());
    const QSignalBlocker blocker(m_lines);
    m_lines->clear();
    for (const core::LineProgress& line : p.lines)
        m_lines->addItem(tr("%1  %2 × %3").arg(q(line.id), q(line.item)).arg(line.openQty));
    m_lines->setCurrentIndex(std::min(current, m_lines->count() - 1));
    showLine(m_lines->currentIndex());
}

void OrderProgressDialog::showLine(int index)
{
    if (index < 0 || index >= static_cast<int>(m_progress.lines.size()))
        return;
    const core::LineProgress& line = m_progress.lines[static_cast<std::size_t>(index)];
    const QString promised = q(line.committed.toString());
    if (!m_progress.planned)
        m_projection->setText(promised);
    else if (line.shipped)
        m_projection->setText(tr("%1 — shipped in full").arg(promised));
    else if (line.stockCovered)
        m_projection->setText(tr("%1 / from stock, ready now").arg(promised));
    else if (line.daysLate > 0)
        m_projection->setText(tr("%1 / %2 — %n day(s) late", nullptr, line.daysLate)
                                  .arg(promised, app::OrderProgressText::minute(m_progress.today, line.completionMinute)));
    else
        m_projection->setText(tr("%1 / %2 — on time")
                                  .arg(promised, app::OrderProgressText::minute(m_progress.today, line.completionMinute)));
    m_projection->setStyleSheet(line.daysLate > 0 ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());

    m_chainModel->setLine(line, m_progress.today);
    m_chain->expandAll();
    for (int c = 0; c < m_chainModel->columnCount(); ++c)
        m_chain->resizeColumnToContents(c);
    m_materialModel->setMaterials(line.materials);
    m_materials->resizeColumnsToContents();

    QStringList causes;
    for (const core::DelayCause& cause : line.causes)
        causes << QStringLiteral("• ") + app::OrderProgressText::cause(cause, m_progress.today);
    m_causes->setText(line.daysLate > 0 && causes.isEmpty() ? tr("No cause found in the schedule.")
                      : causes.isEmpty()                    ? tr("Not late.")
                                                            : causes.join(QLatin1Char('\n')));
    m_preview->clear();
    showFixes(line);
}

void OrderProgressDialog::showFixes(const core::LineProgress& line)
{
    while (QLayoutItem* item = m_fixGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_previewButtons.clear();
    m_fixBox->setVisible(!line.fixes.empty());
    for (std::size_t i = 0; i < line.fixes.size(); ++i) {
        const core::Fix& fix = line.fixes[i];
        const int row = static_cast<int>(i);
        m_fixGrid->addWidget(new QLabel(app::OrderProgressText::fix(fix, m_progress.today), m_fixBox), row, 0);
        auto* preview = new QPushButton(tr("Preview"), m_fixBox);
        auto* apply = new QPushButton(tr("Apply"), m_fixBox);
        preview->setEnabled(!m_job->isRunning());
        connect(preview, &QPushButton::clicked, this, [this, row] { previewFix(row); });
        connect(apply, &QPushButton::clicked, this, [this, row] {
            if (const QStringList refused = applyFix(row); !refused.isEmpty())
                m_preview->setText(refused.join(QLatin1Char('\n')));
        });
        m_fixGrid->addWidget(preview, row, 1);
        m_fixGrid->addWidget(apply, row, 2);
        m_previewButtons.push_back(preview);
    }
    m_fixGrid->setColumnStretch(0, 1);
}

QString OrderProgressDialog::header() const { return m_header->text(); }
QString OrderProgressDialog::projection() const { return m_projection->text(); }
QString OrderProgressDialog::causes() const { return m_causes->text(); }
QString OrderProgressDialog::previewText() const { return m_preview->text(); }
bool OrderProgressDialog::isPreviewRunning() const { return m_job->isRunning(); }
void OrderProgressDialog::waitForPreview() { m_job->wait(); }

std::vector<core::Fix> OrderProgressDialog::fixes() const
{
    const int index = m_lines->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_progress.lines.size()))
        return {};
    return m_progress.lines[static_cast<std::size_t>(index)].fixes;
}

void OrderProgressDialog::previewFix(int index)
{
    const std::vector<core::Fix> all = fixes();
    if (index < 0 || index >= static_cast<int>(all.size()) || m_job->isRunning())
        return;
    // The worker plans snapshots: the live factory may change while it runs.
    auto model = std::make_shared<const core::FactoryModel>(m_document.factory());
    auto result = std::make_shared<core::FixPreview>();
    const core::Fix fix = all[static_cast<std::size_t>(index)];
    const std::string number = m_number;
    for (QPushButton* button : m_previewButtons)
        button->setEnabled(false);
    m_preview->setText(tr("Replanning with: %1 …").arg(app::OrderProgressText::fix(fix, m_progress.today)));
    m_job->start([model, fix, number, result] { *result = core::previewFix(*model, fix, number); },
                 [this, result](const QString& error, bool) {
                     for (QPushButton* button : m_previewButtons)
                         button->setEnabled(true);
                     if (!error.isEmpty())
                         m_preview->setText(tr("The preview failed: %1").arg(error));
                     else
                         showPreview(*result);
                 });
}

void OrderProgressDialog::showPreview(const core::FixPreview& preview)
{
    QStringList text{tr("This line: %1").arg(lineChangeText(preview.line))};
    if (!preview.later.empty()) {
        text << tr("Later:");
        for (const core::LineChange& change : preview.later)
            text << QStringLiteral("  ") + lineChangeText(change);
    }
    if (!preview.earlier.empty()) {
        text << tr("Earlier:");
        for (const core::LineChange& change : preview.earlier)
            text << QStringLiteral("  ") + lineChangeText(change);
    }
    if (preview.later.empty() && preview.earlier.empty())
        text << tr("No other order changes its completion day.");
    m_preview->setText(text.join(QLatin1Char('\n')));
}

QStringList OrderProgressDialog::applyFix(int index)
{
    const std::vector<core::Fix> all = fixes();
    if (index < 0 || index >= static_cast<int>(all.size()))
        return {tr("This fix cannot be applied here.")};
    const core::Fix& fix = all[static_cast<std::size_t>(index)];
    const QStringList refused = m_document.edit(fix.edit, tr("%1 for %2").arg(app::OrderProgressText::fix(fix, m_progress.today), q(m_number)));
    if (!refused.isEmpty())
        return refused;
    m_preview->setText(tr("Applied; replanning …"));
    m_document.replan(m_document.lastScheduleOptions());
    return {};
}

} // namespace pmc::ui
