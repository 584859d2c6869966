"""Training in two processes (gloo, on the CPU): what a user of torchrun would notice.

Two local processes stand in for two machines. One spawned pair trains a tiny VAE and a tiny GAN
at world size 2; the parent process then trains the same VAE alone on the same global batch and
resumes the two-process run alone. One more test goes through ``latentlab train --nproc 2``,
which starts the real torchrun.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from latentlab.cli import main
from latentlab.core.checkpoint import load_model, read_card
from latentlab.core.datasets import ImageDataset
from latentlab.train import iter_training, train
from latentlab.train.cli import torchrun_command
from latentlab.train.distributed import Precision
from tests.core.test_train import _config as _train_config, _toy_data as _bars_28

ROOT = Path(__file__).resolve().parents[2]


def _toy_data():
    """test_train's bars, cut to 16×16 so the VAE has no batch norm, whose per-process
    statistics would (rightly) differ from one process's."""
    bars = _bars_28(n=64, classes=2)
    return ImageDataset(bars.images[:, :, 6:22, 2:18], bars.labels, bars.class_names, name="toy")


def _config(folder, kind, **kw):
    return _train_config(Path(folder), kind, **{"epochs": 1, **kw})


def _noise_from_the_sample(t: torch.Tensor) -> torch.Tensor:
    # The VAE's reparameterisation noise, made a function of each image's own posterior, so a
    # one-process run and each of two processes draw the same noise for the same image (the
    # random streams cannot match: two half batches draw differently from one whole one).
    return torch.sin(1000 * t.detach())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rank_main(rank: int, port: int, folder: str) -> None:
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK=str(rank), WORLD_SIZE="2",
                      LOCAL_RANK=str(rank))
    torch.set_num_threads(1)
    torch.randn_like = _noise_from_the_sample
    dist.init_process_group("gloo")
    report = {}
    data = _toy_data()
    vae = train(_config(folder, "vae", max_steps=1), dataset=data)
    gan = train(_config(folder, "gan", max_steps=3), dataset=data)
    # The gradient penalty differentiates the critic twice, through DDP: it must still average.
    wgan = train(_config(folder, "wgan-gp", max_steps=4, critic_steps=2), dataset=data)
    report["vae_losses"], report["gan_losses"], report["wgan_losses"] = vae.losses, gan.losses, wgan.losses
    try:
        train(_config(folder, "vae", out=str(Path(folder) / "odd.safetensors"), batch_size=15), dataset=data)
    except ValueError as exc:
        report["odd_batch"] = str(exc)
    (Path(folder) / f"rank{rank}.json").write_text(json.dumps(report))
    dist.destroy_process_group()


@pytest.fixture(scope="module")
def two_process_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ws2")
    mp.spawn(_rank_main, args=(_free_port(), str(folder)), nprocs=2)
    reports = [json.loads((folder / f"rank{r}.json").read_text()) for r in range(2)]
    return folder, reports


def test_two_processes_write_one_loadable_checkpoint_each_for_a_vae_and_a_gan(two_process_run):
    folder, reports = two_process_run
    for kind, steps in (("vae", 1), ("gan", 3), ("wgan-gp", 4)):
        model = load_model(folder / f"{kind}.safetensors", "cpu")
        assert model.latent_dim == 3
        card = read_card(folder / f"{kind}.safetensors")["provenance"]
        assert (card["world_size"], card["backend"], card["precision"]) == (2, "gloo", "fp32")
        assert card["steps"] == steps
    # The losses every process reports are the means over the whole global batch.
    assert reports[0]["gan_losses"] == reports[1]["gan_losses"]
    assert reports[0]["vae_losses"] == reports[1]["vae_losses"]
    assert reports[0]["wgan_losses"] == reports[1]["wgan_losses"]
    assert "must be a multiple of the 2 processes" in reports[0]["odd_batch"]


