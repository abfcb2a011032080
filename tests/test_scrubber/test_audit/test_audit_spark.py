"""The Spark engine in local mode: the same rows as the local engine, and scrub_dataframe.

One session for the whole run (``local[1]``): starting Spark costs seconds.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")

from benchmarks.cloudtrail_set import REAL, events_for, real_events
from benchmarks.corpus import CASES, load_cases
from scrubber.audit.cells import CellScanner, findings_json
from scrubber.audit.local import run as run_local
from scrubber.audit.records import discover
from scrubber.audit.scan import Filters
from scrubber.audit.sources import Selection
from scrubber.audit.summary import Summary
from scrubber.errors import KeyFileError
from scrubber.kinds import FieldKind
from scrubber.policy import Policy

# The shared key of these tests: in the environment before Spark starts, so the
# Python workers (forked from the JVM's environment) see it.
KEY_ENV = "FIELDGUARD_TEST_SPARK_KEY"


@pytest.fixture(scope="session")
def spark(_key_file: Path) -> Iterator[Any]:
    os.environ[KEY_ENV] = "spark-test-key-" + "k" * 32
    from scrubber.audit.spark_session import session

    spark = session("local[1]")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Planted calls in real envelopes, plus 8 real log files of other services."""
    folder = tmp_path_factory.mktemp("ct")
    events, _ = events_for(load_cases(CASES)[::3], real_events(), seed=21)
    for n in range(3):
        with gzip.open(folder / f"planted-{n}.json.gz", "wt", encoding="utf-8") as stream:
            json.dump({"Records": events[n::3]}, stream)
    for real in discover([str(REAL)])[:8]:
        (folder / real.name).write_bytes(real.read_bytes())
    (folder / "lake.jsonl").write_text("\n".join(json.dumps(e) for e in events[:5]) + "\n")
    return folder


def test_cloudtrail_engines_give_identical_rows_and_summary(
    spark: Any, logs: Path, tmp_path: Path
) -> None:
    from scrubber.audit.output import order
    from scrubber.audit.spark_engine import audit_cloudtrail

    filters = Filters(Selection.parse(["*"]))
    policy = Policy()
    local_rows, local_summary = [], Summary()
    files = [f.resolve() for f in discover([str(logs)])]
    for result in run_local(files, policy, filters):
        local_rows += result.rows
        local_summary.merge(result.summary)
    spark_rows: list[Any] = []
    spark_summary = audit_cloudtrail([str(logs)], policy, filters, collect=spark_rows)
    assert len(local_rows) > 50
    assert order(spark_rows) == order(local_rows)
    assert spark_summary.to_dict() == local_summary.to_dict()
    # Parquet output: the summary from Spark's aggregations, the rows from the files.
    out = str(tmp_path / "parquet")
    from_parquet = audit_cloudtrail([str(logs)], policy, filters, parquet=out)
    assert from_parquet.to_dict() == local_summary.to_dict()
    written = spark.read.parquet(out)
    assert written.count() == len(local_rows)
    # (Spark reads partition values back as numbers unless told not to: account ids
    # with leading zeros need spark.sql.sources.partitionColumnTypeInference.enabled=false.)
    assert {str(r.account_id) for r in written.select("account_id").collect()} == {
        r.account_id for r in local_rows
    }


