"""scrub-check: main([...]) and the installed command, over the shipped examples and corpus."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scrubber.cli import build_parser, main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO / "corpus"
EXAMPLES = CORPUS / "examples"
FORECAST = EXAMPLES / "forecast-create-dataset-group.json"
PLANTED = (
    "maria_garcia",
    "maria.garcia@example.com",
    "david-miller",
    "Sup3rS3cret",
    "jane.doe@example.com",
    "john_smith",
    "555 0143",
    "Ro5rXiCsrBqW5mRaYXi5LFjHVoDU34Na",
    "David Miller",
    "david.miller@example.org",
    "7946 0958",
)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _installed() -> str:
    beside = Path(sys.executable).parent / "scrub-check"
    exe = str(beside) if beside.exists() else shutil.which("scrub-check")
    assert exe, "scrub-check is not installed (pip install -e .)"
    return exe


def _corpus_planted() -> set[str]:
    """Every value planted in the labelled corpus (none may ever be printed)."""
    values = set()
    for path in sorted((CORPUS / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                values.update(p["value"] for p in json.loads(line).get("planted", []))
    return values


def test_examples_report_findings_without_values(capsys: pytest.CaptureFixture[str]) -> None:
    """Payloads and templates of corpus/examples: findings with file:line:col, no value."""
    code, text, err = _run([str(EXAMPLES)], capsys)
    assert code == 1, err
    assert f"{FORECAST}:5:25: DatasetGroupName: PERSON in name field" in text
    assert "URL_CREDENTIALS in url field" in text and "-> block" in text
    assert "Resources.DemandGroup.Properties.DatasetGroupName.Fn::Sub: PERSON" in text
    assert "5 payload(s) and 3 template(s) checked in 6 file(s), 13 finding(s)" in text
    assert err == ""
    for value in PLANTED:
        assert value not in text


def test_clean_files_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """A clean payload and a clean template: exit 0, a summary only."""
    clean = [EXAMPLES / "personalize-clean.json", EXAMPLES / "cfn" / "lookoutmetrics-clean.yaml"]
    code, text, _ = _run([str(p) for p in clean], capsys)
    assert code == 0
    assert text == "1 payload(s) and 1 template(s) checked in 2 file(s), 0 finding(s)\n"


@pytest.mark.parametrize("operation", ["CreateThing", "create_thing", "create-thing"])
def test_plain_params_with_service_and_operation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], operation: str
) -> None:
    """Plain params and AWS CLI input files, with the API, Python or CLI operation name."""
    path = tmp_path / "params.json"
    path.write_text(json.dumps({"thingName": "sensor-david-miller-01"}))
    code, text, _ = _run(["--service", "iot", "--operation", operation, str(path)], capsys)
    assert code == 1 and f"{path}:1:15: thingName: PERSON" in text


def test_cli_input_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An AWS CLI --cli-input-yaml file is plain params in YAML."""
    path = tmp_path / "create-dataset-group.yaml"
    path.write_text(
        "DatasetGroupName: retail_demand\nDomain: RETAIL\n"
        "Tags:\n  - Key: Owner\n    Value: jane.doe@example.com\n"
    )
    argv = ["--service", "forecast", "--operation", "create-dataset-group", str(path)]
    code, text, _ = _run(argv, capsys)
    assert code == 1
    assert f"{path}:5:12: Tags[0].Value: EMAIL_ADDRESS in tag_value field" in text
    assert "jane.doe" not in text


def test_self_describing_list_and_yaml_stream(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON list of payloads and a YAML stream of them: one numbered item each."""
    call = {"service": "iot", "operation": "CreateThing", "params": {"thingName": "jane_doe_01"}}
    clean = {"service": "iot", "operation": "CreateThing", "params": {"thingName": "pump-7"}}
    listing = tmp_path / "calls.json"
    listing.write_text(json.dumps([clean, call], indent=1))
    stream = tmp_path / "calls.yaml"
    stream.write_text(
        "service: iot\noperation: CreateThing\nparams: {thingName: pump-7}\n---\n"
        "service: iot\noperation: CreateThing\nparams:\n  thingName: jane_doe_01\n"
    )
    code, text, _ = _run([str(listing), str(stream)], capsys)
    assert code == 1
    assert f"{listing}:" in text and "#1 thingName: PERSON" in text
    assert f"{stream}:8:14: #1 thingName: PERSON in name field" in text
    assert "4 payload(s)" in text


def test_corpus_lines_with_labels_are_payloads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Corpus-shaped lines (id, planted, benign, source) check as payloads; the labels are
    checked too (they hold the value) and never print."""
    line = {
        "id": "forecast-9999",
        "service": "forecast",
        "operation": "CreateDatasetGroup",
        "params": {"DatasetGroupName": "jane_doe_sales", "Domain": "RETAIL"},
        "planted": [{"path": "DatasetGroupName", "value": "jane_doe", "entity": "PERSON"}],
        "benign": [{"path": "Domain", "value": "RETAIL"}],
        "source": "synthetic",
    }
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(line) + "\n")
    code, text, err = _run(["--format", "json", str(path)], capsys)
    doc = json.loads(text)
    assert code == 1 and err == ""
    assert [f["path"] for f in doc["findings"]] == [
        "DatasetGroupName",
        '["planted"][0]["value"]',
    ]
    assert "jane_doe" not in text


