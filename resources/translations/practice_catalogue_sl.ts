<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Browse the good practices of regional business clusters and record how each was field-tested in each partner region. Works offline; makes no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source of the catalogue.&lt;/b&gt; The fifteen practices in six service categories are those of the “15 Good Practices e-booklet” of &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, “Best shared services for regional cluster initiative needs”, 2009–2012), selected in an evaluation from January to June 2011 and announced by Tartu Science Park in the news item “15 best cluster practices e-book now available”. Facts the source does not give are left empty.&lt;/p&gt;&lt;p&gt;Partners: Belgium (Province of Namur, lead partner), Estonia (Tartu), Germany (Region Stuttgart), Malta, France, Slovenia and Greece.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Pregledujte dobre prakse regionalnih poslovnih grozdov in beležite, kako je bila vsaka terensko preizkušena v posameznih partnerskih regijah. Deluje brez povezave; ne dostopa do omrežja.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vir kataloga.&lt;/b&gt; Petnajst praks v šestih kategorijah storitev je iz e-knjižice »15 Good Practices e-booklet« projekta &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, »Best shared services for regional cluster initiative needs«, 2009–2012); izbrane so bile z vrednotenjem od januarja do junija 2011, objavil pa jih je Znanstveni park Tartu v novici »15 best cluster practices e-book now available«. Podatki, ki jih vir ne navaja, so prazni.&lt;/p&gt;&lt;p&gt;Partnerji: Belgija (provinca Namur, vodilni partner), Estonija (Tartu), Nemčija (regija Stuttgart), Malta, Francija, Slovenija in Grčija.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Practice Catalogue</source>
        <translation>O programu Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Skladnja filtra</translation>
    </message>
    <message>
        <source>How to filter the catalogue</source>
        <translation>Kako filtrirati katalog</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izhod</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Zapre program</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Uvozi…</translation>
    </message>
    <message>
        <source>Merge notes from another laptop&apos;s exchange file (preview first)</source>
        <translation>Združi zapiske iz izmenjevalne datoteke drugega prenosnika (najprej predogled)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>I&amp;zvozi…</translation>
    </message>
    <message>
        <source>Write an exchange file, a notes table or a report</source>
        <translation>Zapiše izmenjevalno datoteko, tabelo zapiskov ali poročilo</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Natisni v &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF report of the catalogue or a part of it</source>
        <translation>Poročilo PDF o katalogu ali njegovem delu</translation>
    </message>
    <message>
        <source>Export &amp;Final Catalogue…</source>
        <translation>Izvozi &amp;končni katalog…</translation>
    </message>
    <message>
        <source>The practices selected for the final catalogue: PDF with evidence, or the matrix</source>
        <translation>Prakse, izbrane za končni katalog: PDF z dokazili ali matrika</translation>
    </message>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>&amp;Sinhroniziraj s strežnikom…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the catalogue server and fetch everyone else&apos;s</source>
        <translation>Pošlje spremembe s tega prenosnika na strežnik kataloga in prenese spremembe vseh drugih</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>K&amp;onflikti…</translation>
    </message>
    <message>
        <source>Records kept in two versions, to settle</source>
        <translation>Zapisi, shranjeni v dveh različicah, ki jih je treba razrešiti</translation>
    </message>
    <message>
        <source>Field-Test &amp;Matrix</source>
        <translation>&amp;Matrika terenskih preizkusov</translation>
    </message>
    <message>
        <source>Which practice was tested where, and the evidence</source>
        <translation>Katera praksa je bila preizkušena kje in dokazila</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Varnostne kopije…</translation>
    </message>
    <message>
        <source>Backup copies of this database; restore one</source>
        <translation>Varnostne kopije te zbirke podatkov; obnovitev iz ene od njih</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Preveri zbirko podatkov</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation>Preveri, ali je datoteka zbirke podatkov poškodovana</translation>
    </message>
    <message>
        <source>&amp;Unsaved Notes…</source>
        <translation>&amp;Neshranjeni zapiski…</translation>
    </message>
    <message>
        <source>Notes that were being written when the program stopped</source>
        <translation>Zapiski, ki so se pisali, ko se je program ustavil</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nov zapisek</translation>
    </message>
    <message>
        <source>Write a new test note for the selected practice</source>
        <translation>Napiše nov zapisek o preizkusu za izbrano prakso</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Shrani zapisek</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself as you type)</source>
        <translation>Takoj shrani zapisek (med tipkanjem se shranjuje tudi samodejno)</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Iz&amp;briši zapisek</translation>
    </message>
    <message>
        <source>Move the selected note to the trash (Ctrl+Z brings it back)</source>
        <translation>Premakne izbrani zapisek v koš (Ctrl+Z ga vrne)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Koš…</translation>
    </message>
    <message>
        <source>Deleted notes, to restore or empty</source>
        <translation>Izbrisani zapiski, ki jih lahko obnovite ali trajno izbrišete</translation>
    </message>
    <message>
        <source>Edit &amp;Practice</source>
        <translation>Uredi &amp;prakso</translation>
    </message>
    <message>
        <source>Edit the texts of the selected practice (F2 again: done)</source>
        <translation>Uredi besedila izbrane prakse (ponovno F2: končano)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>Put the cursor in the filter box</source>
        <translation>Postavi kazalko v polje filtra</translation>
    </message>
    <message>
        <source>&amp;Expand All Categories</source>
        <translation>&amp;Razširi vse kategorije</translation>
    </message>
    <message>
        <source>&amp;Collapse All Categories</source>
        <translation>&amp;Strni vse kategorije</translation>
    </message>
    <message>
        <source>Go to &amp;Catalogue</source>
        <translation>Pojdi v &amp;katalog</translation>
    </message>
    <message>
        <source>Move focus to the tree</source>
        <translation>Premakne fokus v drevo</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Pojdi na &amp;podrobnosti</translation>
    </message>
    <message>
        <source>Move focus to the detail pane</source>
        <translation>Premakne fokus v podokno s podrobnostmi</translation>
    </message>
    <message>
        <source>&amp;Filter Syntax</source>
        <translation>&amp;Skladnja filtra</translation>
    </message>
    <message>
        <source>How to write filter queries</source>
        <translation>Kako pisati poizvedbe za filter</translation>
    </message>
    <message>
        <source>&amp;About Practice Catalogue</source>
        <translation>&amp;O programu Practice Catalogue</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Practice Catalogue databases (*.db *.sqlite);;All files (*)</source>
        <translation>Zbirke podatkov Practice Catalogue (*.db *.sqlite);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Odpri zbirko podatkov</translation>
    </message>
    <message>
        <source>Start a New Database</source>
        <translation>Začni novo zbirko podatkov</translation>
    </message>
    <message>
        <source>That file exists</source>
        <translation>Datoteka že obstaja</translation>
    </message>
    <message>
        <source>Choose a name that is not taken: nothing is overwritten.</source>
        <translation>Izberite ime, ki še ni zasedeno: nič se ne prepiše.</translation>
    </message>
    <message>
        <source>Practice Catalogue</source>
        <translation>Practice Catalogue</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Zbirke podatkov ni bilo mogoče odpreti: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at start to %1</source>
        <translation>Varnostna kopija ob zagonu je shranjena v %1</translation>
    </message>
    <message>
        <source>Daily backup taken: %1</source>
        <translation>Dnevna varnostna kopija je narejena: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Samodejna varnostna kopija ni uspela: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>by hand</source>
        <translation>ročno</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>samodejno</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pred obnovitvijo</translation>
    </message>
    <message>
        <source>before the file was upgraded</source>
        <translation>pred nadgradnjo datoteke</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Narejena</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <source>When each copy was taken, its size and why</source>
        <translation>Kdaj je bila narejena posamezna kopija, njena velikost in razlog</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Naredi varnostno kopijo zdaj</translation>
    </message>
    <message>
        <source>Take a copy of the database now</source>
        <translation>Takoj naredi kopijo zbirke podatkov</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Obnovi…</translation>
    </message>
    <message>
        <source>Put the selected copy in place of the current contents</source>
        <translation>Zamenja trenutno vsebino z izbrano kopijo</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Odpri &amp;mapo</translation>
    </message>
    <message>
        <source>Show the folder of the backups in the file manager</source>
        <translation>Prikaže mapo z varnostnimi kopijami v upravitelju datotek</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</source>
        <translation>
            <numerusform>%n varnostna kopija v %1. Ohranjena je najnovejša kopija za vsakega od zadnjih 7 dni, 4 tednov in 6 mesecev.</numerusform>
            <numerusform>%n varnostni kopiji v %1. Ohranjena je najnovejša kopija za vsakega od zadnjih 7 dni, 4 tednov in 6 mesecev.</numerusform>
            <numerusform>%n varnostne kopije v %1. Ohranjena je najnovejša kopija za vsakega od zadnjih 7 dni, 4 tednov in 6 mesecev.</numerusform>
            <numerusform>%n varnostnih kopij v %1. Ohranjena je najnovejša kopija za vsakega od zadnjih 7 dni, 4 tednov in 6 mesecev.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. One is taken when the application starts after a change, and every day while it runs.</source>
        <translation>Varnostnih kopij še ni. Kopija se naredi ob zagonu programa, če je bilo kaj spremenjeno, in vsak dan, dokler program teče.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Varnostna kopija ni uspela</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Ali želite obnoviti to varnostno kopijo?</translation>
    </message>
    <message>
        <source>Replace the current contents with the backup taken %1?

The current contents are backed up first, so this can be undone.</source>
        <translation>Ali želite trenutno vsebino zamenjati z varnostno kopijo, narejeno %1?

Za trenutno vsebino se najprej naredi varnostna kopija, zato je to mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Obnovitev ni uspela</translation>
    </message>
