<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Browse the good practices of regional business clusters and record how each was field-tested in each partner region. Works offline; makes no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source of the catalogue.&lt;/b&gt; The fifteen practices in six service categories are those of the “15 Good Practices e-booklet” of &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, “Best shared services for regional cluster initiative needs”, 2009–2012), selected in an evaluation from January to June 2011 and announced by Tartu Science Park in the news item “15 best cluster practices e-book now available”. Facts the source does not give are left empty.&lt;/p&gt;&lt;p&gt;Partners: Belgium (Province of Namur, lead partner), Estonia (Tartu), Germany (Region Stuttgart), Malta, France, Slovenia and Greece.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Parcourez les bonnes pratiques des clusters d’entreprises régionaux et consignez comment chacune a été testée sur le terrain dans chaque région partenaire. Fonctionne hors ligne, sans aucun accès au réseau.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source du catalogue.&lt;/b&gt; Les quinze pratiques, réparties en six catégories de services, sont celles du «&#xa0;15 Good Practices e-booklet&#xa0;» de &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, «&#xa0;Best shared services for regional cluster initiative needs&#xa0;», 2009–2012), sélectionnées lors d’une évaluation menée de janvier à juin 2011 et annoncées par le Tartu Science Park dans l’actualité «&#xa0;15 best cluster practices e-book now available&#xa0;». Les informations que la source ne donne pas sont laissées vides.&lt;/p&gt;&lt;p&gt;Partenaires&#xa0;: Belgique (Province de Namur, chef de file), Estonie (Tartu), Allemagne (Région de Stuttgart), Malte, France, Slovénie et Grèce.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Practice Catalogue</source>
        <translation>À propos de Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Syntaxe du filtre</translation>
    </message>
    <message>
        <source>How to filter the catalogue</source>
        <translation>Comment filtrer le catalogue</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Fermer l’application</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Merge notes from another laptop&apos;s exchange file (preview first)</source>
        <translation>Fusionner les notes du fichier d’échange d’un autre ordinateur portable (avec aperçu préalable)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write an exchange file, a notes table or a report</source>
        <translation>Écrire un fichier d’échange, un tableau des notes ou un rapport</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Imprimer en &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF report of the catalogue or a part of it</source>
        <translation>Un rapport PDF de tout ou partie du catalogue</translation>
    </message>
    <message>
        <source>Export &amp;Final Catalogue…</source>
        <translation>Exporter le catalogue &amp;final…</translation>
    </message>
    <message>
        <source>The practices selected for the final catalogue: PDF with evidence, or the matrix</source>
        <translation>Les pratiques sélectionnées pour le catalogue final&#xa0;: PDF avec les éléments probants, ou la matrice</translation>
    </message>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>S&amp;ynchroniser avec le serveur…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the catalogue server and fetch everyone else&apos;s</source>
        <translation>Envoyer les modifications de cet ordinateur portable au serveur du catalogue et récupérer celles des autres</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <source>Records kept in two versions, to settle</source>
        <translation>Éléments conservés en deux versions, à résoudre</translation>
    </message>
    <message>
        <source>Field-Test &amp;Matrix</source>
        <translation>&amp;Matrice des tests terrain</translation>
    </message>
    <message>
        <source>Which practice was tested where, and the evidence</source>
        <translation>Quelle pratique a été testée où, et les éléments probants</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Backup copies of this database; restore one</source>
        <translation>Copies de sauvegarde de cette base de données&#x202f;; en restaurer une</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation>Vérifier que le fichier de la base de données n’est pas endommagé</translation>
    </message>
    <message>
        <source>&amp;Unsaved Notes…</source>
        <translation>&amp;Notes non enregistrées…</translation>
    </message>
    <message>
        <source>Notes that were being written when the program stopped</source>
        <translation>Notes en cours de rédaction lors de l’arrêt du programme</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Write a new test note for the selected practice</source>
        <translation>Rédiger une nouvelle note de test pour la pratique sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself as you type)</source>
        <translation>Enregistrer la note maintenant (elle s’enregistre aussi automatiquement pendant la saisie)</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>Move the selected note to the trash (Ctrl+Z brings it back)</source>
        <translation>Placer la note sélectionnée dans la corbeille (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Deleted notes, to restore or empty</source>
        <translation>Notes supprimées&#xa0;: les restaurer ou vider la corbeille</translation>
    </message>
    <message>
        <source>Edit &amp;Practice</source>
        <translation>Modifier la &amp;pratique</translation>
    </message>
    <message>
        <source>Edit the texts of the selected practice (F2 again: done)</source>
        <translation>Modifier les textes de la pratique sélectionnée (F2 à nouveau&#xa0;: terminer)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>Put the cursor in the filter box</source>
        <translation>Placer le curseur dans la zone de filtre</translation>
    </message>
    <message>
        <source>&amp;Expand All Categories</source>
        <translation>&amp;Développer toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Collapse All Categories</source>
        <translation>&amp;Réduire toutes les catégories</translation>
    </message>
    <message>
        <source>Go to &amp;Catalogue</source>
        <translation>Aller au &amp;catalogue</translation>
    </message>
    <message>
        <source>Move focus to the tree</source>
        <translation>Placer le focus sur l’arborescence</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Aller aux dé&amp;tails</translation>
    </message>
    <message>
        <source>Move focus to the detail pane</source>
        <translation>Placer le focus sur le volet de détails</translation>
    </message>
    <message>
        <source>&amp;Filter Syntax</source>
        <translation>&amp;Syntaxe du filtre</translation>
    </message>
    <message>
        <source>How to write filter queries</source>
        <translation>Comment écrire les requêtes de filtre</translation>
    </message>
    <message>
        <source>&amp;About Practice Catalogue</source>
        <translation>À &amp;propos de Practice Catalogue</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Practice Catalogue databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Practice Catalogue (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Start a New Database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
    <message>
        <source>That file exists</source>
        <translation>Ce fichier existe déjà</translation>
    </message>
    <message>
        <source>Choose a name that is not taken: nothing is overwritten.</source>
        <translation>Choisissez un nom qui n’est pas déjà pris&#xa0;: aucun fichier n’est écrasé.</translation>
    </message>
    <message>
        <source>Practice Catalogue</source>
        <translation>Practice Catalogue</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Impossible d’ouvrir la base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at start to %1</source>
        <translation>Sauvegarde effectuée au démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily backup taken: %1</source>
        <translation>Sauvegarde quotidienne effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before the file was upgraded</source>
        <translation>avant la mise à niveau du fichier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <source>When each copy was taken, its size and why</source>
        <translation>Date de chaque copie, sa taille et son motif</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Take a copy of the database now</source>
        <translation>Faire une copie de la base de données maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Put the selected copy in place of the current contents</source>
        <translation>Remplacer le contenu actuel par la copie sélectionnée</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the folder of the backups in the file manager</source>
        <translation>Afficher le dossier des sauvegardes dans le gestionnaire de fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</source>
        <translation>
            <numerusform>%n sauvegarde dans %1. Sont conservées&#xa0;: la plus récente de chacun des 7 derniers jours, des 4 dernières semaines et des 6 derniers mois.</numerusform>
            <numerusform>%n sauvegardes dans %1. Sont conservées&#xa0;: la plus récente de chacun des 7 derniers jours, des 4 dernières semaines et des 6 derniers mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. One is taken when the application starts after a change, and every day while it runs.</source>
        <translation>Aucune sauvegarde pour le moment. Une sauvegarde est effectuée au démarrage de l’application après une modification, puis chaque jour tant qu’elle est ouverte.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#x202f;?</translation>
    </message>
    <message>
        <source>Replace the current contents with the backup taken %1?

The current contents are backed up first, so this can be undone.</source>
        <translation>Remplacer le contenu actuel par la sauvegarde du %1&#x202f;?

Le contenu actuel est d’abord sauvegardé&#xa0;: cette opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
</context>
<context>
    <name>CataloguePane</name>
    <message>
        <source>Practices by category</source>
        <translation>Pratiques par catégorie</translation>
    </message>
    <message>
        <source>Service categories and their practices. Arrow keys move, Right opens a category, Enter on a “more” row shows the next practices.</source>
        <translation>Catégories de services et leurs pratiques. Les touches fléchées déplacent la sélection, Flèche droite ouvre une catégorie, Entrée sur une ligne «&#xa0;autres&#xa0;» affiche les pratiques suivantes.</translation>
    </message>
    <message>
        <source>No matching practice</source>
        <translation>Aucune pratique correspondante</translation>
    </message>
    <message>
        <source>No practice matches “%1”.

Check the spelling, remove a word, or press Esc to clear the filter.</source>
        <translation>Aucune pratique ne correspond à «&#xa0;%1&#xa0;».

Vérifiez l’orthographe, retirez un mot ou appuyez sur Échap pour effacer le filtre.</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <source>%1 in %2</source>
        <comment>practices in categories</comment>
        <extracomment>%1 is &quot;15 practices&quot;, %2 is &quot;6 categories&quot;.</extracomment>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln catégorie</numerusform>
            <numerusform>%Ln catégories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s) match</source>
        <translation>
            <numerusform>Correspondances&#xa0;: %1 sur %Ln pratique</numerusform>
            <numerusform>Correspondances&#xa0;: %1 sur %Ln pratiques</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice matches</source>
        <translation>Aucune pratique ne correspond</translation>
    </message>
    <message>
        <source>%1 · ignored: %2</source>
        <translation>%1 · non pris en compte&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · the search index is still being updated: some matches may be missing</source>
        <translation>%1 · l’index de recherche est en cours de mise à jour&#xa0;: certaines correspondances peuvent manquer</translation>
    </message>
    <message>
        <source>The filter failed: %1</source>
        <translation>Échec du filtre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more (Enter to show)</source>
        <translation>
            <numerusform>… %Ln autre (Entrée pour l’afficher)</numerusform>
            <numerusform>… %Ln autres (Entrée pour les afficher)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the next %Ln practice(s) of %1</source>
        <translation>
            <numerusform>Afficher %Ln pratique de plus dans %1</numerusform>
            <numerusform>Afficher %Ln pratiques de plus dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <translation>
            <numerusform>%1, %n pratique</numerusform>
            <numerusform>%1, %n pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n practice(s) match</source>
        <translation>
            <numerusform>%1, correspondances&#xa0;: %2 sur %n pratique</numerusform>
            <numerusform>%1, correspondances&#xa0;: %2 sur %n pratiques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>practice</source>
        <translation>pratique</translation>
    </message>
    <message>
        <source>test note</source>
        <translation>note de test</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1.</source>
        <translation>Le fichier ne peut pas être lu comme une base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>File structure: sound (SQLite integrity check passed).</source>
        <translation>Structure du fichier&#xa0;: intacte (contrôle d’intégrité SQLite réussi).</translation>
    </message>
    <message numerus="yes">
        <source>File structure: damaged, %Ln problem(s); the first:</source>
        <translation>
            <numerusform>Structure du fichier&#xa0;: endommagée, %Ln problème&#x202f;; le premier&#xa0;:</numerusform>
            <numerusform>Structure du fichier&#xa0;: endommagée, %Ln problèmes&#x202f;; le premier&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>References: every note, practice and region it points to exists.</source>
        <translation>Références&#xa0;: toutes les notes, pratiques et régions référencées existent.</translation>
    </message>
    <message numerus="yes">
        <source>References: %Ln record(s) (%1) point to a missing %2.</source>
        <translation>
            <numerusform>Références&#xa0;: %Ln élément (%1) renvoie à une %2 introuvable.</numerusform>
            <numerusform>Références&#xa0;: %Ln éléments (%1) renvoient à une %2 introuvable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: consistent.</source>
        <translation>Index de recherche&#xa0;: cohérent.</translation>
    </message>
    <message>
        <source>Search index: not checked (the file is read-only).</source>
        <translation>Index de recherche&#xa0;: non vérifié (le fichier est en lecture seule).</translation>
    </message>
    <message>
        <source>Search index: damaged (%1); &apos;practice-catalogue check --repair&apos; rebuilds it.</source>
        <translation>Index de recherche&#xa0;: endommagé (%1)&#x202f;; la commande «&#xa0;practice-catalogue check --repair&#xa0;» le reconstruit.</translation>
    </message>
    <message>
        <source>Contents: %1 practices, %2 notes, %3 in the trash.</source>
        <translation>Contenu&#xa0;: %1 pratiques, %2 notes, %3 dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1   Status: %2</source>
        <translation>Date&#xa0;: %1   Statut&#xa0;: %2</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added value (clusters / agencies / enterprises): %1</source>
        <translation>Valeur ajoutée (clusters / agences / entreprises)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Stored version (revision %1)</source>
        <translation>Version enregistrée (révision %1)</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <source>Deleted for good.</source>
        <translation>Supprimée définitivement.</translation>
    </message>
    <message>
        <source>Your version (kept from %1)</source>
        <translation>Votre version (provenance&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Your version (kept from this window)</source>
        <translation>Votre version (provenance&#xa0;: cette fenêtre)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This note was changed elsewhere while you edited it. Both versions are kept.</source>
        <translation>Cette note a été modifiée ailleurs pendant que vous la modifiiez. Les deux versions sont conservées.</translation>
    </message>
    <message>
        <source>An import found this note changed on both sides. The version edited last is shown; the other is kept as a copy.</source>
        <translation>Une importation a trouvé cette note modifiée des deux côtés. La version modifiée en dernier est affichée&#x202f;; l’autre est conservée en copie.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conserver la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conserver l’&amp;autre</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Conserver les &amp;deux</translation>
    </message>
    <message>
        <source>Use the &amp;Other Version</source>
        <translation>Utiliser l’&amp;autre version</translation>
    </message>
    <message>
        <source>Keep &amp;This One</source>
        <translation>Conserver ce&amp;lle-ci</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conserver les &amp;deux</translation>
    </message>
    <message>
        <source>Save your version over the other one</source>
        <translation>Enregistrer votre version à la place de l’autre</translation>
    </message>
    <message>
        <source>Show the other version; yours stays on record</source>
        <translation>Afficher l’autre version&#x202f;; la vôtre reste enregistrée</translation>
    </message>
    <message>
        <source>Save your version as a separate note</source>
        <translation>Enregistrer votre version dans une note distincte</translation>
    </message>
    <message>
        <source>Put the version kept aside in place of the one shown</source>
        <translation>Mettre la version mise de côté à la place de celle affichée</translation>
    </message>
    <message>
        <source>Keep the version shown; the other stays on record</source>
        <translation>Garder la version affichée&#x202f;; l’autre reste enregistrée</translation>
    </message>
    <message>
        <source>Add the version kept aside as a separate note</source>
        <translation>Ajouter la version mise de côté comme note distincte</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Show the two versions side by side</source>
        <translation>Afficher les deux versions côte à côte</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Where the other version came from</source>
        <translation>Provenance de l’autre version</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Records in two versions</source>
        <translation>Éléments en deux versions</translation>
    </message>
    <message>
        <source>Enter opens the chosen record to compare and settle it</source>
        <translation>Entrée ouvre l’élément choisi pour comparer ses versions et résoudre le conflit</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exist in two versions. Open one to compare them and choose; until then both are kept.</source>
        <translation>
            <numerusform>%n élément existe en deux versions. Ouvrez-le pour les comparer et choisir&#x202f;; d’ici là, les deux versions sont conservées.</numerusform>
            <numerusform>%n éléments existent en deux versions. Ouvrez-en un pour comparer ses versions et choisir&#x202f;; d’ici là, les deux versions sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every record has one version.</source>
        <translation>Aucun conflit&#xa0;: chaque élément n’a qu’une version.</translation>
    </message>
    <message>
        <source>Practice (gone)</source>
        <translation>Pratique (disparue)</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Pratique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note (deleted for good)</source>
        <translation>Note (supprimée définitivement)</translation>
    </message>
    <message>
        <source>Note on %1 (%2): %3</source>
        <translation>Note sur %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>Dernière saisie</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>These notes were being written when the application last stopped, and were not saved. Open one to finish it (it is saved as soon as it is valid), or discard it.</source>
        <translation>Ces notes étaient en cours de rédaction lors du dernier arrêt de l’application et n’ont pas été enregistrées. Ouvrez-en une pour la terminer (elle est enregistrée dès qu’elle est valide) ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Enter opens the chosen note to finish it</source>
        <translation>Entrée ouvre la note choisie pour la terminer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Keep the drafts; File → Unsaved Notes shows them again</source>
        <translation>Conserver les brouillons&#x202f;; Fichier → Notes non enregistrées les affiche de nouveau</translation>
    </message>
    <message>
        <source>(practice gone)</source>
        <translation>(pratique disparue)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <source>Discard this unsaved note?</source>
        <translation>Abandonner cette note non enregistrée&#x202f;?</translation>
    </message>
    <message>
        <source>The text of this draft will be gone for good.</source>
        <translation>Le texte de ce brouillon sera définitivement perdu.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Une erreur inattendue s’est produite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your notes are saved as you type, so nothing should be lost. The details are in the log file; please send them to whoever supports this application.</source>
        <translation>Vos notes sont enregistrées pendant la saisie&#xa0;: rien ne devrait être perdu. Les détails figurent dans le fichier journal&#x202f;; veuillez les envoyer à la personne chargée du support de cette application.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the error&apos;s details to the clipboard, to send them</source>
        <translation>Copier les détails de l’erreur dans le presse-papiers, pour les envoyer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exchange file for another laptop (JSON)</source>
        <translation>Fichier d’échange pour un autre ordinateur portable (JSON)</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Fichiers d’échange (*.json)</translation>
    </message>
    <message>
        <source>Notes as a table (CSV)</source>
        <translation>Notes sous forme de tableau (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Notes as a spreadsheet (XLSX)</source>
        <translation>Notes sous forme de classeur (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report to print or send (PDF)</source>
        <translation>Rapport à imprimer ou à envoyer (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimer en PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What to write: an exchange file, a table or a report</source>
        <translation>Ce qui sera écrit&#xa0;: un fichier d’échange, un tableau ou un rapport</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Uniquement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Only one practice</source>
        <translation>Une seule pratique</translation>
    </message>
    <message>
        <source>Only the practice shown in the detail pane</source>
        <translation>Uniquement la pratique affichée dans le volet de détails</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which part&lt;/b&gt; (leave as is for everything)</source>
        <translation>&lt;b&gt;Quelle partie&lt;/b&gt; (ne rien changer pour tout exporter)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Notes &amp;from</source>
        <translation>Notes à &amp;partir du</translation>
    </message>
    <message>
        <source>Notes &amp;until</source>
        <translation>Notes &amp;jusqu’au</translation>
    </message>
    <message>
        <source>Limit the notes&apos; start date</source>
        <translation>Limiter la date de début des notes</translation>
    </message>
    <message>
        <source>Limit the notes&apos; end date</source>
        <translation>Limiter la date de fin des notes</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Notes à partir du</translation>
    </message>
    <message>
        <source>Notes until</source>
        <translation>Notes jusqu’au</translation>
    </message>
    <message>
        <source>Up and Down change the part of the date at the cursor</source>
        <translation>Les flèches Haut et Bas modifient la partie de la date sous le curseur</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Choose the region where the test took place.</source>
        <translation>Choisissez la région où le test a eu lieu.</translation>
    </message>
    <message>
        <source>This region no longer exists; choose another.</source>
        <translation>Cette région n’existe plus&#x202f;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Enter the date of the test, e.g. 2012-03-01.</source>
        <translation>Saisissez la date du test, par ex. 2012-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2012-03-01 or 1.3.2012.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#x202f;; écrivez-la sous la forme 2012-03-01 ou 1.3.2012.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choisissez un statut.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au maximum.</translation>
    </message>
    <message>
        <source>One line of at most %1 characters.</source>
        <translation>Une seule ligne de %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: “%1” is not a whole number from %2 to %3.</source>
        <translation>Valeur ajoutée pour les initiatives de clusters&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: “%1” is not a whole number from %2 to %3.</source>
        <translation>Valeur ajoutée pour les agences de développement&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: “%1” is not a whole number from %2 to %3.</source>
        <translation>Valeur ajoutée pour les entreprises&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Valeur ajoutée pour les initiatives de clusters&#xa0;: %1 est hors limites&#x202f;; les scores vont de %2 à %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Valeur ajoutée pour les agences de développement&#xa0;: %1 est hors limites&#x202f;; les scores vont de %2 à %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Valeur ajoutée pour les entreprises&#xa0;: %1 est hors limites&#x202f;; les scores vont de %2 à %3.</translation>
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
        <translation>Saisissez des mots pour filtrer les pratiques et leurs notes de test (tous les mots doivent correspondre).
&quot;expression entre guillemets&quot; — ces mots, dans cet ordre
-mot — exclut les pratiques qui le mentionnent
category:expansion  region:tartu  status:completed  type:partnership
La casse et les accents sont ignorés. Échap efface le filtre.</translation>
    </message>
    <message>
        <source>Filter practices</source>
        <translation>Filtrer les pratiques</translation>
    </message>
    <message>
        <source>Shows only the practices whose titles, texts or test notes hold every word typed; case and accents are ignored. Down or Enter moves into the tree, Esc clears the filter.</source>
        <translation>N’affiche que les pratiques dont les titres, les textes ou les notes de test contiennent tous les mots saisis&#x202f;; la casse et les accents sont ignorés. Flèche bas ou Entrée passe dans l’arborescence, Échap efface le filtre.</translation>
    </message>
    <message>
        <source>Filter practices and notes…  (%1)</source>
        <translation>Filtrer les pratiques et les notes…  (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>pratique</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>updated (newer in the file)</source>
        <translation>mise à jour (plus récente dans le fichier)</translation>
    </message>
    <message>
        <source>conflict: changed on both sides, both versions kept</source>
        <translation>conflit&#xa0;: modifiée des deux côtés, les deux versions sont conservées</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Modifications qu’apporterait l’importation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Annuler&#xa0;: ne rien importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Importer ces modifications</translation>
    </message>
    <message>
        <source>… and %1 more (the list shows the first %2).</source>
        <translation>… et %1 de plus (la liste affiche les %2 premières).</translation>
    </message>
    <message>
        <source>Everything in this file is already here: nothing to import.</source>
        <translation>Tout le contenu de ce fichier est déjà présent&#xa0;: rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %n conflict(s).</source>
        <translation>
            <numerusform>Nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, conflit&#xa0;: %n.</numerusform>
            <numerusform>Nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, conflits&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each conflict the version edited last is shown and the other is kept as a copy: Edit → Conflicts lets you settle them.</source>
        <translation>Pour chaque conflit, la version modifiée en dernier est affichée et l’autre est conservée en copie&#xa0;: Édition → Conflits permet de les résoudre.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the language of the computer</source>
        <translation>Utiliser la langue de l’ordinateur</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Practice Catalogue will speak %1 from its next start.</source>
        <translation>Langue de Practice Catalogue à partir du prochain démarrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Restart now? Your notes are saved first; nothing typed is lost.</source>
        <translation>Redémarrer maintenant&#x202f;? Vos notes sont d’abord enregistrées&#x202f;; rien de ce qui a été saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Practice Catalogue (read-only)</source>
        <translation>%1 — Practice Catalogue (lecture seule)</translation>
    </message>
    <message>
        <source>%1 — Practice Catalogue</source>
        <translation>%1 — Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Résultat du filtre</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Preparing this text…</source>
        <translation>Préparation du texte…</translation>
    </message>
    <message>
        <source>image not loaded: %1</source>
        <translation>image non chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation>image non chargée</translation>
    </message>
</context>
<context>
    <name>MarkdownLimits</name>
    <message numerus="yes">
        <source>This text is long: showing the first %1 of %Ln character(s).</source>
        <translation>
            <numerusform>Ce texte est long (%Ln caractère)&#xa0;: seuls les %1 premiers sont affichés.</numerusform>
            <numerusform>Ce texte est long (%Ln caractères)&#xa0;: seuls les %1 premiers sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more row(s) not shown</source>
        <translation>
            <numerusform>… %Ln ligne de plus non affichée</numerusform>
            <numerusform>… %Ln lignes de plus non affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table is long: showing %1 of its %Ln row(s).</source>
        <translation>
            <numerusform>Un tableau est long (%Ln ligne)&#xa0;: seules %1 sont affichées.</numerusform>
            <numerusform>Un tableau est long (%Ln lignes)&#xa0;: seules %1 sont affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message numerus="yes">
        <source>Tested in %1 of %Ln region(s)</source>
        <translation>
            <numerusform>Testée dans %1 région sur %Ln</numerusform>
            <numerusform>Testée dans %1 des %Ln régions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see its evidence.</source>
        <translation>Sélectionnez une pratique pour voir ses éléments probants.</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>initiatives de clusters</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>agences de développement</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>A cell: the most advanced status of its notes, and how many. Under a region&apos;s name: how many of these practices it tests. Totals count a region only when its notes are not all dropped.</source>
        <translation>Une cellule&#xa0;: le statut le plus avancé de ses notes, et leur nombre. Sous le nom d’une région&#xa0;: le nombre de ces pratiques qu’elle teste. Les totaux ne comptent une région que si ses notes ne sont pas toutes abandonnées.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>What the symbols and colours of the cells mean</source>
        <translation>Signification des symboles et des couleurs des cellules</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <source>No practice matches the filter of the main window.

Change or clear the filter there (Esc in the filter box) to see practices here.</source>
        <translation>Aucune pratique ne correspond au filtre de la fenêtre principale.

Modifiez ou effacez ce filtre (Échap dans la zone de filtre) pour voir des pratiques ici.</translation>
    </message>
    <message>
        <source>Evidence of the practice</source>
        <translation>Éléments probants de la pratique</translation>
    </message>
    <message>
        <source>Tests, notes, scores and latest outcomes of the current practice</source>
        <translation>Tests, notes, scores et derniers résultats de la pratique courante</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) match the filter</source>
        <translation>
            <numerusform>%Ln pratique correspond au filtre</numerusform>
            <numerusform>%Ln pratiques correspondent au filtre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the evidence for totals and sorting…</source>
        <translation>comptage des éléments probants pour les totaux et le tri…</translation>
    </message>
    <message>
        <source>the order follows once counted</source>
        <translation>l’ordre sera appliqué une fois le comptage terminé</translation>
    </message>
    <message>
        <source>%1 — selected for the final catalogue</source>
        <translation>%1 — sélectionnée pour le catalogue final</translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed test(s)</source>
        <translation>
            <numerusform>%Ln test terminé</numerusform>
            <numerusform>%Ln tests terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>Added value (mean of 0–5): %1</source>
        <translation>Valeur ajoutée (moyenne, de 0 à 5)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latest outcomes:</source>
        <translation>Derniers résultats&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>No outcome written yet.</source>
        <translation>Aucun résultat saisi pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%Ln note(s))</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (%Ln note)</numerusform>
            <numerusform>%1&#xa0;: %2 (%Ln notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be marked: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être marquée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Matrice des tests</translation>
    </message>
    <message>
        <source>Practices down, regions across. Arrow keys move from cell to cell; Home goes to the Selected column, where Space selects or unselects the practice for the final catalogue; Enter opens the notes of a cell; a header click sorts by it.</source>
        <translation>Pratiques en lignes, régions en colonnes. Les touches fléchées passent d’une cellule à l’autre&#x202f;; Origine mène à la colonne Sélection, où Espace sélectionne ou désélectionne la pratique pour le catalogue final&#x202f;; Entrée ouvre les notes d’une cellule&#x202f;; un clic sur un en-tête trie selon cette colonne.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>Field-test matrix</source>
        <translation>Matrice des tests terrain</translation>
    </message>
    <message>
        <source>Which practice was tested where</source>
        <translation>Quelle pratique a été testée où</translation>
    </message>
    <message>
        <source>Field-test matrix — Practice Catalogue</source>
        <translation>Matrice des tests terrain — Practice Catalogue</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Pratiques sélectionnées</translation>
    </message>
    <message>
        <source>How many practices are selected for the final catalogue</source>
        <translation>Nombre de pratiques sélectionnées pour le catalogue final</translation>
    </message>
    <message>
        <source>Matrix status</source>
        <translation>État de la matrice</translation>
    </message>
    <message>
        <source>How many practices the matrix shows, and what is being counted</source>
        <translation>Nombre de pratiques affichées dans la matrice, et comptage en cours</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>The evidence could not be counted: %1</source>
        <translation>Les éléments probants n’ont pas pu être comptés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection Not Saved</source>
        <translation>Sélection non enregistrée</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message numerus="yes">
        <source>%1: %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln pratique affichée</numerusform>
            <numerusform>%1&#xa0;: %Ln pratiques affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tests %2 of the %Ln practice(s) of %3</source>
        <translation>
            <numerusform>%1 teste %2 pratique sur %Ln dans la catégorie %3</numerusform>
            <numerusform>%1 teste %2 des %Ln pratiques de la catégorie %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non sélectionnée</translation>
    </message>
    <message>
        <source>%1: selected</source>
        <translation>%1&#xa0;: sélectionnée</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1&#xa0;: non sélectionnée</translation>
    </message>
    <message>
        <source>Space selects or unselects it for the final catalogue</source>
        <translation>Espace la sélectionne ou la désélectionne pour le catalogue final</translation>
    </message>
    <message>
        <source>Enter opens the notes of this practice</source>
        <translation>Entrée ouvre les notes de cette pratique</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
    <message numerus="yes">
        <source>mean score %1 (%Ln score(s))</source>
        <translation>
            <numerusform>score moyen %1 (%Ln score)</numerusform>
            <numerusform>score moyen %1 (%Ln scores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln terminé</numerusform>
            <numerusform>%Ln terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: not tested</source>
        <translation>%1, %2&#xa0;: non testée</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3, %n note(s)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %3, %n note</numerusform>
            <numerusform>%1, %2&#xa0;: %3, %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the notes of this cell</source>
        <translation>Entrée ouvre les notes de cette cellule</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Aucune note pour le moment</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open these notes</source>
        <translation>Double-cliquez pour ouvrir ces notes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no outcome written)</source>
        <translation>(aucun résultat saisi)</translation>
    </message>
    <message>
        <source>%1 %2 · %3: %4</source>
        <translation>%1 %2 · %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>aucune note</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message numerus="yes">
        <source>Saved the final catalogue, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Catalogue final (%Ln pratique) enregistré en %1&#xa0;: %2</numerusform>
            <numerusform>Catalogue final (%Ln pratiques) enregistré en %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Pratiques affichées (%Ln pratique) enregistrées en %1&#xa0;: %2</numerusform>
            <numerusform>Pratiques affichées (%Ln pratiques) enregistrées en %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: give a name ending in .png, .csv or .xlsx</source>
        <translation>%1&#xa0;: indiquez un nom se terminant par .png, .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Field-test matrix: the final catalogue</source>
        <translation>Matrice des tests terrain&#xa0;: le catalogue final</translation>
    </message>
    <message>
        <source>Field-test matrix: the practices shown</source>
        <translation>Matrice des tests terrain&#xa0;: les pratiques affichées</translation>
    </message>
    <message>
        <source>Saved the final catalogue as an image: %1</source>
        <translation>Catalogue final enregistré en image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the practices shown as an image: %1</source>
        <translation>Pratiques affichées enregistrées en image&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Catalogue final enregistré en image (les %1 premières sur %Ln pratique)&#xa0;: %2</numerusform>
            <numerusform>Catalogue final enregistré en image (les %1 premières des %Ln pratiques)&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Pratiques affichées enregistrées en image (les %1 premières sur %Ln pratique)&#xa0;: %2</numerusform>
            <numerusform>Pratiques affichées enregistrées en image (les %1 premières des %Ln pratiques)&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the field-test matrix</source>
        <translation>Exporter la matrice des tests terrain</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the matrix as PNG, CSV or XLSX</source>
        <translation>Exporter la matrice en PNG, CSV ou XLSX</translation>
    </message>
    <message>
        <source>&amp;Final catalogue (selected practices)…</source>
        <translation>Catalogue &amp;final (pratiques sélectionnées)…</translation>
    </message>
    <message>
        <source>&amp;Practices shown here…</source>
        <translation>&amp;Pratiques affichées ici…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln practice(s), %2</source>
        <translation>
            <numerusform>%1 — %Ln pratique, %2</numerusform>
            <numerusform>%1 — %Ln pratiques, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are shown; the CSV and XLSX hold them all.</source>
        <translation>
            <numerusform>Seule la première (%Ln) est affichée&#x202f;; les fichiers CSV et XLSX les contiennent toutes.</numerusform>
            <numerusform>Les %Ln premières sont affichées&#x202f;; les fichiers CSV et XLSX les contiennent toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>MatrixHeader</name>
    <message>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Practices by category</source>
        <translation>Pratiques par catégorie</translation>
    </message>
    <message>
        <source>Practices tested here: counting…</source>
        <translation>Pratiques testées ici&#xa0;: comptage…</translation>
    </message>
    <message numerus="yes">
        <source>Practices tested here: %1 of the %Ln shown</source>
        <translation>
            <numerusform>Pratiques testées ici&#xa0;: %1 sur %Ln affichée</numerusform>
            <numerusform>Pratiques testées ici&#xa0;: %1 sur les %Ln affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, counting the practices tested</source>
        <translation>%1, comptage des pratiques testées</translation>
    </message>
    <message numerus="yes">
        <source>%1, tests %2 of the %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1, teste %2 pratique sur %Ln affichée</numerusform>
            <numerusform>%1, teste %2 des %Ln pratiques affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Regions testing the practice (a note that is not dropped)</source>
        <translation>Régions qui testent la pratique (au moins une note non abandonnée)</translation>
    </message>
    <message>
        <source>Completed tests: notes whose status is completed</source>
        <translation>Tests terminés&#xa0;: notes dont le statut est «&#xa0;terminé&#xa0;»</translation>
    </message>
    <message>
        <source>Mean added-value score (0–5) over every score set, and how many</source>
        <translation>Score moyen de valeur ajoutée (0–5) sur tous les scores saisis, et leur nombre</translation>
    </message>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Sélectionnée pour le catalogue final</translation>
    </message>
</context>
<context>
    <name>MatrixOrder</name>
    <message>
        <source>Catalogue order</source>
        <translation>Ordre du catalogue</translation>
    </message>
    <message>
        <source>Most regions testing</source>
        <translation>Plus grand nombre de régions</translation>
    </message>
    <message>
        <source>Most completed tests</source>
        <translation>Plus grand nombre de tests terminés</translation>
    </message>
    <message>
        <source>Highest mean score</source>
        <translation>Meilleur score moyen</translation>
    </message>
    <message>
        <source>Selected first</source>
        <translation>Sélectionnées d’abord</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Order of the practices within each category</source>
        <translation>Ordre des pratiques dans chaque catégorie</translation>
    </message>
    <message>
        <source>By %1 ↓</source>
        <translation>Par %1 ↓</translation>
    </message>
    <message>
        <source>By %1 ↑</source>
        <translation>Par %1 ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>This database is read-only: the file or the medium it is on does not allow changes. You can browse, filter and export; writing notes is switched off.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: le fichier ou le support sur lequel il se trouve n’autorise pas les modifications. Vous pouvez parcourir, filtrer et exporter&#x202f;; la rédaction de notes est désactivée.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move practice to another category</source>
        <translation>Déplacer la pratique vers une autre catégorie</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Move %1 out of “%2” into:</source>
        <translation>Déplacer %1 de «&#xa0;%2&#xa0;» vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note editor</source>
        <translation>Éditeur de note</translation>
    </message>
    <message>
        <source>The selected test note</source>
        <translation>La note de test sélectionnée</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Region where the practice was tested</source>
        <translation>Région où la pratique a été testée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of the test, e.g. 2012-03-01 or 1.3.2012</source>
        <translation>Date du test, par ex. 2012-03-01 ou 1.3.2012</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: the ISO date format</comment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>How far the test got</source>
        <translation>Avancement du test</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who wrote the note</source>
        <translation>Personne qui a rédigé la note</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The outcome of the test, in one line</source>
        <translation>Le résultat du test, en une ligne</translation>
    </message>
    <message>
        <source>The outcome, in one line</source>
        <translation>Le résultat, en une ligne</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>The note itself, in Markdown. Tab moves on to the next field.</source>
        <translation>La note elle-même, en Markdown. Tab passe au champ suivant.</translation>
    </message>
    <message>
        <source>What happened? Markdown works: # heading, *emphasis*, - lists, | tables |</source>
        <translation>Que s’est-il passé&#x202f;? Markdown est pris en charge&#xa0;: # titre, *emphase*, - listes, | tableaux |</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>The note as it will read</source>
        <translation>La note telle qu’elle se lira</translation>
    </message>
    <message>
        <source>Note text and preview</source>
        <translation>Texte et aperçu de la note</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Text or preview</source>
        <translation>Texte ou aperçu</translation>
    </message>
    <message>
        <source>Write the note as text, or read it as it will print</source>
        <translation>Rédiger la note sous forme de texte, ou la lire telle qu’elle sera imprimée</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Résu&amp;ltat</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <source>Added value of the practice, 0 to 5, as scored in the selection method: for cluster initiatives, for development agencies, for enterprises. Empty: not scored.</source>
        <translation>Valeur ajoutée de la pratique, de 0 à 5, telle que notée selon la méthode de sélection&#xa0;: pour les initiatives de clusters, pour les agences de développement, pour les entreprises. Vide&#xa0;: non évaluée.</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Choisir une région…</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Ajouter une région…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Aucun texte pour le moment</translation>
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
        <translation>A&amp;gences</translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation>Entrepr&amp;ises</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives</source>
        <translation>Valeur ajoutée pour les initiatives de clusters</translation>
    </message>
    <message>
        <source>Added value for development agencies</source>
        <translation>Valeur ajoutée pour les agences de développement</translation>
    </message>
    <message>
        <source>Added value for enterprises</source>
        <translation>Valeur ajoutée pour les entreprises</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives, 0 to 5; empty: not scored</source>
        <translation>Valeur ajoutée pour les initiatives de clusters, de 0 à 5&#x202f;; vide&#xa0;: non évaluée</translation>
    </message>
    <message>
        <source>Added value for development agencies, 0 to 5; empty: not scored</source>
        <translation>Valeur ajoutée pour les agences de développement, de 0 à 5&#x202f;; vide&#xa0;: non évaluée</translation>
    </message>
    <message>
        <source>Added value for enterprises, 0 to 5; empty: not scored</source>
        <translation>Valeur ajoutée pour les entreprises, de 0 à 5&#x202f;; vide&#xa0;: non évaluée</translation>
    </message>
</context>
<context>
    <name>NoteSession</name>
    <message>
        <source>Restored unsaved changes from %1</source>
        <translation>Modifications non enregistrées restaurées (%1)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>New note: saved automatically as you type</source>
        <translation>Nouvelle note&#xa0;: enregistrée automatiquement pendant la saisie</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red (kept as a draft)</source>
        <translation>Non enregistrée&#xa0;: corrigez les champs marqués en rouge (conservée comme brouillon)</translation>
    </message>
    <message>
        <source>Not saved: this note changed elsewhere; both versions are kept</source>
        <translation>Non enregistrée&#xa0;: cette note a été modifiée ailleurs&#x202f;; les deux versions sont conservées</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept; retrying…</source>
        <translation>Non enregistrée&#xa0;: %1. Votre texte est conservé&#x202f;; nouvelle tentative…</translation>
    </message>
    <message>
        <source>Updated from elsewhere at %1</source>
        <translation>Modifiée ailleurs, mise à jour à %1</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>La base de données est en lecture seule</translation>
    </message>
    <message>
        <source>The last changes could not be saved</source>
        <translation>Les dernières modifications n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved (%1). It is still in the editor.

Close anyway and lose it?</source>
        <translation>Votre dernière saisie n’a pas pu être enregistrée (%1). Elle se trouve toujours dans l’éditeur.

Fermer quand même et la perdre&#x202f;?</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>There are no unsaved notes.</source>
        <translation>Il n’y a aucune note non enregistrée.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Test notes</source>
        <translation>Notes de test</translation>
    </message>
    <message>
        <source>Test notes of the selected practice, newest first</source>
        <translation>Notes de test de la pratique sélectionnée, les plus récentes en premier</translation>
    </message>
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
            <numerusform>(%1 sur %n note)</numerusform>
            <numerusform>(%1 sur %n notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see and write its test notes.</source>
        <translation>Sélectionnez une pratique pour voir et rédiger ses notes de test.</translation>
    </message>
    <message>
        <source>No test notes for this practice yet.

Press Ctrl+N (or New Note) to write the first one.</source>
        <translation>Aucune note de test pour cette pratique pour le moment.

Appuyez sur Ctrl+N (ou Nouvelle note) pour rédiger la première.</translation>
    </message>
    <message>
        <source>Select a note to read or edit it,
or press Ctrl+N to write a new one.</source>
        <translation>Sélectionnez une note pour la lire ou la modifier,
ou appuyez sur Ctrl+N pour en rédiger une nouvelle.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>Aucun auteur</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Aucun texte</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Show notes of region</source>
        <translation>Afficher les notes de la région</translation>
    </message>
    <message>
        <source>Show the notes of one region only</source>
        <translation>Afficher uniquement les notes d’une région</translation>
    </message>
    <message>
        <source>Test notes</source>
        <translation>Notes de test</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Régio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Select a practice first: notes belong to a practice.</source>
        <translation>Sélectionnez d’abord une pratique&#xa0;: les notes appartiennent à une pratique.</translation>
    </message>
    <message>
        <source>This note was never saved; there is nothing to delete.</source>
        <translation>Cette note n’a jamais été enregistrée&#x202f;; il n’y a rien à supprimer.</translation>
    </message>
    <message>
        <source>the database refused the write</source>
        <translation>la base de données a refusé l’écriture</translation>
    </message>
    <message>
        <source>This note changed elsewhere; both versions are kept. Choose one.</source>
        <translation>Cette note a été modifiée ailleurs&#x202f;; les deux versions sont conservées. Choisissez-en une.</translation>
    </message>
    <message>
        <source>Could not settle the conflict: %1</source>
        <translation>Impossible de résoudre le conflit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Practice Catalogue cannot open the database</source>
        <translation>Practice Catalogue ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been changed in that file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ce fichier n’a pas été modifié.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (%1)</source>
        <translation>&amp;Restaurer la dernière sauvegarde (%1)</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (none found beside it)</source>
        <translation>&amp;Restaurer la dernière sauvegarde (aucune trouvée à côté du fichier)</translation>
    </message>
    <message>
        <source>The unreadable file is kept under another name; the backup takes its place</source>
        <translation>Le fichier illisible est conservé sous un autre nom&#x202f;; la sauvegarde prend sa place</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Choose another database file to open</source>
        <translation>Choisir un autre fichier de base de données à ouvrir</translation>
    </message>
    <message>
        <source>Start a &amp;New Database Elsewhere…</source>
        <translation>Créer une &amp;nouvelle base de données ailleurs…</translation>
    </message>
    <message>
        <source>Create an empty catalogue in a new file</source>
        <translation>Créer un catalogue vide dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Practice Catalogue without changing anything</source>
        <translation>Fermer Practice Catalogue sans rien modifier</translation>
    </message>
</context>
<context>
    <name>PracticeDetailView</name>
    <message>
        <source>Practice details</source>
        <translation>Détails de la pratique</translation>
    </message>
    <message>
        <source>What the selected practice or category holds: its facts, texts and field tests. Read only; Tab moves between its links.</source>
        <translation>Contenu de la pratique ou de la catégorie sélectionnée&#xa0;: informations, textes et tests terrain. Lecture seule&#x202f;; Tab passe d’un lien à l’autre.</translation>
    </message>
    <message>
        <source>Use the tree on the left, or type in the filter box (%1) to find one.</source>
        <translation>Utilisez l’arborescence à gauche, ou saisissez du texte dans la zone de filtre (%1) pour en trouver une.</translation>
    </message>
    <message>
        <source>Select a practice to see its details.</source>
        <translation>Sélectionnez une pratique pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>PracticeDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message numerus="yes">
        <source>%Ln planned</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln prévu</numerusform>
            <numerusform>%Ln prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln terminé</numerusform>
            <numerusform>%Ln terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln abandonné</numerusform>
            <numerusform>%Ln abandonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Aucune catégorie</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Région d’origine</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore renseignée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Aucune source renseignée</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Catalogue final</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non sélectionnée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Pas encore de résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Pas encore de description</translation>
    </message>
    <message>
        <source>Field tests</source>
        <translation>Tests terrain</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Testée dans aucune région pour le moment</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>dernier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the tree</source>
        <translation>
            <numerusform>… et %Ln autre dans l’arborescence</numerusform>
            <numerusform>… et %Ln autres dans l’arborescence</numerusform>
        </translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Aucune pratique dans cette catégorie pour le moment</translation>
    </message>
    <message numerus="yes">
        <source>Service category · %Ln practice(s)</source>
        <translation>
            <numerusform>Catégorie de services · %Ln pratique</numerusform>
            <numerusform>Catégorie de services · %Ln pratiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice editor</source>
        <translation>Éditeur de pratique</translation>
    </message>
    <message>
        <source>Edit the selected practice; changes save themselves as you type (F2: done)</source>
        <translation>Modifier la pratique sélectionnée&#x202f;; les modifications s’enregistrent pendant la saisie (F2&#xa0;: terminer)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Change the title or subtitle (asks to confirm)</source>
        <translation>Modifier le titre ou le sous-titre (avec confirmation)</translation>
    </message>
    <message>
        <source>&amp;Move to Category…</source>
        <translation>&amp;Déplacer vers une catégorie…</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>Déplacer vers une catégorie</translation>
    </message>
    <message>
        <source>Put the practice in another category (asks to confirm)</source>
        <translation>Placer la pratique dans une autre catégorie (avec confirmation)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>Service type of the practice</source>
        <translation>Type de service de la pratique</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Région d’origine</translation>
    </message>
    <message>
        <source>Region the practice comes from</source>
        <translation>Région dont provient la pratique</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the facts about this practice come from</source>
        <translation>Provenance des informations sur cette pratique</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Summary in Markdown; Tab moves to the next field</source>
        <translation>Résumé en Markdown&#x202f;; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>A few lines on what the service offers (Markdown)</source>
        <translation>Quelques lignes sur ce que propose le service (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description in Markdown; Tab moves to the next field</source>
        <translation>Description en Markdown&#x202f;; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>How it works, for whom, with what results (Markdown)</source>
        <translation>Fonctionnement, public visé, résultats obtenus (Markdown)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conserver la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conserver la mienne</translation>
    </message>
    <message>
        <source>Keep the texts typed here; the other version stays on record</source>
        <translation>Conserver les textes saisis ici&#x202f;; l’autre version reste enregistrée</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conserver l’&amp;autre</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conserver l’autre</translation>
    </message>
    <message>
        <source>Keep the texts saved elsewhere; these stay on record</source>
        <translation>Conserver les textes enregistrés ailleurs&#x202f;; ceux-ci restent enregistrés</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Back to reading (F2)</source>
        <translation>Revenir à la lecture (F2)</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>T&amp;ype de service</translation>
    </message>
    <message>
        <source>&amp;Origin region</source>
        <translation>Région d’&amp;origine</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: this practice changed elsewhere; both versions kept</source>
        <translation>Non enregistrée&#xa0;: cette pratique a été modifiée ailleurs&#x202f;; les deux versions sont conservées</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Retrying…</source>
        <translation>Non enregistrée&#xa0;: %1. Nouvelle tentative…</translation>
    </message>
    <message>
        <source>These texts were changed elsewhere while you edited them. Both versions are kept.</source>
        <translation>Ces textes ont été modifiés ailleurs pendant que vous les modifiiez. Les deux versions sont conservées.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Aucune modification</translation>
    </message>
</context>
<context>
    <name>PracticeFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>La base de données est en lecture seule</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l’a&amp;dresse du lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Nom de la région</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter ISO code, e.g. EE for Estonia</source>
        <translation>Code ISO du pays, en deux lettres, par ex. EE pour l’Estonie</translation>
    </message>
    <message>
        <source>EE</source>
        <comment>placeholder: an example two-letter country code</comment>
        <translation>EE</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Pays (code ISO)</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;Organisation partenaire</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename practice</source>
        <translation>Renommer la pratique</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source>New subtitle</source>
        <translation>Nouveau sous-titre</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Sous-titre</translation>
    </message>
    <message>
        <source>Every laptop that imports this catalogue will show the new title.</source>
        <translation>Tous les ordinateurs portables qui importeront ce catalogue afficheront le nouveau titre.</translation>
    </message>
    <message>
        <source>Type a new title (it cannot be empty).</source>
        <translation>Saisissez un nouveau titre (il ne peut pas être vide).</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <source>This text could not be shown. The log file says why.</source>
        <translation>Ce texte n’a pas pu être affiché. Le fichier journal en indique la raison.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score: cluster initiatives</source>
        <translation>Score&#xa0;: initiatives de clusters</translation>
    </message>
    <message>
        <source>Score: development agencies</source>
        <translation>Score&#xa0;: agences de développement</translation>
    </message>
    <message>
        <source>Score: enterprises</source>
        <translation>Score&#xa0;: entreprises</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>open collective</source>
        <translation>collectif ouvert</translation>
    </message>
    <message>
        <source>closed collective</source>
        <translation>collectif fermé</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuel</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>initiatives de clusters</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>agences de développement</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Catalogue complet</translation>
    </message>
    <message>
        <source>Practices selected for the final catalogue</source>
        <translation>Pratiques sélectionnées pour le catalogue final</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Pratique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Notes de la région %1</translation>
    </message>
    <message>
        <source>Notes dated %1 to %2</source>
        <translation>Notes datées du %1 au %2</translation>
    </message>
    <message>
        <source>Notes dated %1 or later</source>
        <translation>Notes datées du %1 ou après</translation>
    </message>
    <message>
        <source>Notes dated %1 or earlier</source>
        <translation>Notes datées du %1 ou avant</translation>
    </message>
    <message>
        <source>Good Practices Catalogue</source>
        <translation>Catalogue des bonnes pratiques</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Catalogue final</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No practice has notes in this selection</source>
        <translation>Aucune pratique n’a de notes dans cette sélection</translation>
    </message>
    <message>
        <source>No practice is selected for the final catalogue</source>
        <translation>Aucune pratique n’est sélectionnée pour le catalogue final</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Sélectionnez d’abord des pratiques pour le catalogue final&#xa0;: case à cocher dans le volet de détails ou dans Affichage → Matrice des tests terrain.</translation>
    </message>
    <message>
        <source>No practices in this selection</source>
        <translation>Aucune pratique dans cette sélection</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Catégorie de services</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Pas encore de description</translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Aucune pratique dans cette catégorie pour le moment</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Région d’origine</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore renseignée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Aucune source renseignée</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non sélectionnée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Pas encore de résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Field-test notes (%1)</source>
        <translation>Notes de test (%1)</translation>
    </message>
    <message>
        <source>No notes in this selection</source>
        <translation>Aucune note dans cette sélection</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Testée dans aucune région pour le moment</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Regions tested</source>
        <translation>Régions ayant testé</translation>
    </message>
    <message>
        <source>Completed tests</source>
        <translation>Tests terminés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Aucune note pour le moment</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1&#xa0;: aucun score</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Aucun résultat consigné pour le moment</translation>
    </message>
    <message>
        <source>No author recorded</source>
        <translation>Aucun auteur renseigné</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Aucun résultat consigné</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1&#xa0;: %2/5</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Aucun texte</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>The check could not run: %1.</source>
        <translation>La vérification n’a pas pu être effectuée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>La base de données est intacte.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Des problèmes ont été détectés.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>Updating the search index: %1 of %Ln practice(s)</source>
        <translation>
            <numerusform>Mise à jour de l’index de recherche&#xa0;: %1 sur %Ln pratique</numerusform>
            <numerusform>Mise à jour de l’index de recherche&#xa0;: %1 sur %Ln pratiques</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>L’index de recherche est à jour.</translation>
    </message>
</context>
<context>
    <name>SelectionToggle</name>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Sélectionnée pour le catalogue final</translation>
    </message>
    <message>
        <source>Space ticks or clears it; ticked practices make the final catalogue.</source>
        <translation>Espace coche ou décoche la case&#x202f;; les pratiques cochées forment le catalogue final.</translation>
    </message>
    <message>
        <source>Practices ticked here make the final catalogue (File → Export Final Catalogue)</source>
        <translation>Les pratiques cochées ici forment le catalogue final (Fichier → Exporter le catalogue final)</translation>
    </message>
    <message>
        <source>The selection was not saved: %1</source>
        <translation>La sélection n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Open collective</source>
        <translation>Collectif ouvert</translation>
    </message>
    <message>
        <source>Closed collective</source>
        <translation>Collectif fermé</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>The consortium&apos;s catalogue server. Its address is like postgresql://NAME@HOST:5432/DATABASE (add ?sslmode=require for an encrypted connection). Leave the password empty when it is in your password file (~/.pgpass).</source>
        <translation>Le serveur du catalogue du consortium. Son adresse a la forme postgresql://NOM@HÔTE:5432/BASE (ajoutez ?sslmode=require pour une connexion chiffrée). Laissez le mot de passe vide s’il figure dans votre fichier de mots de passe (~/.pgpass).</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST:5432/DATABASE</source>
        <translation>postgresql://NOM@HÔTE:5432/BASE</translation>
    </message>
    <message>
        <source>Sign in to the catalogue server</source>
        <translation>Connexion au serveur du catalogue</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The catalogue server&apos;s address, starting postgresql://</source>
        <translation>Adresse du serveur du catalogue, commençant par postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Leave empty when the password is in your password file</source>
        <translation>Laisser vide si le mot de passe figure dans votre fichier de mots de passe</translation>
    </message>
    <message>
        <source>Why the last try failed</source>
        <translation>Raison de l’échec de la dernière tentative</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>Se connecter et synchroniser</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, for example postgresql://NAME@HOST/DATABASE.</source>
        <translation>Indiquez l’adresse du serveur, par exemple postgresql://NOM@HÔTE/BASE.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %Ln conflict(s)</source>
        <translation>
            <numerusform>nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, conflit&#xa0;: %Ln</numerusform>
            <numerusform>nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3, conflits&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln refused</source>
        <translation>
            <numerusform>%1, refusé&#xa0;: %Ln</numerusform>
            <numerusform>%1, refusés&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>La base de données est en lecture seule</translation>
    </message>
    <message>
        <source>The sync was cancelled: what was sent stays sent.</source>
        <translation>La synchronisation a été annulée&#xa0;: ce qui a été envoyé le reste.</translation>
    </message>
    <message>
        <source>Syncing with the catalogue server…</source>
        <translation>Synchronisation avec le serveur du catalogue…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was sent stays sent.</source>
        <translation>Synchronisation annulée&#xa0;: ce qui a été envoyé le reste.</translation>
    </message>
    <message>
        <source>Synced with the server: sent %1; received %2.</source>
        <translation>Synchronisation avec le serveur terminée — envoi (%1)&#x202f;; réception (%2).</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>Dernière synchronisation à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n modification en attente d’envoi.</numerusform>
            <numerusform>%n modifications en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n’est en attente d’envoi.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n modification non synchronisée</numerusform>
            <numerusform>%n modifications non synchronisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The server did not accept the sign-in (%1).</source>
        <translation>Le serveur n’a pas accepté la connexion (%1).</translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached (%1).</source>
        <translation>Le serveur du catalogue est injoignable (%1).</translation>
    </message>
    <message>
        <source>The sync did not go through (%1).</source>
        <translation>La synchronisation n’a pas abouti (%1).</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import notes from a file</source>
        <translation>Importer des notes depuis un fichier</translation>
    </message>
    <message>
        <source>Exchange files (*.json);;All files (*)</source>
        <translation>Fichiers d’échange (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>%1.

Nothing was changed.</source>
        <translation>%1.

Aucune modification n’a été apportée.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L’importation a échoué</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: aucune modification n’a été apportée.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 new, %3 updated, %n conflict(s).</source>
        <translation>
            <numerusform>Importation de %1 terminée — nouveaux&#xa0;: %2, mis à jour&#xa0;: %3, conflit&#xa0;: %n.</numerusform>
            <numerusform>Importation de %1 terminée — nouveaux&#xa0;: %2, mis à jour&#xa0;: %3, conflits&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>%1 n’a pas été écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>PDF: the selected practices with their evidence (*.pdf)</source>
        <translation>PDF&#xa0;: les pratiques sélectionnées avec leurs éléments probants (*.pdf)</translation>
    </message>
    <message>
        <source>PNG: the field-test matrix of the selected practices (*.png)</source>
        <translation>PNG&#xa0;: la matrice des tests terrain des pratiques sélectionnées (*.png)</translation>
    </message>
    <message>
        <source>CSV: the matrix as a table (*.csv)</source>
        <translation>CSV&#xa0;: la matrice sous forme de tableau (*.csv)</translation>
    </message>
    <message>
        <source>XLSX: the matrix as a workbook (*.xlsx)</source>
        <translation>XLSX&#xa0;: la matrice sous forme de classeur (*.xlsx)</translation>
    </message>
    <message>
        <source>No practice is selected yet</source>
        <translation>Aucune pratique n’est encore sélectionnée</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Sélectionnez d’abord des pratiques pour le catalogue final&#xa0;: case à cocher dans le volet de détails ou dans Affichage → Matrice des tests terrain.</translation>
    </message>
    <message>
        <source>Export the final catalogue</source>
        <translation>Exporter le catalogue final</translation>
    </message>
    <message>
        <source>Wrote the final catalogue to %1</source>
        <translation>Catalogue final écrit dans %1</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>La base de données est en lecture seule</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Notes supprimées</translation>
    </message>
    <message>
        <source>Select one or more notes, then Restore brings them back</source>
        <translation>Sélectionnez une ou plusieurs notes, puis cliquez sur Restaurer pour les rétablir</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted note(s). Restore brings a note back to its practice.</source>
        <translation>
            <numerusform>%n note supprimée. Restaurer la replace dans sa pratique.</numerusform>
            <numerusform>%n notes supprimées. Restaurer replace une note dans sa pratique.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Vider la corbeille&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n note&#x202f;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n notes&#x202f;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashNote</name>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Note placée dans la corbeille. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Note restored from the trash.</source>
        <translation>Note restaurée depuis la corbeille.</translation>
    </message>
</context>
</TS>
