#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace pmc::core {
struct FactoryModel;
}
namespace pmc::store {
class FactoryDatabase;
}

namespace pmc::app {

/// The open factory: its database session, the in-memory FactoryModel the views show, and the
/// undo stack of the edits made to it. Lives on the UI thread; models read `factory()` only.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    /// Opens (creating and migrating) a database; with `seedDemo` an empty one gets the demo
    /// factory. Throws store::StoreError with a readable message when the file cannot be used.
    void open(const QString& path, bool seedDemo);
    bool isOpen() const { return m_database != nullptr; }
    QString path() const;
    const core::FactoryModel& factory() const { return *m_factory; }
    QUndoStack* undoStack() { return &m_undoStack; }

    /// Replaces the planning data with a scenario file; throws store::InputError (nothing
    /// changed) when the file is refused. Returns the warnings about ignored keys.
    QStringList importScenario(const QString& fileName);
    /// Writes the planning data as a scenario document.
    void exportScenario(const QString& fileName) const;

signals:
    /// The whole factory was replaced (open, import): views reset.
    void factoryReset();

private:
    void reload();

    std::unique_ptr<store::FactoryDatabase> m_database;
    // Held by pointer so this moc-processed header stays free of the core headers.
    std::unique_ptr<core::FactoryModel> m_factory;
    QUndoStack m_undoStack;
};

} // namespace pmc::app
