// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File → Export Annotated PDF in the whole window, as a researcher uses it:
// Ctrl+E pressed as a key, the dialog answered by its widgets, the files
// written, and the choices offered again next time.
#include "cli/sampleproject.h"
#include "dialogs/exportpdfdialog.h"
#include "mainwindow/mainwindow.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <functional>

using namespace ktk;

namespace {

// Annotations of any kind in a PDF file.
// The /T of every annotation in the file.
QSet<QString> annotationAuthors(const QString &path)
{
    QSet<QString> authors;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return authors;
    const QByteArray bytes = f.readAll();
    QPDF pdf;
    pdf.processMemoryFile("exported", bytes.constData(), size_t(bytes.size()));
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (auto &a : annots.aitems()) {
            if (a.getKey("/T").isString())
                authors.insert(QString::fromStdString(a.getKey("/T").getUTF8Value()));
        }
    }
    return authors;
}

int annotationCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = f.readAll();
    QPDF pdf;
    pdf.processMemoryFile("exported", bytes.constData(), size_t(bytes.size()));
    int n = 0;
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (annots.isArray())
            n += annots.getArrayNItems();
    }
    return n;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("sample.ktk"));
        const Status made = SampleProject::create(m_project);
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }

    void ctrlE_exportsAllIntoAFolder_andRemembersTheChoices()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_project));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int claims = int(window.store()->annotations().size());
        QVERIFY(claims > 0);

        // First: everything into a folder, notes in the margin, an appendix, not flattened.
        const QString folder = m_dir.filePath(QStringLiteral("export"));
        bool answered = false;
        answerDialog([&](ExportPdfDialog *dialog) {
            auto *all = dialog->findChild<QRadioButton *>(QStringLiteral("exportAll"));
            auto *allClaims = dialog->findChild<QRadioButton *>(QStringLiteral("exportAllClaims"));
            auto *notes = dialog->findChild<QComboBox *>(QStringLiteral("exportNotes"));
            auto *appendix = dialog->findChild<QCheckBox *>(QStringLiteral("exportAppendix"));
            auto *flatten = dialog->findChild<QCheckBox *>(QStringLiteral("exportFlatten"));
            auto *target = dialog->findChild<QLineEdit *>(QStringLiteral("exportTarget"));
            auto *author = dialog->findChild<QLineEdit *>(QStringLiteral("exportAuthor"));
            QVERIFY(all && allClaims && notes && appendix && flatten && target && author);
            QVERIFY(author->text().isEmpty());
            QVERIFY(!author->placeholderText().isEmpty());   // the account's name, used when left empty
            QTest::keyClicks(author, QStringLiteral("Anna de Vries"));
            QVERIFY(all->isEnabled());
            QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(8, all->height() / 2));
            QVERIFY(all->isChecked());
            allClaims->setChecked(true);
            const int margin = notes->findData(int(NotePlacement::Margin));
            QVERIFY(margin >= 0);
            notes->setCurrentIndex(margin);
            appendix->setChecked(true);
            flatten->setChecked(false);
            target->clear();
            QTest::keyClicks(target, QDir::toNativeSeparators(folder));
            okButton(dialog)->click();
            answered = true;
        });
        pressCtrlE(window);
        QTRY_VERIFY(answered);
        QTRY_COMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 2);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Export")),
                     qPrintable(window.statusBar()->currentMessage()));
        int written = 0;
        for (const QString &pdf : QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
            written += annotationCount(QDir(folder).filePath(pdf)) > 0 ? 1 : 0;
            QCOMPARE(annotationAuthors(QDir(folder).filePath(pdf)), QSet<QString>{QStringLiteral("Anna de Vries")});
        }
        QCOMPARE(written, 2);
        // Nothing half-written left beside them.
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);

        // Again: the choices are offered as they were left. Flatten this time.
        const QString flatFolder = m_dir.filePath(QStringLiteral("flat"));
        answered = false;
        answerDialog([&](ExportPdfDialog *dialog) {
            auto *all = dialog->findChild<QRadioButton *>(QStringLiteral("exportAll"));
            auto *notes = dialog->findChild<QComboBox *>(QStringLiteral("exportNotes"));
            auto *appendix = dialog->findChild<QCheckBox *>(QStringLiteral("exportAppendix"));
            auto *flatten = dialog->findChild<QCheckBox *>(QStringLiteral("exportFlatten"));
            auto *target = dialog->findChild<QLineEdit *>(QStringLiteral("exportTarget"));
            QVERIFY(all && notes && appendix && flatten && target);
            QVERIFY(all->isChecked());
            auto *author = dialog->findChild<QLineEdit *>(QStringLiteral("exportAuthor"));
            QVERIFY(author);
            QCOMPARE(author->text(), QStringLiteral("Anna de Vries"));
            QCOMPARE(notes->currentData().toInt(), int(NotePlacement::Margin));
            QVERIFY(appendix->isChecked());
            QVERIFY(!flatten->isChecked());
            QCOMPARE(QDir::fromNativeSeparators(target->text()), folder);
            flatten->setChecked(true);
            notes->setCurrentIndex(notes->findData(int(NotePlacement::Appendix)));
            target->setText(QDir::toNativeSeparators(flatFolder));
            okButton(dialog)->click();
            answered = true;
        });
        pressCtrlE(window);
        QTRY_VERIFY(answered);
        QTRY_COMPARE(QDir(flatFolder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 2);
        for (const QString &pdf : QDir(flatFolder).entryList({QStringLiteral("*.pdf")}, QDir::Files))
            QCOMPARE(annotationCount(QDir(flatFolder).filePath(pdf)), 0);

        // And once more, only to look, then cancel: nothing is written.
        answered = false;
        answerDialog([&](ExportPdfDialog *dialog) {
            auto *notes = dialog->findChild<QComboBox *>(QStringLiteral("exportNotes"));
            auto *appendix = dialog->findChild<QCheckBox *>(QStringLiteral("exportAppendix"));
            auto *flatten = dialog->findChild<QCheckBox *>(QStringLiteral("exportFlatten"));
            QVERIFY(notes && appendix && flatten);
            QCOMPARE(notes->currentData().toInt(), int(NotePlacement::Appendix));
            QVERIFY(appendix->isChecked());
            QVERIFY(flatten->isChecked());
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
            answered = true;
        });
        pressCtrlE(window);
        QTRY_VERIFY(answered);
        QCOMPARE(QDir(flatFolder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
    }

private:
    QTemporaryDir m_dir;

    // The progress dialog of the export before may have taken the focus:
    // the window is active again first, as it is when the user presses keys.
    static void pressCtrlE(QWidget &window)
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    }
    QString m_project;

    static QPushButton *okButton(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    // Answers the export dialog once it is the modal window; gives up after 10 s.
    void answerDialog(const std::function<void(ExportPdfDialog *)> &answer)
    {
        auto *timer = new QTimer(this);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, [timer, started, answer] {
            if (auto *dialog = qobject_cast<ExportPdfDialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
                // A failed QVERIFY above returns early: do not leave the dialog open.
                if (dialog->isVisible())
                    dialog->reject();
            } else if (started->elapsed() > 10000) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
