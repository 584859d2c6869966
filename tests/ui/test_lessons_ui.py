"""Lessons in the window: stepping with the keys a presenter remote sends, cumulative state,
missing models, malformed files, recording steps, and ``latentlab --lesson``."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from latentlab.core.lessons import bundled_lessons, load_lesson

LESSONS = {p.stem: p for p in bundled_lessons()}
FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


@pytest.fixture(scope="session")
def stand_ins(tmp_path_factory):
    """Tiny random models under the bundled names (used where the real ones are not installed)."""
    import torch

    from latentlab.core.checkpoint import save_model
    from latentlab.core.families.cgan import ConditionalGAN
    from latentlab.core.families.cvae import CVAE
    from latentlab.core.families.gan import GAN, GANConfig
    from latentlab.core.families.vae import VAE, VAEConfig
    from latentlab.core.families.wgan_gp import WGANGP

    folder = tmp_path_factory.mktemp("stand-ins")
    torch.manual_seed(0)
    digits = [str(i) for i in range(10)]
    built = {
        "mnist-vae": (VAE(VAEConfig(latent_dim=16, base_channels=4)), "mnist", None),
        "mnist-vae-2d": (VAE(VAEConfig(latent_dim=2, base_channels=4)), "mnist", None),
        "mnist-gan": (GAN(GANConfig(latent_dim=64, base_channels=4)), "mnist", None),
        "mnist-gan-collapsed": (GAN(GANConfig(latent_dim=2, base_channels=4)), "mnist", None),
        "mnist-wgan-gp-duel": (WGANGP(GANConfig(latent_dim=2, base_channels=4)), "mnist", None),
        "mnist-cvae": (CVAE(VAEConfig(latent_dim=16, base_channels=4, num_classes=10)), "mnist", digits),
        "mnist-cgan": (ConditionalGAN(GANConfig(latent_dim=64, base_channels=4, num_classes=10)), "mnist", digits),
        "fashion-mnist-cvae": (CVAE(VAEConfig(latent_dim=16, base_channels=4, num_classes=10)), "fashion-mnist",
                               FASHION),
    }
    for name, (model, dataset, classes) in built.items():
        if classes:
            model.class_names = classes
        save_model(model.eval(), folder / f"{name}.safetensors", dataset=dataset)
    return folder


@pytest.fixture
def lesson_window(make_window, stand_ins, monkeypatch):
    monkeypatch.setenv("LATENTLAB_MODELS", str(stand_ins))
    w = make_window()
    w.feature("classroom").player.autostart_training = False
    return w


def _settle(window, timeout: float = 60.0) -> None:
    assert window.controller.wait_idle(timeout)
    cv = window.feature("classroom").compare_view()
    if cv is not None and callable(getattr(cv, "wait_idle", None)):
        cv.wait_idle(timeout)


def _open(window, path, present: bool = False) -> None:
    assert window.feature("classroom").player.open(path, present=present)
    _settle(window)


def _errors(window) -> list[str]:
    return [m.text for m in window.messages.history if m.level == "error"]


@pytest.mark.parametrize("name", sorted(LESSONS))
def test_every_bundled_lesson_steps_through_without_error(lesson_window, name):
    w = lesson_window
    player = w.feature("classroom").player
    bar = w.feature("classroom").lesson_bar
    lesson = load_lesson(LESSONS[name])
    _open(w, LESSONS[name])
    assert player.lesson is not None and player.count == len(lesson.steps)
    assert w.feature("classroom").lesson_dock.isVisible()
    for i, step in enumerate(lesson.steps):
        if i:
            player.next()
        _settle(w)
        assert player.index == i
        assert bar.counter.text() == f"{i + 1} / {len(lesson.steps)}"
        assert bar.caption.text() == step.caption
        assert bar.title.text() == (step.title or f"Step {i + 1}")
        assert bar.bar.value() == i + 1
        assert _control_note(w).isHidden(), f"step {i + 1}: {_control_note(w).text()}"  # no missing control
        eff = player.effective(i)
        if eff.get("view") not in ("compare.view", "training.panel") and eff.get("model") and w.state.model is not None:
            assert w.state.model.name == eff["model"], f"step {i + 1}"
            if "seed" in eff and "z" not in eff and not eff.get("path"):
                assert w.state.seed == eff["seed"]
    player.next()  # past the end: stays on the last step
    assert player.index == len(lesson.steps) - 1
    assert not _errors(w), _errors(w)


def test_steps_apply_cumulatively_and_keys_move(lesson_window, qtbot):
    w = lesson_window
    player = w.feature("classroom").player
    _open(w, LESSONS["what-is-a-latent-space"], present=True)
    assert w.feature("classroom").presentation.active
    assert w.state.model.name == "mnist-vae" and w.state.seed == 0
    assert not w.dock_grid.isVisible() and w.dock_latent.isVisible()  # panels = ["sliders"]
    qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_PageDown)  # presenter remote: next
    _settle(w)
    assert player.index == 1 and w.state.seed == 42
    qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_Right)
    _settle(w)
    assert player.index == 2 and w.dock_grid.isVisible()  # grid = true; seed 42 carried on
    assert w.state.seed == 42 and w.state.model.name == "mnist-vae"
    qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_Right)
    _settle(w)
    assert player.index == 3 and player.sweeping  # direction 0, animate = true
    qtbot.waitUntil(lambda: abs(float(w.state.coefficients[0])) > 0.05, timeout=5000)
    # with a slider focused, arrows move the slider and not the lesson; Page Down still moves on
    slider = w.sliders.slider(1)
    slider.setFocus()
    before = w.state.z[1]
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert player.index == 3 and w.state.z[1] == pytest.approx(before + 0.1, abs=0.011)
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)
    _settle(w)
    assert player.index == 4 and not player.sweeping
    assert w.state.model.name == "mnist-vae-2d"
    qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_Right)
    _settle(w)
    np.testing.assert_allclose(w.state.z, [0.0, 0.0])  # z = [0, 0] in the 2-D model
    for _ in range(2):
        qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_Right)
        _settle(w)
    # the truncation step uses a model whose family truncates (lesson check flags it on a VAE)
    assert player.index == 7 and w.state.model.name == "mnist-gan"
    assert w.state.truncation == pytest.approx(0.5) and w.state.dim == 64
    qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_PageUp)
    _settle(w)
    assert player.index == 6 and w.state.model.name == "mnist-vae-2d"
    qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_Left)
    _settle(w)
    assert player.index == 5
    qtbot.keyClick(w.feature("classroom").lesson_bar, Qt.Key.Key_Escape)
    assert not w.feature("classroom").presentation.active and player.lesson is not None


def test_missing_model_is_named_and_the_lesson_goes_on(lesson_window, tmp_path):
    w = lesson_window
    path = tmp_path / "missing.toml"
    path.write_text('title = "Missing"\n\n[[steps]]\ncaption = "One"\nmodel = "mnist-vae"\nseed = 3\n\n'
                    '[[steps]]\ncaption = "Two"\nmodel = "no-such-model"\n\n'
                    '[[steps]]\ncaption = "Three"\nmodel = "mnist-vae"\nseed = 5\n', encoding="utf-8")
    _open(w, path)
    warnings = [m.text for m in w.messages.history if m.level == "warning"]
    assert any("no-such-model" in t and "step 2" in t for t in warnings), warnings
    player = w.feature("classroom").player
    player.next()
    _settle(w)
    bar = w.feature("classroom").lesson_bar
    assert bar.caption.text() == "Two" and "no-such-model" in bar.note.text() and not bar.note.isHidden()
    assert w.state.model.name == "mnist-vae"  # the open model stays
    player.next()
    _settle(w)
    assert bar.caption.text() == "Three" and bar.note.isHidden() and w.state.seed == 5
    assert not _errors(w)


def test_malformed_lesson_reports_file_and_line(lesson_window, tmp_path):
    w = lesson_window
    path = tmp_path / "broken.toml"
    path.write_text('title = "Broken"\n\n[[steps]]\ncaption = "Fine"\n\n[[steps]]\ncaption = "Bad"\nseed = "x"\n',
                    encoding="utf-8")
    assert not w.feature("classroom").player.open(path)
    msg = w.messages.last
    assert msg.level == "error" and f"{path}:8:" in msg.text and "seed" in msg.text
    assert w.feature("classroom").player.lesson is None and not w.feature("classroom").lesson_dock.isVisible()
    syntax = tmp_path / "syntax.toml"
    syntax.write_text('title = "Oops"\n[[steps]]\ncaption = "unterminated\n', encoding="utf-8")
    assert not w.feature("classroom").player.open(syntax)
    assert f"{syntax}:3:" in w.messages.last.text and "TOML" in w.messages.last.text


def test_step_that_needs_a_missing_view_shows_its_caption(make_window, stand_ins, tmp_path, monkeypatch):
    from latentlab.ui.main_window import FEATURES

    monkeypatch.setenv("LATENTLAB_MODELS", str(stand_ins))
    w = make_window(features=[f for f in FEATURES if f.id != "latent"])  # a window without the latent tools
    path = tmp_path / "views.toml"
    path.write_text('title = "Views"\n\n[[steps]]\ncaption = "Map"\nmodel = "mnist-vae"\nview = "map"\n',
                    encoding="utf-8")
    _open(w, path)
    bar = w.feature("classroom").lesson_bar
    assert bar.caption.text() == "Map" and "needs the latent map" in bar.note.text()


def test_record_step_appends_to_a_lesson(lesson_window, tmp_path, qtbot):
    w = lesson_window
    player = w.feature("classroom").player
    w.controller.open_model("mnist-vae")
    _settle(w)
    w.state.set_seed(17)
    target = tmp_path / "lessons" / "my-class.toml"
    assert player.record_step("Seventeen", target, title="A seed") == target
    lesson = load_lesson(target)
    assert lesson.title == "My class" and len(lesson.steps) == 1
    step = lesson.steps[0]
    assert (step.caption, step.title, step.model, step.seed, step.view) == ("Seventeen", "A seed", "mnist-vae", 17,
                                                                           "explorer.image")
    # an edited point is recorded as z; through the non-modal dialog this time
    w.state.set_coefficient(0, 1.5)
    dialog = player.show_record_dialog()
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.path.text() == str(target)
    dialog.caption.setPlainText("Moved along z0")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    lesson = load_lesson(target)
    assert len(lesson.steps) == 2 and lesson.steps[1].z[0] == pytest.approx(1.5, abs=1e-3)
    assert lesson.steps[1].seed is None
    assert player.record_step("   ", target) is None  # a caption is required
    dialog.close()
    # the recorded lesson plays back
    _open(w, target)
    assert w.state.seed == 17


def test_record_step_captures_a_seed_path(lesson_window, tmp_path, qtbot):
    import tomllib

    w = lesson_window
    player = w.feature("classroom").player
    tools = w.feature("latent").tools
    w.controller.open_model("mnist-vae")
    _settle(w)
    tools.path.clear()
    assert tools.add_seed(3) and tools.add_seed(11)
    tools.path.set_all_modes("lerp")
    tools.path.set_all_frames(12)
    target = tmp_path / "path-lesson.toml"
    dialog = player.show_record_dialog()
    dialog.path.setText(str(target))
    dialog.caption.setPlainText("From 3 to 11")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    assert data["steps"][-1]["path"] == {"seeds": [3, 11], "mode": "lerp", "frames": 12}
    assert load_lesson(target).steps[-1].path["seeds"] == [3, 11]
    assert "not recorded" not in dialog.status.text()

    # a keyframe that is not a seed: no path, and the dialog says why
    assert tools.add_keyframe(np.zeros(16, np.float32), None, "encoded", "encoded test image #1")
    dialog.caption.setPlainText("With an encoded image")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    assert len(data["steps"]) == 2 and "path" not in data["steps"][-1]
    assert "path was not recorded" in dialog.status.text() and "seed" in dialog.status.text()
    dialog.close()


def test_lesson_training_steps_start_switch_and_pause_runs(lesson_window, qtbot):
    from tests.ui.test_training_panel import _synthetic

    w = lesson_window
    c = w.feature("classroom")
    player = c.player
    player.autostart_training = True
    panel = w.panel("training.panel")
    panel.dataset_override = _synthetic()
    panel.config_overrides = {"base_channels": 4, "latent_dim": 4, "batch_size": 8, "device": "cpu",
                              "epochs": 1000}
    _open(w, LESSONS["mode-collapse"], present=True)
    assert w.dock("training.panel").isVisible() and panel.running
    assert panel.preset.currentData() == "stable" and panel.kind.currentData() == "gan"
    assert not w.centralWidget().isVisible()  # the training view has the whole stage
    qtbot.waitUntil(lambda: len(panel.curve_steps) > 0, timeout=30000)
    player.next()  # same run: it keeps going
    assert panel.running and player._training_key[0] == "stable"
    player.next()  # the mode-collapse recipe: a new run
    qtbot.waitUntil(lambda: panel.running and panel.preset.currentData() == "mode-collapse", timeout=30000)
    for _ in range(4):
        player.next()
    _settle(w)
    assert player.index == 6  # the compare step: the run waits (paused) for the class to come back
    assert panel.worker.paused
    player.previous()
    assert panel.running and not panel.worker.paused
    w.close()
    assert not panel.running


def test_compare_step_in_presentation_is_on_stage(lesson_window, qtbot):
    w = lesson_window
    c = w.feature("classroom")
    _open(w, LESSONS["vae-vs-gan"], present=True)
    cv = c.compare_view()
    assert cv is not None and cv.isVisible() and not cv.isWindow()  # inside the presentation
    assert c.stage_dock.isVisible() and not w.centralWidget().isVisible()
    assert list(cv.state.specs) == ["mnist-vae", "mnist-gan"] and cv.state.seed == 7
    assert "compareView" in cv.styleSheet() and "px" in cv.styleSheet()
    qtbot.keyClick(cv, Qt.Key.Key_PageDown)  # keys work while the compare view has the focus
    _settle(w)
    assert c.player.index == 1
    cv.seed_box.setFocus() if hasattr(cv, "seed_box") else cv.setFocus()
    qtbot.keyClick(cv, Qt.Key.Key_Escape)  # the compare view's own Esc shortcut does not keep it
    assert not c.presentation.active
    assert cv.isWindow() and cv.isVisible()  # back in its own window
    assert w.centralWidget().isVisible()


def test_latentlab_lesson_opens_in_presentation_at_step_one(stand_ins, monkeypatch, qtbot):
    from latentlab.ui.app import create_window

    monkeypatch.setenv("LATENTLAB_MODELS", str(stand_ins))
    w = create_window(lesson=str(LESSONS["what-is-a-latent-space"]), device="cpu", dialogs=False)
    qtbot.addWidget(w)
    try:
        _settle(w)
        c = w.feature("classroom")
        assert c.presentation.active
        screen = w.screen().availableGeometry()
        fits = w.minimumSizeHint().width() <= screen.width() and w.minimumSizeHint().height() <= screen.height()
        assert w.isFullScreen() or not fits  # (the offscreen test screen is only 800 px wide)
        assert c.player.index == 0 and c.lesson_bar.counter.text().startswith("1 / ")
        assert w.state.model is not None and w.state.model.name == "mnist-vae" and w.state.seed == 0
    finally:
        w.close()


def test_a_lesson_plays_in_a_translated_ui(lesson_window, qtbot):
    """Every action, menu and dock title replaced by nonsense (a translation the code cannot read):
    the lesson, its panels and highlights, and the keys and actions by id all still work."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu

    w = lesson_window
    for i, a in enumerate(w.findChildren(QAction)):
        a.setText(f"ẍ{i}")
    for i, m in enumerate(w.findChildren(QMenu)):
        m.setTitle(f"ÿ{i}")
    for i, d in enumerate(w.findChildren(QDockWidget)):
        d.setWindowTitle(f"ž{i}")
    c = w.feature("classroom")
    w.trigger("classroom.present")
    assert c.presentation.active
    _open(w, LESSONS["what-is-a-latent-space"])
    player = c.player
    lesson = load_lesson(LESSONS["what-is-a-latent-space"])
    for i, step in enumerate(lesson.steps):
        if i:
            qtbot.keyClick(c.lesson_bar, Qt.Key.Key_PageDown)
            _settle(w)
        assert player.index == i and c.lesson_bar.caption.text() == step.caption
        if step.highlight and not step.highlight.startswith("compare."):
            assert c.highlighter.target is w.panel(step.highlight), step.highlight
        for ident in step.panels or []:
            if ident in w.dock_ids():
                assert w.dock(ident).isVisible(), ident
    assert not _errors(w), _errors(w)
    w.trigger("classroom.present")
    assert not c.presentation.active


