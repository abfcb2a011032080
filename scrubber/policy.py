"""Policy: what to do (block, redact, warn, allow) per field kind and entity.

Loaded by one function from ``[tool.fieldguard]`` in ``pyproject.toml`` or a
``fieldguard.toml``, validated, and held in a frozen dataclass that is passed
explicitly (no global settings: the hook runs inside multi-threaded code).

Rules are keyed ``"<field kind>.<ENTITY>"``, either part may be ``*``. The
user's rules are consulted first, then the defaults; within each, the most
specific key wins (``kind.ENTITY`` > ``kind.*`` > ``*.ENTITY`` > ``*.*``). So
``"*.*" = "warn"`` really means everything warns.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast

import regex

from recognizers import bounded
from recognizers.entities import ALL_ENTITIES, CREDENTIAL_ENTITIES, PERSONAL_ENTITIES
from scrubber.errors import ConfigError
from scrubber.findings import SCAN_FAILED
from scrubber.kinds import Action, FieldKind, Mode

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ACTIONS = tuple(a.value for a in Action)
KINDS = tuple(k.value for k in FieldKind)


def _default_rules() -> dict[str, str]:
    rules = {f"*.{e}": "block" for e in CREDENTIAL_ENTITIES}
    rules.update({f"*.{e}": "redact" for e in PERSONAL_ENTITIES})
    # Identifiers (ARNs, enums, ids) are the service's own values: only
    # credentials are looked for there. Secret fields are made for secrets.
    rules.update({f"identifier.{e}": "allow" for e in PERSONAL_ENTITIES})
    rules["secret.*"] = "allow"
    return rules


DEFAULT_RULES: Mapping[str, str] = _default_rules()

# A posture rule's level: off (not checked), warn (logged, sent), block (refused).
PostureLevel = Literal["off", "warn", "block"]
POSTURE_LEVELS: tuple[PostureLevel, ...] = ("off", "warn", "block")
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class Posture:
    """``[tool.fieldguard.posture]``: how calls reach AWS, beside what they carry.

    The defaults keep the behaviour of code that does not opt in, except
    ``tls``, which warns: a client talking plain HTTP or unverified TLS to AWS
    is worth a log line by default.
    """

    tls: PostureLevel = "warn"  # HTTPS, certificates verified, TLS >= 1.2
    fips: PostureLevel = "off"  # a FIPS endpoint
    kms: PostureLevel = "off"  # Create calls that take a customer-managed KMS key get one
    allow_plain_http: frozenset[str] = LOOPBACK_HOSTS  # hosts exempt from the TLS rule


@dataclass(frozen=True)
class Policy:
    rules: Mapping[str, str] = field(default_factory=dict)  # the user's, over DEFAULT_RULES
    allow_values: frozenset[str] = frozenset()
    allow_patterns: tuple[str, ...] = ()
    mode: str = "redact"
    score_threshold: float = 0.4
    key_file: str | None = None
    key_env: str = "FIELDGUARD_KEY"
    source: str = "defaults"
    posture: Posture = field(default_factory=Posture)
    # Derived answers, memoized: a policy is immutable, and the hook asks per field.
    _memo: dict[tuple[str, str], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __repr__(self) -> str:
        # Allow-listed values may be personal data: count them, do not show them.
        return (
            f"Policy(source={self.source!r}, mode={self.mode!r}, rules={len(self.rules)}, "
            f"allow_values={len(self.allow_values)}, allow_patterns={len(self.allow_patterns)})"
        )

    def action(self, kind: str, entity: str) -> str:
        key = (kind, entity)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._action(kind, entity)
        return str(found)

    def _action(self, kind: str, entity: str) -> str:
        if entity == SCAN_FAILED:
            return "block"
        for table in (self.rules, DEFAULT_RULES):
            for key in (f"{kind}.{entity}", f"{kind}.*", f"*.{entity}", "*.*"):
                if key in table:
                    return table[key]
        return "redact"  # an entity no rule names: the safe side of warn

    def entities_for(self, kind: str, known: frozenset[str] = ALL_ENTITIES) -> frozenset[str]:
        """Entities of ``known`` worth looking for in a field of this kind (not allowed)."""
        if known is not ALL_ENTITIES:  # a scrubber's own registry: not memoized
            return frozenset(e for e in known if self.action(kind, e) != "allow")
        key = (kind, "")
        found = self._memo.get(key)
        if found is None:
            found = frozenset(e for e in ALL_ENTITIES if self.action(kind, e) != "allow")
            self._memo[key] = found
        return frozenset(found)

    def is_allowed_value(self, text: str) -> bool:
        if text in self.allow_values:
            return True
        return any(bounded.fullmatch(_compiled(p), text) for p in self.allow_patterns)

    def merged(self, overrides: Mapping[str, Any]) -> Policy:
        """This policy with a table of the configuration's shape laid over it."""
        return _apply(self, overrides, source=f"{self.source} + per-call overrides")


