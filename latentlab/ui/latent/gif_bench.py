"""Times the app's own path to a GIF (``latentlab bench``): render a path on the worker, write it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from latentlab.ui.latent import jobs as latent_jobs
from latentlab.ui.latent.path_state import PathKeyframe

BENCH_FRAMES = 120
BENCH_SCALE = 8


def gif_export_bench(window: Any, model_path: str, frames: int = BENCH_FRAMES, scale: int = BENCH_SCALE,
                     folder: str | Path | None = None) -> dict[str, Any]:
    """Time a ``frames``-frame path (4 seeds, slerp) through the app's own path: render on the worker,
    then write a looping ×``scale`` GIF. Returns {"ms", "render_ms", "write_ms", "frames", "bytes", "size"}."""
    import tempfile

    from PIL import Image

    tools = window.feature("latent").tools
    ctl = window.controller
    if ctl.state.model is None or Path(ctl.state.model.path) != Path(model_path).resolve():
        ctl.open_model(model_path)
        if not ctl.wait_idle(120) or ctl.state.model is None:
            raise RuntimeError(f"could not open {model_path}")
    model = ctl.state.model
    segs = [(frames - 1) // 3 + (1 if i < (frames - 1) % 3 else 0) for i in range(3)]
    kfs = [PathKeyframe(latent_jobs.prior_latent(s, model.latent_dim), 0 if model.conditional else None,
                        f"seed {s}", f"seed {s}") for s in range(4)]
    with tempfile.TemporaryDirectory(prefix="latentlab-gif-") as tmp:
        out = Path(folder or tmp) / "bench-path.gif"
        tools.wait_map(120)  # the map's background work is done: time the export alone
        ctl.wait_idle(30)
        t0 = time.perf_counter()
        tools.path.replace(kfs, ["slerp"] * 3, segs)
        if not tools.wait_path(60):
            raise RuntimeError("the path did not render")
        t1 = time.perf_counter()
        if not tools.export("gif", out, scale=scale, fps=24) or not tools.wait_export(60):
            raise RuntimeError("the GIF was not written")
        t2 = time.perf_counter()
        if tools.last_export != out or not out.is_file():
            raise RuntimeError(window.messages.last.text if window.messages.last else "the GIF was not written")
        with Image.open(out) as im:
            n, size = im.n_frames, im.size
        nbytes = out.stat().st_size
    return {"ms": round((t2 - t0) * 1e3, 1), "render_ms": round((t1 - t0) * 1e3, 1),
            "write_ms": round((t2 - t1) * 1e3, 1), "frames": int(n), "size": list(size), "bytes": int(nbytes)}
