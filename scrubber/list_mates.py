"""Numbers a call lists beside people: a bare number among the addresses or
names a filter lists is one more person's identifier.

A Lookout for Metrics filter on a ``buyer`` dimension listing
``["dawit@kilimofresh.example", "80922906", "njeri.wambui@..."]``, a dimension
``registrado_por`` listing three names and a number: the number is the
customer's, member's or account holder's own number, which nothing in the
number itself says. Run after every field of a call has its verdict (as
:mod:`scrubber.mentions` is): items of one list, filed under the same key, are
mates; where one holds a person's data, a mate that is only a run of digits is
read as an account number. Not a date or an epoch time, a barcode (its check
digit holds), nor a number its key rules out (``order_id``, ``site``).
"""

from __future__ import annotations

from collections.abc import Hashable

import regex

from recognizers.check_digits import gtin_ok
from recognizers.financial import looks_like_time
from recognizers.pairs import numbers_by_key
from scrubber.kinds import Action
from scrubber.paths import Item, Path
from scrubber.verdicts import (
    FieldScan,
    FieldVerdict,
    Flag,
    action_for,
    free_form,
    reread,
    with_flags,
)

ENTITY = "ACCOUNT_NUMBER"
# What names or reaches a person. Not a number found: a number beside another
# (an account beside a device's IMEI) says nothing of the other.
PEOPLE = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"})
MATE_SCORE = 0.7
# Digits of a customer's number: fewer are as often a quantity, a postcode or
# a short id; more than India's longest bank accounts, no account.
_BARE_NUMBER = regex.compile(r"[0-9]{8,18}")


def with_list_mates(verdicts: list[FieldVerdict], scan: FieldScan) -> list[FieldVerdict]:
    """Each bare number listed beside a person's data, read as an account number
    (see the module's docstring). A fault blocks the field, as a scan does."""
    numbers = [i for i, verdict in enumerate(verdicts) if _bare_number(verdict)]
    if not numbers:
        return verdicts  # (most calls: nothing to read, and no path is built)
    people: set[Hashable] = {
        _list_of(verdict)
        for verdict in verdicts
        if any(f.entity_type in PEOPLE for f in verdict.flags)
    }
    people.discard(None)
    candidates = [i for i in numbers if _list_of(verdicts[i]) in people]
    if not candidates:
        return verdicts
    out = list(verdicts)
    for i in candidates:
        out[i] = reread(verdicts[i], lambda v: _as_account(v, scan))
    return out


def _list_of(verdict: FieldVerdict) -> Hashable | None:
    """Which list a field is an item of (its path with the last item's index
    left out) and the key it is filed under: mates share both. A tag list's
    items each have their own key, so tags are no mates."""
    steps = verdict.field.path.steps
    last = max((i for i, step in enumerate(steps) if isinstance(step, Item)), default=None)
    if last is None:
        return None
    listed = Path((*steps[:last], Item(None), *steps[last + 1 :]))
    return listed, verdict.field.context


def _bare_number(verdict: FieldVerdict) -> bool:
    fld = verdict.field
    return (
        not verdict.flags
        and free_form(fld.spec)
        and not fld.spec.enum
        and _BARE_NUMBER.fullmatch(fld.text) is not None
    )


def _as_account(verdict: FieldVerdict, scan: FieldScan) -> FieldVerdict:
    fld = verdict.field
    digits = fld.text
    entities = scan.policy.entities_for(fld.spec.kind.value, scan.detector.registry.entities)
    if (
        ENTITY not in entities
        or looks_like_time(digits)
        or gtin_ok(digits)
        or ENTITY in numbers_by_key(fld.context or "", digits)[0]
        or scan.policy.is_allowed_value(digits)
    ):
        return verdict
    action = action_for(scan, fld.spec.kind, ENTITY)
    if action is Action.ALLOW:
        return verdict
    return with_flags(verdict, [Flag(ENTITY, 0, len(digits), MATE_SCORE, action, "ListMate")], scan)
