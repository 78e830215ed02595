<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add claim “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddClaimTypeCommand</name>
    <message>
        <source>Add claim type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDocumentsCommand</name>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <extracomment>%1 is what the user typed where a command (import, list, sample) was expected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import command needs a project file and at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: %1 (%2)</source>
        <extracomment>One line per imported file. %1 is the document&apos;s title, %2 the file it came from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <extracomment>%1 is a file, %2 why it could not be imported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list command needs exactly one project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample command needs exactly one project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not create the sample project %1: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created sample project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not create the project %1: a project file&apos;s name must end in .%2.</source>
        <extracomment>%1 is a file name, %2 the project file suffix (&quot;ktk&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 --help” to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [PROJECT.ktk]
       %1 import PROJECT.ktk FILE...
       %1 list PROJECT.ktk
       %1 sample PROJECT.ktk

Read policy articles and annotate the claims they make.
Without a command, opens the window, with PROJECT.ktk if given.

Commands:
  import   Import files into the project, creating it if missing.
           Files can be %2.
  list     Print the project&apos;s documents and claims as tab-separated text.
  sample   Create a project with two example articles and their claims.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit status: 0 on success; 1 when some files could not be imported or the
sample could not be made; 2 on a usage error or when the project cannot be
opened or created.
</source>
        <extracomment>Command line help. Keep the command names (import, list, sample) and the option names untranslated; PROJECT and FILE may be translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultCodebook</name>
    <message>
        <source>Factual claim</source>
        <extracomment>Claim type: a statement about how things are that can be checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement about how things are that can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causal claim</source>
        <extracomment>Claim type: X causes or leads to Y</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim that one thing causes or leads to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normative claim</source>
        <extracomment>Claim type: a judgement about how things ought to be</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement about how things ought to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <extracomment>Claim type: a claim about the future</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim about what will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy proposal</source>
        <extracomment>Claim type: a proposed measure or plan (in Dutch: beleidsvoorstel)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposed measure, plan or course of action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence or source</source>
        <extracomment>Claim type: data, research or a source offered in support of a claim</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data, research or a source offered in support of a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <extracomment>Claim type: a claim ascribed to a named person or organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim ascribed to a named person or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>“%1” is %2 MB; Kanttekening imports files of at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no file name extension, so Kanttekening cannot tell its format; supported are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a format Kanttekening cannot import (.%2); supported are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text file: its characters cannot be decoded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text file: it contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import: the pasted content holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted content</source>
        <extracomment>Stands in for a file name in messages about pasted content</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditClaimTypeCommand</name>
    <message>
        <source>Rename claim type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDocumentMetaCommand</name>
    <message>
        <source>Edit document details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFileCheck</name>
    <message>
        <source>Cannot open &quot;%1&quot;: the file does not exist. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a Kanttekening project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kanttekening project: it is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kanttekening project (it is a database made by another program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer version of Kanttekening (schema %2); this version reads up to %3. Update Kanttekening to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened safely (%2). Restore it from a backup; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>&quot;%1&quot; is already open in another window or program (%2, process %3 on %4). Close it there first.</source>
        <extracomment>%2 is a program name, %3 a process id, %4 a computer name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already open in another window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: could not create the lock file &quot;%2&quot;. The folder may be read-only; copy the project to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationsCommand</name>
    <message>
        <source>Delete claim “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveClaimTypeCommand</name>
    <message>
        <source>Delete claim type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>Remove document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderClaimTypesCommand</name>
    <message>
        <source>Reorder claim types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample article “%1” does not contain “%2” exactly once.</source>
        <extracomment>%1 is a document title, %2 a quotation from it. Only seen when the program itself is broken.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sample: no project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sample to %1: the project has no claim types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sample project %1: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Could not read the schema version of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer version of Kanttekening (schema %2); this version reads up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot; to the current schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot; to schema %2 (%3): %4. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update &quot;%1&quot;: the update left a reference in table %2 pointing nowhere. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn foreign keys back on for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; before updating it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; to &quot;%2&quot; before updating it: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>it refers to a document or claim type that no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item with the same id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in use by another program (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationStatus</name>
    <message>
        <source>Unchecked</source>
        <extracomment>Verification status of a claim: nobody has checked it yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <extracomment>Verification status of a claim: the evidence supports it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <extracomment>Verification status of a claim: sources disagree about it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <extracomment>Verification status of a claim: it has been shown to be untrue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <extracomment>Verification status of a claim: it cannot be checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::AnnotationPanel</name>
    <message>
        <source>This document</source>
        <extracomment>Panel scope: list the claims of the open document only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole project</source>
        <extracomment>Panel scope: list the claims of every document in the project</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes, notes, claimants and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>Type filter entry: do not filter by claim type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show claims of one type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show claims with one verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show claims with one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Status filter entry: do not filter by verification status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By position</source>
        <extracomment>Sort order: in reading order, document by document</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>Sort order: most recently created claims first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>Tag filter entry: do not filter by tag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <extracomment>Shown above the claim list, e.g. &quot;12 of 40 claims&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No document is open.
Open one, or list the claims of the whole project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims in this document yet.
Select a passage and choose a claim type to mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims in this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>Header menu title: choose which columns the claim list shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::AnnotationsModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::ClaimEditor</name>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Label of the claim type field in the claim editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <extracomment>Label of the verification status field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <extracomment>The person or organisation that makes the claim</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>The annotator&apos;s own note on the claim</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes this claim?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. climate, budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to edit it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::ClaimItemDelegate</name>
    <message>
        <source>not found in text</source>
        <extracomment>Shown for a claim whose quoted passage is no longer found in the document text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::ClaimTypeDelegate</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <extracomment>Shown next to a claim type that no claim has</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <extracomment>Window title: the list of claim types a project uses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 types can be applied with the number keys 1–%1, in this order. Double-click a name to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use this type, with an example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <extracomment>Button: choose the colour of the selected claim type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New type</source>
        <extracomment>Name given to a claim type just added, before the user renames it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::DeleteClaimTypeDialog</name>
    <message>
        <source>Delete Claim Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The claim type “%1” is used by %n claim(s). What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the claims too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Type and Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::DocumentMetadataDialog</name>
    <message>
        <source>Document Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author or publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <extracomment>Label of the date on which the document was published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <extracomment>Check box next to the publication date: the date is not known</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the ministry, newspaper or author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <extracomment>Language of a document that is neither Dutch nor English, or not known</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be saved. The project file may be read-only or the disk full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::DocumentNavigator</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::DocumentView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Tooltip over overlapping highlights, after the first three</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::DocumentsModel</name>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>Column header: number of claims in a document</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::FindBar</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find bar: which match is shown, e.g. &quot;3 of 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, continued from the top</source>
        <extracomment>Find bar: %1 of %2 as in &quot;3 of 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, continued from the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::MainWindow</name>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <extracomment>Menu of actions on claims (marked passages)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Between Dutch and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in %1 (Ctrl+Shift+L switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import text, Markdown or HTML files into the project (Ctrl+I); you can also drop files on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new document from the text on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the last undone change (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the document (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Claim</source>
        <extracomment>Toolbar action: turn the selected text into a claim</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a claim (Ctrl+M, or keys 1Ĺ for a claim type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;Types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, recolour, reorder or delete claim types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of This &amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of the Whole &amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kanttekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kanttekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanttekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no documents yet. Import files with Ctrl+I, drop them on the window, or paste text with Ctrl+Shift+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n file(s) were imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kanttekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kanttekening %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for policy texts: mark the claims an article makes, classify them, note who makes them and whether they hold up.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite. Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanttekening projects (*.ktk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File → Open Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a project first, then drop the documents on the window to import them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::ProjectStore</name>
    <message>
        <source>Could not save the change: no project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not switch to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim type needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim type &quot;%1&quot; has no valid colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim has no valid position in its document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: a file with that name already exists. Choose another name, or open the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: it has no schema version. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer version of Kanttekening (schema %2); this version reads up to %3. Update Kanttekening to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim type no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim type in the new order no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim type cannot take over its own claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ktk::WelcomePage</name>
    <message>
        <source>Welcome to Kanttekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read policy texts, mark the claims they make, classify and check them. A project is a single file that holds your documents and every annotation; each change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sample project (a Dutch and an English article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