def test_the_smile_lesson_moves_the_named_smile_slider_and_sweeps_it_into_a_path(lesson_window, qtbot):
    w = lesson_window
    player = w.feature("classroom").player
    _open(w, LESSONS["smile"])
    ids = lambda: w.state.basis.extra.get("ids") or []
    qtbot.waitUntil(lambda: w.state.basis.key == "attribute", timeout=60000)
    assert w.state.model.name == "faces-vae" and "smile" in ids() and "glasses" in ids()
    player.next()  # "add a smile": the smile slider sweeps
    _settle(w)
    qtbot.waitUntil(lambda: player.sweeping, timeout=30000)
    assert player._sweep_index == ids().index("smile")
    while player.lesson.steps[player.index].id != "the-same-in-the-gan":
        player.next()
        _settle(w)
    # the same sweep in the GAN: its own smile direction (fitted from sampled latents, on its card)
    qtbot.waitUntil(lambda: w.state.model.name == "faces-gan" and w.state.basis.key == "attribute"
                    and "smile" in ids(), timeout=60000)
    qtbot.waitUntil(lambda: player.sweeping, timeout=30000)
    assert player._sweep_index == ids().index("smile")
    while player.lesson.steps[player.index].id != "a-smile-path":
        player.next()
        _settle(w)
    qtbot.waitUntil(lambda: w.state.model.name == "faces-vae" and "smile" in ids(), timeout=60000)
    tools = w.feature("latent").tools
    qtbot.waitUntil(lambda: tools.last_slider == ids().index("smile"), timeout=30000)
    assert tools.add_sweep() and tools.path.count == 2


