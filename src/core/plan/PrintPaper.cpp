#include "core/plan/PrintPaper.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>
#include <utility>

namespace pmc::core {

namespace {

constexpr std::array<std::pair<PrintPaper::Size, std::string_view>, 6> kSizes{{
    {PrintPaper::Size::A4, "A4"},
    {PrintPaper::Size::A3, "A3"},
    {PrintPaper::Size::A5, "A5"},
    {PrintPaper::Size::B5, "B5"},
    {PrintPaper::Size::Letter, "Letter"},
    {PrintPaper::Size::Legal, "Legal"},
}};

bool sameLetters(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

std::string toString(const PrintPaper& paper)
{
    std::string text;
    for (const auto& [size, name] : kSizes)
        if (size == paper.size)
            text = name;
    return text + (paper.portrait ? " portrait" : " landscape");
}

std::optional<PrintPaper> parsePrintPaper(std::string_view text)
{
    std::istringstream words{std::string(text)};
    std::string sizeWord;
    std::string orientationWord;
    std::string extra;
    words >> sizeWord >> orientationWord >> extra;
    if (!extra.empty())
        return std::nullopt;
    PrintPaper paper;
    const auto size = std::find_if(kSizes.begin(), kSizes.end(),
                                   [&](const auto& entry) { return sameLetters(entry.second, sizeWord); });
    if (size == kSizes.end())
        return std::nullopt;
    paper.size = size->first;
    if (sameLetters(orientationWord, "portrait"))
        paper.portrait = true;
    else if (!orientationWord.empty() && !sameLetters(orientationWord, "landscape"))
        return std::nullopt;
    return paper;
}

} // namespace pmc::core
