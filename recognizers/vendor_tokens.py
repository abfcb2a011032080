"""Vendor tokens, the long tail: detect-secrets' catalogue first, our own where it has none.

The catalogue is Yelp's detect-secrets (1.5.x), used as a library of patterns:
each adopted plugin's ``denylist`` is recompiled with the ``regex`` module and
run by our base class under ``REGEX_TIMEOUT`` (a timeout blocks the field).
detect-secrets' own scanner is never called: it runs ``re`` without a time
bound, reads global settings, and its plugins can call vendors' APIs to verify.
Its keyword and entropy plugins are not adopted (labels are
``recognizers.secret_labels``' job; entropy flags the services' own ids), nor
are those we already cover whole (AWS keys, JWT, private keys, URL userinfo).

A match is widened to the whole token it sits in, so no suffix is left beside
a finding (Stripe's pattern, for one, stops after 24 characters).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from typing import Literal

import regex

from recognizers.base import FieldRecognizer

# How a catalogue pattern is bounded here. "prefixed": the pattern starts with a
# vendor prefix and is taken where it stands, widened to the whole token.
# "bounded": a shape without a prefix (Twilio's AC + 32, Discord's three parts)
# must stand alone, not inside a longer run of token characters.
Bounding = Literal["prefixed", "bounded", "digits-before"]

# (module, class, bounding, indexes of the denylist patterns adopted or None for all)
ADOPTED: tuple[tuple[str, str, Bounding, tuple[int, ...] | None], ...] = (
    ("openai", "OpenAIDetector", "prefixed", None),
    # "bot123456789:AA..." in API URLs: only digits may not precede it.
    ("telegram_token", "TelegramBotTokenDetector", "digits-before", None),
    ("slack", "SlackDetector", "prefixed", None),
    ("stripe", "StripeDetector", "prefixed", None),
    ("sendgrid", "SendGridDetector", "bounded", None),
    ("pypi_token", "PypiTokenDetector", "prefixed", None),
    ("discord", "DiscordBotTokenDetector", "bounded", None),
    ("mailchimp", "MailchimpDetector", "bounded", None),
    ("twilio", "TwilioKeyDetector", "bounded", None),
    ("square_oauth", "SquareOAuthDetector", "prefixed", None),
    ("github_token", "GitHubTokenDetector", "prefixed", None),
    ("gitlab_token", "GitLabTokenDetector", "prefixed", None),
    ("azure_storage_key", "AzureStorageKeyDetector", "prefixed", None),
    # Pattern 1 ("AP" + hex digit + 8 alphanumerics) takes region and product
    # codes ("APAC1Production"); only the "AKC" API keys are adopted.
    ("artifactory", "ArtifactoryDetector", "bounded", (0,)),
)

_TOKEN_CHAR = regex.compile(r"[A-Za-z0-9_\-]")
_LEFT = {
    "prefixed": "",
    "bounded": r"(?<![A-Za-z0-9_\-])",
    "digits-before": r"(?<![0-9])",
}
_RIGHT = {"prefixed": "", "bounded": r"(?![A-Za-z0-9_\-])", "digits-before": r"(?![A-Za-z0-9_\-])"}
# The flags a catalogue pattern may carry, as the regex module spells them.
_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE
# Artifactory's patterns take the character around the key into the match.
_EDGE = regex.compile(r"^[\s=:\"]+|[\s\"]+$")


@functools.cache
def catalogue() -> tuple[tuple[str, str, int], ...]:
    """(name, pattern, flags) of every adopted catalogue pattern, bounded as declared."""
    out = []
    for module, name, bounding, indexes in ADOPTED:
        plugin = getattr(importlib.import_module(f"detect_secrets.plugins.{module}"), name)
        for i, pattern in enumerate(plugin.denylist):
            if indexes is not None and i not in indexes:
                continue
            source = pattern.pattern
            if pattern.flags & regex.VERBOSE:
                source = f"(?x:{source})"
            wrapped = f"{_LEFT[bounding]}(?:{source}){_RIGHT[bounding]}"
            out.append((f"{name}[{i}]", wrapped, pattern.flags & _FLAGS & ~regex.VERBOSE))
    return tuple(out)


def catalogue_version() -> str:
    from detect_secrets.__version__ import VERSION

    return str(VERSION)


def whole_token(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span over the token characters on both sides of it."""
    while start > 0 and _TOKEN_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _TOKEN_CHAR.match(text[end]):
        end += 1
    return start, end


