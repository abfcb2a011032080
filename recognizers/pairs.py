"""Secrets known by the name they are filed under: ``{"Key": "db_password", "Value": ...}``.

A tag value, map value or header value on its own may look like any word; the
key next to it says what it is. This is checked by the scrubber for each
key/value pair it walks, alongside the recognizers.
"""

from __future__ import annotations

import regex

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
    (
        "PASSWORD",
        regex.compile(
            r"(?i)(pass(word|wd|phrase|code)?|pwd|pw|secret|token|api.?key|credential|private.?key"
            r"|passwort|kennwort|mot.de.passe|contrase[ñn]a|senha|wachtwoord|has[łl]o|пароль"
            r"|subscription.?key|functions.?key|connection.?string)s?$"
        ),
    ),
)
MIN_SECRET_LENGTH = 4


def secret_by_key(key: str, value: str) -> str | None:
    """The entity of ``value`` given the ``key`` it is filed under, if the key names a secret."""
    if len(value.strip()) < MIN_SECRET_LENGTH:
        return None
    for entity, pattern in SECRET_KEYS:
        if pattern.search(key, timeout=1.0):
            return entity
    return None
