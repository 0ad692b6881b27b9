#include "app/print/NoticeHeading.h"

#include "app/models/ChangeImpactText.h"
#include "app/print/FormCells.h"

namespace pmc::app {

QStringList NoticeHeading::infoLine(core::ChangeReason reason) const
{
    return {form::labelled("单号", tr("No.: %1").arg(number)),
            form::labelled("日期", tr("Date: %1").arg(QString::fromStdString(date.toString()))),
            form::labelled("发出人", tr("Issued by: %1").arg(issuer)),
            form::labelled("变更原因", tr("Reason: %1").arg(displayName(reason)))};
}

} // namespace pmc::app
