#include "ui/ChangeImpactDialog.h"

#include "app/TableExport.h"
#include "app/models/ChangeImpactText.h"
#include "app/models/MaterialAdjustmentModel.h"
#include "app/models/PlanAdjustmentModel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace pmc::ui {

namespace {

/// Sales lines listed by name in the summary; the rest are counted.
constexpr int kListedLines = 8;

std::vector<int> allColumns(const QAbstractItemModel& model)
{
    std::vector<int> columns(static_cast<std::size_t>(model.columnCount()));
    std::iota(columns.begin(), columns.end(), 0);
    return columns;
}

} // namespace

ChangeImpactDialog::ChangeImpactDialog(const core::ChangeImpact& impact, const core::FactoryModel& factory,
                                       app::NoticeHeading heading, QWidget* parent)
    : QDialog(parent)
    , m_planNotice(impact, factory, heading)
    , m_materialNotice(impact, heading)
    , m_planModel(new app::PlanAdjustmentModel(impact, factory, this))
    , m_materialModel(new app::MaterialAdjustmentModel(impact.materialAdjustments, this))
{
    setWindowTitle(tr("Impact of the order change"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(summaryText(impact), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_planTable = addTable(m_planModel, tr("Production plan adjustment (%1)").arg(m_planModel->rowCount()));
    m_materialTable
        = addTable(m_materialModel, tr("Material delivery adjustment (%1)").arg(m_materialModel->rowCount()));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(this);
    connect(buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            &ChangeImpactDialog::printPreview);
    connect(buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            &ChangeImpactDialog::chooseExportPdf);
    connect(buttons->addButton(tr("Export to Excel…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            &ChangeImpactDialog::chooseExportExcel);
    connect(buttons->addButton(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1200, 640);
}

ChangeImpactDialog* ChangeImpactDialog::showImpact(const core::ChangeImpact& impact, const core::FactoryModel& factory,
                                                   const app::NoticeHeading& heading, QWidget* parent)
{
    auto* dialog = new ChangeImpactDialog(impact, factory, heading, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString ChangeImpactDialog::summaryText(const core::ChangeImpact& impact)
{
    QString text = tr("Reason: %1. %n production order(s) and %2 to adjust.", nullptr,
                      int(impact.planAdjustments.size()))
                       .arg(app::displayName(impact.reason),
                            tr("%n purchase(s)", nullptr, int(impact.materialAdjustments.size())));
    if (impact.salesLines.empty())
        return text + QLatin1Char(' ') + tr("No sales line is delivered differently.");
    int late = 0;
    for (const core::SalesLineChange& line : impact.salesLines)
        if (line.after && line.after->lateDays > 0)
            ++late;
    text += QLatin1Char(' ')
        + tr("%n sales line(s) change, %1 late now:", nullptr, int(impact.salesLines.size())).arg(late);
    QStringList lines;
    for (std::size_t i = 0; i < impact.salesLines.size() && i < std::size_t(kListedLines); ++i)
        lines << app::salesLineEffect(impact.salesLines[i]);
    if (impact.salesLines.size() > std::size_t(kListedLines))
        lines << tr("and %n more", nullptr, int(impact.salesLines.size()) - kListedLines);
    return text + QLatin1Char('\n') + lines.join(QStringLiteral("; "));
}

QString ChangeImpactDialog::summary() const
{
    return m_summary->text();
}

QTableView* ChangeImpactDialog::addTable(QAbstractItemModel* model, const QString& title)
{
    auto* view = new QTableView(m_tabs);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    m_tabs->addTab(view, title);
    return view;
}

ChangeImpactDialog::Notice ChangeImpactDialog::currentNotice() const
{
    return m_tabs->currentWidget() == m_materialTable ? Notice::MaterialAdjustment : Notice::PlanAdjustment;
}

void ChangeImpactDialog::showNotice(Notice notice)
{
    m_tabs->setCurrentWidget(notice == Notice::MaterialAdjustment ? m_materialTable : m_planTable);
}

bool ChangeImpactDialog::printNotice(QPagedPaintDevice& device) const
{
    return currentNotice() == Notice::MaterialAdjustment ? m_materialNotice.print(device) : m_planNotice.print(device);
}

void ChangeImpactDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(m_tabs->tabText(m_tabs->currentIndex()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { printNotice(*p); });
    preview.resize(1100, 800);
    preview.exec();
}

bool ChangeImpactDialog::exportPdf(const QString& fileName)
{
    QString error;
    const bool written = currentNotice() == Notice::MaterialAdjustment ? m_materialNotice.writePdf(fileName, &error)
                                                                       : m_planNotice.writePdf(fileName, &error);
    if (!written)
        QMessageBox::warning(this, tr("Export PDF"), error);
    return written;
}

bool ChangeImpactDialog::exportExcel(const QString& fileName)
{
    const QAbstractItemModel& model
        = currentNotice() == Notice::MaterialAdjustment ? static_cast<const QAbstractItemModel&>(*m_materialModel)
                                                        : *m_planModel;
    try {
        app::exportTable(fileName, model, allColumns(model));
        return true;
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Export to Excel"),
                             tr("The table was not exported.\n%1").arg(QString::fromUtf8(error.what())));
        return false;
    }
}

void ChangeImpactDialog::chooseExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), {}, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ChangeImpactDialog::chooseExportExcel()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export to Excel"), {}, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    exportExcel(path);
}

} // namespace pmc::ui
