"""One verdict per field: allow-lists, keyed secrets, detection, policy and the
replacement, decided in one function with one fail-closed boundary.

:func:`scan_field` never raises: anything that raises or runs out of time in
it makes the field ``SCAN_FAILED``, whose action is always block. Which hits
count is decided by small named filters (:data:`HIT_FILTERS`), as in
detect-secrets: each takes a hit and the field's scan and says whether to drop it.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import regex

from recognizers.joined_people import joined_beside
from recognizers.listed_people import listed_beside
from recognizers.normalize import needs_normalizing, normalize, plain, to_normalized, to_original
from recognizers.pairs import (
    card_by_key,
    has_person_label,
    inline_pairs,
    labelled_other,
    may_file_account,
    may_file_phone,
    names_a_person,
    names_a_thing,
    numbers_by_key,
    person_by_key,
    person_columns,
    person_span,
    phone_after_name,
    phone_by_key,
    secret_by_key,
)
from recognizers.person import complete_name, named_thing, written_apart
from recognizers.personal import extension_end
from recognizers.secret_labels import is_placeholder
from recognizers.tables import table_cells
from scrubber.common_words import is_common
from scrubber.detection import Detector, Hit
from scrubber.errors import ConfigError
from scrubber.fields import Field, FieldSpec, Role
from scrubber.findings import SCAN_FAILED, Finding
from scrubber.kinds import Action, FieldKind, Mode
from scrubber.paths import Path
from scrubber.policy import Policy
from scrubber.redaction import Pseudonymizer, Span

T = TypeVar("T")

# The service's own ids and tokens look random: only sure matches count there.
IDENTIFIER_MIN_SCORE = 0.8
# The longest free-form strings AWS takes are 32 KiB (IoT job documents): a
# longer value is refused rather than scanned for seconds.
MAX_SCAN_CHARS = 65536


_SEVERITY = {Action.WARN: 1, Action.REDACT: 2, Action.BLOCK: 3}


@dataclass(frozen=True)
class Flag:
    """One sensitive span of a field, with what is done about it."""

    entity_type: str
    start: int
    end: int
    score: float
    action: Action
    recognizer: str = ""
    reason: str = ""


@dataclass(frozen=True)
class FieldVerdict:
    """What was found in one field and what is to be sent instead, if anything."""

    field: Field = dataclasses.field(repr=False)
    flags: tuple[Flag, ...] = ()
    # The rewritten text (redact mode, every redaction fitted), else None.
    replacement: str | None = dataclasses.field(default=None, repr=False)
    # A key may be shown in paths only if nothing at all is found in it.
    showable: bool = True

    @property
    def blocks(self) -> bool:
        return any(f.action is Action.BLOCK for f in self.flags)

    def findings(self, hidden: Collection[Path] = (), *, label: str | None = None) -> list[Finding]:
        """The findings of this field; its path rendered with ``hidden`` keys by position."""
        if not self.flags or self.field.role is Role.LABEL:
            return []
        path = label if label is not None else self.field.path.render(hidden)
        locator = self.field.path.locator(hidden)
        return [
            Finding(
                path,
                f.entity_type,
                self.field.spec.kind.value,
                f.start,
                f.end,
                f.score,
                f.action.value,
                f.recognizer,
                self.field.note or f.reason,
                location=locator,
            )
            for f in self.flags
        ]


def findings_once(pairs: Sequence[tuple[Field, T]], scan: FieldScan) -> list[tuple[Finding, T]]:
    """One verdict per field, and its findings with what came with its field.

    A value reached from several places (a template parameter, a Terraform
    variable) is reported once: the first time its path, entity and span occur.
    """
    verdicts = [scan_field(fld, scan) for fld, _ in pairs]
    hidden = hidden_keys(verdicts)
    found: dict[tuple[str, str, int, int], tuple[Finding, T]] = {}
    for verdict, (_, extra) in zip(verdicts, pairs, strict=True):
        for f in verdict.findings(hidden):
            found.setdefault((f.path, f.entity_type, f.start, f.end), (f, extra))
    return list(found.values())


def hidden_keys(verdicts: Collection[FieldVerdict]) -> frozenset[Path]:
    """Paths of the keys that must be shown by position."""
    return frozenset(
        v.field.path for v in verdicts if v.field.role is not Role.VALUE and not v.showable
    )


@dataclass
class FieldScan:
    """What one run's verdicts share: the policy, the detector, the mode, the deadline."""

    policy: Policy
    detector: Detector
    mode: Mode
    # Built on the first redaction only: it reads (or creates) the key file.
    pseudonymizer: Callable[[], Pseudonymizer]
    deadline: float | None = None  # time.monotonic() past which fields are not scanned