_pattern_cache: dict[str, regex.Pattern[str]] = {}


def _compiled(pattern: str) -> regex.Pattern[str]:
    if pattern not in _pattern_cache:
        _pattern_cache[pattern] = regex.compile(pattern)
    return _pattern_cache[pattern]


_TOP_KEYS = {"mode", "score_threshold", "rules", "allow", "key_file", "key_env", "posture"}
_ALLOW_KEYS = {"values", "patterns"}
_POSTURE_KEYS = ("tls", "fips", "kms", "allow_plain_http")


def _apply(base: Policy, table: Mapping[str, Any], *, source: str) -> Policy:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: the fieldguard configuration must be a table")
    unknown = sorted(set(table) - _TOP_KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: unknown key {unknown[0]!r} in fieldguard configuration "
            f"(known: {', '.join(sorted(_TOP_KEYS))})"
        )
    changes: dict[str, Any] = {"source": source}
    if "mode" in table:
        mode = table["mode"]
        try:
            changes["mode"] = Mode.parse(mode).value if isinstance(mode, str) else None
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None
        if changes["mode"] is None:
            raise ConfigError(f"{source}: 'mode' must be a string")
    if "score_threshold" in table:
        value = table["score_threshold"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ConfigError(f"{source}: 'score_threshold' must be a number from 0 to 1")
        changes["score_threshold"] = float(value)
    if "rules" in table:
        changes["rules"] = {**base.rules, **_rules(table["rules"], source)}
    if "allow" in table:
        values, patterns = _allow(table["allow"], source)
        changes["allow_values"] = base.allow_values | values
        changes["allow_patterns"] = base.allow_patterns + patterns
    if "posture" in table:
        changes["posture"] = _posture(base.posture, table["posture"], source)
    for key in ("key_file", "key_env"):
        if key in table:
            if not isinstance(table[key], str) or not table[key]:
                raise ConfigError(f"{source}: {key!r} must be a non-empty string")
            changes[key] = table[key]
    return replace(base, **changes)


def _choice(value: Any, choices: tuple[str, ...], key: str, source: str) -> str:
    if value not in choices:
        raise ConfigError(f"{source}: {key!r} must be one of {', '.join(choices)}")
    return str(value)


def _posture(base: Posture, table: Any, source: str) -> Posture:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: 'posture' must be a table (tls, fips, kms, allow_plain_http)")
    unknown = sorted(set(table) - set(_POSTURE_KEYS))
    if unknown:
        raise ConfigError(
            f"{source}: unknown key 'posture.{unknown[0]}' (known: {', '.join(_POSTURE_KEYS)})"
        )
    changes: dict[str, Any] = {}
    for key in ("tls", "fips", "kms"):
        if key in table:
            level = _choice(table[key], POSTURE_LEVELS, f"posture.{key}", source)
            changes[key] = cast(PostureLevel, level)
    if "allow_plain_http" in table:
        hosts = table["allow_plain_http"]
        if not isinstance(hosts, list) or not all(isinstance(h, str) and h for h in hosts):
            raise ConfigError(f"{source}: 'posture.allow_plain_http' must be a list of host names")
        changes["allow_plain_http"] = frozenset(_host(h) for h in hosts)
    return replace(base, **changes)


def _host(name: str) -> str:
    """A host as URLs give it to us: lower case, IPv6 without brackets."""
    return name.strip().lower().removeprefix("[").removesuffix("]")


def _rules(table: Any, source: str) -> dict[str, str]:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: 'rules' must be a table of \"kind.ENTITY\" = action")
    out = {}
    for key, action in table.items():
        kind, dot, entity = str(key).partition(".")
        if not dot or (kind != "*" and kind not in KINDS):
            raise ConfigError(
                f'{source}: rule key {key!r} must be "<kind>.<ENTITY>" with kind one of '
                f"{', '.join(KINDS)} or *"
            )
        if entity != "*" and entity not in ALL_ENTITIES:
            raise ConfigError(
                f"{source}: rule key {key!r} names an unknown entity "
                f"(known: {', '.join(sorted(ALL_ENTITIES))})"
            )
        out[str(key)] = _choice(action, ACTIONS, f"rules.{key}", source)
    return out


