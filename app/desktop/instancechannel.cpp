// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/instancechannel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ktk {

namespace {

constexpr char Taken = 'K';
constexpr int HeaderBytes = 4;

QByteArray message(const QStringList &files)
{
    QJsonArray list;
    for (const QString &file : files.mid(0, InstanceChannel::MaxFiles))
        list.append(QFileInfo(file).absoluteFilePath());
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("files"), list}}).toJson(QJsonDocument::Compact);
    QByteArray framed(HeaderBytes, '\0');
    qToBigEndian(quint32(json.size()), framed.data());
    return framed + json;
}

// The files of a complete message, or nullopt when it is not one of ours.
std::optional<QStringList> filesOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue value = document.object().value(QStringLiteral("files"));
    if (!value.isArray() || value.toArray().size() > InstanceChannel::MaxFiles)
        return std::nullopt;
    QStringList files;
    for (const QJsonValue &file : value.toArray()) {
        if (!file.isString() || file.toString().isEmpty())
            return std::nullopt;
        files.append(file.toString());
    }
    return files;
}

} // namespace

QString InstanceChannel::defaultName()
{
    // The runtime folder belongs to the user alone (0700): nobody else can
    // reach a socket in it.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("kanttekening.socket"));
#ifdef Q_OS_UNIX
    return QStringLiteral("kanttekening-%1").arg(::getuid());
#else
    return QStringLiteral("kanttekening-%1").arg(qEnvironmentVariable("USERNAME"));
#endif
}

InstanceChannel::InstanceChannel(const QString &name, QObject *parent)
    : QObject(parent), m_name(name)
{
}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::handOver(const QStringList &files, int timeoutMs) const
{
    QLocalSocket socket;
    QElapsedTimer clock;
    clock.start();
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const auto left = [&] { return int(qMax<qint64>(1, timeoutMs - clock.elapsed())); };
    socket.write(message(files));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(left()) || clock.elapsed() >= timeoutMs)
            return false;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(left()) || clock.elapsed() >= timeoutMs)
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == Taken;
}

bool InstanceChannel::listen(QString *error)
{
    if (isListening())
        return true;
    // Qt moves a socket made with access options into place over whatever
    // is there: ask first whether a program still answers on it.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500)) {
            if (error)
                *error = QStringLiteral("another program already listens on %1").arg(m_name);
            return false;
        }
    }
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onNewConnection);
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Left behind by a program that ended without closing it.
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    if (error)
        *error = m_server->errorString();
    return false;
}

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceChannel::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A launch that connects and says nothing is not waited for.
        QTimer::singleShot(TimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void InstanceChannel::onReadyRead(QLocalSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    QByteArray &buffer = *it;
    buffer += socket->read(HeaderBytes + MaxMessageBytes + 1 - buffer.size());
    if (buffer.size() < HeaderBytes)
        return;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > MaxMessageBytes || buffer.size() > HeaderBytes + qint64(length)) {
        socket->abort();
        return;
    }
    if (buffer.size() < HeaderBytes + qint64(length))
        return;
    const std::optional<QStringList> files = filesOf(buffer.mid(HeaderBytes));
    buffer.clear();
    if (!files) {
        socket->abort();
        return;
    }
    socket->putChar(Taken);
    socket->flush();
    socket->disconnectFromServer();
    // Answered first: what the window then does (a question, an import)
    // must not keep the launch waiting.
    QMetaObject::invokeMethod(this, [this, files = *files] { emit filesReceived(files); }, Qt::QueuedConnection);
}

} // namespace ktk
