"""Shared fixtures: the real engine, built once; models and keys kept local."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Lookout for Metrics left botocore; the package ships its model. The tests'
# own boto3 clients of it (the hook's wire tests) find it through AWS_DATA_PATH.
AWS_MODELS = REPO / "scrubber" / "data" / "models"
os.environ.setdefault("AWS_DATA_PATH", str(AWS_MODELS))


@pytest.fixture(scope="session", autouse=True)
def _key_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Pseudonym key in a temporary folder, never the developer's own."""
    path = tmp_path_factory.mktemp("fieldguard-key") / "key"
    old = os.environ.get("FIELDGUARD_KEY_FILE")
    os.environ["FIELDGUARD_KEY_FILE"] = str(path)
    os.environ.pop("FIELDGUARD_KEY", None)
    yield path
    if old is None:
        os.environ.pop("FIELDGUARD_KEY_FILE", None)
    else:
        os.environ["FIELDGUARD_KEY_FILE"] = old


@pytest.fixture(scope="session")
def scrubber(_key_file: Path):  # type: ignore[no-untyped-def]
    from scrubber import Policy, Scrubber

    return Scrubber(Policy())
