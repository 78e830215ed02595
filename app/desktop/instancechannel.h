// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace ktk {

// One window per user: a second launch (a double-clicked project while the
// program runs) hands its files to the running window instead of failing
// on the project's lock. The running program listens on a local socket in
// the user's runtime folder; a launch first tries to hand over, and only
// opens a window of its own when nobody answers.
//
// On the wire, one message per connection: a 4-byte big-endian length, then
// that many bytes of JSON {"files": [absolute paths]}; the answer is one
// byte, 'K', once the files are taken. Whatever else arrives (too long,
// not JSON, too slow) is dropped: only this user can reach the socket, but
// a message is still bounded.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxMessageBytes = 4 * 1024 * 1024;
    static constexpr int MaxFiles = 10000;
    static constexpr int TimeoutMs = 5000;

    // The socket for this user: in XDG_RUNTIME_DIR where there is one,
    // else a name Qt puts in the temporary folder, made per user.
    static QString defaultName();

    explicit InstanceChannel(const QString &name = defaultName(), QObject *parent = nullptr);
    ~InstanceChannel() override;

    // Client side: gives files (made absolute) to the program listening on
    // the channel. True once it has taken them; false when no program
    // listens or it did not answer within timeoutMs.
    bool handOver(const QStringList &files, int timeoutMs = TimeoutMs) const;

    // Server side: listens for later launches. A socket left behind by a
    // program that crashed is taken over. False, with error set, when the
    // socket cannot be made (the caller runs without, as before).
    bool listen(QString *error = nullptr);
    bool isListening() const;
    QString name() const { return m_name; }

signals:
    // Files a later launch handed over (may be empty: "show yourself").
    void filesReceived(const QStringList &files);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QHash<QLocalSocket *, QByteArray> m_buffers;
};

} // namespace ktk
