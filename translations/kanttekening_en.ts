<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddDocumentsCommand</name>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import %n document</numerusform>
            <numerusform>Import %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>exported: %1 (%2), %n claim(s)</source>
        <extracomment>%1 a document&apos;s title, %2 the PDF written, %3 how many claims</extracomment>
        <translation>
            <numerusform>exported: %1 (%2), %n claim</numerusform>
            <numerusform>exported: %1 (%2), %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n claim(s) of %1 had no place on its pages and are only in the appendix</source>
        <extracomment>%1 a document&apos;s title</extracomment>
        <translation>
            <numerusform>  %n claim of %1 had no place on its pages and is only in the appendix</numerusform>
            <numerusform>  %n claims of %1 had no place on its pages and are only in the appendix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message numerus="yes">
        <source>“%1” carries %n reviewer comment(s): Claims → Take Over Annotations and Comments makes claims of them.</source>
        <extracomment>%1 a file name. The menu names are those of the Claims menu.</extracomment>
        <translation>
            <numerusform>“%1” carries %n reviewer comment: Claims → Take Over Annotations and Comments makes claims of them.</numerusform>
            <numerusform>“%1” carries %n reviewer comments: Claims → Take Over Annotations and Comments makes claims of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationsCommand</name>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>Delete %n claim</numerusform>
            <numerusform>Delete %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeOverClaimsCommand</name>
    <message numerus="yes">
        <source>Take over %n annotation(s)</source>
        <translation>
            <numerusform>Take over %n annotation</numerusform>
            <numerusform>Take over %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::AnnotationPanel</name>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <extracomment>Shown above the claim list, e.g. &quot;12 of 40 claims&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation>
            <numerusform>Delete %n Claim</numerusform>
            <numerusform>Delete %n Claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::ClaimEditor</name>
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation>
            <numerusform>Delete %n Claim</numerusform>
            <numerusform>Delete %n Claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::ClaimTypeDelegate</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::DeleteClaimTypeDialog</name>
    <message numerus="yes">
        <source>The claim type “%1” is used by %n claim(s). What should happen to them?</source>
        <translation>
            <numerusform>The claim type “%1” is used by %n claim. What should happen to it?</numerusform>
            <numerusform>The claim type “%1” is used by %n claims. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::DocumentView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Tooltip over overlapping highlights, after the first three</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::DocumentsModel</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::ExportPdfDialog</name>
    <message numerus="yes">
        <source>The %n document(s) selected in the list</source>
        <translation>
            <numerusform>The document selected in the list</numerusform>
            <numerusform>The %n documents selected in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s), into a folder</source>
        <translation>
            <numerusform>The one document, into a folder</numerusform>
            <numerusform>All %n documents, into a folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>Imported %n document</numerusform>
            <numerusform>Imported %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n file(s) were imported.</source>
        <translation>
            <numerusform>The other %n file was imported.</numerusform>
            <numerusform>The other %n files were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove “%1” and its %n claim from the project? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Remove “%1” and its %n claims from the project? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took over %n annotation(s) as claims.</source>
        <translation>
            <numerusform>Took over %n annotation as a claim.</numerusform>
            <numerusform>Took over %n annotations as claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PDF carries %n annotation(s) made in another program.</source>
        <translation>
            <numerusform>This PDF carries %n annotation made in another program.</numerusform>
            <numerusform>This PDF carries %n annotations made in another program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported:</source>
        <translation>
            <numerusform>%n document could not be exported:</numerusform>
            <numerusform>%n documents could not be exported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to “%1”</source>
        <translation>
            <numerusform>Exported %n document to “%1”</numerusform>
            <numerusform>Exported %n documents to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) of “%1” had no place on its pages and are only in the appendix.</source>
        <translation>
            <numerusform>%n claim of “%1” had no place on its pages and is only in the appendix.</numerusform>
            <numerusform>%n claims of “%1” had no place on its pages and are only in the appendix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n claim(s) were carried across.</source>
        <translation>
            <numerusform>The claim was carried across.</numerusform>
            <numerusform>All %n claims were carried across.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could not be found in the new text: %1. They are kept as they were and marked as not found in the panel; undo (Ctrl+Z) or the other way of importing brings them back.</source>
        <translation>
            <numerusform>%n claim could not be found in the new text: %1. It is kept as it was and marked as not found in the panel; undo (Ctrl+Z) or the other way of importing brings it back.</numerusform>
            <numerusform>%n claims could not be found in the new text: %1. They are kept as they were and marked as not found in the panel; undo (Ctrl+Z) or the other way of importing brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This document carries %n comment(s) made by reviewers.</source>
        <translation>
            <numerusform>This document carries %n comment made by a reviewer.</numerusform>
            <numerusform>This document carries %n comments made by reviewers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took over %n comment(s) as claims.</source>
        <translation>
            <numerusform>Took over %n comment as a claim.</numerusform>
            <numerusform>Took over %n comments as claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) were left out: they mark a point rather than words, or their words are not in the text.</source>
        <translation>
            <numerusform>%n comment was left out: it marks a point rather than words, or its words are not in the text.</numerusform>
            <numerusform>%n comments were left out: they mark a point rather than words, or their words are not in the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) the project has already.</source>
        <translation>
            <numerusform>Skipped %n file the project has already.</numerusform>
            <numerusform>Skipped %n files the project has already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these files are in the project already:</source>
        <translation>
            <numerusform>%n of these files is in the project already:</numerusform>
            <numerusform>%n of these files are in the project already:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s) into the project “%1”?</source>
        <extracomment>%1 is the project&apos;s file name</extracomment>
        <translation>
            <numerusform>Import %n document into the project “%1”?</numerusform>
            <numerusform>Import %n documents into the project “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No project is open. Into which project should %n document(s) go?</source>
        <translation>
            <numerusform>No project is open. Into which project should the document go?</numerusform>
            <numerusform>No project is open. Into which project should %n documents go?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::PdfPageArea</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>Tooltip over overlapping highlights, after the first three</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
