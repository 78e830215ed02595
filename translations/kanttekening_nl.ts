<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add claim “%1”</source>
        <translation>Bewering “%1” toevoegen</translation>
    </message>
</context>
<context>
    <name>AddClaimTypeCommand</name>
    <message>
        <source>Add claim type “%1”</source>
        <translation>Beweringstype “%1” toevoegen</translation>
    </message>
</context>
<context>
    <name>AddDocumentsCommand</name>
    <message>
        <source>Import “%1”</source>
        <translation>“%1” importeren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform>
            <numerusform>%n documenten importeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddProjectWordCommand</name>
    <message>
        <source>Add “%1” to the project dictionary</source>
        <extracomment>Undo history entry; %1 is the word added to the project&apos;s word list</extracomment>
        <translation>“%1” aan het projectwoordenboek toevoegen</translation>
    </message>
</context>
<context>
    <name>AnnotatedPdfWriter</name>
    <message>
        <source>Type: %1</source>
        <extracomment>In the note of an exported PDF annotation: the claim&apos;s type</extracomment>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>In the note of an exported PDF annotation: the claim&apos;s verification status</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <extracomment>In the note of an exported PDF annotation: who makes the claim</extracomment>
        <translation>Spreker: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>In the note of an exported PDF annotation: the researcher&apos;s note on the claim</extracomment>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>%1 is protected by a password that was not given or is wrong. Open the document with its password and export again.</source>
        <translation>%1 is beveiligd met een wachtwoord dat niet is opgegeven of niet klopt. Open het document met het wachtwoord en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>%1 has no pages to export.</source>
        <translation>%1 heeft geen pagina&apos;s om te exporteren.</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled.</source>
        <translation>Het exporteren van %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>The appendix of claims for %1 could not be added: %2</source>
        <translation>Kan de bijlage met beweringen niet aan %1 toevoegen: %2</translation>
    </message>
    <message>
        <source>%1 could not be exported because the PDF is damaged: %2</source>
        <translation>Kan %1 niet exporteren, want de pdf is beschadigd: %2</translation>
    </message>
    <message>
        <source>%1 could not be exported: %2</source>
        <translation>Kan %1 niet exporteren: %2</translation>
    </message>
    <message>
        <source>%1 could not be exported: unknown error.</source>
        <translation>Kan %1 niet exporteren: onbekende fout.</translation>
    </message>
    <message>
        <source>Could not write %1: a folder of that name is in the way. Choose another file name.</source>
        <translation>Kan %1 niet schrijven: er staat al een map met die naam. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>Kan %1 niet schrijven: %2. Kies een map waarin geschreven mag worden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has space and try again.</source>
        <translation>Kan %1 niet schrijven: %2. Controleer of er ruimte op de schijf is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has space and that you may write to the folder, and try again.</source>
        <translation>Kan %1 niet schrijven: %2. Controleer of er ruimte op de schijf is en of er in de map geschreven mag worden, en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ClaimAppendix</name>
    <message>
        <source>Claims in %1</source>
        <extracomment>Title of the appendix PDF; %1 is the document&apos;s title</extracomment>
        <translation>Beweringen in %1</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Beweringen</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the claims appendix: the claim&apos;s number</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Page</source>
        <extracomment>Column of the claims appendix: the page the claim starts on</extracomment>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>This document has no claims.</source>
        <translation>Dit document heeft geen beweringen.</translation>
    </message>
    <message>
        <source>The appendix for “%1” could not be started.</source>
        <translation>Kan de bijlage voor “%1” niet beginnen.</translation>
    </message>
    <message>
        <source>The appendix for “%1” could not be written.</source>
        <translation>Kan de bijlage voor “%1” niet schrijven.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <extracomment>%1 is what the user typed where a command (import, list, sample) was expected</extracomment>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <source>The import command needs a project file and at least one file to import.</source>
        <translation>De opdracht import heeft een projectbestand en ten minste één te importeren bestand nodig.</translation>
    </message>
    <message>
        <source>imported: %1 (%2)</source>
        <extracomment>One line per imported file. %1 is the document&apos;s title, %2 the file it came from.</extracomment>
        <translation>geïmporteerd: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <extracomment>%1 is a file, %2 why it could not be imported</extracomment>
        <translation>Kan %1 niet importeren: %2</translation>
    </message>
    <message>
        <source>The list command needs exactly one project file.</source>
        <translation>De opdracht list heeft precies één projectbestand nodig.</translation>
    </message>
    <message>
        <source>The sample command needs exactly one project file to create.</source>
        <translation>De opdracht sample heeft precies één aan te maken projectbestand nodig.</translation>
    </message>
    <message>
        <source>Will not create the sample project %1: the file already exists.</source>
        <translation>Het voorbeeldproject %1 wordt niet aangemaakt: het bestand bestaat al.</translation>
    </message>
    <message>
        <source>created sample project: %1</source>
        <translation>voorbeeldproject aangemaakt: %1</translation>
    </message>
    <message>
        <source>Will not create the project %1: a project file&apos;s name must end in .%2.</source>
        <extracomment>%1 is a file name, %2 the project file suffix (&quot;ktk&quot;)</extracomment>
        <translation>Het project %1 wordt niet aangemaakt: de naam van een projectbestand moet eindigen op .%2.</translation>
    </message>
    <message>
        <source>Run “%1 --help” to see how to use it.</source>
        <translation>Voer “%1 --help” uit voor uitleg over het gebruik.</translation>
    </message>
    <message>
        <source>The backup command needs exactly one project file.</source>
        <translation>De opdracht backup heeft precies één projectbestand nodig.</translation>
    </message>
    <message>
        <source>backed up to: %1</source>
        <extracomment>%1 is the backup file that was written</extracomment>
        <translation>back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>The backups command needs exactly one project file.</source>
        <translation>De opdracht backups heeft precies één projectbestand nodig.</translation>
    </message>
    <message>
        <source>The restore command needs a project file and the backup to restore it from.</source>
        <translation>De opdracht restore heeft een projectbestand nodig en de back-up die terug moet worden gezet.</translation>
    </message>
    <message>
        <source>restored: %1 from %2</source>
        <extracomment>%1 is the project, %2 the backup it was restored from</extracomment>
        <translation>teruggezet: %1 uit %2</translation>
    </message>
    <message>
        <source>the project as it was is kept as: %1</source>
        <extracomment>%1 is where the project as it was before the restore was kept</extracomment>
        <translation>het project zoals het was, is bewaard als: %1</translation>
    </message>
    <message>
        <source>Open encrypted PDFs with this password.</source>
        <translation>Versleutelde pdf&apos;s met dit wachtwoord openen.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>Give its password with --password.</source>
        <translation>Geef het wachtwoord op met --password.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The PDF file or folder to write.</source>
        <translation>Het pdf-bestand of de map om in te schrijven.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>Only claims of this type.</source>
        <translation>Alleen beweringen van dit type.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Only claims with this status.</source>
        <translation>Alleen beweringen met deze status.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only claims with this tag.</source>
        <translation>Alleen beweringen met deze tag.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>Burn the highlights into the pages.</source>
        <translation>De markeringen in de pagina&apos;s inbranden.</translation>
    </message>
    <message>
        <source>Add a table of the claims.</source>
        <translation>Een tabel van de beweringen toevoegen.</translation>
    </message>
    <message>
        <source>Where notes go: popup, margin or appendix.</source>
        <translation>Waar notities komen: popup, margin of appendix.</translation>
    </message>
    <message>
        <source>where</source>
        <translation>waar</translation>
    </message>
    <message>
        <source>The export-pdf command needs exactly one project file.</source>
        <translation>De opdracht export-pdf heeft precies één projectbestand nodig.</translation>
    </message>
    <message>
        <source>Give either --document ID or --all.</source>
        <translation>Geef --document ID of --all op, niet beide.</translation>
    </message>
    <message>
        <source>Give the file or folder to write with --out.</source>
        <translation>Geef met --out het bestand of de map op om in te schrijven.</translation>
    </message>
    <message>
        <source>--notes takes popup, margin or appendix, not “%1”.</source>
        <translation>--notes neemt popup, margin of appendix, niet “%1”.</translation>
    </message>
    <message>
        <source>The project has no claim type “%1”.</source>
        <translation>Het project heeft geen beweringstype “%1”.</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use unchecked, supported, disputed, false or unverifiable.</source>
        <translation>Onbekende status “%1”: gebruik unchecked, supported, disputed, false of unverifiable.</translation>
    </message>
    <message>
        <source>The project has no document “%1”; list shows the documents and their ids.</source>
        <translation>Het project heeft geen document “%1”; list toont de documenten en hun id&apos;s.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <source>exported: %1 (%2), with no claims</source>
        <extracomment>%1 a document&apos;s title, %2 the PDF written</extracomment>
        <translation>geëxporteerd: %1 (%2), zonder beweringen</translation>
    </message>
    <message numerus="yes">
        <source>exported: %1 (%2), %n claim(s)</source>
        <extracomment>%1 a document&apos;s title, %2 the PDF written, %3 how many claims</extracomment>
        <translation>
            <numerusform>geëxporteerd: %1 (%2), %n bewering</numerusform>
            <numerusform>geëxporteerd: %1 (%2), %n beweringen</numerusform>
        </translation>
    </message>
    <message>
        <source>The author the annotations carry (the account&apos;s name if not given).</source>
        <translation>De auteur die de annotaties vermelden (de naam van het account als die niet is opgegeven).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message numerus="yes">
        <source>  %n claim(s) of %1 had no place on its pages and are only in the appendix</source>
        <extracomment>%1 a document&apos;s title</extracomment>
        <translation>
            <numerusform>  %n bewering van %1 had geen plaats op de pagina’s en staat alleen in de bijlage</numerusform>
            <numerusform>  %n beweringen van %1 hadden geen plaats op de pagina’s en staan alleen in de bijlage</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep whole web pages, not only their article (reader mode).</source>
        <translation>Hele webpagina’s bewaren, niet alleen hun artikel (leesmodus).</translation>
    </message>
    <message>
        <source>The text command needs at least one file.</source>
        <translation>De opdracht text heeft minstens één bestand nodig.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The document to export or re-import.</source>
        <translation>Het document dat geëxporteerd of opnieuw geïmporteerd wordt.</translation>
    </message>
    <message>
        <source>Export or re-import every document.</source>
        <translation>Alle documenten exporteren of opnieuw importeren.</translation>
    </message>
    <message>
        <source>The reimport command needs a project file, and --document ID or --all.</source>
        <translation>De opdracht reimport heeft een projectbestand nodig, en --document ID of --all.</translation>
    </message>
    <message>
        <source>unchanged: %1 (%2)</source>
        <extracomment>One line per document left as it was. %1 the document&apos;s title, %2 why</extracomment>
        <translation>ongewijzigd: %1 (%2)</translation>
    </message>
    <message>
        <source>re-imported as article: %1 %2 (%3 of %4 claims carried across)</source>
        <extracomment>One line per re-imported document. %1 its id, %2 its title, %3 claims carried across, %4 claims in all</extracomment>
        <translation>opnieuw geïmporteerd als artikel: %1 %2 (%3 van %4 beweringen meegenomen)</translation>
    </message>
    <message>
        <source>re-imported as whole page: %1 %2 (%3 of %4 claims carried across)</source>
        <translation>opnieuw geïmporteerd als hele pagina: %1 %2 (%3 van %4 beweringen meegenomen)</translation>
    </message>
    <message>
        <source>claim %1 of “%2” is not in the new text and was kept as it was: “%3”</source>
        <extracomment>%1 a claim&apos;s id, %2 a document&apos;s title, %3 the claim&apos;s quote</extracomment>
        <translation>bewering %1 van “%2” staat niet in de nieuwe tekst en is bewaard zoals ze was: “%3”</translation>
    </message>
    <message>
        <source>Document %1 is too large to import again (%2 MB stored).</source>
        <translation>Document %1 is te groot om opnieuw te importeren (%2 MB opgeslagen).</translation>
    </message>
    <message>
        <source>“%1” is no command, and no project file: a new project’s name must end in .%2.</source>
        <extracomment>%1 is what the user typed; &quot;ktk&quot; the project file suffix</extracomment>
        <translation>“%1” is geen opdracht en geen projectbestand: de naam van een nieuw project moet eindigen op .%2.</translation>
    </message>
    <message>
        <source>Import a file even when the project has it already.</source>
        <translation>Een bestand importeren, ook als het project het al heeft.</translation>
    </message>
    <message>
        <source>skipped %1: the project has it already, as “%2” (document %3); --allow-duplicates imports it again.</source>
        <extracomment>%1 a file, %2 the title of the document it already is, %3 that document&apos;s id</extracomment>
        <translation>%1 overgeslagen: het project heeft het al, als “%2” (document %3); --allow-duplicates importeert het opnieuw.</translation>
    </message>
    <message>
        <source>Usage: %1 [PROJECT.ktk]
       %1 import PROJECT.ktk FILE... [--allow-duplicates]
       %1 list PROJECT.ktk
       %1 sample PROJECT.ktk
       %1 backup PROJECT.ktk
       %1 backups PROJECT.ktk
       %1 restore PROJECT.ktk BACKUP.ktk
       %1 text FILE...
       %1 reimport PROJECT.ktk (--document ID | --all) [--full-page]
       %1 export-pdf PROJECT.ktk (--document ID | --all) --out FILE_OR_FOLDER
            [--type T] [--status S] [--tag G] [--flatten] [--appendix]
            [--notes popup|margin|appendix] [--author NAME]

