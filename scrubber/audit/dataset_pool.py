"""The local dataset engine's scanning: rows in order, on one process or a pool.

Rows are read in this process and sent to the pool in chunks; results come back
in the input's order, a bounded number of chunks ahead (a dataset larger than
memory is not read all at once). Each process builds one :class:`CellScanner`
when it starts. An input that ends within the first chunks is scanned here:
starting processes (importing Presidio, building a scanner each) costs more
than scanning a few hundred rows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from scrubber.audit.cells import CellFinding, CellScanner, DatasetMode
from scrubber.audit.local import WARM_UP
from scrubber.kinds import FieldKind
from scrubber.policy import Policy

CHUNK = 200
AHEAD = 4  # chunks in flight per process

Scanned = tuple[dict[str, Any], dict[str, Any], list[CellFinding]]  # row, new cells, findings

_scanner: CellScanner | None = None


def _start(policy: Policy, columns: Mapping[str, FieldKind], mode: DatasetMode) -> None:
    global _scanner
    _scanner = CellScanner(policy, columns, mode)
    _scanner.scrubber.scan_text(WARM_UP)  # builds the analyzer before the first chunk


def _scan_chunk(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[CellFinding]]]:
    if _scanner is None:
        raise RuntimeError("_scan_chunk outside a started worker")
    return [_scanner.scan_row(row) for row in rows]


def scanned_rows(
    rows: Iterable[dict[str, Any]],
    policy: Policy,
    columns: Mapping[str, FieldKind],
    mode: DatasetMode,
    processes: int = 1,
) -> Iterator[Scanned]:
    """Each row with its scanned cells and findings, in the input's order."""
    source = iter(rows)
    first = list(islice(source, CHUNK * max(processes, 1)))
    if processes <= 1 or len(first) < CHUNK * processes:
        scanner = CellScanner(policy, columns, mode)
        for row in _chained(first, source):
            yield (row, *scanner.scan_row(row))
        return
    chunks = _chunks(_chained(first, source))
    with ProcessPoolExecutor(
        max_workers=processes, initializer=_start, initargs=(policy, dict(columns), mode)
    ) as pool:
        pending: deque[tuple[list[dict[str, Any]], Future[Any]]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(_scan_chunk, chunk)))
            if len(pending) >= processes * AHEAD:
                yield from _done(pending.popleft())
        while pending:
            yield from _done(pending.popleft())


def _done(item: tuple[list[dict[str, Any]], Future[Any]]) -> Iterator[Scanned]:
    chunk, future = item
    for row, (new, found) in zip(chunk, future.result(), strict=True):
        yield row, new, found


def _chained(
    first: list[dict[str, Any]], rest: Iterator[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    yield from first
    yield from rest


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(islice(rows, CHUNK)):
        yield chunk
