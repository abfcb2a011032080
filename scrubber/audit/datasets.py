"""``scrub-audit dataset``: scan (or redact) named columns of Parquet, JSON Lines or CSV.

Both engines write the same rows: the input's columns (named ones redacted in
redact mode) and a ``fieldguard_findings`` JSON column. The local engine reads
files one by one (Parquet through pyarrow) and scans the rows on a process pool
(:mod:`scrubber.audit.dataset_pool`); the Spark engine goes through
:func:`scrubber.spark.scrub_dataframe`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrubber.audit.cells import FINDINGS_COLUMN, DatasetMode, parse_columns
from scrubber.audit.dataset_pool import scanned_rows
from scrubber.audit.spark_session import require_shared_key
from scrubber.errors import EXIT_CLEAN, EXIT_FINDINGS, InputError, UsageError
from scrubber.kinds import FieldKind
from scrubber.policy import Policy

FORMATS = ("parquet", "json", "csv")
_SUFFIX = {
    ".parquet": "parquet",
    ".jsonl": "json",
    ".ndjson": "json",
    ".json": "json",
    ".csv": "csv",
}


@dataclass
class DatasetSummary:
    rows: int = 0
    rows_with_findings: int = 0
    findings: int = 0
    by_column: Counter[str] = field(default_factory=Counter)
    by_entity: Counter[str] = field(default_factory=Counter)
    fingerprints: set[str] = field(default_factory=set, repr=False)

    def add(self, found: Sequence[Mapping[str, Any]]) -> None:
        self.rows += 1
        self.rows_with_findings += bool(found)
        for f in found:
            self.findings += 1
            self.by_column[str(f["column"])] += 1
            self.by_entity[str(f["entity_type"])] += 1
            self.fingerprints.add(str(f["fingerprint"]))

    def render(self) -> str:
        lines = [
            f"{self.rows} row(s), {self.findings} finding(s) in {self.rows_with_findings} "
            f"row(s), {len(self.fingerprints)} distinct value(s)"
        ]
        for title, counts in (("column", self.by_column), ("entity", self.by_entity)):
            if counts:
                parts = ", ".join(f"{k} {v}" for k, v in counts.most_common())
                lines.append(f"  by {title}: {parts}")
        return "\n".join(lines)


def input_format(paths: Sequence[str], given: str | None) -> str:
    if given:
        return given
    found = set()
    for p in paths:
        path = Path(p)
        names = [f for f in path.rglob("*") if f.is_file()] if path.is_dir() else [path]
        found |= {_SUFFIX[f.suffix.lower()] for f in names if f.suffix.lower() in _SUFFIX}
    if len(found) != 1:
        raise UsageError("cannot tell the input format from the file names: give --input-format")
    return found.pop()


def run_command(args: argparse.Namespace, policy: Policy) -> int:
    from scrubber.audit.engines import choose_engine

    columns = parse_columns(args.columns)
    mode: DatasetMode = args.mode
    if mode == "redact":
        require_shared_key(policy, "redact mode")
    fmt_in = input_format(args.paths, args.input_format)
    fmt_out = {"jsonl": "json"}.get(args.format or fmt_in, args.format or fmt_in)
    if fmt_out not in FORMATS:
        raise UsageError("dataset output formats: parquet, json, csv")
    if mode == "redact" and not args.output:
        raise UsageError("redact mode needs --output")
    if choose_engine(args) == "spark":
        summary = _spark(args, policy, columns, mode, fmt_in, fmt_out)
    else:
        summary = _local(args, policy, columns, mode, fmt_in, fmt_out)
    print(summary.render(), file=sys.stderr)
    return EXIT_FINDINGS if summary.findings else EXIT_CLEAN


# -- local ---------------------------------------------------------------------


def _files(paths: Sequence[str], fmt: str) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(
                f
                for f in sorted(path.rglob("*"))
                if f.is_file() and _SUFFIX.get(f.suffix.lower()) == fmt
            )
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"{p}: no such file or folder")
    return out


def read_rows(path: Path, fmt: str) -> Iterator[dict[str, Any]]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        yield from pq.read_table(path).to_pylist()
    elif fmt == "csv":
        with path.open(newline="", encoding="utf-8") as stream:
            yield from csv.DictReader(stream)
    else:
        with path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError:
                        raise InputError(f"{path}:{number}: not valid JSON") from None


def scan_rows(
    rows: Iterable[dict[str, Any]],
    policy: Policy,
    columns: Mapping[str, FieldKind],
    mode: DatasetMode,
    summary: DatasetSummary,
    processes: int = 1,
) -> Iterator[dict[str, Any]]:
    """The rows as written: named cells redacted in redact mode, findings beside."""
    for row, new, found in scanned_rows(_complete(rows, columns), policy, columns, mode, processes):
        records = [f.__dict__ for f in found]
        summary.add(records)
        out = dict(row)
        if mode == "redact":
            out.update(new)
        out[FINDINGS_COLUMN] = json.dumps(records, separators=(",", ":"))
        yield out


def _complete(
    rows: Iterable[dict[str, Any]], columns: Mapping[str, FieldKind]
) -> Iterator[dict[str, Any]]:
    for row in rows:
        missing = [c for c in columns if c not in row]
        if missing:
            raise InputError(f"{len(missing)} named column(s) missing from a row")
        yield row


def _local(
    args: argparse.Namespace,
    policy: Policy,
    columns: Mapping[str, FieldKind],
    mode: DatasetMode,
    fmt_in: str,
    fmt_out: str,
) -> DatasetSummary:
    from scrubber.audit.local import default_processes

    summary = DatasetSummary()
    rows = (r for f in _files(args.paths, fmt_in) for r in read_rows(f, fmt_in))
    processes = args.processes or default_processes()
    scanned = scan_rows(rows, policy, columns, mode, summary, processes)
    if args.output:
        write_rows(list(scanned), Path(args.output), fmt_out)
    else:
        for _ in scanned:
            pass
    return summary


def write_rows(rows: list[dict[str, Any]], path: Path, fmt: str) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
    elif fmt == "csv":
        names = list(rows[0]) if rows else [FINDINGS_COLUMN]
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.DictWriter(stream, fieldnames=names)
            writer.writeheader()
            writer.writerows(rows)
    else:
        with path.open("w", encoding="utf-8") as stream:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


# -- Spark ---------------------------------------------------------------------


def _spark(
    args: argparse.Namespace,
    policy: Policy,
    columns: Mapping[str, FieldKind],
    mode: DatasetMode,
    fmt_in: str,
    fmt_out: str,
) -> DatasetSummary:
    from pyspark.sql import functions as F

    from scrubber.audit.spark_session import session
    from scrubber.spark import scrub_dataframe

    spark = session(args.master, key_env=policy.key_env)
    reader = spark.read.option("header", True) if fmt_in == "csv" else spark.read
    df = reader.format(fmt_in).load(list(args.paths))
    out = scrub_dataframe(df, dict(columns), mode, policy=policy).persist()
    try:
        summary = DatasetSummary(rows=0)
        summary.rows = out.count()
        for r in out.where(F.col(FINDINGS_COLUMN) != "[]").select(FINDINGS_COLUMN).collect():
            found = json.loads(r[FINDINGS_COLUMN])
            summary.add(found)
            summary.rows -= 1  # counted by count() already
        if args.output:
            writer = out.write.mode("overwrite")
            if fmt_out == "csv":
                writer = writer.option("header", True)
            writer.format(fmt_out).save(args.output)
    finally:
        out.unpersist()
    return summary
