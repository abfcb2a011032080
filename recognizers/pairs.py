"""Secrets known by the name they are filed under: ``{"Key": "db_password", "Value": ...}``.

A tag value, map value or header value on its own may look like any word; the
key next to it says what it is. This is checked by the scrubber for each
key/value pair it walks, alongside the recognizers.
"""

from __future__ import annotations

import regex

from recognizers.credentials import AUTH_SCHEMES
from recognizers.normalize import needs_normalizing, normalize, to_original
from recognizers.secret_labels import is_placeholder

# Key names that announce a secret value, and the entity the value then is.
SECRET_KEYS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("AUTH_HEADER", regex.compile(r"(?i)^(proxy-)?authorization$")),
    (
        "AUTH_HEADER",
        regex.compile(
            r"(?i)^(x-api-key|api-key|ocp-apim-subscription-key|x-functions-key|x-auth-token"
            r"|x-access-token|x-vault-token|private-token|x-goog-api-key|cookie"
            r"|x-[a-z0-9\-]*-(token|secret|api-?key))$"
        ),
    ),
    ("AWS_SECRET_ACCESS_KEY", regex.compile(r"(?i)aws.?secret|secret.?access.?key")),
)
# A key whose last words name a secret: its value is a password (``db_password``,
# ``dbPassword``, ``client_secret``). Matched against the key's endings in whole
# words, so a pseudonym such as ``email_kxpw`` does not end in the word ``pw``.
SECRET_NAME = regex.compile(
    r"(?i)(pass(word|wd|phrase|code)?|pwd|pw|secret|token|api.?key|credential|private.?key"
    r"|passwort|kennwort|mot.de.passe|contrase[ñn]a|senha|wachtwoord|has[łl]o|пароль"
    r"|subscription.?key|functions.?key|connection.?string|pin.?code)s?"
)
MIN_SECRET_LENGTH = 4


def secret_by_key(key: str, value: str) -> str | None:
    """The entity of ``value`` given the ``key`` it is filed under, if the key names a secret."""
    if len(value.strip()) < MIN_SECRET_LENGTH or _stands_in(value):
        return None
    for entity, pattern in SECRET_KEYS:
        if pattern.search(key, timeout=1.0):
            return entity
    if any(SECRET_NAME.fullmatch(ending, timeout=1.0) for ending in _word_endings(key)):
        return "PASSWORD"
    return None


_SCHEME = regex.compile(rf"(?i)^\s*(?:{AUTH_SCHEMES}|apikey)\s+")


def _stands_in(value: str) -> bool:
    """A placeholder (``${TOKEN}``, ``<your token>``, ``****``), after any auth
    scheme, or AWS's published example key: no secret, whatever the key says."""
    credential = _SCHEME.sub("", value, count=1).strip()
    return is_placeholder(credential) or credential.endswith(("EXAMPLE", "EXAMPLEKEY"))


def _word_endings(key: str) -> list[str]:
    """The key from each of its words on: ``db_password``: db_password, password.
    A key of one word has no boundaries to go by (PGPASSWORD): any ending counts."""
    starts = [m.start() for m in _KEY_WORD.finditer(key, timeout=1.0)]
    if len(starts) <= 1:
        starts = list(range(len(key)))
    return [key[i:] for i in starts]


# -- numbers known by their key: tags["CustomerId"], attributes["policy_no"] --------

# Words of a key that file a customer's account number under it, in several languages.
_ACCOUNT_WORDS = frozenset(
    "account acct customer cust client member membership loyalty policy subscriber contract "
    "billing bank konto kontonummer kunde kunden kundennummer compte cuenta conta rekening "
    "conto".split()
)
# Words of a key that file something else under it: the number is not an account or card.
_OTHER_WORDS = frozenset(
    "order invoice ticket case build run version revision serial sn sku ean upc gtin isbn "
    "barcode imei iccid meid model part batch lot tracking shipment cost costcenter center "
    "centre cc project job device board asset phone zip postal timestamp epoch time date "
    "created updated expires ttl port count size sequence seq offset page transaction txn "
    "trace request session po rma inv purchase receipt claim".split()
)
_KEY_WORD = regex.compile(r"\p{Lu}{2,}(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+")
_DIGIT_RUNS = regex.compile(r"(?<![0-9])[0-9]{6,17}(?![0-9])")
NUMBER_ENTITIES = frozenset({"ACCOUNT_NUMBER", "CREDIT_CARD"})


def key_words(key: str) -> list[str]:
    """Lower-case words of a key: ``AWSAccountId``: aws, account, id; ``policy_no``: policy, no."""
    return [w.lower() for w in _KEY_WORD.findall(key, timeout=1.0)]


def numbers_by_key(key: str, value: str) -> tuple[frozenset[str], tuple[int, int] | None]:
    """What the key a value is filed under says of the numbers in it.

    Returns the number entities the key rules out (an order id, a barcode, a
    serial, a cost centre, an AWS account id under ``AccountId``) and, where
    the key files a customer's account number, the span of the one run of
    6-17 digits in the value (also 10 digits that look like epoch seconds: the
    key says what they are).
    """
    words = key_words(key)
    twelve = regex.fullmatch(r"\s*[0-9]{12}\s*", value) is not None
    # Twelve digits under a key that ends in "account" or "account id"
    # (OwnerAccount, SourceAccount, PayerAccountId) are an AWS account id,
    # unless the key names a customer's account (CustomerAccount, BankAccount).
    names_account = words[-1:] == ["account"] or words[-2:] == ["account", "id"]
    customers = (_ACCOUNT_WORDS - {"account"}).intersection(words)
    aws_account = twelve and (
        "aws" in words or words == ["owner", "id"] or (names_account and not customers)
    )
    if aws_account or _OTHER_WORDS.intersection(words):
        return NUMBER_ENTITIES if not aws_account else frozenset({"ACCOUNT_NUMBER"}), None
    if not _ACCOUNT_WORDS.intersection(words):
        return frozenset(), None
    # Read through disguises (fullwidth digits, invisible characters between them).
    text, origin = normalize(value) if needs_normalizing(value) else (value, None)
    runs = list(_DIGIT_RUNS.finditer(text, timeout=1.0))
    if len(runs) != 1:
        return frozenset(), None
    start, end = runs[0].span()
    return frozenset(), (to_original(origin, start, end) if origin else (start, end))
