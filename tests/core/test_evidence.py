"""The VAE-vs-GAN evidence: same-seed panes, reconstructions, checked claims, the figure, ``compare``."""

from __future__ import annotations

import argparse
import copy
import json

import numpy as np
import pytest
import torch
from PIL import Image

from latentlab.core import claims as C
from latentlab.core import evidence as E
from latentlab.core import evidence_figure as F
from latentlab.core.files import file_sha256
from latentlab.core.pixels import to_uint8
from latentlab.core.sidecar import read_sidecar

# --------------------------------------------------------------------------------------------
# synthetic cards
# --------------------------------------------------------------------------------------------


def _log(kind: str, noisy: bool, n: int = 200, seed: int = 0) -> dict:
    """A training log: a smooth falling curve, or one that jumps about its level."""
    rng = np.random.default_rng(seed)
    steps = np.arange(1, n + 1) * 10
    smooth = 100 + 300 * np.exp(-steps / 300)
    main = (0.5 + rng.normal(0, 0.4, n)) if noisy else smooth
    if kind == "vae":
        kl = 20 - 10 * np.exp(-steps / 400)
        return {"step": steps.tolist(), "loss": main.tolist(), "recon": (main - kl).tolist(), "kl": kl.tolist()}
    return {"step": steps.tolist(), "d_loss": (1.2 + rng.normal(0, 0.1, n)).tolist(), "g_loss": main.tolist(),
            "d_real": [0.5] * n, "d_fake": [-0.5] * n}


def _card(kind: str, *, sharp: float | None = None, ppl: float | None = None, entropy: float | None = None,
          hist: list[float] | None = None, noisy: bool | None = None, evaluated: bool = True,
          dataset: str = "mnist", n: int = 10000, shape=(1, 28, 28)) -> dict:
    card = {"kind": kind, "arch": kind, "dataset": dataset, "class_names": [],
            "config": {"image_shape": list(shape)}, "metrics": {}, "training_log": None}
    if noisy is not None:
        card["training_log"] = _log(kind, noisy)
    if evaluated:
        hist = hist or [0.1] * 10
        ev = {"fid": 20.0 if kind == "vae" else 10.0, "kid": 0.01, "kid_std": 0.001, "precision": 0.6,
              "recall": 0.5, "sharpness_ratio": sharp, "coverage_entropy": entropy, "ppl": ppl,
              "coverage_min_fraction": min(hist), "coverage_max_fraction": max(hist), "class_histogram": hist,
              "n": n, "floor": {"fid": 1.5, "sharpness_ratio": 1.0, "coverage_entropy": 0.999}}
        if kind == "vae":
            ev["recon_mse"] = 0.012
        card["metrics"]["eval"] = {k: v for k, v in ev.items() if v is not None}
    return card


def _classic_pair() -> list[dict]:
    """A VAE and a GAN that behave exactly as the textbook says."""
    return [_card("vae", sharp=0.40, ppl=100.0, entropy=0.995, noisy=False),
            _card("gan", sharp=0.95, ppl=400.0, entropy=0.90, noisy=True,
                  hist=[0.25, 0.2, 0.02, 0.1, 0.1, 0.05, 0.1, 0.08, 0.05, 0.05])]


def _verdicts(rows: list[dict]) -> dict[str, str]:
    return {r["aspect"]: r["verdict"] for r in rows}


# --------------------------------------------------------------------------------------------
# samples and reconstructions
# --------------------------------------------------------------------------------------------


