"""Many threads sharing one Scrubber give exactly the serial results."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from benchmarks.corpus import load_cases
from scrubber import Policy, Scrubber, SensitiveDataError


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
