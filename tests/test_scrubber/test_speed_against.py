"""benchmarks.speed_against: both sides' payload rows run, in turn, and no worktree is left."""

from __future__ import annotations

import subprocess

import pytest
import regex

from benchmarks.corpus import ROOT
from benchmarks.speed_against import main

_PAIR = regex.compile(r"pair (\d): HEAD (?P<old>[0-9.]+) ms, this checkout (?P<new>[0-9.]+) ms")


def _in_git_checkout() -> bool:
    found = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", "HEAD"], capture_output=True, check=False
    )
    return found.returncode == 0


# The tool checks an earlier revision out beside this one: it needs this folder's history.
pytestmark = pytest.mark.skipif(not _in_git_checkout(), reason="not a git checkout")


def _worktrees() -> list[str]:
    listing = subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "list", "--porcelain"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in listing.splitlines() if line.startswith("worktree ")]


def test_each_pair_times_both_sides_and_the_worktree_goes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _worktrees()
    assert main(["HEAD", "--pairs", "2", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    pairs = list(_PAIR.finditer(out))
    assert [m.group(1) for m in pairs] == ["1", "2"]
    assert all(float(m["old"]) > 0 and float(m["new"]) > 0 for m in pairs)
    assert "medians of medians over 2 pairs: HEAD" in out
    assert _worktrees() == before


def test_a_revision_git_does_not_know_is_refused_and_leaves_nothing() -> None:
    before = _worktrees()
    with pytest.raises(subprocess.CalledProcessError):
        main(["no-such-revision-of-fieldguard"])
    assert _worktrees() == before
