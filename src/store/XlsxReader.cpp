#include "store/SpreadsheetFormats.h"
#include "store/XlsxArchive.h"
#include "store/XlsxNumberFormat.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

namespace pmc::store {

namespace {

using namespace Qt::StringLiterals;

constexpr char kWorkbookPart[] = "xl/workbook.xml";
constexpr char kWorkbookRelationsPart[] = "xl/_rels/workbook.xml.rels";
constexpr int kMaxRows = 1'048'576;
constexpr int kMaxColumns = 16'384;

struct SheetPart {
    std::string name;
    std::string part;
};

/// Where the pieces of a workbook live, from workbook.xml and its relationships.
struct WorkbookLayout {
    std::vector<SheetPart> sheets;
    std::string sharedStringsPart;
    std::string stylesPart;
    bool date1904 = false;
};

/// What a sheet's cells need to become text.
struct CellContext {
    std::vector<std::string> sharedStrings;
    std::vector<bool> dateStyles; // by cell style index (the `s` attribute)
    bool date1904 = false;
};

std::string utf8(QStringView text)
{
    return text.toString().toStdString();
}

/// Excel writes characters XML cannot carry as _xHHHH_, and a literal "_x" as "_x005F_x".
std::string unescapeCellText(QString text)
{
    auto isHex = [](QChar c) { return c.unicode() < 128 && std::isxdigit(c.unicode()); };
    for (qsizetype at = text.indexOf(u"_x"); at >= 0 && at + 7 <= text.size(); at = text.indexOf(u"_x", at + 1)) {
        if (text[at + 6] == u'_' && isHex(text[at + 2]) && isHex(text[at + 3]) && isHex(text[at + 4])
            && isHex(text[at + 5]))
            text.replace(at, 7, QChar(text.mid(at + 2, 4).toUShort(nullptr, 16)));
    }
    return text.toStdString();
}

/// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run <r>.
/// Phonetic guides (<rPh>) hold a reading, not cell text, and are skipped.
std::string readRichText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return unescapeCellText(std::move(text));
}

/// The relationship id (r:id) of a <sheet>, whatever prefix the namespace has.
QStringView relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value();
    }
    return {};
}

WorkbookLayout readLayout(const XlsxArchive& archive)
{
    struct Target {
        std::string type;
        std::string part;
    };
    std::map<std::string, Target> targets;
    archive.parseXml(kWorkbookRelationsPart, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship"
                || xml.attributes().value("TargetMode"_L1) == u"External")
                continue;
            // Targets are relative to xl/, or absolute inside the archive ("/xl/worksheets/sheet1.xml").
            std::string target = utf8(xml.attributes().value("Target"_L1));
            target = target.starts_with('/') ? target.substr(1) : "xl/" + target;
            targets[utf8(xml.attributes().value("Id"_L1))] = {utf8(xml.attributes().value("Type"_L1)), target};
        }
    });

    WorkbookLayout layout;
    for (const auto& [id, target] : targets) {
        if (target.type.ends_with("/sharedStrings"))
            layout.sharedStringsPart = target.part;
        else if (target.type.ends_with("/styles"))
            layout.stylesPart = target.part;
    }
    archive.parseXml(kWorkbookPart, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const QStringView date1904 = attributes.value("date1904"_L1);
                layout.date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (xml.name() == u"sheet") {
                const std::string name = utf8(attributes.value("name"_L1));
                const auto target = targets.find(utf8(relationshipId(attributes)));
                if (target == targets.end() || !archive.contains(target->second.part))
                    archive.refuse("", "damaged workbook: the part of sheet \"" + name + "\" is missing");
                // Chart sheets and dialog sheets hold no cells.
                if (target->second.type.ends_with("/worksheet"))
                    layout.sheets.push_back({name, target->second.part});
            }
        }
    });
    return layout;
}

