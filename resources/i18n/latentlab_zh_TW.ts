<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Your saved points. Double-click or press Enter to go to one, F2 to rename, Delete to remove it. They are kept between sessions.</source>
        <extracomment>asked for the thumbnail of a bookmark that has none; set by the controller</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current point under a name (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected bookmark the current point (opens its model if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected bookmark (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet.

Press Ctrl+B (or the Bookmark button) to keep the current point under a name. Bookmarks are kept between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{model_name}{label}{extra}&lt;br&gt;saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomFeature</name>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on this screen (type size {0} px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (has problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bundled lessons)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Could not list models: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no principal directions: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no real pictures: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not measure {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the figure: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Show another model in this pane</source>
        <extracomment>one colour per pane, in pane order: the same colour-blind-safe (Okabe-Ito) colours as the figure frames shown in the filmstrip under an interpolating pane</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this pane (at least two stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole path at a glance: evenly spaced frames from the first picture to the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long this pane&apos;s last picture took to compute on the shared render worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for 1 image on the shared render worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for {n} images on the shared render worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>latentlab — compare models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model for this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: {models}. Train them (latentlab train) or add the model files to the models folder, then reopen this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each class in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class every conditional model draws (the others ignore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these models is conditional: they take no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the figure: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST: VAE | GAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic pair: a VAE and a GAN trained on the same handwritten digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST: CVAE | cGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional versions: both are told which digit to draw (pick it with Class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST: VAE | GAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAE and a GAN trained on small pictures of clothes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Pane</source>
        <extracomment>frames per second of a playing path lupdate reads calls named ``translate`` with a literal context; ``view.tr`` would file them under &quot;view&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pane (up to four models side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole comparison (panes and evidence) as one PNG for slides, with a .json sidecar naming the exact model files (the figure `latentlab compare` draws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model draws its sample(s) from its own prior with this seed (the same random numbers, cut to each model&apos;s latent size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random seed for every pane (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid size N (N×N samples per pane); also the samples in the exported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: one set of sliders moves every pane along its own principal directions. Unlinked: each pane has its own sliders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show real test pictures next to each model&apos;s copy of them (VAE: encoder; GAN: inversion, in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the claims, measured figures, coverage and training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each slider moves every pane along that pane&apos;s own principal direction (PCA of sampled latents for GANs, of encoded real images for VAEs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the walk back and forth (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the path every pane is: drag to move all panes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slerp: along the sphere, where the prior&apos;s samples live; lerp: a straight line (it cuts through the middle, where samples are rare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk between two other real test pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Recent files</source>
        <extracomment>False for throw-away windows (bench): nothing is read from or written to the user&apos;s files</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name} ({kind}, {dim}-D latent, loaded in {ms:.0f} ms on {device})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recent-files list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use {0}: {1}. Staying on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your bookmarks: {0}. They stay in this window; use File ▸ Save session to keep them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped a model file: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundled models yet: open a model file with File ▸ Open (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now rendering on {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the sample grid: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render failed: {error} (showing the last good image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting {title} for {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliders now move along {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough classes were found to make class directions (samples per class: {counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to bookmark {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark {name!r} belongs to {model} ({model_path}), which is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n bookmark(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the session: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n bookmark(s) from {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: open a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current point failed to render; exporting the last good image is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {out} (×{scale}) with its settings in {name}.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample grid is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the {grid_size}×{grid_size} grid to {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the current point to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a {dim}-D latent; {model} needs {latent_dim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the point from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here; using it with {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodePanel</name>
    <message>
        <source>The image as the model sees it: converted to its size and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model draws from the latent it found for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original (converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model&apos;s redrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a PNG or JPG file (any size: it is converted to the model&apos;s shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which image of the bundled test sample (2,000 images, 200 per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode this image of the dataset&apos;s bundled test sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random image of the test sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class the (conditional) model is told the image belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN inversion: how many optimisation steps are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search; the best match so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN inversion: optimisation steps (more: closer match, longer wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the image&apos;s latent the current point (done automatically when it is found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the image&apos;s point in Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the image&apos;s point as the next keyframe of the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latent dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each latent number: the encoder&apos;s mean (bar centre) ± its uncertainty σ (bar), and where the current point is (red dot). Thin bars: the image pins that number down; bars near ±1 wide: it barely matters to the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an
image here
(PNG, JPG…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundled sample of the dataset {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder maps it to a mean and an uncertainty σ per latent number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GAN has no encoder: the latent is found by optimisation (a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a picture, open one, or take a test image. It is converted to {w}×{h} {colours}. {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encoded the first of %n dropped file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The dropped data is not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Could not use it:&lt;/span&gt; {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; {what}{state}&lt;br&gt;error (MSE) {err:.4f} · PSNR {psnr:.1f} dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search brought the error from {first} (best random start) to {best} in {steps} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ± σ of the encoder for each latent number below; the sliders (raw axes) show the same bands. Typical σ here: {sigma}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Claims</source>
        <extracomment>a font size set in points by a label&apos;s own stylesheet (what :meth:`EvidencePanel.set_font_scale` rewrites) body text size in pixels while scaled up (presentation mode); None: the sizes as designed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples to generate when measuring (latentlab eval uses 10,000; fewer is quicker but FID is then biased upwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: share of generated samples the dataset&apos;s classifier puts in each class (dashed: an even share, 1/K; mode collapse shows as missing or tall bars). Bottom: the losses logged during training, each scaled to its own range (smooth = stable, jagged = oscillating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage &amp;&amp; training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims checked on the {dataset} models ({models}); left out: {left_out}: figures are only compared on the same dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open models to check the claims against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet: {models} — use Compute in the Figures tab (or run latentlab eval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measured} of {total} claims could be checked with figures from the model cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measured figures agree with the claim for every VAE-GAN pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measured figures do not agree with the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure to test this claim with yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{tint}; font-weight:700&apos;&gt;{who}&lt;/span&gt; {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence:&lt;/b&gt; {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures used: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in the dataset classifier&apos;s feature space against real test images (latentlab eval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Different datasets ({datasets}): compare figures only within one dataset; best shaded among the {dataset} models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Best model per row shaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure in the background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure {model} now (FID, KID, precision/recall, sharpness, coverage, path length) and write the figures into its model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} · class coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy {entropy:.3f} (1 = even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rarest class {share:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(dashed line: an even share, 1/{k} = {share:.1%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: even share 1/{k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: Compute it in the Figures tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscillation {value:.3f} ({curve}, 0 = smooth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no training log in the model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each curve scaled to its own range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{curve}: {low:.4g} to {high:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} · training losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerFeature</name>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a GPU when there is one, else the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the model on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.safetensors *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image (×{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent or export (*.json *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the image (×{0}, {1}×{2}) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>figure</source>
        <extracomment>rows of the figures table: (key, label, which way is better)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real vs real
(floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same figure between two sets of real images: what a perfect generator would score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}&apos;s card holds no {figure}: press Compute below (or run latentlab eval {model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best {figure} of the models trained on {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Every frame of the path. Click or drag to scrub (instant: the frames are ready), double-click a frame to make its point the current one. Marked: the keyframes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridCanvas</name>
    <message>
        <source>Seed {seed}: click to make it the current point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>The image the model draws for the current point. Scroll to zoom, drag to move around, double-click to fit it to the window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No model open&lt;/h2&gt;&lt;p&gt;Pick a model on the left, use File ▸ Open (Ctrl+O),&lt;br&gt;or drop a &lt;tt&gt;.safetensors&lt;/tt&gt; file onto this window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model drew this image, and from which point: a seed (a reproducible random point) or a point you edited with the sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window (double-click the image does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line around every pixel (visible when zoomed in) — the model makes the image one pixel at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times bigger the exported or copied PNG is (each pixel becomes a square of this many pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this image as a PNG file, with a .json file beside it that can recreate it exactly (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this image to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatentFeature</name>
    <message>
        <source>The path was not recorded: lessons store paths of seeds only, and this path has keyframes from other sources (encoded images, bookmarks or edited points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path&apos;s frame counts differ between segments; they were not recorded (the lesson uses its default).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatentMap</name>
    <message>
        <source>What the map shows across: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <extracomment>the map&apos;s points are computed this long after the map is shown with a new model</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map shows up: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the decoder draws all over the visible part of the map, instead of the points (for a 2-D latent this is the whole learned manifold). Zoom or pan and it is drawn again for what you see. Click an image to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all the points (double-click the map does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to see its latent space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map needs a latent with at least two numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding the test images… (the map fills in when they are done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing and classifying samples… (the map fills in when they are done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the decoder draws all over the whole 2-D latent space. Zoom or pan to see more; click an image to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the decoder draws all over the plane through the current point along these two axes (the other numbers stay as they are). Zoom or pan to see more; click an image to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}. Click to go somewhere, drag the target, hover a point to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be drawn: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal component {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test image {i} · class {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample {i} · looks like {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test image {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample {i}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatentSliders</name>
    <message>
        <source>What the sliders move along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class the directions start from: each slider then leads towards another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the average point of this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the sliders reach, in standard deviations of the prior. Almost all training samples lie within ±3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliders move along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatentTools</name>
    <message>
        <source>Could not draw the latent map: {reason}</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown the map&apos;s background work starts a batch only after this long without a new frame being asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the decoded images: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first, then drop an image on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inversion is still running: wait for it or press Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverting {what}: searching for the latent whose image matches it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result for {source} belongs to a model that is no longer open; it was put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inversion of {source} cancelled after {steps} steps. The best match so far is shown (error {error:.4f}); the current point was not changed — use “Go to point” to take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {source}: mean squared error {error:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use that image: {text}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the keyframe: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added keyframe {count}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode an image first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not render the path: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path needs at least two keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the keyframes: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n keyframe(s) to {out}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first: keyframes belong to a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the keyframes: {text}. The current path is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made with {made}; it is opened with {model} (same latent size, different model: the images will differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some keyframes of {name} have no class; they use the current class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n keyframe(s) ({frame_count} frames) from {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Make a path first: add at least two keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is not rendered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFs play at most {GIF_MAX_FPS} frames per second (browsers slow faster ones down): this one plays at {GIF_MAX_FPS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looping GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the path ({frame_count} frames) as a {what}: {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the path: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Step of the lesson (Page Down / → next, Page Up / ← back)</source>
        <extracomment>the lesson bar outside presentation mode (the light theme has no rules for it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>the compare view</source>
        <extracomment>sweep of ``animate = true`` along a direction: amplitude (σ) and period (s) what each view is called in the note of a step whose view this window lacks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latent map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <extracomment>the current step is fully applied (model open, point set); for tests and recordings start (or switch) live-training runs when a step asks for them where &quot;Record step&quot; appends (None: asks, defaulting to a file in the user&apos;s folder) what the last recorded step could not include (e.g. a path of encoded images); &quot;&quot; if nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &apos;{title}&apos; uses models that are not installed: {listed}. Those steps show their text only; the rest of the lesson works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step needs {0}, which this window does not have yet: read the text, and the lesson goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the path: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jump to a random point (new seed)</source>
        <extracomment>the features every window gets, in the order they install (menus fill in this order)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the origin z = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step the focused slider by 0.1 σ (Page Up/Down: 0.5 σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the current point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the image as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sample grid as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save / load the current point as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the pixel grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for models again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous lesson step (arrows: when no slider has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latentlab</source>
        <extracomment>View ▸ Reset layout was chosen: features put their docks back in their default places a dock that can be the current view (live training, the compare stage) was shown or hidden</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the model runs (change it in the Device menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the last image took to compute, and how many images per second are being shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About latentlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore what VAEs and GANs have learned: move through their latent space and watch the images change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latentlab — {model}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>unknown data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}-D latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models you can explore. Click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json) from disk (Ctrl+O). You can also drop the file onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
{params:,} parameters — click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
missing: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
This file is no longer there (moved or deleted). Clicking it removes it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundled models found.
Use Open file… below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}×{h} colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}×{h} grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts about the open model, read from its file: what it is, what it learned from, how it was trained, and how it scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NormPlot</name>
    <message>
        <source>‖z‖, the length of the latent, frame by frame (blue), against the prior&apos;s typical length √d (dashed; shaded: where 95% of its samples are). Latents the model was trained on live in that shell: slerp stays there, lerp dips into the middle.</source>
        <extracomment>the norm of a D-dimensional standard normal sample has a spread of about 1/√2 (95%: ±1.96/√2)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>√d = {typical:.2f} (d = {d}); lowest ‖z‖ on the path {low:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — a lerp dip into the middle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <source>lerp: straight line between the two keyframes. Halfway, ‖z‖ shrinks towards the centre, where the prior (and the training data) almost never is: images often fade or blur there.</source>
        <extracomment>a frame to show on the big image and its caption (emitted while playing or scrubbing, when asked for)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slerp: along the sphere between the two keyframes (‖z‖ changes linearly). It stays in the shell where latents of the prior live, so every frame looks like a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the point you are looking at as the next keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the prior sample of the seed on the right as a keyframe (then the next seed is offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed: a reproducible random point of the prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a random prior sample as a keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one of your bookmarks as a keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the image last encoded (or inverted) in the “Encode an image” panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyframes in order. &apos;then&apos; and &apos;frames&apos;: how the path travels to the next keyframe. Double-click a name to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected keyframe earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected keyframe later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (every segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per segment, for every segment (edit one segment in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every segment at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed, frames per second (also the speed of exported GIFs and videos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping-pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play forwards, then backwards (also used by GIF and MP4 export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While playing or scrubbing, show the frames on the big image (moving a slider shows the current point again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the path as a looping animated GIF (at the export scale and speed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the path as an H.264 video (needs the video extra: pip install &apos;latentlab[video]&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a contact sheet: every frame in one PNG, keyframes captioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scale: each pixel becomes a square of this many pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the keyframes as JSON, or open a saved path. latentlab interpolate MODEL --keyframes FILE renders a saved path from the command line, frame for frame the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save keyframes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open keyframes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add two or more keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 keyframe: add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) · rendering…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;from: {source}&lt;br&gt;‖z‖ = {norm:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames from this keyframe to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bookmarks for this model yet: Ctrl+B keeps the current point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame {i} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · keyframe {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path frame {i} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcSliders</name>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every slider back to 0 (the seed&apos;s own sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC{n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointControls</name>
    <message>
        <source>The seed picks a random point reproducibly: the same seed always gives the same image. Type a number and press Enter to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a new random point of the prior (R). Its seed appears in the box, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the centre of the latent space, z = 0: the &apos;most average&apos; point (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncation ψ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model draws the class you ask for: pick which one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconRow</name>
    <message>
        <source>&lt;b&gt;Reconstruction&lt;/b&gt;: real test pictures, then each model&apos;s copy. A VAE encodes a picture in one pass; a GAN has no encoder, so latentlab searches for the latent that draws it (inversion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruct other real test pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStepDialog</name>
    <message>
        <source>Record lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short heading (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the class reads in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson file the step is added to (created if it does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model, point, class, basis, view and panels as they are now become the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to {file}. Change the view and add the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingMixin</name>
    <message>
        <source>Write a caption first: it is the text the class reads in this step</source>
        <extracomment>docks whose visibility a recorded step&apos;s ``panels`` keeps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the step:
{exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {target}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded step {n} in {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a step in {out}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <source>How many samples per row and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the first sample; the others use the next seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a fresh set of random samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random samples from the model. Click one to make it the current point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>generator</source>
        <extracomment>loss key → (label, colour); only the ones a model kind reports are drawn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discriminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable GAN</source>
        <extracomment>combo title → preset key (None: the fields as they are)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode collapse (GAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe the bundled GANs were trained with: spectral norm, hinge loss, one generator step per critic step. The sample grid keeps its variety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings known to make a GAN collapse on MNIST: no spectral norm, a large step size and three generator steps per critic step. Watch the grid lose variety and the coverage chart go lopsided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variational autoencoder: reconstruction + KL loss; blurrier, but it covers every class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST (digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made settings. &apos;Mode collapse&apos; shows a GAN forgetting most classes; compare it with &apos;Stable GAN&apos;.</source>
        <extracomment>chosen for a 2-core laptop CPU: a GAN of width 16 draws recognisable digits after ~800 steps (batch 64), about 14 steps/s on one busy core; width 32 is about 4× slower tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model learns to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the bundled sample if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the full dataset is not installed, train on the 2,000-image sample that ships with latentlab (enough to see digits appear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GANs learn by a game between a generator and a discriminator; VAEs by rebuilding images. Conditional models are told which class to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many numbers the generator turns into an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: how big each training step is. Too large makes GANs unstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per training step (64 keeps a laptop CPU responsive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training images (you can stop at any time; the model is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels of the first layer (the network&apos;s width). 16 trains about 4× faster than 32 on a laptop CPU and is enough for digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the sample grid (and the coverage chart) are redrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new model from scratch with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold training between two steps (Resume carries on exactly there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run now; the model so far is saved and can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name in My models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name the model gets in your models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the trained model into your models folder, where the model list finds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the trained model&apos;s latent space in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the generator draws right now from 64 fixed latents: the same cell always shows the same latent, so you can watch each one change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classifier decides which class each sample shows. Even bars: every class is drawn about equally often. Lopsided bars: mode collapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class entropy: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = every class equally often, 0 = only one class (total mode collapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training losses, averaged over a few steps. A GAN&apos;s two losses push against each other, so they wobble instead of falling; they do not show mode collapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting {run}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-{kind}-{dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping (saving the model so far)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples after {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n class(es) never drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>class entropy {value} (1 = even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About latentlab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>basis</name>
    <message>
        <source>(unknown)</source>
        <extracomment>samples used to fit PCA / class / attribute directions (the bundled data sample has 2,000)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal directions of a VAE come from encoding real images, and there is no bundled sample of the dataset {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model takes the class as an input, so its latent space has no class directions: pick the class with the class selector instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class directions need labelled images of the dataset, and there is no bundled sample of {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class directions of a GAN need a classifier (feature network) for its dataset to label the samples, and none is installed for {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute directions follow measurable image properties, and the dataset {dataset} declares none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute directions need grey or colour images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw axes</source>
        <extracomment>Basis keys in menu order. Basis titles as source text; show them with ``basis_title(key)`` (context &quot;basis&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each slider moves one coordinate of the latent vector z, the numbers the model turns into a picture.</source>
        <extracomment>most sliders built at once; more dimensions than this show the first ones and say so</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliders move along the directions in which the latents vary most (principal components), biggest first: usually the most visible changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliders move from the average of one class towards the average of another, e.g. &apos;3 → 8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliders move along directions fitted to measurable properties of the images: stroke thickness, slant and width.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>Lesson</source>
        <extracomment>keys a presenter remote sends widgets that use ← / → themselves: while one has the focus, arrows stay with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson (.toml) and show its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large type for a classroom (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the current view as a step to a lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step	Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step	Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>&amp;Compare models…</source>
        <extracomment>highlight ids of the compare view → the name its ``widget_for`` / ``highlight`` knows the view&apos;s panels a lesson step&apos;s ``panels`` list switches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to four models side by side: same seed, grid, interpolation, reconstruction, and the evidence for the VAE-vs-GAN claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>&amp;Open model…</source>
        <extracomment>explorer docks, in View-menu order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current image as a PNG, with a JSON file that can recreate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sample grid as a PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the current image (at the export scale) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save latent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current point (latent vector, class, seed) as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load latent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a point saved as JSON, or the point of an exported PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your bookmarks to a file of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sessio&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bookmarks of a saved session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Randomize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a random point (a new seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to z = 0, the centre of the latent space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current point in Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pixel grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line around every pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for &amp;models again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <source>VAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variational autoencoder (VAE): an encoder squeezes images into a latent vector, a decoder draws them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional VAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional VAE: a variational autoencoder told which class each image is, so you choose the class and the latent vector draws the style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative adversarial network (GAN): a generator learned to draw images a critic could not tell from real ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional GAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional GAN: a generator told which class to draw, against a critic that also knows the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript VAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own VAE, exported with TorchScript: a decoder (and, if it ships one, an encoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript GAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own GAN generator, exported with TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature network: a small CNN classifier the metrics measure generators with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCGAN (PyTorch tutorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DCGAN generator of the PyTorch tutorial and examples, imported from its state dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP VAE (PyTorch examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fully connected VAE of the PyTorch examples (784-400-20), imported from its state dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latent</name>
    <message>
        <source>Latent map</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in latent space: click to go somewhere, drag the target to scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolation paths through keyframes: play, compare lerp and slerp, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a picture to find its place in latent space (VAEs encode, GANs invert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the current point as the next keyframe of the interpolation path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Live &amp;training</source>
        <extracomment>panels inside the training panel that a lesson can point at</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a small model and watch it learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
