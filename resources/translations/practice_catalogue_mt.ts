<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mt" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Browse the good practices of regional business clusters and record how each was field-tested in each partner region. Works offline; makes no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source of the catalogue.&lt;/b&gt; The fifteen practices in six service categories are those of the “15 Good Practices e-booklet” of &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, “Best shared services for regional cluster initiative needs”, 2009–2012), selected in an evaluation from January to June 2011 and announced by Tartu Science Park in the news item “15 best cluster practices e-book now available”. Facts the source does not give are left empty.&lt;/p&gt;&lt;p&gt;Partners: Belgium (Province of Namur, lead partner), Estonia (Tartu), Germany (Region Stuttgart), Malta, France, Slovenia and Greece.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Ara l-prattiki tajbin tal-clusters reġjonali tan-negozju u rreġistra kif kull waħda ġiet ittestjata fuq il-post f&apos;kull reġjun sieħeb. Jaħdem offline; ma jagħmel l-ebda aċċess għan-netwerk.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Is-sors tal-katalgu.&lt;/b&gt; Il-ħmistax-il prattika f&apos;sitt kategoriji ta&apos; servizzi huma dawk tal-“15 Good Practices e-booklet” ta&apos; &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, “Best shared services for regional cluster initiative needs”, 2009–2012), magħżula f&apos;evalwazzjoni minn Jannar sa Ġunju 2011 u mħabbra mit-Tartu Science Park fl-aħbar “15 best cluster practices e-book now available”. Il-fatti li s-sors ma jagħtix jitħallew vojta.&lt;/p&gt;&lt;p&gt;Sħab: il-Belġju (Provinċja ta&apos; Namur, sieħeb ewlieni), l-Estonja (Tartu), il-Ġermanja (Region Stuttgart), Malta, Franza, is-Slovenja u l-Greċja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Practice Catalogue</source>
        <translation>Dwar Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Sintassi tal-filtru</translation>
    </message>
    <message>
        <source>How to filter the catalogue</source>
        <translation>Kif tiffiltra l-katalgu</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Oħroġ</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Agħlaq l-applikazzjoni</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Merge notes from another laptop&apos;s exchange file (preview first)</source>
        <translation>Għaqqad in-noti mill-fajl ta&apos; skambju ta&apos; laptop ieħor (l-ewwel tara l-bidliet)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Write an exchange file, a notes table or a report</source>
        <translation>Ikteb fajl ta&apos; skambju, tabella tan-noti jew rapport</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Ipprintja f&apos;&amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF report of the catalogue or a part of it</source>
        <translation>Rapport PDF tal-katalgu jew ta&apos; parti minnu</translation>
    </message>
    <message>
        <source>Export &amp;Final Catalogue…</source>
        <translation>Esporta l-katalgu &amp;finali…</translation>
    </message>
    <message>
        <source>The practices selected for the final catalogue: PDF with evidence, or the matrix</source>
        <translation>Il-prattiki magħżula għall-katalgu finali: PDF bl-evidenza, jew il-matriċi</translation>
    </message>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>&amp;Sinkronizza mas-server…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the catalogue server and fetch everyone else&apos;s</source>
        <translation>Ibgħat il-bidliet ta&apos; dan il-laptop lis-server tal-katalgu u ġib dawk ta&apos; kulħadd</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Kunflitti…</translation>
    </message>
    <message>
        <source>Records kept in two versions, to settle</source>
        <translation>Rekords miżmuma f&apos;żewġ verżjonijiet, li jridu jiġu solvuti</translation>
    </message>
    <message>
        <source>Field-Test &amp;Matrix</source>
        <translation>&amp;Matriċi tal-ittestjar fuq il-post</translation>
    </message>
    <message>
        <source>Which practice was tested where, and the evidence</source>
        <translation>Liema prattika ġiet ittestjata fejn, u l-evidenza</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Kopji ta&apos; &amp;riżerva…</translation>
    </message>
    <message>
        <source>Backup copies of this database; restore one</source>
        <translation>Kopji ta&apos; riżerva ta&apos; din id-database; irrestawra waħda minnhom</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Iċċekkja d-database</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation>Iċċekkja jekk il-fajl tad-database għandux ħsara</translation>
    </message>
    <message>
        <source>&amp;Unsaved Notes…</source>
        <translation>&amp;Noti mhux salvati…</translation>
    </message>
    <message>
        <source>Notes that were being written when the program stopped</source>
        <translation>Noti li kienu qed jinkitbu meta l-programm waqaf</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nota ġdida</translation>
    </message>
    <message>
        <source>Write a new test note for the selected practice</source>
        <translation>Ikteb nota tal-ittestjar ġdida għall-prattika magħżula</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Salva n-nota</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself as you type)</source>
        <translation>Salva n-nota issa (tiġi salvata wkoll waħedha waqt li tittajpja)</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Ħ&amp;assar in-nota</translation>
    </message>
    <message>
        <source>Move the selected note to the trash (Ctrl+Z brings it back)</source>
        <translation>Ibgħat in-nota magħżula fiż-żibel (Ctrl+Z iġibha lura)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>Żi&amp;bel…</translation>
    </message>
    <message>
        <source>Deleted notes, to restore or empty</source>
        <translation>Noti mħassra, biex tirrestawrahom jew tbattal iż-żibel</translation>
    </message>
    <message>
        <source>Edit &amp;Practice</source>
        <translation>Editja l-&amp;prattika</translation>
    </message>
    <message>
        <source>Edit the texts of the selected practice (F2 again: done)</source>
        <translation>Editja t-testi tal-prattika magħżula (F2 għal darb&apos;oħra: lest)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtru…</translation>
    </message>
    <message>
        <source>Put the cursor in the filter box</source>
        <translation>Poġġi l-cursor fil-kaxxa tal-filtru</translation>
    </message>
    <message>
        <source>&amp;Expand All Categories</source>
        <translation>&amp;Iftaħ il-kategoriji kollha</translation>
    </message>
    <message>
        <source>&amp;Collapse All Categories</source>
        <translation>&amp;Agħlaq il-kategoriji kollha</translation>
    </message>
    <message>
        <source>Go to &amp;Catalogue</source>
        <translation>Mur għall-&amp;katalgu</translation>
    </message>
    <message>
        <source>Move focus to the tree</source>
        <translation>Poġġi l-fokus fis-siġra</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Mur għad-&amp;dettalji</translation>
    </message>
    <message>
        <source>Move focus to the detail pane</source>
        <translation>Poġġi l-fokus fil-pannell tad-dettalji</translation>
    </message>
    <message>
        <source>&amp;Filter Syntax</source>
        <translation>&amp;Sintassi tal-filtru</translation>
    </message>
    <message>
        <source>How to write filter queries</source>
        <translation>Kif tikteb mistoqsijiet għall-filtru</translation>
    </message>
    <message>
        <source>&amp;About Practice Catalogue</source>
        <translation>&amp;Dwar Practice Catalogue</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Practice Catalogue databases (*.db *.sqlite);;All files (*)</source>
        <translation>Databases ta&apos; Practice Catalogue (*.db *.sqlite);;Il-fajls kollha (*)</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Iftaħ database</translation>
    </message>
    <message>
        <source>Start a New Database</source>
        <translation>Ibda database ġdida</translation>
    </message>
    <message>
        <source>That file exists</source>
        <translation>Dak il-fajl diġà jeżisti</translation>
    </message>
    <message>
        <source>Choose a name that is not taken: nothing is overwritten.</source>
        <translation>Agħżel isem li mhux meħud: xejn ma jinkiteb fuq xi ħaġa oħra.</translation>
    </message>
    <message>
        <source>Practice Catalogue</source>
        <translation>Practice Catalogue</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Id-database ma setgħetx tinfetaħ: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at start to %1</source>
        <translation>Saret kopja ta&apos; riżerva mal-bidu f&apos;%1</translation>
    </message>
    <message>
        <source>Daily backup taken: %1</source>
        <translation>Saret il-kopja ta&apos; riżerva ta&apos; kuljum: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Il-kopja ta&apos; riżerva awtomatika falliet: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>by hand</source>
        <translation>manwali</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>awtomatika</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>qabel restawr</translation>
    </message>
    <message>
        <source>before the file was upgraded</source>
        <translation>qabel ma ġie aġġornat il-fajl</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Meta saret</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Daqs</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Għaliex</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopji ta&apos; riżerva</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Kopji ta&apos; riżerva</translation>
    </message>
    <message>
        <source>When each copy was taken, its size and why</source>
        <translation>Meta saret kull kopja, id-daqs tagħha u għaliex</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Agħmel &amp;kopja issa</translation>
    </message>
    <message>
        <source>Take a copy of the database now</source>
        <translation>Agħmel kopja ta&apos; riżerva tad-database issa</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Irrestawra…</translation>
    </message>
    <message>
        <source>Put the selected copy in place of the current contents</source>
        <translation>Poġġi l-kopja magħżula minflok il-kontenut attwali</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Iftaħ il-&amp;folder</translation>
    </message>
    <message>
        <source>Show the folder of the backups in the file manager</source>
        <translation>Uri l-folder tal-kopji ta&apos; riżerva fil-maniġer tal-fajls</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</source>
        <translation>
            <numerusform>%n kopja ta&apos; riżerva f&apos;%1. Jinżammu: l-aktar reċenti ta&apos; kull wieħed mill-aħħar 7 ijiem, 4 ġimgħat u 6 xhur.</numerusform>
            <numerusform>%n kopji ta&apos; riżerva f&apos;%1. Jinżammu: l-aktar reċenti ta&apos; kull wieħed mill-aħħar 7 ijiem, 4 ġimgħat u 6 xhur.</numerusform>
            <numerusform>%n-il kopja ta&apos; riżerva f&apos;%1. Jinżammu: l-aktar reċenti ta&apos; kull wieħed mill-aħħar 7 ijiem, 4 ġimgħat u 6 xhur.</numerusform>
            <numerusform>%n kopja ta&apos; riżerva f&apos;%1. Jinżammu: l-aktar reċenti ta&apos; kull wieħed mill-aħħar 7 ijiem, 4 ġimgħat u 6 xhur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. One is taken when the application starts after a change, and every day while it runs.</source>
        <translation>Għad m&apos;hemm l-ebda kopja ta&apos; riżerva. Issir waħda meta l-applikazzjoni tibda wara bidla, u kuljum waqt li tkun qed taħdem.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Il-kopja ta&apos; riżerva falliet</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Tirrestawra din il-kopja ta&apos; riżerva?</translation>
    </message>
    <message>
        <source>Replace the current contents with the backup taken %1?

The current contents are backed up first, so this can be undone.</source>
        <translation>Tibdel il-kontenut attwali bil-kopja ta&apos; riżerva li saret %1?

L-ewwel issir kopja ta&apos; riżerva tal-kontenut attwali, għalhekk dan jista&apos; jitreġġa&apos; lura.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Ir-restawr falla</translation>
    </message>