</context>
<context>
    <name>CataloguePane</name>
    <message>
        <source>Practices by category</source>
        <translation>Prakse po kategorijah</translation>
    </message>
    <message>
        <source>Service categories and their practices. Arrow keys move, Right opens a category, Enter on a “more” row shows the next practices.</source>
        <translation>Kategorije storitev in njihove prakse. Puščične tipke premikajo izbiro, desna puščica odpre kategorijo, Enter na vrstici »še …« prikaže naslednje prakse.</translation>
    </message>
    <message>
        <source>No matching practice</source>
        <translation>Nobena praksa se ne ujema</translation>
    </message>
    <message>
        <source>No practice matches “%1”.

Check the spelling, remove a word, or press Esc to clear the filter.</source>
        <translation>Nobena praksa se ne ujema z »%1«.

Preverite črkovanje, odstranite kakšno besedo ali pritisnite Esc, da počistite filter.</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <source>%1 in %2</source>
        <comment>practices in categories</comment>
        <extracomment>%1 is &quot;15 practices&quot;, %2 is &quot;6 categories&quot;.</extracomment>
        <translation>%1 v %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praksa</numerusform>
            <numerusform>%Ln praksi</numerusform>
            <numerusform>%Ln prakse</numerusform>
            <numerusform>%Ln praks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln kategoriji</numerusform>
            <numerusform>%Ln kategorijah</numerusform>
            <numerusform>%Ln kategorijah</numerusform>
            <numerusform>%Ln kategorijah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s) match</source>
        <translation>
            <numerusform>Ustrezne prakse: %1 od %Ln</numerusform>
            <numerusform>Ustrezne prakse: %1 od %Ln</numerusform>
            <numerusform>Ustrezne prakse: %1 od %Ln</numerusform>
            <numerusform>Ustrezne prakse: %1 od %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice matches</source>
        <translation>Nobena praksa se ne ujema</translation>
    </message>
    <message>
        <source>%1 · ignored: %2</source>
        <translation>%1 · prezrto: %2</translation>
    </message>
    <message>
        <source>%1 · the search index is still being updated: some matches may be missing</source>
        <translation>%1 · iskalno kazalo se še posodablja: nekateri zadetki morda manjkajo</translation>
    </message>
    <message>
        <source>The filter failed: %1</source>
        <translation>Filter ni uspel: %1</translation>
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
            <numerusform>… še %Ln (Enter za prikaz)</numerusform>
            <numerusform>… še %Ln (Enter za prikaz)</numerusform>
            <numerusform>… še %Ln (Enter za prikaz)</numerusform>
            <numerusform>… še %Ln (Enter za prikaz)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the next %Ln practice(s) of %1</source>
        <translation>
            <numerusform>Prikaži še %Ln prakso v kategoriji %1</numerusform>
            <numerusform>Prikaži še %Ln praksi v kategoriji %1</numerusform>
            <numerusform>Prikaži še %Ln prakse v kategoriji %1</numerusform>
            <numerusform>Prikaži še %Ln praks v kategoriji %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <translation>
            <numerusform>%1, %n praksa</numerusform>
            <numerusform>%1, %n praksi</numerusform>
            <numerusform>%1, %n prakse</numerusform>
            <numerusform>%1, %n praks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n practice(s) match</source>
        <translation>
            <numerusform>%1, ustrezne prakse: %2 od %n</numerusform>
            <numerusform>%1, ustrezne prakse: %2 od %n</numerusform>
            <numerusform>%1, ustrezne prakse: %2 od %n</numerusform>
            <numerusform>%1, ustrezne prakse: %2 od %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>practice</source>
        <translation>praksa</translation>
    </message>
    <message>
        <source>test note</source>
        <translation>zapisek o preizkusu</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regija</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1.</source>
        <translation>Datoteke ni mogoče prebrati kot zbirko podatkov: %1.</translation>
    </message>
    <message>
        <source>File structure: sound (SQLite integrity check passed).</source>
        <translation>Zgradba datoteke: brezhibna (preverjanje celovitosti SQLite je uspelo).</translation>
    </message>
    <message numerus="yes">
        <source>File structure: damaged, %Ln problem(s); the first:</source>
        <translation>
            <numerusform>Zgradba datoteke: poškodovana, %Ln težava:</numerusform>
            <numerusform>Zgradba datoteke: poškodovana, %Ln težavi:</numerusform>
            <numerusform>Zgradba datoteke: poškodovana, %Ln težave; prve:</numerusform>
            <numerusform>Zgradba datoteke: poškodovana, %Ln težav; prve:</numerusform>
        </translation>
    </message>
    <message>
        <source>References: every note, practice and region it points to exists.</source>
        <translation>Sklici: vsi zapiski, prakse in regije, na katere kažejo, obstajajo.</translation>
    </message>
    <message numerus="yes">
        <source>References: %Ln record(s) (%1) point to a missing %2.</source>
        <translation>
            <numerusform>Sklici: %Ln zapis (%1) kaže na manjkajoč zapis (%2).</numerusform>
            <numerusform>Sklici: %Ln zapisa (%1) kažeta na manjkajoč zapis (%2).</numerusform>
            <numerusform>Sklici: %Ln zapisi (%1) kažejo na manjkajoč zapis (%2).</numerusform>
            <numerusform>Sklici: %Ln zapisov (%1) kaže na manjkajoč zapis (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: consistent.</source>
        <translation>Iskalno kazalo: skladno.</translation>
    </message>
    <message>
        <source>Search index: not checked (the file is read-only).</source>
        <translation>Iskalno kazalo: ni preverjeno (datoteka je samo za branje).</translation>
    </message>
    <message>
        <source>Search index: damaged (%1); &apos;practice-catalogue check --repair&apos; rebuilds it.</source>
        <translation>Iskalno kazalo: poškodovano (%1); ukaz »practice-catalogue check --repair« ga zgradi znova.</translation>
    </message>
    <message>
        <source>Contents: %1 practices, %2 notes, %3 in the trash.</source>
        <translation>Vsebina – prakse: %1, zapiski: %2, v košu: %3.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>none</source>
        <translation>brez</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Regija: %1</translation>
    </message>
    <message>
        <source>Date: %1   Status: %2</source>
        <translation>Datum: %1   Stanje: %2</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Avtor: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Izid: %1</translation>
    </message>
    <message>
        <source>Added value (clusters / agencies / enterprises): %1</source>
        <translation>Dodana vrednost (grozdi / agencije / podjetja): %1</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Primerjava različic</translation>
    </message>
    <message>
        <source>Stored version (revision %1)</source>
        <translation>Shranjena različica (revizija %1)</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Shranjena različica</translation>
    </message>
    <message>
        <source>Deleted for good.</source>
        <translation>Trajno izbrisano.</translation>
    </message>
    <message>
        <source>Your version (kept from %1)</source>
        <translation>Vaša različica (ohranjena iz: %1)</translation>
    </message>
    <message>
        <source>Your version (kept from this window)</source>
        <translation>Vaša različica (ohranjena iz tega okna)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Vaša različica</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This note was changed elsewhere while you edited it. Both versions are kept.</source>
        <translation>Ta zapisek je bil med vašim urejanjem spremenjen drugje. Ohranjeni sta obe različici.</translation>
    </message>
    <message>
        <source>An import found this note changed on both sides. The version edited last is shown; the other is kept as a copy.</source>
        <translation>Uvoz je ugotovil, da je bil ta zapisek spremenjen na obeh straneh. Prikazana je nazadnje urejena različica, druga pa je shranjena kot kopija.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Obdrži &amp;mojo</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Obdrži &amp;drugo</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Obdrži &amp;obe</translation>
    </message>
    <message>
        <source>Use the &amp;Other Version</source>
        <translation>Uporabi &amp;drugo različico</translation>
    </message>
    <message>
        <source>Keep &amp;This One</source>
        <translation>Obdrži &amp;to različico</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Obdrži &amp;obe</translation>
    </message>
    <message>
        <source>Save your version over the other one</source>
        <translation>Shrani vašo različico namesto druge</translation>
    </message>
    <message>
        <source>Show the other version; yours stays on record</source>
        <translation>Prikaže drugo različico; vaša ostane shranjena</translation>
    </message>
    <message>
        <source>Save your version as a separate note</source>
        <translation>Shrani vašo različico kot ločen zapisek</translation>
    </message>
    <message>
        <source>Put the version kept aside in place of the one shown</source>
        <translation>Prikazano različico nadomesti s shranjeno kopijo</translation>
    </message>
    <message>
        <source>Keep the version shown; the other stays on record</source>
        <translation>Obdrži prikazano različico; druga ostane shranjena</translation>
    </message>
    <message>
        <source>Add the version kept aside as a separate note</source>
        <translation>Shranjeno kopijo doda kot ločen zapisek</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Primerjaj…</translation>
    </message>
    <message>
        <source>Show the two versions side by side</source>
        <translation>Prikaže obe različici drugo ob drugi</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Where the other version came from</source>
        <translation>Od kod je druga različica</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Records in two versions</source>
        <translation>Zapisi v dveh različicah</translation>
    </message>
    <message>
        <source>Enter opens the chosen record to compare and settle it</source>
        <translation>Enter odpre izbrani zapis, da ga primerjate in razrešite</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Odpri</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exist in two versions. Open one to compare them and choose; until then both are kept.</source>
        <translation>
            <numerusform>%n zapis obstaja v dveh različicah. Odprite ga, da različici primerjate in izberete eno; do takrat sta ohranjeni obe.</numerusform>
            <numerusform>%n zapisa obstajata v dveh različicah. Odprite zapis, da različici primerjate in izberete eno; do takrat sta ohranjeni obe.</numerusform>
            <numerusform>%n zapisi obstajajo v dveh različicah. Odprite zapis, da različici primerjate in izberete eno; do takrat sta ohranjeni obe.</numerusform>
            <numerusform>%n zapisov obstaja v dveh različicah. Odprite zapis, da različici primerjate in izberete eno; do takrat sta ohranjeni obe.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every record has one version.</source>
        <translation>Ni konfliktov: vsak zapis ima eno različico.</translation>
    </message>
    <message>
        <source>Practice (gone)</source>
        <translation>Praksa (ne obstaja več)</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Praksa: %1</translation>
    </message>
    <message>
        <source>Note (deleted for good)</source>
        <translation>Zapisek (trajno izbrisan)</translation>
    </message>
    <message>
        <source>Note on %1 (%2): %3</source>
        <translation>Zapisek o praksi %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Practice</source>
        <translation>Praksa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Zapisek</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>Nazadnje tipkano</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Neshranjeni zapiski</translation>
    </message>
    <message>
        <source>These notes were being written when the application last stopped, and were not saved. Open one to finish it (it is saved as soon as it is valid), or discard it.</source>
        <translation>Ti zapiski so se pisali, ko se je program nazadnje ustavil, in niso bili shranjeni. Odprite zapisek, da ga dokončate (shrani se, takoj ko je veljaven), ali ga zavrzite.</translation>
    </message>
    <message>
        <source>Enter opens the chosen note to finish it</source>
        <translation>Enter odpre izbrani zapisek, da ga dokončate</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Odpri</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Zavrzi…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Pozneje</translation>
    </message>
    <message>
        <source>Keep the drafts; File → Unsaved Notes shows them again</source>
        <translation>Obdrži osnutke; Datoteka → Neshranjeni zapiski jih znova prikaže</translation>
    </message>
    <message>
        <source>(practice gone)</source>
        <translation>(praksa ne obstaja več)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(še brez besedila)</translation>
    </message>
    <message>
        <source>Discard this unsaved note?</source>
        <translation>Ali želite zavreči ta neshranjeni zapisek?</translation>
    </message>
    <message>
        <source>The text of this draft will be gone for good.</source>
        <translation>Besedilo tega osnutka bo trajno izgubljeno.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Prišlo je do napake</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Prišlo je do nepričakovane napake: %1</translation>
    </message>
    <message>
        <source>Your notes are saved as you type, so nothing should be lost. The details are in the log file; please send them to whoever supports this application.</source>
        <translation>Vaši zapiski se shranjujejo med tipkanjem, zato se ne bi smelo nič izgubiti. Podrobnosti so v dnevniški datoteki; pošljite jih osebi, ki skrbi za podporo tega programa.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopiraj podrobnosti</translation>
    </message>
    <message>
        <source>Copy the error&apos;s details to the clipboard, to send them</source>
        <translation>Kopira podrobnosti napake v odložišče, da jih lahko pošljete</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exchange file for another laptop (JSON)</source>
        <translation>Izmenjevalna datoteka za drug prenosnik (JSON)</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Izmenjevalne datoteke (*.json)</translation>
    </message>
    <message>
        <source>Notes as a table (CSV)</source>
        <translation>Zapiski kot tabela (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Notes as a spreadsheet (XLSX)</source>
        <translation>Zapiski kot preglednica (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report to print or send (PDF)</source>
        <translation>Poročilo za tiskanje ali pošiljanje (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Natisni v PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What to write: an exchange file, a table or a report</source>
        <translation>Kaj zapisati: izmenjevalno datoteko, tabelo ali poročilo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regija</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Vse regije</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Vse kategorije</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Samo »%1«</translation>
    </message>
    <message>
        <source>Only one practice</source>
        <translation>Samo ena praksa</translation>
    </message>
    <message>
        <source>Only the practice shown in the detail pane</source>
        <translation>Samo praksa, prikazana v podoknu s podrobnostmi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Izberi datoteko…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Izbere datoteko, v katero se bo pisalo</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which part&lt;/b&gt; (leave as is for everything)</source>
        <translation>&lt;b&gt;Kateri del&lt;/b&gt; (za vse pustite nespremenjeno)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regija</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorija</translation>
    </message>
    <message>
        <source>Notes &amp;from</source>
        <translation>Zapiski &amp;od</translation>
    </message>
    <message>
        <source>Notes &amp;until</source>
        <translation>Zapiski &amp;do</translation>
    </message>
    <message>
        <source>Limit the notes&apos; start date</source>
        <translation>Omeji začetni datum zapiskov</translation>
    </message>
    <message>
        <source>Limit the notes&apos; end date</source>
        <translation>Omeji končni datum zapiskov</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Zapiski od</translation>
    </message>
    <message>
        <source>Notes until</source>
        <translation>Zapiski do</translation>
    </message>
    <message>
        <source>Up and Down change the part of the date at the cursor</source>
        <translation>Puščici gor in dol spremenita del datuma pri kazalki</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Izvozi v</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Choose the region where the test took place.</source>
        <translation>Izberite regijo, v kateri je potekal preizkus.</translation>
    </message>
    <message>
        <source>This region no longer exists; choose another.</source>
        <translation>Ta regija ne obstaja več; izberite drugo.</translation>
    </message>
    <message>
        <source>Enter the date of the test, e.g. 2012-03-01.</source>
        <translation>Vnesite datum preizkusa, npr. 2012-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2012-03-01 or 1.3.2012.</source>
        <translation>»%1« ni datum; zapišite ga kot 2012-03-01 ali 1.3.2012.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Izberite stanje.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Največ %1 znakov.</translation>
    </message>
    <message>
        <source>One line of at most %1 characters.</source>
        <translation>Ena vrstica z največ %1 znaki.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: “%1” is not a whole number from %2 to %3.</source>
        <translation>Dodana vrednost za grozdne pobude: »%1« ni celo število od %2 do %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: “%1” is not a whole number from %2 to %3.</source>
        <translation>Dodana vrednost za razvojne agencije: »%1« ni celo število od %2 do %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: “%1” is not a whole number from %2 to %3.</source>
        <translation>Dodana vrednost za podjetja: »%1« ni celo število od %2 do %3.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Dodana vrednost za grozdne pobude: %1 je zunaj obsega; ocene so od %2 do %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Dodana vrednost za razvojne agencije: %1 je zunaj obsega; ocene so od %2 do %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Dodana vrednost za podjetja: %1 je zunaj obsega; ocene so od %2 do %3.</translation>
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
        <translation>Vnesite besede za filtriranje praks in njihovih zapiskov o preizkusih (ujemati se morajo vse besede).
&quot;besede v narekovajih&quot; — te besede v tem vrstnem redu
-beseda — izpusti prakse, ki jo omenjajo
category:expansion  region:tartu  status:completed  type:partnership
Velikost črk in diakritični znaki niso pomembni. Esc počisti filter.</translation>
    </message>
    <message>
        <source>Filter practices</source>
        <translation>Filtriraj prakse</translation>
    </message>
    <message>
        <source>Shows only the practices whose titles, texts or test notes hold every word typed; case and accents are ignored. Down or Enter moves into the tree, Esc clears the filter.</source>
        <translation>Prikaže samo prakse, katerih naslovi, besedila ali zapiski o preizkusih vsebujejo vse vnesene besede; velikost črk in diakritični znaki se ne upoštevajo. Puščica dol ali Enter premakne v drevo, Esc počisti filter.</translation>
    </message>
    <message>
        <source>Filter practices and notes…  (%1)</source>
        <translation>Filtriraj prakse in zapiske…  (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>note</source>
        <translation>zapisek</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>praksa</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regija</translation>
    </message>
    <message>
        <source>new</source>
        <translation>dodano</translation>
    </message>
    <message>
        <source>updated (newer in the file)</source>
        <translation>posodobljeno (novejše v datoteki)</translation>
    </message>
    <message>
        <source>conflict: changed on both sides, both versions kept</source>
        <translation>konflikt: spremenjeno na obeh straneh, obe različici ohranjeni</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Uvoz: %1</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Spremembe, ki bi jih naredil uvoz</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kaj</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Sprememba</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Prekliči: ne uvozi ničesar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvozi</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Uvozi te spremembe</translation>
    </message>
    <message>
        <source>… and %1 more (the list shows the first %2).</source>
        <translation>… in še %1 (seznam prikazuje prvih %2).</translation>
    </message>
    <message>
        <source>Everything in this file is already here: nothing to import.</source>
        <translation>Vse iz te datoteke je že tu: ničesar ni treba uvoziti.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %n conflict(s).</source>
        <translation>
            <numerusform>Novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %n.</numerusform>
            <numerusform>Novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %n.</numerusform>
            <numerusform>Novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %n.</numerusform>
            <numerusform>Novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each conflict the version edited last is shown and the other is kept as a copy: Edit → Conflicts lets you settle them.</source>
        <translation>Pri vsakem konfliktu je prikazana nazadnje urejena različica, druga pa je shranjena kot kopija: razrešite jih lahko z ukazom Urejanje → Konflikti.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Sistemski jezik</translation>
    </message>
    <message>
        <source>Follow the language of the computer</source>
        <translation>Uporabi jezik računalnika</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>sistemski jezik</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Zamenjava jezika</translation>
    </message>
    <message>
        <source>Practice Catalogue will speak %1 from its next start.</source>
        <translation>Practice Catalogue bo ob naslednjem zagonu uporabljal jezik: %1.</translation>
    </message>
    <message>
        <source>Restart now? Your notes are saved first; nothing typed is lost.</source>
        <translation>Ali želite program znova zagnati zdaj? Zapiski se najprej shranijo; nič vnesenega se ne izgubi.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Znova zaženi zdaj</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Pozneje</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Potek</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Practice Catalogue (read-only)</source>
        <translation>%1 — Practice Catalogue (samo za branje)</translation>
    </message>
    <message>
        <source>%1 — Practice Catalogue</source>
        <translation>%1 — Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Rezultat filtra</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Preparing this text…</source>
        <translation>Pripravljanje besedila…</translation>
    </message>
    <message>
        <source>image not loaded: %1</source>
        <translation>slika ni naložena: %1</translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation>slika ni naložena</translation>
    </message>
</context>
<context>
    <name>MarkdownLimits</name>
    <message numerus="yes">
        <source>This text is long: showing the first %1 of %Ln character(s).</source>
        <translation>
            <numerusform>Besedilo je dolgo: prikazanih je prvih %1 od %Ln znaka.</numerusform>
            <numerusform>Besedilo je dolgo: prikazanih je prvih %1 od %Ln znakov.</numerusform>
            <numerusform>Besedilo je dolgo: prikazanih je prvih %1 od %Ln znakov.</numerusform>
            <numerusform>Besedilo je dolgo: prikazanih je prvih %1 od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more row(s) not shown</source>
        <translation>
            <numerusform>… še %Ln vrstica ni prikazana</numerusform>
            <numerusform>… še %Ln vrstici nista prikazani</numerusform>
            <numerusform>… še %Ln vrstice niso prikazane</numerusform>
            <numerusform>… še %Ln vrstic ni prikazanih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table is long: showing %1 of its %Ln row(s).</source>
        <translation>
            <numerusform>Tabela je dolga: prikazanih je %1 od %Ln vrstice.</numerusform>
            <numerusform>Tabela je dolga: prikazanih je %1 od %Ln vrstic.</numerusform>
            <numerusform>Tabela je dolga: prikazanih je %1 od %Ln vrstic.</numerusform>
            <numerusform>Tabela je dolga: prikazanih je %1 od %Ln vrstic.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message numerus="yes">
        <source>Tested in %1 of %Ln region(s)</source>
        <translation>
            <numerusform>Preizkušena v %1 od %Ln regije</numerusform>
            <numerusform>Preizkušena v %1 od %Ln regij</numerusform>
            <numerusform>Preizkušena v %1 od %Ln regij</numerusform>
            <numerusform>Preizkušena v %1 od %Ln regij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln zapisek</numerusform>
            <numerusform>%Ln zapiska</numerusform>
            <numerusform>%Ln zapiski</numerusform>
            <numerusform>%Ln zapiskov</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see its evidence.</source>
        <translation>Izberite prakso, da vidite njena dokazila.</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>grozdne pobude</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>razvojne agencije</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>podjetja</translation>
    </message>
    <message>
        <source>A cell: the most advanced status of its notes, and how many. Under a region&apos;s name: how many of these practices it tests. Totals count a region only when its notes are not all dropped.</source>
        <translation>Celica: najnaprednejše stanje njenih zapiskov in njihovo število. Pod imenom regije: koliko teh praks preizkuša. Seštevki upoštevajo regijo le, če niso vsi njeni zapiski opuščeni.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>What the symbols and colours of the cells mean</source>
        <translation>Kaj pomenijo simboli in barve celic</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Ni ničesar za prikaz</translation>
    </message>
    <message>
        <source>No practice matches the filter of the main window.

Change or clear the filter there (Esc in the filter box) to see practices here.</source>
        <translation>Nobena praksa ne ustreza filtru v glavnem oknu.

Tam spremenite ali počistite filter (Esc v polju filtra), da se prakse prikažejo tukaj.</translation>
    </message>
    <message>
        <source>Evidence of the practice</source>
        <translation>Dokazila o praksi</translation>
    </message>
    <message>
        <source>Tests, notes, scores and latest outcomes of the current practice</source>
        <translation>Preizkusi, zapiski, ocene in zadnji izidi trenutne prakse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) match the filter</source>
        <translation>
            <numerusform>%Ln praksa ustreza filtru</numerusform>
            <numerusform>%Ln praksi ustrezata filtru</numerusform>
            <numerusform>%Ln prakse ustrezajo filtru</numerusform>
            <numerusform>%Ln praks ustreza filtru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praksa</numerusform>
            <numerusform>%Ln praksi</numerusform>
            <numerusform>%Ln prakse</numerusform>
            <numerusform>%Ln praks</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the evidence for totals and sorting…</source>
        <translation>štetje dokazil za seštevke in razvrščanje…</translation>
    </message>
    <message>
        <source>the order follows once counted</source>
        <translation>vrstni red sledi po štetju</translation>
    </message>
    <message>
        <source>%1 — selected for the final catalogue</source>
        <translation>%1 — izbrana za končni katalog</translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed test(s)</source>
        <translation>
            <numerusform>%Ln zaključen preizkus</numerusform>
            <numerusform>%Ln zaključena preizkusa</numerusform>
            <numerusform>%Ln zaključeni preizkusi</numerusform>
            <numerusform>%Ln zaključenih preizkusov</numerusform>
        </translation>
    </message>
    <message>
        <source>Added value (mean of 0–5): %1</source>
        <translation>Dodana vrednost (povprečje na lestvici 0–5): %1</translation>
    </message>
    <message>
        <source>Latest outcomes:</source>
        <translation>Zadnji izidi:</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>No outcome written yet.</source>
        <translation>Izid še ni zapisan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%Ln note(s))</source>
        <translation>
            <numerusform>%1 %2 (%Ln zapisek)</numerusform>
            <numerusform>%1 %2 (%Ln zapiska)</numerusform>
            <numerusform>%1 %2 (%Ln zapiski)</numerusform>
            <numerusform>%1 %2 (%Ln zapiskov)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be marked: %2</source>
        <translation>Prakse »%1« ni bilo mogoče označiti: %2</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Matrika preizkusov</translation>
    </message>
    <message>
        <source>Practices down, regions across. Arrow keys move from cell to cell; Home goes to the Selected column, where Space selects or unselects the practice for the final catalogue; Enter opens the notes of a cell; a header click sorts by it.</source>
        <translation>Prakse v vrsticah, regije v stolpcih. Puščične tipke premikajo od celice do celice; Home skoči v stolpec Izbrana, kjer preslednica prakso izbere za končni katalog ali izbiro prekliče; Enter odpre zapiske celice; klik na glavo stolpca razvrsti po njem.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Glave stolpcev</translation>
    </message>
    <message>
        <source>Field-test matrix</source>
        <translation>Matrika terenskih preizkusov</translation>
    </message>
    <message>
        <source>Which practice was tested where</source>
        <translation>Katera praksa je bila preizkušena kje</translation>
    </message>
    <message>
        <source>Field-test matrix — Practice Catalogue</source>
        <translation>Matrika terenskih preizkusov — Practice Catalogue</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Izbrane prakse</translation>
    </message>
    <message>
        <source>How many practices are selected for the final catalogue</source>
        <translation>Koliko praks je izbranih za končni katalog</translation>
    </message>
    <message>
        <source>Matrix status</source>
        <translation>Stanje matrike</translation>
    </message>
    <message>
        <source>How many practices the matrix shows, and what is being counted</source>
        <translation>Koliko praks prikazuje matrika in kaj se šteje</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Vrstni red:</translation>
    </message>
    <message>
        <source>The evidence could not be counted: %1</source>
        <translation>Dokazil ni bilo mogoče prešteti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln izbrana</numerusform>
            <numerusform>%Ln izbrani</numerusform>
            <numerusform>%Ln izbrane</numerusform>
            <numerusform>%Ln izbranih</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection Not Saved</source>
        <translation>Izbira ni shranjena</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message numerus="yes">
        <source>%1: %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1: %Ln prikazana praksa</numerusform>
            <numerusform>%1: %Ln prikazani praksi</numerusform>
            <numerusform>%1: %Ln prikazane prakse</numerusform>
            <numerusform>%1: %Ln prikazanih praks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tests %2 of the %Ln practice(s) of %3</source>
        <translation>
            <numerusform>%1 preizkuša %2 od %Ln prakse v kategoriji %3</numerusform>
            <numerusform>%1 preizkuša %2 od %Ln praks v kategoriji %3</numerusform>
            <numerusform>%1 preizkuša %2 od %Ln praks v kategoriji %3</numerusform>
            <numerusform>%1 preizkuša %2 od %Ln praks v kategoriji %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Ni izbrana</translation>
    </message>
    <message>
        <source>%1: selected</source>
        <translation>%1: izbrana</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: ni izbrana</translation>
    </message>
    <message>
        <source>Space selects or unselects it for the final catalogue</source>
        <translation>Preslednica jo izbere za končni katalog ali izbiro prekliče</translation>
    </message>
    <message>
        <source>Enter opens the notes of this practice</source>
        <translation>Enter odpre zapiske te prakse</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>brez ocene</translation>
    </message>
    <message numerus="yes">
        <source>mean score %1 (%Ln score(s))</source>
        <translation>
            <numerusform>povprečna ocena %1 (%Ln ocena)</numerusform>
            <numerusform>povprečna ocena %1 (%Ln oceni)</numerusform>
            <numerusform>povprečna ocena %1 (%Ln ocene)</numerusform>
            <numerusform>povprečna ocena %1 (%Ln ocen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln zaključen</numerusform>
            <numerusform>%Ln zaključena</numerusform>
            <numerusform>%Ln zaključeni</numerusform>
            <numerusform>%Ln zaključenih</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: not tested</source>
        <translation>%1, %2: ni preizkušena</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3, %n note(s)</source>
        <translation>
            <numerusform>%1, %2: %3, %n zapisek</numerusform>
            <numerusform>%1, %2: %3, %n zapiska</numerusform>
            <numerusform>%1, %2: %3, %n zapiski</numerusform>
            <numerusform>%1, %2: %3, %n zapiskov</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the notes of this cell</source>
        <translation>Enter odpre zapiske te celice</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Še ni zapiskov</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… in še %Ln</numerusform>
            <numerusform>… in še %Ln</numerusform>
            <numerusform>… in še %Ln</numerusform>
            <numerusform>… in še %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open these notes</source>
        <translation>Dvokliknite, da odprete te zapiske</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brez</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no outcome written)</source>
        <translation>(izid ni zapisan)</translation>
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
        <translation>ni zapiskov</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message numerus="yes">
        <source>Saved the final catalogue, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Končni katalog (%Ln praksa) je shranjen kot %1: %2</numerusform>
            <numerusform>Končni katalog (%Ln praksi) je shranjen kot %1: %2</numerusform>
            <numerusform>Končni katalog (%Ln prakse) je shranjen kot %1: %2</numerusform>
            <numerusform>Končni katalog (%Ln praks) je shranjen kot %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Prikazane prakse (%Ln praksa) so shranjene kot %1: %2</numerusform>
            <numerusform>Prikazane prakse (%Ln praksi) so shranjene kot %1: %2</numerusform>
            <numerusform>Prikazane prakse (%Ln prakse) so shranjene kot %1: %2</numerusform>
            <numerusform>Prikazane prakse (%Ln praks) so shranjene kot %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: give a name ending in .png, .csv or .xlsx</source>
        <translation>%1: vnesite ime s končnico .png, .csv ali .xlsx</translation>
    </message>
    <message>
        <source>Field-test matrix: the final catalogue</source>
        <translation>Matrika terenskih preizkusov: končni katalog</translation>
    </message>
    <message>
        <source>Field-test matrix: the practices shown</source>
        <translation>Matrika terenskih preizkusov: prikazane prakse</translation>
    </message>
    <message>
        <source>Saved the final catalogue as an image: %1</source>
        <translation>Končni katalog je shranjen kot slika: %1</translation>
    </message>
    <message>
        <source>Saved the practices shown as an image: %1</source>
        <translation>Prikazane prakse so shranjene kot slika: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Končni katalog je shranjen kot slika (prvih %1 od %Ln prakse): %2</numerusform>
            <numerusform>Končni katalog je shranjen kot slika (prvih %1 od %Ln praks): %2</numerusform>
            <numerusform>Končni katalog je shranjen kot slika (prvih %1 od %Ln praks): %2</numerusform>
            <numerusform>Končni katalog je shranjen kot slika (prvih %1 od %Ln praks): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Prikazane prakse so shranjene kot slika (prvih %1 od %Ln prakse): %2</numerusform>
            <numerusform>Prikazane prakse so shranjene kot slika (prvih %1 od %Ln praks): %2</numerusform>
            <numerusform>Prikazane prakse so shranjene kot slika (prvih %1 od %Ln praks): %2</numerusform>
            <numerusform>Prikazane prakse so shranjene kot slika (prvih %1 od %Ln praks): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Slika PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Delovni zvezek Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the field-test matrix</source>
        <translation>Izvoz matrike terenskih preizkusov</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Izvozi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvozi</translation>
    </message>
    <message>
        <source>Export the matrix as PNG, CSV or XLSX</source>
        <translation>Izvozi matriko kot PNG, CSV ali XLSX</translation>
    </message>
    <message>
        <source>&amp;Final catalogue (selected practices)…</source>
        <translation>&amp;Končni katalog (izbrane prakse)…</translation>
    </message>
    <message>
        <source>&amp;Practices shown here…</source>
        <translation>&amp;Prakse, prikazane tukaj…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nič ni bilo zapisano: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln practice(s), %2</source>
        <translation>
            <numerusform>%1 — %Ln praksa, %2</numerusform>
            <numerusform>%1 — %Ln praksi, %2</numerusform>
            <numerusform>%1 — %Ln prakse, %2</numerusform>
            <numerusform>%1 — %Ln praks, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are shown; the CSV and XLSX hold them all.</source>
        <translation>
            <numerusform>Prikazana je prva %Ln; CSV in XLSX vsebujeta vse.</numerusform>
            <numerusform>Prikazani sta prvi %Ln; CSV in XLSX vsebujeta vse.</numerusform>
            <numerusform>Prikazane so prve %Ln; CSV in XLSX vsebujeta vse.</numerusform>
            <numerusform>Prikazanih je prvih %Ln; CSV in XLSX vsebujeta vse.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>datoteke %1 ni bilo mogoče zapisati</translation>
    </message>
</context>
<context>
    <name>MatrixHeader</name>
    <message>
        <source>Selected</source>
        <translation>Izbrana</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praksa</translation>
    </message>
    <message>
        <source>Practices by category</source>
        <translation>Prakse po kategorijah</translation>
    </message>
    <message>
        <source>Practices tested here: counting…</source>
        <translation>Tukaj preizkušene prakse: štetje…</translation>
    </message>
    <message numerus="yes">
        <source>Practices tested here: %1 of the %Ln shown</source>
        <translation>
            <numerusform>Tukaj preizkušene prakse: %1 od %Ln prikazane</numerusform>
            <numerusform>Tukaj preizkušene prakse: %1 od %Ln prikazanih</numerusform>
            <numerusform>Tukaj preizkušene prakse: %1 od %Ln prikazanih</numerusform>
            <numerusform>Tukaj preizkušene prakse: %1 od %Ln prikazanih</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, counting the practices tested</source>
        <translation>%1, štetje preizkušenih praks</translation>
    </message>
    <message numerus="yes">
        <source>%1, tests %2 of the %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1, preizkuša %2 od %Ln prikazane prakse</numerusform>
            <numerusform>%1, preizkuša %2 od %Ln prikazanih praks</numerusform>
            <numerusform>%1, preizkuša %2 od %Ln prikazanih praks</numerusform>
            <numerusform>%1, preizkuša %2 od %Ln prikazanih praks</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regije</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zaključeni</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Regions testing the practice (a note that is not dropped)</source>
        <translation>Regije, ki preizkušajo prakso (zapisek, ki ni opuščen)</translation>
    </message>
    <message>
        <source>Completed tests: notes whose status is completed</source>
        <translation>Zaključeni preizkusi: zapiski s stanjem »zaključen«</translation>
    </message>
    <message>
        <source>Mean added-value score (0–5) over every score set, and how many</source>
        <translation>Povprečna ocena dodane vrednosti (0–5) vseh podanih ocen in njihovo število</translation>
    </message>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Izbrana za končni katalog</translation>
    </message>
</context>
<context>
    <name>MatrixOrder</name>
    <message>
        <source>Catalogue order</source>
        <translation>Vrstni red kataloga</translation>
    </message>
    <message>
        <source>Most regions testing</source>
        <translation>Največ regij s preizkusi</translation>
    </message>
    <message>
        <source>Most completed tests</source>
        <translation>Največ zaključenih preizkusov</translation>
    </message>
    <message>
        <source>Highest mean score</source>
        <translation>Najvišja povprečna ocena</translation>
    </message>
    <message>
        <source>Selected first</source>
        <translation>Najprej izbrane</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Vrstni red</translation>
    </message>
    <message>
        <source>Order of the practices within each category</source>
        <translation>Vrstni red praks znotraj posamezne kategorije</translation>
    </message>
    <message>
        <source>By %1 ↓</source>
        <translation>Po stolpcu %1 ↓</translation>
    </message>
    <message>
        <source>By %1 ↑</source>
        <translation>Po stolpcu %1 ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Urejanje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pogled</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moč</translation>
    </message>
    <message>
        <source>This database is read-only: the file or the medium it is on does not allow changes. You can browse, filter and export; writing notes is switched off.</source>
        <translation>Ta zbirka podatkov je samo za branje: datoteka ali nosilec, na katerem je, ne dovoljuje sprememb. Lahko brskate, filtrirate in izvažate; pisanje zapiskov je izklopljeno.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Zapiski</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move practice to another category</source>
        <translation>Premik prakse v drugo kategorijo</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nova kategorija</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Premakni</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Premakni</translation>
    </message>
    <message>
        <source>Move %1 out of “%2” into:</source>
        <translation>Premakni %1 iz »%2« v:</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorija</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note editor</source>
        <translation>Urejevalnik zapiskov</translation>
    </message>
    <message>
        <source>The selected test note</source>
        <translation>Izbrani zapisek o preizkusu</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regija</translation>
    </message>
    <message>
        <source>Region where the practice was tested</source>
        <translation>Regija, v kateri je bila praksa preizkušena</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of the test, e.g. 2012-03-01 or 1.3.2012</source>
        <translation>Datum preizkusa, npr. 2012-03-01 ali 1.3.2012</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: the ISO date format</comment>
        <translation>LLLL-MM-DD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>How far the test got</source>
        <translation>Kako daleč je preizkus</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Avtor</translation>
    </message>
    <message>
        <source>Who wrote the note</source>
        <translation>Kdo je napisal zapisek</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>The outcome of the test, in one line</source>
        <translation>Izid preizkusa v eni vrstici</translation>
    </message>
    <message>
        <source>The outcome, in one line</source>
        <translation>Izid v eni vrstici</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Besedilo zapiska</translation>
    </message>
    <message>
        <source>The note itself, in Markdown. Tab moves on to the next field.</source>
        <translation>Sam zapisek v obliki Markdown. Tab premakne v naslednje polje.</translation>
    </message>
    <message>
        <source>What happened? Markdown works: # heading, *emphasis*, - lists, | tables |</source>
        <translation>Kaj se je zgodilo? Markdown deluje: # naslov, *poudarek*, - seznami, | tabele |</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Predogled zapiska</translation>
    </message>
    <message>
        <source>The note as it will read</source>
        <translation>Zapisek, kot bo videti</translation>
    </message>
    <message>
        <source>Note text and preview</source>
        <translation>Besedilo in predogled zapiska</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Besedilo</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Predo&amp;gled</translation>
    </message>
    <message>
        <source>Text or preview</source>
        <translation>Besedilo ali predogled</translation>
    </message>
    <message>
        <source>Write the note as text, or read it as it will print</source>
        <translation>Pišite zapisek kot besedilo ali ga preberite, kot bo natisnjen</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Stanje shranjevanja</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regija</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stanje</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;vtor</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Izid</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Dodana vrednost</translation>
    </message>
    <message>
        <source>Added value of the practice, 0 to 5, as scored in the selection method: for cluster initiatives, for development agencies, for enterprises. Empty: not scored.</source>
        <translation>Dodana vrednost prakse od 0 do 5, kot je ocenjena po metodi izbora: za grozdne pobude, za razvojne agencije, za podjetja. Prazno: ni ocenjeno.</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Izberite regijo…</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Dodaj regijo…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Še nič napisanega</translation>
    </message>
</context>
<context>
    <name>NoteScores</name>
    <message>
        <source>C&amp;lusters</source>
        <translation>Gro&amp;zdi</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>&amp;Agencije</translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation>Podj&amp;etja</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives</source>
        <translation>Dodana vrednost za grozdne pobude</translation>
    </message>
    <message>
        <source>Added value for development agencies</source>
        <translation>Dodana vrednost za razvojne agencije</translation>
    </message>
    <message>
        <source>Added value for enterprises</source>
        <translation>Dodana vrednost za podjetja</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives, 0 to 5; empty: not scored</source>
        <translation>Dodana vrednost za grozdne pobude, od 0 do 5; prazno: ni ocenjeno</translation>
    </message>
    <message>
        <source>Added value for development agencies, 0 to 5; empty: not scored</source>
        <translation>Dodana vrednost za razvojne agencije, od 0 do 5; prazno: ni ocenjeno</translation>
    </message>
    <message>
        <source>Added value for enterprises, 0 to 5; empty: not scored</source>
        <translation>Dodana vrednost za podjetja, od 0 do 5; prazno: ni ocenjeno</translation>
    </message>
</context>
<context>
    <name>NoteSession</name>
    <message>
        <source>Restored unsaved changes from %1</source>
        <translation>Obnovljene so neshranjene spremembe (%1)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Shranjeno: %1</translation>
    </message>
    <message>
        <source>New note: saved automatically as you type</source>
        <translation>Nov zapisek: med tipkanjem se shranjuje samodejno</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Shranjevanje…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red (kept as a draft)</source>
        <translation>Ni shranjeno: popravite polja, označena z rdečo (ohranjeno kot osnutek)</translation>
    </message>
    <message>
        <source>Not saved: this note changed elsewhere; both versions are kept</source>
        <translation>Ni shranjeno: ta zapisek je bil spremenjen drugje; ohranjeni sta obe različici</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept; retrying…</source>
        <translation>Ni shranjeno: %1. Vaše besedilo je ohranjeno; ponovni poskus…</translation>
    </message>
    <message>
        <source>Updated from elsewhere at %1</source>
        <translation>Posodobljeno od drugod ob %1</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <source>planned</source>
        <translation>načrtovan</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>v teku</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>zaključen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>opuščen</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Zbirka podatkov je samo za branje</translation>
    </message>
    <message>
        <source>The last changes could not be saved</source>
        <translation>Zadnjih sprememb ni bilo mogoče shraniti</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved (%1). It is still in the editor.

Close anyway and lose it?</source>
        <translation>Zadnjega vnosa ni bilo mogoče shraniti (%1). Še vedno je v urejevalniku.

Ali želite vseeno zapreti in ga izgubiti?</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Neshranjeni zapiski</translation>
    </message>
    <message>
        <source>There are no unsaved notes.</source>
        <translation>Ni neshranjenih zapiskov.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Test notes</source>
        <translation>Zapiski o preizkusih</translation>
    </message>
    <message>
        <source>Test notes of the selected practice, newest first</source>
        <translation>Zapiski o preizkusih izbrane prakse, najnovejši najprej</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n zapisek)</numerusform>
            <numerusform>(%n zapiska)</numerusform>
            <numerusform>(%n zapiski)</numerusform>
            <numerusform>(%n zapiskov)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n note(s))</source>
        <translation>
            <numerusform>(%1 od %n zapiska)</numerusform>
            <numerusform>(%1 od %n zapiskov)</numerusform>
            <numerusform>(%1 od %n zapiskov)</numerusform>
            <numerusform>(%1 od %n zapiskov)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see and write its test notes.</source>
        <translation>Izberite prakso, da vidite in pišete njene zapiske o preizkusih.</translation>
    </message>
    <message>
        <source>No test notes for this practice yet.

Press Ctrl+N (or New Note) to write the first one.</source>
        <translation>Ta praksa še nima zapiskov o preizkusih.

Pritisnite Ctrl+N (ali Nov zapisek), da napišete prvega.</translation>
    </message>
    <message>
        <source>Select a note to read or edit it,
or press Ctrl+N to write a new one.</source>
        <translation>Izberite zapisek, da ga preberete ali uredite,
ali pritisnite Ctrl+N, da napišete novega.</translation>
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
        <translation>Regija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Avtor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Zapisek</translation>
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
        <translation>Brez avtorja</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Brez besedila</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Show notes of region</source>
        <translation>Prikaži zapiske regije</translation>
    </message>
    <message>
        <source>Show the notes of one region only</source>
        <translation>Prikaže samo zapiske ene regije</translation>
    </message>
    <message>
        <source>Test notes</source>
        <translation>Zapiski o preizkusih</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Regi&amp;ja:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Vse regije</translation>
    </message>
    <message>
        <source>Select a practice first: notes belong to a practice.</source>
        <translation>Najprej izberite prakso: zapiski pripadajo praksi.</translation>
    </message>
    <message>
        <source>This note was never saved; there is nothing to delete.</source>
        <translation>Ta zapisek ni bil nikoli shranjen; ničesar ni za brisanje.</translation>
    </message>
    <message>
        <source>the database refused the write</source>
        <translation>zbirka podatkov je zavrnila zapis</translation>
    </message>
    <message>
        <source>This note changed elsewhere; both versions are kept. Choose one.</source>
        <translation>Ta zapisek je bil spremenjen drugje; ohranjeni sta obe različici. Izberite eno.</translation>
    </message>
    <message>
        <source>Could not settle the conflict: %1</source>
        <translation>Konflikta ni bilo mogoče razrešiti: %1</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Practice Catalogue cannot open the database</source>
        <translation>Practice Catalogue ne more odpreti zbirke podatkov</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been changed in that file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;V tej datoteki ni bilo nič spremenjeno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (%1)</source>
        <translation>&amp;Obnovi zadnjo varnostno kopijo (%1)</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (none found beside it)</source>
        <translation>&amp;Obnovi zadnjo varnostno kopijo (ob datoteki ni nobene)</translation>
    </message>
    <message>
        <source>The unreadable file is kept under another name; the backup takes its place</source>
        <translation>Neberljiva datoteka se ohrani pod drugim imenom, njeno mesto pa zavzame varnostna kopija</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>Odpri &amp;drugo datoteko…</translation>
    </message>
    <message>
        <source>Choose another database file to open</source>
        <translation>Izbere drugo datoteko zbirke podatkov za odpiranje</translation>
    </message>
    <message>
        <source>Start a &amp;New Database Elsewhere…</source>
        <translation>Začni &amp;novo zbirko podatkov drugje…</translation>
    </message>
    <message>
        <source>Create an empty catalogue in a new file</source>
        <translation>Ustvari prazen katalog v novi datoteki</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izhod</translation>
    </message>
    <message>
        <source>Close Practice Catalogue without changing anything</source>
        <translation>Zapre Practice Catalogue, ne da bi kar koli spremenil</translation>
    </message>
</context>
<context>
    <name>PracticeDetailView</name>
    <message>
        <source>Practice details</source>
        <translation>Podrobnosti prakse</translation>
    </message>
    <message>
        <source>What the selected practice or category holds: its facts, texts and field tests. Read only; Tab moves between its links.</source>
        <translation>Vsebina izbrane prakse ali kategorije: podatki, besedila in terenski preizkusi. Samo za branje; Tab premika med povezavami.</translation>
    </message>
    <message>
        <source>Use the tree on the left, or type in the filter box (%1) to find one.</source>
        <translation>Uporabite drevo na levi ali tipkajte v polje filtra (%1), da jo poiščete.</translation>
    </message>
    <message>
        <source>Select a practice to see its details.</source>
        <translation>Izberite prakso, da vidite njene podrobnosti.</translation>
    </message>
</context>
<context>
    <name>PracticeDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message numerus="yes">
        <source>%Ln planned</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln načrtovan</numerusform>
            <numerusform>%Ln načrtovana</numerusform>
            <numerusform>%Ln načrtovani</numerusform>
            <numerusform>%Ln načrtovanih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln v teku</numerusform>
            <numerusform>%Ln v teku</numerusform>
            <numerusform>%Ln v teku</numerusform>
            <numerusform>%Ln v teku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln zaključen</numerusform>
            <numerusform>%Ln zaključena</numerusform>
            <numerusform>%Ln zaključeni</numerusform>
            <numerusform>%Ln zaključenih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln opuščen</numerusform>
            <numerusform>%Ln opuščena</numerusform>
            <numerusform>%Ln opuščeni</numerusform>
            <numerusform>%Ln opuščenih</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Brez kategorije</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Vrsta storitve</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Še ni znano</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Izvorna regija</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Še ni zabeleženo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Vir ni zabeležen</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Končni katalog</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Izbrana</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Ni izbrana</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Povzetek</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Povzetka še ni</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Opisa še ni</translation>
    </message>
    <message>
        <source>Field tests</source>
        <translation>Terenski preizkusi</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Še ni preizkušena v nobeni regiji</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>zadnji %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the tree</source>
        <translation>
            <numerusform>… in še %Ln v drevesu</numerusform>
            <numerusform>… in še %Ln v drevesu</numerusform>
            <numerusform>… in še %Ln v drevesu</numerusform>
            <numerusform>… in še %Ln v drevesu</numerusform>
        </translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>V tej kategoriji še ni praks</translation>
    </message>
    <message numerus="yes">
        <source>Service category · %Ln practice(s)</source>
        <translation>
            <numerusform>Kategorija storitev · %Ln praksa</numerusform>
            <numerusform>Kategorija storitev · %Ln praksi</numerusform>
            <numerusform>Kategorija storitev · %Ln prakse</numerusform>
            <numerusform>Kategorija storitev · %Ln praks</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prakse</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice editor</source>
        <translation>Urejevalnik prakse</translation>
    </message>
    <message>
        <source>Edit the selected practice; changes save themselves as you type (F2: done)</source>
        <translation>Urejanje izbrane prakse; spremembe se med tipkanjem shranjujejo samodejno (F2: končano)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Preimenuj…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Preimenuj</translation>
    </message>
    <message>
        <source>Change the title or subtitle (asks to confirm)</source>
        <translation>Spremeni naslov ali podnaslov (zahteva potrditev)</translation>
    </message>
    <message>
        <source>&amp;Move to Category…</source>
        <translation>Premakni v &amp;kategorijo…</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>Premakni v kategorijo</translation>
    </message>
    <message>
        <source>Put the practice in another category (asks to confirm)</source>
        <translation>Premakne prakso v drugo kategorijo (zahteva potrditev)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Vrsta storitve</translation>
    </message>
    <message>
        <source>Service type of the practice</source>
        <translation>Vrsta storitve prakse</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Izvorna regija</translation>
    </message>
    <message>
        <source>Region the practice comes from</source>
        <translation>Regija, iz katere izvira praksa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Where the facts about this practice come from</source>
        <translation>Od kod izvirajo podatki o tej praksi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Povzetek</translation>
    </message>
    <message>
        <source>Summary in Markdown; Tab moves to the next field</source>
        <translation>Povzetek v obliki Markdown; Tab premakne v naslednje polje</translation>
    </message>
    <message>
        <source>A few lines on what the service offers (Markdown)</source>
        <translation>Nekaj vrstic o tem, kaj storitev ponuja (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Description in Markdown; Tab moves to the next field</source>
        <translation>Opis v obliki Markdown; Tab premakne v naslednje polje</translation>
    </message>
    <message>
        <source>How it works, for whom, with what results (Markdown)</source>
        <translation>Kako deluje, za koga in s kakšnimi rezultati (Markdown)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Obdrži &amp;mojo</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Obdrži mojo</translation>
    </message>
    <message>
        <source>Keep the texts typed here; the other version stays on record</source>
        <translation>Obdrži besedila, vnesena tukaj; druga različica ostane shranjena</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Obdrži &amp;drugo</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Obdrži drugo</translation>
    </message>
    <message>
        <source>Keep the texts saved elsewhere; these stay on record</source>
        <translation>Obdrži besedila, shranjena drugje; ta tukaj ostanejo shranjena</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Stanje shranjevanja</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Kon&amp;čano</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Končano</translation>
    </message>
    <message>
        <source>Back to reading (F2)</source>
        <translation>Nazaj na branje (F2)</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>Vrsta &amp;storitve</translation>
    </message>
    <message>
        <source>&amp;Origin region</source>
        <translation>&amp;Izvorna regija</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Vir</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Povze&amp;tek</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorija: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ni zabeleženo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Shranjeno: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Shranjevanje…</translation>
    </message>
    <message>
        <source>Not saved: this practice changed elsewhere; both versions kept</source>
        <translation>Ni shranjeno: ta praksa je bila spremenjena drugje; ohranjeni sta obe različici</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ni shranjeno: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Retrying…</source>
        <translation>Ni shranjeno: %1. Ponovni poskus…</translation>
    </message>
    <message>
        <source>These texts were changed elsewhere while you edited them. Both versions are kept.</source>
        <translation>Ta besedila so bila med vašim urejanjem spremenjena drugje. Ohranjeni sta obe različici.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ni spremenjeno</translation>
    </message>
</context>
<context>
    <name>PracticeFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Zbirka podatkov je samo za branje</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izberi vse</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Shrani vse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;vse</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za vse</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Prezri</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zavrzi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoč</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uporabi</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ponastavi</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovi privzete</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj &amp;naslov povezave</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izberi vse</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Dodajanje regije</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Ime regije</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Koda države</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter ISO code, e.g. EE for Estonia</source>
        <translation>Dvočrkovna koda ISO države, npr. SI za Slovenijo</translation>
    </message>
    <message>
        <source>EE</source>
        <comment>placeholder: an example two-letter country code</comment>
        <translation>SI</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerska organizacija</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>neobvezno</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ime</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Država (koda ISO)</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;Partnerska organizacija</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename practice</source>
        <translation>Preimenovanje prakse</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nov naslov</translation>
    </message>
    <message>
        <source>New subtitle</source>
        <translation>Nov podnaslov</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Preimenuj</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Preimenuj</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Trenutno: %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Naslov</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>Po&amp;dnaslov</translation>
    </message>
    <message>
        <source>Every laptop that imports this catalogue will show the new title.</source>
        <translation>Vsak prenosnik, ki uvozi ta katalog, bo prikazal nov naslov.</translation>
    </message>
    <message>
        <source>Type a new title (it cannot be empty).</source>
        <translation>Vnesite nov naslov (ne sme biti prazen).</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <source>This text could not be shown. The log file says why.</source>
        <translation>Tega besedila ni bilo mogoče prikazati. Razlog je zapisan v dnevniški datoteki.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praksa</numerusform>
            <numerusform>%Ln praksi</numerusform>
            <numerusform>%Ln prakse</numerusform>
            <numerusform>%Ln praks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln zapisek</numerusform>
            <numerusform>%Ln zapiska</numerusform>
            <numerusform>%Ln zapiski</numerusform>
            <numerusform>%Ln zapiskov</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Zapiski</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praksa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Avtor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Score: cluster initiatives</source>
        <translation>Ocena: grozdne pobude</translation>
    </message>
    <message>
        <source>Score: development agencies</source>
        <translation>Ocena: razvojne agencije</translation>
    </message>
    <message>
        <source>Score: enterprises</source>
        <translation>Ocena: podjetja</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Besedilo</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>načrtovan</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>v teku</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>zaključen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>opuščen</translation>
    </message>
    <message>
        <source>open collective</source>
        <translation>odprta skupinska</translation>
    </message>
    <message>
        <source>closed collective</source>
        <translation>zaprta skupinska</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partnerska</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individualna</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>grozdne pobude</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>razvojne agencije</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>podjetja</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Celoten katalog</translation>
    </message>
    <message>
        <source>Practices selected for the final catalogue</source>
        <translation>Prakse, izbrane za končni katalog</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorija: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Praksa: %1</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Zapiski iz regije %1</translation>
    </message>
    <message>
        <source>Notes dated %1 to %2</source>
        <translation>Zapiski z datumom od %1 do %2</translation>
    </message>
    <message>
        <source>Notes dated %1 or later</source>
        <translation>Zapiski z datumom %1 ali poznejšim</translation>
    </message>
    <message>
        <source>Notes dated %1 or earlier</source>
        <translation>Zapiski z datumom %1 ali zgodnejšim</translation>
    </message>
    <message>
        <source>Good Practices Catalogue</source>
        <translation>Katalog dobrih praks</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Končni katalog</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Ustvarjeno: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Stran %1 od %2</translation>
    </message>
    <message>
        <source>No practice has notes in this selection</source>
        <translation>V tem izboru nobena praksa nima zapiskov</translation>
    </message>
    <message>
        <source>No practice is selected for the final catalogue</source>
        <translation>Za končni katalog ni izbrana nobena praksa</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Najprej označite prakse za končni katalog: s potrditvenim poljem v podoknu s podrobnostmi ali v meniju Pogled → Matrika terenskih preizkusov.</translation>
    </message>
    <message>
        <source>No practices in this selection</source>
        <translation>V tem izboru ni praks</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (nadaljevanje)</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Kategorija storitev</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Opisa še ni</translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>V tej kategoriji še ni praks</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Vrsta storitve</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Še ni znano</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Izvorna regija</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Še ni zabeleženo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Vir ni zabeležen</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Izbrana</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Ni izbrana</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Povzetek</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Povzetka še ni</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Field-test notes (%1)</source>
        <translation>Zapiski o terenskih preizkusih (%1)</translation>
    </message>
    <message>
        <source>No notes in this selection</source>
        <translation>V tem izboru ni zapiskov</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Še ni preizkušena v nobeni regiji</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokazila</translation>
    </message>
    <message>
        <source>Regions tested</source>
        <translation>Preizkušeno v regijah</translation>
    </message>
    <message>
        <source>Completed tests</source>
        <translation>Zaključeni preizkusi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Še ni zapiskov</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Dodana vrednost</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Ni ocenjeno</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: ni ocenjeno</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>Zadnji izidi</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Izid še ni zabeležen</translation>
    </message>
    <message>
        <source>No author recorded</source>
        <translation>Avtor ni zabeležen</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Izid ni zabeležen</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Brez besedila</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>Checking the database…</source>
        <translation>Preverjanje zbirke podatkov…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Preverjanje zbirke podatkov</translation>
    </message>
    <message>
        <source>The check could not run: %1.</source>
        <translation>Preverjanja ni bilo mogoče izvesti: %1.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Zbirka podatkov je brezhibna.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Najdene so bile težave.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>Updating the search index: %1 of %Ln practice(s)</source>
        <translation>
            <numerusform>Posodabljanje iskalnega kazala: %1 od %Ln prakse</numerusform>
            <numerusform>Posodabljanje iskalnega kazala: %1 od %Ln praks</numerusform>
            <numerusform>Posodabljanje iskalnega kazala: %1 od %Ln praks</numerusform>
            <numerusform>Posodabljanje iskalnega kazala: %1 od %Ln praks</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>Iskalno kazalo je posodobljeno.</translation>
    </message>
</context>
<context>
    <name>SelectionToggle</name>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Izbrana za končni katalog</translation>
    </message>
    <message>
        <source>Space ticks or clears it; ticked practices make the final catalogue.</source>
        <translation>Preslednica polje potrdi ali počisti; potrjene prakse sestavljajo končni katalog.</translation>
    </message>
    <message>
        <source>Practices ticked here make the final catalogue (File → Export Final Catalogue)</source>
        <translation>Prakse, potrjene tukaj, sestavljajo končni katalog (Datoteka → Izvozi končni katalog)</translation>
    </message>
    <message>
        <source>The selection was not saved: %1</source>
        <translation>Izbira ni bila shranjena: %1</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Open collective</source>
        <translation>Odprta skupinska</translation>
    </message>
    <message>
        <source>Closed collective</source>
        <translation>Zaprta skupinska</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerska</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individualna</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Še ni znano</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>The consortium&apos;s catalogue server. Its address is like postgresql://NAME@HOST:5432/DATABASE (add ?sslmode=require for an encrypted connection). Leave the password empty when it is in your password file (~/.pgpass).</source>
        <translation>Strežnik kataloga konzorcija. Njegov naslov je oblike postgresql://IME@GOSTITELJ:5432/ZBIRKA (za šifrirano povezavo dodajte ?sslmode=require). Geslo pustite prazno, če je shranjeno v vaši datoteki gesel (~/.pgpass).</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST:5432/DATABASE</source>
        <translation>postgresql://IME@GOSTITELJ:5432/ZBIRKA</translation>
    </message>
    <message>
        <source>Sign in to the catalogue server</source>
        <translation>Prijava v strežnik kataloga</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Naslov strežnika</translation>
    </message>
    <message>
        <source>The catalogue server&apos;s address, starting postgresql://</source>
        <translation>Naslov strežnika kataloga, ki se začne s postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Leave empty when the password is in your password file</source>
        <translation>Pustite prazno, če je geslo v vaši datoteki gesel</translation>
    </message>
    <message>
        <source>Why the last try failed</source>
        <translation>Zakaj zadnji poskus ni uspel</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>Prijavi se in sinhroniziraj</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Naslov strežnika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Geslo:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, for example postgresql://NAME@HOST/DATABASE.</source>
        <translation>Vnesite naslov strežnika, na primer postgresql://IME@GOSTITELJ/ZBIRKA.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %Ln conflict(s)</source>
        <translation>
            <numerusform>novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %Ln</numerusform>
            <numerusform>novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %Ln</numerusform>
            <numerusform>novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %Ln</numerusform>
            <numerusform>novih: %1, posodobljenih: %2, nespremenjenih: %3, konfliktov: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln refused</source>
        <translation>
            <numerusform>%1, zavrnjenih: %Ln</numerusform>
            <numerusform>%1, zavrnjenih: %Ln</numerusform>
            <numerusform>%1, zavrnjenih: %Ln</numerusform>
            <numerusform>%1, zavrnjenih: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Zbirka podatkov je samo za branje</translation>
    </message>
    <message>
        <source>The sync was cancelled: what was sent stays sent.</source>
        <translation>Sinhronizacija je bila preklicana: kar je bilo poslano, ostane poslano.</translation>
    </message>
    <message>
        <source>Syncing with the catalogue server…</source>
        <translation>Sinhroniziranje s strežnikom kataloga…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was sent stays sent.</source>
        <translation>Sinhronizacija preklicana: kar je bilo poslano, ostane poslano.</translation>
    </message>
    <message>
        <source>Synced with the server: sent %1; received %2.</source>
        <translation>Sinhronizirano s strežnikom. Poslano (%1); prejeto (%2).</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>Stanje sinhronizacije</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Brez povezave</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>Zadnja sinhronizacija: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n sprememba čaka na pošiljanje.</numerusform>
            <numerusform>%n spremembi čakata na pošiljanje.</numerusform>
            <numerusform>%n spremembe čakajo na pošiljanje.</numerusform>
            <numerusform>%n sprememb čaka na pošiljanje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nič ne čaka na pošiljanje.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sinhronizirano ob %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sinhronizirano</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n sprememba še ni sinhronizirana</numerusform>
            <numerusform>%n spremembi še nista sinhronizirani</numerusform>
            <numerusform>%n spremembe še niso sinhronizirane</numerusform>
            <numerusform>%n sprememb še ni sinhroniziranih</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Zavrnjeno: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The server did not accept the sign-in (%1).</source>
        <translation>Strežnik ni sprejel prijave (%1).</translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached (%1).</source>
        <translation>Strežnik kataloga ni dosegljiv (%1).</translation>
    </message>
    <message>
        <source>The sync did not go through (%1).</source>
        <translation>Sinhronizacija ni uspela (%1).</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import notes from a file</source>
        <translation>Uvoz zapiskov iz datoteke</translation>
    </message>
    <message>
        <source>Exchange files (*.json);;All files (*)</source>
        <translation>Izmenjevalne datoteke (*.json);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Branje datoteke %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Te datoteke ni mogoče uvoziti</translation>
    </message>
    <message>
        <source>%1.

Nothing was changed.</source>
        <translation>%1.

Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Uvažanje datoteke %1…</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Uvoz ni uspel</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Uvoz preklican: nič ni bilo spremenjeno.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 new, %3 updated, %n conflict(s).</source>
        <translation>
            <numerusform>Uvoženo iz %1 – novih: %2, posodobljenih: %3, konfliktov: %n.</numerusform>
            <numerusform>Uvoženo iz %1 – novih: %2, posodobljenih: %3, konfliktov: %n.</numerusform>
            <numerusform>Uvoženo iz %1 – novih: %2, posodobljenih: %3, konfliktov: %n.</numerusform>
            <numerusform>Uvoženo iz %1 – novih: %2, posodobljenih: %3, konfliktov: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Zapisovanje datoteke %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Izvoz ni uspel</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>Datoteka %1 ni bila zapisana: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Izvoz preklican: nobena datoteka ni bila zapisana.</translation>
    </message>
    <message>
        <source>PDF: the selected practices with their evidence (*.pdf)</source>
        <translation>PDF: izbrane prakse z dokazili (*.pdf)</translation>
    </message>
    <message>
        <source>PNG: the field-test matrix of the selected practices (*.png)</source>
        <translation>PNG: matrika terenskih preizkusov izbranih praks (*.png)</translation>
    </message>
    <message>
        <source>CSV: the matrix as a table (*.csv)</source>
        <translation>CSV: matrika kot tabela (*.csv)</translation>
    </message>
    <message>
        <source>XLSX: the matrix as a workbook (*.xlsx)</source>
        <translation>XLSX: matrika kot delovni zvezek (*.xlsx)</translation>
    </message>
    <message>
        <source>No practice is selected yet</source>
        <translation>Izbrana ni še nobena praksa</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Najprej označite prakse za končni katalog: s potrditvenim poljem v podoknu s podrobnostmi ali v meniju Pogled → Matrika terenskih preizkusov.</translation>
    </message>
    <message>
        <source>Export the final catalogue</source>
        <translation>Izvoz končnega kataloga</translation>
    </message>
    <message>
        <source>Wrote the final catalogue to %1</source>
        <translation>Končni katalog je zapisan v %1</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Zbirka podatkov je samo za branje</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Practice</source>
        <translation>Praksa</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regija</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Zapisek</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Izbrisano</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Koš</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Izbrisani zapiski</translation>
    </message>
    <message>
        <source>Select one or more notes, then Restore brings them back</source>
        <translation>Izberite enega ali več zapiskov; gumb Obnovi jih vrne</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnovi</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Izprazni koš…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted note(s). Restore brings a note back to its practice.</source>
        <translation>
            <numerusform>%n izbrisan zapisek. Gumb Obnovi vrne zapisek k njegovi praksi.</numerusform>
            <numerusform>%n izbrisana zapiska. Gumb Obnovi vrne zapisek k njegovi praksi.</numerusform>
            <numerusform>%n izbrisani zapiski. Gumb Obnovi vrne zapisek k njegovi praksi.</numerusform>
            <numerusform>%n izbrisanih zapiskov. Gumb Obnovi vrne zapisek k njegovi praksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Koš je prazen.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Ali želite izprazniti koš?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Ali želite trajno izbrisati %n zapisek? Tega ni mogoče razveljaviti.</numerusform>
            <numerusform>Ali želite trajno izbrisati %n zapiska? Tega ni mogoče razveljaviti.</numerusform>
            <numerusform>Ali želite trajno izbrisati %n zapiske? Tega ni mogoče razveljaviti.</numerusform>
            <numerusform>Ali želite trajno izbrisati %n zapiskov? Tega ni mogoče razveljaviti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashNote</name>
    <message>
        <source>Delete Note</source>
        <translation>brisanje zapiska</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Zapisek je premaknjen v koš. Ctrl+Z ga vrne.</translation>
    </message>
    <message>
        <source>Note restored from the trash.</source>
        <translation>Zapisek je obnovljen iz koša.</translation>
    </message>
</context>
</TS>
