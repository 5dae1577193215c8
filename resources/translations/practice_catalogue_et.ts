<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Browse the good practices of regional business clusters and record how each was field-tested in each partner region. Works offline; makes no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source of the catalogue.&lt;/b&gt; The fifteen practices in six service categories are those of the “15 Good Practices e-booklet” of &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, “Best shared services for regional cluster initiative needs”, 2009–2012), selected in an evaluation from January to June 2011 and announced by Tartu Science Park in the news item “15 best cluster practices e-book now available”. Facts the source does not give are left empty.&lt;/p&gt;&lt;p&gt;Partners: Belgium (Province of Namur, lead partner), Estonia (Tartu), Germany (Region Stuttgart), Malta, France, Slovenia and Greece.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Sirvige piirkondlike ettevõtlusklastrite häid praktikaid ja pange kirja, kuidas neid igas partnerpiirkonnas katsetati. Töötab võrguühenduseta; ei kasuta võrku.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kataloogi allikas.&lt;/b&gt; Viisteist praktikat kuues teenuskategoorias pärinevad projekti &lt;i&gt;Pooling4Clusters&lt;/i&gt; väljaandest „15 Good Practices e-booklet“ (INTERREG IVC, „Best shared services for regional cluster initiative needs“, 2009–2012). Need valiti hindamisel, mis kestis 2011. aasta jaanuarist juunini, ja neist teatas Tartu Teaduspark uudises „15 best cluster practices e-book now available“. Andmed, mida allikas ei esita, on jäetud tühjaks.&lt;/p&gt;&lt;p&gt;Partnerid: Belgia (Namuri provints, juhtpartner), Eesti (Tartu), Saksamaa (Stuttgardi regioon), Malta, Prantsusmaa, Sloveenia ja Kreeka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Practice Catalogue</source>
        <translation>Practice Catalogue&apos;i teave</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Filtri süntaks</translation>
    </message>
    <message>
        <source>How to filter the catalogue</source>
        <translation>Kuidas kataloogi filtreerida</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Sulge rakendus</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>Merge notes from another laptop&apos;s exchange file (preview first)</source>
        <translation>Ühenda teise sülearvuti vahetusfaili märkmed (esmalt eelvaade)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Write an exchange file, a notes table or a report</source>
        <translation>Kirjuta vahetusfail, märkmete tabel või aruanne</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Prindi &amp;PDF-failiks…</translation>
    </message>
    <message>
        <source>A PDF report of the catalogue or a part of it</source>
        <translation>Kogu kataloogi või selle osa PDF-aruanne</translation>
    </message>
    <message>
        <source>Export &amp;Final Catalogue…</source>
        <translation>Ekspordi &amp;lõppkataloog…</translation>
    </message>
    <message>
        <source>The practices selected for the final catalogue: PDF with evidence, or the matrix</source>
        <translation>Lõppkataloogi valitud praktikad: PDF koos tõendusmaterjaliga või maatriks</translation>
    </message>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>&amp;Sünkrooni serveriga…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the catalogue server and fetch everyone else&apos;s</source>
        <translation>Saada selle sülearvuti muudatused kataloogiserverisse ja too teiste muudatused</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>K&amp;onfliktid…</translation>
    </message>
    <message>
        <source>Records kept in two versions, to settle</source>
        <translation>Kahes versioonis säilitatud kirjed, mis ootavad lahendamist</translation>
    </message>
    <message>
        <source>Field-Test &amp;Matrix</source>
        <translation>Katsetuste &amp;maatriks</translation>
    </message>
    <message>
        <source>Which practice was tested where, and the evidence</source>
        <translation>Millist praktikat kus katsetati ja tõendusmaterjal</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Varu&amp;koopiad…</translation>
    </message>
    <message>
        <source>Backup copies of this database; restore one</source>
        <translation>Selle andmebaasi varukoopiad; taasta mõni neist</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Kontrolli andmebaasi</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation>Kontrolli, kas andmebaasifail on kahjustatud</translation>
    </message>
    <message>
        <source>&amp;Unsaved Notes…</source>
        <translation>Salvestamata &amp;märkmed…</translation>
    </message>
    <message>
        <source>Notes that were being written when the program stopped</source>
        <translation>Märkmed, mille kirjutamine jäi pooleli, kui programm seiskus</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Uus märge</translation>
    </message>
    <message>
        <source>Write a new test note for the selected practice</source>
        <translation>Kirjuta valitud praktika kohta uus katsetusmärge</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Salvesta märge</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself as you type)</source>
        <translation>Salvesta märge kohe (see salvestub ka kirjutamise ajal ise)</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Kustuta märge</translation>
    </message>
    <message>
        <source>Move the selected note to the trash (Ctrl+Z brings it back)</source>
        <translation>Vii valitud märge prügikasti (Ctrl+Z toob selle tagasi)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Prügikast…</translation>
    </message>
    <message>
        <source>Deleted notes, to restore or empty</source>
        <translation>Kustutatud märkmed: taasta need või tühjenda prügikast</translation>
    </message>
    <message>
        <source>Edit &amp;Practice</source>
        <translation>&amp;Redigeeri praktikat</translation>
    </message>
    <message>
        <source>Edit the texts of the selected practice (F2 again: done)</source>
        <translation>Muuda valitud praktika tekste (F2 uuesti: valmis)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtreeri…</translation>
    </message>
    <message>
        <source>Put the cursor in the filter box</source>
        <translation>Vii kursor filtrikasti</translation>
    </message>
    <message>
        <source>&amp;Expand All Categories</source>
        <translation>&amp;Laienda kõik kategooriad</translation>
    </message>
    <message>
        <source>&amp;Collapse All Categories</source>
        <translation>&amp;Ahenda kõik kategooriad</translation>
    </message>
    <message>
        <source>Go to &amp;Catalogue</source>
        <translation>Mine ka&amp;taloogi</translation>
    </message>
    <message>
        <source>Move focus to the tree</source>
        <translation>Vii fookus puule</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Mine &amp;üksikasjadesse</translation>
    </message>
    <message>
        <source>Move focus to the detail pane</source>
        <translation>Vii fookus üksikasjade paanile</translation>
    </message>
    <message>
        <source>&amp;Filter Syntax</source>
        <translation>&amp;Filtri süntaks</translation>
    </message>
    <message>
        <source>How to write filter queries</source>
        <translation>Kuidas filtripäringuid kirjutada</translation>
    </message>
    <message>
        <source>&amp;About Practice Catalogue</source>
        <translation>Practice Catalogue&apos;i &amp;teave</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Practice Catalogue databases (*.db *.sqlite);;All files (*)</source>
        <translation>Practice Catalogue&apos;i andmebaasid (*.db *.sqlite);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Andmebaasi avamine</translation>
    </message>
    <message>
        <source>Start a New Database</source>
        <translation>Uue andmebaasi loomine</translation>
    </message>
    <message>
        <source>That file exists</source>
        <translation>See fail on juba olemas</translation>
    </message>
    <message>
        <source>Choose a name that is not taken: nothing is overwritten.</source>
        <translation>Valige nimi, mis pole kasutusel: midagi ei kirjutata üle.</translation>
    </message>
    <message>
        <source>Practice Catalogue</source>
        <translation>Practice Catalogue</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Andmebaasi ei saanud avada: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at start to %1</source>
        <translation>Käivitamisel tehti varukoopia: %1</translation>
    </message>
    <message>
        <source>Daily backup taken: %1</source>
        <translation>Päevane varukoopia tehtud: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automaatne varundamine nurjus: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>by hand</source>
        <translation>käsitsi</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaatne</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>enne taastamist</translation>
    </message>
    <message>
        <source>before the file was upgraded</source>
        <translation>enne faili uuendamist</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <source>When each copy was taken, its size and why</source>
        <translation>Millal iga koopia tehti, selle suurus ja põhjus</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Varunda kohe</translation>
    </message>
    <message>
        <source>Take a copy of the database now</source>
        <translation>Tee andmebaasist kohe koopia</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Taasta…</translation>
    </message>
    <message>
        <source>Put the selected copy in place of the current contents</source>
        <translation>Pane valitud koopia praeguse sisu asemele</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ava &amp;kaust</translation>
    </message>
    <message>
        <source>Show the folder of the backups in the file manager</source>
        <translation>Näita varukoopiate kausta failihalduris</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</source>
        <translation>
            <numerusform>%n varukoopia kaustas %1. Alles hoitakse viimase 7 päeva, 4 nädala ja 6 kuu kohta igaühe uusim koopia.</numerusform>
            <numerusform>%n varukoopiat kaustas %1. Alles hoitakse viimase 7 päeva, 4 nädala ja 6 kuu kohta igaühe uusim koopia.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. One is taken when the application starts after a change, and every day while it runs.</source>
        <translation>Varukoopiaid veel pole. Varukoopia tehakse, kui rakendus käivitub pärast muudatust, ning töö ajal iga päev.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Varundamine nurjus</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Kas taastada see varukoopia?</translation>
    </message>
    <message>
        <source>Replace the current contents with the backup taken %1?

