#include "store/Spreadsheet.h"

#include "store/InputError.h"
#include "support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <tuple>
#include <zip.h>

using namespace pmc;
using store::CellKind;
using testing::HasSubstr;
using testing::Not;
using Rows = std::vector<std::vector<std::string>>;
using Parts = std::vector<std::pair<std::string, std::string>>;

namespace {

/// Runs `action` expecting one InputError issue at `where` whose message contains `reason`.
void expectRefused(const std::function<void()>& action, const std::string& where, const std::string& reason)
{
    try {
        action();
        ADD_FAILURE() << "expected InputError at " << where;
    } catch (const store::InputError& e) {
        ASSERT_EQ(e.issues().issues().size(), 1u);
        EXPECT_EQ(e.issues().issues().front().path, where);
        EXPECT_THAT(e.issues().issues().front().message, HasSubstr(reason));
    }
}

void expectReadRefused(const std::string& path, const std::string& where, const std::string& reason)
{
    expectRefused([&] { store::readSpreadsheet(path); }, where, reason);
}

Rows readOnlySheet(const std::string& path)
{
    const store::Workbook book = store::readSpreadsheet(path);
    EXPECT_EQ(book.sheets.size(), 1u);
    return book.sheets.empty() ? Rows() : book.sheets.front().rows;
}

void writeZip(const std::string& path, const Parts& parts)
{
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, nullptr);
    ASSERT_NE(archive, nullptr);
    for (const auto& [name, content] : parts) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0) << name;
    }
    ASSERT_EQ(zip_close(archive), 0);
}

std::string readZipEntry(const std::string& path, const std::string& name)
{
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, nullptr);
    zip_stat_t stat;
    if (!archive || zip_stat(archive, name.c_str(), 0, &stat) != 0) {
        ADD_FAILURE() << "no " << name << " in " << path;
        return {};
    }
    std::string content(stat.size, '\0');
    zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
    EXPECT_EQ(zip_fread(file, content.data(), content.size()), static_cast<zip_int64_t>(content.size()));
    zip_fclose(file);
    zip_discard(archive);
    return content;
}

/// The XML of one cell (`<c r="C2" ...>...</c>`) in a worksheet part.
std::string cellXml(const std::string& sheetXml, const std::string& reference)
{
    const auto start = sheetXml.find("<c r=\"" + reference + "\"");
    if (start == std::string::npos)
        return {};
    return sheetXml.substr(start, sheetXml.find("</c>", start) + 4 - start);
}

double columnWidth(const std::string& sheetXml, int column)
{
    const std::string number = std::to_string(column);
    const std::string col = "<col min=\"" + number + "\" max=\"" + number + "\" width=\"";
    const auto at = sheetXml.find(col);
    return at == std::string::npos ? 0 : std::atof(sheetXml.c_str() + at + col.size());
}

const std::string kXmlHeader = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
const std::string kMain = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";

std::string relationships(const std::vector<std::array<std::string, 3>>& idTypeTarget)
{
    std::string xml
        = kXmlHeader + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (const auto& [id, type, target] : idTypeTarget)
        xml += "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships/" + type + "\" Target=\"" + target + "\"/>";
    return xml + "</Relationships>";
}

std::string workbookXml(const std::string& workbookPr, const std::string& sheets)
{
    return kXmlHeader + "<workbook " + kMain
        + R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)" + workbookPr
        + "<sheets>" + sheets + "</sheets></workbook>";
}

std::string worksheet(const std::string& sheetData)
{
    return kXmlHeader + "<worksheet " + kMain
        + R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac")"
          R"( xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:F9"/>)"
          R"(<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>)"
        + sheetData + R"(</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75"/></worksheet>)";
}

std::string sharedStrings(const std::string& items)
{
    return kXmlHeader + "<sst " + kMain + ">" + items + "</sst>";
}

std::string styleSheet(const std::string& body)
{
    return kXmlHeader + "<styleSheet " + kMain + ">" + body + "</styleSheet>";
}

