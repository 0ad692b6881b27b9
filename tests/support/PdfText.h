#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <optional>

namespace pmc::test {

/// The text layer of a PDF as `pdftotext` extracts it (what a search or a copy in a viewer
/// finds), or nullopt when poppler-utils is not installed (the caller skips).
inline std::optional<QString> pdfText(const QString& path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return std::nullopt;
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace pmc::test
