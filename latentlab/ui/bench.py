"""``latentlab bench``: time the GUI's own render path, headless.

For each bundled generator it opens a real (offscreen) explorer window and measures

* ``p50_ms`` / ``p99_ms`` — slider → pixels: ``QSlider.setValue`` → state → worker decode →
  uint8 → ``ImageItem.setImage`` + QImage built, one change at a time (``LATENCY_SAMPLES`` of
  them); ``decode_ms`` is the worker's median share of that (decode + uint8);
* ``fps``, ``max_backlog`` — during a synthetic drag of 1,000 slider changes per second for
  ``--seconds``: frames shown per second, and the most out-of-date requests ever waiting in the
  queue (latest-wins keeps this at 0); plus ``frame_age_p99_ms`` (how old a shown frame's request
  was), ``settle_ms`` (from the last change to its frame on screen) and ``paints_per_s`` (how
  often the view actually painted: at most twice per screen refresh, see ``PaintPacer``);
* ``load_ms`` — reading the checkpoint and building the model.

``cold_start_ms`` runs ``python -c`` in a subprocess that imports the app, opens the window with
a bundled model and reports when the first frame has been set.

``warmup`` (top level): a fresh process's first seconds are slower (allocator, caches, Qt's glyph
and style caches), which would land on whichever model is measured first. So the first model
is measured once, briefly, before the others; those figures are reported under ``warmup`` (not
hidden) and every model's own figures are then taken in a warm process, like with like.

``gif_export_ms`` (top level): a 120-frame interpolation path of the first model rendered on the
worker and written as a looping ×8 GIF by the path editor's own export (target ≤ 2,000 ms);
``gif_export`` splits it into ``render_ms`` and ``write_ms``.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: p99 of 300 samples would be the 3rd-worst: one scheduler hiccup on a 2-core machine moves it.
#: With 1,000 it is the 10th-worst, a steadier estimate of the same quantile (about 1.5 s a model).
LATENCY_SAMPLES = 1000
WARMUP = 30
DRAG_RATE = 1000.0  # slider changes per second


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, math.ceil(q / 100 * len(s)) - 1))
    return s[k]


def _ensure_display() -> None:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pick_models(window: Any, names: list[str] | None) -> list[tuple[str, str]]:
    """(name, path) of the generators to measure: bundled ones, or those named (names or files)."""
    infos = window.state.available_models
    if not names:
        chosen = [i for i in infos if i.source == "bundled"]
        return [(i.name, str(i.path)) for i in chosen]
    out = []
    for n in names:
        hit = next((i for i in infos if i.name == n or str(i.path) == n), None)
        if hit is not None:
            out.append((hit.name, str(hit.path)))
        elif Path(n).is_file():
            out.append((Path(n).stem, str(Path(n).resolve())))
        else:
            raise ValueError(f"no model named {n!r}; known: {', '.join(i.name for i in infos) or 'none'}")
    return out


class _FrameWaiter:
    """Runs the event loop until a given frame is on screen (connected once, reused per wait)."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.window = window
        self.worker = window.controller.worker
        self.loop = QEventLoop()
        self.target = 0
        self.guard = QTimer()
        self.guard.setSingleShot(True)
        self.guard.timeout.connect(self.loop.quit)
        window.image_view.frameShown.connect(self._check)
        self.worker.rendered.connect(self._check_result)

    def _done(self) -> bool:
        return self.worker.shown_id("view") >= self.target or bool(self.window.controller.last_error)

    def _check(self, _rid: int) -> None:
        if self.loop.isRunning() and self._done():
            self.loop.quit()

    def _check_result(self, _result: Any) -> None:
        self._check(0)

    def wait(self, target: int, timeout: float = 10.0) -> bool:
        self.target = target
        if not self._done():
            self.guard.start(int(timeout * 1000))
            self.loop.exec()
            self.guard.stop()
        return self.worker.shown_id("view") >= target

    def close(self) -> None:
        self.window.image_view.frameShown.disconnect(self._check)
        self.worker.rendered.disconnect(self._check_result)