/// Parts the way Excel writes them: shared strings with rich text runs, a phonetic guide and an
/// escaped CR; <cellStyleXfs> and <dxfs> that must not be taken for the cell styles; a chart
/// sheet; an absolute worksheet target.
Parts excelStyleParts()
{
    const std::string strings = sharedStrings(
        R"(<si><t>编码</t></si>)"
        R"(<si><r><rPr><b/><sz val="11"/></rPr><t>名称</t></r><r><t xml:space="preserve"> (中文)</t></r></si>)"
        R"(<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>)"
        "<si><t>line1_x000D_\nline2 _x005F_x0041_</t></si>");
    const std::string styles = styleSheet(
        R"(<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>)"
        R"(<numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="0.00&quot; d&quot;"/>)"
        R"(</numFmts><cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>)"
        R"(<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>)"
        R"(<xf numFmtId="164" xfId="0"/><xf numFmtId="165" xfId="0"/><xf numFmtId="166" xfId="0"/></cellXfs>)"
        R"(<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy-mm-dd"/></dxf></dxfs>)");
    const std::string sheet = worksheet(
        R"(<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
        R"(<c r="C1" t="inlineStr"><is><t>日期</t></is></c>)"
        R"(<c r="D1" t="inlineStr"><is><r><t>数</t></r><r><t>量</t></r></is></c>)"
        R"(<c r="E1" t="str"><f>"备"&amp;"注"</f><v>备注</v></c><c r="F1" s="1"/></row>)"
        R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" s="1"><v>45356</v></c>)"
        R"(<c r="D2"><v>2.3999999999999999</v></c><c r="E2" t="b"><v>1</v></c></row>)"
        R"(<row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4" s="2"><v>45357.75</v></c><c r="D4" s="4"><v>12</v></c>)"
        R"(<c r="E4" t="e"><f>NA()</f><v>#N/A</v></c></row>)"
        R"(<row r="5"><c r="B5" s="3"><v>0.5</v></c><c r="C5" s="1"><v>60</v></c><c r="D5"><v>1E-7</v></c>)"
        R"(<c r="E5" s="1"><v>61</v></c></row>)"
        R"(<row r="9" s="1" customFormat="1"><c r="A9" s="1"/></row>)");
    return {
        {"xl/workbook.xml",
         workbookXml(R"(<workbookPr defaultThemeVersion="166925"/>)",
                     R"(<sheet name="物料" sheetId="1" r:id="rId1"/><sheet name="图表" sheetId="2" r:id="rId4"/>)")},
        {"xl/_rels/workbook.xml.rels",
         relationships({{"rId3", "styles", "styles.xml"},
                        {"rId2", "sharedStrings", "sharedStrings.xml"},
                        {"rId1", "worksheet", "/xl/worksheets/sheet1.xml"},
                        {"rId4", "chartsheet", "chartsheets/sheet1.xml"}})},
        {"xl/sharedStrings.xml", strings},
        {"xl/styles.xml", styles},
        {"xl/worksheets/sheet1.xml", sheet},
        {"xl/chartsheets/sheet1.xml", kXmlHeader + "<chartsheet/>"},
    };
}

/// Parts the way LibreOffice Calc writes them: relationship ids in another order, a hidden empty
/// sheet, an upper-case date code with escaped dashes, explicit t="n".
Parts libreOfficeStyleParts()
{
    return {
        {"xl/workbook.xml",
         workbookXml(R"(<workbookPr backupFile="false" showObjects="all" date1904="false"/>)",
                     R"(<sheet name="Sheet1" sheetId="1" state="visible" r:id="rId2"/>)"
                     R"(<sheet name="空表" sheetId="2" state="hidden" r:id="rId3"/>)")},
        {"xl/_rels/workbook.xml.rels",
         relationships({{"rId1", "styles", "styles.xml"},
                        {"rId2", "worksheet", "worksheets/sheet1.xml"},
                        {"rId3", "worksheet", "worksheets/sheet2.xml"},
                        {"rId4", "sharedStrings", "sharedStrings.xml"}})},
        {"xl/sharedStrings.xml", sharedStrings(R"(<si><t xml:space="preserve">交期 </t></si><si><t>Qty</t></si>)")},
        {"xl/styles.xml",
         styleSheet(R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="YYYY\-MM\-DD"/></numFmts>)"
                    R"(<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="true"/></cellXfs>)")},
        {"xl/worksheets/sheet1.xml",
         worksheet(R"(<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false">)"
                   R"(<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c></row>)"
                   R"(<row r="2"><c r="A2" s="1" t="n"><v>45657</v></c><c r="B2" s="0" t="n"><v>2.4</v></c></row>)")},
        {"xl/worksheets/sheet2.xml", worksheet("")},
    };
}

} // namespace

TEST(Spreadsheet, readsUtf8CsvWithoutBomNamedAfterTheFile)
{
    test::TempDir dir;
    const store::Workbook book = store::readSpreadsheet(dir.write("items.csv", "code,name\r\nA1,螺丝\r\n"));
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_EQ(book.sheets[0].name, "items");
    EXPECT_EQ(book.sheets[0].rows, (Rows{{"code", "name"}, {"A1", "螺丝"}}));
}

