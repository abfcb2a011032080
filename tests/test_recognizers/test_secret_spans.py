"""A secret's span is the secret, wherever the text holding it closes around it
(Hypothesis): a URL's query value inside a JSON document, quotes, brackets or
an HTML attribute; a password in YAML written inside a JSON string (its line
ends as "\\n"), inside brackets, on a command line before ";". Too short a
span leaves part of the secret beside its replacement; too long a one takes
the document's quotes, brackets or next line with it."""

from __future__ import annotations

import json
import string
from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scrubber import Scrubber

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# What a query value holds unencoded (RFC 3986's unreserved characters, "%"
# escapes, and sub-delimiters a signature or token uses), never "&" or "#".
_QUERY_CHARS = string.ascii_letters + string.digits + "-_~%+=!*"
# A password's characters in a text that does not quote it (no space, quote,
# backslash, comma, semicolon or "&", which end a bare value).
_PASSWORD_CHARS = string.ascii_letters + string.digits + "!$%^*_-+"


def _mixed(value: str) -> bool:
    """Letters and digits both: what every recognizer reads as a secret."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _not_a_variable(value: str) -> bool:
    """Not led by "$" or "%", as a template's variable is ("$DB_PASS",
    "%TOKEN%"): those stand in for a secret and are rightly let through."""
    return value[0] not in "$%"


query_values = st.text(_QUERY_CHARS, min_size=8, max_size=40).filter(_mixed).filter(_not_a_variable)
passwords = st.text(_PASSWORD_CHARS, min_size=8, max_size=24).filter(_mixed).filter(_not_a_variable)

_URL = "https://bucket.example.com/fw.bin?X-Amz-Expires=900&X-Amz-Signature={}"
URL_HOSTS: list[Callable[[str], str]] = [
    lambda v: json.dumps({"steps": [{"url": _URL.format(v)}], "retries": 2}),
    lambda v: f"curl -fsS '{_URL.format(v)}' -o fw.bin",
    lambda v: f"download it (from {_URL.format(v)}) first",
    lambda v: f'<a href="{_URL.format(v)}">firmware</a>',
]
PASSWORD_HOSTS: list[Callable[[str], str]] = [
    # YAML written inside a JSON string: the line ends are the two characters "\n".
    lambda v: json.dumps({"config": f"mqtt:\n  user: reefer\n  password: {v}\n  port: 8883"})[1:-1],
    lambda v: f"creds are in the ticket (password: {v}) - rotate after",
    lambda v: f"{{host: smtp.example.com, user: noreply, password: {v}}}",
    lambda v: f"mysql -u pos_admin --password={v}; export AWS_REGION=eu-west-1",
]


def _spans(scrubber: Scrubber, text: str, entity: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in scrubber.scan_text(text, "free_text")
        if f.entity_type == entity
    ]


@SETTINGS
@given(value=query_values, host=st.sampled_from(URL_HOSTS))
def test_a_query_secret_s_span_is_the_value(
    scrubber: Scrubber, value: str, host: Callable[[str], str]
) -> None:
    assert _spans(scrubber, host(value), "URL_SECRET") == [value]


@SETTINGS
@given(value=passwords, host=st.sampled_from(PASSWORD_HOSTS))
# A "%" escape of a bracket in the password ("%7B" is "{") leaves the text's
# closing bracket outside it: found by Hypothesis in CI.
@example(value="00000%7B", host=PASSWORD_HOSTS[2])
@example(value="Xk9%28abc", host=PASSWORD_HOSTS[1])
def test_a_password_s_span_is_the_password(
    scrubber: Scrubber, value: str, host: Callable[[str], str]
) -> None:
    assert _spans(scrubber, host(value), "PASSWORD") == [value]
