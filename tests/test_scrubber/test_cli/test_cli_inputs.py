"""scrub-check's inputs: folders and globs, limits, and bad files that never stop the run."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from scrubber.cli import inputs as cli_inputs
from scrubber.cli import main
from scrubber.cli.inputs import Selection, discover

EXAMPLES = Path(__file__).resolve().parents[3] / "corpus" / "examples"
GOOD = EXAMPLES / "forecast-create-dataset-group.json"
SECRET = "jane.doe@example.com"  # planted in every bad file: must never be echoed


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _payload(value: str) -> str:
    params = {"thingName": value}
    return json.dumps({"service": "iot", "operation": "CreateThing", "params": params})


# Each bad input, and the one-line error it must get. All of them name the file.
BAD_INPUTS: list[tuple[str, bytes, str]] = [
    ("malformed.json", b'{"thingName": "' + SECRET.encode() + b'",, }', "not valid JSON (line 1"),
    ("malformed.yaml", f"a: [{SECRET}\nb: }}".encode(), "not valid YAML (ParserError, line 2"),
    ("tabs.yaml", f"a:\n\t- {SECRET}\n".encode(), "not valid YAML (ScannerError, line 2"),
    # Read as plain data (a list), never constructed: no object, no call.
    (
        "python-tag.yaml",
        f"!!python/object/apply:os.system ['{SECRET}']".encode(),
        "expected a JSON object",
    ),
    ("binary.json", b'{"a": "\x00' + SECRET.encode() + b'"}', "binary file"),
    ("latin1.json", f'{{"a": "é {SECRET}"}}'.encode("latin-1"), "not UTF-8 text"),
    ("empty.json", b"", "not valid JSON (line 1, column 1)"),
    ("deep.json", b"[" * 101 + b"]" * 101, "nested deeper than 100 levels"),
    ("very-deep.json", b"[" * 100_000 + b"]" * 100_000, "nested deeper than 100 levels"),
    # libyaml's composer recurses in C: this one crashed Python before the event check.
    ("very-deep.yaml", b"[" * 100_000 + b"]" * 100_000, "nested deeper than 100 levels"),
    ("recursive.yaml", b"a: &a [*a]\n", "recursive alias at line 1"),
    (
        "laughs.yaml",
        (
            b'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
            + b"".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 10)}]\n".encode()
                for i in range(8)
            )
        ),
        "expands to more than 1000000 values",
    ),
    (
        "duplicate.json",
        b'{"service":"iot","operation":"CreateThing","params":{"thingName":"'
        + SECRET.encode()
        + b'","thingName":"ok"}}',
        "duplicate key in a JSON object",
    ),
    (
        "duplicate.yaml",
        f"params:\n  thingName: {SECRET}\n  thingName: ok\n".encode(),
        "duplicate key at line 3, column 3",
    ),
    ("not-object.json", json.dumps([SECRET]).encode(), "expected a JSON object"),
    ("plain.json", json.dumps({"thingName": SECRET}).encode(), "not a self-describing payload"),
    (
        "unknown-service.json",
        json.dumps({"service": "nosuch", "operation": "X", "params": {}}).encode(),
        "unknown AWS service: botocore has no model of that name",
    ),
    (
        "unknown-operation.json",
        json.dumps({"service": "iot", "operation": SECRET, "params": {}}).encode(),
        "service 'iot' has no operation of that name",
    ),
    # Python refuses to read integers of over 4300 digits (a ValueError, not a crash).
    ("huge-int.json", b'{"thingName": ' + b"9" * 5000 + b"}", "a number of over 4300 digits"),
    ("huge-int.yaml", b"thingName: " + b"9" * 5000 + b"\n", "a number of over 4300 digits"),
    (
        "huge-hex.yaml",
        b"service: iot\noperation: CreateThing\nparams: {thingName: x, attributePayload: "
        b"{attributes: {a: 0x" + b"f" * 4000 + b"}}}\n",
        "a number of over 4300 digits at line 3",
    ),
    # Base-60 integers take quadratic time to build: refused by their length first.
    ("huge-sexagesimal.yaml", b"a: 1" + b":59" * 400_000 + b"\n", "a number of over 4300 digits"),
    (
        "huge-int.jsonl",
        b'{"service": "iot", "operation": "CreateThing", "params": {"n": ' + b"9" * 5000 + b"}}\n",
        "a number of over 4300 digits",
    ),
    (
        "params-not-object.json",
        json.dumps({"service": "iot", "operation": "CreateThing", "params": [SECRET]}).encode(),
        '"params" must be an object',
    ),
]


@pytest.mark.parametrize("name,content,message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_file_is_one_line_and_others_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    """A bad file: one line naming it, no traceback, no content; the good file still counts."""
    bad = tmp_path / name
    bad.write_bytes(content)
    code, text, err = _run([str(bad)], capsys)
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"scrub-check: {bad}") and message in lines[0]
    assert "Traceback" not in err and SECRET not in err + text

    code, text, err = _run([str(bad), str(GOOD)], capsys)
    assert code == 1  # findings win over input errors; both fail the run
    assert "DatasetGroupName: PERSON" in text and message in err


def test_too_large_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file over the size cap is refused before it is read."""
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    code, _, err = _run([str(big)], capsys)
    assert code == 2 and "larger than the 10485760-byte limit" in err


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist is an input error; the others are checked."""
    code, text, err = _run([str(tmp_path / "nope"), str(GOOD)], capsys)
    assert code == 1 and f"{tmp_path / 'nope'}: no such file or folder" in err
    assert "DatasetGroupName" in text


def test_bad_json_lines_record_keeps_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines: a malformed record is reported at its line; the other records are checked."""
    path = tmp_path / "calls.jsonl"
    path.write_text(
        _payload("pump-7") + "\n\n{bad " + SECRET + "\n" + _payload("jane_doe_01") + "\n"
    )
    code, text, err = _run([str(path)], capsys)
    assert code == 1
    assert err.strip() == f"scrub-check: {path}:3: not valid JSON (column 2)"
    assert f"{path}:4:" in text and "#2 thingName: PERSON" in text