std::vector<std::string> readSharedStrings(const XlsxArchive& archive, const std::string& part)
{
    std::vector<std::string> strings;
    archive.parseXml(part, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                strings.push_back(readRichText(xml));
        }
    });
    return strings;
}

/// Which cell styles (<cellXfs> entries, by index) show a date.
std::vector<bool> readDateStyles(const XlsxArchive& archive, const std::string& part)
{
    std::map<int, std::string> formatCodes;
    std::vector<int> styleFormats;
    archive.parseXml(part, [&](QXmlStreamReader& xml) {
        // <numFmt> and <xf> occur elsewhere too (conditional formats, cell style templates); cells
        // index <cellXfs>, whose formats are in <numFmts>.
        QString section;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == section)
                section.clear();
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"numFmts" || xml.name() == u"cellXfs")
                section = xml.name().toString();
            else if (xml.name() == u"numFmt" && section == u"numFmts")
                formatCodes[attributes.value("numFmtId"_L1).toInt()] = utf8(attributes.value("formatCode"_L1));
            else if (xml.name() == u"xf" && section == u"cellXfs")
                styleFormats.push_back(attributes.value("numFmtId"_L1).toInt());
        }
    });
    std::vector<bool> dateStyles;
    for (int format : styleFormats) {
        const auto code = formatCodes.find(format);
        dateStyles.push_back(isDateFormat(format, code == formatCodes.end() ? std::string_view() : code->second));
    }
    return dateStyles;
}

/// Zero-based row and column of a reference such as "C7"; nullopt when malformed or off the grid.
std::optional<std::pair<int, int>> parseCellReference(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (; letters < reference.size() && letters < 3 && reference[letters] >= u'A' && reference[letters] <= u'Z';
         ++letters)
        column = column * 26 + (reference[letters].unicode() - u'A' + 1);
    if (letters == 0 || letters == reference.size() || !reference[letters].isDigit() || column > kMaxColumns)
        return std::nullopt;
    bool ok = false;
    const int row = reference.mid(letters).toInt(&ok);
    if (!ok || row < 1 || row > kMaxRows)
        return std::nullopt;
    return std::pair(row - 1, column - 1);
}

/// A stored number as text; a date style turns it into "YYYY-MM-DD".
std::string numberText(const std::string& value, bool isDate, bool date1904)
{
    double number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(number))
        return value;
    if (isDate) {
        if (auto date = serialToDate(number, date1904))
            return *date;
    }
    return formatNumber(number);
}

/// One worksheet's <sheetData> as rows of text, placed by cell reference so gaps stay empty.
/// Borrows the archive, context and sheet for a single read() on one thread.
class WorksheetReader {
public:
    WorksheetReader(const XlsxArchive& archive, const CellContext& context, const SheetPart& sheet)
        : m_archive(archive), m_context(context), m_sheet(sheet) {}

    std::vector<std::vector<std::string>> read()
    {
        m_archive.parseXml(m_sheet.part, [&](QXmlStreamReader& xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                // A copy of the attributes keeps the views into them valid while the reader moves on.
                const QXmlStreamAttributes attributes = xml.attributes();
                if (xml.name() == u"row")
                    startRow(attributes.value("r"_L1));
                else if (xml.name() == u"c")
                    readCell(xml, attributes);
            }
        });
        return std::move(m_rows);
    }

