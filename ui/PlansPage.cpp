#include "ui/PlansPage.h"

#include "app/Document.h"
#include "app/models/FormTableModel.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "ui/FilterChoices.h"
#include "ui/PrintPreview.h"
#include "ui/StatusLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace pmc::ui {

namespace {

const QString kKindKey = QStringLiteral("plans/kind");
constexpr int kNoVersion = -1;

} // namespace

PlansPage::PlansPage(app::Document& document, QWidget* parent)
    : LazyPage(parent), m_document(document), m_kind(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_scopeLabel(new QLabel(this)), m_scope(new QComboBox(this)), m_versionLabel(new QLabel(this)),
      m_version(new QComboBox(this)), m_heading(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new app::FormTableModel(this)), m_status(new StatusLabel(this))
{
    using Kind = app::PlanSheetKind;
    m_kind->addItem(tr("Daily plan"), int(Kind::Daily));
    m_kind->addItem(tr("Weekly plan"), int(Kind::Weekly));
    m_kind->addItem(tr("Monthly plan"), int(Kind::Monthly));
    m_kind->addItem(tr("Kitting list"), int(Kind::Kitting));
    m_kind->addItem(tr("Changes since release"), int(Kind::Changes));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QSettings().value(kKindKey, int(Kind::Daily)).toInt())));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(app::toQDate(m_document.factory().settings.today));
    m_databasePath = m_document.path();
    m_versionLabel->setText(tr("Version"));

    auto* preview = new QPushButton(tr("Print preview..."), this);
    preview->setShortcut(QKeySequence::Print);
    preview->setToolTip(tr("Print preview, print or export PDF (%1)").arg(preview->shortcut().toString(QKeySequence::NativeText)));
    auto* excel = new QPushButton(tr("Export Excel..."), this);
    excel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    excel->setToolTip(tr("The sheet as an Excel workbook in the printed layout (%1)").arg(excel->shortcut().toString(QKeySequence::NativeText)));
    auto* release = new QPushButton(tr("Release plan..."), this);
    release->setToolTip(tr("Release a day's plan to the shop floor (Plan > Release plan, Ctrl+Alt+R)"));
    connect(preview, &QPushButton::clicked, this, &PlansPage::printPreview);
    connect(excel, &QPushButton::clicked, this, &PlansPage::chooseExcelFile);
    connect(release, &QPushButton::clicked, this, &PlansPage::releaseRequested);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(m_date);
    controls->addWidget(m_scopeLabel);
    controls->addWidget(m_scope);
    controls->addWidget(m_versionLabel);
    controls->addWidget(m_version);
    controls->addStretch(1);
    controls->addWidget(preview);
    controls->addWidget(excel);
    controls->addWidget(release);

    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    fillScopes();
    fillVersions();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kKindKey, int(chosenKind()));
        fillScopes();
        fillVersions();
        refresh();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        fillVersions();
        refresh();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillVersions();
        refresh();
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, &PlansPage::refresh);
    connect(&m_document, &app::Document::factoryReset, this, [this] {
        // Another database starts on its planning date; the same one reopened (after a release
        // or an import) keeps the day the planner is looking at.
        if (m_document.path() != m_databasePath) {
            m_databasePath = m_document.path();
            const QSignalBlocker blocker(m_date);
            m_date->setDate(app::toQDate(m_document.factory().settings.today));
        }
        fillScopes();
        fillVersions();
        markStale();
    });
    for (auto signal : { &app::Document::masterDataChanged, &app::Document::mrpFinished,
             &app::Document::plannedOrdersChanged })
        connect(&m_document, signal, this, &PlansPage::markStale);
}

app::PlanSheetKind PlansPage::chosenKind() const
{
    return static_cast<app::PlanSheetKind>(m_kind->currentData().toInt());
}

QString PlansPage::heading() const
{
    return m_heading->text();
}

QString PlansPage::status() const
{
    return m_status->text();
}

void PlansPage::fillScopes()
{
    const core::FactoryModel& model = m_document.factory();
    if (chosenKind() == app::PlanSheetKind::Kitting) {
        m_scopeLabel->setText(tr("Work center"));
        QStringList centers;
        for (const core::WorkCenter& center : model.workCenters)
            centers << QString::fromStdString(center.code);
        if (m_scope->itemText(0) != tr("All work centers"))
            m_scope->clear();
        refillFilterCombo(m_scope, tr("All work centers"), centers);
        return;
    }
    m_scopeLabel->setText(tr("Workshop"));
    if (m_scope->itemText(0) != tr("All workshops"))
        m_scope->clear();
    refillFilterCombo(m_scope, tr("All workshops"), workshopNames(model));
}

