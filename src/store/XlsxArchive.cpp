#include "store/XlsxArchive.h"

#include "store/SpreadsheetFormats.h"

#include <QIODevice>
#include <QXmlStreamReader>

#include <fstream>
#include <zip.h>

namespace pmc::store {

namespace {

constexpr zip_uint64_t kMaxPartBytes = 512ull * 1024 * 1024;
constexpr zip_uint64_t kMaxPartMegabytes = kMaxPartBytes / (1024 * 1024);

/// One zip entry as a sequential device for QXmlStreamReader, counting what it inflates so a
/// zip bomb stops at the limit even when the archive's directory lies about the size.
class ZipEntryDevice : public QIODevice {
public:
    explicit ZipEntryDevice(zip_file_t* file) : m_file(file) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    ~ZipEntryDevice() override
    {
        close();
        zip_fclose(m_file);
    }
    bool isSequential() const override { return true; }
    bool tooLarge() const { return m_tooLarge; }
    /// libzip's reason when inflating failed (a damaged archive), else empty.
    const std::string& failure() const { return m_failure; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const zip_int64_t count = zip_fread(m_file, data, static_cast<zip_uint64_t>(maxSize));
        if (count < 0) {
            m_failure = zip_file_strerror(m_file);
            return -1;
        }
        m_total += static_cast<zip_uint64_t>(count);
        if (m_total > kMaxPartBytes) {
            m_tooLarge = true;
            return -1;
        }
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file_t* m_file;
    zip_uint64_t m_total = 0;
    bool m_tooLarge = false;
    std::string m_failure;
};

/// Old binary workbooks and password-protected .xlsx files are OLE compound files, not zips.
bool isCompoundFile(const std::string& path)
{
    char magic[4] = {};
    std::ifstream(path, std::ios::binary).read(magic, sizeof magic);
    return std::string_view(magic, sizeof magic) == "\xD0\xCF\x11\xE0";
}

std::string tooLargeReason(const std::string& part)
{
    return part + " is larger than " + std::to_string(kMaxPartMegabytes)
        + " MB uncompressed; refused as a likely zip bomb (split the workbook if it is real)";
}

} // namespace

XlsxArchive::XlsxArchive(const std::string& path, std::string fileName) : m_fileName(std::move(fileName))
{
    int code = 0;
    m_zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (m_zip)
        return;
    if (isCompoundFile(path))
        refuse("", "an old-format .xls or a password-protected workbook; save it in Excel as an unprotected .xlsx");
    if (code == ZIP_ER_NOZIP)
        refuse("", "not an .xlsx workbook (the file is not a zip archive)");
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    refuse("", code == ZIP_ER_OPEN || code == ZIP_ER_READ ? "cannot read the file: " + reason
                                                           : "damaged .xlsx archive: " + reason);
}

XlsxArchive::~XlsxArchive()
{
    zip_discard(m_zip);
}

bool XlsxArchive::contains(const std::string& part) const
{
    return zip_name_locate(m_zip, part.c_str(), 0) >= 0;
}

void XlsxArchive::parseXml(const std::string& part, const std::function<void(QXmlStreamReader&)>& parse) const
{
    zip_stat_t stat;
    if (zip_stat(m_zip, part.c_str(), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && stat.size > kMaxPartBytes)
        refuse("", tooLargeReason(part));
    zip_file_t* file = zip_fopen(m_zip, part.c_str(), 0);
    if (!file)
        refuse("", "damaged .xlsx archive: cannot open " + part + " (" + zip_strerror(m_zip) + ")");
    ZipEntryDevice device(file);
    QXmlStreamReader xml(&device);
    parse(xml);
    if (device.tooLarge())
        refuse("", tooLargeReason(part));
    if (!device.failure().empty())
        refuse("", "damaged .xlsx archive: cannot unpack " + part + " (" + device.failure() + ")");
    if (xml.hasError())
        refuse(part, "broken XML at line " + std::to_string(xml.lineNumber()) + ": " + xml.errorString().toStdString());
}

void XlsxArchive::refuse(const std::string& place, const std::string& reason) const
{
    refuseSpreadsheet(m_fileName, place, reason);
}

} // namespace pmc::store
