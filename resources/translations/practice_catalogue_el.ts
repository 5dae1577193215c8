<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Browse the good practices of regional business clusters and record how each was field-tested in each partner region. Works offline; makes no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source of the catalogue.&lt;/b&gt; The fifteen practices in six service categories are those of the “15 Good Practices e-booklet” of &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, “Best shared services for regional cluster initiative needs”, 2009–2012), selected in an evaluation from January to June 2011 and announced by Tartu Science Park in the news item “15 best cluster practices e-book now available”. Facts the source does not give are left empty.&lt;/p&gt;&lt;p&gt;Partners: Belgium (Province of Namur, lead partner), Estonia (Tartu), Germany (Region Stuttgart), Malta, France, Slovenia and Greece.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Practice Catalogue %1&lt;/h3&gt;&lt;p&gt;Περιηγηθείτε στις καλές πρακτικές περιφερειακών επιχειρηματικών συνεργατικών σχηματισμών (clusters) και καταγράψτε πώς δοκιμάστηκε η καθεμία στο πεδίο σε κάθε περιφέρεια-εταίρο. Λειτουργεί χωρίς σύνδεση και δεν χρησιμοποιεί καθόλου το δίκτυο.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Πηγή του καταλόγου.&lt;/b&gt; Οι δεκαπέντε πρακτικές σε έξι κατηγορίες υπηρεσιών είναι εκείνες του «15 Good Practices e-booklet» του έργου &lt;i&gt;Pooling4Clusters&lt;/i&gt; (INTERREG IVC, «Best shared services for regional cluster initiative needs», 2009–2012), που επιλέχθηκαν σε αξιολόγηση από τον Ιανουάριο έως τον Ιούνιο του 2011 και ανακοινώθηκαν από το Tartu Science Park με την είδηση «15 best cluster practices e-book now available». Όσα στοιχεία δεν δίνει η πηγή μένουν κενά.&lt;/p&gt;&lt;p&gt;Εταίροι: Βέλγιο (Province of Namur, επικεφαλής εταίρος), Εσθονία (Tartu), Γερμανία (Region Stuttgart), Μάλτα, Γαλλία, Σλοβενία και Ελλάδα.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Practice Catalogue</source>
        <translation>Πληροφορίες για το Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>Σύνταξη φίλτρου</translation>
    </message>
    <message>
        <source>How to filter the catalogue</source>
        <translation>Πώς να φιλτράρετε τον κατάλογο</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>Έξο&amp;δος</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Κλείσιμο της εφαρμογής</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <source>Merge notes from another laptop&apos;s exchange file (preview first)</source>
        <translation>Συγχώνευση σημειώσεων από το αρχείο ανταλλαγής άλλου φορητού (πρώτα με προεπισκόπηση)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Εξα&amp;γωγή…</translation>
    </message>
    <message>
        <source>Write an exchange file, a notes table or a report</source>
        <translation>Δημιουργία αρχείου ανταλλαγής, πίνακα σημειώσεων ή αναφοράς</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>Ε&amp;κτύπωση σε PDF…</translation>
    </message>
    <message>
        <source>A PDF report of the catalogue or a part of it</source>
        <translation>Αναφορά PDF για τον κατάλογο ή για μέρος του</translation>
    </message>
    <message>
        <source>Export &amp;Final Catalogue…</source>
        <translation>Εξαγωγή &amp;τελικού καταλόγου…</translation>
    </message>
    <message>
        <source>The practices selected for the final catalogue: PDF with evidence, or the matrix</source>
        <translation>Οι πρακτικές που επιλέχθηκαν για τον τελικό κατάλογο: PDF με τα τεκμήρια ή ο πίνακας δοκιμών</translation>
    </message>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>&amp;Συγχρονισμός με διακομιστή…</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the catalogue server and fetch everyone else&apos;s</source>
        <translation>Αποστολή των αλλαγών αυτού του φορητού στον διακομιστή του καταλόγου και λήψη των αλλαγών όλων των άλλων</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Δ&amp;ιενέξεις…</translation>
    </message>
    <message>
        <source>Records kept in two versions, to settle</source>
        <translation>Εγγραφές που υπάρχουν σε δύο εκδόσεις και περιμένουν επίλυση</translation>
    </message>
    <message>
        <source>Field-Test &amp;Matrix</source>
        <translation>&amp;Πίνακας δοκιμών πεδίου</translation>
    </message>
    <message>
        <source>Which practice was tested where, and the evidence</source>
        <translation>Ποια πρακτική δοκιμάστηκε πού, και τα τεκμήρια</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Α&amp;ντίγραφα ασφαλείας…</translation>
    </message>
    <message>
        <source>Backup copies of this database; restore one</source>
        <translation>Αντίγραφα ασφαλείας αυτής της βάσης δεδομένων και επαναφορά από αυτά</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>Έ&amp;λεγχος βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation>Έλεγχος του αρχείου της βάσης δεδομένων για φθορές</translation>
    </message>
    <message>
        <source>&amp;Unsaved Notes…</source>
        <translation>&amp;Μη αποθηκευμένες σημειώσεις…</translation>
    </message>
    <message>
        <source>Notes that were being written when the program stopped</source>
        <translation>Σημειώσεις που γράφονταν όταν το πρόγραμμα σταμάτησε</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Νέα σημείωση</translation>
    </message>
    <message>
        <source>Write a new test note for the selected practice</source>
        <translation>Σύνταξη νέας σημείωσης δοκιμής για την επιλεγμένη πρακτική</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>Απο&amp;θήκευση σημείωσης</translation>
    </message>
    <message>
        <source>Save the note now (it also saves by itself as you type)</source>
        <translation>Αποθήκευση της σημείωσης τώρα (αποθηκεύεται και αυτόματα καθώς πληκτρολογείτε)</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Διαγραφή σημείωσης</translation>
    </message>
    <message>
        <source>Move the selected note to the trash (Ctrl+Z brings it back)</source>
        <translation>Μετακίνηση της επιλεγμένης σημείωσης στον κάδο απορριμμάτων (με Ctrl+Z επανέρχεται)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Κάδος απορριμμάτων…</translation>
    </message>
    <message>
        <source>Deleted notes, to restore or empty</source>
        <translation>Διαγραμμένες σημειώσεις, για επαναφορά ή οριστική διαγραφή</translation>
    </message>
    <message>
        <source>Edit &amp;Practice</source>
        <translation>Επεξεργασία &amp;πρακτικής</translation>
    </message>
    <message>
        <source>Edit the texts of the selected practice (F2 again: done)</source>
        <translation>Επεξεργασία των κειμένων της επιλεγμένης πρακτικής (ξανά F2: τέλος)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Φίλτρο…</translation>
    </message>
    <message>
        <source>Put the cursor in the filter box</source>
        <translation>Μετακίνηση του δρομέα στο πεδίο φίλτρου</translation>
    </message>
    <message>
        <source>&amp;Expand All Categories</source>
        <translation>&amp;Ανάπτυξη όλων των κατηγοριών</translation>
    </message>
    <message>
        <source>&amp;Collapse All Categories</source>
        <translation>&amp;Σύμπτυξη όλων των κατηγοριών</translation>
    </message>
    <message>
        <source>Go to &amp;Catalogue</source>
        <translation>Μετάβαση στον &amp;κατάλογο</translation>
    </message>
    <message>
        <source>Move focus to the tree</source>
        <translation>Μεταφορά της εστίασης στο δέντρο</translation>
    </message>
    <message>
        <source>Go to &amp;Details</source>
        <translation>Μετάβαση στις &amp;λεπτομέρειες</translation>
    </message>
    <message>
        <source>Move focus to the detail pane</source>
        <translation>Μεταφορά της εστίασης στο πλαίσιο λεπτομερειών</translation>
    </message>
    <message>
        <source>&amp;Filter Syntax</source>
        <translation>&amp;Σύνταξη φίλτρου</translation>
    </message>
    <message>
        <source>How to write filter queries</source>
        <translation>Πώς γράφονται τα ερωτήματα φίλτρου</translation>
    </message>
    <message>
        <source>&amp;About Practice Catalogue</source>
        <translation>&amp;Πληροφορίες για το Practice Catalogue</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Practice Catalogue databases (*.db *.sqlite);;All files (*)</source>
        <translation>Βάσεις δεδομένων Practice Catalogue (*.db *.sqlite);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Άνοιγμα βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Start a New Database</source>
        <translation>Δημιουργία νέας βάσης δεδομένων</translation>
    </message>
    <message>
        <source>That file exists</source>
        <translation>Το αρχείο υπάρχει ήδη</translation>
    </message>
    <message>
        <source>Choose a name that is not taken: nothing is overwritten.</source>
        <translation>Επιλέξτε ένα όνομα που δεν χρησιμοποιείται ήδη: δεν αντικαθίσταται κανένα αρχείο.</translation>
    </message>
    <message>
        <source>Practice Catalogue</source>
        <translation>Practice Catalogue</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της βάσης δεδομένων: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at start to %1</source>
        <translation>Αντίγραφο ασφαλείας κατά την εκκίνηση: %1</translation>
    </message>
    <message>
        <source>Daily backup taken: %1</source>
        <translation>Ημερήσιο αντίγραφο ασφαλείας: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Το αυτόματο αντίγραφο ασφαλείας απέτυχε: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>by hand</source>
        <translation>χειροκίνητα</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>αυτόματα</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>πριν από επαναφορά</translation>
    </message>
    <message>
        <source>before the file was upgraded</source>
        <translation>πριν από την αναβάθμιση του αρχείου</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>When each copy was taken, its size and why</source>
        <translation>Πότε δημιουργήθηκε κάθε αντίγραφο, το μέγεθός του και η αιτία</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Αντίγραφο ασφαλείας τώρα</translation>
    </message>
    <message>
        <source>Take a copy of the database now</source>
        <translation>Δημιουργία αντιγράφου της βάσης δεδομένων τώρα</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Επαναφορά…</translation>
    </message>
    <message>
        <source>Put the selected copy in place of the current contents</source>
        <translation>Αντικατάσταση του τρέχοντος περιεχομένου με το επιλεγμένο αντίγραφο</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Άνοιγμα &amp;φακέλου</translation>
    </message>
    <message>
        <source>Show the folder of the backups in the file manager</source>
        <translation>Εμφάνιση του φακέλου των αντιγράφων ασφαλείας στη διαχείριση αρχείων</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1. Kept: the newest of each of the last 7 days, 4 weeks and 6 months.</source>
        <translation>
            <numerusform>%n αντίγραφο ασφαλείας στον φάκελο %1. Διατηρείται το νεότερο για καθεμία από τις τελευταίες 7 ημέρες, 4 εβδομάδες και 6 μήνες.</numerusform>
            <numerusform>%n αντίγραφα ασφαλείας στον φάκελο %1. Διατηρείται το νεότερο για καθεμία από τις τελευταίες 7 ημέρες, 4 εβδομάδες και 6 μήνες.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. One is taken when the application starts after a change, and every day while it runs.</source>
        <translation>Δεν υπάρχουν ακόμη αντίγραφα ασφαλείας. Δημιουργείται ένα όταν η εφαρμογή ξεκινά μετά από κάποια αλλαγή και κάθε μέρα όσο εκτελείται.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Η δημιουργία αντιγράφου ασφαλείας απέτυχε</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Επαναφορά αυτού του αντιγράφου ασφαλείας;</translation>
    </message>
    <message>
        <source>Replace the current contents with the backup taken %1?

