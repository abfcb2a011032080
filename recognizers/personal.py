"""Personal data: email addresses and phone numbers (person names: ``recognizers.person``)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence

import phonenumbers
import regex
from phonenumbers import PhoneNumberMatch

from recognizers import bounded
from recognizers.base import FieldRecognizer
from recognizers.check_digits import gtin_ok
from recognizers.digits import DIGIT_RUN, NUMBER_SEPARATORS, is_ipv4
from recognizers.financial import looks_like_time
from recognizers.names import name_data, tokens
from recognizers.negatives import overlaps
from recognizers.pairs import names_a_person
from recognizers.person_runs import MAX_PHONE_DIGITS
from recognizers.person_words import MIN_WORD
from recognizers.phone_labels import CONTACT_WORDS, EXTENSION, PHONE_LABELS
from recognizers.timeouts import RecognizerTimeout, cpu_deadline, past

# An address as people disguise it: "@" with spaces around it, "[at]", "(at)"
# and "{at}", and the word "at" when the dots are written as words too
# ("jane at example dot com": "meet us at shop.example.com" is no address).
_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62}[\p{L}\p{N}])?"
_TLD = r"\p{L}{2,24}(?![\p{L}\p{N}\-])"
_BRACKETED = r"\s{0,2}[\[({<]\s{0,2}%s\s{0,2}[\])}>]\s{0,2}"
# "(at)" and "(dot)" as other languages write them: Spanish and Portuguese
# "arroba", French "arobase", Italian "chiocciola", Dutch "apenstaartje",
# Polish "małpa", Czech "zavináč", Swedish "snabel-a", Russian "собака",
# Romanian "arond", German "Klammeraffe", Hungarian "kukac";
# "punto", "ponto", "point", "punkt", "pont", "nokta", "tečka", "kropka", "точка".
_AT_WORDS = (
    r"at|arroba|arobase|arrobase|chiocciola|apenstaartje|ma[łl]pa|zavin[áa][čc]"
    r"|snabel-?a|собака|arond|klammeraffe|kukac"
)
# A dot, or a dot defanged as threat reports write it ("mail[.]example[.]com").
_DOT = r"(?:\.|[\[({]\.[\])}])"
_DOT_WORDS = r"dot|punto|ponto|point|punkt|pont|nokta|te[čc]ka|kropka|точка"
_LOCAL = r"(?:[\p{L}\p{N}][\p{L}\p{N}._%+\-']{0,63}|\"[^\"\r\n]{1,64}\")"
# India's UPI payment addresses: a person's handle, "@" and their payment
# app's or bank's handle, no domain ("kasun.herath@okaxis", "9876543210@ybl").
# A closed class: NPCI's published handles of the commonest apps and banks.
_UPI_HANDLES = (
    r"okaxis|okhdfcbank|okicici|oksbi|ybl|ibl|axl|paytm|ptyes|ptaxis|pthdfc|ptsbi|upi|apl"
    r"|yapl|rapl|abfspay|axisbank|axisb|hdfcbank|icici|kotak|kmbl|indus|barodampay|uboi"
    r"|idfcbank|idfcfirst|fbl|federal|yesbank|jupiteraxis|freecharge|ikwik|waaxis|wahdfcbank"
    r"|wasbi|waicici|airtel|postbank|pnb|boi|cnrb|aubank|rbl|equitas"
)
# (A "%" may stand before an address as a wildcard: "LIKE '%jane@example.org%'".)
_START = r"(?<![\p{L}\p{N}._+\-])(?<![\p{L}\p{N}._%+\-]%)(?<!://[^\s/?#@:]{0,64}:)(?<!://)"
# A local part whose dots are written as words too ("jane [dot] doe [at] ...").
_LOCAL_BRACKETED_DOTS = rf"(?:[\p{{L}}\p{{N}}]+{_BRACKETED % f'(?:{_DOT_WORDS})'})*"


class FieldEmailRecognizer(FieldRecognizer):
    """Email addresses, also inside identifiers and URLs, in any script (IDN
    domains, non-ASCII and quoted local parts) and disguised ("[at]", " at ...
    dot ", spaces around "@"; ``&#64;`` and ``\\u0040`` are decoded before).

    Not the password of ``https://user:pass@host`` (a credential, not an
    email). The top-level domain is checked offline; Presidio's own email
    recognizer reaches for the network through tldextract.
    """

    ENTITY = "EMAIL_ADDRESS"
    CATEGORY = "personal"
    DESCRIPTION = "an email address"
    LABEL = "email"
    # Every pattern below needs an "@", a bracketed "at" (in any of its
    # languages), or the word "dot".
    # (Written so that its first characters are few: the gate scans for them;
    # a closing bracket first, the words looked for behind it.)
    TRIGGER = (
        rf"@|[\])}}>](?<=(?:{_AT_WORDS})\s{{0,2}}[\])}}>])|dot\s"
        # (the word "at" before a domain: looked for from the domain's dot, far
        # rarer than the spaces a search from the word would try)
        rf"|\.(?<=\s(?:{_AT_WORDS})\s+[\p{{L}}\p{{N}}\-]+\.)\p{{L}}"
    )
    PATTERNS = (
        (
            "email",
            rf"{_START}{_LOCAL}\s{{0,2}}(?:@|\[@\])\s{{0,2}}{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}{_TLD}",
            0.9,
        ),
        (
            "email-bracketed-at",
            rf"{_START}{_LOCAL_BRACKETED_DOTS}{_LOCAL}{_BRACKETED % f'(?:{_AT_WORDS})'}{_LABEL}"
            rf"(?:(?:{_DOT}|{_BRACKETED % f'(?:{_DOT_WORDS})'}|\s+dot\s+){_LABEL})*"
            rf"(?:{_DOT}|{_BRACKETED % f'(?:{_DOT_WORDS})'}|\s+dot\s+){_TLD}",
            0.85,
        ),
        (
            # A real "@" and a dot written as a word ("luis@kallpa punto example"):
            # the first label after the "@" is followed by the word, not a dot.
            "email-dot-words",
            rf"{_START}{_LOCAL}\s{{0,2}}@\s{{0,2}}{_LABEL}(?:\s+(?:{_DOT_WORDS})\s+{_LABEL})+"
            rf"(?:\.{_LABEL})*(?![\p{{L}}\p{{N}}\-])",
            0.85,
        ),
        (
            # Spaces around the "@" and the domain's dots ("jane @ example . org"),
            # ending in a real top-level domain.
            "email-spaced-dots",
            rf"{_START}{_LOCAL}\s{{1,2}}@\s{{1,2}}{_LABEL}(?:\s{{0,2}}\.\s{{0,2}}{_LABEL})*"
            rf"\s{{1,2}}\.\s{{1,2}}{_TLD}",
            0.85,
        ),
        (
            "upi-address",
            rf"{_START}[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}._\-]{{1,63}}@(?:{_UPI_HANDLES})"
            r"(?![\p{L}\p{N}.\-@])",
            0.85,
        ),
        (
            # The word "at" (in any of its languages) and a domain with its real
            # dots: "jane.doe at example.com", "ivan.petrov собака example.ru";
            # a person's address only (see ``validate``: "meet us at
            # shop.example.com", "README.md at github.com" are none).
            "email-word-at",
            rf"{_START}{_LOCAL}\s+(?:{_AT_WORDS})\s+{_LABEL}(?:\.{_LABEL})*\.{_TLD}",
            0.8,
        ),
        (
            "email-words",
            rf"{_START}(?:[\p{{L}}\p{{N}}]+\s+dot\s+)*{_LOCAL}\s+at\s+{_LABEL}"
            rf"(?:(?:\.|\s+dot\s+){_LABEL})*\s+dot\s+{_TLD}",
            0.8,
        ),
    )
    FLAGS = regex.IGNORECASE

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        # A space before the "@" and none after is how a handle is mentioned
        # ("cc @goran.sjoberg"); an address so spaced ("jane @example.net")
        # needs a real top-level domain to be one.
        if pattern_name == "email" and _SPACED_AT.search(pattern_text) is not None:
            return _ends_in_top_level_domain(pattern_text)
        if pattern_name == "upi-address":
            return _personal_handle(pattern_text.rsplit("@", 1)[0])
        # Spaced dots, or dots written as words: the domain must end in a real
        # top-level one ("pago@tienda punto venta" is a sentence after a handle).
        if pattern_name in ("email-spaced-dots", "email-dot-words"):
            return _ends_in_top_level_domain(pattern_text)
        if pattern_name == "email-word-at":
            local = _WORD_AT.split(pattern_text, maxsplit=1)[0]
            return _ends_in_top_level_domain(pattern_text) and _named_local(local)
        return None


def _ends_in_top_level_domain(address: str) -> bool:
    """The last label of ``address`` (after a dot, a space or a dot's word) is
    a real top-level domain."""
    return regex.split(r"[.\s]+", address.strip())[-1].lower() in top_level_domains()


def _personal_handle(local: str) -> bool:
    """A payment address's handle that is a person's: two or three words, none
    an ordinary English word, one a listed name, or a word no list or
    dictionary holds beside initials ("kasun.herath", "anoop.tp",
    "rb.thapamagar"; not a shop's "ridersettle", "freshkart.blr")."""
    words = [w for _, _, w in tokens(local)]
    if not 2 <= len(words) <= 3:
        return False
    data = name_data()
    if any(data.word_score(w) >= MIN_WORD for w in words):  # as a name's words must be
        return False
    if any(len(w) >= 3 and w in data.usable for w in words):
        return True
    long = [w for w in words if len(w) > 2]
    return len(long) == 1 and len(long[0]) >= 5 and not data.is_english(long[0])


# "@" with a space before it and none after.
_SPACED_AT = regex.compile(r"\s@(?!\s)")
_WORD_AT = regex.compile(rf"(?i)\s+(?:{_AT_WORDS})\s+")


def _named_local(local: str) -> bool:
    """A local part of two words or more, one a listed name barely a word
    ("jane.doe", "ivan.petrov"), none an ordinary English word but a name's:
    where "at" stands for the "@", only a person's address is read (not
    "config.yaml at s3.example.com")."""
    words = [w for _, _, w in tokens(local)]
    if len(words) < 2:
        return False
    data = name_data()
    return any(
        len(w) >= 3 and w in data.usable and data.word_score(w) < MIN_WORD for w in words
    ) and not any(data.word_score(w) >= MIN_WORD and w not in data.usable for w in words)


@functools.cache
def top_level_domains() -> frozenset[str]:
    """The top-level domains of the Public Suffix List, as the copy tldextract
    (Presidio's dependency) ships has them, never fetched; and the names
    reserved for tests and examples (RFC 2606)."""
    import tldextract  # half a second to read: only when a spaced "@" needs it

    suffixes = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None).tlds
    reserved = {"example", "test", "invalid", "localhost"}
    return frozenset({suffix.rsplit(".", 1)[-1].lower() for suffix in suffixes} | reserved)


_CLOSES = regex.compile(r"[)\]]")
# A number that starts with a date is none: a first group of four digits that
# reads as a year, then a separator (dated identifiers, "2026-118204"; national
# numbers of the regions tried start with a trunk 0, or are written 3-3-4 or
# 5-5), or a date written day first, perhaps with its time ("06.05.2026 20:23").
_DATED = regex.compile(
    r"(?:19|20)[0-9]{2}[ ./\-]|[0-3]?[0-9][./][01]?[0-9][./](?:19|20)[0-9]{2}(?![0-9])"
)

# A number written as quantities are, never as a phone's groups: one decimal
# point ("13.7563", a latitude) or thousands after a dot ("336.000",
# "1.234.567"). Phones written with dots have more groups ("415.867.5309").
_QUANTITY = regex.compile(
    r"[0-9]+\.[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+"
    # or two decimals, a coordinate pair's latitude and longitude ("6.5244 3.3792")
    r"|-?[0-9]{1,3}\.[0-9]{3,}(?:, ?| )-?[0-9]{1,3}\.[0-9]{3,}"
)
_QUANTITY_CUE_REACH = 16  # characters before it where a phone's word makes it one
_LABEL_REACH = 24  # characters before a number where its label is looked for


def _after_letter(text: str, start: int) -> bool:
    """Digits from ``start`` glued to a letter before them: an identifier's."""
    return text[start - 1 : start].isalpha()


def extension_end(text: str, end: int) -> int:
    """The end of a phone number found ending at ``end``, with the extension
    glued on or written after it, which is the number's too:
    "001-996-921-2763x92808", "555-0100 ext. 22", "#204"."""
    extension = _EXTENSION_AFTER.match(text, end)
    return end if extension is None else int(extension.end())


_EXTENSION_AFTER = regex.compile(EXTENSION + r"(?![0-9\p{L}])")


_CONTEXT_WORDS = "phone tel mobile cell call fax sms whatsapp oncall contact".split()


class FieldPhoneRecognizer(FieldRecognizer):
    """Phone numbers that libphonenumber finds valid, international or national."""

    ENTITY = "PHONE_NUMBER"
    CATEGORY = "personal"
    DESCRIPTION = "a phone number"
    LABEL = "phone"
    TRIGGER = DIGIT_RUN
    NEEDS_DIGITS = True
    REGIONS = ("US", "GB", "DE", "FR", "IN", "AU")
    # Cheap gate: only text with a run of 7+ digits and separators reaches
    # libphonenumber (its separators: space . - / ~ x brackets, and a few
    # non-ASCII ones normalization keeps: U+30FC, U+2053, U+223C).
    _CANDIDATE = regex.compile(rf"\+?[(\[]?[0-9][0-9{NUMBER_SEPARATORS}]{{6,20}}[0-9]")
    _MARGIN = 24  # characters: longer than any number written with separators

    # A bare run of digits is a phone number only next to a word that says so;
    # otherwise it is an account number, an id or a timestamp. The word may
    # begin a longer one or a camel-case word ("callback", "on_call",
    # "customerPhone"; read only as whole words, as PHONE_LABELS reads them,
    # phones after those were taken for accounts), but not end one: "hotel",
    # "Castellano", "Marcello", "recall" hold no phone's word.
    _CONTEXT = regex.compile(
        r"(?<![A-Za-z])(?i:" + "|".join(_CONTEXT_WORDS) + ")"
        r"|(?<=[a-z])(?:" + "|".join(w.capitalize() for w in _CONTEXT_WORDS) + ")"
    )
    # Words that say a number is a phone number, in the languages of the regions
    # tried below: beside one, a number valid in any region libphonenumber knows
    # is taken (Brazil, Korea, Singapore...), and a run of digits glued into an
    # identifier (``sim-447911123456``) is read as an international number.
    _ANY_REGION_CONTEXT = PHONE_LABELS
    _LABEL_JUST_BEFORE = regex.compile(PHONE_LABELS.pattern + r"\.?[ \t]*[:#]?[ \t]*$")
    # A number written as only phones are, its own context: a Brazilian mobile's
    # "(11) 95034-4154" (area code in brackets, nine digits from a 9, a hyphen);
    # a Korean or Japanese mobile's "010-4515-1716", "090-1234-5678".
    _OWN_EVIDENCE = regex.compile(
        r"(?<![0-9])\([1-9][0-9]\) ?9[0-9]{4}-[0-9]{4}(?![0-9])"
        r"|(?<![0-9\-])0(?:1[016-9]|[789]0)-[0-9]{3,4}-[0-9]{4}(?![0-9\-])"
    )
    _DIGITS_ONLY = regex.compile(r"(?<![0-9])[0-9]{10,15}(?![0-9])")
    # A phone word glued or joined to its digits in an identifier
    # ("warenkorb-tel015168606368", "msisdn_966567485815"): the word says what
    # the run is, read as national or international.
    _GLUED_TO_WORD = regex.compile(
        r"(?i)(?<![a-z])(?:tel|phone|mobile|mob|cell|fax|sms|msisdn|whatsapp|handy|mpesa)[_\-.:]?"
        r"(?P<digits>[0-9]{9,15})(?![0-9])"
    )

    # An international number stored without its "+" (a subscriber's MSISDN),
    # joined into an identifier after a word for whom it reaches
    # ("agent_254712427027", "rider-84300580862"). Read only as its country's
    # mobile number: an AWS account id or a serial there reads so one time in forty.
    _AFTER_PERSON_WORD = regex.compile(
        r"(?<![\p{L}\p{N}])(?P<word>\p{L}{3,20})[_\-.:/](?P<digits>[1-9][0-9]{10,12})(?![0-9])"
    )
    _MOBILE = (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        # libphonenumber has no time bound of its own, and long runs of digits and
        # separators ("1/1/1/...") cost it seconds. It reads only the windows
        # around candidates, for the time one pattern gets; a value that needs
        # more is refused (fail closed).
        deadline = cpu_deadline()
        seen: set[tuple[int, int]] = set()
        regions = self.REGIONS + regions_by_script(text)
        for low, high in self._windows(text):
            for matcher in self._matchers(text, low, high, regions, deadline):
                for match in matcher:
                    # "(+44 7700 900456)": libphonenumber keeps the opening bracket
                    # of a number written inside brackets; the number is without it.
                    raw = match.raw_string
                    opened = raw.startswith(("(", "[")) and not _CLOSES.search(raw)
                    span = (low + match.start + opened, low + match.end)
                    span = (self._trunk_start(text, *span, deadline), span[1])
                    if span not in seen:
                        seen.add(span)
                        yield span[0], span[1], 0.75
                if matcher.gave_up:
                    raise RecognizerTimeout("phone number matching ran out of tries")
        for start, end in self._glued_to_word(text, regions, deadline):
            if (start, end) not in seen:
                seen.add((start, end))
                yield start, end, 0.75
        for start, end in self._subscribers(text, deadline):
            if not overlaps((start, end), seen):
                seen.add((start, end))
                yield start, end, 0.7
        if bounded.search(self._ANY_REGION_CONTEXT, text) or bounded.search(
            self._OWN_EVIDENCE, text
        ):
            # Beside a number the regions above read (a firm's registration
            # that reads as a French one), the phone the context speaks of.
            for start, end in self._any_region(text, deadline):
                if not overlaps((start, end), seen):
                    seen.add((start, end))
                    yield start, end, 0.7
        if "+" in text:
            for start, end in self._written_abroad(text):
                if not overlaps((start, end), seen):
                    yield start, end, 0.7

    def _trunk_start(self, text: str, start: int, end: int, deadline: float) -> int:
        """Where a number found starts, with a national trunk prefix or a
        country's code left before it: "8 (701) 912-09-03" is one number in
        Kazakhstan, though "(701) 912-09-03" reads as one in North Dakota;
        "+1 (415) 555-0100 ext. 22" one with its extension. Never the prefix
        left beside a pseudonym."""
        before = text[max(0, start - 6) : start]
        trunk = _TRUNK_BEFORE.search(before)
        if trunk is None:
            return self._code_before_trunk(text, start, end, deadline)
        first: int = start - len(before) + trunk.start()
        raw = text[first:end]
        if any(self._valid(raw, region, deadline) for region in _regions()):
            return first
        return start

    def _code_before_trunk(self, text: str, start: int, end: int, deadline: float) -> int:
        """Where a number whose trunk prefix is in brackets starts: with the
        country's code before it, written without its "+" ("353 (0) 21 457
        4640"). The bracketed "(0)" is written only after a country's code, so
        the digits before it are one, where "+" and they make a valid number."""
        if not text.startswith("(0)", start):
            return start
        code = _CODE_BEFORE.search(text, max(0, start - 5), start)
        if code is None:
            return start
        first: int = code.start()
        return first if self._valid("+" + text[first:end], None, deadline) else start

    def _matchers(
        self, text: str, low: int, high: int, regions: tuple[str, ...], deadline: float
    ) -> list[_TimedMatcher]:
        """The matcher runs over one window: valid numbers of every region in
        one pass (each candidate is read in each region in turn, as separate
        runs would, at a sixth of their cost); "possible" numbers count only
        when written with "+" (see ``_plausible``), and those read the same
        whatever the default region, so one such run, and none without a "+"."""

        def plausible(raw: str, leniency: int, offset: int) -> bool:
            return self._plausible(text, raw, leniency, low + offset)

        window = text[low:high]
        valid = phonenumbers.Leniency.VALID
        runs = [_TimedMatcher(window, regions, valid, deadline, plausible)]
        if "+" in window:
            possible = phonenumbers.Leniency.POSSIBLE
            runs.append(_TimedMatcher(window, self.REGIONS[:1], possible, deadline, plausible))
        return runs

    def _any_region(self, text: str, deadline: float) -> Iterator[tuple[int, int]]:
        """Candidates valid in some region libphonenumber knows, or, as bare
        digits, valid with a ``+`` before them."""
        for m in bounded.finditer(self._CANDIDATE, text):
            raw = m.group().rstrip(" (.-/[~x")
            digits = "".join(ch for ch in raw if ch.isdigit())
            if raw.startswith("+") or len(digits) < 8 or looks_like_time(digits):
                continue
            if _after_letter(text, m.start()):
                continue  # glued to letters, an identifier's digits ("LV40003032949")
            if _DATED.match(raw):
                continue  # "FAC/2026/2330", "05.07.2026 8"
            if _QUANTITY.fullmatch(raw) and not self._phone_word_before(text, m.start()):
                continue
            if not self._unclaimed(text, m.start(), raw):
                continue
            if raw.isdigit() and len(digits) < 10 and not self._labelled(text, m.start()):
                continue  # eight or nine bare digits: a phone's only right after its word
            if any(self._valid(raw, region, deadline) for region in _regions()):
                yield m.start(), m.start() + len(raw)
                continue
            if raw.isdigit() and self._valid("+" + raw, None, deadline):
                yield m.start(), m.start() + len(raw)
        for m in bounded.finditer(self._DIGITS_ONLY, text):
            # Glued into an identifier, where the candidate pattern sees it too,
            # but national readings of a bare run mean nothing.
            if _after_letter(text, m.start()) or m.start() == 0:
                continue
            if not self._unclaimed(text, m.start(), m.group()):
                continue
            if self._valid("+" + m.group(), None, deadline):
                yield m.span()

    def _written_abroad(self, text: str) -> Iterator[tuple[int, int]]:
        """A number written as dialled from abroad, "+", a country code and groups
        of digits ("+234-1-370-7618", "+52 1 33 1234 5678"), that libphonenumber's
        metadata no longer holds possible: old area codes and mobile prefixes
        people still write. Whatever else it could be is not written so."""
        for m in bounded.finditer(_WRITTEN_ABROAD, text):
            digits = sum(ch.isdigit() for ch in m.group())
            code = int(m.group("cc"))
            if not 9 <= digits <= 15 or phonenumbers.region_code_for_country_code(code) == "ZZ":
                continue
            if self._unclaimed(text, m.start(), m.group()):
                yield m.span()

    def _glued_to_word(
        self, text: str, regions: tuple[str, ...], deadline: float
    ) -> Iterator[tuple[int, int]]:
        for m in bounded.finditer(self._GLUED_TO_WORD, text):
            digits = m.group("digits")
            if looks_like_time(digits):
                continue
            international = digits[0] != "0" and self._valid("+" + digits, None, deadline)
            if international or any(self._valid(digits, r, deadline) for r in regions):
                yield m.span("digits")

    def _subscribers(self, text: str, deadline: float) -> Iterator[tuple[int, int]]:
        for m in bounded.finditer(self._AFTER_PERSON_WORD, text):
            if not names_a_person(m.group("word")):
                continue
            number = self._parsed("+" + m.group("digits"), None, deadline)
            if number is not None and phonenumbers.number_type(number) in self._MOBILE:
                yield m.span("digits")

    def _labelled(self, text: str, start: int) -> bool:
        """A word naming a phone right before ``start``: "tel. 29123456",
        "Telefon: 22334455"; not one naming a contact, a call or who is on call
        ("contact 12345678" is a contact's id as often)."""
        label = self._LABEL_JUST_BEFORE.search(text, max(0, start - _LABEL_REACH), start)
        return label is not None and label.group().strip(" \t.:#").casefold() not in CONTACT_WORDS

    def _phone_word_before(self, text: str, start: int | None) -> bool:
        """A phone's word just before ``start``: "mobile 0412.345678" is one."""
        if start is None:
            return False
        return self._CONTEXT.search(text, max(0, start - _QUANTITY_CUE_REACH), start) is not None

    @classmethod
    def _valid(cls, raw: str, region: str | None, deadline: float) -> bool:
        return cls._parsed(raw, region, deadline) is not None

    @staticmethod
    def _parsed(raw: str, region: str | None, deadline: float) -> phonenumbers.PhoneNumber | None:
        """``raw`` read in ``region``, if a valid number there."""
        if past(deadline):
            raise RecognizerTimeout("phone number matching timed out")
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            return None
        return number if phonenumbers.is_valid_number(number) else None

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text around candidates, wide enough for any number cut
        by a candidate's end and for the characters libphonenumber looks at
        beside a number; overlapping ones merged."""
        out: list[tuple[int, int]] = []
        for m in bounded.finditer(self._CANDIDATE, text):
            low, high = max(0, m.start() - self._MARGIN), min(len(text), m.end() + self._MARGIN)
            if out and low <= out[-1][1]:
                out[-1] = (out[-1][0], high)
            else:
                out.append((low, high))
        return out

    def _plausible(self, text: str, raw: str, leniency: object, start: int | None = None) -> bool:
        # Numbers in reserved fictional ranges (555-01xx, UK drama) are only
        # "possible"; an explicit international prefix makes them likely enough.
        if leniency is phonenumbers.Leniency.POSSIBLE and not raw.lstrip("([").startswith("+"):
            return False
        digits = "".join(ch for ch in raw if ch.isdigit())
        if looks_like_time(digits):
            return False
        if _DATED.match(raw):
            return False  # "INV-2026-004417": no region tried groups a number so
        if _QUANTITY.fullmatch(raw) and not self._phone_word_before(text, start):
            return False  # "13.7563,100.5018", "Rp 336.000": a decimal or an amount
        if start is not None and not self._unclaimed(text, start, raw):
            return False
        if raw.isdigit():
            return bool(bounded.search(self._CONTEXT, text))
        return True

    @staticmethod
    def _unclaimed(text: str, start: int, raw: str) -> bool:
        """No other kind of number claims it: an IPv4 address, or a number
        after a label for an invoice, a serial, a SIM card, an account..."""
        if is_ipv4(raw):
            return False
        if sum(ch.isdigit() for ch in _EXTENSION.sub("", raw)) > MAX_PHONE_DIGITS:
            return False  # "4929 1023 8841 7720": longer than any number E.164 allows
        if _DECIMAL_BEFORE.search(text, max(0, start - 2), start):
            return False  # "19.04393 72.84752": the fraction of a coordinate
        if _TIME_BEFORE.search(text, max(0, start - 6), start):
            return False  # "13:55:36 -0700": a time's seconds and its zone
        before = text[max(0, start - 24) : start]
        if bounded.search(_NOT_PHONE_LABEL, before) is not None:
            return False
        # A barcode after its word, its check digit right ("EAN-13 like 4051703052953")
        digits = "".join(ch for ch in raw if ch.isdigit())
        return not (gtin_ok(digits) and bounded.search(_BARCODE_WORD, before) is not None)


# A digit alone before a number found, a space or hyphen after it: the trunk
# prefix of a number dialled at home ("8 (701) ...", "0 30 ..."), not a digit of
# something else ("7.8 (701)", "x8 ..."); or "+" and a country's code.
_TRUNK_BEFORE = regex.compile(r"(?:^|(?<=[^\w.,+]))(?:\+[1-9][0-9]{0,2}|[0-9])[ \-]$")
# A country's code without its "+", a space after it, before a bracketed trunk "(0)".
_CODE_BEFORE = regex.compile(r"(?:^|(?<=[^\w.,+\-]))[1-9][0-9]{0,2} $")
_PLUS = frozenset("+\uff0b")
# "+", a country code, then at least two groups of digits, each after one
# separator: no date, time zone, version or coordinate is written so.
_WRITTEN_ABROAD = regex.compile(
    r"(?<![\w+])\+(?P<cc>[1-9][0-9]{0,2})(?:[ \-.](?:\([0-9]{1,4}\)|[0-9]{1,5})){2,6}(?![\w.+\-])"
)
# An extension after the number, which E.164 does not count ("ext. 12345", "x 22").
_EXTENSION = regex.compile(r"(?i)\s*(?:ext(?:ension)?\.?|x|#)\s*[0-9]{1,7}\s*$")
_DECIMAL_BEFORE = regex.compile(r"[0-9][.,]$")
_TIME_BEFORE = regex.compile(r"(?<![0-9])[0-9]{1,2}:[0-5][0-9]:$")
# A barcode's word (GS1's numbers and the ISBN), a few words before the number.
_BARCODE_WORD = regex.compile(
    r"(?i)(?<![a-z])(?:ean|upc|gtin|isbn|barcode|bar code|código de barras|code-barres"
    r"|codice a barre|strichcode)(?![a-z])"
)
_NOT_PHONE_LABEL = regex.compile(
    r"(?i)(?<![a-z])(invoice|inv|order|po|rma|case|ticket|serial|s/?n|imei|imsi|iccid|meid|sku"
    r"|ean|upc|gtin|isbn|vin|cost ?cent(?:re|er)|version|build|ip|account|acct|iban|card|policy"
    r"|mpan|mprn|mpxn|meters?|sim ?pool|awb|(?:air ?)?waybill|parcel|consignment|utr|ndc)"
    r"\W{0,3}(?:no\.?|nr\.?|number|num|#|id|code)?\W{0,3}$"
)


# Fewest digits of a number dialled through an international prefix: the prefix
# (two digits at least: "00", "011"), a country code and the shortest national
# number of that country. From libphonenumber's metadata (a test recomputes
# it); a constant, as computing it loads every region's metadata (seconds).
SHORTEST_DIALLED_ABROAD = 8


@functools.cache
def _shortest_national(region: str) -> int:
    """Fewest digits of a national number of ``region`` (its metadata's lengths)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = metadata.general_desc if metadata is not None else None
    lengths = [n for n in desc.possible_length if n > 0] if desc is not None else []
    return min(lengths, default=1)


def could_be_valid(candidate: str, digits: int, region: str) -> bool:
    """Whether ``candidate`` could read as a valid number of ``region``: a
    cheap necessary condition (lengths from the metadata), to skip a parse."""
    if digits >= _shortest_national(region) or not _PLUS.isdisjoint(candidate):
        return True
    # Every region tried starts its international prefix with 0 or 1.
    first = next((ch for ch in candidate if ch.isdigit()), "")
    return digits >= SHORTEST_DIALLED_ABROAD and first in ("0", "1")


# The script a text is written in says where its national numbers come from:
# "담당자: 박지우, 010-1234-5678" is read as Korean too. Only scripts that belong to
# few numbering plans; Latin and Arabic text goes by context words instead.
_SCRIPT_REGIONS: tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...] = (
    (regex.compile(r"\p{Hangul}"), ("KR",)),
    (regex.compile(r"[\p{Hiragana}\p{Katakana}]"), ("JP",)),
    (regex.compile(r"\p{Han}"), ("CN", "TW", "HK", "JP")),
    (regex.compile(r"\p{Cyrillic}"), ("RU", "UA", "BY", "KZ", "BG", "RS")),
    (regex.compile(r"\p{Greek}"), ("GR", "CY")),
    (regex.compile(r"\p{Hebrew}"), ("IL",)),
    (regex.compile(r"\p{Thai}"), ("TH",)),
)


def regions_by_script(text: str) -> tuple[str, ...]:
    """Regions whose numbers a text's script suggests, beyond the default ones."""
    if text.isascii():
        return ()
    out: list[str] = []
    for script, regions in _SCRIPT_REGIONS:
        if script.search(text):
            out += [r for r in regions if r not in out and r not in FieldPhoneRecognizer.REGIONS]
    return tuple(out)


@functools.cache
def _regions() -> tuple[str, ...]:
    return tuple(sorted(phonenumbers.SUPPORTED_REGIONS))


class _TimedMatcher(phonenumbers.PhoneNumberMatcher):
    """libphonenumber's matcher over several regions, stopped at a deadline.

    A candidate is read in each region in turn (``_parse_and_verify``, as typed
    in the package's own stubs) and the first plausible reading is the match.
    That finds what one run per region finds: the candidates tried do not
    depend on the region, only their readings do. The deadline is checked
    before each reading, so one long search cannot outrun it. The matcher also
    stops quietly after 65535 rejected candidates: that is reported through
    ``gave_up``, as numbers further on would be missed.
    """

    def __init__(
        self,
        text: str,
        regions: Sequence[str],
        leniency: int,
        deadline: float,
        plausible: Callable[[str, int, int], bool],
    ) -> None:
        super().__init__(text, regions[0], leniency=leniency)
        self._regions = regions
        self._deadline = deadline
        self._is_plausible = plausible

    def _parse_and_verify(self, candidate: str, offset: int) -> PhoneNumberMatch | None:
        # A match's raw string is the candidate: one that could never pass
        # (a date, bare digits with no word for a phone) is not parsed at all.
        if not self._is_plausible(candidate, self.leniency, offset):
            return None
        digits = sum(ch.isdigit() for ch in candidate)
        for region in self._regions:
            if not could_be_valid(candidate, digits, region):
                continue
            if past(self._deadline):
                raise RecognizerTimeout("phone number matching timed out")
            self.preferred_region = region
            match = super()._parse_and_verify(candidate, offset)
            if match is not None:
                return match  # plausible already: its raw string is the candidate
        return None

    @property
    def gave_up(self) -> bool:
        return bool(self._max_tries <= 0)
