"""The UI ids a lesson may name: its views, panels and highlights (Qt-free).

Lessons address the app by the same stable ids the UI features register (``compare.view``,
``explorer.sliders``, ``latent.path.filmstrip``…), never by a widget's visible text, so a
translated UI plays the same lessons. A UI test asserts that every id here is registered in the
running app, so this table and the app cannot drift apart.

Lessons written before ids (``view = "compare"``, ``panels = ["sliders"]``,
``highlight = "seed"``) still load: :func:`lesson_id` reads an old short name in the context of
the step's view (``"sliders"`` is the explorer's sliders, but the compare view's own in a
compare step).
"""

from __future__ import annotations

#: what a step shows as its main view
VIEW_IDS = ("explorer.image", "compare.view", "latent.map", "latent.path", "training.panel")
#: panels a step's ``panels`` list can show (docks of the window, or parts of the compare and training views)
PANEL_IDS = ("explorer.sliders", "explorer.grid", "explorer.bookmarks", "explorer.card", "latent.map",
             "latent.path", "latent.encode", "compare.evidence", "compare.reconstruction", "compare.sliders",
             "compare.path", "training.coverage", "training.grid", "anomaly.panel", "training.duel.panel")
#: controls a step's ``highlight`` can point at
HIGHLIGHT_IDS = ("explorer.seed", "explorer.truncation", "explorer.class", "explorer.basis", "explorer.sliders",
                 "explorer.grid", "latent.map", "latent.map.manifold", "latent.path", "latent.path.filmstrip",
                 "latent.path.norm", "latent.encode", "training.grid", "training.loss", "training.coverage",
                 "compare.reconstruction", "compare.evidence", "compare.coverage", "compare.loss",
                 "compare.sharpness", "compare.fid", "compare.figures", "compare.claims", "compare.path",
                 "compare.filmstrip", "compare.class", "compare.seed", "compare.grid", "compare.sliders",
                 "compare.export", "compare.panes", "anomaly.panel", "anomaly.run", "anomaly.outliers",
                 "anomaly.score", "anomaly.histogram", "anomaly.roc", "training.duel.panel", "training.duel.start",
                 "training.duel.plain", "training.duel.wgan")
#: actions a step's ``run`` key can start when the class moves on to the step (the button a teacher
#: would otherwise have to press: "anomaly.run" is the anomaly panel's Score)
RUN_IDS = ("anomaly.run",)
#: highlights of controls only some models have: id -> the family capability that shows it
HIGHLIGHT_NEEDS = {"explorer.truncation": "truncation"}
#: highlights of class selectors: id -> which of the step's models must be conditional for the
#: selector to be shown ("every": the explorer's one model; "any": the compare view shows its
#: selector when at least one of the compared models is conditional)
HIGHLIGHT_NEEDS_CLASSES = {"explorer.class": "every", "compare.class": "any"}
#: every id a lesson may name (the UI test checks each is registered)
ALL_IDS = tuple(sorted(set(VIEW_IDS) | set(PANEL_IDS) | set(HIGHLIGHT_IDS) | set(RUN_IDS)))

#: old short view names
LEGACY_VIEWS = {"explorer": "explorer.image", "compare": "compare.view", "map": "latent.map",
                "path": "latent.path", "training": "training.panel"}
_EXPLORER = {"seed": "explorer.seed", "truncation": "explorer.truncation", "class-selector": "explorer.class",
             "basis": "explorer.basis", "sliders": "explorer.sliders", "grid": "explorer.grid",
             "bookmarks": "explorer.bookmarks", "card": "explorer.card", "map": "latent.map",
             "manifold": "latent.map.manifold", "path": "latent.path", "filmstrip": "latent.path.filmstrip",
             "norm-plot": "latent.path.norm", "reconstruction": "latent.encode", "evidence": "compare.evidence"}
#: old short panel and highlight names, by the context (view) they were written for
LEGACY_NAMES = {
    "explorer": _EXPLORER,
    "training": {**_EXPLORER, "grid": "training.grid", "loss-curves": "training.loss",
                 "coverage": "training.coverage", "evidence": "training.coverage"},
    "compare": {**_EXPLORER, "reconstruction": "compare.reconstruction", "evidence": "compare.evidence",
                "coverage": "compare.coverage", "loss-curves": "compare.loss", "training": "compare.coverage",
                "sharpness": "compare.sharpness", "fid": "compare.fid", "figures": "compare.figures",
                "claims": "compare.claims", "filmstrip": "compare.filmstrip", "path": "compare.path",
                "class-selector": "compare.class", "seed": "compare.seed", "grid": "compare.grid",
                "sliders": "compare.sliders", "export": "compare.export", "panes": "compare.panes"},
}


def context_of(view_id: str | None) -> str:
    """The legacy-name context of a view id: "compare", "training" or "explorer"."""
    return {"compare.view": "compare", "training.panel": "training"}.get(view_id or "", "explorer")


def view_id(name: str) -> str:
    """A step's ``view`` as an id (an old short name such as ``"compare"`` becomes ``"compare.view"``)."""
    return LEGACY_VIEWS.get(name, name)


def lesson_id(name: str, view: str | None = None) -> str:
    """A panel or highlight name as an id: ids stay, an old short name is read in the context of
    the step's view id ``view``."""
    return name if "." in name else LEGACY_NAMES[context_of(view)].get(name, name)