The current contents are backed up first, so this can be undone.</source>
        <translation>Να αντικατασταθεί το τρέχον περιεχόμενο με το αντίγραφο ασφαλείας που δημιουργήθηκε στις %1;

Πρώτα δημιουργείται αντίγραφο ασφαλείας του τρέχοντος περιεχομένου, ώστε η ενέργεια να μπορεί να αναιρεθεί.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Η επαναφορά απέτυχε</translation>
    </message>
</context>
<context>
    <name>CataloguePane</name>
    <message>
        <source>Practices by category</source>
        <translation>Πρακτικές ανά κατηγορία</translation>
    </message>
    <message>
        <source>Service categories and their practices. Arrow keys move, Right opens a category, Enter on a “more” row shows the next practices.</source>
        <translation>Οι κατηγορίες υπηρεσιών και οι πρακτικές τους. Τα βελάκια μετακινούν την επιλογή, το δεξί βελάκι ανοίγει μια κατηγορία και το Enter σε γραμμή «ακόμη» εμφανίζει τις επόμενες πρακτικές.</translation>
    </message>
    <message>
        <source>No matching practice</source>
        <translation>Καμία πρακτική δεν ταιριάζει</translation>
    </message>
    <message>
        <source>No practice matches “%1”.

Check the spelling, remove a word, or press Esc to clear the filter.</source>
        <translation>Καμία πρακτική δεν ταιριάζει με «%1».

