"""Run the loader over many damaged files in one child process with an address-space limit.

One child loads every case (importing torch once), under ``RLIMIT_AS`` and a per-case alarm,
and prints one JSON line per case: ``loaded`` (the model decodes to finite pixels), ``refused``
(the documented ``CheckpointError`` in one line) or ``failure`` (anything else, with why).
The fuzz tests count these and assert there are no failures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

#: the child's address-space limit: the memory bomb must be refused inside it
ADDRESS_SPACE = 3 * 1024**3
#: seconds one case may take before it counts as a hang
CASE_SECONDS = 20

_CHILD = r"""
import json, resource, signal, sys
limit = int(sys.argv[1]); case_seconds = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import torch
torch.set_num_threads(1)
from latentlab.core.checkpoint import CheckpointError, load_model

def alarm(signum, frame):
    raise TimeoutError(f"took more than {case_seconds} s")

signal.signal(signal.SIGALRM, alarm)
for line in sys.stdin:
    case = json.loads(line)
    out = {"id": case["id"]}
    signal.alarm(case_seconds)
    try:
        model = load_model(case["path"], "cpu", trust_code=case.get("trust", False))
        if getattr(model, "latent_dim", 0):
            z = model.sample_latent(2, seed=0)
            labels = [0, 0] if getattr(model, "conditional", False) else None
            images = model.decode(z, labels)
            ok = bool(torch.isfinite(images).all())
            out.update(outcome="loaded" if ok else "failure", why="" if ok else "decode is not finite")
        else:
            out.update(outcome="loaded", why="")
    except CheckpointError as exc:
        text = str(exc)
        one_line = "\n" not in text and 0 < len(text) <= 600
        out.update(outcome="refused" if one_line else "failure",
                   why=text[:300] if one_line else "message is not one short line: " + text[:300])
    except BaseException as exc:  # MemoryError, TimeoutError, a raw exception: all failures
        out.update(outcome="failure", why=f"{type(exc).__name__}: {str(exc)[:300]}")
    finally:
        signal.alarm(0)
    print(json.dumps(out), flush=True)
"""


def run_cases(cases: list[dict], timeout: float = 300) -> tuple[Counter, list[dict]]:
    """Load each ``{"id", "path"[, "trust"]}`` case in one limited child; (counts, failures)."""
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo), os.environ.get("PYTHONPATH", "")]),
           "OMP_NUM_THREADS": "1"}
    stdin = "".join(json.dumps(c) + "\n" for c in cases)
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(ADDRESS_SPACE), str(CASE_SECONDS)],
                          input=stdin, capture_output=True, text=True, timeout=timeout, env=env)
    results = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            data = json.loads(line)
            results[data["id"]] = data
    counts: Counter = Counter()
    failures = []
    for case in cases:
        result = results.get(case["id"], {"id": case["id"], "outcome": "failure",
                                          "why": f"no answer: the child died (rc {proc.returncode}): "
                                                 f"{proc.stderr.strip().splitlines()[-1:] or ''}"})
        counts[result["outcome"]] += 1
        if result["outcome"] == "failure":
            failures.append({**case, **result})
    return counts, failures