def bench_model(app: Any, window: Any, path: str, seconds: float) -> dict[str, Any]:
    """Measure one model in ``window`` (see the module docstring for the keys)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    ctl = window.controller
    t0 = time.perf_counter()
    ctl.open_model(path)
    if not ctl.wait_idle(120) or ctl.state.model is None or Path(ctl.state.model.path) != Path(path).resolve():
        last = window.messages.last
        raise RuntimeError(last.text if last else f"could not open {path}")
    open_ms = (time.perf_counter() - t0) * 1e3
    model = ctl.state.model
    slider = window.sliders.slider(0)
    worker = ctl.worker
    waiter = _FrameWaiter(window)

    # 1. slider → pixels, one change at a time (what a click or key press feels like)
    lat: list[float] = []
    decode: list[float] = []  # the worker's own time per frame (decode + uint8), for the split

    def on_rendered(result: Any) -> None:
        if result.tag in ("", "view") and result.ok:
            decode.append(result.ms)

    worker.rendered.connect(on_rendered)
    for i in range(WARMUP + LATENCY_SAMPLES):
        value = int(200 * math.sin(i * 0.7))
        if value == slider.value():
            value += 1
        t = time.perf_counter()
        slider.setValue(value)
        waiter.wait(worker.latest_id("view"))
        if i >= WARMUP:
            lat.append((time.perf_counter() - t) * 1e3)
    worker.rendered.disconnect(on_rendered)
    render_ms = _percentile(decode[WARMUP:] or decode, 50)

    # 2. a synthetic drag: 1,000 changes per second, the event loop running as in the app
    shown_times: list[float] = []
    submitted: dict[int, float] = {}
    ages: list[float] = []

    def on_shown(rid: int) -> None:
        now = time.perf_counter()
        shown_times.append(now)
        if rid in submitted:
            ages.append((now - submitted[rid]) * 1e3)

    pacer = window.image_view.pacer
    paints0 = pacer.paints
    window.image_view.frameShown.connect(on_shown)
    worker.max_stale_pending = 0
    dropped0 = worker.dropped
    changes = 0
    start = time.perf_counter()
    end = start + seconds

    def tick() -> None:
        nonlocal changes
        now = time.perf_counter()
        due = min(int((now - start) * DRAG_RATE) + 1, int(seconds * DRAG_RATE))
        while changes < due:  # catch up if the timer fired late: every change still happens
            slider.setValue(int(300 * math.sin(changes * 2 * math.pi / 1500.0)) + (changes % 2))
            submitted[worker.latest_id("view")] = time.perf_counter()
            changes += 1
        if now >= end:
            loop.quit()

    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    last_change = time.perf_counter()
    drag_paints = pacer.paints - paints0
    waiter.wait(worker.latest_id("view"))
    settle_ms = (time.perf_counter() - last_change) * 1e3
    window.image_view.frameShown.disconnect(on_shown)
    waiter.close()
    drag_s = last_change - start
    frames = [t for t in shown_times if t <= last_change]
    return {
        "p50_ms": round(_percentile(lat, 50), 3),
        "p99_ms": round(_percentile(lat, 99), 3),
        "fps": round(len(frames) / drag_s, 1) if drag_s > 0 else 0.0,
        "paints_per_s": round(drag_paints / drag_s, 1) if drag_s > 0 else 0.0,
        "max_backlog": int(worker.max_stale_pending),
        "load_ms": round(model.load_ms, 1),
        "open_ms": round(open_ms, 1),
        "decode_ms": round(render_ms, 3),
        "changes_per_s": round(changes / drag_s, 1) if drag_s > 0 else 0.0,
        "dropped": int(worker.dropped - dropped0),
        "frame_age_p99_ms": round(_percentile(ages, 99), 3),
        "settle_ms": round(settle_ms, 3),
        "kind": model.kind,
        "latent_dim": model.latent_dim,
        "image": "x".join(str(v) for v in model.image_shape),
        "device": model.device,
    }


COLD_START_CODE = (
    "import os, sys; os.environ['{env}'] = '1'; "
    "from latentlab.ui.app import run_app; sys.exit(run_app(model=sys.argv[1], device=sys.argv[2]))"
)


def compile_package() -> bool:
    """Byte-compile latentlab's own modules, as ``pip install`` does; False if that was not possible.

    From a source checkout (editable install) with ``PYTHONDONTWRITEBYTECODE`` set, nothing is
    ever cached and every start compiles ~40 modules again (~0.2 s here) — a cost an installed
    copy never pays, so the cold start is measured the way users run it.
    """
    import compileall

    import latentlab

    try:
        return bool(compileall.compile_dir(Path(latentlab.__file__).parent, quiet=2, workers=1))
    except OSError:  # a read-only install: it was compiled when it was installed
        return False


def cold_start(model_path: str, device: str, timeout: float = 120.0) -> float:
    """Milliseconds from launching ``python -c`` to the first frame on screen (a fresh process)."""
    from latentlab.ui.app import PROBE_ENV

    compile_package()
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="latentlab-bench-") as home:
        env["LATENTLAB_HOME"] = home  # the probe must not touch the user's session
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", COLD_START_CODE.format(env=PROBE_ENV), model_path, device],
                             capture_output=True, text=True, timeout=timeout, env=env)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_FRAME "):
            return (float(line.split()[1]) - t0) * 1e3
        if line.startswith("ERROR "):
            raise RuntimeError(f"cold start: {line[6:]}")
    raise RuntimeError(f"cold start: no frame reported (exit {out.returncode}): {out.stderr.strip()[-400:]}")


def _table(result: dict[str, Any]) -> str:
    cols = [("model", None), ("p50 ms", "p50_ms"), ("p99 ms", "p99_ms"), ("fps", "fps"),
            ("paints/s", "paints_per_s"), ("backlog", "max_backlog"), ("load ms", "load_ms"),
            ("decode ms", "decode_ms"), ("changes/s", "changes_per_s"), ("age p99 ms", "frame_age_p99_ms"),
            ("settle ms", "settle_ms")]
    rows = [[name] + [str(m.get(k, "")) for _, k in cols[1:]] for name, m in result["models"].items()]
    header = [c for c, _ in cols]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    cs = result.get("cold_start_ms")
    lines.append("")
    warm = result.get("warmup")
    if isinstance(warm, dict):
        lines.append(f"warm-up pass (first model in a fresh process, {warm['model']}): "
                     f"p50 {warm['p50_ms']} ms, p99 {warm['p99_ms']} ms")
    lines.append(f"cold start to first frame: {cs:.0f} ms" if isinstance(cs, (int, float)) else
                 f"cold start: {result.get('cold_start_error', 'not measured')}")
    ge = result.get("gif_export")
    if isinstance(ge, dict):
        lines.append(f"GIF export, {ge['frames']}-frame path ×8 ({result.get('gif_export_model')}): {ge['ms']:.0f} ms "
                     f"(render {ge['render_ms']:.0f} ms + write {ge['write_ms']:.0f} ms)")
    elif "gif_export_error" in result:
        lines.append(f"GIF export: {result['gif_export_error']}")
    lines.append(f"device: {result.get('device')}   cpu cores: {result.get('cpu_count')}   "
                 f"load average: {result.get('loadavg')}")
    return "\n".join(lines)


def run_bench(args: Any) -> int:
    """Entry point of ``latentlab bench`` (args: json, models, seconds, device)."""
    _ensure_display()
    as_json = bool(getattr(args, "json", False))
    names = getattr(args, "models", None) or None
    seconds = float(getattr(args, "seconds", 5.0) or 5.0)
    device = getattr(args, "device", "auto") or "auto"

    from latentlab.ui.app import get_app
    from latentlab.ui.main_window import MainWindow

    app = get_app()
    window = MainWindow(device=device, dialogs=False, load_session=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    result: dict[str, Any] = {"cold_start_ms": None, "models": {}, "device": device, "seconds": seconds,
                              "cpu_count": os.cpu_count()}
    try:
        result["loadavg"] = [round(v, 2) for v in os.getloadavg()]
    except OSError:  # pragma: no cover - not on every platform
        result["loadavg"] = None
    code = 0
    try:
        window.controller.list_models()
        window.controller.wait_idle(60)
        chosen = _pick_models(window, names)
        if not chosen:
            print("latentlab bench: no bundled generators found (pretrained/*.safetensors); "
                  "name model files with --models", file=sys.stderr)
            return 1
        warm: dict[str, Any] = {}
        try:
            warm = bench_model(app, window, chosen[0][1], min(seconds, 1.0))
            result["warmup"] = {"model": chosen[0][0], "p50_ms": warm["p50_ms"], "p99_ms": warm["p99_ms"]}
        except Exception:  # the model's own measurement below reports the problem
            pass
        for name, path in chosen:
            try:
                result["models"][name] = bench_model(app, window, path, seconds)
                if warm and name == chosen[0][0]:  # its real load happened in the warm-up pass
                    result["models"][name]["load_ms"] = warm["load_ms"]
            except Exception as exc:
                result["models"][name] = {"error": str(exc)}
                code = 1
            if not as_json:
                print(f"  measured {name}", file=sys.stderr, flush=True)
        try:  # a 120-frame path of the first model, rendered and written as a ×8 GIF (latent_tools)
            from latentlab.ui.latent.gif_bench import gif_export_bench

            result["gif_export"] = gif_export_bench(window, chosen[0][1])
            result["gif_export_ms"] = result["gif_export"]["ms"]
            result["gif_export_model"] = chosen[0][0]
        except Exception as exc:
            result["gif_export_ms"] = None
            result["gif_export_error"] = str(exc)
            code = 1
        if getattr(args, "cold_start", True):
            try:
                result["cold_start_ms"] = round(cold_start(chosen[0][1], device), 1)
                result["cold_start_model"] = chosen[0][0]
            except Exception as exc:
                result["cold_start_error"] = str(exc)
                code = 1
    except ValueError as exc:
        print(f"latentlab bench: {exc}", file=sys.stderr)
        return 1
    finally:
        window.close()
    print(json.dumps(result, indent=2) if as_json else _table(result), flush=True)
    return code