# ---- filters: small named predicates on one hit ------------------------------


def is_unsure_in_identifier(hit: Hit, kind: FieldKind, text: str, scan: FieldScan) -> bool:
    """ARNs, ids and tokens of the service look random: only sure matches count."""
    return kind is FieldKind.IDENTIFIER and hit.score < IDENTIFIER_MIN_SCORE


def is_allow_listed(hit: Hit, kind: FieldKind, text: str, scan: FieldScan) -> bool:
    """The policy allows this exact value (or a pattern matches it)."""
    return scan.policy.is_allowed_value(text[hit.start : hit.end])


# A vendor token's prefix ("xoxb-", "ghp_", "sk_live_") before its body.
_TOKEN_PREFIX = regex.compile(r"^[A-Za-z]{2,8}(?:[_\-][A-Za-z]{2,6})?[_\-]")
_BARE_VARIABLE = regex.compile(r"\$[A-Za-z_][A-Za-z0-9_]*")


def is_placeholder_credential(hit: Hit, kind: FieldKind, text: str, scan: FieldScan) -> bool:
    """A credential that only stands in for one: ``xoxb-your-token-here``,
    ``svc:${DB_PASSWORD}`` in a URL (a user name is no secret without its
    password), ``<YOUR_TOKEN>`` as a query parameter."""
    if hit.entity_type not in scan.detector.registry.credential_entities:
        return False
    found = text[hit.start : hit.end].strip()
    if hit.entity_type == "URL_CREDENTIALS":
        user, colon, password = found.partition(":")
        return is_placeholder(password if colon else user)
    if is_placeholder(found):
        return True
    rest = _TOKEN_PREFIX.sub("", found, count=1)
    # After a prefix, a bare "$name" is a "$" inside the secret ("Pass_$word1",
    # "Abc-$A00x"); a template's variable is written in braces ("xoxb-${TOKEN}").
    return rest != found and is_placeholder(rest) and _BARE_VARIABLE.fullmatch(rest) is None


def is_labelled_other(hit: Hit, kind: FieldKind, text: str, scan: FieldScan) -> bool:
    """A phone or account number found right after a label that files
    something else: a company registry's or a tax office's ("Dostawca NIP
    873-875-18-86", "ИНН 8588198739"), an order's or a ticket's ("ticket
    1762401234567"). A firm's registration or a document's number reads as a
    phone or an account."""
    return hit.entity_type in _REGISTERED and labelled_other(text, hit.start, hit.entity_type)


_REGISTERED = frozenset({"PHONE_NUMBER", "ACCOUNT_NUMBER"})
HitFilter = Callable[[Hit, FieldKind, str, FieldScan], bool]
HIT_FILTERS: tuple[HitFilter, ...] = (
    is_unsure_in_identifier,
    is_allow_listed,
    is_placeholder_credential,
    is_labelled_other,
)


# ---- the verdict ---------------------------------------------------------------


class _NotScanned(Exception):
    """A field the scan refused to read (why is the message)."""


def scan_field(fld: Field, scan: FieldScan) -> FieldVerdict:
    """The verdict on one field. Never raises: a fault blocks the field."""
    if not fld.readable:
        return failed(fld, "a stream, which cannot be read unconsumed")
    try:
        return _verdict(fld, scan)
    except _NotScanned as exc:
        return failed(fld, str(exc))
    except ConfigError:
        raise  # a broken key file or policy is the user's to fix, named as such
    except Exception as exc:  # any fault, detection or allow-list alike: fail closed
        return failed(fld, f"{type(exc).__name__} while scanning")