TEST(Spreadsheet, stripsTheUtf8ByteOrderMark)
{
    test::TempDir dir;
    EXPECT_EQ(readOnlySheet(dir.write("items.CSV", "\xEF\xBB\xBF物料编码,名称\nA1,螺丝\n")),
              (Rows{{"物料编码", "名称"}, {"A1", "螺丝"}}));
}

TEST(Spreadsheet, decodesGb18030CsvAsChineseExcelWritesIt)
{
    test::TempDir dir;
    // "物料编码,名称 / A-01,螺丝 / U+20000,x" in GB18030; U+20000 needs its four-byte form.
    const std::string bytes = "\xCE\xEF\xC1\xCF\xB1\xE0\xC2\xEB,\xC3\xFB\xB3\xC6\r\nA-01,\xC2\xDD\xCB\xBF\r\n"
                              "\x95\x32\x82\x36,x\r\n";
    EXPECT_EQ(readOnlySheet(dir.write("gbk.csv", bytes)),
              (Rows{{"物料编码", "名称"}, {"A-01", "螺丝"}, {"\xF0\xA0\x80\x80", "x"}}));
}

TEST(Spreadsheet, refusesBytesThatAreNeitherUtf8NorGb18030WithTheLine)
{
    test::TempDir dir;
    expectReadRefused(dir.write("bad.csv", "code,name\r\nA1,\xFF\xFF\r\n"), "bad.csv:2", "neither UTF-8 nor GB18030");
}

TEST(Spreadsheet, refusesUtf16AndBrokenUtf8AfterAByteOrderMark)
{
    expectRefused([] { store::detectAndDecodeText("\xFF\xFE" "c\0o\0", "u.txt"); }, "u.txt", "UTF-16");
    expectRefused([] { store::detectAndDecodeText("\xEF\xBB\xBF" "a\nb\xC3(\n", "b.csv"); }, "b.csv:2", "not UTF-8");
}

TEST(Spreadsheet, detectsSemicolonSeparatorFromTheHeader)
{
    test::TempDir dir;
    EXPECT_EQ(readOnlySheet(dir.write("eu.csv", "code;name;qty\n\"A;1\";Bolt, M8;2,5\n")),
              (Rows{{"code", "name", "qty"}, {"A;1", "Bolt, M8", "2,5"}}));
}

TEST(Spreadsheet, readsTabSeparatedText)
{
    test::TempDir dir;
    EXPECT_EQ(readOnlySheet(dir.write("ITEMS.TXT", "code\tname\tnote\nA1\tBolt, M8\t\n")),
              (Rows{{"code", "name", "note"}, {"A1", "Bolt, M8", ""}}));
}

TEST(Spreadsheet, readsDoubledQuotesAndLineBreaksInsideQuotesAndKeepsSpaces)
{
    test::TempDir dir;
    const std::string csv = "code,note\r\nA1,\"says \"\"hi\"\"\r\nsecond line\"\r\nA2,  \r\nA3,5\"\" pipe\r\n";
    EXPECT_EQ(readOnlySheet(dir.write("q.csv", csv)),
              (Rows{{"code", "note"}, {"A1", "says \"hi\"\r\nsecond line"}, {"A2", "  "}, {"A3", "5\"\" pipe"}}));
}

TEST(Spreadsheet, refusesAnUnterminatedQuoteNamingItsLine)
{
    test::TempDir dir;
    const std::string csv = "code,note\nA1,ok\nA2,\"never closed\nA3,x\n";
    expectReadRefused(dir.write("q.csv", csv), "q.csv:3", "unterminated quote");
}

TEST(Spreadsheet, padsRowsToTheHeaderAndDropsTrailingEmptyRows)
{
    test::TempDir dir;
    EXPECT_EQ(readOnlySheet(dir.write("p.csv", "a,b,c,,\n1\n\n2,,,,x\n,,\n\n")),
              (Rows{{"a", "b", "c"}, {"1", "", ""}, {"", "", ""}, {"2", "", "", "", "x"}}));
}

TEST(Spreadsheet, refusesEmptyMissingAndUnknownFiles)
{
    test::TempDir dir;
    expectReadRefused(dir.write("empty.csv", ""), "empty.csv", "the file is empty");
    expectReadRefused(dir.write("blank.csv", "\xEF\xBB\xBF\r\n,,\r\n"), "blank.csv", "the file is empty");
    expectReadRefused(dir.write("empty.xlsx", ""), "empty.xlsx", "the file is empty");
    expectReadRefused(dir.file("missing.csv"), "missing.csv", "does not exist");
    expectReadRefused(dir.write("old.xls", "x"), "old.xls", "unsupported file type \".xls\"");
}

