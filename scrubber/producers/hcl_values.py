"""Terraform's HCL read into values that keep their place in the file.

python-hcl2 (a maintained Lark grammar of HCL2) parses the text; its
``dict`` output drops line numbers, so its parse tree is read here instead,
into a few value types: strings (literal text, with each ``${...}`` blanked
and the ``var.``/``local.`` references it held), bare references, objects,
blocks, lists, and calls or conditionals whose arguments may all reach the
field. Everything else (arithmetic, ``for`` expressions, splats) is
:class:`Opaque`: not a literal, so not checked.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import regex

# A reference a string may be followed to: ("var" | "local", name).
Ref = tuple[str, str]
REFERENCE = regex.compile(r"\$\{\s*(var|local|each)\.([A-Za-z_][A-Za-z0-9_-]*)[^}]*\}")
TEMPLATE_PART = regex.compile(r"[$%]\{[^}]*\}")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


@dataclass(frozen=True)
class Pos:
    line: int
    column: int


@dataclass(frozen=True)
class Text:
    """A string: literal text with interpolations blanked, and what they referred to."""

    text: str
    pos: Pos
    refs: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class Reference:
    ref: Ref
    pos: Pos


@dataclass
class Object:
    """An object literal (``{k = v}``) or a block's body (``block = True``)."""

    items: list[tuple[str, Pos, Any]] = field(default_factory=list)
    block: bool = False
    pos: Pos = Pos(0, 0)


@dataclass(frozen=True)
class Several:
    """A call's arguments or a conditional's branches: each may become the value."""

    values: tuple[Any, ...]


@dataclass(frozen=True)
class Opaque:
    """Not a literal (arithmetic, for expressions, other references)."""


@dataclass(frozen=True)
class Block:
    kind: str  # resource, variable, locals, ...
    labels: tuple[str, ...]
    body: Object


class HclError(Exception):
    """The text is not HCL that python-hcl2 reads; carries the line only."""

    def __init__(self, line: int | None) -> None:
        super().__init__(f"line {line}" if line else "")
        self.line = line


@functools.lru_cache(maxsize=1)
def _parser() -> Any:
    from hcl2.parser import parser

    return parser()


def parse(text: str) -> list[Block]:
    """The top-level blocks of a ``.tf`` file."""
    return [b for b in _top(text).blocks if isinstance(b, Block)]


def parse_assignments(text: str) -> Object:
    """The top-level ``name = value`` lines of a ``.tfvars`` file."""
    return _top(text).attributes


@dataclass
class _Top:
    blocks: list[Block]
    attributes: Object


def _top(text: str) -> _Top:
    from lark.exceptions import LarkError, UnexpectedInput

    if not text.endswith("\n"):
        text += "\n"  # the grammar wants a final newline
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as exc:
        raise HclError(getattr(exc, "line", None)) from None
    except (LarkError, RecursionError):
        raise HclError(None) from None
    body = _trees(tree)[0]
    attributes = Object(block=True, pos=Pos(1, 1))
    for child in _trees(body):
        if child.data == "attribute":
            name_node, value_node = _trees(child)[0], _trees(child)[-1]
            attributes.items.append(
                (_name(name_node) or "", _pos(name_node), _expression(value_node))
            )
    return _Top([_block(b) for b in _trees(body) if b.data == "block"], attributes)


# ---- reading the parse tree ----------------------------------------------------


def _trees(node: Any) -> list[Any]:
    from lark import Tree

    return [c for c in node.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]


def _pos(node: Any) -> Pos:
    meta = getattr(node, "meta", None)
    if meta is not None and not getattr(meta, "empty", True):
        return Pos(meta.line, meta.column)
    line = getattr(node, "line", None)
    return Pos(line or 0, getattr(node, "column", None) or 0)


def _name(node: Any) -> str | None:
    """An identifier's or a plain string's text."""
    from lark import Token

    if node.data in ("identifier", "keyword", "literal_value"):
        token = node.children[0]
        return str(token) if isinstance(token, Token) else None
    if node.data == "string":
        value = _string(node)
        return value.text if not value.refs and "${" not in value.text else None
    if node.data == "expr_term":
        inner = _trees(node)
        return _name(inner[0]) if len(inner) == 1 else None
    return None


def _block(node: Any) -> Block:
    parts = _trees(node)
    labels = [n for n in (_name(p) for p in parts if p.data != "body") if n is not None]
    body = next(p for p in parts if p.data == "body")
    return Block(labels[0], tuple(labels[1:]), _body(body))