def _control_note(window):
    from PySide6.QtWidgets import QLabel

    return window.feature("classroom").lesson_bar.findChild(QLabel, "lessonControlNote")


def test_a_highlight_the_model_lacks_says_so_and_frames_nothing(lesson_window, tmp_path, qtbot):
    """The truncation step on a VAE: a note in the lesson bar (found by id), no frame, and the
    step's seed still applied; the same step on a GAN frames the control and has no note; the
    class selector of an unconditional model gets a note too."""
    from latentlab.ui.classroom.lesson_steps import lacking_control_note

    w = lesson_window
    c = w.feature("classroom")
    path = tmp_path / "truncation.toml"
    path.write_text('title = "Truncation"\n\n'
                    '[[steps]]\ncaption = "VAE"\nmodel = "mnist-vae"\nseed = 3\ntruncation = 0.7\n'
                    'highlight = "explorer.truncation"\n\n'
                    '[[steps]]\ncaption = "GAN"\nmodel = "mnist-gan"\nseed = 5\nhighlight = "explorer.truncation"\n\n'
                    '[[steps]]\ncaption = "Class"\nhighlight = "explorer.class"\n\n'
                    '[[steps]]\ncaption = "Seed"\nmodel = "mnist-vae"\nhighlight = "explorer.seed"\n', encoding="utf-8")
    _open(w, path)
    note = _control_note(w)
    assert note is not None
    assert w.state.model.name == "mnist-vae" and w.state.seed == 3  # the step's other keys ran
    assert note.isVisible() and note.text() == lacking_control_note("truncation", w.state.model)  # it is a VAE
    assert c.highlighter.target is None and not c.highlighter.isVisible()

    c.player.next()  # a GAN has the control: framed, no note
    _settle(w)
    assert w.state.model.name == "mnist-gan" and w.state.seed == 5
    assert note.isHidden() and c.player.control_note == ""
    assert c.highlighter.target is w.panel("explorer.truncation")
    qtbot.waitUntil(c.highlighter.isVisible, timeout=5000)

    c.player.next()  # the class selector of an unconditional GAN
    _settle(w)
    assert note.text() == lacking_control_note("class", w.state.model)
    assert note.isVisible() and c.highlighter.target is None and not c.highlighter.isVisible()

    c.player.next()  # a control every model has: framed, the note gone
    _settle(w)
    assert note.isHidden() and c.highlighter.target is w.panel("explorer.seed")

    c.player.goto(0)  # back to the VAE's truncation step, and the teacher opens a GAN there
    _settle(w)
    assert note.isVisible() and c.highlighter.target is None
    w.controller.open_model("mnist-gan")
    _settle(w)
    assert note.isHidden() and c.highlighter.target is w.panel("explorer.truncation")
    assert not _errors(w), _errors(w)


