"""scrub-audit dataset on the local engine: named columns scanned as field kinds."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from scrubber.audit.cli import main
from scrubber.audit.spark_session import verify_key
from scrubber.errors import KeyFileError
from scrubber.policy import Policy

ROWS = [
    {"id": "1", "name": "demand-maria-garcia", "notes": "ask jane.doe@example.com", "n": "3"},
    {"id": "2", "name": "weekly-demand", "notes": "plain words", "n": "4"},
    {"id": "3", "name": "sensor-7", "notes": "AKIAIOSFODNN7EXAMPLF and +1 206 555 0143", "n": "5"},
]
PLANTED = ("maria-garcia", "jane.doe@example.com", "AKIAIOSFODNN7EXAMPLF", "206 555 0143")


def _csv(path: Path) -> Path:
    with path.open("w", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(ROWS[0]))
        writer.writeheader()
        writer.writerows(ROWS)
    return path


def test_report_mode_writes_findings_beside_unchanged_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _csv(tmp_path / "in.csv")
    out = tmp_path / "out.jsonl"
    code = main(
        [
            "dataset",
            str(src),
            "--columns",
            "name=name,notes=description",
            "--format",
            "json",
            "--output",
            str(out),
            "--engine",
            "local",
        ]
    )
    err = capsys.readouterr().err
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert code == 1 and [r["name"] for r in rows] == [r["name"] for r in ROWS]
    found = [json.loads(r["fieldguard_findings"]) for r in rows]
    assert {f["entity_type"] for f in found[0]} == {"PERSON", "EMAIL_ADDRESS"}
    assert found[1] == []
    assert {f["column"] for f in found[2]} == {"notes"}
    assert all(set(f) >= {"fingerprint", "start", "end", "field_kind"} for f in found[0])
    assert "3 row(s), " in err and not any(p in err for p in PLANTED)


def test_redact_mode_needs_a_shared_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _csv(tmp_path / "in.csv")
    argv = [
        "dataset",
        str(src),
        "--columns",
        "name=name,notes=description",
        "--mode",
        "redact",
        "--output",
        str(tmp_path / "out.csv"),
        "--engine",
        "local",
    ]
    monkeypatch.delenv("FIELDGUARD_KEY", raising=False)
    assert main(argv) == 2
    assert "FIELDGUARD_KEY" in capsys.readouterr().err
    monkeypatch.setenv("FIELDGUARD_KEY", "k" * 40)
    assert main(argv) == 1
    text = (tmp_path / "out.csv").read_text()
    assert not any(p in text for p in PLANTED)
    rows = list(csv.DictReader(text.splitlines()))
    assert rows[1]["name"] == "weekly-demand" and rows[0]["name"].startswith("demand-")
    assert [r["n"] for r in rows] == ["3", "4", "5"]


def test_bad_columns_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _csv(tmp_path / "in.csv")
    assert main(["dataset", str(src), "--columns", "name", "--engine", "local"]) == 2
    assert main(["dataset", str(src), "--columns", "name=nonsense", "--engine", "local"]) == 2
    assert main(["dataset", str(src), "--columns", "missing=name", "--engine", "local"]) == 2


def test_an_executor_with_another_key_fails_closed() -> None:
    with pytest.raises(KeyFileError, match="differs from the driver"):
        verify_key(Policy(), "0" * 16)
