"""A CloudTrail-format set: the corpus's calls to the five services as events.

Each labelled call (``corpus/cases``, or a held-out corpus from
``corpus/generate.py``) goes into the envelope of a real event from
``corpus/cloudtrail`` (identity, time, region, account, agent), its parameters
spelled as CloudTrail spells them: the model's ``locationName`` where it has one,
else lowerCamel or the member name as is (chosen per event), sometimes wrapped
as ``{"<Operation>Request": {...}}`` or with an added ``Host`` key. Labels keep
the member-name paths, which is what the audit reports after normalizing.

    python -m benchmarks.cloudtrail_set --out /tmp/ct-set            # corpus/cases
    python -m benchmarks.cloudtrail_set --cases /tmp/heldout --out /tmp/ct-set --copies 3
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.corpus import CASES, ROOT, Case, load_cases, use_shared_models

REAL = ROOT / "corpus" / "cloudtrail" / "invictus"
SOURCES = {
    "forecast": "forecast.amazonaws.com",
    "personalize": "personalize.amazonaws.com",
    "iot": "iot.amazonaws.com",
    "iottwinmaker": "iottwinmaker.amazonaws.com",
    "lookoutmetrics": "lookoutmetrics.amazonaws.com",
}
_KEEP = (
    "eventVersion",
    "userIdentity",
    "eventTime",
    "awsRegion",
    "sourceIPAddress",
    "userAgent",
    "recipientAccountId",
    "tlsDetails",
    "sessionCredentialFromConsole",
)
EVENTS_PER_FILE = 50


def real_events() -> list[dict[str, Any]]:
    from scrubber.audit.records import discover, read_events

    return [dict(e) for f in discover([str(REAL)]) for e in read_events(f)]


@dataclass(frozen=True)
class Planted:
    event_id: str
    path: str
    value: str
    entity: str


def wire(params: Any, shape: Any, style: str) -> Any:
    """``params`` spelled as CloudTrail records them."""
    if shape is None:
        return params
    kind = shape.type_name
    if kind == "structure" and isinstance(params, dict):
        out = {}
        for key, value in params.items():
            member = shape.members.get(key)
            if member is None:
                out[key] = value
                continue
            name = member.serialization.get("name") or key
            if style == "lowerCamel" and name == key:
                name = key[:1].lower() + key[1:]
            out[name] = wire(value, member, style)
        return out
    if kind == "list" and isinstance(params, list):
        return [wire(v, shape.member, style) for v in params]
    if kind == "map" and isinstance(params, dict):
        return {k: wire(v, shape.value, style) for k, v in params.items()}
    return params


def events_for(
    cases: Sequence[Case], envelopes: Sequence[dict[str, Any]], *, seed: int, copies: int = 1
) -> tuple[list[dict[str, Any]], list[Planted]]:
    from scrubber.service_models import operation_model

    rng = random.Random(seed)
    people = [e for e in envelopes if (e.get("userIdentity") or {}).get("type") != "AWSService"]
    events, planted = [], []
    for _ in range(copies):
        for case in cases:
            op = operation_model(case.service, case.operation)
            style = rng.choice(("lowerCamel", "asis"))
            params = wire(copy.deepcopy(case.params), op.input_shape, style)
            roll = rng.random()
            if roll < 0.1:
                params = {f"{case.operation}Request": params}
            elif roll < 0.2:
                params = {**params, "Host": f"{case.service}.us-east-1.amazonaws.com"}
            envelope = rng.choice(people)
            event = {k: copy.deepcopy(envelope[k]) for k in _KEEP if k in envelope}
            event_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            event.update(
                eventSource=SOURCES[case.service],
                eventName=case.operation,
                requestParameters=params,
                responseElements=None,
                requestID=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                eventID=event_id,
                readOnly=case.operation.startswith(("Describe", "List", "Get")),
                eventType="AwsApiCall",
                managementEvent=True,
                eventCategory="Management",
            )
            events.append(event)
            planted += [Planted(event_id, p.path, p.value, p.entity or "") for p in case.planted]
    return events, planted


def write_layout(events: Sequence[dict[str, Any]], out: Path, *, seed: int) -> list[Path]:
    """Events shuffled into gzipped log files in CloudTrail's S3 layout."""
    rng = random.Random(seed)
    shuffled = list(events)
    rng.shuffle(shuffled)
    files = []
    for n in range(0, len(shuffled), EVENTS_PER_FILE):
        chunk = shuffled[n : n + EVENTS_PER_FILE]
        first = chunk[0]
        account, region = first.get("recipientAccountId", "000000000000"), first["awsRegion"]
        day = first["eventTime"][:10].replace("-", "/")
        folder = out / "AWSLogs" / account / "CloudTrail" / region / day
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{account}_CloudTrail_{region}_{n // EVENTS_PER_FILE:05d}.json.gz"
        with gzip.open(path, "wt", encoding="utf-8") as stream:
            json.dump({"Records": chunk}, stream)
        files.append(path)
    return files


def build(
    out: Path, *, cases_dir: Path = CASES, seed: int = 7, copies: int = 1, with_real: bool = True
) -> tuple[list[Planted], int]:
    """Write the set: log files under ``out/logs`` (planted calls, and the real events
    beside them), labels in ``out/planted.jsonl``;
    returns the labels and how many real events were written."""
    use_shared_models()
    real = real_events()
    events, planted = events_for(load_cases(cases_dir), real, seed=seed, copies=copies)
    write_layout(events + (real if with_real else []), out / "logs", seed=seed)
    with (out / "planted.jsonl").open("w", encoding="utf-8") as stream:
        for p in planted:
            stream.write(json.dumps(p.__dict__) + "\n")
    return planted, len(real) if with_real else 0


def iter_planted(path: Path) -> Iterator[Planted]:
    for line in path.read_text(encoding="utf-8").splitlines():
        yield Planted(**json.loads(line))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--no-real", action="store_true")
    args = parser.parse_args(argv)
    planted, real = build(
        args.out,
        cases_dir=args.cases,
        seed=args.seed,
        copies=args.copies,
        with_real=not args.no_real,
    )
    print(f"{len(planted)} planted values, {real} real events -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
