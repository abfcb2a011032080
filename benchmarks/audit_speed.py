"""Throughput of ``scrub-audit cloudtrail``: local engine and Spark, against a plain loop.

    python -m benchmarks.audit_speed [--seeds 10] [--no-spark]

The input: ``corpus/generate.py`` run with ``--seeds`` seeds (322 calls to the five
services each, every value drawn anew), each call put in the envelope of a real
CloudTrail event (``benchmarks.cloudtrail_set``) and written as gzipped log files
of 50 events in CloudTrail's S3 layout. Printed for each engine: the fixed
start-up (processes or the Spark session, and building a scanner in each) apart
from the steady run, events/s of the steady run, and the cost per event per core
against a plain loop calling ``Scrubber.scrub`` on the same calls in one process.
Spark is shown twice: its first pass (what one short run costs) and its cost per
event with every per-run fixed cost apart (see :func:`spark_engine`), the latter
against the plain loop's second pass. Each run's CPU time is split by process
kind (JVM, Python workers), and "other load" says how many cores other
processes kept busy meanwhile: a number measured beside other load is not one
to quote.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.cloudtrail_set import events_for, real_events, write_layout
from benchmarks.corpus import ROOT, load_cases, use_shared_models
from benchmarks.cpu_split import machine_busy, snapshot
from scrubber.audit.local import WARM_UP


def build_input(out: Path, seeds: int) -> list[dict[str, object]]:
    """Events of ``seeds`` generated corpora, as log files under ``out``."""
    env = {**os.environ, "AWS_DATA_PATH": str(ROOT / "scrubber" / "data" / "models")}
    envelopes = real_events()
    events: list[dict[str, object]] = []
    for seed in range(1, seeds + 1):
        cases_dir = out / f"cases-{seed}"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "corpus" / "generate.py"),
                "--seed",
                str(100 + seed),
                "--out",
                str(cases_dir),
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        more, _ = events_for(load_cases(cases_dir), envelopes, seed=seed)
        events += more
    write_layout(events, out / "logs", seed=1)
    return events  # type: ignore[return-value]


def build_noise(out: Path, copies: int) -> int:
    """The real log files of other services, ``copies`` times: what the default
    ``--services`` skips (most of a real trail). Returns the event count."""
    from benchmarks.cloudtrail_set import REAL
    from scrubber.audit.records import discover

    files = discover([str(REAL)])
    for n in range(copies):
        folder = out / f"copy-{n}"
        folder.mkdir(parents=True)
        for f in files:
            (folder / f.name).write_bytes(f.read_bytes())
    return copies * len(real_events())


@dataclass
class Run:
    """One engine's run: start-up and steady seconds, findings, and CPU seconds of the
    steady run by kind (this tree's) and of the whole machine."""

    start: float
    steady: float
    found: int
    cpu: dict[str, float] = field(default_factory=dict)
    busy: float = 0.0

    @property
    def other_load(self) -> float:
        """Cores other processes kept busy during the steady run."""
        return max(self.busy - sum(self.cpu.values()), 0.0) / self.steady if self.busy else 0.0


class _Steady:
    """CPU counters at the start of a steady run."""

    def __init__(self) -> None:
        self.tree, self.busy = snapshot(), machine_busy()

    def cpu(self) -> dict[str, float]:
        return {k: round(v - self.tree.get(k, 0.0), 2) for k, v in snapshot().items()}

    def busy_since(self) -> float:
        return machine_busy() - self.busy


def plain_loop(events: Sequence[dict[str, object]]) -> Run:
    """Scrubber.scrub per event, one process, no cache."""
    from scrubber.audit.normalize import normalize
    from scrubber.audit.sources import resolve
    from scrubber.engine import Scrubber
    from scrubber.policy import Policy
    from scrubber.service_models import operation_model

    t0 = time.perf_counter()
    scrubber = Scrubber(Policy())
    scrubber.scan_text(WARM_UP)
    t1 = time.perf_counter()
    steady = _Steady()
    findings = 0
    for event in events:
        call = resolve(str(event["eventSource"]), str(event["eventName"]))
        assert call is not None
        op = operation_model(call.service, call.operation)
        params = normalize(event["requestParameters"], op.input_shape, op.name).params  # type: ignore[arg-type]
        findings += len(
            scrubber.scrub(
                params, service=call.service, operation=call.operation, mode="report"
            ).findings
        )
    return Run(t1 - t0, time.perf_counter() - t1, findings, steady.cpu(), steady.busy_since())


def local_engine(logs: Path, processes: int) -> Run:
    from scrubber.audit import local
    from scrubber.audit.records import discover
    from scrubber.audit.scan import Filters
    from scrubber.policy import Policy

    files = [f.resolve() for f in discover([str(logs)])]
    marks: list[float] = []
    steady: list[_Steady] = []

    def started() -> None:
        marks.append(time.perf_counter())
        steady.append(_Steady())

    t0 = time.perf_counter()
    rows = 0
    for result in local.run(
        files,
        Policy(),
        Filters(),
        processes=processes,
        started=started,
    ):
        rows += len(result.rows)
    end = time.perf_counter()
    return Run(marks[0] - t0, end - marks[0], rows, steady[0].cpu(), steady[0].busy_since())


def spark_engine(logs: Path, master: str) -> tuple[Run, Run]:
    """In a fresh process per master (one Spark session each): the first pass over
    ``logs`` after a one-file warm-up, as a user's first run goes; then the cost per
    event with every fixed cost apart. Each pass runs under its own filters (all
    keeping the same events), so it has a scanner of its own and reuses no result of
    another pass. Two more passes, over half the files and over all of them, give
    the marginal cost per event (their difference) and the per-run fixed cost (query
    planning, code generation, the JVM compiling its hot paths, tasks and Python
    streams set up): the steady run returned is the marginal cost of every event."""
    code = (
        "import json, pathlib, time\n"
        "t0 = time.perf_counter()\n"
        "from scrubber.audit.spark_session import session\n"
        "from scrubber.audit.spark_engine import audit_cloudtrail\n"
        "from scrubber.audit.scan import Filters\n"
        "from scrubber.policy import Policy\n"
        "from benchmarks.audit_speed import _Steady\n"
        f"spark = session({master!r})\n"
        f"files = [str(p) for p in sorted(pathlib.Path({str(logs)!r}).rglob('*.json.gz'))]\n"
        "filters = [Filters(since=f'1970-01-0{n}T00:00:00Z') for n in (1, 2, 3)]\n"
        "out = []\n"
        "for n, (f, part) in enumerate(zip(filters, (files, files[: len(files) // 2], files))):\n"
        "    for warm in (filters[:1], filters[1:], [])[n]:  # a scanner in every worker\n"
        "        audit_cloudtrail(files[:1], Policy(), warm, spark=spark, collect=[])\n"
        "    t1 = time.perf_counter()\n"
        "    steady = _Steady()\n"
        "    rows = []\n"
        "    summary = audit_cloudtrail(part, Policy(), f, spark=spark, collect=rows)\n"
        "    t2 = time.perf_counter()\n"
        "    out.append([t1 - t0, t2 - t1, len(rows), steady.cpu(), steady.busy_since(),"
        " summary.events])\n"
        "    t0 = t1\n"
        "print(json.dumps(out))\n"
        "spark.stop()\n"
    )
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"Spark {master} failed")
    import json

    passes = json.loads(done.stdout.strip().splitlines()[-1])
    first, half, full = (
        Run(float(start), float(steady), int(rows), cpu, float(busy))
        for start, steady, rows, cpu, busy, _ in passes
    )
    n_half, n_full = passes[1][5], passes[2][5]
    share = n_full / (n_full - n_half)  # the marginal cost of all events, from the difference
    marginal = Run(
        start=first.start + first.steady + half.start + half.steady,
        steady=(full.steady - half.steady) * share,
        found=full.found,
        cpu={k: round((v - half.cpu.get(k, 0.0)) * share, 2) for k, v in full.cpu.items()},
        busy=(full.busy - half.busy) * share,
    )
    marginal.start += full.steady - marginal.steady  # the run's fixed cost is start-up too
    return first, marginal


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument(
        "--noise-copies",
        type=int,
        default=20,
        help="copies of the 2,900 real events of other services",
    )
    args = parser.parse_args(argv)
    use_shared_models()
    os.environ.setdefault("FIELDGUARD_KEY_FILE", str(Path(tempfile.gettempdir()) / "fg-bench-key"))
    with tempfile.TemporaryDirectory() as tmp:
        events = build_input(Path(tmp), args.seeds)
        logs = Path(tmp) / "logs"
        distinct = len({(str(e["eventName"]), repr(e["requestParameters"])) for e in events})
        print(
            f"{len(events)} events ({distinct} distinct parameter sets) in "
            f"{len(list(logs.rglob('*.json.gz')))} files; {os.cpu_count()} CPUs"
        )
        runs = [("plain loop (Scrubber.scrub, 1 process)", 1, plain_loop(events))]
        # Again with a new Scrubber: what the process set up on first use (e.g.
        # phonenumbers' metadata) is set up, as it is for Spark's passes after the first.
        runs.append(("plain loop, second pass", 1, plain_loop(events)))
        runs.append(("local engine, 1 process", 1, local_engine(logs, 1)))
        runs.append(("local engine, 2 processes", 2, local_engine(logs, 2)))
        if not args.no_spark:
            for cores in (1, 2):
                first, second = spark_engine(logs, f"local[{cores}]")
                runs.append((f"Spark local[{cores}], first pass", cores, first))
                runs.append((f"Spark local[{cores}], fixed costs apart", cores, second))
        noise = Path(tmp) / "noise"
        noise_events = build_noise(noise, args.noise_copies)
        skips = [("local engine, 1 process", 1, local_engine(noise, 1))]
        if not args.no_spark:
            skips.append(("Spark local[2]", 2, spark_engine(noise, "local[2]")[0]))
    # Spark's passes with fixed costs apart against the plain loop's second pass,
    # everything else against its first.
    base, again = (runs[n][2].steady / len(events) for n in (0, 1))
    print(
        f"{'engine':<40} {'start-up s':>10} {'steady s':>9} {'events/s':>9} "
        f"{'ms/event/core':>13} {'x plain':>7} {'other load':>10} findings"
    )
    for name, cores, run in runs:
        per_core = run.steady * cores / len(events)
        plain = again if "fixed costs apart" in name else base
        print(
            f"{name:<40} {run.start:>10.2f} {run.steady:>9.2f} {len(events) / run.steady:>9.0f} "
            f"{per_core * 1000:>13.3f} {per_core / plain:>7.2f} {run.other_load:>10.2f} {run.found}"
        )
    print(f"\nevents of other services, skipped by the default --services ({noise_events}):")
    for name, cores, run in skips:
        per_core = run.steady * cores / noise_events
        print(
            f"{name:<40} {run.start:>10.2f} {run.steady:>9.2f} {noise_events / run.steady:>9.0f} "
            f"{per_core * 1000:>13.3f} {'':>7} {run.other_load:>10.2f} {run.found}"
        )
    print("\nCPU s of the steady runs, by process kind ('other load': cores busy outside the run):")
    for name, _, run in runs + skips:
        split = ", ".join(f"{k} {v:.2f}" for k, v in sorted(run.cpu.items()) if v >= 0.01)
        print(f"{name:<40} {split}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