def test_scrub_dataframe_redacts_as_the_local_path_does(spark: Any) -> None:
    from scrubber.spark import scrub_dataframe

    policy = Policy(key_env=KEY_ENV)
    rows = [
        {"id": "1", "name": "forecast-maria-garcia-2024", "notes": "owner jane.doe@example.com"},
        {"id": "2", "name": "weekly-demand", "notes": "nothing to see"},
        {"id": "3", "name": "JaneDoeDemand01", "notes": "token ghp_" + "a1B2c3D4e5" * 4 + "ab"},
        {"id": "4", "name": None, "notes": "call +1 206 555 0143"},
    ]
    columns = {"name": FieldKind.NAME, "notes": FieldKind.DESCRIPTION}
    df = spark.createDataFrame(rows, schema="id string, name string, notes string")
    got = sorted(
        (r.asDict() for r in scrub_dataframe(df, columns, "redact", policy=policy).collect()),
        key=lambda r: r["id"],
    )
    scanner = CellScanner(policy, columns, "redact")
    expected = []
    for row in rows:
        new, found = scanner.scan_row(row)
        expected.append({**row, **new, "fieldguard_findings": findings_json(found)})
    assert got == expected
    text = json.dumps(got)
    assert "jane.doe" not in text and "maria" not in text.lower() and "ghp_" not in text
    assert json.loads(got[1]["fieldguard_findings"]) == []


def test_redact_mode_refuses_without_a_shared_key(spark: Any) -> None:
    from scrubber.spark import scrub_dataframe

    df = spark.createDataFrame([{"name": "x"}], schema="name string")
    with pytest.raises(KeyFileError, match="every executor shares"):
        scrub_dataframe(df, {"name": "name"}, "redact", policy=Policy(key_env="FIELDGUARD_NONE"))


def test_events_of_unselected_services_are_counted_not_scanned(spark: Any) -> None:
    """The default services on a trail of other services only: an empty result
    must still carry the count of events read."""
    from scrubber.audit.spark_engine import audit_cloudtrail

    summary = audit_cloudtrail([str(REAL)], Policy(), Filters(), collect=[])
    assert (summary.files, summary.events, summary.checked, summary.findings) == (55, 2900, 0, 0)


def _local_rows(files: list[Path], filters: Filters) -> tuple[list[Any], Summary]:
    rows, summary = [], Summary()
    for result in run_local([f.resolve() for f in files], Policy(), filters):
        rows += result.rows
        summary.merge(result.summary)
    return rows, summary


def test_lake_and_athena_spellings_give_the_local_engines_rows(spark: Any, tmp_path: Path) -> None:
    """JSON Lines with lower-cased field names and nested objects as JSON text (CloudTrail
    Lake, Athena), and a log file spelled so: both engines read them alike."""
    from scrubber.audit.output import order
    from scrubber.audit.spark_engine import audit_cloudtrail

    events, _ = events_for(load_cases(CASES)[::4], real_events(), seed=8)
    lowered = [
        {k.lower(): (json.dumps(v) if isinstance(v, (dict, list)) else v) for k, v in e.items()}
        for e in events
    ]
    (tmp_path / "lake.jsonl").write_text("\n".join(json.dumps(e) for e in lowered) + "\n\n")
    with gzip.open(tmp_path / "athena.json.gz", "wt", encoding="utf-8") as stream:
        # Records spelled as Athena selects them, one field in CloudTrail's spelling too.
        json.dump(
            {"Records": [{**e, "eventName": "Nope", "eventname": "x"} for e in lowered]}, stream
        )
    filters = Filters(Selection.parse(["*"]))
    local_rows, local_summary = _local_rows(discover([str(tmp_path)]), filters)
    spark_rows: list[Any] = []
    spark_summary = audit_cloudtrail([str(tmp_path)], Policy(), filters, collect=spark_rows)
    assert len(local_rows) > 40
    assert order(spark_rows) == order(local_rows)
    assert spark_summary.to_dict() == local_summary.to_dict()


