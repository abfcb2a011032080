"""Per-payload redaction of this checkout against an earlier revision's code, alternated.

    python -m benchmarks.speed_against REV [--pairs N] [--repeat N]

Every session compared its end with its start, and nearly every gap fell inside
this machine's noise; their sum did not (the issue's start, 0b0bc0a, against
2026-12-08's code: 1.23 against 2.21 ms, README). This runs the payload row of
``benchmarks.speed`` on this checkout's corpus, once with REV's code (a
temporary git worktree, with this checkout's benchmark harness copied in, as
REV's may lack the row's options) and once with this checkout's, each side
first in turn, and prints every median and the medians of the medians.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import regex

from benchmarks.corpus import CASES, ROOT

_MEDIAN = regex.compile(r"median (?P<ms>[0-9.]+) ms")
# What the payload row needs of the benchmarks package; REV's copies are replaced.
_HARNESS = ("__init__.py", "corpus.py", "speed.py")


def _worktree(revision: str, folder: Path) -> Path:
    """REV's tree checked out in ``folder``, with this checkout's harness."""
    tree = folder / "rev"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), revision],
        check=True,
    )
    (tree / "benchmarks").mkdir(exist_ok=True)
    for name in _HARNESS:
        shutil.copy2(ROOT / "benchmarks" / name, tree / "benchmarks" / name)
    return tree


def _median_ms(tree: Path, repeat: int) -> float:
    """The payload row's median with the code in ``tree``."""
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        # Lookout for Metrics' model, which botocore no longer ships: the same
        # copy for both sides (an early revision may not ship its own).
        "AWS_DATA_PATH": str(ROOT / "scrubber" / "data" / "models"),
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.speed",
            "--payloads-only",
            "--repeat",
            str(repeat),
            "--cases",
            str(CASES),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tree,
        env=env,
    )
    found = _MEDIAN.search(run.stdout)
    if run.returncode != 0 or found is None:
        # (the corpus holds only planted values: its traceback may be shown)
        tail = "\n".join(run.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"the payload row failed with the code in {tree}:\n{tail}")
    return float(found["ms"])


def compare(revision: str, pairs: int, repeat: int) -> list[tuple[float, float]]:
    """(REV's median, this checkout's median) per pair, each side first in turn."""
    results = []
    with tempfile.TemporaryDirectory(prefix="speed-against-") as folder:
        tree = _worktree(revision, Path(folder))
        try:
            for i in range(pairs):
                if i % 2 == 0:
                    old = _median_ms(tree, repeat)
                    new = _median_ms(ROOT, repeat)
                else:
                    new = _median_ms(ROOT, repeat)
                    old = _median_ms(tree, repeat)
                print(f"pair {i + 1}: {revision} {old:.2f} ms, this checkout {new:.2f} ms")
                results.append((old, new))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False
            )
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed_against")
    parser.add_argument("revision", help="the earlier code: a commit, tag or branch")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=5, help="best of N per payload (at least 5)")
    args = parser.parse_args(argv)
    results = compare(args.revision, max(1, args.pairs), args.repeat)
    old = statistics.median(r[0] for r in results)
    new = statistics.median(r[1] for r in results)
    slower = sum(n > o for o, n in results)
    print(
        f"medians of medians over {len(results)} pairs: {args.revision} {old:.2f} ms, "
        f"this checkout {new:.2f} ms ({new / old:.2f}x); this checkout slower in "
        f"{slower} of {len(results)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
