"""The text a non-string value stands for, and how to put redacted text back.

Two kinds of value reach a field without being ``str``:

* Scalars (``int``, ``float``, ``Decimal``, ``bool``) in a string field:
  botocore would send their text (or refuse them, echoing the value in its
  ``ParamValidationError``), so they are scanned as that text.
* Blobs (``bytes``, ``bytearray``, ``memoryview``, a seekable binary file, or
  a ``str`` given for a blob): read through gzip or zlib, a byte-order mark,
  UTF-8 and base64 text, at most :data:`MAX_LAYERS` deep. What reads as text
  is scanned; a redaction is written back through the same layers into the
  same type. What does not read as text is looked at as Latin-1 only: a
  finding there blocks, since binary data cannot be rewritten safely.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import gzip
import zlib
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

# Decompressed bytes read from one blob: past this the text is longer than the
# scanner takes (64 Ki characters), so it is refused, never sent unread.
MAX_READ_BYTES = 4 * 65536 + 4
MAX_LAYERS = 4
# Rarely a big int has more digits than Python will print: refused unscanned.
_MAX_INT_BITS = 13000


def scalar_text(value: object) -> str | None:
    """The text of a number or bool in a string field; None if ``value`` is none."""
    if isinstance(value, bool):
        return "true" if value else "false"  # as botocore's JSON serializers write it
    if isinstance(value, int):
        return str(value) if value.bit_length() <= _MAX_INT_BITS else None
    if isinstance(value, (float, Decimal)):
        return str(value)
    return None


def is_scalar(value: object) -> bool:
    return isinstance(value, (bool, int, float, Decimal))


class Layer(Enum):
    """One encoding a blob's text was wrapped in, outermost first."""

    GZIP = "gzip"
    ZLIB = "zlib"
    BASE64 = "base64"
    BASE64_URL = "base64url"
    UTF8_BOM = "utf-8-sig"
    UTF16_LE = "utf-16-le"
    UTF16_BE = "utf-16-be"
    UTF32_LE = "utf-32-le"
    UTF32_BE = "utf-32-be"


_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, Layer.UTF32_LE),
    (codecs.BOM_UTF32_BE, Layer.UTF32_BE),
    (codecs.BOM_UTF8, Layer.UTF8_BOM),
    (codecs.BOM_UTF16_LE, Layer.UTF16_LE),
    (codecs.BOM_UTF16_BE, Layer.UTF16_BE),
)
_BOM_OF = {layer: bom for bom, layer in _BOMS}


@dataclass(frozen=True)
class BlobText:
    """A blob read as text. ``text`` is what is scanned; :meth:`rebuild` writes
    new text back through ``layers`` into a value of the original's type."""

    text: str
    layers: tuple[Layer, ...]
    original: Any  # the caller's value, never changed
    truncated: bool = False  # read only up to MAX_READ_BYTES: too long to scan

    @property
    def rewritable(self) -> bool:
        return not self.truncated and isinstance(self.original, (bytes, bytearray, memoryview, str))

    def rebuild(self, text: str) -> Any:
        if not self.rewritable:
            raise TypeError("this blob cannot be rewritten")
        value = _encode(text, self.layers)
        if isinstance(self.original, str):
            return value if isinstance(value, str) else value.decode("latin-1")
        data = _as_bytes(value)
        if isinstance(self.original, bytearray):
            return bytearray(data)
        if isinstance(self.original, memoryview):
            return memoryview(data)
        return data


@dataclass(frozen=True)
class Binary:
    """A blob that is not text: ``latin1`` is its bytes, one character each,
    to look at (never to rewrite)."""

    latin1: str
    truncated: bool = False


def is_blob(value: object) -> bool:
    """A value a blob field can take: bytes-like, a binary file, or text."""
    return isinstance(value, (bytes, bytearray, memoryview, str)) or _is_file(value)


