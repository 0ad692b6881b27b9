#pragma once

#include "core/Date.h"
#include "core/orders/ChangeImpact.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pmc::app {

/// What the issuer fills in at the top of an adjustment notice.
struct NoticeHeading {
    Q_DECLARE_TR_FUNCTIONS(NoticeHeading)

public:
    QString number; ///< 单号, the caller's numbering
    core::Date date;
    QString issuer;

    /// The line under the title: number, date, issuer and the reason for the change.
    QStringList infoLine(core::ChangeReason reason) const;
};

} // namespace pmc::app