def test_identical_parameter_sets_reach_python_once_per_slice(spark: Any, tmp_path: Path) -> None:
    """One call repeated in more events than a group holds, in different envelopes (one
    by an AWS service, whose findings are suppressed): grouped before the Python stage,
    each event's rows and suppressions as the local engine gives them."""
    from scrubber.audit.output import order
    from scrubber.audit.spark_engine import GROUP_CAP, _grouped, read_events

    params = {"thingName": "thing-of-jane.doe@example.com", "attributePayload": {}}
    envelopes = real_events()
    service = next(
        e for e in envelopes if (e.get("userIdentity") or {}).get("type") == "AWSService"
    )
    people = [e for e in envelopes if (e.get("userIdentity") or {}).get("type") == "IAMUser"]
    repeated = GROUP_CAP + 6
    events = []
    for n in range(repeated + 3):
        envelope = service if n == 0 else people[n % len(people)]
        events.append(
            {
                **envelope,
                "eventID": f"00000000-0000-4000-8000-{n:012d}",
                "eventSource": "iot.amazonaws.com",
                "eventName": "CreateThing",
                "readOnly": False,
                # The last three differ from the rest by one character each.
                "requestParameters": params if n < repeated else {**params, "thingName": f"t{n}"},
            }
        )
    with gzip.open(tmp_path / "repeats.json.gz", "wt", encoding="utf-8") as stream:
        json.dump({"Records": events}, stream)
    groups = _grouped(read_events(spark, [str(tmp_path)]), 1).collect()
    sizes = sorted(len(g["_fieldguard_events"]) for g in groups)
    assert sizes == [1, 1, 1, repeated - GROUP_CAP, GROUP_CAP]

    from scrubber.audit.spark_engine import audit_cloudtrail

    filters = Filters()
    local_rows, local_summary = _local_rows([tmp_path / "repeats.json.gz"], filters)
    spark_rows: list[Any] = []
    spark_summary = audit_cloudtrail([str(tmp_path)], Policy(), filters, collect=spark_rows)
    assert len(local_rows) == repeated - 1  # the AWS service's call is suppressed
    assert local_summary.suppressed["aws_service_caller"] == 1
    assert order(spark_rows) == order(local_rows)
    assert spark_summary.to_dict() == local_summary.to_dict()


def test_dataset_on_a_process_pool_gives_sparks_rows(spark: Any) -> None:
    """The local dataset engine on two processes (more rows than it scans in one):
    the rows, redactions and findings of scrub_dataframe, in the input's order."""
    from scrubber.audit.dataset_pool import CHUNK
    from scrubber.audit.datasets import DatasetSummary, scan_rows
    from scrubber.spark import scrub_dataframe

    texts = [
        "owner jane.doe@example.com",
        "weekly demand",
        "call +1 206 555 0143 after six",
        "forecast-maria-garcia-2024",
        "token ghp_" + "a1B2c3D4e5" * 4 + "ab",
        "plain words only",
    ]
    rows = [
        {"id": f"{n:04d}", "name": f"{texts[n % 6]}-{n}", "notes": texts[(n * 5) % 6]}
        for n in range(CHUNK * 2 + 37)
    ]
    columns = {"name": FieldKind.NAME, "notes": FieldKind.DESCRIPTION}
    policy = Policy(key_env=KEY_ENV)
    summary = DatasetSummary()
    local = list(scan_rows(rows, policy, columns, "redact", summary, processes=2))
    df = spark.createDataFrame(rows, schema="id string, name string, notes string")
    got = sorted(
        (r.asDict() for r in scrub_dataframe(df, columns, "redact", policy=policy).collect()),
        key=lambda r: r["id"],
    )
    assert [r["id"] for r in local] == [r["id"] for r in rows]
    assert local == got
    assert summary.rows == len(rows) and summary.findings > len(rows) // 2
    assert "jane.doe" not in json.dumps(local)


def test_unreadable_input_is_named_on_stderr_by_the_spark_engine(
    spark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scrubber.audit.cli import main

    (tmp_path / "bad.json.gz").write_bytes(gzip.compress(b'{"Records": [ {"eventID": "secret-'))
    (tmp_path / "lake.jsonl").write_text('{"eventid": "1"}\nnot json at all\n')
    code = main(["cloudtrail", str(tmp_path), "--engine", "spark", "--format", "json"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"scrub-audit: error: {tmp_path / 'bad.json.gz'}: not valid JSON" in err
    assert f"scrub-audit: error: {tmp_path / 'lake.jsonl'}: not valid JSON" in err
    assert "secret-" not in err and "at all" not in err
