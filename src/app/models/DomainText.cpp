#include "app/models/DomainText.h"

#include <QCoreApplication>

namespace pmc::app {

QString displayName(core::ItemType type)
{
    switch (type) {
    case core::ItemType::Finished: return QCoreApplication::translate("DomainText", "Finished");
    case core::ItemType::Semi: return QCoreApplication::translate("DomainText", "Semi-finished");
    case core::ItemType::Raw: return QCoreApplication::translate("DomainText", "Raw material");
    case core::ItemType::Packaging: return QCoreApplication::translate("DomainText", "Packaging");
    }
    return {};
}

QString displayName(core::ItemSource source)
{
    return source == core::ItemSource::Make ? QCoreApplication::translate("DomainText", "Make")
                                            : QCoreApplication::translate("DomainText", "Buy");
}

QString displayName(core::LotRule rule)
{
    switch (rule) {
    case core::LotRule::LotForLot: return QCoreApplication::translate("DomainText", "Lot for lot");
    case core::LotRule::Fixed: return QCoreApplication::translate("DomainText", "Fixed lot");
    case core::LotRule::MinMultiple: return QCoreApplication::translate("DomainText", "MOQ and multiple");
    }
    return {};
}

QString displayName(core::AbnormalCause cause)
{
    switch (cause) {
    case core::AbnormalCause::Material: return QCoreApplication::translate("DomainText", "Material shortage");
    case core::AbnormalCause::Equipment: return QCoreApplication::translate("DomainText", "Equipment");
    case core::AbnormalCause::Tooling: return QCoreApplication::translate("DomainText", "Tooling");
    case core::AbnormalCause::Quality: return QCoreApplication::translate("DomainText", "Quality");
    case core::AbnormalCause::Other: return QCoreApplication::translate("DomainText", "Other");
    }
    return {};
}

QString displayName(core::Disposition disposition)
{
    switch (disposition) {
    case core::Disposition::None: return {};
    case core::Disposition::Concession: return QCoreApplication::translate("DomainText", "Concession");
    case core::Disposition::Sort: return QCoreApplication::translate("DomainText", "Sort");
    case core::Disposition::Rework: return QCoreApplication::translate("DomainText", "Rework");
    case core::Disposition::Return: return QCoreApplication::translate("DomainText", "Return");
    }
    return {};
}

QString displayName(core::MrpException::Kind kind)
{
    switch (kind) {
    case core::MrpException::Kind::PastDue: return QCoreApplication::translate("DomainText", "Past due");
    case core::MrpException::Kind::Expedite: return QCoreApplication::translate("DomainText", "Expedite");
    case core::MrpException::Kind::Excess: return QCoreApplication::translate("DomainText", "Excess");
    }
    return {};
}

QString exceptionText(const core::MrpException& exception, std::optional<core::Date> supplyDue)
{
    const QString order = QString::fromStdString(exception.order);
    const QString date = QString::fromStdString(exception.date.toString());
    switch (exception.kind) {
    case core::MrpException::Kind::PastDue:
        return QCoreApplication::translate("DomainText",
            "Planned order %1 (due %2) should have been released before today: release it now and expedite it")
            .arg(order, date);
    case core::MrpException::Kind::Expedite:
        if (supplyDue)
            return QCoreApplication::translate("DomainText", "%1 arrives %2 but is needed %3: pull it in by %n day(s)",
                                               nullptr, *supplyDue - exception.date)
                .arg(order, QString::fromStdString(supplyDue->toString()), date);
        return QCoreApplication::translate("DomainText", "%1 arrives after it is needed on %2: pull it in").arg(order, date);
    case core::MrpException::Kind::Excess:
        return QCoreApplication::translate("DomainText",
            "%1 (due %2) is not needed within the planning horizon: postpone or cancel it").arg(order, date);
    }
    return {};
}

} // namespace pmc::app
