"""scrub-check --fix: redacted payloads written atomically; credentials and templates are not."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
from pathlib import Path

import pytest
import yaml

from scrubber import Policy, Scrubber
from scrubber.cli import main

EXAMPLES = Path(__file__).resolve().parents[3] / "corpus" / "examples"
FORECAST = "forecast-create-dataset-group.json"
CALLS = "iot-calls.jsonl"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _copy(tmp_path: Path, *names: str) -> list[Path]:
    return [Path(shutil.copy(EXAMPLES / name, tmp_path / name)) for name in names]


def test_fix_writes_beside_and_leaves_the_original(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --in-place the redacted payload goes to NAME.redacted.EXT; the original stays."""
    (original,) = _copy(tmp_path, FORECAST)
    before = original.read_bytes()
    code, text, err = _run(["--fix", str(original)], capsys)
    assert code == 1 and err == ""  # the original still holds the values
    written = tmp_path / "forecast-create-dataset-group.redacted.json"
    assert f"fixed: {original} -> {written} (2 value(s) redacted)" in text
    assert original.read_bytes() == before
    redacted = json.loads(written.read_text())
    assert redacted["params"]["Domain"] == "RETAIL"
    assert redacted["params"]["Tags"][1] == {"Key": "CostCenter", "Value": "CC-4411"}
    assert "maria" not in written.read_text()
    assert _run([str(written)], capsys)[0] == 0  # the redacted file checks clean


def test_fix_in_place_replaces_atomically_keeping_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--in-place: the file is replaced, its mode kept, no temporary left; exit 0 when all fixed."""
    (path,) = _copy(tmp_path, FORECAST)
    path.chmod(0o600)
    code, text, _ = _run(["--fix", "--in-place", str(path)], capsys)
    assert code == 0
    assert "DatasetGroupName: PERSON in name field [0:12] score=0.70 -> redact (fixed)" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [FORECAST]
    assert "maria" not in path.read_text()
    assert _run([str(path)], capsys)[0] == 0


def test_fix_to_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--output names where the one file's redacted payload goes."""
    (path,) = _copy(tmp_path, FORECAST)
    target = tmp_path / "out.json"
    code, _, _ = _run(["--fix", "--output", str(target), str(path)], capsys)
    assert code == 1 and target.exists() and "maria" not in target.read_text()
    (other,) = _copy(tmp_path, "personalize-clean.json")
    argv = ["--fix", "--output", str(target), str(path), str(other)]
    code, _, err = _run(argv, capsys)
    assert code == 2 and "--output takes exactly one input file" in err


def test_credentials_are_not_fixed_and_not_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A blocked value cannot be redacted: reported, exit 1, and never copied to a new file."""
    (calls,) = _copy(tmp_path, CALLS)
    code, text, _ = _run(["--fix", str(calls)], capsys)
    assert code == 1
    assert f"not fixed: {calls}#1: 1 finding(s) (1 block) cannot be redacted" in text
    assert f"not written: {calls}: holds values that cannot be redacted" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == [CALLS]


def test_json_lines_in_place_keep_untouched_records_and_extra_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines in place: the redactable record is rewritten with its labels kept; the
    blocked one and the clean one stay byte for byte; the credential still fails the run."""
    (calls,) = _copy(tmp_path, CALLS)
    lines = calls.read_text().splitlines(keepends=True)
    labelled = json.loads(lines[0])
    labelled["id"] = "iot-0001"
    lines[0] = json.dumps(labelled) + "\r\n"
    calls.write_bytes("".join(lines).encode())
    code, _, _ = _run(["--fix", "--in-place", str(calls)], capsys)
    after = calls.read_bytes().decode().splitlines(keepends=True)
    assert code == 1  # the URL credential is still there
    assert after[1:] == lines[1:]
    first = json.loads(after[0])
    assert after[0].endswith("\r\n") and first["id"] == "iot-0001"
    assert "david" not in first["params"]["thingName"]
    assert first["params"]["attributePayload"] == {"attributes": {"floor": "3"}}