void PlansPage::fillVersions()
{
    const app::PlanSheetKind kind = chosenKind();
    const bool versioned = kind == app::PlanSheetKind::Daily || kind == app::PlanSheetKind::Changes;
    m_versionLabel->setVisible(versioned);
    m_version->setVisible(versioned);
    const int chosen = m_version->currentData().toInt();
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    m_version->addItem(kind == app::PlanSheetKind::Changes ? tr("Latest release") : tr("Current plan"), kNoVersion);
    if (!versioned || !m_document.isOpen())
        return;
    const std::string scope = m_scope->currentData().toString().toStdString();
    for (const core::PlanRelease& release :
        app::planReleases(m_document.path().toStdString(), app::toCoreDate(m_date->date()))) {
        if (release.workshop != scope)
            continue;
        QString text = tr("V%1 released %2 by %3")
                           .arg(release.version)
                           .arg(QString::fromStdString(release.releasedAt).replace(QLatin1Char('T'), QLatin1Char(' ')).left(16),
                               QString::fromStdString(release.releasedBy));
        if (!release.note.empty())
            text += QStringLiteral(" · ") + QString::fromStdString(release.note);
        m_version->addItem(text, release.version);
    }
    m_version->setCurrentIndex(std::max(0, m_version->findData(chosen)));
}

void PlansPage::refresh()
{
    markFresh();
    if (!m_document.isOpen()) {
        m_sheet.reset();
        m_model->setContent({});
        m_heading->clear();
        m_status->say(tr("No database is open."));
        return;
    }
    auto request = std::make_shared<app::PlanSheetRequest>();
    request->databasePath = m_document.path().toStdString();
    request->kind = chosenKind();
    request->date = app::toCoreDate(m_date->date());
    request->scope = m_scope->currentData().toString().toStdString();
    if (const int version = m_version->currentData().toInt(); version != kNoVersion && m_version->isVisibleTo(this))
        request->version = version;
    const bool started = buildOnWorker<app::PlanSheet>(
        [request] { return app::PlanSheet::build(*request); },
        [this](app::PlanSheet sheet) { showSheet(std::move(sheet)); },
        [this](const QString& error) {
            m_sheet.reset();
            m_model->setContent({});
            m_heading->clear();
            m_status->say(error, true);
        });
    if (started)
        m_status->say(tr("Building the sheet..."));
}

void PlansPage::showSheet(app::PlanSheet sheet)
{
    m_sheet.emplace(std::move(sheet));
    const app::TableFormContent& content = m_sheet->content();
    m_model->setContent(content);
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->isCaption(row))
            m_table->setSpan(row, 0, 1, m_model->columnCount());
    m_table->resizeColumnsToContents();
    // Long cells (several customer orders, a subtotal's text) keep their tooltip, not the width.
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    m_heading->setText(content.title + QStringLiteral("    ") + content.info.join(QStringLiteral("    ")));
    if (content.rows.empty())
        m_status->say(content.emptyText);
    else
        m_status->say(tr("%n row(s). Ctrl+P prints or exports PDF, Ctrl+Shift+X exports Excel.", nullptr,
            static_cast<int>(content.rows.size())));
}

void PlansPage::printPreview()
{
    if (!m_sheet) {
        m_status->say(tr("There is no sheet to print."), true);
        return;
    }
    // A copy: a build finishing while the modal preview runs replaces m_sheet.
    const app::PlanSheet sheet = *m_sheet;
    showFormPreview(sheet, this);
}

QString PlansPage::exportExcel(const QString& fileName)
{
    if (!m_sheet)
        return tr("There is no sheet to export.");
    try {
        m_sheet->writeXlsx(fileName);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void PlansPage::chooseExcelFile()
{
    if (!m_sheet) {
        m_status->say(tr("There is no sheet to export."), true);
        return;
    }
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Excel"),
        m_sheet->content().number + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx)"));
    if (fileName.isEmpty())
        return;
    const QString error = exportExcel(fileName);
    if (error.isEmpty())
        m_status->say(tr("Wrote %1").arg(fileName));
    else
        m_status->say(error, true);
}

} // namespace pmc::ui
