#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace pmc::ui {

/// File > Connect to server (Ctrl+Shift+O): the plant's shared PostgreSQL database. Each person
/// logs in as themself; host, port, database and user are remembered, the password is kept for
/// this session only (libpq's ~/.pgpass works too, with the password left empty).
class ServerConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerConnectionDialog(QWidget* parent = nullptr);

    /// `postgresql://user@host:port/database`, the password handed to the store's login.
    QString location() const;
    QLineEdit* host() const { return m_host; }
    QSpinBox* port() const { return m_port; }
    QLineEdit* database() const { return m_database; }
    QLineEdit* user() const { return m_user; }
    QLineEdit* password() const { return m_password; }

    void accept() override;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace pmc::ui
