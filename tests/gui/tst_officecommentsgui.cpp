// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Claims → Take Over Annotations and Comments on a Word file in the window:
// the import report points at the comments, the question names who made
// them, Yes makes claims with their notes, Ctrl+Z takes them away again,
// and taking over twice adds nothing.

#include "mainwindow/mainwindow.h"
#include "store/projectstore.h"

#include "../import/officetestfiles.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ktk;

namespace {

// Answers the next message box with Yes and keeps what it said.
struct YesAnswerer
{
    QString said;
    QTimer timer;
    YesAnswerer()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            said = box->text();
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->accept();
        });
        timer.start(20);
    }
};

} // namespace

class TestOfficeCommentsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void wordComments_takenOverAsClaims_andUndone()
    {
        const QString file = m_dir.filePath(QStringLiteral("brief.docx"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(officetest::richDocx());
        }
        const QString path = m_dir.filePath(QStringLiteral("brief.ktk"));
        {
            ProjectStore store;
            QVERIFY(store.create(path).ok());
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        QVERIFY(window.importFiles({file}).isEmpty());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("messageText"));
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QStringLiteral("1 reviewer comment")), qPrintable(banner->text()));
        const DocumentId doc = window.store()->documents().first().id;
        window.showDocument(doc);

        auto *takeOver = window.findChild<QAction *>(QStringLiteral("takeOverAnnotationsAction"));
        QVERIFY(takeOver);
        QVERIFY(takeOver->isEnabled());
        bool inClaimsMenu = false;
        for (QAction *top : window.menuBar()->actions())
            inClaimsMenu |= top->menu() && top->menu()->actions().contains(takeOver);
        QVERIFY(inClaimsMenu);

        {
            YesAnswerer answer;
            takeOver->trigger();
            QVERIFY2(answer.said.contains(QStringLiteral("Eva Jansen")), qPrintable(answer.said));
        }
        QVector<Annotation> claims = window.store()->annotations(doc);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.first().quote(), QStringLiteral("100.000 woningen per jaar"));
        QCOMPARE(claims.first().note, QStringLiteral("Klopt dit wel?"));
        QCOMPARE(claims.first().author, QStringLiteral("Eva Jansen"));

        // Twice: nothing new.
        {
            YesAnswerer answer;
            takeOver->trigger();
        }
        QCOMPARE(window.store()->annotations(doc).size(), 1);
        QVERIFY2(banner->text().contains(QStringLiteral("already")), qPrintable(banner->text()));

        // The message boxes are gone; the window is active again, as on a desktop.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(window.store()->annotations(doc).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestOfficeCommentsGui)

#include "tst_officecommentsgui.moc"