def test_same_seed_panes_equal_each_models_own_decode(tiny_model):
    vae, gan, cgan = tiny_model("vae"), tiny_model("gan", latent_dim=6), tiny_model("cgan", num_classes=3)
    panes = E.same_seed_samples([vae, gan, cgan], seed=7, n=5)
    assert [p.shape for p in panes] == [(5, 28, 28, 1)] * 3 and all(p.dtype == np.uint8 for p in panes)
    for model, pane in zip((vae, gan), panes):
        assert np.array_equal(pane, to_uint8(model.decode(model.sample_latent(5, seed=7))))
    cycling = torch.tensor([0, 1, 2, 0, 1])
    assert np.array_equal(panes[2], to_uint8(cgan.decode(cgan.sample_latent(5, seed=7), cycling)))
    # A class (by index or by name) is used by conditional models and ignored by the others.
    for label in (2, "class2"):
        fixed = E.same_seed_samples([vae, cgan], seed=7, n=5, label=label)
        assert np.array_equal(fixed[0], panes[0])
        assert np.array_equal(fixed[1], to_uint8(cgan.decode(cgan.sample_latent(5, seed=7), [2] * 5)))
    assert not np.array_equal(E.same_seed_samples([vae], seed=8, n=5)[0], panes[0])
    with pytest.raises(ValueError, match="classes are 0..2"):
        E.same_seed_samples([cgan], seed=0, n=2, label=3)
    with pytest.raises(ValueError, match="not a class"):
        E.same_seed_samples([cgan], seed=0, n=2, label="seven")


def test_reconstruction_row_encodes_vaes_and_inverts_gans(tiny_model):
    vae, gan = tiny_model("vae"), tiny_model("gan")
    images = torch.rand(2, 1, 28, 28, generator=torch.Generator().manual_seed(0))
    row = E.reconstruction_row([vae, gan], images, invert_steps=3)
    assert np.array_equal(row["originals"], to_uint8(images))
    enc, inv = row["models"]
    assert (enc["method"], enc["steps"], enc["problem"]) == ("encode", None, None)
    assert (inv["method"], inv["steps"], inv["problem"]) == ("invert", 3, None)
    mu, _ = vae.encode(images)
    assert np.array_equal(enc["images"], to_uint8(vae.decode(mu)))
    # Each GAN error belongs to the latent it reports.
    redrawn = gan.decode(inv["latents"])
    assert inv["errors"] == pytest.approx(((redrawn - images) ** 2).flatten(1).mean(1).tolist(), rel=1e-5)
    assert np.array_equal(inv["images"], to_uint8(redrawn))
    assert enc["mean_error"] == pytest.approx(np.mean(enc["errors"]))


def test_a_model_that_cannot_reconstruct_leaves_the_others_alone(tiny_model):
    vae, cgan = tiny_model("vae"), tiny_model("cgan", num_classes=3)
    images = np.random.default_rng(0).integers(0, 256, (2, 1, 28, 28), dtype=np.uint8)  # uint8 is scaled
    row = E.reconstruction_row([cgan, vae], images, invert_steps=2)
    assert row["models"][0]["images"] is None and "class" in row["models"][0]["problem"]
    assert row["models"][1]["images"].shape == (2, 28, 28, 1)
    labelled = E.reconstruction_row([cgan], images, labels=[0, 5], invert_steps=2)
    assert "[5]" in labelled["models"][0]["problem"]
    wrong = E.reconstruction_row([vae], torch.rand(1, 1, 32, 32), invert_steps=2)
    assert "1x28x28" in wrong["models"][0]["problem"] and "1x32x32" in wrong["models"][0]["problem"]


# --------------------------------------------------------------------------------------------
# reading cards
# --------------------------------------------------------------------------------------------


def test_loss_stability_ranks_a_smooth_curve_below_an_oscillating_one():
    smooth = C.loss_stability(_log("vae", noisy=False))
    jumpy = C.loss_stability(_log("gan", noisy=True))
    assert (smooth["curve"], jumpy["curve"]) == ("loss", "g_loss")
    assert 0 <= smooth["oscillation"] < 0.01 < 0.1 < jumpy["oscillation"] <= 1
    # A hinge generator loss hovering around 0 still gets a finite figure (no division by the mean).
    around_zero = {"step": list(range(8)), "g_loss": [0.1, -0.1, 0.1, -0.1, 0.1, -0.1, 0.1, -0.1]}
    assert C.loss_stability(around_zero)["oscillation"] == pytest.approx(1.0)
    assert C.loss_stability({"step": [1, 2, 3, 4], "loss": [2, 2, 2, 2]})["oscillation"] == 0.0
    # Turbulence early in training that settles down is not instability: only the second half counts.
    settled = {"step": list(range(8)), "loss": [5, 1, 6, 2, 1.0, 1.0, 1.0, 1.0]}
    assert C.loss_stability(settled)["oscillation"] == 0.0
    with pytest.raises(ValueError, match="only 3 points"):
        C.loss_stability({"step": [1, 2, 3], "loss": [3, 2, 1]})
    with pytest.raises(ValueError, match="no g_loss curve"):
        C.loss_stability({"step": [1], "loss": [1]}, curve="g_loss")


