"""Disguised values are found and redacted in the original string."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recognizers.normalize import normalize, readings, to_normalized, to_original
from scrubber import Scrubber, scrub

DISGUISED = [
    ("EMAIL_ADDRESS", "owner maria.garcia＠example.com"),  # fullwidth @
    ("EMAIL_ADDRESS", "owner maria.gar\u200bcia@exam\u200dple.com"),  # zero-width
    ("EMAIL_ADDRESS", "owner maria.garcia%40example.com"),  # percent-encoded
    ("URL_CREDENTIALS", "https://svc%3ASup3rS3cret@hooks.example.com/x"),
    ("CREDIT_CARD", "card ４７４８ ５２６０ ５７４７ ９３８１"),  # fullwidth digits
    ("CREDIT_CARD", "4748-5260 5747.9381"),
    ("AWS_ACCESS_KEY_ID", "AKIA\u202eZ3MHQWLTPX2RVN4K"),  # bidi override inside
    ("PHONE_NUMBER", "call +1\u00a0206\u00a0555\u00a00143"),  # no-break spaces
    ("PERSON", "Owned by Ｍaria Ｇarcia"),
    ("PHONE_NUMBER", "call +1 206\u2013555\u20130143"),  # en dashes
    ("PHONE_NUMBER", "call +49 30/1234 5678"),  # slash, as German numbers are written
    ("PHONE_NUMBER", "call +1 [206] 555 0143"),
    ("EMAIL_ADDRESS", "owner maria.gar\U000e0063ia@example.com"),  # a tag character (Cf)
    ("EMAIL_ADDRESS", "owner maria.gar\u034fcia@example\ufe0f.com"),  # default-ignorables
    ("CREDIT_CARD", "4748\u20135260\u20135747\u20139381"),
    ("US_SSN", "ssn 219\u201009\u20109999"),  # hyphen U+2010
    ("PHONE_NUMBER", "call +1 206\u30fc555\u30fc0143"),  # separators libphonenumber takes
    ("PHONE_NUMBER", "call +1 206\u223c555\u223c0143"),
]

# Two values kept apart only by an invisible character or a dash: removing the one
# or reading the other as "-" joins them into one run that is neither.
JOINED = [
    ("CREDIT_CARD", "cards 4748526057479381\u034f5500000000000004"),
    ("US_SSN", "ssn 219-09-9999\ufe0f078-05-1120"),
    ("US_SSN", "ssn 219-09-9999\u2013078-05-1120"),
    ("IBAN_CODE", "iban DE89370400440532013000\u3164GB82WEST12345698765432"),
    ("CREDIT_CARD", "cards 4748526057479381\U000e00205500000000000004"),  # a tag space
]


def _jwt() -> str:
    import base64
    import json

    def part(data: dict[str, str]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': '1234567890'})}.c2lnbmF0dXJl"


# A dash read as "-" glues onto the value beside it, where an invisible character
# also sits inside the value: every way of reading the two must be tried.
GLUED = [
    ("JWT", "t\uff5e" + _jwt()[:15] + "\u2060" + _jwt()[15:]),
    ("JWT", "t\u2013" + _jwt()[:15] + "\u2060" + _jwt()[15:]),
    ("EMAIL_ADDRESS", "owner jane.doe@exam\u200bple.com\uff5e2024"),
    ("EMAIL_ADDRESS", "jane.doe@exam\u200bple.com\u30fcteam"),
    ("PHONE_NUMBER", "call +44 20 7946 0958\uff5e2024"),
    ("PHONE_NUMBER", "call +44~20~7946~0958 about order 12345678"),  # ASCII separators
    ("PHONE_NUMBER", "tel +4930x1234x5678"),
    ("JWT", "session-" + _jwt()),  # glued by an ASCII "-" or "_" in an identifier
    ("JWT", "token_" + _jwt()),
]


@pytest.mark.parametrize("entity,text", GLUED)
def test_values_beside_a_dash_are_found(scrubber: Scrubber, entity: str, text: str) -> None:
    assert entity in {f.entity_type for f in scrubber.scan_text(text, "description")}


@pytest.mark.parametrize("entity,text", JOINED)
def test_values_an_invisible_character_keeps_apart_are_both_found(
    scrubber: Scrubber, entity: str, text: str
) -> None:
    found = [f for f in scrubber.scan_text(text, "description") if f.entity_type == entity]
    assert len(found) == 2, found
    assert found[0].end <= found[1].start and found[1].end == len(text)


@pytest.mark.parametrize("entity,text", DISGUISED)
def test_disguised_values_are_found(scrubber: Scrubber, entity: str, text: str) -> None:
    found = scrubber.scan_text(text, "description")
    assert entity in {f.entity_type for f in found}, found
    for f in found:
        assert 0 <= f.start < f.end <= len(text)


def test_redaction_replaces_the_original_characters() -> None:
    """The disguised span itself is replaced; the rest of the string is kept."""
    params = {
        "thingGroupName": "sensors",
        "thingGroupProperties": {
            "thingGroupDescription": "owner maria.gar\u200bcia＠example.com ok"
        },
    }
    result = scrub(params, service="iot", operation="CreateThingGroup")
    text = result.params["thingGroupProperties"]["thingGroupDescription"]
    assert text.startswith("owner email_") and text.endswith(" ok")
    assert "＠" not in text and "\u200b" not in text


@pytest.mark.parametrize(
    "name",
    [
        "\u200bjane_doe_sales",  # before the value, at the start
        "sales_\u200bjane_doe",  # just before it
        "jane_doe\u200b_sales",  # just after it
        "\ufeffjane_doe_sales",
    ],
)
def test_no_invisible_character_is_left_beside_a_redacted_value(name: str) -> None:
    """And the pseudonym is the one the plain value gets, so calls still meet."""
    params = {"DatasetGroupName": name, "Domain": "RETAIL"}
    plain = {"DatasetGroupName": name.replace("\u200b", "").replace("\ufeff", "")}
    result = scrub(params, service="forecast", operation="CreateDatasetGroup")
    expected = scrub(
        {**plain, "Domain": "RETAIL"}, service="forecast", operation="CreateDatasetGroup"
    )
    assert result.params["DatasetGroupName"] == expected.params["DatasetGroupName"]


def test_invisible_characters_go_with_the_value_they_hide_in() -> None:
    """A name spelt with a zero-width space after each letter is replaced whole: the
    redacted name keeps no invisible character and meets the field's pattern."""
    import regex

    from scrubber.service_models import operation_model

    disguised = "".join(c + "\u200b" for c in "jane_doe") + "_sales"
    params = {"DatasetGroupName": disguised, "Domain": "RETAIL"}
    result = scrub(params, service="forecast", operation="CreateDatasetGroup")
    name = result.params["DatasetGroupName"]
    assert [f.entity_type for f in result.findings] == ["PERSON"]
    assert "\u200b" not in name and name.endswith("_sales")
    shape = operation_model("forecast", "CreateDatasetGroup").input_shape
    pattern = shape.members["DatasetGroupName"].metadata["pattern"]
    assert regex.fullmatch(pattern, name)


