"""The measured-figures table shared by the evidence figure and the compare view's panel."""

from __future__ import annotations

import math
import subprocess
import sys

from latentlab.core import metric_table as mt


def card(**ev):
    return {"metrics": {"eval": ev}}


def test_figures_are_written_for_a_reader():
    assert mt.format_metric("fid", 45.04) == "45.0"
    assert mt.format_metric("fid", 1234.5) == "1,234"
    assert mt.format_metric("coverage_min_fraction", 0.0701) == "7.0%"  # a share, not 0.0701
    assert mt.format_metric("kid", 0.0123, card(kid=0.0123, kid_std=0.0004)) == "0.0123 ± 0.0004"
    assert mt.format_metric("kid", 0.0123) == "0.0123"
    assert mt.format_metric("fid", None) == "-"
    assert mt.format_metric("fid", None, missing="not measured") == "not measured"


def test_best_model_per_row_goes_the_right_way():
    assert mt.best_index("fid", [60.1, 212.0]) == 0  # lower is better
    assert mt.best_index("recall", [0.27, 0.5]) == 1  # higher is better
    assert mt.best_index("coverage_min_fraction", [0.02, 0.09]) == 1  # a rarest class nearer even
    assert mt.best_index("sharpness_ratio", [0.23, 1.05, 1.6]) == 1  # nearest 1, either side
    assert mt.best_index("fid", [None, 50.0]) is None  # one measured value has nothing to beat


def test_card_readers_refuse_what_is_not_a_finite_number():
    c = card(fid=45.0, ppl=math.nan, precision=True, floor={"fid": 1.5})
    assert mt.metric(c, "fid") == 45.0
    assert mt.metric(c, "ppl") is None and mt.metric(c, "precision") is None and mt.metric(c, "kid") is None
    assert mt.floor_value(c, "fid") == 1.5 and mt.floor_value(card(floor=[1, 2]), "fid") is None
    assert mt.eval_results({"metrics": {}}) is None and mt.metric({}, "fid") is None


def test_every_row_has_a_direction_and_the_module_stays_light():
    assert len({k for k, _, _ in mt.METRIC_ROWS}) == len(mt.METRIC_ROWS)
    assert all(label and better for _, label, better in mt.METRIC_ROWS)
    # the window imports it while it starts: torch would cost a second there
    code = "import sys, latentlab.core.metric_table; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
