"""scrub-check: main([...]) and the installed command, over the shipped examples."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scrubber.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "examples"
PLANTED = ("maria_garcia", "maria.garcia@example.com", "david-miller", "Sup3rS3cret")


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def test_examples_report_findings_without_values() -> None:
    code, text = _run([str(EXAMPLES)])
    assert code == 1
    assert "DatasetGroupName: PERSON in name field" in text
    assert "URL_CREDENTIALS in url field" in text and "-> block" in text
    assert "5 payload(s) checked, 4 finding(s)" in text
    for value in PLANTED:
        assert value not in text


def test_json_output_is_stable_and_value_free() -> None:
    code, text = _run(["--format", "json", str(EXAMPLES / "forecast-create-dataset-group.json")])
    doc = json.loads(text)
    assert code == 1 and doc["version"] == 1 and doc["checked"] == 1
    assert {f["path"] for f in doc["findings"]} == {"DatasetGroupName", "Tags[0].Value"}
    assert set(doc["findings"][0]) == {
        "file",
        "path",
        "entity_type",
        "field_kind",
        "start",
        "end",
        "score",
        "action",
        "recognizer",
        "reason",
    }
    assert "maria" not in text


def test_clean_file_exits_zero() -> None:
    assert _run([str(EXAMPLES / "personalize-clean.json")])[0] == 0


def test_plain_params_with_service_and_operation(tmp_path: Path) -> None:
    path = tmp_path / "params.json"
    path.write_text(json.dumps({"thingName": "sensor-david-miller-01"}))
    code, text = _run(["--service", "iot", "--operation", "CreateThing", str(path)])
    assert code == 1 and "thingName: PERSON" in text


@pytest.mark.parametrize(
    "content,message",
    [
        ("{bad json", "not valid JSON (line 1, column 2)"),
        ('["jane.doe@example.com"]', "expected a JSON object"),
        ('{"thingName": "x"}', "not a self-describing payload"),
    ],
)
def test_bad_file_is_one_line_and_others_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    code, text = _run([str(bad), str(EXAMPLES / "forecast-create-dataset-group.json")])
    err = capsys.readouterr().err
    assert code == 1  # the good file's findings still count
    assert message in err and "Traceback" not in err and "jane.doe" not in err
    assert "DatasetGroupName" in text


def test_unknown_operation_and_usage_errors_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"service": "forecast", "operation": "CreateNothing", "params": {}}')
    assert _run([str(path)])[0] == 2
    assert _run([])[0] == 2
    assert _run(["--service", "iot", str(path)])[0] == 2
    assert "Traceback" not in capsys.readouterr().err


def test_explain_prints_the_classification() -> None:
    code, text = _run(["--explain", "iottwinmaker", "CreateWorkspace"])
    assert code == 0 and "workspaceId" in text and 'tags{"*"}' in text


def test_installed_command_runs() -> None:
    beside = Path(sys.executable).parent / "scrub-check"
    exe = str(beside) if beside.exists() else shutil.which("scrub-check")
    assert exe, "scrub-check is not installed (pip install -e .)"
    proc = subprocess.run([exe, str(EXAMPLES)], capture_output=True, text=True)
    assert proc.returncode == 1 and "4 finding(s)" in proc.stdout
    assert not any(v in proc.stdout + proc.stderr for v in PLANTED)
