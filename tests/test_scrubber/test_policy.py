"""Policy loading, validation, precedence, allow-lists and per-call overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrubber import ConfigError, Policy, Scrubber, load_policy, policy_from_table, scrub


def test_safe_defaults() -> None:
    p = Policy()
    for kind in ("name", "description", "tag_key", "tag_value", "url", "free_text"):
        assert p.action(kind, "PERSON") == "redact"
        assert p.action(kind, "EMAIL_ADDRESS") == "redact"
        assert p.action(kind, "AWS_ACCESS_KEY_ID") == "block"
    assert p.action("identifier", "PERSON") == "allow"
    assert p.action("identifier", "JWT") == "block"
    assert p.action("secret", "VENDOR_TOKEN") == "allow"


def test_user_rules_come_before_defaults_most_specific_first() -> None:
    p = policy_from_table({"rules": {"*.*": "warn", "description.PERSON": "allow"}})
    assert p.action("identifier", "PERSON") == "warn"
    assert p.action("description", "PERSON") == "allow"
    assert p.action("name", "JWT") == "warn"


def test_loaded_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.fieldguard]\nmode = "block"\n'
        '[tool.fieldguard.rules]\n"tag_value.PHONE_NUMBER" = "warn"\n'
    )
    sub = tmp_path / "src" / "pkg"
    sub.mkdir(parents=True)
    p = load_policy(start=sub)
    assert p.mode == "block"
    assert p.action("tag_value", "PHONE_NUMBER") == "warn"
    assert "pyproject.toml" in p.source


def test_fieldguard_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.fieldguard]\nmode = "block"\n')
    (tmp_path / "fieldguard.toml").write_text('mode = "report"\n')
    assert load_policy(start=tmp_path).mode == "report"


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_policy(start=tmp_path).source == "defaults"


@pytest.mark.parametrize(
    "table,key",
    [
        ({"mood": "redact"}, "'mood'"),
        ({"mode": "shred"}, "'mode'"),
        ({"score_threshold": 2}, "'score_threshold'"),
        ({"rules": {"title.PERSON": "redact"}}, "'title.PERSON'"),
        ({"rules": {"name.NICKNAME": "redact"}}, "'name.NICKNAME'"),
        ({"rules": {"name.PERSON": "shred"}}, "'rules.name.PERSON'"),
        ({"allow": {"value": ["x"]}}, "'allow.value'"),
        ({"allow": {"values": "x"}}, "'allow.values'"),
        ({"allow": {"patterns": ["(unclosed"]}}, "'allow.patterns[0]'"),
        ({"key_file": 3}, "'key_file'"),
    ],
)
def test_bad_configuration_names_the_key(table: dict, key: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError) as info:
        policy_from_table(table)
    assert key in str(info.value)


def test_bad_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "fieldguard.toml"
    path.write_text('mode = "redact\nsecret = "jane.doe@example.com"\n')
    with pytest.raises(ConfigError) as info:
        load_policy(path)
    assert "not valid TOML" in str(info.value)
    assert "jane.doe" not in str(info.value)


def test_a_number_too_long_to_read_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "fieldguard.toml"
    path.write_text("score_threshold = " + "9" * 5000 + "\n")
    with pytest.raises(ConfigError, match="a number too long to read"):
        load_policy(path)


def test_missing_explicit_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_policy(tmp_path / "nope.toml")


def test_allow_list_values_and_patterns() -> None:
    """Allow-listed exact values and regexes are neither reported nor rewritten."""
    params = {
        "DatasetGroupName": "maria_garcia_sales",
        "Tags": [{"Key": "support", "Value": "support@example.com"}],
    }
    allowed = scrub(
        params,
        service="forecast",
        operation="CreateDatasetGroup",
        policy={"allow": {"values": ["maria_garcia"], "patterns": [r"support@example\.com"]}},
    )
    assert allowed.findings == [] and allowed.params == params


def test_per_call_override_changes_one_call_only(scrubber: Scrubber) -> None:
    params = {"DatasetGroupName": "maria_garcia_sales"}
    warned = scrubber.scrub(
        params,
        service="forecast",
        operation="CreateDatasetGroup",
        policy={"rules": {"name.PERSON": "warn"}},
    )
    assert warned.findings[0].action == "warn" and warned.params == params
    again = scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup")
    assert again.findings[0].action == "redact"


def test_per_call_table_lies_over_a_policy_built_in_code() -> None:
    """A Policy made in code keeps its rules under a per-call table."""
    own = Scrubber(policy_from_table({"rules": {"name.PERSON": "warn"}}, source="defaults"))
    params = {"DatasetGroupName": "maria_garcia_sales", "Domain": "RETAIL"}
    result = own.scrub(
        params, service="forecast", operation="CreateDatasetGroup", policy={"mode": "block"}
    )
    assert [f.action for f in result.findings] == ["warn"] and result.params == params


def test_policy_repr_hides_allow_values() -> None:
    p = policy_from_table({"allow": {"values": ["jane.doe@example.com"]}})
    assert "jane.doe" not in repr(p)


def test_an_overlapping_warn_entity_never_lowers_the_action() -> None:
    """'customer contact 2125551234' is an account and a phone: the severer rule wins."""
    text = "customer contact 2125551234"
    warned = Scrubber(policy_from_table({"rules": {"description.ACCOUNT_NUMBER": "warn"}}))
    assert [f.action for f in warned.scan_text(text, "description")] == ["redact"]
    blocked = Scrubber(policy_from_table({"rules": {"description.PHONE_NUMBER": "block"}}))
    assert [f.action for f in blocked.scan_text(text, "description")] == ["block"]