Ελέγξτε την ορθογραφία, αφαιρέστε μια λέξη ή πατήστε Esc για να καθαρίσετε το φίλτρο.</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <source>%1 in %2</source>
        <comment>practices in categories</comment>
        <extracomment>%1 is &quot;15 practices&quot;, %2 is &quot;6 categories&quot;.</extracomment>
        <translation>%1 σε %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln πρακτική</numerusform>
            <numerusform>%Ln πρακτικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln κατηγορία</numerusform>
            <numerusform>%Ln κατηγορίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s) match</source>
        <translation>
            <numerusform>Ταιριάζει %1 από %Ln πρακτική</numerusform>
            <numerusform>Ταιριάζουν %1 από %Ln πρακτικές</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice matches</source>
        <translation>Καμία πρακτική δεν ταιριάζει</translation>
    </message>
    <message>
        <source>%1 · ignored: %2</source>
        <translation>%1 · αγνοήθηκαν: %2</translation>
    </message>
    <message>
        <source>%1 · the search index is still being updated: some matches may be missing</source>
        <translation>%1 · το ευρετήριο αναζήτησης ενημερώνεται ακόμη: ορισμένα αποτελέσματα μπορεί να λείπουν</translation>
    </message>
    <message>
        <source>The filter failed: %1</source>
        <translation>Το φίλτρο απέτυχε: %1</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <source>Catalogue</source>
        <translation>Κατάλογος</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more (Enter to show)</source>
        <translation>
            <numerusform>… ακόμη %Ln (Enter για εμφάνιση)</numerusform>
            <numerusform>… ακόμη %Ln (Enter για εμφάνιση)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the next %Ln practice(s) of %1</source>
        <translation>
            <numerusform>Εμφάνιση %Ln ακόμη πρακτικής της κατηγορίας «%1»</numerusform>
            <numerusform>Εμφάνιση %Ln ακόμη πρακτικών της κατηγορίας «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <translation>
            <numerusform>%1, %n πρακτική</numerusform>
            <numerusform>%1, %n πρακτικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n practice(s) match</source>
        <translation>
            <numerusform>%1, ταιριάζει %2 από %n πρακτική</numerusform>
            <numerusform>%1, ταιριάζουν %2 από %n πρακτικές</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <source>practice</source>
        <translation>πρακτική</translation>
    </message>
    <message>
        <source>test note</source>
        <translation>σημείωση δοκιμής</translation>
    </message>
    <message>
        <source>category</source>
        <translation>κατηγορία</translation>
    </message>
    <message>
        <source>region</source>
        <translation>περιφέρεια</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1.</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί ως βάση δεδομένων: %1.</translation>
    </message>
    <message>
        <source>File structure: sound (SQLite integrity check passed).</source>
        <translation>Δομή αρχείου: χωρίς σφάλματα (ο έλεγχος ακεραιότητας της SQLite ήταν επιτυχής).</translation>
    </message>
    <message numerus="yes">
        <source>File structure: damaged, %Ln problem(s); the first:</source>
        <translation>
            <numerusform>Δομή αρχείου: κατεστραμμένη, %Ln πρόβλημα:</numerusform>
            <numerusform>Δομή αρχείου: κατεστραμμένη, %Ln προβλήματα· τα πρώτα:</numerusform>
        </translation>
    </message>
    <message>
        <source>References: every note, practice and region it points to exists.</source>
        <translation>Παραπομπές: υπάρχουν όλες οι σημειώσεις, πρακτικές και περιφέρειες στις οποίες γίνεται παραπομπή.</translation>
    </message>
    <message numerus="yes">
        <source>References: %Ln record(s) (%1) point to a missing %2.</source>
        <translation>
            <numerusform>Παραπομπές: %Ln εγγραφή (%1) παραπέμπει σε ανύπαρκτη %2.</numerusform>
            <numerusform>Παραπομπές: %Ln εγγραφές (%1) παραπέμπουν σε ανύπαρκτη %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: consistent.</source>
        <translation>Ευρετήριο αναζήτησης: συνεπές.</translation>
    </message>
    <message>
        <source>Search index: not checked (the file is read-only).</source>
        <translation>Ευρετήριο αναζήτησης: δεν ελέγχθηκε (το αρχείο είναι μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>Search index: damaged (%1); &apos;practice-catalogue check --repair&apos; rebuilds it.</source>
        <translation>Ευρετήριο αναζήτησης: κατεστραμμένο (%1)· η εντολή «practice-catalogue check --repair» το αναδημιουργεί.</translation>
    </message>
    <message>
        <source>Contents: %1 practices, %2 notes, %3 in the trash.</source>
        <translation>Περιεχόμενο: %1 πρακτικές, %2 σημειώσεις, %3 στον κάδο απορριμμάτων.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Περιφέρεια: %1</translation>
    </message>
    <message>
        <source>Date: %1   Status: %2</source>
        <translation>Ημερομηνία: %1   Κατάσταση: %2</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Συντάκτης: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Αποτέλεσμα: %1</translation>
    </message>
    <message>
        <source>Added value (clusters / agencies / enterprises): %1</source>
        <translation>Προστιθέμενη αξία (σχηματισμοί / φορείς / επιχειρήσεις): %1</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Σύγκριση εκδόσεων</translation>
    </message>
    <message>
        <source>Stored version (revision %1)</source>
        <translation>Αποθηκευμένη έκδοση (αναθεώρηση %1)</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Αποθηκευμένη έκδοση</translation>
    </message>
    <message>
        <source>Deleted for good.</source>
        <translation>Διαγράφηκε οριστικά.</translation>
    </message>
    <message>
        <source>Your version (kept from %1)</source>
        <translation>Η έκδοσή σας (διατηρήθηκε από: %1)</translation>
    </message>
    <message>
        <source>Your version (kept from this window)</source>
        <translation>Η έκδοσή σας (διατηρήθηκε από αυτό το παράθυρο)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Η έκδοσή σας</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This note was changed elsewhere while you edited it. Both versions are kept.</source>
        <translation>Αυτή η σημείωση άλλαξε αλλού ενώ την επεξεργαζόσασταν. Διατηρούνται και οι δύο εκδόσεις.</translation>
    </message>
    <message>
        <source>An import found this note changed on both sides. The version edited last is shown; the other is kept as a copy.</source>
        <translation>Κατά την εισαγωγή βρέθηκε ότι η σημείωση άλλαξε και στις δύο πλευρές. Εμφανίζεται η έκδοση που τροποποιήθηκε τελευταία· η άλλη διατηρείται ως αντίγραφο.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Διατήρηση της &amp;δικής μου</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Διατήρηση της ά&amp;λλης</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Διατήρηση και τ&amp;ων δύο</translation>
    </message>
    <message>
        <source>Use the &amp;Other Version</source>
        <translation>Χρήση της ά&amp;λλης έκδοσης</translation>
    </message>
    <message>
        <source>Keep &amp;This One</source>
        <translation>Διατήρηση α&amp;υτής</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Διατήρηση και τ&amp;ων δύο</translation>
    </message>
    <message>
        <source>Save your version over the other one</source>
        <translation>Αποθήκευση της δικής σας έκδοσης στη θέση της άλλης</translation>
    </message>
    <message>
        <source>Show the other version; yours stays on record</source>
        <translation>Εμφάνιση της άλλης έκδοσης· η δική σας παραμένει καταγεγραμμένη</translation>
    </message>
    <message>
        <source>Save your version as a separate note</source>
        <translation>Αποθήκευση της δικής σας έκδοσης ως ξεχωριστής σημείωσης</translation>
    </message>
    <message>
        <source>Put the version kept aside in place of the one shown</source>
        <translation>Αντικατάσταση της εμφανιζόμενης έκδοσης με εκείνη που διατηρήθηκε ως αντίγραφο</translation>
    </message>
    <message>
        <source>Keep the version shown; the other stays on record</source>
        <translation>Διατήρηση της εμφανιζόμενης έκδοσης· η άλλη παραμένει καταγεγραμμένη</translation>
    </message>
    <message>
        <source>Add the version kept aside as a separate note</source>
        <translation>Προσθήκη της έκδοσης που διατηρήθηκε ως αντίγραφο, ως ξεχωριστής σημείωσης</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Διένεξη</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Σύ&amp;γκριση…</translation>
    </message>
    <message>
        <source>Show the two versions side by side</source>
        <translation>Εμφάνιση των δύο εκδόσεων δίπλα-δίπλα</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Where the other version came from</source>
        <translation>Προέλευση της άλλης έκδοσης</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>Records in two versions</source>
        <translation>Εγγραφές σε δύο εκδόσεις</translation>
    </message>
    <message>
        <source>Enter opens the chosen record to compare and settle it</source>
        <translation>Με Enter ανοίγει η επιλεγμένη εγγραφή για σύγκριση και επίλυση</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exist in two versions. Open one to compare them and choose; until then both are kept.</source>
        <translation>
            <numerusform>%n εγγραφή υπάρχει σε δύο εκδόσεις. Ανοίξτε την για να τις συγκρίνετε και να επιλέξετε· μέχρι τότε διατηρούνται και οι δύο.</numerusform>
            <numerusform>%n εγγραφές υπάρχουν σε δύο εκδόσεις. Ανοίξτε μία για να συγκρίνετε τις εκδόσεις της και να επιλέξετε· μέχρι τότε διατηρούνται και οι δύο.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every record has one version.</source>
        <translation>Καμία διένεξη: κάθε εγγραφή έχει μία μόνο έκδοση.</translation>
    </message>
    <message>
        <source>Practice (gone)</source>
        <translation>Πρακτική (δεν υπάρχει πλέον)</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Πρακτική: %1</translation>
    </message>
    <message>
        <source>Note (deleted for good)</source>
        <translation>Σημείωση (διαγράφηκε οριστικά)</translation>
    </message>
    <message>
        <source>Note on %1 (%2): %3</source>
        <translation>Σημείωση για «%1» (%2): %3</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Practice</source>
        <translation>Πρακτική</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>Τελευταία πληκτρολόγηση</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Μη αποθηκευμένες σημειώσεις</translation>
    </message>
    <message>
        <source>These notes were being written when the application last stopped, and were not saved. Open one to finish it (it is saved as soon as it is valid), or discard it.</source>
        <translation>Αυτές οι σημειώσεις γράφονταν όταν η εφαρμογή σταμάτησε την τελευταία φορά και δεν αποθηκεύτηκαν. Ανοίξτε μία για να την ολοκληρώσετε (αποθηκεύεται μόλις γίνει έγκυρη) ή απορρίψτε την.</translation>
    </message>
    <message>
        <source>Enter opens the chosen note to finish it</source>
        <translation>Με Enter ανοίγει η επιλεγμένη σημείωση για να την ολοκληρώσετε</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Α&amp;πόρριψη…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Αργότερα</translation>
    </message>
    <message>
        <source>Keep the drafts; File → Unsaved Notes shows them again</source>
        <translation>Διατήρηση των πρόχειρων· εμφανίζονται ξανά από Αρχείο → Μη αποθηκευμένες σημειώσεις</translation>
    </message>
    <message>
        <source>(practice gone)</source>
        <translation>(η πρακτική δεν υπάρχει πλέον)</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(χωρίς κείμενο ακόμη)</translation>
    </message>
    <message>
        <source>Discard this unsaved note?</source>
        <translation>Απόρριψη αυτής της μη αποθηκευμένης σημείωσης;</translation>
    </message>
    <message>
        <source>The text of this draft will be gone for good.</source>
        <translation>Το κείμενο αυτού του πρόχειρου θα χαθεί οριστικά.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Κάτι πήγε στραβά</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Παρουσιάστηκε απρόσμενο σφάλμα: %1</translation>
    </message>
    <message>
        <source>Your notes are saved as you type, so nothing should be lost. The details are in the log file; please send them to whoever supports this application.</source>
        <translation>Οι σημειώσεις σας αποθηκεύονται καθώς πληκτρολογείτε, οπότε δεν θα πρέπει να έχει χαθεί τίποτα. Οι λεπτομέρειες βρίσκονται στο αρχείο καταγραφής· στείλτε τις σε όποιον υποστηρίζει αυτή την εφαρμογή.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Αντιγραφή λεπτομερειών</translation>
    </message>
    <message>
        <source>Copy the error&apos;s details to the clipboard, to send them</source>
        <translation>Αντιγραφή των λεπτομερειών του σφάλματος στο πρόχειρο του συστήματος, για να τις στείλετε</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exchange file for another laptop (JSON)</source>
        <translation>Αρχείο ανταλλαγής για άλλον φορητό (JSON)</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Αρχεία ανταλλαγής (*.json)</translation>
    </message>
    <message>
        <source>Notes as a table (CSV)</source>
        <translation>Σημειώσεις σε πίνακα (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>Notes as a spreadsheet (XLSX)</source>
        <translation>Σημειώσεις σε υπολογιστικό φύλλο (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Βιβλία εργασίας Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report to print or send (PDF)</source>
        <translation>Αναφορά για εκτύπωση ή αποστολή (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Εκτύπωση σε PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>What to write: an exchange file, a table or a report</source>
        <translation>Τι θα δημιουργηθεί: αρχείο ανταλλαγής, πίνακας ή αναφορά</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Όλες οι περιφέρειες</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Όλες οι κατηγορίες</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Μόνο «%1»</translation>
    </message>
    <message>
        <source>Only one practice</source>
        <translation>Μόνο μία πρακτική</translation>
    </message>
    <message>
        <source>Only the practice shown in the detail pane</source>
        <translation>Μόνο η πρακτική που εμφανίζεται στο πλαίσιο λεπτομερειών</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Επιλογή αρχείου…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Επιλογή του αρχείου που θα δημιουργηθεί</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Μορφή</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which part&lt;/b&gt; (leave as is for everything)</source>
        <translation>&lt;b&gt;Ποιο μέρος&lt;/b&gt; (αφήστε τις επιλογές ως έχουν για όλα)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Περιφέρεια</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Κατηγορία</translation>
    </message>
    <message>
        <source>Notes &amp;from</source>
        <translation>Σημειώσεις &amp;από</translation>
    </message>
    <message>
        <source>Notes &amp;until</source>
        <translation>Σημειώσεις έ&amp;ως</translation>
    </message>
    <message>
        <source>Limit the notes&apos; start date</source>
        <translation>Περιορισμός της αρχικής ημερομηνίας των σημειώσεων</translation>
    </message>
    <message>
        <source>Limit the notes&apos; end date</source>
        <translation>Περιορισμός της τελικής ημερομηνίας των σημειώσεων</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Σημειώσεις από</translation>
    </message>
    <message>
        <source>Notes until</source>
        <translation>Σημειώσεις έως</translation>
    </message>
    <message>
        <source>Up and Down change the part of the date at the cursor</source>
        <translation>Τα βελάκια πάνω και κάτω αλλάζουν το τμήμα της ημερομηνίας στη θέση του δρομέα</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Εξαγωγή σε</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Choose the region where the test took place.</source>
        <translation>Επιλέξτε την περιφέρεια όπου έγινε η δοκιμή.</translation>
    </message>
    <message>
        <source>This region no longer exists; choose another.</source>
        <translation>Αυτή η περιφέρεια δεν υπάρχει πλέον· επιλέξτε άλλη.</translation>
    </message>
    <message>
        <source>Enter the date of the test, e.g. 2012-03-01.</source>
        <translation>Εισαγάγετε την ημερομηνία της δοκιμής, π.χ. 2012-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2012-03-01 or 1.3.2012.</source>
        <translation>Το «%1» δεν είναι ημερομηνία· γράψτε την ως 2012-03-01 ή 1.3.2012.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Επιλέξτε κατάσταση.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>One line of at most %1 characters.</source>
        <translation>Μία γραμμή έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: “%1” is not a whole number from %2 to %3.</source>
        <translation>Προστιθέμενη αξία για πρωτοβουλίες συνεργατικών σχηματισμών: το «%1» δεν είναι ακέραιος αριθμός από %2 έως %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: “%1” is not a whole number from %2 to %3.</source>
        <translation>Προστιθέμενη αξία για αναπτυξιακούς φορείς: το «%1» δεν είναι ακέραιος αριθμός από %2 έως %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: “%1” is not a whole number from %2 to %3.</source>
        <translation>Προστιθέμενη αξία για επιχειρήσεις: το «%1» δεν είναι ακέραιος αριθμός από %2 έως %3.</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Προστιθέμενη αξία για πρωτοβουλίες συνεργατικών σχηματισμών: το %1 είναι εκτός ορίων· η βαθμολογία είναι από %2 έως %3.</translation>
    </message>
    <message>
        <source>Added value for development agencies: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Προστιθέμενη αξία για αναπτυξιακούς φορείς: το %1 είναι εκτός ορίων· η βαθμολογία είναι από %2 έως %3.</translation>
    </message>
    <message>
        <source>Added value for enterprises: %1 is out of range; scores go from %2 to %3.</source>
        <translation>Προστιθέμενη αξία για επιχειρήσεις: το %1 είναι εκτός ορίων· η βαθμολογία είναι από %2 έως %3.</translation>
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
        <translation>Πληκτρολογήστε λέξεις για να φιλτράρετε τις πρακτικές και τις σημειώσεις δοκιμής τους (πρέπει να ταιριάζουν όλες οι λέξεις).
&quot;φράση σε εισαγωγικά&quot; — αυτές οι λέξεις με αυτή τη σειρά
-λέξη — παράλειψη των πρακτικών που την αναφέρουν
category:expansion  region:tartu  status:completed  type:partnership
Πεζά/κεφαλαία και τόνοι δεν έχουν σημασία. Το Esc καθαρίζει το φίλτρο.</translation>
    </message>
    <message>
        <source>Filter practices</source>
        <translation>Φιλτράρισμα πρακτικών</translation>
    </message>
    <message>
        <source>Shows only the practices whose titles, texts or test notes hold every word typed; case and accents are ignored. Down or Enter moves into the tree, Esc clears the filter.</source>
        <translation>Εμφανίζει μόνο τις πρακτικές των οποίων οι τίτλοι, τα κείμενα ή οι σημειώσεις δοκιμής περιέχουν όλες τις λέξεις που πληκτρολογήσατε· πεζά/κεφαλαία και τόνοι αγνοούνται. Το κάτω βελάκι ή το Enter μεταφέρει στο δέντρο, το Esc καθαρίζει το φίλτρο.</translation>
    </message>
    <message>
        <source>Filter practices and notes…  (%1)</source>
        <translation>Φιλτράρισμα πρακτικών και σημειώσεων…  (%1)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>note</source>
        <translation>σημείωση</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>πρακτική</translation>
    </message>
    <message>
        <source>category</source>
        <translation>κατηγορία</translation>
    </message>
    <message>
        <source>region</source>
        <translation>περιφέρεια</translation>
    </message>
    <message>
        <source>new</source>
        <translation>νέα</translation>
    </message>
    <message>
        <source>updated (newer in the file)</source>
        <translation>ενημερωμένη (νεότερη στο αρχείο)</translation>
    </message>
    <message>
        <source>conflict: changed on both sides, both versions kept</source>
        <translation>διένεξη: άλλαξε και στις δύο πλευρές, διατηρούνται και οι δύο εκδόσεις</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Εισαγωγή από %1</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Αλλαγές που θα έκανε η εισαγωγή</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Ακύρωση: δεν εισάγεται τίποτα</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Εισαγωγή αυτών των αλλαγών</translation>
    </message>
    <message>
        <source>… and %1 more (the list shows the first %2).</source>
        <translation>… και %1 ακόμη (η λίστα δείχνει τις πρώτες %2).</translation>
    </message>
    <message>
        <source>Everything in this file is already here: nothing to import.</source>
        <translation>Όλο το περιεχόμενο αυτού του αρχείου υπάρχει ήδη εδώ: δεν υπάρχει τίποτα για εισαγωγή.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %n conflict(s).</source>
        <translation>
            <numerusform>Νέες: %1, ενημερωμένες: %2, αμετάβλητες: %3, διενέξεις: %n.</numerusform>
            <numerusform>Νέες: %1, ενημερωμένες: %2, αμετάβλητες: %3, διενέξεις: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each conflict the version edited last is shown and the other is kept as a copy: Edit → Conflicts lets you settle them.</source>
        <translation>Για κάθε διένεξη εμφανίζεται η έκδοση που τροποποιήθηκε τελευταία και η άλλη διατηρείται ως αντίγραφο: μπορείτε να τις επιλύσετε από Επεξεργασία → Διενέξεις.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>Follow the language of the computer</source>
        <translation>Χρήση της γλώσσας του υπολογιστή</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>η γλώσσα του συστήματος</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Αλλαγή γλώσσας</translation>
    </message>
    <message>
        <source>Practice Catalogue will speak %1 from its next start.</source>
        <translation>Γλώσσα του Practice Catalogue από την επόμενη εκκίνηση: %1.</translation>
    </message>
    <message>
        <source>Restart now? Your notes are saved first; nothing typed is lost.</source>
        <translation>Επανεκκίνηση τώρα; Οι σημειώσεις σας αποθηκεύονται πρώτα· δεν χάνεται τίποτα από όσα πληκτρολογήσατε.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Επανεκκίνηση τώρα</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Πρόοδος</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Practice Catalogue (read-only)</source>
        <translation>%1 — Practice Catalogue (μόνο για ανάγνωση)</translation>
    </message>
    <message>
        <source>%1 — Practice Catalogue</source>
        <translation>%1 — Practice Catalogue</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Αποτέλεσμα φίλτρου</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Preparing this text…</source>
        <translation>Προετοιμασία του κειμένου…</translation>
    </message>
    <message>
        <source>image not loaded: %1</source>
        <translation>η εικόνα δεν φορτώθηκε: %1</translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation>η εικόνα δεν φορτώθηκε</translation>
    </message>
</context>
<context>
    <name>MarkdownLimits</name>
    <message numerus="yes">
        <source>This text is long: showing the first %1 of %Ln character(s).</source>
        <translation>
            <numerusform>Το κείμενο είναι μεγάλο: εμφανίζονται οι πρώτοι %1 από %Ln χαρακτήρα.</numerusform>
            <numerusform>Το κείμενο είναι μεγάλο: εμφανίζονται οι πρώτοι %1 από %Ln χαρακτήρες.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more row(s) not shown</source>
        <translation>
            <numerusform>… %Ln ακόμη γραμμή δεν εμφανίζεται</numerusform>
            <numerusform>… %Ln ακόμη γραμμές δεν εμφανίζονται</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table is long: showing %1 of its %Ln row(s).</source>
        <translation>
            <numerusform>Ένας πίνακας είναι μεγάλος: εμφανίζονται %1 από %Ln γραμμή.</numerusform>
            <numerusform>Ένας πίνακας είναι μεγάλος: εμφανίζονται %1 από %Ln γραμμές.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message numerus="yes">
        <source>Tested in %1 of %Ln region(s)</source>
        <translation>
            <numerusform>Δοκιμάστηκε σε %1 από %Ln περιφέρεια</numerusform>
            <numerusform>Δοκιμάστηκε σε %1 από %Ln περιφέρειες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln σημείωση</numerusform>
            <numerusform>%Ln σημειώσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see its evidence.</source>
        <translation>Επιλέξτε μια πρακτική για να δείτε τα τεκμήριά της.</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>πρωτοβουλίες συνεργατικών σχηματισμών</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>αναπτυξιακοί φορείς</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>επιχειρήσεις</translation>
    </message>
    <message>
        <source>A cell: the most advanced status of its notes, and how many. Under a region&apos;s name: how many of these practices it tests. Totals count a region only when its notes are not all dropped.</source>
        <translation>Κελί: η πιο προχωρημένη κατάσταση των σημειώσεών του και το πλήθος τους. Κάτω από το όνομα μιας περιφέρειας: πόσες από αυτές τις πρακτικές δοκιμάζει. Τα σύνολα μετρούν μια περιφέρεια μόνο όταν δεν είναι ματαιωμένες όλες οι σημειώσεις της.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message>
        <source>What the symbols and colours of the cells mean</source>
        <translation>Τι σημαίνουν τα σύμβολα και τα χρώματα των κελιών</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Δεν υπάρχει τίποτα για εμφάνιση</translation>
    </message>
    <message>
        <source>No practice matches the filter of the main window.

Change or clear the filter there (Esc in the filter box) to see practices here.</source>
        <translation>Καμία πρακτική δεν ταιριάζει με το φίλτρο του κύριου παραθύρου.

Αλλάξτε ή καθαρίστε το φίλτρο εκεί (Esc στο πεδίο φίλτρου) για να δείτε πρακτικές εδώ.</translation>
    </message>
    <message>
        <source>Evidence of the practice</source>
        <translation>Τεκμήρια της πρακτικής</translation>
    </message>
    <message>
        <source>Tests, notes, scores and latest outcomes of the current practice</source>
        <translation>Δοκιμές, σημειώσεις, βαθμολογίες και πιο πρόσφατα αποτελέσματα της τρέχουσας πρακτικής</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) match the filter</source>
        <translation>
            <numerusform>%Ln πρακτική ταιριάζει με το φίλτρο</numerusform>
            <numerusform>%Ln πρακτικές ταιριάζουν με το φίλτρο</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln πρακτική</numerusform>
            <numerusform>%Ln πρακτικές</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the evidence for totals and sorting…</source>
        <translation>καταμέτρηση των τεκμηρίων για τα σύνολα και την ταξινόμηση…</translation>
    </message>
    <message>
        <source>the order follows once counted</source>
        <translation>η σειρά θα ακολουθήσει μετά την καταμέτρηση</translation>
    </message>
    <message>
        <source>%1 — selected for the final catalogue</source>
        <translation>%1 — επιλεγμένη για τον τελικό κατάλογο</translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed test(s)</source>
        <translation>
            <numerusform>%Ln ολοκληρωμένη δοκιμή</numerusform>
            <numerusform>%Ln ολοκληρωμένες δοκιμές</numerusform>
        </translation>
    </message>
    <message>
        <source>Added value (mean of 0–5): %1</source>
        <translation>Προστιθέμενη αξία (μέσος όρος 0–5): %1</translation>
    </message>
    <message>
        <source>Latest outcomes:</source>
        <translation>Πιο πρόσφατα αποτελέσματα:</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>No outcome written yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη αποτέλεσμα.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%Ln note(s))</source>
        <translation>
            <numerusform>%1: %2 (%Ln σημείωση)</numerusform>
            <numerusform>%1: %2 (%Ln σημειώσεις)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be marked: %2</source>
        <translation>Δεν ήταν δυνατή η σήμανση της πρακτικής «%1»: %2</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Πίνακας δοκιμών</translation>
    </message>
    <message>
        <source>Practices down, regions across. Arrow keys move from cell to cell; Home goes to the Selected column, where Space selects or unselects the practice for the final catalogue; Enter opens the notes of a cell; a header click sorts by it.</source>
        <translation>Πρακτικές στις γραμμές, περιφέρειες στις στήλες. Τα βελάκια μετακινούν από κελί σε κελί· το Home οδηγεί στη στήλη «Επιλογή», όπου το πλήκτρο διαστήματος επιλέγει ή αποεπιλέγει την πρακτική για τον τελικό κατάλογο· το Enter ανοίγει τις σημειώσεις ενός κελιού· ένα κλικ σε κεφαλίδα ταξινομεί με βάση αυτήν.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Κεφαλίδες στηλών</translation>
    </message>
    <message>
        <source>Field-test matrix</source>
        <translation>Πίνακας δοκιμών πεδίου</translation>
    </message>
    <message>
        <source>Which practice was tested where</source>
        <translation>Ποια πρακτική δοκιμάστηκε πού</translation>
    </message>
    <message>
        <source>Field-test matrix — Practice Catalogue</source>
        <translation>Πίνακας δοκιμών πεδίου — Practice Catalogue</translation>
    </message>
    <message>
        <source>Selected practices</source>
        <translation>Επιλεγμένες πρακτικές</translation>
    </message>
    <message>
        <source>How many practices are selected for the final catalogue</source>
        <translation>Πόσες πρακτικές έχουν επιλεγεί για τον τελικό κατάλογο</translation>
    </message>
    <message>
        <source>Matrix status</source>
        <translation>Κατάσταση πίνακα δοκιμών</translation>
    </message>
    <message>
        <source>How many practices the matrix shows, and what is being counted</source>
        <translation>Πόσες πρακτικές εμφανίζει ο πίνακας δοκιμών και τι καταμετράται</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Σειρά:</translation>
    </message>
    <message>
        <source>The evidence could not be counted: %1</source>
        <translation>Δεν ήταν δυνατή η καταμέτρηση των τεκμηρίων: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln επιλεγμένη</numerusform>
            <numerusform>%Ln επιλεγμένες</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection Not Saved</source>
        <translation>Η επιλογή δεν αποθηκεύτηκε</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message numerus="yes">
        <source>%1: %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1: εμφανίζεται %Ln πρακτική</numerusform>
            <numerusform>%1: εμφανίζονται %Ln πρακτικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tests %2 of the %Ln practice(s) of %3</source>
        <translation>
            <numerusform>%1: δοκιμάζει %2 από %Ln πρακτική της κατηγορίας «%3»</numerusform>
            <numerusform>%1: δοκιμάζει %2 από τις %Ln πρακτικές της κατηγορίας «%3»</numerusform>
        </translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Μη επιλεγμένη</translation>
    </message>
    <message>
        <source>%1: selected</source>
        <translation>%1: επιλεγμένη</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: μη επιλεγμένη</translation>
    </message>
    <message>
        <source>Space selects or unselects it for the final catalogue</source>
        <translation>Το πλήκτρο διαστήματος την επιλέγει ή την αποεπιλέγει για τον τελικό κατάλογο</translation>
    </message>
    <message>
        <source>Enter opens the notes of this practice</source>
        <translation>Το Enter ανοίγει τις σημειώσεις αυτής της πρακτικής</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>χωρίς βαθμολογία</translation>
    </message>
    <message numerus="yes">
        <source>mean score %1 (%Ln score(s))</source>
        <translation>
            <numerusform>μέση βαθμολογία %1 (%Ln βαθμολογία)</numerusform>
            <numerusform>μέση βαθμολογία %1 (%Ln βαθμολογίες)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln ολοκληρωμένη</numerusform>
            <numerusform>%Ln ολοκληρωμένες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: not tested</source>
        <translation>%1, %2: δεν δοκιμάστηκε</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3, %n note(s)</source>
        <translation>
            <numerusform>%1, %2: %3, %n σημείωση</numerusform>
            <numerusform>%1, %2: %3, %n σημειώσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the notes of this cell</source>
        <translation>Το Enter ανοίγει τις σημειώσεις αυτού του κελιού</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Δεν υπάρχουν ακόμη σημειώσεις</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… και %Ln ακόμη</numerusform>
            <numerusform>… και %Ln ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open these notes</source>
        <translation>Κάντε διπλό κλικ για να ανοίξετε αυτές τις σημειώσεις</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no outcome written)</source>
        <translation>(δεν καταγράφηκε αποτέλεσμα)</translation>
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
        <translation>χωρίς σημειώσεις</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message numerus="yes">
        <source>Saved the final catalogue, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Ο τελικός κατάλογος (%Ln πρακτική) αποθηκεύτηκε ως %1: %2</numerusform>
            <numerusform>Ο τελικός κατάλογος (%Ln πρακτικές) αποθηκεύτηκε ως %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown, %Ln practice(s), as %1: %2</source>
        <translation>
            <numerusform>Οι πρακτικές που εμφανίζονται (%Ln πρακτική) αποθηκεύτηκαν ως %1: %2</numerusform>
            <numerusform>Οι πρακτικές που εμφανίζονται (%Ln πρακτικές) αποθηκεύτηκαν ως %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: give a name ending in .png, .csv or .xlsx</source>
        <translation>%1: δώστε ένα όνομα που τελειώνει σε .png, .csv ή .xlsx</translation>
    </message>
    <message>
        <source>Field-test matrix: the final catalogue</source>
        <translation>Πίνακας δοκιμών πεδίου: ο τελικός κατάλογος</translation>
    </message>
    <message>
        <source>Field-test matrix: the practices shown</source>
        <translation>Πίνακας δοκιμών πεδίου: οι πρακτικές που εμφανίζονται</translation>
    </message>
    <message>
        <source>Saved the final catalogue as an image: %1</source>
        <translation>Ο τελικός κατάλογος αποθηκεύτηκε ως εικόνα: %1</translation>
    </message>
    <message>
        <source>Saved the practices shown as an image: %1</source>
        <translation>Οι πρακτικές που εμφανίζονται αποθηκεύτηκαν ως εικόνα: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Ο τελικός κατάλογος αποθηκεύτηκε ως εικόνα (οι πρώτες %1 από %Ln πρακτική): %2</numerusform>
            <numerusform>Ο τελικός κατάλογος αποθηκεύτηκε ως εικόνα (οι πρώτες %1 από %Ln πρακτικές): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2</source>
        <translation>
            <numerusform>Οι πρακτικές που εμφανίζονται αποθηκεύτηκαν ως εικόνα (οι πρώτες %1 από %Ln πρακτική): %2</numerusform>
            <numerusform>Οι πρακτικές που εμφανίζονται αποθηκεύτηκαν ως εικόνα (οι πρώτες %1 από %Ln πρακτικές): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Εικόνα PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Πίνακας CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Βιβλίο εργασίας Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the field-test matrix</source>
        <translation>Εξαγωγή του πίνακα δοκιμών πεδίου</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Export the matrix as PNG, CSV or XLSX</source>
        <translation>Εξαγωγή του πίνακα δοκιμών σε PNG, CSV ή XLSX</translation>
    </message>
    <message>
        <source>&amp;Final catalogue (selected practices)…</source>
        <translation>&amp;Τελικός κατάλογος (επιλεγμένες πρακτικές)…</translation>
    </message>
    <message>
        <source>&amp;Practices shown here…</source>
        <translation>&amp;Πρακτικές που εμφανίζονται εδώ…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Δεν δημιουργήθηκε κανένα αρχείο: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln practice(s), %2</source>
        <translation>
            <numerusform>%1 — %Ln πρακτική, %2</numerusform>
            <numerusform>%1 — %Ln πρακτικές, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are shown; the CSV and XLSX hold them all.</source>
        <translation>
            <numerusform>Εμφανίζεται η πρώτη %Ln. Τα αρχεία CSV και XLSX τις περιέχουν όλες.</numerusform>
            <numerusform>Εμφανίζονται οι πρώτες %Ln. Τα αρχεία CSV και XLSX τις περιέχουν όλες.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>δεν ήταν δυνατή η εγγραφή του %1</translation>
    </message>
</context>
<context>
    <name>MatrixHeader</name>
    <message>
        <source>Selected</source>
        <translation>Επιλογή</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Πρακτική</translation>
    </message>
    <message>
        <source>Practices by category</source>
        <translation>Πρακτικές ανά κατηγορία</translation>
    </message>
    <message>
        <source>Practices tested here: counting…</source>
        <translation>Πρακτικές που δοκιμάστηκαν εδώ: καταμέτρηση…</translation>
    </message>
    <message numerus="yes">
        <source>Practices tested here: %1 of the %Ln shown</source>
        <translation>
            <numerusform>Πρακτικές που δοκιμάστηκαν εδώ: %1 από %Ln που εμφανίζεται</numerusform>
            <numerusform>Πρακτικές που δοκιμάστηκαν εδώ: %1 από τις %Ln που εμφανίζονται</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, counting the practices tested</source>
        <translation>%1, καταμέτρηση των πρακτικών που δοκιμάστηκαν</translation>
    </message>
    <message numerus="yes">
        <source>%1, tests %2 of the %Ln practice(s) shown</source>
        <translation>
            <numerusform>%1, δοκιμάζει %2 από %Ln πρακτική που εμφανίζεται</numerusform>
            <numerusform>%1, δοκιμάζει %2 από τις %Ln πρακτικές που εμφανίζονται</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Περιφέρειες</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ολοκληρωμένες</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Regions testing the practice (a note that is not dropped)</source>
        <translation>Περιφέρειες που δοκιμάζουν την πρακτική (με σημείωση που δεν είναι ματαιωμένη)</translation>
    </message>
    <message>
        <source>Completed tests: notes whose status is completed</source>
        <translation>Ολοκληρωμένες δοκιμές: σημειώσεις με κατάσταση «ολοκληρωμένη»</translation>
    </message>
    <message>
        <source>Mean added-value score (0–5) over every score set, and how many</source>
        <translation>Μέση βαθμολογία προστιθέμενης αξίας (0–5) από όλες τις βαθμολογίες που δόθηκαν, και το πλήθος τους</translation>
    </message>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Επιλεγμένη για τον τελικό κατάλογο</translation>
    </message>
</context>
<context>
    <name>MatrixOrder</name>
    <message>
        <source>Catalogue order</source>
        <translation>Σειρά καταλόγου</translation>
    </message>
    <message>
        <source>Most regions testing</source>
        <translation>Περισσότερες περιφέρειες με δοκιμές</translation>
    </message>
    <message>
        <source>Most completed tests</source>
        <translation>Περισσότερες ολοκληρωμένες δοκιμές</translation>
    </message>
    <message>
        <source>Highest mean score</source>
        <translation>Υψηλότερη μέση βαθμολογία</translation>
    </message>
    <message>
        <source>Selected first</source>
        <translation>Πρώτα οι επιλεγμένες</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Σειρά</translation>
    </message>
    <message>
        <source>Order of the practices within each category</source>
        <translation>Σειρά των πρακτικών μέσα σε κάθε κατηγορία</translation>
    </message>
    <message>
        <source>By %1 ↓</source>
        <translation>Κατά «%1» ↓</translation>
    </message>
    <message>
        <source>By %1 ↑</source>
        <translation>Κατά «%1» ↑</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>This database is read-only: the file or the medium it is on does not allow changes. You can browse, filter and export; writing notes is switched off.</source>
        <translation>Αυτή η βάση δεδομένων είναι μόνο για ανάγνωση: το αρχείο ή το μέσο στο οποίο βρίσκεται δεν επιτρέπει αλλαγές. Μπορείτε να περιηγηθείτε, να φιλτράρετε και να κάνετε εξαγωγή· η σύνταξη σημειώσεων είναι απενεργοποιημένη.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move practice to another category</source>
        <translation>Μετακίνηση πρακτικής σε άλλη κατηγορία</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Νέα κατηγορία</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Μετακίνηση</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Μετακίνηση</translation>
    </message>
    <message>
        <source>Move %1 out of “%2” into:</source>
        <translation>Μετακίνηση της πρακτικής %1 από την κατηγορία «%2» στην κατηγορία:</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Κατηγορία</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note editor</source>
        <translation>Επεξεργαστής σημείωσης</translation>
    </message>
    <message>
        <source>The selected test note</source>
        <translation>Η επιλεγμένη σημείωση δοκιμής</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Region where the practice was tested</source>
        <translation>Περιφέρεια όπου δοκιμάστηκε η πρακτική</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Date of the test, e.g. 2012-03-01 or 1.3.2012</source>
        <translation>Ημερομηνία της δοκιμής, π.χ. 2012-03-01 ή 1.3.2012</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: the ISO date format</comment>
        <translation>ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>How far the test got</source>
        <translation>Πόσο προχώρησε η δοκιμή</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>Who wrote the note</source>
        <translation>Ποιος έγραψε τη σημείωση</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>The outcome of the test, in one line</source>
        <translation>Το αποτέλεσμα της δοκιμής, σε μία γραμμή</translation>
    </message>
    <message>
        <source>The outcome, in one line</source>
        <translation>Το αποτέλεσμα, σε μία γραμμή</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Κείμενο σημείωσης</translation>
    </message>
    <message>
        <source>The note itself, in Markdown. Tab moves on to the next field.</source>
        <translation>Το κείμενο της σημείωσης, σε Markdown. Το Tab μεταφέρει στο επόμενο πεδίο.</translation>
    </message>
    <message>
        <source>What happened? Markdown works: # heading, *emphasis*, - lists, | tables |</source>
        <translation>Τι έγινε; Υποστηρίζεται Markdown: # επικεφαλίδα, *έμφαση*, - λίστες, | πίνακες |</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Προεπισκόπηση σημείωσης</translation>
    </message>
    <message>
        <source>The note as it will read</source>
        <translation>Η σημείωση όπως θα εμφανίζεται</translation>
    </message>
    <message>
        <source>Note text and preview</source>
        <translation>Κείμενο και προεπισκόπηση σημείωσης</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Κεί&amp;μενο</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Πρ&amp;οεπισκόπηση</translation>
    </message>
    <message>
        <source>Text or preview</source>
        <translation>Κείμενο ή προεπισκόπηση</translation>
    </message>
    <message>
        <source>Write the note as text, or read it as it will print</source>
        <translation>Γράψτε τη σημείωση ως κείμενο ή διαβάστε τη όπως θα τυπωθεί</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Κατάσταση αποθήκευσης</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Περ&amp;ιφέρεια</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ημερομηνία</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Κατάσταση</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>Συ&amp;ντάκτης</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Απο&amp;τέλεσμα</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>Added value of the practice, 0 to 5, as scored in the selection method: for cluster initiatives, for development agencies, for enterprises. Empty: not scored.</source>
        <translation>Προστιθέμενη αξία της πρακτικής, από 0 έως 5, όπως βαθμολογείται στη μέθοδο επιλογής: για πρωτοβουλίες συνεργατικών σχηματισμών, για αναπτυξιακούς φορείς, για επιχειρήσεις. Κενό: χωρίς βαθμολογία.</translation>
    </message>
    <message>
        <source>Choose a region…</source>
        <translation>Επιλέξτε περιφέρεια…</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Προσθήκη περιφέρειας…</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Δεν έχει γραφτεί τίποτα ακόμη</translation>
    </message>
</context>
<context>
    <name>NoteScores</name>
    <message>
        <source>C&amp;lusters</source>
        <translation>&amp;Σχηματισμοί</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>&amp;Φορείς</translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation>Επι&amp;χειρήσεις</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives</source>
        <translation>Προστιθέμενη αξία για πρωτοβουλίες συνεργατικών σχηματισμών</translation>
    </message>
    <message>
        <source>Added value for development agencies</source>
        <translation>Προστιθέμενη αξία για αναπτυξιακούς φορείς</translation>
    </message>
    <message>
        <source>Added value for enterprises</source>
        <translation>Προστιθέμενη αξία για επιχειρήσεις</translation>
    </message>
    <message>
        <source>Added value for cluster initiatives, 0 to 5; empty: not scored</source>
        <translation>Προστιθέμενη αξία για πρωτοβουλίες συνεργατικών σχηματισμών, από 0 έως 5· κενό: χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>Added value for development agencies, 0 to 5; empty: not scored</source>
        <translation>Προστιθέμενη αξία για αναπτυξιακούς φορείς, από 0 έως 5· κενό: χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>Added value for enterprises, 0 to 5; empty: not scored</source>
        <translation>Προστιθέμενη αξία για επιχειρήσεις, από 0 έως 5· κενό: χωρίς βαθμολογία</translation>
    </message>
</context>
<context>
    <name>NoteSession</name>
    <message>
        <source>Restored unsaved changes from %1</source>
        <translation>Ανακτήθηκαν μη αποθηκευμένες αλλαγές (%1)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>New note: saved automatically as you type</source>
        <translation>Νέα σημείωση: αποθηκεύεται αυτόματα καθώς πληκτρολογείτε</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red (kept as a draft)</source>
        <translation>Δεν αποθηκεύτηκε: διορθώστε τα πεδία με κόκκινη σήμανση (διατηρείται ως πρόχειρο)</translation>
    </message>
    <message>
        <source>Not saved: this note changed elsewhere; both versions are kept</source>
        <translation>Δεν αποθηκεύτηκε: η σημείωση άλλαξε αλλού· διατηρούνται και οι δύο εκδόσεις</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept; retrying…</source>
        <translation>Δεν αποθηκεύτηκε: %1. Το κείμενό σας διατηρείται· νέα προσπάθεια…</translation>
    </message>
    <message>
        <source>Updated from elsewhere at %1</source>
        <translation>Ενημερώθηκε από αλλού στις %1</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <source>planned</source>
        <translation>προγραμματισμένη</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ολοκληρωμένη</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ματαιωμένη</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Η βάση δεδομένων είναι μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>The last changes could not be saved</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των τελευταίων αλλαγών</translation>
    </message>
    <message>
        <source>Your latest typing could not be saved (%1). It is still in the editor.

Close anyway and lose it?</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση όσων πληκτρολογήσατε τελευταία (%1). Βρίσκονται ακόμη στον επεξεργαστή.

Να γίνει κλείσιμο παρ’ όλα αυτά, με απώλειά τους;</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Μη αποθηκευμένες σημειώσεις</translation>
    </message>
    <message>
        <source>There are no unsaved notes.</source>
        <translation>Δεν υπάρχουν μη αποθηκευμένες σημειώσεις.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Test notes</source>
        <translation>Σημειώσεις δοκιμής</translation>
    </message>
    <message>
        <source>Test notes of the selected practice, newest first</source>
        <translation>Σημειώσεις δοκιμής της επιλεγμένης πρακτικής, πρώτα οι νεότερες</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n σημείωση)</numerusform>
            <numerusform>(%n σημειώσεις)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n note(s))</source>
        <translation>
            <numerusform>(%1 από %n σημείωση)</numerusform>
            <numerusform>(%1 από %n σημειώσεις)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a practice to see and write its test notes.</source>
        <translation>Επιλέξτε μια πρακτική για να δείτε και να γράψετε τις σημειώσεις δοκιμής της.</translation>
    </message>
    <message>
        <source>No test notes for this practice yet.

