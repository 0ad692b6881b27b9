#include "ui/ServerConnectionDialog.h"

#include "store/PostgresConnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

namespace pmc::ui {

namespace {

constexpr int kPostgresPort = 5432;

} // namespace

ServerConnectionDialog::ServerConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to server"));
    setMinimumWidth(460);
    QSettings settings;
    settings.beginGroup(QStringLiteral("server"));
    m_host->setText(settings.value(QStringLiteral("host"), QStringLiteral("localhost")).toString());
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("port"), kPostgresPort).toInt());
    m_database->setText(settings.value(QStringLiteral("database"), QStringLiteral("pmc")).toString());
    m_user->setText(settings.value(QStringLiteral("user"), qEnvironmentVariable("USER")).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass"));

    auto* note = new QLabel(tr("The plant's shared PostgreSQL database. Log in as yourself: every change is "
                               "recorded under your name. To move a factory file there, use "
                               "pmc-cli --db FILE copy-to postgresql://..."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(buttons);
    if (!m_user->text().isEmpty())
        m_password->setFocus();
}

QString ServerConnectionDialog::location() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_user->text().trimmed())), m_host->text().trimmed())
        .arg(m_port->value())
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_database->text().trimmed())));
}

void ServerConnectionDialog::accept()
{
    for (QLineEdit* required : {m_host, m_database, m_user}) {
        if (required->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Please fill in the host, the database and your user name."));
            required->setFocus();
            return;
        }
    }
    if (!m_password->text().isEmpty())
        store::rememberServerPassword(location().toStdString(), m_password->text().toStdString());
    QSettings settings;
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    QDialog::accept();
}

} // namespace pmc::ui
