"""``latentlab bench`` runs the GUI's own render path headless and reports numbers."""

from __future__ import annotations

import json
from types import SimpleNamespace


def test_bench_json_on_tiny_models(models, capsys):
    from latentlab.ui import bench

    bench.LATENCY_SAMPLES, bench.WARMUP = 20, 3
    args = SimpleNamespace(json=True, models=[str(models["vae"]), str(models["gan"])], seconds=0.3,
                           device="cpu", cold_start=False)
    assert bench.run_bench(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["models"]) == {"tiny-vae", "tiny-gan"}
    for m in out["models"].values():
        for key in ("p50_ms", "p99_ms", "fps", "max_backlog", "load_ms"):
            assert key in m
        assert m["max_backlog"] == 0 and m["fps"] > 0 and m["p50_ms"] <= m["p99_ms"]
        assert 0 < m["decode_ms"] <= m["p99_ms"]  # the worker's share of each slider step
        # Painted at most twice per refresh (offscreen reports 60 Hz), not once per frame.
        assert 0 < m["paints_per_s"] <= 150
    assert "cold_start_ms" in out
    # The first model's warm-up pass is reported, not hidden.
    assert out["warmup"]["model"] == "tiny-vae" and out["warmup"]["p50_ms"] <= out["warmup"]["p99_ms"]
    assert out["models"]["tiny-vae"]["load_ms"] > 0  # the load measured in the warm-up, not a cache hit
    table = bench._table(out)
    assert "warm-up pass (first model in a fresh process, tiny-vae)" in table


def test_bench_unknown_model_name_fails_clearly(capsys):
    from latentlab.ui import bench

    args = SimpleNamespace(json=False, models=["no-such-model"], seconds=0.1, device="cpu", cold_start=False)
    assert bench.run_bench(args) == 1
    assert "no model named 'no-such-model'" in capsys.readouterr().err
