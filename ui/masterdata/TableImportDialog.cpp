#include "ui/masterdata/TableImportDialog.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "store/InputError.h"
#include "store/MasterTables.h"
#include "store/TableImport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

// A 100k-row file must not build 100k widgets items; the CLI lists everything.
constexpr std::size_t kShownRowsPerKind = 1000;
constexpr int kShownIssues = 2000;

QString text(const std::string& utf8) { return QString::fromStdString(utf8); }

store::HeaderLanguage headerLanguage()
{
    return TableImportDialog::chineseHeaders() ? store::HeaderLanguage::Chinese : store::HeaderLanguage::English;
}

/// Restores the cursor however the work ends.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

TableImportDialog::TableImportDialog(app::Document& document, const QString& fileName, QWidget* parent)
    : QDialog(parent), m_document(document), m_fileName(fileName), m_table(new QComboBox(this)),
      m_summary(new QLabel(this)), m_changes(new QTreeWidget(this)), m_issues(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import table - %1").arg(QFileInfo(fileName).fileName()));
    const store::HeaderLanguage language = headerLanguage();
    m_table->addItem(tr("From the sheet or file name"));
    for (const store::TableInfo& table : store::tableInfos())
        m_table->addItem(text(table.name(language)), static_cast<int>(table.id));
    connect(m_table, &QComboBox::currentIndexChanged, this, &TableImportDialog::readFile);

    m_summary->setWordWrap(true);
    m_changes->setHeaderLabels({tr("Table / row"), tr("Change"), tr("Columns changed")});
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issues->setHeaderLabels({tr("File / sheet"), tr("Row"), tr("Column"), tr("Reason")});
    m_issues->setRootIsDecorated(false);
    m_issues->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QPushButton* reread = m_buttons->addButton(tr("&Read again"), QDialogButtonBox::ActionRole);
    reread->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(reread, &QPushButton::clicked, this, &TableImportDialog::readFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (m_plan && !m_plan->changes.orders.empty()
            && QMessageBox::question(this, windowTitle(),
                                     tr("This file changes orders. Orders are stored in one step that cannot be "
                                        "undone, and the undo history is cleared. Continue?"))
                != QMessageBox::Yes)
            return;
        if (apply())
            accept();
    });

    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(new QLabel(tr("&Table:"), this));
    tableRow->addWidget(m_table, 1);
    qobject_cast<QLabel*>(tableRow->itemAt(0)->widget())->setBuddy(m_table);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_changes);
    splitter->addWidget(m_issues);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tableRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(900, 600);
    readFile();
}

TableImportDialog::~TableImportDialog() = default;

void TableImportDialog::importFile(app::Document& document, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import table"), {},
                                                      tr("Spreadsheets (*.xlsx *.csv *.txt)"));
    if (path.isEmpty())
        return;
    TableImportDialog dialog(document, path, parent);
    dialog.exec();
}

bool TableImportDialog::chineseHeaders()
{
    //: Not shown: "zh" makes exported tables and this dialog use Chinese column headers.
    return tr("en") == QStringLiteral("zh");
}

void TableImportDialog::readFile()
{
    m_plan.reset();
    m_changes->clear();
    m_issues->clear();
    std::optional<store::TableId> table;
    if (m_table->currentIndex() > 0)
        table = static_cast<store::TableId>(m_table->currentData().toInt());
    try {
        const WaitCursor wait;
        const store::TableFile file = store::readTableFile(m_fileName.toStdString(), table);
        m_plan = std::make_unique<store::TableImportPlan>(store::planTableImport(m_document.factory(), file));
    } catch (const store::InputError& e) {
        for (const core::ValidationIssue& issue : e.issues().issues())
            showIssue(text(issue.path), text(issue.message), true);
    } catch (const std::exception& e) {
        showIssue(QFileInfo(m_fileName).fileName(), QString::fromUtf8(e.what()), true);
    }
    showPlan();
}

