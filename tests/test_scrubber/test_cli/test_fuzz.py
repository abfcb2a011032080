"""Fuzzing scrub() and the CLI's file parsing with Hypothesis, bounded in examples."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrubber import SensitiveDataError, scrub
from scrubber.cli import main

OPERATIONS = [
    ("forecast", "CreateDatasetGroup"),
    ("personalize", "CreateDatasetGroup"),
    ("iot", "CreateThing"),
    ("iot", "CreateTopicRule"),
    ("iottwinmaker", "CreateEntity"),
    ("lookoutmetrics", "CreateAnomalyDetector"),
]
KEYS = st.sampled_from(
    [
        "DatasetGroupName",
        "Tags",
        "tags",
        "thingName",
        "attributePayload",
        "attributes",
        "topicRulePayload",
        "actions",
        "http",
        "url",
        "headers",
        "components",
        "properties",
        "value",
        "stringValue",
        "Key",
        "Value",
        "description",
        "x",
    ]
) | st.text(max_size=12)
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=60)
    | st.binary(max_size=20)
)
TREES = st.recursive(
    LEAVES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=4),
    max_leaves=25,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.sampled_from(OPERATIONS), st.dictionaries(KEYS, TREES, max_size=6))
def test_scrub_takes_any_params_tree(op: tuple[str, str], params: dict[str, Any]) -> None:
    """Any shape of params: a result or SensitiveDataError, never another exception."""
    service, operation = op
    for mode in ("report", "redact", "block"):
        try:
            result = scrub(params, service=service, operation=operation, mode=mode)
        except SensitiveDataError as exc:
            assert exc.findings
            continue
        if mode == "report":
            assert result.params == params


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
    suffix=st.sampled_from([".json", ".jsonl", ".yaml", ".yml"]),
)
def test_cli_parses_any_file_without_crashing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, suffix: str
) -> None:
    """Any bytes in any payload file: exit 0, 1 or 2, one-line errors, no traceback."""
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    code = main([str(path)], out=io.StringIO())
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
