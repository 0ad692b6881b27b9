#include "store/TextEncoding.h"

#include "store/Spreadsheet.h"
#include "store/SpreadsheetFormats.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iconv.h>
#include <optional>
#include <stdexcept>

namespace pmc::store {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// Bytes in the sequence that `lead` starts; 0 for a byte that cannot start one.
std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    return (lead >> 3) == 0x1E ? 4 : 0;
}

/// The code point at `pos`, advancing `pos` past it; nullopt when the sequence is ill-formed.
std::optional<char32_t> nextCodePoint(std::string_view text, std::size_t& pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t length = sequenceLength(lead);
    if (length == 0 || pos + length > text.size())
        return std::nullopt;
    char32_t codePoint = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[pos + i]);
        if ((next & 0xC0) != 0x80)
            return std::nullopt;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    static constexpr char32_t kShortest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kShortest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return std::nullopt;
    pos += length;
    return codePoint;
}

bool isWide(char32_t c)
{
    // The East Asian Wide and Fullwidth blocks that occur in planning data.
    static constexpr std::pair<char32_t, char32_t> kWide[] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
        {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD},
    };
    return std::any_of(std::begin(kWide), std::end(kWide),
                       [c](const auto& range) { return c >= range.first && c <= range.second; });
}

std::string lineOf(std::string_view bytes, std::size_t offset)
{
    // Line breaks are plain ASCII in both UTF-8 and GB18030, so counting bytes is exact.
    return std::to_string(1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string hexByte(char byte)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", static_cast<unsigned char>(byte));
    return text;
}

std::string decodeGb18030(const std::string& bytes, const std::string& fileName)
{
    const iconv_t converter = iconv_open("UTF-8", "GB18030");
    if (converter == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error(std::string("GB18030 text conversion is unavailable (iconv: ") + std::strerror(errno)
                                 + ")");
    // GB18030 never grows by more than half in UTF-8, so one pass with twice the room suffices.
    std::string text(bytes.size() * 2, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t inLeft = bytes.size();
    char* out = text.data();
    std::size_t outLeft = text.size();
    const bool converted = iconv(converter, &in, &inLeft, &out, &outLeft) != static_cast<std::size_t>(-1);
    iconv_close(converter);
    if (!converted) {
        const std::size_t offset = static_cast<std::size_t>(in - bytes.data());
        refuseSpreadsheet(fileName, lineOf(bytes, offset),
                          "byte " + hexByte(bytes[offset]) + " is neither UTF-8 nor GB18030 (GBK) text; "
                          "save the file as \"CSV UTF-8\"");
    }
    text.resize(text.size() - outLeft);
    // GB18030 has its own byte order mark, which decodes to the UTF-8 one.
    if (text.starts_with(kUtf8Bom))
        text.erase(0, kUtf8Bom.size());
    return text;
}

} // namespace

std::size_t invalidUtf8Offset(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!nextCodePoint(text, pos))
            return pos;
    }
    return std::string_view::npos;
}

std::size_t displayWidth(std::string_view utf8)
{
    std::size_t width = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto codePoint = nextCodePoint(utf8, pos);
        if (!codePoint)
            ++pos;
        width += codePoint && isWide(*codePoint) ? 2 : 1;
    }
    return width;
}

std::string detectAndDecodeText(const std::string& bytes, const std::string& fileNameForErrors)
{
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
        refuseSpreadsheet(fileNameForErrors, "",
                          "the file is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" or .xlsx");
    const std::string_view view(bytes);
    const bool hasBom = view.starts_with(kUtf8Bom);
    const std::size_t invalid = invalidUtf8Offset(view);
    if (invalid == std::string_view::npos)
        return bytes.substr(hasBom ? kUtf8Bom.size() : 0);
    if (hasBom)
        refuseSpreadsheet(fileNameForErrors, lineOf(view, invalid),
                          "byte " + hexByte(bytes[invalid]) + " is not UTF-8, although the file starts with a UTF-8 "
                          "byte order mark");
    return decodeGb18030(bytes, fileNameForErrors);
}

} // namespace pmc::store
