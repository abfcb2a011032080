"""The labeled corpus (corpus/cases/*.jsonl) is valid against the real service models.

No mocks: every case is checked with botocore's own ``validate_parameters`` and
every string leaf (map keys included) against its shape's pattern, length and
enum. See corpus/README.md for the format.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections import Counter
from pathlib import Path

# lookoutmetrics' model ships in the package; this module's own session reads it from there.
os.environ.setdefault(
    "AWS_DATA_PATH", str(Path(__file__).resolve().parents[2] / "scrubber" / "data" / "models")
)

import botocore.session
import botocore.validate
import pytest
import regex

CASES_DIR = Path(__file__).resolve().parents[2] / "corpus" / "cases"
SERVICES = ["forecast", "personalize", "iot", "iottwinmaker", "lookoutmetrics"]
ENTITIES = {
    "EMAIL_ADDRESS",
    "PERSON",
    "PHONE_NUMBER",
    "ACCOUNT_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "URL_CREDENTIALS",
    "URL_SECRET",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "VENDOR_TOKEN",
    "JWT",
    "PRIVATE_KEY",
    "AUTH_HEADER",
    "PASSWORD",
}

# Forecast's S3Config/EncryptionConfig ``RoleArn`` reuses the generic forecast
# ``Arn`` shape (pattern ``arn:...:forecast:...``) although it takes an IAM role
# ARN (the API reference says so and every AWS example passes
# arn:aws:iam::<acct>:role/...). Such values are checked against this instead.
IAM_ROLE_RE = r"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+$"
PATTERN_EXCEPTIONS = {("forecast", "RoleArn"): IAM_ROLE_RE}


def java_pattern(pat: str) -> str:
    """Model patterns are Java regexes; ``regex`` reads them as is except a
    surrogate-pair range, which stands for U+10000..U+10FFFF."""
    return pat.replace(r"\uD800\uDC00-\uDBFF\uDFFF", r"\U00010000-\U0010FFFF")


def load_cases() -> list[dict]:
    cases = []
    for svc in SERVICES:
        path = CASES_DIR / f"{svc}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                case["_file"] = f"{path.name}:{n}"
                cases.append(case)
    return cases


CASES = load_cases()
SESSION = botocore.session.get_session()
MODELS = {svc: SESSION.get_service_model(svc) for svc in SERVICES}


def by_id(case: dict) -> str:
    return case.get("id", case["_file"])


# --- the path syntax -----------------------------------------------------------

_MEMBER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DECODER = json.JSONDecoder()


def parse_path(path: str) -> list[tuple[str, object]]:
    """``a.b[0]["k"]{"k"}`` -> [("member","a"),("member","b"),("index",0),("value","k"),
    ("key","k")]."""
    tokens: list[tuple[str, object]] = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == ".":
            if not tokens or i + 1 >= len(path):
                raise ValueError(f"bad path {path!r}")
            i += 1
            m = _MEMBER.match(path, i)
            if not m:
                raise ValueError(f"bad path {path!r} at {i}")
            tokens.append(("member", m.group()))
            i = m.end()
        elif c == "[" and path[i + 1 : i + 2] == '"':
            key, end = _DECODER.raw_decode(path, i + 1)
            if path[end : end + 1] != "]":
                raise ValueError(f"bad path {path!r} at {end}")
            tokens.append(("value", key))
            i = end + 1
        elif c == "[":
            end = path.index("]", i)
            tokens.append(("index", int(path[i + 1 : end])))
            i = end + 1
        elif c == "{":
            key, end = _DECODER.raw_decode(path, i + 1)
            if path[end : end + 1] != "}":
                raise ValueError(f"bad path {path!r} at {end}")
            tokens.append(("key", key))
            i = end + 1
        else:
            if tokens:
                raise ValueError(f"bad path {path!r} at {i}")
            m = _MEMBER.match(path, i)
            if not m:
                raise ValueError(f"bad path {path!r}")
            tokens.append(("member", m.group()))
            i = m.end()
    return tokens


def resolve(params: object, path: str) -> object:
    cur = params
    tokens = parse_path(path)
    for n, (kind, arg) in enumerate(tokens):
        if kind == "key":
            assert n == len(tokens) - 1, f"a map key must end the path: {path}"
            assert isinstance(cur, dict) and arg in cur, f"no key {arg!r} at {path}"
            return arg
        if kind == "index":
            assert isinstance(cur, list), f"not a list at {path}"
            cur = cur[arg]  # type: ignore[index]
        else:
            assert isinstance(cur, dict) and arg in cur, f"no {arg!r} at {path}"
            cur = cur[arg]  # type: ignore[index]
    return cur


def test_path_syntax_round_trips() -> None:
    params = {"tags": {'we"ird': "x"}, "A": {"B": [{"C": "v"}]}}
    assert resolve(params, "A.B[0].C") == "v"
    assert resolve(params, 'tags["we\\"ird"]') == "x"
    assert resolve(params, 'tags{"we\\"ird"}') == 'we"ird'
    with pytest.raises((AssertionError, ValueError)):
        resolve(params, "A..B")


# --- walking params alongside the input shape ----------------------------------


def string_leaves(value, shape, path="", member=""):
    """(path, string, shape, member name, is_map_key) for every string in params."""
    t = shape.type_name
    if t == "structure":
        for name, v in value.items():
            yield from string_leaves(
                v, shape.members[name], f"{path}.{name}" if path else name, name
            )
    elif t == "list":
        for i, v in enumerate(value):
            yield from string_leaves(v, shape.member, f"{path}[{i}]", member)
    elif t == "map":
        for k, v in value.items():
            q = json.dumps(k, ensure_ascii=False)
            yield (f"{path}{{{q}}}", k, shape.key, member, True)
            yield from string_leaves(v, shape.value, f"{path}[{q}]", member)
    elif t == "string":
        yield (path, value, shape, member, False)


def constraint_errors(svc: str, member: str, shape, value: str) -> list[str]:
    md = shape.metadata
    errs = []
    if not isinstance(value, str):
        return [f"not a string: {value!r}"]
    if "min" in md and len(value) < md["min"]:
        errs.append(f"length {len(value)} < min {md['min']}")
    if "max" in md and len(value) > md["max"]:
        errs.append(f"length {len(value)} > max {md['max']}")
    enum = getattr(shape, "enum", None) or md.get("enum")
    if enum and value not in enum:
        errs.append(f"{value!r} not in enum")
    pat = PATTERN_EXCEPTIONS.get((svc, member), md.get("pattern"))
    if pat and not regex.search(java_pattern(pat), value):
        errs.append(f"does not match {pat!r}")
    return errs


def input_shape(case: dict):
    return MODELS[case["service"]].operation_model(case["operation"]).input_shape


# --- corpus-wide checks ------------------------------------------------------------


def test_case_counts() -> None:
    per_service = Counter(c["service"] for c in CASES)
    assert len(CASES) >= 300
    for svc in SERVICES:
        assert per_service[svc] >= 50, (svc, per_service[svc])


def test_cases_sit_in_their_service_file() -> None:
    """Generated cases sit in <service>.jsonl; topic files (names-iot.jsonl) name theirs."""
    for c in CASES:
        file = c["_file"].split(":")[0]
        assert file == f"{c['service']}.jsonl" or file.endswith(f"-{c['service']}.jsonl"), file


def test_ids_unique_and_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for c in CASES:
        assert re.fullmatch(rf"{c['service']}-\d{{4}}", c["id"]), c["id"]


def test_every_entity_is_planted_often_enough() -> None:
    counts = Counter(p["entity"] for c in CASES for p in c["planted"])
    assert set(counts) <= ENTITIES, set(counts) - ENTITIES
    for e in sorted(ENTITIES):
        assert counts[e] >= 10, (e, counts[e])


def test_share_of_cases_without_planted_values() -> None:
    clean = sum(1 for c in CASES if not c["planted"])
    assert 0.35 <= clean / len(CASES) <= 0.55, clean / len(CASES)


def test_main_operations_are_covered() -> None:
    ops = {(c["service"], c["operation"]) for c in CASES}
    wanted = {
        "forecast": [
            "CreateDatasetGroup",
            "CreateDataset",
            "CreateDatasetImportJob",
            "CreatePredictor",
            "CreateAutoPredictor",
            "CreateForecast",
            "CreateForecastExportJob",
            "TagResource",
            "UpdateDatasetGroup",
        ],
        "personalize": [
            "CreateDatasetGroup",
            "CreateDataset",
            "CreateSchema",
            "CreateSolution",
            "CreateCampaign",
            "CreateFilter",
            "CreateDatasetImportJob",
            "TagResource",
        ],
        "iot": [
            "CreateThing",
            "CreateThingGroup",
            "UpdateThing",
            "CreateTopicRule",
            "CreatePolicy",
            "TagResource",
            "CreateJob",
            "CreateBillingGroup",
            "CreateDynamicThingGroup",
        ],
        "iottwinmaker": [
            "CreateWorkspace",
            "CreateEntity",
            "CreateComponentType",
            "CreateScene",
            "UpdateEntity",
            "TagResource",
        ],
        "lookoutmetrics": [
            "CreateAnomalyDetector",
            "CreateMetricSet",
            "CreateAlert",
            "UpdateMetricSet",
            "TagResource",
        ],
    }
    missing = [(s, o) for s, names in wanted.items() for o in names if (s, o) not in ops]
    assert not missing, missing


# --- per-case checks -----------------------------------------------------------------

case_params = pytest.mark.parametrize("case", CASES, ids=by_id)


@case_params
def test_case_shape(case: dict) -> None:
    assert set(case) - {"_file"} == {
        "id",
        "service",
        "operation",
        "params",
        "planted",
        "benign",
        "source",
    }
    assert case["service"] in SERVICES
    assert case["operation"] in MODELS[case["service"]].operation_names
    assert isinstance(case["source"], str) and case["source"]
    for p in case["planted"]:
        assert set(p) == {"path", "value", "entity"} and p["entity"] in ENTITIES, p
        assert isinstance(p["value"], str) and p["value"], p
    for b in case["benign"]:
        assert set(b) == {"path", "value"}, b


@case_params
def test_params_pass_botocore_validation(case: dict) -> None:
    botocore.validate.validate_parameters(case["params"], input_shape(case))


@case_params
def test_string_leaves_satisfy_their_shapes(case: dict) -> None:
    errs = []
    for path, value, shape, member, _is_key in string_leaves(case["params"], input_shape(case)):
        errs += [f"{path}: {e}" for e in constraint_errors(case["service"], member, shape, value)]
    assert not errs, errs


@case_params
def test_planted_values_are_in_their_fields(case: dict) -> None:
    for p in case["planted"]:
        field = resolve(case["params"], p["path"])
        assert isinstance(field, str), p
        assert p["value"] in field, (p, field)


@case_params
def test_every_string_leaf_is_labeled(case: dict) -> None:
    leaves = {
        path: (value, shape)
        for path, value, shape, _m, _k in string_leaves(case["params"], input_shape(case))
    }
    planted = {p["path"] for p in case["planted"]}
    benign = {b["path"]: b["value"] for b in case["benign"]}
    assert planted <= set(leaves), planted - set(leaves)
    assert set(benign) <= set(leaves), set(benign) - set(leaves)
    assert not planted & set(benign), planted & set(benign)
    for path, (value, shape) in leaves.items():
        if path in planted:
            continue
        if path not in benign:
            assert getattr(shape, "enum", None), f"{path} is neither planted nor benign"
            continue
        assert benign[path] == value, (path, benign[path], value)
        assert resolve(case["params"], path) == value


# --- planted values are well-formed examples of their entity -------------------------


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _b64url_json(part: str) -> object:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def well_formed(entity: str, value: str) -> bool:
    if entity == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", value)
        return d.isdigit() and 13 <= len(d) <= 19 and _luhn(d)
    if entity == "IBAN_CODE":
        code = value.replace(" ", "")
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", code):
            return False
        return int("".join(str(int(ch, 36)) for ch in code[4:] + code[:4])) % 97 == 1
    if entity == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
        return (
            bool(m)
            and m[1] not in ("000", "666")
            and m[1] < "900"
            and m[2] != "00"
            and m[3] != "0000"
        )
    if entity == "ACCOUNT_NUMBER":
        return value.isdigit() and 8 <= len(value) <= 17
    if entity == "AWS_ACCESS_KEY_ID":
        return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", value)) and not value.endswith(
            "EXAMPLE"
        )
    if entity == "AWS_SECRET_ACCESS_KEY":
        return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", value)) and "EXAMPLE" not in value
    if entity == "VENDOR_TOKEN":
        return bool(
            re.fullmatch(
                r"ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"
                r"|glpat-[A-Za-z0-9_\-]{20}|xox[bp]-[0-9A-Za-z\-]{20,}"
                r"|[sr]k_live_[A-Za-z0-9]{24,99}|AIza[A-Za-z0-9_\-]{35}",
                value,
            )
        )
    if entity == "JWT":
        parts = value.split(".")
        if len(parts) != 3:
            return False
        head, body = _b64url_json(parts[0]), _b64url_json(parts[1])
        return isinstance(head, dict) and head.get("alg") == "HS256" and isinstance(body, dict)
    if entity == "PRIVATE_KEY":
        v = value.replace("\\n", "\n")
        return bool(
            re.fullmatch(
                r"-----BEGIN ((?:RSA |EC )?PRIVATE KEY)-----\n"
                r"[A-Za-z0-9+/=\n]+\n-----END \1-----",
                v,
            )
        )
    if entity == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,}", value))
    if entity == "PHONE_NUMBER":
        return 10 <= len(re.sub(r"\D", "", value)) <= 13
    if entity == "URL_CREDENTIALS":
        return bool(re.fullmatch(r"[^\s:/@]+:[^\s/@]+", value))
    return bool(value.strip())


@case_params
def test_planted_values_are_well_formed(case: dict) -> None:
    bad = [p for p in case["planted"] if not well_formed(p["entity"], p["value"])]
    assert not bad, bad


@case_params
def test_string_leaves_fully_match_their_patterns(case: dict) -> None:
    """Stricter than the service (which searches): the whole value matches, so names and
    ids in the corpus look like what people really send (no ``jane-doe`` in a forecast
    name, whose pattern ``^[a-zA-Z][a-zA-Z0-9_]*`` a search would accept)."""
    bad = []
    for path, value, shape, member, _k in string_leaves(case["params"], input_shape(case)):
        pat = PATTERN_EXCEPTIONS.get((case["service"], member), shape.metadata.get("pattern"))
        if pat and not regex.fullmatch(java_pattern(pat), value, flags=regex.DOTALL):
            bad.append((path, value[:60], pat))
    assert not bad, bad