class FieldCatalogueTokenRecognizer(FieldRecognizer):
    """Vendor tokens from detect-secrets' plugins (OpenAI, Telegram, Slack, Stripe,
    SendGrid, PyPI, Discord, Mailchimp, Twilio, Square, GitHub, GitLab, Azure
    storage, Artifactory), run under our regex time bound."""

    ENTITY = "VENDOR_TOKEN"
    CATEGORY = "credential"
    DESCRIPTION = "an API token"
    # Implied by every adopted pattern (tests/test_recognizers/test_secret_tables.py
    # checks each pattern's own sample against it).
    TRIGGER = (
        # Led by a literal where it can be, or by the "-", "_", "." or "=" a
        # prefix ends in, the prefix looked for behind it: the prefilter runs
        # on every value.
        r"-(?:(?<=xox[abposr]-|pypi-|sq0csp-|gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas)-)"
        r"|(?=us[0-9]))|_(?<=k_live_|gh[pousr]_)"
        r"|\.(?:(?<=sg\.)(?=[a-z0-9_\-]{22}\.)|(?=[a-z0-9_\-]{6}\.[a-z0-9_\-]{27})"
        r"|(?<=hooks\.)(?=slack\.com))|=(?<=accountkey=)"
        r"|t3blbkfj|:(?<=[0-9]:)[0-9a-z_\-]{35}|(?:ac|sk)[a-z0-9]{32}|gr1348941|akc[a-z0-9]{10}"
    )

    def __init__(self) -> None:
        # Scores a step below the older recognizers' (0.95): where two find the same
        # span, Presidio keeps the higher, so reports name the same one every run.
        self._compiled = [
            (name, regex.compile(pattern, flags), 0.94) for name, pattern, flags in catalogue()
        ]

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for _name, compiled, score in self._compiled:
            for match in self._finditer(compiled, text):
                start, end = match.span()
                edges = _EDGE.search(text[start:end])
                while edges is not None and start < end:
                    if edges.start() == 0:
                        start += edges.end()
                    else:
                        end = start + edges.start()
                    edges = _EDGE.search(text[start:end])
                if start < end:
                    yield (*whole_token(text, start, end), score)


