#pragma once

#include <span>
#include <string_view>

namespace pmc::store {

/// A file compiled into the binary by cmake/EmbedFiles.cmake (schema migrations, demo data).
struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

std::span<const EmbeddedFile> schemaFiles();
std::span<const EmbeddedFile> demoFiles();

} // namespace pmc::store
