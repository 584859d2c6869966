"""Interpolation paths in the app: keyframes, lerp/slerp, filmstrip, playback, JSON, exports, bench."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.sidecar_checks import assert_no_paths
from tests.ui.helpers import expected_frame, open_model


def gif_frames(path) -> list[np.ndarray]:
    with Image.open(path) as im:
        out = []
        for i in range(im.n_frames):
            im.seek(i)
            out.append(np.asarray(im.convert("L")).copy())
    return out


def make_path(window, seeds=(1, 2, 3), modes=None, frames=None):
    tools = window.feature("latent").tools
    for s in seeds:
        assert tools.add_seed(s)
    if modes is not None:
        for i, m in enumerate(modes):
            tools.path.set_mode(i, m)
    if frames is not None:
        for i, n in enumerate(frames):
            tools.path.set_frames(i, n)
    assert tools.wait_path()
    return tools.path


# --- the path itself -----------------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["lerp", "slerp"])
def test_paths_hit_the_keyframes_exactly(window, models, mode):
    open_model(window, models["vae"])
    window.state.randomize(7)
    tools = window.feature("latent").tools
    tools.add_seed(1)
    tools.add_current_point()
    tools.add_seed(3)
    path = tools.path
    path.set_all_modes(mode)
    path.set_frames(0, 5)
    path.set_frames(1, 7)
    assert tools.wait_path()
    assert path.frame_count == 13 and path.latents.shape == (13, 4) and path.frames.shape == (13, 28, 28)
    assert path.key_indices == [0, 5, 12]
    for k, i in zip(path.keyframes, path.key_indices):
        np.testing.assert_array_equal(path.latents[i], k.z)  # bit for bit
        np.testing.assert_array_equal(path.frames[i], expected_frame(models["vae"], k.z))
    np.testing.assert_array_equal(path.keyframes[1].z, window.state.z)
    # in between, the frames are the decodes of the path's latents
    np.testing.assert_array_equal(path.frames[8], expected_frame(models["vae"], path.latents[8]))
    norms = np.linalg.norm(path.latents, axis=1)
    a, b = np.linalg.norm(path.keyframes[0].z), np.linalg.norm(path.keyframes[1].z)
    if mode == "slerp":  # slerp: ‖z‖ goes linearly from one keyframe's norm to the next
        np.testing.assert_allclose(norms[:6], np.linspace(a, b, 6), rtol=1e-5)
    else:  # lerp cuts through the middle: shorter than both ends
        assert norms[2] < min(a, b)


def test_norm_plot_shows_the_dip_of_lerp_against_sqrt_d(window, models):
    open_model(window, models["gan"])  # 8-D
    path = make_path(window, seeds=(4, 5), frames=[30])
    ed = window.feature("latent").tools.panel("paths")
    path.set_all_modes("slerp")
    window.feature("latent").tools.wait_path()
    QApplication.processEvents()
    x, y = ed.norms.curve.getData()
    np.testing.assert_allclose(y, np.linalg.norm(path.latents, axis=1), rtol=1e-6)
    assert ed.norms.shell_line.value() == pytest.approx(math.sqrt(8))
    slerp_min = y.min()
    path.set_all_modes("lerp")
    window.feature("latent").tools.wait_path()
    QApplication.processEvents()
    _, y2 = ed.norms.curve.getData()
    assert y2.min() < slerp_min - 0.3  # lerp dips towards the centre
    assert "√d = 2.83" in ed.norms.note.text()


def test_keyframes_from_every_source_reorder_remove(window, models, tmp_path):
    open_model(window, models["vae"])
    tools, ed, path = window.feature("latent").tools, window.feature("latent").tools.panel("paths"), window.feature("latent").tools.path
    window.state.randomize(11)
    window.bookmarks.add_current("eleven", edit=False)
    window.state.randomize(12)
    assert tools.add_current_point()
    ed._fill_bookmarks()
    acts = [a for a in ed.bookmark_menu.actions() if a.isEnabled()]
    assert [a.text() for a in acts] == ["eleven"]
    acts[0].trigger()
    ed.seed_spin.setValue(40)
    ed.add_seed.click()
    assert ed.seed_spin.value() == 41
    img = tmp_path / "digit.png"
    Image.fromarray(np.zeros((28, 28), np.uint8)).save(img)
    assert tools.encode(str(img)) and tools.encode_job.wait(30)
    ed.add_encoded.click()
    assert [k.name for k in path.keyframes] == ["seed 12", "eleven", "seed 40", "digit.png"]
    assert ed.table.rowCount() == 4
    np.testing.assert_array_equal(path.keyframes[1].z, window.state.bookmarks[0].z)
    path.set_mode(0, "lerp")
    ed.table.selectRow(3)
    ed.up_button.click()
    assert [k.name for k in path.keyframes] == ["seed 12", "eleven", "digit.png", "seed 40"]
    assert path.modes[0] == "lerp"  # segments keep their places
    ed.table.selectRow(0)
    ed.remove_button.click()
    assert [k.name for k in path.keyframes] == ["eleven", "digit.png", "seed 40"] and len(path.modes) == 2
    # the table's per-segment widgets edit the path
    spin = ed.table.cellWidget(1, 3)
    spin.setValue(9)
    assert path.frames_per_segment[1] == 9
    combo = ed.table.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("lerp"))
    combo.activated.emit(combo.currentIndex())
    assert path.modes[0] == "lerp"
    assert tools.wait_path() and path.frame_count == 16 + 9 + 1


def test_wrong_size_keyframe_from_bookmark_is_refused(window, models):
    open_model(window, models["vae"])
    window.bookmarks.add_current("four-d", edit=False)
    open_model(window, models["gan"])
    assert not window.feature("latent").tools.add_bookmark(0)
    assert "needs 8" in window.messages.last.text and window.feature("latent").tools.path.count == 0


# --- filmstrip and playback ------------------------------------------------------------------------

def test_filmstrip_scrub_is_instant_and_shows_cached_frames(window, models, qtbot):
    open_model(window, models["vae"])
    path = make_path(window, seeds=(1, 2), frames=[20])
    ed = window.feature("latent").tools.panel("paths")
    worker = window.controller.worker
    before = worker.latest_id("view"), worker.pending_count
    cell = ed.strip.cell_rect(13).center()
    qtbot.mouseClick(ed.strip, Qt.MouseButton.LeftButton, pos=cell)
    assert path.frame == 13
    assert (worker.latest_id("view"), worker.pending_count) == before  # nothing was rendered
    np.testing.assert_array_equal(window.image_view.current_frame(), path.frames[13])  # on the big image
    assert ed.frame_label.text().startswith("frame 14 / 21")
    assert ed.norms.now_line.value() == 13
    # dragging along the strip scrubs
    qtbot.mousePress(ed.strip, Qt.MouseButton.LeftButton, pos=ed.strip.cell_rect(2).center())
    assert path.frame == 2
    # double-click: that frame's point becomes the current one
    ed.go_to_frame(5)
    np.testing.assert_array_equal(window.state.z, path.latents[5])


def test_play_loop_and_pingpong(window, models):
    open_model(window, models["vae"])
    path = make_path(window, seeds=(1, 2), frames=[4])  # 5 frames
    ed = window.feature("latent").tools.panel("paths")
    ed.fps_spin.setValue(50)
    assert ed.timer.interval() == 20
    ed.play_button.click()
    assert ed.playing and ed.play_button.text().startswith("❚❚")
    ed.set_playing(False)
    path.set_frame(0)
    seen = []
    for _ in range(7):
        ed._tick()
        seen.append(path.frame)
    assert seen == [1, 2, 3, 4, 0, 1, 2]  # loop
    ed.pingpong_box.setChecked(True)
    path.set_frame(0)
    seen = []
    for _ in range(10):
        ed._tick()
        seen.append(path.frame)
    assert seen == [1, 2, 3, 4, 3, 2, 1, 0, 1, 2]  # ping-pong, looping
    ed.loop_box.setChecked(False)
    ed.pingpong_box.setChecked(False)
    ed.direction = 1
    path.set_frame(3)
    ed.set_playing(True)
    ed._tick()
    ed._tick()
    assert path.frame == 4 and not ed.playing  # played once, stopped at the end
    # the ring on the map follows playback
    window.feature("latent").tools.wait_map(60)
    (dot,) = window.panel("latent.map").path_dot.data
    assert (dot["x"], dot["y"]) == pytest.approx(tuple(path.latents[4] @ window.panel("latent.map").axes.T), abs=1e-5)


def test_big_image_caption_names_the_path_frame_while_playing(window, models, qtbot):
    open_model(window, models["vae"])
    window.state.randomize(5)
    window.controller.wait_idle(30)
    assert "seed 5" in window.image_view.caption.text()
    path = make_path(window, seeds=(1, 2), frames=[4])  # 5 frames
    ed = window.feature("latent").tools.panel("paths")
    ed.big_box.setChecked(True)
    ed.scrub(2)
    caption = window.image_view.caption.text()
    assert "path frame 3 of 5" in caption and "seed" not in caption
    np.testing.assert_array_equal(window.image_view.current_frame(), path.frames[2])
    # Back to the current point: the next rendered frame brings its own caption back.
    window.state.randomize(6)
    window.controller.wait_idle(30)
    qtbot.waitUntil(lambda: "seed 6" in window.image_view.caption.text())
    assert "path frame" not in window.image_view.caption.text()


# --- files -------------------------------------------------------------------------------------

def test_keyframe_json_round_trips(window, models, tmp_path):
    open_model(window, models["cgan"])
    window.state.set_label(3)
    tools, path = window.feature("latent").tools, window.feature("latent").tools.path
    make_path(window, seeds=(5, 6, 7), modes=["lerp", "slerp"], frames=[3, 6])
    window.state.set_label(7)
    tools.add_current_point()
    assert tools.wait_path()
    frames = path.frames.copy()
    out = tools.save_keyframes(tmp_path / "p.json")
    data = json.loads(out.read_text())
    assert data["format"] == "latentlab-path/1" and data["model"]["name"] == "tiny-cgan" and data["latent_dim"] == 8
    saved = [(k.z.copy(), k.label, k.name) for k in path.keyframes]
    modes, counts = list(path.modes), list(path.frames_per_segment)
    path.clear()
    assert tools.load_keyframes(out)
    assert [(k.label, k.name) for k in path.keyframes] == [(lab, n) for _z, lab, n in saved]
    for k, (z, _l, _n) in zip(path.keyframes, saved):
        np.testing.assert_array_equal(k.z, z)
    assert path.modes == modes and path.frames_per_segment == counts
    assert tools.wait_path()
    np.testing.assert_array_equal(path.frames, frames)


def test_exported_path_renders_identically_from_the_cli(window, models, tmp_path):
    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    window.state.randomize(21)
    tools.add_current_point()
    make_path(window, seeds=(2, 9), modes=["slerp", "lerp"], frames=[6, 4])
    keys = tools.save_keyframes(tmp_path / "keys.json")
    assert tools.export("gif", tmp_path / "app.gif", scale=2, fps=12) and tools.wait_export()
    cli = subprocess.run([sys.executable, "-m", "latentlab", "interpolate", str(models["vae"]), "--keyframes",
                          str(keys), "-o", str(tmp_path / "cli.gif"), "--scale", "2", "--fps", "12",
                          "--device", "cpu"], capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    app, ref = gif_frames(tmp_path / "app.gif"), gif_frames(tmp_path / "cli.gif")
    assert len(app) == len(ref) == 11
    for a, b in zip(app, ref):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(app[4][::2, ::2], tools.path.frames[4])
    side = json.loads((tmp_path / "app.gif.json").read_text())
    assert side["path"]["keyframes"] == json.loads(keys.read_text())["keyframes"]
    assert side["path"]["model"]["name"] == "tiny-vae" and side["model"]["name"] == "tiny-vae"
    assert_no_paths(side, tmp_path.parent)
    assert_no_paths(tmp_path / "cli.gif", tmp_path.parent)


def test_gif_export_has_every_frame_at_the_export_scale(window, models, tmp_path):
    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    make_path(window, seeds=(1, 2, 3, 4), frames=[40, 40, 39])
    assert tools.path.frame_count == 120
    window.state.set_export_scale(8)
    assert window.feature("latent").tools.panel("paths").export("gif", tmp_path / "p.gif") and tools.wait_export()
    with Image.open(tmp_path / "p.gif") as im:
        assert im.n_frames == 120 and im.size == (224, 224)
        assert im.info.get("loop") == 0  # loops forever
        assert im.info.get("duration") == pytest.approx(80, abs=10)  # 12 fps
    assert "Exported the path (120 frames) as a looping GIF" in window.messages.last.text
    # ping-pong: forwards then backwards without repeating the ends
    window.feature("latent").tools.panel("paths").pingpong_box.setChecked(True)
    window.state.set_export_scale(1)
    assert window.feature("latent").tools.panel("paths").export("gif", tmp_path / "pp.gif") and tools.wait_export()
    frames = gif_frames(tmp_path / "pp.gif")
    assert len(frames) == 238
    np.testing.assert_array_equal(frames[119], tools.path.frames[119])
    np.testing.assert_array_equal(frames[120], tools.path.frames[118])


def test_contact_sheet_and_mp4(window, models, tmp_path, monkeypatch):
    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    make_path(window, seeds=(1, 2), frames=[8])
    assert tools.export("sheet", tmp_path / "sheet.png", scale=2) and tools.wait_export()
    with Image.open(tmp_path / "sheet.png") as im:
        assert im.size[0] == 4 * 56 + 5 * 2 and im.size[1] > 3 * 56  # 9 frames: 4 columns, 3 rows, captions
    assert_no_paths(tmp_path / "sheet.png", tmp_path.parent)
    from latentlab.core import export as E
    from latentlab.core.files import ExportError

    def missing():
        raise ExportError(E._VIDEO_EXTRA_MESSAGE)

    monkeypatch.setattr(E, "_import_video", missing)
    assert tools.export("mp4", tmp_path / "v.mp4") and tools.wait_export()
    last = window.messages.last
    assert last.level == "error" and "pip install 'latentlab[video]'" in last.text
    assert not (tmp_path / "v.mp4").exists()
    assert tools.path.ready  # nothing lost


def test_mp4_button_is_greyed_out_with_the_install_command_when_the_video_extra_is_missing(make_window, models,
                                                                                          monkeypatch):
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "imageio_ffmpeg" else real_find_spec(name, *a))
    window = make_window()
    open_model(window, models["vae"])
    make_path(window, seeds=(1, 2), frames=[4])
    editor = window.feature("latent").tools.panel("paths")
    assert editor.gif_button.isEnabled() and not editor.mp4_button.isEnabled()
    assert "pip install 'latentlab[video]'" in editor.mp4_button.toolTip()


def test_real_mp4_export_when_the_video_extra_is_installed(window, models, tmp_path):
    pytest.importorskip("imageio_ffmpeg")
    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    make_path(window, seeds=(1, 2), frames=[5])
    assert tools.export("mp4", tmp_path / "v.mp4", scale=2, fps=10) and tools.wait_export(120)
    assert (tmp_path / "v.mp4").stat().st_size > 0, window.messages.last.text
    assert tools.panel("paths").mp4_button.isEnabled()


def test_keyframe_file_of_the_wrong_size_is_refused_with_a_message(window, models, tmp_path):
    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    make_path(window, seeds=(1, 2))
    out = tools.save_keyframes(tmp_path / "vae-path.json")
    open_model(window, models["gan"])
    make_path(window, seeds=(8, 9, 10))
    before = [k.z.copy() for k in tools.path.keyframes]
    assert not tools.load_keyframes(out)
    msg = window.messages.last
    assert msg.level == "error"
    assert "vae-path.json" in msg.text and "4 numbers" in msg.text and "needs 8" in msg.text
    assert "tiny-vae" in msg.text and "unchanged" in msg.text
    assert len(tools.path.keyframes) == 3  # nothing lost
    for k, z in zip(tools.path.keyframes, before):
        np.testing.assert_array_equal(k.z, z)
    # not a path file at all / broken JSON
    (tmp_path / "other.json").write_text(json.dumps({"format": "latentlab-session/1"}))
    assert not tools.load_keyframes(tmp_path / "other.json")
    assert "not a latentlab path file" in window.messages.last.text
    (tmp_path / "broken.json").write_text("{not json")
    assert not tools.load_keyframes(tmp_path / "broken.json")
    assert "not valid JSON" in window.messages.last.text
    assert len(tools.path.keyframes) == 3


def test_keyframe_file_of_another_model_with_the_same_size_opens_with_a_warning(window, models, tmp_path):
    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    make_path(window, seeds=(1, 2))
    out = tools.save_keyframes(tmp_path / "p.json")
    open_model(window, models["cvae"])  # also 4-D
    assert tools.load_keyframes(out)
    texts = [m.text for m in window.messages.history[-3:]]
    assert any("made with tiny-vae" in t for t in texts)
    assert tools.wait_path() and tools.path.frame_count == 17


def test_each_model_keeps_its_path(window, models):
    open_model(window, models["vae"])
    make_path(window, seeds=(1, 2, 3))
    open_model(window, models["gan"])
    assert window.feature("latent").tools.path.count == 0 and window.feature("latent").tools.panel("paths").table.rowCount() == 0
    open_model(window, models["vae"])
    assert [k.name for k in window.feature("latent").tools.path.keyframes] == ["seed 1", "seed 2", "seed 3"]
    assert window.feature("latent").tools.wait_path()


# --- benchmark -----------------------------------------------------------------------------------

def test_bench_reports_gif_export_ms(models, capsys):
    from latentlab.ui import bench

    bench.LATENCY_SAMPLES, bench.WARMUP = 5, 1
    args = SimpleNamespace(json=True, models=[str(models["vae"])], seconds=0.1, device="cpu", cold_start=False)
    assert bench.run_bench(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["gif_export_ms"] > 0
    detail = out["gif_export"]
    assert detail["frames"] == 120 and detail["size"] == [224, 224]


def test_point_menu_and_dropping_a_path_file_on_the_window(window, models, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    window.state.randomize(1)
    window.action("latent.path.add_point").trigger()
    window.state.randomize(2)
    window.action("latent.path.add_point").trigger()
    assert [k.name for k in tools.path.keyframes] == ["seed 1", "seed 2"]
    assert window.panel("latent.path").table.rowCount() == 2  # the panel was opened
    out = tools.save_keyframes(tmp_path / "two.json")
    tools.path.clear()
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(out))])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, md,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert [k.name for k in tools.path.keyframes] == ["seed 1", "seed 2"]
    assert "Opened 2 keyframe" in window.messages.last.text


def test_reset_layout_brings_the_panels_back(window, models):
    window.dock("latent.map").close()
    window.dock("latent.path").setFloating(True)
    reset = next(a for a in window.menuBar().actions() if a.text() == "&View").menu()
    act = next(a for a in reset.actions() if a.text() == "&Reset layout")
    act.trigger()
    for _ in range(5):
        QApplication.processEvents()
    assert window.dock("latent.map").isVisible() and not window.dock("latent.path").isFloating()
    assert window.dockWidgetArea(window.dock("latent.map")) == Qt.DockWidgetArea.RightDockWidgetArea


def test_sweep_along_the_last_moved_slider_makes_a_two_keyframe_path(window, models):
    open_model(window, models["vae"])
    tools = window.feature("latent").tools
    window.state.randomize(5)
    assert not tools.add_sweep()  # no slider moved yet: nothing to sweep along
    window.state.set_coefficient(2, 1.5)
    assert tools.last_slider == 2
    z = window.state.z
    assert tools.add_sweep()
    path = tools.path
    assert path.count == 2 and path.modes == ["lerp"]
    low, high = path.keyframes[0].z, path.keyframes[1].z
    r = window.state.slider_range
    np.testing.assert_allclose(low[[0, 1, 3]], z[[0, 1, 3]])  # only the swept slider differs
    assert low[2] == pytest.approx(-r) and high[2] == pytest.approx(r)
    assert tools.wait_path() and path.frame_count == 25
    window.state.set_basis(window.state.basis)  # a new basis forgets the slider
    assert tools.last_slider is None