Read policy articles and annotate the claims they make.
Without a command, opens the window, with PROJECT.ktk if given.

Commands:
  import   Import files into the project, creating it if missing.
           Files can be %2.
  list     Print the project&apos;s documents and claims as tab-separated text.
  text     Print the text the reading view shows for each file, without a
           project (web pages as their article unless --full-page).
  reimport Import web pages of the project again from the copy it keeps, as
           their article or (--full-page) as the whole page. Claims move
           with their quotes; those not found are named and kept as they were.
  sample   Create a project with two example articles and their claims.
  backup   Write a backup of the project now, into its backup folder.
  backups  List the project&apos;s backups, newest first: time, size in bytes,
           kind and file, tab-separated.
  restore  Replace the project with one of its backups. The project as it
           was is kept in the backup folder.
  export-pdf  Write documents as PDFs with their claims as annotations that
           every PDF reader shows: a PDF on its own pages, a text typeset.
           Only reads the project, also while the window has it open.

Options:
  -h, --help             Show this help.
  -v, --version          Show the version.
  --password PASSWORD    Open encrypted PDFs given to import with PASSWORD.
  --full-page            Keep whole web pages (import, text, reimport), not
                         only their article.
  --allow-duplicates     Import a file the project has already (by its bytes)
                         again; without it such a file is named and skipped.

Exit status: 0 on success; 1 when some files could not be imported or the
sample could not be made; 2 on a usage error or when the project cannot be
opened or created.
</source>
        <extracomment>Command line help. Keep the command names (import, list, sample) and the option names untranslated; PROJECT and FILE may be translated.</extracomment>
        <translation>Gebruik: %1 [PROJECT.ktk]
         %1 import PROJECT.ktk BESTAND... [--allow-duplicates]
         %1 list PROJECT.ktk
         %1 sample PROJECT.ktk
         %1 backup PROJECT.ktk
         %1 backups PROJECT.ktk
         %1 restore PROJECT.ktk BACK-UP.ktk
         %1 text BESTAND...
         %1 reimport PROJECT.ktk (--document ID | --all) [--full-page]
         %1 export-pdf PROJECT.ktk (--document ID | --all) --out BESTAND_OF_MAP
              [--type T] [--status S] [--tag G] [--flatten] [--appendix]
              [--notes popup|margin|appendix] [--author NAAM]

Beleidsartikelen lezen en de beweringen erin annoteren.
Zonder opdracht opent het venster, met PROJECT.ktk als dat is opgegeven.

Opdrachten:
  import   Bestanden in het project importeren; een ontbrekend project
           wordt aangemaakt. Mogelijke bestandstypen:
           %2.
  list     De documenten en beweringen van het project afdrukken als tekst
           met tabs als scheidingsteken.
  text     De tekst afdrukken die het leesvenster voor elk bestand toont,
           zonder project (webpagina&apos;s als hun artikel, tenzij --full-page).
  reimport Webpagina&apos;s van het project opnieuw importeren uit de kopie die het
           bewaart, als hun artikel of (--full-page) als de hele pagina.
           Beweringen gaan mee met hun citaten; wat niet gevonden wordt, wordt
           genoemd en bewaard zoals het was.
  sample   Een project aanmaken met twee voorbeeldartikelen en hun beweringen.
  backup   Nu een back-up van het project maken, in de back-upmap.
  backups  De back-ups van het project opsommen, nieuwste eerst: tijd, grootte
           in bytes, soort en bestand, gescheiden door tabs.
  restore  Het project vervangen door een van zijn back-ups. Het project zoals
           het was, wordt in de back-upmap bewaard.
  export-pdf  Documenten als pdf schrijven met hun beweringen als annotaties
           die elke pdf-lezer toont: een pdf op de eigen pagina&apos;s, een tekst
           opgemaakt. Leest het project alleen, ook als het venster het open heeft.

Opties:
  -h, --help                 Deze hulp tonen.
  -v, --version              De versie tonen.
  --password WACHTWOORD      Versleutelde pdf&apos;s bij import openen met WACHTWOORD.
  --full-page                Hele webpagina&apos;s bewaren (import, text, reimport),
                             niet alleen hun artikel.
  --allow-duplicates         Een bestand dat het project al heeft (dezelfde bytes)
                             opnieuw importeren; zonder deze optie wordt het
                             genoemd en overgeslagen.

Afsluitstatus: 0 bij succes; 1 als sommige bestanden niet geïmporteerd konden
worden of het voorbeeld niet gemaakt kon worden; 2 bij een gebruiksfout of als
het project niet geopend of aangemaakt kan worden.
</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <extracomment>%1 is a file named on the command line</extracomment>
        <translation>“%1” bestaat niet.</translation>
    </message>
</context>
<context>
    <name>DefaultCodebook</name>
    <message>
        <source>Factual claim</source>
        <extracomment>Claim type: a statement about how things are that can be checked</extracomment>
        <translation>Feitelijke bewering</translation>
    </message>
    <message>
        <source>A statement about how things are that can be checked.</source>
        <translation>Een controleerbare uitspraak over hoe de zaken ervoor staan.</translation>
    </message>
    <message>
        <source>Causal claim</source>
        <extracomment>Claim type: X causes or leads to Y</extracomment>
        <translation>Causale bewering</translation>
    </message>
    <message>
        <source>A claim that one thing causes or leads to another.</source>
        <translation>Een bewering dat het ene het andere veroorzaakt of ertoe leidt.</translation>
    </message>
    <message>
        <source>Normative claim</source>
        <extracomment>Claim type: a judgement about how things ought to be</extracomment>
        <translation>Normatieve bewering</translation>
    </message>
    <message>
        <source>A judgement about how things ought to be.</source>
        <translation>Een oordeel over hoe het zou moeten zijn.</translation>
    </message>
    <message>
        <source>Prediction</source>
        <extracomment>Claim type: a claim about the future</extracomment>
        <translation>Voorspelling</translation>
    </message>
    <message>
        <source>A claim about what will happen.</source>
        <translation>Een bewering over wat er gaat gebeuren.</translation>
    </message>
    <message>
        <source>Policy proposal</source>
        <extracomment>Claim type: a proposed measure or plan (in Dutch: beleidsvoorstel)</extracomment>
        <translation>Beleidsvoorstel</translation>
    </message>
    <message>
        <source>A proposed measure, plan or course of action.</source>
        <translation>Een voorgestelde maatregel, een plan of een aanpak.</translation>
    </message>
    <message>
        <source>Evidence or source</source>
        <extracomment>Claim type: data, research or a source offered in support of a claim</extracomment>
        <translation>Bewijs of bron</translation>
    </message>
    <message>
        <source>Data, research or a source offered in support of a claim.</source>
        <translation>Gegevens, onderzoek of een bron, aangevoerd ter onderbouwing van een bewering.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <extracomment>Claim type: a claim ascribed to a named person or organisation</extracomment>
        <translation>Toeschrijving</translation>
    </message>
    <message>
        <source>A claim ascribed to a named person or organisation.</source>
        <translation>Een bewering die wordt toegeschreven aan een met name genoemde persoon of organisatie.</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>The project has no document %1.</source>
        <translation>Het project heeft geen document %1.</translation>
    </message>
    <message>
        <source>“%1” is too large to export.</source>
        <translation>“%1” is te groot om te exporteren.</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>“%1” is %2 MB; Kanttekening imports files of at most %3 MB.</source>
        <translation>“%1” is %2 MB; Kanttekening importeert bestanden van ten hoogste %3 MB.</translation>
    </message>
    <message>
        <source>“%1” has no file name extension, so Kanttekening cannot tell its format; supported are %2.</source>
        <translation>“%1” heeft geen bestandsextensie, dus Kanttekening kan het formaat niet bepalen; ondersteund worden %2.</translation>
    </message>
    <message>
        <source>“%1” has a format Kanttekening cannot import (.%2); supported are %3.</source>
        <translation>“%1” heeft een formaat dat Kanttekening niet kan importeren (.%2); ondersteund worden %3.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is leeg.</translation>
    </message>
    <message>
        <source>“%1” is not a text file: its characters cannot be decoded as %2.</source>
        <translation>“%1” is geen tekstbestand: de tekens kunnen niet als %2 worden gedecodeerd.</translation>
    </message>
    <message>
        <source>“%1” is not a text file: it contains binary data.</source>
        <translation>“%1” is geen tekstbestand: het bevat binaire gegevens.</translation>
    </message>
    <message>
        <source>“%1” contains no readable text.</source>
        <translation>“%1” bevat geen leesbare tekst.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” is een map, geen bestand.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>There is nothing to import: the pasted content holds no text.</source>
        <translation>Er valt niets te importeren: de geplakte inhoud bevat geen tekst.</translation>
    </message>
    <message>
        <source>pasted content</source>
        <extracomment>Stands in for a file name in messages about pasted content</extracomment>
        <translation>geplakte inhoud</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file but a device, a pipe or a socket, which Kanttekening does not read. Save its content as a file and import that.</source>
        <translation>“%1” is geen gewoon bestand maar een apparaat, een pipe of een socket, en die leest Kanttekening niet. Sla de inhoud op als bestand en importeer dat.</translation>
    </message>
    <message>
        <source>“%1” holds more than %2 MB; Kanttekening imports files of at most %2 MB.</source>
        <translation>“%1” bevat meer dan %2 MB; Kanttekening importeert bestanden van hoogstens %2 MB.</translation>
    </message>
    <message>
        <source>“%1” holds %2 characters of text; Kanttekening imports documents of at most %3 characters.</source>
        <translation>“%1” bevat %2 tekens tekst; Kanttekening importeert documenten van hoogstens %3 tekens.</translation>
    </message>
    <message>
        <source>“%1” is a link that leads to no file (its target is missing, or links lead round in a circle).</source>
        <translation>“%1” is een koppeling die naar geen bestand leidt (het doel ontbreekt, of koppelingen verwijzen in een kring naar elkaar).</translation>
    </message>
    <message>
        <source>“%1” has %2 pages; Kanttekening imports PDFs of at most %3 pages.</source>
        <translation>“%1” heeft %2 pagina&apos;s; Kanttekening importeert pdf&apos;s van hoogstens %3 pagina&apos;s.</translation>
    </message>
    <message>
        <source>“%1” holds no article that reader mode recognises (a front page or a list of links, say): the whole page was imported.</source>
        <translation>In “%1” herkent de leesmodus geen artikel (het is bijvoorbeeld een voorpagina of een lijst met links): de hele pagina is geïmporteerd.</translation>
    </message>
    <message>
        <source>“%1” is compressed (gzip) and unpacks to more than %2 MB; Kanttekening imports files of at most %2 MB.</source>
        <translation>“%1” is gecomprimeerd (gzip) en pakt uit tot meer dan %2 MB; Kanttekening importeert bestanden van hoogstens %2 MB.</translation>
    </message>
    <message>
        <source>“%1” is compressed (gzip) and cannot be unpacked: the compressed data is damaged or cut off.</source>
        <translation>“%1” is gecomprimeerd (gzip) en kan niet worden uitgepakt: de gecomprimeerde gegevens zijn beschadigd of afgebroken.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 a file name, %2 a remark on its character encoding</extracomment>
        <translation>“%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” carries %n reviewer comment(s): Claims → Take Over Annotations and Comments makes claims of them.</source>
        <extracomment>%1 a file name. The menu names are those of the Claims menu.</extracomment>
        <translation>
            <numerusform>“%1” bevat %n opmerking van een meelezer: Beweringen → Annotaties en opmerkingen overnemen maakt er beweringen van.</numerusform>
            <numerusform>“%1” bevat %n opmerkingen van meelezers: Beweringen → Annotaties en opmerkingen overnemen maakt er beweringen van.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change claim type</source>
        <translation>Beweringstype wijzigen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation>Spreker bewerken</translation>
    </message>
    <message>
        <source>Change verification status</source>
        <translation>Controlestatus wijzigen</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Tags bewerken</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Bewering bewerken</translation>
    </message>
    <message>
        <source>Change claim extent</source>
        <translation>Omvang van bewering wijzigen</translation>
    </message>
