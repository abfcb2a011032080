"""The Spark engine of ``scrub-audit cloudtrail``: the same scan, on a cluster.

Read with an explicit schema (``requestParameters``, ``userIdentity`` and
``resources`` as raw JSON text: no schema inference over thousands of parameter
shapes) and filter on ``eventSource`` in Spark. Identical parameter sets are
deduplicated in the JVM, before the Python stage: events are grouped by
(``eventSource``, ``eventName``, ``requestParameters``), each group carrying its
events' own fields (at most :data:`GROUP_CAP` events a group, so one call
repeated a million times cannot make one giant row). ``mapInArrow`` then runs
:class:`EventScanner` (one per Python worker) on each group: the parameter set
is parsed and scanned once, the events around it applied per event, with no
pandas in between. Runs unchanged under ``spark-submit`` and as a Glue 5 job.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from scrubber.audit.events import FIELDS
from scrubber.audit.records import discover, is_json_lines, is_remote
from scrubber.audit.rows import COLUMNS, AuditRow
from scrubber.audit.scan import EventScanner, Filters, Outcome
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
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

# The event fields read, the same as the local engine's.
EVENT_FIELDS = FIELDS
CORRUPT = "_corrupt_record"
KEYS = ("eventSource", "eventName", "requestParameters")
# An event's own fields, carried in its group (the group's key holds the rest).
OWN_FIELDS = tuple(f for f in EVENT_FIELDS if f not in KEYS)
GROUP_CAP = 64
_HASH, _SLICE, _EVENTS = "_fieldguard_hash", "_fieldguard_slice", "_fieldguard_events"


def event_schema() -> Any:
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(name, StringType()) for name in EVENT_FIELDS])


def output_schema() -> Any:
    """The Python stage's rows: findings (``kind`` "finding") and counts."""
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


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {"modeled": pa.bool_(), "start": pa.int64(), "end": pa.int64(), "score": pa.float64()}
    fields = [("kind", pa.string()), ("reason", pa.string()), ("n", pa.int64())]
    fields += [(c, types.get(c, pa.string())) for c in COLUMNS]
    return pa.schema(fields)


def read_events(spark: SparkSession, paths: Sequence[str]) -> DataFrame:
    """Every event of ``paths`` with its file; unreadable files keep one row with
    ``_corrupt_record`` set. Log files and JSON Lines are read apart."""
    files = _files(paths)
    lines = [p for p in files if is_json_lines(p)]
    logs = [p for p in files if not is_json_lines(p)]
    # Files found here are listed already: above this many paths Spark would run a
    # job (one task per path) just to list them again.
    threshold = "spark.sql.sources.parallelPartitionDiscovery.threshold"
    before = spark.conf.get(threshold, "32")
    if not any(is_remote(p) for p in paths):
        spark.conf.set(threshold, str(max(len(files) + 1, int(before or "32"))))
    try:
        return _read(spark, logs, lines)
    finally:
        spark.conf.set(threshold, before or "32")


