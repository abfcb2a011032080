"""fieldguard on Apache Spark DataFrames (``pip install 'fieldguard[spark]'``).

    from scrubber.spark import scrub_dataframe
    clean = scrub_dataframe(df, columns={"name": "name", "notes": "description"},
                            mode="redact")

Each named column is scanned as the given field kind (``name``, ``description``,
``tag_value``, ... as in the field model); in ``redact`` mode sensitive spans are
replaced by the library's keyed pseudonyms, so the same value gets the same
pseudonym here, in the botocore hook and in every executor. A JSON column
(``fieldguard_findings``) beside holds each row's findings: column, entity type,
field kind, span, score, action and a keyed fingerprint, never the value.
Redact mode refuses to run without a shared key (``$FIELDGUARD_KEY`` or the
policy's ``key_file``, on the driver and every executor).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from scrubber.audit.cells import FINDINGS_COLUMN, CellScanner, DatasetMode, as_kind, findings_json
from scrubber.audit.spark_session import (
    key_check,
    require_shared_key,
    run_token,
    verify_key,
    worker_state,
)
from scrubber.errors import UsageError
from scrubber.kinds import FieldKind
from scrubber.policy import Policy, load_policy

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame


def scrub_dataframe(
    df: DataFrame,
    columns: Mapping[str, str | FieldKind],
    mode: DatasetMode = "report",
    *,
    policy: Policy | None = None,
    findings_column: str = FINDINGS_COLUMN,
) -> DataFrame:
    """``df`` with the named string columns scanned (and redacted), plus ``findings_column``."""
    from pyspark.sql.types import StringType, StructField, StructType

    active = policy if policy is not None else load_policy()
    kinds = {column: as_kind(kind) for column, kind in columns.items()}
    by_name = {f.name: f for f in df.schema.fields}
    for column in kinds:
        if column not in by_name:
            raise UsageError(f"the DataFrame has no column {column!r}")
        if not isinstance(by_name[column].dataType, StringType):
            raise UsageError(f"column {column!r} is not a string column")
    if findings_column in by_name:
        raise UsageError(f"the DataFrame already has a column {findings_column!r}")
    if mode == "redact":
        require_shared_key(active, "redact mode")
    check = key_check(active)
    token = run_token(active, kinds, mode, check)
    schema = StructType([*df.schema.fields, StructField(findings_column, StringType())])

    def scan(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return _scan_batches(batches, token, active, kinds, mode, check, findings_column)

    return df.mapInPandas(scan, schema=schema)


def _scan_batches(
    batches: Iterator[pd.DataFrame],
    token: str,
    policy: Policy,
    kinds: dict[str, FieldKind],
    mode: DatasetMode,
    check: str,
    findings_column: str,
) -> Iterator[pd.DataFrame]:
    def build() -> CellScanner:
        verify_key(policy, check)
        return CellScanner(policy, kinds, mode)

    scanner = worker_state(token, build)
    for batch in batches:
        texts: list[str] = []
        updates: dict[str, list[Any]] = {c: [] for c in kinds}
        for row in batch[list(kinds)].to_dict("records"):
            cells = {c: (v if isinstance(v, str) else None) for c, v in row.items()}
            new, found = scanner.scan_row(cells)
            texts.append(findings_json(found))
            for column in kinds:
                updates[column].append(new[column])
        batch = batch.copy()
        if mode == "redact":
            for column, values in updates.items():
                batch[column] = values
        batch[findings_column] = texts
        yield batch


__all__ = ["FINDINGS_COLUMN", "scrub_dataframe"]
