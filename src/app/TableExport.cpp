#include "app/TableExport.h"

#include "app/models/Roles.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFileInfo>

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

} // namespace pmc::app