def test_a_glottal_stop_written_as_a_modifier_letter_is_read_through() -> None:
    """Tongan, Samoan and Uzbek write U+02BB inside names; the lists spell them without
    it, and a span over the letters either side of it covers it."""
    text = "G\u02bbulom Tu\u02bbipulotu"
    normalized, origin = normalize(text)
    assert normalized == "Gulom Tuipulotu"
    assert text[slice(*to_original(origin, 0, len(normalized)))] == text
    assert text[slice(*to_original(origin, 6, len(normalized)))] == "Tu\u02bbipulotu"


def test_transliteration_marks_are_read_through() -> None:
    """Arabic's ayn and hamza as half rings and Russian's soft sign as a prime are
    letters of a transliterated name, read through as the okina is."""
    text = "\u02bfAl\u012b Ma\u02bem\u016bn Il\u02b9ich"
    normalized, origin = normalize(text)
    assert normalized == "Al\u012b Mam\u016bn Ilich"
    assert text[slice(*to_original(origin, 0, 3))] == "\u02bfAl\u012b"


def test_a_character_percent_encoded_in_utf_8_is_read_whole() -> None:
    """A URL carries "José" as "Jos%C3%A9": the bytes of one character read as it,
    and a span over it covers all its bytes. Bytes that are no character in
    UTF-8 (a lone continuation byte, a lead byte cut short) stay as written."""
    text = "https://x.example/u/Ren%C3%A9e%20Dupont-Moreau/%E5%BC%A0%E4%BC%9F"
    normalized, origin = normalize(text)
    assert normalized == "https://x.example/u/Renée Dupont-Moreau/张伟"
    start = normalized.index("Ren")
    name = text[slice(*to_original(origin, start, start + len("Renée Dupont-Moreau")))]
    assert name == "Ren%C3%A9e%20Dupont-Moreau"
    assert normalize("a%A9b%C3%28%E5%BC")[0] == "a%A9b%C3(%E5%BC"


