"""The pseudonym key: created safely, read strictly."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from scrubber import KeyFileError, Policy
from scrubber.keys import load_key


def test_key_file_created_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cfg" / "key"
    monkeypatch.setenv("FIELDGUARD_KEY_FILE", str(path))
    key = load_key(Policy())
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key(Policy()) == key


def test_env_key_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDGUARD_KEY", "x" * 40)
    assert load_key(Policy()) == b"x" * 40
    monkeypatch.setenv("FIELDGUARD_KEY", "short")
    with pytest.raises(KeyFileError, match="shorter than"):
        load_key(Policy())


def test_readable_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "key"
    path.write_text("ab" * 32)
    path.chmod(0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        load_key(Policy(key_file=str(path)))


def test_corrupt_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "key"
    path.write_text("not hex at all")
    path.chmod(0o600)
    with pytest.raises(KeyFileError, match="corrupt"):
        load_key(Policy(key_file=str(path)))


_RACE = r"""
import sys
from scrubber import Policy
from scrubber.keys import load_key
print(load_key(Policy()).hex())
"""


def test_processes_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    """Eight processes racing to create the key file all read the same key."""
    env = {**os.environ, "FIELDGUARD_KEY_FILE": str(tmp_path / "k" / "key")}
    env.pop("FIELDGUARD_KEY", None)
    procs = [
        subprocess.Popen([sys.executable, "-c", _RACE], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(8)
    ]
    keys = {p.communicate()[0].strip() for p in procs}
    assert len(keys) == 1 and len(next(iter(keys))) == 64
    assert [p.name for p in (tmp_path / "k").iterdir()] == ["key"]
