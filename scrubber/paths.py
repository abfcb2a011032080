"""The one path syntax used in findings, reports, the corpus and classification.

``Tags[0].Value``: members joined by ``.``, list items by ``[i]``;
``tags["Owner"]``: the value under a map key; ``tags{"Owner"}``: the map key
itself (tag keys in a map are values too). In classification templates, ``[*]``,
``["*"]`` and ``{"*"}`` stand for any index or key.

Map keys can be sensitive themselves: a key in which anything was found is
shown by its position instead (``tags{#2}``, ``tags[#2]``), so a path never
carries a value.
"""

from __future__ import annotations

import json


def member(parent: str, name: str) -> str:
    return f"{parent}.{name}" if parent else name


def index(parent: str, i: int | str) -> str:
    return f"{parent}[{i}]"


def map_value(parent: str, key: str) -> str:
    return f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


def map_key(parent: str, key: str) -> str:
    return f"{parent}{{{json.dumps(key, ensure_ascii=False)}}}"


def key_by_position(parent: str, position: int, *, of_key: bool) -> str:
    return f"{parent}{{#{position}}}" if of_key else f"{parent}[#{position}]"
