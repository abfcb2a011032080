"""How well ``scrub-audit cloudtrail`` does on a CloudTrail-format set.

Builds the set of ``benchmarks.cloudtrail_set`` (the corpus's calls to the five
services as events, beside the 2,900 real events of other services in
``corpus/cloudtrail``), audits it with ``--services '*'`` (so the real events
are scanned too) and prints: planted values found, findings on real events
(all false), and whether any planted value reached any output.

    python -m benchmarks.cloudtrail_accuracy [--cases DIR] [--engine local|spark]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.cloudtrail_set import build, iter_planted, real_events
from benchmarks.corpus import CASES, resolve, use_shared_models


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure(cases: Path, engine: str, seed: int) -> dict[str, object]:
    from scrubber.audit.cli import main

    use_shared_models()
    real_ids = {e["eventID"] for e in real_events()}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build(out, cases_dir=cases, seed=seed)
        planted = list(iter_planted(out / "planted.jsonl"))
        texts = {}
        for fmt in ("jsonl", "json", "sarif"):
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                code = main(
                    [
                        "cloudtrail",
                        str(out / "logs"),
                        "--services",
                        "*",
                        "--engine",
                        engine,
                        "--format",
                        fmt,
                        "--output",
                        str(out / f"out.{fmt}"),
                    ]
                )
            texts[fmt] = (out / f"out.{fmt}").read_text(encoding="utf-8") + err.getvalue()
        rows = [json.loads(line) for line in (out / "out.jsonl").read_text().splitlines()]
        events = {}
        from scrubber.audit.records import discover, read_events

        for f in discover([str(out / "logs")]):
            for e in read_events(f):
                events[e["eventID"]] = e
    by_event: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_event.setdefault(str(row["event_id"]), []).append(row)
    found: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for p in planted:
        where, text = resolve(p.path, _unwrapped(events[p.event_id]))
        spans = _spans(text, p.value)
        hit = any(
            resolve(str(r["path"]), _unwrapped(events[p.event_id]))[0] == where
            and any(_overlaps((int(r["start"]), int(r["end"])), s) for s in spans)  # type: ignore[call-overload]
            for r in by_event.get(p.event_id, [])
        )
        (found if hit else missed)[p.entity] += 1
    false_rows = [r for r in rows if r["event_id"] in real_ids]
    leaked = sum(any(p.value in t for t in texts.values()) for p in planted)
    return {
        "planted": len(planted),
        "found": sum(found.values()),
        "missed_by_entity": dict(missed),
        "real_events": len(real_ids),
        "false_findings": len(false_rows),
        "false_detail": Counter(
            f"{r['event_name']} {r['path']} {r['entity_type']}" for r in false_rows
        ),
        "planted_values_in_output": leaked,
        "exit_code": code,
    }


def _unwrapped(event: dict[str, object]) -> object:
    """The event's parameters under member names, as the audit reads them."""
    from scrubber.audit.normalize import normalize
    from scrubber.audit.sources import resolve as resolve_call
    from scrubber.service_models import operation_model

    call = resolve_call(str(event["eventSource"]), str(event["eventName"]))
    params = event["requestParameters"]
    if call is None or not isinstance(params, dict):
        return params
    op = operation_model(call.service, call.operation)
    return normalize(params, op.input_shape, op.name).params


def _spans(text: str | None, value: str) -> list[tuple[int, int]]:
    if text is None:
        return []
    spans, start = [], text.find(value)
    while start >= 0:
        spans.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return spans


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    result = measure(args.cases, args.engine, args.seed)
    planted, found = int(result["planted"]), int(result["found"])  # type: ignore[call-overload]
    print(f"planted values found: {found}/{planted} ({100 * found / planted:.1f}%)")
    print(f"  missed by entity: {result['missed_by_entity']}")
    print(
        f"findings on {result['real_events']} real events of other services: "
        f"{result['false_findings']}"
    )
    for what, n in Counter(result["false_detail"]).most_common():  # type: ignore[arg-type]
        print(f"  {n} x {what}")
    print(f"planted values in any output: {result['planted_values_in_output']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
