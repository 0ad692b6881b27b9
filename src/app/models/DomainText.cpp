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

} // namespace pmc::app