def test_coverage_bars_match_the_card():
    hist = [0.3, 0.0, 0.2, 0.1, 0.1, 0.05, 0.05, 0.1, 0.05, 0.05]
    card = _card("gan", hist=hist)
    names, fractions = C.coverage_bars(card)
    assert fractions == hist and names == [str(i) for i in range(10)]  # the dataset's class names
    card["dataset"] = "fashion-mnist"
    assert C.coverage_bars(card)[0][0] == "T-shirt/top"
    card["class_names"] = [f"c{i}" for i in range(10)]  # a conditional model's own names win
    assert C.coverage_bars(card)[0] == card["class_names"]
    assert C.coverage_bars(_card("vae", evaluated=False)) == ([], [])


def test_compatibility_warns_about_datasets_shapes_and_sample_sizes():
    vae, gan = _classic_pair()
    assert C.compatibility([vae, gan], ["v", "g"]) == []
    other = _card("gan", dataset="fashion-mnist", shape=(1, 32, 32), n=2000)
    warnings = C.compatibility([vae, other], ["v", "f"])
    assert len(warnings) == 3
    assert "only compared on the same dataset" in warnings[0] and "fashion-mnist: f" in warnings[0]
    assert "1x32x32: f" in warnings[1]
    assert "2,000 samples: f" in warnings[2]
    nameless = dict(gan, dataset=None)
    assert any("names no dataset" in w for w in C.compatibility([vae, nameless], ["v", "g"]))


# --------------------------------------------------------------------------------------------
# the claims
# --------------------------------------------------------------------------------------------


def test_claims_supported_by_textbook_models():
    rows = C.comparison_table(_classic_pair(), ["mnist-vae", "mnist-gan"])
    assert [r["aspect"] for r in rows] == [a for a, _, _ in C.CLAIMS]
    assert all(set(r) == {"aspect", "claim_vae", "claim_gan", "evidence", "verdict", "figure"} for r in rows)
    assert _verdicts(rows) == {"principle": "supported", "output quality": "supported",
                               "training stability": "supported", "mode coverage": "supported",
                               "latent space": "supported", "latent control": "not measured",
                               "typical uses": "not measured", "mode-collapse remedy": "not measured"}
    # A VAE and a GAN are no plain-GAN/WGAN-GP pair: the last row says what is missing.
    assert "include no WGAN-GP" in rows[-1]["evidence"]
    quality = rows[1]
    assert "VAE 0.4, GAN 0.95" in quality["evidence"] and "as claimed" in quality["evidence"]
    assert quality["figure"][0] == "sharpness_ratio"
    assert "VAE 100, GAN 400" in rows[4]["evidence"]
    assert "Above 1" not in quality["evidence"]
    # Sharper than real data supports "sharp", but the figure says what that usually means.
    vae, gan = _classic_pair()
    gan["metrics"]["eval"]["sharpness_ratio"] = 1.3
    crisp = C.comparison_table([vae, gan])[1]
    assert crisp["verdict"] == "supported" and "Above 1 (GAN)" in crisp["evidence"]


def _directions(rho_smile: float, rho_glasses: float, leak: float) -> dict:
    return {"smile": {"spearman_rho": rho_smile, "range": 1.2, "leakage": {"glasses": leak, "head tilt": leak}},
            "glasses": {"spearman_rho": rho_glasses, "range": 0.8, "leakage": {"smile": leak}}}


