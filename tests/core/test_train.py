"""Training loops on tiny synthetic data: they learn, save, resume and stop cleanly."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import torch

from latentlab.core.checkpoint import load_model, read_card
from latentlab.core.datasets import ImageDataset
from latentlab.train import TrainConfig, iter_training, train


def _toy_data(n=96, classes=3):
    """Bright squares whose position depends on the class: easy to learn, quick to fit."""
    rng = np.random.default_rng(0)
    images = np.zeros((n, 1, 28, 28), np.uint8)
    labels = np.arange(n) % classes
    for i, k in enumerate(labels):
        x = 4 + 8 * k + rng.integers(0, 3)
        images[i, 0, 8:20, x:x + 6] = 255
    return ImageDataset(images, labels, [f"c{k}" for k in range(classes)], name="toy")


def _config(tmp_path, kind, **kw):
    base = dict(kind=kind, out=str(tmp_path / f"{kind}.safetensors"), epochs=2, batch_size=16,
                base_channels=4, latent_dim=3, seed=1, device="cpu", command="pytest")
    base.update(kw)
    return TrainConfig(**base)


@pytest.mark.parametrize("kind", ["vae", "cvae", "gan", "cgan", "wgan-gp", "classifier"])
def test_each_kind_trains_and_writes_a_loadable_checkpoint(tmp_path, kind):
    data = _toy_data()
    # The tiny classifier needs a bolder step size to make progress in 18 steps.
    lr = 1e-2 if kind == "classifier" else None
    events = list(iter_training(_config(tmp_path, kind, epochs=3, lr=lr), dataset=data))
    steps = [e for e in events if e.event == "step"]
    assert len(steps) == 3 * (96 // 16)
    first, last = steps[0].losses, steps[-1].losses
    key = {"vae": "loss", "cvae": "loss", "classifier": "loss", "gan": "g_loss", "cgan": "d_loss",
           "wgan-gp": "d_loss"}[kind]
    assert first[key] != last[key]
    if kind in ("vae", "cvae", "classifier"):
        assert last[key] < first[key]
    done = events[-1]
    assert done.event == "done"
    model = load_model(done.path, "cpu")
    card = read_card(done.path)
    assert card["provenance"]["command"] == "pytest" and card["provenance"]["epochs"] == 3
    assert card["provenance"]["seconds"] >= 0 and card["provenance"]["device"] == "cpu"
    # the hardware by its kind (CPU model, cores, threads), never by the machine's name
    import socket

    hardware = card["provenance"]["hardware"]
    assert hardware.startswith("CPU ") and "cores" in hardware and socket.gethostname() not in hardware
    assert card["metrics"]["training"]
    assert card["training_log"]["step"]
    if kind != "classifier":
        assert model.latent_dim == 3
        assert model.conditional == (kind in ("cvae", "cgan"))
        samples = [e for e in events if e.event == "samples"]
        assert len(samples) == 3 and samples[0].samples.shape == (64, 28, 28, 1)
        assert (tmp_path / f"{kind}_samples" / "epoch_003.png").exists()
    else:
        assert "test_accuracy" in card["metrics"]["training"]
    with open(tmp_path / f"{kind}.log.csv") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["step", "epoch", "seconds"] and len(rows) > 2


def test_same_seed_same_weights(tmp_path):
    data = _toy_data()
    a = train(_config(tmp_path / "a", "gan", write_files=False), dataset=data)
    b = train(_config(tmp_path / "b", "gan", write_files=False), dataset=data)
    wa, wb = load_model(a.path, "cpu").state_dict(), load_model(b.path, "cpu").state_dict()
    assert all(torch.equal(wa[k], wb[k]) for k in wa)


@pytest.mark.parametrize("kind", ["vae", "gan", "wgan-gp"])
def test_resume_continues_from_the_saved_step_exactly(tmp_path, kind):
    data = _toy_data()
    full = train(_config(tmp_path / "full", kind, epochs=4), dataset=data)
    half = train(_config(tmp_path / "split", kind, epochs=2), dataset=data)
    assert half.step == 12
    resumed_events = list(iter_training(_config(tmp_path / "split", kind, epochs=4, resume=True), dataset=data))
    first_step = next(e for e in resumed_events if e.event == "step")
    assert first_step.step == 13  # continues, does not start over
    resumed = resumed_events[-1]
    assert resumed.step == full.step == 24
    curve_full = read_card(full.path)["training_log"]
    curve_resumed = read_card(resumed.path)["training_log"]
    assert curve_resumed["step"] == curve_full["step"]  # the earlier run's part is kept
    wa = load_model(full.path, "cpu").state_dict()
    wb = load_model(resumed.path, "cpu").state_dict()
    for k in wa:
        assert torch.allclose(wa[k], wb[k], atol=1e-6), k


def test_stopping_early_saves_a_usable_checkpoint(tmp_path):
    data = _toy_data()
    config = _config(tmp_path, "vae", epochs=50)
    events = iter_training(config, dataset=data)
    for event in events:
        if event.step >= 5:
            break
    events.close()  # what the GUI's stop button and Ctrl-C do
    model = load_model(config.out, "cpu")
    assert read_card(config.out)["provenance"]["steps"] == 5
    assert model.decode(torch.zeros(1, 3)).shape == (1, 1, 28, 28)


def test_keyboard_interrupt_inside_the_loop_saves(tmp_path, monkeypatch):
    from latentlab.train import vae as vae_module

    data = _toy_data()
    config = _config(tmp_path, "vae", epochs=50)
    real_step = vae_module.VAETrainer.train_step
    calls = {"n": 0}

    def step(self, x, y):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real_step(self, x, y)

    monkeypatch.setattr(vae_module.VAETrainer, "train_step", step)
    with pytest.raises(KeyboardInterrupt):
        train(config, dataset=data)
    assert read_card(config.out)["provenance"]["steps"] == 3
    assert (tmp_path / "vae.resume.safetensors").exists()


def test_unknown_kind(tmp_path):
    with pytest.raises(ValueError, match="unknown model kind 'flow'"):
        list(iter_training(_config(tmp_path, "flow"), dataset=_toy_data()))


def test_cli_train_max_steps(tmp_path, monkeypatch, capsys):
    """`latentlab train` end to end on a tiny IDX dataset folder."""
    import gzip
    import struct

    from latentlab.cli import main

    data = _toy_data(64)
    folder = tmp_path / "toy"
    folder.mkdir()
    imgs = data.images[:, 0]
    with gzip.open(folder / "train-images-idx3-ubyte.gz", "wb") as f:
        f.write(struct.pack(">HBBIII", 0, 8, 3, len(imgs), 28, 28) + imgs.tobytes())
    with gzip.open(folder / "train-labels-idx1-ubyte.gz", "wb") as f:
        f.write(struct.pack(">HBBI", 0, 8, 1, len(imgs)) + data.labels.astype(np.uint8).tobytes())
    out = tmp_path / "m.safetensors"
    code = main(["train", "vae", "--dataset", str(folder), "--latent-dim", "2", "--base-channels", "4",
                 "--batch-size", "16", "--epochs", "1", "--max-steps", "3", "--device", "cpu", "-o", str(out)])
    assert code == 0
    assert "saved" in capsys.readouterr().out
    assert load_model(out, "cpu").latent_dim == 2


def test_the_card_names_files_but_records_no_machine_path(tmp_path, monkeypatch):
    """The command and the config on the card keep file and folder names, never absolute paths."""
    import json

    from latentlab.train.cli import command_line

    data_dir, out = tmp_path / "my-data", tmp_path / "runs" / "m.safetensors"
    argv = ["latentlab", "train", "vae", "--data-dir", str(data_dir), "-o", str(out)]
    monkeypatch.setattr("sys.argv", argv)
    assert command_line() == "latentlab train vae --data-dir my-data -o m.safetensors"
    train(_config(tmp_path, "vae", out=str(out), data_dir=str(data_dir), command=None, epochs=1),
          dataset=_toy_data(32))
    card = read_card(out)
    assert str(tmp_path) not in json.dumps(card)
    assert card["provenance"]["train_config"]["data_dir"] == "my-data"
    assert card["provenance"]["train_config"]["out"] == "m.safetensors"


def test_cgan_recipe_with_every_layer_labels_aux_loss_and_ema(tmp_path):
    data = _toy_data()
    config = _config(tmp_path, "cgan", epochs=2, label_conditioning="every-layer",
                     aux_class_weight=1.0, ema_decay=0.9)
    events = list(iter_training(config, dataset=data))
    done = events[-1]
    model = load_model(done.path, "cpu")
    assert model.config.label_conditioning == "every-layer"
    assert any(type(m).__name__ == "ClassBatchNorm2d" for m in model.modules())
    # What was saved is the moving average, not the live generator the optimiser stepped.
    from safetensors import safe_open
    with safe_open(str(tmp_path / "cgan.resume.safetensors"), framework="pt") as f:
        live = {k[len("module/model/"):]: f.get_tensor(k) for k in f.keys() if k.startswith("module/model/")}
        ema = {k[len("module/ema/"):]: f.get_tensor(k) for k in f.keys() if k.startswith("module/ema/")}
    saved = model.state_dict()
    key = "project.0.weight"
    assert torch.allclose(saved[key], ema[key]) and not torch.allclose(saved[key], live[key])
    # The average's batch-norm statistics were measured for it (not left at their initial values).
    running = [k for k in saved if k.endswith("running_var")]
    assert running and all(not torch.allclose(saved[k], torch.ones_like(saved[k])) for k in running)


def test_resume_with_ema_continues_exactly(tmp_path):
    data = _toy_data()
    kw = dict(ema_decay=0.9, aux_class_weight=0.5, label_conditioning="every-layer")
    full = train(_config(tmp_path / "full", "cgan", epochs=4, **kw), dataset=data)
    train(_config(tmp_path / "split", "cgan", epochs=2, **kw), dataset=data)
    resumed = train(_config(tmp_path / "split", "cgan", epochs=4, resume=True, **kw), dataset=data)
    wa = load_model(full.path, "cpu").state_dict()
    wb = load_model(resumed.path, "cpu").state_dict()
    for k in wa:
        assert torch.allclose(wa[k], wb[k], atol=1e-6), k


def test_bad_ema_decay_is_refused(tmp_path):
    with pytest.raises(ValueError, match="ema_decay=1.5"):
        train(_config(tmp_path, "gan", ema_decay=1.5), dataset=_toy_data())


def test_gan_with_minibatch_std_trains(tmp_path):
    done = train(_config(tmp_path, "gan", epochs=1, minibatch_std=True, ema_decay=0.5), dataset=_toy_data())
    assert load_model(done.path, "cpu").latent_dim == 3


def test_adversarial_cvae_trains_its_critic_and_resumes_exactly(tmp_path):
    data = _toy_data()
    kw = dict(adversarial_weight=5.0, aux_class_weight=0.5, label_conditioning="every-layer")
    events = list(iter_training(_config(tmp_path / "full", "cvae", epochs=4, **kw), dataset=data))
    steps = [e.losses for e in events if e.event == "step"]
    assert {"d_loss", "adv"} <= set(steps[0]) and steps[0]["d_loss"] != steps[-1]["d_loss"]
    with open(tmp_path / "full" / "cvae.log.csv") as f:
        assert next(csv.reader(f))[-2:] == ["d_loss", "adv"]
    train(_config(tmp_path / "split", "cvae", epochs=2, **kw), dataset=data)
    resumed = train(_config(tmp_path / "split", "cvae", epochs=4, resume=True, **kw), dataset=data)
    wa = load_model(events[-1].path, "cpu").state_dict()
    wb = load_model(resumed.path, "cpu").state_dict()
    for k in wa:
        assert torch.allclose(wa[k], wb[k], atol=1e-6), k
    # The critic's weights stay in the resume file; the shipped model is the plain CVAE.
    assert not any(k.startswith("disc") for k in wa)


def test_adversarial_term_changes_what_the_decoder_learns(tmp_path):
    data = _toy_data()
    plain = train(_config(tmp_path / "plain", "vae", epochs=2), dataset=data)
    adv = train(_config(tmp_path / "adv", "vae", epochs=2, adversarial_weight=5.0), dataset=data)
    wa, wb = load_model(plain.path, "cpu").state_dict(), load_model(adv.path, "cpu").state_dict()
    assert not all(torch.equal(wa[k], wb[k]) for k in wa)


def test_negative_adversarial_weight_is_refused(tmp_path):
    with pytest.raises(ValueError, match="adversarial_weight=-1"):
        train(_config(tmp_path, "vae", adversarial_weight=-1.0), dataset=_toy_data())


def test_resume_after_a_kill_between_checkpoints_keeps_one_log_and_real_losses(tmp_path):
    """A run killed after its last checkpoint logged steps that the resumed run trains again, and a
    run resumed at its final step trains nothing: the log must hold each step once and the card the
    losses logged last, not NaN."""
    data = _toy_data()
    first = train(_config(tmp_path, "gan", epochs=2), dataset=data)
    log_path = tmp_path / "gan.log.csv"
    with open(log_path) as f:
        rows = list(csv.reader(f))
    # what a killed run leaves behind: rows past the resume point, and a half-written last line
    with open(log_path, "a", newline="") as f:
        f.write("13,3,1.00,0.5,0.5,0.5,0.5\r\n14,3,1.0")
    again = train(_config(tmp_path, "gan", epochs=2, resume=True), dataset=data)
    assert again.step == first.step == 12
    card = read_card(again.path)
    losses = card["metrics"]["training"]
    assert losses and all(np.isfinite(v) for v in losses.values())
    assert losses["final_g_loss"] == pytest.approx(float(rows[-1][4]))
    assert card["training_log"]["step"] == [int(r[0]) for r in rows[1:]]
    with open(log_path) as f:
        assert list(csv.reader(f)) == rows  # the killed run's extra rows are gone