def test_a_name_percent_encoded_in_a_url_is_covered_whole(scrubber: Scrubber) -> None:
    text = "https://x.example/p?owner=Ren%C3%A9e%20Dupont-Moreau&team=ops"
    found = [(f.entity_type, text[f.start : f.end]) for f in scrubber.scan_text(text, "url")]
    assert found == [("PERSON", "Ren%C3%A9e%20Dupont-Moreau")]


def test_a_left_quotation_mark_is_an_okina_only_between_letters() -> None:
    """Typed for the okina ("Ka\u2018iulani"), it is read through; opening a quotation
    (after a space, or first) it is kept."""
    assert normalize("Ka\u2018iulani")[0] == "Kaiulani"
    assert normalize("the \u2018Alexa\u2019 skill")[0] == "the \u2018Alexa\u2019 skill"
    assert normalize("\u2018quoted\u2019")[0] == "\u2018quoted\u2019"


@pytest.mark.parametrize(
    "text,name",
    [
        # Never part of the name beside a pseudonym: "Sione Tu" was found alone.
        ("Owner: Sione Tu\u2018ipulotu", "Sione Tu\u2018ipulotu"),
        ("Contact Ka\u2018iulani Kahananui today", "Ka\u2018iulani Kahananui"),
        ("ping Aziza O\u2018tkirova before rerun", "Aziza O\u2018tkirova"),
        # "\u02bfAbd al-Ra\u1e25m\u0101n" was found without its ayn, "ibn \u02bfAwf" left beside it.
        (
            "approved by \u02bfAbd al-Ra\u1e25m\u0101n ibn \u02bfAwf",
            "\u02bfAbd al-Ra\u1e25m\u0101n ibn \u02bfAwf",
        ),
        ("handed to F\u0101\u1e6dima bint \u02bfAl\u012b", "F\u0101\u1e6dima bint \u02bfAl\u012b"),
    ],
)
def test_names_with_transliteration_marks_are_found_whole(
    scrubber: Scrubber, text: str, name: str
) -> None:
    found = [
        text[f.start : f.end]
        for f in scrubber.scan_text(text, "description")
        if f.entity_type == "PERSON"
    ]
    assert found == [name]


def _digits(script_zero: int, number: str) -> str:
    """``number`` written in the digits of a script whose zero is ``script_zero``."""
    return "".join(chr(script_zero + int(ch)) if ch.isdigit() else ch for ch in number)