def _read(spark: SparkSession, logs: list[str], lines: list[str]) -> DataFrame:
    """Each event as a map of its top-level fields to their JSON text, then the fields
    the audit reads picked from it as :func:`scrubber.audit.events.canonical` picks
    them: CloudTrail's own spelling, else the first spelled so in any case (CloudTrail
    Lake and Athena exports lower-case the names)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, MapType, StringType, StructField, StructType

    as_map = MapType(StringType(), StringType())
    source_file = F.col("_metadata.file_path").alias("source_file")
    frames = []
    if logs:
        schema = StructType(
            [StructField("Records", ArrayType(as_map)), StructField(CORRUPT, StringType())]
        )
        raw = (
            spark.read.schema(schema)
            .option("multiLine", True)
            .option("recursiveFileLookup", True)
            .json(logs)
        )
        exploded = raw.select(F.explode_outer("Records").alias("e"), CORRUPT, source_file)
        frames.append(exploded.select(*_picked(F.col("e")), CORRUPT, "source_file"))
    if lines:
        text = spark.read.text(lines).select("value", source_file)
        text = text.where(F.trim("value") != "").withColumn("e", F.from_json("value", as_map))
        corrupt = F.when(F.col("e").isNull(), F.col("value")).alias(CORRUPT)
        frames.append(text.select(*_picked(F.col("e")), corrupt, "source_file"))
    frame = frames[0]
    for other in frames[1:]:
        frame = frame.unionByName(other)
    return frame


def _picked(event: Any) -> list[Any]:
    from pyspark.sql import functions as F

    columns = []
    for name in EVENT_FIELDS:
        # try_element_at: null where absent, with or without ANSI mode (Spark 4's default).
        exact = F.try_element_at(event, F.lit(name))
        folded = F.filter(F.map_entries(event), _key_is(name.lower()))
        first = F.try_element_at(folded, F.lit(1))["value"]
        columns.append(F.coalesce(exact, first).alias(name))
    return columns


def _key_is(folded: str) -> Callable[[Any], Any]:
    from pyspark.sql import functions as F

    return lambda entry: F.lower(entry["key"]) == folded


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
    grouped = _grouped(events.where(wanted), spark.sparkContext.defaultParallelism)

    def scan(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        return _scan_batches(batches, token, policy, filters, check)

    result = grouped.mapInArrow(scan, schema=output_schema())
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


def _grouped(selected: DataFrame, parallelism: int) -> DataFrame:
    """One row per parameter set (and slice of at most GROUP_CAP events), with its
    events' own fields. Rows are placed and sorted by a 64-bit hash of the key
    first (cheap to compare), grouped by the key itself (a hash collision cannot
    merge two parameter sets). Twice as many partitions as cores spreads a small
    input of a few big files over all of them."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    partitions = max(parallelism * 2, 2)
    by = [_HASH, *KEYS]
    hashed = selected.withColumn(_HASH, F.xxhash64(*KEYS)).repartition(partitions, _HASH)
    order = Window.partitionBy(*by).orderBy("eventTime", "eventID")
    sliced = hashed.withColumn(_SLICE, F.floor((F.row_number().over(order) - 1) / F.lit(GROUP_CAP)))
    own = F.struct(*OWN_FIELDS, CORRUPT, "source_file")
    return sliced.groupBy(*by, _SLICE).agg(F.collect_list(own).alias(_EVENTS)).drop(_HASH, _SLICE)


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
    batches: Iterator[pa.RecordBatch], token: str, policy: Policy, filters: Filters, check: str
) -> Iterator[pa.RecordBatch]:
    import pyarrow as pa

    def build() -> EventScanner:
        verify_key(policy, check)
        return EventScanner(policy, filters)

    scanner = worker_state(token, build)
    schema = _arrow_schema()
    for batch in batches:
        out: list[dict[str, Any]] = []
        outcome = Outcome()
        columns = batch.to_pydict()
        keys = [columns[k] for k in KEYS]
        for source, name, params, group in zip(*keys, columns[_EVENTS], strict=True):
            members = []
            for own in group:
                source_file = _local_name(own.pop("source_file") or "")
                if own.pop(CORRUPT) is not None:
                    out.append(_meta("error", source_file, 1))
                else:
                    members.append(({k: v for k, v in own.items() if v is not None}, source_file))
            shared = {"eventSource": source, "eventName": name, "requestParameters": params}
            found = scanner.scan_group({k: v for k, v in shared.items() if v is not None}, members)
            outcome.checked += found.checked
            outcome.suppressed.update(found.suppressed)
            out.extend({"kind": "finding", "reason": "", "n": 1, **r.to_dict()} for r in found.rows)
        counts = sorted(outcome.suppressed.items())
        out.extend(_meta("suppressed", reason, n) for reason, n in counts)
        out.append(_meta("checked", "", outcome.checked))
        yield pa.RecordBatch.from_pylist(out, schema=schema)


def _meta(kind: str, reason: str, n: int) -> dict[str, Any]:
    return {**_BLANK, "kind": kind, "reason": reason, "n": n}


_BLANK: dict[str, Any] = {
    c: {"modeled": False, "start": 0, "end": 0, "score": 0.0}.get(c, "") for c in COLUMNS
}


@functools.lru_cache(maxsize=1024)
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
