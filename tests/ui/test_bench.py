"""``latentlab bench`` runs the GUI's own render path headless and reports numbers."""

from __future__ import annotations

import json
from types import SimpleNamespace


def test_bench_json_on_tiny_models(models, capsys, monkeypatch):
    from latentlab.ui import bench

    for name, value in (("LATENCY_SAMPLES", 20), ("WARMUP", 3), ("MAP_POINTS", 2000)):
        monkeypatch.setattr(bench, name, value)
    args = SimpleNamespace(json=True, models=[str(models["vae"]), str(models["gan"])], seconds=0.3,
                           device="cpu", cold_start=False)
    assert bench.run_bench(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["models"]) == {"tiny-vae", "tiny-gan"}
    for m in out["models"].values():
        for key in ("p50_ms", "p99_ms", "fps", "max_backlog", "load_ms"):
            assert key in m
        # Counts and orderings only: how fast is the bench's to report, not a test's to judge.
        assert m["max_backlog"] == 0 and m["fps"] > 0 and m["p50_ms"] <= m["p99_ms"]
        assert m["decode_ms"] > 0 and m["paints_per_s"] > 0
    assert "cold_start_ms" in out
    assert out["map_points"]["points"] == bench.MAP_POINTS and out["map_points"]["hover_ms"] > 0
    # The first model's warm-up pass is reported, not hidden.
    assert out["warmup"]["model"] == "tiny-vae" and out["warmup"]["p50_ms"] <= out["warmup"]["p99_ms"]
    assert out["models"]["tiny-vae"]["load_ms"] > 0  # the load measured in the warm-up, not a cache hit
    table = bench._table(out)
    assert "warm-up pass (first model in a fresh process, tiny-vae)" in table
    assert f"latent map, {bench.MAP_POINTS:,} points" in table


def test_bench_unknown_model_name_fails_clearly(capsys):
    from latentlab.ui import bench

    args = SimpleNamespace(json=False, models=["no-such-model"], seconds=0.1, device="cpu", cold_start=False)
    assert bench.run_bench(args) == 1
    assert "no model named 'no-such-model'" in capsys.readouterr().err
