"""Pathological field values, shared by the hostile-input tests and the speed benchmark."""

from __future__ import annotations

N = 60000  # under the 64 KiB scan limit: these are scanned, not refused

PATHOLOGICAL: dict[str, str] = {
    "digits": "1" * N,
    "digits with separators": "1-" * (N // 2),
    "digits with slashes": "1/" * (N // 2),  # libphonenumber's slowest: it tries each split
    "numbers with spaces": " ".join(str(i) for i in range(N // 5))[:N],
    "at signs": "@" * N,
    "colons": ":" * N,
    "slashes": "/" * N,
    "brackets": "[" * (N // 2) + "]" * (N // 2),
    "near-emails": ("a" * 60 + "@") * (N // 61),
    "dotted words": "a." * (N // 2),
    "base64-ish": "A/" * (N // 2),
    "jwt prefixes": "eyJ" * (N // 3),
    "pem header then junk": "-----BEGIN RSA PRIVATE KEY-----" + "A" * N,
    "url userinfo runs": "https://" + "a:" * (N // 2),
    "query keys": "?token=" * (N // 7),
    "names": "Maria Garcia " * (N // 13),
    # Thai runs its words together: a title, then one run the length of the value.
    "thai title then one run": "คุณสมชาย" + "ก" * N,
    "thai titled names": "คุณสมชาย ใจดี " * (N // 14),
    "password assignments": "password= " * (N // 10),
    "zero-width": "\u200b" * N,
    "fullwidth at signs": "\uff20" * N,
    "percent escapes": "%40" * (N // 3),
    # Header lines whose rows never match them: each is tried as a table's.
    "table headers": ("a,b\\nc,d,e\\n" * (N // 12))[:N],
    "csv rows": ("name,phone\n" + "Maria Garcia,+1 212 555 0100\n" * N)[:N],
}
