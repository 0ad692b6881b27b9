#include "app/print/NoticeHeading.h"

#include "app/models/ChangeImpactText.h"

namespace pmc::app {

QStringList NoticeHeading::infoLine(core::ChangeReason reason) const
{
    return {QString::fromUtf8("单号 ") + tr("No.: %1").arg(number),
            QString::fromUtf8("日期 ") + tr("Date: %1").arg(QString::fromStdString(date.toString())),
            QString::fromUtf8("发出人 ") + tr("Issued by: %1").arg(issuer),
            QString::fromUtf8("变更原因 ") + tr("Reason: %1").arg(displayName(reason))};
}

} // namespace pmc::app