</context>
<context>
    <name>CataloguePane</name>
    <message>
        <source>Practices by category</source>
        <translation>Prattiki skont il-kategorija</translation>
    </message>
    <message>
        <source>Service categories and their practices. Arrow keys move, Right opens a category, Enter on a “more” row shows the next practices.</source>
        <translation>Kategoriji ta&apos; servizzi u l-prattiki tagħhom. Bil-vleġeġ tiċċaqlaq, bil-vleġġa lejn il-lemin tiftaħ kategorija, u b&apos;Enter fuq ringiela “oħra” tara l-prattiki li jmiss.</translation>
    </message>
    <message>
        <source>No matching practice</source>
        <translation>L-ebda prattika ma taqbel</translation>
    </message>
    <message>
        <source>No practice matches “%1”.

Check the spelling, remove a word, or press Esc to clear the filter.</source>
        <translation>L-ebda prattika ma taqbel ma&apos; “%1”.

Iċċekkja l-ortografija, neħħi kelma, jew agħfas Esc biex tneħħi l-filtru.</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <source>%1 in %2</source>
        <comment>practices in categories</comment>
        <extracomment>%1 is &quot;15 practices&quot;, %2 is &quot;6 categories&quot;.</extracomment>
        <translation>%1 f&apos;%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln prattika</numerusform>
            <numerusform>%Ln prattiki</numerusform>
            <numerusform>%Ln-il prattika</numerusform>
            <numerusform>%Ln prattika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln kategorija</numerusform>
            <numerusform>%Ln kategoriji</numerusform>
            <numerusform>%Ln-il kategorija</numerusform>
            <numerusform>%Ln kategorija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s) match</source>
        <translation>
            <numerusform>%1 minn %Ln prattika jaqblu</numerusform>
            <numerusform>%1 minn %Ln prattiki jaqblu</numerusform>
            <numerusform>%1 minn %Ln-il prattika jaqblu</numerusform>
            <numerusform>%1 minn %Ln prattika jaqblu</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice matches</source>
        <translation>L-ebda prattika ma taqbel</translation>
    </message>
    <message>
        <source>%1 · ignored: %2</source>
        <translation>%1 · injorat: %2</translation>
    </message>
    <message>
        <source>%1 · the search index is still being updated: some matches may be missing</source>
        <translation>%1 · l-indiċi tat-tfittxija għadu qed jiġi aġġornat: jista&apos; jkun li xi riżultati huma neqsin</translation>
    </message>
    <message>
        <source>The filter failed: %1</source>
        <translation>Il-filtru falla: %1</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalgu</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more (Enter to show)</source>
        <translation>
            <numerusform>… %Ln oħra (Enter biex turiha)</numerusform>
            <numerusform>… %Ln oħra (Enter biex turihom)</numerusform>
            <numerusform>… %Ln oħra (Enter biex turihom)</numerusform>
            <numerusform>… %Ln oħra (Enter biex turihom)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the next %Ln practice(s) of %1</source>
        <translation>
            <numerusform>Uri %Ln prattika oħra ta&apos; %1</numerusform>
            <numerusform>Uri %Ln prattiki oħra ta&apos; %1</numerusform>
            <numerusform>Uri %Ln-il prattika oħra ta&apos; %1</numerusform>
            <numerusform>Uri %Ln prattika oħra ta&apos; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <translation>
            <numerusform>%1, %n prattika</numerusform>
            <numerusform>%1, %n prattiki</numerusform>
            <numerusform>%1, %n-il prattika</numerusform>
            <numerusform>%1, %n prattika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n practice(s) match</source>
        <translation>
            <numerusform>%1, %2 minn %n prattika jaqblu</numerusform>
            <numerusform>%1, %2 minn %n prattiki jaqblu</numerusform>
            <numerusform>%1, %2 minn %n-il prattika jaqblu</numerusform>
            <numerusform>%1, %2 minn %n prattika jaqblu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>practice</source>
        <translation>prattika</translation>
    </message>
    <message>
        <source>test note</source>
        <translation>nota tal-ittestjar</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <source>region</source>
        <translation>reġjun</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1.</source>
        <translation>Il-fajl ma jistax jinqara bħala database: %1.</translation>
    </message>
    <message>
        <source>File structure: sound (SQLite integrity check passed).</source>
        <translation>Struttura tal-fajl: f&apos;saħħitha (il-verifika tal-integrità ta&apos; SQLite għaddiet).</translation>
    </message>
    <message numerus="yes">
        <source>File structure: damaged, %Ln problem(s); the first:</source>
        <translation>
            <numerusform>Struttura tal-fajl: bil-ħsara, %Ln problema; l-ewwel:</numerusform>
            <numerusform>Struttura tal-fajl: bil-ħsara, %Ln problemi; l-ewwel:</numerusform>
            <numerusform>Struttura tal-fajl: bil-ħsara, %Ln-il problema; l-ewwel:</numerusform>
            <numerusform>Struttura tal-fajl: bil-ħsara, %Ln problema; l-ewwel:</numerusform>
        </translation>
    </message>
    <message>
        <source>References: every note, practice and region it points to exists.</source>
        <translation>Referenzi: kull nota, prattika u reġjun li jirreferi għalihom jeżistu.</translation>
    </message>
    <message numerus="yes">
        <source>References: %Ln record(s) (%1) point to a missing %2.</source>
        <translation>
            <numerusform>Referenzi: %Ln rekord (%1) jirreferi għal %2 li m&apos;hemmx.</numerusform>
            <numerusform>Referenzi: %Ln rekords (%1) jirreferu għal %2 li m&apos;hemmx.</numerusform>
            <numerusform>Referenzi: %Ln-il rekord (%1) jirreferu għal %2 li m&apos;hemmx.</numerusform>
            <numerusform>Referenzi: %Ln rekord (%1) jirreferu għal %2 li m&apos;hemmx.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: consistent.</source>
        <translation>Indiċi tat-tfittxija: konsistenti.</translation>
    </message>
    <message>
        <source>Search index: not checked (the file is read-only).</source>
        <translation>Indiċi tat-tfittxija: mhux iċċekkjat (il-fajl huwa għall-qari biss).</translation>
    </message>
    <message>
        <source>Search index: damaged (%1); &apos;practice-catalogue check --repair&apos; rebuilds it.</source>
        <translation>Indiċi tat-tfittxija: bil-ħsara (%1); &apos;practice-catalogue check --repair&apos; jerġa&apos; jibnih.</translation>
    </message>
    <message>
        <source>Contents: %1 practices, %2 notes, %3 in the trash.</source>
        <translation>Kontenut: prattiki: %1, noti: %2, fiż-żibel: %3.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>none</source>
        <translation>xejn</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Reġjun: %1</translation>
    </message>
    <message>
        <source>Date: %1   Status: %2</source>
        <translation>Data: %1   Status: %2</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Awtur: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Riżultat: %1</translation>
    </message>
    <message>
        <source>Added value (clusters / agencies / enterprises): %1</source>
        <translation>Valur miżjud (clusters / aġenziji / intrapriżi): %1</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Qabbel il-verżjonijiet</translation>
    </message>
    <message>
        <source>Stored version (revision %1)</source>
        <translation>Verżjoni maħżuna (reviżjoni %1)</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Verżjoni maħżuna</translation>
    </message>
    <message>
        <source>Deleted for good.</source>
        <translation>Imħassra għal dejjem.</translation>
    </message>
    <message>
        <source>Your version (kept from %1)</source>
        <translation>Il-verżjoni tiegħek (miżmuma minn %1)</translation>
    </message>
    <message>
        <source>Your version (kept from this window)</source>
        <translation>Il-verżjoni tiegħek (miżmuma minn din it-tieqa)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Il-verżjoni tiegħek</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This note was changed elsewhere while you edited it. Both versions are kept.</source>
        <translation>Din in-nota nbidlet x&apos;imkien ieħor waqt li kont qed teditjaha. Iż-żewġ verżjonijiet jinżammu.</translation>
    </message>
    <message>
        <source>An import found this note changed on both sides. The version edited last is shown; the other is kept as a copy.</source>
        <translation>Importazzjoni sabet li din in-nota nbidlet fuq iż-żewġ naħat. Tidher il-verżjoni editjata l-aħħar; l-oħra tinżamm bħala kopja.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Żomm &amp;tiegħi</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Żomm t&amp;agħhom</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Żomm it-t&amp;nejn</translation>
    </message>
    <message>
        <source>Use the &amp;Other Version</source>
        <translation>Uża l-verżjoni l-&amp;oħra</translation>
    </message>
    <message>
        <source>Keep &amp;This One</source>
        <translation>Żomm &amp;din</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Żomm it-t&amp;nejn</translation>
    </message>
    <message>
        <source>Save your version over the other one</source>
        <translation>Salva l-verżjoni tiegħek minflok l-oħra</translation>
    </message>
    <message>
        <source>Show the other version; yours stays on record</source>
        <translation>Uri l-verżjoni l-oħra; tiegħek tibqa&apos; rreġistrata</translation>
    </message>
    <message>
        <source>Save your version as a separate note</source>
        <translation>Salva l-verżjoni tiegħek bħala nota separata</translation>
    </message>
    <message>
        <source>Put the version kept aside in place of the one shown</source>
        <translation>Uża l-verżjoni miżmuma bħala kopja minflok dik li tidher</translation>
    </message>
    <message>
        <source>Keep the version shown; the other stays on record</source>
        <translation>Żomm il-verżjoni li tidher; l-oħra tibqa&apos; rreġistrata</translation>
    </message>
    <message>
        <source>Add the version kept aside as a separate note</source>
        <translation>Żid il-kopja miżmuma bħala nota separata</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Kunflitt</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Qabbel…</translation>
    </message>
    <message>
        <source>Show the two versions side by side</source>
        <translation>Uri ż-żewġ verżjonijiet ħdejn xulxin</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Where the other version came from</source>
        <translation>Minn fejn ġiet il-verżjoni l-oħra</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Minn</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Kunflitti</translation>
    </message>
    <message>
        <source>Records in two versions</source>
        <translation>Rekords f&apos;żewġ verżjonijiet</translation>
    </message>
    <message>
        <source>Enter opens the chosen record to compare and settle it</source>
        <translation>Enter jiftaħ ir-rekord magħżul biex tqabbel il-verżjonijiet u tiddeċiedi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Iftaħ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exist in two versions. Open one to compare them and choose; until then both are kept.</source>
        <translation>
            <numerusform>%n rekord jeżisti f&apos;żewġ verżjonijiet. Iftħu biex tqabbel il-verżjonijiet u tagħżel; sa dakinhar it-tnejn jinżammu.</numerusform>
            <numerusform>%n rekords jeżistu f&apos;żewġ verżjonijiet. Iftaħ wieħed biex tqabbel il-verżjonijiet u tagħżel; sa dakinhar it-tnejn jinżammu.</numerusform>
            <numerusform>%n-il rekord jeżistu f&apos;żewġ verżjonijiet. Iftaħ wieħed biex tqabbel il-verżjonijiet u tagħżel; sa dakinhar it-tnejn jinżammu.</numerusform>
            <numerusform>%n rekord jeżistu f&apos;żewġ verżjonijiet. Iftaħ wieħed biex tqabbel il-verżjonijiet u tagħżel; sa dakinhar it-tnejn jinżammu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every record has one version.</source>
        <translation>L-ebda kunflitt: kull rekord għandu verżjoni waħda.</translation>
    </message>
    <message>
        <source>Practice (gone)</source>
        <translation>Prattika (m&apos;għadhiex teżisti)</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Prattika: %1</translation>
    </message>
    <message>
        <source>Note (deleted for good)</source>
        <translation>Nota (imħassra għal dejjem)</translation>
    </message>
    <message>
        <source>Note on %1 (%2): %3</source>
        <translation>Nota dwar %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Practice</source>
        <translation>Prattika</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>L-aħħar ittajpjar</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Noti mhux salvati</translation>
    </message>
    <message>
        <source>These notes were being written when the application last stopped, and were not saved. Open one to finish it (it is saved as soon as it is valid), or discard it.</source>
        <translation>Dawn in-noti kienu qed jinkitbu meta l-applikazzjoni waqfet l-aħħar darba, u ma ġewx salvati. Iftaħ waħda biex tlestiha (tiġi salvata hekk kif tkun valida), jew armiha.</translation>
    </message>
    <message>
        <source>Enter opens the chosen note to finish it</source>
        <translation>Enter jiftaħ in-nota magħżula biex tlestiha</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Iftaħ</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Armi…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Aktar &amp;tard</translation>
    </message>
    <message>
        <source>Keep the drafts; File → Unsaved Notes shows them again</source>
        <translation>Żomm l-abbozzi; Fajl → Noti mhux salvati jerġa&apos; jurihom</translation>
    </message>
    <message>
        <source>(practice gone)</source>
        <translation>(il-prattika m&apos;għadhiex teżisti)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(għad m&apos;hemm l-ebda test)</translation>
    </message>
    <message>
        <source>Discard this unsaved note?</source>
        <translation>Tarmi din in-nota mhux salvata?</translation>
    </message>
    <message>
        <source>The text of this draft will be gone for good.</source>
        <translation>It-test ta&apos; dan l-abbozz jintilef għal dejjem.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Xi ħaġa marret ħażin</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Seħħ żball mhux mistenni: %1</translation>
    </message>
    <message>
        <source>Your notes are saved as you type, so nothing should be lost. The details are in the log file; please send them to whoever supports this application.</source>
        <translation>In-noti tiegħek jiġu salvati waqt li tittajpja, għalhekk m&apos;għandu jintilef xejn. Id-dettalji jinsabu fil-fajl tal-log; jekk jogħġbok ibgħathom lil min jagħti appoġġ għal din l-applikazzjoni.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Ikkopja d-dettalji</translation>
    </message>
    <message>
        <source>Copy the error&apos;s details to the clipboard, to send them</source>
        <translation>Ikkopja d-dettalji tal-iżball fil-clipboard, biex tibgħathom</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exchange file for another laptop (JSON)</source>
        <translation>Fajl ta&apos; skambju għal laptop ieħor (JSON)</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Fajls ta&apos; skambju (*.json)</translation>
    </message>
    <message>
        <source>Notes as a table (CSV)</source>
        <translation>Noti bħala tabella (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fajls CSV (*.csv)</translation>
    </message>
    <message>
        <source>Notes as a spreadsheet (XLSX)</source>
        <translation>Noti bħala spreadsheet (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Fajls Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report to print or send (PDF)</source>
        <translation>Rapport biex tipprintjah jew tibagħtu (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Ipprintja f&apos;PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What to write: an exchange file, a table or a report</source>
        <translation>X&apos;se jinkiteb: fajl ta&apos; skambju, tabella jew rapport</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reġjun</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Ir-reġjuni kollha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Il-kategoriji kollha</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>“%1” biss</translation>
    </message>
    <message>
        <source>Only one practice</source>
        <translation>Prattika waħda biss</translation>
    </message>
    <message>
        <source>Only the practice shown in the detail pane</source>
        <translation>Il-prattika murija fil-pannell tad-dettalji biss</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ikkanċella</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Agħżel fajl…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Agħżel il-fajl li se jinkiteb</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which part&lt;/b&gt; (leave as is for everything)</source>
        <translation>&lt;b&gt;Liema parti&lt;/b&gt; (ħalliha kif inhi biex ikollok kollox)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Reġjun</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorija</translation>
    </message>
    <message>
        <source>Notes &amp;from</source>
        <translation>Noti &amp;minn</translation>
    </message>
    <message>
        <source>Notes &amp;until</source>
        <translation>Noti s&amp;a</translation>
    </message>
    <message>
        <source>Limit the notes&apos; start date</source>
        <translation>Illimita d-data tal-bidu tan-noti</translation>
    </message>
    <message>
        <source>Limit the notes&apos; end date</source>
        <translation>Illimita d-data tat-tmiem tan-noti</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Noti minn</translation>
    </message>
    <message>
        <source>Notes until</source>
        <translation>Noti sa</translation>
    </message>
    <message>
        <source>Up and Down change the part of the date at the cursor</source>
        <translation>Il-vleġeġ ta&apos; fuq u ta&apos; isfel jibdlu l-parti tad-data fejn hemm il-cursor</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta lejn</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Choose the region where the test took place.</source>
        <translation>Agħżel ir-reġjun fejn sar it-test.</translation>
    </message>
    <message>
        <source>This region no longer exists; choose another.</source>
        <translation>Dan ir-reġjun m’għadux jeżisti; agħżel ieħor.</translation>
    </message>
    <message>
        <source>Enter the date of the test, e.g. 2012-03-01.</source>
        <translation>Daħħal id-data tat-test, eż. 2012-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2012-03-01 or 1.3.2012.</source>
        <translation>“%1” mhix data; iktibha bħala 2012-03-01 jew 1.3.2012.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Agħżel status.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>L-iktar %1 karattru.</translation>
    </message>
    <message>
        <source>One line of at most %1 characters.</source>
        <translation>Linja waħda ta’ mhux iktar minn %1 karattru.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: “%1” is not a whole number from %2 to %3.</source>
        <translation>Valur miżjud għall-inizjattivi ta’ clusters: “%1” mhuwiex numru sħiħ minn %2 sa %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: “%1” is not a whole number from %2 to %3.</source>
        <translation>Valur miżjud għall-aġenziji tal-iżvilupp: “%1” mhuwiex numru sħiħ minn %2 sa %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: “%1” is not a whole number from %2 to %3.</source>
        <translation>Valur miżjud għall-intrapriżi: “%1” mhuwiex numru sħiħ minn %2 sa %3.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Valur miżjud għall-inizjattivi ta’ clusters: %1 huwa barra mill-medda; il-punteġġi huma minn %2 sa %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Valur miżjud għall-aġenziji tal-iżvilupp: %1 huwa barra mill-medda; il-punteġġi huma minn %2 sa %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Valur miżjud għall-intrapriżi: %1 huwa barra mill-medda; il-punteġġi huma minn %2 sa %3.</translation>
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
        <translation>Ittajpja kliem biex tiffiltra l-prattiki u n-noti tal-ittestjar tagħhom (il-kliem kollu jrid jaqbel).
&quot;frażi bejn virgoletti&quot; — dak il-kliem f&apos;dik l-ordni
-kelma — ħalli barra l-prattiki li jsemmuha
category:expansion  region:tartu  status:completed  type:partnership
L-ittri kbar u żgħar u l-aċċenti ma jagħmlux differenza. Esc ineħħi l-filtru.</translation>
    </message>
    <message>
        <source>Filter practices</source>
        <translation>Iffiltra l-prattiki</translation>
    </message>
    <message>
        <source>Shows only the practices whose titles, texts or test notes hold every word typed; case and accents are ignored. Down or Enter moves into the tree, Esc clears the filter.</source>
        <translation>Juri biss il-prattiki li t-titli, it-testi jew in-noti tal-ittestjar tagħhom fihom kull kelma ttajpjata; l-ittri kbar u żgħar u l-aċċenti jiġu injorati. Il-vleġġa ta&apos; isfel jew Enter idaħħluk fis-siġra, Esc ineħħi l-filtru.</translation>
    </message>
    <message>
        <source>Filter practices and notes…  (%1)</source>
        <translation>Iffiltra l-prattiki u n-noti…  (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>prattika</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <source>region</source>
        <translation>reġjun</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ġdid</translation>
    </message>
    <message>
        <source>updated (newer in the file)</source>
        <translation>aġġornat (iktar ġdid fil-fajl)</translation>
    </message>
    <message>
        <source>conflict: changed on both sides, both versions kept</source>
        <translation>kunflitt: inbidel fuq iż-żewġ naħat, iż-żewġ verżjonijiet jinżammu</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Il-bidliet li tagħmel l-importazzjoni</translation>
    </message>
    <message>
        <source>What</source>
        <translation>X&apos;inhu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Bidla</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Ikkanċella: ma jiġi importat xejn</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Importa dawn il-bidliet</translation>
    </message>
    <message>
        <source>… and %1 more (the list shows the first %2).</source>
        <translation>… u %1 oħra (il-lista turi l-ewwel %2).</translation>
    </message>
    <message>
        <source>Everything in this file is already here: nothing to import.</source>
        <translation>Kull ma hemm f&apos;dan il-fajl diġà jinsab hawn: m&apos;hemm xejn x&apos;jiġi importat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %n conflict(s).</source>
        <translation>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %n kunflitt.</numerusform>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %n kunflitti.</numerusform>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %n-il kunflitt.</numerusform>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %n kunflitt.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each conflict the version edited last is shown and the other is kept as a copy: Edit → Conflicts lets you settle them.</source>
        <translation>Għal kull kunflitt tidher il-verżjoni editjata l-aħħar u l-oħra tinżamm bħala kopja: minn Editja → Kunflitti tista&apos; ssolvihom.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingwa</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Il-lingwa tas-sistema</translation>
    </message>
    <message>
        <source>Follow the language of the computer</source>
        <translation>Segwi l-lingwa tal-kompjuter</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>il-lingwa tas-sistema</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Ibdel il-lingwa</translation>
    </message>
    <message>
        <source>Practice Catalogue will speak %1 from its next start.</source>
        <translation>Practice Catalogue se juża %1 minn meta jerġa&apos; jibda.</translation>
    </message>
    <message>
        <source>Restart now? Your notes are saved first; nothing typed is lost.</source>
        <translation>Terġa&apos; tibda issa? In-noti tiegħek jiġu salvati l-ewwel; xejn minn dak li ttajpjajt ma jintilef.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Erġa&apos; ibda issa</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Aktar tard</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Ikkanċella</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Practice Catalogue (read-only)</source>
        <translation>%1 — Practice Catalogue (għall-qari biss)</translation>
    </message>
    <message>
        <source>%1 — Practice Catalogue</source>
        <translation>%1 — Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Riżultat tal-filtru</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Preparing this text…</source>
        <translation>Qed jitħejja dan it-test…</translation>
    </message>
    <message>
        <source>image not loaded: %1</source>
        <translation>stampa mhux mgħobbija: %1</translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation>stampa mhux mgħobbija</translation>
    </message>
</context>
<context>
    <name>MarkdownLimits</name>
    <message numerus="yes">
        <source>This text is long: showing the first %1 of %Ln character(s).</source>
        <translation>
            <numerusform>Dan it-test huwa twil: qed jintwerew l-ewwel %1 minn %Ln karattru.</numerusform>
            <numerusform>Dan it-test huwa twil: qed jintwerew l-ewwel %1 minn %Ln karattri.</numerusform>
            <numerusform>Dan it-test huwa twil: qed jintwerew l-ewwel %1 minn %Ln-il karattru.</numerusform>
            <numerusform>Dan it-test huwa twil: qed jintwerew l-ewwel %1 minn %Ln karattru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more row(s) not shown</source>
        <translation>
            <numerusform>… %Ln ringiela oħra mhix murija</numerusform>
            <numerusform>… %Ln ringieli oħra mhux murija</numerusform>
            <numerusform>… %Ln-il ringiela oħra mhux murija</numerusform>
            <numerusform>… %Ln ringiela oħra mhux murija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table is long: showing %1 of its %Ln row(s).</source>
        <translation>
            <numerusform>Tabella hija twila: qed jintwerew %1 minn total ta&apos; %Ln ringiela.</numerusform>
            <numerusform>Tabella hija twila: qed jintwerew %1 minn total ta&apos; %Ln ringieli.</numerusform>
            <numerusform>Tabella hija twila: qed jintwerew %1 minn total ta&apos; %Ln-il ringiela.</numerusform>
            <numerusform>Tabella hija twila: qed jintwerew %1 minn total ta&apos; %Ln ringiela.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message numerus="yes">
        <source>Tested in %1 of %Ln region(s)</source>
        <translation>
            <numerusform>Ittestjata f&apos;%1 minn %Ln reġjun</numerusform>
            <numerusform>Ittestjata f&apos;%1 minn %Ln reġjuni</numerusform>
            <numerusform>Ittestjata f&apos;%1 minn %Ln-il reġjun</numerusform>
            <numerusform>Ittestjata f&apos;%1 minn %Ln reġjun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln noti</numerusform>
            <numerusform>%Ln-il nota</numerusform>
            <numerusform>%Ln nota</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see its evidence.</source>
        <translation>Agħżel prattika biex tara l-evidenza tagħha.</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>inizjattivi ta&apos; clusters</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>aġenziji tal-iżvilupp</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>intrapriżi</translation>
    </message>
    <message>
        <source>A cell: the most advanced status of its notes, and how many. Under a region&apos;s name: how many of these practices it tests. Totals count a region only when its notes are not all dropped.</source>
        <translation>Ċellola: l-aktar status avvanzat tan-noti tagħha, u kemm hemm noti. Taħt l-isem ta&apos; reġjun: kemm minn dawn il-prattiki qed jittestja. It-totali jgħoddu reġjun biss meta n-noti tiegħu ma jkunux kollha abbandunati.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leġġenda</translation>
    </message>
    <message>
        <source>What the symbols and colours of the cells mean</source>
        <translation>X&apos;ifissru s-simboli u l-kuluri taċ-ċelloli</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>M&apos;hemm xejn x&apos;jintwera</translation>
    </message>
    <message>
        <source>No practice matches the filter of the main window.

Change or clear the filter there (Esc in the filter box) to see practices here.</source>
        <translation>L-ebda prattika ma taqbel mal-filtru tat-tieqa prinċipali.

Ibdel jew neħħi l-filtru hemmhekk (Esc fil-kaxxa tal-filtru) biex tara prattiki hawn.</translation>
    </message>
    <message>
        <source>Evidence of the practice</source>
        <translation>Evidenza tal-prattika</translation>
    </message>
    <message>
        <source>Tests, notes, scores and latest outcomes of the current practice</source>
        <translation>Testijiet, noti, punteġġi u l-aħħar riżultati tal-prattika attwali</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) match the filter</source>
        <translation>
            <numerusform>%Ln prattika taqbel mal-filtru</numerusform>
            <numerusform>%Ln prattiki jaqblu mal-filtru</numerusform>
            <numerusform>%Ln-il prattika jaqblu mal-filtru</numerusform>
            <numerusform>%Ln prattika jaqblu mal-filtru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln prattika</numerusform>
            <numerusform>%Ln prattiki</numerusform>
            <numerusform>%Ln-il prattika</numerusform>
            <numerusform>%Ln prattika</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the evidence for totals and sorting…</source>
        <translation>qed tingħadd l-evidenza għat-totali u għall-issortjar…</translation>
    </message>
    <message>
        <source>the order follows once counted</source>
        <translation>l-ordni jidher ladarba jintemm l-għadd</translation>
    </message>
    <message>
        <source>%1 — selected for the final catalogue</source>
        <translation>%1 — magħżula għall-katalgu finali</translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed test(s)</source>
        <translation>
            <numerusform>%Ln test komplut</numerusform>
            <numerusform>%Ln testijiet kompluti</numerusform>
            <numerusform>%Ln-il test komplut</numerusform>
            <numerusform>%Ln test komplut</numerusform>
        </translation>
    </message>
    <message>
        <source>Added value (mean of 0–5): %1</source>
        <translation>Valur miżjud (medja ta&apos; 0–5): %1</translation>
    </message>
    <message>
        <source>Latest outcomes:</source>
        <translation>L-aħħar riżultati:</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>No outcome written yet.</source>
        <translation>Għad ma nkiteb l-ebda riżultat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%Ln note(s))</source>
        <translation>
            <numerusform>%1 %2 (%Ln nota)</numerusform>
            <numerusform>%1 %2 (%Ln noti)</numerusform>
            <numerusform>%1 %2 (%Ln-il nota)</numerusform>
            <numerusform>%1 %2 (%Ln nota)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be marked: %2</source>
        <translation>“%1” ma setgħetx tiġi mmarkata: %2</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Matriċi tal-ittestjar</translation>
    </message>
    <message>
        <source>Practices down, regions across. Arrow keys move from cell to cell; Home goes to the Selected column, where Space selects or unselects the practice for the final catalogue; Enter opens the notes of a cell; a header click sorts by it.</source>
        <translation>Il-prattiki fir-ringieli, ir-reġjuni fil-kolonni. Bil-vleġeġ tiċċaqlaq minn ċellola għal oħra; Home jeħdok fil-kolonna Magħżula, fejn Space jagħżel il-prattika għall-katalgu finali jew ineħħi l-għażla; Enter jiftaħ in-noti ta&apos; ċellola; klikk fuq intestatura jissortja skontha.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Intestaturi tal-kolonni</translation>
    </message>
    <message>
        <source>Field-test matrix</source>
        <translation>Matriċi tal-ittestjar fuq il-post</translation>
    </message>
    <message>
        <source>Which practice was tested where</source>
        <translation>Liema prattika ġiet ittestjata fejn</translation>
    </message>
    <message>
        <source>Field-test matrix — Practice Catalogue</source>
        <translation>Matriċi tal-ittestjar fuq il-post — Practice Catalogue</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Prattiki magħżula</translation>
    </message>
    <message>
        <source>How many practices are selected for the final catalogue</source>
        <translation>Kemm-il prattika hija magħżula għall-katalgu finali</translation>
    </message>
    <message>
        <source>Matrix status</source>
        <translation>Status tal-matriċi</translation>
    </message>
    <message>
        <source>How many practices the matrix shows, and what is being counted</source>
        <translation>Kemm-il prattika turi l-matriċi, u x&apos;qed jingħadd</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordni:</translation>
    </message>
    <message>
        <source>The evidence could not be counted: %1</source>
        <translation>L-evidenza ma setgħetx tingħadd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln magħżula</numerusform>
            <numerusform>%Ln magħżulin</numerusform>
            <numerusform>%Ln magħżulin</numerusform>
            <numerusform>%Ln magħżulin</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection Not Saved</source>
        <translation>L-għażla ma ġietx salvata</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message numerus="yes">
        <source>%1: %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1: %Ln prattika murija</numerusform>
            <numerusform>%1: %Ln prattiki murija</numerusform>
            <numerusform>%1: %Ln-il prattika murija</numerusform>
            <numerusform>%1: %Ln prattika murija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tests %2 of the %Ln practice(s) of %3</source>
        <translation>
            <numerusform>%1 jittestja %2 minn %Ln prattika ta&apos; %3</numerusform>
            <numerusform>%1 jittestja %2 minn %Ln prattiki ta&apos; %3</numerusform>
            <numerusform>%1 jittestja %2 minn %Ln-il prattika ta&apos; %3</numerusform>
            <numerusform>%1 jittestja %2 minn %Ln prattika ta&apos; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Mhux magħżula</translation>
    </message>
    <message>
        <source>%1: selected</source>
        <translation>%1: magħżula</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: mhux magħżula</translation>
    </message>
    <message>
        <source>Space selects or unselects it for the final catalogue</source>
        <translation>Space jagħżilha għall-katalgu finali jew ineħħi l-għażla</translation>
    </message>
    <message>
        <source>Enter opens the notes of this practice</source>
        <translation>Enter jiftaħ in-noti ta&apos; din il-prattika</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>l-ebda punteġġ</translation>
    </message>
    <message numerus="yes">
        <source>mean score %1 (%Ln score(s))</source>
        <translation>
            <numerusform>punteġġ medju %1 (%Ln punteġġ)</numerusform>
            <numerusform>punteġġ medju %1 (%Ln punteġġi)</numerusform>
            <numerusform>punteġġ medju %1 (%Ln-il punteġġ)</numerusform>
            <numerusform>punteġġ medju %1 (%Ln punteġġ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln komplut</numerusform>
            <numerusform>%Ln kompluti</numerusform>
            <numerusform>%Ln kompluti</numerusform>
            <numerusform>%Ln kompluti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: not tested</source>
        <translation>%1, %2: mhux ittestjata</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3, %n note(s)</source>
        <translation>
            <numerusform>%1, %2: %3, %n nota</numerusform>
            <numerusform>%1, %2: %3, %n noti</numerusform>
            <numerusform>%1, %2: %3, %n-il nota</numerusform>
            <numerusform>%1, %2: %3, %n nota</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the notes of this cell</source>
        <translation>Enter jiftaħ in-noti ta&apos; din iċ-ċellola</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Għad m&apos;hemmx noti</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… u %Ln oħra</numerusform>
            <numerusform>… u %Ln oħra</numerusform>
            <numerusform>… u %Ln oħra</numerusform>
            <numerusform>… u %Ln oħra</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open these notes</source>
        <translation>Ikklikkja darbtejn biex tiftaħ dawn in-noti</translation>
    </message>
    <message>
        <source>none</source>
        <translation>xejn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no outcome written)</source>
        <translation>(l-ebda riżultat miktub)</translation>
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
        <translation>l-ebda nota</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message numerus="yes">
        <source>Saved the final catalogue, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Il-katalgu finali, %Ln prattika, ġie salvat bħala %1: %2</numerusform>
            <numerusform>Il-katalgu finali, %Ln prattiki, ġie salvat bħala %1: %2</numerusform>
            <numerusform>Il-katalgu finali, %Ln-il prattika, ġie salvat bħala %1: %2</numerusform>
            <numerusform>Il-katalgu finali, %Ln prattika, ġie salvat bħala %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Il-prattiki murija, %Ln prattika, ġew salvati bħala %1: %2</numerusform>
            <numerusform>Il-prattiki murija, %Ln prattiki, ġew salvati bħala %1: %2</numerusform>
            <numerusform>Il-prattiki murija, %Ln-il prattika, ġew salvati bħala %1: %2</numerusform>
            <numerusform>Il-prattiki murija, %Ln prattika, ġew salvati bħala %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: give a name ending in .png, .csv or .xlsx</source>
        <translation>%1: agħti isem li jispiċċa b&apos;.png, .csv jew .xlsx</translation>
    </message>
    <message>
        <source>Field-test matrix: the final catalogue</source>
        <translation>Matriċi tal-ittestjar fuq il-post: il-katalgu finali</translation>
    </message>
    <message>
        <source>Field-test matrix: the practices shown</source>
        <translation>Matriċi tal-ittestjar fuq il-post: il-prattiki murija</translation>
    </message>
    <message>
        <source>Saved the final catalogue as an image: %1</source>
        <translation>Il-katalgu finali ġie salvat bħala stampa: %1</translation>
    </message>
    <message>
        <source>Saved the practices shown as an image: %1</source>
        <translation>Il-prattiki murija ġew salvati bħala stampa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Il-katalgu finali ġie salvat bħala stampa (l-ewwel %1 minn %Ln prattika): %2</numerusform>
            <numerusform>Il-katalgu finali ġie salvat bħala stampa (l-ewwel %1 minn %Ln prattiki): %2</numerusform>
            <numerusform>Il-katalgu finali ġie salvat bħala stampa (l-ewwel %1 minn %Ln-il prattika): %2</numerusform>
            <numerusform>Il-katalgu finali ġie salvat bħala stampa (l-ewwel %1 minn %Ln prattika): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Il-prattiki murija ġew salvati bħala stampa (l-ewwel %1 minn %Ln prattika): %2</numerusform>
            <numerusform>Il-prattiki murija ġew salvati bħala stampa (l-ewwel %1 minn %Ln prattiki): %2</numerusform>
            <numerusform>Il-prattiki murija ġew salvati bħala stampa (l-ewwel %1 minn %Ln-il prattika): %2</numerusform>
            <numerusform>Il-prattiki murija ġew salvati bħala stampa (l-ewwel %1 minn %Ln prattika): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Stampa PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Fajl Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the field-test matrix</source>
        <translation>Esporta l-matriċi tal-ittestjar fuq il-post</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export the matrix as PNG, CSV or XLSX</source>
        <translation>Esporta l-matriċi bħala PNG, CSV jew XLSX</translation>
    </message>
    <message>
        <source>&amp;Final catalogue (selected practices)…</source>
        <translation>Il-katalgu &amp;finali (prattiki magħżula)…</translation>
    </message>
    <message>
        <source>&amp;Practices shown here…</source>
        <translation>Il-&amp;prattiki murija hawn…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Ma nkiteb xejn: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln practice(s), %2</source>
        <translation>
            <numerusform>%1 — %Ln prattika, %2</numerusform>
            <numerusform>%1 — %Ln prattiki, %2</numerusform>
            <numerusform>%1 — %Ln-il prattika, %2</numerusform>
            <numerusform>%1 — %Ln prattika, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are shown; the CSV and XLSX hold them all.</source>
        <translation>
            <numerusform>Qed tintwera l-ewwel waħda (%Ln); is-CSV u l-XLSX fihom kollox.</numerusform>
            <numerusform>Qed jintwerew l-ewwel %Ln; is-CSV u l-XLSX fihom kollha.</numerusform>
            <numerusform>Qed jintwerew l-ewwel %Ln; is-CSV u l-XLSX fihom kollha.</numerusform>
            <numerusform>Qed jintwerew l-ewwel %Ln; is-CSV u l-XLSX fihom kollha.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>ma kienx possibbli li jinkiteb %1</translation>
    </message>
</context>
<context>
    <name>MatrixHeader</name>
    <message>
        <source>Selected</source>
        <translation>Magħżula</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prattika</translation>
    </message>
    <message>
        <source>Practices by category</source>
        <translation>Prattiki skont il-kategorija</translation>
    </message>
    <message>
        <source>Practices tested here: counting…</source>
        <translation>Prattiki ttestjati hawn: qed jingħaddu…</translation>
    </message>
    <message numerus="yes">
        <source>Practices tested here: %1 of the %Ln shown</source>
        <translation>
            <numerusform>Prattiki ttestjati hawn: %1 minn %Ln murija</numerusform>
            <numerusform>Prattiki ttestjati hawn: %1 minn %Ln murija</numerusform>
            <numerusform>Prattiki ttestjati hawn: %1 minn %Ln murija</numerusform>
            <numerusform>Prattiki ttestjati hawn: %1 minn %Ln murija</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, counting the practices tested</source>
        <translation>%1, qed jingħaddu l-prattiki ttestjati</translation>
    </message>
    <message numerus="yes">
        <source>%1, tests %2 of the %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1, jittestja %2 minn %Ln prattika murija</numerusform>
            <numerusform>%1, jittestja %2 minn %Ln prattiki murija</numerusform>
            <numerusform>%1, jittestja %2 minn %Ln-il prattika murija</numerusform>
            <numerusform>%1, jittestja %2 minn %Ln prattika murija</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Reġjuni</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Kompluti</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteġġ</translation>
    </message>
    <message>
        <source>Regions testing the practice (a note that is not dropped)</source>
        <translation>Reġjuni li qed jittestjaw il-prattika (nota li mhix abbandunata)</translation>
    </message>
    <message>
        <source>Completed tests: notes whose status is completed</source>
        <translation>Testijiet kompluti: noti li l-istatus tagħhom huwa “komplut”</translation>
    </message>
    <message>
        <source>Mean added-value score (0–5) over every score set, and how many</source>
        <translation>Punteġġ medju tal-valur miżjud (0–5) fuq kull punteġġ mogħti, u kemm hemm punteġġi</translation>
    </message>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Magħżula għall-katalgu finali</translation>
    </message>
</context>
<context>
    <name>MatrixOrder</name>
    <message>
        <source>Catalogue order</source>
        <translation>Ordni tal-katalgu</translation>
    </message>
    <message>
        <source>Most regions testing</source>
        <translation>L-iktar reġjuni jittestjaw</translation>
    </message>
    <message>
        <source>Most completed tests</source>
        <translation>L-iktar testijiet kompluti</translation>
    </message>
    <message>
        <source>Highest mean score</source>
        <translation>L-ogħla punteġġ medju</translation>
    </message>
    <message>
        <source>Selected first</source>
        <translation>Il-magħżula l-ewwel</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordni</translation>
    </message>
    <message>
        <source>Order of the practices within each category</source>
        <translation>Ordni tal-prattiki f&apos;kull kategorija</translation>
    </message>
    <message>
        <source>By %1 ↓</source>
        <translation>Skont %1 ↓</translation>
    </message>
    <message>
        <source>By %1 ↑</source>
        <translation>Skont %1 ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fajl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ara</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Għajnuna</translation>
    </message>
    <message>
        <source>This database is read-only: the file or the medium it is on does not allow changes. You can browse, filter and export; writing notes is switched off.</source>
        <translation>Din id-database hija għall-qari biss: il-fajl jew il-mezz fejn jinsab ma jippermettix bidliet. Tista&apos; tara, tiffiltra u tesporta; il-kitba tan-noti hija mitfija.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Erġa&apos; lura</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>E&amp;rġa&apos; agħmel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noti</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move practice to another category</source>
        <translation>Ċaqlaq il-prattika għal kategorija oħra</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Kategorija ġdida</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Ċ&amp;aqlaq</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ċaqlaq</translation>
    </message>
    <message>
        <source>Move %1 out of “%2” into:</source>
        <translation>Ċaqlaq %1 minn “%2” għal:</translation>
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
        <translation>Editur tan-noti</translation>
    </message>
    <message>
        <source>The selected test note</source>
        <translation>In-nota tal-ittestjar magħżula</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reġjun</translation>
    </message>
    <message>
        <source>Region where the practice was tested</source>
        <translation>Ir-reġjun fejn ġiet ittestjata l-prattika</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date of the test, e.g. 2012-03-01 or 1.3.2012</source>
        <translation>Data tat-test, eż. 2012-03-01 jew 1.3.2012</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: the ISO date format</comment>
        <translation>SSSS-XX-JJ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How far the test got</source>
        <translation>Kemm wasal it-test</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awtur</translation>
    </message>
    <message>
        <source>Who wrote the note</source>
        <translation>Min kiteb in-nota</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Riżultat</translation>
    </message>
    <message>
        <source>The outcome of the test, in one line</source>
        <translation>Ir-riżultat tat-test, f&apos;linja waħda</translation>
    </message>
    <message>
        <source>The outcome, in one line</source>
        <translation>Ir-riżultat, f&apos;linja waħda</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Test tan-nota</translation>
    </message>
    <message>
        <source>The note itself, in Markdown. Tab moves on to the next field.</source>
        <translation>In-nota nfisha, f&apos;Markdown. Tab jgħaddik għall-qasam li jmiss.</translation>
    </message>
    <message>
        <source>What happened? Markdown works: # heading, *emphasis*, - lists, | tables |</source>
        <translation>X&apos;ġara? Markdown jaħdem: # intestatura, *enfasi*, - listi, | tabelli |</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Dehra tan-nota</translation>
    </message>
    <message>
        <source>The note as it will read</source>
        <translation>In-nota kif se tinqara</translation>
    </message>
    <message>
        <source>Note text and preview</source>
        <translation>Test u dehra tan-nota</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>De&amp;hra</translation>
    </message>
    <message>
        <source>Text or preview</source>
        <translation>Test jew dehra</translation>
    </message>
    <message>
        <source>Write the note as text, or read it as it will print</source>
        <translation>Ikteb in-nota bħala test, jew aqraha kif se tiġi pprintjata</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Stat tas-salvataġġ</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Reġjun</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Awtur</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Riż&amp;ultat</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Valur miżjud</translation>
    </message>
    <message>
        <source>Added value of the practice, 0 to 5, as scored in the selection method: for cluster initiatives, for development agencies, for enterprises. Empty: not scored.</source>
        <translation>Il-valur miżjud tal-prattika, minn 0 sa 5, kif jingħata fil-metodu tal-għażla: għall-inizjattivi ta&apos; clusters, għall-aġenziji tal-iżvilupp, għall-intrapriżi. Vojt: mingħajr punteġġ.</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Agħżel reġjun…</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Żid reġjun…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Għad ma nkiteb xejn</translation>
    </message>
</context>
<context>
    <name>NoteScores</name>
    <message>
        <source>C&amp;lusters</source>
        <translation>&amp;Clusters</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>Aġe&amp;nziji</translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation>Intra&amp;priżi</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives</source>
        <translation>Valur miżjud għall-inizjattivi ta&apos; clusters</translation>
    </message>
    <message>
        <source>Added value for development agencies</source>
        <translation>Valur miżjud għall-aġenziji tal-iżvilupp</translation>
    </message>
    <message>
        <source>Added value for enterprises</source>
        <translation>Valur miżjud għall-intrapriżi</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives, 0 to 5; empty: not scored</source>
        <translation>Valur miżjud għall-inizjattivi ta&apos; clusters, minn 0 sa 5; vojt: mingħajr punteġġ</translation>
    </message>
    <message>
        <source>Added value for development agencies, 0 to 5; empty: not scored</source>
        <translation>Valur miżjud għall-aġenziji tal-iżvilupp, minn 0 sa 5; vojt: mingħajr punteġġ</translation>
    </message>
    <message>
        <source>Added value for enterprises, 0 to 5; empty: not scored</source>
        <translation>Valur miżjud għall-intrapriżi, minn 0 sa 5; vojt: mingħajr punteġġ</translation>
    </message>
</context>
<context>
    <name>NoteSession</name>
    <message>
        <source>Restored unsaved changes from %1</source>
        <translation>Ġew irrestawrati bidliet mhux salvati minn %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvata: %1</translation>
    </message>
    <message>
        <source>New note: saved automatically as you type</source>
        <translation>Nota ġdida: tiġi salvata awtomatikament waqt li tittajpja</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Qed tiġi salvata…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red (kept as a draft)</source>
        <translation>Mhux salvata: irranġa l-oqsma mmarkati bl-aħmar (miżmuma bħala abbozz)</translation>
    </message>
    <message>
        <source>Not saved: this note changed elsewhere; both versions are kept</source>
        <translation>Mhux salvata: din in-nota nbidlet x&apos;imkien ieħor; iż-żewġ verżjonijiet jinżammu</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept; retrying…</source>
        <translation>Mhux salvata: %1. It-test tiegħek jinżamm; qed jerġa&apos; jipprova…</translation>
    </message>
    <message>
        <source>Updated from elsewhere at %1</source>
        <translation>Aġġornata minn x&apos;imkien ieħor: %1</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <source>planned</source>
        <translation>ippjanat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>għaddej</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>komplut</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abbandunat</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Id-database hija għall-qari biss</translation>
    </message>
    <message>
        <source>The last changes could not be saved</source>
        <translation>L-aħħar bidliet ma setgħux jiġu salvati</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved (%1). It is still in the editor.

Close anyway and lose it?</source>
        <translation>L-aħħar ma ttajpjajt ma setax jiġi salvat (%1). Għadu fl-editur.

Tagħlaq xorta waħda u titilfu?</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Noti mhux salvati</translation>
    </message>
    <message>
        <source>There are no unsaved notes.</source>
        <translation>M&apos;hemm l-ebda nota mhux salvata.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Test notes</source>
        <translation>Noti tal-ittestjar</translation>
    </message>
    <message>
        <source>Test notes of the selected practice, newest first</source>
        <translation>Noti tal-ittestjar tal-prattika magħżula, l-aktar ġodda l-ewwel</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n nota)</numerusform>
            <numerusform>(%n noti)</numerusform>
            <numerusform>(%n-il nota)</numerusform>
            <numerusform>(%n nota)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n note(s))</source>
        <translation>
            <numerusform>(%1 minn %n nota)</numerusform>
            <numerusform>(%1 minn %n noti)</numerusform>
            <numerusform>(%1 minn %n-il nota)</numerusform>
            <numerusform>(%1 minn %n nota)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see and write its test notes.</source>
        <translation>Agħżel prattika biex tara u tikteb in-noti tal-ittestjar tagħha.</translation>
    </message>
    <message>
        <source>No test notes for this practice yet.