def failed(fld: Field, why: str) -> FieldVerdict:
    """A field that could not be scanned: never sent as it is, never shown."""
    reason = f"not scanned ({why}); the field is not sent"
    flag = Flag(SCAN_FAILED, 0, len(fld.text), 1.0, Action.BLOCK, reason=reason)
    return FieldVerdict(fld, (flag,), showable=False)


def reread(verdict: FieldVerdict, read: Callable[[FieldVerdict], FieldVerdict]) -> FieldVerdict:
    """``read(verdict)``: a call-wide reading of a field already scanned (a
    mention, a list mate). A fault blocks the field, as in :func:`scan_field`."""
    try:
        return read(verdict)
    except ConfigError:
        raise
    except Exception as exc:  # fail closed, as a scan does
        return failed(verdict.field, f"{type(exc).__name__} while scanning")


def with_flags(verdict: FieldVerdict, new: Sequence[Flag], scan: FieldScan) -> FieldVerdict:
    """``verdict`` with ``new`` flags merged into its own and its replacement
    chosen again: what a call-wide reading found in the field."""
    fld = verdict.field
    merged = merge_overlaps([*verdict.flags, *new], scan.detector.registry.credential_entities)
    flags, replacement = replaced(fld, merged, scan)
    return replace(verdict, flags=flags, replacement=replacement, showable=fld.role is Role.VALUE)


def _verdict(fld: Field, scan: FieldScan) -> FieldVerdict:
    flags = _flags(fld, scan)
    showable = fld.role is Role.VALUE or (
        not flags and _fit_to_print(fld.text, scan, words=fld.role is Role.KEY)
    )
    if fld.role is Role.LABEL:
        return FieldVerdict(fld, flags, showable=showable)
    flags, replacement = replaced(fld, flags, scan)
    return FieldVerdict(fld, flags, replacement, showable)


def _fit_to_print(text: str, scan: FieldScan, *, words: bool) -> bool:
    """A key fit to print holds no entity at all (the policy may allow sending a
    value to AWS; that is not leave to print it in logs). A map key, which is
    data, must also be made of common words (``scrubber.common_words``: a name
    the detector misses is rarely one); a label (a template's parameter name)
    is the author's identifier and need not."""
    try:
        if words and not is_common(text):
            return False
        return not scan.detector.detect(text, scan.detector.registry.entities, 0.0)
    except Exception:  # unsure: show the position
        return False


def _flags(fld: Field, scan: FieldScan) -> tuple[Flag, ...]:
    policy, value = scan.policy, fld.text
    kind, offset, text = fld.spec.kind, 0, value
    arn_service = _arn_service(value) if kind is FieldKind.IDENTIFIER else None
    if arn_service is not None and arn_service == fld.arn_service:
        # An ARN of the called service names a resource created through it:
        # check the name as a name, so CreateX then DescribeX by ARN meet the
        # redacted name. ARNs of other services (IAM roles, buckets) name
        # resources made elsewhere: rewriting them would break the call.
        offset = _arn_resource_start(value)
        text, kind = value[offset:], FieldKind.NAME
    entities = policy.entities_for(kind.value, scan.detector.registry.entities)
    if not entities or not text or policy.is_allowed_value(value):
        return ()
    if scan.deadline is not None and time.monotonic() > scan.deadline:
        raise _NotScanned("the scan's time ran out")
    if len(text) > MAX_SCAN_CHARS:
        raise _NotScanned(f"longer than {MAX_SCAN_CHARS} characters")
    hits = scan.detector.detect(text, entities, policy.score_threshold)
    by_key = _keyed_secret(fld, offset, hits, scan)
    if by_key is not None:
        hits.append(by_key)
    read_plain = _read_by_keys_plain(fld, hits, entities) if offset == 0 else []
    hits = _read_by_keys(fld, offset, text, hits, entities) + read_plain
    out: list[Flag] = []
    for hit in hits:
        if any(drop(hit, kind, text, scan) for drop in HIT_FILTERS):
            continue
        action = action_for(scan, kind, hit.entity_type)
        if action is Action.ALLOW:
            continue
        end = extension_end(text, hit.end) if hit.entity_type == "PHONE_NUMBER" else hit.end
        out.append(
            Flag(
                hit.entity_type,
                hit.start + offset,
                end + offset,
                float(hit.score),
                action,
                hit.recognizer,
            )
        )
    return merge_overlaps(out, scan.detector.registry.credential_entities)


