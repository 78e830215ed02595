// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The channel a second launch hands its files over on: real local sockets
// in a temporary folder, the launch in a thread of its own as it would be a
// process of its own.

#include "desktop/instancechannel.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ktk;

namespace {

// Hands over from another thread while this one serves; waits for the answer.
bool handOverWhileServing(const InstanceChannel &client, const QStringList &files)
{
    QFuture<bool> handed = QtConcurrent::run([&client, files] { return client.handOver(files, 5000); });
    QElapsedTimer clock;
    clock.start();
    while (!handed.isFinished() && clock.elapsed() < 10000)
        QTest::qWait(10);
    return handed.isFinished() && handed.result();
}

// What a crashed program leaves: a socket file nobody listens on.
bool leaveStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (fd < 0 || size_t(native.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound && QFileInfo::exists(path);
}

} // namespace

class TestInstanceChannel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_name = m_dir.filePath(QStringLiteral("kanttekening.socket"));
    }

    void nobodyListening_handOverFailsAtOnce()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!InstanceChannel(m_name).handOver({QStringLiteral("a.ktk")}));
        QVERIFY2(clock.elapsed() < 2000, "a first launch must not wait for a program that is not there");
    }

    void runningProgram_takesTheFilesAsAbsolutePaths()
    {
        InstanceChannel server(m_name);
        QVERIFY(server.listen());
        QSignalSpy received(&server, &InstanceChannel::filesReceived);
        const QString relative = QStringLiteral("rapport met spaties ë.pdf");
        QVERIFY(handOverWhileServing(InstanceChannel(m_name), {QStringLiteral("/tmp/p.ktk"), relative}));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(),
                 (QStringList{QStringLiteral("/tmp/p.ktk"), QFileInfo(relative).absoluteFilePath()}));
        // A launch without files: the window only comes forward.
        QVERIFY(handOverWhileServing(InstanceChannel(m_name), {}));
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received.last().first().toStringList(), QStringList());
    }

    void socketLeftByACrash_isTakenOver_aLiveOneIsNot()
    {
        QVERIFY(leaveStaleSocket(m_name));
        InstanceChannel server(m_name);
        QString error;
        QVERIFY2(server.listen(&error), qPrintable(error));
        QSignalSpy received(&server, &InstanceChannel::filesReceived);
        QVERIFY(handOverWhileServing(InstanceChannel(m_name), {QStringLiteral("/tmp/x.ktk")}));
        QTRY_COMPARE(received.size(), 1);

        // Someone answers there: a second program must not steal the socket.
        InstanceChannel second(m_name);
        QVERIFY(!second.listen(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(server.isListening());
    }

    void garbage_isDropped_andTheChannelStillServes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray huge(4, '\0');
        qToBigEndian(quint32(InstanceChannel::MaxMessageBytes + 1), huge.data());
        QTest::newRow("length beyond the bound") << huge + QByteArray(64, 'x');
        const QByteArray notJson("this is no json");
        QByteArray framed(4, '\0');
        qToBigEndian(quint32(notJson.size()), framed.data());
        QTest::newRow("not JSON") << framed + notJson;
        const QByteArray numbers("{\"files\": [1, 2, 3]}");
        QByteArray framedNumbers(4, '\0');
        qToBigEndian(quint32(numbers.size()), framedNumbers.data());
        QTest::newRow("files not strings") << framedNumbers + numbers;
        QTest::newRow("more than announced") << framed + notJson + QByteArray("trailing");
    }

    void garbage_isDropped_andTheChannelStillServes()
    {
        QFETCH(QByteArray, bytes);
        InstanceChannel server(m_name);
        QVERIFY(server.listen());
        QSignalSpy received(&server, &InstanceChannel::filesReceived);

        QLocalSocket rogue;
        rogue.connectToServer(m_name);
        QVERIFY(rogue.waitForConnected(2000));
        rogue.write(bytes);
        rogue.flush();
        QTRY_COMPARE(rogue.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(rogue.bytesAvailable(), qint64(0));   // no 'taken' answer
        QCOMPARE(received.size(), 0);

        QVERIFY(handOverWhileServing(InstanceChannel(m_name), {QStringLiteral("/tmp/after.ktk")}));
        QTRY_COMPARE(received.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_name;
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
