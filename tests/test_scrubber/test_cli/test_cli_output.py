"""scrub-check's reports: JSON v1 and SARIF 2.1.0 checked against their schemas; text colour;
the progress bar."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from scrubber.cli import main
from scrubber.cli.progress import Progress

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "corpus" / "examples"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cli"
# The OASIS SARIF 2.1.0 schema, as SchemaStore serves it (taken from the `schemastore`
# package's offline cache: no maintained package ships it in a form usable offline).
SARIF_SCHEMA = FIXTURES / "sarif-schema-2.1.0.json"
OUTPUT_SCHEMA = FIXTURES / "scrub-check-output-v1.schema.json"
PLANTED = ("maria", "garcia", "david-miller", "Sup3rS3cret", "jane.doe", "john_smith", "0143")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _with_a_bad_file(tmp_path: Path) -> list[str]:
    bad = tmp_path / "bad.json"
    bad.write_text('{"service": "iot",\n "operation": }')
    return [str(EXAMPLES), str(bad)]


def _validate_sarif(doc: dict[str, Any]) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text())
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    jsonschema.Draft7Validator(schema).validate(doc)


def test_json_report_matches_its_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json: schema version 1, findings located, errors listed, no value."""
    code, text, _ = _run(["--format", "json", *_with_a_bad_file(tmp_path)], capsys)
    doc = json.loads(text)
    jsonschema.Draft202012Validator(json.loads(OUTPUT_SCHEMA.read_text())).validate(doc)
    assert code == 1 and doc["exit_code"] == 1 and doc["version"] == 1
    assert (doc["payloads"], doc["templates"], doc["files"]) == (5, 3, 6)
    first = next(f for f in doc["findings"] if f["path"] == "DatasetGroupName")
    assert (first["line"], first["column"], first["kind"], first["service"]) == (
        5,
        25,
        "payload",
        "forecast",
    )
    assert doc["errors"] == [
        {
            "file": str(tmp_path / "bad.json"),
            "item": None,
            "line": None,
            "message": "not valid JSON (line 2, column 15)",
            "internal": False,
        }
    ]
    assert not any(value in text for value in PLANTED)


def test_sarif_report_is_valid_sarif_2_1_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--format sarif validates against the SARIF 2.1.0 schema, with regions and no snippet."""
    monkeypatch.chdir(REPO)
    code, text, _ = _run(["--format", "sarif", *_with_a_bad_file(tmp_path)], capsys)
    doc = json.loads(text)
    _validate_sarif(doc)
    assert code == 1
    run = doc["runs"][0]
    results = run["results"]
    assert len(results) == 13
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    person = next(r for r in results if r["message"]["text"].startswith("DatasetGroupName"))
    location = person["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "corpus/examples/forecast-create-dataset-group.json",
        "uriBaseId": "%SRCROOT%",
    }
    assert location["region"]["startLine"] == 5 and person["level"] == "warning"
    assert {r["level"] for r in results if r["ruleId"] == "URL_CREDENTIALS"} == {"error"}
    notification = run["invocations"][0]["toolExecutionNotifications"][0]
    assert notification["message"]["text"] == "not valid JSON (line 2, column 15)"
    assert "snippet" not in text
    # A fingerprint is a hex digest of the finding's place, never of its value; a
    # digit run such as "0143" turns up in one by chance, so they are left out here.
    for result in results:
        assert set(result.pop("partialFingerprints")) == {"fieldguardFinding/v1"}
    assert not any(value in json.dumps(doc, ensure_ascii=False) for value in PLANTED)


def test_sarif_of_the_corpus_from_the_installed_command() -> None:
    """The installed command's SARIF for the whole corpus validates."""
    exe = str(Path(sys.executable).parent / "scrub-check")
    proc = subprocess.run(
        [exe, "--format", "sarif", "corpus"], capture_output=True, text=True, cwd=REPO
    )
    assert proc.returncode == 1, proc.stderr[-300:]
    doc = json.loads(proc.stdout)
    _validate_sarif(doc)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in doc["runs"][0]["results"]
    }
    assert "corpus/cases/iot.jsonl" in uris


def test_sarif_of_a_clean_run(capsys: pytest.CaptureFixture[str]) -> None:
    """A clean run is valid SARIF too: no rules, no results, a successful invocation."""
    code, text, _ = _run(["--format", "sarif", str(EXAMPLES / "personalize-clean.json")], capsys)
    doc = json.loads(text)
    _validate_sarif(doc)
    assert code == 0 and doc["runs"][0]["results"] == []
    assert doc["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_colour_only_when_asked_or_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ANSI colour with --color always; never into a pipe, nor with NO_COLOR."""
    path = str(EXAMPLES / "forecast-create-dataset-group.json")
    _, text, _ = _run(["--color", "always", path], capsys)
    assert "\x1b[33mredact\x1b[0m" in text and "\x1b[1mPERSON\x1b[0m" in text
    _, text, _ = _run([path], capsys)
    assert "\x1b[" not in text

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    main([path], out=terminal)
    assert "\x1b[" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = Terminal()
    main([path], out=terminal)
    assert "\x1b[" not in terminal.getvalue()


def test_progress_bar_draws_on_long_runs_and_erases_itself() -> None:
    """Drawn only after the delay and on a terminal; rate-limited; erased at the end."""
    now = [0.0]
    stream = io.StringIO()
    bar = Progress(4, stream, enabled=True, delay=1.0, clock=lambda: now[0])
    bar.advance()
    assert stream.getvalue() == ""  # a short run never sees it
    now[0] = 2.0
    bar.advance()
    assert stream.getvalue().endswith("] 2/4 files")
    now[0] = 2.05
    bar.advance()
    assert "3/4" not in stream.getvalue()  # at most ten redraws a second
    bar.advance()
    assert stream.getvalue().endswith("] 4/4 files")
    bar.close()
    assert stream.getvalue().endswith("\r\x1b[K")

    quiet = io.StringIO()
    off = Progress(4, quiet, enabled=False, delay=0.0)
    for _ in range(4):
        off.advance()
    off.close()
    assert quiet.getvalue() == ""
