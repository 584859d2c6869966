"""Seeded fuzzing of a TorchScript model's JSON manifest: each case loads (finite decode) or is refused in one line.

Mutations: odd values for every key, missing keys, paths that escape the folder, damaged JSON
text (truncation, deep nesting, 6,000-digit numbers, binary), and special files. One child
process under an address-space limit runs them all (:mod:`tests.core.fuzz_runner`).
"""

from __future__ import annotations

import json
import random
import warnings

import torch
from torch import nn

from tests.core.fuzz_runner import run_cases

SEED = 21
CASES = 220
GOOD = {"latent_dim": 3, "image_shape": [1, 8, 8], "output_range": [-1, 1], "kind": "gan",
        "class_names": [], "dataset": "mine", "file": "mine.pt"}
_ODD = [None, True, -1, 0, 3, 2**63, 10**40, 1.5, "x", "", [], {}, [1, 8, 8], [-1, 1], [0, 1], [3, 256, 256],
        ["a", "b"], "gan", "vae", "classifier", "../mine.pt", "/etc/passwd", "mine.pt", "other.pt", [[[]]]]


class _Gen(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(3, 64)

    def forward(self, z):
        return torch.tanh(self.fc(z)).view(-1, 1, 8, 8)


def _manifests(rng: random.Random) -> list[bytes]:
    out = []
    for i in range(CASES):
        m = dict(GOOD)
        if i % 8 == 7:  # damaged text
            raw = json.dumps(m).encode()
            cut = rng.randrange(len(raw))
            out.append(raw[:cut] + rng.choice([b"[" * 50_000, b"9" * 6000, b"\xff\xfe\x00", b"", b"1e999"]) + raw[cut:])
            continue
        for _ in range(rng.randrange(1, 4)):
            key = rng.choice(list(GOOD) + ["extra"])
            if rng.random() < 0.15:
                m.pop(key, None)
            else:
                m[key] = rng.choice(_ODD)
        out.append(json.dumps(m).encode())
    return out


def test_fuzzed_manifests_load_or_are_refused_in_one_line(tmp_path, capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # TorchScript's deprecation note
        torch.jit.trace(_Gen().eval(), torch.zeros(1, 3)).save(str(tmp_path / "mine.pt"))
    (tmp_path / "other.pt").write_bytes(b"not a program")
    rng = random.Random(SEED)
    cases = []
    for i, text in enumerate(_manifests(rng)):
        path = tmp_path / f"m{i}.json"
        path.write_bytes(text)
        cases.append({"id": f"m{i}", "path": str(path), "trust": True})
    (tmp_path / "good.json").write_text(json.dumps(GOOD))
    (tmp_path / "dir.json").mkdir()
    (tmp_path / "big.json").write_bytes(b"[" + b"0," * 40_000_000 + b"0]")  # 80 MB: over the JSON limit
    for name in ("good", "dir", "big"):
        cases.append({"id": name, "path": str(tmp_path / f"{name}.json"), "trust": True})
    counts, failures = run_cases(cases)
    with capsys.disabled():
        print(f"\nmanifest fuzz (seed {SEED}): {len(cases)} cases: {counts['loaded']} loaded, "
              f"{counts['refused']} refused cleanly, {counts['failure']} failures")
    assert len(cases) >= 200
    assert not failures, json.dumps([{k: str(v)[:200] for k, v in f.items()} for f in failures[:8]], indent=1)
    assert counts["loaded"] >= 1 and counts["refused"] >= 150
