<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%n backup(s) in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</source>
        <translation>
            <numerusform>%n backup in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</numerusform>
            <numerusform>%n backups in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s) match</source>
        <translation>
            <numerusform>%1 of %Ln practice matches</numerusform>
            <numerusform>%1 of %Ln practices match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message numerus="yes">
        <source>… %Ln more (Enter to show)</source>
        <translation>
            <numerusform>… %Ln more (Enter to show)</numerusform>
            <numerusform>… %Ln more (Enter to show)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the next %Ln practice(s) of %1</source>
        <translation>
            <numerusform>Show the next %Ln practice of %1</numerusform>
            <numerusform>Show the next %Ln practices of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <translation>
            <numerusform>%1, %n practice</numerusform>
            <numerusform>%1, %n practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n practice(s) match</source>
        <translation>
            <numerusform>%1, %2 of %n practice matches</numerusform>
            <numerusform>%1, %2 of %n practices match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message numerus="yes">
        <source>File structure: damaged, %Ln problem(s); the first:</source>
        <translation>
            <numerusform>File structure: damaged, %Ln problem; the first:</numerusform>
            <numerusform>File structure: damaged, %Ln problems; the first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>References: %Ln record(s) (%1) point to a missing %2.</source>
        <translation>
            <numerusform>References: %Ln record (%1) points to a missing %2.</numerusform>
            <numerusform>References: %Ln records (%1) point to a missing %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n record(s) exist in two versions. Open one to compare them and choose; until then both are kept.</source>
        <translation>
            <numerusform>%n record exists in two versions. Open one to compare them and choose; until then both are kept.</numerusform>
            <numerusform>%n records exist in two versions. Open one to compare them and choose; until then both are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %n conflict(s).</source>
        <translation>
            <numerusform>%1 new, %2 updated, %3 unchanged, %n conflict.</numerusform>
            <numerusform>%1 new, %2 updated, %3 unchanged, %n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownLimits</name>
    <message numerus="yes">
        <source>This text is long: showing the first %1 of %Ln character(s).</source>
        <translation>
            <numerusform>This text is long: showing the first %1 of %Ln character.</numerusform>
            <numerusform>This text is long: showing the first %1 of %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more row(s) not shown</source>
        <translation>
            <numerusform>… %Ln more row not shown</numerusform>
            <numerusform>… %Ln more rows not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table is long: showing %1 of its %Ln row(s).</source>
        <translation>
            <numerusform>A table is long: showing %1 of its %Ln row.</numerusform>
            <numerusform>A table is long: showing %1 of its %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message numerus="yes">
        <source>Tested in %1 of %Ln region(s)</source>
        <translation>
            <numerusform>Tested in %1 of %Ln region</numerusform>
            <numerusform>Tested in %1 of %Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) match the filter</source>
        <translation>
            <numerusform>%Ln practice matches the filter</numerusform>
            <numerusform>%Ln practices match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed test(s)</source>
        <translation>
            <numerusform>%Ln completed test</numerusform>
            <numerusform>%Ln completed tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%Ln note(s))</source>
        <translation>
            <numerusform>%1 %2 (%Ln note)</numerusform>
            <numerusform>%1 %2 (%Ln notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message numerus="yes">
        <source>%1: %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1: %Ln practice shown</numerusform>
            <numerusform>%1: %Ln practices shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tests %2 of the %Ln practice(s) of %3</source>
        <translation>
            <numerusform>%1 tests %2 of the %Ln practice of %3</numerusform>
            <numerusform>%1 tests %2 of the %Ln practices of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean score %1 (%Ln score(s))</source>
        <translation>
            <numerusform>mean score %1 (%Ln score)</numerusform>
            <numerusform>mean score %1 (%Ln scores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln completed</numerusform>
            <numerusform>%Ln completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3, %n note(s)</source>
        <translation>
            <numerusform>%1, %2: %3, %n note</numerusform>
            <numerusform>%1, %2: %3, %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message numerus="yes">
        <source>Saved the final catalogue, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Saved the final catalogue, %Ln practice, as %1: %2</numerusform>
            <numerusform>Saved the final catalogue, %Ln practices, as %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Saved the practices shown, %Ln practice, as %1: %2</numerusform>
            <numerusform>Saved the practices shown, %Ln practices, as %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Saved the final catalogue as an image (the first %1 of %Ln practice): %2</numerusform>
            <numerusform>Saved the final catalogue as an image (the first %1 of %Ln practices): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Saved the practices shown as an image (the first %1 of %Ln practice): %2</numerusform>
            <numerusform>Saved the practices shown as an image (the first %1 of %Ln practices): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln practice(s), %2</source>
        <translation>
            <numerusform>%1 — %Ln practice, %2</numerusform>
            <numerusform>%1 — %Ln practices, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are shown; the CSV and XLSX hold them all.</source>
        <translation>
            <numerusform>The first %Ln is shown; the CSV and XLSX hold them all.</numerusform>
            <numerusform>The first %Ln are shown; the CSV and XLSX hold them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixHeader</name>
    <message numerus="yes">
        <source>Practices tested here: %1 of the %Ln shown</source>
        <translation>
            <numerusform>Practices tested here: %1 of the %Ln shown</numerusform>
            <numerusform>Practices tested here: %1 of the %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, tests %2 of the %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1, tests %2 of the %Ln practice shown</numerusform>
            <numerusform>%1, tests %2 of the %Ln practices shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n note)</numerusform>
            <numerusform>(%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n note(s))</source>
        <translation>
            <numerusform>(%1 of %n note)</numerusform>
            <numerusform>(%1 of %n notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message numerus="yes">
        <source>%Ln planned</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln planned</numerusform>
            <numerusform>%Ln planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln in progress</numerusform>
            <numerusform>%Ln in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln completed</numerusform>
            <numerusform>%Ln completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln dropped</numerusform>
            <numerusform>%Ln dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the tree</source>
        <translation>
            <numerusform>… and %Ln more in the tree</numerusform>
            <numerusform>… and %Ln more in the tree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service category · %Ln practice(s)</source>
        <translation>
            <numerusform>Service category · %Ln practice</numerusform>
            <numerusform>Service category · %Ln practices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>Updating the search index: %1 of %Ln practice(s)</source>
        <translation>
            <numerusform>Updating the search index: %1 of %Ln practice</numerusform>
            <numerusform>Updating the search index: %1 of %Ln practices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %Ln conflict(s)</source>
        <translation>
            <numerusform>%1 new, %2 updated, %3 unchanged, %Ln conflict</numerusform>
            <numerusform>%1 new, %2 updated, %3 unchanged, %Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln refused</source>
        <translation>
            <numerusform>%1, %Ln refused</numerusform>
            <numerusform>%1, %Ln refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n change waits to be sent.</numerusform>
            <numerusform>%n changes wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message numerus="yes">
        <source>Imported %1: %2 new, %3 updated, %n conflict(s).</source>
        <translation>
            <numerusform>Imported %1: %2 new, %3 updated, %n conflict.</numerusform>
            <numerusform>Imported %1: %2 new, %3 updated, %n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n deleted note(s). Restore brings a note back to its practice.</source>
        <translation>
            <numerusform>%n deleted note. Restore brings a note back to its practice.</numerusform>
            <numerusform>%n deleted notes. Restore brings a note back to its practice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n note for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n notes for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
