"""scrub-audit cloudtrail on the local engine: real envelopes, planted calls, real noise."""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.cloudtrail_accuracy import measure
from benchmarks.cloudtrail_set import REAL, events_for, real_events
from benchmarks.corpus import CASES, load_cases
from scrubber.audit.cli import main
from scrubber.audit.rows import Fingerprinter
from scrubber.audit.scan import EventScanner, Filters
from scrubber.policy import Policy


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["cloudtrail", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _envelope(**fields: Any) -> dict[str, Any]:
    event = dict(real_events()[10])
    event.update(fields)
    return event


def _write_log(folder: Path, events: list[dict[str, Any]], name: str = "x.json.gz") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        json.dump({"Records": events}, stream)
    return path


def test_planted_values_found_real_events_quiet_and_no_value_in_any_output() -> None:
    """The corpus's calls as events beside 2,900 real events of other services."""
    result = measure(CASES, "local", seed=11)
    assert int(result["found"]) / int(result["planted"]) >= 0.97  # type: ignore[call-overload]
    assert int(result["false_findings"]) <= 3  # type: ignore[call-overload]
    assert result["planted_values_in_output"] == 0
    assert result["exit_code"] == 1


def test_real_events_are_clean_and_suppressions_are_counted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(
        capsys, str(REAL), "--services", "*", "--format", "json", "--processes", "1"
    )
    document = json.loads(out)
    summary = document["summary"]
    assert code == 0 and document["findings"] == []
    assert summary["events"] == summary["checked"] == 2900 and summary["files"] == 55
    # AWS account ids (by the event and by the model's documentation), an access key
    # id in DeleteAccessKey's own member, a service's call, S3's added Host keys.
    assert {"aws_account_id", "own_kind", "aws_service_caller", "cloudtrail_added_key"} <= set(
        summary["suppressed"]
    )
    assert "suppressed:" in err


def test_default_services_skip_other_services(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(REAL), "--processes", "1")
    assert code == 0 and out == ""
    assert "2900 event(s) read, 0 checked" in err


def test_fingerprint_is_keyed_and_groups_one_value_across_events(tmp_path: Path) -> None:
    email = "maria.garcia@example.com"
    events = [
        _envelope(
            eventID=f"e{i}",
            eventSource="forecast.amazonaws.com",
            eventName="CreateDatasetGroup",
            readOnly=False,
            requestParameters={
                "datasetGroupName": "g",
                "domain": "RETAIL",
                "tags": [{"key": "owner", "value": email}],
            },
        )
        for i in range(2)
    ]
    scanner = EventScanner(Policy(), Filters())
    rows = [r for e in events for r in scanner.scan(e, "f").rows]
    assert len(rows) == 2 and rows[0].fingerprint == rows[1].fingerprint
    assert rows[0].path == "Tags[0].Value" and rows[0].modeled
    assert rows[0].fingerprint == scanner.fingerprint(email)
    assert rows[0].fingerprint != hashlib.sha256(email.encode()).hexdigest()[:16]
    other = Fingerprinter(b"another key of enough bytes")
    assert other(email) != rows[0].fingerprint
    plain = hmac.new(b"another key of enough bytes", email.encode(), "sha256").hexdigest()
    assert other(email) != plain[:16]  # domain-separated from pseudonyms


def test_lake_export_json_lines_give_the_same_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CloudTrail Lake / Athena: lower-cased field names, nested objects as JSON text."""
    events, _ = events_for(load_cases(CASES)[:40], real_events(), seed=5)
    _write_log(tmp_path / "logs", events)
    with (tmp_path / "lake.jsonl").open("w") as stream:
        for e in events:
            flat = {
                k.lower(): (json.dumps(v) if isinstance(v, (dict, list)) else v)
                for k, v in e.items()
            }
            stream.write(json.dumps(flat) + "\n")
    _, from_logs, _ = _run(capsys, str(tmp_path / "logs"), "--processes", "1")
    _, from_lake, _ = _run(capsys, str(tmp_path / "lake.jsonl"), "--processes", "1")
    strip = [
        {k: v for k, v in json.loads(line).items() if k != "source_file"}
        for text in (from_logs, from_lake)
        for line in text.splitlines()
    ]
    half = len(strip) // 2
    assert half > 10 and strip[:half] == strip[half:]


def test_time_and_mutating_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    params = {"thingName": "thing-of-jane.doe@example.com"}
    events = [
        _envelope(
            eventID="a",
            eventTime="2024-05-01T10:00:00Z",
            eventSource="iot.amazonaws.com",
            eventName="CreateThing",
            readOnly=False,
            requestParameters=params,
        ),
        _envelope(
            eventID="b",
            eventTime="2024-05-02T10:00:00Z",
            eventSource="iot.amazonaws.com",
            eventName="DescribeThing",
            readOnly=True,
            requestParameters=params,
        ),
    ]
    _write_log(tmp_path, events)

    def ids(*argv: str) -> list[str]:
        _, out, _ = _run(capsys, str(tmp_path), "--processes", "1", *argv)
        return [json.loads(line)["event_id"] for line in out.splitlines()]

    assert ids() == ["a", "b"]
    assert ids("--since", "2024-05-02") == ["b"]
    assert ids("--until", "2024-05-01") == ["a"]
    assert ids("--until", "2024-05-01T09:00:00Z") == []
    assert ids("--mutating-only") == ["a"]


def test_unmodelled_operation_is_scanned_as_free_text(tmp_path: Path) -> None:
    event = _envelope(
        eventSource="iot.amazonaws.com",
        eventName="SomeFutureOperation",
        requestParameters={"whatever": {"note": "call +1 206 555 0143"}},
    )
    rows = EventScanner(Policy(), Filters()).scan(event, "f").rows
    assert [(r.service, r.operation, r.modeled, r.entity_type) for r in rows] == [
        ("iot", "", False, "PHONE_NUMBER")
    ]


def test_unreadable_file_is_an_input_error_naming_no_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.json").write_text('{"Records": [ {"secret": "hunter2-sk_live_x"')
    code, _, err = _run(capsys, str(tmp_path), "--processes", "1")
    assert code == 2 and "bad.json: not valid JSON" in err and "hunter2" not in err
    events = [
        _envelope(
            eventSource="iot.amazonaws.com",
            eventName="CreateThing",
            requestParameters={"thingName": "jane.doe@example.com"},
        )
    ]
    _write_log(tmp_path, events)
    code, out, err = _run(capsys, str(tmp_path), "--processes", "1")
    assert code == 1 and "jane.doe" not in out + err  # findings win over the error


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, str(tmp_path), "--services", "nosuchservice")[0] == 2
    assert _run(capsys, str(tmp_path / "missing"))[0] == 2
    assert _run(capsys, str(tmp_path), "--format", "parquet")[0] == 2
    assert _run(capsys, str(tmp_path), "--since", "yesterday")[0] == 2


def test_two_processes_give_the_rows_of_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    events, _ = events_for(load_cases(CASES)[:60], real_events(), seed=9)
    for n in range(4):
        _write_log(tmp_path, events[n::4], name=f"{n}.json.gz")
    one = _run(capsys, str(tmp_path), "--processes", "1")
    two = _run(capsys, str(tmp_path), "--processes", "2")
    assert one[0] == two[0] == 1 and one[1] == two[1] and one[1]


def test_sarif_and_parquet_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    events, planted = events_for(load_cases(CASES)[:30], real_events(), seed=4)
    _write_log(tmp_path / "in", events)
    code, out, _ = _run(capsys, str(tmp_path / "in"), "--processes", "1", "--format", "sarif")
    sarif = json.loads(out)
    assert code == 1 and sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    code, _, _ = _run(
        capsys,
        str(tmp_path / "in"),
        "--processes",
        "1",
        "--format",
        "parquet",
        "--output",
        str(tmp_path / "pq"),
    )
    parts = sorted(
        p.relative_to(tmp_path / "pq").parts[:2] for p in (tmp_path / "pq").rglob("*.parquet")
    )
    assert parts and all(
        a.startswith("account_id=") and b.startswith("event_date=") for a, b in parts
    )
    summary = json.loads((tmp_path / "pq" / "_summary.json").read_text())
    assert summary["findings"] == len(sarif["runs"][0]["results"])
    table = pq.read_table(tmp_path / "pq")
    assert table.num_rows == len(sarif["runs"][0]["results"])
    blob = b"".join(p.read_bytes() for p in (tmp_path / "pq").rglob("*") if p.is_file())
    assert not any(p.value.encode() in blob for p in planted)


def test_a_field_that_cannot_be_scanned_is_reported_never_suppressed() -> None:
    event = _envelope(
        eventSource="iot.amazonaws.com",
        eventName="CreateThing",
        userIdentity={"type": "AWSService"},  # suppresses real findings, not this one
        requestParameters={"thingName": "x" * 70000},
    )
    outcome = EventScanner(Policy(), Filters()).scan(event, "f")
    assert [(r.entity_type, r.path, r.action) for r in outcome.rows] == [
        ("SCAN_FAILED", "thingName", "block")
    ]
