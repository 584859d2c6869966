<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AnomalyPanel</name>
    <message>
        <source>Scoring failed: {}</source>
        <extracomment>outlier sets made from the normal images (``core.anomaly.outlier_images``) images shown in each strip (most and least unusual) uint8 (2, STRIP·W, H…) montages: row 0 the images, row 1 the model&apos;s reconstructions</extracomment>
        <translation>Vyhodnocení selhalo: {}</translation>
    </message>
    <message>
        <source>Scoring cancelled.</source>
        <translation>Vyhodnocení zrušeno.</translation>
    </message>
    <message>
        <source>Normal images:</source>
        <translation>Normální obrázky:</translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation>Odlehlé hodnoty:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Skóre:</translation>
    </message>
    <message>
        <source>Images per set:</source>
        <translation>Obrázků v každé sadě:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vyhodnotit</translation>
    </message>
    <message>
        <source>Score both sets with the open model</source>
        <translation>Vyhodnotit obě sady otevřeným modelem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skóre</translation>
    </message>
    <message>
        <source>% of images</source>
        <translation>% obrázků</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072b2&apos;&gt;normal&lt;/span&gt; · &lt;span style=&apos;color:#d55e00&apos;&gt;outliers&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#0072b2&apos;&gt;normální&lt;/span&gt; · &lt;span style=&apos;color:#d55e00&apos;&gt;odlehlé&lt;/span&gt;</translation>
    </message>
    <message>
        <source>false alarms</source>
        <translation>plané poplachy</translation>
    </message>
    <message>
        <source>For every threshold on the score: the share of normal images flagged (false alarms) against the share of outliers caught</source>
        <translation>Pro každý práh skóre: podíl označených normálních obrázků (plané poplachy) proti podílu zachycených odlehlých</translation>
    </message>
    <message>
        <source>outliers caught</source>
        <translation>zachycené odlehlé hodnoty</translation>
    </message>
    <message>
        <source>Most unusual (top: image, below: the model&apos;s reconstruction)</source>
        <translation>Nejneobvyklejší (nahoře: obrázek, dole: rekonstrukce modelem)</translation>
    </message>
    <message>
        <source>Most typical</source>
        <translation>Nejtypičtější</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>Není otevřen žádný model.</translation>
    </message>
    <message>
        <source>This model&apos;s card names no data set with a sample: drop a folder of normal images here.</source>
        <translation>Karta tohoto modelu neuvádí žádnou datovou sadu se vzorkem: přetáhněte sem složku s normálními obrázky.</translation>
    </message>
    <message>
        <source>a sample of {} (what the model was trained on)</source>
        <translation>vzorek z {} (na čem byl model natrénován)</translation>
    </message>
    <message>
        <source>Random noise</source>
        <translation>Náhodný šum</translation>
    </message>
    <message>
        <source>Inverted normal images</source>
        <translation>Invertované normální obrázky</translation>
    </message>
    <message>
        <source>Normal images turned 90°</source>
        <translation>Normální obrázky otočené o 90°</translation>
    </message>
    <message>
        <source>Images from a folder…</source>
        <translation>Obrázky ze složky…</translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation>Chyba rekonstrukce</translation>
    </message>
    <message>
        <source>Negative ELBO</source>
        <translation>Záporná ELBO</translation>
    </message>
    <message>
        <source>Inversion error (latent search)</source>
        <translation>Chyba inverze (hledání v latentním prostoru)</translation>
    </message>
    <message>
        <source>How far decode(encode(x)) is from x. A VAE rebuilds what it was trained on well and anything else badly.</source>
        <translation>Jak daleko je decode(encode(x)) od x. VAE dobře rekonstruuje to, na čem byl natrénován, a vše ostatní špatně.</translation>
    </message>
    <message>
        <source>Reconstruction loss plus how far the image&apos;s code lies from the prior: the VAE&apos;s own measure of how unlikely an image is.</source>
        <translation>Ztráta rekonstrukce plus to, jak daleko leží kód obrázku od priorního rozdělení: vlastní míra VAE, jak nepravděpodobný obrázek je.</translation>
    </message>
    <message>
        <source>A GAN has no encoder, so each image is scored by searching for the latent that draws it best. Slower (an optimisation per image) and weaker: a generator can often draw something close to an outlier too.</source>
        <translation>GAN nemá kodér, a tak se každý obrázek hodnotí hledáním latentního vektoru, který ho vykreslí nejlépe. Pomalejší (optimalizace pro každý obrázek) a slabší: generátor často dokáže vykreslit něco blízkého i odlehlé hodnotě.</translation>
    </message>
    <message>
        <source>Folder of outlier images</source>
        <translation>Složka s odlehlými obrázky</translation>
    </message>
    <message>
        <source>Folder {}</source>
        <translation>Složka {}</translation>
    </message>
    <message>
        <source>Choose the folder of outlier images first.</source>
        <translation>Nejdřív zvolte složku s odlehlými obrázky.</translation>
    </message>
    <message>
        <source>This model&apos;s card names no data set: drop a folder of normal images here.</source>
        <translation>Karta tohoto modelu neuvádí žádnou datovou sadu: přetáhněte sem složku s normálními obrázky.</translation>
    </message>
    <message>
        <source>Cannot read the images: {}</source>
        <translation>Obrázky nelze načíst: {}</translation>
    </message>
    <message>
        <source>Scoring {} normal images and their outliers…</source>
        <translation>Vyhodnocuji {} normálních obrázků a jejich odlehlé hodnoty…</translation>
    </message>
    <message>
        <source>ROC AUC {:.3f}: the chance that an outlier scores above a normal image (1 = always, 0.5 = a coin toss).</source>
        <translation>ROC AUC {:.3f}: pravděpodobnost, že odlehlá hodnota dostane vyšší skóre než normální obrázek (1 = vždy, 0,5 = hod mincí).</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normální</translation>
    </message>
    <message>
        <source>outliers</source>
        <translation>odlehlé hodnoty</translation>
    </message>
    <message>
        <source>score (log₁₀)</source>
        <translation>skóre (log₁₀)</translation>
    </message>
    <message>
        <source>AUC {:.3f}</source>
        <translation>AUC {:.3f}</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Your saved points. Double-click or press Enter to go to one, F2 to rename, Delete to remove it. They are kept between sessions.</source>
        <extracomment>the item data role holding a row&apos;s index into ``state.bookmarks`` (None on a model&apos;s heading) asked for the thumbnail of a bookmark that has none; set by the controller</extracomment>
        <translation>Vaše uložené body. Dvojklikem nebo klávesou Enter na bod přejdete, F2 ho přejmenuje, Delete ho odstraní. Zůstávají uložené mezi spuštěními.</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Záložka</translation>
    </message>
    <message>
        <source>Save the current point under a name (Ctrl+B)</source>
        <translation>Uložit aktuální bod pod jménem (Ctrl+B)</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Přejít</translation>
    </message>
    <message>
        <source>Make the selected bookmark the current point (opens its model if needed)</source>
        <translation>Udělat z vybrané záložky aktuální bod (v případě potřeby otevře její model)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Remove the selected bookmark (Delete key)</source>
        <translation>Odstranit vybranou záložku (klávesa Delete)</translation>
    </message>
    <message>
        <source>This model only</source>
        <translation>Jen tento model</translation>
    </message>
    <message>
        <source>List only the bookmarks made with the open model; untick to see every model&apos;s, grouped by model</source>
        <translation>Zobrazit jen záložky vytvořené otevřeným modelem; po odškrtnutí se zobrazí záložky všech modelů, seskupené podle modelu</translation>
    </message>
    <message>
        <source>No bookmarks yet.

Press Ctrl+B (or the Bookmark button) to keep the current point under a name. Bookmarks are kept between sessions.</source>
        <extracomment>the prompt for a new bookmark&apos;s name while it is open (tests answer it)</extracomment>
        <translation>Zatím žádné záložky.

Stiskněte Ctrl+B (nebo tlačítko Záložka) a aktuální bod se uloží pod jménem. Záložky zůstávají uložené mezi spuštěními.</translation>
    </message>
    <message>
        <source>Bookmarks made with the model {name}</source>
        <translation>Záložky vytvořené modelem {name}</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>, seed {seed}</translation>
    </message>
    <message>
        <source>, class {label}</source>
        <translation>, třída {label}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{model_name}{label}{extra}&lt;br&gt;saved {when}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{model_name}{label}{extra}&lt;br&gt;uloženo {when}</translation>
    </message>
    <message>
        <source>No bookmarks for this model yet ({n} for other models: untick &quot;This model only&quot; to see them).

Press Ctrl+B to keep the current point under a name.</source>
        <translation>Pro tento model zatím nejsou žádné záložky ({n} pro jiné modely: odškrtněte „Jen tento model“, abyste je viděli).

Stiskem Ctrl+B uložíte aktuální bod pod jménem.</translation>
    </message>
    <message>
        <source>Name of the bookmark ({model}):</source>
        <translation>Název záložky ({model}):</translation>
    </message>
