"""The corpus files of credentials and numbers (corpus/generate_secrets.py) pass the same
checks as the service files: valid against the real models, every string leaf labeled."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import test_corpus as checks

from corpus import generate_secrets

FILES = sorted(
    [*checks.CASES_DIR.glob("secrets-*.jsonl"), *checks.CASES_DIR.glob("numbers-*.jsonl")]
)


def _cases() -> list[dict]:
    out = []
    for path in FILES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            case = json.loads(line)
            case["_file"] = f"{path.name}:{n}"
            out.append(case)
    return out


CASES = _cases()
CHECKS = [
    checks.test_case_shape,
    checks.test_params_pass_botocore_validation,
    checks.test_string_leaves_satisfy_their_shapes,
    checks.test_planted_values_are_in_their_fields,
    checks.test_every_string_leaf_is_labeled,
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
def test_case(case: dict, check) -> None:  # type: ignore[no-untyped-def]
    check(case)


def test_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    """The committed files are the generator's output (regenerate after changing it)."""
    generate_secrets.main(["--out", str(tmp_path)])
    for path in FILES:
        assert (tmp_path / path.name).read_text(encoding="utf-8") == path.read_text("utf-8")


def test_ids_unique_and_hard_negatives_beside_every_file() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for path in FILES:
        cases = [c for c in CASES if c["_file"].startswith(path.name)]
        assert sum(not c["planted"] for c in cases) >= 10, path.name


def test_generator_is_deterministic() -> None:
    a = list(generate_secrets.credential_samples(random.Random(1)))
    assert a == list(generate_secrets.credential_samples(random.Random(1)))
