"""The local engine: a process pool over files, no Java, no Spark.

Each process builds one :class:`EventScanner` (one Scrubber) when it starts
and scans whole files; results come back in the order the files were given.
One process runs in this one, without a pool.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from scrubber.audit.records import read_events
from scrubber.audit.rows import AuditRow
from scrubber.audit.scan import EventScanner, Filters
from scrubber.audit.summary import Summary
from scrubber.errors import InputError
from scrubber.policy import Policy


@dataclass
class FileResult:
    path: str
    rows: list[AuditRow]
    summary: Summary


_scanner: EventScanner | None = None
# Text that reaches the analyzer (a bare word stops at the prefilter): builds it now.
WARM_UP = "warm-up: jane.doe@example.com +1 206 555 0143"


def _start(policy: Policy, filters: Filters) -> None:
    global _scanner
    _scanner = EventScanner(policy, filters)
    _scanner.scrubber.scan_text(WARM_UP)  # builds the analyzer before the first file


def scan_file(path: str, scanner: EventScanner | None = None) -> FileResult:
    """Every finding of one file, and its counts. A file that cannot be read is
    an error in the summary; the events read before the error still count."""
    scanner = scanner or _scanner
    if scanner is None:
        raise RuntimeError("scan_file outside a started worker")
    summary, rows = Summary(files=1), []
    try:
        for event in read_events(Path(path)):
            summary.events += 1
            outcome = scanner.scan(event, path)
            summary.checked += outcome.checked
            summary.suppressed.update(outcome.suppressed)
            for row in outcome.rows:
                summary.add(row)
            rows.extend(outcome.rows)
    except InputError as exc:
        summary.errors.append(str(exc))
    return FileResult(path, rows, summary)


def default_processes() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run(
    files: Sequence[Path],
    policy: Policy,
    filters: Filters,
    *,
    processes: int = 1,
    started: Callable[[], None] | None = None,
) -> Iterator[FileResult]:
    """Scan ``files`` on ``processes`` processes; ``started`` is called once every
    scanner is built (so benchmarks can time the start-up apart)."""
    names = [str(f) for f in files]
    if processes <= 1 or len(names) <= 1:
        scanner = EventScanner(policy, filters)
        scanner.scrubber.scan_text(WARM_UP)  # builds the analyzer now, not in file one
        if started:
            started()
        for name in names:
            yield scan_file(name, scanner)
        return
    with ProcessPoolExecutor(
        max_workers=processes, initializer=_start, initargs=(policy, filters)
    ) as pool:
        list(pool.map(_warm, range(processes)))
        if started:
            started()
        yield from pool.map(scan_file, names)


def _warm(_: int) -> None:
    # Long enough that each process takes one: all of them have started when these end.
    time.sleep(0.3)