def _read_by_keys(
    fld: Field, offset: int, text: str, hits: list[Hit], entities: Collection[str]
) -> list[Hit]:
    """``hits`` with what the keys beside and inside the value say of it: the
    numbers and names they file, and the ones beside names found."""
    hits = _keyed_numbers(fld, offset, hits, entities)
    # The text's own key/value pairs, read at most once for the phones' and the
    # names' keys (most texts are read for neither).
    pairs: list[list[tuple[str, int, int]]] = []
    hits = _inline_numbers(fld, offset, hits, entities, pairs)
    hits = _keyed_names(fld, offset, hits, entities, pairs)
    hits = _beside_names(text, hits)
    hits = _phones_after_names(text, hits, entities)
    return _by_columns(fld, offset, hits, entities)


def _read_by_keys_plain(fld: Field, hits: list[Hit], entities: Collection[str]) -> list[Hit]:
    """What the keys say of a value disguised (fullwidth, invisible characters,
    escapes, %-encoding), read as detection reads it: normalized, the key too.
    Only what this adds, in the original text's offsets; what the keys rule out
    is ruled out as written."""
    if not needs_normalizing(fld.text) and not (fld.context and needs_normalizing(fld.context)):
        return []
    # (a document's rows and quoted keys kept as written, where the key rules read them)
    read, origin = normalize(fld.text, structure=True)
    context = plain(fld.context) if fld.context else fld.context
    if (read == fld.text and context == fld.context) or not read.strip():
        return []
    inside, mapped = [], to_normalized(origin)
    for hit in hits:
        span = mapped(hit.start, hit.end)
        if span is not None:
            inside.append(Hit(hit.entity_type, *span, hit.score, hit.recognizer))
    known = set(inside)
    found = _read_by_keys(replace(fld, text=read, context=context), 0, read, inside, entities)
    return [
        Hit(h.entity_type, *to_original(origin, h.start, h.end), h.score, h.recognizer)
        for h in found
        if h not in known
    ]


def _keyed_secret(fld: Field, offset: int, hits: list[Hit], scan: FieldScan) -> Hit | None:
    """A value filed under a secret's name (``db_password``) is that secret."""
    spec = fld.spec
    if not fld.context or offset or not free_form(spec) or spec.enum:
        return None
    entity = secret_by_key(fld.context, fld.text)
    if entity is None and (needs_normalizing(fld.text) or needs_normalizing(fld.context)):
        # a PIN disguised ("4\u200b4\u200b7\u200b1") is the PIN
        entity = secret_by_key(plain(fld.context), plain(fld.text))
    credentials = scan.detector.registry.credential_entities
    if entity is None or any(h.entity_type in credentials for h in hits):
        return None
    return Hit(entity, 0, len(fld.text), 0.8, "KeyName")


def _keyed_numbers(
    fld: Field, offset: int, hits: list[Hit], entities: Collection[str]
) -> list[Hit]:
    """The key says what a number is: tags["CustomerId"] holds an account,
    tags["AccountId"] an AWS account id, tags["OrderId"] no account nor card."""
    spec = fld.spec
    if not fld.context or offset or not free_form(spec) or spec.enum:
        return hits
    ruled_out, marked = _filed_numbers(fld.context, fld.text, 0, entities)
    return [h for h in hits if not _ruled_out(h, ruled_out, fld.text)] + marked


def _ruled_out(hit: Hit, ruled_out: Collection[str], text: str) -> bool:
    """Whether a key's word rules the number found out ("Serial", "Device",
    "CostCenter"). Not a phone number written with "+" and its country's
    code: nothing else is written so (a device's SIM under ``Device``)."""
    return hit.entity_type in ruled_out and not (
        hit.entity_type == "PHONE_NUMBER" and text[hit.start : hit.end].lstrip("(").startswith("+")
    )