Press Ctrl+N (or New Note) to write the first one.</source>
        <translation>Għad m&apos;hemmx noti tal-ittestjar għal din il-prattika.

Agħfas Ctrl+N (jew Nota ġdida) biex tikteb l-ewwel waħda.</translation>
    </message>
    <message>
        <source>Select a note to read or edit it,
or press Ctrl+N to write a new one.</source>
        <translation>Agħżel nota biex taqraha jew teditjaha,
jew agħfas Ctrl+N biex tikteb waħda ġdida.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reġjun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awtur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>L-ebda awtur</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>L-ebda test</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Show notes of region</source>
        <translation>Uri n-noti tar-reġjun</translation>
    </message>
    <message>
        <source>Show the notes of one region only</source>
        <translation>Uri n-noti ta&apos; reġjun wieħed biss</translation>
    </message>
    <message>
        <source>Test notes</source>
        <translation>Noti tal-ittestjar</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Reġ&amp;jun:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Ir-reġjuni kollha</translation>
    </message>
    <message>
        <source>Select a practice first: notes belong to a practice.</source>
        <translation>L-ewwel agħżel prattika: in-noti jappartjenu lil prattika.</translation>
    </message>
    <message>
        <source>This note was never saved; there is nothing to delete.</source>
        <translation>Din in-nota qatt ma ġiet salvata; m&apos;hemm xejn x&apos;jitħassar.</translation>
    </message>
    <message>
        <source>the database refused the write</source>
        <translation>id-database ma aċċettatx il-kitba</translation>
    </message>
    <message>
        <source>This note changed elsewhere; both versions are kept. Choose one.</source>
        <translation>Din in-nota nbidlet x&apos;imkien ieħor; iż-żewġ verżjonijiet jinżammu. Agħżel waħda.</translation>
    </message>
    <message>
        <source>Could not settle the conflict: %1</source>
        <translation>Il-kunflitt ma setax jiġi solvut: %1</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Practice Catalogue cannot open the database</source>
        <translation>Practice Catalogue ma jistax jiftaħ id-database</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been changed in that file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ma nbidel xejn f&apos;dak il-fajl.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (%1)</source>
        <translation>&amp;Irrestawra l-aħħar kopja ta&apos; riżerva (%1)</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (none found beside it)</source>
        <translation>&amp;Irrestawra l-aħħar kopja ta&apos; riżerva (ma nstabet l-ebda waħda ħdejh)</translation>
    </message>
    <message>
        <source>The unreadable file is kept under another name; the backup takes its place</source>
        <translation>Il-fajl li ma jinqarax jinżamm b&apos;isem ieħor; il-kopja ta&apos; riżerva tieħu postu</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>Iftaħ &amp;fajl ieħor…</translation>
    </message>
    <message>
        <source>Choose another database file to open</source>
        <translation>Agħżel fajl ieħor tad-database biex tiftħu</translation>
    </message>
    <message>
        <source>Start a &amp;New Database Elsewhere…</source>
        <translation>Ibda database ġ&amp;dida x&apos;imkien ieħor…</translation>
    </message>
    <message>
        <source>Create an empty catalogue in a new file</source>
        <translation>Oħloq katalgu vojt f&apos;fajl ġdid</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Oħroġ</translation>
    </message>
    <message>
        <source>Close Practice Catalogue without changing anything</source>
        <translation>Agħlaq Practice Catalogue mingħajr ma tibdel xejn</translation>
    </message>