</context>
<context>
    <name>ClassroomFeature</name>
    <message>
        <source>Screen</source>
        <translation>Obrazovka</translation>
    </message>
    <message>
        <source>Present on this screen (type size {0} px)</source>
        <translation>Promítat na této obrazovce (velikost písma {0} px)</translation>
    </message>
    <message>
        <source>{0} (has problems)</source>
        <translation>{0} (obsahuje chyby)</translation>
    </message>
    <message>
        <source>&amp;{0}. {1}</source>
        <translation>&amp;{0}. {1}</translation>
    </message>
    <message>
        <source>(no bundled lessons)</source>
        <translation>(žádné přiložené lekce)</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Could not list models: {0}</source>
        <translation>Modely nelze vypsat: {0}</translation>
    </message>
    <message>
        <source>fitting principal directions…</source>
        <translation>počítám hlavní směry…</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>{0} nelze otevřít: {1}</translation>
    </message>
    <message>
        <source>principal directions of {source}</source>
        <translation>hlavní směry z: {source}</translation>
    </message>
    <message>
        <source>no principal directions: {0}</source>
        <translation>žádné hlavní směry: {0}</translation>
    </message>
    <message>
        <source>no real pictures: {0}</source>
        <translation>žádné skutečné obrázky: {0}</translation>
    </message>
    <message>
        <source>encoding and inverting…</source>
        <translation>kóduji a invertuji…</translation>
    </message>
    <message>
        <source>reconstruction failed: {0}</source>
        <translation>rekonstrukce selhala: {0}</translation>
    </message>
    <message>
        <source>reconstruction cancelled</source>
        <translation>rekonstrukce zrušena</translation>
    </message>
    <message>
        <source>encoding the pictures…</source>
        <translation>kóduji obrázky…</translation>
    </message>
    <message>
        <source>inverting the pictures…</source>
        <translation>invertuji obrázky…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádná)</translation>
    </message>
    <message>
        <source>no real pictures to start from: none of these models&apos; datasets ({datasets}) has a bundled test sample</source>
        <translation>žádné skutečné obrázky, z nichž začít: žádná z datových sad těchto modelů ({datasets}) nemá přiložený testovací vzorek</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>načítání…</translation>
    </message>
    <message>
        <source>seeds {seeds}</source>
        <translation>seedy {seeds}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>z {start} do {end}</translation>
    </message>
    <message>
        <source>no path: {problem}</source>
        <translation>žádná cesta: {problem}</translation>
    </message>
    <message>
        <source>encoded</source>
        <translation>zakódováno</translation>
    </message>
    <message numerus="yes">
        <source>inverted (%n step(s))</source>
        <translation>
            <numerusform>invertováno (%n krok)</numerusform>
            <numerusform>invertováno (%n kroky)</numerusform>
            <numerusform>invertováno (%n kroků)</numerusform>
        </translation>
    </message>
    <message>
        <source>{how}; end errors {first:.4f} and {last:.4f} (pixel MSE)</source>
        <translation>{how}; chyby v koncových bodech {first:.4f} a {last:.4f} (MSE pixelů)</translation>
    </message>
    <message>
        <source>no path: {0}</source>
        <translation>žádná cesta: {0}</translation>
    </message>
    <message>
        <source>cancelled: press Play or pick other pictures to try again</source>
        <translation>zrušeno: stiskněte Přehrát nebo vyberte jiné obrázky a zkuste to znovu</translation>
    </message>
    <message>
        <source>Measured {name} ({n:,} samples): figures {x0}</source>
        <translation>Změřeno {name} ({n:,} vzorků): hodnoty {x0}</translation>
    </message>
    <message>
        <source>Could not measure {0}: {1}</source>
        <translation>{0} nelze změřit: {1}</translation>
    </message>
    <message>
        <source>Nothing to export: no model is open</source>
        <translation>Není co exportovat: není otevřen žádný model</translation>
    </message>
    <message>
        <source>Saved the comparison figure ({w}×{h}) to {x0}</source>
        <translation>Obrázek srovnání ({w}×{h}) uložen do {x0}</translation>
    </message>
    <message>
        <source>Could not export the figure: {0}</source>
        <translation>Obrázek srovnání nelze exportovat: {0}</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>spouštím…</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>makes {x0} images; the pictures are {x1}</source>
        <translation>vytváří obrázky {x0}; obrázky jsou {x1}</translation>
    </message>
    <message>
        <source>class {label} is not one of its classes 0..{x0}</source>
        <translation>třída {label} není mezi jeho třídami 0..{x0}</translation>
    </message>
    <message>
        <source>Inverting picture {x0} of {n} into {name}: step {s}/{x1}, error {err:.4f}</source>
        <translation>Invertuji obrázek {x0} z {n} do {name}: krok {s}/{x1}, chyba {err:.4f}</translation>
    </message>
    <message>
        <source>{x0} picture {x1} of {n} with {name}</source>
        <translation>{x0} obrázek {x1} z {n} pomocí {name}</translation>
    </message>
    <message>
        <source>reconstruction failed ({exc})</source>
        <translation>rekonstrukce selhala ({exc})</translation>
    </message>
    <message>
        <source>not written into the model card</source>
        <translation>nezapsáno do karty modelu</translation>
    </message>
    <message>
        <source>not written: a TorchScript manifest is not a model card</source>
        <translation>nezapsáno: manifest TorchScript není karta modelu</translation>
    </message>
    <message>
        <source>written into the card of {name}</source>
        <translation>zapsáno do karty {name}</translation>
    </message>
    <message>
        <source>could not be written into {name} ({exc}); shown for this session only</source>
        <translation>nelze zapsat do {name} ({exc}); zobrazeno jen pro tuto relaci</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Načítám {name}</translation>
    </message>
    <message>
        <source>Drawing the figure</source>
        <translation>Kreslení obrázku</translation>
    </message>
    <message>
        <source> (inverting the real pictures into {models})</source>
        <translation> (inverze skutečných obrázků do {models})</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Ukládám</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Show another model in this pane</source>
        <extracomment>one colour per pane, in pane order: the same colour-blind-safe (Okabe-Ito) colours as the figure frames shown in the filmstrip under an interpolating pane where a title may be broken onto its second line (after these characters)</extracomment>
        <translation>Zobrazit v tomto panelu jiný model</translation>
    </message>
    <message>
        <source>Remove this pane (at least two stay)</source>
        <translation>Odebrat tento panel (alespoň dva zůstanou)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítám…</translation>
    </message>
    <message>
        <source>The whole path at a glance: evenly spaced frames from the first picture to the last</source>
        <translation>Celá cesta na jeden pohled: rovnoměrně rozložené snímky od prvního obrázku k poslednímu</translation>
    </message>
    <message>
        <source>How long this pane&apos;s last picture took to compute on the shared render worker</source>
        <translation>Jak dlouho trval výpočet posledního obrázku tohoto panelu ve sdíleném vykreslovacím vlákně</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Otevřít soubor…</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(žádný model)</translation>
    </message>
    <message>
        <source>{ms:.1f} ms</source>
        <translation>{ms:.1f} ms</translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for 1 image on the shared render worker</source>
        <translation>Poslední vykreslení tohoto panelu trvalo {ms} ms pro 1 obrázek ve sdíleném vykreslovacím vlákně</translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for {n} images on the shared render worker</source>
        <translation>Poslední vykreslení tohoto panelu trvalo {ms} ms pro {n} obrázků ve sdíleném vykreslovacím vlákně</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>latentlab — compare models</source>
        <translation>latentlab — srovnání modelů</translation>
    </message>
    <message>
        <source>starting…</source>
        <extracomment>on a presentation&apos;s stage: the width is shared again at every resize (the stage&apos;s size arrives after the big type, and the splitter would keep the window&apos;s old proportions)</extracomment>
        <translation>spouštění…</translation>
    </message>
    <message>
        <source>Export the comparison figure</source>
        <translation>Exportovat obrázek srovnání</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otevírám {name}…</translation>
    </message>
    <message>
        <source>{w}×{h} colour</source>
        <translation>{w}×{h} barevný</translation>
    </message>
    <message>
        <source>{w}×{h} grey</source>
        <translation>{w}×{h} šedý</translation>
    </message>
    <message>
        <source>{kind} · {dataset} · {dim}-D · {image}</source>
        <translation>{kind} · {dataset} · {dim}-D · {image}</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>žádná datová sada</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Kreslím…</translation>
    </message>
    <message>
        <source>{model}: principal direction {n} ({source})</source>
        <translation>{model}: hlavní směr {n} ({source})</translation>
    </message>
    <message>
        <source>Could not draw: {render_error}</source>
        <translation>Nelze nakreslit: {render_error}</translation>
    </message>
    <message>
        <source>Open a model for this pane</source>
        <translation>Otevřít model pro tento panel</translation>
    </message>
    <message>
        <source>Models (*.safetensors *.json);;All files (*)</source>
        <translation>Modely (*.safetensors *.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Not installed: {models}. Train them (latentlab train) or add the model files to the models folder, then reopen this window.</source>
        <translation>Není nainstalováno: {models}. Natrénujte je (latentlab train) nebo přidejte soubory modelů do složky modelů a pak toto okno znovu otevřete.</translation>
    </message>
    <message>
        <source>each class in turn</source>
        <translation>každá třída postupně</translation>
    </message>
    <message>
        <source>The class every conditional model draws (the others ignore it)</source>
        <translation>Třída, kterou kreslí každý podmíněný model (ostatní ji ignorují)</translation>
    </message>
    <message>
        <source>No real pictures to walk between</source>
        <translation>Žádné skutečné obrázky, mezi nimiž by šlo projít</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pozastavit</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Přehrát</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n snímek</numerusform>
            <numerusform>%n snímky</numerusform>
            <numerusform>%n snímků</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the figure: {step}</source>
        <translation>Exportuji obrázek: {step}</translation>
    </message>
    <message>
        <source>Figure export cancelled</source>
        <translation>Export obrázku zrušen</translation>
    </message>
    <message>
        <source>MNIST: VAE | GAN</source>
        <translation>MNIST: VAE | GAN</translation>
    </message>
    <message>
        <source>The classic pair: a VAE and a GAN trained on the same handwritten digits</source>
        <translation>Klasická dvojice: VAE a GAN natrénované na stejných ručně psaných číslicích</translation>
    </message>
    <message>
        <source>MNIST: CVAE | cGAN</source>
        <translation>MNIST: CVAE | cGAN</translation>
    </message>
    <message>
        <source>Conditional versions: both are told which digit to draw (pick it with Class)</source>
        <translation>Podmíněné verze: oběma se říká, kterou číslici kreslit (zvolte ji v poli Třída)</translation>
    </message>
    <message>
        <source>Fashion-MNIST: VAE | GAN</source>
        <translation>Fashion-MNIST: VAE | GAN</translation>
    </message>
    <message>
        <source>A VAE and a GAN trained on small pictures of clothes</source>
        <translation>VAE a GAN natrénované na malých obrázcích oblečení</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>frames per second of a playing path lupdate reads calls named ``translate`` with a literal context; ``view.tr`` would file them under &quot;view&quot;</extracomment>
        <translation>Srovnat</translation>
    </message>
    <message>
        <source>+ Pane</source>
        <translation>+ Panel</translation>
    </message>
    <message>
        <source>Add a pane (up to four models side by side)</source>
        <translation>Přidat panel (až čtyři modely vedle sebe)</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exportovat obrázek…</translation>
    </message>
    <message>
        <source>Save the whole comparison (panes and evidence) as one PNG for slides, with a .json sidecar naming the exact model files (the figure `latentlab compare` draws)</source>
        <translation>Uložit celé srovnání (panely a důkazy) jako jeden PNG pro prezentaci, se souborem .json, který jmenuje přesné soubory modelů (obrázek, který kreslí `latentlab compare`)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Same seed</source>
        <translation>Stejný seed</translation>
    </message>
    <message>
        <source>One picture per model, each drawn from its own prior with the same seed</source>
        <translation>Jeden obrázek na model, každý vylosovaný z jeho vlastního priorního rozdělení se stejným seedem</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Mřížka</translation>
    </message>
    <message>
        <source>The same N×N draws of the seed in every pane (G)</source>
        <translation>Stejných N×N losování seedu v každém panelu (G)</translation>
    </message>
    <message>
        <source>Interpolate</source>
        <translation>Interpolace</translation>
    </message>
    <message>
        <source>Walk between two real pictures (VAEs encode them, GANs invert them) or between seeds</source>
        <translation>Procházka mezi dvěma skutečnými obrázky (VAE je zakódují, GAN je invertují) nebo mezi seedy</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Every model draws its sample(s) from its own prior with this seed (the same random numbers, cut to each model&apos;s latent size)</source>
        <translation>Každý model losuje své vzorky ze svého priorního rozdělení s tímto seedem (stejná náhodná čísla, zkrácená na velikost latentního vektoru modelu)</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nový seed</translation>
    </message>
    <message>
        <source>A new random seed for every pane (R)</source>
        <translation>Nový náhodný seed pro všechny panely (R)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Grid size N (N×N samples per pane); also the samples in the exported figure</source>
        <translation>Velikost mřížky N (N×N vzorků na panel); také vzorky v exportovaném obrázku</translation>
    </message>
    <message>
        <source>Link sliders</source>
        <translation>Propojit posuvníky</translation>
    </message>
    <message>
        <source>Linked: one set of sliders moves every pane along its own principal directions. Unlinked: each pane has its own sliders.</source>
        <translation>Propojené: jedna sada posuvníků posouvá každý panel po jeho vlastních hlavních směrech. Nepropojené: každý panel má vlastní posuvníky.</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstrukce</translation>
    </message>
    <message>
        <source>Show real test pictures next to each model&apos;s copy of them (VAE: encoder; GAN: inversion, in the background)</source>
        <translation>Zobrazit skutečné testovací obrázky vedle kopie každého modelu (VAE: kodér; GAN: inverze, na pozadí)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Důkazy</translation>
    </message>
    <message>
        <source>Show the claims, measured figures, coverage and training curves</source>
        <translation>Zobrazit tvrzení, naměřené hodnoty, pokrytí a průběh trénování</translation>
    </message>
    <message>
        <source>Same seed: every model gets the same random numbers (the same latent vector). Each model decodes them into its own picture, so different models drawing different things (a 1 beside a 7) is expected: compare how good the pictures are, not whether they match.</source>
        <translation>Stejný seed: každý model dostane stejná náhodná čísla (stejný latentní vektor). Každý model je dekóduje do vlastního obrázku, takže je očekávané, že různé modely kreslí různé věci (1 vedle 7): porovnávejte, jak dobré jsou obrázky, ne zda se shodují.</translation>
    </message>
    <message>
        <source>Linked sliders:</source>
        <translation>Propojené posuvníky:</translation>
    </message>
    <message>
        <source>Each slider moves every pane along that pane&apos;s own principal direction (PCA of sampled latents for GANs, of encoded real images for VAEs)</source>
        <translation>Každý posuvník posouvá každý panel po jeho vlastním hlavním směru (PCA vzorkovaných latentních vektorů u GAN, zakódovaných skutečných obrázků u VAE)</translation>
    </message>
    <message>
        <source>Play the walk back and forth (Space)</source>
        <translation>Přehrávat procházku tam a zpět (mezerník)</translation>
    </message>
    <message>
        <source>Where on the path every pane is: drag to move all panes together</source>
        <translation>Kde na cestě se všechny panely nacházejí: tažením posunete všechny panely najednou</translation>
    </message>
    <message>
        <source>slerp</source>
        <translation>slerp</translation>
    </message>
    <message>
        <source>lerp</source>
        <translation>lerp</translation>
    </message>
    <message>
        <source>slerp: along the sphere, where the prior&apos;s samples live; lerp: a straight line (it cuts through the middle, where samples are rare)</source>
        <translation>slerp: po sféře, kde žijí vzorky priorního rozdělení; lerp: přímka (prochází středem, kde jsou vzorky vzácné)</translation>
    </message>
    <message>
        <source>Frames on the path</source>
        <translation>Snímky na cestě</translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation>Jiné obrázky</translation>
    </message>
    <message>
        <source>Walk between two other real test pictures</source>
        <translation>Procházka mezi dvěma jinými skutečnými testovacími obrázky</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Recent files</source>
        <extracomment>False for throw-away windows (bench): nothing is read from or written to the user&apos;s files</extracomment>
        <translation>Nedávné soubory</translation>
    </message>
    <message>
        <source>Could not list models</source>
        <translation>Modely nelze vypsat</translation>
    </message>
    <message>
        <source>Opened {name} ({kind}, {dim}-D latent, loaded in {ms:.0f} ms on {device})</source>
        <translation>Otevřen {name} ({kind}, {dim}-D latentní prostor, načten za {ms:.0f} ms na {device})</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}.</source>
        <translation>{0} nelze otevřít: {1}.</translation>
    </message>
    <message>
        <source>Could not save the recent-files list</source>
        <translation>Seznam nedávných souborů nelze uložit</translation>
    </message>
    <message>
        <source>Could not use {0}: {1}. Staying on {2}.</source>
        <translation>{0} nelze použít: {1}. Zůstávám na {2}.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <source>Could not fit {0}</source>
        <translation>{0} nelze spočítat</translation>
    </message>
    <message>
        <source>Could not save your bookmarks: {0}. They stay in this window; use File ▸ Save session to keep them elsewhere.</source>
        <translation>Záložky nelze uložit: {0}. Zůstávají v tomto okně; pro uložení jinam použijte Soubor ▸ Uložit relaci.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Relace</translation>
    </message>
    <message>
        <source>Skipped a model file: {p}</source>
        <translation>Přeskočen soubor modelu: {p}</translation>
    </message>
    <message>
        <source>No bundled models yet: open a model file with File ▸ Open (Ctrl+O)</source>
        <translation>Zatím žádné přiložené modely: otevřete soubor modelu přes Soubor ▸ Otevřít (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>Otevírám {label}…</translation>
    </message>
    <message>
        <source> The model {name} stays open.</source>
        <translation> Model {name} zůstává otevřený.</translation>
    </message>
    <message>
        <source> It was removed from Recent files.</source>
        <translation> Byl odebrán z nedávných souborů.</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Model nelze otevřít</translation>
    </message>
    <message>
        <source>Now rendering on {device}</source>
        <translation>Nyní se vykresluje na {device}</translation>
    </message>
    <message>
        <source>Could not draw the sample grid: {error}</source>
        <translation>Mřížku vzorků nelze vykreslit: {error}</translation>
    </message>
    <message>
        <source>Render failed: {error} (showing the last good image)</source>
        <translation>Vykreslení selhalo: {error} (zobrazuji poslední dobrý obrázek)</translation>
    </message>
    <message>
        <source>render {ms:.1f} ms</source>
        <translation>vykreslení {ms:.1f} ms</translation>
    </message>
    <message>
        <source> · {fps:.0f} fps</source>
        <translation> · {fps:.0f} sn./s</translation>
    </message>
    <message>
        <source>Fitting {title}…</source>
        <translation>Počítám {title}…</translation>
    </message>
    <message>
        <source>Fitting {title} for {name}…</source>
        <translation>Počítám {title} pro {name}…</translation>
    </message>
    <message>
        <source>Sliders now move along {title}</source>
        <translation>Posuvníky se nyní pohybují podél: {title}</translation>
    </message>
    <message>
        <source>Not enough classes were found to make class directions (samples per class: {counts})</source>
        <translation>Nenašlo se dost tříd pro směry tříd (vzorků na třídu: {counts})</translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation>Záložka {name!r} má {n} čísel; {model} potřebuje {latent_dim}</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Záložka</translation>
    </message>
    <message>
        <source>Went to bookmark {name!r}</source>
        <translation>Přechod na záložku {name!r}</translation>
    </message>
    <message>
        <source>Bookmark {name!r} belongs to {model} ({model_path}), which is no longer there.</source>
        <translation>Záložka {name!r} patří k {model} ({model_path}), který už tu není.</translation>
    </message>
    <message>
        <source>Could not save the session to {0}</source>
        <translation>Relaci nelze uložit do {0}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Uložit relaci</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>Uložena %n záložka do {path}</numerusform>
            <numerusform>Uloženy %n záložky do {path}</numerusform>
            <numerusform>Uloženo %n záložek do {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the session: {exc}</source>
        <translation>Relaci nelze otevřít: {exc}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Otevřít relaci</translation>
    </message>
    <message numerus="yes">
        <source>Added %n bookmark(s) from {name}</source>
        <translation>
            <numerusform>Přidána %n záložka z {name}</numerusform>
            <numerusform>Přidány %n záložky z {name}</numerusform>
            <numerusform>Přidáno %n záložek z {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: open a model first</source>
        <translation>Zatím není co exportovat: nejdřív otevřete model</translation>
    </message>
    <message>
        <source>The current point failed to render; exporting the last good image is refused</source>
        <translation>Aktuální bod se nepodařilo vykreslit; export posledního dobrého obrázku se odmítá</translation>
    </message>
    <message>
        <source>Could not export the image</source>
        <translation>Obrázek nelze exportovat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>×{scale}</source>
        <translation>×{scale}</translation>
    </message>
    <message>
        <source>{size} px, {upscaling}</source>
        <translation>{size} px, {upscaling}</translation>
    </message>
    <message>
        <source>Exported {out} ({how}) with its settings in {name}.json</source>
        <translation>Exportováno {out} ({how}) s nastavením v {name}.json</translation>
    </message>
    <message>
        <source>The sample grid is not ready yet</source>
        <translation>Mřížka vzorků ještě není hotová</translation>
    </message>
    <message>
        <source>Could not export the grid</source>
        <translation>Mřížku nelze exportovat</translation>
    </message>
    <message>
        <source>Exported the {grid_size}×{grid_size} grid to {out}</source>
        <translation>Mřížka {grid_size}×{grid_size} exportována do {out}</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>Nejdřív otevřete model</translation>
    </message>
    <message>
        <source>Could not save the latent</source>
        <translation>Latentní vektor nelze uložit</translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation>Uložit latentní vektor</translation>
    </message>
    <message>
        <source>Saved the current point to {path}</source>
        <translation>Aktuální bod uložen do {path}</translation>
    </message>
    <message>
        <source>Could not load the latent</source>
        <translation>Latentní vektor nelze načíst</translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation>Načíst latentní vektor</translation>
    </message>
    <message>
        <source>{name} holds a {dim}-D latent; {model} needs {latent_dim}</source>
        <translation>{name} obsahuje {dim}-D latentní vektor; {model} potřebuje {latent_dim}</translation>
    </message>
    <message>
        <source>Loaded the point from {name}</source>
        <translation>Bod načten z {name}</translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here; using it with {model}</source>
        <translation>Model souboru {name} ({model_file}) tu není; používám ho s {model}</translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here</source>
        <translation>Model souboru {name} ({model_file}) tu není</translation>
    </message>
</context>
<context>
    <name>DuelPane</name>
    <message>
        <source>generator</source>
        <extracomment>the recipe both panes train (read from latentlab/train/presets.py as it stands) 600 generator steps of each: a duel alone took 313-337 s on a busy 2-core machine (one thread) and WGAN-GP covered the digits more evenly than the plain recipe at the end in 5 of 5 seeds, the gap showing from about step 300 (latentlab/train/duel.py, docs/dev/duel-seeds.md) one colour per class band (matplotlib&apos;s tab10, as in the exported figure) per pane: loss key → (label, colour); only these are drawn</extracomment>
        <translation>generátor</translation>
    </message>
    <message>
        <source>discriminator</source>
        <translation>diskriminátor</translation>
    </message>
    <message>
        <source>critic</source>
        <translation>kritik</translation>
    </message>
    <message>
        <source>Wasserstein estimate</source>
        <translation>Wassersteinův odhad</translation>
    </message>
    <message>
        <source>What this generator draws now from 64 fixed latents (the same latents in both panes)</source>
        <translation>Co tento generátor právě kreslí z 64 pevných latentních vektorů (v obou panelech stejných)</translation>
    </message>
    <message>
        <source>Samples appear here</source>
        <translation>Zde se objeví vzorky</translation>
    </message>
    <message>
        <source>Class coverage over the steps</source>
        <translation>Pokrytí tříd v průběhu kroků</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>Coloured bands: the share of the 64 samples in each class, as the dataset&apos;s classifier reads them. White line: class entropy (1 = every class equally often, 0 = one class only). Bands narrowing to a few colours is mode collapse. Dashed: what a perfect generator&apos;s 64 samples reach by chance.</source>
        <translation>Barevné pásy: podíl 64 vzorků v každé třídě, jak je čte klasifikátor datové sady. Bílá čára: entropie tříd (1 = každá třída stejně často, 0 = jen jedna třída). Pásy zúžené na pár barev znamenají kolaps módů. Čárkovaně: kam náhodou dosáhne 64 vzorků dokonalého generátoru.</translation>
    </message>
    <message>
        <source>class entropy: –</source>
        <translation>entropie tříd: –</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Ztráty</translation>
    </message>
    <message>
        <source>Samples after {steps} steps</source>
        <translation>Vzorky po {steps} krocích</translation>
    </message>
    <message>
        <source>class entropy {value} at step {step} (1 = even)</source>
        <translation>entropie tříd {value} v kroku {step} (1 = rovnoměrně)</translation>
    </message>
    <message>
        <source>most drawn: {name} {share}</source>
        <translation>nejčastější: {name} {share}</translation>
    </message>
    <message>
        <source>{n} of {k} classes never drawn</source>
        <translation>{n} z {k} tříd se nikdy nekreslí</translation>
    </message>
</context>
<context>
    <name>DuelPanel</name>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST (číslice)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST (oblečení)</translation>
    </message>
    <message>
        <source>Generator steps of each run. The WGAN-GP critic learns on {n} batches per generator step, the plain discriminator on one, so the WGAN-GP side takes longer</source>
        <extracomment>tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields</extracomment>
        <translation>Kroky generátoru každého běhu. Kritik WGAN-GP se v každém kroku generátoru učí na {n} dávkách, obyčejný diskriminátor na jedné, takže strana WGAN-GP trvá déle</translation>
    </message>
    <message>
        <source>Channels of the first layer, the same in both runs. 16 trains about 4× faster than 32 on a laptop CPU.</source>
        <translation>Kanály první vrstvy, v obou bězích stejné. 16 se na CPU notebooku trénuje asi 4× rychleji než 32.</translation>
    </message>
    <message>
        <source>Images per training step, the same in both</source>
        <translation>Obrázky na trénovací krok, v obou stejně</translation>
    </message>
    <message>
        <source>How often the grids and the class coverage are read</source>
        <translation>Jak často se čtou mřížky a pokrytí tříd</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> kroků</translation>
    </message>
    <message>
        <source>Both runs start from this seed: the same first generator, data order and grid latents. Try a few: one run shows one seed, not how often a recipe collapses.</source>
        <translation>Oba běhy začínají z tohoto seedu: stejný počáteční generátor, pořadí dat i latentní vektory mřížky. Zkuste jich několik: jeden běh ukazuje jeden seed, ne jak často recept zkolabuje.</translation>
    </message>
    <message>
        <source>Use the bundled sample if missing</source>
        <translation>Použít přiložený vzorek, pokud chybí</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroky</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Šířka</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Velikost dávky</translation>
    </message>
    <message>
        <source>Grid every</source>
        <translation>Mřížka každých</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Start both</source>
        <translation>Spustit oba</translation>
    </message>
    <message>
        <source>Train the plain GAN and the WGAN-GP from scratch, one step of each in turn</source>
        <translation>Natrénovat od začátku obyčejný GAN i WGAN-GP, střídavě po jednom kroku</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zastavit</translation>
    </message>
    <message>
        <source>End both runs now; their models and the log so far are kept</source>
        <translation>Ukončit oba běhy hned; jejich dosavadní modely i záznam se zachovají</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exportovat obrázek…</translation>
    </message>
    <message>
        <source>Save both panes (grids, class coverage over time, losses) as one PNG for slides, with a .json sidecar holding the run&apos;s log</source>
        <translation>Uložit oba panely (mřížky, pokrytí tříd v čase, ztráty) jako jeden PNG pro slajdy, s doprovodným souborem .json se záznamem běhu</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nespuštěno</translation>
    </message>
    <message>
        <source>The mode-collapse recipe, trained twice: with the plain GAN loss on the left and with the WGAN-GP loss (a Wasserstein critic with a gradient penalty, and its own optimiser settings) on the right. Same seed, data, network size, batch and number of generator steps.</source>
        <translation>Recept na kolaps módů, natrénovaný dvakrát: vlevo s obyčejnou ztrátou GAN, vpravo se ztrátou WGAN-GP (Wassersteinův kritik s penalizací gradientu a vlastním nastavením optimalizátoru). Stejný seed, data, velikost sítě, dávka i počet kroků generátoru.</translation>
    </message>
    <message>
        <source>Plain GAN</source>
        <translation>Obyčejný GAN</translation>
    </message>
    <message>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <source>{loss} loss, {norm}, {n} generator steps per step · lr {lr:g}</source>
        <translation>ztráta {loss}, {norm}, {n} kroky generátoru na krok · lr {lr:g}</translation>
    </message>
    <message>
        <source>spectral norm</source>
        <translation>spektrální normalizace</translation>
    </message>
    <message>
        <source>no spectral norm</source>
        <translation>bez spektrální normalizace</translation>
    </message>
    <message>
        <source>Wasserstein critic, gradient penalty λ {gp:g}, one generator step per {n} critic steps · lr {lr:g}</source>
        <translation>Wassersteinův kritik, penalizace gradientu λ {gp:g}, jeden krok generátoru na {n} kroků kritika · lr {lr:g}</translation>
    </message>
    <message>
        <source>latentlab (GAN vs WGAN-GP)</source>
        <translation>latentlab (GAN vs WGAN-GP)</translation>
    </message>
    <message>
        <source>The duel is still running: stop it first</source>
        <translation>Souboj ještě běží: nejdřív ho zastavte</translation>
    </message>
    <message>
        <source>Starting both runs…</source>
        <translation>Spouštím oba běhy…</translation>
    </message>
    <message>
        <source>Stopping (saving both models so far)…</source>
        <translation>Zastavuji (ukládám oba dosavadní modely)…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the duel and wait for the first grids</source>
        <translation>Zatím není co exportovat: spusťte souboj a počkejte na první mřížky</translation>
    </message>
    <message>
        <source>Could not export the figure: {problem}</source>
        <translation>Obrázek nelze exportovat: {problem}</translation>
    </message>
    <message>
        <source>Saved the figure to {path}</source>
        <translation>Obrázek uložen do {path}</translation>
    </message>
    <message>
        <source>Export the duel as a figure</source>
        <translation>Exportovat souboj jako obrázek</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrázky PNG (*.png)</translation>
    </message>
    <message>
        <source>step {a:,} (plain GAN) and {b:,} (WGAN-GP) of {total:,}</source>
        <translation>krok {a:,} (obyčejný GAN) a {b:,} (WGAN-GP) z {total:,}</translation>
    </message>
    <message>
        <source>The duel failed</source>
        <translation>Souboj selhal</translation>
    </message>
    <message>
        <source>The duel failed: {text}</source>
        <translation>Souboj selhal: {text}</translation>
    </message>
</context>
<context>
    <name>DuelWorker</name>
    <message>
        <source>The full dataset is not installed here, so both runs train on the bundled {n:,}-image sample instead.</source>
        <extracomment>seconds between two curve/status updates of a pane sent to the GUI</extracomment>
        <translation>Úplná datová sada tu není nainstalovaná, takže oba běhy trénují na přiloženém vzorku o {n:,} obrázcích.</translation>
    </message>
    <message>
        <source>No class coverage for this data (no classifier for it).</source>
        <translation>Pro tato data není pokrytí tříd (chybí pro ně klasifikátor).</translation>
    </message>
    <message>
        <source>Stopped after {a:,} and {b:,} steps; both models and the log are in {folder}</source>
        <translation>Zastaveno po {a:,} a {b:,} krocích; oba modely i záznam jsou v {folder}</translation>
    </message>
    <message>
        <source>Finished {n:,} steps of each; both models and the log are in {folder}</source>
        <translation>Dokončeno {n:,} kroků každého; oba modely i záznam jsou v {folder}</translation>
    </message>
</context>
<context>
    <name>EncodePanel</name>
    <message>
        <source>The image as the model sees it: converted to its size and colours</source>
        <translation>Obrázek tak, jak ho vidí model: převedený na jeho velikost a barvy</translation>
    </message>
    <message>
        <source>What the model draws from the latent it found for the image</source>
        <translation>Co model nakreslí z latentního vektoru, který pro obrázek našel</translation>
    </message>
    <message>
        <source>original (converted)</source>
        <translation>originál (převedený)</translation>
    </message>
    <message>
        <source>model&apos;s redrawing</source>
        <translation>překreslení modelem</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Otevřít obrázek…</translation>
    </message>
    <message>
        <source>Pick a PNG or JPG file (any size: it is converted to the model&apos;s shape)</source>
        <translation>Vyberte soubor PNG nebo JPG (libovolné velikosti: převede se na tvar modelu)</translation>
    </message>
    <message>
        <source>Which image of the bundled test sample (2,000 images, 200 per class)</source>
        <translation>Který obrázek přiloženého testovacího vzorku (2 000 obrázků, 200 na třídu)</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>Testovací obrázek</translation>
    </message>
    <message>
        <source>Encode this image of the dataset&apos;s bundled test sample</source>
        <translation>Zakódovat tento obrázek z přiloženého testovacího vzorku datové sady</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Náhodně</translation>
    </message>
    <message>
        <source>A random image of the test sample</source>
        <translation>Náhodný obrázek testovacího vzorku</translation>
    </message>
    <message>
        <source>The class the (conditional) model is told the image belongs to</source>
        <translation>Třída, o které se (podmíněnému) modelu řekne, že k ní obrázek patří</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>krok %v z %m</translation>
    </message>
    <message>
        <source>GAN inversion: how many optimisation steps are done</source>
        <translation>Inverze GAN: kolik optimalizačních kroků je hotovo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Stop the search; the best match so far is kept</source>
        <translation>Zastavit hledání; nejlepší dosavadní shoda zůstane</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> kroků</translation>
    </message>
    <message>
        <source>GAN inversion: optimisation steps (more: closer match, longer wait)</source>
        <translation>Inverze GAN: optimalizační kroky (více: bližší shoda, delší čekání)</translation>
    </message>
    <message>
        <source>Go to point</source>
        <translation>Přejít na bod</translation>
    </message>
    <message>
        <source>Make the image&apos;s latent the current point (done automatically when it is found)</source>
        <translation>Udělat z latentního vektoru obrázku aktuální bod (děje se automaticky, když je nalezen)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Záložka</translation>
    </message>
    <message>
        <source>Keep the image&apos;s point in Bookmarks</source>
        <translation>Uložit bod obrázku do záložek</translation>
    </message>
    <message>
        <source>Add to path</source>
        <translation>Přidat do cesty</translation>
    </message>
    <message>
        <source>Use the image&apos;s point as the next keyframe of the path</source>
        <translation>Použít bod obrázku jako další klíčový snímek cesty</translation>
    </message>
    <message>
        <source>latent dimension</source>
        <translation>latentní rozměr</translation>
    </message>
    <message>
        <source>For each latent number: the encoder&apos;s mean (bar centre) ± its uncertainty σ (bar), and where the current point is (red dot). Thin bars: the image pins that number down; bars near ±1 wide: it barely matters to the image.</source>
        <translation>Pro každé latentní číslo: střední hodnota kodéru (střed sloupce) ± jeho nejistota σ (sloupec) a kde je aktuální bod (červená tečka). Tenké sloupce: obrázek to číslo přesně určuje; sloupce široké kolem ±1: na obrázku téměř nezáleží.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; {what}{state}&lt;br&gt;error (MSE) {err} · PSNR {psnr} dB</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; {what}{state}&lt;br&gt;chyba (MSE) {err} · PSNR {psnr} dB</translation>
    </message>
    <message>
        <source>Drop an
image here
(PNG, JPG…)</source>
        <translation>Sem přetáhněte
obrázek
(PNG, JPG…)</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Nejdřív otevřete model.</translation>
    </message>
    <message>
        <source>There is no bundled sample of the dataset {name}</source>
        <translation>K datové sadě {name} není přiložený vzorek</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(neznámá)</translation>
    </message>
    <message>
        <source>The encoder maps it to a mean and an uncertainty σ per latent number.</source>
        <translation>Kodér ho zobrazí na střední hodnotu a nejistotu σ pro každé latentní číslo.</translation>
    </message>
    <message>
        <source>A GAN has no encoder: the latent is found by optimisation (a few seconds).</source>
        <translation>GAN nemá kodér: latentní vektor se hledá optimalizací (několik sekund).</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>šedý</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>barevný</translation>
    </message>
    <message>
        <source>Drop a picture, open one, or take a test image. It is converted to {w}×{h} {colours}. {how}</source>
        <translation>Přetáhněte sem obrázek, otevřete ho, nebo vezměte testovací obrázek. Převede se na {w}×{h} {colours}. {how}</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>Zakódovat obrázek</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>rušení…</translation>
    </message>
    <message numerus="yes">
        <source>Encoded the first of %n dropped file(s)</source>
        <translation>
            <numerusform>Zakódován první z %n přetažených souborů</numerusform>
            <numerusform>Zakódován první z %n přetažených souborů</numerusform>
            <numerusform>Zakódován první z %n přetažených souborů</numerusform>
        </translation>
    </message>
    <message>
        <source>The dropped data is not an image</source>
        <translation>Přetažená data nejsou obrázek</translation>
    </message>
    <message>
        <source>Encoding {what}…</source>
        <translation>Kódování: {what}…</translation>
    </message>
    <message>
        <source>Inverting {what}…</source>
        <translation>Inverze: {what}…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>hledám…</translation>
    </message>
    <message>
        <source>%v/%m · error {err}</source>
        <translation>%v/%m · chyba {err}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Could not use it:&lt;/span&gt; {text}</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Nelze použít:&lt;/span&gt; {text}</translation>
    </message>
    <message>
        <source>encoded</source>
        <translation>zakódováno</translation>
    </message>
    <message>
        <source>inverted</source>
        <translation>invertováno</translation>
    </message>
    <message>
        <source> — &lt;b&gt;cancelled&lt;/b&gt; after {n} steps: best so far</source>
        <translation> — &lt;b&gt;zrušeno&lt;/b&gt; po {n} krocích: dosud nejlepší</translation>
    </message>
    <message>
        <source>The search brought the error from {first} (best random start) to {best} in {steps} steps.</source>
        <translation>Hledání snížilo chybu z {first} (nejlepší náhodný start) na {best} za {steps} kroků.</translation>
    </message>
    <message>
        <source>Mean ± σ of the encoder for each latent number below; the sliders (raw axes) show the same bands. Typical σ here: {sigma}.</source>
        <translation>Střední hodnota ± σ kodéru pro každé latentní číslo níže; posuvníky (surové osy) ukazují stejná pásma. Typická σ zde: {sigma}.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Claims</source>
        <extracomment>a font size set in points by a label&apos;s own stylesheet (what :meth:`EvidencePanel.set_font_scale` rewrites) a claim card puts the VAE and GAN claims side by side only when each column gets this many average characters the width the card may take (the panel&apos;s), when that is less than its own body text size in pixels while scaled up (presentation mode); None: the sizes as designed</extracomment>
        <translation>Tvrzení</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> vzorků</translation>
    </message>
    <message>
        <source>How many samples to generate when measuring (latentlab eval uses 10,000; fewer is quicker but FID is then biased upwards)</source>
        <translation>Kolik vzorků vygenerovat při měření (latentlab eval používá 10 000; méně je rychlejší, ale FID je pak nadhodnocené)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Hodnoty</translation>
    </message>
    <message>
        <source>Top: share of generated samples the dataset&apos;s classifier puts in each class (dashed: an even share, 1/K; mode collapse shows as missing or tall bars). Bottom: the losses logged during training, on their real values (a log scale when all are positive, as a VAE&apos;s are; the dashed curve is the total; smooth = stable, jagged = oscillating).</source>
        <translation>Nahoře: podíl generovaných vzorků, které klasifikátor datové sady zařadí do jednotlivých tříd (přerušovaně: rovnoměrný podíl, 1/K; kolaps módů se projeví chybějícími nebo vysokými sloupci). Dole: ztráty zaznamenané během trénování, ve skutečných hodnotách (logaritmická škála, když jsou všechny kladné, jako u VAE; přerušovaná křivka je celková ztráta; hladká = stabilní, zubatá = oscilující).</translation>
    </message>
    <message>
        <source>Coverage &amp;&amp; training</source>
        <translation>Pokrytí &amp;&amp; trénování</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>žádná datová sada</translation>
    </message>
    <message>
        <source>Claims checked on the {dataset} models ({models}); left out: {left_out}: figures are only compared on the same dataset.</source>
        <translation>Tvrzení ověřena na modelech {dataset} ({models}); vynecháno: {left_out}: hodnoty se porovnávají jen na stejné datové sadě.</translation>
    </message>
    <message>
        <source>unknown dataset</source>
        <translation>neznámá datová sada</translation>
    </message>
    <message>
        <source>Open models to check the claims against them.</source>
        <translation>Otevřete modely, aby se proti nim tvrzení ověřila.</translation>
    </message>
    <message>
        <source>Not measured yet: {models} — use Compute in the Figures tab (or run latentlab eval).</source>
        <translation>Zatím nezměřeno: {models} — použijte Spočítat na kartě Hodnoty (nebo spusťte latentlab eval).</translation>
    </message>
    <message>
        <source>{measured} of {total} claims could be checked with figures from the model cards.</source>
        <translation>{measured} z {total} tvrzení bylo možné ověřit hodnotami z karet modelů.</translation>
    </message>
    <message>
        <source>The measured figures agree with the claim for every VAE-GAN pair</source>
        <translation>Naměřené hodnoty s tvrzením souhlasí pro každou dvojici VAE–GAN</translation>
    </message>
    <message>
        <source>The measured figures do not agree with the claim</source>
        <translation>Naměřené hodnoty s tvrzením nesouhlasí</translation>
    </message>
    <message>
        <source>No figure to test this claim with yet</source>
        <translation>Zatím žádná hodnota, kterou by šlo tvrzení ověřit</translation>
    </message>
    <message>
        <source>VAE claim:</source>
        <translation>Tvrzení o VAE:</translation>
    </message>
    <message>
        <source>GAN claim:</source>
        <translation>Tvrzení o GAN:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{tint}; font-weight:700&apos;&gt;{who}&lt;/span&gt; {text}</source>
        <translation>&lt;span style=&apos;color:{tint}; font-weight:700&apos;&gt;{who}&lt;/span&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence:&lt;/b&gt; {evidence}</source>
        <translation>&lt;b&gt;Důkazy:&lt;/b&gt; {evidence}</translation>
    </message>
    <message>
        <source>Figures used: {figures}</source>
        <translation>Použité hodnoty: {figures}</translation>
    </message>
    <message>
        <source>Measured in the dataset classifier&apos;s feature space against real test images (latentlab eval).</source>
        <translation>Měřeno v prostoru příznaků klasifikátoru datové sady proti skutečným testovacím obrázkům (latentlab eval).</translation>
    </message>
    <message>
        <source> Different datasets ({datasets}): compare figures only within one dataset; best shaded among the {dataset} models.</source>
        <translation> Různé datové sady ({datasets}): hodnoty porovnávejte jen v rámci jedné datové sady; nejlepší vystínován mezi modely {dataset}.</translation>
    </message>
    <message>
        <source> Best model per row shaded.</source>
        <translation> Nejlepší model v každém řádku je vystínován.</translation>
    </message>
    <message>
        <source>Measure in the background:</source>
        <translation>Měřit na pozadí:</translation>
    </message>
    <message>
        <source>Measure again: {model}</source>
        <translation>Změřit znovu: {model}</translation>
    </message>
    <message>
        <source>Compute: {model}</source>
        <translation>Spočítat: {model}</translation>
    </message>
    <message>
        <source>Measure {model} now (FID, KID, precision/recall, sharpness, coverage, path length) and write the figures into its model card</source>
        <translation>Změřit {model} nyní (FID, KID, přesnost/úplnost, ostrost, pokrytí, délka cesty) a zapsat hodnoty do jeho karty modelu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nezměřeno</translation>
    </message>
    <message>
        <source>{model} · class coverage</source>
        <translation>{model} · pokrytí tříd</translation>
    </message>
    <message>
        <source>entropy {entropy} (1 = even)</source>
        <translation>entropie {entropy} (1 = rovnoměrně)</translation>
    </message>
    <message>
        <source> · rarest class {share}</source>
        <translation> · nejvzácnější třída {share}</translation>
    </message>
    <message>
        <source>
(dashed line: an even share, 1/{k} = {share})</source>
        <translation>
(čárkovaná čára: rovnoměrný podíl, 1/{k} = {share})</translation>
    </message>
    <message>
        <source>oscillation {value} ({curve}, 0 = smooth)</source>
        <translation>oscilace {value} ({curve}, 0 = hladké)</translation>
    </message>
    <message>
        <source>{curve}: {low} to {high}</source>
        <translation>{curve}: {low} až {high}</translation>
    </message>
    <message>
        <source>dashed: even share 1/{k}</source>
        <translation>čárkovaně: rovnoměrný podíl 1/{k}</translation>
    </message>
    <message>
        <source>not measured: Compute it in the Figures tab</source>
        <translation>nezměřeno: spočítejte na kartě Hodnoty</translation>
    </message>
    <message>
        <source>no training log in the model card</source>
        <translation>v kartě modelu není záznam trénování</translation>
    </message>
    <message>
        <source>The losses logged during training, on the axis&apos;s real values:</source>
        <translation>Ztráty zaznamenané během trénování, ve skutečných hodnotách osy:</translation>
    </message>
    <message>
        <source>{model} · training losses</source>
        <translation>{model} · ztráty při trénování</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>krok trénování</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>ztráta (logaritmická škála)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>ztráta</translation>
    </message>
</context>
<context>
    <name>ExplorerFeature</name>
    <message>
        <source>(none yet)</source>
        <translation>(zatím žádné)</translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation>  (chybí)</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automaticky (nejlepší dostupné)</translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation>MPS (GPU Apple)</translation>
    </message>
    <message>
        <source>Use a GPU when there is one, else the CPU</source>
        <translation>Použít GPU, pokud je k dispozici, jinak CPU</translation>
    </message>
    <message>
        <source>Run the model on {0}</source>
        <translation>Spouštět model na {0}</translation>
    </message>
    <message>
        <source>Models ({0});;All files (*)</source>
        <translation>Modely ({0});;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>Nejdřív otevřete model</translation>
    </message>
    <message>
        <source>Open or import a model</source>
        <translation>Otevřít nebo importovat model</translation>
    </message>
    <message>
        <source>Export image ({0} px)</source>
        <translation>Exportovat obrázek ({0} px)</translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation>Exportovat mřížku</translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation>Uložit latentní vektor</translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation>Načíst latentní vektor</translation>
    </message>
    <message>
        <source>Latent or export (*.json *.png);;All files (*)</source>
        <translation>Latentní vektor nebo export (*.json *.png);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Uložit relaci</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Otevřít relaci</translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation>Zatím není co kopírovat</translation>
    </message>
    <message>
        <source>Copied the image ({0}×{1} px) to the clipboard</source>
        <translation>Obrázek ({0}×{1} px) zkopírován do schránky</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <source>Point {n}</source>
        <extracomment>the latent moved; argument: list of changed coefficient indices, or None for &quot;all&quot; the longer side of an exported or copied image, in pixels: slide-ready by default True while the point is exactly the sample of ``seed`` (so truncation can re-draw it)</extracomment>
        <translation>Bod {n}</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>figure</source>
        <extracomment>rows of the figures table: (key, label, which way is better)</extracomment>
        <translation>hodnota</translation>
    </message>
    <message>
        <source>better</source>
        <translation>lepší</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nezměřeno</translation>
    </message>
    <message>
        <source>real vs real
(floor)</source>
        <translation>skutečné vs skutečné
(spodní mez)</translation>
    </message>
    <message>
        <source>The same figure between two sets of real images: what a perfect generator would score</source>
        <translation>Stejná hodnota mezi dvěma sadami skutečných obrázků: co by naměřil dokonalý generátor</translation>
    </message>
    <message>
        <source>{model}&apos;s card holds no {figure}: press Compute below (or run latentlab eval {model})</source>
        <translation>Karta modelu {model} neobsahuje {figure}: stiskněte Spočítat níže (nebo spusťte latentlab eval {model})</translation>
    </message>
    <message>
        <source>Best {figure} of the models trained on {dataset}</source>
        <translation>Nejlepší {figure} z modelů natrénovaných na {dataset}</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Every frame of the path. Click or drag to scrub (instant: the frames are ready), double-click a frame to make its point the current one. Marked: the keyframes.</source>
        <translation>Všechny snímky cesty. Kliknutím nebo tažením se posouváte (okamžitě: snímky jsou hotové), dvojklikem na snímek z jeho bodu uděláte aktuální. Označené: klíčové snímky.</translation>
    </message>
</context>
<context>
    <name>GridCanvas</name>
    <message>
        <source>Samples appear here</source>
        <translation>Zde se objeví vzorky</translation>
    </message>
    <message>
        <source>Seed {seed}: click to make it the current point</source>
        <translation>Seed {seed}: kliknutím z něj uděláte aktuální bod</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>The image the model draws for the current point. Scroll to zoom, drag to move around, double-click to fit it to the window again.</source>
        <translation>Obrázek, který model kreslí pro aktuální bod. Kolečkem přiblížíte, tažením posunete, dvojklikem ho znovu přizpůsobíte oknu.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No model open&lt;/h2&gt;&lt;p&gt;Pick a model on the left, use File ▸ Open (Ctrl+O),&lt;br&gt;or drop a &lt;tt&gt;.safetensors&lt;/tt&gt; file onto this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Není otevřen žádný model&lt;/h2&gt;&lt;p&gt;Vyberte model vlevo, použijte Soubor ▸ Otevřít (Ctrl+O),&lt;br&gt;nebo do tohoto okna přetáhněte soubor &lt;tt&gt;.safetensors&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which model drew this image, and from which point: a seed (a reproducible random point) or a point you edited with the sliders</source>
        <translation>Který model obrázek nakreslil a z jakého bodu: seed (reprodukovatelný náhodný bod) nebo bod upravený posuvníky</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Přizpůsobit</translation>
    </message>
    <message>
        <source>Fit the image to the window (double-click the image does the same)</source>
        <translation>Přizpůsobit obrázek oknu (totéž udělá dvojklik na obrázek)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Přiblížit</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddálit</translation>
    </message>
    <message>
        <source>Pixel grid</source>
        <translation>Mřížka pixelů</translation>
    </message>
    <message>
        <source>Draw a line around every pixel (visible when zoomed in) — the model makes the image one pixel at a time</source>
        <translation>Obtáhnout každý pixel čarou (viditelné při přiblížení) — model vytváří obrázek pixel po pixelu</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Hladce</translation>
    </message>
    <message>
        <source>Blend enlarged pixels smoothly; off, each pixel is drawn as a crisp square (nearest)</source>
        <translation>Zvětšené pixely plynule prolínat; vypnuto: každý pixel se kreslí jako ostrý čtverec (nejbližší soused)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Velikost:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The longer side of the exported or copied PNG, in pixels (512 or more is sharp on a projector)</source>
        <translation>Delší strana exportovaného nebo kopírovaného PNG v pixelech (512 a více je na projektoru ostré)</translation>
    </message>
    <message>
        <source>Pixelated</source>
        <translation>Pixelově</translation>
    </message>
    <message>
        <source>How the small image is enlarged: pixelated keeps every model pixel a sharp square (by a whole factor); smooth blends them (Lanczos)</source>
        <translation>Jak se malý obrázek zvětšuje: pixelově zachová každý pixel modelu jako ostrý čtverec (celočíselným násobkem); hladce je prolíná (Lanczos)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportovat PNG…</translation>
    </message>
    <message>
        <source>Save this image as a PNG file, with a .json file beside it that can recreate it exactly (Ctrl+E)</source>
        <translation>Uložit tento obrázek jako soubor PNG se souborem .json vedle, podle kterého ho lze přesně znovu vytvořit (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy this image to the clipboard (Ctrl+Shift+C)</source>
        <translation>Zkopírovat tento obrázek do schránky (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>{w}×{h} colour</source>
        <translation>{w}×{h} barevný</translation>
    </message>
    <message>
        <source>{w}×{h} grey</source>
        <translation>{w}×{h} šedý</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>seed {seed}</translation>
    </message>
    <message>
        <source>edited point</source>
        <translation>upravený bod</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>třída {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {0}</source>
        <extracomment>the preview grid is drawn at about this many pixels a side a match (or a failure) has been shown; tests and lessons wait for it</extracomment>
        <translation>Import {0}</translation>
    </message>
    <message>
        <source>Reading {0} (tensors only: no code in it is run)…</source>
        <translation>Čtu {0} (jen tenzory: žádný kód v něm se nespouští)…</translation>
    </message>
    <message>
        <source>Automatic (try every known architecture)</source>
        <translation>Automaticky (vyzkoušet všechny známé architektury)</translation>
    </message>
    <message>
        <source>The architecture the weights belong to; automatic matching reads it off the tensors&apos; names and shapes</source>
        <translation>Architektura, ke které váhy patří; automatické přiřazení ji vyčte z názvů a tvarů tenzorů</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(neuvedeno)</translation>
    </message>
    <message>
        <source>What it was trained on (optional): recorded in the model card, and its class names are used when the count fits</source>
        <translation>Na čem byl model natrénován (nepovinné): zapíše se do karty modelu a názvy tříd se použijí, když sedí jejich počet</translation>
    </message>
    <message>
        <source>optional, comma-separated: cat, dog, …</source>
        <translation>nepovinné, oddělené čárkami: kočka, pes, …</translation>
    </message>
    <message>
        <source>Class names of a conditional model, in label order</source>
        <translation>Názvy tříd podmíněného modelu v pořadí štítků</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektura</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Nalezeno v</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latentní vektor</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obrázek</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Výstup</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Třídy</translation>
    </message>
    <message>
        <source>Class names</source>
        <translation>Názvy tříd</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datová sada</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <source>Seeds 0 to 15 drawn by the imported model</source>
        <translation>Seedy 0 až 15 vykreslené importovaným modelem</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Podrobnosti…</translation>
    </message>
    <message>
        <source>Import and open</source>
        <translation>Importovat a otevřít</translation>
    </message>
    <message>
        <source>{0} numbers</source>
        <translation>{0} čísel</translation>
    </message>
    <message>
        <source> (the original takes (N, {0}))</source>
        <translation> (originál přijímá (N, {0}))</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>šedý</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>barevný</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} v {1}</translation>
    </message>
    <message>
        <source>{0} channel(s), {1}×{2} ({3})</source>
        <translation>{0} kanál(y), {1}×{2} ({3})</translation>
    </message>
    <message>
        <source>tanh, [-1, 1]</source>
        <translation>tanh, [-1, 1]</translation>
    </message>
    <message>
        <source>sigmoid, [0, 1]</source>
        <translation>sigmoid, [0, 1]</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>none (unconditional)</source>
        <translation>žádné (nepodmíněný)</translation>
    </message>
    <message>
        <source>Matched {0}. Check the shapes and the samples, then import.</source>
        <translation>Přiřazeno: {0}. Zkontrolujte tvary a vzorky a pak importujte.</translation>
    </message>
    <message>
        <source>If you know the architecture, choose it above; a generator of another kind opens as a TorchScript file with a JSON manifest (README ▸ Bring your own model).</source>
        <translation>Pokud architekturu znáte, zvolte ji výše; generátor jiného druhu se otevírá jako soubor TorchScript s manifestem JSON (README ▸ Bring your own model).</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Zapisuji {0}…</translation>
    </message>
</context>
<context>
    <name>LatentFeature</name>
    <message>
        <source>seed {seed}</source>
        <translation>seed {seed}</translation>
    </message>
    <message>
        <source>The path was not recorded: lessons store paths of seeds only, and this path has keyframes from other sources (encoded images, bookmarks or edited points).</source>
        <translation>Cesta nebyla zaznamenána: lekce ukládají jen cesty ze seedů a tato cesta má klíčové snímky z jiných zdrojů (zakódované obrázky, záložky nebo upravené body).</translation>
    </message>
    <message>
        <source>The path&apos;s frame counts differ between segments; they were not recorded (the lesson uses its default).</source>
        <translation>Počty snímků se mezi úseky cesty liší; nebyly zaznamenány (lekce použije výchozí).</translation>
    </message>
</context>
<context>
    <name>LatentJobs</name>
    <message>
        <source>{n:,} {dataset} test images, encoded (the encoder&apos;s means)</source>
        <extracomment>points on the latent map (the bundled data sample has 2,000 images) most principal components offered as map axes frames decoded per batch when rendering a path; the same as core.interpolation.render_path&apos;s default, so the app&apos;s frames are bit-identical to ``latentlab interpolate --keyframes`` factor name → (N,) float32 value per point: the labels of real images, or what the factor network reads in samples (a category as its value&apos;s index); empty when the dataset has none categorical factor name → its value names (a factor not listed here is a number)</extracomment>
        <translation>{n:,} testovacích obrázků {dataset}, zakódovaných (střední hodnoty kodéru)</translation>
    </message>
    <message>
        <source>This VAE is given the class as an input, so its latents need not separate the classes</source>
        <translation>Tento VAE dostává třídu jako vstup, takže jeho latentní vektory nemusí třídy oddělovat</translation>
    </message>
    <message>
        <source>Points are not coloured by class: {why}</source>
        <translation>Body nejsou obarveny podle třídy: {why}</translation>
    </message>
    <message>
        <source>Points are not coloured by class: the {dataset} classifier takes {x0} images, the model draws {x1}</source>
        <translation>Body nejsou obarveny podle třídy: klasifikátor {dataset} přijímá obrázky {x0}, model kreslí {x1}</translation>
    </message>
    <message>
        <source>{n:,} samples of the prior</source>
        <translation>{n:,} vzorků z priorního rozdělení</translation>
    </message>
    <message>
        <source>, coloured by the class the classifier sees</source>
        <translation>, obarvené podle třídy, kterou vidí klasifikátor</translation>
    </message>
    <message>
        <source>Each sample got a random class as input: in a conditional model the class does not come from z, so the colours mix</source>
        <translation>Každý vzorek dostal jako vstup náhodnou třídu: u podmíněného modelu třída nepochází ze z, takže se barvy mísí</translation>
    </message>
    <message>
        <source>the model does not say which dataset it imitates</source>
        <translation>model neuvádí, jakou datovou sadu napodobuje</translation>
    </message>
    <message>
        <source>the classifier for {dataset!r} could not be found ({exc})</source>
        <translation>klasifikátor pro {dataset!r} nebyl nalezen ({exc})</translation>
    </message>
    <message>
        <source>no classifier (feature network) for {dataset!r} is installed</source>
        <translation>pro {dataset!r} není nainstalován žádný klasifikátor (síť příznaků)</translation>
    </message>
    <message>
        <source>there is no bundled sample of the dataset {x0!r} to pick an image from; drop an image file instead</source>
        <translation>k datové sadě {x0!r} není přiložený vzorek, ze kterého by šlo vybrat obrázek; přetáhněte místo toho soubor s obrázkem</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(neznámá)</translation>
    </message>
    <message>
        <source>{dataset} test image #{i} ({x0})</source>
        <translation>testovací obrázek {dataset} č. {i} ({x0})</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>přetažený obrázek</translation>
    </message>
    <message>
        <source>{name}: a folder, not an image file</source>
        <translation>{name}: složka, ne soubor s obrázkem</translation>
    </message>
    <message>
        <source>{dataset} has no factor network to steer by</source>
        <translation>{dataset} nemá síť faktorů, podle které by se dalo řídit</translation>
    </message>
    <message>
        <source>the factor network does not read {name}</source>
        <translation>síť faktorů nečte {name}</translation>
    </message>
</context>
<context>
    <name>LatentMap</name>
    <message>
        <source>What the map shows across: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <extracomment>the map&apos;s points are computed this long after the map is shown with a new model</extracomment>
        <translation>Co mapa ukazuje vodorovně: hlavní komponentu (PC) bodů — směry, ve kterých se nejvíc rozprostírají — nebo jednu surovou latentní souřadnici z_i</translation>
    </message>
    <message>
        <source>What the map shows up: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <translation>Co mapa ukazuje svisle: hlavní komponentu (PC) bodů — směry, ve kterých se nejvíc rozprostírají — nebo jednu surovou latentní souřadnici z_i</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Obrázky</translation>
    </message>
    <message>
        <source>Show what the decoder draws all over the visible part of the map, instead of the points (for a 2-D latent this is the whole learned manifold). Zoom or pan and it is drawn again for what you see. Click an image to go there.</source>
        <translation>Ukázat, co dekodér kreslí po celé viditelné části mapy, místo bodů (u 2-D latentního prostoru je to celá naučená varieta). Po přiblížení nebo posunu se znovu nakreslí, co vidíte. Kliknutím na obrázek tam přejdete.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>Show all the points (double-click the map does the same)</source>
        <translation>Zobrazit všechny body (totéž udělá dvojklik na mapu)</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>What the points&apos; colours show: the class, or one of the dataset&apos;s factors (for real images their known values, for samples what the factor network reads in them)</source>
        <translation>Co ukazují barvy bodů: třídu, nebo jeden z faktorů datové sady (u skutečných obrázků jejich známé hodnoty, u vzorků to, co v nich přečte síť faktorů)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Barva</translation>
    </message>
    <message>
        <source>Open a model to see its latent space</source>
        <translation>Otevřete model a uvidíte jeho latentní prostor</translation>
    </message>
    <message>
        <source>The map needs a latent with at least two numbers</source>
        <translation>Mapa potřebuje latentní vektor alespoň se dvěma čísly</translation>
    </message>
    <message>
        <source>Encoding the test images… (the map fills in when they are done)</source>
        <translation>Kóduji testovací obrázky… (mapa se zaplní, až budou hotové)</translation>
    </message>
    <message>
        <source>Drawing samples… (the map fills in when they are done). The points will not be coloured by class: {reason}</source>
        <translation>Vykresluji vzorky… (mapa se vyplní, až budou hotové). Body nebudou obarveny podle tříd: {reason}</translation>
    </message>
    <message>
        <source>Drawing and classifying samples… (the map fills in when they are done)</source>
        <translation>Kreslím a klasifikuji vzorky… (mapa se zaplní, až budou hotové)</translation>
    </message>
    <message>
        <source>What the decoder draws all over the whole 2-D latent space. Zoom or pan to see more; click an image to go there.</source>
        <translation>Co dekodér kreslí po celém 2-D latentním prostoru. Přibližte nebo posuňte a uvidíte víc; kliknutím na obrázek tam přejdete.</translation>
    </message>
    <message>
        <source>What the decoder draws all over the plane through the current point along these two axes (the other numbers stay as they are). Zoom or pan to see more; click an image to go there.</source>
        <translation>Co dekodér kreslí po celé rovině procházející aktuálním bodem podél těchto dvou os (ostatní čísla zůstávají, jak jsou). Přibližte nebo posuňte a uvidíte víc; kliknutím na obrázek tam přejdete.</translation>
    </message>
    <message>
        <source>{source}. Click to go somewhere, drag the target, hover a point to see it.</source>
        <translation>{source}. Kliknutím někam přejdete, táhněte cíl, najetím na bod ho uvidíte.</translation>
    </message>
    <message>
        <source>The map could not be drawn: {reason}</source>
        <translation>Mapu nelze nakreslit: {reason}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>class</source>
        <translation>třída</translation>
    </message>
    <message>
        <source>principal component {i}</source>
        <translation>hlavní komponenta {i}</translation>
    </message>
    <message>
        <source>test image {i} · class {name}</source>
        <translation>testovací obrázek {i} · třída {name}</translation>
    </message>
    <message>
        <source>sample {i} · looks like {name}</source>
        <translation>vzorek {i} · vypadá jako {name}</translation>
    </message>
    <message>
        <source>test image {i}</source>
        <translation>testovací obrázek {i}</translation>
    </message>
    <message>
        <source>sample {i}</source>
        <translation>vzorek {i}</translation>
    </message>
</context>
<context>
    <name>LatentSliders</name>
    <message>
        <source>What the sliders move along.</source>
        <translation>Podél čeho se posuvníky pohybují.</translation>
    </message>
    <message>
        <source>The class the directions start from: each slider then leads towards another class</source>
        <translation>Třída, ze které směry vycházejí: každý posuvník pak vede k jiné třídě</translation>
    </message>
    <message>
        <source>from</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Go to mean</source>
        <translation>Přejít na průměr</translation>
    </message>
    <message>
        <source>Jump to the average point of this class</source>
        <translation>Skočit na průměrný bod této třídy</translation>
    </message>
    <message>
        <source>How far the sliders reach, in standard deviations of the prior. Almost all training samples lie within ±3.</source>
        <translation>Jak daleko posuvníky sahají, ve směrodatných odchylkách priorního rozdělení. Téměř všechny trénovací vzorky leží v rozmezí ±3.</translation>
    </message>
    <message>
        <source>Sliders move along</source>
        <translation>Posuvníky se pohybují podél</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>Nejdřív otevřete model</translation>
    </message>
    <message>
        <source>Showing the first {MAX_ROWS} of {size} sliders.</source>
        <translation>Zobrazeno prvních {MAX_ROWS} z {size} posuvníků.</translation>
    </message>
    <message>
        <source>Fitted on {x0}. Sliders add to the point you were at.</source>
        <translation>Spočítáno na: {x0}. Posuvníky se přičítají k bodu, kde jste byli.</translation>
    </message>
    <message>
        <source>Shaded: the encoded image&apos;s mean {mean:+.2f} ± σ {sigma:.2f} (where the encoder thinks this number lies)</source>
        <translation>Vystínováno: střední hodnota zakódovaného obrázku {mean:+.2f} ± σ {sigma:.2f} (kde podle kodéru toto číslo leží)</translation>
    </message>
</context>
<context>
    <name>LatentTools</name>
    <message>
        <source>Could not draw the latent map: {reason}</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown the map&apos;s background work starts a batch only after this long without a new frame being asked for</extracomment>
        <translation>Latentní mapu nelze nakreslit: {reason}</translation>
    </message>
    <message>
        <source>Could not draw the decoded images: {reason}</source>
        <translation>Dekódované obrázky nelze nakreslit: {reason}</translation>
    </message>
    <message>
        <source>Open a model first, then drop an image on it</source>
        <translation>Nejdřív otevřete model, pak na něj přetáhněte obrázek</translation>
    </message>
    <message>
        <source>An inversion is still running: wait for it or press Cancel</source>
        <translation>Inverze stále běží: počkejte na ni nebo stiskněte Zrušit</translation>
    </message>
    <message>
        <source>test image #{x0}</source>
        <translation>testovací obrázek č. {x0}</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>přetažený obrázek</translation>
    </message>
    <message>
        <source>Inverting {what}: searching for the latent whose image matches it…</source>
        <translation>Invertuji {what}: hledám latentní vektor, jehož obrázek mu odpovídá…</translation>
    </message>
    <message>
        <source>The result for {source} belongs to a model that is no longer open; it was put aside</source>
        <translation>Výsledek pro {source} patří k modelu, který už není otevřený; byl odložen</translation>
    </message>
    <message>
        <source>Inversion of {source} cancelled after {steps} steps. The best match so far is shown (error {error:.4f}); the current point was not changed — use “Go to point” to take it.</source>
        <translation>Inverze {source} zrušena po {steps} krocích. Zobrazena je dosud nejlepší shoda (chyba {error:.4f}); aktuální bod se nezměnil — převezměte ji tlačítkem „Přejít na bod“.</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>Zakódováno</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Invertováno</translation>
    </message>
    <message>
        <source>{what} {source}: mean squared error {error:.4f}</source>
        <translation>{what} {source}: střední kvadratická chyba {error:.4f}</translation>
    </message>
    <message>
        <source>Could not use that image: {text}. Nothing was changed.</source>
        <translation>Tento obrázek nelze použít: {text}. Nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>Zakódovat obrázek</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>Nejdřív otevřete model</translation>
    </message>
    <message>
        <source>Could not add the keyframe: {exc}</source>
        <translation>Klíčový snímek nelze přidat: {exc}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Added keyframe {count}: {name}</source>
        <translation>Přidán klíčový snímek {count}: {name}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>seed {seed}</translation>
    </message>
    <message>
        <source>point {n}</source>
        <translation>bod {n}</translation>
    </message>
    <message>
        <source>current point</source>
        <translation>aktuální bod</translation>
    </message>
    <message>
        <source>Move the slider to sweep along first</source>
        <translation>Nejdřív pohněte posuvníkem, podél kterého se má projet</translation>
    </message>
    <message>
        <source>sweep along {name}</source>
        <translation>průjezd po {name}</translation>
    </message>
    <message>
        <source>The path sweeps along {name} from {low:+g} to {high:+g}</source>
        <translation>Cesta projíždí po {name} od {low:+g} do {high:+g}</translation>
    </message>
    <message>
        <source>Only a named factor&apos;s slider (a smile, say) can be steered: choose Attribute directions of a model whose dataset has a factor network</source>
        <translation>Řídit lze jen posuvník pojmenovaného faktoru (třeba úsměvu): zvolte Směry atributů u modelu, jehož datová sada má síť faktorů</translation>
    </message>
    <message>
        <source>steered sweep along {name}</source>
        <translation>řízený průjezd podél směru {name}</translation>
    </message>
    <message>
        <source>The path sweeps along {name} from {low:+g} to {high:+g}, steered so that the factor network reads every other factor unchanged</source>
        <translation>Cesta vede podél směru {name} od {low:+g} do {high:+g}, řízená tak, aby síť faktorů četla všechny ostatní faktory beze změny</translation>
    </message>
    <message>
        <source>Could not steer the sweep: {reason}</source>
        <translation>Průjezd nelze řídit: {reason}</translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation>Záložka {name!r} má {n} čísel; {model} potřebuje {latent_dim}</translation>
    </message>
    <message>
        <source>bookmark {name}</source>
        <translation>záložka {name}</translation>
    </message>
    <message>
        <source>Encode an image first</source>
        <translation>Nejdřív zakódujte obrázek</translation>
    </message>
    <message>
        <source>encoded {source}</source>
        <translation>zakódováno: {source}</translation>
    </message>
    <message>
        <source>inverted {source}</source>
        <translation>invertováno: {source}</translation>
    </message>
    <message>
        <source>Bookmarked {name!r}</source>
        <translation>Uloženo do záložek: {name!r}</translation>
    </message>
    <message>
        <source>Could not render the path: {reason}</source>
        <translation>Cestu nelze vykreslit: {reason}</translation>
    </message>
    <message>
        <source>A path needs at least two keyframes</source>
        <translation>Cesta potřebuje alespoň dva klíčové snímky</translation>
    </message>
    <message>
        <source>Could not save the keyframes: {reason}</source>
        <translation>Klíčové snímky nelze uložit: {reason}</translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation>Uložit klíčové snímky</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n keyframe(s) to {out}</source>
        <translation>
            <numerusform>Uložen %n klíčový snímek do {out}</numerusform>
            <numerusform>Uloženy %n klíčové snímky do {out}</numerusform>
            <numerusform>Uloženo %n klíčových snímků do {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first: keyframes belong to a model</source>
        <translation>Nejdřív otevřete model: klíčové snímky patří k modelu</translation>
    </message>
    <message>
        <source>{name} holds keyframes with {n} numbers</source>
        <translation>{name} obsahuje klíčové snímky s {n} čísly</translation>
    </message>
    <message>
        <source> (made with {made})</source>
        <translation> (vytvořeno s {made})</translation>
    </message>
    <message>
        <source>; {model} needs {n}</source>
        <translation>; {model} potřebuje {n}</translation>
    </message>
    <message>
        <source>Could not open the keyframes: {text}. The current path is unchanged.</source>
        <translation>Klíčové snímky nelze otevřít: {text}. Aktuální cesta se nezměnila.</translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation>Otevřít klíčové snímky</translation>
    </message>
    <message>
        <source>{name} was made with {made}; it is opened with {model} (same latent size, different model: the images will differ)</source>
        <translation>{name} byl vytvořen s {made}; otevírá se s {model} (stejná velikost latentního vektoru, jiný model: obrázky se budou lišit)</translation>
    </message>
    <message>
        <source>Some keyframes of {name} have no class; they use the current class</source>
        <translation>Některé klíčové snímky v {name} nemají třídu; použijí aktuální třídu</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n keyframe(s) ({frame_count} frames) from {name}</source>
        <translation>
            <numerusform>Otevřen %n klíčový snímek ({frame_count} snímků) z {name}</numerusform>
            <numerusform>Otevřeny %n klíčové snímky ({frame_count} snímků) z {name}</numerusform>
            <numerusform>Otevřeno %n klíčových snímků ({frame_count} snímků) z {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a path first: add at least two keyframes</source>
        <translation>Nejdřív vytvořte cestu: přidejte alespoň dva klíčové snímky</translation>
    </message>
    <message>
        <source>The path is not rendered yet</source>
        <translation>Cesta ještě není vykreslená</translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation>Export se ještě zapisuje</translation>
    </message>
    <message>
        <source>GIFs play at most {GIF_MAX_FPS} frames per second (browsers slow faster ones down): this one plays at {GIF_MAX_FPS}</source>
        <translation>GIFy hrají nejvýš {GIF_MAX_FPS} snímků za sekundu (prohlížeče rychlejší zpomalují): tento hraje rychlostí {GIF_MAX_FPS}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Zapisuji {name}…</translation>
    </message>
    <message>
        <source>looping GIF</source>
        <translation>smyčkový GIF</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>contact sheet</source>
        <translation>náhledový arch</translation>
    </message>
    <message>
        <source>file</source>
        <translation>soubor</translation>
    </message>
    <message>
        <source>Exported the path ({frame_count} frames) as a {what}: {out}</source>
        <translation>Cesta ({frame_count} snímků) exportována jako {what}: {out}</translation>
    </message>
    <message>
        <source>Could not export the path: {reason}</source>
        <translation>Cestu nelze exportovat: {reason}</translation>
    </message>
    <message>
        <source>Export path</source>
        <translation>Exportovat cestu</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Step of the lesson (Page Down / → next, Page Up / ← back)</source>
        <extracomment>the lesson bar outside presentation mode (the light theme has no rules for it) Qt sent LanguageChange (a translator was installed): the open lesson&apos;s text should follow which control the step points at this model lacks, and why (&quot;&quot; hides it)</extracomment>
        <translation>Krok lekce (Page Down / → další, Page Up / ← zpět)</translation>
    </message>
    <message>
        <source>Previous step (Page Up or ←)</source>
        <translation>Předchozí krok (Page Up nebo ←)</translation>
    </message>
    <message>
        <source>Next step (Page Down or →)</source>
        <translation>Další krok (Page Down nebo →)</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>Zavřít lekci</translation>
    </message>
    <message numerus="yes">
        <source>Step %n</source>
        <comment>a lesson step without a title of its own</comment>
        <translation>
            <numerusform>Krok %n</numerusform>
            <numerusform>Krok %n</numerusform>
            <numerusform>Krok %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>the compare view</source>
        <extracomment>sweep of ``animate = true`` along a direction: amplitude (σ) and period (s) what each view is called in the note of a step whose view this window lacks</extracomment>
        <translation>srovnání modelů</translation>
    </message>
    <message>
        <source>the latent map</source>
        <translation>latentní mapu</translation>
    </message>
    <message>
        <source>the path editor</source>
        <translation>editor cest</translation>
    </message>
    <message>
        <source>live training</source>
        <translation>živé trénování</translation>
    </message>
    <message>
        <source>the scoring</source>
        <extracomment>what each action a step&apos;s ``run`` starts is called in the lesson bar&apos;s note when it cannot start</extracomment>
        <translation>vyhodnocení</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <extracomment>the current step is fully applied (model open, point set); for tests and recordings the lesson bar&apos;s note on a highlighted control the open model lacks (&quot;&quot; when none) start (or switch) live-training runs when a step asks for them where &quot;Record step&quot; appends (None: asks, defaulting to a file in the user&apos;s folder) the token of the step waiting for its model to open (its highlight waits for the model) what the last recorded step could not include (e.g. a path of encoded images); &quot;&quot; if nothing</extracomment>
        <translation>Otevřít lekci</translation>
    </message>
    <message>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>Lekce (*.toml);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>{name} cannot be used as a lesson</source>
        <translation>{name} nelze použít jako lekci</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson has problems</source>
        <translation>Lekce obsahuje chyby</translation>
    </message>
    <message>
        <source>Lesson &apos;{title}&apos; uses models that are not installed: {listed}. Those steps show their text only; the rest of the lesson works.</source>
        <translation>Lekce „{title}“ používá modely, které nejsou nainstalované: {listed}. Tyto kroky ukážou jen svůj text; zbytek lekce funguje.</translation>
    </message>
    <message>
        <source>This step needs the model {names}, which is not installed here.</source>
        <translation>Tento krok potřebuje model {names}, který tu není nainstalovaný.</translation>
    </message>
    <message>
        <source>This step starts {0}, which this window does not have.</source>
        <translation>Tento krok spouští {0}, které toto okno nemá.</translation>
    </message>
    <message>
        <source>This step could not start {0} by itself: see the message, then press its button.</source>
        <translation>Tento krok nemohl sám spustit {0}: přečtěte si zprávu a pak stiskněte jeho tlačítko.</translation>
    </message>
    <message>
        <source>Could not open {x0!r} (see the message).</source>
        <translation>{x0!r} nelze otevřít (viz zprávu).</translation>
    </message>
    <message>
        <source>{name} has no class {label!r}.</source>
        <translation>{name} nemá třídu {label!r}.</translation>
    </message>
    <message>
        <source>The step&apos;s point has {n} numbers; {name} uses {latent_dim}.</source>
        <translation>Bod kroku má {n} čísel; {name} používá {latent_dim}.</translation>
    </message>
    <message>
        <source>The {wanted} directions could not be fitted for this model.</source>
        <translation>Směry „{wanted}“ se pro tento model nepodařilo spočítat.</translation>
    </message>
    <message>
        <source>Direction {direction!r} is not among this model&apos;s sliders.</source>
        <translation>Směr {direction!r} není mezi posuvníky tohoto modelu.</translation>
    </message>
    <message>
        <source>This step needs {0}, which this window does not have yet: read the text, and the lesson goes on.</source>
        <translation>Tento krok potřebuje {0}, které toto okno zatím nemá: přečtěte si text a lekce pokračuje.</translation>
    </message>
    <message>
        <source>Could not build the path: {0}</source>
        <translation>Cestu nelze sestavit: {0}</translation>
    </message>
    <message>
        <source>This model has no truncation control: it is a {kind}, and truncation applies to GANs only.</source>
        <extracomment>keys carried from step to step (caption, title and highlight belong to one step only) view ids a step can show (see latentlab.core.lesson_ids)</extracomment>
        <translation>Tento model nemá ovládání ořezání ψ: je to {kind} a ořezání se týká jen GANů.</translation>
    </message>
    <message>
        <source>This model has no truncation control: truncation applies to GANs only.</source>
        <translation>Tento model nemá ovládání ořezání ψ: ořezání se týká jen GANů.</translation>
    </message>
    <message>
        <source>This model has no class selector: it is not conditional, so it cannot be told which class to draw.</source>
        <translation>Tento model nemá volbu třídy: není podmíněný, takže mu nelze říct, kterou třídu má nakreslit.</translation>
    </message>
    <message>
        <source>This model does not have the control this step points at.</source>
        <translation>Tento model nemá ovládací prvek, na který tento krok ukazuje.</translation>
    </message>
    <message>
        <source>These models have no class selector: none of them is conditional, so none can be told which class to draw.</source>
        <translation>Tyto modely nemají volbu třídy: žádný z nich není podmíněný, takže žádnému nelze říct, kterou třídu má nakreslit.</translation>
    </message>
    <message>
        <source>These models do not have the control this step points at.</source>
        <translation>Tyto modely nemají ovládací prvek, na který tento krok ukazuje.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>latentlab</source>
        <extracomment>below this window width the samples and bookmarks are tabs rather than side by side the features every window gets, in the order they install (menus fill in this order) View ▸ Reset layout was chosen: features put their docks back in their default places a dock that can be the current view (live training, the compare stage) was shown or hidden</extracomment>
        <translation>latentlab</translation>
    </message>
    <message>
        <source>Where the model runs (change it in the Device menu)</source>
        <translation>Kde model běží (změníte v nabídce Zařízení)</translation>
    </message>
    <message>
        <source>How long the last image took to compute, and how many images per second are being shown</source>
        <translation>Jak dlouho trval výpočet posledního obrázku a kolik obrázků za sekundu se zobrazuje</translation>
    </message>
    <message>
        <source>device: {0}</source>
        <translation>zařízení: {0}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>About latentlab</source>
        <translation>O aplikaci latentlab</translation>
    </message>
    <message>
        <source>Explore what VAEs and GANs have learned: move through their latent space and watch the images change.</source>
        <translation>Prozkoumejte, co se naučily VAE a GAN: pohybujte se jejich latentním prostorem a sledujte, jak se obrázky mění.</translation>
    </message>
    <message>
        <source>latentlab — {model}</source>
        <translation>latentlab — {model}</translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <source>Something went wrong</source>
        <translation>Něco se pokazilo</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>unknown data</source>
        <translation>neznámá data</translation>
    </message>
    <message>
        <source>{n}-D latent</source>
        <translation>{n}-D latentní prostor</translation>
    </message>
    <message>
        <source>Models you can explore. Click one to open it.</source>
        <extracomment>the narrowest the model list and the card get, in average characters of their font</extracomment>
        <translation>Modely, které můžete prozkoumat. Kliknutím model otevřete.</translation>
    </message>
    <message>
        <source>Bundled models</source>
        <translation>Přiložené modely</translation>
    </message>
    <message>
        <source>Your models</source>
        <translation>Vaše modely</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Nedávné soubory</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Otevřít soubor…</translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json) from disk (Ctrl+O). You can also drop the file onto the window.</source>
        <translation>Otevřít z disku model .safetensors nebo manifest TorchScript (.json) (Ctrl+O). Soubor můžete také přetáhnout do okna.</translation>
    </message>
    <message>
        <source>{path}
{params:,} parameters — click to open</source>
        <translation>{path}
{params:,} parametrů — kliknutím otevřete</translation>
    </message>
    <message>
        <source>{name}
missing: {folder}</source>
        <translation>{name}
chybí: {folder}</translation>
    </message>
    <message>
        <source>{path}
This file is no longer there (moved or deleted). Clicking it removes it from the list.</source>
        <translation>{path}
Tento soubor už tu není (přesunut nebo smazán). Kliknutím ho odeberete ze seznamu.</translation>
    </message>
    <message>
        <source>No bundled models found.
Use Open file… below.</source>
        <translation>Nenalezeny žádné přiložené modely.
Použijte Otevřít soubor… níže.</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Epochs</source>
        <translation>Epochy</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Doba trénování</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trénováno na</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Uloženo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>final discriminator loss</source>
        <extracomment>the other keys ``latentlab train`` and ``latentlab eval`` store under ``metrics``, in words</extracomment>
        <translation>konečná ztráta diskriminátoru</translation>
    </message>
    <message>
        <source>final generator loss</source>
        <translation>konečná ztráta generátoru</translation>
    </message>
    <message>
        <source>final score of real images</source>
        <translation>konečné skóre skutečných obrázků</translation>
    </message>
    <message>
        <source>final score of generated images</source>
        <translation>konečné skóre vygenerovaných obrázků</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>konečná ztráta</translation>
    </message>
    <message>
        <source>final reconstruction loss</source>
        <translation>konečná ztráta rekonstrukce</translation>
    </message>
    <message>
        <source>final KL divergence</source>
        <translation>konečná KL divergence</translation>
    </message>
    <message>
        <source>final accuracy</source>
        <translation>konečná přesnost</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>přesnost na testu</translation>
    </message>
    <message>
        <source>KID standard deviation</source>
        <translation>směrodatná odchylka KID</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>datová sada</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>druh</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>architektura</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>vzorky</translation>
    </message>
    <message>
        <source>real images</source>
        <translation>skutečné obrázky</translation>
    </message>
    <message>
        <source>real images for the floor</source>
        <translation>skutečné obrázky pro spodní mez</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>real images from</source>
        <translation>zdroj skutečných obrázků</translation>
    </message>
    <message>
        <source>classifier&apos;s test accuracy</source>
        <translation>přesnost klasifikátoru na testu</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>čas (s)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>soubor</translation>
    </message>
    <message>
        <source>device</source>
        <translation>zařízení</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datová sada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>Velikost latentního vektoru</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>{n} čísel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obrázek</translation>
    </message>
    <message>
        <source>{w}×{h} colour</source>
        <translation>{w}×{h} barevný</translation>
    </message>
    <message>
        <source>{w}×{h} grey</source>
        <translation>{w}×{h} šedý</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Diskriminátor</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Velikost souboru</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Třídy</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Běží na</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>Jak byl trénován</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Příkaz</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Měření</translation>
    </message>
    <message>
        <source>evaluation (latentlab eval)</source>
        <translation>hodnocení (latentlab eval)</translation>
    </message>
    <message>
        <source>end of training</source>
        <translation>konec trénování</translation>
    </message>
    <message>
        <source>included ({n} parameters, from {where})</source>
        <translation>přiložen ({n} parametrů, z {where})</translation>
    </message>
    <message>
        <source>included ({n} parameters)</source>
        <translation>přiložen ({n} parametrů)</translation>
    </message>
    <message>
        <source>Facts about the open model, read from its file: what it is, what it learned from, how it was trained, and how it scored</source>
        <translation>Údaje o otevřeném modelu, přečtené z jeho souboru: co je zač, z čeho se učil, jak byl trénován a jak dopadl</translation>
    </message>
    <message>
        <source>No model open.</source>
        <translation>Není otevřen žádný model.</translation>
    </message>
</context>
<context>
    <name>NormPlot</name>
    <message>
        <source>‖z‖, the length of the latent, frame by frame (blue), against the prior&apos;s typical length √d (dashed; shaded: where 95% of its samples are). Latents the model was trained on live in that shell: slerp stays there, lerp dips into the middle.</source>
        <extracomment>the norm of a D-dimensional standard normal sample has a spread of about 1/√2 (95%: ±1.96/√2)</extracomment>
        <translation>‖z‖, délka latentního vektoru, snímek po snímku (modře), proti typické délce priorního rozdělení √d (čárkovaně; vystínováno: kde leží 95 % jeho vzorků). Latentní vektory, na kterých se model učil, žijí v této slupce: slerp v ní zůstává, lerp se propadá do středu.</translation>
    </message>
    <message>
        <source>√d = {typical:.2f} (d = {d}); lowest ‖z‖ on the path {low:.2f}</source>
        <translation>√d = {typical:.2f} (d = {d}); nejmenší ‖z‖ na cestě {low:.2f}</translation>
    </message>
    <message>
        <source> — a lerp dip into the middle</source>
        <translation> — propad lerp do středu</translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <source>lerp: straight line between the two keyframes. Halfway, ‖z‖ shrinks towards the centre, where the prior (and the training data) almost never is: images often fade or blur there.</source>
        <extracomment>a frame to show on the big image and its caption (emitted while playing or scrubbing, when asked for)</extracomment>
        <translation>lerp: přímka mezi dvěma klíčovými snímky. V polovině se ‖z‖ zmenšuje ke středu, kde priorní rozdělení (a trénovací data) téměř nikdy není: obrázky tam často blednou nebo se rozmazávají.</translation>
    </message>
    <message>
        <source>slerp: along the sphere between the two keyframes (‖z‖ changes linearly). It stays in the shell where latents of the prior live, so every frame looks like a sample.</source>
        <translation>slerp: po sféře mezi dvěma klíčovými snímky (‖z‖ se mění lineárně). Zůstává ve slupce, kde žijí latentní vektory priorního rozdělení, takže každý snímek vypadá jako vzorek.</translation>
    </message>
    <message>
        <source>+ Point</source>
        <translation>+ Bod</translation>
    </message>
    <message>
        <source>Add the point you are looking at as the next keyframe</source>
        <translation>Přidat bod, na který se díváte, jako další klíčový snímek</translation>
    </message>
    <message>
        <source>+ Seed</source>
        <translation>+ Seed</translation>
    </message>
    <message>
        <source>Add the prior sample of the seed on the right as a keyframe (then the next seed is offered)</source>
        <translation>Přidat vzorek priorního rozdělení pro seed vpravo jako klíčový snímek (pak se nabídne další seed)</translation>
    </message>
    <message>
        <source>A seed: a reproducible random point of the prior</source>
        <translation>Seed: reprodukovatelný náhodný bod priorního rozdělení</translation>
    </message>
    <message>
        <source>+ Random</source>
        <translation>+ Náhodný</translation>
    </message>
    <message>
        <source>Add a random prior sample as a keyframe</source>
        <translation>Přidat náhodný vzorek priorního rozdělení jako klíčový snímek</translation>
    </message>
    <message>
        <source>+ Bookmark</source>
        <translation>+ Záložka</translation>
    </message>
    <message>
        <source>Add one of your bookmarks as a keyframe</source>
        <translation>Přidat jednu z vašich záložek jako klíčový snímek</translation>
    </message>
    <message>
        <source>+ Sweep</source>
        <translation>+ Průjezd</translation>
    </message>
    <message>
        <source>Make the path a sweep along the slider you moved last (a smile, say): from one end of the sliders&apos; range to the other through the current point, everything else unchanged</source>
        <translation>Udělat z cesty průjezd po posuvníku, kterým jste pohnuli naposledy (třeba úsměv): od jednoho konce rozsahu posuvníků k druhému přes aktuální bod, vše ostatní beze změny</translation>
    </message>
    <message>
        <source>+ Steered</source>
        <translation>+ Řízený</translation>
    </message>
    <message>
        <source>Like + Sweep along a named factor (a smile, say), but bent at every step so that the factor network reads every other factor unchanged: a straight direction cannot cancel a side effect that goes one way in one face and the other way in the next. 13 keyframes; takes a moment</source>
        <translation>Jako + Průjezd po pojmenovaném faktoru (třeba úsměvu), ale v každém kroku ohnutý tak, aby síť faktorů četla všechny ostatní faktory beze změny: přímý směr nedokáže zrušit vedlejší účinek, který v jedné tváři působí jedním směrem a v další opačným. 13 klíčových snímků; chvíli to trvá</translation>
    </message>
    <message>
        <source>+ Image</source>
        <translation>+ Obrázek</translation>
    </message>
    <message>
        <source>Add the image last encoded (or inverted) in the “Encode an image” panel</source>
        <translation>Přidat obrázek naposledy zakódovaný (nebo invertovaný) v panelu „Zakódovat obrázek“</translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation>Klíčový snímek</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>then</source>
        <translation>pak</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>snímky</translation>
    </message>
    <message>
        <source>The keyframes in order. &apos;then&apos; and &apos;frames&apos;: how the path travels to the next keyframe. Double-click a name to rename it.</source>
        <translation>Klíčové snímky v pořadí. „pak“ a „snímky“: jak cesta pokračuje k dalšímu klíčovému snímku. Dvojklikem na jméno ho přejmenujete.</translation>
    </message>
    <message>
        <source>Move the selected keyframe earlier</source>
        <translation>Posunout vybraný klíčový snímek dříve</translation>
    </message>
    <message>
        <source>Move the selected keyframe later</source>
        <translation>Posunout vybraný klíčový snímek později</translation>
    </message>
    <message>
        <source>Remove the selected keyframe</source>
        <translation>Odebrat vybraný klíčový snímek</translation>
    </message>
    <message>
        <source>Remove every keyframe</source>
        <translation>Odebrat všechny klíčové snímky</translation>
    </message>
    <message>
        <source> (every segment)</source>
        <translation> (každý úsek)</translation>
    </message>
    <message>
        <source>Frames per segment, for every segment (edit one segment in the table)</source>
        <translation>Snímky na úsek, pro všechny úseky (jeden úsek upravíte v tabulce)</translation>
    </message>
    <message>
        <source>All:</source>
        <translation>Vše:</translation>
    </message>
    <message>
        <source>Set every segment at once</source>
        <translation>Nastavit všechny úseky najednou</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Přehrát</translation>
    </message>
    <message>
        <source>Play or pause the path</source>
        <translation>Přehrát nebo pozastavit cestu</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed, frames per second (also the speed of exported GIFs and videos)</source>
        <translation>Rychlost přehrávání, snímky za sekundu (také rychlost exportovaných GIFů a videí)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Smyčka</translation>
    </message>
    <message>
        <source>Start again at the end</source>
        <translation>Na konci začít znovu</translation>
    </message>
    <message>
        <source>Ping-pong</source>
        <translation>Tam a zpět</translation>
    </message>
    <message>
        <source>Play forwards, then backwards (also used by GIF and MP4 export)</source>
        <translation>Přehrát dopředu a pak pozpátku (použije i export GIF a MP4)</translation>
    </message>
    <message>
        <source>Big image</source>
        <translation>Velký obrázek</translation>
    </message>
    <message>
        <source>While playing or scrubbing, show the frames on the big image (moving a slider shows the current point again)</source>
        <translation>Při přehrávání nebo posouvání zobrazovat snímky ve velkém obrázku (pohyb posuvníkem znovu ukáže aktuální bod)</translation>
    </message>
    <message>
        <source>GIF…</source>
        <translation>GIF…</translation>
    </message>
    <message>
        <source>Save the path as a looping animated GIF (at the export scale and speed)</source>
        <translation>Uložit cestu jako smyčkový animovaný GIF (v měřítku a rychlosti exportu)</translation>
    </message>
    <message>
        <source>MP4…</source>
        <translation>MP4…</translation>
    </message>
    <message>
        <source>Save the path as an H.264 video (needs the video extra: pip install &apos;latentlab[video]&apos;)</source>
        <translation>Uložit cestu jako video H.264 (vyžaduje doplněk video: pip install &apos;latentlab[video]&apos;)</translation>
    </message>
    <message>
        <source>MP4 export needs the video extra, which is not installed: pip install &apos;latentlab[video]&apos;</source>
        <translation>Export do MP4 potřebuje doplněk video, který není nainstalován: pip install &apos;latentlab[video]&apos;</translation>
    </message>
    <message>
        <source>Sheet…</source>
        <translation>Arch…</translation>
    </message>
    <message>
        <source>Save a contact sheet: every frame in one PNG, keyframes captioned</source>
        <translation>Uložit náhledový arch: všechny snímky v jednom PNG, klíčové snímky s popiskem</translation>
    </message>
    <message>
        <source>Export scale: each pixel becomes a square of this many pixels</source>
        <translation>Měřítko exportu: každý pixel se stane čtvercem o tolika pixelech</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Klíčové snímky</translation>
    </message>
    <message>
        <source>Save the keyframes as JSON, or open a saved path. latentlab interpolate MODEL --keyframes FILE renders a saved path from the command line, frame for frame the same</source>
        <translation>Uložit klíčové snímky jako JSON nebo otevřít uloženou cestu. latentlab interpolate MODEL --keyframes SOUBOR vykreslí uloženou cestu z příkazové řádky, snímek po snímku stejně</translation>
    </message>
    <message>
        <source>Save keyframes…</source>
        <translation>Uložit klíčové snímky…</translation>
    </message>
    <message>
        <source>Open keyframes…</source>
        <translation>Otevřít klíčové snímky…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Add two or more keyframes</source>
        <translation>Přidejte dva nebo více klíčových snímků</translation>
    </message>
    <message>
        <source>1 keyframe: add another</source>
        <translation>1 klíčový snímek: přidejte další</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) · rendering…</source>
        <translation>
            <numerusform>%n snímek · vykresluji…</numerusform>
            <numerusform>%n snímky · vykresluji…</numerusform>
            <numerusform>%n snímků · vykresluji…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;from: {source}&lt;br&gt;‖z‖ = {norm:.2f}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;z: {source}&lt;br&gt;‖z‖ = {norm:.2f}</translation>
    </message>
    <message>
        <source>Frames from this keyframe to the next</source>
        <translation>Snímky od tohoto klíčového snímku k dalšímu</translation>
    </message>
    <message>
        <source>end</source>
        <translation>konec</translation>
    </message>
    <message>
        <source>(no bookmarks for this model yet: Ctrl+B keeps the current point)</source>
        <translation>(pro tento model zatím žádné záložky: Ctrl+B uloží aktuální bod)</translation>
    </message>
    <message>
        <source>frame {i} / {n}</source>
        <translation>snímek {i} / {n}</translation>
    </message>
    <message>
        <source> · keyframe {k}</source>
        <translation> · klíčový snímek {k}</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pozastavit</translation>
    </message>
    <message>
        <source>path frame {i} of {n}</source>
        <translation>snímek cesty {i} z {n}</translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the path</source>
        <translation>Exportovat cestu</translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation>Uložit klíčové snímky</translation>
    </message>
    <message>
        <source>Path JSON (*.json)</source>
        <translation>JSON cesty (*.json)</translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation>Otevřít klíčové snímky</translation>
    </message>
    <message>
        <source>Path JSON (*.json);;All files (*)</source>
        <translation>JSON cesty (*.json);;Všechny soubory (*)</translation>
    </message>
</context>
<context>
    <name>PcSliders</name>
    <message>
        <source>Reset</source>
        <extracomment>sliders per line when laid out across (more go to the next line) narrowest slider when laid out across, in pixels</extracomment>
        <translation>Vynulovat</translation>
    </message>
    <message>
        <source>Put every slider back to 0 (the seed&apos;s own sample)</source>
        <translation>Vrátit všechny posuvníky na 0 (vlastní vzorek seedu)</translation>
    </message>
    <message>
        <source>PC{n}</source>
        <translation>PC{n}</translation>
    </message>
    <message>
        <source>Principal direction {x0}: moves the image along the {x0}. direction in which this model&apos;s latents vary most (right-click: back to 0)</source>
        <translation>Hlavní směr {x0}: posouvá obrázek po {x0}. směru, ve kterém se latentní vektory tohoto modelu liší nejvíc (pravé tlačítko: zpět na 0)</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>{dataset} test image #{x0} ({name})</source>
        <extracomment>linked principal-direction sliders (each pane adds coefficient x its own component) optimisation steps of each GAN inversion (the same default as ``latentlab compare``) real pictures in the reconstruction row (``latentlab compare --recon`` default) frames of an interpolation between two pictures</extracomment>
        <translation>testovací obrázek {dataset} č. {x0} ({name})</translation>
    </message>
</context>
<context>
    <name>PointControls</name>
    <message>
        <source>The seed picks a random point reproducibly: the same seed always gives the same image. Type a number and press Enter to go there.</source>
        <translation>Seed vybírá náhodný bod reprodukovatelně: stejný seed dává vždy stejný obrázek. Napište číslo a stiskem Enter tam přejdete.</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Náhodně</translation>
    </message>
    <message>
        <source>Jump to a new random point of the prior (R). Its seed appears in the box, so you can come back to it.</source>
        <translation>Skočit na nový náhodný bod priorního rozdělení (R). Jeho seed se objeví v poli, takže se k němu můžete vrátit.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Počátek</translation>
    </message>
    <message>
        <source>Go back to the centre of the latent space, z = 0: the &apos;most average&apos; point (Home)</source>
        <translation>Zpět do středu latentního prostoru, z = 0: „nejprůměrnější“ bod (Home)</translation>
    </message>
    <message>
        <source>Truncation ψ</source>
        <translation>Ořezání ψ</translation>
    </message>
    <message>
        <source>Truncation ψ scales random points towards the centre: below 1 the GAN&apos;s samples look cleaner but more alike; above 1 more varied but stranger. It applies to Randomize and to the sample grid.</source>
        <translation>Ořezání ψ stahuje náhodné body ke středu: pod 1 vypadají vzorky GAN čistší, ale podobnější; nad 1 rozmanitější, ale podivnější. Platí pro Náhodně a pro mřížku vzorků.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>This model draws the class you ask for: pick which one</source>
        <translation>Tento model kreslí třídu, o kterou požádáte: vyberte ji</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>Seed</source>
        <extracomment>directions shown in the strip (two rows of two: big enough to touch, few enough to read)</extracomment>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed always gives the same image</source>
        <translation>Stejný seed dává vždy stejný obrázek</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Náhodně</translation>
    </message>
    <message>
        <source>A new random point (R)</source>
        <translation>Nový náhodný bod (R)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
</context>
<context>
    <name>ReconRow</name>
    <message>
        <source>&lt;b&gt;Reconstruction&lt;/b&gt;: real test pictures, then each model&apos;s copy. A VAE encodes a picture in one pass; a GAN has no encoder, so latentlab searches for the latent that draws it (inversion).</source>
        <translation>&lt;b&gt;Rekonstrukce&lt;/b&gt;: skutečné testovací obrázky a pak kopie každého modelu. VAE zakóduje obrázek jedním průchodem; GAN kodér nemá, takže latentlab hledá latentní vektor, který ho nakreslí (inverze).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation>Jiné obrázky</translation>
    </message>
    <message>
        <source>Reconstruct other real test pictures</source>
        <translation>Rekonstruovat jiné skutečné testovací obrázky</translation>
    </message>
    <message>
        <source>{name} ({method}): pixel MSE {err:.4f}</source>
        <translation>{name} ({method}): MSE pixelů {err:.4f}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; ({how}) mean MSE {error:.4f}</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; ({how}) průměrná MSE {error:.4f}</translation>
    </message>
    <message>
        <source>encoder, one pass</source>
        <translation>kodér, jeden průchod</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>kodér</translation>
    </message>
    <message numerus="yes">
        <source>inversion, %n step(s)</source>
        <translation>
            <numerusform>inverze, %n krok</numerusform>
            <numerusform>inverze, %n kroky</numerusform>
            <numerusform>inverze, %n kroků</numerusform>
        </translation>
    </message>
    <message>
        <source>A real test picture</source>
        <translation>Skutečný testovací obrázek</translation>
    </message>
</context>
<context>
    <name>RecordStepDialog</name>
    <message>
        <source>Record lesson step</source>
        <translation>Zaznamenat krok lekce</translation>
    </message>
    <message>
        <source>short heading (optional)</source>
        <translation>krátký nadpis (nepovinný)</translation>
    </message>
    <message>
        <source>What the class reads in this step</source>
        <translation>Co si třída v tomto kroku přečte</translation>
    </message>
    <message>
        <source>The lesson file the step is added to (created if it does not exist)</source>
        <translation>Soubor lekce, do kterého se krok přidá (vytvoří se, pokud neexistuje)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>The model, point, class, basis, view and panels as they are now become the step.</source>
        <translation>Model, bod, třída, báze, pohled a panely tak, jak jsou teď, se stanou krokem.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Přidat krok</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nadpis</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Popisek</translation>
    </message>
    <message>
        <source>Lesson file</source>
        <translation>Soubor lekce</translation>
    </message>
    <message>
        <source>Lessons (*.toml)</source>
        <translation>Lekce (*.toml)</translation>
    </message>
    <message>
        <source>Added to {file}. Change the view and add the next step.</source>
        <translation>Přidáno do {file}. Změňte pohled a přidejte další krok.</translation>
    </message>
    <message>
        <source>Could not record the step</source>
        <translation>Krok nelze zaznamenat</translation>
    </message>
</context>
<context>
    <name>RecordingMixin</name>
    <message>
        <source>Write a caption first: it is the text the class reads in this step</source>
        <extracomment>docks whose visibility a recorded step&apos;s ``panels`` keeps</extracomment>
        <translation>Nejdřív napište popisek: je to text, který si třída v tomto kroku přečte</translation>
    </message>
    <message>
        <source>Could not record the step:
{exc}</source>
        <translation>Krok nelze zaznamenat:
{exc}</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Zaznamenat krok</translation>
    </message>
    <message>
        <source>Could not write {target}: {exc}</source>
        <translation>{target} nelze zapsat: {exc}</translation>
    </message>
    <message>
        <source>Recorded step {n} in {out}</source>
        <translation>Krok {n} zaznamenán do {out}</translation>
    </message>
    <message>
        <source>Recorded a step in {out}</source>
        <translation>Krok zaznamenán do {out}</translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <source>How many samples per row and column</source>
        <translation>Kolik vzorků na řádek a sloupec</translation>
    </message>
    <message>
        <source>Seed of the first sample; the others use the next seeds</source>
        <translation>Seed prvního vzorku; ostatní použijí další seedy</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation>Nové vzorky</translation>
    </message>
    <message>
        <source>Show a fresh set of random samples</source>
        <translation>Zobrazit novou sadu náhodných vzorků</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Mřížka</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Random samples from the model. Click one to make it the current point.</source>
        <translation>Náhodné vzorky z modelu. Kliknutím na vzorek z něj uděláte aktuální bod.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{where}: {bad} damaged bookmark(s) skipped</source>
        <translation>{where}: přeskočeno poškozených záložek: {bad}</translation>
    </message>
    <message>
        <source>; the damaged file was kept as {name}</source>
        <translation>; poškozený soubor byl ponechán jako {name}</translation>
    </message>
    <message>
        <source>; it could not be moved aside ({exc})</source>
        <translation>; nepodařilo se ho odsunout ({exc})</translation>
    </message>
    <message>
        <source>Your saved {what} ({name}) could not be read ({reason}), so the app starts with an empty one{kept}.</source>
        <translation>Uložený soubor {what} ({name}) nelze přečíst ({reason}), takže aplikace začíná s prázdným{kept}.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>relace</translation>
    </message>
    <message>
        <source>; the original file was kept as {name}</source>
        <translation>; původní soubor byl ponechán jako {name}</translation>
    </message>
    <message>
        <source>recent-files list</source>
        <translation>seznam nedávných souborů</translation>
    </message>
</context>
<context>
    <name>SliderRow</name>
    <message>
        <source>Drag, or use the arrow keys (0.1 σ steps; Page Up/Down: 0.5 σ). Double-click to type a value, right-click to put it back to 0.</source>
        <translation>Táhněte nebo použijte šipky (kroky 0,1 σ; Page Up/Down: 0,5 σ). Dvojklikem napíšete hodnotu, pravým tlačítkem ji vrátíte na 0.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>generator</source>
        <extracomment>loss key → (label, colour); only the ones a model kind reports are drawn</extracomment>
        <translation>generátor</translation>
    </message>
    <message>
        <source>discriminator</source>
        <translation>diskriminátor</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>rekonstrukce</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Stable GAN</source>
        <extracomment>combo title → preset key (None: the fields as they are)</extracomment>
        <translation>Stabilní GAN</translation>
    </message>
    <message>
        <source>Mode collapse (GAN)</source>
        <translation>Kolaps módů (GAN)</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Vlastní</translation>
    </message>
    <message>
        <source>The recipe the bundled GANs were trained with: spectral norm, hinge loss, one generator step per critic step. The sample grid keeps its variety.</source>
        <translation>Recept, kterým byly natrénovány přiložené GAN: spektrální normalizace, hinge ztráta, jeden krok generátoru na krok kritika. Mřížka vzorků si zachová rozmanitost.</translation>
    </message>
    <message>
        <source>Settings that make a GAN draw only a few digits on MNIST: a latent of just 2 numbers, no spectral norm, the plain (BCE) loss and a large step size. Watch the grid repeat a few shapes and hop from one digit to another, and the coverage chart go lopsided.</source>
        <translation>Nastavení, se kterými GAN na MNIST kreslí jen několik číslic: latentní vektor jen ze 2 čísel, bez spektrální normalizace, obyčejná ztráta (BCE) a velký krok. Sledujte, jak mřížka opakuje pár tvarů a přeskakuje z jedné číslice na druhou a graf pokrytí se nakloní.</translation>
    </message>
    <message>
        <source>A variational autoencoder: reconstruction + KL loss; blurrier, but it covers every class.</source>
        <translation>Variační autoenkodér: rekonstrukce + KL ztráta; rozmazanější, ale pokryje každou třídu.</translation>
    </message>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST (číslice)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST (oblečení)</translation>
    </message>
    <message>
        <source>Ready-made settings. &apos;Mode collapse&apos; shows a GAN forgetting most classes; compare it with &apos;Stable GAN&apos;.</source>
        <extracomment>chosen for a 2-core laptop CPU: a GAN of width 16 draws recognisable digits after ~800 steps (batch 64), about 14 steps/s on one busy core; width 32 is about 4× slower the class coverage chart&apos;s narrowest width: ten readable bars, its title and caption unclipped tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields</extracomment>
        <translation>Připravená nastavení. „Kolaps módů“ ukazuje GAN, který zapomíná většinu tříd; porovnejte ho se „Stabilní GAN“.</translation>
    </message>
    <message>
        <source>What the model learns to draw</source>
        <translation>Co se model učí kreslit</translation>
    </message>
    <message>
        <source>Use the bundled sample if missing</source>
        <translation>Chybí-li, použít vzorek</translation>
    </message>
    <message>
        <source>When the full dataset is not installed, train on the 2,000-image sample that ships with latentlab (enough to see digits appear)</source>
        <translation>Když není nainstalovaná celá datová sada, trénovat na vzorku 2 000 obrázků, který je přiložen k latentlab (stačí, aby se objevily číslice)</translation>
    </message>
    <message>
        <source>GANs learn by a game between a generator and a discriminator; VAEs by rebuilding images. Conditional models are told which class to draw.</source>
        <translation>GAN se učí hrou mezi generátorem a diskriminátorem; VAE přestavováním obrázků. Podmíněným modelům se říká, kterou třídu kreslit.</translation>
    </message>
    <message>
        <source>How many numbers the generator turns into an image</source>
        <translation>Kolik čísel generátor převádí na obrázek</translation>
    </message>
    <message>
        <source>Learning rate: how big each training step is. Too large makes GANs unstable.</source>
        <translation>Rychlost učení: jak velký je každý krok trénování. Příliš velká dělá GAN nestabilní.</translation>
    </message>
    <message>
        <source>Images per training step (64 keeps a laptop CPU responsive)</source>
        <translation>Obrázků na krok trénování (64 nechá CPU notebooku reagovat)</translation>
    </message>
    <message>
        <source>Passes over the training images (you can stop at any time; the model is saved)</source>
        <translation>Průchody trénovacími obrázky (můžete kdykoli zastavit; model se uloží)</translation>
    </message>
    <message>
        <source>Channels of the first layer (the network&apos;s width). 16 trains about 4× faster than 32 on a laptop CPU and is enough for digits.</source>
        <translation>Kanály první vrstvy (šířka sítě). 16 se na CPU notebooku trénuje asi 4× rychleji než 32 a na číslice stačí.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n krok</numerusform>
            <numerusform>%n kroky</numerusform>
            <numerusform>%n kroků</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the sample grid (and the coverage chart) are redrawn</source>
        <translation>Jak často se překresluje mřížka vzorků (a graf pokrytí)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Předvolba</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>Latentní rozměr</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Rychlost učení</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Velikost dávky</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochy</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Šířka</translation>
    </message>
    <message>
        <source>Grid every</source>
        <translation>Mřížka každých</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Spustit</translation>
    </message>
    <message>
        <source>Train a new model from scratch with these settings</source>
        <translation>Natrénovat nový model od začátku s tímto nastavením</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <source>Hold training between two steps (Resume carries on exactly there)</source>
        <translation>Podržet trénování mezi dvěma kroky (Pokračovat naváže přesně tam)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zastavit</translation>
    </message>
    <message>
        <source>End the run now; the model so far is saved and can be opened</source>
        <translation>Ukončit běh hned; dosavadní model se uloží a lze ho otevřít</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nespuštěno</translation>
    </message>
    <message>
        <source>name in My models</source>
        <translation>název v Mých modelech</translation>
    </message>
    <message>
        <source>The file name the model gets in your models folder</source>
        <translation>Název souboru, který model dostane ve vaší složce modelů</translation>
    </message>
    <message>
        <source>Save to my models</source>
        <translation>Uložit do mých modelů</translation>
    </message>
    <message>
        <source>Copy the trained model into your models folder, where the model list finds it</source>
        <translation>Zkopírovat natrénovaný model do vaší složky modelů, kde ho najde seznam modelů</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>Otevřít v průzkumníku</translation>
    </message>
    <message>
        <source>Explore the trained model&apos;s latent space in the main window</source>
        <translation>Prozkoumat latentní prostor natrénovaného modelu v hlavním okně</translation>
    </message>
    <message>
        <source>What the generator draws right now from 64 fixed latents: the same cell always shows the same latent, so you can watch each one change</source>
        <translation>Co generátor právě kreslí z 64 pevných latentních vektorů: stejná buňka ukazuje vždy stejný latentní vektor, takže můžete sledovat, jak se každý mění</translation>
    </message>
    <message>
        <source>Samples appear here</source>
        <translation>Zde se objeví vzorky</translation>
    </message>
    <message>
        <source>Class coverage</source>
        <translation>Pokrytí tříd</translation>
    </message>
    <message>
        <source>A classifier decides which class each sample shows. Even bars: every class is drawn about equally often. Lopsided bars: mode collapse.</source>
        <translation>Klasifikátor rozhodne, kterou třídu každý vzorek ukazuje. Vyrovnané sloupce: každá třída se kreslí zhruba stejně často. Nakloněné sloupce: kolaps módů.</translation>
    </message>
    <message>
        <source>% of samples</source>
        <translation>% vzorků</translation>
    </message>
    <message>
        <source>class entropy: –</source>
        <translation>entropie tříd: –</translation>
    </message>
    <message>
        <source>1 = every class equally often, 0 = only one class (total mode collapse)</source>
        <translation>1 = každá třída stejně často, 0 = jen jedna třída (úplný kolaps módů)</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Ztráty</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>Training losses, averaged over a few steps. A GAN&apos;s two losses push against each other, so they wobble instead of falling; they do not show mode collapse.</source>
        <translation>Ztráty při trénování, zprůměrované přes několik kroků. Dvě ztráty GAN proti sobě tlačí, takže kolísají místo klesání; kolaps módů neukazují.</translation>
    </message>
    <message>
        <source>latentlab (live training panel)</source>
        <translation>latentlab (panel živého trénování)</translation>
    </message>
    <message>
        <source>A run is still going: stop it first</source>
        <translation>Běh stále probíhá: nejdřív ho zastavte</translation>
    </message>
    <message>
        <source>custom settings</source>
        <translation>vlastní nastavení</translation>
    </message>
    <message>
        <source>Starting {run}…</source>
        <translation>Spouštím {run}…</translation>
    </message>
    <message>
        <source>my-{kind}-{dataset}</source>
        <translation>my-{kind}-{dataset}</translation>
    </message>
    <message>
        <source>Stopping (saving the model so far)…</source>
        <translation>Zastavuji (ukládám dosavadní model)…</translation>
    </message>
    <message>
        <source>Nothing to save yet: train a model (or stop a run) first</source>
        <translation>Zatím není co uložit: natrénujte model (nebo zastavte běh)</translation>
    </message>
    <message>
        <source>Give the model a name first</source>
        <translation>Nejdřív modelu dejte název</translation>
    </message>
    <message>
        <source>{target} already exists: choose another name</source>
        <translation>{target} už existuje: zvolte jiný název</translation>
    </message>
    <message>
        <source>Could not save the model to {target}: {x0}</source>
        <translation>Model nelze uložit do {target}: {x0}</translation>
    </message>
    <message>
        <source>Saved {name} to your models ({target})</source>
        <translation>{name} uložen do vašich modelů ({target})</translation>
    </message>
    <message>
        <source>Nothing to open yet: train a model (or stop a run) first</source>
        <translation>Zatím není co otevřít: natrénujte model (nebo zastavte běh)</translation>
    </message>
    <message>
        <source>step {step:,} / {total:,} · epoch {epoch} · {rate:.1f} steps/s</source>
        <translation>krok {step:,} / {total:,} · epocha {epoch} · {rate:.1f} kroků/s</translation>
    </message>
    <message>
        <source> · {minutes:.0f} min left</source>
        <translation> · zbývá {minutes:.0f} min</translation>
    </message>
    <message>
        <source> · {left:.0f} s left</source>
        <translation> · zbývá {left:.0f} s</translation>
    </message>
    <message>
        <source>Paused at {status}</source>
        <translation>Pozastaveno: {status}</translation>
    </message>
    <message>
        <source>Samples after {steps} steps</source>
        <translation>Vzorky po {steps} krocích</translation>
    </message>
    <message>
        <source>1 class never drawn</source>
        <translation>1 třída se nikdy nevykreslila</translation>
    </message>
    <message>
        <source>{n} classes never drawn</source>
        <translation>{n} tříd se nikdy nevykreslilo</translation>
    </message>
    <message>
        <source>class entropy {value} (1 = even)</source>
        <translation>entropie tříd {value} (1 = rovnoměrně)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Trénování selhalo</translation>
    </message>
    <message>
        <source>Training failed: {text}</source>
        <translation>Trénování selhalo: {text}</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The full {title} dataset is not installed here, so this run trains on the bundled {n:,}-image sample instead.</source>
        <extracomment>number of training images of the full datasets (to keep a run&apos;s length on the small sample) seconds between two curve/status updates sent to the GUI loss points are means over this many steps (raw per-step GAN losses are too noisy to read) something the user should know (e.g. &quot;training on the bundled sample&quot;), and its details the run has stopped between two steps because it is paused (everything before is delivered)</extracomment>
        <translation>Celá datová sada {title} tu není nainstalovaná, takže tento běh trénuje na přiloženém vzorku {n:,} obrázků.</translation>
    </message>
    <message>
        <source> ({epochs} epochs of the full set = {passes} passes over the sample.)</source>
        <translation> ({epochs} epoch celé sady = {passes} průchodů vzorkem.)</translation>
    </message>
    <message>
        <source>No class coverage chart for this data (no classifier for it).</source>
        <translation>Pro tato data není graf pokrytí tříd (nemají klasifikátor).</translation>
    </message>
    <message>
        <source>Finished after {step:,} steps; saved {path}</source>
        <translation>Dokončeno po {step:,} krocích; uloženo {path}</translation>
    </message>
    <message>
        <source>Stopped; saved the model so far to {path}</source>
        <translation>Zastaveno; dosavadní model uložen do {path}</translation>
    </message>
    <message>
        <source>Stopped before the first step; nothing was saved</source>
        <translation>Zastaveno před prvním krokem; nic se neuložilo</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>(could not be read: {0})</source>
        <extracomment>dialogs waiting for an answer, by resolved path: a second request for the same file joins it</extracomment>
        <translation>(nelze přečíst: {0})</translation>
    </message>
    <message>
        <source>Run code from this file?</source>
        <translation>Spustit kód z tohoto souboru?</translation>
    </message>
    <message>
        <source>{name} is a program, not just weights: opening it runs its code with your permissions. It could read, change or delete any of your files.</source>
        <translation>{name} je program, nejen váhy: jeho otevřením se spustí jeho kód s vašimi oprávněními. Mohl by číst, měnit nebo mazat kterékoli vaše soubory.</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from. Weights saved as .safetensors or as a state dict never run code.

SHA-256: {sha}</source>
        <translation>Otevřete ho, jen pokud důvěřujete jeho původu. Váhy uložené jako .safetensors nebo jako state dict nikdy žádný kód nespouštějí.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Přesto otevřít</translation>
    </message>
    <message>
        <source>Left {0} closed: its code was not run</source>
        <translation>{0} zůstal zavřený: jeho kód nebyl spuštěn</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>latentlab user guide</source>
        <translation>Uživatelská příručka latentlab</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>Welcome to latentlab</source>
        <translation>Vítejte v latentlab</translation>
    </message>
    <message>
        <source>This is a VAE trained on handwritten digits, the simplest model here. Drag a slider on the right and watch the digit change. For a class, open &lt;b&gt;Lessons ▸ 1.&lt;/b&gt;: it walks through the ideas step by step in presentation mode (Esc leaves). &lt;b&gt;F1&lt;/b&gt; lists every keyboard shortcut; &lt;b&gt;Help ▸ User guide&lt;/b&gt; explains the views.</source>
        <translation>Toto je VAE natrénovaný na ručně psaných číslicích, nejjednodušší zdejší model. Táhněte posuvníkem vpravo a sledujte, jak se číslice mění. Pro výuku otevřete &lt;b&gt;Lekce ▸ 1.&lt;/b&gt;: krok za krokem provede myšlenkami v režimu prezentace (Esc jej ukončí). &lt;b&gt;F1&lt;/b&gt; vypíše všechny klávesové zkratky; &lt;b&gt;Nápověda ▸ Uživatelská příručka&lt;/b&gt; vysvětluje jednotlivé pohledy.</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Tuto zprávu už nezobrazovat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>anomaly</name>
    <message>
        <source>&amp;Anomaly detection</source>
        <extracomment>parts a lesson can point at</extracomment>
        <translation>Detekce &amp;anomálií</translation>
    </message>
    <message>
        <source>Score normal images and outliers with the open model: histograms, ROC curve and AUC</source>
        <translation>Ohodnotí normální a odlehlé obrázky otevřeným modelem: histogramy, ROC křivka a AUC</translation>
    </message>
    <message>
        <source>Anomaly detection</source>
        <translation>Detekce anomálií</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Obnovit rozložení</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Celá obrazovka</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uživatelská příručka</translation>
    </message>
    <message>
        <source>&amp;About latentlab</source>
        <translation>&amp;O aplikaci latentlab</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>set to &quot;1&quot; to print &quot;FIRST_FRAME &lt;unix time&gt;&quot; and quit once the first frame is shown (bench) shared libraries Qt&apos;s xcb platform plugin loads on Linux: (library name, Debian/Ubuntu package)</extracomment>
        <translation>Vítejte</translation>
    </message>
</context>
<context>
    <name>basis</name>
    <message>
        <source>{name}: a classifier (feature network), not an image generator; it is used to measure generators, not to explore</source>
        <extracomment>samples used to fit PCA / class / attribute directions (the bundled data sample has 2,000)</extracomment>
        <translation>{name}: klasifikátor (síť příznaků), ne generátor obrázků; slouží k měření generátorů, ne k prozkoumávání</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(neznámá)</translation>
    </message>
    <message>
        <source>Principal directions of a VAE come from encoding real images, and there is no bundled sample of the dataset {dataset}</source>
        <translation>Hlavní směry VAE vznikají kódováním skutečných obrázků a k datové sadě {dataset} není přiložený vzorek</translation>
    </message>
    <message>
        <source>Principal directions of a GAN come from its first layer (GANSpace), and this model&apos;s family does not say which layer that is</source>
        <translation>Hlavní směry GAN pocházejí z jeho první vrstvy (GANSpace) a rodina tohoto modelu neuvádí, která vrstva to je</translation>
    </message>
    <message>
        <source>This model takes the class as an input, so its latent space has no class directions: pick the class with the class selector instead</source>
        <translation>Tento model dostává třídu jako vstup, takže jeho latentní prostor nemá směry tříd: třídu zvolte výběrem třídy</translation>
    </message>
    <message>
        <source>Class directions need labelled images of the dataset, and there is no bundled sample of {dataset}</source>
        <translation>Směry tříd potřebují označené obrázky datové sady a k {dataset} není přiložený vzorek</translation>
    </message>
    <message>
        <source>Class directions of a GAN need a classifier (feature network) for its dataset to label the samples, and none is installed for {dataset}</source>
        <translation>Směry tříd u GAN potřebují klasifikátor (síť příznaků) pro jeho datovou sadu, který vzorky označí, a pro {dataset} žádný není nainstalovaný</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>tento model</translation>
    </message>
    <message>
        <source>Attribute directions follow measurable image properties, and the dataset {dataset} declares none</source>
        <translation>Směry atributů sledují měřitelné vlastnosti obrázků a datová sada {dataset} žádné nedeklaruje</translation>
    </message>
    <message>
        <source>Attribute directions need grey or colour images</source>
        <translation>Směry atributů potřebují šedé nebo barevné obrázky</translation>
    </message>
    <message>
        <source>encoded {dataset} images</source>
        <translation>zakódované obrázky {dataset}</translation>
    </message>
    <message>
        <source>{FIT_SAMPLES} samples labelled by the {dataset} classifier</source>
        <translation>{FIT_SAMPLES} vzorků označených klasifikátorem {dataset}</translation>
    </message>
    <message>
        <source>{description}, from {x0} decoded samples</source>
        <translation>{description}, z {x0} dekódovaných vzorků</translation>
    </message>
    <message>
        <source>{n} decoded samples</source>
        <translation>{n} dekódovaných vzorků</translation>
    </message>
    <message>
        <source>{n} encoded {dataset} images</source>
        <translation>{n} zakódovaných obrázků {dataset}</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} vzorků</translation>
    </message>
    <message>
        <source>PC{n} ({percent} %)</source>
        <translation>PC{n} ({percent} %)</translation>
    </message>
    <message>
        <source>PC{n} explains {percent} % of the variation in the generator&apos;s first layer over {source} (GANSpace: the layer&apos;s principal components, traced back to the latent)</source>
        <translation>PC{n} vysvětluje {percent} % variability první vrstvy generátoru přes {source} (GANSpace: hlavní komponenty vrstvy převedené zpět do latentního prostoru)</translation>
    </message>
    <message>
        <source>PC{n} explains {percent} % of the variation of {source} in latent space: the direction with the {ordinal} largest spread</source>
        <translation>PC{n} vysvětluje {percent} % variability {source} v latentním prostoru: směr s {ordinal} největším rozptylem</translation>
    </message>
    <message>
        <source>From the average &apos;{x0}&apos; towards the average &apos;{x1}&apos; (class means of {x2}); the means are {n:.2f} apart</source>
        <translation>Od průměru „{x0}“ k průměru „{x1}“ (průměry tříd z: {x2}); průměry jsou od sebe {n:.2f}</translation>
    </message>
    <message>
        <source>Raw axes</source>
        <extracomment>Basis keys in menu order. Basis titles as source text; show them with ``basis_title(key)`` (context &quot;basis&quot;).</extracomment>
        <translation>Surové osy</translation>
    </message>
    <message>
        <source>Principal directions</source>
        <translation>Hlavní směry</translation>
    </message>
    <message>
        <source>Class directions</source>
        <translation>Směry tříd</translation>
    </message>
    <message>
        <source>Attribute directions</source>
        <translation>Směry atributů</translation>
    </message>
    <message>
        <source>Latent coordinate {i}, in standard deviations of the prior</source>
        <extracomment>basis key → None when available, else a plain-words reason why not</extracomment>
        <translation>Latentní souřadnice {i}, ve směrodatných odchylkách priorního rozdělení</translation>
    </message>
    <message>
        <source>Each slider moves one coordinate of the latent vector z, the numbers the model turns into a picture.</source>
        <extracomment>most sliders built at once; more dimensions than this show the first ones and say so</extracomment>
        <translation>Každý posuvník posouvá jednu souřadnici latentního vektoru z, čísel, která model převádí na obrázek.</translation>
    </message>
    <message>
        <source>Sliders move along the directions in which the latents vary most (principal components), biggest first: usually the most visible changes.</source>
        <translation>Posuvníky se pohybují po směrech, ve kterých se latentní vektory liší nejvíc (hlavní komponenty), od největšího: obvykle nejviditelnější změny.</translation>
    </message>
    <message>
        <source>Sliders move from the average of one class towards the average of another, e.g. &apos;3 → 8&apos;.</source>
        <translation>Posuvníky vedou od průměru jedné třídy k průměru jiné, např. „3 → 8“.</translation>
    </message>
    <message>
        <source>Sliders move along directions fitted to measurable properties of the images: stroke thickness, slant and width.</source>
        <translation>Posuvníky se pohybují po směrech napasovaných na měřitelné vlastnosti obrázků: tloušťku tahu, sklon a šířku.</translation>
    </message>
    <message>
        <source>Measured: ρ = {rho}, the factor changes by {range} from −3 to +3</source>
        <extracomment>sampled latents a GAN&apos;s directions are fitted on when its card has none</extracomment>
        <translation>Změřeno: ρ = {rho}, faktor se od −3 do +3 změní o {range}</translation>
    </message>
    <message>
        <source>Largest side effect: {other} changes by {value}</source>
        <translation>Největší vedlejší účinek: {other} se změní o {value}</translation>
    </message>
    <message>
        <source>Steered (+ Steered in the path editor), read by a factor network that did not steer: largest side effect {value} ({other}), straight {straight}</source>
        <translation>Řízeně (+ Řízený v editoru cesty), jak čte síť faktorů, která neřídila: největší vedlejší účinek {value} ({other}), přímo {straight}</translation>
    </message>
    <message>
        <source>The perfect edit (real images with only this factor changed, redrawn by this model) changes {other} by {value}</source>
        <translation>Dokonalá úprava (skutečné obrázky, v nichž se změnil jen tento faktor, překreslené tímto modelem) změní {other} o {value}</translation>
    </message>
    <message>
        <source>The perfect edit (real images with only this factor changed) reads as {other} changing by {value}: the factor network&apos;s own error</source>
        <translation>Dokonalou úpravu (skutečné obrázky, v nichž se změnil jen tento faktor) čte síť faktorů tak, že se {other} změní o {value}: to je její vlastní chyba</translation>
    </message>
    <message>
        <source>{n} encoded {dataset} images, measured for this model&apos;s card</source>
        <translation>{n} zakódovaných obrázků {dataset}, změřeno pro kartu tohoto modelu</translation>
    </message>
    <message>
        <source>{n} sampled latents read by the factor network, measured for this model&apos;s card</source>
        <translation>{n} vzorkovaných latentních vektorů přečtených sítí faktorů, změřeno pro kartu tohoto modelu</translation>
    </message>
    <message>
        <source>the directions measured for this model&apos;s card ({source})</source>
        <translation>směry změřené pro kartu tohoto modelu ({source})</translation>
    </message>
    <message>
        <source>{n} encoded images of the bundled sample</source>
        <translation>{n} zakódovaných obrázků přiloženého vzorku</translation>
    </message>
    <message>
        <source>{n} sampled latents read by the factor network</source>
        <translation>{n} vzorkovaných latentních vektorů přečtených sítí faktorů</translation>
    </message>
    <message>
        <source>One slider step is the data&apos;s spread along this direction ({scale} prior standard deviations).</source>
        <translation>Jeden krok posuvníku je rozptyl dat v tomto směru ({scale} směrodatných odchylek priorního rozdělení).</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>Lesson</source>
        <extracomment>keys a presenter remote sends widgets that use ← / → themselves: while one has the focus, arrows stay with it</extracomment>
        <translation>Lekce</translation>
    </message>
    <message>
        <source>Presentation sliders</source>
        <translation>Posuvníky prezentace</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Otevřít &amp;lekci…</translation>
    </message>
    <message>
        <source>Open a lesson (.toml) and show its first step</source>
        <translation>Otevřít lekci (.toml) a ukázat její první krok</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Prezentace</translation>
    </message>
    <message>
        <source>Full screen with large type for a classroom (Esc leaves)</source>
        <translation>Celá obrazovka s velkým písmem pro třídu (Esc ji ukončí)</translation>
    </message>
    <message>
        <source>Presentation &amp;screen</source>
        <translation>Obrazovka &amp;prezentace</translation>
    </message>
    <message>
        <source>&amp;Record step…</source>
        <translation>&amp;Zaznamenat krok…</translation>
    </message>
    <message>
        <source>Add the current view as a step to a lesson file</source>
        <translation>Přidat aktuální pohled jako krok do souboru lekce</translation>
    </message>
    <message>
        <source>&amp;Next step	Page Down</source>
        <translation>&amp;Další krok	Page Down</translation>
    </message>
    <message>
        <source>&amp;Previous step	Page Up</source>
        <translation>&amp;Předchozí krok	Page Up</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>&amp;Zavřít lekci</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Jeviště</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>&amp;Compare models…</source>
        <extracomment>highlight ids of the compare view → the name its ``widget_for`` / ``highlight`` knows the view&apos;s panels a lesson step&apos;s ``panels`` list switches</extracomment>
        <translation>&amp;Srovnat modely…</translation>
    </message>
    <message>
        <source>Two to four models side by side: same seed, grid, interpolation, reconstruction, and the evidence for the VAE-vs-GAN claims</source>
        <translation>Dva až čtyři modely vedle sebe: stejný seed, mřížka, interpolace, rekonstrukce a důkazy pro tvrzení o VAE a GAN</translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>&amp;Open / Import model…</source>
        <extracomment>explorer docks, in View-menu order</extracomment>
        <translation>&amp;Otevřít / importovat model…</translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json), or import a PyTorch state dict (.pt, .pth, .ckpt…)</source>
        <translation>Otevřít model .safetensors nebo manifest TorchScript (.json), nebo importovat state dict PyTorch (.pt, .pth, .ckpt…)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otevřít &amp;nedávné</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>&amp;Exportovat obrázek…</translation>
    </message>
    <message>
        <source>Save the current image as a PNG, with a JSON file that can recreate it</source>
        <translation>Uložit aktuální obrázek jako PNG se souborem JSON, podle kterého ho lze znovu vytvořit</translation>
    </message>
    <message>
        <source>Export &amp;grid…</source>
        <translation>Exportovat &amp;mřížku…</translation>
    </message>
    <message>
        <source>Save the sample grid as a PNG</source>
        <translation>Uložit mřížku vzorků jako PNG</translation>
    </message>
    <message>
        <source>Export &amp;scale</source>
        <translation>&amp;Měřítko exportu</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Kopírovat obrázek</translation>
    </message>
    <message>
        <source>Copy the current image (at the export scale) to the clipboard</source>
        <translation>Zkopírovat aktuální obrázek (v měřítku exportu) do schránky</translation>
    </message>
    <message>
        <source>&amp;Save latent…</source>
        <translation>&amp;Uložit latentní vektor…</translation>
    </message>
    <message>
        <source>Save the current point (latent vector, class, seed) as JSON</source>
        <translation>Uložit aktuální bod (latentní vektor, třídu, seed) jako JSON</translation>
    </message>
    <message>
        <source>&amp;Load latent…</source>
        <translation>&amp;Načíst latentní vektor…</translation>
    </message>
    <message>
        <source>Go to a point saved as JSON, or the point of an exported PNG</source>
        <translation>Přejít na bod uložený jako JSON nebo na bod exportovaného PNG</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Uložit relaci &amp;jako…</translation>
    </message>
    <message>
        <source>Save your bookmarks to a file of your choice</source>
        <translation>Uložit vaše záložky do souboru podle vašeho výběru</translation>
    </message>
    <message>
        <source>Open sessio&amp;n…</source>
        <translation>Otevřít re&amp;laci…</translation>
    </message>
    <message>
        <source>Add the bookmarks of a saved session file</source>
        <translation>Přidat záložky z uloženého souboru relace</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>U&amp;končit</translation>
    </message>
    <message>
        <source>&amp;Randomize</source>
        <translation>&amp;Náhodně</translation>
    </message>
    <message>
        <source>Jump to a random point (a new seed)</source>
        <translation>Skočit na náhodný bod (nový seed)</translation>
    </message>
    <message>
        <source>Back to &amp;origin</source>
        <translation>Zpět do &amp;počátku</translation>
    </message>
    <message>
        <source>Go to z = 0, the centre of the latent space</source>
        <translation>Přejít na z = 0, střed latentního prostoru</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Záložka</translation>
    </message>
    <message>
        <source>Save the current point in Bookmarks</source>
        <translation>Uložit aktuální bod do Záložek</translation>
    </message>
    <message>
        <source>&amp;Fit image</source>
        <translation>&amp;Přizpůsobit obrázek</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Přizpůsobit obrázek oknu</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Př&amp;iblížit</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Oddálit</translation>
    </message>
    <message>
        <source>&amp;Pixel grid</source>
        <translation>&amp;Mřížka pixelů</translation>
    </message>
    <message>
        <source>Draw a line around every pixel</source>
        <translation>Obtáhnout každý pixel čarou</translation>
    </message>
    <message>
        <source>&amp;Smooth scaling</source>
        <translation>&amp;Hladké zvětšení</translation>
    </message>
    <message>
        <source>Blend enlarged pixels (on) or draw each as a crisp square (off, nearest)</source>
        <translation>Prolnout zvětšené pixely (zapnuto), nebo každý kreslit jako ostrý čtverec (vypnuto, nejbližší)</translation>
    </message>
    <message>
        <source>Look for &amp;models again</source>
        <translation>Znovu vyhledat &amp;modely</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modely</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Karta modelu</translation>
    </message>
    <message>
        <source>Latent space</source>
        <translation>Latentní prostor</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Vzorky</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Záložky</translation>
    </message>
</context>
<context>
    <name>factors</name>
    <message>
        <source>{factor}: {value}</source>
        <extracomment>overrides the saved choice and the system locale (``latentlab gui --lang`` overrides it) the shipped CJK font&apos;s id in Qt&apos;s font database, once registered (None: not yet, -1: failed)</extracomment>
        <translation>{factor}: {value}</translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Variational autoencoder (VAE): an encoder squeezes images into a latent vector, a decoder draws them back</source>
        <translation>Variační autoenkodér (VAE): kodér stlačí obrázky do latentního vektoru, dekodér je znovu nakreslí</translation>
    </message>
    <message>
        <source>Conditional VAE</source>
        <translation>Podmíněný VAE</translation>
    </message>
    <message>
        <source>Conditional VAE: a variational autoencoder told which class each image is, so you choose the class and the latent vector draws the style</source>
        <translation>Podmíněný VAE: variační autoenkodér, kterému se říká třída každého obrázku, takže třídu volíte vy a latentní vektor kreslí styl</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network (GAN): a generator learned to draw images a critic could not tell from real ones</source>
        <translation>Generativní adversariální síť (GAN): generátor se naučil kreslit obrázky, které kritik nedokázal odlišit od skutečných</translation>
    </message>
    <message>
        <source>Conditional GAN</source>
        <translation>Podmíněná GAN</translation>
    </message>
    <message>
        <source>Conditional GAN: a generator told which class to draw, against a critic that also knows the class</source>
        <translation>Podmíněná GAN: generátor, kterému se říká, kterou třídu kreslit, proti kritikovi, který třídu také zná</translation>
    </message>
    <message>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <source>GAN trained with the Wasserstein loss and a gradient penalty: a critic that scores instead of classifying, which keeps the generator learning every mode</source>
        <translation>GAN trénovaný s Wassersteinovou ztrátou a penalizací gradientu: kritik, který hodnotí místo klasifikace, díky čemuž se generátor dál učí všechny módy</translation>
    </message>
    <message>
        <source>TorchScript VAE</source>
        <translation>VAE v TorchScriptu</translation>
    </message>
    <message>
        <source>Your own VAE, exported with TorchScript: a decoder (and, if it ships one, an encoder)</source>
        <translation>Váš vlastní VAE exportovaný pomocí TorchScriptu: dekodér (a kodér, pokud ho obsahuje)</translation>
    </message>
    <message>
        <source>TorchScript GAN</source>
        <translation>GAN v TorchScriptu</translation>
    </message>
    <message>
        <source>Your own GAN generator, exported with TorchScript</source>
        <translation>Váš vlastní generátor GAN exportovaný pomocí TorchScriptu</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klasifikátor</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>klasifikátor</translation>
    </message>
    <message>
        <source>Feature network: a small CNN classifier the metrics measure generators with</source>
        <translation>Síť příznaků: malý CNN klasifikátor, kterým metriky měří generátory</translation>
    </message>
    <message>
        <source>Factor network</source>
        <translation>Síť faktorů</translation>
    </message>
    <message>
        <source>factor net</source>
        <translation>síť faktorů</translation>
    </message>
    <message>
        <source>Feature network that reads every labelled factor of an image (smile, glasses, hair colour…)</source>
        <translation>Síť příznaků, která z obrázku vyčte všechny označené faktory (úsměv, brýle, barva vlasů…)</translation>
    </message>
    <message>
        <source>DCGAN (PyTorch tutorial)</source>
        <translation>DCGAN (tutoriál PyTorch)</translation>
    </message>
    <message>
        <source>The DCGAN generator of the PyTorch tutorial and examples, imported from its state dict</source>
        <translation>Generátor DCGAN z tutoriálu a příkladů PyTorch, importovaný z jeho state dict</translation>
    </message>
    <message>
        <source>Conditional DCGAN (tutorial layout)</source>
        <translation>Podmíněný DCGAN (uspořádání z tutoriálu)</translation>
    </message>
    <message>
        <source>A class-conditional DCGAN generator (label embedded or one-hot beside z), imported from its state dict</source>
        <translation>Třídně podmíněný generátor DCGAN (štítek jako embedding nebo one-hot vedle z), importovaný ze state dict</translation>
    </message>
    <message>
        <source>MLP VAE (PyTorch examples)</source>
        <translation>MLP VAE (příklady PyTorch)</translation>
    </message>
    <message>
        <source>The fully connected VAE of the PyTorch examples (784-400-20), imported from its state dict</source>
        <translation>Plně propojený VAE z příkladů PyTorch (784-400-20), importovaný z jeho state dict</translation>
    </message>
    <message>
        <source>Convolutional VAE (PyTorch-VAE)</source>
        <translation>Konvoluční VAE (PyTorch-VAE)</translation>
    </message>
    <message>
        <source>The VanillaVAE of AntixK&apos;s PyTorch-VAE (conv encoder, fc_mu/fc_var), imported from its state dict</source>
        <translation>VanillaVAE z PyTorch-VAE od AntixK (konvoluční kodér, fc_mu/fc_var), importovaný ze state dict</translation>
    </message>
    <message>
        <source>torch.export VAE</source>
        <translation>VAE z torch.export</translation>
    </message>
    <message>
        <source>Your own VAE, saved with torch.export: a decoder (and, if it ships one, an encoder)</source>
        <translation>Váš vlastní VAE uložený pomocí torch.export: dekodér (a kodér, pokud ho obsahuje)</translation>
    </message>
    <message>
        <source>torch.export GAN</source>
        <translation>GAN z torch.export</translation>
    </message>
    <message>
        <source>Your own GAN generator, saved with torch.export</source>
        <translation>Váš vlastní generátor GAN uložený pomocí torch.export</translation>
    </message>
    <message>
        <source>ONNX VAE</source>
        <translation>ONNX VAE</translation>
    </message>
    <message>
        <source>Your own VAE, exported to ONNX: a decoder (and, if it ships one, an encoder)</source>
        <translation>Váš vlastní VAE exportovaný do ONNX: dekodér (a kodér, pokud ho obsahuje)</translation>
    </message>
    <message>
        <source>ONNX GAN</source>
        <translation>ONNX GAN</translation>
    </message>
    <message>
        <source>Your own GAN generator, exported to ONNX</source>
        <translation>Váš vlastní generátor GAN exportovaný do ONNX</translation>
    </message>
    <message>
        <source>conditional {kind}</source>
        <translation>podmíněný {kind}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Arrow keys</source>
        <extracomment>keys handled by widgets or the presenter-remote filter, not by an action of their own</extracomment>
        <translation>Šipky</translation>
    </message>
    <message>
        <source>Step the focused slider by 0.1 σ (Page Up/Down: 0.5 σ)</source>
        <translation>Posune vybraný posuvník o 0,1 σ (Page Up/Down: 0,5 σ)</translation>
    </message>
    <message>
        <source>Page Down / Page Up, → / ←</source>
        <translation>Page Down / Page Up, → / ←</translation>
    </message>
    <message>
        <source>Next / previous lesson step (arrows: when no slider has the focus)</source>
        <translation>Další / předchozí krok lekce (šipky: když žádný posuvník nemá fokus)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Opustit režim prezentace</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>Odstranit vybranou záložku</translation>
    </message>
    <message>
        <source>The user guide ({0}) is not installed.</source>
        <translation>Uživatelská příručka ({0}) není nainstalována.</translation>
    </message>
</context>
<context>
    <name>latent</name>
    <message>
        <source>Latent map</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown</extracomment>
        <translation>Latentní mapa</translation>
    </message>
    <message>
        <source>The data in latent space: click to go somewhere, drag the target to scrub</source>
        <translation>Data v latentním prostoru: kliknutím někam přejdete, tažením cíle procházíte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Interpolation paths through keyframes: play, compare lerp and slerp, export</source>
        <translation>Interpolační cesty přes klíčové snímky: přehrávání, srovnání lerp a slerp, export</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>Zakódovat obrázek</translation>
    </message>
    <message>
        <source>Drop a picture to find its place in latent space (VAEs encode, GANs invert)</source>
        <translation>Přetáhněte obrázek a najděte jeho místo v latentním prostoru (VAE kódují, GAN invertují)</translation>
    </message>
    <message>
        <source>Add to &amp;path</source>
        <translation>Přidat do &amp;cesty</translation>
    </message>
    <message>
        <source>Add the current point as the next keyframe of the interpolation path</source>
        <translation>Přidat aktuální bod jako další klíčový snímek interpolační cesty</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lekce</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Bod</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>Zaříze&amp;ní</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Live &amp;training</source>
        <extracomment>panels inside the training panel that a lesson can point at</extracomment>
        <translation>Živé &amp;trénování</translation>
    </message>
    <message>
        <source>Train a small model and watch it learn</source>
        <translation>Natrénovat malý model a sledovat, jak se učí</translation>
    </message>
    <message>
        <source>Live training</source>
        <translation>Živé trénování</translation>
    </message>
    <message>
        <source>&amp;GAN vs WGAN-GP</source>
        <extracomment>the action that shows and hides the duel, and the panel / command ids beside it</extracomment>
        <translation>&amp;GAN vs WGAN-GP</translation>
    </message>
    <message>
        <source>Train the mode-collapse recipe with the plain GAN loss and with the WGAN-GP loss side by side, and watch their class coverage</source>
        <translation>Natrénovat recept na kolaps módů s obyčejnou ztrátou GAN a se ztrátou WGAN-GP vedle sebe a sledovat jejich pokrytí tříd</translation>
    </message>
    <message>
        <source>GAN vs WGAN-GP</source>
        <translation>GAN vs WGAN-GP</translation>
    </message>
</context>
</TS>
