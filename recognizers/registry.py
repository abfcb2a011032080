"""The registry: one explicit list of recognizer classes, and everything derived from it.

Entity sets, categories, pseudonym labels, report descriptions and the
prefilter's triggers are read off the recognizers' own class data, so adding a
recognizer is one class in one file (plus its line in ``registered()`` and its
table test); no other list is kept by hand.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from recognizers.base import Category, FieldRecognizer


@dataclass(frozen=True)
class Registry:
    """An ordered set of recognizer classes and the tables derived from them."""

    recognizers: tuple[type[FieldRecognizer], ...]

    def __post_init__(self) -> None:
        seen: dict[str, Category] = {}
        for cls in self.recognizers:
            if seen.setdefault(cls.ENTITY, cls.CATEGORY) != cls.CATEGORY:
                raise ValueError(f"{cls.__name__}: {cls.ENTITY} is declared in two categories")

    @functools.cached_property
    def entities(self) -> frozenset[str]:
        return frozenset(cls.ENTITY for cls in self.recognizers)

    @functools.cached_property
    def credential_entities(self) -> frozenset[str]:
        return self._of("credential")

    @functools.cached_property
    def personal_entities(self) -> frozenset[str]:
        return self._of("personal")

    def _of(self, category: Category) -> frozenset[str]:
        return frozenset(cls.ENTITY for cls in self.recognizers if cls.CATEGORY == category)

    @functools.cached_property
    def _first(self) -> dict[str, type[FieldRecognizer]]:
        first: dict[str, type[FieldRecognizer]] = {}
        for cls in self.recognizers:
            first.setdefault(cls.ENTITY, cls)
        return first

    def label(self, entity: str) -> str:
        """The word a pseudonym for ``entity`` starts with."""
        cls = self._first.get(entity)
        return cls.LABEL if cls is not None else FieldRecognizer.LABEL

    def description(self, entity: str) -> str:
        """What ``entity`` is, for reports ("a person's name")."""
        cls = self._first.get(entity)
        return cls.DESCRIPTION if cls is not None else f"sensitive data ({entity})"

    def of(self, entity: str) -> tuple[type[FieldRecognizer], ...]:
        return tuple(cls for cls in self.recognizers if cls.ENTITY == entity)

    def extended(self, extra: Sequence[type[FieldRecognizer]]) -> Registry:
        return Registry((*self.recognizers, *extra))


@functools.cache
def default_registry() -> Registry:
    from recognizers import registered

    return Registry(registered())