</context>
<context>
    <name>EditClaimTypeCommand</name>
    <message>
        <source>Rename claim type “%1”</source>
        <translation>Naam van beweringstype “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation>Kleur van “%1” wijzigen</translation>
    </message>
    <message>
        <source>Edit claim type “%1”</source>
        <translation>Beweringstype “%1” bewerken</translation>
    </message>
</context>
<context>
    <name>EditDocumentMetaCommand</name>
    <message>
        <source>Edit document details</source>
        <translation>Documentgegevens bewerken</translation>
    </message>
</context>
<context>
    <name>HunspellSpellChecker</name>
    <message>
        <source>No %1 dictionary was found. Install the package %2 (or put %3.aff and %3.dic in %4).</source>
        <translation>Er is geen woordenboek voor %1 gevonden. Installeer het pakket %2 (of zet %3.aff en %3.dic in %4).</translation>
    </message>
    <message>
        <source>The dictionary %1 uses the character encoding %2, which this program cannot read.</source>
        <translation>Het woordenboek %1 gebruikt de tekencodering %2, die dit programma niet kan lezen.</translation>
    </message>
</context>
<context>
    <name>OfficeDocument</name>
    <message>
        <source>“%1” is not a word-processing document: it has no %2.</source>
        <translation>“%1” is geen tekstverwerkingsdocument: het heeft geen %2.</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Save it without a password and import it again.</source>
        <translation>“%1” is beveiligd met een wachtwoord. Sla het op zonder wachtwoord en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>“%1” unpacks to more than %2 MB of text and markup (%3), more than Kanttekening reads; it may be a zip bomb.</source>
        <translation>“%1” pakt uit tot meer dan %2 MB tekst en opmaak (%3), meer dan Kanttekening leest; het kan een zipbom zijn.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part %2 cannot be unpacked.</source>
        <translation>“%1” is beschadigd: het onderdeel %2 kan niet worden uitgepakt.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part %2 is no well-formed XML (line %3: %4).</source>
        <translation>“%1” is beschadigd: het onderdeel %2 is geen geldige XML (regel %3: %4).</translation>
    </message>
    <message>
        <source>“%1” is not a Word document: it has no word/document.xml.</source>
        <translation>“%1” is geen Word-document: het heeft geen word/document.xml.</translation>
    </message>
    <message>
        <source>“%1” is not an OpenDocument text: it has no content.xml.</source>
        <translation>“%1” is geen OpenDocument-tekst: het heeft geen content.xml.</translation>
    </message>
    <message>
        <source>“%1” is protected with a password (or is an old binary Word file). Save it as .docx or .odt without a password and import it again.</source>
        <translation>“%1” is beveiligd met een wachtwoord (of is een oud binair Word-bestand). Sla het op als .docx of .odt zonder wachtwoord en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>“%1” is not a Word document (.docx): it is no zip archive.</source>
        <translation>“%1” is geen Word-document (.docx): het is geen zip-archief.</translation>
    </message>
    <message>
        <source>“%1” is not an OpenDocument text (.odt): it is no zip archive.</source>
        <translation>“%1” is geen OpenDocument-tekst (.odt): het is geen zip-archief.</translation>
    </message>
    <message>
        <source>“%1” holds more than %2 files inside; Kanttekening does not read it.</source>
        <translation>“%1” bevat meer dan %2 bestanden; Kanttekening leest het niet.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its zip archive cannot be read.</source>
        <translation>“%1” is beschadigd: het zip-archief kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>“%1” is empty: it holds no PDF.</source>
        <extracomment>%1 is a file name or a document title; the message is shown when a PDF cannot be opened</extracomment>
        <translation>“%1” is leeg: er staat geen pdf in.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: it does not begin as a PDF file does. Check that it is the file you meant.</source>
        <extracomment>%1 is a file name or a document title; the message is shown when a PDF cannot be opened</extracomment>
        <translation>“%1” is geen pdf: het begint niet zoals een pdf-bestand begint. Controleer of dit het bedoelde bestand is.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF or is damaged: its structure cannot be read. If you have the file from elsewhere, try that copy.</source>
        <extracomment>%1 is a file name or a document title; the message is shown when a PDF cannot be opened</extracomment>
        <translation>“%1” is geen pdf of is beschadigd: de opbouw ervan is niet te lezen. Is het bestand ook van elders te krijgen, probeer dan die kopie.</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Enter the password to open it.</source>
        <extracomment>%1 is a file name or a document title; the message is shown when a PDF cannot be opened</extracomment>
        <translation>“%1” is beveiligd met een wachtwoord. Voer het wachtwoord in om het te openen.</translation>
    </message>
    <message>
        <source>The password for “%1” is not right. Check it and try again.</source>
        <extracomment>%1 is a file name or a document title; the message is shown when a PDF cannot be opened</extracomment>
        <translation>Het wachtwoord voor “%1” klopt niet. Controleer het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>“%1” has no pages to show.</source>
        <extracomment>%1 is a file name or a document title; the message is shown when a PDF cannot be opened</extracomment>
        <translation>“%1” heeft geen pagina&apos;s om te tonen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its first page cannot be read. If you have the file from elsewhere, try that copy.</source>
        <extracomment>%1 is a file name or a document title; the message is shown when a PDF cannot be opened</extracomment>
        <translation>“%1” is beschadigd: de eerste pagina is niet te lezen. Is het bestand ook van elders te krijgen, probeer dan die kopie.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its table of contents claims %2 objects, more than a file of %3 can hold. If you have the file from elsewhere, try that copy.</source>
        <extracomment>%1 is a file name or a document title, %2 a number of objects, %3 a size such as &quot;1.2 KB&quot;</extracomment>
        <translation>“%1” is beschadigd: de inhoudstabel noemt %2 objecten, meer dan een bestand van %3 kan bevatten. Als het bestand ook ergens anders te krijgen is, probeer dan die kopie.</translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <source>Could not read the personal dictionary %1: %2</source>
        <translation>Kan het persoonlijke woordenboek %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Could not save the personal dictionary %1: the folder %2 cannot be created.</source>
        <translation>Kan het persoonlijke woordenboek %1 niet opslaan: de map %2 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Could not save the personal dictionary %1: %2</source>
        <translation>Kan het persoonlijke woordenboek %1 niet opslaan: %2</translation>
    </message>
</context>
<context>
    <name>ProjectBackups</name>
    <message>
        <source>Could not back up &quot;%1&quot;: the folder &quot;%2&quot; cannot be made.</source>
        <translation>Kan geen back-up maken van “%1”: de map “%2” kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; to &quot;%2&quot;: %3.</source>
        <translation>Kan geen back-up maken van “%1” in “%2”: %3.</translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot;: the copy did not pass the checks a project must pass (%2).</source>
        <translation>Kan geen back-up maken van “%1”: de kopie doorstaat de controles voor een project niet (%2).</translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot;: the copy could not be named &quot;%2&quot;.</source>
        <translation>Kan geen back-up maken van “%1”: de kopie kan niet de naam “%2” krijgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the project itself, not a backup of it.</source>
        <translation>“%1” is het project zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>Cannot restore from &quot;%1&quot;: it is open in this window.</source>
        <translation>Kan “%1” niet terugzetten: het is geopend in dit venster.</translation>
    </message>
    <message>
        <source>Cannot restore &quot;%1&quot; while it is open. Close it first.</source>
        <translation>Kan “%1” niet terugzetten terwijl het geopend is. Sluit het eerst.</translation>
    </message>
    <message>
        <source>Could not restore &quot;%1&quot; from &quot;%2&quot;: %3.</source>
        <translation>Kan “%1” niet terugzetten uit “%2”: %3.</translation>
    </message>
    <message>
        <source>Could not restore &quot;%1&quot;: the project could not be moved to &quot;%2&quot; to keep it. Nothing was changed.</source>
        <translation>Kan “%1” niet terugzetten: het project kon niet naar “%2” worden verplaatst om het te bewaren. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Could not restore &quot;%1&quot;: the restored copy could not take its name. Nothing was changed.</source>
        <translation>Kan “%1” niet terugzetten: de teruggezette kopie kon de naam niet overnemen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Met de hand gemaakt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten</translation>
    </message>
    <message>
        <source>Before the update from schema %1</source>
        <extracomment>%1 is a schema version number</extracomment>
        <translation>Vóór de bijwerking van schema %1</translation>
    </message>
</context>
<context>
    <name>ProjectFileCheck</name>
    <message>
        <source>Cannot open &quot;%1&quot;: the file does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Kan “%1” niet openen: het bestand bestaat niet. Misschien is het verplaatst, hernoemd of verwijderd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a Kanttekening project.</source>
        <translation>“%1” is een map, geen Kanttekening-project.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Kan “%1” niet openen: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kanttekening project: it is not a database file.</source>
        <translation>“%1” is geen Kanttekening-project: het is geen databasebestand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kanttekening project (it is a database made by another program).</source>
        <translation>“%1” is geen Kanttekening-project (het is een database van een ander programma).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer version of Kanttekening (schema %2); this version reads up to %3. Update Kanttekening to open it.</source>
        <translation>“%1” is gemaakt met een nieuwere versie van Kanttekening (schema %2); deze versie leest tot en met schema %3. Werk Kanttekening bij om het bestand te openen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation>“%1” is beschadigd: het bestand is korter dan het zou moeten zijn. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened safely (%2). Restore it from a backup; the file has not been changed.</source>
        <translation>“%1” is beschadigd en kan niet veilig worden geopend (%2). Zet een back-up terug; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kanttekening project: it is not an ordinary file.</source>
        <translation>“%1” is geen Kanttekening-project: het is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: it has no schema version. Restore it from a backup.</source>
        <translation>“%1” is beschadigd: het heeft geen schemaversie. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened safely: %2. It may have been changed by another program, or made to harm whoever opens it. The file has not been changed.</source>
        <extracomment>%2 says what is wrong, e.g. &quot;it contains a trigger (&quot;x&quot;): SQL stored in the file...&quot;</extracomment>
        <translation>Kan “%1” niet veilig openen: %2. Het is misschien door een ander programma gewijzigd, of gemaakt om wie het opent schade te doen. Het bestand is niet veranderd.</translation>
    </message>