def test_latent_control_is_judged_by_the_factor_directions_on_the_cards():
    vae, gan = _classic_pair()
    vae["metrics"]["directions"] = _directions(0.99, 0.95, 0.02)
    gan["metrics"]["directions"] = _directions(0.80, 0.60, 0.09)
    row = next(r for r in C.comparison_table([vae, gan], ["faces-vae", "faces-gan"]) if r["aspect"] == "latent control")
    assert row["verdict"] == "supported" and row["figure"] == ["directions"]
    assert "VAE 0.97, GAN 0.7" in row["evidence"] and "as claimed" in row["evidence"]  # medians of 0.99/0.95, 0.8/0.6
    assert "VAE 0.02, GAN 0.09" in row["evidence"] and "Smile: VAE ρ 0.99, range 1.2" in row["evidence"]
    gan["metrics"]["directions"] = _directions(0.99, 0.97, 0.01)  # the GAN's directions as good: no support
    row = next(r for r in C.comparison_table([vae, gan]) if r["aspect"] == "latent control")
    assert row["verdict"] == "contradicted" and "not clearly more reliable" in row["evidence"]
    del gan["metrics"]["directions"]
    row = next(r for r in C.comparison_table([vae, gan], ["faces-vae", "faces-gan"]) if r["aspect"] == "latent control")
    assert row["verdict"] == "not measured" and "`latentlab directions faces-gan`" in row["evidence"]
    assert C.direction_summary({"metrics": {"directions": {"x": {"spearman_rho": "nan?"}}}}) is None


def _gan_card(arch: str, entropy: float, hist: list[float], **extra) -> dict:
    card = _card("gan", entropy=entropy, hist=hist)
    card.update(arch=arch, **extra)
    return card


def test_wgan_gp_row_compares_a_plain_gan_with_a_wgan_gp():
    collapsed = [0.45, 0.3, 0.1, 0.1, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0]
    plain = _gan_card("gan", 0.55, collapsed,
                      provenance={"train_config": {"gan_loss": "bce", "spectral_norm": False, "g_steps": 3}})
    wgan = _gan_card("wgan-gp", 0.98, [0.1] * 10)
    rows = C.comparison_table([plain, wgan], ["plain", "critic"])
    assert [r["aspect"] for r in rows] == [a for a, _, _ in C.CLAIMS]
    row = rows[-1]
    assert row["aspect"] == "mode-collapse remedy" and row["verdict"] == "supported"
    assert row["figure"] == ["coverage_entropy", "coverage_min_fraction"]
    assert "plain (GAN) 0.55, critic (WGAN-GP) 0.98" in row["evidence"]
    assert "rarest class plain (GAN) 0.0%, critic (WGAN-GP) 10.0% (even: 10.0%)" in row["evidence"]
    assert "as claimed" in row["evidence"] and "bce loss, no spectral norm, 3 generator steps" in row["evidence"]
    assert "WGAN-GP covers the modes that the plain GAN drops" in row["claim_gan"]
    # the VAE-vs-GAN rows have no pair here, and say so
    assert _verdicts(rows)["mode coverage"] == "not measured"

    # within the margin is no support; a plain GAN that already covers every class has nothing to lose
    even = _gan_card("gan", 1 - C.WGAN_COVERAGE_MARGIN / 2, [0.1] * 10)
    row = C.comparison_table([wgan, even], ["critic", "even"])[-1]
    assert row["verdict"] == "contradicted" and "does not cover the classes more evenly" in row["evidence"]
    assert "even already covers every class about evenly" in row["evidence"]
    close = _gan_card("wgan-gp", 0.55 + C.WGAN_COVERAGE_MARGIN / 2, collapsed)
    assert C.comparison_table([plain, close])[-1]["verdict"] == "contradicted"
    # several pairs: the failing one is named
    row = C.comparison_table([plain, wgan, close], ["plain", "good", "close"])[-1]
    assert row["verdict"] == "contradicted" and "(close vs plain)" in row["evidence"]