def _pairs_of(text: str, memo: list[list[tuple[str, int, int]]]) -> list[tuple[str, int, int]]:
    """``inline_pairs(text)``, read on first need and kept in ``memo``."""
    if not memo:
        memo.append(inline_pairs(text))
    return memo[0]


def _filed_numbers(
    key: str, value: str, start: int, entities: Collection[str]
) -> tuple[frozenset[str], list[Hit]]:
    """What a key says of the numbers in the value it files (at ``start`` of
    the text): the entities it rules out, and the customer's account, the
    phone or the card it marks."""
    ruled_out, account = numbers_by_key(key, value)
    marked: list[Hit] = []
    if account is not None and "ACCOUNT_NUMBER" in entities:
        marked.append(
            Hit("ACCOUNT_NUMBER", start + account[0], start + account[1], 0.85, "KeyName")
        )
    phone = phone_by_key(key, value) if "PHONE_NUMBER" in entities else None
    if phone is not None:
        marked.append(Hit("PHONE_NUMBER", start + phone[0], start + phone[1], 0.85, "KeyName"))
    card = card_by_key(key, value) if "CREDIT_CARD" in entities else None
    if card is not None:
        marked.append(Hit("CREDIT_CARD", start + card[0], start + card[1], 0.85, "KeyName"))
    return ruled_out, marked


def _inline_numbers(
    fld: Field,
    offset: int,
    hits: list[Hit],
    entities: Collection[str],
    pairs: list[list[tuple[str, int, int]]],
) -> list[Hit]:
    """A number a phone's or an account's key files inside the text: SQL's
    ``phone = '67255988'``, a log line's ``mobile=0812 3456 7890``, "WhatsApp:
    +852 6123 4567", a filter's ``Users.CUSTOMER_ACCOUNT IN ("...", "81315763")``."""
    if offset or not free_form(fld.spec):
        return hits
    # No such key in the text (most texts): nothing to read.
    phones = "PHONE_NUMBER" in entities and may_file_phone(fld.text)
    accounts = "ACCOUNT_NUMBER" in entities and may_file_account(fld.text)
    if not (phones or accounts):
        return hits
    for key, start, end in _pairs_of(fld.text, pairs):
        value = fld.text[start:end]
        span = phone_by_key(key, value) if phones else None
        if span is not None:
            hits = [*hits, Hit("PHONE_NUMBER", start + span[0], start + span[1], 0.85, "KeyName")]
        account = numbers_by_key(key, value)[1] if accounts else None
        if account is not None:
            hit = Hit("ACCOUNT_NUMBER", start + account[0], start + account[1], 0.85, "KeyName")
            hits = [*hits, hit]
    return hits


def _phones_after_names(text: str, hits: list[Hit], entities: Collection[str]) -> list[Hit]:
    """A number grouped as a phone right after a person's name or address
    found in the text is that person's phone, with or without a country's code
    or a label ("primary Katarzyna Zielińska-Nowak 880 708 680",
    "cnascimento@proveedor.example.co / 9 3994 9636")."""
    if "PHONE_NUMBER" not in entities:
        return hits
    found = []
    for hit in hits:
        if hit.entity_type in _CONTACTS:
            span = phone_after_name(text, hit.end)
            if span is not None:
                found.append(Hit("PHONE_NUMBER", span[0], span[1], 0.85, "NameContext"))
    return [*hits, *found] if found else hits


_CONTACTS = frozenset({"PERSON", "EMAIL_ADDRESS"})