TEST(Spreadsheet, writesCsvWithBomCrlfAndQuotingThatReadsBack)
{
    test::TempDir dir;
    const std::string path = dir.file("out.csv");
    store::writeCsv(path, {"out", {{"编码", "说明"}, {"A,1", "引号\"和\n换行"}, {"B"}}, {}});
    EXPECT_EQ(test::readTextFile(path), "\xEF\xBB\xBF编码,说明\r\n\"A,1\",\"引号\"\"和\n换行\"\r\nB,\r\n");
    EXPECT_EQ(readOnlySheet(path), (Rows{{"编码", "说明"}, {"A,1", "引号\"和\n换行"}, {"B", ""}}));
}

TEST(Spreadsheet, xlsxRoundTripKeepsTextNumbersDatesGapsAndSheets)
{
    test::TempDir dir;
    const std::string path = dir.file("book.xlsx");
    const Rows items = {{"编码", "数量", "交期", "备注"},
                        {"00123", "2.4", "2024-03-05", "中文备注"},
                        {"A-02", "12", "", "x"},
                        {"A-03", "1e-7", "2024-12-31", ""},
                        {"A-04", "123456789012", "1900-03-01", "末尾"},
                        {"A-05", "n/a", "soon", "=1+1"}};
    store::writeXlsx(path, {{{"物料", items, {CellKind::Text, CellKind::Number, CellKind::Date}},
                             {"Second", {{"h"}, {"v"}}, {}}}});

    const store::Workbook book = store::readSpreadsheet(path);
    ASSERT_EQ(book.sheets.size(), 2u);
    EXPECT_EQ(book.sheets[0].name, "物料");
    Rows expected = items;
    expected[3][1] = "1e-07";
    EXPECT_EQ(book.sheets[0].rows, expected);
    EXPECT_EQ(book.sheets[1].name, "Second");
    EXPECT_EQ(book.sheets[1].rows, (Rows{{"h"}, {"v"}}));
}

TEST(Spreadsheet, xlsxStoresNumbersAndDatesTypedWithBoldFrozenHeader)
{
    test::TempDir dir;
    const std::string path = dir.file("typed.xlsx");
    store::writeXlsx(path, {{{"S", {{"数量", "交期", "编码"}, {"2.4", "2024-03-05", "00123"}},
                              {CellKind::Number, CellKind::Date, CellKind::Text}}}});
    const std::string sheet = readZipEntry(path, "xl/worksheets/sheet1.xml");
    EXPECT_THAT(cellXml(sheet, "A2"), HasSubstr("<v>2.4</v>"));
    EXPECT_THAT(cellXml(sheet, "A2"), Not(HasSubstr("t=\"s\"")));
    EXPECT_THAT(cellXml(sheet, "B2"), HasSubstr("<v>45356</v>"));
    EXPECT_THAT(cellXml(sheet, "C2"), HasSubstr("t=\"s\""));
    EXPECT_THAT(sheet, HasSubstr("ySplit=\"1\""));
    EXPECT_THAT(sheet, HasSubstr("state=\"frozen\""));
    const std::string styles = readZipEntry(path, "xl/styles.xml");
    EXPECT_THAT(styles, HasSubstr("formatCode=\"yyyy-mm-dd\""));
    EXPECT_THAT(styles, HasSubstr("<b/>"));
}

TEST(Spreadsheet, xlsxColumnWidthsCountChineseCharactersDouble)
{
    test::TempDir dir;
    const std::string path = dir.file("wide.xlsx");
    store::writeXlsx(path, {{{"S", {{"物料编码物料编码物料编码", "abcdefghijkl", "x"}}, {}}}});
    const std::string sheet = readZipEntry(path, "xl/worksheets/sheet1.xml");
    EXPECT_GT(columnWidth(sheet, 1), columnWidth(sheet, 2) + 10);
    EXPECT_GT(columnWidth(sheet, 2), columnWidth(sheet, 3));
}

