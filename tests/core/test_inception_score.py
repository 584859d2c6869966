"""Inception Score with the data set's own classifier: its bounds and where it sits in the results."""

from __future__ import annotations

import numpy as np
import pytest

from latentlab.core import metric_table
from latentlab.core.metrics import inception_score


def _one_hot(classes, k):
    return np.eye(k)[np.asarray(classes)]


def test_perfectly_confident_uniform_generator_scores_the_number_of_classes():
    mean, std = inception_score(_one_hot(np.arange(1000) % 10, 10))
    assert mean == pytest.approx(10.0) and std == pytest.approx(0.0, abs=1e-9)


def test_a_single_class_generator_scores_one():
    mean, _ = inception_score(_one_hot(np.full(500, 3), 10))
    assert mean == pytest.approx(1.0)


def test_unsure_samples_score_one_even_when_classes_are_spread():
    # p(y|x) uniform for every sample: nothing is recognisable, whatever the spread
    mean, _ = inception_score(np.full((200, 4), 0.25))
    assert mean == pytest.approx(1.0)


def test_half_the_classes_score_half():
    mean, _ = inception_score(_one_hot(np.arange(400) % 5, 10))
    assert mean == pytest.approx(5.0)


def test_splits_shrink_when_samples_are_few_and_the_spread_is_reported():
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(30, 10)) * 3
    probs = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    mean, std = inception_score(probs, splits=10)  # 30 samples, 10 classes: 3 parts of 10
    assert 1.0 < mean < 10.0 and std > 0
    assert inception_score(probs, splits=1)[1] == 0.0


def test_is_is_a_metric_row_where_more_is_better():
    keys = [key for key, _label, _note in metric_table.METRICS]
    assert "inception_score" in keys
    note = dict((k, n) for k, _l, n in metric_table.METRICS)["inception_score"]
    assert "real" in note and "FID" in note
    assert "inception_score" in [key for key, _l, _b in metric_table.METRIC_ROWS]