def test_wgan_gp_row_not_measured_says_why():
    plain = _gan_card("gan", 0.6, [0.1] * 10)
    wgan = _gan_card("wgan-gp", 0.98, [0.1] * 10)
    vae = _classic_pair()[0]
    # no WGAN-GP / no plain GAN among the models
    assert "include no WGAN-GP" in C.comparison_table([vae, plain])[-1]["evidence"]
    row = C.comparison_table([vae, wgan])[-1]
    assert row["verdict"] == "not measured" and "include no plain GAN" in row["evidence"]
    # a pair without evaluation: how to measure it
    unevaluated = _card("gan", evaluated=False)
    unevaluated["arch"] = "wgan-gp"
    row = C.comparison_table([plain, unevaluated], ["plain", "critic"])[-1]
    assert row["verdict"] == "not measured" and "`latentlab eval critic`" in row["evidence"]
    assert "`latentlab eval plain`" not in row["evidence"]
    # a conditional GAN is asked for each class in turn: left out, and the row says so
    cgan = _gan_card("cgan", 0.99, [0.1] * 10, class_names=[str(i) for i in range(10)])
    row = C.comparison_table([cgan, wgan], ["cgan", "critic"])[-1]
    assert row["verdict"] == "not measured" and "cgan is conditional" in row["evidence"]
    # an imported generator's training is unknown: on neither side
    imported = _gan_card("dcgan-tutorial", 0.5, [0.1] * 10)
    row = C.comparison_table([imported, wgan], ["netG", "critic"])[-1]
    assert row["verdict"] == "not measured" and "How netG was trained is not recorded" in row["evidence"]


def test_claims_contradicted_when_the_numbers_say_otherwise():
    vae, gan = _classic_pair()
    swapped = [_card("vae", sharp=0.95, ppl=400.0, entropy=0.90, noisy=True),
               _card("gan", sharp=0.40, ppl=100.0, entropy=0.995, noisy=False)]
    rows = C.comparison_table(swapped, ["v", "g"])
    verdicts = _verdicts(rows)
    assert all(verdicts[a] == "contradicted" for a in
               ("output quality", "training stability", "mode coverage", "latent space"))
    assert "here the GAN is not sharper: claim not supported by these models" in rows[1]["evidence"]
    assert "no sign of mode collapse" in rows[3]["evidence"]
    # A difference inside the noise margin does not support a claim either.
    gan_close = copy.deepcopy(gan)
    gan_close["metrics"]["eval"]["sharpness_ratio"] = 0.41
    assert _verdicts(C.comparison_table([vae, gan_close]))["output quality"] == "contradicted"


def test_claims_with_several_models_name_the_failing_pair():
    vae, gan = _classic_pair()
    blurry_gan = _card("gan", sharp=0.3, ppl=400.0, entropy=0.9, noisy=True)
    row = C.comparison_table([vae, gan, blurry_gan], ["v", "g1", "g2"])[1]
    assert row["verdict"] == "contradicted"
    assert "(g2 vs v)" in row["evidence"] and "g1 (GAN) 0.95" in row["evidence"]


def test_claims_not_measured_without_evaluation_or_logs():
    cards = [_card("vae", evaluated=False), _card("gan", evaluated=False)]
    rows = C.comparison_table(cards, ["mnist-vae", "mnist-gan"])
    assert set(_verdicts(rows).values()) == {"not measured"}
    for row in rows[1:5]:
        assert "latentlab eval mnist-vae" in row["evidence"] or "training log" in row["evidence"], row
    assert "`latentlab eval mnist-gan`" in rows[1]["evidence"]
    # One evaluated model is not a pair either, and only VAEs compare nothing with a GAN.
    half = C.comparison_table([_classic_pair()[0], cards[1]], ["v", "g"])
    assert _verdicts(half)["output quality"] == "not measured" and "VAE 0.4" in half[1]["evidence"]
    vaes = C.comparison_table([_classic_pair()[0]] * 2, ["a", "b"])
    assert set(_verdicts(vaes).values()) == {"not measured"} and "all VAEs" in vaes[1]["evidence"]