def _body(node: Any) -> Object:
    out = Object(block=True, pos=_pos(node))
    blocks: dict[str, list[Object]] = {}
    for child in _trees(node):
        if child.data == "attribute":
            name_node, value_node = _trees(child)[0], _trees(child)[-1]
            name = _name(name_node) or ""
            out.items.append((name, _pos(name_node), _expression(value_node)))
        elif child.data == "block":
            block = _block(child)
            key = block.kind
            if key not in blocks:
                blocks[key] = []
                out.items.append((key, _pos(child), blocks[key]))
            blocks[key].append(block.body)
    return out


def _expression(node: Any) -> Any:
    data = node.data
    if data == "expr_term":
        inner = _trees(node)
        return _expression(inner[0]) if len(inner) == 1 else Opaque()
    if data == "string":
        return _string(node)
    if data in ("heredoc_template", "heredoc_template_trim"):
        return _heredoc(node)
    if data in ("int_lit", "float_lit"):
        return Text(str(node.children[0]), _pos(node))
    if data == "tuple":
        return [_expression(c) for c in _trees(node)]
    if data == "object":
        return _object(node)
    if data == "get_attr_expr_term":
        ref = _reference(node)
        return Reference(ref, _pos(node)) if ref else Opaque()
    if data == "function_call":
        arguments = [c for c in _trees(node) if c.data == "arguments"]
        if not arguments:
            return Opaque()
        return Several(tuple(_expression(a) for a in _trees(arguments[0])))
    if data == "conditional":
        parts = _trees(node)
        return Several(tuple(_expression(p) for p in parts[1:3])) if len(parts) >= 3 else Opaque()
    return Opaque()


def _object(node: Any) -> Object:
    out = Object(pos=_pos(node))
    for elem in _trees(node):
        if elem.data != "object_elem":
            continue
        key_node, value_node = _trees(elem)[0], _trees(elem)[-1]
        key_expr = _trees(key_node)[0] if _trees(key_node) else key_node
        key = _name(key_expr)
        if key is None:  # a computed key: (var.x) = ... is not literal
            continue
        out.items.append((key, _pos(key_node), _expression(value_node)))
    return out


def _reference(node: Any) -> Ref | None:
    """``var.NAME``, ``local.NAME``, or ``each.key`` / ``each.value`` (with any attribute
    after it: ``each.value.name`` stands for the whole of ``each.value``)."""
    chain = _chain(node)
    if len(chain) == 2 and chain[0] in ("var", "local"):
        return (chain[0], chain[1])
    if len(chain) >= 2 and chain[0] == "each" and chain[1] in ("key", "value"):
        return ("each", chain[1])
    return None


def _chain(node: Any) -> list[str]:
    """The names of ``a.b.c`` (empty when the expression is anything else)."""
    if node.data == "expr_term":
        inner = _trees(node)
        return _chain(inner[0]) if len(inner) == 1 else []
    if node.data == "identifier":
        name = _name(node)
        return [name] if name else []
    if node.data != "get_attr_expr_term":
        return []
    parts = _trees(node)
    if len(parts) != 2:
        return []
    head = _chain(parts[0])
    names = [_name(c) for c in _trees(parts[1])]
    if not head or len(names) != 1 or not names[0]:
        return []
    return [*head, names[0]]


def _string(node: Any) -> Text:
    from lark import Token

    pieces: list[str] = []
    refs: list[Ref] = []
    for part in node.children:
        if not (hasattr(part, "data") and part.data == "string_part"):
            continue
        inner = part.children[0]
        if isinstance(inner, Token):
            if inner.type == "STRING_CHARS":
                pieces.append(_unescape(str(inner)))
            else:  # $${ and %%{: a literal ${ or %{
                pieces.append(str(inner)[1:])
            continue
        # An interpolation or a template directive: blanked, its reference kept.
        if inner.data == "interpolation":
            expression = _trees(inner)[0]
            term = _trees(expression)[0] if expression.data == "expr_term" else expression
            ref = _reference(term) if term.data == "get_attr_expr_term" else None
            if ref:
                refs.append(ref)
        pieces.append(" ")
    return Text("".join(pieces), _pos(node), tuple(refs))


def _heredoc(node: Any) -> Text:
    raw = str(node.children[0])
    lines = raw.split("\n")
    body = "\n".join(lines[1:-2]) if len(lines) > 2 else ""
    refs = tuple((m.group(1), m.group(2)) for m in REFERENCE.finditer(body))
    # The heredoc's text starts on the line after its marker.
    pos = _pos(node)
    return Text(TEMPLATE_PART.sub(" ", body), Pos(pos.line + 1, 1), refs)


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append(_ESCAPES.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
