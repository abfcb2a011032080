"""pre-commit runs the hook over a repository holding every kind of file.

``pre-commit try-repo`` installs this checkout into its own virtual
environment (as a user's pre-commit does from a tag), then runs the hook
with ``--all-files``: files that are neither payloads nor templates pass
quietly, and a value planted in a Terraform file fails the hook with its
file and line. Slow (the hook's environment installs the package and its
dependencies once per run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
REAL = REPO / "tests" / "fixtures" / "real"
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"

OTHER_FILES = {
    "mkdocs.yml": "site_name: Demo\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
    "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
    ".env.template": "OWNER_EMAIL=someone@example.com\n",
    "package.json": '{"name": "app", "version": "1.0.0"}\n',
    "tsconfig.json": '{\n  // options\n  "compilerOptions": {"strict": true,},\n}\n',
    "infra/other.tf": 'resource "aws_s3_bucket" "b" {\n  bucket = "logs"\n}\n',
}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def _try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)  # the hook must run from its own install
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(REPO), "scrub-check", "--all-files", "--color=never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )


@pytest.mark.skipif(shutil.which("git") is None or not PRE_COMMIT.exists(), reason="needs git")
def test_pre_commit_try_repo_over_a_repository_of_every_kind(tmp_path: Path) -> None:
    """Clean repository: the hook passes; a planted Terraform value: it fails, naming the line."""
    repo = tmp_path / "repo"
    repo.mkdir()
    for name, text in OTHER_FILES.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    shutil.copytree(REAL / "cloudformation", repo / "cfn")
    shutil.copytree(REAL / "sam", repo / "sam")
    shutil.copytree(REAL / "cdk", repo / "cdk")
    shutil.copytree(REAL / "terraform", repo / "terraform")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "fixture")
    home = tmp_path / "pre-commit-home"

    clean = _try_repo(repo, home)
    assert clean.returncode == 0, clean.stdout[-2000:] + clean.stderr[-2000:]
    assert "scrub-check" in clean.stdout and "Passed" in clean.stdout

    rule = repo / "terraform" / "awscc" / "iot_topic_rule.tf"
    text = rule.read_text().replace(
        'description = "example"', 'description = "jane.doe@example.com"'
    )
    rule.write_text(text)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "planted")
    planted = _try_repo(repo, home)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "jane.doe" in row)
    assert planted.returncode == 1
    assert f"terraform/awscc/iot_topic_rule.tf:{line}:" in planted.stdout
    assert "jane.doe" not in planted.stdout + planted.stderr
    assert "error" not in planted.stdout.lower().replace("0 error", "")
