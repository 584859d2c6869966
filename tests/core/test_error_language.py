"""Errors people meet most carry a message id: the command line prints them in English, exactly as
before, and ``error_message(exc, lang=...)`` says them in Czech and Chinese (the GUI's words)."""

from __future__ import annotations

import errno
import pickle
import re
import string
from pathlib import Path

import pytest
import torch

from latentlab.core import errors
from latentlab.core.caption_text import caption_table
from latentlab.core.checkpoint import (
    CONVERT_HINT,
    CheckpointError,
    load_model,
    save_model,
)
from latentlab.core.errors import (
    ERROR_LANGUAGES,
    KeyedText,
    error_message,
    error_templates,
    in_language,
    keyed,
)

SOURCE = Path(errors.__file__).resolve().parents[1]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _used_ids() -> set[str]:
    found = set()
    for path in SOURCE.rglob("*.py"):
        found |= set(re.findall(r"""\bkeyed\(\s*["']([\w.]+)["']""", path.read_text(encoding="utf-8")))
    return found


def _terms() -> set[str]:
    found = set()
    for path in SOURCE.rglob("*.py"):
        found |= set(re.findall(r"""\bterm\(\s*["']([^"']+)["']""", path.read_text(encoding="utf-8")))
    return found


def test_every_keyed_id_is_written_in_all_four_languages_with_the_same_placeholders():
    templates = error_templates()
    assert len(templates) >= 20
    for message_id, row in templates.items():
        assert set(row) == set(ERROR_LANGUAGES), message_id
        assert all(text.strip() for text in row.values()), message_id
        for lang in ERROR_LANGUAGES[1:]:
            assert _fields(row[lang]) == _fields(row["en"]), (message_id, lang)
            if lang.startswith("zh"):  # Chinese text really is Chinese
                assert re.search(r"[\u4e00-\u9fff]", row[lang]), (message_id, lang)
        assert row["cs"] != row["en"], message_id


def test_every_id_the_code_raises_has_templates_and_every_template_is_used():
    used = _used_ids() | {message_id + suffix for message_id in errors._OS_ERRORS.values() for suffix in ("", ".file")}
    templates = set(error_templates())
    assert {"file.not_found", "checkpoint.not_latentlab", "checkpoint.pickle", "checkpoint.tensor_shape",
            "checkpoint.untrusted_code", "image.not_an_image", "dataset.not_found", "file.cannot_write",
            "reason.no_space", "latent.wrong_shape"} <= used
    assert used - templates == set(), "raised without a template"
    assert templates - used == set(), "templates nobody raises"
    # phrases inside messages are captions in every language
    for phrase in _terms() | set(errors_terms()):
        assert phrase in caption_table(), phrase
        assert all(t != phrase for t in caption_table()[phrase]), phrase


def errors_terms() -> list[str]:
    from latentlab.core.programs import RUN_CODE

    return list(RUN_CODE.values())


def test_every_character_of_the_chinese_templates_is_in_the_shipped_font():
    from latentlab.core import drawing as D

    cjk = D.caption_fonts(20)[1]
    han = {ch for row in error_templates().values() for lang in ("zh_CN", "zh_TW") for ch in row[lang]
           if ord(ch) >= 0x2E80}
    han |= {ch for phrase in _terms() | set(errors_terms()) for t in caption_table()[phrase] for ch in t
            if ord(ch) >= 0x2E80}
    assert han and not [ch for ch in sorted(han) if not D.has_glyph(ch, cjk)]


def test_the_english_text_is_what_the_command_line_printed_before(tmp_path):
    # the raise sites build their English from the templates: the old literals, character for character
    path = tmp_path / "m.safetensors"
    assert keyed("file.not_found", path=path) == f"{path}: file not found"
    assert keyed("checkpoint.convert_hint") == CONVERT_HINT
    from latentlab.core.importers import HINT

    assert keyed("import.hint") == HINT
    pkl = tmp_path / "net.pt"
    torch.save({"w": torch.zeros(2)}, pkl)
    with pytest.raises(CheckpointError) as info:
        load_model(pkl)
    assert str(info.value) == f"net.pt: a pickle-based file (torch.save / .pkl). {CONVERT_HINT}."
    with pytest.raises(CheckpointError) as info:
        load_model(tmp_path / "missing.safetensors")
    assert str(info.value) == f"{tmp_path / 'missing.safetensors'}: file not found"
    assert error_message(info.value) == str(info.value) and error_message(info.value, "en") == str(info.value)


def test_the_command_line_still_prints_english(tmp_path, capsys):
    from latentlab.cli import main

    bad = tmp_path / "notes.safetensors"
    bad.write_text("not a model", encoding="utf-8")
    assert main(["info", str(bad)]) != 0
    err = capsys.readouterr().err
    assert f"{bad}: not a latentlab model (a text file, although it is named .safetensors)" in err


@pytest.mark.parametrize("lang, words", [("cs", "není to model latentlab (textový soubor"),
                                         ("zh_CN", "不是 latentlab 模型（文本文件"),
                                         ("zh_TW", "不是 latentlab 模型（文字檔")])
