#include "ui/CompletionEntryDialog.h"

#include "app/Document.h"
#include "app/execution/CompletionBoard.h"
#include "app/models/NumberText.h"
#include "app/models/QtDate.h"
#include "core/FactoryModel.h"
#include "store/CompletionSheet.h"
#include "store/InputError.h"
#include "ui/StatusLabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

QTableWidgetItem* fixedCell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setBackground(QColor(0xf2, 0xf2, 0xf2));
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CompletionEntryDialog::CompletionEntryDialog(app::Document& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_date(new QDateEdit(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_status(new StatusLabel(this))
{
    setWindowTitle(tr("Record completions"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The 08:30 report is of the day before; the planning date itself can be reported too.
    const QDate today = app::toQDate(m_document.factory().settings.today);
    m_date->setDate(today.addDays(-1));
    m_date->setMaximumDate(today);
    m_table->setHorizontalHeaderLabels({tr("Work order"), tr("Op"), tr("Work center"), tr("Item"), tr("Planned / open"),
                                        tr("Good (QC passed)"), tr("Scrap"), tr("Scrap reason"), tr("Worker or team"),
                                        tr("Hours")});
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setToolTip(tr("Type into Good, Scrap, Scrap reason, Worker or team and Hours; Tab moves right, "
                           "Enter commits. Rows left empty are not recorded."));

    auto* add = new QPushButton(tr("Add row"), this);
    add->setToolTip(tr("A row for a step that is not on the board (type its work order and operation)"));
    auto* import = new QPushButton(tr("Import sheet..."), this);
    import->setToolTip(tr("Record a team's report sheet (.xlsx or .csv): all rows or none"));
    auto* templ = new QPushButton(tr("Save template..."), this);
    templ->setToolTip(tr("The empty report sheet for the team leaders"));
    connect(add, &QPushButton::clicked, this, &CompletionEntryDialog::addRow);
    connect(import, &QPushButton::clicked, this, &CompletionEntryDialog::chooseSheet);
    connect(templ, &QPushButton::clicked, this, &CompletionEntryDialog::saveTemplate);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* recordButton = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    recordButton->setToolTip(tr("Record every filled row in one step (Ctrl+Return); undo takes them back"));
    recordButton->setAutoDefault(false);
    connect(recordButton, &QPushButton::clicked, this, &CompletionEntryDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &CompletionEntryDialog::record);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Day worked"), this));
    top->addWidget(m_date);
    top->addStretch(1);
    top->addWidget(add);
    top->addWidget(import);
    top->addWidget(templ);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 620);

    connect(m_date, &QDateEdit::dateChanged, this, &CompletionEntryDialog::loadBoard);
    loadBoard();
}

QString CompletionEntryDialog::status() const
{
    return m_status->text();
}

void CompletionEntryDialog::loadBoard()
{
    m_table->setRowCount(0);
    app::CompletionBoard board;
    try {
        board = app::CompletionBoard::build(m_document.path().toStdString(), app::toCoreDate(m_date->date()));
    } catch (const std::exception& e) {
        m_status->say(QString::fromUtf8(e.what()), true);
        return;
    }
    m_table->setRowCount(static_cast<int>(board.lines.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const app::CompletionBoardLine& line = board.lines[static_cast<std::size_t>(r)];
        m_table->setItem(r, Order, fixedCell(QString::fromStdString(line.order)));
        m_table->setItem(r, Seq, fixedCell(QString::number(line.seq), true));
        m_table->setItem(r, WorkCenter, fixedCell(QString::fromStdString(line.workCenter)));
        m_table->setItem(r, Item, fixedCell(QString::fromStdString(line.item)));
        m_table->setItem(r, Planned, fixedCell(app::formatNumber(line.planned), true));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, Good);
    m_status->say(board.released ? tr("The released plan of the day: %n step(s).", nullptr, m_table->rowCount())
                                 : tr("No plan was released for the day: every step that can still report (%n).",
                                      nullptr, m_table->rowCount()));
}

void CompletionEntryDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column : {WorkCenter, Item, Planned})
        m_table->setItem(row, column, fixedCell(QString()));
    auto* order = new QTableWidgetItem;
    m_table->setItem(row, Order, order);
    m_table->setItem(row, Seq, new QTableWidgetItem);
    m_table->setCurrentItem(order);
    m_table->editItem(order);
}

std::vector<core::CompletionReport> CompletionEntryDialog::typedReports(QStringList& problems, std::vector<int>* rows) const
{
    std::vector<core::CompletionReport> reports;
    const core::Date date = app::toCoreDate(m_date->date());
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString good = cellText(m_table, r, Good);
        const QString scrap = cellText(m_table, r, Scrap);
        if (good.isEmpty() && scrap.isEmpty())
            continue;
        const auto number = [&](const QString& text, int column, double& out) {
            if (text.isEmpty())
                return;
            bool ok = false;
            out = text.toDouble(&ok);
            if (!ok)
                problems << tr("row %1, %2: \"%3\" is not a number")
                                .arg(r + 1)
                                .arg(m_table->horizontalHeaderItem(column)->text(), text);
        };
        core::CompletionReport report;
        report.workOrder = cellText(m_table, r, Order).toStdString();
        bool seqOk = false;
        report.seq = cellText(m_table, r, Seq).toInt(&seqOk);
        if (!seqOk)
            problems << tr("row %1: the operation must be a whole number").arg(r + 1);
        report.date = date;
        number(good, Good, report.goodQty);
        number(scrap, Scrap, report.scrapQty);
        number(cellText(m_table, r, Hours), Hours, report.labourHours);
        report.scrapReason = cellText(m_table, r, Reason).toStdString();
        report.worker = cellText(m_table, r, Worker).toStdString();
        reports.push_back(std::move(report));
        if (rows)
            rows->push_back(r + 1);
    }
    return reports;
}

void CompletionEntryDialog::record()
{
    QStringList problems;
    std::vector<int> rows;
    const std::vector<core::CompletionReport> reports = typedReports(problems, &rows);
    if (!problems.isEmpty()) {
        m_status->say(problems.join(QLatin1Char('\n')), true);
        return;
    }
    if (reports.empty()) {
        m_status->say(tr("Nothing typed yet: enter the good or scrap quantity of a row."), true);
        return;
    }
    // Refusals name the table's rows, which the planner sees.
    std::vector<std::string> labels;
    for (int row : rows)
        labels.push_back(tr("row %1:").arg(row).toStdString());
    const QStringList refused = m_document.recordCompletions(
        reports, tr("Record %n completion(s)", nullptr, static_cast<int>(reports.size())), labels);
    if (!refused.isEmpty()) {
        m_status->say(tr("Nothing was recorded:\n%1").arg(refused.join(QLatin1Char('\n'))), true);
        return;
    }
    accept();
}

CompletionEntryDialog::SheetOutcome CompletionEntryDialog::importSheet(const QString& fileName, bool allowRepeats)
{
    std::vector<core::CompletionReport> reports;
    std::vector<std::string> sheetRows;
    try {
        reports = store::readCompletionSheet(fileName.toStdString(), m_document.factory().settings.today, &sheetRows);
    } catch (const store::InputError& e) {
        QStringList lines;
        for (const core::ValidationIssue& issue : e.issues().issues())
            lines << QString::fromStdString(issue.toString());
        m_status->say(tr("Nothing was recorded:\n%1").arg(lines.join(QLatin1Char('\n'))), true);
        return SheetOutcome::Refused;
    } catch (const std::exception& e) {
        m_status->say(QString::fromUtf8(e.what()), true);
        return SheetOutcome::Refused;
    }
    const QStringList refused = m_document.recordCompletions(
        reports, tr("Import %n completion(s)", nullptr, static_cast<int>(reports.size())), sheetRows, !allowRepeats);
    if (!refused.isEmpty()) {
        m_status->say(tr("Nothing was recorded:\n%1").arg(refused.join(QLatin1Char('\n'))), true);
        // The store names a repeated report with the option that would record it anyway.
        const bool repeats = refused.join(QLatin1Char('\n')).contains(QStringLiteral("--allow-repeat"));
        return repeats ? SheetOutcome::Repeats : SheetOutcome::Refused;
    }
    m_status->say(tr("Recorded %n report(s) from the sheet.", nullptr, static_cast<int>(reports.size())));
    loadBoard();
    return SheetOutcome::Recorded;
}

void CompletionEntryDialog::chooseSheet()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import report sheet"), QString(),
                                                          tr("Report sheets (*.xlsx *.csv)"));
    if (fileName.isEmpty() || importSheet(fileName) != SheetOutcome::Repeats)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Sheet recorded before?"),
        tr("Rows of this sheet equal reports already recorded, field for field (see below the board). Was the sheet "
           "imported before? Record its rows again only if the shop floor really reported them twice."),
        QMessageBox::Cancel | QMessageBox::Ignore, QMessageBox::Cancel);
    if (answer == QMessageBox::Ignore)
        importSheet(fileName, true);
}

void CompletionEntryDialog::saveTemplate()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save template"), tr("completion-reports.xlsx"),
                                                          tr("Excel workbook (*.xlsx)"));
    if (fileName.isEmpty())
        return;
    try {
        const bool chinese = tr("Work order") != QStringLiteral("Work order");
        store::writeXlsx(fileName.toStdString(), {{store::completionSheetTemplate(chinese)}});
        m_status->say(tr("Wrote %1").arg(fileName));
    } catch (const std::exception& e) {
        m_status->say(QString::fromUtf8(e.what()), true);
    }
}

} // namespace pmc::ui
