"""Private keys without their PEM armour: bare base64 DER bodies, OpenSSH bodies,
base64-encoded PEM files (Kubernetes secrets), and PuTTY key files.

A base64 body is a private key when its DER says so: a SEQUENCE that opens
with a version INTEGER (PKCS#1 RSA and DSA: 0, then the modulus; PKCS#8: 0,
then an algorithm; SEC 1 EC: 1, then the key octets) or, encrypted, the
PBES2 algorithm. Certificates and public keys open with a SEQUENCE inside the
SEQUENCE and are left alone.
"""

from __future__ import annotations

import base64
import binascii

import regex

from recognizers.base import FieldRecognizer

# Base64 characters, across line breaks written as such or JSON-escaped ("\n").
_BODY = r"(?:[A-Za-z0-9+/]|(?:\\r)?\\n|\r?\n)"
_PBES2 = bytes.fromhex("06092a864886f70d01050d")


def _decoded_head(blob: str, chars: int = 64) -> bytes | None:
    compact = regex.sub(r"\\[rn]|\s", "", blob)[:chars]
    compact = compact[: len(compact) - len(compact) % 4]
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None


def _der_body(head: bytes) -> bytes | None:
    """The content of an outer DER SEQUENCE (as far as ``head`` goes)."""
    if len(head) < 4 or head[0] != 0x30:
        return None
    size = head[1]
    if size < 0x80:
        return head[2:]
    octets = size & 0x7F
    return head[2 + octets :] if 1 <= octets <= 3 else None


def is_private_der(blob: str) -> bool:
    head = _decoded_head(blob)
    body = _der_body(head) if head else None
    if body is None or len(body) < 4:
        return False
    if body[:3] == b"\x02\x01\x00" and body[3] in (0x02, 0x30):  # PKCS#1 / DSA / PKCS#8
        return True
    if body[:4] == b"\x02\x01\x01\x04":  # SEC 1 EC private key
        return True
    return body[0] == 0x30 and _PBES2 in body[:24]  # encrypted PKCS#8


def is_encoded_private_pem(blob: str) -> bool:
    head = _decoded_head(blob, 80)
    return head is not None and b"PRIVATE KEY" in head


class FieldKeyBodyRecognizer(FieldRecognizer):
    """Private key material without its BEGIN/END lines."""

    ENTITY = "PRIVATE_KEY"
    CATEGORY = "credential"
    DESCRIPTION = "a private key"
    # Searched ignoring case, without scoped case-sensitive groups: they
    # doubled the search's cost, and the patterns keep the case.
    TRIGGER = r"m[ihg][a-z0-9+/]{20}|b3BlbnNzaC1rZXktdjE|LS0tLS1CRUdJTi|putty-user-key-file"
    PATTERNS = (
        (
            "der",
            rf"(?<![A-Za-z0-9+/])(?-i:M[IHG])[A-Za-z0-9+/]{{40,}}{_BODY}{{0,20000}}={{0,2}}",
            0.6,
        ),
        (
            "openssh",
            rf"(?<![A-Za-z0-9+/])(?-i:b3BlbnNzaC1rZXktdjE){_BODY}{{20,20000}}={{0,2}}",
            0.95,
        ),
        (
            "encoded-pem",
            r"(?<![A-Za-z0-9+/])(?-i:LS0tLS1CRUdJTi)[A-Za-z0-9+/]{40,40000}={0,2}",
            0.6,
        ),
        # To its MAC line, or to the end of the text when the file is cut short.
        (
            "putty",
            r"PuTTY-User-Key-File-[0-9]+:(?:(?!PuTTY-User-Key-File).){0,20000}?"
            r"(?:Private-(?:MAC|Hash):\s*[0-9a-f]+|\Z)",
            0.95,
        ),
    )
    FLAGS = regex.IGNORECASE | regex.DOTALL

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        if pattern_name == "der":
            return is_private_der(pattern_text)
        if pattern_name == "encoded-pem":
            return is_encoded_private_pem(pattern_text)
        return None
