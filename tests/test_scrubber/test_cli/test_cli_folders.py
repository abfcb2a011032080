"""Folder scans over real-looking repositories: quiet about other files, complete about ours."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scrubber.cli import main

EMAIL = "jane.doe@example.com"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(["--no-progress", *argv], out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _payload(name: str) -> dict[str, object]:
    return {"service": "iot", "operation": "CreateThing", "params": {"thingName": name}}


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


# Files every repository holds that are neither payloads nor templates.
OTHER_FILES = {
    "mkdocs.yml": (
        "site_name: Demo\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n"
    ),
    ".env.template": f"OWNER_EMAIL={EMAIL}\nAPI_URL=https://example.com\n",
    "package.json": '{"name": "app", "version": "1.0.0"}',
    # Every item was an error line of its own: 2,465 of them in one real repository.
    "data/products.yaml": "".join(f"- {{id: {i}, name: product {i}}}\n" for i in range(300)),
    ".github/workflows/ci.yml": "on: push\njobs: {build: {runs-on: ubuntu-latest}}\n",
    "helm/templates/deploy.yaml": "metadata:\n  name: {{ .Values.name }}\n  {{- if x }}\n",
    "docs/logo.json": "\x00\x01binary",
    "tsconfig.json": '{\n  // compiler options\n  "compilerOptions": {"strict": true,},\n}\n',
}


def test_other_files_are_skipped_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No error line for files that are neither payloads nor templates; counted in the summary."""
    _write(tmp_path, OTHER_FILES)
    code, text, err = _run([str(tmp_path)], capsys)
    assert (code, err) == (0, "")
    assert f"{len(OTHER_FILES)} file(s) skipped" in text
    assert "skipped:" not in text and EMAIL not in text


def test_verbose_lists_skipped_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--verbose names each skipped file and why, never its content."""
    _write(tmp_path, OTHER_FILES)
    code, text, _ = _run(["--verbose", str(tmp_path)], capsys)
    listed = sorted(
        line.split(": ")[1] for line in text.splitlines() if line.startswith("skipped:")
    )
    assert listed == sorted(str(tmp_path / name) for name in OTHER_FILES)
    assert code == 0 and EMAIL not in text
    doc = json.loads(_run(["--format", "json", str(tmp_path)], capsys)[1])
    assert len(doc["skipped_files"]) == len(OTHER_FILES)


def test_pre_commit_style_named_files_are_skipped_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pre-commit names each file, with --skip-unrecognized: the same files are skipped."""
    _write(tmp_path, OTHER_FILES)
    named = [str(tmp_path / name) for name in OTHER_FILES]
    code, text, err = _run(["--skip-unrecognized", *named], capsys)
    assert (code, err) == (0, "")
    assert f"{len(OTHER_FILES)} file(s) skipped" in text
    # Named without the flag, a file must be a payload or a template.
    assert _run([str(tmp_path / "package.json")], capsys)[0] == 2


def test_our_files_are_found_in_any_case_and_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Upper-case suffixes, JSON with comments, JSON Lines named .json: all checked."""
    payload = _payload("jane_doe_01")
    _write(
        tmp_path,
        {
            "CALLS.YAML": f"service: iot\noperation: CreateThing\nparams: {{thingName: {EMAIL}}}\n",
            "Call.Json": json.dumps(payload),
            "commented.json": "// one call\n" + json.dumps(payload, indent=1)[:-1] + ",\n}\n",
            "calls.json": json.dumps(payload) + "\n" + json.dumps(_payload("ok-1")) + "\n",
            "stack.TEMPLATE": (
                "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n"
                f"    Type: AWS::IoT::Thing\n    Properties: {{ThingName: {EMAIL}}}\n"
            ),
        },
    )
    code, text, err = _run(["--format", "json", str(tmp_path)], capsys)
    doc = json.loads(text)
    where = sorted((Path(f["file"]).name, f["line"]) for f in doc["findings"])
    assert where == [
        ("CALLS.YAML", 3),
        ("Call.Json", 1),
        ("calls.json", 1),
        ("commented.json", 6),
        ("stack.TEMPLATE", 5),
    ]
    assert (code, err, doc["skipped_files"]) == (1, "", [])


def test_broken_files_that_claim_to_be_ours_keep_one_error_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A template or payload that cannot be checked is an error: one line per file."""
    _write(
        tmp_path,
        {
            "broken-template.yaml": (
                "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A: [1]\n  B: x\n  C: 3\n"
            ),
            "unparsable-template.yaml": "Resources:\n  T:\n    Type: AWS::IoT::Thing\n  x: [\n",
            "payloads.yaml": "".join(
                f"- service: iot\n  operation: CreateThing\n  params: [{i}]\n" for i in range(5)
            ),
            "package.json": '{"name": "app"}',
        },
    )
    code, text, err = _run([str(tmp_path)], capsys)
    lines = err.splitlines()
    assert code == 2 and len(lines) == 3
    assert sorted(line.split(": ")[1].split(":")[0].split("#")[0] for line in lines) == [
        str(tmp_path / "broken-template.yaml"),
        str(tmp_path / "payloads.yaml"),
        str(tmp_path / "unparsable-template.yaml"),
    ]
    assert any("(and 4 more in this file)" in line for line in lines)
    assert "1 file(s) skipped" in text