def test_the_anomaly_lesson_opens_the_panel_and_points_at_its_parts(lesson_window):
    w = lesson_window
    player = w.feature("classroom").player
    _open(w, LESSONS["anomaly-detection"])
    dock = w.dock("anomaly.panel")  # built on first use: the step's panels built it
    assert dock.isVisible()
    highlighter = w.feature("classroom").highlighter
    assert highlighter.target is w.panel("anomaly.panel")
    steps = [s.id for s in player.lesson.steps]
    while player.lesson.steps[player.index].id != "run-it":
        player.next()
        _settle(w)
    assert highlighter.target is w.panel("anomaly.run")
    assert "a-gan-is-weaker" in steps and not _errors(w), _errors(w)


def test_a_step_that_runs_an_action_starts_it_when_entered_and_not_when_gone_back_to(lesson_window, qtbot):
    """The anomaly lesson's "run-it" step scores by itself on the way forward; going back to it
    keeps the results the class saw (no second run); a lesson opened at that step runs it too."""
    w = lesson_window
    player = w.feature("classroom").player
    _open(w, LESSONS["anomaly-detection"])
    run_it = next(i for i, s in enumerate(player.lesson.steps) if s.id == "run-it")
    for _ in range(run_it - 1):
        with qtbot.assertNotEmitted(player.actionRun):
            player.next()
            _settle(w)
    panel = w.panel("anomaly.panel")
    assert panel.result is None
    with qtbot.waitSignal(panel.resultReady, timeout=180000) as got, \
            qtbot.waitSignal(player.actionRun, timeout=5000) as started:
        player.next()  # onto "run-it": nobody presses Score
    assert started.args == ["anomaly.run"] and player.index == run_it
    result = got.args[0]
    assert panel.result is result and len(result.inlier_scores) > 0
    assert not panel.job.working and panel.run_button.isEnabled()

    player.next()
    _settle(w)
    with qtbot.assertNotEmitted(player.actionRun):
        player.previous()  # back to "run-it": the scores stay, nothing runs again
        _settle(w)
    assert player.index == run_it and panel.result is result and not panel.job.working
    assert not _errors(w), _errors(w)

    # Opening the lesson at that step is entering it: it scores.
    with qtbot.waitSignal(panel.resultReady, timeout=180000):
        assert player.open(LESSONS["anomaly-detection"], at=run_it)
    assert player.index == run_it and panel.result is not result
    _settle(w)