</context>
<context>
    <name>ProjectFileGuard</name>
    <message>
        <source>with it, SQLite would have read another program&apos;s database in place of the project</source>
        <translation>daarmee had SQLite de database van een ander programma gelezen in plaats van het project</translation>
    </message>
    <message>
        <source>with it, the project would hold SQL that Kanttekening never makes</source>
        <translation>daarmee zou het project SQL bevatten die Kanttekening nooit maakt</translation>
    </message>
    <message>
        <source>with it, the project would read as damaged</source>
        <translation>daarmee zou het project beschadigd zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened safely: beside it is &quot;%2&quot;, which does not belong to it, and it could not be renamed. Move it to another folder and open the project again.</source>
        <translation>Kan “%1” niet veilig openen: ernaast staat “%2”, dat er niet bij hoort, en dat kon geen andere naam krijgen. Verplaats het naar een andere map en open het project opnieuw.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lay beside the project: a rollback journal, which Kanttekening projects never have, and which SQLite would have written into the project. It was renamed to &quot;%2&quot;.</source>
        <translation>Naast het project stond “%1”: een rollback-journaal, dat Kanttekening-projecten nooit hebben en dat SQLite in het project had geschreven. Het heeft de naam “%2” gekregen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lay beside the project but does not belong to it: %2. It may be left over from another copy of the project. It was renamed to &quot;%3&quot;, and the project opened as its file holds it.</source>
        <translation>Naast het project stond “%1”, maar dat hoort er niet bij: %2. Het is misschien overgebleven van een andere kopie van het project. Het heeft de naam “%3” gekregen en het project is geopend zoals het bestand het bevat.</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>&quot;%1&quot; is already open in another window or program (%2, process %3 on %4). Close it there first.</source>
        <extracomment>%2 is a program name, %3 a process id, %4 a computer name</extracomment>
        <translation>“%1” is al geopend in een ander venster of programma (%2, proces %3 op %4). Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: could not create the lock file &quot;%2&quot;. The folder may be read-only; copy the project to a folder you can write to.</source>
        <translation>Kan “%1” niet openen: het vergrendelingsbestand “%2” kon niet worden aangemaakt. Misschien is de map alleen-lezen; kopieer het project naar een map met schrijfrechten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already open in another window or program, perhaps under another name (a link to the same file). Close it there first.</source>
        <translation>“%1” is al geopend in een ander venster of programma, misschien onder een andere naam (een koppeling naar hetzelfde bestand). Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Kan “%1” niet openen: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kanttekening project: it is not an ordinary file.</source>
        <translation>“%1” is geen Kanttekening-project: het is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>Cannot lock &quot;%1&quot;: %2.</source>
        <translation>Kan “%1” niet vergrendelen: %2.</translation>
    </message>
</context>
<context>
    <name>ReextractDocumentCommand</name>
    <message>
        <source>Re-import “%1” as Article</source>
        <translation>“%1” opnieuw importeren als artikel</translation>
    </message>
    <message>
        <source>Re-import “%1” as Whole Page</source>
        <translation>“%1” opnieuw importeren als hele pagina</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationsCommand</name>
    <message>
        <source>Delete claim “%1”</source>
        <translation>Bewering “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>%n bewering verwijderen</numerusform>
            <numerusform>%n beweringen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveClaimTypeCommand</name>
    <message>
        <source>Delete claim type “%1”</source>
        <translation>Beweringstype “%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>Remove document “%1”</source>
        <translation>Document “%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>ReorderClaimTypesCommand</name>
    <message>
        <source>Reorder claim types</source>
        <translation>Volgorde van beweringstypen wijzigen</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample article “%1” does not contain “%2” exactly once.</source>
        <extracomment>%1 is a document title, %2 a quotation from it. Only seen when the program itself is broken.</extracomment>
        <translation>Het voorbeeldartikel “%1” bevat “%2” niet precies één keer.</translation>
    </message>
    <message>
        <source>Cannot add the sample: no project is open.</source>
        <translation>Kan het voorbeeld niet toevoegen: er is geen project geopend.</translation>
    </message>
    <message>
        <source>Cannot add the sample to %1: the project has no claim types.</source>
        <translation>Kan het voorbeeld niet toevoegen aan %1: het project heeft geen beweringstypen.</translation>
    </message>
    <message>
        <source>Cannot create the sample project %1: the file already exists.</source>
        <translation>Kan het voorbeeldproject %1 niet aanmaken: het bestand bestaat al.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Could not read the schema version of &quot;%1&quot;: %2</source>
        <translation>Kan de schemaversie van “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer version of Kanttekening (schema %2); this version reads up to %3.</source>
        <translation>“%1” is gemaakt met een nieuwere versie van Kanttekening (schema %2); deze versie leest tot en met schema %3.</translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot; to the current schema: %2</source>
        <translation>Kan “%1” niet bijwerken naar het huidige schema: %2</translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot; to schema %2 (%3): %4. The file was left as it was.</source>
        <translation>Kan “%1” niet bijwerken naar schema %2 (%3): %4. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot;: %2</source>
        <translation>Kan “%1” niet bijwerken: %2</translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot;: the update left a reference in table %2 pointing nowhere. The file was left as it was.</source>
        <translation>Kan “%1” niet bijwerken: na de update wees een verwijzing in tabel %2 nergens meer naar. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Could not turn foreign keys back on for &quot;%1&quot;.</source>
        <translation>Kan de controle op verwijzingen (foreign keys) voor “%1” niet weer inschakelen.</translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; to &quot;%2&quot; before updating it: %3</source>
        <translation>Kan geen back-up van “%1” maken in “%2” voordat het wordt bijgewerkt: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no schema version, so it is not a Kanttekening project or it is damaged. It was left as it was.</source>
        <translation>“%1” heeft geen schemaversie, dus het is geen Kanttekening-project of het is beschadigd. Het is gelaten zoals het was.</translation>
    </message>
</context>
<context>
    <name>SchemaVerifier</name>
    <message>
        <source>it holds far more tables and indexes than a project has</source>
        <translation>het bevat veel meer tabellen en indexen dan een project heeft</translation>
    </message>
    <message>
        <source>this version of Kanttekening does not know schema version %1</source>
        <translation>deze versie van Kanttekening kent schemaversie %1 niet</translation>
    </message>
    <message>
        <source>its list of tables cannot be read (%1)</source>
        <translation>de lijst met tabellen is niet te lezen (%1)</translation>
    </message>
    <message>
        <source>it contains a trigger (&quot;%1&quot;): SQL stored in the file that would run when the project changes. Kanttekening never makes triggers</source>
        <extracomment>%1 is the trigger&apos;s name as stored in the file</extracomment>
        <translation>het bevat een trigger (“%1”): SQL in het bestand die zou worden uitgevoerd als het project verandert. Kanttekening maakt nooit triggers</translation>
    </message>
    <message>
        <source>it contains a view (&quot;%1&quot;), which Kanttekening never makes</source>
        <translation>het bevat een view (“%1”), en die maakt Kanttekening nooit</translation>
    </message>
    <message>
        <source>it contains an index (&quot;%1&quot;) that a Kanttekening project of schema version %2 does not have</source>
        <translation>het bevat een index (“%1”) die een Kanttekening-project met schemaversie %2 niet heeft</translation>
    </message>
    <message>
        <source>it contains a table (&quot;%1&quot;) that a Kanttekening project of schema version %2 does not have</source>
        <translation>het bevat een tabel (“%1”) die een Kanttekening-project met schemaversie %2 niet heeft</translation>
    </message>
    <message>
        <source>its index &quot;%1&quot; is not defined as in schema version %2</source>
        <translation>de index “%1” is anders gedefinieerd dan in schemaversie %2</translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; is not defined as in schema version %2</source>
        <translation>de tabel “%1” is anders gedefinieerd dan in schemaversie %2</translation>
    </message>
    <message>
        <source>its index &quot;%1&quot; is missing</source>
        <translation>de index “%1” ontbreekt</translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; is missing</source>
        <translation>de tabel “%1” ontbreekt</translation>
    </message>
</context>
<context>
    <name>SonnetSpellChecker</name>
    <message>
        <source>KDE Sonnet has no dictionary for %1. Install a Hunspell dictionary for it (on Debian: hunspell-%2) and the package sonnet-plugins.</source>
        <translation>KDE Sonnet heeft geen woordenboek voor %1. Installeer daarvoor een Hunspell-woordenboek (op Debian: hunspell-%2) en het pakket sonnet-plugins.</translation>
    </message>
    <message>
        <source>KDE Sonnet could not load its dictionary for %1.</source>
        <translation>KDE Sonnet kan zijn woordenboek voor %1 niet laden.</translation>
    </message>
</context>
<context>
    <name>SpellCheckerFactory</name>
    <message>
        <source>KDE Sonnet</source>
        <translation>KDE Sonnet</translation>
    </message>
    <message>
        <source>Hunspell</source>
        <translation>Hunspell</translation>
    </message>
    <message>
        <source>KDE Sonnet (%1)</source>
        <translation>KDE Sonnet (%1)</translation>
    </message>
    <message>
        <source>Not found. Install the package %1.</source>
        <translation>Niet gevonden. Installeer het pakket %1.</translation>
    </message>
