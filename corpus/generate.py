#!/usr/bin/env python3
"""Generate fieldguard's labeled corpus: corpus/cases/<service>.jsonl.

Deterministic (one seeded ``random.Random``), offline, no third-party data
generators. Every case is checked against the real botocore service models
before it is written: required members and types (``validate_parameters``),
and for every string leaf (map keys included) the shape's pattern (search
semantics, ``regex`` module), min/max length and enum. Run from anywhere:

    /work/venv/bin/python corpus/generate.py

See corpus/README.md for the format.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import random
import string
import sys
import uuid
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# lookoutmetrics is not in botocore any more; its model is kept in shared/.
os.environ.setdefault("AWS_DATA_PATH", str(REPO / "scrubber" / "data" / "models"))

import botocore.session  # noqa: E402
import botocore.validate  # noqa: E402
import regex  # noqa: E402

sys.path.insert(0, str(REPO))
from recognizers.financial import PUBLISHED_TEST_CARDS  # noqa: E402

SEED = 20240611
R = random.Random(SEED)


def _option(name: str, default: str) -> str:
    """--seed N / --out DIR: a held-out corpus with other values, same shapes."""
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default

SERVICES = ["forecast", "personalize", "iot", "iottwinmaker", "lookoutmetrics"]

PERSON = "PERSON"
EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
ACCT = "ACCOUNT_NUMBER"
CARD = "CREDIT_CARD"
IBAN = "IBAN_CODE"
SSN = "US_SSN"
URLC = "URL_CREDENTIALS"
URLS = "URL_SECRET"
AKID = "AWS_ACCESS_KEY_ID"
SECRET = "AWS_SECRET_ACCESS_KEY"
VENDOR = "VENDOR_TOKEN"
JWT = "JWT"
PEM = "PRIVATE_KEY"
AUTH = "AUTH_HEADER"
PWD = "PASSWORD"
ENTITIES = [
    PERSON,
    EMAIL,
    PHONE,
    ACCT,
    CARD,
    IBAN,
    SSN,
    URLC,
    URLS,
    AKID,
    SECRET,
    VENDOR,
    JWT,
    PEM,
    AUTH,
    PWD,
]

# How often each entity should be planted over the whole corpus (targets the
# planner steers towards; the test asserts a floor of 10 each).
TARGETS = {
    PERSON: 44,
    EMAIL: 42,
    PHONE: 32,
    ACCT: 34,
    CARD: 15,
    IBAN: 15,
    SSN: 15,
    URLC: 16,
    URLS: 16,
    AKID: 15,
    SECRET: 15,
    VENDOR: 17,
    JWT: 15,
    PEM: 14,
    AUTH: 15,
    PWD: 16,
}

# ---------------------------------------------------------------------------
# Marked text: a string plus the sensitive spans planted in it.
# ---------------------------------------------------------------------------


class M:
    """Text with planted spans [(value, entity)]; hashable so it can be a map key."""

    __slots__ = ("spans", "text")

    def __init__(self, text: str, spans=()):
        self.text = text
        self.spans = list(spans)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        return isinstance(other, M) and other.text == self.text

    def __repr__(self):
        return f"M({self.text!r}, {self.spans!r})"


def cat(*parts) -> M:
    text = "".join(p.text if isinstance(p, M) else str(p) for p in parts)
    spans = [s for p in parts if isinstance(p, M) for s in p.spans]
    return M(text, spans)


def pii(value: str, entity: str) -> M:
    return M(value, [(value, entity)])


def fmt(template: str, **kw) -> M:
    """``template`` with ``{name}`` fields replaced by str or M values."""
    parts = []
    for lit, field, _spec, _conv in string.Formatter().parse(template):
        if lit:
            parts.append(lit)
        if field is not None:
            parts.append(kw[field])
    return cat(*parts)


def txt(x) -> str:
    return x.text if isinstance(x, M) else x


# ---------------------------------------------------------------------------
# Word lists (small, embedded) and benign value generators
# ---------------------------------------------------------------------------

FIRST = [
    "Jane",
    "John",
    "Maria",
    "Wei",
    "Priya",
    "Ahmed",
    "Olga",
    "Kenji",
    "Fatima",
    "Carlos",
    "Aisha",
    "Liam",
    "Sofia",
    "Mateo",
    "Chloe",
    "Hiroshi",
    "Ngozi",
    "Lars",
    "Ingrid",
    "Rahul",
    "Mei",
    "Diego",
    "Elena",
    "Omar",
    "Hannah",
    "Lukas",
    "Amara",
    "Sven",
    "Yuki",
    "Zara",
    "Tomasz",
    "Grace",
    "Daniel",
    "Anika",
    "Pedro",
    "Leila",
]
LAST = [
    "Doe",
    "Smith",
    "Garcia",
    "Chen",
    "Patel",
    "Hassan",
    "Ivanova",
    "Tanaka",
    "Okafor",
    "Mueller",
    "Johansson",
    "Rossi",
    "Kowalski",
    "Nguyen",
    "Kim",
    "Silva",
    "Schmidt",
    "Dubois",
    "Haddad",
    "Novak",
    "Fischer",
    "Lindqvist",
    "Moreau",
    "Brennan",
    "Alvarez",
    "Singh",
    "Yamamoto",
    "Kaur",
    "Andersen",
    "Costa",
    "Fernandes",
    "Walsh",
    "Becker",
]
# Accented full names, for fields that accept any letter (\p{L}) or free text.
FULL_UNICODE = [
    "José García",
    "Zoë Martín",
    "Søren Kierkegaard-Holm",
    "Renée Dubois",
    "Łukasz Nowak",
    "Ana Lúcia Ferreira",
    "Björn Åström",
    "Chloé Lefèvre",
]

WORDS_RETAIL = [
    "retail",
    "demand",
    "sales",
    "inventory",
    "store",
    "sku",
    "weekly",
    "daily",
    "regional",
    "promo",
    "pricing",
    "replenishment",
    "orders",
    "returns",
]
WORDS_ENERGY = ["electricity", "power", "load", "grid", "meter", "solar", "consumption"]
WORDS_WEB = ["web", "traffic", "pageviews", "sessions", "clicks", "signups", "checkout"]
WORDS_IOT = [
    "sensor",
    "thermostat",
    "pump",
    "conveyor",
    "gateway",
    "meter",
    "camera",
    "valve",
    "chiller",
    "boiler",
    "forklift",
    "drone",
    "kiosk",
    "turbine",
]
WORDS_RECS = [
    "movies",
    "products",
    "articles",
    "videos",
    "recs",
    "similar",
    "trending",
    "personalized",
    "ranking",
    "related",
    "popular",
    "catalog",
]
WORDS_METRICS = [
    "revenue",
    "latency",
    "orders",
    "errors",
    "views",
    "signups",
    "refunds",
    "cpu",
    "throughput",
    "conversion",
    "bookings",
    "churn",
]
PLACES = [
    "Sydney",
    "Frankfurt",
    "Seattle",
    "Dublin",
    "Tokyo",
    "Mumbai",
    "Oregon",
    "Ohio",
    "Sao Paulo",
    "Stockholm",
    "Singapore",
    "Cape Town",
    "N. Virginia",
    "Paris",
]
REGIONS = [
    "us-east-1",
    "us-east-2",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-southeast-2",
    "ap-northeast-1",
    "ap-south-1",
    "eu-north-1",
    "ca-central-1",
]
TEAMS = [
    "data-platform",
    "analytics",
    "ml-ops",
    "supply-chain",
    "growth",
    "iot-fleet",
    "sre",
    "finance-eng",
    "recs-team",
    "facilities",
]
ACCOUNTS = ["123456789012", "111122223333", "444455556666", "210987654321", "555566667777"]


def pick(seq):
    return R.choice(seq)


# One account and region per case (set by build()): the ARNs of a real call agree.
CTX: dict[str, str] = {}


def new_acct_id() -> str:
    return pick(ACCOUNTS) if R.random() < 0.5 else str(R.randint(10**11, 10**12 - 1))


def acct_id() -> str:
    return CTX.get("acct") or new_acct_id()


def region() -> str:
    return CTX.get("region") or pick(REGIONS)


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexstr(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def git_sha() -> str:
    return hexstr(40)


def semver() -> str:
    return f"v{R.randint(0, 4)}.{R.randint(0, 30)}.{R.randint(0, 12)}"


def date() -> str:
    return f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def iso_ts() -> str:
    return f"{date()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def cost_center() -> str:
    return pick(
        [
            f"CC-{R.randint(1000, 9999)}",
            f"cost-center-{R.randint(1000, 9999)}",
            f"CC{R.randint(100, 999)}",
        ]
    )


def project_code() -> str:
    return pick(
        [
            f"proj-{R.randint(1000, 9999)}",
            f"PRJ-{R.randint(100, 999)}",
            f"project-{pick(['atlas', 'nimbus', 'harbor', 'orion', 'cobalt'])}",
        ]
    )


def camel(*words) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


def words(pool, n) -> list[str]:
    return R.sample(pool, n)


def kms_arn(reg=None, acct=None) -> str:
    return f"arn:aws:kms:{reg or region()}:{acct or acct_id()}:key/{uid()}"


ROLE_NAMES = {
    "forecast": [
        "ForecastRole",
        "AmazonForecast-ExecutionRole",
        "service-role/ForecastS3Access",
        "forecast-import-role",
    ],
    "personalize": [
        "PersonalizeS3Role",
        "PersonalizeRole",
        "service-role/PersonalizeImport",
        "personalize-data-access",
    ],
    "generic": ["service-role/DataAccess", "etl-import-role", "DataPipelineRole"],
}


def role_arn(name=None, acct=None, svc="generic") -> str:
    name = name or pick(ROLE_NAMES[svc] + ROLE_NAMES["generic"][:1])
    return f"arn:aws:iam::{acct or acct_id()}:role/{name}"


def bucket() -> str:
    return pick(
        [
            "retail-demand-data",
            "ml-datasets-prod",
            "analytics-exports",
            "forecast-input-2024",
            "personalize-training",
            "iot-twin-assets",
            "metrics-landing-zone",
            f"data-lake-{R.randint(100, 999)}",
            f"acme-ml-{region()}",
            "shared-artifacts",
        ]
    )


# Hard negatives: look sensitive, are not.
DOC_AKID = "AKIAIOSFODNN7EXAMPLE"
DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def non_luhn16() -> str:
    while True:
        d = "".join(str(R.randint(0, 9)) for _ in range(16))
        if d[0] != "0" and not luhn_ok(d):
            return d


def benign_tag_pairs() -> list[tuple[str, str]]:
    pool = [
        ("Project", project_code()),
        ("CostCenter", cost_center()),
        ("Environment", pick(["prod", "staging", "dev", "sandbox", "test"])),
        ("Team", pick(TEAMS)),
        ("Owner", pick(TEAMS)),
        ("ManagedBy", pick(["terraform", "cdk", "cloudformation"])),
        (
            "Application",
            pick(
                [
                    "demand-planning",
                    "recommendations",
                    "fleet-telemetry",
                    "digital-twin",
                    "anomaly-watch",
                ]
            ),
        ),
        ("Region", pick(PLACES)),
        ("CreatedOn", date()),
        ("Version", semver()),
        ("GitCommit", git_sha()),
        ("BuildId", uid()),
        ("ReviewedAt", iso_ts()),
        ("DataClassification", pick(["internal", "public", "confidential"])),
        ("Compliance", pick(["SOC2", "ISO27001", "none"])),
        ("Workload", pick(["Forecast", "Personalize"])),
        ("Site", pick(PLACES)),
        ("Ticket", f"OPS-{R.randint(1000, 99999)}"),
        ("Epoch", str(R.randint(1_700_000_000, 1_720_000_000))),
        ("Schedule", pick(["Mon-Fri 08:00-18:00", "daily 02:00 UTC", "weekly"])),
        ("DocsExampleKeyId", DOC_AKID),
        ("Batch", f"{date().replace('-', '')}093000"),
        ("ExecutionRole", role_arn()),
        ("Dataset", f"s3://{bucket()}/raw/"),
    ]
    return pool


def hard_negative_sentence() -> str:
    return pick(
        [
            f"Uses the documentation example key {DOC_AKID} in unit tests only.",
            f"Sample secret from the AWS docs: {DOC_SECRET} (not a real credential).",
            f"Built from commit {git_sha()[:12]} ({semver()}) on {iso_ts()}.",
            f"Role {role_arn()} reads s3://{bucket()}/raw/.",
            f"Region: {pick(PLACES)} ({region()}).",
            f"Cost centre {cost_center()}, project {project_code()}.",
            f"Runbook: https://wiki.example.com/runbooks/{pick(WORDS_METRICS)}?page=2&lang=en",
            "Schedule: every Monday at 06:00 UTC.",
            f"Capacity {R.randint(1, 9)},{R.randint(100, 999)} units/day; "
            f"threshold 0.{R.randint(50, 99)}.",
            f"Ticket OPS-{R.randint(1000, 99999)}.",
            f"Batch {date().replace('-', '')}{R.randint(100000, 235959)} processed.",
            f"Order reference {non_luhn16()} reconciled.",
            f"Trace id {uid()}.",
            f"Reviewed {date()} by the {pick(TEAMS)} team.",
        ]
    )


# ---------------------------------------------------------------------------
# Sensitive value generators (fake, but valid by their own rules)
# ---------------------------------------------------------------------------


def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(style=None) -> str:
    brand = pick(["visa", "visa", "mc", "amex", "disc", "known"])
    if brand == "known":
        d = pick(
            [
                "4111111111111111",
                "5555555555554444",
                "4012888888881881",
                "378282246310005",
                "6011111111111117",
                "5105105105105100",
            ]
        )
    elif brand == "visa":
        d = luhn_complete("4", 16)
    elif brand == "mc":
        d = luhn_complete(str(R.randint(51, 55)), 16)
    elif brand == "amex":
        d = luhn_complete(pick(["34", "37"]), 15)
    else:
        d = luhn_complete("6011", 16)
    assert luhn_ok(d)
    style = style or pick(["space", "dash", "compact"])
    if style == "compact":
        return d
    sep = " " if style == "space" else "-"
    groups = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def planted_card(style=None) -> M:
    """A card number, planted; a processor's published test card is no one's
    card: written, never planted (recognizers.financial.PUBLISHED_TEST_CARDS)."""
    number = card(style)
    if "".join(c for c in number if c.isdigit()) in PUBLISHED_TEST_CARDS:
        return M(number)
    return pii(number, CARD)


IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO"],
}


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def iban(grouped=None) -> str:
    cc = pick(["DE", "DE", "GB", "NL", "FR", "ES", "AT", "CH", "IE", "BE"])
    if cc == "DE":
        bban = digits(8) + digits(10)
    elif cc in ("GB", "IE"):
        bban = pick(IBAN_BANKS[cc]) + digits(6) + digits(8)
    elif cc == "NL":
        bban = pick(IBAN_BANKS[cc]) + digits(10)
    elif cc == "FR":
        bban = digits(5) + digits(5) + digits(11) + digits(2)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "AT":
        bban = digits(16)
    elif cc == "BE":
        acct = digits(10)
        bban = acct + f"{int(acct) % 97 or 97:02d}"  # national check digits
    else:  # CH
        bban = digits(17)
    rearranged = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(num) % 97
    code = f"{cc}{check:02d}{bban}"
    assert iban_ok(code)
    grouped = R.random() < 0.5 if grouped is None else grouped
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4)) if grouped else code


def iban_ok(code: str) -> bool:
    code = code.replace(" ", "")
    rearranged = code[4:] + code[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def ssn(sep="-") -> str:
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    return f"{area:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


US_AREAS = ["206", "425", "312", "415", "617", "212", "303", "512", "702", "808"]


def phone(allowed=None) -> str:
    styles = [
        "us_intl",
        "us_e164",
        "us_dash",
        "us_paren",
        "us_dot",
        "us_intl_dash",
        "uk_london",
        "uk_mobile",
        "uk_nat",
        "de",
        "de_mobile",
        "de_nat",
    ]
    if allowed:
        styles = [s for s in styles if s in allowed]
    s = pick(styles)
    a, x = pick(US_AREAS), f"01{R.randint(0, 99):02d}"
    if s == "us_intl":
        return f"+1 {a} 555 {x}"
    if s == "us_e164":
        return f"+1{a}555{x}"
    if s == "us_dash":
        return f"{a}-555-{x}"
    if s == "us_paren":
        return f"({a}) 555-{x}"
    if s == "us_dot":
        return f"{a}.555.{x}"
    if s == "us_intl_dash":
        return f"+1-{a}-555-{x}"
    if s == "uk_london":
        return f"+44 20 7946 0{R.randint(0, 999):03d}"
    if s == "uk_mobile":
        return f"+44 7700 900{R.randint(0, 999):03d}"
    if s == "uk_nat":
        return f"020 7946 0{R.randint(0, 999):03d}"
    if s == "de":
        return f"+49 30 {R.randint(1000000, 99999999)}"
    if s == "de_mobile":
        return f"+49 15{R.randint(1, 9)} {R.randint(1000000, 99999999)}"
    return f"030 {R.randint(1000000, 99999999)}"


PHONE_TAG = [
    "us_intl",
    "us_e164",
    "us_dash",
    "us_dot",
    "us_intl_dash",
    "uk_london",
    "uk_mobile",
    "uk_nat",
    "de",
    "de_mobile",
    "de_nat",
]  # no parentheses
PHONE_ATTR = ["us_dash", "us_dot"]  # IoT attribute values: no '+', space or parentheses


def acct_number() -> str:
    """A customer's bank/account number: 8-17 digits (never 9: that reads as an SSN)."""
    n = pick([8, 10, 10, 11, 12, 12, 12, 13, 14, 16, 17])
    while True:
        d = pick(["0", "00", ""]) + digits(n)
        d = d[:n] if len(d) > n else d
        if d.strip("0") and not (13 <= len(d) <= 19 and luhn_ok(d)):
            return d


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def akid() -> str:
    while True:
        k = pick(["AKIA", "AKIA", "ASIA"]) + "".join(R.choice(B32) for _ in range(16))
        if not k.endswith("EXAMPLE"):
            return k


