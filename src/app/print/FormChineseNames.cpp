#include "app/print/FormChineseNames.h"

namespace pmc::app::form
{

QString departmentChinese(core::Department department)
{
    using D = core::Department;
    switch (department) {
    case D::Sales:
        return QString::fromUtf8("业务部");
    case D::Engineering:
        return QString::fromUtf8("技术部");
    case D::Quality:
        return QString::fromUtf8("品质部");
    case D::Production:
        return QString::fromUtf8("生产部");
    case D::Purchasing:
        return QString::fromUtf8("采购/物控");
    case D::Pmc:
        return QString::fromUtf8("生管/PMC");
    }
    return {};
}

QString verdictChinese(core::ReviewVerdict verdict)
{
    using V = core::ReviewVerdict;
    switch (verdict) {
    case V::Accept:
        return QString::fromUtf8("接受");
    case V::AcceptWithConditions:
        return QString::fromUtf8("有条件接受");
    case V::Reject:
        return QString::fromUtf8("不接受");
    }
    return {};
}

} // namespace pmc::app::form
