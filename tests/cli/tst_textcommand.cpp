// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbinary.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// kanttekening text FILE... and import --full-page, run as a script would:
// no display, exit codes, stdout and stderr. Among the pages is one with
// <code> and <pre>, which crashed Qt's setHtml without a QGuiApplication.
class TstTextCommand : public QObject
{
    Q_OBJECT

    using Finished = ktk::testutil::Finished;

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }

    static QByteArray articlePage()
    {
        QByteArray page = "<html><body><nav class=\"menu\"><a href=\"/\">Voorpagina</a> <a href=\"/x\">Economie</a> "
                          "<a href=\"/y\">Sport</a></nav><article><h1>Kop van het stuk</h1>";
        for (int i = 1; i <= 6; ++i) {
            if (i == 4)
                page += "<pre>code blok: if (regeling.vervalt()) { minister.meldt(\"artikel 12\"); }</pre>";
            page += "<p>Zin " + QByteArray::number(i)
                  + " van het stuk, lang genoeg om als tekst te gelden en niet als een knop of een menu: de "
                    "minister zegt dat <code>artikel 12</code> vervalt en dat de regeling eenvoudiger wordt.</p>";
        }
        page += "</article><section class=\"comments\"><p>Reactie van lezer Jan.</p></section>"
                "</body></html>";
        return page;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(KTK_BINARY)), KTK_BINARY);
        QVERIFY(m_dir.isValid());
    }

    void text_printsTheArticle_orTheWholePage()
    {
        const QString page = write(QStringLiteral("stuk.html"), articlePage());
        Finished f = ktk::testutil::runBinary({QStringLiteral("text"), page});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY2(f.out.contains(QStringLiteral("Kop van het stuk")), qPrintable(f.out));
        QVERIFY(f.out.contains(QStringLiteral("Zin 6 van het stuk")));
        QVERIFY(f.out.contains(QStringLiteral("code blok")));
        QVERIFY2(!f.out.contains(QStringLiteral("Reactie van lezer")), qPrintable(f.out));
        QVERIFY(!f.out.contains(QStringLiteral("Economie")));

        f = ktk::testutil::runBinary({QStringLiteral("text"), QStringLiteral("--full-page"), page});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY(f.out.contains(QStringLiteral("Reactie van lezer Jan")));
    }

    void text_ofSeveralFiles_andOneUnreadable_exitsOne()
    {
        const QString page = write(QStringLiteral("een.html"), articlePage());
        const QString plain = write(QStringLiteral("twee.txt"), "Gewone tekst, regel één.\n");
        const QString missing = m_dir.filePath(QStringLiteral("ontbreekt.html"));
        const Finished f = ktk::testutil::runBinary({QStringLiteral("text"), page, missing, plain});
        QCOMPARE(f.exitCode, 1);
        QVERIFY(f.out.contains(QStringLiteral("Kop van het stuk")));
        QVERIFY(f.out.contains(QStringLiteral("Gewone tekst, regel één.")));
        QVERIFY(f.out.contains(QStringLiteral("\f\n")));
        QVERIFY2(f.err.contains(QStringLiteral("ontbreekt.html")), qPrintable(f.err));
    }

    void text_withoutFiles_isAUsageError()
    {
        const Finished f = ktk::testutil::runBinary({QStringLiteral("text")});
        QCOMPARE(f.exitCode, 2);
        QVERIFY(!f.err.isEmpty());
    }

    void import_keepsTheArticle_unlessFullPage()
    {
        const QString page = write(QStringLiteral("import.html"), articlePage());
        const QString project = m_dir.filePath(QStringLiteral("p.ktk"));
        Finished f = ktk::testutil::runBinary({QStringLiteral("import"), project, page});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        // The same file again, on purpose: --allow-duplicates.
        f = ktk::testutil::runBinary({QStringLiteral("import"), QStringLiteral("--full-page"),
                                      QStringLiteral("--allow-duplicates"), project, page});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        ktk::ProjectStore store;
        QVERIFY(store.open(project).ok());
        const QVector<ktk::DocumentSummary> docs = store.documents();
        QCOMPARE(docs.size(), 2);
        QCOMPARE(docs.at(0).extraction, ktk::ContentExtraction::Article);
        QCOMPARE(docs.at(1).extraction, ktk::ContentExtraction::FullPage);
        QVERIFY(!store.canonicalText(docs.at(0).id).contains(QStringLiteral("Reactie van lezer")));
        QVERIFY(store.canonicalText(docs.at(1).id).contains(QStringLiteral("Reactie van lezer")));
    }
};

QTEST_GUILESS_MAIN(TstTextCommand)

#include "tst_textcommand.moc"
