"""Properties over generated payloads for all five services (Hypothesis).

Each example takes a planted call from ``planted_calls`` and swaps every
planted value for a freshly generated one of the same entity and shape, so the
payload stays valid for its fields.
"""

from __future__ import annotations

import copy
import logging
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrubber import SensitiveDataError, scrub
from scrubber.producers.payload import iter_fields
from scrubber.service_models import operation_model

from planted_calls import CALLS, Call, all_strings

GIVEN = ["maria", "john", "emily", "david", "sarah", "james", "linda", "robert", "susan", "priya"]
FAMILY = ["garcia", "smith", "johnson", "miller", "wilson", "brown", "martinez", "taylor", "clark"]


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _person(draw: st.DrawFn, like: str) -> str:
    first, last = draw(st.sampled_from(GIVEN)), draw(st.sampled_from(FAMILY))
    for sep in ("_", "-", ".", " "):
        if sep in like:
            words = [first, last]
            if like[:1].isupper():
                words = [w.capitalize() for w in words]
            return sep.join(words)
    return first.capitalize() + last.capitalize()


@st.composite
def value_like(draw: st.DrawFn, entity: str, like: str) -> str:
    if entity == "PERSON":
        return _person(draw, like)
    if entity == "EMAIL_ADDRESS":
        local = f"{draw(st.sampled_from(GIVEN))}.{draw(st.sampled_from(FAMILY))}"
        return (
            f"{local}@{draw(st.sampled_from(['example.com', 'example.org', 'corp.example.net']))}"
        )
    if entity == "PHONE_NUMBER":
        n = draw(st.integers(100, 199))
        return like[: len(like) - 4] + f"0{n}"[-4:] if like[-4:].isdigit() else like
    if entity == "ACCOUNT_NUMBER":
        return draw(
            st.text(string.digits, min_size=len(like), max_size=len(like)).filter(
                lambda d: d[0] != "1" and not d.startswith(("19", "20"))
            )
        )
    if entity == "CREDIT_CARD":
        body = "4" + draw(st.text(string.digits, min_size=14, max_size=14))
        digits = body + _luhn_digit(body)
        sep = next((c for c in like if not c.isdigit()), "")
        return sep.join(digits[i : i + 4] for i in range(0, 16, 4)) if sep else digits
    if entity == "IBAN_CODE":
        bban = "WEST" + draw(st.text(string.digits, min_size=14, max_size=14))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "GB00")) % 97
        return f"GB{check:02d}{bban}"
    if entity == "US_SSN":
        area = draw(st.integers(1, 665))
        return f"{area:03d}-{draw(st.integers(1, 99)):02d}-{draw(st.integers(1, 9999)):04d}"
    return like


@st.composite
def planted_payload(draw: st.DrawFn) -> tuple[Call, dict[str, Any], list[str]]:
    call = draw(st.sampled_from(CALLS))
    swaps: dict[str, str] = {}
    for p in call.planted:
        if p.value not in swaps:
            swaps[p.value] = draw(value_like(p.entity, p.value))
    params = _swap(call.params, swaps)
    strings = all_strings(params)
    assert all(any(v in s for s in strings) for v in swaps.values()), "a value was not planted"
    return call, params, list(swaps.values())


def _swap(obj: Any, swaps: dict[str, str]) -> Any:
    """A copy of ``obj`` with each planted value replaced, in map keys too."""
    if isinstance(obj, str):
        for old, new in swaps.items():
            obj = obj.replace(old, new)
        return obj
    if isinstance(obj, list):
        return [_swap(v, swaps) for v in obj]
    if isinstance(obj, dict):
        return {_swap(k, swaps): _swap(v, swaps) for k, v in obj.items()}
    return obj


def _invalid_changed_fields(call: Call, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    op = operation_model(call.service, call.operation)
    service = op.service_model.service_name
    seen = {f.path: f.text for f in iter_fields(before, op.input_shape, service)}
    return [
        repr(f.path)
        for f in iter_fields(after, op.input_shape, service)
        if seen.get(f.path) != f.text and not f.spec.accepts(f.text)
    ]


SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@SETTINGS
@given(planted_payload())
def test_no_planted_value_survives_and_fields_stay_valid(
    example: tuple[Call, dict[str, Any], list[str]],
) -> None:
    call, params, planted = example
    original = copy.deepcopy(params)
    result = scrub(params, service=call.service, operation=call.operation)
    assert params == original, "input mutated"
    for value in planted:
        assert not any(value in s for s in all_strings(result.params)), value
    assert _invalid_changed_fields(call, params, result.params) == []


@SETTINGS
@given(planted_payload())
def test_scrub_is_idempotent(example: tuple[Call, dict[str, Any], list[str]]) -> None:
    call, params, _ = example
    once = scrub(params, service=call.service, operation=call.operation)
    twice = scrub(once.params, service=call.service, operation=call.operation)
    assert twice.findings == []
    assert twice.params == once.params


@SETTINGS
@given(example=planted_payload())
def test_reports_errors_and_logs_hold_no_planted_value(
    example: tuple[Call, dict[str, Any], list[str]], caplog: pytest.LogCaptureFixture
) -> None:
    call, params, planted = example
    caplog.set_level(logging.DEBUG)
    report = scrub(params, service=call.service, operation=call.operation, mode="report")
    scrub(params, service=call.service, operation=call.operation, policy={"rules": {"*.*": "warn"}})
    with pytest.raises(SensitiveDataError) as info:
        scrub(params, service=call.service, operation=call.operation, mode="block")
    text = repr(report) + str(info.value) + repr(info.value.findings) + caplog.text
    for value in planted:
        assert value not in text
