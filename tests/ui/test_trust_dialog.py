"""Program files (TorchScript with a manifest) run code: the GUI asks first, and Cancel is the default.

The core refuses an untrusted program with ``UntrustedCodeError`` before any of its code runs
(issue 17). The ``enforced`` fixture checks that the core does; where this checkout's core does
not yet, it puts the same refusal in front of ``load_model``, so the GUI route is tested either
way (and the real core path as soon as the core enforces it).
"""

from __future__ import annotations

import json
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
import torch

from latentlab.core import checkpoint
from latentlab.ui.common import trust
from tests.ui.helpers import open_model


def _scripted(folder: Path) -> Path:
    """A tiny scripted generator (4-D latent, 1×16×16) and its manifest; returns the manifest."""

    class G(torch.nn.Module):
        def forward(self, z):
            return torch.sigmoid(z[:, :1, None, None].expand(z.shape[0], 1, 16, 16))

    folder.mkdir(exist_ok=True)
    with warnings.catch_warnings():  # jit is deprecated upstream; users still ship such files
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.jit.script(G()).save(str(folder / "user.pt"))
    manifest = {"latent_dim": 4, "image_shape": [1, 16, 16], "output_range": [0, 1], "kind": "gan"}
    (folder / "user.json").write_text(json.dumps(manifest))
    return folder / "user.json"


def _is_program(path: Path) -> bool:
    target = path.with_suffix(".pt") if path.suffix == ".json" else path
    try:
        with zipfile.ZipFile(target) as zf:
            return any("/code/" in n for n in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


@pytest.fixture
def enforced(tmp_path, monkeypatch):
    """Untrusted programs are refused (by the core, or by this stand-in until the core does)."""
    # no test's yes leaks into another (the trust list lives in core/trust.py once the core enforces)
    owner = next(m for m in (sys.modules.get("latentlab.core.trust"), checkpoint) if hasattr(m, "_TRUSTED_PROGRAMS"))
    monkeypatch.setattr(owner, "_TRUSTED_PROGRAMS", set())
    probe = _scripted(tmp_path / "probe")
    try:
        checkpoint.load_model(probe, device="cpu")
    except checkpoint.UntrustedCodeError:
        return "core"
    real = checkpoint.load_model

    def guarded(path, device="auto", *, trust_code=False):
        program = Path(path).with_suffix(".pt")
        if _is_program(Path(path)) and not trust_code and not checkpoint.is_trusted_program(program):
            raise checkpoint.UntrustedCodeError(program)
        return real(path, device, trust_code=trust_code)

    monkeypatch.setattr(checkpoint, "load_model", guarded)
    return "stand-in"


@pytest.fixture
def jit_calls(monkeypatch):
    """Every torch.jit.load call (a refused program must never be loaded, let alone run)."""
    calls: list[str] = []
    real = torch.jit.load

    def spy(f, *args, **kwargs):
        calls.append(str(f))
        return real(f, *args, **kwargs)

    monkeypatch.setattr(torch.jit, "load", spy)
    return calls


def _question(qtbot) -> trust.TrustDialog:
    qtbot.waitUntil(lambda: len(trust.open_dialogs()) == 1, timeout=30_000)
    return trust.open_dialogs()[0]


def test_refusing_keeps_the_model_and_never_loads_the_program(window, qtbot, models, tmp_path, enforced,
                                                              jit_calls):
    from latentlab.core.files import file_sha256

    open_model(window, models["vae"])
    manifest = _scripted(tmp_path / "mine")
    window.state.request_open(str(manifest))
    dialog = _question(qtbot)
    assert dialog.isVisible() and dialog.defaultButton() is dialog.cancel_button
    assert dialog.escapeButton() is dialog.cancel_button
    assert "is a program" in dialog.text() and "runs its code with your permissions" in dialog.text()
    assert file_sha256(dialog.path) in dialog.informativeText() and dialog.path.name in dialog.text()
    dialog.cancel_button.click()
    assert window.controller.wait_idle(30)
    assert not trust.open_dialogs() and not checkpoint.is_trusted_program(dialog.path)
    assert window.state.model.name == "tiny-vae" and jit_calls == []
    assert window.messages.last.text == f"Left {dialog.path.name} closed: its code was not run"


def test_open_anyway_trusts_the_file_and_opens_it(window, qtbot, models, tmp_path, enforced, jit_calls):
    open_model(window, models["vae"])
    manifest = _scripted(tmp_path / "mine")
    window.state.request_open(str(manifest))
    dialog = _question(qtbot)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.state.model.name == "user", timeout=30_000)
    assert window.controller.wait_idle(30)
    assert checkpoint.is_trusted_program(dialog.path) and len(jit_calls) >= 1
    assert window.state.model.latent_dim == 4 and window.image_view.current_frame().shape == (16, 16)
    window.state.request_open(str(models["gan"]))  # the yes lasts: reopening asks nothing
    open_model(window, manifest)
    assert window.state.model.name == "user" and not trust.open_dialogs()


def test_two_requests_for_one_file_share_one_question(window, qtbot, tmp_path, enforced, jit_calls):
    manifest = _scripted(tmp_path / "mine")
    window.state.request_open(str(manifest))
    window.state.request_open(str(manifest))
    assert window.controller.wait_idle(30)
    assert len(trust.open_dialogs()) == 1
    trust.open_dialogs()[0].reject()  # Esc / the window's ×: the same as Cancel
    assert window.controller.wait_idle(30)
    assert window.state.model is None and jit_calls == [] and not trust.open_dialogs()


def test_other_errors_are_left_to_the_caller(qtbot):
    called: list[str] = []
    assert not trust.ask_to_trust(ValueError("nope"), None, lambda: called.append("retry"))
    assert not trust.open_dialogs() and called == []


def test_compare_pane_asks_before_loading_a_program(qtbot, models, tmp_path, enforced, jit_calls):
    from latentlab.ui.compare.view import CompareView

    manifest = _scripted(tmp_path / "mine")
    view = CompareView(device="cpu", models=[str(models["vae"]), str(manifest)])
    qtbot.addWidget(view)
    view.show()
    try:
        dialog = _question(qtbot)
        slot = view.controller.slots[1]
        assert slot.loading and slot.error is None  # the pane waits for the answer
        dialog.cancel_button.click()
        assert view.wait_idle(60)
        assert "opening it runs code from the file" in slot.error and jit_calls == [] and view.controller.slots[0].ok
    finally:
        view.close()
