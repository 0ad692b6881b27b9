#include "support/TempDir.h"

#include "store/Database.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace pmc::test {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "pmc-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary directory");
    m_path = pattern;
}

TempDir::~TempDir()
{
    if (!m_schemas.empty()) {
        try {
            store::Database server(testServer());
            for (const auto& [name, schema] : m_schemas)
                server.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (const std::exception&) {
            // The throw-away cluster goes with its schemas when the suite ends.
        }
    }
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::string TempDir::write(const std::string& name, const std::string& content) const
{
    const std::string path = file(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

std::string testServer()
{
    const char* server = std::getenv("PMC_TEST_POSTGRES");
    return server ? server : "";
}

std::string TempDir::database(const std::string& name) const
{
    const std::string server = testServer();
    if (server.empty())
        return file(name);
    auto [known, added] = m_schemas.try_emplace(name);
    std::string& schema = known->second;
    if (added) {
        static std::mt19937_64 random{std::random_device{}()};
        schema = "t" + std::to_string(random() % 1000000000000ULL) + "_";
        for (const char c : name)
            schema += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        store::Database(server).execute("CREATE SCHEMA " + schema);
    }
    return server + (server.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

std::string readTextFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace pmc::test