def test_data_in_an_unknown_member_name_is_never_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A member the API lacks is scanned as a key; a sensitive name is shown by position."""
    params = {"thingName": "pump-7", "jane.doe@example.com": "call +1 206 555 0143"}
    path = tmp_path / "call.json"
    path.write_text(json.dumps({"service": "iot", "operation": "CreateThing", "params": params}))
    code, text, _ = _run([str(path)], capsys)
    assert code == 1
    assert "{#1}: EMAIL_ADDRESS in free_text field" in text
    assert "[#1]: PHONE_NUMBER in free_text field" in text
    assert "jane.doe" not in text and "555 0143" not in text


def test_explain_prints_the_classification(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain SERVICE OPERATION: the core's table; unknown operations are usage errors."""
    code, text, _ = _run(["--explain", "iottwinmaker", "CreateWorkspace"], capsys)
    assert code == 0 and "workspaceId" in text and 'tags{"*"}' in text
    assert _run(["--explain", "forecast", "create-dataset-group"], capsys)[0] == 0
    code, _, err = _run(["--explain", "forecast", "CreateNothing"], capsys)
    assert code == 2 and "no operation of that name" in err and "Traceback" not in err
    assert "CreateNothing" not in err  # the caller's text is never echoed


@pytest.mark.parametrize(
    "argv,message",
    [
        ([], "give at least one file or folder"),
        (["--service", "iot", "x.json"], "--service and --operation go together"),
        (["--in-place", "x.json"], "--in-place and --output go with --fix"),
        (["--fix", "--in-place", "--output", "o.json", "x.json"], "exclude each other"),
        (["--service", "iot", "--operation", "CreateNothing", "x.json"], "no operation"),
        (["--format", "xml", "x.json"], "invalid choice"),
    ],
)
def test_usage_errors_exit_two(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Usage errors: exit 2 and a one-line reason, nothing checked."""
    code, text, err = _run(argv, capsys)
    assert code == 2 and message in err and text == ""
    assert "Traceback" not in err


def test_help_and_version_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """--help documents the exit codes; --version names the tool."""
    code, _, _ = _run(["--help"], capsys)
    assert code == 0
    assert _run(["--version"], capsys)[0] == 0


def test_installed_command_over_the_corpus() -> None:
    """The installed scrub-check over corpus/: findings, exit 1, no planted value printed."""
    proc = subprocess.run([_installed(), str(CORPUS)], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr[-500:]
    assert proc.stderr == ""
    summary = proc.stdout.splitlines()[-1]
    assert "template(s) checked" in summary and "finding(s)" in summary
    shown = proc.stdout + proc.stderr
    leaked = sorted(v for v in _corpus_planted() | set(PLANTED) if v in shown)
    assert leaked == []


def test_python_dash_m_runs_the_same_command() -> None:
    """python -m scrubber is scrub-check."""
    proc = subprocess.run(
        [sys.executable, "-m", "scrubber", "--format", "json", str(FORECAST)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and json.loads(proc.stdout)["checked"] == 1


def test_pre_commit_hook_definition() -> None:
    """.pre-commit-hooks.yaml runs the installed command with options it accepts."""
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert hook["id"] == "scrub-check" and hook["language"] == "python"
    assert scripts[hook["entry"]] == "scrubber.cli:main"
    assert build_parser().parse_args([*hook["args"], "x.json"]).skip_unrecognized


def test_internal_error_exits_three_without_its_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug while checking one payload: exit 3, its type only (messages may quote values),
    and the other files are still checked."""
    from scrubber.engine import Scrubber

    real = Scrubber.scrub

    def broken(self: Scrubber, params: dict[str, object], **kw: str) -> object:
        if kw["service"] == "iot":
            raise RuntimeError("jane.doe@example.com")
        return real(self, params, **kw)

    monkeypatch.setattr(Scrubber, "scrub", broken)
    path = tmp_path / "call.json"
    path.write_text(
        json.dumps({"service": "iot", "operation": "CreateThing", "params": {"thingName": "x"}})
    )
    code, text, err = _run([str(path), str(FORECAST)], capsys)
    assert code == 3
    assert err.strip() == f"scrub-check: {path}: internal error (RuntimeError); please report it"
    assert "DatasetGroupName: PERSON" in text and "jane.doe" not in text + err