def test_a_bad_model_file_is_said_in_the_language_naming_the_file(tmp_path, lang, words):
    bad = tmp_path / "notes.safetensors"
    bad.write_text("not a model", encoding="utf-8")
    with pytest.raises(CheckpointError) as info:
        load_model(bad)
    said = error_message(info.value, lang)
    assert str(bad) in said and words in said
    assert str(info.value).endswith("although it is named .safetensors)")  # the exception itself stays English
    # a locale name works too
    assert error_message(info.value, {"cs": "cs_CZ", "zh_CN": "zh-Hans-CN", "zh_TW": "zh_HK"}[lang]) == said


def test_a_tensor_of_the_wrong_shape_names_the_tensor_in_czech(tmp_path):
    from safetensors import safe_open
    from safetensors.torch import load_file, save_file

    from latentlab.core.families.vae import VAE, VAEConfig

    path = save_model(VAE(VAEConfig(latent_dim=4, base_channels=4)).eval(), tmp_path / "v.safetensors", dataset="mnist")
    with safe_open(str(path), framework="pt") as f:
        meta = f.metadata()
    tensors = load_file(str(path))
    name = next(n for n, t in tensors.items() if t.ndim == 4)
    tensors[name] = torch.zeros(tuple(tensors[name].shape[:-1]) + (tensors[name].shape[-1] + 1,))
    save_file(tensors, str(path), metadata=meta)
    with pytest.raises(CheckpointError) as info:
        load_model(path)
    assert info.value.args[0].message_id == "checkpoint.tensor_shape"
    said = error_message(info.value, "cs")
    assert f"tenzor {name} má tvar" in said and "konfigurace potřebuje" in said and str(path) in said


def test_a_full_disk_and_a_missing_folder_are_said_in_the_language(tmp_path, monkeypatch):
    from latentlab.core import files
    from latentlab.core.files import ExportError, atomic_write_text

    with pytest.raises(ExportError) as info:
        atomic_write_text(tmp_path / "no" / "such" / "x.json", "{}")
    assert str(info.value) == f"cannot write {tmp_path / 'no' / 'such' / 'x.json'}: folder does not exist"
    assert error_message(info.value, "zh_CN") == f"无法写入 {tmp_path / 'no' / 'such' / 'x.json'}：文件夹不存在"

    full = OSError(errno.ENOSPC, "No space left on device")
    reason = files.describe_os_error(full, tmp_path / "x.png")
    assert reason == "no space left on device" and in_language(reason, "cs") == "na disku není místo"
    exc = ExportError(keyed("file.cannot_write", path=tmp_path / "x.png", reason=reason))
    assert error_message(exc, "cs") == f"{tmp_path / 'x.png'} nelze zapsat: na disku není místo"


def test_plain_os_errors_and_unkeyed_errors(tmp_path):
    missing = tmp_path / "gone.png"
    try:
        missing.read_bytes()
    except FileNotFoundError as exc:
        assert error_message(exc).startswith("[Errno 2]")  # English: as Python says it
        assert error_message(exc, "cs") == f"{missing}: soubor nebo složka neexistuje"
    assert error_message(OSError(errno.ENOSPC, "No space left on device"), "zh_TW") == "磁碟空間不足"
    # anything not keyed stays English (the GUI translates the sentence around it)
    assert error_message(ValueError("latent has 3 values"), "cs") == "latent has 3 values"
    assert error_message(KeyError("x"), "zh_CN") == "KeyError: 'x'"


def test_a_missing_dataset_says_its_first_line_in_the_language_and_keeps_the_places_looked():
    text = keyed("dataset.not_found", more="\nLooked in:\n  - here", title="MNIST", files="a, b")
    exc = CheckpointError(text)
    assert str(exc) == "Could not find the MNIST dataset (files a, b, gzipped or not).\nLooked in:\n  - here"
    assert error_message(exc) == "Could not find the MNIST dataset (files a, b, gzipped or not)."
    assert error_message(exc, "cs") == "Datovou sadu MNIST se nepodařilo najít (soubory a, b, komprimované gzipem či ne)."


def test_a_wrong_latent_size_and_numbers_in_czech():
    from latentlab.core.families.base import LatentError

    exc = LatentError(keyed("latent.wrong_shape", shape=(1, 3), dim=8))
    assert str(exc) == "z has shape (1, 3); this model needs (N, 8)"
    assert error_message(exc, "zh_CN") == "z 的形状是 (1, 3)；此模型需要 (N, 8)"
    assert errors._Formatter("cs").format("{x:,.1f}", x=1234.5) == "1\u00a0234,5"


def test_a_keyed_error_survives_pickling_and_travels_as_text():
    exc = CheckpointError(keyed("checkpoint.empty", path="e.safetensors"))
    back = pickle.loads(pickle.dumps(exc))
    assert str(back) == "e.safetensors: the file is empty" and back.args[0].message_id == "checkpoint.empty"
    line = error_message(exc)  # what the renderer hands on as text
    assert isinstance(line, KeyedText) and in_language(line, "cs") == "e.safetensors: soubor je prázdný"
    assert in_language("plain text", "cs") == "plain text"