def test_yaml_payload_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """YAML plain params (an AWS CLI input file) are written back as YAML."""
    path = tmp_path / "thing.yaml"
    path.write_text("thingName: sensor-david-miller-01\nattributePayload:\n  attributes: {}\n")
    argv = ["--service", "iot", "--operation", "CreateThing", "--fix", "--in-place", str(path)]
    code, _, _ = _run(argv, capsys)
    fixed = yaml.safe_load(path.read_text())
    assert code == 0 and "david" not in fixed["thingName"]
    assert fixed["attributePayload"] == {"attributes": {}}


def test_templates_are_reported_not_rewritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--fix leaves CloudFormation templates as they are and says so."""
    template = Path(shutil.copy(EXAMPLES / "cfn" / "iot-twinmaker.json", tmp_path / "t.json"))
    before = template.read_bytes()
    code, text, _ = _run(["--fix", "--in-place", str(template)], capsys)
    assert code == 1 and template.read_bytes() == before
    assert "CloudFormation templates are reported, not rewritten" in text


def test_a_failed_write_leaves_the_original_and_no_temporary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final rename fails, the original is intact, the temporary is gone, exit 2."""
    (path,) = _copy(tmp_path, FORECAST)
    before = path.read_bytes()

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = _run(["--fix", "--in-place", str(path)], capsys)
    assert code == 1  # the findings are still there
    assert f"cannot write {path} (Permission denied)" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [FORECAST]


def test_fixing_a_corpus_file_leaves_no_planted_value_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--fix --in-place over real corpus lines: no rewritten record keeps a planted value
    in its params, nor in its other keys (the labels, which hold the values too) one
    that is sensitive standing alone: a number known as an account only by its label
    ("acct_9717153144020412" in a name) is, alone, an unlabelled serial."""
    alone = Scrubber(Policy())
    source = EXAMPLES.parent / "cases" / "forecast.jsonl"
    path = Path(shutil.copy(source, tmp_path / "forecast.jsonl"))
    before = path.read_text(encoding="utf-8").splitlines()
    code, text, err = _run(["--fix", "--in-place", str(path)], capsys)
    after = path.read_text(encoding="utf-8").splitlines()
    assert code in (0, 1) and err == "" and len(after) == len(before)
    rewritten = [
        (json.loads(b), json.loads(a)) for b, a in zip(before, after, strict=True) if a != b
    ]
    assert rewritten, "nothing was redacted"
    for old, new in rewritten:
        assert list(new) == list(old) and new["id"] == old["id"]
        params = json.dumps(new["params"], ensure_ascii=False)
        assert not [p["entity"] for p in old["planted"] if p["value"] in params], old["id"]
        line = json.dumps(new, ensure_ascii=False)
        left = [p for p in old["planted"] if p["value"] in line]
        assert not [p["entity"] for p in left if alone.scan_text(p["value"], "free_text")]
    assert "fixed: " in text


def test_other_keys_of_a_self_describing_payload_are_checked_and_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Notes and labels beside "params" are not sent, but they are in the file that
    --fix writes: they are checked as free text, keys included, and redacted in place."""
    email, name, key = "jane.doe@example.com", "Jane Doe", "owner.jones@example.org"
    payload = {
        "id": "case-7",
        "service": "forecast",
        "operation": "CreateDatasetGroup",
        "params": {"DatasetGroupName": "sales", "Domain": "RETAIL"},
        "note": f"ask {email}",
        "labels": [{"value": name}],
        key: "a key that is data",
    }
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    code, text, err = _run(["--format", "json", str(path)], capsys)
    assert code == 1 and err == ""
    for secret in (email, name, key, "Jane", "jones"):
        assert secret not in text
    found = {(f["path"], f["entity_type"]) for f in json.loads(text)["findings"]}
    assert found == {
        ('["note"]', "EMAIL_ADDRESS"),
        ('["labels"][0]["value"]', "PERSON"),
        ("{#6}", "EMAIL_ADDRESS"),
    }
    code, text, err = _run(["--fix", "--in-place", str(path)], capsys)
    fixed = json.loads(path.read_text(encoding="utf-8"))
    assert list(fixed)[:6] == ["id", "service", "operation", "params", "note", "labels"]
    assert fixed["id"] == "case-7" and fixed["params"] == payload["params"]
    assert fixed[list(fixed)[6]] == "a key that is data"
    everything = json.dumps(fixed)
    assert not [s for s in (email, name, key) if s in everything]