TEST(Spreadsheet, writeXlsxRefusesASheetNameExcelRefusesAndWritesNothing)
{
    test::TempDir dir;
    const std::string path = dir.file("bad.xlsx");
    expectRefused([&] { store::writeXlsx(path, {{{"a/b", {{"h"}}, {}}}}); }, "bad.xlsx:sheet a/b", "sheet name");
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(Spreadsheet, readsAWorkbookShapedLikeExcelWritesIt)
{
    test::TempDir dir;
    const std::string path = dir.file("excel.xlsx");
    writeZip(path, excelStyleParts());
    const store::Workbook book = store::readSpreadsheet(path);
    ASSERT_EQ(book.sheets.size(), 1u); // the chart sheet has no cells
    EXPECT_EQ(book.sheets[0].name, "物料");
    EXPECT_EQ(book.sheets[0].rows, (Rows{{"编码", "名称 (中文)", "日期", "数量", "备注"},
                                         {"東京", "", "2024-03-05", "2.4", "TRUE"},
                                         {"", "", "", "", ""},
                                         {"line1\r\nline2 _x0041_", "", "2024-03-06", "12", "#N/A"},
                                         {"", "0.5", "1900-02-29", "1e-07", "1900-03-01"}}));
}

TEST(Spreadsheet, readsAWorkbookShapedLikeLibreOfficeWritesIt)
{
    test::TempDir dir;
    const std::string path = dir.file("calc.xlsx");
    writeZip(path, libreOfficeStyleParts());
    const store::Workbook book = store::readSpreadsheet(path);
    ASSERT_EQ(book.sheets.size(), 2u);
    EXPECT_EQ(book.sheets[0].rows, (Rows{{"交期 ", "Qty"}, {"2024-12-31", "2.4"}}));
    EXPECT_EQ(book.sheets[1].name, "空表");
    EXPECT_TRUE(book.sheets[1].rows.empty());
}

TEST(Spreadsheet, readsAFileConvertedByLibreOffice)
{
    if (std::system("command -v soffice >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "soffice is not installed";
    test::TempDir dir;
    dir.write("calc.csv", "编码,数量,交期\nA-01,2.4,2024-03-05\n");
    // CSV filter options: comma, double quote, UTF-8 (76), from line 1.
    const std::string command = "cd " + dir.path() + " && soffice --headless --infilter=CSV:44,34,76,1 "
                                "--convert-to xlsx calc.csv >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    EXPECT_EQ(readOnlySheet(dir.file("calc.xlsx")), (Rows{{"编码", "数量", "交期"}, {"A-01", "2.4", "2024-03-05"}}));
}

TEST(Spreadsheet, readsDatesOfThe1904SystemAndCellsWithoutReferences)
{
    test::TempDir dir;
    const std::string path = dir.file("mac.xlsx");
    writeZip(path, {{"xl/workbook.xml", workbookXml(R"(<workbookPr date1904="1"/>)", R"(<sheet name="S" r:id="r1"/>)")},
                    {"xl/_rels/workbook.xml.rels",
                     relationships({{"r1", "worksheet", "worksheets/sheet1.xml"}, {"r2", "styles", "styles.xml"}})},
                    {"xl/styles.xml", styleSheet(R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>)")},
                    {"xl/worksheets/sheet1.xml",
                     worksheet(R"(<row><c t="inlineStr"><is><t>d</t></is></c><c t="inlineStr"><is><t>n</t></is></c>)"
                               R"(</row><row><c s="1"><v>0</v></c><c><v>0</v></c></row>)")}});
    EXPECT_EQ(readOnlySheet(path), (Rows{{"d", "n"}, {"1904-01-01", "0"}}));
}

TEST(Spreadsheet, refusesFilesThatAreNotXlsxWorkbooks)
{
    test::TempDir dir;
    expectReadRefused(dir.write("text.xlsx", "code,name\n"), "text.xlsx", "not a zip archive");
    expectReadRefused(dir.write("legacy.xlsx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)), "legacy.xlsx",
                      "old-format .xls or a password-protected workbook");
    writeZip(dir.file("other.xlsx"), {{"content.xml", "<office:document-content/>"}});
    expectReadRefused(dir.file("other.xlsx"), "other.xlsx", "without xl/workbook.xml");
}

TEST(Spreadsheet, refusesASheetOver512MegabytesUncompressed)
{
    test::TempDir dir;
    const std::string path = dir.file("bomb.xlsx");
    Parts parts = excelStyleParts();
    writeZip(path, parts);
    // Claim 768 MB for sheet1.xml in both the local and the central header, as a zip bomb would.
    std::string bytes = test::readTextFile(path);
    const std::string name = "xl/worksheets/sheet1.xml";
    for (const auto& [signature, sizeOffset, nameOffset] :
         {std::tuple("PK\x03\x04", 22, 30), std::tuple("PK\x01\x02", 24, 46)}) {
        for (auto at = bytes.find(signature); at != std::string::npos; at = bytes.find(signature, at + 4)) {
            if (bytes.compare(at + nameOffset, name.size(), name) == 0)
                bytes.replace(at + sizeOffset, 4, std::string("\x00\x00\x00\x30", 4));
        }
    }
    std::filesystem::remove(path);
    dir.write("bomb.xlsx", bytes);
    expectReadRefused(path, "bomb.xlsx", "larger than 512 MB uncompressed");
}
