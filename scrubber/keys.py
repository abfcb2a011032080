"""The secret key behind pseudonyms.

From the environment variable the policy names (``FIELDGUARD_KEY``), else the
policy's ``key_file``, else a per-user key file created on first use with
permissions 0600. Creation is race-free across processes: the key is written
to a private temporary file and hard-linked into place, so a reader never sees
a half-written key and two starting processes agree on one key.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from scrubber.errors import KeyFileError
from scrubber.policy import Policy

MIN_KEY_BYTES = 16


def default_key_path() -> Path:
    if os.environ.get("FIELDGUARD_KEY_FILE"):
        return Path(os.environ["FIELDGUARD_KEY_FILE"])
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "fieldguard" / "key"


def load_key(policy: Policy) -> bytes:
    from_env = os.environ.get(policy.key_env)
    if from_env:
        key = from_env.encode("utf-8")
        if len(key) < MIN_KEY_BYTES:
            raise KeyFileError(
                f"${policy.key_env} is set but shorter than {MIN_KEY_BYTES} bytes; "
                "use a long random value (e.g. 64 hex characters)"
            )
        return key
    if policy.key_file:
        return _read(Path(policy.key_file).expanduser())
    path = default_key_path()
    if not path.exists():
        _create(path)
    return _read(path)


def _read(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise KeyFileError(f"key file {path} does not exist") from None
    except UnicodeDecodeError:
        text = "not hex"  # reported as corrupt below
    except OSError as exc:
        raise KeyFileError(f"key file {path} cannot be read ({exc.strerror})") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(f"key file {path} can be read by other users; run: chmod 600 {path}")
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise KeyFileError(
            f"key file {path} is corrupt (expected hex); delete it to make a new key, "
            "which changes every pseudonym"
        ) from None
    if len(key) < MIN_KEY_BYTES:
        raise KeyFileError(f"key file {path} holds a key shorter than {MIN_KEY_BYTES} bytes")
    return key


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(secrets.token_hex(32) + "\n")
                out.flush()
                os.fsync(out.fileno())
            try:
                os.link(tmp, path)  # atomic; fails if another process won the race
            except FileExistsError:
                pass
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise KeyFileError(f"cannot create key file {path} ({exc.strerror})") from None
