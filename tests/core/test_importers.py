"""Importing the state dicts people already have: each catalogue entry, containers, refusals.

Every architecture is written here from its public description (the PyTorch DCGAN tutorial and
examples, the examples' MNIST VAE), saved the way its authors' scripts save it, imported, and
decoded next to the original module's forward on the same latents.
"""

from __future__ import annotations

import json
import pickle

import pytest
import torch
from torch import nn

from latentlab.cli import main
from latentlab.core import families
from latentlab.core.checkpoint import load_model
from latentlab.core.families.cgan import ConditionalGAN
from latentlab.core.families.cvae import CVAE
from latentlab.core.families.gan import GANConfig
from latentlab.core.families.vae import VAEConfig
from latentlab.core.importers import ModelImportError, import_state_dict, read_weights, save_imported

TOL = 1e-5


class TutorialGenerator(nn.Module):
    """The generator of the PyTorch DCGAN tutorial / pytorch/examples dcgan/main.py, as published."""

    def __init__(self, nz=100, ngf=64, nc=3):
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 8, 4, 1, 0, bias=False), nn.BatchNorm2d(ngf * 8), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 4), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 2), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf), nn.ReLU(True),
            nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False), nn.Tanh(),
        )

    def forward(self, x):
        return self.main(x)


class TutorialDiscriminator(nn.Module):
    """The discriminator of the PyTorch DCGAN tutorial, as published: one probability of "real"."""

    def __init__(self, ndf=8, nc=3):
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(nc, ndf, 4, 2, 1, bias=False), nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ndf * 2), nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False), nn.BatchNorm2d(ndf * 4), nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 4, ndf * 8, 4, 2, 1, bias=False), nn.BatchNorm2d(ndf * 8), nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False), nn.Sigmoid(),
        )

    def forward(self, x):
        return self.main(x)