The current contents are backed up first, so this can be undone.</source>
        <translation>Kas asendada praegune sisu varukoopiaga, mis tehti %1?

Praegusest sisust tehakse enne varukoopia, nii et taastamise saab tagasi võtta.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Taastamine nurjus</translation>
    </message>
</context>
<context>
    <name>CataloguePane</name>
    <message>
        <source>Practices by category</source>
        <translation>Praktikad kategooriate kaupa</translation>
    </message>
    <message>
        <source>Service categories and their practices. Arrow keys move, Right opens a category, Enter on a “more” row shows the next practices.</source>
        <translation>Teenuskategooriad ja nende praktikad. Nooleklahvidega liigutakse, paremnool avab kategooria, Enter real „veel“ näitab järgmisi praktikaid.</translation>
    </message>
    <message>
        <source>No matching practice</source>
        <translation>Sobivat praktikat pole</translation>
    </message>
    <message>
        <source>No practice matches “%1”.

Check the spelling, remove a word, or press Esc to clear the filter.</source>
        <translation>Päringule „%1“ ei vasta ükski praktika.

Kontrollige õigekirja, eemaldage mõni sõna või tühjendage filter klahviga Esc.</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <source>%1 in %2</source>
        <comment>practices in categories</comment>
        <extracomment>%1 is &quot;15 practices&quot;, %2 is &quot;6 categories&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praktika</numerusform>
            <numerusform>%Ln praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln kategooria</numerusform>
            <numerusform>%Ln kategooriat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s) match</source>
        <translation>
            <numerusform>Sobivaid praktikaid: %1 (kokku %Ln)</numerusform>
            <numerusform>Sobivaid praktikaid: %1 (kokku %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice matches</source>
        <translation>Ükski praktika ei sobi</translation>
    </message>
    <message>
        <source>%1 · ignored: %2</source>
        <translation>%1 · eiratud: %2</translation>
    </message>
    <message>
        <source>%1 · the search index is still being updated: some matches may be missing</source>
        <translation>%1 · otsinguindeksit alles uuendatakse: mõni vaste võib puududa</translation>
    </message>
    <message>
        <source>The filter failed: %1</source>
        <translation>Filtreerimine nurjus: %1</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <source>Catalogue</source>
        <translation>Kataloog</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more (Enter to show)</source>
        <translation>
            <numerusform>… veel %Ln (Enter näitab)</numerusform>
            <numerusform>… veel %Ln (Enter näitab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the next %Ln practice(s) of %1</source>
        <translation>
            <numerusform>Näita kategooriast %1 veel %Ln praktika</numerusform>
            <numerusform>Näita kategooriast %1 veel %Ln praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <translation>
            <numerusform>%1, %n praktika</numerusform>
            <numerusform>%1, %n praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n practice(s) match</source>
        <translation>
            <numerusform>%1, sobivaid %2 (kokku %n praktika)</numerusform>
            <numerusform>%1, sobivaid %2 (kokku %n praktikat)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>practice</source>
        <translation>praktika</translation>
    </message>
    <message>
        <source>test note</source>
        <translation>katsetusmärge</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategooria</translation>
    </message>
    <message>
        <source>region</source>
        <translation>piirkond</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1.</source>
        <translation>Faili ei saa andmebaasina lugeda: %1.</translation>
    </message>
    <message>
        <source>File structure: sound (SQLite integrity check passed).</source>
        <translation>Faili struktuur: terve (SQLite&apos;i terviklikkuse kontroll läbitud).</translation>
    </message>
    <message numerus="yes">
        <source>File structure: damaged, %Ln problem(s); the first:</source>
        <translation>
            <numerusform>Faili struktuur: kahjustatud, %Ln probleem; esimene:</numerusform>
            <numerusform>Faili struktuur: kahjustatud, %Ln probleemi; esimene:</numerusform>
        </translation>
    </message>
    <message>
        <source>References: every note, practice and region it points to exists.</source>
        <translation>Viited: kõik märkmed, praktikad ja piirkonnad, millele viidatakse, on olemas.</translation>
    </message>
    <message numerus="yes">
        <source>References: %Ln record(s) (%1) point to a missing %2.</source>
        <translation>
            <numerusform>Viited: %Ln kirje (%1) viitab puuduvale kirjele (%2).</numerusform>
            <numerusform>Viited: %Ln kirjet (%1) viitab puuduvale kirjele (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: consistent.</source>
        <translation>Otsinguindeks: kooskõlas.</translation>
    </message>
    <message>
        <source>Search index: not checked (the file is read-only).</source>
        <translation>Otsinguindeks: kontrollimata (fail on kirjutuskaitstud).</translation>
    </message>
    <message>
        <source>Search index: damaged (%1); &apos;practice-catalogue check --repair&apos; rebuilds it.</source>
        <translation>Otsinguindeks: kahjustatud (%1); käsk „practice-catalogue check --repair“ loob selle uuesti.</translation>
    </message>
    <message>
        <source>Contents: %1 practices, %2 notes, %3 in the trash.</source>
        <translation>Sisu: praktikaid %1, märkmeid %2, prügikastis %3.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Piirkond: %1</translation>
    </message>
    <message>
        <source>Date: %1   Status: %2</source>
        <translation>Kuupäev: %1   Olek: %2</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Tulemus: %1</translation>
    </message>
    <message>
        <source>Added value (clusters / agencies / enterprises): %1</source>
        <translation>Lisaväärtus (klastrialgatused / arendusagentuurid / ettevõtted): %1</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versioonide võrdlus</translation>
    </message>
    <message>
        <source>Stored version (revision %1)</source>
        <translation>Salvestatud versioon (redaktsioon %1)</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Salvestatud versioon</translation>
    </message>
    <message>
        <source>Deleted for good.</source>
        <translation>Lõplikult kustutatud.</translation>
    </message>
    <message>
        <source>Your version (kept from %1)</source>
        <translation>Teie versioon (säilitatud: %1)</translation>
    </message>
    <message>
        <source>Your version (kept from this window)</source>
        <translation>Teie versioon (säilitatud sellest aknast)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Teie versioon</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This note was changed elsewhere while you edited it. Both versions are kept.</source>
        <translation>Seda märget muudeti mujal, kui te seda redigeerisite. Mõlemad versioonid on säilitatud.</translation>
    </message>
    <message>
        <source>An import found this note changed on both sides. The version edited last is shown; the other is kept as a copy.</source>
        <translation>Import leidis, et seda märget on muudetud mõlemal poolel. Näidatakse viimati redigeeritud versiooni; teine on säilitatud koopiana.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Säilita m&amp;inu oma</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Säilita &amp;teine</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Säilita &amp;mõlemad</translation>
    </message>
    <message>
        <source>Use the &amp;Other Version</source>
        <translation>Kasuta &amp;teist</translation>
    </message>
    <message>
        <source>Keep &amp;This One</source>
        <translation>Säilita &amp;see</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Säilita &amp;mõlemad</translation>
    </message>
    <message>
        <source>Save your version over the other one</source>
        <translation>Salvesta oma versioon teise asemele</translation>
    </message>
    <message>
        <source>Show the other version; yours stays on record</source>
        <translation>Näita teist versiooni; teie oma jääb alles</translation>
    </message>
    <message>
        <source>Save your version as a separate note</source>
        <translation>Salvesta oma versioon eraldi märkmena</translation>
    </message>
    <message>
        <source>Put the version kept aside in place of the one shown</source>
        <translation>Kasuta koopiana säilitatud versiooni näidatu asemel</translation>
    </message>
    <message>
        <source>Keep the version shown; the other stays on record</source>
        <translation>Säilita näidatud versioon; teine jääb alles</translation>
    </message>
    <message>
        <source>Add the version kept aside as a separate note</source>
        <translation>Lisa koopiana säilitatud versioon eraldi märkmena</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Võrdle…</translation>
    </message>
    <message>
        <source>Show the two versions side by side</source>
        <translation>Näita kahte versiooni kõrvuti</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Where the other version came from</source>
        <translation>Kust teine versioon pärineb</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alates</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>Records in two versions</source>
        <translation>Kahes versioonis kirjed</translation>
    </message>
    <message>
        <source>Enter opens the chosen record to compare and settle it</source>
        <translation>Enter avab valitud kirje, et versioonid võrrelda ja konflikt lahendada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exist in two versions. Open one to compare them and choose; until then both are kept.</source>
        <translation>
            <numerusform>%n kirje on kahes versioonis. Avage see, et versioone võrrelda ja valida; seni säilitatakse mõlemad.</numerusform>
            <numerusform>%n kirjet on kahes versioonis. Avage üks, et versioone võrrelda ja valida; seni säilitatakse mõlemad.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every record has one version.</source>
        <translation>Konflikte pole: igal kirjel on üks versioon.</translation>
    </message>
    <message>
        <source>Practice (gone)</source>
        <translation>Praktika (kadunud)</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Praktika: %1</translation>
    </message>
    <message>
        <source>Note (deleted for good)</source>
        <translation>Märge (lõplikult kustutatud)</translation>
    </message>
    <message>
        <source>Note on %1 (%2): %3</source>
        <translation>Märge praktika %1 kohta (%2): %3</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Practice</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märge</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>Viimati kirjutatud</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Salvestamata märkmed</translation>
    </message>
    <message>
        <source>These notes were being written when the application last stopped, and were not saved. Open one to finish it (it is saved as soon as it is valid), or discard it.</source>
        <translation>Neid märkmeid kirjutati, kui rakendus viimati seiskus, ja need jäid salvestamata. Avage märge, et see lõpetada (see salvestatakse kohe, kui andmed on korrektsed), või hüljake see.</translation>
    </message>
    <message>
        <source>Enter opens the chosen note to finish it</source>
        <translation>Enter avab valitud märkme, et see lõpetada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Hülga…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>H&amp;iljem</translation>
    </message>
    <message>
        <source>Keep the drafts; File → Unsaved Notes shows them again</source>
        <translation>Jäta mustandid alles; Fail → Salvestamata märkmed näitab neid uuesti</translation>
    </message>
    <message>
        <source>(practice gone)</source>
        <translation>(praktika kadunud)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(teksti veel pole)</translation>
    </message>
    <message>
        <source>Discard this unsaved note?</source>
        <translation>Kas hüljata see salvestamata märge?</translation>
    </message>
    <message>
        <source>The text of this draft will be gone for good.</source>
        <translation>Selle mustandi tekst kaob jäädavalt.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Midagi läks valesti</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Ilmnes ootamatu tõrge: %1</translation>
    </message>
    <message>
        <source>Your notes are saved as you type, so nothing should be lost. The details are in the log file; please send them to whoever supports this application.</source>
        <translation>Teie märkmed salvestatakse kirjutamise ajal, nii et midagi ei tohiks kaduma minna. Üksikasjad on logifailis; saatke need palun sellele, kes seda rakendust hooldab.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopeeri üksikasjad</translation>
    </message>
    <message>
        <source>Copy the error&apos;s details to the clipboard, to send them</source>
        <translation>Kopeeri tõrke üksikasjad lõikelauale, et need ära saata</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exchange file for another laptop (JSON)</source>
        <translation>Vahetusfail teisele sülearvutile (JSON)</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Vahetusfailid (*.json)</translation>
    </message>
    <message>
        <source>Notes as a table (CSV)</source>
        <translation>Märkmed tabelina (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Notes as a spreadsheet (XLSX)</source>
        <translation>Märkmed arvutustabelina (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Exceli töövihikud (*.xlsx)</translation>
    </message>
    <message>
        <source>Report to print or send (PDF)</source>
        <translation>Aruanne printimiseks või saatmiseks (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumendid (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Prindi PDF-failiks</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <source>What to write: an exchange file, a table or a report</source>
        <translation>Mida kirjutada: vahetusfail, tabel või aruanne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Kõik piirkonnad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Kõik kategooriad</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Ainult „%1“</translation>
    </message>
    <message>
        <source>Only one practice</source>
        <translation>Ainult üks praktika</translation>
    </message>
    <message>
        <source>Only the practice shown in the detail pane</source>
        <translation>Ainult üksikasjade paanil näidatud praktika</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Vali fail…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Vali fail, kuhu kirjutada</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Vorming</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which part&lt;/b&gt; (leave as is for everything)</source>
        <translation>&lt;b&gt;Milline osa&lt;/b&gt; (kõige jaoks jätke nii, nagu on)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Piirkond</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategooria</translation>
    </message>
    <message>
        <source>Notes &amp;from</source>
        <translation>Märkmed &amp;alates</translation>
    </message>
    <message>
        <source>Notes &amp;until</source>
        <translation>Märkmed k&amp;uni</translation>
    </message>
    <message>
        <source>Limit the notes&apos; start date</source>
        <translation>Piira märkmete alguskuupäeva</translation>
    </message>
    <message>
        <source>Limit the notes&apos; end date</source>
        <translation>Piira märkmete lõppkuupäeva</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Märkmed alates</translation>
    </message>
    <message>
        <source>Notes until</source>
        <translation>Märkmed kuni</translation>
    </message>
    <message>
        <source>Up and Down change the part of the date at the cursor</source>
        <translation>Üles- ja allanool muudavad seda kuupäeva osa, kus on kursor</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspordi faili</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Choose the region where the test took place.</source>
        <translation>Valige piirkond, kus katsetus toimus.</translation>
    </message>
    <message>
        <source>This region no longer exists; choose another.</source>
        <translation>Seda piirkonda enam ei ole; valige mõni teine.</translation>
    </message>
    <message>
        <source>Enter the date of the test, e.g. 2012-03-01.</source>
        <translation>Sisestage katsetuse kuupäev, nt 2012-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2012-03-01 or 1.3.2012.</source>
        <translation>„%1“ ei ole kuupäev; kirjutage see kujul 2012-03-01 või 1.3.2012.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Valige olek.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Kõige rohkem %1 märki.</translation>
    </message>
    <message>
        <source>One line of at most %1 characters.</source>
        <translation>Üks rida, kõige rohkem %1 märki.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: “%1” is not a whole number from %2 to %3.</source>
        <translation>Lisaväärtus klastrialgatustele: „%1“ ei ole täisarv vahemikus %2–%3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: “%1” is not a whole number from %2 to %3.</source>
        <translation>Lisaväärtus arendusagentuuridele: „%1“ ei ole täisarv vahemikus %2–%3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: “%1” is not a whole number from %2 to %3.</source>
        <translation>Lisaväärtus ettevõtetele: „%1“ ei ole täisarv vahemikus %2–%3.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Lisaväärtus klastrialgatustele: %1 on lubatud vahemikust väljas; hinnangud on vahemikus %2–%3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Lisaväärtus arendusagentuuridele: %1 on lubatud vahemikust väljas; hinnangud on vahemikus %2–%3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Lisaväärtus ettevõtetele: %1 on lubatud vahemikust väljas; hinnangud on vahemikus %2–%3.</translation>
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
        <translation>Sisestage sõnad, et filtreerida praktikaid ja nende katsetusmärkmeid (sobima peavad kõik sõnad).
&quot;fraas jutumärkides&quot; — need sõnad selles järjekorras
-sõna — jäta välja praktikad, kus seda mainitakse
category:expansion  region:tartu  status:completed  type:partnership
Suur- ja väiketähtede ning diakriitikute vahet ei tehta. Esc tühjendab filtri.</translation>
    </message>
    <message>
        <source>Filter practices</source>
        <translation>Filtreeri praktikaid</translation>
    </message>
    <message>
        <source>Shows only the practices whose titles, texts or test notes hold every word typed; case and accents are ignored. Down or Enter moves into the tree, Esc clears the filter.</source>
        <translation>Näitab ainult praktikaid, mille pealkirjas, tekstides või katsetusmärkmetes on kõik sisestatud sõnad; suur- ja väiketähtede ning diakriitikute vahet ei tehta. Allanool või Enter viib puusse, Esc tühjendab filtri.</translation>
    </message>
    <message>
        <source>Filter practices and notes…  (%1)</source>
        <translation>Filtreeri praktikaid ja märkmeid…  (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>note</source>
        <translation>märge</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>praktika</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategooria</translation>
    </message>
    <message>
        <source>region</source>
        <translation>piirkond</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uus</translation>
    </message>
    <message>
        <source>updated (newer in the file)</source>
        <translation>uuendatud (failis uuem)</translation>
    </message>
    <message>
        <source>conflict: changed on both sides, both versions kept</source>
        <translation>konflikt: muudetud mõlemal poolel, mõlemad versioonid säilitatakse</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Muudatused, mille import teeks</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muudatus</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Loobu: ära impordi midagi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Impordi need muudatused</translation>
    </message>
    <message>
        <source>… and %1 more (the list shows the first %2).</source>
        <translation>… ja veel %1 (loendis on esimesed %2).</translation>
    </message>
    <message>
        <source>Everything in this file is already here: nothing to import.</source>
        <translation>Kõik selle faili andmed on siin juba olemas: pole midagi importida.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %n conflict(s).</source>
        <translation>
            <numerusform>Uusi: %1, uuendatud: %2, muutmata: %3, konflikte: %n.</numerusform>
            <numerusform>Uusi: %1, uuendatud: %2, muutmata: %3, konflikte: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each conflict the version edited last is shown and the other is kept as a copy: Edit → Conflicts lets you settle them.</source>
        <translation>Iga konflikti puhul näidatakse viimati redigeeritud versiooni ja teine säilitatakse koopiana: konfliktid saate lahendada menüüs Redigeeri → Konfliktid.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Süsteemi keel</translation>
    </message>
    <message>
        <source>Follow the language of the computer</source>
        <translation>Järgi arvuti keelt</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>süsteemi keel</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Keele muutmine</translation>
    </message>
    <message>
        <source>Practice Catalogue will speak %1 from its next start.</source>
        <translation>Practice Catalogue kasutab alates järgmisest käivitamisest keelt: %1.</translation>
    </message>
    <message>
        <source>Restart now? Your notes are saved first; nothing typed is lost.</source>
        <translation>Kas taaskäivitada kohe? Teie märkmed salvestatakse enne; midagi sisestatut ei kao.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Taaskäivita kohe</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Hiljem</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edenemine</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Practice Catalogue (read-only)</source>
        <translation>%1 — Practice Catalogue (kirjutuskaitstud)</translation>
    </message>
    <message>
        <source>%1 — Practice Catalogue</source>
        <translation>%1 — Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Filtri tulemus</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Preparing this text…</source>
        <translation>Teksti ettevalmistamine…</translation>
    </message>
    <message>
        <source>image not loaded: %1</source>
        <translation>pilti ei laaditud: %1</translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation>pilti ei laaditud</translation>
    </message>
</context>
<context>
    <name>MarkdownLimits</name>
    <message numerus="yes">
        <source>This text is long: showing the first %1 of %Ln character(s).</source>
        <translation>
            <numerusform>See tekst on pikk: näidatakse %1 märki %Ln-st.</numerusform>
            <numerusform>See tekst on pikk: näidatakse %1 märki %Ln-st.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more row(s) not shown</source>
        <translation>
            <numerusform>… veel %Ln rida on näitamata</numerusform>
            <numerusform>… veel %Ln rida on näitamata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table is long: showing %1 of its %Ln row(s).</source>
        <translation>
            <numerusform>Tabel on pikk: näidatakse %1 rida %Ln-st.</numerusform>
            <numerusform>Tabel on pikk: näidatakse %1 rida %Ln-st.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message numerus="yes">
        <source>Tested in %1 of %Ln region(s)</source>
        <translation>
            <numerusform>Katsetatud %1 piirkonnas %Ln-st</numerusform>
            <numerusform>Katsetatud %1 piirkonnas %Ln-st</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln märge</numerusform>
            <numerusform>%Ln märget</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see its evidence.</source>
        <translation>Valige praktika, et näha selle tõendusmaterjali.</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>klastrialgatused</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>arendusagentuurid</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>ettevõtted</translation>
    </message>
    <message>
        <source>A cell: the most advanced status of its notes, and how many. Under a region&apos;s name: how many of these practices it tests. Totals count a region only when its notes are not all dropped.</source>
        <translation>Lahter: selle märkmete kõige kaugemale jõudnud olek ja märkmete arv. Piirkonna nime all: mitut neist praktikatest piirkond katsetab. Kokkuvõtetes arvestatakse piirkonda ainult siis, kui vähemalt üks selle märge pole katkestatud.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>What the symbols and colours of the cells mean</source>
        <translation>Mida tähendavad lahtrite sümbolid ja värvid</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Pole midagi näidata</translation>
    </message>
    <message>
        <source>No practice matches the filter of the main window.

Change or clear the filter there (Esc in the filter box) to see practices here.</source>
        <translation>Põhiakna filtrile ei vasta ükski praktika.

Muutke või tühjendage seal filtrit (filtrikastis Esc), et siin praktikaid näha.</translation>
    </message>
    <message>
        <source>Evidence of the practice</source>
        <translation>Praktika tõendusmaterjal</translation>
    </message>
    <message>
        <source>Tests, notes, scores and latest outcomes of the current practice</source>
        <translation>Praeguse praktika katsetused, märkmed, hinnangud ja viimased tulemused</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) match the filter</source>
        <translation>
            <numerusform>Filtrile vastab %Ln praktika</numerusform>
            <numerusform>Filtrile vastab %Ln praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praktika</numerusform>
            <numerusform>%Ln praktikat</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the evidence for totals and sorting…</source>
        <translation>tõendusmaterjali loendamine kokkuvõteteks ja sortimiseks…</translation>
    </message>
    <message>
        <source>the order follows once counted</source>
        <translation>järjestus selgub pärast loendamist</translation>
    </message>
    <message>
        <source>%1 — selected for the final catalogue</source>
        <translation>%1 — valitud lõppkataloogi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed test(s)</source>
        <translation>
            <numerusform>%Ln lõpetatud katsetus</numerusform>
            <numerusform>%Ln lõpetatud katsetust</numerusform>
        </translation>
    </message>
    <message>
        <source>Added value (mean of 0–5): %1</source>
        <translation>Lisaväärtus (keskmine skaalal 0–5): %1</translation>
    </message>
    <message>
        <source>Latest outcomes:</source>
        <translation>Viimased tulemused:</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>No outcome written yet.</source>
        <translation>Tulemust pole veel kirja pandud.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%Ln note(s))</source>
        <translation>
            <numerusform>%1 %2 (%Ln märge)</numerusform>
            <numerusform>%1 %2 (%Ln märget)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be marked: %2</source>
        <translation>Praktikat „%1“ ei saanud märkida: %2</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Katsetuste maatriks</translation>
    </message>
    <message>
        <source>Practices down, regions across. Arrow keys move from cell to cell; Home goes to the Selected column, where Space selects or unselects the practice for the final catalogue; Enter opens the notes of a cell; a header click sorts by it.</source>
        <translation>Praktikad ridades, piirkonnad veergudes. Nooleklahvidega liigutakse lahtrist lahtrisse; Home viib veergu Valitud, kus tühikuklahv lisab praktika lõppkataloogi või eemaldab selle; Enter avab lahtri märkmed; päise klõpsamine sordib selle järgi.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Veerupäised</translation>
    </message>
    <message>
        <source>Field-test matrix</source>
        <translation>Katsetuste maatriks</translation>
    </message>
    <message>
        <source>Which practice was tested where</source>
        <translation>Millist praktikat kus katsetati</translation>
    </message>
    <message>
        <source>Field-test matrix — Practice Catalogue</source>
        <translation>Katsetuste maatriks — Practice Catalogue</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Valitud praktikad</translation>
    </message>
    <message>
        <source>How many practices are selected for the final catalogue</source>
        <translation>Mitu praktikat on lõppkataloogi valitud</translation>
    </message>
    <message>
        <source>Matrix status</source>
        <translation>Maatriksi olek</translation>
    </message>
    <message>
        <source>How many practices the matrix shows, and what is being counted</source>
        <translation>Mitut praktikat maatriks näitab ja mida parajasti loendatakse</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Järjestus:</translation>
    </message>
    <message>
        <source>The evidence could not be counted: %1</source>
        <translation>Tõendusmaterjali ei saanud loendada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln valitud</numerusform>
            <numerusform>%Ln valitud</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection Not Saved</source>
        <translation>Valikut ei salvestatud</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message numerus="yes">
        <source>%1: %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1: näidatud %Ln praktika</numerusform>
            <numerusform>%1: näidatud %Ln praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tests %2 of the %Ln practice(s) of %3</source>
        <translation>
            <numerusform>%1: kategooria „%3“ %Ln praktikast katsetatakse %2</numerusform>
            <numerusform>%1: kategooria „%3“ %Ln praktikast katsetatakse %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Pole valitud</translation>
    </message>
    <message>
        <source>%1: selected</source>
        <translation>%1: valitud</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: pole valitud</translation>
    </message>
    <message>
        <source>Space selects or unselects it for the final catalogue</source>
        <translation>Tühikuklahv lisab selle lõppkataloogi või eemaldab sealt</translation>
    </message>
    <message>
        <source>Enter opens the notes of this practice</source>
        <translation>Enter avab selle praktika märkmed</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>hinnang puudub</translation>
    </message>
    <message numerus="yes">
        <source>mean score %1 (%Ln score(s))</source>
        <translation>
            <numerusform>keskmine hinnang %1 (%Ln hinnang)</numerusform>
            <numerusform>keskmine hinnang %1 (%Ln hinnangut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln lõpetatud</numerusform>
            <numerusform>%Ln lõpetatud</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: not tested</source>
        <translation>%1, %2: katsetamata</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3, %n note(s)</source>
        <translation>
            <numerusform>%1, %2: %3, %n märge</numerusform>
            <numerusform>%1, %2: %3, %n märget</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the notes of this cell</source>
        <translation>Enter avab selle lahtri märkmed</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Märkmeid veel pole</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ja veel %Ln</numerusform>
            <numerusform>… ja veel %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open these notes</source>
        <translation>Topeltklõps avab need märkmed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no outcome written)</source>
        <translation>(tulemust pole kirja pandud)</translation>
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
        <translation>märkmeid pole</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message numerus="yes">
        <source>Saved the final catalogue, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Lõppkataloog (%Ln praktika) salvestati %1-vormingus: %2</numerusform>
            <numerusform>Lõppkataloog (%Ln praktikat) salvestati %1-vormingus: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Näidatud praktikad (%Ln praktika) salvestati %1-vormingus: %2</numerusform>
            <numerusform>Näidatud praktikad (%Ln praktikat) salvestati %1-vormingus: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: give a name ending in .png, .csv or .xlsx</source>
        <translation>%1: andke nimi, mis lõpeb laiendiga .png, .csv või .xlsx</translation>
    </message>
    <message>
        <source>Field-test matrix: the final catalogue</source>
        <translation>Katsetuste maatriks: lõppkataloog</translation>
    </message>
    <message>
        <source>Field-test matrix: the practices shown</source>
        <translation>Katsetuste maatriks: näidatud praktikad</translation>
    </message>
    <message>
        <source>Saved the final catalogue as an image: %1</source>
        <translation>Lõppkataloog salvestati pildina: %1</translation>
    </message>
    <message>
        <source>Saved the practices shown as an image: %1</source>
        <translation>Näidatud praktikad salvestati pildina: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Lõppkataloog salvestati pildina (esimesed %1 %Ln praktikast): %2</numerusform>
            <numerusform>Lõppkataloog salvestati pildina (esimesed %1 %Ln praktikast): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Näidatud praktikad salvestati pildina (esimesed %1 %Ln praktikast): %2</numerusform>
            <numerusform>Näidatud praktikad salvestati pildina (esimesed %1 %Ln praktikast): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-pilt (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Exceli töövihik (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the field-test matrix</source>
        <translation>Katsetuste maatriksi eksport</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspordi</translation>
    </message>
    <message>
        <source>Export the matrix as PNG, CSV or XLSX</source>
        <translation>Ekspordi maatriks PNG-, CSV- või XLSX-vormingus</translation>
    </message>
    <message>
        <source>&amp;Final catalogue (selected practices)…</source>
        <translation>&amp;Lõppkataloog (valitud praktikad)…</translation>
    </message>
    <message>
        <source>&amp;Practices shown here…</source>
        <translation>Siin &amp;näidatud praktikad…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Midagi ei kirjutatud: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln practice(s), %2</source>
        <translation>
            <numerusform>%1 — %Ln praktika, %2</numerusform>
            <numerusform>%1 — %Ln praktikat, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are shown; the CSV and XLSX hold them all.</source>
        <translation>
            <numerusform>Näidatakse esimesed %Ln; CSV- ja XLSX-failis on kõik.</numerusform>
            <numerusform>Näidatakse esimesed %Ln; CSV- ja XLSX-failis on kõik.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>faili %1 ei saanud kirjutada</translation>
    </message>
</context>
<context>
    <name>MatrixHeader</name>
    <message>
        <source>Selected</source>
        <translation>Valitud</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Practices by category</source>
        <translation>Praktikad kategooriate kaupa</translation>
    </message>
    <message>
        <source>Practices tested here: counting…</source>
        <translation>Siin katsetatud praktikad: loendamine…</translation>
    </message>
    <message numerus="yes">
        <source>Practices tested here: %1 of the %Ln shown</source>
        <translation>
            <numerusform>Siin katsetatud praktikad: %1 näidatud %Ln-st</numerusform>
            <numerusform>Siin katsetatud praktikad: %1 näidatud %Ln-st</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, counting the practices tested</source>
        <translation>%1, katsetatud praktikate loendamine</translation>
    </message>
    <message numerus="yes">
        <source>%1, tests %2 of the %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1, näidatud %Ln praktikast katsetatakse %2</numerusform>
            <numerusform>%1, näidatud %Ln praktikast katsetatakse %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Piirkonnad</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Hinnang</translation>
    </message>
    <message>
        <source>Regions testing the practice (a note that is not dropped)</source>
        <translation>Praktikat katsetavad piirkonnad (märge, mis pole katkestatud)</translation>
    </message>
    <message>
        <source>Completed tests: notes whose status is completed</source>
        <translation>Lõpetatud katsetused: märkmed, mille olek on „lõpetatud“</translation>
    </message>
    <message>
        <source>Mean added-value score (0–5) over every score set, and how many</source>
        <translation>Keskmine lisaväärtuse hinnang (0–5) kõigi antud hinnangute põhjal ja nende arv</translation>
    </message>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Valitud lõppkataloogi</translation>
    </message>
</context>
<context>
    <name>MatrixOrder</name>
    <message>
        <source>Catalogue order</source>
        <translation>Kataloogi järjestus</translation>
    </message>
    <message>
        <source>Most regions testing</source>
        <translation>Enim katsetavaid piirkondi</translation>
    </message>
    <message>
        <source>Most completed tests</source>
        <translation>Enim lõpetatud katsetusi</translation>
    </message>
    <message>
        <source>Highest mean score</source>
        <translation>Kõrgeim keskmine hinnang</translation>
    </message>
    <message>
        <source>Selected first</source>
        <translation>Valitud eespool</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Järjestus</translation>
    </message>
    <message>
        <source>Order of the practices within each category</source>
        <translation>Praktikate järjestus igas kategoorias</translation>
    </message>
    <message>
        <source>By %1 ↓</source>
        <translation>Järjestus: %1 ↓</translation>
    </message>
    <message>
        <source>By %1 ↑</source>
        <translation>Järjestus: %1 ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>This database is read-only: the file or the medium it is on does not allow changes. You can browse, filter and export; writing notes is switched off.</source>
        <translation>See andmebaas on kirjutuskaitstud: fail või andmekandja, millel see asub, ei luba muudatusi. Saate sirvida, filtreerida ja eksportida; märkmete kirjutamine on välja lülitatud.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move practice to another category</source>
        <translation>Praktika teisaldamine teise kategooriasse</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Uus kategooria</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Teisalda</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Teisalda</translation>
    </message>
    <message>
        <source>Move %1 out of “%2” into:</source>
        <translation>Teisalda %1 kategooriast „%2“ kategooriasse:</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategooria</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note editor</source>
        <translation>Märkmeredaktor</translation>
    </message>
    <message>
        <source>The selected test note</source>
        <translation>Valitud katsetusmärge</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <source>Region where the practice was tested</source>
        <translation>Piirkond, kus praktikat katsetati</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Date of the test, e.g. 2012-03-01 or 1.3.2012</source>
        <translation>Katsetuse kuupäev, nt 2012-03-01 või 1.3.2012</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: the ISO date format</comment>
        <translation>AAAA-KK-PP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>How far the test got</source>
        <translation>Kui kaugele katsetus jõudis</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who wrote the note</source>
        <translation>Kes märkme kirjutas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>The outcome of the test, in one line</source>
        <translation>Katsetuse tulemus ühel real</translation>
    </message>
    <message>
        <source>The outcome, in one line</source>
        <translation>Tulemus ühel real</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Märkme tekst</translation>
    </message>
    <message>
        <source>The note itself, in Markdown. Tab moves on to the next field.</source>
        <translation>Märge ise, Markdownis. Tab viib järgmisele väljale.</translation>
    </message>
    <message>
        <source>What happened? Markdown works: # heading, *emphasis*, - lists, | tables |</source>
        <translation>Mis juhtus? Markdown töötab: # pealkiri, *rõhutus*, - loendid, | tabelid |</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Märkme eelvaade</translation>
    </message>
    <message>
        <source>The note as it will read</source>
        <translation>Märge sellisena, nagu see välja näeb</translation>
    </message>
    <message>
        <source>Note text and preview</source>
        <translation>Märkme tekst ja eelvaade</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Eelvaade</translation>
    </message>
    <message>
        <source>Text or preview</source>
        <translation>Tekst või eelvaade</translation>
    </message>
    <message>
        <source>Write the note as text, or read it as it will print</source>
        <translation>Kirjuta märge tekstina või vaata, milline see prinditult välja näeb</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Salvestamise olek</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Piirkond</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Kuupäev</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Olek</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>T&amp;ulemus</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Lisaväärtus</translation>
    </message>
    <message>
        <source>Added value of the practice, 0 to 5, as scored in the selection method: for cluster initiatives, for development agencies, for enterprises. Empty: not scored.</source>
        <translation>Praktika lisaväärtus skaalal 0–5, nagu valikumetoodikas hinnati: klastrialgatustele, arendusagentuuridele ja ettevõtetele. Tühi: hindamata.</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Valige piirkond…</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Lisa piirkond…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Veel pole midagi kirjutatud</translation>
    </message>
</context>
<context>
    <name>NoteScores</name>
    <message>
        <source>C&amp;lusters</source>
        <translation>K&amp;lastrid</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gentuurid</translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation>Ette&amp;võtted</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives</source>
        <translation>Lisaväärtus klastrialgatustele</translation>
    </message>
    <message>
        <source>Added value for development agencies</source>
        <translation>Lisaväärtus arendusagentuuridele</translation>
    </message>
    <message>
        <source>Added value for enterprises</source>
        <translation>Lisaväärtus ettevõtetele</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives, 0 to 5; empty: not scored</source>
        <translation>Lisaväärtus klastrialgatustele, 0–5; tühi: hindamata</translation>
    </message>
    <message>
        <source>Added value for development agencies, 0 to 5; empty: not scored</source>
        <translation>Lisaväärtus arendusagentuuridele, 0–5; tühi: hindamata</translation>
    </message>
    <message>
        <source>Added value for enterprises, 0 to 5; empty: not scored</source>
        <translation>Lisaväärtus ettevõtetele, 0–5; tühi: hindamata</translation>
    </message>
</context>
<context>
    <name>NoteSession</name>
    <message>
        <source>Restored unsaved changes from %1</source>
        <translation>Taastati salvestamata muudatused seisuga %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvestatud %1</translation>
    </message>
    <message>
        <source>New note: saved automatically as you type</source>
        <translation>Uus märge: salvestub kirjutamise ajal automaatselt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvestamine…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red (kept as a draft)</source>
        <translation>Salvestamata: parandage punasega märgitud väljad (hoitakse mustandina)</translation>
    </message>
    <message>
        <source>Not saved: this note changed elsewhere; both versions are kept</source>
        <translation>Salvestamata: seda märget muudeti mujal; mõlemad versioonid säilitatakse</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept; retrying…</source>
        <translation>Salvestamata: %1. Teie tekst on alles; proovitakse uuesti…</translation>
    </message>
    <message>
        <source>Updated from elsewhere at %1</source>
        <translation>Uuendatud mujalt kell %1</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <source>planned</source>
        <translation>kavandatud</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pooleli</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>lõpetatud</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>katkestatud</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Andmebaas on kirjutuskaitstud</translation>
    </message>
    <message>
        <source>The last changes could not be saved</source>
        <translation>Viimaseid muudatusi ei saanud salvestada</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved (%1). It is still in the editor.

Close anyway and lose it?</source>
        <translation>Teie viimast sisestust ei saanud salvestada (%1). See on endiselt redaktoris.

Kas sulgeda ikkagi ja see kaotada?</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Salvestamata märkmed</translation>
    </message>
    <message>
        <source>There are no unsaved notes.</source>
        <translation>Salvestamata märkmeid pole.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Test notes</source>
        <translation>Katsetusmärkmed</translation>
    </message>
    <message>
        <source>Test notes of the selected practice, newest first</source>
        <translation>Valitud praktika katsetusmärkmed, uusimad eespool</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n märge)</numerusform>
            <numerusform>(%n märget)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n note(s))</source>
        <translation>
            <numerusform>(%1 / %n märge)</numerusform>
            <numerusform>(%1 / %n märget)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see and write its test notes.</source>
        <translation>Valige praktika, et näha ja kirjutada selle katsetusmärkmeid.</translation>
    </message>
    <message>
        <source>No test notes for this practice yet.

Press Ctrl+N (or New Note) to write the first one.</source>
        <translation>Sellel praktikal pole veel katsetusmärkmeid.

Esimese kirjutamiseks vajutage Ctrl+N (või Uus märge).</translation>
    </message>
    <message>
        <source>Select a note to read or edit it,
or press Ctrl+N to write a new one.</source>
        <translation>Valige märge, et seda lugeda või redigeerida,
või vajutage uue kirjutamiseks Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märge</translation>
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
        <translation>Autor puudub</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Tekst puudub</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Show notes of region</source>
        <translation>Näita piirkonna märkmeid</translation>
    </message>
    <message>
        <source>Show the notes of one region only</source>
        <translation>Näita ainult ühe piirkonna märkmeid</translation>
    </message>
    <message>
        <source>Test notes</source>
        <translation>Katsetusmärkmed</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Piirkon&amp;d:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Kõik piirkonnad</translation>
    </message>
    <message>
        <source>Select a practice first: notes belong to a practice.</source>
        <translation>Valige esmalt praktika: märkmed kuuluvad praktika juurde.</translation>
    </message>
    <message>
        <source>This note was never saved; there is nothing to delete.</source>
        <translation>Seda märget pole kunagi salvestatud; pole midagi kustutada.</translation>
    </message>
    <message>
        <source>the database refused the write</source>
        <translation>andmebaas keeldus kirjutamisest</translation>
    </message>
    <message>
        <source>This note changed elsewhere; both versions are kept. Choose one.</source>
        <translation>Seda märget muudeti mujal; mõlemad versioonid on säilitatud. Valige üks.</translation>
    </message>
    <message>
        <source>Could not settle the conflict: %1</source>
        <translation>Konflikti ei saanud lahendada: %1</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Practice Catalogue cannot open the database</source>
        <translation>Practice Catalogue ei saa andmebaasi avada</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been changed in that file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Selles failis pole midagi muudetud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (%1)</source>
        <translation>&amp;Taasta viimane varukoopia (%1)</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (none found beside it)</source>
        <translation>&amp;Taasta viimane varukoopia (faili kõrvalt ei leitud ühtegi)</translation>
    </message>
    <message>
        <source>The unreadable file is kept under another name; the backup takes its place</source>
        <translation>Loetamatu fail jäetakse alles teise nime all; selle asemele tuleb varukoopia</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Ava muu fail…</translation>
    </message>
    <message>
        <source>Choose another database file to open</source>
        <translation>Vali avamiseks muu andmebaasifail</translation>
    </message>
    <message>
        <source>Start a &amp;New Database Elsewhere…</source>
        <translation>Loo &amp;uus andmebaas mujale…</translation>
    </message>
    <message>
        <source>Create an empty catalogue in a new file</source>
        <translation>Loo uude faili tühi kataloog</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>Close Practice Catalogue without changing anything</source>
        <translation>Sulge Practice Catalogue midagi muutmata</translation>
    </message>
</context>
<context>
    <name>PracticeDetailView</name>
    <message>
        <source>Practice details</source>
        <translation>Praktika üksikasjad</translation>
    </message>
    <message>
        <source>What the selected practice or category holds: its facts, texts and field tests. Read only; Tab moves between its links.</source>
        <translation>Mida valitud praktika või kategooria sisaldab: andmed, tekstid ja katsetused. Ainult lugemiseks; Tab liigub linkide vahel.</translation>
    </message>
    <message>
        <source>Use the tree on the left, or type in the filter box (%1) to find one.</source>
        <translation>Kasutage vasakul olevat puud või sisestage otsitav filtrikasti (%1).</translation>
    </message>
    <message>
        <source>Select a practice to see its details.</source>
        <translation>Valige praktika, et näha selle üksikasju.</translation>
    </message>
</context>
<context>
    <name>PracticeDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message numerus="yes">
        <source>%Ln planned</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln kavandatud</numerusform>
            <numerusform>%Ln kavandatud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln pooleli</numerusform>
            <numerusform>%Ln pooleli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln lõpetatud</numerusform>
            <numerusform>%Ln lõpetatud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln katkestatud</numerusform>
            <numerusform>%Ln katkestatud</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Kategooria puudub</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Teenuse tüüp</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Veel teadmata</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Päritolupiirkond</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Veel kirja panemata</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Allikat pole kirja pandud</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Lõppkataloog</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Valitud</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Pole valitud</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Kokkuvõtet veel pole</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Kirjeldust veel pole</translation>
    </message>
    <message>
        <source>Field tests</source>
        <translation>Katsetused</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Veel üheski piirkonnas katsetamata</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>viimati %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the tree</source>
        <translation>
            <numerusform>… ja veel %Ln puus</numerusform>
            <numerusform>… ja veel %Ln puus</numerusform>
        </translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Selles kategoorias pole veel praktikaid</translation>
    </message>
    <message numerus="yes">
        <source>Service category · %Ln practice(s)</source>
        <translation>
            <numerusform>Teenuskategooria · %Ln praktika</numerusform>
            <numerusform>Teenuskategooria · %Ln praktikat</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktikad</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice editor</source>
        <translation>Praktika redaktor</translation>
    </message>
    <message>
        <source>Edit the selected practice; changes save themselves as you type (F2: done)</source>
        <translation>Redigeeri valitud praktikat; muudatused salvestuvad kirjutamise ajal ise (F2: valmis)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Nimeta ümber…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeta ümber</translation>
    </message>
    <message>
        <source>Change the title or subtitle (asks to confirm)</source>
        <translation>Muuda pealkirja või alapealkirja (küsib kinnitust)</translation>
    </message>
    <message>
        <source>&amp;Move to Category…</source>
        <translation>Teisalda &amp;kategooriasse…</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>Teisalda kategooriasse</translation>
    </message>
    <message>
        <source>Put the practice in another category (asks to confirm)</source>
        <translation>Pane praktika teise kategooriasse (küsib kinnitust)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Teenuse tüüp</translation>
    </message>
    <message>
        <source>Service type of the practice</source>
        <translation>Praktika teenuse tüüp</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Päritolupiirkond</translation>
    </message>
    <message>
        <source>Region the practice comes from</source>
        <translation>Piirkond, kust praktika pärineb</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Where the facts about this practice come from</source>
        <translation>Kust selle praktika andmed pärinevad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Summary in Markdown; Tab moves to the next field</source>
        <translation>Kokkuvõte Markdownis; Tab viib järgmisele väljale</translation>
    </message>
    <message>
        <source>A few lines on what the service offers (Markdown)</source>
        <translation>Paar rida sellest, mida teenus pakub (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Description in Markdown; Tab moves to the next field</source>
        <translation>Kirjeldus Markdownis; Tab viib järgmisele väljale</translation>
    </message>
    <message>
        <source>How it works, for whom, with what results (Markdown)</source>
        <translation>Kuidas see toimib, kellele ja milliste tulemustega (Markdown)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Säilita m&amp;inu oma</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Säilita minu oma</translation>
    </message>
    <message>
        <source>Keep the texts typed here; the other version stays on record</source>
        <translation>Säilita siin sisestatud tekstid; teine versioon jääb alles</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Säilita &amp;teine</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Säilita teine</translation>
    </message>
    <message>
        <source>Keep the texts saved elsewhere; these stay on record</source>
        <translation>Säilita mujal salvestatud tekstid; siinsed jäävad alles</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Salvestamise olek</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Back to reading (F2)</source>
        <translation>Tagasi lugemisse (F2)</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>Teenuse t&amp;üüp</translation>
    </message>
    <message>
        <source>&amp;Origin region</source>
        <translation>&amp;Päritolupiirkond</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Allikas</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>K&amp;okkuvõte</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Ki&amp;rjeldus</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategooria: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Kirja panemata</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvestatud %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvestamine…</translation>
    </message>
    <message>
        <source>Not saved: this practice changed elsewhere; both versions kept</source>
        <translation>Salvestamata: seda praktikat muudeti mujal; mõlemad versioonid säilitatakse</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Salvestamata: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Retrying…</source>
        <translation>Salvestamata: %1. Proovitakse uuesti…</translation>
    </message>
    <message>
        <source>These texts were changed elsewhere while you edited them. Both versions are kept.</source>
        <translation>Neid tekste muudeti mujal, kui te neid redigeerisite. Mõlemad versioonid on säilitatud.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Muutmata</translation>
    </message>
</context>
<context>
    <name>PracticeFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Andmebaas on kirjutuskaitstud</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Kl&amp;eebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
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
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jah &amp;kõigile</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kõigile</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eira</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hülga</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikesätted</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopeeri li&amp;ngi aadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Kl&amp;eebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Piirkonna lisamine</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Piirkonna nimi</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Riigikood</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter ISO code, e.g. EE for Estonia</source>
        <translation>Riigi kahetäheline ISO-kood, nt EE (Eesti)</translation>
    </message>
    <message>
        <source>EE</source>
        <comment>placeholder: an example two-letter country code</comment>
        <translation>EE</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisatsioon</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valikuline</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Riik (ISO-kood)</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;Partnerorganisatsioon</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename practice</source>
        <translation>Praktika ümbernimetamine</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Uus pealkiri</translation>
    </message>
    <message>
        <source>New subtitle</source>
        <translation>Uus alapealkiri</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Nimeta ümber</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeta ümber</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Praegu: %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Pealkiri</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Alapealkiri</translation>
    </message>
    <message>
        <source>Every laptop that imports this catalogue will show the new title.</source>
        <translation>Iga sülearvuti, mis selle kataloogi impordib, näitab uut pealkirja.</translation>
    </message>
    <message>
        <source>Type a new title (it cannot be empty).</source>
        <translation>Sisestage uus pealkiri (see ei tohi olla tühi).</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <source>This text could not be shown. The log file says why.</source>
        <translation>Seda teksti ei saanud näidata. Põhjus on kirjas logifailis.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praktika</numerusform>
            <numerusform>%Ln praktikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln märge</numerusform>
            <numerusform>%Ln märget</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Score: cluster initiatives</source>
        <translation>Hinnang: klastrialgatused</translation>
    </message>
    <message>
        <source>Score: development agencies</source>
        <translation>Hinnang: arendusagentuurid</translation>
    </message>
    <message>
        <source>Score: enterprises</source>
        <translation>Hinnang: ettevõtted</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>kavandatud</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pooleli</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>lõpetatud</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>katkestatud</translation>
    </message>
    <message>
        <source>open collective</source>
        <translation>avatud kollektiivne</translation>
    </message>
    <message>
        <source>closed collective</source>
        <translation>suletud kollektiivne</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partnerlus</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuaalne</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>klastrialgatused</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>arendusagentuurid</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>ettevõtted</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Kogu kataloog</translation>
    </message>
    <message>
        <source>Practices selected for the final catalogue</source>
        <translation>Lõppkataloogi valitud praktikad</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategooria: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Praktika: %1</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Märkmed piirkonnast %1</translation>
    </message>
    <message>
        <source>Notes dated %1 to %2</source>
        <translation>Märkmed ajavahemikust %1 kuni %2</translation>
    </message>
    <message>
        <source>Notes dated %1 or later</source>
        <translation>Märkmed alates %1</translation>
    </message>
    <message>
        <source>Notes dated %1 or earlier</source>
        <translation>Märkmed kuni %1</translation>
    </message>
    <message>
        <source>Good Practices Catalogue</source>
        <translation>Heade praktikate kataloog</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Lõppkataloog</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Koostatud %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lehekülg %1/%2</translation>
    </message>
    <message>
        <source>No practice has notes in this selection</source>
        <translation>Selles valikus pole ühelgi praktikal märkmeid</translation>
    </message>
    <message>
        <source>No practice is selected for the final catalogue</source>
        <translation>Ükski praktika pole lõppkataloogi valitud</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Märkige esmalt lõppkataloogi praktikad: üksikasjade paani märkeruudus või menüüs Vaade → Katsetuste maatriks.</translation>
    </message>
    <message>
        <source>No practices in this selection</source>
        <translation>Selles valikus pole praktikaid</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (järg)</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Teenuskategooria</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Kirjeldust veel pole</translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Selles kategoorias pole veel praktikaid</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Teenuse tüüp</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Veel teadmata</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Päritolupiirkond</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Veel kirja panemata</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Allikat pole kirja pandud</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Valitud</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Pole valitud</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Kokkuvõtet veel pole</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Field-test notes (%1)</source>
        <translation>Katsetusmärkmed (%1)</translation>
    </message>
    <message>
        <source>No notes in this selection</source>
        <translation>Selles valikus pole märkmeid</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Veel üheski piirkonnas katsetamata</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tõendusmaterjal</translation>
    </message>
    <message>
        <source>Regions tested</source>
        <translation>Katsetanud piirkonnad</translation>
    </message>
    <message>
        <source>Completed tests</source>
        <translation>Lõpetatud katsetused</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Märkmeid veel pole</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Lisaväärtus</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Hindamata</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: hindamata</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>Viimased tulemused</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Tulemust pole veel kirja pandud</translation>
    </message>
    <message>
        <source>No author recorded</source>
        <translation>Autorit pole kirja pandud</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Tulemust pole kirja pandud</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Tekst puudub</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>Checking the database…</source>
        <translation>Andmebaasi kontrollimine…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Andmebaasi kontroll</translation>
    </message>
    <message>
        <source>The check could not run: %1.</source>
        <translation>Kontrolli ei saanud käivitada: %1.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Andmebaas on korras.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Leiti probleeme.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>Updating the search index: %1 of %Ln practice(s)</source>
        <translation>
            <numerusform>Otsinguindeksi uuendamine: %1 %Ln praktikast</numerusform>
            <numerusform>Otsinguindeksi uuendamine: %1 %Ln praktikast</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>Otsinguindeks on ajakohane.</translation>
    </message>
</context>
<context>
    <name>SelectionToggle</name>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Valitud lõppkataloogi</translation>
    </message>
    <message>
        <source>Space ticks or clears it; ticked practices make the final catalogue.</source>
        <translation>Tühikuklahv märgib või tühjendab selle; märgitud praktikad moodustavad lõppkataloogi.</translation>
    </message>
    <message>
        <source>Practices ticked here make the final catalogue (File → Export Final Catalogue)</source>
        <translation>Siin märgitud praktikad moodustavad lõppkataloogi (Fail → Ekspordi lõppkataloog)</translation>
    </message>
    <message>
        <source>The selection was not saved: %1</source>
        <translation>Valikut ei salvestatud: %1</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Open collective</source>
        <translation>Avatud kollektiivne</translation>
    </message>
    <message>
        <source>Closed collective</source>
        <translation>Suletud kollektiivne</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerlus</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuaalne</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Veel teadmata</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>The consortium&apos;s catalogue server. Its address is like postgresql://NAME@HOST:5432/DATABASE (add ?sslmode=require for an encrypted connection). Leave the password empty when it is in your password file (~/.pgpass).</source>
        <translation>Konsortsiumi kataloogiserver. Selle aadress on kujul postgresql://NIMI@HOST:5432/ANDMEBAAS (krüptitud ühenduse jaoks lisage ?sslmode=require). Jätke parool tühjaks, kui see on teie paroolifailis (~/.pgpass).</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST:5432/DATABASE</source>
        <translation>postgresql://NIMI@HOST:5432/ANDMEBAAS</translation>
    </message>
    <message>
        <source>Sign in to the catalogue server</source>
        <translation>Kataloogiserverisse sisselogimine</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveri aadress</translation>
    </message>
    <message>
        <source>The catalogue server&apos;s address, starting postgresql://</source>
        <translation>Kataloogiserveri aadress, mis algab osaga postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>Leave empty when the password is in your password file</source>
        <translation>Jätke tühjaks, kui parool on teie paroolifailis</translation>
    </message>
    <message>
        <source>Why the last try failed</source>
        <translation>Miks viimane katse nurjus</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>Logi sisse ja sünkrooni</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Serveri &amp;aadress:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parool:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, for example postgresql://NAME@HOST/DATABASE.</source>
        <translation>Sisestage serveri aadress, näiteks postgresql://NIMI@HOST/ANDMEBAAS.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %Ln conflict(s)</source>
        <translation>
            <numerusform>uusi: %1, uuendatud: %2, muutmata: %3, konflikte: %Ln</numerusform>
            <numerusform>uusi: %1, uuendatud: %2, muutmata: %3, konflikte: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln refused</source>
        <translation>
            <numerusform>%1, tagasi lükatud: %Ln</numerusform>
            <numerusform>%1, tagasi lükatud: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Andmebaas on kirjutuskaitstud</translation>
    </message>
    <message>
        <source>The sync was cancelled: what was sent stays sent.</source>
        <translation>Sünkroonimine katkestati: saadetu jääb saadetuks.</translation>
    </message>
    <message>
        <source>Syncing with the catalogue server…</source>
        <translation>Sünkroonimine kataloogiserveriga…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was sent stays sent.</source>
        <translation>Sünkroonimine katkestati: saadetu jääb saadetuks.</translation>
    </message>
    <message>
        <source>Synced with the server: sent %1; received %2.</source>
        <translation>Sünkroonitud serveriga: saadetud (%1); vastu võetud (%2).</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>Sünkroonimise olek</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Võrguühenduseta</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>Viimati sünkroonitud: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n muudatus ootab saatmist.</numerusform>
            <numerusform>%n muudatust ootab saatmist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Saatmist ei oota midagi.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sünkroonitud: %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sünkroonitud</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n muudatus sünkroonimata</numerusform>
            <numerusform>%n muudatust sünkroonimata</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Tagasi lükatud: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The server did not accept the sign-in (%1).</source>
        <translation>Server ei võtnud sisselogimist vastu (%1).</translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached (%1).</source>
        <translation>Kataloogiserveriga ei saa ühendust (%1).</translation>
    </message>
    <message>
        <source>The sync did not go through (%1).</source>
        <translation>Sünkroonimine ei õnnestunud (%1).</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import notes from a file</source>
        <translation>Märkmete import failist</translation>
    </message>
    <message>
        <source>Exchange files (*.json);;All files (*)</source>
        <translation>Vahetusfailid (*.json);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Faili %1 lugemine…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Seda faili ei saa importida</translation>
    </message>
    <message>
        <source>%1.

Nothing was changed.</source>
        <translation>%1.

Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Faili %1 importimine…</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Import nurjus</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import katkestati: midagi ei muudetud.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 new, %3 updated, %n conflict(s).</source>
        <translation>
            <numerusform>Imporditud %1 (uusi: %2, uuendatud: %3, konflikte: %n).</numerusform>
            <numerusform>Imporditud %1 (uusi: %2, uuendatud: %3, konflikte: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Kirjutatud: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Faili %1 kirjutamine…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nurjus</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>Faili %1 ei kirjutatud: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Eksport katkestati: ühtegi faili ei kirjutatud.</translation>
    </message>
    <message>
        <source>PDF: the selected practices with their evidence (*.pdf)</source>
        <translation>PDF: valitud praktikad koos tõendusmaterjaliga (*.pdf)</translation>
    </message>
    <message>
        <source>PNG: the field-test matrix of the selected practices (*.png)</source>
        <translation>PNG: valitud praktikate katsetuste maatriks (*.png)</translation>
    </message>
    <message>
        <source>CSV: the matrix as a table (*.csv)</source>
        <translation>CSV: maatriks tabelina (*.csv)</translation>
    </message>
    <message>
        <source>XLSX: the matrix as a workbook (*.xlsx)</source>
        <translation>XLSX: maatriks töövihikuna (*.xlsx)</translation>
    </message>
    <message>
        <source>No practice is selected yet</source>
        <translation>Ühtegi praktikat pole veel valitud</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Märkige esmalt lõppkataloogi praktikad: üksikasjade paani märkeruudus või menüüs Vaade → Katsetuste maatriks.</translation>
    </message>
    <message>
        <source>Export the final catalogue</source>
        <translation>Lõppkataloogi eksport</translation>
    </message>
    <message>
        <source>Wrote the final catalogue to %1</source>
        <translation>Lõppkataloog kirjutati faili %1</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Andmebaas on kirjutuskaitstud</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Practice</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märge</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prügikast</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Kustutatud märkmed</translation>
    </message>
    <message>
        <source>Select one or more notes, then Restore brings them back</source>
        <translation>Valige üks või mitu märget; nupp Taasta toob need tagasi</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Taasta</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Tü&amp;hjenda prügikast…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted note(s). Restore brings a note back to its practice.</source>
        <translation>
            <numerusform>%n kustutatud märge. Nupp Taasta viib märkme tagasi selle praktika juurde.</numerusform>
            <numerusform>%n kustutatud märget. Nupp Taasta viib märkme tagasi selle praktika juurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Prügikast on tühi.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Kas tühjendada prügikast?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Kas kustutada %n märge jäädavalt? Seda ei saa tagasi võtta.</numerusform>
            <numerusform>Kas kustutada %n märget jäädavalt? Seda ei saa tagasi võtta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashNote</name>
    <message>
        <source>Delete Note</source>
        <translation>Kustuta märge</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Märge viidi prügikasti. Ctrl+Z toob selle tagasi.</translation>
    </message>
    <message>
        <source>Note restored from the trash.</source>
        <translation>Märge taastati prügikastist.</translation>
    </message>
</context>
</TS>