def test_yaml_dates_stay_strings_and_other_tags_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """YAML: no implicit dates; another tool's tag keeps its value, which is still checked."""
    path = tmp_path / "calls.yaml"
    path.write_text(
        "service: forecast\noperation: CreateDatasetGroup\nparams:\n"
        "  DatasetGroupName: !Include jane_doe_sales\n  Domain: RETAIL\n"
        "  Tags: [{Key: created, Value: 2024-01-02}]\n"
    )
    code, text, err = _run(["--format", "json", str(path)], capsys)
    doc = json.loads(text)
    assert code == 1 and err == ""
    assert [f["path"] for f in doc["findings"]] == ["DatasetGroupName"]


def test_skip_unrecognized(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--skip-unrecognized: package.json-like files are counted as skipped, not errors."""
    (tmp_path / "package.json").write_text('{"name": "app", "version": "1.0.0"}')
    (tmp_path / "call.json").write_text(_payload("jane_doe_01"))
    code, text, err = _run(["--skip-unrecognized", str(tmp_path / "package.json")], capsys)
    assert code == 0 and err == ""
    assert "1 file(s) skipped" in text
    assert _run([str(tmp_path / "package.json")], capsys)[0] == 2


def test_folders_are_searched_with_include_and_exclude_globs(tmp_path: Path) -> None:
    """Folders recurse; default globs pick payload suffixes; excludes prune folders and files."""
    for name in (
        "a.json",
        "b.yaml",
        "c.txt",
        "sub/d.jsonl",
        "sub/e.template",
        "node_modules/f.json",
        ".git/g.json",
        "fixtures/h.json",
        "sub/fixtures/i.yml",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")

    def found(selection: Selection, *paths: Path) -> list[str]:
        out = []
        for p in discover(list(paths) or [tmp_path], selection):
            assert isinstance(p, Path)
            out.append(p.relative_to(tmp_path).as_posix())
        return out

    assert found(Selection()) == [
        "a.json",
        "b.yaml",
        "fixtures/h.json",
        "sub/d.jsonl",
        "sub/e.template",
        "sub/fixtures/i.yml",
    ]
    excluded = Selection(exclude=(*cli_inputs.DEFAULT_EXCLUDE, "fixtures", "*.template"))
    assert found(excluded) == ["a.json", "b.yaml", "sub/d.jsonl"]
    assert found(Selection(include=("sub/*.jsonl",))) == ["sub/d.jsonl"]
    # Named files are always checked, once, whatever the globs.
    assert found(Selection(include=("*.yaml",)), tmp_path / "c.txt", tmp_path / "c.txt") == [
        "c.txt"
    ]


def test_exclude_option_and_unsniffed_suffixes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--exclude leaves files out; a named file of another suffix is sniffed as JSON or YAML."""
    (tmp_path / "skip").mkdir()
    (tmp_path / "skip" / "call.json").write_text(_payload("jane_doe_01"))
    named = tmp_path / "call.txt"
    named.write_text("service: iot\noperation: CreateThing\nparams: {thingName: jane_doe_01}\n")
    code, text, _ = _run(["--exclude", "skip", str(tmp_path)], capsys)
    assert code == 0 and "0 payload(s)" in text
    code, text, _ = _run([str(named)], capsys)
    assert code == 1 and "thingName: PERSON" in text


def test_installed_command_over_bad_inputs(tmp_path: Path) -> None:
    """The installed command: every bad file named gets its line, exit 2, and no traceback."""
    for name, content, _ in BAD_INPUTS:
        (tmp_path / name).write_bytes(content)
    exe = Path(sys.executable).parent / "scrub-check"
    named = [str(tmp_path / name) for name, _, _ in BAD_INPUTS]
    proc = subprocess.run([str(exe), *named], capture_output=True, text=True)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == len(BAD_INPUTS)
    for (name, _, message), line in zip(sorted(BAD_INPUTS), sorted(lines), strict=True):
        assert line.startswith(f"scrub-check: {tmp_path / name}") and message in line
    assert "Traceback" not in proc.stderr and SECRET not in proc.stdout + proc.stderr