class ExamplesVAE(nn.Module):
    """pytorch/examples vae/main.py: 784-400-20."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 400)
        self.fc21 = nn.Linear(400, 20)
        self.fc22 = nn.Linear(400, 20)
        self.fc3 = nn.Linear(20, 400)
        self.fc4 = nn.Linear(400, 784)

    def encode(self, x):
        h1 = torch.relu(self.fc1(x))
        return self.fc21(h1), self.fc22(h1)

    def decode(self, z):
        return torch.sigmoid(self.fc4(torch.relu(self.fc3(z))))


def _randomised(module: nn.Module, seed: int = 0) -> nn.Module:
    """Random weights and BN statistics, so a wrongly wired import cannot agree by accident."""
    torch.manual_seed(seed)
    with torch.no_grad():
        for name, t in module.state_dict().items():
            if t.is_floating_point():
                t.copy_(torch.rand_like(t) + 0.5 if "running_var" in name else torch.randn_like(t) * 0.2)
    return module.eval()


@pytest.fixture
def netG():
    return _randomised(TutorialGenerator(nz=16, ngf=4, nc=3))


def _same_as_dcgan(model, original):
    z = torch.randn(5, original.main[0].in_channels, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        expected = original(z[:, :, None, None])
    assert torch.allclose(model.generate(z), expected, atol=TOL)
    assert torch.allclose(model.decode(z), ((expected + 1) / 2).clamp(0, 1), atol=TOL)


def test_the_dcgan_tutorial_generator_imports_and_decodes_like_the_original(tmp_path, netG):
    torch.save(netG.state_dict(), tmp_path / "netG_epoch_24.pth")  # examples/dcgan/main.py's way
    imported = import_state_dict(tmp_path / "netG_epoch_24.pth")
    assert imported.family is families.get("dcgan-tutorial")
    model = imported.model
    assert (model.latent_dim, model.image_shape, model.output_range) == (16, (3, 64, 64), (-1.0, 1.0))
    _same_as_dcgan(model, netG)
    text = "\n".join(imported.summary())
    assert "(N, 16, 1, 1)" in text and "tanh" in text and "3×64×64" in text


def test_a_grey_32px_dcgan_reads_its_depth_and_channels_off_the_shapes(tmp_path):
    class MnistGenerator(nn.Module):  # the tutorial one block shorter (4 → 8 → 16 → 32), as adapted for MNIST
        def __init__(self, nz=8, ngf=4, nc=1):
            super().__init__()
            self.main = nn.Sequential(
                nn.ConvTranspose2d(nz, ngf * 4, 4, 1, 0, bias=False), nn.BatchNorm2d(ngf * 4), nn.ReLU(True),
                nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 2), nn.ReLU(True),
                nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf), nn.ReLU(True),
                nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False), nn.Tanh(),
            )

        def forward(self, x):
            return self.main(x)

    original = _randomised(MnistGenerator(), seed=3)
    torch.save(original.state_dict(), tmp_path / "g.pt")
    model = import_state_dict(tmp_path / "g.pt").model
    assert (model.latent_dim, model.image_shape, model.config.base_channels) == (8, (1, 32, 32), 4)
    _same_as_dcgan(model, original)


@pytest.mark.parametrize("container", ["tutorial", "lightning", "dataparallel", "ema"])
def test_the_generator_is_found_in_common_containers(tmp_path, netG, container):
    netD = _randomised(TutorialDiscriminator(ndf=4))
    g, d = netG.state_dict(), netD.state_dict()
    wanted = netG
    if container == "tutorial":
        obj = {"netG": g, "netD": d, "optimizerG": {"state": {}, "param_groups": [{"lr": 2e-4}]}, "epoch": 5}
    elif container == "lightning":
        obj = {"state_dict": {**{f"generator.{k}": v for k, v in g.items()},
                              **{f"discriminator.{k}": v for k, v in d.items()}},
               "epoch": 3, "global_step": 100, "pytorch-lightning_version": "2.4.0"}
    elif container == "dataparallel":
        obj = {f"module.{k}": v for k, v in g.items()}
    else:
        wanted = _randomised(TutorialGenerator(nz=16, ngf=4, nc=3), seed=7)
        obj = {"netG": g, "netG_ema": wanted.state_dict(), "netD": d}
    torch.save(obj, tmp_path / "checkpoint.ckpt")
    imported = import_state_dict(tmp_path / "checkpoint.ckpt")
    _same_as_dcgan(imported.model, wanted)
    if container == "tutorial":
        assert imported.found_at == "netG" and "netD" in imported.notes[0]
    if container == "ema":
        assert "ema" in imported.found_at


def test_a_lightning_model_prefix_and_hparams_namespace_load(tmp_path):
    import argparse

    vae = _randomised(ExamplesVAE())
    obj = {"state_dict": {f"model.{k}": v for k, v in vae.state_dict().items()},
           "hyper_parameters": {"args": argparse.Namespace(lr=1e-3, epochs=10)}}
    torch.save(obj, tmp_path / "epoch=9-step=100.ckpt")
    imported = import_state_dict(tmp_path / "epoch=9-step=100.ckpt")
    assert imported.family is families.get("mlp-vae") and imported.found_at == "state_dict ▸ model."


def test_two_generators_are_named_and_key_picks_one(tmp_path, netG):
    other = _randomised(TutorialGenerator(nz=16, ngf=4, nc=3), seed=5)
    torch.save({"netG_a": netG.state_dict(), "netG_b": other.state_dict()}, tmp_path / "two.pth")
    with pytest.raises(ModelImportError, match=r"two.pth: holds 2 generators .*netG_a.*netG_b.*--key"):
        import_state_dict(tmp_path / "two.pth")
    _same_as_dcgan(import_state_dict(tmp_path / "two.pth", key="netG_b").model, other)


def test_key_names_a_lightning_submodule_and_a_wrong_key_lists_what_is_there(tmp_path, netG):
    g = netG.state_dict()
    torch.save({"state_dict": {**{f"generator.{k}": v for k, v in g.items()},
                               **{f"generator_ema.{k}": v for k, v in g.items()}}}, tmp_path / "gan.ckpt")
    assert import_state_dict(tmp_path / "gan.ckpt", key="generator").found_at == "state_dict ▸ generator."
    with pytest.raises(ModelImportError, match=r"gan.ckpt: --key netG: no tensors there; the file holds: state_dict$"):
        import_state_dict(tmp_path / "gan.ckpt", key="netG")


def test_a_bare_safetensors_state_dict_imports_and_a_latentlab_checkpoint_is_sent_back(tmp_path, netG):
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in netG.state_dict().items()}, tmp_path / "netG.safetensors")
    imported = import_state_dict(tmp_path / "netG.safetensors")
    _same_as_dcgan(imported.model, netG)
    save_imported(imported, tmp_path / "ours.safetensors")
    with pytest.raises(ModelImportError, match="ours.safetensors: already a latentlab checkpoint: open it directly"):
        import_state_dict(tmp_path / "ours.safetensors")


def test_the_examples_mnist_vae_imports_encodes_and_decodes_like_the_original(tmp_path):
    vae = _randomised(ExamplesVAE())
    torch.save(vae.state_dict(), tmp_path / "vae.pth")
    imported = import_state_dict(tmp_path / "vae.pth")
    model = imported.model
    assert imported.family is families.get("mlp-vae")
    assert (model.latent_dim, model.image_shape, model.has_encoder) == (20, (1, 28, 28), True)
    z = torch.randn(4, 20)
    with torch.no_grad():
        assert torch.allclose(model.decode(z), vae.decode(z).view(4, 1, 28, 28), atol=TOL)
        x = torch.rand(4, 1, 28, 28)
        for ours, theirs in zip(model.encode(x), vae.encode(x.view(-1, 784))):
            assert torch.allclose(ours, theirs, atol=TOL)
    assert "sigmoid" in "\n".join(imported.summary())


@pytest.mark.parametrize("family_name", ["vae", "cvae", "gan", "cgan"])
def test_a_raw_state_dict_of_latentlabs_own_models_loads_as_its_family(tmp_path, family_name):
    conditional = family_name in ("cvae", "cgan")
    config_class = VAEConfig if family_name in ("vae", "cvae") else GANConfig
    config = config_class(latent_dim=6, image_shape=(1, 28, 28), base_channels=4,
                          num_classes=3 if conditional else 0,
                          label_conditioning="every-layer" if family_name == "cgan" else "input")
    original = _randomised(families.get(family_name).module(config), seed=2)
    torch.save(original.state_dict(), tmp_path / "mine.pt")
    imported = import_state_dict(tmp_path / "mine.pt")
    assert imported.family is families.get(family_name)
    z = torch.randn(3, 6)
    labels = torch.tensor([0, 1, 2]) if conditional else None
    assert torch.allclose(imported.model.decode(z, labels), original.decode(z, labels), atol=TOL)


def test_an_input_conditioned_cgan_needs_its_class_count(tmp_path):
    config = GANConfig(latent_dim=6, image_shape=(1, 28, 28), base_channels=4, num_classes=3)
    original = _randomised(ConditionalGAN(config))
    torch.save(original.state_dict(), tmp_path / "cgan.pt")
    # Without --classes the 9 inputs read as a 9-dim unconditional GAN: plausible, and wrong.
    assert import_state_dict(tmp_path / "cgan.pt").model.latent_dim == 9
    imported = import_state_dict(tmp_path / "cgan.pt", classes=["a", "b", "c"])
    assert imported.family.name == "cgan" and imported.model.class_names == ["a", "b", "c"]
    z = torch.randn(3, 6)
    assert torch.allclose(imported.model.decode(z, [2, 1, 0]), original.decode(z, [2, 1, 0]), atol=TOL)


def test_a_state_dict_that_matches_nothing_says_what_was_tried_and_what_differed(tmp_path, netG):
    state = netG.state_dict()
    state["main.3.weight"] = torch.zeros(32, 32, 4, 4)  # the second block twice as wide as ngf·4
    torch.save(state, tmp_path / "netG.pth")
    with pytest.raises(ModelImportError) as err:
        import_state_dict(tmp_path / "netG.pth")
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith("netG.pth: a state dict that matches no known generator")
    assert "DCGAN (PyTorch tutorial) — main.3.weight is (32, 32, 4, 4), expected (32, 16, 4, 4)" in msg
    assert "MLP VAE (PyTorch examples) — no fc1.weight matrix" in msg and "--arch" in msg


def test_arch_narrows_the_search_and_the_message(tmp_path):
    torch.save(_randomised(ExamplesVAE()).state_dict(), tmp_path / "vae.pth")
    with pytest.raises(ModelImportError, match=r"tried: DCGAN \(PyTorch tutorial\) — no main.N.weight [^;]*\); name"):
        import_state_dict(tmp_path / "vae.pth", arch="dcgan-tutorial")
    with pytest.raises(ModelImportError, match="--arch classifier: not an architecture the importer knows"):
        import_state_dict(tmp_path / "vae.pth", arch="classifier")


class _WritesMarker:
    """A pickle payload: unpickling it in full would create the marker file."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('ran')",))


