// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Automatic backups and File → Restore from Backup…, through the real window:
// a changed project is backed up when it opens, the dialog lists the backups,
// and a restore replaces the project while keeping what it replaced.
#include "dialogs/backupsdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/messagebanner.h"
#include "store/projectbackups.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>

using namespace ktk;

namespace {

Document article(const QString &title)
{
    Document doc;
    doc.meta.title = title;
    doc.format = SourceFormat::PlainText;
    doc.fileName = title + QStringLiteral(".txt");
    doc.canonicalText = QStringLiteral("De minister zegt dat het beleid werkt.");
    doc.originalBytes = doc.canonicalText.toUtf8();
    return doc;
}

int documentCount(const QString &path)
{
    ProjectStore store;
    return store.open(path).ok() ? int(store.documents().size()) : -1;
}

// Runs `answer` on the next modal widget of type T, once it is up.
template<typename T>
void whenModal(const std::function<void(T *)> &answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        auto tries = std::make_shared<int>(0);
        auto attempt = std::make_shared<std::function<void()>>();
        *attempt = [answer, tries, attempt] {
            if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
                answer(w);
                return;
            }
            if (++*tries < 500)
                QTimer::singleShot(10, qApp, *attempt);
        };
        (*attempt)();
    });
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ProjectBackups::setKeepSetting(ProjectBackups::DefaultKeep);
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("beleid.ktk"));
        ProjectStore store;
        QVERIFY(store.create(m_path).ok());
        QVERIFY(store.addDocument(article(QStringLiteral("Eerste"))));
        QVERIFY(store.addDocument(article(QStringLiteral("Tweede"))));
    }

    void openingAChangedProject_makesABackupInTheBackground()
    {
        QCOMPARE(ProjectBackups(m_path).list().size(), 0);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        QTRY_COMPARE(ProjectBackups(m_path).list().size(), 1);
        const ProjectBackups::Backup made = ProjectBackups(m_path).list().first();
        QCOMPARE(made.kind, ProjectBackups::Kind::Automatic);
        QVERIFY(made.path.startsWith(m_dir->filePath(QStringLiteral("beleid backups/beleid "))));
        QCOMPARE(documentCount(made.path), 2);

        // Opened again without a change in between: no second backup.
        window.closeProject();
        QVERIFY(window.openProject(m_path));
        QTest::qWait(200);
        QCOMPARE(ProjectBackups(m_path).list().size(), 1);
    }

    void automaticBackups_keepOnlyTheNewestN()
    {
        ProjectBackups::setKeepSetting(2);
        for (int i = 0; i < 4; ++i) {
            {
                ProjectStore store;
                QVERIFY(store.open(m_path).ok());
                QVERIFY(store.addDocument(article(QStringLiteral("Meer %1").arg(i))));
            }
            QTest::qWait(1100);   // backups are named by the second
            QVERIFY(ProjectBackups(m_path).makeBackup(ProjectBackups::Kind::Automatic, ProjectBackups::keepSetting()));
        }
        const QVector<ProjectBackups::Backup> kept = ProjectBackups(m_path).list();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(documentCount(kept.at(0).path), 6);
        QCOMPARE(documentCount(kept.at(1).path), 5);
        ProjectBackups::setKeepSetting(ProjectBackups::DefaultKeep);
    }

    void restoreFromBackupMenu_replacesTheProjectAndKeepsWhatItReplaced()
    {
        const Result<ProjectBackups::Backup> twoDocuments =
            ProjectBackups(m_path).makeBackup(ProjectBackups::Kind::Manual);
        QVERIFY(twoDocuments);
        {
            ProjectStore store;
            QVERIFY(store.open(m_path).ok());
            QVERIFY(store.addDocument(article(QStringLiteral("Derde"))));
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        QCOMPARE(window.store()->documents().size(), 3);

        QString listed;
        whenModal<BackupsDialog>([&](BackupsDialog *dialog) {
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupsList"));
            for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = list->topLevelItem(i);
                listed += item->text(1) + u';';
                item->setSelected(item->toolTip(0).endsWith(QFileInfo(twoDocuments->path).fileName()));
            }
            if (!qEnvironmentVariableIsEmpty("KTK_SCREENSHOTS"))
                dialog->grab().save(qEnvironmentVariable("KTK_SCREENSHOTS") + QStringLiteral("/backups-dialog.png"));
            whenModal<QMessageBox>([](QMessageBox *ask) {
                for (QAbstractButton *b : ask->buttons()) {
                    if (b->text() == QStringLiteral("Restore"))
                        b->click();
                }
            });
            dialog->findChild<QPushButton *>(QStringLiteral("backupsRestore"))->click();
        });
        // From the menu, as a user gets there: File, then its entry.
        QAction *action = window.findChild<QAction *>(QStringLiteral("restoreFromBackupAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();

        QVERIFY2(listed.contains(QStringLiteral("Made by hand")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("Automatic")), qPrintable(listed));
        QVERIFY(window.store()->isOpen());
        QCOMPARE(window.store()->documents().size(), 2);
        auto *banner = window.findChild<MessageBanner *>();
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QStringLiteral("is kept as")), qPrintable(banner->text()));

        // What the restore replaced is a backup of its own, with all three documents.
        QString kept;
        for (const ProjectBackups::Backup &b : ProjectBackups(m_path).list()) {
            if (b.kind == ProjectBackups::Kind::BeforeRestore)
                kept = b.path;
        }
        QVERIFY(!kept.isEmpty());
        window.closeProject();
        QCOMPARE(documentCount(kept), 3);
        QCOMPARE(documentCount(m_path), 2);
    }

    void damagedProject_openFailureOffersItsBackups()
    {
        QVERIFY(ProjectBackups(m_path).makeBackup(ProjectBackups::Kind::Manual));
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(4096));
            f.write(QByteArray(4096, char(0xA5)));
        }
        MainWindow window;
        window.show();
        bool offered = false;
        bool dialogShown = false;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().startsWith(QStringLiteral("Restore from Backup"))) {
                    offered = true;
                    whenModal<BackupsDialog>([&](BackupsDialog *dialog) {
                        dialogShown = true;
                        // Nothing can be backed up from a file that did not open.
                        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("backupsBackUpNow"))->isEnabled());
                        dialog->reject();
                    });
                    b->click();
                    return;
                }
            }
            box->accept();
        });
        QVERIFY(!window.openProject(m_path));
        QVERIFY(offered);
        QVERIFY(dialogShown);
    }

    void keepSetting_inTheDialog_isRemembered()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        whenModal<BackupsDialog>([](BackupsDialog *dialog) {
            auto *keep = dialog->findChild<QSpinBox *>(QStringLiteral("backupsKeep"));
            keep->setValue(12);
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("backupSettingsAction"))->trigger();
        QCOMPARE(ProjectBackups::keepSetting(), 12);
        ProjectBackups::setKeepSetting(ProjectBackups::DefaultKeep);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