def read_blob(value: object) -> BlobText | Binary | None:
    """Read a blob's text; None for a file that cannot be read without consuming it."""
    if isinstance(value, str):
        inner = _unwrap(value.encode("utf-8"), value)
        return inner if inner is not None and inner.layers else BlobText(value, (), value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
    elif _is_file(value):
        data_or_none = _peek(value)
        if data_or_none is None:
            return None
        data = data_or_none
    else:
        raise TypeError(f"not a blob: {type(value).__name__}")
    truncated = len(data) > MAX_READ_BYTES
    found = _unwrap(data[:MAX_READ_BYTES], value, truncated=truncated)
    if found is not None:
        return found
    return Binary(data[:MAX_READ_BYTES].decode("latin-1"), truncated)


def _is_file(value: object) -> bool:
    return hasattr(value, "read") and not isinstance(value, (str, bytes))


def _peek(stream: Any) -> bytes | None:
    """A seekable file's content from where it stands, left where it stood."""
    try:
        if not stream.seekable():
            return None
        start = stream.tell()
        try:
            data = stream.read(MAX_READ_BYTES + 1)
        finally:
            stream.seek(start)
    except (OSError, AttributeError, ValueError):
        return None
    if isinstance(data, str):
        data = data.encode("utf-8")
    return bytes(data) if isinstance(data, (bytes, bytearray)) else None


def _unwrap(data: bytes, original: Any, *, truncated: bool = False) -> BlobText | None:
    """Peel layers off ``data`` until it reads as text; None if it never does."""
    layers: list[Layer] = []
    for _ in range(MAX_LAYERS):
        peeled = _decompress(data)
        if peeled is not None:
            layer, data, cut = peeled
            layers.append(layer)
            truncated = truncated or cut
            continue
        text = _decode(data, layers, final=not truncated)
        if text is None:
            return None
        decoded = _base64(text) if not truncated else None
        if decoded is None:
            return BlobText(text, tuple(layers), original, truncated)
        layer, data = decoded
        layers.append(layer)
    return None


def _decompress(data: bytes) -> tuple[Layer, bytes, bool] | None:
    if data[:2] == b"\x1f\x8b":
        layer, wbits = Layer.GZIP, 16 + zlib.MAX_WBITS
    elif len(data) > 2 and data[0] == 0x78 and int.from_bytes(data[:2], "big") % 31 == 0:
        layer, wbits = Layer.ZLIB, zlib.MAX_WBITS
    else:
        return None
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, MAX_READ_BYTES)
    except zlib.error:
        return None
    cut = bool(inflater.unconsumed_tail)
    if not cut and not inflater.eof:
        return None  # not a whole stream: not what it looked like
    return layer, out, cut


def _decode(data: bytes, layers: list[Layer], *, final: bool) -> str | None:
    for bom, layer in _BOMS:
        if data.startswith(bom):
            body, codec = data[len(bom) :], layer.value
            if layer is Layer.UTF8_BOM:
                codec = "utf-8"
            text = _strict(body, codec, final)
            if text is not None:
                layers.append(layer)
            return text if text is not None and _is_text(text) else None
    text = _strict(data, "utf-8", final)
    return text if text is not None and _is_text(text) else None


def _strict(data: bytes, codec: str, final: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final)
    except UnicodeDecodeError:
        return None


def _is_text(text: str) -> bool:
    """No control characters but whitespace: binary that happens to be valid
    UTF-8 (a protocol buffer) must not be rewritten as if it were text."""
    return all(c.isprintable() or c in "\t\n\r\f\v" for c in text)


_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
_B64_URL = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=")


def _base64(text: str) -> tuple[Layer, bytes] | None:
    """Base64 text (padded, 12 characters or more) whose content is text or
    compressed text: its bytes, and which alphabet it used."""
    raw = text.strip().encode("ascii", "ignore")
    if len(raw) < 12 or len(raw) % 4 or len(raw) != len(text):
        return None
    chars = set(raw)
    layer = Layer.BASE64 if chars <= _B64 else Layer.BASE64_URL if chars <= _B64_URL else None
    if layer is None:
        return None
    try:
        if layer is Layer.BASE64:
            data = base64.b64decode(raw, validate=True)
        else:
            data = base64.urlsafe_b64decode(raw)
    except (binascii.Error, ValueError):
        return None
    probe: list[Layer] = []
    if _decompress(data) is None and _decode(data, probe, final=True) is None:
        return None  # random bytes: the base64 text itself is the text
    return layer, data


def _encode(text: str, layers: tuple[Layer, ...]) -> str | bytes:
    """Write ``text`` back through ``layers``, innermost first: text or bytes,
    whichever the outermost layer makes (base64 makes text)."""
    value: str | bytes = text
    for layer in reversed(layers):
        if layer in _BOM_OF:
            codec = "utf-8" if layer is Layer.UTF8_BOM else layer.value
            value = _BOM_OF[layer] + _as_bytes(value).decode("utf-8").encode(codec)
        elif layer is Layer.BASE64:
            value = base64.b64encode(_as_bytes(value)).decode("ascii")
        elif layer is Layer.BASE64_URL:
            value = base64.urlsafe_b64encode(_as_bytes(value)).decode("ascii")
        elif layer is Layer.GZIP:
            value = gzip.compress(_as_bytes(value), mtime=0)
        else:
            value = zlib.compress(_as_bytes(value))
    return value


def _as_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


__all__ = ["Binary", "BlobText", "Layer", "is_blob", "is_scalar", "read_blob", "scalar_text"]