@pytest.mark.parametrize("how", ["torch.save", "pickle.dump"])
def test_a_pickle_with_code_is_refused_before_anything_runs(tmp_path, netG, how):
    marker = tmp_path / "marker.txt"
    obj = {**netG.state_dict(), "extra": _WritesMarker(marker)}
    path = tmp_path / "netG.pth"
    if how == "torch.save":
        torch.save(obj, path)
    else:
        with open(path, "wb") as f:
            pickle.dump(obj, f)
    with pytest.raises(ModelImportError) as err:
        import_state_dict(path)
    assert str(err.value).startswith("netG.pth: refused without running it")
    if how == "torch.save":
        assert "it asks to import exec" in str(err.value)
    assert not marker.exists()


def test_a_whole_pickled_module_is_refused_with_the_state_dict_advice(tmp_path, netG):
    torch.save(netG, tmp_path / "netG_full.pth")  # torch.save(model): the class must be imported to load it
    with pytest.raises(ModelImportError, match=r"netG_full.pth: refused without running it: it asks to import "
                                               r"\S*TutorialGenerator.*save model.state_dict\(\) instead"):
        import_state_dict(tmp_path / "netG_full.pth")


def test_truncated_and_oversized_files_give_one_line(tmp_path, netG):
    torch.save(netG.state_dict(), tmp_path / "full.pth")
    data = (tmp_path / "full.pth").read_bytes()
    (tmp_path / "cut.pth").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelImportError, match=r"^cut.pth: damaged or truncated [^\n]*$"):
        import_state_dict(tmp_path / "cut.pth")
    torch.save(netG.state_dict(), tmp_path / "old.pth", _use_new_zipfile_serialization=False)
    with pytest.raises(ModelImportError, match=r"old.pth: .* old torch.save format, which is read whole"):
        read_weights(tmp_path / "old.pth", max_whole_read=1000)
    _same_as_dcgan(import_state_dict(tmp_path / "old.pth").model, netG)  # under the limit it loads
    (tmp_path / "empty.pt").write_bytes(b"")
    with pytest.raises(ModelImportError, match="empty.pt: the file is empty"):
        import_state_dict(tmp_path / "empty.pt")


