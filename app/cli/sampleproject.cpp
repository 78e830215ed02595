// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sampleproject.h"

#include "import/documentimporter.h"
#include "spelling/projectdictionary.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ktk {

namespace {

// The articles are content, not interface, so they are not translated. Both
// are invented for the sample (the municipality, the people and the
// newspaper do not exist) so that they can be shipped and shown freely.
const char DutchArticle[] = R"md(# Waalstede komt met een openbaar algoritmeregister

De gemeente Waalstede gaat vanaf 1 januari alle algoritmes die zij gebruikt bij besluiten over inwoners openbaar maken in een register. Dat schrijft het college in een raadsvoorstel dat vorige week is gepubliceerd. Volgens wethouder Marieke van Dalen (Digitalisering) gebruikt de gemeente op dit moment 23 algoritmes, van eenvoudige rekenregels voor parkeervergunningen tot een risicomodel voor de controle op bijstandsuitkeringen.

## Waarom een register?

„Inwoners hebben er recht op te weten hoe een besluit over hen tot stand komt”, zegt Van Dalen. Het college verwijst in het voorstel naar de toeslagenaffaire, waarin duizenden ouders onterecht als fraudeur werden aangemerkt. Een register zou zulke fouten eerder aan het licht brengen, omdat journalisten, onderzoekers en raadsleden kunnen meekijken.

Het register moet per algoritme vermelden waarvoor het wordt gebruikt, welke gegevens erin gaan en wie binnen de gemeente verantwoordelijk is. Voor risicomodellen komt er bovendien een jaarlijkse toets op discriminatie, uitgevoerd door een externe partij. De kosten schat het college op 180.000 euro per jaar, waarvan het grootste deel naar die toetsen gaat.

## Kritiek uit de raad

Niet iedereen is overtuigd. De fractie van Lokaal Belang noemt het register „een papieren tijger”: zonder sancties verandert er volgens fractievoorzitter Joost Hermans niets aan de praktijk. Hij wijst erop dat de gemeente vorig jaar nog een fraudemodel gebruikte dat door de eigen ambtenaren niet volledig werd begrepen.

Ook de rekenkamercommissie van Waalstede vindt dat de gemeente verder moet gaan dan registreren. Een register zonder uitleg in begrijpelijke taal helpt inwoners nauwelijks, schreef de commissie in haar jaarverslag.

## Hoe verder

De gemeenteraad bespreekt het voorstel op 14 maart. Als de raad instemt, wil Waalstede het register binnen een jaar uitbreiden met de algoritmes van samenwerkingsverbanden, zoals de regionale belastingsamenwerking. Twee buurgemeenten hebben laten weten het initiatief met belangstelling te volgen.
)md";

const char EnglishArticle[] = R"md(# Platform rules need teeth, not more promises

For a decade, the largest social media platforms have asked governments to trust them. They published transparency reports, appointed oversight boards and promised to fix their recommendation systems. Yet the evidence that self-regulation works remains thin.

Consider the numbers. Platforms now remove millions of posts every quarter, but most of those decisions are made by automated systems that users cannot question. A complaint about a wrongly removed post can take weeks to resolve, and small businesses that depend on these services often lose income in the meantime.

## What regulation can do

Europe's Digital Services Act shows one way forward. It requires the very largest platforms to assess the systemic risks of their services, to give researchers access to data and to explain how their recommender systems rank content. Fines can reach six per cent of global annual turnover, which is enough to change the calculation in any boardroom.

Critics warn that such rules will entrench the incumbents, because only the biggest companies can afford armies of compliance officers. That concern deserves a hearing, but it is largely answered by the law itself: the heaviest obligations apply only to services with more than 45 million users in the EU.

## Enforcement is the real test

Rules on paper change little unless regulators use them. The European Commission will need hundreds of specialists who understand ranking algorithms as well as the engineers who build them. If it cannot hire them, the law will become another promise.

Governments outside Europe should not wait to see how this turns out. A modest first step would be to give independent researchers a legal right to platform data. Without that access, every debate about online harm will remain a contest of anecdotes.
)md";

// The sample's own words that Debian's dictionaries lack, in its project
// dictionary so that the sample shows no red underline: a common word of
// Dutch local government in a Dutch note, and the British spellings of the
// default codebook's descriptions for a user whose English is American.
// tests/spelling/tst_samplespelling checks every note against them.
const char *const ProjectWords[] = {
    "raadsinformatiebrief",
    "judgement",
    "organisation",
};