</context>
<context>
    <name>PracticeDetailView</name>
    <message>
        <source>Practice details</source>
        <translation>Dettalji tal-prattika</translation>
    </message>
    <message>
        <source>What the selected practice or category holds: its facts, texts and field tests. Read only; Tab moves between its links.</source>
        <translation>X&apos;fiha l-prattika jew il-kategorija magħżula: il-fatti, it-testi u t-testijiet fuq il-post. Għall-qari biss; Tab jgħaddik minn link għal ieħor.</translation>
    </message>
    <message>
        <source>Use the tree on the left, or type in the filter box (%1) to find one.</source>
        <translation>Uża s-siġra fuq ix-xellug, jew ittajpja fil-kaxxa tal-filtru (%1) biex issib waħda.</translation>
    </message>
    <message>
        <source>Select a practice to see its details.</source>
        <translation>Agħżel prattika biex tara d-dettalji tagħha.</translation>
    </message>
</context>
<context>
    <name>PracticeDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Ikkanċella</translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message numerus="yes">
        <source>%Ln planned</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln ippjanat</numerusform>
            <numerusform>%Ln ippjanati</numerusform>
            <numerusform>%Ln ippjanati</numerusform>
            <numerusform>%Ln ippjanati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln għaddej</numerusform>
            <numerusform>%Ln għaddejjin</numerusform>
            <numerusform>%Ln għaddejjin</numerusform>
            <numerusform>%Ln għaddejjin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln komplut</numerusform>
            <numerusform>%Ln kompluti</numerusform>
            <numerusform>%Ln kompluti</numerusform>
            <numerusform>%Ln kompluti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln abbandunat</numerusform>
            <numerusform>%Ln abbandunati</numerusform>
            <numerusform>%Ln abbandunati</numerusform>
            <numerusform>%Ln abbandunati</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>L-ebda kategorija</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tip ta&apos; servizz</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Għadu mhux magħruf</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Reġjun tal-oriġini</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Għadu mhux irreġistrat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sors</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>L-ebda sors irreġistrat</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Katalgu finali</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Magħżula</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Mhux magħżula</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sommarju</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Għad m&apos;hemmx sommarju</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskrizzjoni</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Għad m&apos;hemmx deskrizzjoni</translation>
    </message>
    <message>
        <source>Field tests</source>
        <translation>Testijiet fuq il-post</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Għadha ma ġiet ittestjata f&apos;ebda reġjun</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>l-aħħar: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the tree</source>
        <translation>
            <numerusform>… u %Ln oħra fis-siġra</numerusform>
            <numerusform>… u %Ln oħra fis-siġra</numerusform>
            <numerusform>… u %Ln oħra fis-siġra</numerusform>
            <numerusform>… u %Ln oħra fis-siġra</numerusform>
        </translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Għad m&apos;hemmx prattiki f&apos;din il-kategorija</translation>
    </message>
    <message numerus="yes">
        <source>Service category · %Ln practice(s)</source>
        <translation>
            <numerusform>Kategorija ta&apos; servizzi · %Ln prattika</numerusform>
            <numerusform>Kategorija ta&apos; servizzi · %Ln prattiki</numerusform>
            <numerusform>Kategorija ta&apos; servizzi · %Ln-il prattika</numerusform>
            <numerusform>Kategorija ta&apos; servizzi · %Ln prattika</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prattiki</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice editor</source>
        <translation>Editur tal-prattika</translation>
    </message>
    <message>
        <source>Edit the selected practice; changes save themselves as you type (F2: done)</source>
        <translation>Editja l-prattika magħżula; il-bidliet jiġu salvati waħedhom waqt li tittajpja (F2: lest)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>I&amp;bdel l-isem…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ibdel l-isem</translation>
    </message>
    <message>
        <source>Change the title or subtitle (asks to confirm)</source>
        <translation>Ibdel it-titlu jew is-sottotitlu (jitlob konferma)</translation>
    </message>
    <message>
        <source>&amp;Move to Category…</source>
        <translation>Ċaqlaq għal &amp;kategorija…</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>Ċaqlaq għal kategorija</translation>
    </message>
    <message>
        <source>Put the practice in another category (asks to confirm)</source>
        <translation>Poġġi l-prattika f&apos;kategorija oħra (jitlob konferma)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tip ta&apos; servizz</translation>
    </message>
    <message>
        <source>Service type of the practice</source>
        <translation>It-tip ta&apos; servizz tal-prattika</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Reġjun tal-oriġini</translation>
    </message>
    <message>
        <source>Region the practice comes from</source>
        <translation>Ir-reġjun minn fejn ġejja l-prattika</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sors</translation>
    </message>
    <message>
        <source>Where the facts about this practice come from</source>
        <translation>Minn fejn ġejjin il-fatti dwar din il-prattika</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sommarju</translation>
    </message>
    <message>
        <source>Summary in Markdown; Tab moves to the next field</source>
        <translation>Sommarju f&apos;Markdown; Tab jgħaddik għall-qasam li jmiss</translation>
    </message>
    <message>
        <source>A few lines on what the service offers (Markdown)</source>
        <translation>Ftit linji fuq x&apos;joffri s-servizz (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskrizzjoni</translation>
    </message>
    <message>
        <source>Description in Markdown; Tab moves to the next field</source>
        <translation>Deskrizzjoni f&apos;Markdown; Tab jgħaddik għall-qasam li jmiss</translation>
    </message>
    <message>
        <source>How it works, for whom, with what results (Markdown)</source>
        <translation>Kif jaħdem, għal min, u b&apos;liema riżultati (Markdown)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Kunflitt</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Żomm &amp;tiegħi</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Żomm tiegħi</translation>
    </message>
    <message>
        <source>Keep the texts typed here; the other version stays on record</source>
        <translation>Żomm it-testi ttajpjati hawn; il-verżjoni l-oħra tibqa&apos; rreġistrata</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Żomm t&amp;agħhom</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Żomm tagħhom</translation>
    </message>
    <message>
        <source>Keep the texts saved elsewhere; these stay on record</source>
        <translation>Żomm it-testi salvati x&apos;imkien ieħor; dawn jibqgħu rreġistrati</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Stat tas-salvataġġ</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Lest</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Lest</translation>
    </message>
    <message>
        <source>Back to reading (F2)</source>
        <translation>Lura għall-qari (F2)</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>T&amp;ip ta&apos; servizz</translation>
    </message>
    <message>
        <source>&amp;Origin region</source>
        <translation>Reġjun tal-&amp;oriġini</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Sors</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>So&amp;mmarju</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Deskrizzjoni</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorija: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Mhux irreġistrat</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvata: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Qed tiġi salvata…</translation>
    </message>
    <message>
        <source>Not saved: this practice changed elsewhere; both versions kept</source>
        <translation>Mhux salvata: din il-prattika nbidlet x&apos;imkien ieħor; iż-żewġ verżjonijiet jinżammu</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Mhux salvata: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Retrying…</source>
        <translation>Mhux salvata: %1. Qed jerġa&apos; jipprova…</translation>
    </message>
    <message>
        <source>These texts were changed elsewhere while you edited them. Both versions are kept.</source>
        <translation>Dawn it-testi nbidlu x&apos;imkien ieħor waqt li kont qed teditjahom. Iż-żewġ verżjonijiet jinżammu.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Mhux mibdula</translation>
    </message>
</context>
<context>
    <name>PracticeFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Id-database hija għall-qari biss</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Erġa&apos; lura</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>E&amp;rġa&apos; agħmel</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Aqta&apos;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Ikkopja</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Waħħal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ħassar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Agħżel kollox</translation>
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
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salva kollox</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Iftaħ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Iva</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Iva għal &amp;kollox</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>L&amp;e għal kollox</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbanduna</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erġa&apos; pprova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Injora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Agħlaq</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ikkanċella</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Armi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Għajnuna</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applika</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Irrisettja</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Irrestawra l-valuri standard</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Erġa&apos; lura</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>E&amp;rġa&apos; agħmel</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Aqta&apos;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Ikkopja</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Ikkopja l-indirizz tal-&amp;link</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Waħħal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ħassar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Agħżel kollox</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Żid reġjun</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Isem ir-reġjun</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Kodiċi tal-pajjiż</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter ISO code, e.g. EE for Estonia</source>
        <translation>Il-kodiċi ISO tal-pajjiż b&apos;żewġ ittri, eż. EE għall-Estonja</translation>
    </message>
    <message>
        <source>EE</source>
        <comment>placeholder: an example two-letter country code</comment>
        <translation>EE</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organizzazzjoni sieħba</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>fakultattiv</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Isem</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Pajjiż (kodiċi ISO)</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;Organizzazzjoni sieħba</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename practice</source>
        <translation>Ibdel l-isem tal-prattika</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Titlu ġdid</translation>
    </message>
    <message>
        <source>New subtitle</source>
        <translation>Sottotitlu ġdid</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>I&amp;bdel l-isem</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ibdel l-isem</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Bħalissa: %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Sottotitlu</translation>
    </message>
    <message>
        <source>Every laptop that imports this catalogue will show the new title.</source>
        <translation>Kull laptop li jimporta dan il-katalgu se juri t-titlu l-ġdid.</translation>
    </message>
    <message>
        <source>Type a new title (it cannot be empty).</source>
        <translation>Ittajpja titlu ġdid (ma jistax ikun vojt).</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <source>This text could not be shown. The log file says why.</source>
        <translation>Dan it-test ma setax jintwera. Il-fajl tal-log jgħid għaliex.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln prattika</numerusform>
            <numerusform>%Ln prattiki</numerusform>
            <numerusform>%Ln-il prattika</numerusform>
            <numerusform>%Ln prattika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln noti</numerusform>
            <numerusform>%Ln-il nota</numerusform>
            <numerusform>%Ln nota</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noti</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prattika</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reġjun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pajjiż</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awtur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Riżultat</translation>
    </message>
    <message>
        <source>Score: cluster initiatives</source>
        <translation>Punteġġ: inizjattivi ta&apos; clusters</translation>
    </message>
    <message>
        <source>Score: development agencies</source>
        <translation>Punteġġ: aġenziji tal-iżvilupp</translation>
    </message>
    <message>
        <source>Score: enterprises</source>
        <translation>Punteġġ: intrapriżi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>ippjanat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>għaddej</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>komplut</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abbandunat</translation>
    </message>
    <message>
        <source>open collective</source>
        <translation>kollettiv miftuħ</translation>
    </message>
    <message>
        <source>closed collective</source>
        <translation>kollettiv magħluq</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>sħubija</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individwali</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>inizjattivi ta&apos; clusters</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>aġenziji tal-iżvilupp</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>intrapriżi</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Il-katalgu kollu</translation>
    </message>
    <message>
        <source>Practices selected for the final catalogue</source>
        <translation>Prattiki magħżula għall-katalgu finali</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorija: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Prattika: %1</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Noti minn %1</translation>
    </message>
    <message>
        <source>Notes dated %1 to %2</source>
        <translation>Noti b&apos;data minn %1 sa %2</translation>
    </message>
    <message>
        <source>Notes dated %1 or later</source>
        <translation>Noti b&apos;data %1 jew wara</translation>
    </message>
    <message>
        <source>Notes dated %1 or earlier</source>
        <translation>Noti b&apos;data %1 jew qabel</translation>
    </message>
    <message>
        <source>Good Practices Catalogue</source>
        <translation>Katalgu tal-prattiki tajbin</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Katalgu finali</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Iġġenerat: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Paġna %1 minn %2</translation>
    </message>
    <message>
        <source>No practice has notes in this selection</source>
        <translation>L-ebda prattika m&apos;għandha noti f&apos;din l-għażla</translation>
    </message>
    <message>
        <source>No practice is selected for the final catalogue</source>
        <translation>L-ebda prattika mhi magħżula għall-katalgu finali</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>L-ewwel immarka l-prattiki għall-katalgu finali: il-kaxxa fil-pannell tad-dettalji jew f&apos;Ara → Matriċi tal-ittestjar fuq il-post.</translation>
    </message>
    <message>
        <source>No practices in this selection</source>
        <translation>M&apos;hemmx prattiki f&apos;din l-għażla</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (ikompli)</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Kategorija ta&apos; servizzi</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Għad m&apos;hemmx deskrizzjoni</translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Għad m&apos;hemmx prattiki f&apos;din il-kategorija</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tip ta&apos; servizz</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Għadu mhux magħruf</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Reġjun tal-oriġini</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Għadu mhux irreġistrat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sors</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>L-ebda sors irreġistrat</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Magħżula</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Mhux magħżula</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sommarju</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Għad m&apos;hemmx sommarju</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskrizzjoni</translation>
    </message>
    <message>
        <source>Field-test notes (%1)</source>
        <translation>Noti tal-ittestjar fuq il-post (%1)</translation>
    </message>
    <message>
        <source>No notes in this selection</source>
        <translation>M&apos;hemmx noti f&apos;din l-għażla</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Għadha ma ġiet ittestjata f&apos;ebda reġjun</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenza</translation>
    </message>
    <message>
        <source>Regions tested</source>
        <translation>Reġjuni fejn ġiet ittestjata</translation>
    </message>
    <message>
        <source>Completed tests</source>
        <translation>Testijiet kompluti</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 minn %2</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Għad m&apos;hemmx noti</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Valur miżjud</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Mingħajr punteġġ</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: mingħajr punteġġ</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>L-aħħar riżultati</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Għad m&apos;hemm l-ebda riżultat irreġistrat</translation>
    </message>
    <message>
        <source>No author recorded</source>
        <translation>L-ebda awtur irreġistrat</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>L-ebda riżultat irreġistrat</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>L-ebda test</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>Checking the database…</source>
        <translation>Qed tiġi ċċekkjata d-database…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Verifika tad-database</translation>
    </message>
    <message>
        <source>The check could not run: %1.</source>
        <translation>Il-verifika ma setgħetx issir: %1.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Id-database hija f&apos;saħħitha.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Instabu problemi.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>Updating the search index: %1 of %Ln practice(s)</source>
        <translation>
            <numerusform>Qed jiġi aġġornat l-indiċi tat-tfittxija: %1 minn %Ln prattika</numerusform>
            <numerusform>Qed jiġi aġġornat l-indiċi tat-tfittxija: %1 minn %Ln prattiki</numerusform>
            <numerusform>Qed jiġi aġġornat l-indiċi tat-tfittxija: %1 minn %Ln-il prattika</numerusform>
            <numerusform>Qed jiġi aġġornat l-indiċi tat-tfittxija: %1 minn %Ln prattika</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>L-indiċi tat-tfittxija huwa aġġornat.</translation>
    </message>
</context>
<context>
    <name>SelectionToggle</name>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Magħżula għall-katalgu finali</translation>
    </message>
    <message>
        <source>Space ticks or clears it; ticked practices make the final catalogue.</source>
        <translation>Space jimmarkaha jew ineħħi l-marka; il-prattiki mmarkati jiffurmaw il-katalgu finali.</translation>
    </message>
    <message>
        <source>Practices ticked here make the final catalogue (File → Export Final Catalogue)</source>
        <translation>Il-prattiki mmarkati hawn jiffurmaw il-katalgu finali (Fajl → Esporta l-katalgu finali)</translation>
    </message>
    <message>
        <source>The selection was not saved: %1</source>
        <translation>L-għażla ma ġietx salvata: %1</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Open collective</source>
        <translation>Kollettiv miftuħ</translation>
    </message>
    <message>
        <source>Closed collective</source>
        <translation>Kollettiv magħluq</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Sħubija</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individwali</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Għadu mhux magħruf</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>The consortium&apos;s catalogue server. Its address is like postgresql://NAME@HOST:5432/DATABASE (add ?sslmode=require for an encrypted connection). Leave the password empty when it is in your password file (~/.pgpass).</source>
        <translation>Is-server tal-katalgu tal-konsorzju. L-indirizz tiegħu huwa bħal postgresql://NAME@HOST:5432/DATABASE (żid ?sslmode=require għal konnessjoni kriptata). Ħalli l-password vojta meta tkun fil-fajl tal-passwords tiegħek (~/.pgpass).</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST:5432/DATABASE</source>
        <translation>postgresql://NAME@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>Sign in to the catalogue server</source>
        <translation>Idħol fis-server tal-katalgu</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizz tas-server</translation>
    </message>
    <message>
        <source>The catalogue server&apos;s address, starting postgresql://</source>
        <translation>L-indirizz tas-server tal-katalgu, li jibda b&apos;postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Leave empty when the password is in your password file</source>
        <translation>Ħallih vojt meta l-password tkun fil-fajl tal-passwords tiegħek</translation>
    </message>
    <message>
        <source>Why the last try failed</source>
        <translation>Għaliex falla l-aħħar tentattiv</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>Idħol u sinkronizza</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Indirizz tas-server:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, for example postgresql://NAME@HOST/DATABASE.</source>
        <translation>Agħti l-indirizz tas-server, pereżempju postgresql://NAME@HOST/DATABASE.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %Ln conflict(s)</source>
        <translation>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %Ln kunflitt</numerusform>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %Ln kunflitti</numerusform>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %Ln-il kunflitt</numerusform>
            <numerusform>%1 ġodda, %2 aġġornati, %3 mhux mibdula, %Ln kunflitt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln refused</source>
        <translation>
            <numerusform>%1, %Ln miċħud</numerusform>
            <numerusform>%1, %Ln miċħuda</numerusform>
            <numerusform>%1, %Ln miċħuda</numerusform>
            <numerusform>%1, %Ln miċħuda</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Id-database hija għall-qari biss</translation>
    </message>
    <message>
        <source>The sync was cancelled: what was sent stays sent.</source>
        <translation>Is-sinkronizzazzjoni ġiet ikkanċellata: dak li ntbagħat jibqa&apos; mibgħut.</translation>
    </message>
    <message>
        <source>Syncing with the catalogue server…</source>
        <translation>Qed issir sinkronizzazzjoni mas-server tal-katalgu…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was sent stays sent.</source>
        <translation>Sinkronizzazzjoni kkanċellata: dak li ntbagħat jibqa&apos; mibgħut.</translation>
    </message>
    <message>
        <source>Synced with the server: sent %1; received %2.</source>
        <translation>Sinkronizzazzjoni mas-server lesta: mibgħut %1; riċevut %2.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>Status tas-sinkronizzazzjoni</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mhux konness</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>L-aħħar sinkronizzazzjoni: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n bidla qed tistenna biex tintbagħat.</numerusform>
            <numerusform>%n bidliet qed jistennew biex jintbagħtu.</numerusform>
            <numerusform>%n-il bidla qed jistennew biex jintbagħtu.</numerusform>
            <numerusform>%n bidla qed jistennew biex jintbagħtu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>M&apos;hemm xejn jistenna biex jintbagħat.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sinkronizzat: %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sinkronizzat</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n bidla għadha mhix sinkronizzata</numerusform>
            <numerusform>%n bidliet għadhom mhux sinkronizzati</numerusform>
            <numerusform>%n-il bidla għadhom mhux sinkronizzati</numerusform>
            <numerusform>%n bidla għadhom mhux sinkronizzati</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Miċħud: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The server did not accept the sign-in (%1).</source>
        <translation>Is-server ma aċċettax id-dħul (%1).</translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached (%1).</source>
        <translation>Is-server tal-katalgu ma jistax jintlaħaq (%1).</translation>
    </message>
    <message>
        <source>The sync did not go through (%1).</source>
        <translation>Is-sinkronizzazzjoni ma rnexxietx (%1).</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import notes from a file</source>
        <translation>Importa noti minn fajl</translation>
    </message>
    <message>
        <source>Exchange files (*.json);;All files (*)</source>
        <translation>Fajls ta&apos; skambju (*.json);;Il-fajls kollha (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Qed jinqara %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Dan il-fajl ma jistax jiġi importat</translation>
    </message>
    <message>
        <source>%1.

Nothing was changed.</source>
        <translation>%1.

Ma nbidel xejn.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Qed jiġi importat %1…</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L-importazzjoni falliet</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importazzjoni kkanċellata: ma nbidel xejn.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 new, %3 updated, %n conflict(s).</source>
        <translation>
            <numerusform>%1 ġie importat: %2 ġodda, %3 aġġornati, %n kunflitt.</numerusform>
            <numerusform>%1 ġie importat: %2 ġodda, %3 aġġornati, %n kunflitti.</numerusform>
            <numerusform>%1 ġie importat: %2 ġodda, %3 aġġornati, %n-il kunflitt.</numerusform>
            <numerusform>%1 ġie importat: %2 ġodda, %3 aġġornati, %n kunflitt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Inkiteb %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Qed jinkiteb %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L-esportazzjoni falliet</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>%1 ma nkitebx: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Esportazzjoni kkanċellata: ma nkiteb l-ebda fajl.</translation>
    </message>
    <message>
        <source>PDF: the selected practices with their evidence (*.pdf)</source>
        <translation>PDF: il-prattiki magħżula bl-evidenza tagħhom (*.pdf)</translation>
    </message>
    <message>
        <source>PNG: the field-test matrix of the selected practices (*.png)</source>
        <translation>PNG: il-matriċi tal-ittestjar fuq il-post tal-prattiki magħżula (*.png)</translation>
    </message>
    <message>
        <source>CSV: the matrix as a table (*.csv)</source>
        <translation>CSV: il-matriċi bħala tabella (*.csv)</translation>
    </message>
    <message>
        <source>XLSX: the matrix as a workbook (*.xlsx)</source>
        <translation>XLSX: il-matriċi bħala spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>No practice is selected yet</source>
        <translation>Għad mhi magħżula l-ebda prattika</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>L-ewwel immarka l-prattiki għall-katalgu finali: il-kaxxa fil-pannell tad-dettalji jew f&apos;Ara → Matriċi tal-ittestjar fuq il-post.</translation>
    </message>
    <message>
        <source>Export the final catalogue</source>
        <translation>Esporta l-katalgu finali</translation>
    </message>
    <message>
        <source>Wrote the final catalogue to %1</source>
        <translation>Il-katalgu finali nkiteb f&apos;%1</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Id-database hija għall-qari biss</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Practice</source>
        <translation>Prattika</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reġjun</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Imħassra</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Żibel</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Noti mħassra</translation>
    </message>
    <message>
        <source>Select one or more notes, then Restore brings them back</source>
        <translation>Agħżel nota jew aktar, imbagħad Irrestawra jġibhom lura</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Irrestawra</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Battal iż-żibel…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted note(s). Restore brings a note back to its practice.</source>
        <translation>
            <numerusform>%n nota mħassra. Irrestawra jġib nota lura għall-prattika tagħha.</numerusform>
            <numerusform>%n noti mħassra. Irrestawra jġib nota lura għall-prattika tagħha.</numerusform>
            <numerusform>%n-il nota mħassra. Irrestawra jġib nota lura għall-prattika tagħha.</numerusform>
            <numerusform>%n nota mħassra. Irrestawra jġib nota lura għall-prattika tagħha.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Iż-żibel huwa vojt.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Tbattal iż-żibel?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Tħassar %n nota għal dejjem? Dan ma jistax jitreġġa&apos; lura.</numerusform>
            <numerusform>Tħassar %n noti għal dejjem? Dan ma jistax jitreġġa&apos; lura.</numerusform>
            <numerusform>Tħassar %n-il nota għal dejjem? Dan ma jistax jitreġġa&apos; lura.</numerusform>
            <numerusform>Tħassar %n nota għal dejjem? Dan ma jistax jitreġġa&apos; lura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashNote</name>
    <message>
        <source>Delete Note</source>
        <translation>Ħassar in-nota</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z brings it back.</source>
        <translation>In-nota ntbagħtet fiż-żibel. Ctrl+Z iġibha lura.</translation>
    </message>
    <message>
        <source>Note restored from the trash.</source>
        <translation>In-nota ġiet irrestawrata miż-żibel.</translation>
    </message>
</context>
</TS>
