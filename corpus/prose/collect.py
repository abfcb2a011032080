"""Rebuild corpus/prose/*.jsonl from local copies of the public sources they come from.

    python corpus/prose/collect.py RETAIL_DEMO_STORE_GIT MARKDOWN_GIT...
    python corpus/prose/collect.py --django DJANGO_SDIST_DIR

Each git argument is a git directory (bare or not); files are read at HEAD with
``git show``. The retail demo store's product catalogue gives one record per
product (its name and description, as sent in Personalize item properties);
every other repository gives one record per paragraph of its Markdown files
(code blocks, tables, images and HTML dropped, links reduced to their text).
``--django`` reads an unpacked Django sdist: one record per translated message
of three words or more in each language written in Latin letters (prose in
other languages, where capitalized nouns and function words meet name lists),
and one per message of two or three words in each language written in a script
without capitals (labels as short as a tag value or a name, where only the
words themselves tell a name from a phrase).
Nothing here runs in tests: the records are committed, with their source.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import regex
import yaml

HERE = Path(__file__).resolve().parent
_LINK = regex.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_NOISE = regex.compile(r"^\s*(?:\||<|!\[|>?\s*$)")


def git(repo: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", repo, *args], check=True, capture_output=True, text=True
    ).stdout


def products(repo: str) -> list[dict[str, str]]:
    catalogue = yaml.safe_load(git(repo, "show", "HEAD:src/products/data/products.yaml"))
    return [
        {"id": p["id"], "name": p["name"], "description": " ".join(p["description"].split())}
        for p in catalogue
    ]


def paragraphs(markdown: str) -> list[str]:
    out: list[str] = []
    block: list[str] = []
    fenced = False
    for line in [*markdown.splitlines(), ""]:
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced or _NOISE.match(line):
            if block:
                out.append(" ".join(block))
                block = []
            continue
        text = _LINK.sub(r"\1", line).strip().lstrip("#*- ").replace("`", "")
        if text:
            block.append(text)
    return [" ".join(p.split())[:2000] for p in out if len(p) >= 20]


def markdown_records(repo: str) -> list[dict[str, str]]:
    records = []
    for path in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines():
        if path.endswith(".md"):
            for n, text in enumerate(paragraphs(git(repo, "show", f"HEAD:{path}"))):
                records.append({"id": f"{path}#{n}", "description": text})
    return records


# Django's locales written in Latin letters.
DJANGO_LATIN_LOCALES = (
    "af ast az br bs ca cs cy da de dsb eo es es_AR es_CO es_MX es_NI es_PR es_VE et eu fi fr"
    " fy ga gd gl hr hsb hu ia id ig io is it kab lb lt lv ms nb nl nn pl pt pt_BR ro sk sl sq"
    " sr_Latn sv sw tk tr uz vi"
).split()
# Django's locales written in a script without capitals (Arabic, Hebrew, the
# Indic scripts, Thai, Myanmar, Khmer, Georgian).
DJANGO_CASELESS_LOCALES = (
    "ar ar_DZ fa he ur ckb ug hi mr ne bn pa ta te kn ml th my km ka"
).split()
_MSGSTR = regex.compile(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', regex.M)
_QUOTED = regex.compile(r'"(.*)"')
MIN_MESSAGE_WORDS = 3
SHORT_MESSAGE_WORDS = (2, 3)


def django_messages(
    sdist: str,
    locales: list[str] = DJANGO_LATIN_LOCALES,
    words: tuple[int, int] = (MIN_MESSAGE_WORDS, 10_000),
) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    root = Path(sdist) / "django"
    fewest, most = words
    for locale in locales:
        for po in sorted(root.glob(f"**/locale/{locale}/LC_MESSAGES/django.po")):
            app = po.relative_to(root).parts[0]
            for match in _MSGSTR.finditer(po.read_text(encoding="utf-8")):
                text = "".join(_QUOTED.findall(match.group(1)))
                text = text.replace("\\n", " ").replace('\\"', '"').strip()
                # (not the catalogue's header, which names its translators)
                header = text.startswith("Project-Id-Version")
                if header or not fewest <= len(text.split()) <= most or (locale, text) in seen:
                    continue
                seen.add((locale, text))
                records.append({"id": f"{locale}:{app}:{len(records)}", "description": text})
    return records


def write(name: str, records: list[dict[str, str]]) -> None:
    lines = (json.dumps(r, ensure_ascii=False) for r in records)
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--django"]:
        write("django-locale-messages", django_messages(argv[1]))
        short = django_messages(argv[1], DJANGO_CASELESS_LOCALES, SHORT_MESSAGE_WORDS)
        write("django-caseless-short-messages", short)
        return
    retail, *others = argv
    write("retail-demo-store-products", products(retail))
    markdown: list[dict[str, str]] = []
    for repo in [retail, *others]:
        owner_name = Path(repo).parent.name.replace("+", "/")
        markdown += [{**r, "id": f"{owner_name}:{r['id']}"} for r in markdown_records(repo)]
    write("aws-samples-readmes", markdown)


if __name__ == "__main__":
    main(sys.argv[1:])