class FieldLongTailTokenRecognizer(FieldRecognizer):
    """Vendor tokens detect-secrets has no plugin for (or only in one file's syntax).

    Each is a documented vendor prefix: Anthropic ``sk-ant-``, OpenAI project
    keys, Hugging Face ``hf_``, npm ``npm_``, DigitalOcean ``do[opr]_v1_``,
    Stripe test keys and ``whsec_`` signing secrets, Shopify ``shp..._``,
    Atlassian ``ATATT3``, Slack app and refresh tokens, AWS session tokens,
    HashiCorp Vault ``hvs.``, Mailgun ``key-``, Grafana ``glsa_``, Docker Hub
    ``dckr_pat_``, Google OAuth ``GOCSPX-``/``ya29.``, Sentry ``sntrys_``, Linear
    ``lin_api_``, PlanetScale ``pscale_tkn_``, Doppler ``dp.pt.``, Figma ``figd_``
    (each vendor's documented token format, as secret scanners' rule sets give it);
    and PyPI tokens shorter than the catalogue's pattern asks.
    """

    ENTITY = "VENDOR_TOKEN"
    CATEGORY = "credential"
    DESCRIPTION = "an API token"
    # The prefixes ending in "_", "-" or "." are looked for behind that mark:
    # a third of the cost of trying each prefix at every position.
    TRIGGER = (
        r"_(?<=hf_|api_org_|npm_|do[opr]_v1_|[sr]k_live_|[sr]k_test_|whsec_|shp(?:at|ca|pa|ss)_"
        r"|glsa_|dckr_pat_|sntrys_|lin_api_|pscale_tkn_|figd_|aio_)"
        r"|-(?:(?<=sk-(?:ant|proj|svcacct|admin|none)-|xapp-|gocspx-|bbff-|bbus-)"
        r"|(?<=key-)(?=[0-9a-f]{32})|(?<=pypi-)(?=age))"
        r"|\.(?<=hv[sbr]\.|ya29\.|dp\.pt\.|nnsxs\.)"
        r"|at[ac]tt3|xoxe|fwogzxivyxdz|iqojb3jpz2lux|session[_\-\s]?token[\"'\s:=]"
    )
    _B = r"(?<![A-Za-z0-9_\-])"
    _E = r"(?![A-Za-z0-9_\-])"
    PATTERNS = (
        ("anthropic", _B + r"sk-ant-[a-z0-9]{2,10}-[A-Za-z0-9_\-]{32,}", 0.93),
        ("openai-project", _B + r"sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{40,}", 0.93),
        ("huggingface", _B + r"(?:hf|api_org)_[A-Za-z]{34}" + _E, 0.93),
        ("npm", _B + r"npm_[A-Za-z0-9]{36}" + _E, 0.93),
        ("digitalocean", _B + r"do[opr]_v1_[a-f0-9]{64}" + _E, 0.93),
        ("stripe", _B + r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}", 0.93),
        ("stripe-webhook", _B + r"whsec_[A-Za-z0-9+/=]{24,}", 0.93),
        ("shopify", _B + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _E, 0.93),
        ("atlassian", _B + r"AT[AC]TT3[A-Za-z0-9_\-=]{100,}", 0.93),
        ("slack-app", _B + r"xapp-[0-9]+-[A-Za-z0-9]+-[0-9]+-[A-Za-z0-9]+", 0.93),
        ("slack-refresh", _B + r"xoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9\-]{20,}", 0.93),
        # HashiCorp Vault service, batch and recovery tokens.
        ("vault", _B + r"hv[sbr]\.[A-Za-z0-9_\-]{24,}" + _E, 0.93),
        ("mailgun", _B + r"key-[0-9a-f]{32}" + _E, 0.93),
        ("grafana-service-account", _B + r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}" + _E, 0.93),
        ("docker-hub", _B + r"dckr_pat_[A-Za-z0-9_\-]{27,}" + _E, 0.93),
        ("google-oauth-secret", _B + r"GOCSPX-[A-Za-z0-9_\-]{28}" + _E, 0.93),
        ("google-oauth-access", _B + r"ya29\.[A-Za-z0-9_\-]{30,}", 0.93),
        ("sentry", _B + r"sntrys_[A-Za-z0-9+/=_\-]{50,}", 0.93),
        ("linear", _B + r"lin_api_[A-Za-z0-9]{40}" + _E, 0.93),
        ("planetscale", _B + r"pscale_tkn_[A-Za-z0-9_\-.]{32,64}", 0.93),
        ("doppler", _B + r"dp\.pt\.[A-Za-z0-9]{43}" + _E, 0.93),
        ("figma", _B + r"figd_[A-Za-z0-9_\-]{40,}", 0.93),
        # IoT platforms: The Things Network's API keys (LoRaWAN), Adafruit IO's
        # keys, Ubidots' tokens.
        ("things-network", _B + r"NNSXS\.[A-Z2-7]{39}\.[A-Z2-7]{52}" + _E, 0.93),
        ("adafruit-io", _B + r"aio_[A-Za-z0-9]{28}" + _E, 0.93),
        ("ubidots", _B + r"BB(?:FF|US)-[A-Za-z0-9]{30}" + _E, 0.93),
        # PyPI's macaroons ("pypi-AgE..."), shorter than the catalogue's seventy
        # characters after the prefix: the fixed prefix says what it is, whatever its length.
        ("pypi-short", _B + r"pypi-AgE[A-Za-z0-9_\-]{40,}", 0.93),
        # STS session tokens: base64 of a protobuf whose first bytes are fixed.
        (
            "aws-session",
            r"(?<![A-Za-z0-9/+=])(?:FwoGZXIvYXdz|IQoJb3JpZ2luX)[A-Za-z0-9/+=]{80,}",
            0.93,
        ),
        (
            "aws-session-labelled",
            r"session[_\-\s]?token[\"'\s:=]{1,5}(?P<v>[A-Za-z0-9/+=]{100,})",
            0.9,
        ),
    )
    FLAGS = regex.IGNORECASE

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().spans(text):
            yield (*whole_token(text, start, end), score)


class FieldWebhookRecognizer(FieldRecognizer):
    """Webhook URLs whose path is the secret: Slack workflows, Discord, Microsoft Teams, IFTTT.

    The finding covers the secret part of the path (whoever holds it can post).
    """

    ENTITY = "URL_SECRET"
    CATEGORY = "credential"
    DESCRIPTION = "a secret in a URL"
    # (led by the ".com/" every one holds, the host looked for behind it)
    TRIGGER = (
        r"\.com/(?:(?<=hooks\.slack\.com/|webhook\.office\.com/|ifttt\.com/)"
        r"|(?<=discord(?:app)?\.com/)(?=api/webhooks/))"
    )
    PATTERNS = (
        (
            "slack",
            # services/T../B../...: the catalogue's Slack plugin has those.
            r"hooks\.slack\.com/(?:workflows|triggers)/(?P<v>[A-Za-z0-9_/\-]{16,})",
            0.95,
        ),
        (
            "discord",
            r"discord(?:app)?\.com/api/webhooks/(?P<v>[0-9]{6,}/[A-Za-z0-9_\-]{20,})",
            0.95,
        ),
        (
            "teams",
            r"webhook\.office\.com/webhook(?:b2)?/(?P<v>[A-Za-z0-9@/_\-]{30,})",
            0.95,
        ),
        (
            "ifttt",
            r"maker\.ifttt\.com/(?:trigger/[^/\s]+/(?:json/)?with/key|use)/(?P<v>[A-Za-z0-9_\-]{16,})",
            0.95,
        ),
    )
    FLAGS = regex.IGNORECASE
