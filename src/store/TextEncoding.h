#pragma once

// Internal to pmc_store: UTF-8 checks shared by the CSV and XLSX code.

#include <cstddef>
#include <string_view>

namespace pmc::store {

/// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
/// and values past U+10FFFF included), or std::string_view::npos when the text is valid.
std::size_t invalidUtf8Offset(std::string_view text);

/// Columns `utf8` takes in a spreadsheet cell: wide characters (CJK, full-width forms) count two.
/// Expects valid UTF-8; an ill-formed byte counts one.
std::size_t displayWidth(std::string_view utf8);

} // namespace pmc::store