struct ClaimSpec
{
    const char *phrase;     // found in the canonical text; must occur once
    const char *typeKey;    // built-in key in the default codebook
    VerificationStatus status;
    const char *claimant;
    const char *note;
    const char *tags;       // comma separated
};

struct ArticleSpec
{
    const char *markdown;
    const char *fileName;
    DocumentMeta meta;
    QVector<ClaimSpec> claims;
};

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

// The default codebook's keys as the store defines them; the sample picks
// what fits each claim and falls back to the first type otherwise.
ClaimTypeId typeFor(const QVector<ClaimType> &types, const char *key)
{
    const QString wanted = QLatin1String(key);
    for (const ClaimType &t : types) {
        if (t.builtinKey == wanted)
            return t.id;
    }
    return types.first().id;
}

Status addArticle(ProjectStore &store, const ArticleSpec &spec, const QVector<ClaimType> &types,
                  QDateTime &clock, const QString &annotator)
{
    Result<Document> imported = DocumentImporter::importBytes(QByteArray(spec.markdown), utf8(spec.fileName));
    if (!imported)
        return imported.status();
    Document doc = imported.value();
    doc.meta = spec.meta;
    const Result<DocumentId> id = store.addDocument(doc);
    if (!id)
        return id.status();

    const QString text = doc.canonicalText;
    for (const ClaimSpec &claim : spec.claims) {
        const QString phrase = utf8(claim.phrase);
        const int at = int(text.indexOf(phrase));
        if (at < 0 || text.indexOf(phrase, at + 1) >= 0) {
            //: %1 is a document title, %2 a quotation from it. Only seen when the program itself is broken.
            return Status::failure(SampleProject::tr("The sample article “%1” does not contain “%2” exactly once.")
                                       .arg(doc.meta.title, phrase));
        }
        Annotation a;
        a.documentId = id.value();
        a.anchor = Anchor::forText(TextSelector::fromRange(text, at, at + int(phrase.size())));
        a.typeId = typeFor(types, claim.typeKey);
        a.note = utf8(claim.note);
        a.claimant = utf8(claim.claimant);
        a.status = claim.status;
        a.tags = normalisedTags(utf8(claim.tags).split(u','));
        clock = clock.addSecs(97);   // claims made one after another while reading
        a.created = clock;
        a.modified = clock;
        a.author = annotator;
        const Result<AnnotationId> added = store.addAnnotation(a);
        if (!added)
            return added.status();
    }
    return {};
}

} // namespace