@pytest.mark.parametrize(
    "entity,label,number",
    [
        # Arabic-Indic, Persian, Devanagari, Thai, Khmer and Myanmar digits: NFKC
        # folds none of them, and the numbers were read as text.
        ("PHONE_NUMBER", "هاتف: ", _digits(0x660, "05012345678")),
        ("PHONE_NUMBER", "رقم الجوال ", _digits(0x6F0, "0551234567")),
        ("PHONE_NUMBER", "फ़ोन: ", _digits(0x966, "9876543210")),
        ("PHONE_NUMBER", "โทร ", _digits(0xE50, "081 234 5678")),
        ("PHONE_NUMBER", "ទូរស័ព្ទ ", _digits(0x17E0, "012 345 678")),
        ("PHONE_NUMBER", "ဖုန်း ", _digits(0x1040, "09 450 123 456")),
        ("CREDIT_CARD", "card ", _digits(0x660, "4748 5260 5747 9381")),
        ("US_SSN", "ssn ", _digits(0x966, "219-09-9999")),
    ],
)
def test_digits_of_every_script_are_read_as_digits(
    scrubber: Scrubber, entity: str, label: str, number: str
) -> None:
    text = label + number
    found = [text[f.start : f.end] for f in scrubber.scan_text(text, "description")]
    assert found == [number]
    assert entity in {f.entity_type for f in scrubber.scan_text(text, "description")}