private:
    struct RawCell {
        QString type;
        int style = 0;
        QString value; // <v>: a number, a shared string index, a boolean or a formula's result
        std::optional<std::string> inlineText; // <is>
    };

    /// Both `r` attributes are optional: without one, a row or cell follows the previous one.
    void startRow(QStringView number)
    {
        m_row = number.isEmpty() ? m_row + 1 : number.toInt() - 1;
        if (m_row < 0 || m_row >= kMaxRows)
            m_archive.refuse(m_sheet.name + " row " + utf8(number),
                             "damaged workbook: row number outside Excel's grid");
        m_column = -1;
    }

    void readCell(QXmlStreamReader& xml, const QXmlStreamAttributes& attributes)
    {
        const QStringView reference = attributes.value("r"_L1);
        if (reference.isEmpty()) {
            m_row = std::max(m_row, 0);
            if (++m_column >= kMaxColumns)
                refuseCell("damaged workbook: more columns than Excel's grid");
        } else if (const auto position = parseCellReference(reference)) {
            std::tie(m_row, m_column) = *position;
        } else {
            m_archive.refuse(m_sheet.name + "!" + utf8(reference), "damaged workbook: bad cell reference");
        }
        RawCell cell;
        cell.type = attributes.value("t"_L1).toString();
        cell.style = attributes.value("s"_L1).toInt();
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                cell.value = xml.readElementText();
            else if (xml.name() == u"is")
                cell.inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // <f>: the formula, whose cached result is <v>
        }
        std::string text = cellText(cell);
        if (text.empty())
            return;
        if (m_rows.size() <= static_cast<std::size_t>(m_row))
            m_rows.resize(static_cast<std::size_t>(m_row) + 1);
        auto& cells = m_rows[static_cast<std::size_t>(m_row)];
        if (cells.size() <= static_cast<std::size_t>(m_column))
            cells.resize(static_cast<std::size_t>(m_column) + 1);
        cells[static_cast<std::size_t>(m_column)] = std::move(text);
    }

    std::string cellText(const RawCell& cell) const
    {
        if (cell.type == u"s") {
            bool ok = false;
            const qulonglong index = cell.value.toULongLong(&ok);
            if (!ok || index >= m_context.sharedStrings.size())
                refuseCell("damaged workbook: shared string " + utf8(cell.value) + " does not exist");
            return m_context.sharedStrings[index];
        }
        if (cell.type == u"inlineStr")
            return cell.inlineText.value_or(unescapeCellText(cell.value));
        if (cell.type == u"str")
            return unescapeCellText(cell.value);
        if (cell.type == u"b")
            return cell.value == u"1" ? "TRUE" : cell.value == u"0" ? "FALSE" : utf8(cell.value);
        if (cell.type == u"e")
            return utf8(cell.value);
        if (cell.type == u"d") // an ISO 8601 date and time; keep the date, like date-formatted numbers
            return utf8(cell.value.left(cell.value.indexOf(u'T')));
        const bool isDate = cell.style >= 0 && static_cast<std::size_t>(cell.style) < m_context.dateStyles.size()
            && m_context.dateStyles[static_cast<std::size_t>(cell.style)];
        return numberText(cell.value.toStdString(), isDate, m_context.date1904);
    }

    [[noreturn]] void refuseCell(const std::string& reason) const
    {
        const std::string cell = cellName(static_cast<std::size_t>(m_row), static_cast<std::size_t>(m_column));
        m_archive.refuse(m_sheet.name + "!" + cell, reason);
    }

    const XlsxArchive& m_archive;
    const CellContext& m_context;
    const SheetPart& m_sheet;
    int m_row = -1;
    int m_column = -1;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace

Workbook readXlsx(const std::string& path, const std::string& fileName)
{
    const XlsxArchive archive(path, fileName);
    if (!archive.contains(kWorkbookPart) || !archive.contains(kWorkbookRelationsPart))
        archive.refuse("", "not an .xlsx workbook (a zip archive without xl/workbook.xml)");
    const WorkbookLayout layout = readLayout(archive);
    CellContext context;
    context.date1904 = layout.date1904;
    if (!layout.sharedStringsPart.empty())
        context.sharedStrings = readSharedStrings(archive, layout.sharedStringsPart);
    if (!layout.stylesPart.empty())
        context.dateStyles = readDateStyles(archive, layout.stylesPart);

    Workbook book;
    for (const SheetPart& sheet : layout.sheets)
        book.sheets.push_back({sheet.name, WorksheetReader(archive, context, sheet).read(), {}});
    return book;
}

} // namespace pmc::store
