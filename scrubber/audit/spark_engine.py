"""The Spark engine of ``scrub-audit cloudtrail``: the same scan, on a cluster.

Read with an explicit schema (``requestParameters``, ``userIdentity`` and
``resources`` as raw JSON text: no schema inference over thousands of parameter
shapes), filter on ``eventSource`` in Spark, repartition by the parameter set
(identical sets land side by side in one partition, and small inputs of a few
big gzip files spread over every core), then ``mapInPandas`` runs
:class:`EventScanner` (one per Python worker): each distinct parameter set is
scanned once, the event around it is applied per row. Runs unchanged under
``spark-submit`` and as a Glue 5 job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from scrubber.audit.events import FIELDS
from scrubber.audit.records import discover, is_json_lines, is_remote
from scrubber.audit.rows import COLUMNS, AuditRow
from scrubber.audit.scan import EventScanner, Filters
from scrubber.audit.spark_session import (
    key_check,
    run_token,
    session,
    verify_key,
    worker_state,
)
from scrubber.audit.summary import Summary
from scrubber.policy import Policy

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

# The event fields read, the same as the local engine's.
EVENT_FIELDS = FIELDS
CORRUPT = "_corrupt_record"
WANTED = "_fieldguard_wanted"
_NESTED = frozenset({"userIdentity", "requestParameters", "resources"})
_INT_COLUMNS = {"start", "end"}


def event_schema() -> Any:
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(name, StringType()) for name in EVENT_FIELDS])


def output_schema() -> Any:
    from pyspark.sql.types import (
        BooleanType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    types = {
        "modeled": BooleanType(),
        "start": LongType(),
        "end": LongType(),
        "score": DoubleType(),
    }
    fields = [
        StructField("kind", StringType()),
        StructField("reason", StringType()),
        StructField("n", LongType()),
    ]
    fields += [StructField(c, types.get(c, StringType())) for c in COLUMNS]
    return StructType(fields)


def read_events(spark: SparkSession, paths: Sequence[str]) -> DataFrame:
    """Every event of ``paths`` with its file; unreadable files keep one row with
    ``_corrupt_record`` set. Log files and JSON Lines are read apart."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    files = _files(paths)
    lines = [p for p in files if is_json_lines(p)]
    logs = [p for p in files if not is_json_lines(p)]
    frames = []
    if logs:
        schema = StructType(
            [StructField("Records", ArrayType(event_schema())), StructField(CORRUPT, StringType())]
        )
        raw = (
            spark.read.schema(schema)
            .option("multiLine", True)
            .option("recursiveFileLookup", True)
            .json(logs)
        )
        frames.append(
            raw.select(
                F.explode_outer("Records").alias("e"),
                CORRUPT,
                F.col("_metadata.file_path").alias("source_file"),
            ).select("e.*", CORRUPT, "source_file")
        )
    if lines:
        schema = StructType([*event_schema().fields, StructField(CORRUPT, StringType())])
        raw = spark.read.schema(schema).json(lines)
        frames.append(
            raw.select(*EVENT_FIELDS, CORRUPT, F.col("_metadata.file_path").alias("source_file"))
        )
    frame = frames[0]
    for other in frames[1:]:
        frame = frame.unionByName(other)
    return frame


def _files(paths: Sequence[str]) -> list[str]:
    """Local paths as the local engine finds them (same files, same names); remote
    ones as given, for Spark to list."""
    out: list[str] = []
    for p in paths:
        out.extend([p] if is_remote(p) else [str(f.resolve()) for f in discover([p])])
    return out


