"""Build the shipped eventSource -> service table from botocore's metadata.

``python -m scrubber.audit.build_sources`` rewrites ``scrubber/audit/data/event_sources.json``.
Built ahead of time: reading the metadata of every botocore model takes about 3 s and
400 MB, too much for every run (and for every Spark worker). CloudTrail names a call's
service ``<endpointPrefix or signingName>.amazonaws.com``; several services can share a
name (``personalize``, ``personalize-runtime``), so each source lists its candidates and
the event's operation picks one at run time.
"""

from __future__ import annotations

import argparse
import json
from importlib.metadata import version
from pathlib import Path

import botocore.session

from scrubber.service_models import add_models

TABLE = Path(__file__).with_name("data") / "event_sources.json"


def from_botocore() -> dict[str, list[str]]:
    """eventSource -> botocore service names, for every model botocore can load here."""
    session = add_models(botocore.session.get_session())  # Lookout for Metrics too
    loader = session.get_component("data_loader")
    table: dict[str, list[str]] = {}
    for service in sorted(session.get_available_services()):
        meta = loader.load_service_model(service, "service-2")["metadata"]
        for prefix in sorted({meta.get("endpointPrefix"), meta.get("signingName")} - {None}):
            table.setdefault(f"{prefix}.amazonaws.com", []).append(service)
    return dict(sorted(table.items()))


def render(table: dict[str, list[str]]) -> str:
    """One source a line, so a regeneration diffs readably."""
    lines = [f"  {json.dumps(src)}: {json.dumps(services)}" for src, services in table.items()]
    body = ",\n".join(lines)
    return f'{{"botocore": {json.dumps(version("botocore"))},\n"sources": {{\n{body}\n}}}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    args.output.write_text(render(from_botocore()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