Status SampleProject::fill(ProjectStore &store)
{
    if (!store.isOpen())
        return Status::failure(tr("Cannot add the sample: no project is open."));
    const QVector<ClaimType> types = store.claimTypes();
    if (types.isEmpty())
        return Status::failure(tr("Cannot add the sample to %1: the project has no claim types.")
                                   .arg(QDir::toNativeSeparators(store.path())));

    using VS = VerificationStatus;
    const ArticleSpec dutch{
        DutchArticle, "waalstede-algoritmeregister.md",
        DocumentMeta{QStringLiteral("Waalstede komt met een openbaar algoritmeregister"), QString(),
                     QStringLiteral("Waalstede Dagblad (voorbeeld)"), QDate(2026, 2, 9), QStringLiteral("nl")},
        {
            {"alle algoritmes die zij gebruikt bij besluiten over inwoners openbaar maken in een register",
             "policy", VS::Supported, "college van B en W",
             "Staat zo in het raadsvoorstel; ingangsdatum 1 januari.", "algoritmes,transparantie"},
            {"23 algoritmes, van eenvoudige rekenregels voor parkeervergunningen tot een risicomodel",
             "factual", VS::Unchecked, "Marieke van Dalen, wethouder",
             "Lijst opvragen bij de gemeente: tellen samenwerkingsverbanden mee?", "algoritmes,cijfers"},
            // Overlaps the claim above on "een risicomodel".
            {"een risicomodel voor de controle op bijstandsuitkeringen",
             "factual", VS::Supported, "Marieke van Dalen, wethouder",
             "Bevestigd in de raadsinformatiebrief van november.", "algoritmes,bijstand"},
            {"Inwoners hebben er recht op te weten hoe een besluit over hen tot stand komt",
             "normative", VS::Unverifiable, "Marieke van Dalen, wethouder",
             "Normatieve uitspraak; vergelijk met de Wet open overheid.", "transparantie"},
            {"waarin duizenden ouders onterecht als fraudeur werden aangemerkt",
             "evidence", VS::Supported, "college van B en W",
             "Zie het rapport Ongekend onrecht (Tweede Kamer, 2020).", "toeslagenaffaire"},
            {"Een register zou zulke fouten eerder aan het licht brengen",
             "causal", VS::Disputed, "college van B en W",
             "Bij de toeslagenaffaire ging het om besluiten, niet om onbekende algoritmes.",
             "toeslagenaffaire,transparantie"},
            {"De kosten schat het college op 180.000 euro per jaar",
             "factual", VS::Unchecked, "college van B en W",
             "Begroting opvragen; geldt dit bedrag ook na het eerste jaar?", "cijfers,kosten"},
            {"zonder sancties verandert er volgens fractievoorzitter Joost Hermans niets aan de praktijk",
             "attribution", VS::Unverifiable, "Joost Hermans, Lokaal Belang",
             "", "kritiek"},
        }};

    const ArticleSpec english{
        EnglishArticle, "platform-rules-need-teeth.md",
        DocumentMeta{QStringLiteral("Platform rules need teeth, not more promises"), QString(),
                     QStringLiteral("Hannah Okafor, The Civic Ledger (sample)"), QDate(2026, 1, 27), QStringLiteral("en")},
        {
            {"the evidence that self-regulation works remains thin",
             "factual", VS::Disputed, "Hannah Okafor",
             "No source given. Which evaluations of self-regulation does she mean?", "self-regulation"},
            {"Platforms now remove millions of posts every quarter, but most of those decisions are made by automated systems",
             "evidence", VS::Supported, "Hannah Okafor",
             "The DSA Transparency Database shows this order of magnitude.", "content moderation,figures"},
            // Overlaps the claim above on "most of those decisions are made by automated systems".
            {"most of those decisions are made by automated systems that users cannot question",
             "factual", VS::Disputed, "Hannah Okafor",
             "The DSA gives users an internal complaint procedure (art. 20), so \"cannot question\" overstates it.",
             "content moderation,DSA"},
            {"Fines can reach six per cent of global annual turnover",
             "factual", VS::Supported, "Hannah Okafor",
             "DSA art. 74(1).", "DSA,fines"},
            {"only the biggest companies can afford armies of compliance officers",
             "causal", VS::Unchecked, "critics (unnamed)",
             "Who are the critics? Ask for a source.", "competition"},
            {"the heaviest obligations apply only to services with more than 45 million users in the EU",
             "factual", VS::Supported, "Hannah Okafor",
             "DSA art. 33: at least 45 million average monthly active recipients; \"more than\" is loose.",
             "DSA,figures"},
            {"If it cannot hire them, the law will become another promise.",
             "prediction", VS::Unverifiable, "Hannah Okafor",
             "", "enforcement"},
            {"give independent researchers a legal right to platform data",
             "policy", VS::Unchecked, "Hannah Okafor",
             "Compare DSA art. 40 (data access for vetted researchers).", "DSA,research access"},
        }};

    // Fixed, plausible times so the sample looks the same on every machine.
    QDateTime clock(QDate(2026, 2, 10), QTime(9, 30), Qt::UTC);
    const QString annotator = QStringLiteral("Kanttekening sample");
    for (const ArticleSpec *spec : {&dutch, &english}) {
        const Status s = addArticle(store, *spec, types, clock, annotator);
        if (!s)
            return s;
    }
    ProjectDictionary *dictionary = ProjectDictionary::of(&store);
    for (const char *word : ProjectWords) {
        const Status added = dictionary->add(utf8(word));
        if (!added)
            return added;
    }
    return {};
}

Status SampleProject::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Status::failure(tr("Cannot create the sample project %1: the file already exists.")
                                   .arg(QDir::toNativeSeparators(path)));
    ProjectStore store;
    const ProjectStore::OpenResult opened = store.create(path);
    if (!opened.ok())
        return Status::failure(opened.message);
    const Status filled = fill(store);
    store.close();
    if (!filled) {
        // A half-filled sample is worse than none: the next attempt would be
        // refused because the file exists.
        QFile::remove(path);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return filled;
}

} // namespace ktk
