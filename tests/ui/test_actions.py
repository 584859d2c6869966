"""Actions, menus, panels and commands by id: what the features register and how the host finds it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from latentlab.core.lesson_ids import ALL_IDS, HIGHLIGHT_IDS, PANEL_IDS, VIEW_IDS
from latentlab.ui.common.actions import UnknownIdError


def test_every_action_id_is_unique_namespaced_and_handled(window):
    from latentlab.ui.main_window import FEATURES

    specs = window.action_specs()
    namespaces = {f.id for f in FEATURES} | {"app"}
    assert {"explorer.randomize", "explorer.export_image", "compare.open", "classroom.present", "training.open",
            "latent.map.show", "latent.path.add_point"} <= set(specs)
    for ident, spec in specs.items():
        assert spec.id == ident and ident.split(".")[0] in namespaces, ident
        assert callable(spec.handler), ident
        assert window.action(ident).data() == ident
    # every action the window carries (its keys work with the menu bar hidden) is registered once
    carried = [a.data() for a in window.actions() if isinstance(a, QAction) and a.data()]
    assert len(carried) == len(set(carried)) and set(carried) == set(specs)
    # menus by id; the classic shortcuts are where they were
    for ident in ("file", "point", "view", "device", "lessons", "help"):
        assert window.menu(ident).menuAction() in window.menuBar().actions()
    keys = {ident: window.action(ident).shortcut().toString() for ident in specs}
    assert keys["compare.open"] == "Ctrl+K" and keys["classroom.present"] == "F5"
    assert keys["training.open"] == "Ctrl+Shift+T" and keys["explorer.randomize"] == "R"


def test_triggering_compare_open_by_id_opens_the_compare_view(window, qtbot):
    assert window.panel("compare.view", create=False) is None  # built on first use
    window.trigger("compare.open")
    view = window.panel("compare.view", create=False)
    assert view is not None and view.isVisible() and view.controller.worker is window.controller.worker
    view.wait_idle(30)


def test_commands_take_keyword_arguments(window, models):
    from tests.ui.helpers import open_model

    open_model(window, models["vae"])
    window.trigger("explorer.go_to", seed=123)
    assert window.state.seed == 123
    window.trigger("explorer.go_to", z=[0.5, 0, 0, 0])
    assert window.state.z[0] == pytest.approx(0.5)
    with pytest.raises(TypeError, match="takes no arguments"):
        window.trigger("explorer.randomize", seed=1)


@pytest.mark.parametrize("lookup, known", [("action", "explorer.randomize"), ("panel", "explorer.seed"),
                                           ("menu", "explorer.recent"), ("dock", "explorer.grid"),
                                           ("trigger", "explorer.go_to"), ("feature", None)])
def test_an_unknown_id_is_named_in_the_error(window, lookup, known):
    with pytest.raises(UnknownIdError, match="'explorer.nonsense'") as info:
        getattr(window, lookup)("explorer.nonsense")
    if known:  # and the ids that are registered under that name
        assert known in str(info.value)


def test_registering_an_id_twice_fails(window):
    with pytest.raises(ValueError, match="'compare.open'"):
        window.add_command("compare.open", lambda: None)


def test_every_id_a_lesson_may_name_is_registered(window):
    """The Qt-free table in core/lesson_ids.py and the running app cannot drift apart."""
    assert set(VIEW_IDS) | set(PANEL_IDS) | set(HIGHLIGHT_IDS) == set(ALL_IDS)
    missing = [ident for ident in ALL_IDS if not window.has(ident)]
    assert not missing
    for ident in VIEW_IDS + PANEL_IDS:  # views and panels are widgets the host can hand out
        assert ident in window.panel_ids(), ident
    # and each highlight finds a real widget once its view exists
    window.trigger("compare.open")
    for ident in HIGHLIGHT_IDS:
        assert window.panel(ident) is not None, ident
    window.panel("compare.view").wait_idle(30)


def test_retranslate_applies_the_titles_again(window):
    act, menu, dock = window.action("explorer.randomize"), window.menu("view"), window.dock("explorer.grid")
    act.setText("xx")
    menu.setTitle("yy")
    dock.setWindowTitle("zz")
    window.retranslate()  # no translator installed: the source texts come back
    assert (act.text(), menu.title(), dock.windowTitle()) == ("&Randomize", "&View", "Samples")
