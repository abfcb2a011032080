"""Writing audit rows: JSON Lines, one JSON document, SARIF, or Parquet.

Rows never hold a value, so every format is safe to share with the people who
must act on it. Parquet is partitioned by account and date (``account_id=…/
event_date=…``) and needs pyarrow (``pip install 'fieldguard[spark]'``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from scrubber.audit.rows import COLUMNS, AuditRow
from scrubber.audit.summary import Summary
from scrubber.cli.report import tool_version
from scrubber.cli.sarif import LEVELS, SCHEMA
from scrubber.errors import UsageError
from scrubber.findings import SCAN_FAILED

Format = Literal["jsonl", "json", "sarif", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "json", "sarif", "parquet")
TOOL = "scrub-audit"


def order(rows: Iterable[AuditRow]) -> list[AuditRow]:
    """One order for every engine: by time, event, path and span."""
    return sorted(
        rows,
        key=lambda r: (
            r.event_time,
            r.event_id,
            r.path,
            r.start,
            r.end,
            r.entity_type,
            r.source_file,
        ),
    )


def write(
    rows: Sequence[AuditRow], summary: Summary, fmt: Format, output: str | None, *, exit_code: int
) -> None:
    if fmt == "parquet":
        if not output:
            raise UsageError("--format parquet needs --output FOLDER")
        write_parquet(rows, Path(output))
        write_summary_beside(summary, output)
        return
    if output:
        with open(output, "w", encoding="utf-8") as stream:
            _write_text(rows, summary, fmt, stream, exit_code=exit_code)
    else:
        _write_text(rows, summary, fmt, sys.stdout, exit_code=exit_code)


def _write_text(
    rows: Sequence[AuditRow], summary: Summary, fmt: Format, stream: TextIO, *, exit_code: int
) -> None:
    if fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        document = {
            "version": 1,
            "tool": TOOL,
            "exit_code": exit_code,
            "summary": summary.to_dict(),
            "findings": [row.to_dict() for row in rows],
        }
        json.dump(document, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    else:
        json.dump(to_sarif(rows, summary), stream, indent=2, ensure_ascii=False)
        stream.write("\n")


def to_sarif(rows: Sequence[AuditRow], summary: Summary) -> dict[str, Any]:
    entities = sorted({r.entity_type for r in rows})
    index = {e: i for i, e in enumerate(entities)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL,
                        "fullName": f"fieldguard {TOOL}",
                        "version": tool_version(),
                        "rules": [
                            {
                                "id": e,
                                "shortDescription": {
                                    "text": f"{_describe(e)} in a recorded AWS call"
                                },
                            }
                            for e in entities
                        ],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not summary.errors,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": e}} for e in summary.errors
                        ],
                    }
                ],
                "results": [_result(r, index[r.entity_type]) for r in rows],
            }
        ],
    }


def _describe(entity: str) -> str:
    if entity == SCAN_FAILED:
        return "a field that could not be checked"
    from recognizers.registry import default_registry

    return default_registry().description(entity)


def _result(row: AuditRow, rule: int) -> dict[str, Any]:
    call = f"{row.service or row.event_source}.{row.operation or row.event_name}"
    text = (
        f"{row.entity_type} in {row.field_kind} field {row.path} of {call}"
        f" (event {row.event_id}, {row.event_time})"
    )
    return {
        "ruleId": row.entity_type,
        "ruleIndex": rule,
        "level": LEVELS.get(row.action, "warning"),
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {"artifactLocation": {"uri": row.source_file}},
                "logicalLocations": [
                    {"name": row.path, "fullyQualifiedName": f"{row.event_id}/{row.path}"}
                ],
            }
        ],
        "partialFingerprints": {"valueFingerprint/v1": row.fingerprint},
        "properties": {k: v for k, v in row.to_dict().items() if k != "source_file"},
    }


def write_summary_beside(summary: Summary, output: str) -> None:
    """``_summary.json`` in the Parquet folder (through Spark when it is remote)."""
    text = json.dumps(summary.to_dict(), indent=2) + "\n"
    if "://" not in output:
        (Path(output) / "_summary.json").write_text(text, encoding="utf-8")
        return
    from scrubber.audit.spark_session import session

    spark = session(None)
    frame = spark.createDataFrame([(text,)], "value string").coalesce(1)
    frame.write.mode("overwrite").text(output.rstrip("/") + "/_summary")


def write_parquet(rows: Sequence[AuditRow], folder: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(
            "--format parquet needs pyarrow: pip install 'fieldguard[spark]'"
        ) from None
    columns: dict[str, list[Any]] = {c: [getattr(r, c) for r in rows] for c in COLUMNS}
    columns["event_date"] = [r.event_time[:10] for r in rows]
    table = pa.table(columns, schema=arrow_schema(pa))
    pq.write_to_dataset(
        table,
        root_path=str(folder),
        partition_cols=["account_id", "event_date"],
        existing_data_behavior="overwrite_or_ignore",
    )


def arrow_schema(pa: Any) -> Any:
    types = {"modeled": pa.bool_(), "start": pa.int64(), "end": pa.int64(), "score": pa.float64()}
    fields = [pa.field(c, types.get(c, pa.string())) for c in COLUMNS]
    return pa.schema([*fields, pa.field("event_date", pa.string())])