def aws_secret(plus=True) -> str:
    alphabet = string.ascii_letters + string.digits + ("+/" if plus else "/")
    while True:
        s = "".join(R.choice(alphabet) for _ in range(40))
        if "/" in s and "EXAMPLE" not in s:
            return s


ALNUM = string.ascii_letters + string.digits


def rand(alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def vendor_token(kind=None) -> str:
    kind = kind or pick(
        ["ghp", "github_pat", "glpat", "xoxb", "xoxp", "sk_live", "rk_live", "aiza"]
    )
    if kind == "ghp":
        return "ghp_" + rand(ALNUM, 36)
    if kind == "github_pat":
        return "github_pat_" + rand(ALNUM, 22) + "_" + rand(ALNUM, 59)
    if kind == "glpat":
        return "glpat-" + rand(ALNUM + "_-", 20)
    if kind == "xoxb":
        return f"xoxb-{digits(11)}-{digits(13)}-{rand(ALNUM, 24)}"
    if kind == "xoxp":
        return f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{hexstr(32)}"
    if kind == "sk_live":
        return "sk_live_" + rand(ALNUM, pick([24, 99]))
    if kind == "rk_live":
        return "rk_live_" + rand(ALNUM, pick([24, 99]))
    return "AIza" + rand(ALNUM + "_-", 35)


VENDOR_NAMES = {
    "ghp": "GitHub",
    "github_pat": "GitHub",
    "glpat": "GitLab",
    "xoxb": "Slack",
    "xoxp": "Slack",
    "sk_live": "Stripe",
    "rk_live": "Stripe",
    "aiza": "Google Maps",
}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(short=False) -> str:
    header = {"alg": "HS256", "typ": "JWT"}
    iat = R.randint(1_700_000_000, 1_720_000_000)
    if short:
        payload = {"sub": f"u-{R.randint(10000, 99999)}", "iat": iat}
    else:
        payload = {
            "sub": uid(),
            "iss": pick(["https://auth.example.com", "fleet-auth"]),
            "scope": pick(["ingest", "read:forecasts", "devices:write"]),
            "iat": iat,
            "exp": iat + 3600,
        }
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())  # noqa: E731
    return f"{enc(header)}.{enc(payload)}.{b64url(R.randbytes(32))}"


