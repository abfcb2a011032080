"""Rebuild corpus/prose/*.jsonl from local git copies of the public repositories they come from.

    python corpus/prose/collect.py RETAIL_DEMO_STORE_GIT MARKDOWN_GIT...

Each argument is a git directory (bare or not); files are read at HEAD with
``git show``. The retail demo store's product catalogue gives one record per
product (its name and description, as sent in Personalize item properties);
every other repository gives one record per paragraph of its Markdown files
(code blocks, tables, images and HTML dropped, links reduced to their text).
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


def write(name: str, records: list[dict[str, str]]) -> None:
    lines = (json.dumps(r, ensure_ascii=False) for r in records)
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    retail, *others = argv
    write("retail-demo-store-products", products(retail))
    markdown: list[dict[str, str]] = []
    for repo in [retail, *others]:
        owner_name = Path(repo).parent.name.replace("+", "/")
        markdown += [{**r, "id": f"{owner_name}:{r['id']}"} for r in markdown_records(repo)]
    write("aws-samples-readmes", markdown)


if __name__ == "__main__":
    main(sys.argv[1:])
