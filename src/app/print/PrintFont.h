#pragma once

#include <QString>

namespace pmc::app {

/// The CJK font family printed documents use: "WenQuanYi Micro Hei", loaded from the Debian
/// font file when fontconfig does not know it. Its glyphs map back to the right Unicode
/// characters in a PDF's text layer (Noto CJK's 日 comes out as the radical ⽇). Needs a
/// QGuiApplication.
QString printFontFamily();

} // namespace pmc::app
