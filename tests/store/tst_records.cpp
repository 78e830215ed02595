// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/defaultcodebook.h"
#include "store/records.h"

#include <QTest>

using namespace ktk;

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void formatKeys_roundTripAndAreTheStoredNames();
    void formatFromKey_unknownKey_reportsNotOk();
    void statusKeys_roundTripAndAreTheStoredNames();
    void statusFromKey_unknownKey_reportsNotOk();
    void statusDisplayNames_areTheEnglishSourceStrings();
    void normalisedTags_data();
    void normalisedTags();
    void defaultCodebook_unknownKey_hasNoNameOrDescription();
};

void TestRecords::formatKeys_roundTripAndAreTheStoredNames()
{
    const QList<std::pair<SourceFormat, QString>> expected = {
        {SourceFormat::PlainText, QStringLiteral("txt")},
        {SourceFormat::Markdown, QStringLiteral("md")},
        {SourceFormat::Html, QStringLiteral("html")},
        {SourceFormat::Pdf, QStringLiteral("pdf")},
        {SourceFormat::Docx, QStringLiteral("docx")},
        {SourceFormat::Odt, QStringLiteral("odt")},
    };
    for (const auto &[format, key] : expected) {
        QCOMPARE(formatKey(format), key);
        bool ok = false;
        QCOMPARE(formatFromKey(key, &ok), format);
        QVERIFY(ok);
    }
}

void TestRecords::formatFromKey_unknownKey_reportsNotOk()
{
    bool ok = true;
    QCOMPARE(formatFromKey(QStringLiteral("rtf"), &ok), SourceFormat::PlainText);
    QVERIFY(!ok);
    QCOMPARE(formatFromKey(QStringLiteral("PDF"), &ok), SourceFormat::PlainText);   // keys are exact
    QVERIFY(!ok);
}

void TestRecords::statusKeys_roundTripAndAreTheStoredNames()
{
    const QStringList keys = {QStringLiteral("unchecked"), QStringLiteral("supported"), QStringLiteral("disputed"),
                              QStringLiteral("false"), QStringLiteral("unverifiable")};
    QCOMPARE(int(keys.size()), VerificationStatusCount);
    for (int i = 0; i < VerificationStatusCount; ++i) {
        QCOMPARE(statusKey(VerificationStatus(i)), keys.at(i));
        bool ok = false;
        QCOMPARE(statusFromKey(keys.at(i), &ok), VerificationStatus(i));
        QVERIFY(ok);
    }
}

void TestRecords::statusFromKey_unknownKey_reportsNotOk()
{
    bool ok = true;
    QCOMPARE(statusFromKey(QStringLiteral("maybe"), &ok), VerificationStatus::Unchecked);
    QVERIFY(!ok);
    QCOMPARE(statusFromKey(QString(), &ok), VerificationStatus::Unchecked);
    QVERIFY(!ok);
}

void TestRecords::statusDisplayNames_areTheEnglishSourceStrings()
{
    QCOMPARE(VerificationStatusNames::displayName(VerificationStatus::Unchecked), QStringLiteral("Unchecked"));
    QCOMPARE(VerificationStatusNames::displayName(VerificationStatus::Supported), QStringLiteral("Supported"));
    QCOMPARE(VerificationStatusNames::displayName(VerificationStatus::Disputed), QStringLiteral("Disputed"));
    QCOMPARE(VerificationStatusNames::displayName(VerificationStatus::False), QStringLiteral("False"));
    QCOMPARE(VerificationStatusNames::displayName(VerificationStatus::Unverifiable), QStringLiteral("Unverifiable"));
}

void TestRecords::normalisedTags_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QStringList() << QStringList();
    QTest::newRow("blank entries dropped") << QStringList{QString(), QStringLiteral("  "), QStringLiteral("\t")}
                                           << QStringList();
    QTest::newRow("trimmed, inner spaces collapsed")
        << QStringList{QStringLiteral("  open   data ")} << QStringList{QStringLiteral("open data")};
    QTest::newRow("duplicates by case keep the first spelling")
        << QStringList{QStringLiteral("Zorg"), QStringLiteral("zorg"), QStringLiteral("ZORG")}
        << QStringList{QStringLiteral("Zorg")};
    QTest::newRow("non-ASCII case folds too")
        << QStringList{QStringLiteral("\u00c9conomie"), QStringLiteral("\u00e9conomie")}
        << QStringList{QStringLiteral("\u00c9conomie")};
    QTest::newRow("sorted ignoring case and accents")
        << QStringList{QStringLiteral("zorg"), QStringLiteral("Klimaat"), QStringLiteral("\u00e9nergie"),
                       QStringLiteral("economie"), QStringLiteral("Asiel")}
        << QStringList{QStringLiteral("Asiel"), QStringLiteral("economie"), QStringLiteral("\u00e9nergie"),
                       QStringLiteral("Klimaat"), QStringLiteral("zorg")};
}

void TestRecords::normalisedTags()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    QCOMPARE(ktk::normalisedTags(input), expected);
    QCOMPARE(ktk::normalisedTags(expected), expected);   // idempotent
}

void TestRecords::defaultCodebook_unknownKey_hasNoNameOrDescription()
{
    QCOMPARE(DefaultCodebook::name(QStringLiteral("nonsense")), QString());
    QCOMPARE(DefaultCodebook::description(QString()), QString());
    QCOMPARE(DefaultCodebook::name(QStringLiteral("evidence")), QStringLiteral("Evidence or source"));
    QCOMPARE(DefaultCodebook::types().size(), DefaultCodebook::builtinKeys().size());
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
