#pragma once

// Internal to pmc_store: the zip container of an .xlsx file, read part by part.

#include <functional>
#include <string>

class QXmlStreamReader;
struct zip;

namespace pmc::store {

/// An open .xlsx archive, closed on destruction. Not shared between threads.
class XlsxArchive {
public:
    /// Opens `path`; refuses (naming `fileName`) a file that is not a readable zip archive.
    XlsxArchive(const std::string& path, std::string fileName);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    bool contains(const std::string& part) const;
    /// Streams the XML of `part` through `parse`, so a big sheet is never held in memory as text.
    /// Refuses a part over 512 MB uncompressed (a likely zip bomb), a damaged entry or bad XML.
    void parseXml(const std::string& part, const std::function<void(QXmlStreamReader&)>& parse) const;
    /// Throws InputError at `fileName:place`.
    [[noreturn]] void refuse(const std::string& place, const std::string& reason) const;

private:
    struct zip* m_zip = nullptr;
    std::string m_fileName;
};

} // namespace pmc::store