def audit_cloudtrail(
    paths: Sequence[str],
    policy: Policy,
    filters: Filters,
    *,
    master: str | None = None,
    parquet: str | None = None,
    collect: list[AuditRow] | None = None,
    spark: SparkSession | None = None,
) -> Summary:
    """Audit ``paths``: rows to ``parquet`` (partitioned by account and date) and/or
    appended to ``collect``; returns the summary."""
    from pyspark.sql import Observation
    from pyspark.sql import functions as F

    spark = spark or session(master, key_env=policy.key_env)
    check = key_check(policy)
    token = run_token(policy, filters, check)
    events = read_events(spark, paths)
    sources = filters.selection.event_sources()
    source = F.col("eventSource")
    wanted = F.col(CORRUPT).isNotNull() | (
        source.isin(sorted(sources)) if sources is not None else source.isNotNull()
    )
    wanted = F.coalesce(wanted, F.lit(False))
    # Events read are counted as they are read; only selected ones go on.
    observed = Observation("fieldguard-read")
    events = events.observe(
        observed,
        F.count(F.lit(1)).alias("rows"),
        F.count(
            F.when(
                F.col(CORRUPT).isNull() & F.coalesce(*[F.col(c) for c in EVENT_FIELDS]).isNotNull(),
                1,
            )
        ).alias("events"),
    )
    keys = ["eventSource", "eventName", "requestParameters"]
    partitions = max(spark.sparkContext.defaultParallelism * 2, 2)
    selected = (
        events.where(wanted)
        .withColumn(WANTED, F.lit(True))
        .repartition(partitions, *keys)
        .sortWithinPartitions(*keys)
    )

    def scan(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return _scan_batches(batches, token, policy, filters, check)

    result = selected.mapInPandas(scan, schema=output_schema())
    # Adaptive planning would drop the observed count with an empty selection: off for
    # this query only (its shuffle has a fixed partition count anyway).
    adaptive = spark.conf.get("spark.sql.adaptive.enabled", "true")
    spark.conf.set("spark.sql.adaptive.enabled", "false")
    try:
        summary = _run(result, parquet, collect)
    finally:
        spark.conf.set("spark.sql.adaptive.enabled", adaptive or "true")
    summary.events = int(observed.get.get("events", 0))
    if not any(is_remote(p) for p in paths):
        summary.files = len(_files(paths))
    return summary


def _run(result: DataFrame, parquet: str | None, collect: list[AuditRow] | None) -> Summary:
    from pyspark.sql import functions as F

    if parquet is None:
        # One job: findings are few, the other rows one per batch (and reason).
        summary = _collected(result.collect(), collect if collect is not None else [])
    else:
        result = result.persist()
        try:
            findings = result.where(F.col("kind") == "finding").select(*COLUMNS)
            (
                findings.withColumn("event_date", F.substring("event_time", 1, 10))
                .write.mode("overwrite")
                .partitionBy("account_id", "event_date")
                .parquet(parquet)
            )
            if collect is not None:
                collect.extend(_row(r.asDict()) for r in findings.collect())
            summary = _summary(result, findings)
        finally:
            result.unpersist()
    return summary


def _collected(rows: list[Any], collect: list[AuditRow]) -> Summary:
    """The summary of collected output rows (the local engine's own accounting)."""
    summary = Summary()
    for r in rows:
        values = r.asDict()
        kind = values["kind"]
        if kind == "finding":
            row = _row(values)
            summary.add(row)
            collect.append(row)
        else:
            _count(summary, kind, values["reason"], int(values["n"]))
    return summary


def _count(summary: Summary, kind: str, reason: str, n: int) -> None:
    if kind == "checked":
        summary.checked += n
    elif kind == "suppressed":
        summary.suppressed[reason] += n
    elif kind == "read":
        summary.events += n
    elif kind == "error":
        summary.errors.append(f"{reason}: not valid JSON, or not CloudTrail's layout")


def _scan_batches(
    batches: Iterator[pd.DataFrame], token: str, policy: Policy, filters: Filters, check: str
) -> Iterator[pd.DataFrame]:
    import pandas as pd

    def build() -> EventScanner:
        verify_key(policy, check)
        return EventScanner(policy, filters)

    scanner = worker_state(token, build)
    columns = ["kind", "reason", "n", *COLUMNS]
    for batch in batches:
        out: list[dict[str, Any]] = []
        checked, suppressed = 0, Counter[str]()
        chosen = batch[batch[WANTED].fillna(False).astype(bool)]
        for record in chosen.to_dict("records"):
            source_file = _local_name(str(record.get("source_file") or ""))
            if record.get(CORRUPT) is not None:
                out.append(_meta("error", source_file, 1))
                continue
            event = {k: record.get(k) for k in EVENT_FIELDS if record.get(k) is not None}
            outcome = scanner.scan(event, source_file)
            checked += outcome.checked
            out.extend(
                {"kind": "finding", "reason": "", "n": 1, **r.to_dict()} for r in outcome.rows
            )
            suppressed.update(outcome.suppressed)
        out.extend(_meta("suppressed", reason, n) for reason, n in sorted(suppressed.items()))
        out.append(_meta("checked", "", checked))
        yield pd.DataFrame(out, columns=columns)


def _meta(kind: str, reason: str, n: int) -> dict[str, Any]:
    # Every column filled: pyarrow cannot convert a batch's all-null boolean column.
    return {**_BLANK, "kind": kind, "reason": reason, "n": n}


_BLANK: dict[str, Any] = {
    c: {"modeled": False, "start": 0, "end": 0, "score": 0.0}.get(c, "") for c in COLUMNS
}


def _local_name(uri: str) -> str:
    """``file:///tmp/x.json`` -> ``/tmp/x.json``, as the local engine names files."""
    from urllib.parse import unquote, urlparse

    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _row(values: dict[str, Any]) -> AuditRow:
    return AuditRow(**{c: values[c] for c in COLUMNS})


def _summary(result: DataFrame, findings: DataFrame) -> Summary:
    from pyspark.sql import functions as F

    summary = Summary()
    meta = result.where(F.col("kind") != "finding").groupBy("kind", "reason")
    for r in meta.agg(F.sum("n").alias("n")).collect():
        _count(summary, r["kind"], r["reason"], int(r["n"]))
    grouped = findings.groupBy(
        "service",
        "operation",
        "event_source",
        "event_name",
        "entity_type",
        "account_id",
        "action",
    ).agg(
        F.count(F.lit(1)).alias("n"),
        F.min("event_time").alias("first"),
        F.max("event_time").alias("last"),
    )
    for r in grouped.collect():
        n = int(r["n"])
        summary.findings += n
        summary.by_service[r["service"] or r["event_source"]] += n
        summary.by_operation[f"{r['service']}.{r['operation'] or r['event_name']}"] += n
        summary.by_entity[r["entity_type"]] += n
        summary.by_account[r["account_id"]] += n
        summary.by_action[r["action"]] += n
        if r["first"]:
            summary.first_seen = min(summary.first_seen or r["first"], r["first"])
            summary.last_seen = max(summary.last_seen, r["last"])
    summary.fingerprints = {
        r["fingerprint"]
        for r in findings.where(F.col("fingerprint") != "")
        .select("fingerprint")
        .distinct()
        .collect()
    }
    return summary