</context>
<context>
    <name>SpellingLanguages</name>
    <message>
        <source>English (US)</source>
        <extracomment>Name of the American English dictionary, left in English on purpose</extracomment>
        <translation>English (US)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <extracomment>Name of the British English dictionary, left in English on purpose</extracomment>
        <translation>English (UK)</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>it refers to a document or claim type that no longer exists</source>
        <translation>het verwijst naar een document of beweringstype dat niet meer bestaat</translation>
    </message>
    <message>
        <source>an item with the same id already exists</source>
        <translation>er bestaat al een item met hetzelfde id</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>de schijf is vol (%1)</translation>
    </message>
    <message>
        <source>the file cannot be written to (%1)</source>
        <translation>er kan niet naar het bestand worden geschreven (%1)</translation>
    </message>
    <message>
        <source>the disk could not be written to (%1)</source>
        <translation>er kon niet naar de schijf worden geschreven (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>het bestand is beschadigd (%1)</translation>
    </message>
    <message>
        <source>the file is in use by another program (%1)</source>
        <translation>het bestand is in gebruik door een ander programma (%1)</translation>
    </message>
</context>
<context>
    <name>TakeOverClaimsCommand</name>
    <message numerus="yes">
        <source>Take over %n annotation(s)</source>
        <translation>
            <numerusform>%n annotatie overnemen</numerusform>
            <numerusform>%n annotaties overnemen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The page declares the character encoding “%1”, but starts with a byte order mark for %2, which was followed.</source>
        <translation>De pagina noemt de tekenset “%1”, maar begint met een byte-order-mark voor %2; die is gevolgd.</translation>
    </message>
    <message>
        <source>The page declares the character encoding “%1”, which Kanttekening cannot read; the text was read as %2.</source>
        <translation>De pagina noemt de tekenset “%1”, die Kanttekening niet kan lezen; de tekst is gelezen als %2.</translation>
    </message>
    <message>
        <source>The page declares the character encoding “%1”, but its bytes are not valid in it; the text was read as %2.</source>
        <translation>De pagina noemt de tekenset “%1”, maar de bytes zijn daarin niet geldig; de tekst is gelezen als %2.</translation>
    </message>
    <message>
        <source>The page declares the character encoding “%1”, but its bytes are UTF-8, which was followed.</source>
        <translation>De pagina noemt de tekenset “%1”, maar de bytes zijn UTF-8; dat is gevolgd.</translation>
    </message>
    <message>
        <source>Some bytes of the page are not valid in its character encoding %1; they are shown as �.</source>
        <translation>Sommige bytes van de pagina zijn niet geldig in de tekenset %1; ze worden getoond als �.</translation>
    </message>
</context>
<context>
    <name>TextPdfTypesetter</name>
    <message>
        <source>Untitled document</source>
        <translation>Document zonder titel</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>In the header of an exported document: the language it is written in</extracomment>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>In the header of an exported document: where it was found</extracomment>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>The PDF for “%1” could not be started.</source>
        <translation>Kan de pdf voor “%1” niet beginnen.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Het exporteren is geannuleerd.</translation>
    </message>
    <message>
        <source>The PDF for “%1” could not be written.</source>
        <translation>Kan de pdf voor “%1” niet schrijven.</translation>
    </message>
    <message>
        <source>(in full in the appendix)</source>
        <translation>(volledig in de bijlage)</translation>
    </message>
</context>
<context>
    <name>TypesetPage</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Footer of every page of an exported PDF</extracomment>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>VerificationStatus</name>
    <message>
        <source>Unchecked</source>
        <extracomment>Verification status of a claim: nobody has checked it yet</extracomment>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Supported</source>
        <extracomment>Verification status of a claim: the evidence supports it</extracomment>
        <translation>Onderbouwd</translation>
    </message>
    <message>
        <source>Disputed</source>
        <extracomment>Verification status of a claim: sources disagree about it</extracomment>
        <translation>Omstreden</translation>
    </message>
    <message>
        <source>False</source>
        <extracomment>Verification status of a claim: it has been shown to be untrue</extracomment>
        <translation>Onjuist</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <extracomment>Verification status of a claim: it cannot be checked</extracomment>
        <translation>Niet te controleren</translation>
    </message>
</context>
<context>
    <name>WebPageReextraction</name>
    <message>
        <source>“%1” is not a web page: only web pages can be imported as article or as whole page.</source>
        <translation>“%1” is geen webpagina: alleen webpagina’s kunnen als artikel of als hele pagina geïmporteerd worden.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported again: its stored page shows no text.</source>
        <translation>“%1” kan niet opnieuw geïmporteerd worden: de bewaarde pagina toont geen tekst.</translation>
    </message>
    <message>
        <source>Reader mode finds no article in “%1” (a front page or a list of links, say): it stays the whole page.</source>
        <translation>De leesmodus vindt geen artikel in “%1” (bijvoorbeeld een voorpagina of een lijst met links): het blijft de hele pagina.</translation>
    </message>
    <message>
        <source>“%1” is shown this way already.</source>
        <translation>“%1” wordt al zo getoond.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported again: its stored page is larger than the %2 MB Kanttekening imports.</source>
        <translation>“%1” kan niet opnieuw geïmporteerd worden: de bewaarde pagina is groter dan de %2 MB die Kanttekening importeert.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported again: the page holds %2 characters of text, more than the %3 Kanttekening shows.</source>
        <translation>“%1” kan niet opnieuw geïmporteerd worden: de pagina bevat %2 tekens tekst, meer dan de %3 die Kanttekening toont.</translation>
    </message>
</context>
<context>
    <name>ktk::AnnotationPanel</name>
    <message>
        <source>This document</source>
        <extracomment>Panel scope: list the claims of the open document only</extracomment>
        <translation>Dit document</translation>
    </message>
    <message>
        <source>Whole project</source>
        <extracomment>Panel scope: list the claims of every document in the project</extracomment>
        <translation>Hele project</translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation>Beweringen doorzoeken…</translation>
    </message>
    <message>
        <source>Search quotes, notes, claimants and tags</source>
        <translation>Zoeken in citaten, notities, sprekers en tags</translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>Type filter entry: do not filter by claim type</extracomment>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>Show claims of one type</source>
        <translation>Alleen beweringen van één type tonen</translation>
    </message>
    <message>
        <source>Show claims with one verification status</source>
        <translation>Alleen beweringen met één controlestatus tonen</translation>
    </message>
    <message>
        <source>Show claims with one tag</source>
        <translation>Alleen beweringen met één tag tonen</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Volgorde van de lijst</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Status filter entry: do not filter by verification status</extracomment>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>By position</source>
        <extracomment>Sort order: in reading order, document by document</extracomment>
        <translation>In leesvolgorde</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>Sort order: most recently created claims first</extracomment>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>Tag filter entry: do not filter by tag</extracomment>
        <translation>Alle tags</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <extracomment>Shown above the claim list, e.g. &quot;12 of 40 claims&quot;</extracomment>
        <translation>
            <numerusform>%1 van %n bewering</numerusform>
            <numerusform>%1 van %n beweringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n bewering</numerusform>
            <numerusform>%n beweringen</numerusform>
        </translation>
    </message>
    <message>
        <source>No document is open.
Open one, or list the claims of the whole project.</source>
        <translation>Er is geen document geopend.
Open een document, of toon de beweringen van het hele project.</translation>
    </message>
    <message>
        <source>No claims match the filters.</source>
        <translation>Er zijn geen beweringen die aan de filters voldoen.</translation>
    </message>
    <message>
        <source>No claims in this document yet.
Select a passage and choose a claim type to mark it.</source>
        <translation>Dit document heeft nog geen beweringen.
Selecteer een passage en kies een beweringstype om die te markeren.</translation>
    </message>
    <message>
        <source>No claims in this project yet.</source>
        <translation>Dit project heeft nog geen beweringen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>Header menu title: choose which columns the claim list shows</extracomment>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Show in Document</source>
        <translation>In document tonen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation>
            <numerusform>%n bewering verwijderen</numerusform>
            <numerusform>%n beweringen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Bewering verwijderen</translation>
    </message>
</context>
<context>
    <name>ktk::AnnotationsModel</name>
    <message>
        <source>Claim</source>
        <translation>Bewering</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
</context>
<context>
    <name>ktk::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ktk::BackupsDialog</name>
    <message>
        <source>Backups of “%1”</source>
        <translation>Back-ups van “%1”</translation>
    </message>
    <message>
        <source>Each time you open a project that changed since its last backup, Kanttekening first copies it to “%1”. Restoring replaces the project with the copy you choose; the project as it is now is kept there as well, so a restore can itself be undone.</source>
        <translation>Telkens als een project wordt geopend dat sinds de laatste back-up is veranderd, kopieert Kanttekening het eerst naar “%1”. Terugzetten vervangt het project door de gekozen kopie; het project zoals het nu is, wordt daar ook bewaard, zodat ook het terugzetten ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>There are no backups of this project yet.</source>
        <translation>Er zijn nog geen back-ups van dit project.</translation>
    </message>
    <message>
        <source>&amp;Keep the newest automatic backups:</source>
        <translation>Aantal nieuwste automatische back-ups &amp;bewaren:</translation>
    </message>
    <message>
        <source>none (automatic backups off)</source>
        <translation>geen (automatische back-ups uit)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Nu back-up &amp;maken</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>M&amp;ap tonen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup made %2?</source>
        <translation>“%1” vervangen door de back-up van %2?</translation>
    </message>
    <message>
        <source>The project as it is now is kept in the backup folder, so nothing is lost.</source>
        <translation>Het project zoals het nu is, wordt in de back-upmap bewaard, dus er gaat niets verloren.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>ktk::ClaimEditor</name>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Label of the claim type field in the claim editor</extracomment>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <extracomment>Label of the verification status field</extracomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <extracomment>The person or organisation that makes the claim</extracomment>
        <translation>S&amp;preker:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>The annotator&apos;s own note on the claim</extracomment>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Who makes this claim?</source>
        <translation>Wie doet deze bewering?</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. climate, budget</source>
        <translation>Gescheiden door komma&apos;s, bijv. klimaat, begroting</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Your note on this claim…</source>
        <translation>Notitie bij deze bewering…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation>
            <numerusform>%n bewering verwijderen</numerusform>
            <numerusform>%n beweringen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Bewering verwijderen</translation>
    </message>
    <message>
        <source>Select a claim to edit it</source>
        <translation>Selecteer een bewering om die te bewerken</translation>
    </message>
</context>
<context>
    <name>ktk::ClaimItemDelegate</name>
    <message>
        <source>not found in text</source>
        <extracomment>Shown for a claim whose quoted passage is no longer found in the document text</extracomment>
        <translation>niet gevonden in de tekst</translation>
    </message>
    <message>
        <source>p. %1</source>
        <extracomment>The page of a PDF a claim is on (where it starts), in the claim list: &quot;p. 3&quot;</extracomment>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>ktk::ClaimTypeDelegate</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n bewering</numerusform>
            <numerusform>%n beweringen</numerusform>
        </translation>
    </message>
    <message>
        <source>unused</source>
        <extracomment>Shown next to a claim type that no claim has</extracomment>
        <translation>ongebruikt</translation>
    </message>
</context>
<context>
    <name>ktk::CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <extracomment>Window title: the list of claim types a project uses</extracomment>
        <translation>Codeboek</translation>
    </message>
    <message>
        <source>The first %1 types can be applied with the number keys 1–%1, in this order. Double-click a name to rename it.</source>
        <translation>De eerste %1 typen zijn in deze volgorde toe te passen met de cijfertoetsen 1–%1. Dubbelklik op een naam om die te wijzigen.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>When to use this type, with an example…</source>
        <translation>Wanneer dit type van toepassing is, met een voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Add Type</source>
        <translation>Type &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Naam wijzigen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <extracomment>Button: choose the colour of the selected claim type</extracomment>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>New type</source>
        <extracomment>Name given to a claim type just added, before the user renames it</extracomment>
        <translation>Nieuw type</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Kleur van “%1”</translation>
    </message>
</context>
<context>
    <name>ktk::DeleteClaimTypeDialog</name>
    <message>
        <source>Delete Claim Type</source>
        <translation>Beweringstype verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>The claim type “%1” is used by %n claim(s). What should happen to them?</source>
        <translation>
            <numerusform>Het beweringstype “%1” wordt gebruikt door %n bewering. Wat moet er met die bewering gebeuren?</numerusform>
            <numerusform>Het beweringstype “%1” wordt gebruikt door %n beweringen. Wat moet er met die beweringen gebeuren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verplaatsen naar:</translation>
    </message>
    <message>
        <source>&amp;Delete the claims too</source>
        <translation>&amp;Beweringen ook verwijderen</translation>
    </message>
    <message>
        <source>Delete Type and Claims</source>
        <translation>Type en beweringen verwijderen</translation>
    </message>
    <message>
        <source>Delete Type</source>
        <translation>Type verwijderen</translation>
    </message>
</context>
<context>
    <name>ktk::DocumentMetadataDialog</name>
    <message>
        <source>Document Details</source>
        <translation>Documentgegevens</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author or publisher:</source>
        <translation>&amp;Auteur of uitgever:</translation>
    </message>
    <message>
        <source>&amp;Source URL:</source>
        <translation>&amp;Bron-URL:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <extracomment>Label of the date on which the document was published</extracomment>
        <translation>&amp;Publicatiedatum:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <extracomment>Check box next to the publication date: the date is not known</extracomment>
        <translation>&amp;Onbekend</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>e.g. the ministry, newspaper or author</source>
        <translation>bijv. het ministerie, de krant of de auteur</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <extracomment>Language of a document that is neither Dutch nor English, or not known</extracomment>
        <translation>Anders of onbekend</translation>
    </message>
    <message>
        <source>The details could not be saved. The project file may be read-only or the disk full.</source>
        <translation>De gegevens konden niet worden opgeslagen. Misschien is het projectbestand alleen-lezen of is de schijf vol.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>Label of the researcher&apos;s note on a whole document</extracomment>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Your note on this document: context, reliability, what to check…</source>
        <translation>Notitie bij dit document: context, betrouwbaarheid, wat na te gaan…</translation>
    </message>
</context>
<context>
    <name>ktk::DocumentNavigator</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>&amp;Gegevens bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove from Project</source>
        <translation>Uit project &amp;verwijderen</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Documenten filteren</translation>
    </message>
    <message>
        <source>Re-import as &amp;Article</source>
        <translation>Opnieuw importeren als &amp;artikel</translation>
    </message>
    <message>
        <source>Re-import as &amp;Whole Page</source>
        <translation>Opnieuw importeren als &amp;hele pagina</translation>
    </message>
</context>
<context>
    <name>ktk::DocumentView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Tooltip over overlapping highlights, after the first three</extracomment>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::DocumentsModel</name>
    <message>
        <source>Imported from %1</source>
        <translation>Geïmporteerd uit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n bewering</numerusform>
            <numerusform>%n beweringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>Column header: number of claims in a document</extracomment>
        <translation>Beweringen</translation>
    </message>
</context>
<context>
    <name>ktk::ExportPdfDialog</name>
    <message>
        <source>Export Annotated PDF</source>
        <translation>Geannoteerde pdf exporteren</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>The document shown: “%1”</source>
        <translation>Het getoonde document: “%1”</translation>
    </message>
    <message>
        <source>The document shown</source>
        <translation>Het getoonde document</translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) selected in the list</source>
        <translation>
            <numerusform>Het geselecteerde document in de lijst</numerusform>
            <numerusform>De %n geselecteerde documenten in de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s), into a folder</source>
        <translation>
            <numerusform>Het ene document, in een map</numerusform>
            <numerusform>Alle %n documenten, in een map</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Beweringen</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Alle beweringen</translation>
    </message>
    <message>
        <source>The claims the panel shows (it shows all now)</source>
        <translation>De beweringen die het paneel toont (nu alle)</translation>
    </message>
    <message>
        <source>The claims the panel shows: %1</source>
        <translation>De beweringen die het paneel toont: %1</translation>
    </message>
    <message>
        <source>As pop-up notes on the highlights</source>
        <translation>Als pop-upnotities bij de markeringen</translation>
    </message>
    <message>
        <source>In the margin (text documents), pop-ups in PDFs</source>
        <translation>In de marge (tekstdocumenten), pop-ups in pdf&apos;s</translation>
    </message>
    <message>
        <source>In an appendix after the document</source>
        <translation>In een bijlage na het document</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add a &amp;table of the claims (number, page, type, status, claimant, quote, note)</source>
        <translation>Een &amp;tabel van de beweringen toevoegen (nummer, pagina, type, status, spreker, citaat, notitie)</translation>
    </message>
    <message>
        <source>&amp;Flatten: burn highlights and notes into the pages, for printing and for readers that hide annotations</source>
        <translation>&amp;Inbranden: markeringen en notities in de pagina&apos;s vastleggen, voor afdrukken en voor lezers die annotaties verbergen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Opslaan in:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export wordt opgeslagen.</translation>
    </message>
    <message>
        <source>The name PDF readers show as the author of each highlight and note. Left empty, the account&apos;s name is used.</source>
        <translation>De naam die pdf-lezers als auteur van elke markering en notitie tonen. Leeg gelaten wordt de naam van het account gebruikt.</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur:</translation>
    </message>