def test_two_processes_take_the_same_step_as_one_process_on_the_same_global_batch(
        two_process_run, tmp_path, monkeypatch):
    folder, _ = two_process_run
    monkeypatch.setattr(torch, "randn_like", _noise_from_the_sample)
    alone = train(_config(tmp_path, "vae", max_steps=1), dataset=_toy_data())
    one = load_model(alone.path, "cpu").state_dict()
    two = load_model(folder / "vae.safetensors", "cpu").state_dict()
    initial = load_model(train(_config(tmp_path / "init", "vae", max_steps=1, lr=1e-30),
                               dataset=_toy_data()).path, "cpu").state_dict()
    for name in one:
        assert not torch.equal(one[name], initial[name]), name  # the step moved every tensor
        torch.testing.assert_close(two[name], one[name], rtol=1e-5, atol=1e-6, msg=name)


def test_a_two_process_run_resumes_in_one_process(two_process_run, tmp_path):
    folder, _ = two_process_run
    for suffix in (".safetensors", ".resume.safetensors"):
        (tmp_path / f"vae{suffix}").write_bytes((folder / f"vae{suffix}").read_bytes())
    events = list(iter_training(_config(tmp_path, "vae", max_steps=3, resume=True), dataset=_toy_data()))
    assert [e.step for e in events if e.event == "step"] == [2, 3]
    card = read_card(events[-1].path)["provenance"]
    assert (card["steps"], card["world_size"], card["backend"]) == (3, 1, None)
    load_model(events[-1].path, "cpu")


def test_latentlab_train_nproc_2_runs_under_torchrun(tmp_path, monkeypatch, capfd):
    from PIL import Image

    for k in range(2):
        (tmp_path / "data" / f"c{k}").mkdir(parents=True)
        for i in range(16):
            image = np.zeros((28, 28), np.uint8)
            image[8:20, 4 + 10 * k + i % 3:10 + 10 * k + i % 3] = 255
            Image.fromarray(image).save(tmp_path / "data" / f"c{k}" / f"{i}.png")
    out = tmp_path / "gan.safetensors"
    # torchrun's processes import this checkout's latentlab, as the one running the test does.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    code = main(["train", "gan", "--nproc", "2", "--dataset", str(tmp_path / "data"), "--device", "cpu",
                 "--batch-size", "8", "--base-channels", "4", "--latent-dim", "3", "--max-steps", "2",
                 "-o", str(out)])
    captured = capfd.readouterr()
    assert code == 0, captured.err[-2000:]
    assert captured.out.count("saved ") == 1  # rank 0 alone talks
    card = read_card(out)["provenance"]
    assert (card["launcher"], card["world_size"], card["backend"]) == ("torchrun", 2, "gloo")
    assert card["command"].startswith("latentlab train gan")
    assert load_model(out, "cpu").latent_dim == 3


def test_torchrun_command_passes_everything_but_nproc():
    cmd = torchrun_command(["--device", "cpu", "train", "vae", "--nproc", "4", "-o", "m.safetensors"], 4)
    assert cmd[1:5] == ["-m", "torch.distributed.run", "--standalone", "--nproc-per-node=4"]
    assert cmd[5:] == ["-m", "latentlab", "--device", "cpu", "train", "vae", "-o", "m.safetensors"]
    assert "--nproc=2" not in torchrun_command(["train", "vae", "--nproc=2"], 2)


def test_nproc_under_torchrun_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WORLD_SIZE", "2")
    code = main(["train", "vae", "--nproc", "2", "-o", str(tmp_path / "m.safetensors")])
    assert code != 0
    assert "under torchrun leave --nproc out" in capsys.readouterr().err


def test_one_process_card_says_so_and_bf16_autocast_trains_on_the_cpu(tmp_path):
    plain = train(_config(tmp_path, "vae", max_steps=2), dataset=_toy_data())
    card = read_card(plain.path)["provenance"]
    assert (card["launcher"], card["world_size"], card["backend"], card["precision"]) == ("none", 1, None, "fp32")
    bf16 = train(_config(tmp_path / "bf16", "gan", max_steps=2, precision="bf16"), dataset=_toy_data())
    assert all(np.isfinite(v) for v in bf16.losses.values())
    assert read_card(bf16.path)["provenance"]["precision"] == "bf16"


def test_precision_choices():
    cpu = torch.device("cpu")
    assert Precision("auto", cpu).name == "fp32"  # mixed precision pays off on GPUs only
    with pytest.raises(ValueError, match="fp16 needs a CUDA GPU"):
        Precision("fp16", cpu)
    with pytest.raises(ValueError, match="choose one of fp32, bf16, fp16, auto"):
        Precision("half", cpu)