def test_a_compare_highlight_the_pair_lacks_says_so_in_the_lesson_bar(lesson_window, tmp_path, qtbot):
    """The compare view's class selector for two unconditional models: the lesson bar says the
    models have none, once the pair has loaded; a pair with a conditional model has it (no note);
    a control every pair has gets no note; going back brings the note back."""
    from latentlab.ui.classroom.lesson_steps import lacking_compare_note

    w = lesson_window
    c = w.feature("classroom")
    path = tmp_path / "compare-class.toml"
    path.write_text('title = "Classes"\n\n'
                    '[[steps]]\ncaption = "Plain"\ncompare = ["mnist-vae", "mnist-gan"]\nhighlight = "compare.class"\n\n'
                    '[[steps]]\ncaption = "One conditional"\ncompare = ["mnist-vae", "mnist-cgan"]\n'
                    'highlight = "compare.class"\n\n'
                    '[[steps]]\ncaption = "Seed"\nhighlight = "compare.seed"\n', encoding="utf-8")
    _open(w, path)
    note = _control_note(w)
    cv = c.compare_view()
    assert list(cv.state.specs) == ["mnist-vae", "mnist-gan"]
    expected = lacking_compare_note("class")
    qtbot.waitUntil(lambda: note.text() == expected and not note.isHidden(), timeout=30000)
    assert c.player.control_note == expected and cv.class_box.isHidden()

    c.player.next()  # a conditional model in the pair: the selector is there, the note goes
    _settle(w)
    qtbot.waitUntil(lambda: note.isHidden(), timeout=30000)
    assert c.player.control_note == "" and not cv.class_box.isHidden()
    assert cv.class_box.property("highlight") is True

    c.player.next()  # the seed box: every pair has one
    _settle(w)
    assert note.isHidden() and cv.seed_box.property("highlight") is True

    c.player.goto(0)  # back to the plain pair
    _settle(w)
    qtbot.waitUntil(lambda: note.text() == expected and not note.isHidden(), timeout=30000)


def test_the_mode_collapse_lesson_shows_the_bundled_pair_and_opens_the_duel(lesson_window):
    w = lesson_window
    player = w.feature("classroom").player
    _open(w, LESSONS["mode-collapse"])
    ids = [s.id for s in player.lesson.steps]
    player.goto(ids.index("a-fix-a-better-loss"))
    _settle(w)
    cv = w.feature("classroom").compare_view()
    assert list(cv.state.specs) == ["mnist-gan-collapsed", "mnist-wgan-gp-duel"]
    assert w.panel("training.duel.panel", create=False) is None  # nothing trains before the duel's step
    player.goto(ids.index("race-them"))
    _settle(w)
    dock = w.dock("training.duel.panel")  # built on first use: the step's panels built it
    assert dock.isVisible()
    duel = w.panel("training.duel.panel")
    assert w.feature("classroom").highlighter.target is duel.start_button is w.panel("training.duel.start")
    assert w.panel("training.duel.plain") is duel.panes[0] and w.panel("training.duel.wgan") is duel.panes[1]
    assert not duel.running and w.action("training.duel").isChecked()
    assert not _errors(w), _errors(w)