@pytest.mark.parametrize(
    "text",
    [
        "batch " + _digits(0x660, "2024") + " report",  # a year
        "ปี " + _digits(0xE50, "2567") + " รุ่น " + _digits(0xE50, "3"),  # a Thai year, a model
        "الإصدار " + _digits(0x660, "1.2.3"),  # a version
    ],
)
def test_short_numbers_in_other_digits_are_not_findings(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scan_text(text, "description") == []


@pytest.mark.parametrize(
    "entity,label,value",
    [
        # Spelled out a character at a time, words a wider gap apart.
        ("EMAIL_ADDRESS", "owner ", "m a r i a . l o p e z @ e x a m p l e . c o m"),
        ("PERSON", "Owner: ", "J o h n  S m i t h"),
        ("CREDIT_CARD", "card ", "4 7 4 8  5 2 6 0  5 7 4 7  9 3 8 1"),
        ("PHONE_NUMBER", "call ", "+ 4 4  7 7 0 0  9 0 0  1 2 3"),
        ("US_SSN", "ssn ", "2 1 9 - 0 9 - 9 9 9 9"),
        ("AWS_ACCESS_KEY_ID", "key ", "A K I A Z 3 M H Q W L T P X 2 R V N 4 K"),
        # Letters each apart by the same mark, or in alternating case.
        ("PERSON", "Owner: ", "M.a.r.i.a G.o.n.z.a.l.e.z"),
        ("PERSON", "Owner: ", "j-o-h-n s-m-i-t-h"),
        ("PERSON", "Owner: ", "mArIa GoNzAlEz"),
        ("EMAIL_ADDRESS", "owner ", "JaNe.DoE@eXaMpLe.CoM"),
    ],
)
def test_values_spelled_out_a_character_at_a_time_are_found_whole(
    scrubber: Scrubber, entity: str, label: str, value: str
) -> None:
    for text in (label + value, f"{label}({value}).", f'{label}"{value}", thanks'):
        found = [f for f in scrubber.scan_text(text, "description") if f.entity_type == entity]
        assert [text[f.start : f.end] for f in found] == [value], text


@pytest.mark.parametrize(
    "text",
    [
        "Rows A B C D E F G H are stocked",  # letters that label rows
        "matrix [1 0 0 0 0 1 0 0 0 0 1 0]",  # evenly spaced digits: a matrix, a count
        "S M T W T F S calendar header",
        "x = a + b * c - d",
        # Marks between digits or fewer than four letters; camel case.
        "OID 1.3.6.1.4.1.311 for the iPhone and PowerShell builds",
        "Please R.S.V.P by Friday",
        "Fallback A-B-C plan for the eBay and iPad listings",
        "The sPoNgEbOb mocking meme, iN aLtErNaTiNg CaSe",  # words that are no names
    ],
)
def test_single_characters_that_spell_nothing_are_not_findings(
    scrubber: Scrubber, text: str
) -> None:
    assert scrubber.scan_text(text, "description") == []


def test_a_spelled_out_run_is_read_joined_and_its_words_apart() -> None:
    text = "Owner: J o h n  S m i t h, ok"
    normalized, origin = normalize(text, (False, False, True))
    assert normalized == "Owner: John Smith, ok"
    assert text[slice(*to_original(origin, 7, 17))] == "J o h n  S m i t h"
    # Read as written by default, and only where a run is spelled out.
    assert normalize(text)[0] == text
    assert readings("a b c d") == [] and readings(text) == [(False, False, True)]


def test_two_spaces_between_words_are_read_as_one() -> None:
    text = "Owner  John  Smith, J o h n  S m i t h, Maria   Garcia"
    normalized, origin = normalize(text, (False, False, True))
    # A wider gap (columns aligned) is kept as written.
    assert normalized == "Owner John Smith, John Smith, Maria   Garcia"
    # The space taken out belongs to neither word beside it.
    assert text[slice(*to_original(origin, 6, 16))] == "John  Smith"
    assert readings("Owner  John") == [(False, False, True)]
    assert readings("Owner:  John") == [] and readings("a.  B") == []


def test_letters_spelled_with_marks_or_alternating_case_are_read_as_a_word() -> None:
    text = "Owner: M.a.r.i.a gOnZaLeZ."
    normalized, origin = normalize(text, (False, False, True))
    assert normalized == "Owner: Maria Gonzalez."
    assert text[slice(*to_original(origin, 7, 12))] == "M.a.r.i.a"
    assert text[slice(*to_original(origin, 13, 21))] == "gOnZaLeZ"
    # Camel case and dotted digits are no spelling; an initialism is read joined ("Rsvp").
    assert readings("iPhone at McDonald, v1.2.3.4") == []
    assert normalize("R.S.V.P", (False, False, True))[0] == "Rsvp"


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _zero_width(text: str) -> str:
    return "".join(c + "\u200b" for c in text)


# What only the key says: a handle under "Owner", a number under "managerPhone"
# or "acct". Disguised, the key says no less.
KEYED = [
    ("Owner", "jp.dossantos", "PERSON"),
    ("RequestedBy", "manjunath.hs", "PERSON"),
    ("managerPhone", "8229 8213", "PHONE_NUMBER"),
]


@pytest.mark.parametrize("disguise", [_fullwidth, _zero_width], ids=["fullwidth", "zero-width"])
@pytest.mark.parametrize(("key", "value", "entity"), KEYED)
def test_a_value_a_key_marks_is_found_disguised(
    scrubber: Scrubber, disguise: Callable[[str], str], key: str, value: str, entity: str
) -> None:
    for written in (value, disguise(value)):
        params = {"DatasetGroupName": "dg", "Domain": "RETAIL"}
        params["Tags"] = [{"Key": key, "Value": written}]  # type: ignore[assignment]
        result = scrubber.scrub(
            params, service="forecast", operation="CreateDatasetGroup", mode="report"
        )
        found = [(f.entity_type, f.start, f.end) for f in result.findings]
        assert (entity, 0, len(written)) in found or (
            # a removed invisible character after the value goes with it or not
            entity,
            0,
            len(written) - 1,
        ) in found, key


def test_a_key_read_inside_a_disguised_text_marks_its_value(scrubber: Scrubber) -> None:
    text = "SELECT * FROM 'cs/+/callback' WHERE phone = '" + _fullwidth("67255988") + "'"
    found = scrubber.scan_text(text, "description")
    assert [(f.entity_type, text[f.start : f.end]) for f in found] == [
        ("PHONE_NUMBER", _fullwidth("67255988"))
    ]


@pytest.mark.parametrize("disguise", [_fullwidth, _zero_width], ids=["fullwidth", "zero-width"])
def test_a_name_mentioned_disguised_in_another_field_is_found(
    scrubber: Scrubber, disguise: Callable[[str], str]
) -> None:
    params = {
        "DatasetGroupName": "dg",
        "Domain": "RETAIL",
        "Tags": [
            {"Key": "Owner", "Value": "Terry Watkins"},
            {"Key": "Note", "Value": "schema agreed with " + disguise("Terry") + " in May"},
        ],
    }
    result = scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup")
    note = result.params["Tags"][1]["Value"]
    assert "Terry" not in normalize(note)[0]
    assert note.startswith("schema agreed with ") and note.endswith(" in May")


@pytest.mark.parametrize("disguise", [_fullwidth, _zero_width], ids=["fullwidth", "zero-width"])
def test_a_table_in_a_document_reads_its_disguised_cells(
    scrubber: Scrubber, disguise: Callable[[str], str]
) -> None:
    # A CSV inside a JSON document, its rows apart by JSON's "\n": the "nombre"
    # column holds names, however they are written.
    rows = "socio;nombre;cuenta\\n4905;Arami Benitez;GT96\\n1193;" + disguise("GAYLE, Everton")
    document = '{"operation": "sync", "data": "' + rows + ';CR40"}'
    found = scrubber.scan_text(document, "free_text")
    names = [document[f.start : f.end] for f in found if f.entity_type == "PERSON"]
    assert any(normalize(name)[0].strip() == "GAYLE, Everton" for name in names), names


@pytest.mark.parametrize("disguise", [_fullwidth, _zero_width], ids=["fullwidth", "zero-width"])
def test_a_disguised_pin_under_a_pin_key_is_a_password(
    scrubber: Scrubber, disguise: Callable[[str], str]
) -> None:
    params = {"thingName": "t", "attributePayload": {"attributes": {"pin_code": disguise("4471")}}}
    result = scrubber.scrub(params, service="iot", operation="CreateThing", mode="report")
    assert [f.entity_type for f in result.findings] == ["PASSWORD"]


def test_a_disguised_user_name_under_a_place_key_is_still_a_person(scrubber: Scrubber) -> None:
    # Under "store" a name is the store's ("Philips Hue"); a user name is a person's.
    params = {
        "AlertName": "a",
        "AlertSensitivityThreshold": 70,
        "AnomalyDetectorArn": "arn:aws:lookoutmetrics:eu-west-3:764512390087:AnomalyDetector:x",
        "AlertFilters": {
            "DimensionFilterList": [
                {"DimensionName": "store", "DimensionValueList": [_zero_width("omar.alfarouq")]}
            ]
        },
    }
    result = scrubber.scrub(
        params, service="lookoutmetrics", operation="CreateAlert", mode="report"
    )
    assert [f.entity_type for f in result.findings] == ["PERSON"]


def test_an_original_span_maps_to_the_normalized_characters_from_inside_it() -> None:
    text = "by " + _zero_width("오세린") + " and"
    plain, origin = normalize(text)
    assert plain == "by 오세린 and"
    # Not the space after the name, though it reaches over the last invisible character.
    assert to_normalized(origin)(3, 9) == (3, 6)
    assert to_normalized(origin)(5, 6) == (4, 5)  # inside the name: its second syllable
    # Inside an escape (a finding on the text as written): the character it makes.
    escaped = "Jos\\u00e9"
    assert to_normalized(normalize(escaped)[1])(4, 6) == (3, 4)


def test_structure_keeps_a_documents_own_escapes_as_written() -> None:
    text = '{"data": "a;b\\nJos\\u00e9;\\"x\\""}'
    assert normalize(text, structure=True)[0] == '{"data": "a;b\\nJosé;\\"x\\""}'
    assert normalize(text)[0] == '{"data": "a;b\nJosé;"x""}'
