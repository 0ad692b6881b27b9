#include "app/TableExport.h"

#include "app/models/Roles.h"
#include "app/print/FormCells.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFileInfo>
#include <QLocale>

#include <optional>

namespace pmc::app {

namespace
{

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Float:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

bool isIsoDate(const QString& text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

/// One cell as shown, and the kind it would have on its own (nullopt: only text fits).
struct Cell {
    QString text;
    std::optional<store::CellKind> kind;
};

Cell cellOf(const QModelIndex& index)
{
    const QVariant shown = index.data(Qt::DisplayRole);
    if (isNumber(shown))
        return { shown.toString(), store::CellKind::Number };
    if (shown.typeId() == QMetaType::QDate)
        return { shown.toDate().toString(Qt::ISODate), store::CellKind::Date };
    const QString text = shown.toString();
    // A number shown as formatted text counts only when the model sorts it as a number, so
    // that item codes like "1001" stay text.
    bool parses = false;
    text.toDouble(&parses);
    if (parses && isNumber(index.data(SortRole)))
        return { text, store::CellKind::Number };
    if (isIsoDate(text))
        return { text, store::CellKind::Date };
    return { text, std::nullopt };
}

} // namespace

store::Sheet tableSheet(const QAbstractItemModel& model, const std::vector<int>& columns, const QString& sheetName)
{
    store::Sheet sheet;
    sheet.name = sheetName.toStdString();
    std::vector<std::string> header;
    for (int column : columns)
        header.push_back(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
    sheet.rows.push_back(std::move(header));

    // Per column: the kind every non-empty cell so far agrees on (nullopt once they disagree),
    // and whether any cell was non-empty.
    std::vector<std::optional<store::CellKind>> kinds(columns.size());
    std::vector<bool> seen(columns.size(), false);
    const int rowCount = model.rowCount();
    sheet.rows.reserve(static_cast<std::size_t>(rowCount) + 1);
    for (int row = 0; row < rowCount; ++row) {
        std::vector<std::string> cells;
        cells.reserve(columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Cell cell = cellOf(model.index(row, columns[c]));
            cells.push_back(cell.text.toStdString());
            if (cell.text.isEmpty())
                continue;
            if (!seen[c])
                kinds[c] = cell.kind;
            else if (kinds[c] != cell.kind)
                kinds[c] = std::nullopt;
            seen[c] = true;
        }
        sheet.rows.push_back(std::move(cells));
    }
    for (const auto& kind : kinds)
        sheet.columnKinds.push_back(kind.value_or(store::CellKind::Text));
    return sheet;
}

QString worksheetName(const QString& title)
{
    QString name = title.left(31);
    for (QChar& c : name)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    // Excel refuses a name that starts or ends with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1);
    return name.trimmed().isEmpty() ? QStringLiteral("Sheet1") : name;
}

void exportTable(const QString& fileName, const QAbstractItemModel& model, const std::vector<int>& columns)
{
    const QString sheetName = worksheetName(QFileInfo(fileName).completeBaseName());
    store::writeXlsx(fileName.toStdString(), store::Workbook { { tableSheet(model, columns, sheetName) } });
}

store::Sheet formSheet(const TableFormContent& form, const QString& sheetName)
{
    store::Sheet sheet;
    sheet.name = sheetName.toStdString();
    std::vector<std::string> header;
    for (const FormColumn& column : form.columns)
        header.push_back(form::bilingual(column.chinese, column.english).toStdString());
    sheet.rows.push_back(std::move(header));

    std::vector<bool> numbers;
    for (const FormColumn& column : form.columns)
        numbers.push_back(column.align.testFlag(Qt::AlignRight));
    for (const FormRow& row : form.rows) {
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < form.columns.size(); ++c) {
            const QString first = row.first.value(int(c));
            const QString second = row.second.value(int(c));
            QString text = second.isEmpty() ? first : first + QStringLiteral(" / ") + second;
            if (numbers[c] && !text.isEmpty()) {
                // The print groups digits in the reader's locale ("1,000"); the sheet wants the number.
                bool parses = false;
                const double value = QLocale().toDouble(text, &parses);
                if (parses)
                    text = QString::number(value, 'g', 15);
                numbers[c] = parses;
            }
            cells.push_back(text.toStdString());
        }
        sheet.rows.push_back(std::move(cells));
    }
    for (bool number : numbers)
        sheet.columnKinds.push_back(number ? store::CellKind::Number : store::CellKind::Text);

    sheet.rows.emplace_back();
    std::vector<std::string> heading { form.title.toStdString(), form.number.toStdString() };
    for (const QString& info : form.info)
        heading.push_back(info.toStdString());
    sheet.rows.push_back(std::move(heading));
    std::vector<std::string> signatures;
    for (const QString& role : form.signatures)
        signatures.push_back(role.toStdString());
    sheet.rows.push_back(std::move(signatures));
    return sheet;
}

void exportForm(const QString& fileName, const TableFormContent& form)
{
    const QString sheetName = worksheetName(form.number.isEmpty() ? QFileInfo(fileName).completeBaseName() : form.number);
    store::writeXlsx(fileName.toStdString(), store::Workbook { { formSheet(form, sheetName) } });
}

} // namespace pmc::app
