"""Corpus cases for the long tail of credentials and for numbers (issue 12).

    python corpus/generate_secrets.py [--seed N] [--out DIR]

Writes ``secrets-credentials.jsonl`` and ``numbers-financial.jsonl``: each shape
planted in a realistic sentence of a free-text field (IoT job documents and
descriptions, TwinMaker workspace descriptions and tags, Lookout for Metrics
detector descriptions), and beside each shape hard negatives that look like
it and are not (placeholders, public keys, barcodes, AWS account ids, serials
that fail Luhn). Values are random in the shape; every one is fake.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"

Planted = tuple[str, str]  # (value as it appears in the text, entity)
Sample = tuple[str, list[Planted]]  # (text, planted values)


# -- carriers: the call a text is put in ----------------------------------------


def _iot_job(rng: random.Random, text: str, n: int) -> tuple[str, str, dict[str, Any], str]:
    document = json.dumps({"operation": "configure", "steps": [text]}, ensure_ascii=False)
    params = {
        "jobId": f"configure-gateways-{n:03d}",
        "targets": [f"arn:aws:iot:eu-west-1:111122223333:thinggroup/line-{rng.randint(1, 9)}"],
        "document": document,
        "description": "Configure the gateways of one line",
    }
    return "iot", "CreateJob", params, "document"


def _twinmaker_workspace(
    rng: random.Random, text: str, n: int
) -> tuple[str, str, dict[str, Any], str]:
    params = {
        "workspaceId": f"plant-twin-{n:03d}",
        "description": text,
        "s3Location": "arn:aws:s3:::plant-twin-workspace",
        "role": "arn:aws:iam::111122223333:role/TwinMakerWorkspaceRole",
        "tags": {"Team": "reliability"},
    }
    return "iottwinmaker", "CreateWorkspace", params, "description"


def _lookout_detector(
    rng: random.Random, text: str, n: int
) -> tuple[str, str, dict[str, Any], str]:
    params = {
        "AnomalyDetectorName": f"detector-{n:03d}",
        "AnomalyDetectorDescription": text,
        "AnomalyDetectorConfig": {"AnomalyDetectorFrequency": "PT1H"},
    }
    return "lookoutmetrics", "CreateAnomalyDetector", params, "AnomalyDetectorDescription"


def _thing_group(rng: random.Random, text: str, n: int) -> tuple[str, str, dict[str, Any], str]:
    params = {
        "thingGroupName": f"gateways-{n:03d}",
        "thingGroupProperties": {"thingGroupDescription": text},
    }
    return "iot", "CreateThingGroup", params, "thingGroupProperties.thingGroupDescription"


# Descriptions take one line; only job documents take line breaks.
ONE_LINE = (_twinmaker_workspace, _lookout_detector, _thing_group)


def _leaves(obj: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _leaves(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if path.endswith("tags"):
                quoted = json.dumps(key, ensure_ascii=False)
                yield f"{path}{{{quoted}}}", key
                yield from _leaves(value, f"{path}[{quoted}]")
            else:
                yield from _leaves(value, f"{path}.{key}" if path else key)


def _case(
    rng: random.Random, prefix: str, n: int, sample: Sample, multiline: bool
) -> dict[str, Any]:
    text, planted = sample
    carriers = (_iot_job,) if multiline else (*ONE_LINE, _iot_job)
    if len(text) > 250:  # Lookout for Metrics' descriptions take 256 characters
        carriers = tuple(c for c in carriers if c is not _lookout_detector)
    carrier = carriers[n % len(carriers)]
    service, operation, params, where = carrier(rng, text, n)
    labels = []
    for value, entity in planted:
        shown = json.dumps(value, ensure_ascii=False)[1:-1] if carrier is _iot_job else value
        labels.append({"path": where, "value": shown, "entity": entity})
    benign = [
        {"path": path, "value": value}
        for path, value in _leaves(params)
        if not (planted and path == where)
    ]
    return {
        "id": f"{prefix}-{n:04d}",
        "service": service,
        "operation": operation,
        "params": params,
        "planted": labels,
        "benign": benign,
        "source": "synthetic",
    }


# -- credential shapes ----------------------------------------------------------


def _r(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _password(rng: random.Random) -> str:
    word = rng.choice(["Winter", "Harbor", "Falcon", "Maple", "Quartz", "Tiger", "Orbit"])
    return f"{word}{rng.randint(10, 9999)}{rng.choice('!#$%*+=?@^-_.')}{_r(rng, 3)}"


def credential_samples(rng: random.Random) -> Iterator[tuple[Sample, bool]]:
    """(sample, needs line breaks) for each shape of issue 12, and hard negatives."""
    tokens: list[tuple[str, str]] = [
        ("OpenAI", f"sk-proj-{_r(rng, 20)}T3BlbkFJ{_r(rng, 20)}"),
        ("OpenAI", f"sk-{_r(rng, 20)}T3BlbkFJ{_r(rng, 20)}"),
        ("Anthropic", f"sk-ant-api03-{_r(rng, 93, ALNUM + '-_')}AA"),
        ("Hugging Face", f"hf_{_r(rng, 34, string.ascii_letters)}"),
        ("npm", f"npm_{_r(rng, 36)}"),
        ("PyPI", f"pypi-AgEIcHlwaS5vcmc{_r(rng, 90, ALNUM + '-_')}"),
        ("DigitalOcean", f"dop_v1_{_r(rng, 64, '0123456789abcdef')}"),
        ("SendGrid", f"SG.{_r(rng, 22)}.{_r(rng, 43)}"),
        ("Stripe", f"sk_live_{_r(rng, 99)}"),
        ("Stripe", f"rk_test_{_r(rng, 24)}"),
        ("Stripe webhook", f"whsec_{_r(rng, 32)}"),
        ("Shopify", f"shpat_{_r(rng, 32, '0123456789abcdef')}"),
        ("Atlassian", f"ATATT3xFfGF0{_r(rng, 170, ALNUM + '-_')}={_r(rng, 8, '0123456789ABCDEF')}"),
        ("Telegram", f"{rng.randint(10**8, 10**10 - 1)}:AA{_r(rng, 33, ALNUM + '_-')}"),
        (
            "Slack app",
            f"xapp-1-A{_r(rng, 10, string.digits)}-{rng.randint(10**12, 10**13)}-"
            f"{_r(rng, 64, '0123456789abcdef')}",
        ),
        (
            "Slack bot",
            f"xoxb-{rng.randint(10**11, 10**12)}-{rng.randint(10**12, 10**13)}-{_r(rng, 24)}",
        ),
        ("Twilio", f"SK{_r(rng, 32, '0123456789abcdef')}"),
        ("AWS session", f"FwoGZXIvYXdzE{_r(rng, 300, B64)}"),
        ("AWS session", f"IQoJb3JpZ2luX2Vj{_r(rng, 400, B64)}"),
    ]
    lead = ["Token for the exporter:", "Set the key to", "use", "(temporary)", "env:"]
    for i, (vendor, token) in enumerate(tokens):
        yield (
            (
                f"{vendor} integration. {lead[i % len(lead)]} {token} until rotation.",
                [(token, "VENDOR_TOKEN")],
            ),
            False,
        )
    secret = _r(rng, 40, ALNUM)
    yield (f"aws_secret_access_key = {secret}", [(secret, "AWS_SECRET_ACCESS_KEY")]), False
    secret = _r(rng, 40, ALNUM)
    yield (f'"SecretAccessKey": "{secret}"', [(secret, "AWS_SECRET_ACCESS_KEY")]), False
    webhooks = [
        ("https://hooks.slack.com/services/", f"T{_r(rng, 8)}/B{_r(rng, 10)}/{_r(rng, 24)}"),
        ("https://discord.com/api/webhooks/", f"{rng.randint(10**17, 10**18)}/{_r(rng, 68)}"),
        (
            "https://contoso.webhook.office.com/webhookb2/",
            f"{_r(rng, 8)}-{_r(rng, 4)}@{_r(rng, 8)}-{_r(rng, 4)}/IncomingWebhook/{_r(rng, 32)}",
        ),
        ("https://maker.ifttt.com/trigger/door_open/with/key/", _r(rng, 22)),
    ]
    for base, secret in webhooks:
        entity = "VENDOR_TOKEN" if "slack" in base else "URL_SECRET"
        planted = base + secret if entity == "VENDOR_TOKEN" else secret
        yield (f"Alerts post to {base}{secret} on failure", [(planted, entity)]), False
    labels = [
        "DB_PASSWORD={}",
        "PGPASSWORD={} psql -h db.internal",
        "SECRET_KEY = '{}'",
        '{{"dbPassword": "{}"}}',
        "client_secret: {}",
        '"pass": "{}"',
        "Passwort: {}",
        "mot de passe : {}",
        "contraseña={}",
        "пароль: {}",
        "pw={}",
        "pwd: {}",
        "sshpass -p '{}' ssh ops@gw",
        "mysql -u root -p{} -h db",
        "docker login -u ci -p {} reg",
        "curl -u admin:{} https://gw.example.com/api",
        "redis-cli -h cache -a {} ping",
    ]
    for template in labels:
        value = _password(rng)
        if "-p{}" in template or "redis-cli" in template:
            value = value.replace("'", "")
        yield (f"Bootstrap: {template.format(value)}", [(value, "PASSWORD")]), False
    userpass = f"deploy:{_password(rng)}"
    blob = base64.b64encode(userpass.encode()).decode()
    yield (
        (f'{{"auths": {{"registry.example.com": {{"auth": "{blob}"}}}}}}', [(blob, "AUTH_HEADER")]),
        False,
    )
    for header in (
        "Cookie: session={}; theme=dark",
        "X-API-Key: {}",
        "Ocp-Apim-Subscription-Key: {}",
        "x-functions-key: {}",
        "Authorization: ApiKey {}",
    ):
        value = _r(rng, 32)
        shown = header.format(value).split(": ", 1)[1] if "Cookie" in header else value
        yield (
            (f"Call the endpoint with header {header.format(value)}", [(shown, "AUTH_HEADER")]),
            False,
        )
    for url, userinfo in (
        ("redis://{}@cache.example.com:6379/0", f":{_password(rng)}"),
        ("amqp://{}@mq.example.com:5672/vhost", f"svc:{_password(rng)}/x+y=z#1"),
        ("postgresql://{}@db.example.com:5432/app", f"app:{_password(rng)}"),
    ):
        yield (
            (
                f"Connect with {url.format(userinfo)} from the gateway",
                [(userinfo, "URL_CREDENTIALS")],
            ),
            False,
        )
    oracle = f"scott/{_password(rng).replace('@', '')}"
    yield (f"sqlplus {oracle}@//db.example.com:1521/ORCL", [(oracle, "URL_CREDENTIALS")]), False
    # Keys without armour: a PKCS#8 head (version 0, rsaEncryption) and random body.
    pkcs8 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + _r(rng, 200, B64)
    yield (f"key body {pkcs8}", [(pkcs8, "PRIVATE_KEY")]), False
    pem = f"-----BEGIN PRIVATE KEY-----\n{_r(rng, 64, B64)}\n-----END PRIVATE KEY-----\n"
    encoded = base64.b64encode(pem.encode()).decode()
    yield (f"tls.key: {encoded}", [(encoded, "PRIVATE_KEY")]), False
    putty = (
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: gw\nPublic-Lines: 2\n"
        f"{_r(rng, 64, B64)}\n{_r(rng, 20, B64)}\nPrivate-Lines: 1\n{_r(rng, 44, B64)}\n"
        f"Private-MAC: {_r(rng, 64, '0123456789abcdef')}"
    )
    yield (putty, [(putty, "PRIVATE_KEY")]), True
    # Hard negatives beside the shapes above.
    for text in (
        "Set password: required before first login",
        "password=${DB_PASSWORD} is read from the environment",
        '{"password": "<your password>", "user": "admin"}',
        "client_secret: **** (stored in Secrets Manager)",
        "NextToken: paginate until empty",
        "bypass=enabled for the staging line",
        "secretArn=arn:aws:secretsmanager:eu-west-1:111122223333:secret:gw-db-AbCdEf",
        "ssh -p 22 ops@gateway then mkdir -p /var/lib/agent",
        "docker login --password-stdin registry.example.com",
        "The API key: rotated weekly by the platform team",
        "Cookie: consent banner shown on first visit",
        "Authorization header is required by the endpoint",
        "Public key MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRg",
        "Certificate MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1U",
        "Region APAC1Production and EMEA2Staging",
        "See https://example.com:8443/status@latest for the dashboard",
        "Docs: https://hooks.example.com/services/notify",
        "Use the gate pass: the badge is needed",
    ):
        yield (text, []), False


# -- numbers ----------------------------------------------------------------------


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        total = 0
        for i, ch in enumerate(reversed(body + d)):
            n = int(ch)
            if i % 2:
                n = n * 2 - 9 if n > 4 else n * 2
            total += n
        if total % 10 == 0:
            return body + d
    raise AssertionError("unreachable")


def _luhn_fails(rng: random.Random, length: int) -> str:
    good = _luhn_complete(rng, str(rng.randint(1, 9)), length)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def _gtin(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    return f"{country}{check:02d}{bban}"


def _grouped(number: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return sep.join(out)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


CARDS = (
    ("Visa", "4", 16, [4, 4, 4, 4], " "),
    ("Mastercard", "2221", 16, [4, 4, 4, 4], "-"),
    ("Amex", "37", 15, [4, 6, 5], " "),
    ("JCB", "3530", 16, [4, 4, 4, 4], " "),
    ("UnionPay", "62", 16, [4, 4, 4, 4], "."),
    ("UnionPay", "62", 19, [4, 4, 4, 4], " "),
    ("Maestro", "6759", 16, [4, 4, 4, 4], " "),
    ("Maestro", "5018", 16, [16], ""),
    ("Troy", "9792", 16, [4, 4, 4, 4], "-"),
    ("Mir", "2200", 16, [4, 4, 4, 4], " "),
    ("Discover", "6011", 16, [4, 4, 4, 4], "/"),
    ("Diners", "36", 14, [4, 6, 4], " "),
    ("RuPay", "60", 16, [4, 4, 4, 4], "  "),
)
ACCOUNT_LABELS = (
    "acct {}", "account no. {}", "Kto.-Nr. {}", "Kontonummer: {}", "customer {}",
    "policy no. {}", "loyalty number {}", "numéro de compte {}", "cuenta {}", "member #{}",
    "Customer ID {}", "billing account {}",
)  # fmt: skip


def number_samples(rng: random.Random) -> Iterator[tuple[Sample, bool]]:
    """Cards, IBANs, SSNs and labelled account numbers, and the numbers that are none."""
    for brand, prefix, length, sizes, sep in CARDS:
        card = _grouped(_luhn_complete(rng, prefix, length), sizes, sep)
        yield (f"{brand} card on file {card} for the pilot", [(card, "CREDIT_CARD")]), False
    ibans = (
        ("DE", _digits(rng, 18), [4, 4, 4, 4, 4, 2], " "),
        ("NL", "ABNA" + _digits(rng, 10), [4, 4, 4, 4, 2], "-"),
        ("GB", "WEST" + _digits(rng, 14), [22], ""),
        ("FR", _digits(rng, 23), [4, 4, 4, 4, 4, 4, 3], " "),
        ("ES", _digits(rng, 20), [4, 4, 4, 2, 10], " "),
        ("PL", _digits(rng, 24), [2, 8, 8, 10], " "),
        ("CH", _digits(rng, 17), [4, 5, 12], "."),
    )
    for country, bban, sizes, sep in ibans:
        iban = _grouped(_iban(country, bban), sizes, sep)
        yield (f"Refunds go to IBAN {iban}, reference pilot", [(iban, "IBAN_CODE")]), False
    for sep1, sep2 in (("-", " "), (" ", "-"), (".", "-"), (" - ", " - ")):
        ssn = f"{rng.randint(100, 665)}{sep1}{rng.randint(10, 99)}{sep2}{rng.randint(1000, 9999)}"
        yield (f"Employee SSN {ssn} on the badge form", [(ssn, "US_SSN")]), False
    for template in ACCOUNT_LABELS:
        number = str(rng.randint(10**7, 10**13))
        yield (
            (f"Escalation for {template.format(number)} only", [(number, "ACCOUNT_NUMBER")]),
            False,
        )
    # Ten digits that read as epoch seconds are still an account after a label.
    number = str(rng.randint(1_600_000_000, 1_799_999_999))
    yield (f"Backfill for customer {number} only", [(number, "ACCOUNT_NUMBER")]), False
    for text in (
        f"EAN {_gtin(rng, '400', 13)} on the pallet label",
        f"Barcode {_gtin(rng, '50', 13)} scanned at the dock",
        f"ISBN {_gtin(rng, '978', 13)} in the manual",
        f"Item {_gtin(rng, '871', 13)} restocked",
        f"Board serial {_luhn_fails(rng, 16)} replaced",
        f"Controller SN {_luhn_fails(rng, 16)}",
        f"IMEI {_luhn_complete(rng, '35', 15)} registered",
        "Deployed from AWS account 111122223333 by the pipeline",
        "Account ID: 444455556666 (shared services)",
        f"Cost center {rng.randint(10**8, 10**9)} pays for this",
        f"Order {rng.randint(10**11, 10**12)} shipped",
        f"Ticket {rng.randint(10**8, 10**9)} closed",
        f"Card test number {_luhn_fails(rng, 16)} is not valid",
        "Customer since 20240101, renewed yearly",
        f"Checksum example DE00{_digits(rng, 18)} is not an IBAN",
        "Access 12345678 granted to the contact 87654321",
    ):
        yield (text, []), False


def number_key_samples(rng: random.Random) -> Iterator[tuple[str, str, str | None]]:
    """(key, value, what is planted: the whole value, its digits, or nothing)."""
    yield "CustomerId", str(rng.randint(1_600_000_000, 1_799_999_999)), "all"
    yield "policy_no", f"PN-{rng.randint(10**7, 10**8)}", "digits"
    yield "loyaltyNumber", str(rng.randint(10**7, 10**10)), "all"
    yield "customerAccount", str(rng.randint(10**9, 10**12)), "all"
    yield "Kundennummer", str(rng.randint(10**6, 10**9)), "all"
    yield "AccountId", "111122223333", None
    yield "awsAccount", "210987654321", None
    yield "OrderId", str(rng.randint(10**11, 10**12)), None
    yield "Barcode", _gtin(rng, "400", 13), None
    yield "SerialNumber", _luhn_complete(rng, "4", 16), None
    yield "CostCenter", str(rng.randint(10**8, 10**9)), None
    yield "TicketId", str(rng.randint(10**8, 10**9)), None


def _key_case(n: int, key: str, value: str, planted: str | None) -> dict[str, Any]:
    """An IoT thing with the number as an attribute filed under ``key``."""
    attributes = {"site": "plant-7", key: value}
    params = {"thingName": f"meter-{n:03d}", "attributePayload": {"attributes": attributes}}
    labels, benign = [], [{"path": "thingName", "value": params["thingName"]}]
    for k, v in attributes.items():
        quoted = json.dumps(k, ensure_ascii=False)
        where = f"attributePayload.attributes[{quoted}]"
        benign.append({"path": f"attributePayload.attributes{{{quoted}}}", "value": k})
        if planted and k == key:
            shown = v if planted == "all" else "".join(c for c in v if c.isdigit())
            labels.append({"path": where, "value": shown, "entity": "ACCOUNT_NUMBER"})
        else:
            benign.append({"path": where, "value": v})
    return {
        "id": f"numbers-{n:04d}",
        "service": "iot",
        "operation": "CreateThing",
        "params": params,
        "planted": labels,
        "benign": benign,
        "source": "synthetic",
    }


def write_numbers(path: Path, seed: int) -> int:
    rng = random.Random(seed)
    cases = [
        _case(rng, "numbers", n, sample, multiline)
        for n, (sample, multiline) in enumerate(number_samples(random.Random(seed)), 1)
    ]
    keyed = number_key_samples(random.Random(seed + 1))
    cases += [_key_case(n, *sample) for n, sample in enumerate(keyed, len(cases) + 1)]
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), "utf-8")
    return len(cases)


def write(
    path: Path, prefix: str, samples: Iterator[tuple[Sample, bool]], rng: random.Random
) -> int:
    lines = [
        json.dumps(_case(rng, prefix, n, sample, multiline), ensure_ascii=False)
        for n, (sample, multiline) in enumerate(samples, 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


GENERATORS: tuple[
    tuple[str, str, Callable[[random.Random], Iterator[tuple[Sample, bool]]]], ...
] = (("secrets-credentials.jsonl", "secrets", credential_samples),)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python corpus/generate_secrets.py")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=HERE / "cases")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, prefix, generate in GENERATORS:
        count = write(
            args.out / name, prefix, generate(random.Random(args.seed)), random.Random(args.seed)
        )
        print(f"{args.out / name}: {count} cases")
    count = write_numbers(args.out / "numbers-financial.jsonl", args.seed)
    print(f"{args.out / 'numbers-financial.jsonl'}: {count} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
