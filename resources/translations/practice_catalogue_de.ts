<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Browse the good practices of regional business clusters and record how each was field-tested in each partner region. Works offline; makes no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source of the catalogue.&lt;/b&gt; The fifteen practices in six service categories are those of the “15 Good Practices e-booklet” of &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, “Best shared services for regional cluster initiative needs”, 2009–2012), selected in an evaluation from January to June 2011 and announced by Tartu Science Park in the news item “15 best cluster practices e-book now available”. Facts the source does not give are left empty.&lt;/p&gt;&lt;p&gt;Partners: Belgium (Province of Namur, lead partner), Estonia (Tartu), Germany (Region Stuttgart), Malta, France, Slovenia and Greece.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Durchsuchen Sie die guten Praxisbeispiele regionaler Unternehmenscluster und halten Sie fest, wie jedes davon in den einzelnen Partnerregionen im Praxistest erprobt wurde. Funktioniert offline; greift nie auf das Netzwerk zu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quelle des Katalogs.&lt;/b&gt; Die fünfzehn Praxisbeispiele in sechs Servicekategorien stammen aus dem „15 Good Practices e-booklet“ von &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, „Best shared services for regional cluster initiative needs“, 2009–2012). Sie wurden in einer Bewertung von Januar bis Juni 2011 ausgewählt und vom Tartu Science Park in der Meldung „15 best cluster practices e-book now available“ bekannt gegeben. Angaben, die die Quelle nicht enthält, bleiben leer.&lt;/p&gt;&lt;p&gt;Partner: Belgien (Provinz Namur, federführender Partner), Estland (Tartu), Deutschland (Region Stuttgart), Malta, Frankreich, Slowenien und Griechenland.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Practice Catalogue</source>
        <translation>Über Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Filtersyntax</translation>
    </message>
    <message>
        <source>How to filter the catalogue</source>
        <translation>So filtern Sie den Katalog</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Beendet die Anwendung</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Merge notes from another laptop&apos;s exchange file (preview first)</source>
        <translation>Übernimmt Notizen aus der Austauschdatei eines anderen Laptops (mit Vorschau)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write an exchange file, a notes table or a report</source>
        <translation>Schreibt eine Austauschdatei, eine Notiztabelle oder einen Bericht</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Als &amp;PDF drucken…</translation>
    </message>
    <message>
        <source>A PDF report of the catalogue or a part of it</source>
        <translation>Erstellt einen PDF-Bericht über den Katalog oder einen Teil davon</translation>
    </message>
    <message>
        <source>Export &amp;Final Catalogue…</source>
        <translation>En&amp;dkatalog exportieren…</translation>
    </message>
    <message>
        <source>The practices selected for the final catalogue: PDF with evidence, or the matrix</source>
        <translation>Die für den Endkatalog ausgewählten Praxisbeispiele: als PDF mit Nachweisen oder als Matrix</translation>
    </message>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>Mit &amp;Server synchronisieren…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the catalogue server and fetch everyone else&apos;s</source>
        <translation>Sendet die Änderungen dieses Laptops an den Katalogserver und holt die Änderungen aller anderen</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Records kept in two versions, to settle</source>
        <translation>Datensätze, die in zwei Versionen vorliegen und geklärt werden müssen</translation>
    </message>
    <message>
        <source>Field-Test &amp;Matrix</source>
        <translation>Praxistest-&amp;Matrix</translation>
    </message>
    <message>
        <source>Which practice was tested where, and the evidence</source>
        <translation>Welches Praxisbeispiel wo getestet wurde, mit Nachweisen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
    <message>
        <source>Backup copies of this database; restore one</source>
        <translation>Sicherungen dieser Datenbank anzeigen und wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation>Prüft die Datenbankdatei auf Schäden</translation>
    </message>
    <message>
        <source>&amp;Unsaved Notes…</source>
        <translation>&amp;Nicht gespeicherte Notizen…</translation>
    </message>
    <message>
        <source>Notes that were being written when the program stopped</source>
        <translation>Notizen, die beim Beenden des Programms gerade bearbeitet wurden</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <source>Write a new test note for the selected practice</source>
        <translation>Schreibt eine neue Testnotiz zum ausgewählten Praxisbeispiel</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself as you type)</source>
        <translation>Speichert die Notiz sofort (sie wird auch während der Eingabe automatisch gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>Move the selected note to the trash (Ctrl+Z brings it back)</source>
        <translation>Verschiebt die ausgewählte Notiz in den Papierkorb (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Deleted notes, to restore or empty</source>
        <translation>Gelöschte Notizen wiederherstellen oder endgültig entfernen</translation>
    </message>
    <message>
        <source>Edit &amp;Practice</source>
        <translation>Praxisbeispiel &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit the texts of the selected practice (F2 again: done)</source>
        <translation>Bearbeitet die Texte des ausgewählten Praxisbeispiels (erneut F2: fertig)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Put the cursor in the filter box</source>
        <translation>Setzt den Cursor in das Filterfeld</translation>
    </message>
    <message>
        <source>&amp;Expand All Categories</source>
        <translation>Alle Kategorien &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All Categories</source>
        <translation>Alle Kategorien &amp;zuklappen</translation>
    </message>
    <message>
        <source>Go to &amp;Catalogue</source>
        <translation>Zum &amp;Katalog</translation>
    </message>
    <message>
        <source>Move focus to the tree</source>
        <translation>Setzt den Fokus auf die Baumansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Zu den &amp;Details</translation>
    </message>
    <message>
        <source>Move focus to the detail pane</source>
        <translation>Setzt den Fokus auf den Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Filter Syntax</source>
        <translation>&amp;Filtersyntax</translation>
    </message>
    <message>
        <source>How to write filter queries</source>
        <translation>So schreiben Sie Filterabfragen</translation>
    </message>
    <message>
        <source>&amp;About Practice Catalogue</source>
        <translation>&amp;Über Practice Catalogue</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Practice Catalogue databases (*.db *.sqlite);;All files (*)</source>
        <translation>Datenbanken von Practice Catalogue (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Start a New Database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>That file exists</source>
        <translation>Diese Datei existiert bereits</translation>
    </message>
    <message>
        <source>Choose a name that is not taken: nothing is overwritten.</source>
        <translation>Wählen Sie einen Namen, der noch nicht vergeben ist: Es wird nichts überschrieben.</translation>
    </message>
    <message>
        <source>Practice Catalogue</source>
        <translation>Practice Catalogue</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at start to %1</source>
        <translation>Beim Start gesichert in %1</translation>
    </message>
    <message>
        <source>Daily backup taken: %1</source>
        <translation>Tägliche Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before the file was upgraded</source>
        <translation>vor der Aktualisierung der Datei</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Sicherungskopien</translation>
    </message>
    <message>
        <source>When each copy was taken, its size and why</source>
        <translation>Wann jede Kopie erstellt wurde, ihre Größe und ihr Anlass</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Take a copy of the database now</source>
        <translation>Erstellt sofort eine Kopie der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Put the selected copy in place of the current contents</source>
        <translation>Ersetzt den aktuellen Inhalt durch die ausgewählte Kopie</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the backups in the file manager</source>
        <translation>Zeigt den Ordner mit den Sicherungen im Dateimanager an</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</source>
        <translation>
            <numerusform>%n Sicherung in %1. Aufbewahrt wird jeweils die neueste der letzten 7 Tage, 4 Wochen und 6 Monate.</numerusform>
            <numerusform>%n Sicherungen in %1. Aufbewahrt wird jeweils die neueste der letzten 7 Tage, 4 Wochen und 6 Monate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. One is taken when the application starts after a change, and every day while it runs.</source>
        <translation>Noch keine Sicherungen. Eine Sicherung wird erstellt, wenn die Anwendung nach einer Änderung startet, und täglich, solange sie läuft.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace the current contents with the backup taken %1?

The current contents are backed up first, so this can be undone.</source>
        <translation>Den aktuellen Inhalt durch die Sicherung vom %1 ersetzen?

Der aktuelle Inhalt wird vorher gesichert, sodass sich dieser Schritt rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CataloguePane</name>
    <message>
        <source>Practices by category</source>
        <translation>Praxisbeispiele nach Kategorie</translation>
    </message>
    <message>
        <source>Service categories and their practices. Arrow keys move, Right opens a category, Enter on a “more” row shows the next practices.</source>
        <translation>Servicekategorien und ihre Praxisbeispiele. Die Pfeiltasten bewegen die Auswahl, Pfeil rechts öffnet eine Kategorie, die Eingabetaste auf einer „weitere“-Zeile zeigt die nächsten Praxisbeispiele.</translation>
    </message>
    <message>
        <source>No matching practice</source>
        <translation>Kein passendes Praxisbeispiel</translation>
    </message>
    <message>
        <source>No practice matches “%1”.

Check the spelling, remove a word, or press Esc to clear the filter.</source>
        <translation>Kein Praxisbeispiel passt zu „%1“.

Prüfen Sie die Schreibweise, entfernen Sie ein Wort oder drücken Sie Esc, um den Filter zu löschen.</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <source>%1 in %2</source>
        <comment>practices in categories</comment>
        <extracomment>%1 is &quot;15 practices&quot;, %2 is &quot;6 categories&quot;.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln Praxisbeispiel</numerusform>
            <numerusform>%Ln Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln Kategorie</numerusform>
            <numerusform>%Ln Kategorien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s) match</source>
        <translation>
            <numerusform>Treffer: %1 von %Ln Praxisbeispiel</numerusform>
            <numerusform>Treffer: %1 von %Ln Praxisbeispielen</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice matches</source>
        <translation>Kein Praxisbeispiel passt</translation>
    </message>
    <message>
        <source>%1 · ignored: %2</source>
        <translation>%1 · ignoriert: %2</translation>
    </message>
    <message>
        <source>%1 · the search index is still being updated: some matches may be missing</source>
        <translation>%1 · der Suchindex wird noch aktualisiert: Einige Treffer fehlen möglicherweise</translation>
    </message>
    <message>
        <source>The filter failed: %1</source>
        <translation>Der Filter ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more (Enter to show)</source>
        <translation>
            <numerusform>… %Ln weiteres (Eingabetaste zum Anzeigen)</numerusform>
            <numerusform>… %Ln weitere (Eingabetaste zum Anzeigen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the next %Ln practice(s) of %1</source>
        <translation>
            <numerusform>%Ln weiteres Praxisbeispiel aus %1 anzeigen</numerusform>
            <numerusform>%Ln weitere Praxisbeispiele aus %1 anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <translation>
            <numerusform>%1, %n Praxisbeispiel</numerusform>
            <numerusform>%1, %n Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n practice(s) match</source>
        <translation>
            <numerusform>%1, Treffer: %2 von %n Praxisbeispiel</numerusform>
            <numerusform>%1, Treffer: %2 von %n Praxisbeispielen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>test note</source>
        <translation>Testnotiz</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1.</source>
        <translation>Die Datei kann nicht als Datenbank gelesen werden: %1.</translation>
    </message>
    <message>
        <source>File structure: sound (SQLite integrity check passed).</source>
        <translation>Dateistruktur: intakt (SQLite-Integritätsprüfung bestanden).</translation>
    </message>
    <message numerus="yes">
        <source>File structure: damaged, %Ln problem(s); the first:</source>
        <translation>
            <numerusform>Dateistruktur: beschädigt, %Ln Problem:</numerusform>
            <numerusform>Dateistruktur: beschädigt, %Ln Probleme; die ersten:</numerusform>
        </translation>
    </message>
    <message>
        <source>References: every note, practice and region it points to exists.</source>
        <translation>Verweise: Alle Notizen, Praxisbeispiele und Regionen, auf die verwiesen wird, sind vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>References: %Ln record(s) (%1) point to a missing %2.</source>
        <translation>
            <numerusform>Verweise: %Ln Datensatz (%1) verweist auf einen fehlenden Eintrag (%2).</numerusform>
            <numerusform>Verweise: %Ln Datensätze (%1) verweisen auf fehlende Einträge (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: consistent.</source>
        <translation>Suchindex: konsistent.</translation>
    </message>
    <message>
        <source>Search index: not checked (the file is read-only).</source>
        <translation>Suchindex: nicht geprüft (die Datei ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>Search index: damaged (%1); &apos;practice-catalogue check --repair&apos; rebuilds it.</source>
        <translation>Suchindex: beschädigt (%1); „practice-catalogue check --repair“ baut ihn neu auf.</translation>
    </message>
    <message>
        <source>Contents: %1 practices, %2 notes, %3 in the trash.</source>
        <translation>Inhalt: %1 Praxisbeispiele, %2 Notizen, %3 im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Date: %1   Status: %2</source>
        <translation>Datum: %1   Status: %2</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Added value (clusters / agencies / enterprises): %1</source>
        <translation>Mehrwert (Cluster / Agenturen / Unternehmen): %1</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Stored version (revision %1)</source>
        <translation>Gespeicherte Version (Revision %1)</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Gespeicherte Version</translation>
    </message>
    <message>
        <source>Deleted for good.</source>
        <translation>Endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Your version (kept from %1)</source>
        <translation>Ihre Version (aufbewahrt aus %1)</translation>
    </message>
    <message>
        <source>Your version (kept from this window)</source>
        <translation>Ihre Version (aufbewahrt aus diesem Fenster)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This note was changed elsewhere while you edited it. Both versions are kept.</source>
        <translation>Diese Notiz wurde an anderer Stelle geändert, während Sie sie bearbeitet haben. Beide Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>An import found this note changed on both sides. The version edited last is shown; the other is kept as a copy.</source>
        <translation>Beim Import hat sich gezeigt, dass diese Notiz auf beiden Seiten geändert wurde. Angezeigt wird die zuletzt bearbeitete Version; die andere bleibt als Kopie erhalten.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Andere behalten</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Use the &amp;Other Version</source>
        <translation>&amp;Andere Version verwenden</translation>
    </message>
    <message>
        <source>Keep &amp;This One</source>
        <translation>&amp;Diese behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Save your version over the other one</source>
        <translation>Speichert Ihre Version anstelle der anderen</translation>
    </message>
    <message>
        <source>Show the other version; yours stays on record</source>
        <translation>Zeigt die andere Version an; Ihre bleibt gespeichert</translation>
    </message>
    <message>
        <source>Save your version as a separate note</source>
        <translation>Speichert Ihre Version als eigene Notiz</translation>
    </message>
    <message>
        <source>Put the version kept aside in place of the one shown</source>
        <translation>Übernimmt die als Kopie erhaltene Version anstelle der angezeigten</translation>
    </message>
    <message>
        <source>Keep the version shown; the other stays on record</source>
        <translation>Behält die angezeigte Version; die andere bleibt gespeichert</translation>
    </message>
    <message>
        <source>Add the version kept aside as a separate note</source>
        <translation>Fügt die als Kopie erhaltene Version als eigene Notiz hinzu</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Show the two versions side by side</source>
        <translation>Zeigt beide Versionen nebeneinander an</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Where the other version came from</source>
        <translation>Herkunft der anderen Version</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Records in two versions</source>
        <translation>Datensätze in zwei Versionen</translation>
    </message>
    <message>
        <source>Enter opens the chosen record to compare and settle it</source>
        <translation>Die Eingabetaste öffnet den gewählten Datensatz zum Vergleichen und Klären</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exist in two versions. Open one to compare them and choose; until then both are kept.</source>
        <translation>
            <numerusform>%n Datensatz liegt in zwei Versionen vor. Öffnen Sie ihn, um die Versionen zu vergleichen und eine zu wählen; bis dahin bleiben beide erhalten.</numerusform>
            <numerusform>%n Datensätze liegen in zwei Versionen vor. Öffnen Sie einen davon, um die Versionen zu vergleichen und eine zu wählen; bis dahin bleiben beide erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every record has one version.</source>
        <translation>Keine Konflikte: Jeder Datensatz liegt in nur einer Version vor.</translation>
    </message>
    <message>
        <source>Practice (gone)</source>
        <translation>Praxisbeispiel (nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Praxisbeispiel: %1</translation>
    </message>
    <message>
        <source>Note (deleted for good)</source>
        <translation>Notiz (endgültig gelöscht)</translation>
    </message>
    <message>
        <source>Note on %1 (%2): %3</source>
        <translation>Notiz zu %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Nicht gespeicherte Notizen</translation>
    </message>
    <message>
        <source>These notes were being written when the application last stopped, and were not saved. Open one to finish it (it is saved as soon as it is valid), or discard it.</source>
        <translation>Diese Notizen wurden gerade geschrieben, als die Anwendung zuletzt beendet wurde, und sind nicht gespeichert. Öffnen Sie eine, um sie fertigzustellen (sie wird gespeichert, sobald sie gültig ist), oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Enter opens the chosen note to finish it</source>
        <translation>Die Eingabetaste öffnet die gewählte Notiz zum Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Keep the drafts; File → Unsaved Notes shows them again</source>
        <translation>Behält die Entwürfe; Datei → Nicht gespeicherte Notizen zeigt sie wieder an</translation>
    </message>
    <message>
        <source>(practice gone)</source>
        <translation>(Praxisbeispiel nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <source>Discard this unsaved note?</source>
        <translation>Diese nicht gespeicherte Notiz verwerfen?</translation>
    </message>
    <message>
        <source>The text of this draft will be gone for good.</source>
        <translation>Der Text dieses Entwurfs geht endgültig verloren.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten: %1</translation>
    </message>
    <message>
        <source>Your notes are saved as you type, so nothing should be lost. The details are in the log file; please send them to whoever supports this application.</source>
        <translation>Ihre Notizen werden während der Eingabe gespeichert, daher sollte nichts verloren gegangen sein. Die Details stehen in der Protokolldatei; bitte senden Sie sie an die Person, die diese Anwendung betreut.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the error&apos;s details to the clipboard, to send them</source>
        <translation>Kopiert die Fehlerdetails in die Zwischenablage, damit Sie sie weitergeben können</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exchange file for another laptop (JSON)</source>
        <translation>Austauschdatei für einen anderen Laptop (JSON)</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Austauschdateien (*.json)</translation>
    </message>
    <message>
        <source>Notes as a table (CSV)</source>
        <translation>Notizen als Tabelle (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Notes as a spreadsheet (XLSX)</source>
        <translation>Notizen als Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Report to print or send (PDF)</source>
        <translation>Bericht zum Drucken oder Versenden (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Als PDF drucken</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What to write: an exchange file, a table or a report</source>
        <translation>Was geschrieben wird: eine Austauschdatei, eine Tabelle oder ein Bericht</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Nur „%1“</translation>
    </message>
    <message>
        <source>Only one practice</source>
        <translation>Nur ein Praxisbeispiel</translation>
    </message>
    <message>
        <source>Only the practice shown in the detail pane</source>
        <translation>Nur das im Detailbereich angezeigte Praxisbeispiel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Wählt die Datei, in die geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which part&lt;/b&gt; (leave as is for everything)</source>
        <translation>&lt;b&gt;Welcher Teil&lt;/b&gt; (für alles unverändert lassen)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Notes &amp;from</source>
        <translation>Notizen &amp;von</translation>
    </message>
    <message>
        <source>Notes &amp;until</source>
        <translation>Notizen &amp;bis</translation>
    </message>
    <message>
        <source>Limit the notes&apos; start date</source>
        <translation>Begrenzt das früheste Datum der Notizen</translation>
    </message>
    <message>
        <source>Limit the notes&apos; end date</source>
        <translation>Begrenzt das späteste Datum der Notizen</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Notizen von</translation>
    </message>
    <message>
        <source>Notes until</source>
        <translation>Notizen bis</translation>
    </message>
    <message>
        <source>Up and Down change the part of the date at the cursor</source>
        <translation>Pfeil hoch und Pfeil runter ändern den Teil des Datums an der Cursorposition</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Choose the region where the test took place.</source>
        <translation>Wählen Sie die Region, in der der Test stattfand.</translation>
    </message>
    <message>
        <source>This region no longer exists; choose another.</source>
        <translation>Diese Region gibt es nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Enter the date of the test, e.g. 2012-03-01.</source>
        <translation>Geben Sie das Datum des Tests ein, z. B. 2012-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2012-03-01 or 1.3.2012.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2012-03-01 oder 1.3.2012.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Wählen Sie einen Status.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>One line of at most %1 characters.</source>
        <translation>Eine Zeile mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: “%1” is not a whole number from %2 to %3.</source>
        <translation>Mehrwert für Clusterinitiativen: „%1“ ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: “%1” is not a whole number from %2 to %3.</source>
        <translation>Mehrwert für Entwicklungsagenturen: „%1“ ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: “%1” is not a whole number from %2 to %3.</source>
        <translation>Mehrwert für Unternehmen: „%1“ ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Mehrwert für Clusterinitiativen: %1 liegt außerhalb des Bereichs; Bewertungen reichen von %2 bis %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Mehrwert für Entwicklungsagenturen: %1 liegt außerhalb des Bereichs; Bewertungen reichen von %2 bis %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Mehrwert für Unternehmen: %1 liegt außerhalb des Bereichs; Bewertungen reichen von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>FilterEdit</name>
    <message>
        <source>Type words to filter practices and their test notes (all words must match).
&quot;quoted phrase&quot; — those words in that order
-word — leave out practices that mention it
category:expansion  region:tartu  status:completed  type:partnership
Case and accents do not matter. Esc clears the filter.</source>
        <extracomment>Keep &quot;category:expansion region:tartu…&quot; as it is: the query words are English in every language. &quot;quoted phrase&quot; and &quot;-word&quot; may be translated.</extracomment>
        <translation>Geben Sie Wörter ein, um Praxisbeispiele und ihre Testnotizen zu filtern (alle Wörter müssen passen).
&quot;Wortgruppe in Anführungszeichen&quot; – diese Wörter in dieser Reihenfolge
-wort – Praxisbeispiele ausschließen, die es enthalten
category:expansion  region:tartu  status:completed  type:partnership
Groß-/Kleinschreibung und Akzente spielen keine Rolle. Esc löscht den Filter.</translation>
    </message>
    <message>
        <source>Filter practices</source>
        <translation>Praxisbeispiele filtern</translation>
    </message>
    <message>
        <source>Shows only the practices whose titles, texts or test notes hold every word typed; case and accents are ignored. Down or Enter moves into the tree, Esc clears the filter.</source>
        <translation>Zeigt nur die Praxisbeispiele, deren Titel, Texte oder Testnotizen alle eingegebenen Wörter enthalten; Groß-/Kleinschreibung und Akzente werden ignoriert. Pfeil runter oder die Eingabetaste wechselt in die Baumansicht, Esc löscht den Filter.</translation>
    </message>
    <message>
        <source>Filter practices and notes…  (%1)</source>
        <translation>Praxisbeispiele und Notizen filtern…  (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated (newer in the file)</source>
        <translation>aktualisiert (in der Datei neuer)</translation>
    </message>
    <message>
        <source>conflict: changed on both sides, both versions kept</source>
        <translation>Konflikt: auf beiden Seiten geändert, beide Versionen bleiben erhalten</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Änderungen, die der Import vornehmen würde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Abbrechen: nichts importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Importiert diese Änderungen</translation>
    </message>
    <message>
        <source>… and %1 more (the list shows the first %2).</source>
        <translation>… und %1 weitere (die Liste zeigt die ersten %2).</translation>
    </message>
    <message>
        <source>Everything in this file is already here: nothing to import.</source>
        <translation>Alles aus dieser Datei ist bereits vorhanden: Es gibt nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %n conflict(s).</source>
        <translation>
            <numerusform>%1 neu, %2 aktualisiert, %3 unverändert, %n Konflikt.</numerusform>
            <numerusform>%1 neu, %2 aktualisiert, %3 unverändert, %n Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each conflict the version edited last is shown and the other is kept as a copy: Edit → Conflicts lets you settle them.</source>
        <translation>Bei jedem Konflikt wird die zuletzt bearbeitete Version angezeigt und die andere als Kopie aufbewahrt: Unter Bearbeiten → Konflikte können Sie die Konflikte klären.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the language of the computer</source>
        <translation>Verwendet die Sprache des Computers</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Practice Catalogue will speak %1 from its next start.</source>
        <translation>Practice Catalogue verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Restart now? Your notes are saved first; nothing typed is lost.</source>
        <translation>Jetzt neu starten? Ihre Notizen werden vorher gespeichert; keine Eingabe geht verloren.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Practice Catalogue (read-only)</source>
        <translation>%1 – Practice Catalogue (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — Practice Catalogue</source>
        <translation>%1 – Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Filterergebnis</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Preparing this text…</source>
        <translation>Text wird vorbereitet…</translation>
    </message>
    <message>
        <source>image not loaded: %1</source>
        <translation>Bild nicht geladen: %1</translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation>Bild nicht geladen</translation>
    </message>
</context>
<context>
    <name>MarkdownLimits</name>
    <message numerus="yes">
        <source>This text is long: showing the first %1 of %Ln character(s).</source>
        <translation>
            <numerusform>Dieser Text ist lang: Angezeigt werden die ersten %1 von %Ln Zeichen.</numerusform>
            <numerusform>Dieser Text ist lang: Angezeigt werden die ersten %1 von %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more row(s) not shown</source>
        <translation>
            <numerusform>… %Ln weitere Zeile nicht angezeigt</numerusform>
            <numerusform>… %Ln weitere Zeilen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table is long: showing %1 of its %Ln row(s).</source>
        <translation>
            <numerusform>Eine Tabelle ist lang: Angezeigt werden %1 von %Ln Zeile.</numerusform>
            <numerusform>Eine Tabelle ist lang: Angezeigt werden %1 von %Ln Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message numerus="yes">
        <source>Tested in %1 of %Ln region(s)</source>
        <translation>
            <numerusform>In %1 von %Ln Region getestet</numerusform>
            <numerusform>In %1 von %Ln Regionen getestet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see its evidence.</source>
        <translation>Wählen Sie ein Praxisbeispiel, um seine Nachweise zu sehen.</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>Clusterinitiativen</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>Entwicklungsagenturen</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>A cell: the most advanced status of its notes, and how many. Under a region&apos;s name: how many of these practices it tests. Totals count a region only when its notes are not all dropped.</source>
        <translation>Eine Zelle: der am weitesten fortgeschrittene Status ihrer Notizen und deren Anzahl. Unter dem Namen einer Region: wie viele dieser Praxisbeispiele sie testet. Summen zählen eine Region nur, wenn nicht alle ihre Notizen abgebrochen sind.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>What the symbols and colours of the cells mean</source>
        <translation>Bedeutung der Symbole und Farben in den Zellen</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <source>No practice matches the filter of the main window.

Change or clear the filter there (Esc in the filter box) to see practices here.</source>
        <translation>Kein Praxisbeispiel passt zum Filter des Hauptfensters.

Ändern oder löschen Sie den Filter dort (Esc im Filterfeld), um hier Praxisbeispiele zu sehen.</translation>
    </message>
    <message>
        <source>Evidence of the practice</source>
        <translation>Nachweise zum Praxisbeispiel</translation>
    </message>
    <message>
        <source>Tests, notes, scores and latest outcomes of the current practice</source>
        <translation>Tests, Notizen, Bewertungen und neueste Ergebnisse des aktuellen Praxisbeispiels</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) match the filter</source>
        <translation>
            <numerusform>%Ln Praxisbeispiel passt zum Filter</numerusform>
            <numerusform>%Ln Praxisbeispiele passen zum Filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln Praxisbeispiel</numerusform>
            <numerusform>%Ln Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the evidence for totals and sorting…</source>
        <translation>Nachweise werden für Summen und Sortierung gezählt…</translation>
    </message>
    <message>
        <source>the order follows once counted</source>
        <translation>die Sortierung folgt nach dem Zählen</translation>
    </message>
    <message>
        <source>%1 — selected for the final catalogue</source>
        <translation>%1 – für den Endkatalog ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed test(s)</source>
        <translation>
            <numerusform>%Ln abgeschlossener Test</numerusform>
            <numerusform>%Ln abgeschlossene Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>Added value (mean of 0–5): %1</source>
        <translation>Mehrwert (Mittelwert, Skala 0–5): %1</translation>
    </message>
    <message>
        <source>Latest outcomes:</source>
        <translation>Neueste Ergebnisse:</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>No outcome written yet.</source>
        <translation>Noch kein Ergebnis eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%Ln note(s))</source>
        <translation>
            <numerusform>%1 %2 (%Ln Notiz)</numerusform>
            <numerusform>%1 %2 (%Ln Notizen)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be marked: %2</source>
        <translation>„%1“ konnte nicht markiert werden: %2</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Testmatrix</translation>
    </message>
    <message>
        <source>Practices down, regions across. Arrow keys move from cell to cell; Home goes to the Selected column, where Space selects or unselects the practice for the final catalogue; Enter opens the notes of a cell; a header click sorts by it.</source>
        <translation>Praxisbeispiele in den Zeilen, Regionen in den Spalten. Die Pfeiltasten wechseln von Zelle zu Zelle; Pos1 springt in die Spalte „Ausgewählt“, wo die Leertaste das Praxisbeispiel für den Endkatalog auswählt oder abwählt; die Eingabetaste öffnet die Notizen einer Zelle; ein Klick auf eine Spaltenüberschrift sortiert danach.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Field-test matrix</source>
        <translation>Praxistest-Matrix</translation>
    </message>
    <message>
        <source>Which practice was tested where</source>
        <translation>Welches Praxisbeispiel wo getestet wurde</translation>
    </message>
    <message>
        <source>Field-test matrix — Practice Catalogue</source>
        <translation>Praxistest-Matrix – Practice Catalogue</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Ausgewählte Praxisbeispiele</translation>
    </message>
    <message>
        <source>How many practices are selected for the final catalogue</source>
        <translation>Wie viele Praxisbeispiele für den Endkatalog ausgewählt sind</translation>
    </message>
    <message>
        <source>Matrix status</source>
        <translation>Matrixstatus</translation>
    </message>
    <message>
        <source>How many practices the matrix shows, and what is being counted</source>
        <translation>Wie viele Praxisbeispiele die Matrix zeigt und was gerade gezählt wird</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>The evidence could not be counted: %1</source>
        <translation>Die Nachweise konnten nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection Not Saved</source>
        <translation>Auswahl nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message numerus="yes">
        <source>%1: %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1: %Ln Praxisbeispiel angezeigt</numerusform>
            <numerusform>%1: %Ln Praxisbeispiele angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tests %2 of the %Ln practice(s) of %3</source>
        <translation>
            <numerusform>%1 testet %2 von %Ln Praxisbeispiel aus %3</numerusform>
            <numerusform>%1 testet %2 von %Ln Praxisbeispielen aus %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>%1: selected</source>
        <translation>%1: ausgewählt</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: nicht ausgewählt</translation>
    </message>
    <message>
        <source>Space selects or unselects it for the final catalogue</source>
        <translation>Die Leertaste wählt es für den Endkatalog aus oder ab</translation>
    </message>
    <message>
        <source>Enter opens the notes of this practice</source>
        <translation>Die Eingabetaste öffnet die Notizen zu diesem Praxisbeispiel</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>mean score %1 (%Ln score(s))</source>
        <translation>
            <numerusform>Durchschnittsbewertung %1 (%Ln Bewertung)</numerusform>
            <numerusform>Durchschnittsbewertung %1 (%Ln Bewertungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln abgeschlossen</numerusform>
            <numerusform>%Ln abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: not tested</source>
        <translation>%1, %2: nicht getestet</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3, %n note(s)</source>
        <translation>
            <numerusform>%1, %2: %3, %n Notiz</numerusform>
            <numerusform>%1, %2: %3, %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the notes of this cell</source>
        <translation>Die Eingabetaste öffnet die Notizen dieser Zelle</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Noch keine Notizen</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open these notes</source>
        <translation>Doppelklick öffnet diese Notizen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no outcome written)</source>
        <translation>(kein Ergebnis eingetragen)</translation>
    </message>
    <message>
        <source>%1 %2 · %3: %4</source>
        <translation>%1 %2 · %3: %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>keine Notizen</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message numerus="yes">
        <source>Saved the final catalogue, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Endkatalog mit %Ln Praxisbeispiel als %1 gespeichert: %2</numerusform>
            <numerusform>Endkatalog mit %Ln Praxisbeispielen als %1 gespeichert: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Angezeigtes Praxisbeispiel (%Ln) als %1 gespeichert: %2</numerusform>
            <numerusform>Angezeigte Praxisbeispiele (%Ln) als %1 gespeichert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: give a name ending in .png, .csv or .xlsx</source>
        <translation>%1: Geben Sie einen Namen mit der Endung .png, .csv oder .xlsx an</translation>
    </message>
    <message>
        <source>Field-test matrix: the final catalogue</source>
        <translation>Praxistest-Matrix: der Endkatalog</translation>
    </message>
    <message>
        <source>Field-test matrix: the practices shown</source>
        <translation>Praxistest-Matrix: die angezeigten Praxisbeispiele</translation>
    </message>
    <message>
        <source>Saved the final catalogue as an image: %1</source>
        <translation>Endkatalog als Bild gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the practices shown as an image: %1</source>
        <translation>Angezeigte Praxisbeispiele als Bild gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Endkatalog als Bild gespeichert (die ersten %1 von %Ln Praxisbeispiel): %2</numerusform>
            <numerusform>Endkatalog als Bild gespeichert (die ersten %1 von %Ln Praxisbeispielen): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Angezeigte Praxisbeispiele als Bild gespeichert (die ersten %1 von %Ln Praxisbeispiel): %2</numerusform>
            <numerusform>Angezeigte Praxisbeispiele als Bild gespeichert (die ersten %1 von %Ln Praxisbeispielen): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the field-test matrix</source>
        <translation>Praxistest-Matrix exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the matrix as PNG, CSV or XLSX</source>
        <translation>Exportiert die Matrix als PNG, CSV oder XLSX</translation>
    </message>
    <message>
        <source>&amp;Final catalogue (selected practices)…</source>
        <translation>&amp;Endkatalog (ausgewählte Praxisbeispiele)…</translation>
    </message>
    <message>
        <source>&amp;Practices shown here…</source>
        <translation>Hier angezeigte &amp;Praxisbeispiele…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln practice(s), %2</source>
        <translation>
            <numerusform>%1 – %Ln Praxisbeispiel, %2</numerusform>
            <numerusform>%1 – %Ln Praxisbeispiele, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are shown; the CSV and XLSX hold them all.</source>
        <translation>
            <numerusform>Nur %Ln wird angezeigt; die CSV- und XLSX-Datei enthalten alle.</numerusform>
            <numerusform>Nur die ersten %Ln werden angezeigt; die CSV- und XLSX-Datei enthalten alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>MatrixHeader</name>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>Practices by category</source>
        <translation>Praxisbeispiele nach Kategorie</translation>
    </message>
    <message>
        <source>Practices tested here: counting…</source>
        <translation>Hier getestete Praxisbeispiele: wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>Practices tested here: %1 of the %Ln shown</source>
        <translation>
            <numerusform>Hier getestete Praxisbeispiele: %1 von %Ln angezeigten</numerusform>
            <numerusform>Hier getestete Praxisbeispiele: %1 von %Ln angezeigten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, counting the practices tested</source>
        <translation>%1, getestete Praxisbeispiele werden gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%1, tests %2 of the %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1, testet %2 von %Ln angezeigten Praxisbeispiel</numerusform>
            <numerusform>%1, testet %2 von %Ln angezeigten Praxisbeispielen</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Regions testing the practice (a note that is not dropped)</source>
        <translation>Regionen, die das Praxisbeispiel testen (mit mindestens einer nicht abgebrochenen Notiz)</translation>
    </message>
    <message>
        <source>Completed tests: notes whose status is completed</source>
        <translation>Abgeschlossene Tests: Notizen mit dem Status „abgeschlossen“</translation>
    </message>
    <message>
        <source>Mean added-value score (0–5) over every score set, and how many</source>
        <translation>Durchschnittliche Mehrwert-Bewertung (0–5) über alle vergebenen Bewertungen und deren Anzahl</translation>
    </message>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Für den Endkatalog ausgewählt</translation>
    </message>
</context>
<context>
    <name>MatrixOrder</name>
    <message>
        <source>Catalogue order</source>
        <translation>Katalogreihenfolge</translation>
    </message>
    <message>
        <source>Most regions testing</source>
        <translation>Meiste testende Regionen</translation>
    </message>
    <message>
        <source>Most completed tests</source>
        <translation>Meiste abgeschlossene Tests</translation>
    </message>
    <message>
        <source>Highest mean score</source>
        <translation>Höchste Durchschnittsbewertung</translation>
    </message>
    <message>
        <source>Selected first</source>
        <translation>Ausgewählte zuerst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Order of the practices within each category</source>
        <translation>Reihenfolge der Praxisbeispiele innerhalb jeder Kategorie</translation>
    </message>
    <message>
        <source>By %1 ↓</source>
        <translation>Nach %1 ↓</translation>
    </message>
    <message>
        <source>By %1 ↑</source>
        <translation>Nach %1 ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>This database is read-only: the file or the medium it is on does not allow changes. You can browse, filter and export; writing notes is switched off.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Die Datei oder das Medium, auf dem sie liegt, lässt keine Änderungen zu. Sie können den Katalog durchsuchen, filtern und exportieren; das Schreiben von Notizen ist deaktiviert.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move practice to another category</source>
        <translation>Praxisbeispiel in eine andere Kategorie verschieben</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move %1 out of “%2” into:</source>
        <translation>%1 aus „%2“ verschieben nach:</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note editor</source>
        <translation>Notizeditor</translation>
    </message>
    <message>
        <source>The selected test note</source>
        <translation>Die ausgewählte Testnotiz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Region where the practice was tested</source>
        <translation>Region, in der das Praxisbeispiel getestet wurde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of the test, e.g. 2012-03-01 or 1.3.2012</source>
        <translation>Datum des Tests, z. B. 2012-03-01 oder 1.3.2012</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: the ISO date format</comment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How far the test got</source>
        <translation>Wie weit der Test fortgeschritten ist</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who wrote the note</source>
        <translation>Wer die Notiz verfasst hat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The outcome of the test, in one line</source>
        <translation>Das Ergebnis des Tests in einer Zeile</translation>
    </message>
    <message>
        <source>The outcome, in one line</source>
        <translation>Das Ergebnis in einer Zeile</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>The note itself, in Markdown. Tab moves on to the next field.</source>
        <translation>Die Notiz selbst, in Markdown. Tab wechselt zum nächsten Feld.</translation>
    </message>
    <message>
        <source>What happened? Markdown works: # heading, *emphasis*, - lists, | tables |</source>
        <translation>Was ist passiert? Markdown funktioniert: # Überschrift, *Betonung*, - Listen, | Tabellen |</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
    <message>
        <source>The note as it will read</source>
        <translation>Die Notiz, wie sie später aussieht</translation>
    </message>
    <message>
        <source>Note text and preview</source>
        <translation>Notiztext und Vorschau</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Text or preview</source>
        <translation>Text oder Vorschau</translation>
    </message>
    <message>
        <source>Write the note as text, or read it as it will print</source>
        <translation>Schreiben Sie die Notiz als Text oder lesen Sie sie so, wie sie gedruckt wird</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Mehrwert</translation>
    </message>
    <message>
        <source>Added value of the practice, 0 to 5, as scored in the selection method: for cluster initiatives, for development agencies, for enterprises. Empty: not scored.</source>
        <translation>Mehrwert des Praxisbeispiels von 0 bis 5, bewertet wie im Auswahlverfahren: für Clusterinitiativen, für Entwicklungsagenturen, für Unternehmen. Leer: nicht bewertet.</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Region wählen…</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Region hinzufügen…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Noch nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>NoteScores</name>
    <message>
        <source>C&amp;lusters</source>
        <translation>C&amp;luster</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;genturen</translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives</source>
        <translation>Mehrwert für Clusterinitiativen</translation>
    </message>
    <message>
        <source>Added value for development agencies</source>
        <translation>Mehrwert für Entwicklungsagenturen</translation>
    </message>
    <message>
        <source>Added value for enterprises</source>
        <translation>Mehrwert für Unternehmen</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives, 0 to 5; empty: not scored</source>
        <translation>Mehrwert für Clusterinitiativen, 0 bis 5; leer: nicht bewertet</translation>
    </message>
    <message>
        <source>Added value for development agencies, 0 to 5; empty: not scored</source>
        <translation>Mehrwert für Entwicklungsagenturen, 0 bis 5; leer: nicht bewertet</translation>
    </message>
    <message>
        <source>Added value for enterprises, 0 to 5; empty: not scored</source>
        <translation>Mehrwert für Unternehmen, 0 bis 5; leer: nicht bewertet</translation>
    </message>
</context>
<context>
    <name>NoteSession</name>
    <message>
        <source>Restored unsaved changes from %1</source>
        <translation>Nicht gespeicherte Änderungen von %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>New note: saved automatically as you type</source>
        <translation>Neue Notiz: wird während der Eingabe automatisch gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red (kept as a draft)</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder (als Entwurf aufbewahrt)</translation>
    </message>
    <message>
        <source>Not saved: this note changed elsewhere; both versions are kept</source>
        <translation>Nicht gespeichert: Diese Notiz wurde an anderer Stelle geändert; beide Versionen bleiben erhalten</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept; retrying…</source>
        <translation>Nicht gespeichert: %1. Ihr Text bleibt erhalten; neuer Versuch…</translation>
    </message>
    <message>
        <source>Updated from elsewhere at %1</source>
        <translation>Von anderer Stelle aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The last changes could not be saved</source>
        <translation>Die letzten Änderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved (%1). It is still in the editor.

Close anyway and lose it?</source>
        <translation>Ihre letzte Eingabe konnte nicht gespeichert werden (%1). Sie steht noch im Editor.

Trotzdem schließen und die Eingabe verlieren?</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Nicht gespeicherte Notizen</translation>
    </message>
    <message>
        <source>There are no unsaved notes.</source>
        <translation>Es gibt keine nicht gespeicherten Notizen.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Test notes</source>
        <translation>Testnotizen</translation>
    </message>
    <message>
        <source>Test notes of the selected practice, newest first</source>
        <translation>Testnotizen des ausgewählten Praxisbeispiels, neueste zuerst</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n Notiz)</numerusform>
            <numerusform>(%n Notizen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n note(s))</source>
        <translation>
            <numerusform>(%1 von %n Notiz)</numerusform>
            <numerusform>(%1 von %n Notizen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see and write its test notes.</source>
        <translation>Wählen Sie ein Praxisbeispiel, um seine Testnotizen zu sehen und zu schreiben.</translation>
    </message>
    <message>
        <source>No test notes for this practice yet.

Press Ctrl+N (or New Note) to write the first one.</source>
        <translation>Zu diesem Praxisbeispiel gibt es noch keine Testnotizen.

Drücken Sie Strg+N (oder „Neue Notiz“), um die erste zu schreiben.</translation>
    </message>
    <message>
        <source>Select a note to read or edit it,
or press Ctrl+N to write a new one.</source>
        <translation>Wählen Sie eine Notiz, um sie zu lesen oder zu bearbeiten,
oder drücken Sie Strg+N, um eine neue zu schreiben.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1, %2
%3</source>
        <comment>tooltip: region, date, first line of the note</comment>
        <translation>%1, %2
%3</translation>
    </message>
    <message>
        <source>No author</source>
        <translation>Kein Autor</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Kein Text</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Show notes of region</source>
        <translation>Notizen der Region anzeigen</translation>
    </message>
    <message>
        <source>Show the notes of one region only</source>
        <translation>Zeigt nur die Notizen einer Region an</translation>
    </message>
    <message>
        <source>Test notes</source>
        <translation>Testnotizen</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Regio&amp;n:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Select a practice first: notes belong to a practice.</source>
        <translation>Wählen Sie zuerst ein Praxisbeispiel: Notizen gehören immer zu einem Praxisbeispiel.</translation>
    </message>
    <message>
        <source>This note was never saved; there is nothing to delete.</source>
        <translation>Diese Notiz wurde nie gespeichert; es gibt nichts zu löschen.</translation>
    </message>
    <message>
        <source>the database refused the write</source>
        <translation>die Datenbank hat den Schreibvorgang abgelehnt</translation>
    </message>
    <message>
        <source>This note changed elsewhere; both versions are kept. Choose one.</source>
        <translation>Diese Notiz wurde an anderer Stelle geändert; beide Versionen bleiben erhalten. Wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Could not settle the conflict: %1</source>
        <translation>Der Konflikt konnte nicht geklärt werden: %1</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Practice Catalogue cannot open the database</source>
        <translation>Practice Catalogue kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been changed in that file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An dieser Datei wurde nichts geändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (%1)</source>
        <translation>Letzte Sicherung &amp;wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (none found beside it)</source>
        <translation>Letzte Sicherung &amp;wiederherstellen (keine daneben gefunden)</translation>
    </message>
    <message>
        <source>The unreadable file is kept under another name; the backup takes its place</source>
        <translation>Die unlesbare Datei wird unter einem anderen Namen aufbewahrt; die Sicherung tritt an ihre Stelle</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Choose another database file to open</source>
        <translation>Wählt eine andere Datenbankdatei zum Öffnen</translation>
    </message>
    <message>
        <source>Start a &amp;New Database Elsewhere…</source>
        <translation>&amp;Neue Datenbank an anderem Ort anlegen…</translation>
    </message>
    <message>
        <source>Create an empty catalogue in a new file</source>
        <translation>Legt einen leeren Katalog in einer neuen Datei an</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Practice Catalogue without changing anything</source>
        <translation>Schließt Practice Catalogue, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>PracticeDetailView</name>
    <message>
        <source>Practice details</source>
        <translation>Details zum Praxisbeispiel</translation>
    </message>
    <message>
        <source>What the selected practice or category holds: its facts, texts and field tests. Read only; Tab moves between its links.</source>
        <translation>Inhalt des ausgewählten Praxisbeispiels oder der ausgewählten Kategorie: Angaben, Texte und Praxistests. Nur lesbar; Tab wechselt zwischen den Links.</translation>
    </message>
    <message>
        <source>Use the tree on the left, or type in the filter box (%1) to find one.</source>
        <translation>Nutzen Sie die Baumansicht links oder tippen Sie in das Filterfeld (%1), um eines zu finden.</translation>
    </message>
    <message>
        <source>Select a practice to see its details.</source>
        <translation>Wählen Sie ein Praxisbeispiel, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>PracticeDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message numerus="yes">
        <source>%Ln planned</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln geplant</numerusform>
            <numerusform>%Ln geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln laufend</numerusform>
            <numerusform>%Ln laufend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln abgeschlossen</numerusform>
            <numerusform>%Ln abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Serviceart</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Herkunftsregion</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Keine Quelle erfasst</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Endkatalog</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Noch keine Zusammenfassung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Noch keine Beschreibung</translation>
    </message>
    <message>
        <source>Field tests</source>
        <translation>Praxistests</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Noch in keiner Region getestet</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the tree</source>
        <translation>
            <numerusform>… und %Ln weiteres in der Baumansicht</numerusform>
            <numerusform>… und %Ln weitere in der Baumansicht</numerusform>
        </translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Noch keine Praxisbeispiele in dieser Kategorie</translation>
    </message>
    <message numerus="yes">
        <source>Service category · %Ln practice(s)</source>
        <translation>
            <numerusform>Servicekategorie · %Ln Praxisbeispiel</numerusform>
            <numerusform>Servicekategorie · %Ln Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxisbeispiele</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice editor</source>
        <translation>Editor für Praxisbeispiele</translation>
    </message>
    <message>
        <source>Edit the selected practice; changes save themselves as you type (F2: done)</source>
        <translation>Bearbeiten Sie das ausgewählte Praxisbeispiel; Änderungen werden während der Eingabe gespeichert (F2: fertig)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Change the title or subtitle (asks to confirm)</source>
        <translation>Ändert Titel oder Untertitel (mit Rückfrage)</translation>
    </message>
    <message>
        <source>&amp;Move to Category…</source>
        <translation>In &amp;Kategorie verschieben…</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>In Kategorie verschieben</translation>
    </message>
    <message>
        <source>Put the practice in another category (asks to confirm)</source>
        <translation>Verschiebt das Praxisbeispiel in eine andere Kategorie (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Serviceart</translation>
    </message>
    <message>
        <source>Service type of the practice</source>
        <translation>Serviceart des Praxisbeispiels</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Herkunftsregion</translation>
    </message>
    <message>
        <source>Region the practice comes from</source>
        <translation>Region, aus der das Praxisbeispiel stammt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where the facts about this practice come from</source>
        <translation>Woher die Angaben zu diesem Praxisbeispiel stammen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary in Markdown; Tab moves to the next field</source>
        <translation>Zusammenfassung in Markdown; Tab wechselt zum nächsten Feld</translation>
    </message>
    <message>
        <source>A few lines on what the service offers (Markdown)</source>
        <translation>Einige Zeilen dazu, was der Service bietet (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description in Markdown; Tab moves to the next field</source>
        <translation>Beschreibung in Markdown; Tab wechselt zum nächsten Feld</translation>
    </message>
    <message>
        <source>How it works, for whom, with what results (Markdown)</source>
        <translation>Wie es funktioniert, für wen, mit welchen Ergebnissen (Markdown)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep the texts typed here; the other version stays on record</source>
        <translation>Behält die hier eingegebenen Texte; die andere Version bleibt gespeichert</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Andere behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>Keep the texts saved elsewhere; these stay on record</source>
        <translation>Behält die an anderer Stelle gespeicherten Texte; die hiesigen bleiben gespeichert</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to reading (F2)</source>
        <translation>Zurück zur Leseansicht (F2)</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>&amp;Serviceart</translation>
    </message>
    <message>
        <source>&amp;Origin region</source>
        <translation>&amp;Herkunftsregion</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: this practice changed elsewhere; both versions kept</source>
        <translation>Nicht gespeichert: Dieses Praxisbeispiel wurde an anderer Stelle geändert; beide Versionen bleiben erhalten</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Retrying…</source>
        <translation>Nicht gespeichert: %1. Neuer Versuch…</translation>
    </message>
    <message>
        <source>These texts were changed elsewhere while you edited them. Both versions are kept.</source>
        <translation>Diese Texte wurden an anderer Stelle geändert, während Sie sie bearbeitet haben. Beide Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>PracticeFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Die Datenbank ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Name der Region</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter ISO code, e.g. EE for Estonia</source>
        <translation>Der zweistellige ISO-Code des Landes, z. B. EE für Estland</translation>
    </message>
    <message>
        <source>EE</source>
        <comment>placeholder: an example two-letter country code</comment>
        <translation>EE</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Land (ISO-Code)</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;Partnerorganisation</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename practice</source>
        <translation>Praxisbeispiel umbenennen</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source>New subtitle</source>
        <translation>Neuer Untertitel</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Derzeit: %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>U&amp;ntertitel</translation>
    </message>
    <message>
        <source>Every laptop that imports this catalogue will show the new title.</source>
        <translation>Jeder Laptop, der diesen Katalog importiert, zeigt den neuen Titel an.</translation>
    </message>
    <message>
        <source>Type a new title (it cannot be empty).</source>
        <translation>Geben Sie einen neuen Titel ein (er darf nicht leer sein).</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <source>This text could not be shown. The log file says why.</source>
        <translation>Dieser Text konnte nicht angezeigt werden. Der Grund steht in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln Praxisbeispiel</numerusform>
            <numerusform>%Ln Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Score: cluster initiatives</source>
        <translation>Bewertung: Clusterinitiativen</translation>
    </message>
    <message>
        <source>Score: development agencies</source>
        <translation>Bewertung: Entwicklungsagenturen</translation>
    </message>
    <message>
        <source>Score: enterprises</source>
        <translation>Bewertung: Unternehmen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>open collective</source>
        <translation>offenes Gemeinschaftsangebot</translation>
    </message>
    <message>
        <source>closed collective</source>
        <translation>geschlossenes Gemeinschaftsangebot</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>Einzelangebot</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>Clusterinitiativen</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>Entwicklungsagenturen</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Gesamter Katalog</translation>
    </message>
    <message>
        <source>Practices selected for the final catalogue</source>
        <translation>Für den Endkatalog ausgewählte Praxisbeispiele</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Praxisbeispiel: %1</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Notizen aus %1</translation>
    </message>
    <message>
        <source>Notes dated %1 to %2</source>
        <translation>Notizen vom %1 bis %2</translation>
    </message>
    <message>
        <source>Notes dated %1 or later</source>
        <translation>Notizen ab %1</translation>
    </message>
    <message>
        <source>Notes dated %1 or earlier</source>
        <translation>Notizen bis %1</translation>
    </message>
    <message>
        <source>Good Practices Catalogue</source>
        <translation>Katalog guter Praxisbeispiele</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Endkatalog</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No practice has notes in this selection</source>
        <translation>In dieser Auswahl hat kein Praxisbeispiel Notizen</translation>
    </message>
    <message>
        <source>No practice is selected for the final catalogue</source>
        <translation>Für den Endkatalog ist kein Praxisbeispiel ausgewählt</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Markieren Sie zuerst Praxisbeispiele für den Endkatalog: mit dem Kästchen im Detailbereich oder unter Ansicht → Praxistest-Matrix.</translation>
    </message>
    <message>
        <source>No practices in this selection</source>
        <translation>Keine Praxisbeispiele in dieser Auswahl</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Servicekategorie</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Noch keine Beschreibung</translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Noch keine Praxisbeispiele in dieser Kategorie</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Serviceart</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Herkunftsregion</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Keine Quelle erfasst</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Noch keine Zusammenfassung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Field-test notes (%1)</source>
        <translation>Testnotizen (%1)</translation>
    </message>
    <message>
        <source>No notes in this selection</source>
        <translation>Keine Notizen in dieser Auswahl</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Noch in keiner Region getestet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Regions tested</source>
        <translation>Testregionen</translation>
    </message>
    <message>
        <source>Completed tests</source>
        <translation>Abgeschlossene Tests</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Noch keine Notizen</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Mehrwert</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: nicht bewertet</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>Neueste Ergebnisse</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Noch kein Ergebnis erfasst</translation>
    </message>
    <message>
        <source>No author recorded</source>
        <translation>Kein Autor erfasst</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Kein Ergebnis erfasst</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Kein Text</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>Checking the database…</source>
        <translation>Datenbank wird geprüft…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Datenbankprüfung</translation>
    </message>
    <message>
        <source>The check could not run: %1.</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Die Datenbank ist intakt.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Es wurden Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>Updating the search index: %1 of %Ln practice(s)</source>
        <translation>
            <numerusform>Suchindex wird aktualisiert: %1 von %Ln Praxisbeispiel</numerusform>
            <numerusform>Suchindex wird aktualisiert: %1 von %Ln Praxisbeispielen</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>Der Suchindex ist aktuell.</translation>
    </message>
</context>
<context>
    <name>SelectionToggle</name>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Für den Endkatalog ausgewählt</translation>
    </message>
    <message>
        <source>Space ticks or clears it; ticked practices make the final catalogue.</source>
        <translation>Die Leertaste setzt oder entfernt das Häkchen; angehakte Praxisbeispiele bilden den Endkatalog.</translation>
    </message>
    <message>
        <source>Practices ticked here make the final catalogue (File → Export Final Catalogue)</source>
        <translation>Hier angehakte Praxisbeispiele bilden den Endkatalog (Datei → Endkatalog exportieren)</translation>
    </message>
    <message>
        <source>The selection was not saved: %1</source>
        <translation>Die Auswahl wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Open collective</source>
        <translation>Offenes Gemeinschaftsangebot</translation>
    </message>
    <message>
        <source>Closed collective</source>
        <translation>Geschlossenes Gemeinschaftsangebot</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzelangebot</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>The consortium&apos;s catalogue server. Its address is like postgresql://NAME@HOST:5432/DATABASE (add ?sslmode=require for an encrypted connection). Leave the password empty when it is in your password file (~/.pgpass).</source>
        <translation>Der Katalogserver des Konsortiums. Seine Adresse hat die Form postgresql://NAME@HOST:5432/DATENBANK (für eine verschlüsselte Verbindung ?sslmode=require anhängen). Lassen Sie das Passwort leer, wenn es in Ihrer Passwortdatei (~/.pgpass) steht.</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST:5432/DATABASE</source>
        <translation>postgresql://NAME@HOST:5432/DATENBANK</translation>
    </message>
    <message>
        <source>Sign in to the catalogue server</source>
        <translation>Am Katalogserver anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The catalogue server&apos;s address, starting postgresql://</source>
        <translation>Die Adresse des Katalogservers, beginnend mit postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Leave empty when the password is in your password file</source>
        <translation>Leer lassen, wenn das Passwort in Ihrer Passwortdatei steht</translation>
    </message>
    <message>
        <source>Why the last try failed</source>
        <translation>Warum der letzte Versuch fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>Anmelden und synchronisieren</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, for example postgresql://NAME@HOST/DATABASE.</source>
        <translation>Geben Sie die Adresse des Servers an, zum Beispiel postgresql://NAME@HOST/DATENBANK.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %Ln conflict(s)</source>
        <translation>
            <numerusform>%1 neu, %2 aktualisiert, %3 unverändert, %Ln Konflikt</numerusform>
            <numerusform>%1 neu, %2 aktualisiert, %3 unverändert, %Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln refused</source>
        <translation>
            <numerusform>%1, %Ln abgelehnt</numerusform>
            <numerusform>%1, %Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The sync was cancelled: what was sent stays sent.</source>
        <translation>Die Synchronisierung wurde abgebrochen: Bereits Gesendetes bleibt gesendet.</translation>
    </message>
    <message>
        <source>Syncing with the catalogue server…</source>
        <translation>Synchronisierung mit dem Katalogserver…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was sent stays sent.</source>
        <translation>Synchronisierung abgebrochen: Bereits Gesendetes bleibt gesendet.</translation>
    </message>
    <message>
        <source>Synced with the server: sent %1; received %2.</source>
        <translation>Mit dem Server synchronisiert – gesendet: %1; empfangen: %2.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>Zuletzt synchronisiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden.</numerusform>
            <numerusform>%n Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nichts wartet auf das Senden.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n Änderung noch nicht synchronisiert</numerusform>
            <numerusform>%n Änderungen noch nicht synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The server did not accept the sign-in (%1).</source>
        <translation>Der Server hat die Anmeldung nicht angenommen (%1).</translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached (%1).</source>
        <translation>Der Katalogserver ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The sync did not go through (%1).</source>
        <translation>Die Synchronisierung ist nicht gelungen (%1).</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import notes from a file</source>
        <translation>Notizen aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Exchange files (*.json);;All files (*)</source>
        <translation>Austauschdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1.

Nothing was changed.</source>
        <translation>%1.

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 new, %3 updated, %n conflict(s).</source>
        <translation>
            <numerusform>%1 importiert: %2 neu, %3 aktualisiert, %n Konflikt.</numerusform>
            <numerusform>%1 importiert: %2 neu, %3 aktualisiert, %n Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>%1 wurde nicht geschrieben: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>PDF: the selected practices with their evidence (*.pdf)</source>
        <translation>PDF: die ausgewählten Praxisbeispiele mit ihren Nachweisen (*.pdf)</translation>
    </message>
    <message>
        <source>PNG: the field-test matrix of the selected practices (*.png)</source>
        <translation>PNG: die Praxistest-Matrix der ausgewählten Praxisbeispiele (*.png)</translation>
    </message>
    <message>
        <source>CSV: the matrix as a table (*.csv)</source>
        <translation>CSV: die Matrix als Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>XLSX: the matrix as a workbook (*.xlsx)</source>
        <translation>XLSX: die Matrix als Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>No practice is selected yet</source>
        <translation>Es ist noch kein Praxisbeispiel ausgewählt</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Markieren Sie zuerst Praxisbeispiele für den Endkatalog: mit dem Kästchen im Detailbereich oder unter Ansicht → Praxistest-Matrix.</translation>
    </message>
    <message>
        <source>Export the final catalogue</source>
        <translation>Endkatalog exportieren</translation>
    </message>
    <message>
        <source>Wrote the final catalogue to %1</source>
        <translation>Endkatalog in %1 geschrieben</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Die Datenbank ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Gelöschte Notizen</translation>
    </message>
    <message>
        <source>Select one or more notes, then Restore brings them back</source>
        <translation>Wählen Sie eine oder mehrere Notizen aus; „Wiederherstellen“ holt sie zurück</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted note(s). Restore brings a note back to its practice.</source>
        <translation>
            <numerusform>%n gelöschte Notiz. „Wiederherstellen“ bringt eine Notiz zurück zu ihrem Praxisbeispiel.</numerusform>
            <numerusform>%n gelöschte Notizen. „Wiederherstellen“ bringt eine Notiz zurück zu ihrem Praxisbeispiel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Notiz endgültig löschen? Dies lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Notizen endgültig löschen? Dies lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashNote</name>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Notiz in den Papierkorb verschoben. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Note restored from the trash.</source>
        <translation>Notiz aus dem Papierkorb wiederhergestellt.</translation>
    </message>
</context>
</TS>