@pytest.mark.parametrize("lang", ["cs", "zh_CN", "zh_TW"])
def test_claims_and_warnings_speak_the_readers_language(lang):
    """The same checks in Czech or Chinese: the claims, every evidence sentence and the warnings are
    translated (resources/captions.toml), the numbers written the language's way."""
    from latentlab.core.caption_text import caption_table

    english = C.comparison_table(_classic_pair(), ["mnist-vae", "mnist-gan"])
    rows = C.comparison_table(_classic_pair(), ["mnist-vae", "mnist-gan"], lang=lang)
    assert [r["verdict"] for r in rows] == [r["verdict"] for r in english]  # the keys stay
    assert [r["aspect"] for r in rows] == [r["aspect"] for r in english]
    templates = [k for k in caption_table() if len(k) > 12]
    for row, en in zip(rows, english):
        assert row["claim_vae"] != en["claim_vae"] and row["claim_gan"] != en["claim_gan"]
        assert row["evidence"] != en["evidence"]
        # no English sentence survives (a template the table lacks would stay English)
        plain = [t.split("{")[0].strip() for t in templates]
        assert not [t for t in plain if len(t) > 12 and t in row["evidence"]], row["evidence"]
    quality = rows[1]["evidence"]
    assert ("VAE 0,4, GAN 0,95" if lang == "cs" else "VAE 0.4、GAN 0.95") in quality
    assert "。" in quality if lang != "cs" else "." in quality
    vae = _classic_pair()[0]
    other = _card("gan", dataset="fashion-mnist", shape=(1, 32, 32), n=2000)
    warnings = C.compatibility([vae, other], ["v", "f"], lang=lang)
    assert len(warnings) == 3 and all(w != e for w, e in zip(warnings, C.compatibility([vae, other], ["v", "f"])))
    assert ("2\u00a0000" if lang == "cs" else "2,000") in warnings[2]


def test_lists_and_numbers_follow_the_language():
    from latentlab.core.caption_text import join_and, local_number

    assert join_and(["a", "b", "c"]) == "a, b and c" and join_and(["a"]) == "a"
    assert join_and(["a", "b", "c"], "cs") == "a, b a c"
    assert join_and(["a", "b", "c"], "zh_CN") == "a、b和c"
    assert local_number("1,234.5", "cs") == "1\u00a0234,5" and local_number("12.5%", "cs") == "12,5%"
    assert local_number("1,234.5", "zh_TW") == local_number("1,234.5") == "1,234.5"


# --------------------------------------------------------------------------------------------
# the figure
# --------------------------------------------------------------------------------------------


def _perturbed(model):
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn(p.shape, generator=torch.Generator().manual_seed(1)) * 0.5)
    return model


def test_render_figure_changes_only_the_pane_of_the_model_that_changed(tiny_model):
    vae, gan = tiny_model("vae"), tiny_model("gan")
    cards = _classic_pair()
    fig = F.render_figure([vae, gan], cards, ["mnist-vae", "mnist-gan"], seed=0, n=4)
    assert fig.dtype == np.uint8 and fig.ndim == 3 and fig.shape[1:] == (1600, 3)
    assert fig.shape[0] > 1000 and (fig == 255).mean() > 0.5  # tall, mostly white page
    other = F.render_figure([vae, _perturbed(tiny_model("gan"))], cards, ["mnist-vae", "mnist-gan"], seed=0, n=4)
    assert other.shape == fig.shape
    ys, xs = np.nonzero((fig != other).any(axis=2))
    assert len(xs) > 100
    # Two equal columns between 40-px margins with a 28-px gap: the second pane starts at x = 814.
    assert xs.min() >= 814
    # ... and only the samples changed, which sit in the top third of the page.
    assert ys.max() < fig.shape[0] / 3