def pem(kind=None) -> str:
    kind = kind or pick(["rsa", "rsa", "pkcs8", "ec"])
    if kind == "rsa":
        head, body = (
            "RSA PRIVATE KEY",
            bytes.fromhex("308204a40201000282010100") + R.randbytes(1178),
        )
    elif kind == "pkcs8":
        head = "PRIVATE KEY"
        body = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + R.randbytes(
            1192
        )
    else:
        head = "EC PRIVATE KEY"
        body = (
            bytes.fromhex("30770201010420")
            + R.randbytes(32)
            + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
            + b"\x04"
            + R.randbytes(64)
        )
    b = base64.b64encode(body).decode()
    lines = [b[i : i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


def password(tag_safe=False) -> str:
    w = pick(
        [
            "hunter",
            "Summer",
            "Winter",
            "Sunshine",
            "dragon",
            "Forecast",
            "Welcome",
            "letmein",
            "Tr0ub4dor",
            "Passw0rd",
            "qwerty",
            "Monkey",
            "Falcon",
            "Orchid",
        ]
    )
    sym = pick(["@", "-", "_", "."]) if tag_safe else pick(["!", "#", "$", "@", "&", "*", "%"])
    return pick(
        [
            f"{w}{R.randint(2, 99)}{rand(string.ascii_lowercase, 1)}",
            f"{w}{R.randint(2000, 2025)}{sym}",
            f"{w}{sym}{R.randint(100, 999)}",
            f"{rand(ALNUM, 4)}{sym}{rand(ALNUM, 6)}",
        ]
    )


def url_password() -> str:
    return rand(ALNUM, R.randint(10, 16)) + pick(["", "-", "_", "~", "."]) + rand(ALNUM, 2)


def url_user() -> str:
    return pick(
        [
            "svc_ingest",
            "admin",
            "etl",
            "forecast_ro",
            "iot-bridge",
            "deploy",
            "reporting",
            "webhook",
            "backup",
            "sync",
        ]
    )


def opaque_token(n=None) -> str:
    return rand(ALNUM + "-._~", n or R.randint(32, 48))


def basic_cred() -> str:
    return base64.b64encode(f"{url_user()}:{url_password()}".encode()).decode()


def person_name(style: str, unicode_ok=False) -> str:
    if style == "full" and unicode_ok and R.random() < 0.3:
        return pick(FULL_UNICODE)
    f, last = pick(FIRST), pick(LAST)
    return {
        "full": f"{f} {last}",
        "snake": f"{f.lower()}_{last.lower()}",
        "Snake": f"{f}_{last}",
        "camel": f"{f}{last}",
        "dash": f"{f.lower()}-{last.lower()}",
        "dot": f"{f.lower()}.{last.lower()}",
    }[style]


EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "corp.example.com",
    "mail.example.org",
    "retail.example.net",
    "example.co",
]


def email() -> str:
    f, last = pick(FIRST).lower(), pick(LAST).lower()
    local = pick(
        [
            f"{f}.{last}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{f}.{last}+alerts",
            f"{f}{last[0]}",
            f"{last}.{f}",
        ]
    )
    return f"{local}@{pick(EMAIL_DOMAINS)}"


# ---------------------------------------------------------------------------
# Slot renderers: build a field's text (benign, or with planted entities)
# ---------------------------------------------------------------------------

NAME_STYLES = {
    # kind: (person styles, separators, account forms)
    "fc": (["snake", "Snake", "camel"], ["_", "camel"], ["acct_{n}", "customer_{n}", "acct{n}"]),
    "rule": (["snake", "Snake", "camel"], ["_", "camel"], ["acct_{n}", "customer_{n}"]),
    "dash": (
        ["dash", "snake", "camel"],
        ["-", "_", "camel"],
        ["acct-{n}", "cust-{n}", "customer-{n}"],
    ),
    "policy": (["dot", "dash", "camel"], ["-", "_", "camel"], ["acct-{n}", "customer.{n}"]),
    "entityid": (["dot", "dash", "snake"], ["-", "_", "."], ["acct-{n}", "customer.{n}"]),
}


def join_words(ws, sep):
    if sep == "camel":
        return camel(*ws)
    return sep.join(ws)


def name_suffix():
    return pick(
        [
            "",
            "",
            "",
            "2024",
            "v2",
            "01",
            "prod",
            "test",
            str(R.randint(2, 9)),
            date().replace("-", ""),
        ]
    )


def render_name(kind: str, ents: list[str], pool: list[str], maxlen=63) -> M:
    """A resource name / id. Planted: a person (as written in ids) or an account number."""
    pstyles, seps, aforms = NAME_STYLES[kind]
    sep = pick(seps)
    ws = words(pool, R.randint(1, 2) if ents else R.randint(2, 3))
    if sep == "camel":
        ws = [w.capitalize() for w in ws]
    parts: list = list(ws)
    for e in ents:
        if e == PERSON:
            style = pick(pstyles)
            if sep == "camel":
                style = "camel"
            frag = pii(person_name(style), PERSON)
        elif e == ACCT:
            n = acct_number()
            form = pick(aforms)
            if sep == "camel":
                form = pick(["Acct{n}", "Customer{n}"])
            pre, post = form.split("{n}")
            frag = cat(pre, pii(n, ACCT), post)
        elif e == EMAIL:  # policy names only
            frag = pii(email(), EMAIL)
        else:
            raise ValueError(e)
        parts.insert(R.randint(0, len(parts)), frag)
    suf = name_suffix()
    if suf:
        parts.append(suf if sep != "camel" else suf.capitalize())
    out_sep = "" if sep == "camel" else sep
    pieces = []
    for i, p in enumerate(parts):
        if i:
            pieces.append(out_sep)
        pieces.append(p)
    m = cat(*pieces)
    if kind in ("fc", "rule") and not m.text[0].isalpha():
        m = cat(pick(["ds_", "job_", "f_"]) if sep != "camel" else "Ds", m)
    if len(m.text) > maxlen:
        return render_name(kind, ents, pool, maxlen)
    return m


def render_entity_name(ents: list[str], pool) -> M:
    thing = pick(pool).replace("_", " ")
    if not ents:
        return M(
            pick(
                [
                    f"{thing.capitalize()} {R.randint(1, 40)}",
                    f"{pick(PLACES)} {thing}",
                    f"Line {R.randint(1, 6)} {thing}",
                    thing.upper().replace(" ", "_"),
                ]
            )
        )
    frags = []
    for e in ents:
        if e == PERSON:
            p = pii(person_name("full", unicode_ok=True), PERSON)
            frags.append(
                pick(
                    [
                        fmt("{p}'s office {t}", p=p, t=thing),
                        fmt("Desk of {p}", p=p),
                        fmt("{t} ({p})", p=p, t=thing.capitalize()),
                    ]
                )
            )
        elif e == ACCT:
            frags.append(fmt("Account {n} {t}", n=pii(acct_number(), ACCT), t=thing))
        elif e == EMAIL:
            frags.append(fmt("{t} - {e}", e=pii(email(), EMAIL), t=thing.capitalize()))
        elif e == PHONE:
            frags.append(fmt("Call box {p}", p=pii(phone(), PHONE)))
    pieces = ([", " if i else "", f] for i, f in enumerate(frags))
    return cat(*itertools.chain.from_iterable(pieces))


def arn_with(prefix: str, name) -> M:
    return cat(prefix, name)


# --- tags -----------------------------------------------------------------

TAG_SAFE_PW = "@-_."


def tag_pair(e: str, in_key: bool, unicode_ok=True):
    """(key, value) for one planted entity in a tag."""
    if in_key:
        if e == PERSON:
            return (
                pick(
                    [
                        cat("owner:", pii(person_name("dot"), PERSON)),
                        pii(person_name("full", unicode_ok), PERSON),
                    ]
                ),
                M(pick(["primary", "true", "reviewer", "approver"])),
            )
        if e == EMAIL:
            return pii(email().replace("+alerts", ""), EMAIL), M(
                pick(["owner", "notify", "on-call"])
            )
        if e == ACCT:
            return (
                cat(pick(["acct-", "customer:", "account "]), pii(acct_number(), ACCT)),
                M(pick(["migrated", "true", "tier-1", "pilot"])),
            )
        if e == PHONE:
            return cat(pick(["sms:", "oncall "]), pii(phone(PHONE_TAG), PHONE)), M("alerts")
    if e == PERSON:
        return M(pick(["Owner", "CreatedBy", "Requester", "Contact", "owner"])), pii(
            person_name(pick(["full", "full", "dot", "Snake"]), unicode_ok), PERSON
        )
    if e == EMAIL:
        return M(pick(["OwnerEmail", "contact", "NotifyEmail", "owner-email"])), pii(email(), EMAIL)
    if e == PHONE:
        return M(pick(["OnCallPhone", "Support", "EscalationPhone", "pager"])), pii(
            phone(PHONE_TAG), PHONE
        )
    if e == ACCT:
        n = acct_number()
        k = pick(
            ["CustomerAccount", "BillingAccount", "AccountNumber", "customer", "Ref", "ExternalId"]
        )
        return M(k), pick(
            [pii(n, ACCT), cat("acct-", pii(n, ACCT)), cat("customer account ", pii(n, ACCT))]
        )
    if e == CARD:
        return M(pick(["PaymentCard", "card", "CardOnFile"])), planted_card()
    if e == IBAN:
        return M(pick(["PayoutIBAN", "iban", "SettlementAccount"])), pii(iban(), IBAN)
    if e == SSN:
        return M(pick(["EmployeeSSN", "ssn", "TaxId"])), pii(ssn(), SSN)
    if e == AKID:
        return M(pick(["AccessKeyId", "aws_access_key_id", "DeployKey"])), pii(akid(), AKID)
    if e == SECRET:
        s = pii(aws_secret(), SECRET)
        return M(pick(["aws_secret_access_key", "SecretKey", "Credentials"])), pick(
            [s, cat("aws_secret_access_key=", s), cat("secret key: ", s)]
        )
    if e == VENDOR:
        kind = pick(list(VENDOR_NAMES))
        return (
            M(pick([f"{VENDOR_NAMES[kind].replace(' ', '')}Token", "ApiKey", "token"])),
            pii(vendor_token(kind), VENDOR),
        )
    if e == JWT:
        return M(pick(["SessionToken", "id_token", "AuthToken"])), pii(jwt(short=True), JWT)
    if e == AUTH:
        if R.random() < 0.6:
            return M(pick(["Authorization", "AuthHeader"])), cat(
                "Bearer ", pii(opaque_token().replace("~", "-"), AUTH)
            )
        return M(pick(["Authorization", "AuthHeader"])), cat("Basic ", pii(basic_cred(), AUTH))
    if e == PWD:
        pw = pii(password(tag_safe=True), PWD)
        return M(pick(["DbConnection", "Note", "Credentials", "Login"])), pick(
            [
                cat("password=", pw),
                cat("pwd=", pw),
                cat("user=admin password=", pw),
                cat("password: ", pw),
            ]
        )
    if e == URLC:
        u, p = url_user(), url_password().replace("~", "-")
        host = pick(
            [
                "db.internal.example.com:5432",
                "ftp.example.net",
                "hooks.example.com",
                "mq.example.org:8883",
            ]
        )
        return M(pick(["Endpoint", "SourceUrl", "MirrorUrl"])), cat(
            pick(["https://", "ftp://", "postgres://"]),
            pii(f"{u}:{p}", URLC),
            f"@{host}/",
            pick(["exports", "sales", "ingest", "v1/data"]),
        )
    raise ValueError(e)


def render_tags(ents, n_benign=None, unicode_ok=True, in_key_p=0.5):
    """List of (key M, value M) pairs with unique keys."""
    pairs = []
    for e in ents:
        in_key = e in (PERSON, EMAIL, ACCT, PHONE) and R.random() < in_key_p
        pairs.append(tag_pair(e, in_key, unicode_ok))
    n_benign = R.randint(0 if ents else 1, 3) if n_benign is None else n_benign
    for k, v in R.sample(benign_tag_pairs(), n_benign):
        pairs.append((M(k), M(v)))
    seen, out = set(), []
    for k, v in pairs:
        if k.text in seen:
            k = cat(k, str(len(out) + 1)) if not k.spans else k
            if k.text in seen:
                continue
        seen.add(k.text)
        out.append((k, v))
    R.shuffle(out)
    return out


def tags_list(ents, kname="Key", vname="Value", **kw):
    return [{kname: k, vname: v} for k, v in render_tags(ents, **kw)]


def tags_map(ents, **kw):
    return {k: v for k, v in render_tags(ents, in_key_p=0.7, **kw)}


# --- prose ------------------------------------------------------------------


def ent_sentence(e: str, ascii_only: bool, multiline: bool, short: bool) -> M:
    uni = not ascii_only
    if e == PERSON:
        p = pii(person_name("full", unicode_ok=uni), PERSON)
        return pick(
            [
                fmt("Owned by {p}.", p=p),
                fmt("Contact {p} before changing thresholds.", p=p),
                fmt("Requested by {p} for the quarterly review.", p=p),
                fmt("Maintainer: {p}.", p=p),
                fmt("{p} approved this on {d}.", p=p, d=date()),
                fmt("Escalate to {p} ({t}).", p=p, t=pick(TEAMS)),
            ]
        )
    if e == EMAIL:
        x = pii(email(), EMAIL)
        return pick(
            [
                fmt("Questions: {x}.", x=x),
                fmt("Alerts go to {x}.", x=x),
                fmt("Send failures to {x} and the {t} channel.", x=x, t=pick(TEAMS)),
                fmt("Owner {x}", x=x),
            ]
        )
    if e == PHONE:
        x = pii(phone(), PHONE)
        return pick(
            [
                fmt("On-call: {x}.", x=x),
                fmt("Call {x} if the job fails.", x=x),
                fmt("Site contact {x} (24/7).", x=x),
                fmt("Pager {x}", x=x),
            ]
        )
    if e == ACCT:
        x = pii(acct_number(), ACCT)
        return pick(
            [
                fmt("Customer account {x}.", x=x),
                fmt("Backfill for acct {x} only.", x=x),
                fmt("Excludes account no. {x} (closed).", x=x),
                fmt("Tracks customer {x} separately.", x=x),
                fmt("Tracking {x} weekly.", x=x),
                fmt("Refund issued to {x}.", x=x),
            ]
        )
    if e == CARD:
        x = planted_card()
        return pick(
            [
                fmt("Test charge on card {x} failed.", x=x),
                fmt("Card on file: {x}.", x=x),
                fmt("Refund to {x} pending.", x=x),
            ]
        )
    if e == IBAN:
        x = pii(iban(), IBAN)
        return pick(
            [
                fmt("Payout IBAN {x}.", x=x),
                fmt("Settlement to {x} every Friday.", x=x),
                fmt("Supplier bank account {x}.", x=x),
            ]
        )
    if e == SSN:
        x = pii(ssn(), SSN)
        return pick(
            [
                fmt("Employee SSN {x} verified.", x=x),
                fmt("SSN: {x}.", x=x),
                fmt("Applicant social security number {x}.", x=x),
            ]
        )
    if e == URLC:
        x = pii(f"{url_user()}:{url_password()}", URLC)
        return pick(
            [
                fmt("Source DB: postgres://{x}@db.internal.example.com:5432/sales.", x=x),
                fmt("Mirror at https://{x}@ftp.example.net/exports/", x=x),
                fmt("Broker mqtts://{x}@mq.example.org:8883", x=x),
            ]
        )
    if e == URLS:
        return render_url([URLS], allow_long=not short)
    if e == AKID:
        x = pii(akid(), AKID)
        return pick(
            [
                fmt("Uses access key {x}.", x=x),
                fmt("aws_access_key_id={x}", x=x),
                fmt("Deployed with key {x} (rotate!).", x=x),
            ]
        )
    if e == SECRET:
        x = pii(aws_secret(), SECRET)
        return pick(
            [
                fmt("aws_secret_access_key={x}", x=x),
                fmt("secret key: {x}", x=x),
                fmt("SecretAccessKey: {x}", x=x),
            ]
        )
    if e == VENDOR:
        kind = pick(list(VENDOR_NAMES))
        x = pii(vendor_token(kind), VENDOR)
        v = VENDOR_NAMES[kind]
        return pick(
            [
                fmt("{v} token {x} for CI.", v=v, x=x),
                fmt("{v} key: {x}", v=v, x=x),
                fmt("Notify via {v} ({x}).", v=v, x=x),
            ]
        )
    if e == JWT:
        x = pii(jwt(short=short), JWT)
        return pick(
            [fmt("Auth with token {x}", x=x), fmt("Session: {x}", x=x), fmt("Device JWT {x}", x=x)]
        )
    if e == PEM:
        x = pii(pem("ec" if short else None), PEM)
        return pick([fmt("Device key:\n{x}", x=x), fmt("Client key\n{x}", x=x)])
    if e == AUTH:
        if R.random() < 0.6:
            x = pii(opaque_token(), AUTH)
            return pick(
                [
                    fmt("curl -H 'Authorization: Bearer {x}' https://api.example.com/v1/data", x=x),
                    fmt("Use 'Authorization: Bearer {x}' for the ingest API.", x=x),
                ]
            )
        x = pii(basic_cred(), AUTH)
        return fmt("Header Authorization: Basic {x}", x=x)
    if e == PWD:
        x = pii(password(), PWD)
        return pick(
            [
                fmt("password={x}", x=x),
                fmt("db password: {x}", x=x),
                fmt("Login admin, pwd={x}", x=x),
                fmt("Password: {x}", x=x),
            ]
        )
    raise ValueError(e)


def render_prose(
    ents, topic: list[str], ascii_only=False, multiline=True, maxlen=2000, hard_neg=0.35
) -> M:
    short = maxlen <= 256
    if short and PEM in ents:
        return ent_sentence(PEM, ascii_only, multiline, short)
    for _ in range(200):
        parts: list = [pick(topic)]
        if R.random() < hard_neg and not (short and ents):
            parts.append(hard_negative_sentence())
        for e in ents:
            parts.append(ent_sentence(e, ascii_only, multiline, short))
        if not ents and R.random() < 0.3 and not short:
            parts.append(pick(topic))
        seps = []
        for i in range(len(parts)):
            seps.append("" if i == 0 else ("\n" if multiline and R.random() < 0.2 else " "))
        m = cat(*[x for pair in zip(seps, parts, strict=False) for x in pair])
        if len(m.text) <= maxlen and (multiline or "\n" not in m.text):
            return m
    raise RuntimeError("prose too long")


# --- URLs and paths -------------------------------------------------------


def presigned(short=False) -> M:
    b, key = (
        bucket(),
        pick(
            [
                "exports/forecast.csv",
                "firmware/ota-1.4.2.bin",
                "scenes/plant.glb",
                "data/interactions.csv",
            ]
        ),
    )
    reg = region()
    ak = akid()
    cred = pii(f"{ak}%2F{date().replace('-', '')}%2F{reg}%2Fs3%2Faws4_request", URLS)
    sig = pii(hexstr(64), URLS)
    parts = [
        f"https://{b}.s3.{reg}.amazonaws.com/{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256",
        "&X-Amz-Credential=",
        cred,
        f"&X-Amz-Date={date().replace('-', '')}T093000Z",
        "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host",
    ]
    if not short and ak.startswith("ASIA"):
        tok = "IQoJb3JpZ2luX2Vj" + rand(ALNUM, 180)
        parts += ["&X-Amz-Security-Token=", pii(tok, URLS)]
    parts += ["&X-Amz-Signature=", sig]
    return cat(*parts)


def render_url(ents, base=None, allow_long=True) -> M:
    base = base or pick(
        [
            "hooks.example.com/iot/ingest",
            "api.example.com/v2/events",
            "ingest.example.net/collect",
            "alerts.example.org/webhook",
        ]
    )
    if URLS in ents and allow_long and R.random() < 0.35 and len(ents) == 1:
        return presigned()
    host, _, path = base.partition("/")
    userinfo = M("")
    path_m = M("/" + path)
    query = []
    for e in ents:
        if e == URLC:
            userinfo = cat(pii(f"{url_user()}:{url_password()}", URLC), "@")
        elif e == URLS:
            k = pick(["token", "api_key", "access_token", "sig", "password", "apikey"])
            v = (
                hexstr(32)
                if k == "sig"
                else (
                    password(tag_safe=True) if k == "password" else rand(ALNUM, R.randint(24, 40))
                )
            )
            query.append(cat(f"{k}=", pii(v, URLS)))
        elif e == ACCT:
            path_m = cat("/accounts/", pii(acct_number(), ACCT), "/" + path)
        elif e == EMAIL:
            query.append(cat("notify=", pii(email().replace("+alerts", ""), EMAIL)))
        elif e == PERSON:
            path_m = cat("/users/", pii(person_name(pick(["dot", "snake"])), PERSON), path_m)
    if R.random() < 0.4:
        query.append(M(pick(["format=json", "region=" + region(), "v=2", "page=1&limit=50"])))
    R.shuffle(query)
    q = []
    for i, x in enumerate(query):
        q += ["?" if i == 0 else "&", x]
    return cat("https://", userinfo, host, path_m, *q)


def with_ext(name: str) -> str:
    return name if "." in name else name + pick([".csv", "/", ".parquet"])


def render_s3(
    ents, allow_at=True, allow_dot=True, templated=False, pool=None, bucket_name=None
) -> M:
    b = bucket_name or bucket()
    segs: list = [pick(["raw", "input", "exports", "training", "datasets", "landing"])]
    for e in ents:
        if e == PERSON:
            st = pick(["snake", "dash"] + (["dot"] if allow_dot else []))
            segs.append(cat(pick(["users/", "home/", "sandbox/"]), pii(person_name(st), PERSON)))
        elif e == EMAIL:
            segs.append(cat(pick(["exports/", "users/"]), pii(email(), EMAIL)))
        elif e == ACCT:
            segs.append(
                cat(pick(["customers/acct-", "accounts/", "customer_"]), pii(acct_number(), ACCT))
            )
    if templated:
        segs.append("{{yyyyMMdd}}/{{HHmm}}")
    else:
        segs.append(
            pick(
                [
                    "",
                    with_ext(pick(pool or WORDS_RETAIL)),
                    f"{date()}/part-0000.csv",
                ]
            )
        )
    pieces = [f"s3://{b}"]
    for s in segs:
        if txt(s):
            pieces += ["/", s]
    return cat(*pieces)


def tags_header(ents) -> M:
    """IoT CreateTopicRule ``x-amz-tagging`` style tags: ``k=v&k2=v2``."""
    items = [
        cat(k, "=", v)
        for k, v in [(x, y) for x, y in R.sample(benign_tag_pairs()[:12], R.randint(1, 2))]
    ]
    for e in ents:
        if e == PERSON:
            items.append(cat("Owner=", pii(person_name("camel"), PERSON)))
        else:
            items.append(cat("Contact=", pii(email(), EMAIL)))
    R.shuffle(items)
    out = []
    for i, x in enumerate(items):
        out += ["&" if i else "", x]
    return cat(*out)


def json_doc(obj, subs: dict) -> M:
    """json.dumps(obj) where placeholder strings in subs are replaced by planted M values
    (JSON-escaped, so the planted value is what appears in the document text)."""
    text = json.dumps(obj, indent=pick([None, 2]))
    parts: list = []
    pos = 0
    while True:
        nxt = [(text.find(k, pos), k) for k in subs if text.find(k, pos) >= 0]
        if not nxt:
            parts.append(text[pos:])
            break
        i, k = min(nxt)
        parts.append(text[pos:i])
        m = subs[k]
        esc = json.dumps(m.text)[1:-1]
        parts.append(M(esc, [(json.dumps(v)[1:-1], e) for v, e in m.spans]))
        pos = i + len(k)
    return cat(*parts)


# ---------------------------------------------------------------------------
# Models, validation, path walking
# ---------------------------------------------------------------------------

SESSION = botocore.session.get_session()
MODELS = {s: SESSION.get_service_model(s) for s in SERVICES}

# Where a service model's documented pattern contradicts the service's own
# documentation and examples. Forecast's S3Config/EncryptionConfig RoleArn
# reuses the generic forecast ``Arn`` shape (pattern ``arn:...:forecast:...``)
# but takes an IAM role ARN (docs: "The ARN of the IAM role that Amazon
# Forecast can assume"; every example passes arn:aws:iam::...:role/...).
IAM_ROLE_RE = r"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+$"
PATTERN_EXCEPTIONS = {("forecast", "RoleArn"): IAM_ROLE_RE}


def java_pattern(pat: str) -> str:
    """Model patterns are Java regexes; the one construct ``regex`` reads differently
    is a surrogate-pair range (``\\uD800\\uDC00-\\uDBFF\\uDFFF`` = U+10000..U+10FFFF)."""
    return pat.replace(r"\uD800\uDC00-\uDBFF\uDFFF", r"\U00010000-\U0010FFFF")


def string_problems(svc, member, shape, value, strict=True) -> list[str]:
    errs = []
    md = shape.metadata
    if "min" in md and len(value) < md["min"]:
        errs.append(f"shorter than min {md['min']}")
    if "max" in md and len(value) > md["max"]:
        errs.append(f"longer than max {md['max']}")
    enum = getattr(shape, "enum", None) or md.get("enum")
    if enum and value not in enum:
        errs.append(f"not in enum {enum}")
    pat = PATTERN_EXCEPTIONS.get((svc, member), md.get("pattern"))
    if pat:
        pat = java_pattern(pat)
        if not regex.search(pat, value):
            errs.append(f"does not match pattern {pat!r}")
        # Stricter than the service: the whole value should match, so names and
        # ids look like what people really type into them.
        elif strict and not regex.fullmatch(pat, value, flags=regex.DOTALL):
            errs.append(f"does not fully match pattern {pat!r}")
    return errs


def walk(value, shape, path=""):
    """Yield (path, leaf, shape, member_name, is_key) for every string leaf.

    Leaves may be ``M`` (planted) or ``str``."""
    yield from _walk(value, shape, path, "")


def _walk(value, shape, path, member):
    t = shape.type_name
    if t == "structure":
        for name, v in value.items():
            if name not in shape.members:
                raise KeyError(f"{path or '<root>'}: unknown member {name}")
            yield from _walk(v, shape.members[name], f"{path}.{name}" if path else name, name)
    elif t == "list":
        for i, v in enumerate(value):
            yield from _walk(v, shape.member, f"{path}[{i}]", member)
    elif t == "map":
        for k, v in value.items():
            kt = txt(k)
            yield (f"{path}{{{json.dumps(kt, ensure_ascii=False)}}}", k, shape.key, member, True)
            yield from _walk(
                v, shape.value, f"{path}[{json.dumps(kt, ensure_ascii=False)}]", member
            )
    elif t == "string":
        yield (path, value, shape, member, False)


def strip(value, shape):
    t = shape.type_name
    if t == "structure":
        return {k: strip(v, shape.members[k]) for k, v in value.items()}
    if t == "list":
        return [strip(v, shape.member) for v in value]
    if t == "map":
        return {txt(k): strip(v, shape.value) for k, v in value.items()}
    if t == "string":
        return txt(value)
    return value


class Invalid(Exception):
    pass


def finalize(svc, op_name, params, source):
    model = MODELS[svc]
    shape = model.operation_model(op_name).input_shape
    planted, benign, problems = [], [], []
    for path, leaf, sh, member, _is_key in walk(params, shape):
        text = txt(leaf)
        for p in string_problems(svc, member, sh, text):
            problems.append(f"{path}={text[:80]!r}: {p}")
        spans = leaf.spans if isinstance(leaf, M) else []
        if spans:
            for value, entity in spans:
                assert value and value in text, (value, text)
                planted.append({"path": path, "value": value, "entity": entity})
        else:
            benign.append({"path": path, "value": text})
    clean = strip(params, shape)
    try:
        botocore.validate.validate_parameters(clean, shape)
    except Exception as exc:  # ParamValidationError
        problems.append(str(exc))
    if problems:
        raise Invalid("; ".join(problems))
    return {
        "service": svc,
        "operation": op_name,
        "params": clean,
        "planted": planted,
        "benign": benign,
        "source": source,
    }


# ---------------------------------------------------------------------------
# Operation builders
# ---------------------------------------------------------------------------

ALL = set(ENTITIES)
C_NAME = {PERSON, ACCT}
C_TAGS = {PERSON, EMAIL, PHONE, ACCT, CARD, IBAN, SSN, AKID, SECRET, VENDOR, JWT, AUTH, PWD, URLC}
C_S3 = {PERSON, EMAIL, ACCT}
C_PROSE = ALL - {PEM}
C_URL = {URLC, URLS, ACCT, EMAIL}
C_HEADERS = {AUTH, VENDOR, JWT, AKID, SECRET}
C_ATTRS = {PERSON, EMAIL, PHONE, ACCT, CARD, IBAN, SSN, AKID, VENDOR, JWT, PWD}
C_SQL = {EMAIL, PHONE, ACCT, PERSON}
C_JOBDOC = {URLS, URLC, PEM, AKID, SECRET, VENDOR, PWD, JWT}
C_CONFIG = {URLC, URLS, SECRET, AKID, VENDOR, PWD, AUTH}
C_DIM = {EMAIL, ACCT, PHONE, PERSON, CARD}


class Op:
    def __init__(self, service, name, fn, slots):
        self.service, self.name, self.fn, self.slots = service, name, fn, slots

    @property
    def supports(self):
        return set().union(*(spec[0] for spec in self.slots.values()))

    def allocate(self, ents):
        """Spread entities over slots. A slot spec is (compatible, capacity[, solo]):
        an entity in ``solo`` must be alone in that slot (it fills a short field)."""
        assigned = {s: [] for s in self.slots}

        def ok(s, e):
            c, cap, *rest = self.slots[s]
            solo = rest[0] if rest else set()
            here = assigned[s]
            if e not in c or len(here) >= cap or e in here:
                return False
            return not (here and (e in solo or any(x in solo for x in here)))

        for e in ents:
            cands = [s for s in self.slots if ok(s, e)]
            if not cands:
                return None
            # Prefer specific slots (names, URLs, headers) over catch-alls (tags, prose).
            w = [
                (len(ENTITIES) / len(self.slots[s][0])) ** 0.5 * SLOT_BOOST.get(s, 1) for s in cands
            ]
            assigned[R.choices(cands, weights=w)[0]].append(e)
        return assigned


OPS: dict[str, list[Op]] = {}
# Structured fields people paste secrets into (URLs, headers, documents): favoured.
SLOT_BOOST = {
    "url": 3,
    "confurl": 3,
    "headers": 3,
    "loc": 3,
    "config": 3,
    "src": 2,
    "doc": 2,
    "props": 2,
    "path": 2,
    "dims": 2,
}


def op(service, op_name, /, **slots):
    def deco(fn):
        OPS.setdefault(service, []).append(Op(service, op_name, fn, slots))
        return fn

    return deco


def maybe(p=0.5):
    return R.random() < p


def tags_needed(E, slot="tags", p=0.6):
    return bool(E[slot]) or maybe(p)


# ----- forecast --------------------------------------------------------------

FC_POOL = WORDS_RETAIL + WORDS_ENERGY + WORDS_WEB
FC_DOMAINS = {
    "RETAIL": ("item_id", "demand", WORDS_RETAIL),
    "CUSTOM": ("item_id", "target_value", WORDS_ENERGY + WORDS_RETAIL),
    "INVENTORY_PLANNING": ("item_id", "demand", WORDS_RETAIL),
    "EC2_CAPACITY": ("instance_type", "number_of_instances", ["capacity", "fleet", "compute"]),
    "WORK_FORCE": ("workforce_type", "workforce_demand", ["staffing", "shifts", "workforce"]),
    "WEB_TRAFFIC": ("item_id", "value", WORDS_WEB),
    "METRICS": ("metric_name", "metric_value", WORDS_METRICS),
}


def fc_arn(rtype, name=None, pool=FC_POOL) -> M:
    name = name if name is not None else render_name("fc", [], pool)
    return cat(f"arn:aws:forecast:{region()}:{acct_id()}:{rtype}/", name)


def fc_tags(E):
    return tags_list(E["tags"])


def fc_freq():
    return pick(["D", "D", "W", "H", "M", "15min", "30min"])


@op("forecast", "CreateDatasetGroup", name=(C_NAME, 1), tags=(C_TAGS, 3))
def fc_create_dataset_group(E):
    dom = pick(list(FC_DOMAINS))
    pool = FC_DOMAINS[dom][2]
    p = {"DatasetGroupName": render_name("fc", E["name"], pool), "Domain": dom}
    if maybe(0.5):
        p["DatasetArns"] = [fc_arn("dataset", pool=pool) for _ in range(R.randint(1, 2))]
    if tags_needed(E):
        p["Tags"] = fc_tags(E)
    return p


@op("forecast", "CreateDataset", name=(C_NAME, 1), tags=(C_TAGS, 3))
def fc_create_dataset(E):
    dom = pick(list(FC_DOMAINS))
    item, target, pool = FC_DOMAINS[dom]
    dtype = pick(
        ["TARGET_TIME_SERIES", "TARGET_TIME_SERIES", "RELATED_TIME_SERIES", "ITEM_METADATA"]
    )
    if dtype == "TARGET_TIME_SERIES":
        attrs = [(item, "string"), ("timestamp", "timestamp"), (target, "float")]
        if maybe(0.4):
            attrs.append(pick([("location", "string"), ("store_id", "string")]))
    elif dtype == "RELATED_TIME_SERIES":
        attrs = [
            (item, "string"),
            ("timestamp", "timestamp"),
            ("price", "float"),
            ("promotion_applied", "integer"),
        ]
    else:
        attrs = [(item, "string"), ("category", "string"), ("brand", "string")]
    p = {
        "DatasetName": render_name("fc", E["name"], pool),
        "Domain": dom,
        "DatasetType": dtype,
        "Schema": {"Attributes": [{"AttributeName": a, "AttributeType": t} for a, t in attrs]},
    }
    if dtype != "ITEM_METADATA":
        p["DataFrequency"] = fc_freq()
    if tags_needed(E):
        p["Tags"] = fc_tags(E)
    return p


@op("forecast", "CreateDatasetImportJob", name=(C_NAME, 1), path=(C_S3, 1), tags=(C_TAGS, 3))
def fc_create_import(E):
    pool = pick([WORDS_RETAIL, WORDS_ENERGY, WORDS_WEB])
    p = {
        "DatasetImportJobName": render_name("fc", E["name"], [*pool, "import", "job"]),
        "DatasetArn": fc_arn("dataset", pool=pool),
        "DataSource": {
            "S3Config": {
                "Path": render_s3(E["path"], pool=pool),
                "RoleArn": role_arn(svc="forecast"),
            }
        },
    }
    if maybe(0.6):
        p["TimestampFormat"] = pick(["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"])
    if maybe(0.3):
        p["TimeZone"] = pick(
            ["America/Los_Angeles", "Europe/Berlin", "Australia/Sydney", "Asia/Tokyo", "UTC"]
        )
    if maybe(0.5):
        p["Format"] = pick(["CSV", "PARQUET"])
    if maybe(0.3):
        p["ImportMode"] = pick(["FULL", "INCREMENTAL"])
    if maybe(0.2):
        p["DataSource"]["S3Config"]["KMSKeyArn"] = kms_arn()
    if tags_needed(E, p=0.5):
        p["Tags"] = fc_tags(E)
    return p


ALGOS = ["Deep_AR_Plus", "ETS", "NPTS", "Prophet", "ARIMA", "CNN-QR"]


@op("forecast", "CreatePredictor", name=(C_NAME, 1), tags=(C_TAGS, 3))
def fc_create_predictor(E):
    pool = pick([WORDS_RETAIL, WORDS_ENERGY, WORDS_WEB])
    freq = fc_freq()
    p = {
        "PredictorName": render_name("fc", E["name"], [*pool, "predictor", "model"]),
        "ForecastHorizon": R.choice([7, 14, 20, 24, 30, 48, 52]),
        "InputDataConfig": {"DatasetGroupArn": fc_arn("dataset-group", pool=pool)},
        "FeaturizationConfig": {"ForecastFrequency": freq},
    }
    if maybe(0.5):
        p["PerformAutoML"] = True
    else:
        algo = pick(ALGOS)
        p["AlgorithmArn"] = f"arn:aws:forecast:::algorithm/{algo}"
        if algo == "Deep_AR_Plus" and maybe(0.5):
            p["TrainingParameters"] = {
                "context_length": str(R.randint(20, 100)),
                "epochs": str(pick([100, 300, 500])),
                "likelihood": pick(["student-t", "gaussian"]),
            }
    if maybe(0.5):
        p["FeaturizationConfig"]["Featurizations"] = [
            {
                "AttributeName": pick(["target_value", "demand"]),
                "FeaturizationPipeline": [
                    {
                        "FeaturizationMethodName": "filling",
                        "FeaturizationMethodParameters": {
                            "aggregation": "sum",
                            "frontfill": "none",
                            "middlefill": "zero",
                            "backfill": "zero",
                        },
                    }
                ],
            }
        ]
    if maybe(0.4):
        p["ForecastTypes"] = pick([["0.1", "0.5", "0.9"], ["mean"], ["0.5", "0.9", "mean"]])
    if maybe(0.3):
        p["EvaluationParameters"] = {"NumberOfBacktestWindows": 1, "BackTestWindowOffset": 20}
    if tags_needed(E, p=0.5):
        p["Tags"] = fc_tags(E)
    return p


@op("forecast", "CreateAutoPredictor", name=(C_NAME, 1), tags=(C_TAGS, 3))
def fc_create_auto_predictor(E):
    pool = pick([WORDS_RETAIL, WORDS_ENERGY, WORDS_WEB])
    p = {
        "PredictorName": render_name("fc", E["name"], [*pool, "auto", "predictor"]),
        "ForecastHorizon": R.choice([7, 14, 28, 30, 90]),
        "ForecastFrequency": fc_freq(),
        "DataConfig": {"DatasetGroupArn": fc_arn("dataset-group", pool=pool)},
    }
    if maybe(0.5):
        p["ForecastTypes"] = pick([["0.1", "0.5", "0.9"], ["0.5", "0.9", "mean"]])
    if maybe(0.4):
        p["DataConfig"]["AttributeConfigs"] = [
            {
                "AttributeName": "demand",
                "Transformations": {"aggregation": "sum", "middlefill": "zero", "backfill": "zero"},
            }
        ]
    if maybe(0.4):
        p["DataConfig"]["AdditionalDatasets"] = [
            {
                "Name": "holiday",
                "Configuration": {"CountryCode": [pick(["US", "DE", "AU", "JP", "GB"])]},
            }
        ]
    if maybe(0.3):
        p["OptimizationMetric"] = pick(["WAPE", "RMSE", "MAPE"])
    if maybe(0.3):
        p["ExplainPredictor"] = True
    if maybe(0.2):
        p["ForecastDimensions"] = [pick(["store_id", "location"])]
    if tags_needed(E, p=0.5):
        p["Tags"] = fc_tags(E)
    return p


@op("forecast", "CreateForecast", name=(C_NAME, 1), tags=(C_TAGS, 3))
def fc_create_forecast(E):
    pool = pick([WORDS_RETAIL, WORDS_ENERGY, WORDS_WEB])
    p = {
        "ForecastName": render_name("fc", E["name"], [*pool, "forecast"]),
        "PredictorArn": fc_arn("predictor", pool=pool),
    }
    if maybe(0.5):
        p["ForecastTypes"] = pick([["0.1", "0.5", "0.9"], ["mean"]])
    if tags_needed(E):
        p["Tags"] = fc_tags(E)
    return p


@op("forecast", "CreateForecastExportJob", name=(C_NAME, 1), path=(C_S3, 1), tags=(C_TAGS, 3))
def fc_create_export(E):
    pool = pick([WORDS_RETAIL, WORDS_ENERGY, WORDS_WEB])
    p = {
        "ForecastExportJobName": render_name("fc", E["name"], [*pool, "export"]),
        "ForecastArn": fc_arn("forecast", pool=pool),
        "Destination": {
            "S3Config": {
                "Path": render_s3(E["path"], pool=pool),
                "RoleArn": role_arn(svc="forecast"),
            }
        },
    }
    if maybe(0.5):
        p["Format"] = pick(["CSV", "PARQUET"])
    if tags_needed(E, p=0.5):
        p["Tags"] = fc_tags(E)
    return p


@op("forecast", "TagResource", arn=(C_NAME, 1), tags=(C_TAGS, 3))
def fc_tag_resource(E):
    rtype = pick(["dataset-group", "dataset", "predictor", "forecast"])
    return {
        "ResourceArn": fc_arn(rtype, render_name("fc", E["arn"], FC_POOL)),
        "Tags": tags_list(E["tags"], n_benign=R.randint(0 if E["tags"] else 1, 3)),
    }


@op("forecast", "UpdateDatasetGroup", arn=(C_NAME, 1), ds=(C_NAME, 1))
def fc_update_dsg(E):
    pool = pick([WORDS_RETAIL, WORDS_ENERGY, WORDS_WEB])
    arns = [fc_arn("dataset", render_name("fc", E["ds"], pool), pool)]
    arns += [fc_arn("dataset", pool=pool) for _ in range(R.randint(0, 2))]
    R.shuffle(arns)
    return {
        "DatasetGroupArn": fc_arn("dataset-group", render_name("fc", E["arn"], pool)),
        "DatasetArns": arns,
    }


# ----- personalize ------------------------------------------------------------

PZ_POOL = WORDS_RECS + WORDS_RETAIL[:6]
RECIPES = [
    "aws-user-personalization",
    "aws-user-personalization-v2",
    "aws-similar-items",
    "aws-personalized-ranking",
    "aws-sims",
    "aws-popularity-count",
    "aws-trending-now",
    "aws-personalized-ranking-v2",
]


def pz_arn(rtype, name=None) -> M:
    name = name if name is not None else render_name("dash", [], PZ_POOL)
    return cat(f"arn:aws:personalize:{region()}:{acct_id()}:{rtype}/", name)


def pz_tags(E):
    return tags_list(E["tags"], kname="tagKey", vname="tagValue")


AVRO_FIELDS = {
    "Interactions": [
        ("USER_ID", "string"),
        ("ITEM_ID", "string"),
        ("TIMESTAMP", "long"),
        ("EVENT_TYPE", "string"),
    ],
    "Items": [
        ("ITEM_ID", "string"),
        ("GENRES", "string"),
        ("PRICE", "float"),
        ("CREATION_TIMESTAMP", "long"),
    ],
    "Users": [("USER_ID", "string"), ("AGE", "int"), ("MEMBERSHIP_TYPE", "string")],
}


@op("personalize", "CreateDatasetGroup", name=(C_NAME, 1), tags=(C_TAGS, 3))
def pz_create_dsg(E):
    p = {"name": render_name("dash", E["name"], PZ_POOL)}
    if maybe(0.4):
        p["domain"] = pick(["ECOMMERCE", "VIDEO_ON_DEMAND"])
    if maybe(0.25):
        a = acct_id()
        p["kmsKeyArn"] = kms_arn(acct=a)
        p["roleArn"] = role_arn("PersonalizeKmsAccess", acct=a)
    if tags_needed(E):
        p["tags"] = pz_tags(E)
    return p


@op("personalize", "CreateDataset", name=(C_NAME, 1), tags=(C_TAGS, 3))
def pz_create_dataset(E):
    dtype = pick(list(AVRO_FIELDS))
    dsg = render_name("dash", [], PZ_POOL)
    p = {
        "name": render_name("dash", E["name"], [*PZ_POOL, dtype.lower()]),
        "schemaArn": pz_arn("schema", f"{txt(dsg)}-{dtype.lower()}-schema"),
        "datasetGroupArn": pz_arn("dataset-group", dsg),
        "datasetType": dtype,
    }
    if tags_needed(E):
        p["tags"] = pz_tags(E)
    return p


@op("personalize", "CreateSchema", name=(C_NAME, 1), doc=({EMAIL, PERSON}, 1))
def pz_create_schema(E):
    dtype = pick(list(AVRO_FIELDS))
    schema = {
        "type": "record",
        "name": dtype,
        "namespace": "com.amazonaws.personalize.schema",
        "fields": [{"name": n, "type": t} for n, t in AVRO_FIELDS[dtype]],
        "version": "1.0",
    }
    if dtype == "Items":
        schema["fields"][1]["categorical"] = True
    subs = {}
    if E["doc"]:
        e = E["doc"][0]
        val = pii(email(), EMAIL) if e == EMAIL else pii(person_name("full"), PERSON)
        schema["doc"] = "@@DOC@@"
        subs["@@DOC@@"] = cat(pick(["Maintainer: ", "Owner ", "Contact "]), val)
    elif maybe(0.3):
        schema["doc"] = pick(
            [
                "Interactions for the storefront, 2024 schema.",
                "Generated by the data-platform pipeline.",
            ]
        )
    p = {
        "name": render_name("dash", E["name"], [*PZ_POOL, dtype.lower(), "schema"]),
        "schema": json_doc(schema, subs),
    }
    if maybe(0.2):
        p["domain"] = pick(["ECOMMERCE", "VIDEO_ON_DEMAND"])
    return p


@op("personalize", "CreateSolution", name=(C_NAME, 1), tags=(C_TAGS, 3))
def pz_create_solution(E):
    p = {
        "name": render_name("dash", E["name"], [*PZ_POOL, "solution"]),
        "datasetGroupArn": pz_arn("dataset-group"),
    }
    if maybe(0.3):
        p["performAutoML"] = True
    else:
        p["recipeArn"] = f"arn:aws:personalize:::recipe/{pick(RECIPES)}"
    if maybe(0.3):
        p["eventType"] = pick(["click", "purchase", "watch", "add-to-cart"])
    if maybe(0.4):
        p["solutionConfig"] = {
            "algorithmHyperParameters": {
                "hidden_dimension": str(pick([64, 128, 256])),
                "bptt": str(pick([16, 32])),
            }
        }
        if maybe(0.3):
            p["solutionConfig"]["eventValueThreshold"] = "0.5"
    if maybe(0.2):
        p["performHPO"] = True
    if tags_needed(E, p=0.5):
        p["tags"] = pz_tags(E)
    return p


@op("personalize", "CreateCampaign", name=(C_NAME, 1), tags=(C_TAGS, 3))
def pz_create_campaign(E):
    sol = render_name("dash", [], PZ_POOL)
    p = {
        "name": render_name("dash", E["name"], [*PZ_POOL, "campaign"]),
        "solutionVersionArn": pz_arn("solution", cat(sol, "/", hexstr(8))),
    }
    if maybe(0.6):
        p["minProvisionedTPS"] = pick([1, 2, 5, 10])
    if maybe(0.4):
        p["campaignConfig"] = {
            "itemExplorationConfig": {
                "explorationWeight": pick(["0.3", "0.1", "0.5"]),
                "explorationItemAgeCutOff": str(pick([7, 30, 90])),
            }
        }
    if tags_needed(E, p=0.5):
        p["tags"] = pz_tags(E)
    return p


FILTERS = [
    'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("click", "stream")',
    "INCLUDE ItemID WHERE Items.GENRES IN ($GENRES)",
    "EXCLUDE ItemID WHERE Items.PRICE > 100",
    'INCLUDE ItemID WHERE Items.CATEGORY IN ("shoes") AND Items.IN_STOCK IN ("true")',
    'EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("purchase")',
    "INCLUDE ItemID WHERE Items.CREATION_TIMESTAMP > $DATE",
]


def filter_expr(ents) -> M:
    if not ents:
        return M(pick(FILTERS))
    e = ents[0]
    if e == EMAIL:
        return fmt('EXCLUDE ItemID WHERE Items.SELLER_EMAIL IN ("{x}")', x=pii(email(), EMAIL))
    if e == ACCT:
        return fmt(
            'EXCLUDE ItemID WHERE Users.ACCOUNT_NUMBER IN ("{x}")', x=pii(acct_number(), ACCT)
        )
    if e == PERSON:
        return fmt(
            'INCLUDE ItemID WHERE Items.AUTHOR IN ("{x}")', x=pii(person_name("full"), PERSON)
        )
    return fmt('EXCLUDE ItemID WHERE Users.PHONE IN ("{x}")', x=pii(phone(), PHONE))


@op(
    "personalize",
    "CreateFilter",
    name=(C_NAME, 1),
    expr=({EMAIL, ACCT, PERSON, PHONE}, 1),
    tags=(C_TAGS, 3),
)
def pz_create_filter(E):
    p = {
        "name": render_name("dash", E["name"], [*PZ_POOL, "filter", "exclude", "instock"]),
        "datasetGroupArn": pz_arn("dataset-group"),
        "filterExpression": filter_expr(E["expr"]),
    }
    if tags_needed(E, p=0.4):
        p["tags"] = pz_tags(E)
    return p


@op(
    "personalize",
    "CreateDatasetImportJob",
    name=(C_NAME, 1),
    loc=(C_URL | C_S3, 2),
    tags=(C_TAGS, 3),
)
def pz_create_import(E):
    dsg = render_name("dash", [], PZ_POOL)
    dtype = pick(["INTERACTIONS", "ITEMS", "USERS"])
    loc_ents = E["loc"]
    if any(e in (URLC, URLS) for e in loc_ents) or (not loc_ents and maybe(0.2)):
        base = pick(
            ["data.example.com/exports/interactions.csv", "files.example.net/personalize/items.csv"]
        )
        loc = render_url(loc_ents, base=base, allow_long=False)
    else:
        loc = render_s3([e for e in loc_ents], pool=["interactions.csv", "items.csv"])
    p = {
        "jobName": render_name("dash", E["name"], [*PZ_POOL, "import"]),
        "datasetArn": pz_arn("dataset", cat(dsg, "/", dtype)),
        "dataSource": {"dataLocation": loc},
        "roleArn": role_arn(svc="personalize"),
    }
    if maybe(0.3):
        p["importMode"] = pick(["FULL", "INCREMENTAL"])
    if tags_needed(E, p=0.4):
        p["tags"] = pz_tags(E)
    return p


@op("personalize", "TagResource", arn=(C_NAME, 1), tags=(C_TAGS, 3))
def pz_tag_resource(E):
    rtype = pick(["dataset-group", "campaign", "solution", "filter"])
    return {
        "resourceArn": pz_arn(rtype, render_name("dash", E["arn"], PZ_POOL)),
        "tags": tags_list(
            E["tags"],
            kname="tagKey",
            vname="tagValue",
            n_benign=R.randint(0 if E["tags"] else 1, 3),
        ),
    }


# ----- iot ---------------------------------------------------------------------

IOT_POOL = [*WORDS_IOT, "floor1", "dock", "lab", "warehouse", "plant", "fleet", "hvac"]


def iot_arn(rtype, name=None) -> M:
    name = name if name is not None else render_name("dash", [], IOT_POOL, 60)
    return cat(f"arn:aws:iot:{region()}:{acct_id()}:{rtype}/", name)


def iot_tags(E, slot="tags"):
    out = []
    for k, v in render_tags(E[slot]):
        d = {"Key": k}
        if v.text or maybe(0.5):
            d["Value"] = v
        out.append(d)
    return out


def mac() -> str:
    return ":".join(hexstr(2).upper() for _ in range(6))


def attr_pair(e: str):
    if e == PERSON:
        if maybe(0.3):
            return cat("owner:", pii(person_name("dot"), PERSON)), M("true")
        return M(pick(["owner", "installedBy", "assignee"])), pii(
            person_name(pick(["dot", "dash", "snake", "camel"])), PERSON
        )
    if e == EMAIL:
        x = pii(email().replace("+alerts", ""), EMAIL)
        return (x, M("owner")) if maybe(0.3) else (M(pick(["ownerEmail", "contact"])), x)
    if e == PHONE:
        return M(pick(["ownerPhone", "siteContact"])), pii(phone(PHONE_ATTR), PHONE)
    if e == ACCT:
        n = pii(acct_number(), ACCT)
        if maybe(0.3):
            return cat("acct-", n), M("billing")
        return M(pick(["customerAccount", "billingAccount", "accountId"])), pick(
            [n, cat("acct-", n)]
        )
    if e == CARD:
        return M("paymentCard"), planted_card(pick(["dash", "compact"]))
    if e == IBAN:
        return M("payoutIban"), pii(iban(grouped=False), IBAN)
    if e == SSN:
        return M(pick(["ownerSsn", "ssn"])), pii(ssn(), SSN)
    if e == AKID:
        return M("awsAccessKeyId"), pii(akid(), AKID)
    if e == VENDOR:
        return M(pick(["apiToken", "githubToken", "slackToken"])), pii(
            vendor_token(pick(["ghp", "glpat", "xoxb", "sk_live", "aiza"])), VENDOR
        )
    if e == JWT:
        return M("provisioningToken"), pii(jwt(short=True), JWT)
    if e == PWD:
        pw = pii(password(tag_safe=True), PWD)
        return M(pick(["wifiPassword", "adminPassword", "config"])), pick(
            [pw, cat("password=", pw)]
        )
    raise ValueError(e)


def iot_attrs(ents, n_benign=None):
    pool = [
        ("serialNumber", f"SN-{hexstr(4).upper()}-{R.randint(1000, 9999)}"),
        ("firmware", semver()[1:]),
        ("model", pick(["TH-200", "PX-9", "LB-75", "GW-3000"])),
        ("location", f"building-{R.randint(1, 9)}/floor-{R.randint(1, 5)}"),
        ("mac", mac()),
        ("installed", date()),
        ("wattage", str(pick([40, 60, 75, 100]))),
        ("site", pick(["sydney", "frankfurt", "seattle", "dublin"])),
        ("costCenter", cost_center()),
        ("batch", f"{date().replace('-', '')}-{R.randint(1, 99)}"),
    ]
    pairs = [attr_pair(e) for e in ents]
    n = R.randint(0 if ents else 1, 3) if n_benign is None else n_benign
    pairs += [(M(k), M(v)) for k, v in R.sample(pool, n)]
    out = {}
    for k, v in pairs:
        if k not in out:
            out[k] = v
    return out


IOT_TOPICS = [
    "Fleet of {w} devices across {p}.",
    "Devices on the {p} shop floor.",
    "All {w} units installed in {d}.",
    "Pilot group for firmware rollout {v}.",
    "Thing group for {w} telemetry ({c}).",
]
IOT_BILLING_TOPICS = [
    "Billing group for the {p} {w} fleet.",
    "Charges for {w} devices, {c}.",
    "Usage billed to {c} from {d}.",
]


def iot_topic_sentences(billing=False):
    return [
        t.format(w=pick(WORDS_IOT), p=pick(PLACES), d=date(), v=semver(), c=cost_center())
        for t in (IOT_BILLING_TOPICS if billing else IOT_TOPICS)
    ]


def iot_name(E, slot="name"):
    return render_name("dash", E[slot], IOT_POOL, 100)


@op("iot", "CreateThing", name=(C_NAME, 1), attrs=(C_ATTRS, 3))
def iot_create_thing(E):
    p = {"thingName": iot_name(E)}
    if maybe(0.5):
        p["thingTypeName"] = pick(["LightBulb", "Thermostat", "SmartMeter", "Gateway", "Camera"])
    if E["attrs"] or maybe(0.7):
        p["attributePayload"] = {"attributes": iot_attrs(E["attrs"])}
    if maybe(0.2):
        p["billingGroupName"] = render_name("dash", [], IOT_POOL, 60)
    return p


@op("iot", "UpdateThing", name=(C_NAME, 1), attrs=(C_ATTRS, 3))
def iot_update_thing(E):
    p = {
        "thingName": iot_name(E),
        "attributePayload": {"attributes": iot_attrs(E["attrs"]), "merge": True},
    }
    if maybe(0.4):
        p["expectedVersion"] = R.randint(1, 40)
    return p


def iot_desc(ents, billing=False):
    return render_prose(
        ents, iot_topic_sentences(billing), ascii_only=True, multiline=False, maxlen=2028
    )


@op(
    "iot",
    "CreateThingGroup",
    name=(C_NAME, 1),
    desc=(C_PROSE, 2),
    attrs=(C_ATTRS, 2),
    tags=(C_TAGS, 3),
)
def iot_create_thing_group(E):
    p = {"thingGroupName": iot_name(E)}
    props = {}
    if E["desc"] or maybe(0.6):
        props["thingGroupDescription"] = iot_desc(E["desc"])
    if E["attrs"] or maybe(0.4):
        props["attributePayload"] = {"attributes": iot_attrs(E["attrs"])}
    if props:
        p["thingGroupProperties"] = props
    if maybe(0.25):
        p["parentGroupName"] = render_name("dash", [], IOT_POOL, 60)
    if tags_needed(E, p=0.5):
        p["tags"] = iot_tags(E)
    return p


def fleet_query(ents) -> M:
    if not ents:
        return M(
            pick(
                [
                    "attributes.temperature>60",
                    "thingTypeName:LightBulb AND attributes.wattage>40",
                    "connectivity.connected:false",
                    "shadow.reported.firmware:1.4.*",
                    f"attributes.site:{pick(['sydney', 'dublin'])}",
                ]
            )
        )
    e = ents[0]
    if e == EMAIL:
        return fmt("attributes.ownerEmail:{x}", x=pii(email().replace("+alerts", ""), EMAIL))
    if e == PERSON:
        return fmt("attributes.owner:{x}", x=pii(person_name(pick(["dot", "snake"])), PERSON))
    if e == ACCT:
        return fmt("attributes.customerAccount:{x}", x=pii(acct_number(), ACCT))
    return fmt("attributes.ownerPhone:{x}", x=pii(phone(PHONE_ATTR), PHONE))


@op(
    "iot",
    "CreateDynamicThingGroup",
    name=(C_NAME, 1),
    query=({EMAIL, PERSON, ACCT, PHONE}, 1),
    desc=(C_PROSE, 2),
    tags=(C_TAGS, 3),
)
def iot_create_dyn_group(E):
    p = {"thingGroupName": iot_name(E), "queryString": fleet_query(E["query"])}
    if E["desc"] or maybe(0.4):
        p["thingGroupProperties"] = {"thingGroupDescription": iot_desc(E["desc"])}
    if maybe(0.5):
        p["indexName"] = "AWS_Things"
    if maybe(0.4):
        p["queryVersion"] = "2017-09-30"
    if tags_needed(E, p=0.4):
        p["tags"] = iot_tags(E)
    return p


@op("iot", "CreateBillingGroup", name=(C_NAME, 1), desc=(C_PROSE, 2), tags=(C_TAGS, 3))
def iot_create_billing_group(E):
    p = {"billingGroupName": iot_name(E)}
    if E["desc"] or maybe(0.6):
        p["billingGroupProperties"] = {"billingGroupDescription": iot_desc(E["desc"], True)}
    if tags_needed(E, p=0.5):
        p["tags"] = iot_tags(E)
    return p


def policy_doc(ents) -> M:
    a, r = acct_id(), region()
    stmt = [
        {
            "Effect": "Allow",
            "Action": ["iot:Connect"],
            "Resource": f"arn:aws:iot:{r}:{a}:client/${{iot:Connection.Thing.ThingName}}",
        },
        {
            "Effect": "Allow",
            "Action": ["iot:Publish", "iot:Receive"],
            "Resource": f"arn:aws:iot:{r}:{a}:topic/{pick(['sensors', 'devices', 'fleet'])}/*",
        },
    ]
    subs = {}
    if ents:
        e = ents[0]
        if e == EMAIL:
            val = pii(email().replace("+alerts", ""), EMAIL)
        elif e == PERSON:
            val = pii(person_name("dot"), PERSON)
        else:
            val = cat("acct-", pii(acct_number(), ACCT))
        stmt[0]["Condition"] = {"StringEquals": {"iot:ClientId": "@@V@@"}}
        subs["@@V@@"] = val
    return json_doc({"Version": "2012-10-17", "Statement": stmt}, subs)


@op(
    "iot",
    "CreatePolicy",
    name=({PERSON, ACCT, EMAIL}, 1),
    doc=({EMAIL, PERSON, ACCT}, 1),
    tags=(C_TAGS, 3),
)
def iot_create_policy(E):
    p = {
        "policyName": render_name("policy", E["name"], [*IOT_POOL, "Policy", "DevicePolicy"], 120)
        if EMAIL not in E["name"]
        else cat(pii(email().replace("+alerts", ""), EMAIL), pick(["-policy", "_DevicePolicy"])),
        "policyDocument": policy_doc(E["doc"]),
    }
    if tags_needed(E, p=0.4):
        p["tags"] = iot_tags(E)
    return p


SQLS = [
    "SELECT * FROM 'sensors/+/telemetry' WHERE temperature > 50",
    "SELECT state.reported.* FROM '$aws/things/+/shadow/update/accepted'",
    "SELECT topic(2) AS deviceId, humidity FROM 'plant/+/data'",
    "SELECT * FROM 'fleet/+/alerts' WHERE severity = 'critical'",
    "SELECT temperature, timestamp() AS ts FROM 'hvac/+/status'",
]


def sql(ents) -> M:
    if not ents:
        return M(pick(SQLS))
    e = ents[0]
    if e == EMAIL:
        x = pii(email(), EMAIL)
        return fmt("SELECT * FROM 'devices/+/events' WHERE owner = '{x}'", x=x)
    if e == PHONE:
        return fmt("SELECT * FROM 'callbox/+/calls' WHERE callerId = '{x}'", x=pii(phone(), PHONE))
    if e == ACCT:
        return fmt(
            "SELECT * FROM 'meters/+/usage' WHERE accountId = '{x}'", x=pii(acct_number(), ACCT)
        )
    return fmt(
        "SELECT * FROM 'forklift/+/shift' WHERE operator = '{x}'",
        x=pii(person_name("full"), PERSON),
    )


HEADER_BENIGN = [
    ("Content-Type", "application/json"),
    ("X-Request-Source", "aws-iot-rule"),
    ("x-correlation-id", "${newuuid()}"),
    ("User-Agent", "fleet-bridge/1.4"),
    ("Accept", "application/json"),
]


def http_headers(ents):
    hs = []
    for e in ents:
        if e == AUTH:
            if maybe(0.65):
                hs.append(("Authorization", cat("Bearer ", pii(opaque_token(), AUTH))))
            else:
                hs.append(("Authorization", cat("Basic ", pii(basic_cred(), AUTH))))
        elif e == VENDOR:
            kind = pick(list(VENDOR_NAMES))
            hs.append(
                (
                    pick(["X-Api-Key", "X-Slack-Token", "x-api-token"]),
                    pii(vendor_token(kind), VENDOR),
                )
            )
        elif e == JWT:
            hs.append(("X-Auth-Token", pii(jwt(), JWT)))
        elif e == AKID:
            hs.append(("X-Aws-Access-Key-Id", pii(akid(), AKID)))
        elif e == SECRET:
            hs.append(("X-Aws-Secret-Access-Key", pii(aws_secret(), SECRET)))
    hs += R.sample(HEADER_BENIGN, R.randint(0 if ents else 1, 2))
    R.shuffle(hs)
    return [{"key": k, "value": v} for k, v in hs]


def other_action():
    a, r = acct_id(), region()
    k = pick(["sns", "lambda", "s3", "dynamoDBv2", "republish", "kinesis", "firehose"])
    role = role_arn("IoTRuleRole", a)
    if k == "sns":
        return {
            "sns": {
                "targetArn": f"arn:aws:sns:{r}:{a}:{camel(pick(WORDS_IOT), 'Alerts')}",
                "roleArn": role,
                "messageFormat": pick(["RAW", "JSON"]),
            }
        }
    if k == "lambda":
        return {
            "lambda": {"functionArn": f"arn:aws:lambda:{r}:{a}:function:{pick(WORDS_IOT)}-handler"}
        }
    if k == "s3":
        return {"s3": {"roleArn": role, "bucketName": bucket(), "key": "${topic()}/${timestamp()}"}}
    if k == "dynamoDBv2":
        return {
            "dynamoDBv2": {
                "roleArn": role,
                "putItem": {"tableName": camel(pick(WORDS_IOT), "Readings")},
            }
        }
    if k == "republish":
        return {"republish": {"roleArn": role, "topic": f"processed/{pick(WORDS_IOT)}", "qos": 1}}
    if k == "kinesis":
        return {
            "kinesis": {
                "roleArn": role,
                "streamName": f"{pick(WORDS_IOT)}-stream",
                "partitionKey": "${newuuid()}",
            }
        }
    return {
        "firehose": {
            "roleArn": role,
            "deliveryStreamName": f"{pick(WORDS_IOT)}-firehose",
            "separator": "\n",
        }
    }


RULE_TOPICS = [
    "Forwards {w} telemetry to the ingest API.",
    "Routes {w} alerts from {p}.",
    "Sends high temperature readings to the webhook.",
    "Archives {w} shadow updates for analytics ({c}).",
]


@op(
    "iot",
    "CreateTopicRule",
    name=(C_NAME, 1),
    sql=(C_SQL, 1),
    desc=(ALL, 2),
    url=(C_URL, 2),
    confurl=({URLC}, 1),
    headers=(C_HEADERS, 2),
    taghdr=({PERSON, EMAIL}, 1),
)
def iot_create_topic_rule(E):
    actions = []
    http = E["url"] or E["confurl"] or E["headers"] or maybe(0.6)
    if http:
        base = pick(
            [
                "hooks.example.com/iot/ingest",
                "api.example.com/v2/events",
                "ingest.example.net/collect",
            ]
        )
        host = base.split("/")[0]
        if E["confurl"]:
            # The confirmation URL must be a prefix of the endpoint URL, so
            # credentials in one are in both.
            cred = f"{url_user()}:{url_password()}"
            h = {
                "url": cat("https://", pii(cred, URLC), f"@{base}"),
                "confirmationUrl": cat("https://", pii(cred, URLC), f"@{host}/"),
            }
        else:
            h = {"url": render_url(E["url"], base=base)}
            if maybe(0.4) and "@" not in h["url"].text:
                h["confirmationUrl"] = M(f"https://{host}/")
        if E["headers"] or maybe(0.6):
            h["headers"] = http_headers(E["headers"])
        actions.append({"http": h})
    if not actions or maybe(0.3):
        actions.append(other_action())
    payload = {"sql": sql(E["sql"]), "actions": actions}
    if E["desc"] or maybe(0.6):
        topics = [t.format(w=pick(WORDS_IOT), p=pick(PLACES), c=cost_center()) for t in RULE_TOPICS]
        payload["description"] = render_prose(
            E["desc"], topics, ascii_only=True, multiline=True, maxlen=4000
        )
    if maybe(0.5):
        payload["awsIotSqlVersion"] = "2016-03-23"
    if maybe(0.5):
        payload["ruleDisabled"] = False
    if maybe(0.2):
        payload["errorAction"] = other_action()
    p = {
        "ruleName": render_name("rule", E["name"], [*IOT_POOL, "rule", "forward"], 128),
        "topicRulePayload": payload,
    }
    if E["taghdr"] or maybe(0.2):
        p["tags"] = tags_header(E["taghdr"])
    return p


@op("iot", "TagResource", arn=(C_NAME, 1), tags=(C_TAGS, 3))
def iot_tag_resource(E):
    rtype = pick(["thinggroup", "billinggroup", "rule", "policy", "job"])
    if rtype == "rule":
        name = render_name("rule", E["arn"], IOT_POOL, 100)
    else:
        name = render_name("dash", E["arn"], IOT_POOL, 100)
    return {"resourceArn": iot_arn(rtype, name), "tags": iot_tags(E)}


def job_doc(ents) -> M:
    doc = {
        "operation": pick(["install", "reboot", "update-config", "rotate-certificate"]),
        "version": semver()[1:],
    }
    subs = {}
    for i, e in enumerate(ents):
        ph = f"@@J{i}@@"
        if e == URLS:
            doc["url"] = ph
            subs[ph] = presigned()
        elif e == URLC:
            doc["broker"] = ph
            subs[ph] = cat(
                "mqtts://", pii(f"{url_user()}:{url_password()}", URLC), "@mq.example.org:8883"
            )
        elif e == PEM:
            doc["privateKey"] = ph
            subs[ph] = pii(pem(), PEM)
        elif e == AKID:
            doc["awsAccessKeyId"] = ph
            subs[ph] = pii(akid(), AKID)
        elif e == SECRET:
            doc["awsSecretAccessKey"] = ph
            subs[ph] = pii(aws_secret(), SECRET)
        elif e == VENDOR:
            doc["registryToken"] = ph
            subs[ph] = pii(vendor_token(pick(["ghp", "github_pat", "glpat"])), VENDOR)
        elif e == PWD:
            doc["wifi"] = {"ssid": f"plant-{R.randint(1, 9)}", "password": ph}
            subs[ph] = pii(password(), PWD)
        elif e == JWT:
            doc["deviceToken"] = ph
            subs[ph] = pii(jwt(), JWT)
    if "url" not in doc and maybe(0.5):
        doc["url"] = (
            "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/"
            + bucket()
            + "/firmware/ota-"
            + semver()[1:]
            + ".bin}"
        )
    return json_doc(doc, subs)


JOB_TOPICS = [
    "Firmware rollout {v} for {w} devices.",
    "Reboot {w} units in {p} after patch.",
    "Rotate device certificates, batch {d}.",
    "Config push for {w} fleet ({c}).",
]


@op(
    "iot",
    "CreateJob",
    name=(C_NAME, 1),
    doc=(C_JOBDOC, 3),
    src=({URLS, URLC}, 1),
    desc=(C_PROSE, 2),
    tags=(C_TAGS, 3),
)
def iot_create_job(E):
    targets = [iot_arn(pick(["thing", "thinggroup"])) for _ in range(R.randint(1, 3))]
    p = {
        "jobId": render_name("dash", E["name"], [*IOT_POOL, "ota", "reboot", "job"], 64),
        "targets": targets,
    }
    if E["src"] and not E["doc"]:
        p["documentSource"] = (
            presigned()
            if URLS in E["src"] and maybe(0.7)
            else render_url(E["src"], base="firmware.example.com/jobs/ota.json")
        )
    elif not E["doc"] and maybe(0.3):
        p["documentSource"] = M(
            f"https://s3.amazonaws.com/{bucket()}/jobs/{pick(WORDS_IOT)}-job.json"
        )
    else:
        p["document"] = job_doc(E["doc"] + [e for e in E["src"]])
    if E["desc"] or maybe(0.6):
        topics = [
            t.format(v=semver(), w=pick(WORDS_IOT), p=pick(PLACES), d=date(), c=cost_center())
            for t in JOB_TOPICS
        ]
        p["description"] = render_prose(
            E["desc"], topics, ascii_only=True, multiline=False, maxlen=2028
        )
    if maybe(0.5):
        p["targetSelection"] = pick(["SNAPSHOT", "CONTINUOUS"])
    if maybe(0.3):
        p["timeoutConfig"] = {"inProgressTimeoutInMinutes": pick([30, 60, 120])}
    if tags_needed(E, p=0.4):
        p["tags"] = iot_tags(E)
    return p


# ----- iottwinmaker ----------------------------------------------------------------

TM_POOL = [
    "factory",
    "plant",
    "building",
    "campus",
    "cookie",
    "line",
    "hvac",
    "mixer",
    "tank",
    "conveyor",
    "boiler",
    "warehouse",
    "site",
    "twin",
    "floor",
    "pump",
    "chiller",
]
TM_TOPICS = [
    "Digital twin of the {p} plant.",
    "Workspace for the {w} line retrofit ({c}).",
    "3D scene of building {n}, floor {f}.",
    "Mixer and water tank telemetry for {p}.",
    "Alarm component for {w} equipment.",
    "Entity for {w} {n} on line {f}.",
]


def tm_topics():
    return [
        t.format(
            p=pick(PLACES), w=pick(TM_POOL), c=cost_center(), n=R.randint(1, 12), f=R.randint(1, 6)
        )
        for t in TM_TOPICS
    ]


def tm_ws():
    return pick(
        [
            "CookieFactory",
            "cookiefactory-v2",
            "BuildingTwin",
            f"{pick(TM_POOL)}-twin",
            f"{pick(PLACES).lower().replace(' ', '-').replace('.', '')}-site",
            f"plant-{R.randint(1, 9)}-twin",
        ]
    )


def tm_arn(rest) -> M:
    return cat(f"arn:aws:iottwinmaker:{region()}:{acct_id()}:", rest)


def tm_prose(ents, maxlen=2048):
    return render_prose(ents, tm_topics(), ascii_only=False, multiline=True, maxlen=maxlen)


def tm_tags(E, slot="tags"):
    return tags_map(E[slot], n_benign=R.randint(0 if E[slot] else 1, 3))


PROP_NAMES = {
    PERSON: ["ownerName", "technician", "operatorName"],
    EMAIL: ["ownerEmail", "contactEmail"],
    PHONE: ["contactPhone", "siteHotline"],
    ACCT: ["customerAccount", "billingAccount"],
    CARD: ["paymentCard"],
    IBAN: ["payoutIban"],
    SSN: ["technicianSsn"],
    URLC: ["historianUrl"],
    URLS: ["exportLink", "dashboardUrl"],
    AKID: ["accessKeyId"],
    SECRET: ["secretAccessKey"],
    VENDOR: ["apiToken"],
    JWT: ["sessionToken"],
    PEM: ["deviceKey"],
    AUTH: ["authorization"],
    PWD: ["password", "plcPassword"],
}


def prop_value(e) -> M:
    """A short (<=256) string value for a property named after what it holds."""
    if e == PERSON:
        return pii(person_name("full", unicode_ok=True), PERSON)
    if e == EMAIL:
        return pii(email(), EMAIL)
    if e == PHONE:
        return pii(phone(), PHONE)
    if e == ACCT:
        return pick([pii(acct_number(), ACCT), cat("acct-", pii(acct_number(), ACCT))])
    if e == CARD:
        return planted_card()
    if e == IBAN:
        return pii(iban(), IBAN)
    if e == SSN:
        return pii(ssn(), SSN)
    if e == URLC:
        return cat(
            "https://", pii(f"{url_user()}:{url_password()}", URLC), "@historian.example.com/api/v1"
        )
    if e == URLS:
        return render_url([URLS], base="grafana.example.com/d/plant-overview", allow_long=False)
    if e == AKID:
        return pii(akid(), AKID)
    if e == SECRET:
        return pii(aws_secret(), SECRET)
    if e == VENDOR:
        return pii(vendor_token(pick(["ghp", "glpat", "xoxb", "sk_live", "aiza"])), VENDOR)
    if e == JWT:
        return pii(jwt(), JWT)
    if e == PEM:
        return pii(pem("ec"), PEM)
    if e == AUTH:
        return cat("Bearer ", pii(opaque_token(), AUTH))
    if e == PWD:
        return pii(password(), PWD)
    raise ValueError(e)


PROP_BENIGN = [
    ("temperature_unit", "Celsius"),
    ("alarm_key", "mixer-alarm-01"),
    ("telemetryAssetType", pick(["Alarm", "Mixer", "WaterTank"])),
    ("telemetryAssetId", "Mixer_0"),
    ("location", "Line 2, Bay 4"),
    ("serial", f"SN-{hexstr(6).upper()}"),
    ("installed", date()),
    ("firmware", semver()),
    ("rpm_limit", "1200"),
]


def tm_properties(ents, update=False):
    props = {}
    for e in ents:
        props[pick(PROP_NAMES[e])] = prop_value(e)
    for k, v in R.sample(PROP_BENIGN, R.randint(0 if ents else 1, 2)):
        props.setdefault(k, M(v))
    out = {}
    for k, v in props.items():
        d = {"value": {"stringValue": v}}
        if update:
            d["updateType"] = "UPDATE"
        out[k] = d
    return out


def tm_entity_id(ents) -> M:
    if ents:
        return render_name("entityid", ents, TM_POOL, 128)
    w = pick(["Mixer", "WaterTank", "COOKIE_LINE", "BOX_SEALER", "Equipment", "Boiler", "Chiller"])
    return M(pick([f"{w}_{uid()}", f"{w}_{R.randint(0, 20)}", uid()]))


COMPONENT_TYPES = [
    "com.example.cookiefactory.mixer",
    "com.example.cookiefactory.watertank",
    "com.example.cookiefactory.alarm",
    "com.example.timestream-telemetry",
    "com.example.building.hvac",
    "com.example.contact-info",
]


@op("iottwinmaker", "CreateWorkspace", name=(C_NAME, 1), desc=(ALL, 3), tags=(C_TAGS, 3))
def tm_create_workspace(E):
    ws = render_name("dash", E["name"], TM_POOL, 100) if E["name"] else M(tm_ws())
    b = f"{txt(ws).lower()}-{acct_id()}-bucket"[:63]
    if not regex.fullmatch(r"[a-z0-9][a-z0-9-]*[a-z0-9]", b):
        b = f"twinmaker-workspace-{acct_id()}"
    p = {"workspaceId": ws}
    if E["desc"] or maybe(0.6):
        p["description"] = tm_prose(E["desc"])
    if maybe(0.7):
        p["s3Location"] = f"arn:aws:s3:::{b}"
        p["role"] = role_arn("TwinMakerWorkspaceRole")
    if tags_needed(E, p=0.5):
        p["tags"] = tm_tags(E)
    return p


@op(
    "iottwinmaker",
    "CreateEntity",
    eid=(C_NAME, 1),
    ename=({PERSON, ACCT, EMAIL, PHONE}, 1),
    desc=(ALL, 2),
    props=(ALL, 3),
    tags=(C_TAGS, 3),
)
def tm_create_entity(E):
    p = {"workspaceId": tm_ws(), "entityName": render_entity_name(E["ename"], TM_POOL)}
    if E["eid"] or maybe(0.6):
        p["entityId"] = tm_entity_id(E["eid"])
    if E["desc"] or maybe(0.4):
        p["description"] = tm_prose(E["desc"])
    if E["props"] or maybe(0.5):
        cname = pick(["ContactInfo", "Telemetry", "AlarmComponent", "Metadata"])
        p["components"] = {
            cname: {
                "componentTypeId": pick(COMPONENT_TYPES),
                "properties": tm_properties(E["props"]),
            }
        }
    if maybe(0.6):
        p["parentEntityId"] = pick(["$ROOT", f"Equipment_{uid()}", f"CookieLines_{uid()}"])
    if tags_needed(E, p=0.4):
        p["tags"] = tm_tags(E)
    return p


def config_value(e) -> M:
    if e == URLC:
        return cat(
            "https://", pii(f"{url_user()}:{url_password()}", URLC), "@historian.example.com/api"
        )
    if e == URLS:
        return render_url([URLS], base="historian.example.com/api/query")
    if e == SECRET:
        return cat("aws_secret_access_key=", pii(aws_secret(), SECRET))
    if e == AKID:
        return pii(akid(), AKID)
    if e == VENDOR:
        return pii(vendor_token(), VENDOR)
    if e == PWD:
        return cat(
            "Server=sql.example.com;Database=plant;User Id=twin;Password=",
            pii(password(tag_safe=True), PWD),
            ";",
        )
    if e == AUTH:
        return cat("Authorization: Bearer ", pii(opaque_token(), AUTH))
    raise ValueError(e)


CONFIG_KEYS = {
    URLC: "endpoint",
    URLS: "queryUrl",
    SECRET: "credentials",
    AKID: "accessKeyId",
    VENDOR: "apiKey",
    PWD: "connectionString",
    AUTH: "authHeader",
}


@op(
    "iottwinmaker",
    "CreateComponentType",
    desc=(ALL, 2),
    props=(ALL, 2),
    config=(C_CONFIG, 2),
    tags=(C_TAGS, 3),
)
def tm_create_component_type(E):
    ctid = pick(COMPONENT_TYPES[:5]) + pick(["", "", f"-v{R.randint(2, 4)}", ".custom"])
    p = {"workspaceId": tm_ws(), "componentTypeId": ctid}
    defs = {}
    for name, d in tm_properties(E["props"]).items():
        defs[name] = {
            "dataType": {"type": "STRING"},
            "defaultValue": d["value"],
            "isRequiredInEntity": maybe(0.3),
        }
    if E["config"] or maybe(0.3):
        cfg = {CONFIG_KEYS[e]: config_value(e) for e in E["config"]}
        if not cfg or maybe(0.5):
            cfg["source"] = pick(["timestream", "sitewise", "historian"])
        defs["connection"] = {
            "dataType": {"type": "STRING"},
            "isExternalId": False,
            "configuration": cfg,
        }
    if maybe(0.5):
        defs["temperature"] = {
            "dataType": {"type": "DOUBLE", "unitOfMeasure": "C"},
            "isTimeSeries": True,
            "isStoredExternally": True,
        }
    p["propertyDefinitions"] = defs
    if E["desc"] or maybe(0.5):
        p["description"] = tm_prose(E["desc"])
    if maybe(0.5):
        p["extendsFrom"] = [
            pick(["com.amazon.iottwinmaker.alarm.basic", "com.example.timestream-telemetry"])
        ]
    if maybe(0.5):
        p["functions"] = {
            "dataReader": {
                "implementedBy": {
                    "lambda": {
                        "arn": f"arn:aws:lambda:{region()}:{acct_id()}:function:"
                        f"{pick(TM_POOL)}-reader"
                    }
                }
            }
        }
    if maybe(0.3):
        p["componentTypeName"] = camel(pick(TM_POOL), "Component")
    if tags_needed(E, p=0.4):
        p["tags"] = tm_tags(E)
    return p


@op(
    "iottwinmaker",
    "CreateScene",
    sid=(C_NAME, 1),
    loc=({PERSON, ACCT}, 1),
    desc=(ALL, 2),
    meta=(C_PROSE, 2),
    tags=(C_TAGS, 3),
)
def tm_create_scene(E):
    ws = tm_ws()
    scene = render_name("dash", E["sid"], [*TM_POOL, "scene", "overview"], 100)
    if not scene.text[-1].isalnum():
        scene = cat(scene, "1")
    p = {
        "workspaceId": ws,
        "sceneId": scene,
        "contentLocation": render_s3(
            E["loc"],
            allow_at=False,
            allow_dot=True,
            bucket_name=f"twinmaker-{ws.lower()}-{R.randint(100, 999)}",
            pool=["scene.json", "plant.json"],
        ),
    }
    if not regex.fullmatch(r"[sS]3://[A-Za-z0-9._/-]+", p["contentLocation"].text):
        p["contentLocation"] = M(
            f"s3://twinmaker-assets-{R.randint(100, 999)}/scenes/{txt(scene)}.json"
        )
    if E["desc"] or maybe(0.5):
        p["description"] = tm_prose(E["desc"])
    if maybe(0.3):
        p["capabilities"] = ["DYNAMIC_SCENE"]
    if E["meta"] or maybe(0.3):
        meta = {}
        if E["meta"]:
            meta["notes"] = render_prose(
                E["meta"], tm_topics(), multiline=True, maxlen=2048, hard_neg=0.2
            )
        meta.setdefault("floor", str(R.randint(1, 6)))
        p["sceneMetadata"] = meta
    if tags_needed(E, p=0.4):
        p["tags"] = tm_tags(E)
    return p


@op(
    "iottwinmaker",
    "UpdateEntity",
    ename=({PERSON, ACCT, EMAIL, PHONE}, 1),
    desc=(ALL, 2),
    props=(ALL, 3),
)
def tm_update_entity(E):
    p = {"workspaceId": tm_ws(), "entityId": tm_entity_id([])}
    if E["ename"] or maybe(0.4):
        p["entityName"] = render_entity_name(E["ename"], TM_POOL)
    if E["desc"] or maybe(0.4):
        p["description"] = tm_prose(E["desc"])
    if E["props"] or maybe(0.6) or len(p) == 2:
        cname = pick(["ContactInfo", "Telemetry", "AlarmComponent", "Metadata"])
        p["componentUpdates"] = {
            cname: {
                "updateType": "UPDATE",
                "componentTypeId": pick(COMPONENT_TYPES),
                "propertyUpdates": tm_properties(E["props"], True),
            }
        }
    return p


@op("iottwinmaker", "TagResource", arn=(C_NAME, 1), tags=(C_TAGS, 3))
def tm_tag_resource(E):
    ws = M(tm_ws()) if not E["arn"] else render_name("dash", E["arn"], TM_POOL, 100)
    rest = pick(
        [
            cat("workspace/", ws),
            cat("workspace/", ws, "/scene/", pick(TM_POOL), "-scene"),
            cat("workspace/", ws, "/entity/", tm_entity_id([])),
        ]
    )
    return {"resourceARN": tm_arn(rest), "tags": tm_tags(E)}


# ----- lookoutmetrics --------------------------------------------------------------

LM_POOL = [
    "ecommerce",
    "revenue",
    "orders",
    "latency",
    "checkout",
    "signups",
    "billing",
    "traffic",
    "detector",
    "metrics",
    "hourly",
    "daily",
    "payments",
    "app",
]
LM_TOPICS = [
    "Hourly revenue by marketplace.",
    "Detects drops in checkout conversion.",
    "Orders per platform, {p}.",
    "Latency anomalies for the {w} API.",
    "Backtest on {d} export.",
    "Alert on {w} spikes ({c}).",
]


def lm_topics():
    return [
        t.format(p=pick(PLACES), w=pick(WORDS_METRICS), d=date(), c=cost_center())
        for t in LM_TOPICS
    ]


def lm_desc(ents):
    return render_prose(ents, lm_topics(), multiline=True, maxlen=256, hard_neg=0.25)


def lm_arn(kind, name=None) -> M:
    name = name if name is not None else render_name("dash", [], LM_POOL)
    sep = "/" if kind == "MetricSet" else ":"
    return cat(f"arn:aws:lookoutmetrics:{region()}:{acct_id()}:{kind}{sep}", name)


def lm_tags(E, slot="tags", min_one=True):
    return tags_map(E[slot], n_benign=R.randint(0 if E[slot] else (1 if min_one else 0), 3))


DIM_NAMES = {
    EMAIL: "customer_email",
    ACCT: pick(["account_id", "customer_account"]),
    PHONE: "caller_number",
    PERSON: "sales_rep",
    CARD: "card_number",
}


def dim_value(e) -> M:
    if e == EMAIL:
        return pii(email(), EMAIL)
    if e == ACCT:
        return pii(acct_number(), ACCT)
    if e == PHONE:
        return pii(phone(), PHONE)
    if e == PERSON:
        return pii(person_name("full", unicode_ok=True), PERSON)
    return planted_card()


def lm_dim_filters(ents):
    out = [
        {
            "Name": DIM_NAMES[e],
            "FilterList": [{"DimensionValue": dim_value(e), "FilterOperation": "EQUALS"}],
        }
        for e in ents
    ]
    if not ents or maybe(0.3):
        out.append(
            {
                "Name": pick(["marketplace", "platform"]),
                "FilterList": [
                    {
                        "DimensionValue": pick(["us", "jp", "de", "mobile_app", "pc_web"]),
                        "FilterOperation": "EQUALS",
                    }
                ],
            }
        )
    return out


def lm_metric_source(E):
    kind = "s3" if E["path"] else pick(["s3", "s3", "rds", "redshift", "athena", "cloudwatch"])
    role = role_arn("LookoutMetricsRole")
    if kind == "s3":
        cfg = {
            "RoleArn": role,
            "TemplatedPathList": [
                render_s3(E["path"], allow_at=False, allow_dot=False, templated=True)
            ],
            "FileFormatDescriptor": {
                "CsvFormatDescriptor": {
                    "FileCompression": "NONE",
                    "Charset": "UTF-8",
                    "ContainsHeader": True,
                    "Delimiter": ",",
                    "QuoteSymbol": '"',
                }
            },
        }
        if maybe(0.4):
            cfg["HistoricalDataPathList"] = [f"s3://{bucket()}/ecommerce/backtest/"]
        if maybe(0.3):
            cfg["FileFormatDescriptor"] = {
                "JsonFormatDescriptor": {"FileCompression": "GZIP", "Charset": "UTF-8"}
            }
        return {"S3SourceConfig": cfg}
    if kind in ("rds", "redshift"):
        secret = (
            f"arn:aws:secretsmanager:{region()}:{acct_id()}:secret:AmazonLookoutMetrics-"
            f"{pick(LM_POOL)}-{rand(ALNUM, 6)}"
        )
        vpc = {
            "SubnetIdList": [f"subnet-{hexstr(17)}"],
            "SecurityGroupIdList": [f"sg-{hexstr(17)}"],
        }
        if kind == "rds":
            return {
                "RDSSourceConfig": {
                    "DBInstanceIdentifier": f"{pick(LM_POOL)}-db-{R.randint(1, 9)}",
                    "DatabaseHost": f"{pick(LM_POOL)}-db.{hexstr(12)}.{region()}.rds.amazonaws.com",
                    "DatabasePort": pick([3306, 5432]),
                    "SecretManagerArn": secret,
                    "DatabaseName": pick(["sales", "orders", "metrics"]),
                    "TableName": pick(["daily_revenue", "orders_hourly"]),
                    "RoleArn": role,
                    "VpcConfiguration": vpc,
                }
            }
        return {
            "RedshiftSourceConfig": {
                "ClusterIdentifier": f"{pick(LM_POOL)}-cluster",
                "DatabaseHost": f"{pick(LM_POOL)}-cluster.{hexstr(10)}.{region()}"
                ".redshift.amazonaws.com",
                "DatabasePort": 5439,
                "SecretManagerArn": secret,
                "DatabaseName": "dev",
                "TableName": "public.revenue_hourly",
                "RoleArn": role,
                "VpcConfiguration": vpc,
            }
        }
    if kind == "athena":
        return {
            "AthenaSourceConfig": {
                "RoleArn": role,
                "DatabaseName": "ecommerce",
                "DataCatalog": "AwsDataCatalog",
                "TableName": "orders",
                "WorkGroupName": "primary",
                "S3ResultsPath": f"s3://{bucket()}/athena-results/",
            }
        }
    return {"CloudWatchConfig": {"RoleArn": role}}


def lm_metrics(src):
    if "CloudWatchConfig" in src:
        return [
            {"MetricName": "CPUUtilization", "AggregationFunction": "AVG", "Namespace": "AWS/EC2"}
        ]
    ms = R.sample(
        [
            ("revenue", "SUM"),
            ("views", "AVG"),
            ("orders", "SUM"),
            ("latency_ms", "AVG"),
            ("errors", "SUM"),
        ],
        R.randint(1, 2),
    )
    return [{"MetricName": n, "AggregationFunction": f} for n, f in ms]


@op(
    "lookoutmetrics",
    "CreateAnomalyDetector",
    name=(C_NAME, 1),
    desc=(ALL, 2, {PEM}),
    tags=(C_TAGS, 3),
)
def lm_create_detector(E):
    p = {
        "AnomalyDetectorName": render_name("dash", E["name"], LM_POOL),
        "AnomalyDetectorConfig": {
            "AnomalyDetectorFrequency": pick(["PT1H", "P1D", "PT10M", "PT5M"])
        },
    }
    if E["desc"] or maybe(0.6):
        p["AnomalyDetectorDescription"] = lm_desc(E["desc"])
    if maybe(0.25):
        p["KmsKeyArn"] = kms_arn()
    if tags_needed(E, p=0.5):
        p["Tags"] = lm_tags(E)
    return p


@op(
    "lookoutmetrics",
    "CreateMetricSet",
    name=(C_NAME, 1),
    desc=(ALL, 2, {PEM}),
    path=(C_NAME, 1),
    dims=(C_DIM, 2),
    tags=(C_TAGS, 3),
)
def lm_create_metric_set(E):
    src = lm_metric_source(E)
    p = {
        "AnomalyDetectorArn": lm_arn("AnomalyDetector"),
        "MetricSetName": render_name("dash", E["name"], [*LM_POOL, "metric", "set"]),
        "MetricList": lm_metrics(src),
        "MetricSource": src,
    }
    if "CloudWatchConfig" not in src:
        p["TimestampColumn"] = {"ColumnName": "timestamp", "ColumnFormat": "yyyy-MM-dd HH:mm:ss"}
        p["DimensionList"] = R.sample(["platform", "marketplace", "region", "channel"], 2)
        if E["dims"] or maybe(0.3):
            p["DimensionFilterList"] = lm_dim_filters(E["dims"])
    if E["desc"] or maybe(0.5):
        p["MetricSetDescription"] = lm_desc(E["desc"])
    if maybe(0.7):
        p["MetricSetFrequency"] = pick(["PT1H", "P1D", "PT10M"])
    if maybe(0.4):
        p["Offset"] = pick([0, 60, 300])
    if maybe(0.3):
        p["Timezone"] = pick(["UTC", "America/New_York", "Europe/Berlin"])
    if tags_needed(E, p=0.5):
        p["Tags"] = lm_tags(E)
    return p


@op(
    "lookoutmetrics",
    "CreateAlert",
    name=(C_NAME, 1),
    desc=(ALL, 2, {PEM}),
    dims=(C_DIM, 2),
    tags=(C_TAGS, 3),
)
def lm_create_alert(E):
    a, r = acct_id(), region()
    if maybe(0.6):
        action = {
            "SNSConfiguration": {
                "RoleArn": role_arn("L4M-SNSAccess", a),
                "SnsTopicArn": f"arn:aws:sns:{r}:{a}:{pick(LM_POOL)}-alerts",
            }
        }
        if maybe(0.4):
            action["SNSConfiguration"]["SnsFormat"] = pick(["LONG_TEXT", "SHORT_TEXT", "JSON"])
    else:
        action = {
            "LambdaConfiguration": {
                "RoleArn": role_arn("L4M-LambdaInvoke", a),
                "LambdaArn": f"arn:aws:lambda:{r}:{a}:function:{pick(LM_POOL)}-alert-handler",
            }
        }
    p = {
        "AlertName": render_name("dash", E["name"], [*LM_POOL, "alert"]),
        "AnomalyDetectorArn": lm_arn("AnomalyDetector"),
        "Action": action,
        "AlertSensitivityThreshold": pick([30, 50, 70, 90]),
    }
    if E["desc"] or maybe(0.6):
        p["AlertDescription"] = lm_desc(E["desc"])
    if E["dims"] or maybe(0.2):
        filt = {}
        if maybe(0.5):
            filt["MetricList"] = [pick(["revenue", "orders", "views"])]
        dfl = [
            {"DimensionName": DIM_NAMES[e], "DimensionValueList": [dim_value(e)]} for e in E["dims"]
        ]
        if not dfl or maybe(0.3):
            dfl.append({"DimensionName": "marketplace", "DimensionValueList": ["us", "de"]})
        filt["DimensionFilterList"] = dfl
        p["AlertFilters"] = filt
    if tags_needed(E, p=0.4):
        p["Tags"] = lm_tags(E)
    return p


@op("lookoutmetrics", "UpdateMetricSet", arn=(C_NAME, 1), desc=(ALL, 2, {PEM}), dims=(C_DIM, 2))
def lm_update_metric_set(E):
    det = render_name("dash", [], LM_POOL)
    ms = render_name("dash", E["arn"], [*LM_POOL, "metric", "set"])
    p = {"MetricSetArn": lm_arn("MetricSet", cat(det, "/", ms))}
    if E["desc"] or maybe(0.6):
        p["MetricSetDescription"] = lm_desc(E["desc"])
    if E["dims"] or maybe(0.3):
        p["DimensionFilterList"] = lm_dim_filters(E["dims"])
    if maybe(0.4):
        p["Offset"] = pick([0, 120, 600])
    if len(p) == 1 or maybe(0.3):
        p["MetricList"] = lm_metrics({})
    return p


@op("lookoutmetrics", "TagResource", arn=(C_NAME, 1), tags=(C_TAGS, 3))
def lm_tag_resource(E):
    kind = pick(["AnomalyDetector", "Alert"])
    return {"ResourceArn": lm_arn(kind, render_name("dash", E["arn"], LM_POOL)), "Tags": lm_tags(E)}


# ---------------------------------------------------------------------------
# Real public AWS examples (benign; account ids filled in where the original
# shows a placeholder such as ``acct-id``)
# ---------------------------------------------------------------------------

SRC_FC = (
    "AWS docs: Amazon Forecast Developer Guide, 'Getting Started (AWS CLI)' "
    "(awsdocs/amazon-forecast-developer-guide doc_source/gs-cli.md)"
)
SRC_FC2 = (
    "aws-samples/amazon-forecast-automated-sales-projections lambdas/createdataset/createdataset.py"
)
SRC_PZ = (
    "AWS docs: Amazon Personalize Developer Guide, 'Getting Started (AWS CLI)' "
    "(awsdocs/amazon-personalize-developer-guide doc_source/getting-started-cli.md)"
)
SRC_IOT = "AWS CLI examples: aws/aws-cli awscli/examples/iot/{}.rst"
SRC_TM = "aws-samples/aws-iot-twinmaker-samples src/workspaces/cookiefactory/{}"
SRC_LM = (
    "aws-samples/amazon-lookout-for-metrics-samples "
    "getting_started/3.GettingStartedWithLiveData.ipynb"
)

ACC = "123456789012"
EL_SCHEMA = {
    "Attributes": [
        {"AttributeName": "timestamp", "AttributeType": "timestamp"},
        {"AttributeName": "target_value", "AttributeType": "float"},
        {"AttributeName": "item_id", "AttributeType": "string"},
    ]
}
MOVIE_SCHEMA = json.dumps(
    {
        "type": "record",
        "name": "Interactions",
        "namespace": "com.amazonaws.personalize.schema",
        "fields": [
            {"name": "USER_ID", "type": "string"},
            {"name": "ITEM_ID", "type": "string"},
            {"name": "TIMESTAMP", "type": "long"},
        ],
        "version": "1.0",
    },
    indent=2,
)
L4M_PROJECT = "initial-poirot-testing-cf"
PZ_PREFIX = f"arn:aws:personalize:us-west-2:{ACC}"
PZ_DSG = f"{PZ_PREFIX}:dataset-group/MovieRatingDatasetGroup"

REAL = [
    (
        "forecast",
        "CreateDataset",
        {
            "DatasetName": "electricity_demand_ds",
            "Domain": "CUSTOM",
            "DatasetType": "TARGET_TIME_SERIES",
            "DataFrequency": "H",
            "Schema": EL_SCHEMA,
        },
        SRC_FC,
    ),
    (
        "forecast",
        "CreateDatasetGroup",
        {
            "DatasetGroupName": "electricity_ds_group",
            "Domain": "CUSTOM",
            "DatasetArns": [f"arn:aws:forecast:us-west-2:{ACC}:dataset/electricity_demand_ds"],
        },
        SRC_FC,
    ),
    (
        "forecast",
        "CreateDatasetImportJob",
        {
            "DatasetArn": f"arn:aws:forecast:us-west-2:{ACC}:dataset/electricity_demand_ds",
            "DatasetImportJobName": "electricity_ds_import_job",
            "DataSource": {
                "S3Config": {
                    "Path": "s3://bucket/electricityusagedata.csv",
                    "RoleArn": f"arn:aws:iam::{ACC}:role/ForecastRole",
                }
            },
        },
        SRC_FC,
    ),
    (
        "forecast",
        "CreatePredictor",
        {
            "PredictorName": "electricitypredictor",
            "AlgorithmArn": "arn:aws:forecast:::algorithm/Deep_AR_Plus",
            "InputDataConfig": {
                "DatasetGroupArn": f"arn:aws:forecast:us-west-2:{ACC}:dsgroup/electricity_ds_group"
            },
            "ForecastHorizon": 20,
            "FeaturizationConfig": {"ForecastFrequency": "H"},
        },
        SRC_FC,
    ),
    (
        "forecast",
        "CreateForecast",
        {
            "ForecastName": "electricityforecast",
            "PredictorArn": f"arn:aws:forecast:us-west-2:{ACC}:predictor/electricitypredictor",
        },
        SRC_FC,
    ),
    (
        "forecast",
        "CreateForecastExportJob",
        {
            "ForecastExportJobName": "electricityforecast_exportjob",
            "ForecastArn": f"arn:aws:forecast:us-west-2:{ACC}:forecast/electricityforecast",
            "Destination": {
                "S3Config": {"Path": "s3://bucket", "RoleArn": f"arn:aws:iam::{ACC}:role/Role"}
            },
        },
        SRC_FC,
    ),
    (
        "forecast",
        "CreateDataset",
        {
            "DatasetName": "workshop_timeseries_retail_target",
            "Domain": "RETAIL",
            "DatasetType": "TARGET_TIME_SERIES",
            "DataFrequency": "D",
            "Schema": {
                "Attributes": [
                    {"AttributeName": "item_id", "AttributeType": "string"},
                    {"AttributeName": "timestamp", "AttributeType": "timestamp"},
                    {"AttributeName": "demand", "AttributeType": "float"},
                ]
            },
        },
        SRC_FC2,
    ),
    ("personalize", "CreateDatasetGroup", {"name": "MovieRatingDatasetGroup"}, SRC_PZ),
    ("personalize", "CreateSchema", {"name": "MovieRatingSchema", "schema": MOVIE_SCHEMA}, SRC_PZ),
    (
        "personalize",
        "CreateDataset",
        {
            "name": "MovieRatingDataset",
            "datasetGroupArn": PZ_DSG,
            "datasetType": "Interactions",
            "schemaArn": f"arn:aws:personalize:us-west-2:{ACC}:schema/MovieRatingSchema",
        },
        SRC_PZ,
    ),
    (
        "personalize",
        "CreateDatasetImportJob",
        {
            "jobName": "MovieRatingImportJob",
            "datasetArn": f"{PZ_PREFIX}:dataset/MovieRatingDatasetGroup/INTERACTIONS",
            "dataSource": {"dataLocation": "s3://bucketname/ratings.csv"},
            "roleArn": f"arn:aws:iam::{ACC}:role/PersonalizeRole",
        },
        SRC_PZ,
    ),
    (
        "personalize",
        "CreateSolution",
        {
            "name": "MovieSolution",
            "datasetGroupArn": PZ_DSG,
            "performAutoML": True,
        },
        SRC_PZ,
    ),
    (
        "personalize",
        "CreateCampaign",
        {
            "name": "MovieRecommendationCampaign",
            "solutionVersionArn": f"{PZ_PREFIX}:solution/MovieSolution/4b3a2c1d",
            "minProvisionedTPS": 10,
        },
        SRC_PZ,
    ),
    (
        "iot",
        "CreateThing",
        {
            "thingName": "MyLightBulb",
            "thingTypeName": "LightBulb",
            "attributePayload": {"attributes": {"wattage": "75", "model": "123"}},
        },
        SRC_IOT.format("create-thing"),
    ),
    ("iot", "CreateThing", {"thingName": "SampleIoTThing"}, SRC_IOT.format("create-thing")),
    (
        "iot",
        "CreateThingGroup",
        {
            "thingGroupName": "LightBulbs",
            "thingGroupProperties": {
                "thingGroupDescription": "Generic bulb group",
                "attributePayload": {"attributes": {"Manufacturer": "AnyCompany", "wattage": "60"}},
            },
        },
        SRC_IOT.format("create-thing-group"),
    ),
    (
        "iot",
        "CreateThingGroup",
        {"thingGroupName": "HalogenBulbs", "parentGroupName": "LightBulbs"},
        SRC_IOT.format("create-thing-group"),
    ),
    (
        "iot",
        "CreateDynamicThingGroup",
        {"thingGroupName": "RoomTooWarm", "queryString": "attributes.temperature>60"},
        SRC_IOT.format("create-dynamic-thing-group"),
    ),
    (
        "iot",
        "CreateBillingGroup",
        {"billingGroupName": "GroupOne"},
        SRC_IOT.format("create-billing-group"),
    ),
    (
        "iot",
        "CreatePolicy",
        {
            "policyName": "UpdateDeviceCertPolicy",
            "policyDocument": '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", '
            '"Action":  "iot:UpdateCertificate", "Resource": "*" } ] }',
        },
        SRC_IOT.format("create-policy"),
    ),
    (
        "iot",
        "CreateTopicRule",
        {
            "ruleName": "LowMoistureRule",
            "topicRulePayload": {
                "sql": "SELECT * FROM '$aws/things/MyRPi/shadow/update/accepted' "
                "WHERE state.reported.moisture = 'low'\n",
                "description": "Sends an alert whenever soil moisture level readings are too low.",
                "ruleDisabled": False,
                "awsIotSqlVersion": "2016-03-23",
                "actions": [
                    {
                        "sns": {
                            "targetArn": f"arn:aws:sns:us-west-2:{ACC}:MyRPiLowMoistureTopic",
                            "roleArn": f"arn:aws:iam::{ACC}:role/service-role/"
                            "MyRPiLowMoistureTopicRole",
                            "messageFormat": "RAW",
                        }
                    }
                ],
            },
        },
        SRC_IOT.format("create-topic-rule"),
    ),
    (
        "iottwinmaker",
        "CreateComponentType",
        {
            "workspaceId": "CookieFactory",
            "componentTypeId": "com.example.cookiefactory.alarm",
            "extendsFrom": [
                "com.example.timestream-telemetry",
                "com.amazon.iottwinmaker.alarm.basic",
            ],
            "propertyDefinitions": {
                "telemetryAssetType": {"defaultValue": {"stringValue": "Alarm"}}
            },
            "functions": {
                "dataReader": {
                    "implementedBy": {
                        "lambda": {
                            "arn": f"arn:aws:lambda:us-east-1:{ACC}:function:CookieFactoryReader"
                        }
                    }
                }
            },
        },
        SRC_TM.format("component_types/alarm_component_type.json"),
    ),
    (
        "iottwinmaker",
        "CreateEntity",
        {
            "workspaceId": "CookieFactory",
            "parentEntityId": "$ROOT",
            "entityId": "Equipment_5c9e83d2-1880-4f83-affd-9a27f80d39f7",
            "entityName": "Equipment",
        },
        SRC_TM.format("entities/entities.json"),
    ),
    (
        "iottwinmaker",
        "CreateEntity",
        {
            "workspaceId": "CookieFactory",
            "parentEntityId": "Equipment_5c9e83d2-1880-4f83-affd-9a27f80d39f7",
            "entityId": "CookieLines_a7a47b3c-8de0-4283-bf3f-4177bc0464ed",
            "entityName": "CookieLines",
        },
        SRC_TM.format("entities/entities.json"),
    ),
    (
        "iottwinmaker",
        "CreateEntity",
        {
            "workspaceId": "CookieFactory",
            "parentEntityId": "CookieLines_a7a47b3c-8de0-4283-bf3f-4177bc0464ed",
            "entityId": "COOKIE_LINE_5ce9f1d5-61b0-433f-a850-53fa7ca27aa1",
            "entityName": "COOKIE_LINE",
        },
        SRC_TM.format("entities/entities.json"),
    ),
    (
        "iottwinmaker",
        "CreateEntity",
        {
            "workspaceId": "CookieFactory",
            "parentEntityId": "COOKIE_LINE_5ce9f1d5-61b0-433f-a850-53fa7ca27aa1",
            "entityId": "BOX_ERECTOR_142496af-df2e-490e-aed5-2580eaf75e40",
            "entityName": "BOX_ERECTOR",
        },
        SRC_TM.format("entities/entities.json"),
    ),
    (
        "iottwinmaker",
        "CreateEntity",
        {
            "workspaceId": "CookieFactory",
            "parentEntityId": "CONVEYOR_LEFT_TURN_b28f2ca9-b6a7-44cd-a62d-7f76fc17ba45",
            "entityId": "MotionIndicatorWidget_1_754fed62-d1f6-403c-b01e-0e2d7a2dd95b",
            "entityName": "MotionIndicatorWidget_1",
        },
        SRC_TM.format("entities/entities.json"),
    ),
    (
        "lookoutmetrics",
        "CreateAnomalyDetector",
        {
            "AnomalyDetectorName": f"{L4M_PROJECT}-detector-1",
            "AnomalyDetectorDescription": "My Detector",
            "AnomalyDetectorConfig": {"AnomalyDetectorFrequency": "PT1H"},
        },
        SRC_LM,
    ),
    (
        "lookoutmetrics",
        "CreateMetricSet",
        {
            "AnomalyDetectorArn": f"arn:aws:lookoutmetrics:us-west-2:{ACC}:AnomalyDetector:"
            f"{L4M_PROJECT}-detector-1",
            "MetricSetName": f"{L4M_PROJECT}-metric-set-1",
            "MetricList": [
                {"MetricName": "views", "AggregationFunction": "AVG"},
                {"MetricName": "revenue", "AggregationFunction": "SUM"},
            ],
            "DimensionList": ["platform", "marketplace"],
            "TimestampColumn": {"ColumnName": "timestamp", "ColumnFormat": "yyyy-MM-dd HH:mm:ss"},
            "MetricSetFrequency": "PT1H",
            "MetricSource": {
                "S3SourceConfig": {
                    "RoleArn": f"arn:aws:iam::{ACC}:role/L4MTestRole",
                    "TemplatedPathList": [
                        "s3://lookoutmetrics-demo-bucket/ecommerce/live/{{yyyyMMdd}}/{{HHmm}}"
                    ],
                    "FileFormatDescriptor": {
                        "CsvFormatDescriptor": {
                            "FileCompression": "NONE",
                            "Charset": "UTF-8",
                            "ContainsHeader": True,
                            "Delimiter": ",",
                            "QuoteSymbol": '"',
                        }
                    },
                }
            },
        },
        SRC_LM,
    ),
    (
        "lookoutmetrics",
        "CreateAlert",
        {
            "Action": {
                "SNSConfiguration": {
                    "RoleArn": f"arn:aws:iam::{ACC}:role/L4M-SNSFullAccessCF",
                    "SnsTopicArn": f"arn:aws:sns:us-west-2:{ACC}:anomalyalertsCF",
                }
            },
            "AlertDescription": "Test Alert 1",
            "AlertName": f"{L4M_PROJECT}-alert-1",
            "AnomalyDetectorArn": f"arn:aws:lookoutmetrics:us-west-2:{ACC}:AnomalyDetector:"
            f"{L4M_PROJECT}-detector-1",
            "AlertSensitivityThreshold": 50,
        },
        SRC_LM,
    ),
]


# ---------------------------------------------------------------------------
# Planning and output
# ---------------------------------------------------------------------------

COUNTS = {"forecast": 62, "personalize": 62, "iot": 74, "iottwinmaker": 62, "lookoutmetrics": 62}
# Operations drawn more often than the others (the richest free-form fields).
OP_WEIGHTS = {
    ("iot", "CreateTopicRule"): 3,
    ("iot", "CreateJob"): 2,
    ("iottwinmaker", "CreateEntity"): 2,
    ("personalize", "CreateDatasetImportJob"): 2,
}
PLANTED_SHARE = 0.55


# What an operation's most telling fields usually leak: drawn first for most of its cases.
OP_FOCUS = {
    ("iot", "CreateTopicRule"): [URLC, URLS, AUTH, VENDOR, JWT, AKID, SECRET],
    ("iot", "CreateJob"): [PEM, URLS, AKID, SECRET, PWD, VENDOR],
    ("personalize", "CreateDatasetImportJob"): [URLS, URLC],
    ("iottwinmaker", "CreateComponentType"): [URLC, URLS, SECRET, PWD, AUTH],
    ("forecast", "CreateDatasetImportJob"): [PERSON, EMAIL, ACCT],
    ("forecast", "CreateForecastExportJob"): [PERSON, EMAIL, ACCT],
}


def feasible(op_, ents):
    return any(op_.allocate(ents) is not None for _ in range(20))


def plan():
    jobs = {s: [] for s in SERVICES}
    planted_jobs = []
    for svc in SERVICES:
        ops = [o for o in OPS[svc] for _ in range(OP_WEIGHTS.get((svc, o.name), 1))]
        n = COUNTS[svc]
        n_real = sum(1 for r in REAL if r[0] == svc)
        n_planted = round(n * PLANTED_SHARE)
        n_benign = n - n_planted - n_real
        order = list(range(len(ops)))
        for i in range(n_planted):
            if i % len(ops) == 0:
                R.shuffle(order)
            j = {"op": ops[order[i % len(ops)]], "ents": None}
            jobs[svc].append(j)
            planted_jobs.append(j)
        for i in range(n_benign):
            if i % len(ops) == 0:
                R.shuffle(order)
            jobs[svc].append({"op": ops[order[i % len(ops)]], "ents": []})
    # Assign entities across all services, steering towards TARGETS.
    count = Counter()
    R.shuffle(planted_jobs)
    for j in planted_jobs:
        k = R.choices([1, 2, 3], weights=[0.34, 0.42, 0.24])[0]
        ents: list[str] = []
        focus = OP_FOCUS.get((j["op"].service, j["op"].name))
        for n in range(k):
            pool = focus if (n == 0 and focus and R.random() < 0.8) else ENTITIES
            cands = [
                e
                for e in pool
                if e in j["op"].supports and e not in ents and feasible(j["op"], [*ents, e])
            ]
            if not cands:
                break
            w = [max(TARGETS[e] - count[e], 0.3) ** 2 for e in cands]
            e = R.choices(cands, weights=w)[0]
            ents.append(e)
            count[e] += 1
        j["ents"] = ents
    return jobs


def build(job):
    op_ = job["op"]
    last = None
    for _attempt in range(60):
        alloc = op_.allocate(job["ents"])
        if alloc is None:
            continue
        E = {s: list(v) for s, v in alloc.items()}
        CTX.update(acct=new_acct_id(), region=pick(REGIONS))
        try:
            case = finalize(op_.service, op_.name, op_.fn(E), "synthetic")
        except (Invalid, RuntimeError) as exc:
            last = exc
            continue
        got = {p["entity"] for p in case["planted"]}
        if got != set(job["ents"]):
            last = f"planted {sorted(got)} != wanted {sorted(job['ents'])}"
            continue
        return case
    raise SystemExit(f"cannot build {op_.service}.{op_.name} with {job['ents']}: {last}")


def main():
    R.seed(int(_option("--seed", str(SEED))))
    jobs = plan()
    out_dir = Path(_option("--out", str(HERE / "cases")))
    out_dir.mkdir(exist_ok=True)
    totals, ents_total, ops_total = Counter(), Counter(), Counter()
    for svc in SERVICES:
        cases = [build(j) for j in jobs[svc]]
        for s, o, params, src in REAL:
            if s == svc:
                cases.append(finalize(s, o, params, src))
        R.shuffle(cases)
        lines = []
        for i, c in enumerate(cases, 1):
            c = {"id": f"{svc}-{i:04d}", **c}
            lines.append(json.dumps(c, ensure_ascii=False))
            totals[svc] += 1
            totals["planted" if c["planted"] else "benign"] += 1
            ops_total[f"{svc}.{c['operation']}"] += 1
            for p in c["planted"]:
                ents_total[p["entity"]] += 1
        (out_dir / f"{svc}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = sum(totals[s] for s in SERVICES)
    print(f"cases: {n} " + " ".join(f"{s}={totals[s]}" for s in SERVICES))
    print(
        f"with planted values: {totals['planted']} ({totals['planted'] / n:.0%}); "
        f"nothing sensitive: {totals['benign']} ({totals['benign'] / n:.0%})"
    )
    print("planted entities: " + ", ".join(f"{e}={ents_total[e]}" for e in ENTITIES))
    if "-v" in sys.argv:
        for k, v in sorted(ops_total.items()):
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
