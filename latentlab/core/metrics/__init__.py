"""Offline quality figures for generators, measured in a dataset classifier's feature space.

The usual FID/KID networks (Inception) are trained on photos and need a download; for small
images such as digits and clothes latentlab embeds them with the feature network the model's
dataset declares instead (:meth:`latentlab.core.datasets.DatasetSpec.feature_network`: a
small classifier, its penultimate activations, :meth:`Classifier.features`). The figures are
therefore comparable between models of the *same* dataset measured with the *same* feature
network, but not with published Inception-based numbers.

Every figure is reported next to a **real-vs-real floor**: the same figure computed between
two sets of real images. A FID of 3 means little on its own; "3, where real data scores 1"
does.

Nothing here imports Qt: the GUI runs :func:`evaluate` in a worker thread and uses the
``progress`` / ``should_stop`` hooks.

The parts: :mod:`.inputs` (batches, errors, progress hooks), :mod:`.features`
(:class:`FeatureNet`), :mod:`.distances` (FID, KID, precision/recall), :mod:`.quality`
(sharpness, class coverage, reconstruction, path length), :mod:`.evaluation`
(:func:`evaluate`, :func:`format_table`).
"""

from latentlab.core.metric_table import METRICS
from latentlab.core.metrics.distances import fid, kid, precision_recall
from latentlab.core.metrics.evaluation import (
    FID_MIN_N, KID_SUBSET_SIZE, MIN_N, PPL_PAIRS, PR_MIN_N, evaluate, format_table,
)
from latentlab.core.metrics.features import FeatureNet
from latentlab.core.metrics.inputs import BATCH_SIZE, MetricsCancelled, MetricsError
from latentlab.core.metrics.quality import (
    class_coverage, conditional_agreement, inception_score, mean_confidence, perceptual_path_length,
    reconstruction_error, sharpness, sharpness_ratio,
)

__all__ = [
    "BATCH_SIZE", "FID_MIN_N", "KID_SUBSET_SIZE", "METRICS", "MIN_N", "PPL_PAIRS", "PR_MIN_N",
    "FeatureNet", "MetricsCancelled", "MetricsError", "class_coverage", "conditional_agreement",
    "evaluate", "fid", "format_table", "inception_score", "kid", "mean_confidence", "perceptual_path_length",
    "precision_recall", "reconstruction_error", "sharpness", "sharpness_ratio",
]