def test_render_figure_with_reconstructions_and_a_narrower_width(tiny_model):
    vae, gan = tiny_model("vae"), tiny_model("gan")
    cards = _classic_pair()
    plain = F.render_figure([vae, gan], cards, ["a", "b"], seed=0, n=4, width=1000)
    images = torch.rand(2, 1, 28, 28, generator=torch.Generator().manual_seed(0))
    with_recon = F.render_figure([vae, gan], cards, ["a", "b"], seed=0, n=4, recon_images=images, width=1000,
                                 invert_steps=2)
    assert plain.shape[1] == with_recon.shape[1] == 1000
    assert with_recon.shape[0] > plain.shape[0] + 100
    with pytest.raises(ValueError, match="one of each"):
        F.render_figure([vae, gan], cards[:1], ["a", "b"], seed=0)


# --------------------------------------------------------------------------------------------
# latentlab compare
# --------------------------------------------------------------------------------------------


def _args(*argv: str) -> argparse.Namespace:
    from latentlab.compare import add_arguments

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(list(argv))
    args.device = "cpu"
    return args


def test_compare_writes_png_and_sidecar(tiny_vae_file, tiny_gan_file, tmp_path, capsys):
    from latentlab.compare import run_compare

    out = tmp_path / "figure.png"
    assert run_compare(_args(str(tiny_vae_file), str(tiny_gan_file), "-n", "4", "--seed", "3", "-o", str(out))) == 0
    with Image.open(out) as im:
        assert im.size[0] == 1600 and im.mode == "RGB"
    side = read_sidecar(out)
    assert side["mode"] == "compare" and side["seed"] == 3 and side["n"] == 4 and side["label"] is None
    assert [m["name"] for m in side["models"]] == ["tiny-vae", "tiny-gan"]
    assert side["models"][0]["sha256"] == file_sha256(tiny_vae_file)
    captured = capsys.readouterr()
    assert f"wrote {out}" in captured.out
    # The fixtures' dataset "tiny" has no bundled sample: said once, and the figure still comes.
    assert "no reconstruction row" in captured.err and side["recon"] is None


def test_compare_reconstructs_real_images_of_the_first_models_dataset(tiny_model, tmp_path):
    from latentlab.compare import run_compare
    from latentlab.core.checkpoint import save_model

    vae = save_model(tiny_model("vae"), tmp_path / "v.safetensors", dataset="mnist")
    gan = save_model(tiny_model("gan"), tmp_path / "g.safetensors", dataset="mnist")
    out = tmp_path / "f.png"
    run_compare(_args(str(vae), str(gan), "-n", "1", "--recon", "2", "--invert-steps", "2", "-o", str(out)))
    recon = read_sidecar(out)["recon"]
    from latentlab.core.datasets import load_sample

    labels = load_sample("mnist").labels
    assert recon["dataset"] == "mnist" and [int(labels[i]) for i in recon["indices"]] == [0, 1]


def test_a_corrupt_model_is_reported_and_the_other_panes_remain(tiny_vae_file, tiny_gan_file, tmp_path, capsys):
    from latentlab.compare import run_compare

    corrupt = tmp_path / "corrupt.safetensors"
    data = bytearray(tiny_gan_file.read_bytes())
    data[-50:] = bytes(50)  # damage the weights: the checksum no longer matches
    corrupt.write_bytes(bytes(data))
    out = tmp_path / "figure.png"
    run_compare(_args(str(tiny_vae_file), str(corrupt), str(tiny_gan_file), "--recon", "0", "-n", "4",
                      "-o", str(out)))
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "skipped" in err[0] and "corrupt.safetensors" in err[0]
    side = read_sidecar(out)
    assert [m["name"] for m in side["models"]] == ["tiny-vae", "tiny-gan"] and len(side["skipped"]) == 1
    with Image.open(out) as im:
        assert im.size[0] == 1600
    from latentlab.core.checkpoint import CheckpointError

    with pytest.raises(CheckpointError, match="corrupt"):
        run_compare(_args(str(corrupt), str(corrupt), "-o", str(tmp_path / "none.png")))
    assert not (tmp_path / "none.png").exists()


