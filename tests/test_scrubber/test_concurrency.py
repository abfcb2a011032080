"""Many threads sharing one Scrubber give exactly the serial results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.corpus import load_cases
from scrubber import Policy, Scrubber, SensitiveDataError, policy_from_table

REPO = Path(__file__).resolve().parents[2]


def _outcome(scrubber: Scrubber, case) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    try:
        result = scrubber.scrub(case.params, service=case.service, operation=case.operation)
        return ("ok", tuple(result.findings), repr(result.params))
    except SensitiveDataError as exc:
        return ("blocked", tuple(exc.findings))


def test_threads_match_serial_on_the_corpus() -> None:
    """16 threads over the corpus, four times over, from a cold shared engine."""
    cases = load_cases()
    serial = [_outcome(Scrubber(Policy()), c) for c in cases]
    shared = Scrubber(Policy())  # cold: threads race to build the analyzer
    work = cases * 4
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda c: _outcome(shared, c), work))
    assert results == serial * 4


_CHILD = r"""
import json, sys
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from benchmarks.corpus import load_cases
from scrubber import Scrubber, SensitiveDataError
s = Scrubber()
def outcome(case):
    try:
        r = s.scrub(case.params, service=case.service, operation=case.operation)
        return ["ok", [f.to_dict() for f in r.findings], r.params]
    except SensitiveDataError as exc:
        return ["blocked", [f.to_dict() for f in exc.findings]]
with ThreadPoolExecutor(max_workers=4) as pool:
    print(json.dumps(list(pool.map(outcome, load_cases()))))
"""


def _outcomes(scrubber: Scrubber) -> list[list[object]]:
    out: list[list[object]] = []
    for case in load_cases():
        try:
            r = scrubber.scrub(case.params, service=case.service, operation=case.operation)
            out.append(["ok", [f.to_dict() for f in r.findings], r.params])
        except SensitiveDataError as exc:
            out.append(["blocked", [f.to_dict() for f in exc.findings]])
    return out


def test_processes_with_threads_match_serial(tmp_path: Path) -> None:
    """Three processes of four threads each, started together, agree with a serial run."""
    key = tmp_path / "key"
    env = {**os.environ, "FIELDGUARD_KEY_FILE": str(key)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD], env=env, stdout=subprocess.PIPE, text=True, cwd=REPO
        )
        for _ in range(3)
    ]
    outputs = [json.loads(p.communicate(timeout=300)[0]) for p in procs]
    assert outputs[0] == outputs[1] == outputs[2]
    serial = _outcomes(Scrubber(policy_from_table({"key_file": str(key)})))
    assert outputs[0] == json.loads(json.dumps(serial))