def _beside_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Items of a query's list of values beside a name found there, and words
    joined to one by "and", are names too (see :mod:`recognizers.listed_people`
    and :mod:`recognizers.joined_people`)."""
    names = [(h.start, h.end) for h in hits if h.entity_type == "PERSON"]
    if not names:
        return hits
    found = [Hit("PERSON", a, b, 0.85, "ListedBeside") for a, b in listed_beside(text, names)]
    found += [Hit("PERSON", a, b, 0.85, "JoinedBeside") for a, b in joined_beside(text, names)]
    return [*hits, *found] if found else hits


def _keyed_names(
    fld: Field,
    offset: int,
    hits: list[Hit],
    entities: Collection[str],
    pairs: list[list[tuple[str, int, int]]],
) -> list[Hit]:
    """The key says what a name is. Under tags["Brand"] or properties["character"]
    it names a thing ("Calvin Klein", "Harry Potter"), no customer; under
    tags["Owner"] it is a person's even if no list knows it ("hamza el idrissi",
    "dlee"). So too for a literal a key files inside the text
    (``Items.BRAND IN ("Ted Baker")``, ``Items.CURATED_BY IN ("eleanor.whitcombe")``)."""
    if offset or not free_form(fld.spec) or "PERSON" not in entities:
        return hits
    keyed = [(fld.context, 0, len(fld.text))] if fld.context else []
    # A text is read for its own keys only if a name was found in it, to clear,
    # or a person's label stands in it, to add.
    if any(h.entity_type == "PERSON" for h in hits) or has_person_label(fld.text):
        keyed += _pairs_of(fld.text, pairs)
    for key, start, end in keyed:
        if names_a_thing(key):
            hits = [
                h
                for h in hits
                if h.entity_type != "PERSON"
                or not start <= h.start < end
                or _USER_NAME.fullmatch(plain(fld.text[h.start : h.end]))
            ]
            continue
        span = person_by_key(key, fld.text[start:end])
        if span is None:
            hits = _whole_keyed_name(fld.text, key, start, end, hits)
            continue
        first, last = start + span[0], start + span[1]
        if (start, end) != (0, len(fld.text)):
            # A value read out of a text ends where a guess ends it ("approver:Meron
            # ASSEFA" gives "Meron"): the name goes on as a name does.
            first, last = complete_name(fld.text, first, last)
        if named_thing(fld.text, first, last):
            continue  # a person's key over a street or a building: "Gopinath Bordoloi Road"
        hits.append(Hit("PERSON", first, last, 0.85, "KeyName"))
    return hits


def _whole_keyed_name(text: str, key: str, start: int, end: int, hits: list[Hit]) -> list[Hit]:
    """A name found in part of an identifier a person's key files is the whole
    identifier's: in "owner=gautami_deep" the recognizer finds "Gautami" and
    the key vouches for "deep", a word in English, as her surname (a finding
    covers the whole value, never part of it)."""
    if not names_a_person(key) or _KEYED_IDENTIFIER.fullmatch(text, start, end) is None:
        return hits
    if start and text[:start].rstrip()[-1:] not in ("=", ":"):
        return hits  # a reading of a cue joined into an identifier ("by_x_y_sandbox"), no value
    if _JOINED_ON.match(text, end) is not None:
        return hits  # the identifier goes on past the value read
    inside = [
        h
        for h in hits
        if h.entity_type == "PERSON"
        and start <= h.start
        and h.end <= end
        and (h.start, h.end) != (start, end)
    ]
    if not inside:
        return hits
    return [*hits, Hit("PERSON", start, end, max(h.score for h in inside), "KeyName")]


_JOINED_ON = regex.compile(r"[_.\-]?\p{L}")
# Two or three words of letters joined as an identifier joins them.
_KEYED_IDENTIFIER = regex.compile(r"\p{L}[\p{L}\p{M}']*(?:[_.\-]\p{L}[\p{L}\p{M}']*){1,2}")


def _by_columns(fld: Field, offset: int, hits: list[Hit], entities: Collection[str]) -> list[Hit]:
    """A table pasted into the text (a CSV ledger in a job document): each cell
    is read as a value filed under its column's header, as a key files it. The
    "phone" column holds phones, "cuenta" accounts, "order_id" neither; a bare
    "name" beside an "ssn" or "phone" column, people."""
    if offset or not free_form(fld.spec):
        return hits
    cells = table_cells(fld.text)
    if not cells:
        return hits
    people = person_columns(list(dict.fromkeys(header for header, _, _ in cells)))
    for header, start, end in cells:
        value = fld.text[start:end]
        ruled_out, marked = _filed_numbers(header, value, start, entities)
        thing = names_a_thing(header)
        if ruled_out or thing:
            gone = ruled_out | ({"PERSON"} if thing else set())
            hits = [
                h
                for h in hits
                if not _ruled_out(h, gone, fld.text) or not (start <= h.start and h.end <= end)
            ]
        hits += marked
        person = (
            person_span(value, latin_key=written_apart(header, value)) if header in people else None
        )
        if person is not None and "PERSON" in entities:
            hits.append(Hit("PERSON", start + person[0], start + person[1], 0.85, "KeyName"))
    return hits


# A user name ("h.tanaka", "omar.alfarouq", a handle's "@signe.brondum"): no
# brand or store is written so, whatever key it is filed under.
_USER_NAME = regex.compile(r"@?\p{Ll}+\.\p{Ll}[\p{Ll}'\-]*")


def free_form(spec: FieldSpec) -> bool:
    return spec.kind not in (FieldKind.IDENTIFIER, FieldKind.SECRET)


def action_for(scan: FieldScan, kind: FieldKind, entity: str) -> Action:
    action = Action(scan.policy.action(kind.value, entity))
    if scan.mode is Mode.BLOCK and action is Action.REDACT:
        return Action.BLOCK
    return action


def merge_overlaps(flags: list[Flag], credentials: frozenset[str]) -> tuple[Flag, ...]:
    """One flag per overlapping group, carrying the most severe action.

    Decided after the policy, so a "warn" entity overlapping a "redact" or
    "block" one never lowers what happens to the span.
    """

    def precedence(f: Flag) -> tuple[int, bool, float]:
        return (_SEVERITY.get(f.action, 0), f.entity_type in credentials, f.score)

    merged: list[Flag] = []
    for f in sorted(flags, key=lambda f: (f.start, -f.end)):
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            best = max((last, f), key=precedence)
            merged[-1] = replace(best, start=last.start, end=max(last.end, f.end))
        else:
            merged.append(f)
    return tuple(merged)


def replaced(
    fld: Field, flags: tuple[Flag, ...], scan: FieldScan
) -> tuple[tuple[Flag, ...], str | None]:
    """The flags as they stand once a replacement is chosen, and the replacement."""
    to_redact = [f for f in flags if f.action is Action.REDACT]
    if scan.mode is not Mode.REDACT or not to_redact:
        return flags, None
    if fld.encode is None:
        return _blocked(flags, "binary data: it cannot be rewritten safely"), None
    if any(f.action is Action.BLOCK for f in flags):
        return flags, None  # the call will be refused anyway
    spans = [Span(f.start, f.end, f.entity_type) for f in to_redact]
    rewritten = scan.pseudonymizer().redact(fld.text, spans, fld.spec)
    if rewritten is None:
        return _blocked(flags, "no replacement satisfies the field's pattern and length"), None
    return flags, rewritten


def _blocked(flags: tuple[Flag, ...], reason: str) -> tuple[Flag, ...]:
    return tuple(
        replace(f, action=Action.BLOCK, reason=reason) if f.action is Action.REDACT else f
        for f in flags
    )


def _arn_service(value: str) -> str | None:
    if not value.startswith("arn:"):
        return None
    parts = value.split(":", 3)
    return parts[2] if len(parts) > 3 else None


_RESOURCE_TYPE = regex.compile(r"[A-Za-z][A-Za-z0-9\-]*[:/]")


def _arn_resource_start(arn: str) -> int:
    """Where an ARN's resource name starts: after the fifth colon and a resource type.

    ``...:secret:AmazonLookoutMetrics-x`` and ``...:dataset-group/retail``: the
    type (``secret:``, ``dataset-group/``) is the service's word, not the name.
    """
    position = -1
    for _ in range(5):
        position = arn.find(":", position + 1)
        if position < 0:
            return 0
    start = position + 1
    kind = _RESOURCE_TYPE.match(arn, start)
    return kind.end() if kind else start
