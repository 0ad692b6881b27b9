#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pmc::core {

/// The paper the printed forms go on (docs/plans.md "Paper"): its size and the orientation of
/// the table forms (plans, lists, notices), which are laid out for A4 landscape and scaled to
/// fit the width of the paper chosen. The order review form stays portrait.
struct PrintPaper {
    enum class Size { A4, A3, A5, B5, Letter, Legal };
    Size size = Size::A4;
    bool portrait = false;

    bool operator==(const PrintPaper&) const = default;
};

/// "A4 landscape", "A3 portrait", "Letter landscape"…: the setting's text.
std::string toString(const PrintPaper& paper);
/// Reads a size name (A4, A3, A5, B5, Letter, Legal; any case), optionally followed by
/// "landscape" or "portrait" (landscape when left out); nullopt for anything else.
std::optional<PrintPaper> parsePrintPaper(std::string_view text);

} // namespace pmc::core
