"""The phone recognizer's one-pass matching finds what one libphonenumber run per region finds.

The recognizer reads each candidate in every region in one matcher pass and
skips readings that cannot be valid (too few digits for a region, per the
metadata). These tests hold it to the plain way: a separate
``PhoneNumberMatcher`` per region, as libphonenumber documents it.
"""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from recognizers.digits import is_ipv4
from recognizers.personal import SHORTEST_DIALLED_ABROAD, FieldPhoneRecognizer, could_be_valid
from scrubber import Scrubber

REGIONS = FieldPhoneRecognizer.REGIONS
TYPES = [getattr(PhoneNumberType, name) for name in dir(PhoneNumberType) if name.isupper()]
FORMATS = (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164)


def _examples() -> list[tuple[str, str]]:
    out = []
    for region in REGIONS:
        for kind in TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                out.extend((region, phonenumbers.format_number(number, f)) for f in FORMATS)
    return out


EXAMPLES = _examples()


def test_the_examples_cover_every_region() -> None:
    assert {region for region, _ in EXAMPLES} == set(REGIONS)
    assert len(EXAMPLES) > 100


@pytest.mark.parametrize(("region", "written"), EXAMPLES)
def test_the_length_gate_never_skips_a_valid_number(region: str, written: str) -> None:
    assert phonenumbers.is_valid_number(phonenumbers.parse(written, region))
    digits = sum(ch.isdigit() for ch in written)
    assert could_be_valid(written, digits, region)


def test_no_number_dialled_abroad_is_shorter_than_the_gate_assumes() -> None:
    lengths = []
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
            desc = metadata.general_desc if metadata is not None else None
            national = [n for n in desc.possible_length if n > 0] if desc is not None else []
            if national:
                lengths.append(len(str(code)) + min(national))
    shortest = min(lengths)
    assert SHORTEST_DIALLED_ABROAD <= 2 + shortest  # "00" is the shortest prefix


@pytest.mark.parametrize(
    ("candidate", "region"),
    [("2024-05-15", "US"), ("2024-05-15", "FR"), ("0-8625-7", "GB"), ("12 34 56", "IN")],
)
def test_the_length_gate_skips_numbers_too_short_for_a_region(candidate: str, region: str) -> None:
    assert not could_be_valid(candidate, sum(ch.isdigit() for ch in candidate), region)


def _per_region(text: str) -> set[tuple[int, int]]:
    """Spans one VALID run per region finds, kept by the recognizer's own rule."""
    recognizer = FieldPhoneRecognizer()
    spans = set()
    for region in REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, phonenumbers.Leniency.VALID):
            if recognizer._plausible(
                text, match.raw_string, phonenumbers.Leniency.VALID, match.start
            ):
                spans.add((match.start, match.end))
    return spans


TEXTS = [f"Call {written} for the line" for _, written in EXAMPLES] + [
    "Escalations: call 020 7946 0236 or 030 901820 after hours",
    "Backtest on 2024-02-22 export; owner phone 0412 345 678.",
    "Tel. 089 1234567 / Fax 089 1234568",
    "phone 98765 43210, ticket 2024-05-15T10:00:00Z",
    "arn:aws:iam::681764636885:role/DataPipelineRole",
    "78fe8809-b15f-49b0-8625-7d6ca6cbe1e4",
    "card 4778-4366-0896-7723 on file",
    "contact 1 800 555 0199 ext. 12",
]


@pytest.mark.parametrize("text", TEXTS)
def test_one_pass_covers_every_region_run(text: str) -> None:
    found = [(s, e) for s, e, _ in FieldPhoneRecognizer().spans(text)]
    for start, end in _per_region(text):
        assert any(s <= start and end <= e for s, e in found), (text, text[start:end])


def test_the_regions_numbers_are_found_in_prose() -> None:
    found = sum(bool(list(FieldPhoneRecognizer().spans(t))) for t in TEXTS[: len(EXAMPLES)])
    assert found == sum(bool(_per_region(t)) for t in TEXTS[: len(EXAMPLES)]) > 0


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # A subscriber's number stored without "+" after a word for whom it reaches.
        ("forecast/agent_250724557662_macadamia", "250724557662"),
        ("rider_84300580862_v2", "84300580862"),
        ("courier-447911123456-export", "447911123456"),
    ],
)
def test_a_mobile_number_after_a_persons_word_in_an_identifier(
    scrubber: Scrubber, text: str, number: str
) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in scrubber.scan_text(text, "name")]
    assert found == [(number, "PHONE_NUMBER")]


@pytest.mark.parametrize(
    "text",
    [
        # An AWS account id, a serial, a mobile number after no person's word.
        "agent_123456789012",
        "claims-lake-119384756201",
        "stock_918273645501_old",
        "batch-254712427027",
    ],
)
def test_no_mobile_number_where_no_person_is_named(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scan_text(text, "name") == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.0.12.7", True),
        (" 192.168.10.20 ", True),
        ("255.255.255.255", True),
        ("256.1.1.1", False),  # no octet over 255: a number grouped by dots
        ("01.2.3.4", False),  # a leading zero some parsers read as octal
        ("10.0.0", False),
        ("415.867.5309", False),
    ],
)
def test_is_ipv4(text: str, expected: bool) -> None:
    assert is_ipv4(text) is expected
