"""Seeded fuzzing of a tiny model's ``.safetensors``: every case loads (and decodes finite) or is refused in one line.

Mutations: bit flips, truncations, header JSON edits (shapes, dtypes, offsets, nesting, huge
numbers), card edits (types, kinds, formats, huge configs that would be memory bombs) and
special files. All run in one child process under a 3 GiB address-space limit
(:mod:`tests.core.fuzz_runner`); ``pytest -s`` prints the counts.
"""

from __future__ import annotations

import json
import os
import random
import struct

from tests.core.fuzz_runner import run_cases

SEED = 21
FLIPS, CUTS, HEADERS, CARDS, HUGE = 180, 60, 120, 120, 30

_ODD_VALUES = [None, True, -1, 0, 2**63, 10**40, 1.5, "x", "ab" * 20, [], {}, [[[]]], [1, 2], {"a": 1}]


def _split(data: bytes) -> tuple[dict, bytes]:
    (n,) = struct.unpack("<Q", data[:8])
    return json.loads(data[8:8 + n]), data[8 + n:]


def _join(header: dict, body: bytes, raw: bytes | None = None) -> bytes:
    raw = json.dumps(header).encode() if raw is None else raw
    return struct.pack("<Q", len(raw)) + raw + body


def _header_mutation(rng: random.Random, header: dict) -> None:
    names = [k for k in header if k != "__metadata__"]
    name = rng.choice(names)
    entry = header[name]
    choice = rng.randrange(8)
    if choice == 0:
        entry["shape"] = [rng.choice(_ODD_VALUES + [rng.randrange(1, 10**9)]) for _ in range(rng.randrange(0, 4))]
    elif choice == 1:
        entry["dtype"] = rng.choice(["I32", "I64", "F16", "U8", "BOOL", "F8_E4M3", "zz", 5, None])
    elif choice == 2:
        entry["data_offsets"] = [rng.randrange(0, 10**12), rng.choice([0, 10**12, -5, "a"])]
    elif choice == 3:
        del header[name]
    elif choice == 4:
        header[f"extra.{rng.randrange(100)}"] = {"dtype": "F32", "shape": [rng.randrange(1, 10**6)],
                                                 "data_offsets": [0, 4]}
    elif choice == 5:
        header[name] = rng.choice(_ODD_VALUES)
    elif choice == 6:
        entry["shape"] = [rng.randrange(1, 400_000_000)] * rng.randrange(1, 4)
    else:
        header["__metadata__"] = rng.choice([None, [], {"latentlab": 5}, {"other": "x"}])


def _card_mutation(rng: random.Random, card: dict, huge: bool) -> None:
    config = card.setdefault("config", {})
    if huge:  # a small file whose card asks for an enormous network
        config.update(latent_dim=rng.choice([512, 4096]), image_shape=[3, 256, 256],
                      num_classes=rng.choice([0, 1000]), base_channels=rng.choice([256, 1024]))
        return
    key = rng.choice(["arch", "kind", "config", "class_names", "format", "tensor_sha256", "dataset",
                      "latent_dim", "image_shape", "num_classes", "base_channels", "provenance"])
    value = rng.choice(_ODD_VALUES + ["vae", "gan", "cvae", "classifier", "evil", "latentlab-checkpoint/99"])
    if key in ("latent_dim", "image_shape", "num_classes", "base_channels"):
        if rng.random() < 0.5:
            config[key] = value
        else:
            config.pop(key, None)
    elif rng.random() < 0.2:
        card.pop(key, None)
    else:
        card[key] = value


def _cases(tmp_path, source: bytes) -> list[dict]:
    rng = random.Random(SEED)
    header, body = _split(source)
    files: list[tuple[str, bytes]] = []
    for i in range(FLIPS):
        data = bytearray(source)
        for _ in range(rng.randrange(1, 9)):
            pos = rng.randrange(len(data))
            data[pos] ^= 1 << rng.randrange(8)
        files.append((f"flip{i}", bytes(data)))
    for i in range(CUTS):
        files.append((f"cut{i}", source[:rng.randrange(len(source))]))
    for i in range(HEADERS):
        h = json.loads(json.dumps(header))
        if i % 10 == 9:  # damaged JSON text rather than odd values
            raw = json.dumps(h).encode()
            cut = rng.randrange(len(raw))
            raw = raw[:cut] + rng.choice([b"[" * 50_000, b"9" * 6000, b"\xff\xfe", b"", b"}"]) + raw[cut:]
            files.append((f"header{i}", _join(h, body, raw)))
            continue
        for _ in range(rng.randrange(1, 4)):
            _header_mutation(rng, h)
        files.append((f"header{i}", _join(h, body)))
    for i in range(CARDS + HUGE):
        h = json.loads(json.dumps(header))
        card = json.loads(h["__metadata__"]["latentlab"])
        _card_mutation(rng, card, huge=i >= CARDS)
        h["__metadata__"]["latentlab"] = json.dumps(card)
        files.append((f"card{i}", _join(h, body)))
    cases = []
    for name, data in files:
        path = tmp_path / f"{name}.safetensors"
        path.write_bytes(data)
        cases.append({"id": name, "path": str(path)})
    # special files where a model file should be
    (tmp_path / "dir.safetensors").mkdir()
    os.mkfifo(tmp_path / "fifo.safetensors")
    os.symlink(tmp_path / "loop.safetensors", tmp_path / "loop.safetensors")
    os.symlink("/dev/zero", tmp_path / "zero.safetensors")
    (tmp_path / "empty.safetensors").write_bytes(b"")
    (tmp_path / "text.safetensors").write_text("hello, this is not a model\n")
    (tmp_path / "huge-header.safetensors").write_bytes(struct.pack("<Q", 2**62) + b"{}")
    (tmp_path / "missing-card.safetensors").write_bytes(_join({"a": {"dtype": "F32", "shape": [1],
                                                                     "data_offsets": [0, 4]}}, b"\0" * 4))
    for name in ("dir", "fifo", "loop", "zero", "empty", "text", "huge-header", "missing-card"):
        cases.append({"id": name, "path": str(tmp_path / f"{name}.safetensors")})
    cases.append({"id": "original", "path": str(tmp_path / "original.safetensors")})
    (tmp_path / "original.safetensors").write_bytes(source)
    return cases


def test_fuzzed_checkpoints_load_or_are_refused_in_one_line(tiny_vae_file, tmp_path, capsys):
    cases = _cases(tmp_path, tiny_vae_file.read_bytes())
    assert len(cases) >= 500
    # The runner's own check, in the same child: a raw exception must count as a failure.
    counts, failures = run_cases(cases + [{"id": "self-check", "path": 5}])
    assert [f["id"] for f in failures if f["id"] == "self-check"] == ["self-check"]
    counts["failure"] -= 1
    failures = [f for f in failures if f["id"] != "self-check"]
    with capsys.disabled():
        print(f"\ncheckpoint fuzz (seed {SEED}): {len(cases)} cases: {counts['loaded']} loaded, "
              f"{counts['refused']} refused cleanly, {counts['failure']} failures")
    assert not failures, json.dumps([{k: str(v)[:200] for k, v in f.items()} for f in failures[:8]], indent=1)
    assert counts["loaded"] >= 1 and counts["refused"] >= 400  # the original loads; most damage is caught
