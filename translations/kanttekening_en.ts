<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddDocumentsCommand</name>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationsCommand</name>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::AnnotationPanel</name>
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
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::ClaimEditor</name>
    <message numerus="yes">
        <source>Delete %n Claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>ktk::DeleteClaimTypeDialog</name>
    <message numerus="yes">
        <source>The claim type “%1” is used by %n claim(s). What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ktk::MainWindow</name>
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
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