Press Ctrl+N (or New Note) to write the first one.</source>
        <translation>Δεν υπάρχουν ακόμη σημειώσεις δοκιμής για αυτή την πρακτική.

Πατήστε Ctrl+N (ή «Νέα σημείωση») για να γράψετε την πρώτη.</translation>
    </message>
    <message>
        <source>Select a note to read or edit it,
or press Ctrl+N to write a new one.</source>
        <translation>Επιλέξτε μια σημείωση για να τη διαβάσετε ή να την επεξεργαστείτε,
ή πατήστε Ctrl+N για να γράψετε νέα.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
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
        <translation>Χωρίς συντάκτη</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Χωρίς κείμενο</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Show notes of region</source>
        <translation>Εμφάνιση σημειώσεων περιφέρειας</translation>
    </message>
    <message>
        <source>Show the notes of one region only</source>
        <translation>Εμφάνιση των σημειώσεων μίας μόνο περιφέρειας</translation>
    </message>
    <message>
        <source>Test notes</source>
        <translation>Σημειώσεις δοκιμής</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>Πε&amp;ριφέρεια:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <source>Select a practice first: notes belong to a practice.</source>
        <translation>Επιλέξτε πρώτα μια πρακτική: οι σημειώσεις ανήκουν σε πρακτική.</translation>
    </message>
    <message>
        <source>This note was never saved; there is nothing to delete.</source>
        <translation>Αυτή η σημείωση δεν αποθηκεύτηκε ποτέ· δεν υπάρχει τίποτα για διαγραφή.</translation>
    </message>
    <message>
        <source>the database refused the write</source>
        <translation>η βάση δεδομένων αρνήθηκε την εγγραφή</translation>
    </message>
    <message>
        <source>This note changed elsewhere; both versions are kept. Choose one.</source>
        <translation>Αυτή η σημείωση άλλαξε αλλού· διατηρούνται και οι δύο εκδόσεις. Επιλέξτε μία.</translation>
    </message>
    <message>
        <source>Could not settle the conflict: %1</source>
        <translation>Δεν ήταν δυνατή η επίλυση της διένεξης: %1</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Practice Catalogue cannot open the database</source>
        <translation>Το Practice Catalogue δεν μπορεί να ανοίξει τη βάση δεδομένων</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been changed in that file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Δεν άλλαξε τίποτα σε αυτό το αρχείο.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (%1)</source>
        <translation>&amp;Επαναφορά του πιο πρόσφατου αντιγράφου ασφαλείας (%1)</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup (none found beside it)</source>
        <translation>&amp;Επαναφορά του πιο πρόσφατου αντιγράφου ασφαλείας (δεν βρέθηκε κανένα δίπλα του)</translation>
    </message>
    <message>
        <source>The unreadable file is kept under another name; the backup takes its place</source>
        <translation>Το αρχείο που δεν διαβάζεται διατηρείται με άλλο όνομα· το αντίγραφο ασφαλείας παίρνει τη θέση του</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>Άνοιγμα ά&amp;λλου αρχείου…</translation>
    </message>
    <message>
        <source>Choose another database file to open</source>
        <translation>Επιλογή άλλου αρχείου βάσης δεδομένων για άνοιγμα</translation>
    </message>
    <message>
        <source>Start a &amp;New Database Elsewhere…</source>
        <translation>Δημιουργία &amp;νέας βάσης δεδομένων αλλού…</translation>
    </message>
    <message>
        <source>Create an empty catalogue in a new file</source>
        <translation>Δημιουργία κενού καταλόγου σε νέο αρχείο</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έξο&amp;δος</translation>
    </message>
    <message>
        <source>Close Practice Catalogue without changing anything</source>
        <translation>Κλείσιμο του Practice Catalogue χωρίς καμία αλλαγή</translation>
    </message>
