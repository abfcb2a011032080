"""Where a value sits in a request, a template or a document: a structured path.

A :class:`Path` is a tuple of steps; its text is the one syntax used in
findings, reports, the corpus and classification. ``Tags[0].Value``: members
joined by ``.``, list items by ``[i]``; ``tags["Owner"]``: the value under a
map key; ``tags{"Owner"}``: the map key itself (tag keys in a map are values
too). In classification templates, ``[*]``, ``["*"]`` and ``{"*"}`` stand for
any index or key.

Map keys can be sensitive themselves: a key whose scan found anything is shown
by its position instead (``tags{#2}``, ``tags[#2]``), so a rendered path never
carries a value. Which keys are hidden is decided by their scan, so rendering
takes that set (:meth:`Path.render`); nothing parses a rendered path back.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass

import regex

_PLAIN = regex.compile(r"[A-Za-z0-9_:@-]+")


@dataclass(frozen=True)
class Member:
    """A structure member, named by the service model (never data)."""

    name: str


@dataclass(frozen=True)
class Item:
    """A list item; ``None`` in templates: any item."""

    index: int | None


@dataclass(frozen=True)
class Entry:
    """The value under a map key (or a key that names free data, such as a
    template's logical id). ``key`` None in templates: any key. ``as_member``:
    shown ``.key`` when the key is a plain word (template property names)."""

    key: str | None
    position: int = -1
    as_member: bool = False


@dataclass(frozen=True)
class EntryKey:
    """A map key itself, which is data too."""

    key: str | None
    position: int = -1


Step = Member | Item | Entry | EntryKey
# Key-free steps for finding a value in a parsed file: (kind, name or position).
Locator = tuple[tuple[str, str | int], ...]


@dataclass(frozen=True)
class Path:
    steps: tuple[Step, ...] = ()

    def __truediv__(self, step: Step) -> Path:
        return Path((*self.steps, step))

    def member(self, name: str) -> Path:
        return self / Member(name)

    def item(self, index: int | None) -> Path:
        return self / Item(index)

    def entry(self, key: str | None, position: int = -1, *, as_member: bool = False) -> Path:
        return self / Entry(key, position, as_member)

    def entry_key(self, key: str | None, position: int = -1) -> Path:
        return self / EntryKey(key, position)

    def key_of(self) -> Path:
        """For the path of a value under a key, the path of the key itself."""
        last = self.steps[-1]
        if not isinstance(last, Entry):
            raise ValueError("not the path of a value under a key")
        return Path((*self.steps[:-1], EntryKey(last.key, last.position)))

    def render(self, hidden: Collection[Path] = ()) -> str:
        """The text of this path; keys whose paths are in ``hidden`` shown by position."""
        out: list[str] = []
        for i, step in enumerate(self.steps):
            if isinstance(step, Member):
                out.append(f".{step.name}" if out else step.name)
            elif isinstance(step, Item):
                out.append(f"[{'*' if step.index is None else step.index}]")
            elif isinstance(step, Entry):
                key_path = Path((*self.steps[:i], EntryKey(step.key, step.position)))
                if key_path in hidden:
                    out.append(f"[#{step.position}]")
                elif step.as_member and step.key is not None and _PLAIN.fullmatch(step.key):
                    out.append(f".{step.key}" if out else step.key)
                else:
                    out.append(f"[{_quoted(step.key)}]")
            else:
                if Path(self.steps[: i + 1]) in hidden:
                    out.append(f"{{#{step.position}}}")
                else:
                    out.append(f"{{{_quoted(step.key)}}}")
        return "".join(out)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        # Keys may be data: a repr names positions only.
        return f"Path({self.locator(hidden=self._keys())!r})"

    def _keys(self) -> frozenset[Path]:
        return frozenset(
            Path((*self.steps[:i], EntryKey(s.key, s.position)))
            for i, s in enumerate(self.steps)
            if isinstance(s, (Entry, EntryKey))
        )

    def locator(self, hidden: Collection[Path] = ()) -> Locator:
        """Steps that find this value in the parsed file it came from: keys by
        name where the rendered path shows them anyway, else by position (so a
        locator holds no more than the path's text)."""
        out: list[tuple[str, str | int]] = []
        for i, step in enumerate(self.steps):
            if isinstance(step, Member):
                out.append(("member", step.name))
            elif isinstance(step, Item):
                out.append(("index", -1 if step.index is None else step.index))
            else:
                key_path = Path((*self.steps[:i], EntryKey(step.key, step.position)))
                by_name = step.key is not None and key_path not in hidden
                kind = "value" if isinstance(step, Entry) else "key"
                out.append(
                    (kind, step.key)
                    if by_name and step.key is not None
                    else (f"{kind}_at", step.position)
                )
        return tuple(out)


ROOT = Path()


def _quoted(key: str | None) -> str:
    return '"*"' if key is None else json.dumps(key, ensure_ascii=False)