def test_nan_weights_warn_and_still_open(tmp_path, netG):
    from latentlab.core.checkpoint import CheckpointError, CheckpointWarning, save_model

    state = netG.state_dict()
    state["main.12.weight"][0, 0, 0, 0] = float("nan")
    torch.save(state, tmp_path / "nan.pth")
    imported = import_state_dict(tmp_path / "nan.pth")
    assert imported.warnings and "main.12.weight" in imported.warnings[0]
    # the converted file opens too, with the same warning (the loader refuses NaNs it was not told of)
    out = save_imported(imported, tmp_path / "nan.safetensors")
    with pytest.warns(CheckpointWarning, match=r"^nan.safetensors: 1 tensor\(s\) hold NaN or infinite values "
                                                r"\(main.12.weight…\), as the file it was imported from did"):
        model = load_model(out, device="cpu")
    assert model.card["provenance"]["imported_from"]["nonfinite"] == ["main.12.weight"]
    save_model(imported.model, tmp_path / "own.safetensors")  # no import record: a diverged run of ours
    with pytest.raises(CheckpointError, match="own.safetensors: tensor main.12.weight contains NaN"):
        load_model(tmp_path / "own.safetensors", device="cpu")


@pytest.mark.filterwarnings("default::latentlab.core.checkpoint.CheckpointWarning")  # as outside the tests
def test_the_cli_opens_an_imported_nan_model_with_one_warning_line(tmp_path, netG, capsys):
    state = netG.state_dict()
    state["main.0.weight"][0, 0, 0, 0] = float("inf")
    torch.save(state, tmp_path / "inf.pth")
    assert main(["import", str(tmp_path / "inf.pth"), "-o", str(tmp_path / "inf.safetensors")]) == 0
    capsys.readouterr()
    assert main(["sample", str(tmp_path / "inf.safetensors"), "-n", "2", "-o", str(tmp_path / "s.png")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("latentlab: warning: inf.safetensors: 1 tensor(s) hold NaN") and err.count("\n") == 1


@pytest.mark.parametrize("protocol", [2, 4])
def test_a_plain_pickle_is_refused_as_not_a_torch_save_file_before_any_unpickler_sees_it(tmp_path, netG, protocol):
    marker = tmp_path / "marker.txt"
    with open(tmp_path / "g.pkl", "wb") as f:
        pickle.dump({**netG.state_dict(), "extra": _WritesMarker(marker)}, f, protocol=protocol)
    with pytest.raises(ModelImportError, match=r"^g.pkl: refused without running it: a plain pickle \(pickle.dump\), "
                                               r"not a torch.save file; .*torch.save\(model.state_dict\(\)"):
        import_state_dict(tmp_path / "g.pkl")
    assert not marker.exists()
    (tmp_path / "notes.pth").write_text("not a model")
    with pytest.raises(ModelImportError, match=r"^notes.pth: neither a torch.save file nor a safetensors file"):
        import_state_dict(tmp_path / "notes.pth")


def test_a_torch_save_file_named_safetensors_is_read_as_what_it_is(tmp_path, netG):
    torch.save({"netG": netG.state_dict()}, tmp_path / "netG.safetensors")  # torch.load would try safetensors
    _same_as_dcgan(import_state_dict(tmp_path / "netG.safetensors").model, netG)
    marker = tmp_path / "marker.txt"
    torch.save({"netG": netG.state_dict(), "x": _WritesMarker(marker)}, tmp_path / "evil.safetensors")
    with pytest.raises(ModelImportError, match=r"^evil.safetensors: refused without running it: it asks to import exec"):
        import_state_dict(tmp_path / "evil.safetensors")
    assert not marker.exists()


def test_the_import_command_writes_a_checkpoint_that_loads_and_names_its_source(tmp_path, netG, capsys):
    src = tmp_path / "netG.pth"
    torch.save({"netG": netG.state_dict()}, src)
    out = tmp_path / "dcgan.safetensors"
    assert main(["import", str(src), "--dataset", "faces64", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "DCGAN (PyTorch tutorial)" in printed and "(N, 16, 1, 1)" in printed and f"wrote {out}" in printed
    model = load_model(out, device="cpu")
    _same_as_dcgan(model, netG)
    card = model.card
    source = card["provenance"]["imported_from"]
    from latentlab.core.files import file_sha256

    assert source == {"file": "netG.pth", "sha256": file_sha256(src), "found_at": "netG", "arch": "dcgan-tutorial"}
    assert card["dataset"] == "faces64" and card["arch"] == "dcgan-tutorial"
    assert str(tmp_path) not in json.dumps(card)  # names and hashes, never a machine path
    assert card["provenance"]["command"] == "latentlab import netG.pth --dataset faces64 -o dcgan.safetensors"


def test_the_import_command_prints_one_line_for_a_refusal(tmp_path, capsys):
    torch.save({"w": torch.zeros(3)}, tmp_path / "odd.pt")
    assert main(["import", str(tmp_path / "odd.pt"), "-o", str(tmp_path / "x.safetensors")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("latentlab: error: odd.pt: a state dict that matches no")
    assert not (tmp_path / "x.safetensors").exists()


def test_an_imported_cvae_keeps_dataset_class_names_through_save(tmp_path):
    config = VAEConfig(latent_dim=4, image_shape=(1, 28, 28), base_channels=4, num_classes=10)
    torch.save(_randomised(CVAE(config)).state_dict(), tmp_path / "cvae.pt")
    imported = import_state_dict(tmp_path / "cvae.pt", dataset="fashion-mnist")
    assert imported.model.class_names[0] == "T-shirt/top"
    saved = load_model(save_imported(imported, tmp_path / "cvae.safetensors", dataset="fashion-mnist"), device="cpu")
    assert saved.class_names == imported.model.class_names and isinstance(saved, CVAE)


def test_the_catalogue_is_the_families_that_read_their_config_off_shapes():
    assert families.names(families.catalogue()) == ["vae", "cvae", "gan", "cgan", "dcgan-tutorial",
                                                    "dcgan-tutorial-conditional", "mlp-vae", "conv-vae"]
    for name in ("dcgan-tutorial", "dcgan-tutorial-conditional", "mlp-vae", "conv-vae"):
        family = families.get(name)
        # Imported, so not trained here; but rebuilt from a config, so saved as a checkpoint.
        assert family.imported and not family.program and family.trainer is None


def test_models_lists_a_state_dict_in_the_models_folder_as_skipped_with_the_import_command(
        tmp_path, monkeypatch, netG, capsys):
    folder = tmp_path / "models"
    folder.mkdir()
    torch.save(netG.state_dict(), folder / "netG.pth")
    monkeypatch.setenv("LATENTLAB_MODELS", str(folder))
    assert main(["models"]) == 0
    err = capsys.readouterr().err
    assert (f"skipped: netG.pth: a torch.save file, not a latentlab model; import it with "
            f"`latentlab import {folder / 'netG.pth'} -o netG.safetensors`") in err


def test_a_5gb_file_is_refused_by_its_size_before_it_is_read(tmp_path):
    big = tmp_path / "huge.pth"
    with open(big, "wb") as f:  # sparse: 5 GB on paper, no disk or memory spent
        f.write(b"\x80\x02")
        f.truncate(5 * 1024**3)
    with pytest.raises(ModelImportError, match=r"^huge.pth: 5.0 GB in the old torch.save format, which is read whole"):
        import_state_dict(big)


class VanillaVAE(nn.Module):
    """AntixK/PyTorch-VAE models/vanilla_vae.py, as published (hidden_dims narrowed for the test)."""

    def __init__(self, in_channels=3, latent_dim=6, hidden_dims=(4, 6, 8, 10, 12)):
        super().__init__()
        self.latent_dim, hidden_dims = latent_dim, list(hidden_dims)
        modules = []
        for h_dim in hidden_dims:
            modules.append(nn.Sequential(nn.Conv2d(in_channels, out_channels=h_dim, kernel_size=3, stride=2, padding=1),
                                         nn.BatchNorm2d(h_dim), nn.LeakyReLU()))
            in_channels = h_dim
        self.encoder = nn.Sequential(*modules)
        self.fc_mu = nn.Linear(hidden_dims[-1] * 4, latent_dim)
        self.fc_var = nn.Linear(hidden_dims[-1] * 4, latent_dim)
        self.decoder_input = nn.Linear(latent_dim, hidden_dims[-1] * 4)
        hidden_dims.reverse()
        self.last = hidden_dims[0]
        self.decoder = nn.Sequential(*[
            nn.Sequential(nn.ConvTranspose2d(hidden_dims[i], hidden_dims[i + 1], kernel_size=3, stride=2, padding=1,
                                             output_padding=1), nn.BatchNorm2d(hidden_dims[i + 1]), nn.LeakyReLU())
            for i in range(len(hidden_dims) - 1)])
        self.final_layer = nn.Sequential(
            nn.ConvTranspose2d(hidden_dims[-1], hidden_dims[-1], kernel_size=3, stride=2, padding=1, output_padding=1),
            nn.BatchNorm2d(hidden_dims[-1]), nn.LeakyReLU(),
            nn.Conv2d(hidden_dims[-1], out_channels=3, kernel_size=3, padding=1), nn.Tanh())

    def encode(self, x):
        result = torch.flatten(self.encoder(x), start_dim=1)
        return [self.fc_mu(result), self.fc_var(result)]

    def decode(self, z):
        result = self.decoder_input(z).view(-1, self.last, 2, 2)
        return self.final_layer(self.decoder(result))


def test_the_pytorch_vae_vanilla_vae_imports_encodes_and_decodes_like_the_original(tmp_path):
    original = _randomised(VanillaVAE(), seed=5)
    # PyTorch-VAE trains through Lightning: its checkpoint holds the VAE under "model."
    torch.save({"state_dict": {f"model.{k}": v for k, v in original.state_dict().items()}, "epoch": 3},
               tmp_path / "last.ckpt")
    imported = import_state_dict(tmp_path / "last.ckpt")
    model = imported.model
    assert imported.family is families.get("conv-vae") and imported.found_at == "state_dict ▸ model."
    assert (model.latent_dim, model.image_shape, model.config.hidden_dims) == (6, (3, 64, 64), [4, 6, 8, 10, 12])
    z = torch.randn(4, 6, generator=torch.Generator().manual_seed(2))
    x = torch.rand(2, 3, 64, 64, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        assert torch.allclose(model.generate(z), original.decode(z), atol=TOL)
        assert all(torch.allclose(a, b, atol=TOL) for a, b in zip(model.encode(x), original.encode(x)))
    save_imported(imported, tmp_path / "vae.safetensors")
    assert torch.allclose(load_model(tmp_path / "vae.safetensors", "cpu").decode(z), model.decode(z), atol=TOL)


class ConditionalTutorialGenerator(TutorialGenerator):
    """The tutorial generator told the class: cat([z, label], 1) with an Embedding or a one-hot label."""

    def __init__(self, nz=12, ngf=4, nc=3, classes=5, embed=0):
        super().__init__(nz=nz + (embed or classes), ngf=ngf, nc=nc)
        self.classes, self.embed = classes, embed
        if embed:
            self.label_emb = nn.Embedding(classes, embed)

    def forward(self, z, labels):
        label = self.label_emb(labels) if self.embed else nn.functional.one_hot(labels, self.classes).float()
        return self.main(torch.cat([z, label], 1)[:, :, None, None])


@pytest.mark.parametrize("embed", [7, 0])
def test_conditional_dcgan_variants_read_their_classes_and_decode_like_the_original(tmp_path, embed):
    original = _randomised(ConditionalTutorialGenerator(embed=embed), seed=4)
    torch.save({"netG": original.state_dict()}, tmp_path / "cond.pth")
    classes = None if embed else 5  # a one-hot label has no weights: its width is not z's to tell
    if not embed:
        with pytest.raises(ModelImportError, match="dcgan-tutorial-conditional|Conditional DCGAN"):
            import_state_dict(tmp_path / "cond.pth", arch="dcgan-tutorial-conditional")
    imported = import_state_dict(tmp_path / "cond.pth", classes=classes)
    model = imported.model
    assert imported.family is families.get("dcgan-tutorial-conditional")
    assert (model.latent_dim, model.num_classes, model.config.label_embedding) == (12, 5, embed)
    z = torch.randn(5, 12, generator=torch.Generator().manual_seed(1))
    labels = torch.tensor([0, 4, 2, 1, 3])
    with torch.no_grad():
        assert torch.allclose(model.generate(z, labels), original(z, labels), atol=TOL)


def _same_critic(model, netD, original_generator=None):
    """The kept discriminator scores images as the original ``netD`` does (its forward, to 1e-5)."""
    x = torch.rand(5, 3, 64, 64, generator=torch.Generator().manual_seed(8)) * 2 - 1  # netD's input range
    with torch.no_grad():
        expected = netD(x).reshape(-1)
        assert torch.allclose(model.discriminator(x).reshape(-1), expected, atol=TOL)
        # critic_score takes images as decode gives them, in [0, 1]
        assert torch.allclose(model.critic_score((x + 1) / 2), expected, atol=TOL)
        if original_generator is not None:  # and scores the generator's own samples like the original pair
            z = torch.randn(4, model.latent_dim, generator=torch.Generator().manual_seed(9))
            fake = original_generator(z[:, :, None, None])
            assert torch.allclose(model.critic_score(model.decode(z)), netD(fake).reshape(-1), atol=TOL)


@pytest.mark.parametrize("container", ["tutorial", "lightning"])
def test_the_tutorial_discriminator_is_kept_and_scores_like_the_original(tmp_path, netG, container, capsys):
    netD = _randomised(TutorialDiscriminator(ndf=4), seed=6)
    if container == "tutorial":
        obj, where = {"netG": netG.state_dict(), "netD": netD.state_dict(), "epoch": 4}, "netD"
    else:
        obj = {"state_dict": {**{f"generator.{k}": v for k, v in netG.state_dict().items()},
                              **{f"discriminator.{k}": v for k, v in netD.state_dict().items()}}}
        where = "state_dict ▸ discriminator."
    torch.save(obj, tmp_path / "both.pth")
    imported = import_state_dict(tmp_path / "both.pth")
    model = imported.model
    assert imported.discriminator == where and model.has_discriminator
    assert families.family_of(model).capabilities.carries_discriminator
    assert any(n.startswith(f"{where}: recognised as the DCGAN tutorial discriminator (11,568 parameters)")
               for n in imported.notes)
    assert model.num_parameters() == sum(p.numel() for p in netG.parameters())  # the generator's alone
    _same_as_dcgan(model, netG)
    _same_critic(model, netD, netG)

    out = tmp_path / "both.safetensors"
    assert main(["import", str(tmp_path / "both.pth"), "-o", str(out)]) == 0
    from latentlab.core.checkpoint import check_safetensors_header

    _, stored, _ = check_safetensors_header(out)
    assert {k for k in stored if k.startswith("discriminator.")} == {f"discriminator.{k}" for k in netD.state_dict()}
    loaded = load_model(out, device="cpu")
    _same_as_dcgan(loaded, netG)
    _same_critic(loaded, netD, netG)
    record = loaded.card["provenance"]["imported_from"]["discriminator"]
    assert record["found_at"] == where and record["architecture"] == "DCGAN tutorial discriminator"
    assert record["prefix"] == "discriminator." and record["parameters"] == 11_568
    assert record["shapes"] == {k: list(v.shape) for k, v in netD.state_dict().items()}
    assert families.kept_discriminator(loaded.card) == record
    capsys.readouterr()
    assert main(["info", str(out)]) == 0
    printed = capsys.readouterr().out
    assert (f"  discriminator DCGAN tutorial discriminator, from {where} in both.pth: 11,568 parameters "
            "under discriminator.*") in printed
    assert f"  parameters  {sum(p.numel() for p in netG.parameters()):,}\n" in printed


def test_a_container_without_the_discriminator_still_imports_and_says_so(tmp_path, netG, capsys):
    torch.save({"netG": netG.state_dict(), "optimizerG": {"state": {}, "param_groups": []}}, tmp_path / "g.pth")
    imported = import_state_dict(tmp_path / "g.pth")
    assert imported.discriminator is None and not imported.model.has_discriminator
    _same_as_dcgan(imported.model, netG)
    with pytest.raises(NotImplementedError, match="carries no discriminator"):
        imported.model.critic_score(torch.rand(1, 3, 64, 64))
    out = save_imported(imported, tmp_path / "g.safetensors")
    card = load_model(out, "cpu").card
    assert "discriminator" not in card["provenance"]["imported_from"] and families.kept_discriminator(card) is None
    assert main(["info", str(out)]) == 0
    assert "  discriminator none in the file\n" in capsys.readouterr().out


def test_a_discriminator_that_does_not_fit_the_generator_is_left_out(tmp_path, netG):
    grey = _randomised(TutorialDiscriminator(ndf=4, nc=1))  # a 1-channel netD beside a colour generator
    torch.save({"netG": netG.state_dict(), "netD": grey.state_dict()}, tmp_path / "odd.pth")
    imported = import_state_dict(tmp_path / "odd.pth")
    assert not imported.model.has_discriminator
    assert "also in the file, not imported: netD" in imported.notes
    two = {"netG": netG.state_dict(), "netD": _randomised(TutorialDiscriminator(ndf=4)).state_dict(),
           "netD_old": _randomised(TutorialDiscriminator(ndf=4), seed=1).state_dict()}
    torch.save(two, tmp_path / "two.pth")
    imported = import_state_dict(tmp_path / "two.pth")
    assert not imported.model.has_discriminator
    assert any(n.startswith("several discriminators fit (netD, netD_old): none kept") for n in imported.notes)


def test_a_family_that_keeps_a_discriminator_must_say_how_to_find_it():
    from dataclasses import replace

    family = families.get("dcgan-tutorial")
    assert family.capabilities.carries_discriminator and family.discriminator_from_shapes is not None
    assert not families.get("gan").capabilities.carries_discriminator  # latentlab's GAN saves its generator only
    with pytest.raises(ValueError, match="carries_discriminator and discriminator_from_shapes go together"):
        families.register(replace(family, name="half-declared", arch="half", discriminator_from_shapes=None))


def test_the_cli_and_the_dialog_share_one_import_plan(tmp_path, netG):
    from latentlab.core import import_plan

    netD = _randomised(TutorialDiscriminator(ndf=4))
    torch.save({"netG": netG.state_dict(), "netD": netD.state_dict()}, tmp_path / "both.pth")
    cli_plan = import_plan.inspect(tmp_path / "both.pth", dataset="faces64")
    gui_plan = import_plan.inspect_import(tmp_path / "both.pth", dataset="faces64")
    assert type(cli_plan) is type(gui_plan) is import_plan.ImportPlan
    assert cli_plan.route == gui_plan.route == "state-dict" and cli_plan.preview is None
    assert gui_plan.preview.shape == (16, 64, 64, 3) and gui_plan.dataset == "faces64"
    assert cli_plan.summary() == gui_plan.summary() and cli_plan.shapes() == gui_plan.shapes()
    assert gui_plan.shapes()["latent_shape"] == (16, 1, 1) and gui_plan.shapes()["discriminator"] == "netD"
    out = import_plan.write_import(gui_plan, tmp_path / "models")
    assert load_model(out, "cpu").card["dataset"] == "faces64" and load_model(out, "cpu").has_discriminator