def _allow(table: Any, source: str) -> tuple[frozenset[str], tuple[str, ...]]:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: 'allow' must be a table with 'values' and/or 'patterns'")
    unknown = sorted(set(table) - _ALLOW_KEYS)
    if unknown:
        raise ConfigError(f"{source}: unknown key 'allow.{unknown[0]}' (known: values, patterns)")
    values = table.get("values", [])
    patterns = table.get("patterns", [])
    for key, items in (("values", values), ("patterns", patterns)):
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise ConfigError(f"{source}: 'allow.{key}' must be a list of strings")
    for i, pattern in enumerate(patterns):
        try:
            _compiled(pattern)
        except regex.error:
            # The pattern may itself quote a sensitive value: name its position only.
            raise ConfigError(f"{source}: 'allow.patterns[{i}]' is not a valid regex") from None
    return frozenset(values), tuple(patterns)


def policy_from_table(table: Mapping[str, Any], *, source: str = "table") -> Policy:
    """A policy from a table shaped like ``[tool.fieldguard]``, over the defaults."""
    return _apply(Policy(), table, source=source)


def load_policy(path: str | os.PathLike[str] | None = None, *, start: Path | None = None) -> Policy:
    """Load the policy.

    ``path``: a ``fieldguard.toml`` (top-level keys) or a ``pyproject.toml``
    (``[tool.fieldguard]``). Without it: ``$FIELDGUARD_CONFIG``, else the first
    ``fieldguard.toml`` or ``pyproject.toml`` with a ``[tool.fieldguard]`` table in
    ``start`` (the current directory) or a parent; else the defaults.
    """
    if path is None and os.environ.get("FIELDGUARD_CONFIG"):
        path = os.environ["FIELDGUARD_CONFIG"]
    if path is not None:
        return _load_file(Path(path), required=True) or Policy()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("fieldguard.toml", "pyproject.toml"):
            found = _load_file(folder / name, required=False)
            if found is not None:
                return found
    return Policy()


def _load_file(path: Path, *, required: bool) -> Policy | None:
    if not path.is_file():
        if required:
            raise ConfigError(f"{path}: fieldguard configuration file not found")
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        # TOML errors quote positions, not contents; keep only the class and position.
        where = str(exc).split("(", 1)[-1].rstrip(")") if "(" in str(exc) else "unknown position"
        raise ConfigError(f"{path}: not valid TOML ({where})") from None
    except ValueError:  # after TOMLDecodeError, a subclass: Python's int-size guard
        raise ConfigError(f"{path}: not valid TOML (a number too long to read)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("fieldguard")
        if table is None:
            if required:
                raise ConfigError(f"{path}: no [tool.fieldguard] table")
            return None
        return _apply(Policy(), table, source=f"{path} [tool.fieldguard]")
    return _apply(Policy(), data, source=str(path))
