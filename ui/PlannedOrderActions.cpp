#include "ui/PlannedOrderActions.h"

#include "app/Document.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/mrp/PlannedOrderRelease.h"
#include "ui/masterdata/ViewAction.h"

#include <QAction>
#include <QBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMessageBox>
#include <QTableView>

namespace pmc::ui {

namespace {

std::vector<std::string> toStd(const QStringList& ids)
{
    std::vector<std::string> result;
    result.reserve(static_cast<std::size_t>(ids.size()));
    for (const QString& id : ids)
        result.push_back(id.toStdString());
    return result;
}

} // namespace

PlannedOrderActions::PlannedOrderActions(app::Document& document, QTableView* view, QWidget* parent)
    : QObject(parent), m_document(document), m_view(view), m_parent(parent)
{
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_firm = addViewAction(m_view, tr("Firm"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                           [this] { convert(selectedIds(), false); });
    m_release = addViewAction(m_view, tr("Release as work orders / requisitions"), QKeySequence(Qt::CTRL | Qt::Key_R),
                              [this] { convert(selectedIds(), true); });
    m_releaseAll = addViewAction(m_view, tr("Release all"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
        std::vector<std::string> ids = core::releasableIds(m_document.factory(), m_document.mrpResult());
        QStringList all;
        for (const std::string& id : ids)
            all << QString::fromStdString(id);
        convert(all, true);
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlannedOrderActions::updateEnabled);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &PlannedOrderActions::updateEnabled);
    connect(m_view->model(), &QAbstractItemModel::layoutChanged, this, &PlannedOrderActions::updateEnabled);
    connect(&m_document, &app::Document::masterDataChanged, this, &PlannedOrderActions::updateEnabled);
    updateEnabled();
}

void PlannedOrderActions::addButtons(QBoxLayout* layout)
{
    for (QAction* action : {m_firm, m_release, m_releaseAll})
        addActionButton(layout, action, m_parent);
}

QStringList PlannedOrderActions::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(app::KeyRole).toString();
    return ids;
}

void PlannedOrderActions::updateEnabled()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_firm->setEnabled(selected);
    m_release->setEnabled(selected);
    m_releaseAll->setEnabled(!m_document.mrpResult().plannedOrders.empty()
                             || !m_document.factory().firmPlannedOrders.empty());
}

void PlannedOrderActions::convert(const QStringList& ids, bool release)
{
    const QString title = release ? tr("Release planned orders") : tr("Firm planned orders");
    const std::vector<std::string> selection = toStd(ids);
    const auto preview = release
        ? core::PlannedOrderRelease::convert(m_document.factory(), m_document.mrpResult(), selection)
        : core::PlannedOrderRelease::firm(m_document.factory(), m_document.mrpResult(), selection);
    if (!preview.ok())
        return report(title, {QString::fromStdString(preview.error())});
    const int workOrders = static_cast<int>(preview.workOrders.size());
    const int requisitions = static_cast<int>(preview.purchaseRequisitions.size());
    const int firmed = static_cast<int>(preview.firmPlannedOrders.size());
    if (workOrders + requisitions + firmed == 0) {
        QMessageBox::information(m_parent, title, release ? tr("There is nothing to release.")
                                                          : tr("The selected orders are already firm."));
        return;
    }
    const QString question = release
        ? tr("Create %1 and %2?").arg(tr("%n work order(s)", nullptr, workOrders),
                                      tr("%n purchase requisition(s)", nullptr, requisitions))
        : tr("Firm %n planned order(s)? MRP then keeps their quantity and dates until they are released.", nullptr,
             firmed);
    if (confirm(title, question))
        report(title, release ? m_document.releasePlannedOrders(ids) : m_document.firmPlannedOrders(ids));
}

bool PlannedOrderActions::confirm(const QString& title, const QString& question)
{
    return QMessageBox::question(m_parent, title, question + QLatin1Char('\n') + tr("Edit > Undo takes it back."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
}

void PlannedOrderActions::report(const QString& title, const QStringList& refused)
{
    if (refused.isEmpty())
        return;
    // A refused conversion of hundreds of orders can list as many reasons; the first ones tell.
    QStringList shown = refused.mid(0, 20);
    if (refused.size() > shown.size())
        shown << tr("... and %n more", nullptr, static_cast<int>(refused.size() - shown.size()));
    QMessageBox::warning(m_parent, title, tr("Nothing was changed:\n%1").arg(shown.join(QLatin1Char('\n'))));
}

} // namespace pmc::ui