def test_compare_refuses_bad_counts_and_options(tiny_vae_file, tiny_gan_file, tmp_path):
    from latentlab.compare import run_compare

    v, g, out = str(tiny_vae_file), str(tiny_gan_file), str(tmp_path / "f.png")
    with pytest.raises(ValueError, match="2 to 4 models side by side, got 1"):
        run_compare(_args(v, "-o", out))
    with pytest.raises(ValueError, match="got 5"):
        run_compare(_args(v, g, v, g, v, "-o", out))
    with pytest.raises(ValueError, match="--recon 13"):
        run_compare(_args(v, g, "--recon", "13", "-o", out))
    with pytest.raises(ValueError, match=r"\.png"):
        run_compare(_args(v, g, "-o", str(tmp_path / "f.gif")))
    with pytest.raises(ValueError, match="none of these models is conditional"):
        run_compare(_args(v, g, "--label", "3", "-o", out))


def test_cli_compare_subcommand(tiny_vae_file, tiny_cgan_file, tmp_path, capsys):
    from latentlab.cli import main

    out = tmp_path / "cli.png"
    code = main(["compare", str(tiny_vae_file), str(tiny_cgan_file), "--label", "class1", "-n", "2",
                 "--recon", "0", "--device", "cpu", "-o", str(out)])
    assert code == 0 and out.is_file()
    assert json.loads((tmp_path / "cli.png.json").read_text())["label"] == "class1"


def test_the_smile_figure_sets_its_side_effect_beside_the_perfect_edit():
    vae, gan = _classic_pair()
    vae["metrics"]["directions"] = _directions(0.99, 0.95, 0.02)
    vae["metrics"]["directions"]["smile"]["leakage"] = {"mouth open": 0.095, "hair style: long": 0.08}
    vae["metrics"]["directions"]["smile"]["reference"] = {
        "n": 200, "drawn": {"range": 1.9, "leakage": {"mouth open": 0.034}},
        "redrawn": {"range": 1.4, "leakage": {"mouth open": 0.104}}}
    gan["metrics"]["directions"] = _directions(0.80, 0.60, 0.09)
    gan["metrics"]["directions"]["smile"]["leakage"] = {"hair style: long": 0.11, "mouth open": 0.05}
    gan["metrics"]["directions"]["smile"]["reference"] = {"n": 200, "drawn": {"range": 1.9, "leakage": {
        "hair style: long": 0.02}}}
    row = next(r for r in C.comparison_table([vae, gan], ["faces-vae", "faces-gan"]) if r["aspect"] == "latent control")
    assert ("VAE ρ 0.99, range 1.20, largest side effect 0.10 (mouth open; the perfect edit, redrawn by the model: "
            "0.10)") in row["evidence"]
    assert "largest side effect 0.11 (hair style: long; the perfect edit as the factor network reads it: 0.02)" \
        in row["evidence"]
    cs = next(r for r in C.comparison_table([vae, gan], ["faces-vae", "faces-gan"], lang="cs")
              if r["aspect"] == "latent control")
    assert "otevřená ústa; dokonalá úprava překreslená modelem" in cs["evidence"]
    assert "Steered" not in row["evidence"]  # no steered walks on the cards yet
    for card, straight, steered in ((vae, 0.09, 0.051), (gan, 0.121, 0.105)):
        card["metrics"]["directions"]["smile"]["steering"] = {
            "judge": {"name": "faces64-judge"}, "straight": {"leakage": {"eye size": straight}},
            "steered": {"leakage": {"head tilt": steered, "eye size": steered / 2}}}
    row = next(r for r in C.comparison_table([vae, gan], ["faces-vae", "faces-gan"]) if r["aspect"] == "latent control")
    assert "read by a factor network that did not steer, the largest side effect goes VAE 0.09 → 0.05, GAN 0.12 → 0.10." \
        in row["evidence"]