void TableImportDialog::showIssue(const QString& place, const QString& reason, bool isError)
{
    if (m_issues->topLevelItemCount() > kShownIssues)
        return;
    if (m_issues->topLevelItemCount() == kShownIssues) {
        new QTreeWidgetItem(m_issues, {tr("... more problems: \"pmc-cli table import\" lists them all")});
        return;
    }
    // Places read FILE, FILE:ROW or FILE:ROW:COLUMN (store::parseTable).
    static const QRegularExpression cell(QStringLiteral("^(.*?):(\\d+)(?::(.*))?$"));
    const QRegularExpressionMatch match = cell.match(place);
    auto* item = match.hasMatch()
        ? new QTreeWidgetItem(m_issues, {match.captured(1), match.captured(2), match.captured(3), reason})
        : new QTreeWidgetItem(m_issues, {place, QString(), QString(), reason});
    item->setIcon(0, style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
}

void TableImportDialog::showPlan()
{
    const store::HeaderLanguage language = headerLanguage();
    std::size_t added = 0;
    std::size_t changed = 0;
    std::size_t removed = 0;
    if (m_plan) {
        for (const core::ValidationIssue& issue : m_plan->issues.issues())
            showIssue(text(issue.path), text(issue.message), true);
        for (const std::string& warning : m_plan->warnings) {
            const QString line = text(warning);
            const qsizetype split = line.indexOf(QStringLiteral(": "));
            showIssue(line.left(split), line.mid(split + 2), false);
        }
        for (const store::TableDiff& diff : m_plan->diffs) {
            const store::TableInfo& info = store::tableInfo(diff.table);
            const QString counts = tr("added %1, changed %2, removed %3")
                                       .arg(diff.added.size()).arg(diff.changed.size()).arg(diff.removed.size());
            auto* table = new QTreeWidgetItem(m_changes, {text(info.name(language)), counts});
            const auto addRows = [&](const std::vector<std::string>& keys, const QString& kind,
                                     const std::vector<store::ChangedRow>* fields) {
                for (std::size_t i = 0; i < keys.size() && i < kShownRowsPerKind; ++i) {
                    QStringList columns;
                    for (const std::string& key : fields ? (*fields)[i].fields : std::vector<std::string>()) {
                        const store::ColumnInfo* column = info.column(key);
                        columns << (column ? text(column->header(language))
                                           : key == "operations" ? tr("operations") : tr("lines"));
                    }
                    new QTreeWidgetItem(table, {text(keys[i]), kind, columns.join(QStringLiteral(", "))});
                }
                if (keys.size() > kShownRowsPerKind)
                    new QTreeWidgetItem(table, {tr("... and %1 more").arg(keys.size() - kShownRowsPerKind), kind});
            };
            std::vector<std::string> changedKeys;
            for (const store::ChangedRow& row : diff.changed)
                changedKeys.push_back(row.key);
            addRows(diff.added, tr("added"), nullptr);
            addRows(changedKeys, tr("changed"), &diff.changed);
            addRows(diff.removed, tr("removed"), nullptr);
            table->setExpanded(m_plan->diffs.size() == 1);
            added += diff.added.size();
            changed += diff.changed.size();
            removed += diff.removed.size();
        }
    }
    const bool ready = m_plan && m_plan->ok() && !m_plan->changes.empty();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(ready);
    const int errors = m_plan ? static_cast<int>(m_plan->issues.issues().size()) : m_issues->topLevelItemCount();
    if (errors > 0)
        m_summary->setText(
            tr("%n problem(s): nothing is changed until the file is fixed (then Read again).", nullptr, errors));
    else if (!ready)
        m_summary->setText(tr("The file matches the data: nothing to change."));
    else
        m_summary->setText(tr("Apply adds %1, changes %2 and removes %3 rows.").arg(added).arg(changed).arg(removed)
                           + (m_plan->changes.orders.empty()
                                  ? QString()
                                  : QLatin1Char(' ') + tr("Orders change: this cannot be undone.")));
}

bool TableImportDialog::apply()
{
    if (!m_plan || !m_plan->ok() || m_plan->changes.empty())
        return false;
    const QString name = QFileInfo(m_fileName).fileName();
    QStringList refused;
    try {
        const WaitCursor wait;
        if (m_plan->changes.orders.empty())
            refused = m_document.edit(m_plan->changes.master, tr("Import %1").arg(name));
        else
            m_document.replaceOrders(m_plan->changes);
    } catch (const std::exception& e) {
        refused << tr("Not saved: %1").arg(QString::fromUtf8(e.what()));
    }
    for (const QString& reason : refused)
        showIssue(name, reason, true);
    if (!refused.isEmpty())
        m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    return refused.isEmpty();
}

} // namespace pmc::ui
