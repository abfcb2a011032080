"""Person names: recall on generated people, false findings on real prose, per name source.

    python -m benchmarks.names [--sources]

Recall: full names drawn from Faker and from mimesis (each in its locales),
written as a whole field ("Olga Ivanova"), in a sentence ("Owned by Olga
Ivanova since May."), lower-case and as an identifier (``olga_ivanova_sales``);
a name counts only when one finding covers all of it. Longer names (a
middle name, a roster's "Surname, Given", a second surname after a hyphen):
the share found only in part. Names from beyond the lists: recall with half
the surnames that are no English word taken out of them, in eight shapes.
Prose: the share of records of ``corpus/prose`` with any PERSON finding.
``--sources`` rebuilds the lists from each source alone and together (needs
the pinned sources installed) to show what each adds and costs.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

from recognizers.names import NameData, fold, name_data
from recognizers.person import FieldPersonRecognizer, find_names

PROSE = Path(__file__).resolve().parents[1] / "corpus" / "prose"
FAKER_LOCALES = (
    "en_US en_GB de_DE fr_FR es_ES it_IT pt_BR nl_NL pl_PL cs_CZ ru_RU uk_UA tr_TR "
    "el_GR vi_VN hi_IN ar_SA fa_IR yo_NG zu_ZA zh_CN ko_KR ja_JP"
).split()
MIMESIS_LOCALES = "en de fr es it pt-br nl pl cs ru uk tr el fa ar-eg zh ko ja kk".split()
WRITINGS: dict[str, Callable[[str, str], str]] = {
    "field": lambda first, last: f"{first} {last}",
    "sentence": lambda first, last: f"Owned by {first} {last} since May.",
    "lower": lambda first, last: f"ask {first.lower()} {last.lower()} first",
    "identifier": lambda first, last: f"{first.lower()}_{last.lower()}_sales",
}


# Longer names, to show a name found in part (a finding on some of its words
# and none on the rest): a middle name, a roster's surname first, a second
# surname joined by a hyphen. Built from two of a locale's people: the second
# one's given name as the middle name, their surname as the second one.
PARTIAL_WRITINGS: dict[str, Callable[[str, str, str, str], tuple[str, str]]] = {
    "three names": lambda first, middle, last, _: (
        f"Owned by {first} {middle} {last} since May.",
        f"{first} {middle} {last}",
    ),
    "roster": lambda first, _, last, __: (f"Signed: {last}, {first}", f"{last}, {first}"),
    "two surnames": lambda first, _, last, last2: (
        f"{first.lower()}_{last.lower()}-{last2.lower()}_sales",
        f"{first.lower()}_{last.lower()}-{last2.lower()}",
    ),
}


# Names whose surname no list holds: half the generated surnames that are no
# English word taken out of the lists (as the held-out sets' names from
# beyond them are), each written in the shapes people write a name in.
UNLISTED_WRITINGS: dict[str, Callable[[str, str], tuple[str, str]]] = {
    "Given Surname": lambda g, s: (f"{g} {s}", f"{g} {s}"),
    "Surname Given": lambda g, s: (f"{s} {g}", f"{s} {g}"),
    "Surname, Given": lambda g, s: (f"{s}, {g}", f"{s}, {g}"),
    "by Surname Given": lambda g, s: (f"Approved by {s} {g} on Monday.", f"{s} {g}"),
    "given surname": lambda g, s: (f"{g.lower()} {s.lower()}", f"{g.lower()} {s.lower()}"),
    "to given surname": lambda g, s: (
        f"please hand it to {g.lower()} {s.lower()} today",
        f"{g.lower()} {s.lower()}",
    ),
    "given_surname": lambda g, s: (f"sales_{g.lower()}_{s.lower()}_weekly", f"{g}_{s}".lower()),
    # (since 2026-12-06 "sandbox" says whose the handle before it is: a cue)
    "givensurname": lambda g, s: (f"{g.lower()}{s.lower()}-sandbox", f"{g}{s}".lower()),
    "givensurname-import": lambda g, s: (f"{g.lower()}{s.lower()}-import", f"{g}{s}".lower()),
}


def unlisted_recall(people: Sequence[tuple[str, str, str]], base: NameData) -> dict[str, float]:
    """Recall (one finding covering the whole name) on people whose surname
    is taken out of the lists (see :data:`UNLISTED_WRITINGS`); people in Latin
    letters, one word each, whose given name stays listed."""
    rows = [(g, s) for _, g, s in people if g.isalpha() and s.isalpha() and _latin((g, s))]
    surnames = sorted({fold(s) for _, s in rows if not base.is_english(fold(s))})
    held = frozenset(random.Random(7).sample(surnames, len(surnames) // 2))
    data = dataclasses.replace(
        base,
        family=base.family - held,
        census_only=base.census_only - held,
        popular=base.popular - held,
    )
    rows = [(g, s) for g, s in rows if fold(s) in held and fold(g) in data.given]
    out = {}
    for how, write in UNLISTED_WRITINGS.items():
        hits = 0
        for given, surname in rows:
            text, name = write(given, surname)
            hits += covered(text, name, data)
        out[how] = hits / max(1, len(rows))
    return out


def faker_people(n: int) -> list[tuple[str, str, str]]:
    from faker import Faker

    out = []
    for locale in FAKER_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(7)
        out += [(locale, fake.first_name(), fake.last_name()) for _ in range(n)]
    return out


def mimesis_people(n: int) -> list[tuple[str, str, str]]:
    from mimesis import Locale, Person

    out = []
    for code in MIMESIS_LOCALES:
        person = Person(Locale(code), seed=7)
        out += [(code, person.first_name(), person.last_name()) for _ in range(n)]
    return out


def covered(text: str, name: str, data: NameData) -> bool:
    start = text.lower().find(name.lower())
    end = start + len(name)
    return any(s <= start and end <= e for s, e, _ in find_names(text, data))


def recall(people: Sequence[tuple[str, str, str]], data: NameData) -> dict[str, float]:
    out = {}
    for how, write in WRITINGS.items():
        cjk_ok = how in ("field", "sentence")
        rows = [(f, la) for _, f, la in people if cjk_ok or f.isascii() or " " not in f]
        hits = 0
        for first, last in rows:
            text = write(first, last)
            cjk = any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in first)
            name = f"{last}{first}" if cjk else (f"{first} {last}" if how != "identifier" else "")
            if cjk:
                text = text.replace(f"{first} {last}", name)
            if how == "identifier":
                name = f"{first.lower()}_{last.lower()}"
            elif how == "lower":
                name = name.lower()
            hits += covered(text, name, data)
        out[how] = hits / max(1, len(rows))
    return out


def partial_rates(people: Sequence[tuple[str, str, str]]) -> dict[str, float]:
    """Of the longer names (:data:`PARTIAL_WRITINGS`) any finding of the
    recognizer touches (with the shipped lists, as a scan runs it), the share
    some letter of which no finding covers. Names whose parts are not each one
    word of letters are left out, and a middle name or a second surname is
    written only with names in Latin letters."""
    rows = [
        (a[1], b[1], a[2], b[2])
        for a, b in itertools.pairwise(people)
        if a[0] == b[0] and all(p.isalpha() for p in (a[1], b[1], a[2], b[2]))
    ]
    # The recognizer as a scan runs it: its names taken to the whole name.
    recognizer = FieldPersonRecognizer()
    out = {}
    for how, write in PARTIAL_WRITINGS.items():
        touched = partial = 0
        # (a middle name or a second surname after a hyphen is written so in
        # Latin letters; a roster sorts every script's names)
        for row in rows if how == "roster" else [r for r in rows if _latin(r)]:
            text, name = write(*row)
            start = text.find(name)
            end = start + len(name)
            found = [(s, e) for s, e, _ in recognizer.spans(text) if s < end and start < e]
            if not found:
                continue
            touched += 1
            covered = {i for s, e in found for i in range(s, e)}
            partial += any(text[i].isalpha() and i not in covered for i in range(start, end))
        out[how] = partial / max(1, touched)
    return out


def _latin(parts: Sequence[str]) -> bool:
    return all(_LATIN_WORD.fullmatch(p) is not None for p in parts)


_LATIN_WORD = regex.compile(r"[\p{Latin}\p{M}]+")


def prose_records() -> dict[str, list[list[str]]]:
    out = {}
    for path in sorted(PROSE.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        out[path.stem] = [[v for k, v in r.items() if k != "id"] for r in rows if r]
    return out


def prose_rate(records: list[list[str]], data: NameData) -> float:
    hit = sum(any(next(find_names(t, data), None) for t in fields) for fields in records)
    return hit / max(1, len(records))


def report(variants: dict[str, NameData], n: int) -> str:
    people = {"faker": faker_people(n), "mimesis": mimesis_people(n)}
    prose = prose_records()
    columns = [f"{src}:{how}" for src in people for how in WRITINGS] + list(prose)
    head = f"{'name lists':<22}" + "".join(f" {c[:18]:>18}" for c in columns)
    lines = ["recall (whole name in one finding) | prose records with a PERSON finding", head]
    lines.append("-" * len(head))
    for label, data in variants.items():
        values = [v for src in people for v in recall(people[src], data).values()]
        values += [prose_rate(records, data) for records in prose.values()]
        lines.append(f"{label:<22}" + "".join(f" {v * 100:>17.1f}%" for v in values))
    columns = [f"{src}:{how}" for src in people for how in PARTIAL_WRITINGS]
    head = f"{'name lists':<22}" + "".join(f" {c[:22]:>22}" for c in columns)
    lines += ["", "longer names found in part (of those any finding touches)", head]
    lines.append("-" * len(head))
    values = [v for src in people for v in partial_rates(people[src]).values()]
    lines.append(f"{'shipped':<22}" + "".join(f" {v * 100:>21.1f}%" for v in values))
    columns = list(UNLISTED_WRITINGS)
    head = f"{'people':<22}" + "".join(f" {c[:18]:>18}" for c in columns)
    lines += ["", "names whose surname no list holds (whole name in one finding)", head]
    lines.append("-" * len(head))
    for src, rows in people.items():
        values = list(unlisted_recall(rows, name_data()).values())
        lines.append(f"{src:<22}" + "".join(f" {v * 100:>17.1f}%" for v in values))
    return "\n".join(lines)


def source_variants() -> dict[str, NameData]:
    from recognizers import name_lists

    base = name_data()
    faker, mimesis = name_lists.from_faker(), name_lists.from_mimesis()
    both = tuple(a | b for a, b in zip(faker, mimesis, strict=True))
    census = name_lists.from_census()
    every = tuple(a | b for a, b in zip(both, census, strict=True))

    def data(lists: tuple[set[str], ...], census_only: set[str] | None = None) -> NameData:
        given, family, native_given, native_family = lists
        return NameData(
            frozenset(w for w in given if len(w) >= 3),
            frozenset(family),
            frozenset(native_given),
            frozenset(native_family),
            base.wordiness,
            census_only=frozenset(census_only or ()),
        )

    no_words = NameData(base.given, base.family, base.native_given, base.native_family, {})
    return {
        "faker": data(faker),
        "mimesis": data(mimesis),
        "faker+mimesis": data(both),
        "faker+mimesis+census": data(every, census[1] - both[1]),
        "shipped": base,
        "shipped, no wordiness": no_words,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.names")
    parser.add_argument("--sources", action="store_true", help="compare the name sources")
    parser.add_argument("-n", type=int, default=100, help="people per locale")
    args = parser.parse_args(argv)
    random.seed(0)
    variants = source_variants() if args.sources else {"shipped": name_data()}
    print(report(variants, args.n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