</context>
<context>
    <name>PracticeDetailView</name>
    <message>
        <source>Practice details</source>
        <translation>Λεπτομέρειες πρακτικής</translation>
    </message>
    <message>
        <source>What the selected practice or category holds: its facts, texts and field tests. Read only; Tab moves between its links.</source>
        <translation>Το περιεχόμενο της επιλεγμένης πρακτικής ή κατηγορίας: στοιχεία, κείμενα και δοκιμές πεδίου. Μόνο για ανάγνωση· το Tab μετακινεί ανάμεσα στους συνδέσμους.</translation>
    </message>
    <message>
        <source>Use the tree on the left, or type in the filter box (%1) to find one.</source>
        <translation>Χρησιμοποιήστε το δέντρο στα αριστερά ή πληκτρολογήστε στο πεδίο φίλτρου (%1) για να βρείτε μία.</translation>
    </message>
    <message>
        <source>Select a practice to see its details.</source>
        <translation>Επιλέξτε μια πρακτική για να δείτε τις λεπτομέρειές της.</translation>
    </message>
</context>
<context>
    <name>PracticeDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message numerus="yes">
        <source>%Ln planned</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln προγραμματισμένη</numerusform>
            <numerusform>%Ln προγραμματισμένες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln σε εξέλιξη</numerusform>
            <numerusform>%Ln σε εξέλιξη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln ολοκληρωμένη</numerusform>
            <numerusform>%Ln ολοκληρωμένες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped</source>
        <comment>test notes</comment>
        <translation>
            <numerusform>%Ln ματαιωμένη</numerusform>
            <numerusform>%Ln ματαιωμένες</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Χωρίς κατηγορία</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Τύπος υπηρεσίας</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Δεν είναι γνωστό ακόμη</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Περιφέρεια προέλευσης</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Δεν έχει καταγραφεί ακόμη</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Δεν έχει καταγραφεί πηγή</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Τελικός κατάλογος</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Επιλεγμένη</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Μη επιλεγμένη</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Περίληψη</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Δεν υπάρχει ακόμη περίληψη</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Δεν υπάρχει ακόμη περιγραφή</translation>
    </message>
    <message>
        <source>Field tests</source>
        <translation>Δοκιμές πεδίου</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Δεν έχει δοκιμαστεί ακόμη σε καμία περιφέρεια</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>τελευταία: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the tree</source>
        <translation>
            <numerusform>… και %Ln ακόμη στο δέντρο</numerusform>
            <numerusform>… και %Ln ακόμη στο δέντρο</numerusform>
        </translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Δεν υπάρχουν ακόμη πρακτικές σε αυτή την κατηγορία</translation>
    </message>
    <message numerus="yes">
        <source>Service category · %Ln practice(s)</source>
        <translation>
            <numerusform>Κατηγορία υπηρεσιών · %Ln πρακτική</numerusform>
            <numerusform>Κατηγορία υπηρεσιών · %Ln πρακτικές</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Πρακτικές</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice editor</source>
        <translation>Επεξεργαστής πρακτικής</translation>
    </message>
    <message>
        <source>Edit the selected practice; changes save themselves as you type (F2: done)</source>
        <translation>Επεξεργασία της επιλεγμένης πρακτικής· οι αλλαγές αποθηκεύονται αυτόματα καθώς πληκτρολογείτε (F2: τέλος)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Μετονομασία…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Μετονομασία</translation>
    </message>
    <message>
        <source>Change the title or subtitle (asks to confirm)</source>
        <translation>Αλλαγή του τίτλου ή του υπότιτλου (ζητείται επιβεβαίωση)</translation>
    </message>
    <message>
        <source>&amp;Move to Category…</source>
        <translation>Μετα&amp;κίνηση σε κατηγορία…</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>Μετακίνηση σε κατηγορία</translation>
    </message>
    <message>
        <source>Put the practice in another category (asks to confirm)</source>
        <translation>Μεταφορά της πρακτικής σε άλλη κατηγορία (ζητείται επιβεβαίωση)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Τύπος υπηρεσίας</translation>
    </message>
    <message>
        <source>Service type of the practice</source>
        <translation>Ο τύπος υπηρεσίας της πρακτικής</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Περιφέρεια προέλευσης</translation>
    </message>
    <message>
        <source>Region the practice comes from</source>
        <translation>Η περιφέρεια από την οποία προέρχεται η πρακτική</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Where the facts about this practice come from</source>
        <translation>Από πού προέρχονται τα στοιχεία για αυτή την πρακτική</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Περίληψη</translation>
    </message>
    <message>
        <source>Summary in Markdown; Tab moves to the next field</source>
        <translation>Περίληψη σε Markdown· το Tab μεταφέρει στο επόμενο πεδίο</translation>
    </message>
    <message>
        <source>A few lines on what the service offers (Markdown)</source>
        <translation>Λίγες γραμμές για το τι προσφέρει η υπηρεσία (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Description in Markdown; Tab moves to the next field</source>
        <translation>Περιγραφή σε Markdown· το Tab μεταφέρει στο επόμενο πεδίο</translation>
    </message>
    <message>
        <source>How it works, for whom, with what results (Markdown)</source>
        <translation>Πώς λειτουργεί, για ποιους, με ποια αποτελέσματα (Markdown)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Διένεξη</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Διατήρηση των &amp;δικών μου</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Διατήρηση των δικών μου</translation>
    </message>
    <message>
        <source>Keep the texts typed here; the other version stays on record</source>
        <translation>Διατήρηση των κειμένων που πληκτρολογήθηκαν εδώ· η άλλη έκδοση παραμένει καταγεγραμμένη</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Διατήρηση των ά&amp;λλων</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Διατήρηση των άλλων</translation>
    </message>
    <message>
        <source>Keep the texts saved elsewhere; these stay on record</source>
        <translation>Διατήρηση των κειμένων που αποθηκεύτηκαν αλλού· τα κείμενα αυτού του παραθύρου παραμένουν καταγεγραμμένα</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Κατάσταση αποθήκευσης</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Τέλος</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Τέλος</translation>
    </message>
    <message>
        <source>Back to reading (F2)</source>
        <translation>Επιστροφή στην ανάγνωση (F2)</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>Τύπος &amp;υπηρεσίας</translation>
    </message>
    <message>
        <source>&amp;Origin region</source>
        <translation>Περιφέρεια π&amp;ροέλευσης</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>Πη&amp;γή</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Περίλη&amp;ψη</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Περιγρα&amp;φή</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Κατηγορία: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Δεν έχει καταγραφεί</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Not saved: this practice changed elsewhere; both versions kept</source>
        <translation>Δεν αποθηκεύτηκε: η πρακτική άλλαξε αλλού· διατηρούνται και οι δύο εκδόσεις</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Retrying…</source>
        <translation>Δεν αποθηκεύτηκε: %1. Νέα προσπάθεια…</translation>
    </message>
    <message>
        <source>These texts were changed elsewhere while you edited them. Both versions are kept.</source>
        <translation>Αυτά τα κείμενα άλλαξαν αλλού ενώ τα επεξεργαζόσασταν. Διατηρούνται και οι δύο εκδόσεις.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Χωρίς αλλαγές</translation>
    </message>
</context>
<context>
    <name>PracticeFeature</name>
    <message>
        <source>The database is read-only</source>
        <translation>Η βάση δεδομένων είναι μόνο για ανάγνωση</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Α&amp;ποκοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επι&amp;κόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
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
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχι σε όλ&amp;α</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ματαίωση</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Α&amp;ποκοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Αντιγραφή θέσης &amp;συνδέσμου</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επι&amp;κόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Προσθήκη περιφέρειας</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Όνομα περιφέρειας</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Κωδικός χώρας</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter ISO code, e.g. EE for Estonia</source>
        <translation>Ο κωδικός ISO δύο γραμμάτων της χώρας, π.χ. EE για την Εσθονία</translation>
    </message>
    <message>
        <source>EE</source>
        <comment>placeholder: an example two-letter country code</comment>
        <translation>EE</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Οργανισμός-εταίρος</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Χώρα (κωδικός ISO)</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;Οργανισμός-εταίρος</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename practice</source>
        <translation>Μετονομασία πρακτικής</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Νέος τίτλος</translation>
    </message>
    <message>
        <source>New subtitle</source>
        <translation>Νέος υπότιτλος</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Μετονομασία</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Μετονομασία</translation>
    </message>
    <message>
        <source>Currently: %1</source>
        <translation>Τρέχων τίτλος: %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Τίτλος</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Υπότιτλος</translation>
    </message>
    <message>
        <source>Every laptop that imports this catalogue will show the new title.</source>
        <translation>Κάθε φορητός που εισάγει αυτόν τον κατάλογο θα εμφανίζει τον νέο τίτλο.</translation>
    </message>
    <message>
        <source>Type a new title (it cannot be empty).</source>
        <translation>Πληκτρολογήστε νέο τίτλο (δεν μπορεί να είναι κενός).</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <source>This text could not be shown. The log file says why.</source>
        <translation>Δεν ήταν δυνατή η εμφάνιση αυτού του κειμένου. Η αιτία αναφέρεται στο αρχείο καταγραφής.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln πρακτική</numerusform>
            <numerusform>%Ln πρακτικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln σημείωση</numerusform>
            <numerusform>%Ln σημειώσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Πρακτική</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Score: cluster initiatives</source>
        <translation>Βαθμολογία: πρωτοβουλίες συνεργατικών σχηματισμών</translation>
    </message>
    <message>
        <source>Score: development agencies</source>
        <translation>Βαθμολογία: αναπτυξιακοί φορείς</translation>
    </message>
    <message>
        <source>Score: enterprises</source>
        <translation>Βαθμολογία: επιχειρήσεις</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>προγραμματισμένη</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ολοκληρωμένη</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ματαιωμένη</translation>
    </message>
    <message>
        <source>open collective</source>
        <translation>ανοιχτή συλλογική</translation>
    </message>
    <message>
        <source>closed collective</source>
        <translation>κλειστή συλλογική</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>σύμπραξη</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>ατομική</translation>
    </message>
    <message>
        <source>cluster initiatives</source>
        <translation>πρωτοβουλίες συνεργατικών σχηματισμών</translation>
    </message>
    <message>
        <source>development agencies</source>
        <translation>αναπτυξιακοί φορείς</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>επιχειρήσεις</translation>
    </message>
    <message>
        <source>Whole catalogue</source>
        <translation>Ολόκληρος ο κατάλογος</translation>
    </message>
    <message>
        <source>Practices selected for the final catalogue</source>
        <translation>Πρακτικές που επιλέχθηκαν για τον τελικό κατάλογο</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Κατηγορία: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Πρακτική: %1</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Σημειώσεις περιφέρειας: %1</translation>
    </message>
    <message>
        <source>Notes dated %1 to %2</source>
        <translation>Σημειώσεις με ημερομηνία από %1 έως %2</translation>
    </message>
    <message>
        <source>Notes dated %1 or later</source>
        <translation>Σημειώσεις με ημερομηνία %1 ή μεταγενέστερη</translation>
    </message>
    <message>
        <source>Notes dated %1 or earlier</source>
        <translation>Σημειώσεις με ημερομηνία %1 ή προγενέστερη</translation>
    </message>
    <message>
        <source>Good Practices Catalogue</source>
        <translation>Κατάλογος καλών πρακτικών</translation>
    </message>
    <message>
        <source>Final catalogue</source>
        <translation>Τελικός κατάλογος</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Δημιουργήθηκε: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
    <message>
        <source>No practice has notes in this selection</source>
        <translation>Καμία πρακτική δεν έχει σημειώσεις σε αυτή την επιλογή</translation>
    </message>
    <message>
        <source>No practice is selected for the final catalogue</source>
        <translation>Δεν έχει επιλεγεί καμία πρακτική για τον τελικό κατάλογο</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Επισημάνετε πρώτα πρακτικές για τον τελικό κατάλογο: με το πλαίσιο ελέγχου στις λεπτομέρειες της πρακτικής ή από Προβολή → Πίνακας δοκιμών πεδίου.</translation>
    </message>
    <message>
        <source>No practices in this selection</source>
        <translation>Δεν υπάρχουν πρακτικές σε αυτή την επιλογή</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (συνέχεια)</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Κατηγορία υπηρεσιών</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Δεν υπάρχει ακόμη περιγραφή</translation>
    </message>
    <message>
        <source>No practices in this category yet</source>
        <translation>Δεν υπάρχουν ακόμη πρακτικές σε αυτή την κατηγορία</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Τύπος υπηρεσίας</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Δεν είναι γνωστό ακόμη</translation>
    </message>
    <message>
        <source>Origin region</source>
        <translation>Περιφέρεια προέλευσης</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Δεν έχει καταγραφεί ακόμη</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Δεν έχει καταγραφεί πηγή</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Επιλεγμένη</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Μη επιλεγμένη</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Περίληψη</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Δεν υπάρχει ακόμη περίληψη</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Field-test notes (%1)</source>
        <translation>Σημειώσεις δοκιμής πεδίου (%1)</translation>
    </message>
    <message>
        <source>No notes in this selection</source>
        <translation>Δεν υπάρχουν σημειώσεις σε αυτή την επιλογή</translation>
    </message>
    <message>
        <source>Not tested in any region yet</source>
        <translation>Δεν έχει δοκιμαστεί ακόμη σε καμία περιφέρεια</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήρια</translation>
    </message>
    <message>
        <source>Regions tested</source>
        <translation>Περιφέρειες με δοκιμές</translation>
    </message>
    <message>
        <source>Completed tests</source>
        <translation>Ολοκληρωμένες δοκιμές</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Δεν υπάρχουν ακόμη σημειώσεις</translation>
    </message>
    <message>
        <source>Added value</source>
        <translation>Προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>Πιο πρόσφατα αποτελέσματα</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Δεν έχει καταγραφεί ακόμη αποτέλεσμα</translation>
    </message>
    <message>
        <source>No author recorded</source>
        <translation>Δεν έχει καταγραφεί συντάκτης</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Δεν έχει καταγραφεί αποτέλεσμα</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1: %2/5</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Χωρίς κείμενο</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>Checking the database…</source>
        <translation>Έλεγχος της βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Έλεγχος βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The check could not run: %1.</source>
        <translation>Δεν ήταν δυνατή η εκτέλεση του ελέγχου: %1.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Η βάση δεδομένων είναι σε καλή κατάσταση.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Βρέθηκαν προβλήματα.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>Updating the search index: %1 of %Ln practice(s)</source>
        <translation>
            <numerusform>Ενημέρωση του ευρετηρίου αναζήτησης: %1 από %Ln πρακτική</numerusform>
            <numerusform>Ενημέρωση του ευρετηρίου αναζήτησης: %1 από %Ln πρακτικές</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>Το ευρετήριο αναζήτησης είναι ενημερωμένο.</translation>
    </message>
</context>
<context>
    <name>SelectionToggle</name>
    <message>
        <source>Selected for the final catalogue</source>
        <translation>Επιλεγμένη για τον τελικό κατάλογο</translation>
    </message>
    <message>
        <source>Space ticks or clears it; ticked practices make the final catalogue.</source>
        <translation>Το πλήκτρο διαστήματος την επιλέγει ή την αποεπιλέγει· οι επιλεγμένες πρακτικές αποτελούν τον τελικό κατάλογο.</translation>
    </message>
    <message>
        <source>Practices ticked here make the final catalogue (File → Export Final Catalogue)</source>
        <translation>Οι πρακτικές που επιλέγονται εδώ αποτελούν τον τελικό κατάλογο (Αρχείο → Εξαγωγή τελικού καταλόγου)</translation>
    </message>
    <message>
        <source>The selection was not saved: %1</source>
        <translation>Η επιλογή δεν αποθηκεύτηκε: %1</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Open collective</source>
        <translation>Ανοιχτή συλλογική</translation>
    </message>
    <message>
        <source>Closed collective</source>
        <translation>Κλειστή συλλογική</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Σύμπραξη</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Ατομική</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Δεν είναι γνωστό ακόμη</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>The consortium&apos;s catalogue server. Its address is like postgresql://NAME@HOST:5432/DATABASE (add ?sslmode=require for an encrypted connection). Leave the password empty when it is in your password file (~/.pgpass).</source>
        <translation>Ο διακομιστής καταλόγου της κοινοπραξίας. Η διεύθυνσή του έχει τη μορφή postgresql://NAME@HOST:5432/DATABASE (προσθέστε ?sslmode=require για κρυπτογραφημένη σύνδεση). Αφήστε τον κωδικό πρόσβασης κενό αν βρίσκεται στο αρχείο κωδικών σας (~/.pgpass).</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST:5432/DATABASE</source>
        <translation>postgresql://NAME@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>Sign in to the catalogue server</source>
        <translation>Σύνδεση στον διακομιστή καταλόγου</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Διεύθυνση διακομιστή</translation>
    </message>
    <message>
        <source>The catalogue server&apos;s address, starting postgresql://</source>
        <translation>Η διεύθυνση του διακομιστή καταλόγου, που αρχίζει με postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Leave empty when the password is in your password file</source>
        <translation>Αφήστε το κενό αν ο κωδικός πρόσβασης βρίσκεται στο αρχείο κωδικών σας</translation>
    </message>
    <message>
        <source>Why the last try failed</source>
        <translation>Γιατί απέτυχε η τελευταία προσπάθεια</translation>
    </message>
    <message>
        <source>Sign In and Sync</source>
        <translation>Σύνδεση και συγχρονισμός</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Διεύθυνση διακομιστή:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, for example postgresql://NAME@HOST/DATABASE.</source>
        <translation>Δώστε τη διεύθυνση του διακομιστή, για παράδειγμα postgresql://NAME@HOST/DATABASE.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 unchanged, %Ln conflict(s)</source>
        <translation>
            <numerusform>νέες %1, ενημερωμένες %2, αμετάβλητες %3, διενέξεις %Ln</numerusform>
            <numerusform>νέες %1, ενημερωμένες %2, αμετάβλητες %3, διενέξεις %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln refused</source>
        <translation>
            <numerusform>%1, απορρίφθηκε %Ln</numerusform>
            <numerusform>%1, απορρίφθηκαν %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Η βάση δεδομένων είναι μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>The sync was cancelled: what was sent stays sent.</source>
        <translation>Ο συγχρονισμός ακυρώθηκε: ό,τι έχει ήδη σταλεί δεν αναιρείται.</translation>
    </message>
    <message>
        <source>Syncing with the catalogue server…</source>
        <translation>Συγχρονισμός με τον διακομιστή καταλόγου…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was sent stays sent.</source>
        <translation>Ακύρωση συγχρονισμού: ό,τι έχει ήδη σταλεί δεν αναιρείται.</translation>
    </message>
    <message>
        <source>Synced with the server: sent %1; received %2.</source>
        <translation>Ο συγχρονισμός με τον διακομιστή ολοκληρώθηκε. Αποστολή: %1. Λήψη: %2.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>Κατάσταση συγχρονισμού</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>Τελευταίος συγχρονισμός: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n αλλαγή περιμένει να σταλεί.</numerusform>
            <numerusform>%n αλλαγές περιμένουν να σταλούν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Δεν υπάρχει τίποτα σε αναμονή για αποστολή.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Συγχρονίστηκε: %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Συγχρονίστηκε</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n αλλαγή δεν έχει συγχρονιστεί ακόμη</numerusform>
            <numerusform>%n αλλαγές δεν έχουν συγχρονιστεί ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Απορρίφθηκε: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The server did not accept the sign-in (%1).</source>
        <translation>Ο διακομιστής δεν δέχτηκε τη σύνδεση (%1).</translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached (%1).</source>
        <translation>Ο διακομιστής του καταλόγου δεν είναι προσβάσιμος (%1).</translation>
    </message>
    <message>
        <source>The sync did not go through (%1).</source>
        <translation>Ο συγχρονισμός δεν ολοκληρώθηκε (%1).</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import notes from a file</source>
        <translation>Εισαγωγή σημειώσεων από αρχείο</translation>
    </message>
    <message>
        <source>Exchange files (*.json);;All files (*)</source>
        <translation>Αρχεία ανταλλαγής (*.json);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Ανάγνωση του %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Αυτό το αρχείο δεν μπορεί να εισαχθεί</translation>
    </message>
    <message>
        <source>%1.

Nothing was changed.</source>
        <translation>%1.

Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Εισαγωγή του %1…</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Η εισαγωγή απέτυχε</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Η εισαγωγή ακυρώθηκε: δεν άλλαξε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 new, %3 updated, %n conflict(s).</source>
        <translation>
            <numerusform>Ολοκληρώθηκε η εισαγωγή του %1: νέες %2, ενημερωμένες %3, διενέξεις %n.</numerusform>
            <numerusform>Ολοκληρώθηκε η εισαγωγή του %1: νέες %2, ενημερωμένες %3, διενέξεις %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Δημιουργήθηκε το %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Εγγραφή του %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message>
        <source>%1 was not written: %2.</source>
        <translation>Το %1 δεν δημιουργήθηκε: %2.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε: δεν δημιουργήθηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>PDF: the selected practices with their evidence (*.pdf)</source>
        <translation>PDF: οι επιλεγμένες πρακτικές με τα τεκμήριά τους (*.pdf)</translation>
    </message>
    <message>
        <source>PNG: the field-test matrix of the selected practices (*.png)</source>
        <translation>PNG: ο πίνακας δοκιμών πεδίου των επιλεγμένων πρακτικών (*.png)</translation>
    </message>
    <message>
        <source>CSV: the matrix as a table (*.csv)</source>
        <translation>CSV: ο πίνακας δοκιμών ως πίνακας δεδομένων (*.csv)</translation>
    </message>
    <message>
        <source>XLSX: the matrix as a workbook (*.xlsx)</source>
        <translation>XLSX: ο πίνακας δοκιμών ως βιβλίο εργασίας (*.xlsx)</translation>
    </message>
    <message>
        <source>No practice is selected yet</source>
        <translation>Δεν έχει επιλεγεί ακόμη καμία πρακτική</translation>
    </message>
    <message>
        <source>Mark practices for the final catalogue first: the box in the detail pane or in View → Field-Test Matrix.</source>
        <translation>Επισημάνετε πρώτα πρακτικές για τον τελικό κατάλογο: με το πλαίσιο ελέγχου στις λεπτομέρειες της πρακτικής ή από Προβολή → Πίνακας δοκιμών πεδίου.</translation>
    </message>
    <message>
        <source>Export the final catalogue</source>
        <translation>Εξαγωγή του τελικού καταλόγου</translation>
    </message>
    <message>
        <source>Wrote the final catalogue to %1</source>
        <translation>Ο τελικός κατάλογος αποθηκεύτηκε στο %1</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Η βάση δεδομένων είναι μόνο για ανάγνωση</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Practice</source>
        <translation>Πρακτική</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγράφηκε</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Κάδος απορριμμάτων</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Διαγραμμένες σημειώσεις</translation>
    </message>
    <message>
        <source>Select one or more notes, then Restore brings them back</source>
        <translation>Επιλέξτε μία ή περισσότερες σημειώσεις και πατήστε «Επαναφορά» για να επανέλθουν</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Επαναφορά</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Ά&amp;δειασμα κάδου…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted note(s). Restore brings a note back to its practice.</source>
        <translation>
            <numerusform>%n διαγραμμένη σημείωση. Με την «Επαναφορά» η σημείωση επιστρέφει στην πρακτική της.</numerusform>
            <numerusform>%n διαγραμμένες σημειώσεις. Με την «Επαναφορά» μια σημείωση επιστρέφει στην πρακτική της.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Ο κάδος απορριμμάτων είναι άδειος.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Άδειασμα του κάδου απορριμμάτων;</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Οριστική διαγραφή %n σημείωσης; Η ενέργεια δεν μπορεί να αναιρεθεί.</numerusform>
            <numerusform>Οριστική διαγραφή %n σημειώσεων; Η ενέργεια δεν μπορεί να αναιρεθεί.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashNote</name>
    <message>
        <source>Delete Note</source>
        <translation>Διαγραφή σημείωσης</translation>
    </message>
    <message>
        <source>Note moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Η σημείωση μεταφέρθηκε στον κάδο απορριμμάτων. Με Ctrl+Z επανέρχεται.</translation>
    </message>
    <message>
        <source>Note restored from the trash.</source>
        <translation>Η σημείωση επανήλθε από τον κάδο απορριμμάτων.</translation>
    </message>
</context>
</TS>