</context>
<context>
    <name>ktk::FindBar</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find bar: which match is shown, e.g. &quot;3 of 12&quot;</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the top</source>
        <extracomment>Find bar: %1 of %2 as in &quot;3 of 12&quot;</extracomment>
        <translation>%1 van %2, verder vanaf het begin</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the bottom</source>
        <translation>%1 van %2, verder vanaf het einde</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorige treffer (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Volgende treffer (Enter, F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Zoekbalk sluiten (Esc)</translation>
    </message>
</context>
<context>
    <name>ktk::MainWindow</name>
    <message>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <extracomment>Menu of actions on claims (marked passages)</extracomment>
        <translation>Bewe&amp;ringen</translation>
    </message>
    <message>
        <source>Mark &amp;As</source>
        <translation>Markeren &amp;als</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Switch Between Dutch and English</source>
        <translation>Wisselen tussen Nederlands en Engels</translation>
    </message>
    <message>
        <source>Show the interface in %1 (Ctrl+Shift+L switches)</source>
        <extracomment>%1 is a language named in itself: &quot;Nederlands&quot; or &quot;English&quot;</extracomment>
        <translation>%1 als interfacetaal gebruiken (wisselen met Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>Een nieuw projectbestand aanmaken</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Een projectbestand openen</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Voorbeeldproject openen</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>Documenten &amp;importeren…</translation>
    </message>
    <message>
        <source>Import text, Markdown or HTML files into the project (Ctrl+I); you can also drop files on the window</source>
        <translation>Tekst-, Markdown- of HTML-bestanden in het project importeren (Ctrl+I); bestanden naar het venster slepen kan ook</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>&amp;Plakken als nieuw document</translation>
    </message>
    <message>
        <source>Make a new document from the text on the clipboard</source>
        <translation>Een nieuw document maken van de tekst op het klembord</translation>
    </message>
    <message>
        <source>Document &amp;Details…</source>
        <translation>Document&amp;gegevens…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>De laatste wijziging ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the last undone change (Ctrl+Shift+Z)</source>
        <translation>De laatst ongedaan gemaakte wijziging opnieuw doen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <source>Find text in the document (Ctrl+F)</source>
        <translation>Tekst zoeken in het document (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Mark Claim</source>
        <extracomment>Toolbar action: turn the selected text into a claim</extracomment>
        <translation>Bewering &amp;markeren</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>Bewering &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected claims</source>
        <translation>De geselecteerde beweringen verwijderen</translation>
    </message>
    <message>
        <source>Claim &amp;Types…</source>
        <translation>&amp;Beweringstypen…</translation>
    </message>
    <message>
        <source>Add, rename, recolour, reorder or delete claim types</source>
        <translation>Beweringstypen toevoegen of verwijderen, of hun naam, kleur of volgorde wijzigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <source>Claims of This &amp;Document</source>
        <translation>Beweringen in dit &amp;document</translation>
    </message>
    <message>
        <source>Claims of the Whole &amp;Project</source>
        <translation>Beweringen in het hele &amp;project</translation>
    </message>
    <message>
        <source>&amp;About Kanttekening</source>
        <translation>&amp;Over Kanttekening</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>%1 — Kanttekening</source>
        <translation>%1 — Kanttekening</translation>
    </message>
    <message>
        <source>Kanttekening</source>
        <translation>Kanttekening</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Kan project niet openen</translation>
    </message>
    <message>
        <source>This project has no documents yet. Import files with Ctrl+I, drop them on the window, or paste text with Ctrl+Shift+V.</source>
        <translation>Dit project heeft nog geen documenten. Importeer bestanden met Ctrl+I, sleep ze naar het venster of plak tekst met Ctrl+Shift+V.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>%n document geïmporteerd</numerusform>
            <numerusform>%n documenten geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n bestand kon niet worden geïmporteerd:</numerusform>
            <numerusform>%n bestanden konden niet worden geïmporteerd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n file(s) were imported.</source>
        <translation>
            <numerusform>%n ander bestand is wel geïmporteerd.</numerusform>
            <numerusform>De andere %n bestanden zijn wel geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documenten (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>“%1” met %n bewering uit het project verwijderen? Dit is ongedaan te maken met Ctrl+Z.</numerusform>
            <numerusform>“%1” met %n beweringen uit het project verwijderen? Dit is ongedaan te maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <source>About Kanttekening</source>
        <translation>Over Kanttekening</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kanttekening %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for policy texts: mark the claims an article makes, classify them, note who makes them and whether they hold up.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite. Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kanttekening %1&lt;/h3&gt;&lt;p&gt;Een programma om beleidsteksten te lezen en te annoteren: markeer de beweringen in een artikel, classificeer ze en leg vast wie ze doet en of ze kloppen.&lt;/p&gt;&lt;p&gt;Gemaakt met Qt %2 en SQLite. Uitgebracht onder de GNU GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mark as Claim</source>
        <translation>Markeren als bewering</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Claim “%1”</source>
        <translation>Bewering “%1”</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selecteren</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Type wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Kanttekening projects (*.ktk)</source>
        <translation>Kanttekening-projecten (*.ktk)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File → Open Project.</source>
        <translation>“%1” bestaat al. Kies een andere naam, of open het bestand met Bestand → Project openen.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <source>Create or open a project first, then drop the documents on the window to import them.</source>
        <translation>Maak of open eerst een project en sleep de documenten dan naar het venster om ze te importeren.</translation>
    </message>
    <message>
        <source>Mark the selected text as a claim (Ctrl+M, or keys 1–9 for a claim type)</source>
        <translation>De geselecteerde tekst als bewering markeren (Ctrl+M, of de toetsen 1–9 voor een beweringstype)</translation>
    </message>
    <message>
        <source>Remove “%1” from the project? You can undo this with Ctrl+Z.</source>
        <translation>“%1” uit het project verwijderen? Dit is ongedaan te maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Spell Checking…</source>
        <translation>&amp;Spellingcontrole…</translation>
    </message>
    <message>
        <source>Turn spell checking on or off, choose the default language, see which dictionaries are installed</source>
        <translation>Spellingcontrole aan- of uitzetten, de standaardtaal kiezen, de geïnstalleerde woordenboeken bekijken</translation>
    </message>
    <message>
        <source>See this project&apos;s backups, restore one, or make one now</source>
        <translation>De back-ups van dit project bekijken, er een terugzetten of er nu een maken</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>How many automatic backups to keep, and this project&apos;s backups</source>
        <translation>Hoeveel automatische back-ups er bewaard blijven, en de back-ups van dit project</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Restored from “%1”.</source>
        <translation>Teruggezet uit “%1”.</translation>
    </message>
    <message>
        <source>Restored from “%1”. The project as it was is kept as “%2”.</source>
        <translation>Teruggezet uit “%1”. Het project zoals het was, is bewaard als “%2”.</translation>
    </message>
    <message>
        <source>Backed up to “%1”</source>
        <translation>Back-up gemaakt: “%1”</translation>
    </message>
    <message>
        <source>“%1” is too large to show: %2 characters, from a file of %3. Kanttekening shows documents of up to %4 characters from files of up to %5. Kanttekening cannot have imported a document this large; the project may have been made to slow the program down.</source>
        <translation>“%1” is te groot om te tonen: %2 tekens, uit een bestand van %3. Kanttekening toont documenten van hoogstens %4 tekens uit bestanden van hoogstens %5. Zo’n groot document kan Kanttekening niet geïmporteerd hebben; het project is misschien gemaakt om het programma te vertragen.</translation>
    </message>
    <message>
        <source>“%1” is too large to show.</source>
        <translation>“%1” is te groot om te tonen.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Pagina&amp;breedte</translation>
    </message>
    <message>
        <source>Drag a rectangle on a PDF page to mark a figure, a table or a scanned page (or hold Ctrl while dragging)</source>
        <translation>Een rechthoek over een pdf-pagina slepen om een figuur, een tabel of een gescande pagina te markeren (of Ctrl ingedrukt houden tijdens het slepen)</translation>
    </message>
    <message>
        <source>Reading the text of “%1”: page %2 of %3</source>
        <translation>Tekst van “%1” lezen: pagina %2 van %3</translation>
    </message>
    <message>
        <source>That password does not open “%1”. Try again:</source>
        <translation>Dat wachtwoord opent “%1” niet. Probeer het opnieuw:</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Enter it to import the PDF:</source>
        <translation>“%1” is beveiligd met een wachtwoord. Voer het in om de pdf te importeren:</translation>
    </message>
    <message>
        <source>PDF Password</source>
        <translation>Pdf-wachtwoord</translation>
    </message>
    <message>
        <source>These annotations are claims already.</source>
        <translation>Deze annotaties zijn al beweringen.</translation>
    </message>
    <message numerus="yes">
        <source>Took over %n annotation(s) as claims.</source>
        <translation>
            <numerusform>%n annotatie als bewering overgenomen.</numerusform>
            <numerusform>%n annotaties als beweringen overgenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Over Annotations</source>
        <translation>Annotaties overnemen</translation>
    </message>
    <message>
        <source>This PDF carries no annotations of its own (highlights or notes made in another program).</source>
        <translation>Deze pdf bevat geen eigen annotaties (markeringen of notities uit een ander programma).</translation>
    </message>
    <message numerus="yes">
        <source>This PDF carries %n annotation(s) made in another program.</source>
        <translation>
            <numerusform>Deze pdf bevat %n annotatie uit een ander programma.</numerusform>
            <numerusform>Deze pdf bevat %n annotaties uit een ander programma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by: %1.</source>
        <translation>Gemaakt door: %1.</translation>
    </message>
    <message>
        <source>Take them over as claims? Each keeps its text, note, author and page; its colour picks the nearest claim type. You can undo this.</source>
        <translation>Als beweringen overnemen? Elke annotatie behoudt tekst, notitie, auteur en pagina; de kleur bepaalt het dichtstbijzijnde beweringstype. Dit is ongedaan te maken.</translation>
    </message>
    <message>
        <source>Fit Pa&amp;ge</source>
        <translation>&amp;Hele pagina</translation>
    </message>
    <message>
        <source>Go &amp;to Page…</source>
        <translation>&amp;Ga naar pagina…</translation>
    </message>
    <message>
        <source>Select A&amp;rea</source>
        <translation>&amp;Gebied selecteren</translation>
    </message>
    <message>
        <source>&amp;Export Annotated PDF…</source>
        <translation>Geannoteerde pdf &amp;exporteren…</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>tag “%1”</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>tekst “%1”</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Kan de map “%1” niet maken.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>“%1” exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported:</source>
        <translation>
            <numerusform>Kan %n document niet exporteren:</numerusform>
            <numerusform>Kan %n documenten niet exporteren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to “%1”</source>
        <translation>Geëxporteerd naar “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to “%1”</source>
        <translation>
            <numerusform>%n document geëxporteerd naar “%1”</numerusform>
            <numerusform>%n documenten geëxporteerd naar “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no claims to export; it was written without highlights.</source>
        <translation>“%1” heeft geen beweringen om te exporteren; het is zonder markeringen geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) of “%1” had no place on its pages and are only in the appendix.</source>
        <translation>
            <numerusform>%n bewering van “%1” had geen plaats op de pagina’s en staat alleen in de bijlage.</numerusform>
            <numerusform>%n beweringen van “%1” hadden geen plaats op de pagina’s en staan alleen in de bijlage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Web Pages as &amp;Articles</source>
        <translation>Webpagina’s als ar&amp;tikel importeren</translation>
    </message>
    <message>
        <source>Keep only the article of an imported web page, without menus, comments, related stories and other clutter (reader mode). Off: keep whole pages.</source>
        <translation>Van een geïmporteerde webpagina alleen het artikel bewaren, zonder menu’s, reacties, gerelateerde berichten en andere ruis (leesmodus). Uit: hele pagina’s bewaren.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>“%1” importeren…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <extracomment>The menu of the shown document</extracomment>
        <translation>D&amp;ocument</translation>
    </message>
    <message>
        <source>Re-import as &amp;Article</source>
        <translation>Opnieuw importeren als &amp;artikel</translation>
    </message>
    <message>
        <source>Show only the article of this web page, without menus, comments and other clutter (reader mode); claims move along with their quotes</source>
        <translation>Alleen het artikel van deze webpagina tonen, zonder menu’s, reacties en andere rommel (leesmodus); beweringen gaan mee met hun citaten</translation>
    </message>
    <message>
        <source>Re-import as &amp;Whole Page</source>
        <translation>Opnieuw importeren als &amp;hele pagina</translation>
    </message>
    <message>
        <source>Show the whole web page this document was imported from; claims move along with their quotes</source>
        <translation>De hele webpagina tonen waaruit dit document geïmporteerd is; beweringen gaan mee met hun citaten</translation>
    </message>
    <message>
        <source>&amp;Remove from Project…</source>
        <translation>Uit project &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Importing “%1” again…</source>
        <translation>“%1” wordt opnieuw geïmporteerd…</translation>
    </message>
    <message>
        <source>Cancelled: “%1” is unchanged.</source>
        <translation>Geannuleerd: “%1” is ongewijzigd.</translation>
    </message>
    <message>
        <source>“%1” now shows the article alone.</source>
        <translation>“%1” toont nu alleen het artikel.</translation>
    </message>
    <message>
        <source>“%1” now shows the whole page.</source>
        <translation>“%1” toont nu de hele pagina.</translation>
    </message>
    <message numerus="yes">
        <source>All %n claim(s) were carried across.</source>
        <translation>
            <numerusform>De bewering is meegenomen.</numerusform>
            <numerusform>Alle %n beweringen zijn meegenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could not be found in the new text: %1. They are kept as they were and marked as not found in the panel; undo (Ctrl+Z) or the other way of importing brings them back.</source>
        <translation>
            <numerusform>%n bewering is niet gevonden in de nieuwe tekst: %1. Ze is bewaard zoals ze was en in het paneel gemarkeerd als niet gevonden; ongedaan maken (Ctrl+Z) of de andere manier van importeren brengt haar terug.</numerusform>
            <numerusform>%n beweringen zijn niet gevonden in de nieuwe tekst: %1. Ze zijn bewaard zoals ze waren en in het paneel gemarkeerd als niet gevonden; ongedaan maken (Ctrl+Z) of de andere manier van importeren brengt ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta&amp;ke Over Annotations and Comments…</source>
        <translation>Annotaties en opmerkingen &amp;overnemen…</translation>
    </message>
    <message>
        <source>Make claims of the highlights and notes a PDF carries, or of the comments reviewers left in a Word or OpenDocument file</source>
        <translation>Beweringen maken van de markeringen en notities in een pdf, of van de opmerkingen die meelezers in een Word- of OpenDocument-bestand achterlieten</translation>
    </message>
    <message>
        <source>Reading the comments in “%1”…</source>
        <translation>De opmerkingen in “%1” worden gelezen…</translation>
    </message>
    <message>
        <source>Take Over Comments</source>
        <translation>Opmerkingen overnemen</translation>
    </message>
    <message>
        <source>This document carries no comments of its own (made by reviewers in Word or another word processor).</source>
        <translation>Dit document bevat geen eigen opmerkingen (gemaakt door meelezers in Word of een andere tekstverwerker).</translation>
    </message>
    <message numerus="yes">
        <source>This document carries %n comment(s) made by reviewers.</source>
        <translation>
            <numerusform>Dit document bevat %n opmerking van een meelezer.</numerusform>
            <numerusform>Dit document bevat %n opmerkingen van meelezers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take them over as claims? Each is marked on the words it was made on, with the comment as its note and its author and date; all get the type “%1”, which you can change. You can undo this.</source>
        <translation>Als beweringen overnemen? Elke opmerking wordt gemarkeerd op de woorden waarbij ze gemaakt is, met de opmerking als notitie en met haar auteur en datum; alle krijgen het type “%1”, dat u kunt wijzigen. U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>These comments are claims already.</source>
        <translation>Deze opmerkingen zijn al beweringen.</translation>
    </message>
    <message numerus="yes">
        <source>Took over %n comment(s) as claims.</source>
        <translation>
            <numerusform>%n opmerking als bewering overgenomen.</numerusform>
            <numerusform>%n opmerkingen als beweringen overgenomen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) were left out: they mark a point rather than words, or their words are not in the text.</source>
        <translation>
            <numerusform>%n opmerking is overgeslagen: ze markeert een punt in plaats van woorden, of haar woorden staan niet in de tekst.</numerusform>
            <numerusform>%n opmerkingen zijn overgeslagen: ze markeren een punt in plaats van woorden, of hun woorden staan niet in de tekst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage first, then press 1–9 to mark it as a claim of that type.</source>
        <translation>Selecteer eerst een passage en druk dan op 1–9 om die als bewering van dat type te markeren.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) the project has already.</source>
        <translation>
            <numerusform>%n bestand overgeslagen dat het project al heeft.</numerusform>
            <numerusform>%n bestanden overgeslagen die het project al heeft.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (as “%2”)</source>
        <extracomment>A file being imported, and the document of the project it already is</extracomment>
        <translation>• %1 (als “%2”)</translation>
    </message>
    <message>
        <source>• %1 (twice among the files)</source>
        <translation>• %1 (twee keer tussen de bestanden)</translation>
    </message>
    <message>
        <source>Already in the Project</source>
        <translation>Al in het project</translation>
    </message>
    <message numerus="yes">
        <source>%n of these files are in the project already:</source>
        <translation>
            <numerusform>%n van deze bestanden zit al in het project:</numerusform>
            <numerusform>%n van deze bestanden zitten al in het project:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import them again as separate documents, with claims of their own?</source>
        <translation>Opnieuw importeren als aparte documenten, met hun eigen beweringen?</translation>
    </message>
    <message>
        <source>&amp;Skip Them</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>&amp;Import Again</source>
        <translation>Opnieuw &amp;importeren</translation>
    </message>
    <message>
        <source>&amp;Hide Claims Outside the Filter</source>
        <translation>Beweringen buiten het filter &amp;verbergen</translation>
    </message>
    <message>
        <source>When the claim list is filtered, hide the other claims in the text instead of showing them faded</source>
        <translation>Als de lijst met beweringen gefilterd is, de andere beweringen in de tekst verbergen in plaats van ze vervaagd te tonen</translation>
    </message>
    <message>
        <source>Claim &amp;Margin</source>
        <extracomment>View menu: the coloured stripes beside the text, one per claim</extracomment>
        <translation>&amp;Kantlijn met beweringen</translation>
    </message>
    <message>
        <source>Show a coloured stripe beside the text or the page for every claim, in its type&apos;s colour; hover for its details, click to select it</source>
        <translation>Naast de tekst of de pagina een gekleurde streep tonen voor elke bewering, in de kleur van haar type; wijs aan voor de details, klik om haar te selecteren</translation>
    </message>
    <message>
        <source>E&amp;xtend Claim by a Word</source>
        <translation>Bewering een woord &amp;langer maken</translation>
    </message>
    <message>
        <source>Shorten Claim by a &amp;Word</source>
        <translation>Bewering een woord &amp;korter maken</translation>
    </message>
    <message>
        <source>Start Claim a Word &amp;Earlier</source>
        <translation>Bewering een woord &amp;eerder laten beginnen</translation>
    </message>
    <message>
        <source>Start Claim a Word &amp;Later</source>
        <translation>Bewering een woord later laten begi&amp;nnen</translation>
    </message>
    <message>
        <source>This claim&apos;s words are not found in the text: its extent cannot be changed.</source>
        <translation>De woorden van deze bewering staan niet in de tekst: haar omvang kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Only one project is open at a time: %1 not opened.</source>
        <extracomment>%1: the names of project files given at once, besides the one opened</extracomment>
        <translation>Er is steeds één project open: %1 niet geopend.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s) into the project “%1”?</source>
        <extracomment>%1 is the project&apos;s file name</extracomment>
        <translation>
            <numerusform>%n document importeren in het project “%1”?</numerusform>
            <numerusform>%n documenten importeren in het project “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Other Project…</source>
        <translation>&amp;Ander project…</translation>
    </message>
    <message numerus="yes">
        <source>No project is open. Into which project should %n document(s) go?</source>
        <translation>
            <numerusform>Er is geen project open. In welk project moet het document komen?</numerusform>
            <numerusform>Er is geen project open. In welk project moeten de %n documenten komen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>ktk::PdfPageArea</name>
    <message>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Onderstreping</translation>
    </message>
    <message>
        <source>Strike-out</source>
        <translation>Doorhaling</translation>
    </message>
    <message>
        <source>Squiggly underline</source>
        <translation>Golvende onderstreping</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Text box</source>
        <translation>Tekstvak</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stempel</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Tekening</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotatie</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Tooltip over overlapping highlights, after the first three</extracomment>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the PDF</source>
        <extracomment>Tooltip over an annotation that was already in the PDF; %1 its kind (Highlight, Note ...)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; in de pdf</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>%1 is who made an annotation that was already in the PDF</extracomment>
        <translation>door %1</translation>
    </message>
    <message>
        <source>Right-click to take it over as a claim.</source>
        <translation>Klik met de rechtermuisknop om deze als bewering over te nemen.</translation>
    </message>
</context>
<context>
    <name>ktk::PdfTextExtraction</name>
    <message>
        <source>The text of “%1” is too long to keep: %2 characters; Kanttekening keeps at most %3.</source>
        <translation>De tekst van “%1” is te lang om te bewaren: %2 tekens; Kanttekening bewaart er hoogstens %3.</translation>
    </message>
</context>
<context>
    <name>ktk::PdfView</name>
    <message>
        <source>%1 %</source>
        <extracomment>A zoom level; %1 is a whole number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <extracomment>Before the page number box: &quot;Page [3] of 88&quot;</extracomment>
        <translation>&amp;Pagina</translation>
    </message>
    <message>
        <source>of %1</source>
        <extracomment>After the page number box: &quot;Page [3] of 88&quot;</extracomment>
        <translation>van %1</translation>
    </message>
    <message>
        <source>Page number: type one and press Enter to go there</source>
        <translation>Paginanummer: typ een nummer en druk op Enter om erheen te gaan</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Select Area</source>
        <translation>Gebied selecteren</translation>
    </message>
    <message>
        <source>Drag a rectangle to mark an area (a figure, a table, a scanned page) as a claim. Holding Ctrl while dragging does the same.</source>
        <translation>Een rechthoek slepen om een gebied (een figuur, een tabel, een gescande pagina) als bewering te markeren. Ctrl ingedrukt houden tijdens het slepen doet hetzelfde.</translation>
    </message>
    <message>
        <source>Page %1 has no text layer (it may be a scanned image), so text cannot be selected there. Drag a rectangle to mark an area.</source>
        <translation>Pagina %1 heeft geen tekstlaag (het is misschien een gescande afbeelding), dus daar is geen tekst te selecteren. Sleep een rechthoek om een gebied te markeren.</translation>
    </message>
    <message>
        <source>Take Over as Claim</source>
        <translation>Als bewering overnemen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>ktk::ProjectDictionary</name>
    <message>
        <source>Could not change the project dictionary: no project is open.</source>
        <translation>Het projectwoordenboek kon niet worden gewijzigd: er is geen project geopend.</translation>
    </message>
    <message>
        <source>Could not change the project dictionary: the project is open for reading only.</source>
        <translation>Het projectwoordenboek kon niet worden gewijzigd: het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>“%1” cannot be added to the project dictionary: a word has no spaces and at most %2 characters.</source>
        <extracomment>%1 is what the user tried to add to the project&apos;s word list</extracomment>
        <translation>“%1” kan niet aan het projectwoordenboek worden toegevoegd: een woord heeft geen spaties en hoogstens %2 tekens.</translation>
    </message>
    <message>
        <source>The project dictionary is full: it holds at most %1 words.</source>
        <translation>Het projectwoordenboek is vol: het bevat hoogstens %1 woorden.</translation>
    </message>
</context>
<context>
    <name>ktk::ProjectStore</name>
    <message>
        <source>Could not save the change: no project is open.</source>
        <translation>Kan de wijziging niet opslaan: er is geen project geopend.</translation>
    </message>
    <message>
        <source>Could not save the change to &quot;%1&quot;: %2.</source>
        <translation>Kan de wijziging in “%1” niet opslaan: %2.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Kan “%1” niet openen: %2.</translation>
    </message>
    <message>
        <source>could not switch to write-ahead logging</source>
        <translation>kan niet overschakelen op write-ahead logging</translation>
    </message>
    <message>
        <source>a claim type needs a name</source>
        <translation>een beweringstype moet een naam hebben</translation>
    </message>
    <message>
        <source>the claim type &quot;%1&quot; has no valid colour</source>
        <translation>het beweringstype “%1” heeft geen geldige kleur</translation>
    </message>
    <message>
        <source>the claim has no valid position in its document</source>
        <translation>de bewering heeft geen geldige positie in het document</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; could not be stored</source>
        <translation>de tag “%1” kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: a file with that name already exists. Choose another name, or open the file instead.</source>
        <translation>Kan “%1” niet aanmaken: er bestaat al een bestand met die naam. Kies een andere naam, of open dat bestand.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the folder does not exist.</source>
        <translation>Kan “%1” niet aanmaken: de map bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>Kan “%1” niet aanmaken: %2</translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>het document bestaat niet meer</translation>
    </message>
    <message>
        <source>the claim type no longer exists</source>
        <translation>het beweringstype bestaat niet meer</translation>
    </message>
    <message>
        <source>a claim type in the new order no longer exists</source>
        <translation>een beweringstype in de nieuwe volgorde bestaat niet meer</translation>
    </message>
    <message>
        <source>a claim type cannot take over its own claims</source>
        <translation>een beweringstype kan zijn eigen beweringen niet overnemen</translation>
    </message>
    <message>
        <source>the claim no longer exists</source>
        <translation>de bewering bestaat niet meer</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: &quot;%2&quot; lies in the folder, left by another database. Move it away or choose another name.</source>
        <translation>Kan “%1” niet aanmaken: in de map staat “%2”, achtergelaten door een andere database. Verplaats het of kies een andere naam.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2.</source>
        <translation>Kan “%1” niet aanmaken: %2.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: after the update, %2.</source>
        <translation>Kan “%1” niet openen: na de bijwerking geldt: %2.</translation>
    </message>
    <message>
        <source>Could not save the change to &quot;%1&quot;: the project is open for reading only.</source>
        <translation>Kan de wijziging in “%1” niet opslaan: het project is alleen geopend om te lezen.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; while another program has it open: it was made by an older version of Kanttekening and is brought up to date when it is opened normally.</source>
        <translation>Kan “%1” niet lezen terwijl een ander programma het open heeft: het is gemaakt met een oudere versie van Kanttekening en wordt bijgewerkt wanneer het gewoon wordt geopend.</translation>
    </message>
</context>
<context>
    <name>ktk::SpellCheckDecorator</name>
    <message>
        <source>(No suggestions)</source>
        <extracomment>In the spelling context menu, when the dictionary knows no replacement</extracomment>
        <translation>(Geen suggesties)</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <extracomment>Adds the misspelled word to the user&apos;s personal word list</extracomment>
        <translation>Aan woordenboek toevoegen</translation>
    </message>
    <message>
        <source>Personal Dictionary</source>
        <translation>Persoonlijk woordenboek</translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>Stops marking the word until the program is closed</extracomment>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <extracomment>Turns marking of misspelled words on or off</extracomment>
        <translation>Spelling controleren</translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <extracomment>Submenu: the language the text is checked in</extracomment>
        <translation>Taal voor spellingcontrole</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <extracomment>Spelling language detected from the text; %1 is the language found now</extracomment>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <extracomment>A spelling language whose dictionary is missing; %1 is its name</extracomment>
        <translation>%1 (niet geïnstalleerd)</translation>
    </message>
    <message>
        <source>Add to Project Dictionary</source>
        <extracomment>Adds the misspelled word to the word list kept in the project file, shared with everyone who opens it</extracomment>
        <translation>Aan projectwoordenboek toevoegen</translation>
    </message>
    <message>
        <source>Project Dictionary</source>
        <extracomment>Title of a message box about the project&apos;s own word list</extracomment>
        <translation>Projectwoordenboek</translation>
    </message>
</context>
<context>
    <name>ktk::SpellingSettingsDialog</name>
    <message>
        <source>Spelling</source>
        <extracomment>Window title of the spelling settings</extracomment>
        <translation>Spellingcontrole</translation>
    </message>
    <message>
        <source>&amp;Check spelling as you type</source>
        <translation>&amp;Spelling controleren tijdens het typen</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>Standaard&amp;taal:</translation>
    </message>
    <message>
        <source>&amp;This project:</source>
        <extracomment>The spelling language of the open project</extracomment>
        <translation>Dit &amp;project:</translation>
    </message>
    <message>
        <source>Each note is checked in the language it is written in (Dutch or English). The default is used when a note is too short to tell, and decides between American and British English.</source>
        <translation>Elke notitie wordt gecontroleerd in de taal waarin die is geschreven (Nederlands of Engels). De standaardtaal geldt als een notitie te kort is om dat te bepalen, en beslist tussen Amerikaans en Brits Engels.</translation>
    </message>
    <message>
        <source>Dictionaries (%1):</source>
        <translation>Woordenboeken (%1):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Woordenboek</translation>
    </message>
    <message>
        <source>Words you add are kept in %1</source>
        <translation>Toegevoegde woorden worden bewaard in %1</translation>
    </message>
    <message>
        <source>Same as the default</source>
        <extracomment>Project spelling language: follow the user&apos;s default language</extracomment>
        <translation>Gelijk aan de standaardtaal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a language name, %2 says what to install</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Missing dictionaries are not used; the spelling of those languages is not checked. After installing, restart the program.</source>
        <translation>Ontbrekende woordenboeken worden niet gebruikt; de spelling in die talen wordt niet gecontroleerd. Start het programma na de installatie opnieuw.</translation>
    </message>
</context>
<context>
    <name>ktk::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu; %1 says what is undone, e.g. &quot;Edit note&quot;</extracomment>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu; %1 says what is redone, e.g. &quot;Edit note&quot;</extracomment>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;uitvoeren: %1</translation>
    </message>
</context>
<context>
    <name>ktk::WelcomePage</name>
    <message>
        <source>Welcome to Kanttekening</source>
        <translation>Welkom bij Kanttekening</translation>
    </message>
    <message>
        <source>Read policy texts, mark the claims they make, classify and check them. A project is a single file that holds your documents and every annotation; each change is saved at once.</source>
        <translation>Lees beleidsteksten, markeer de beweringen die erin worden gedaan, classificeer ze en controleer ze. Een project is één bestand met alle documenten en annotaties; elke wijziging wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <source>Create a new project…</source>
        <translation>Nieuw project aanmaken…</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <source>Try the sample project (a Dutch and an English article)</source>
        <translation>Voorbeeldproject uitproberen (een Nederlands en een Engels artikel)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
</context>
</TS>
