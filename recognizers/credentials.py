"""Credentials: blocked wherever they appear."""

from __future__ import annotations

import base64
import binascii
import json

import regex

from recognizers.base import FieldRecognizer
from recognizers.secret_labels import CMDLET, is_placeholder

_I = regex.IGNORECASE
# Digits, symbols or mixed case: what tokens and encoded credentials have and words lack.
_CREDENTIAL_LIKE = regex.compile(r"[0-9+/=_~]|(?-i:[a-z][A-Z]|[A-Z].*[A-Z])")
_LOWER = regex.compile(r"[a-z]")
_UPPER = regex.compile(r"[A-Z]")
_DIGIT = regex.compile(r"[0-9]")
_LETTER = regex.compile(r"[a-zA-Z]")
_TOKEN_RUN = regex.compile(r"[A-Za-z0-9]{20,}")
MIN_TOKEN_CLASS = 4  # digits, and letters, in a user that is a token
_SLASH_OR_PLUS = regex.compile(r"[/+]")
_PORT = regex.compile(r"[0-9]{1,5}(?:/|$)")
_SHORT_NUMBER = regex.compile(r"[0-9]{1,5}")


class FieldUrlCredentialsRecognizer(FieldRecognizer):
    """``user:password@`` in the authority of a URL."""

    ENTITY = "URL_CREDENTIALS"
    CATEGORY = "credential"
    DESCRIPTION = "a user name and password in a URL"
    TRIGGER = r"://"
    PATTERNS = (
        # The user may be empty (redis://:pw@host) or an address left unescaped
        # (smtp://alice@corp.com:pw@host, as clients parse it: the userinfo ends
        # at the last "@"); the password may hold / + = @ #, so the userinfo
        # runs to the last "@" that a host name follows.
        (
            "userinfo",
            r"\b[a-z][a-z0-9+.\-]{1,15}://(?P<v>[^\s/?#:\"'<>]*:[^\s\"'<>]{1,256}?)"
            r"@(?=[a-z0-9\[][a-z0-9.\-\[\]:]*(?:[/?#\s\"',;)<>]|$))(?![^\s\"'<>@?]*@[a-z0-9\[])",
            0.95,
        ),
        (
            # A token alone as the user, as Git over HTTPS takes a personal access
            # token ("https://<PAT>@dev.azure.com/org/_git/repo"). Not Sentry's DSN,
            # whose key Sentry publishes for client code ("https://<key>@o1.ingest.sentry.io/1").
            "token-user",
            r"\b[a-z][a-z0-9+.\-]{1,15}://(?P<v>[a-z0-9_\-.~]{20,256})"
            r"@(?!o[0-9]+\.ingest\.)(?=[a-z0-9\[][a-z0-9.\-\[\]:]*(?:[/?#\s\"',;)<>]|$))",
            0.9,
        ),
    )
    FLAGS = _I

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        if pattern_name == "token-user":
            # twenty letters and digits in a run, several of each: a token, not a
            # service account's name ("postgres://payroll_app@db...", "backup_2024_01")
            run = _TOKEN_RUN.search(pattern_text)
            return (
                None
                if run is not None
                and len(_DIGIT.findall(run.group())) >= MIN_TOKEN_CLASS
                and len(_LETTER.findall(run.group())) >= MIN_TOKEN_CLASS
                else False
            )
        # host:8443/path@x is a port and a path, not a password; after a user
        # that is an address, "git@github.com:org/repo.git@v1.0" a path too
        # (scp's syntax under a scheme), which a slash tells.
        user, password = pattern_text.split(":", 1)
        if _PORT.match(password) or ("@" in user and "/" in password):
            return False
        return None


class FieldHostCredentialsRecognizer(FieldRecognizer):
    """``user:password@host`` without a scheme, as a host field or a connection
    line holds it (``looker:pw@db.example.internal:5432``)."""

    ENTITY = "URL_CREDENTIALS"
    CATEGORY = "credential"
    DESCRIPTION = "a user name and password before a host name"
    # Led by the "@" (rare), the "user:password" looked for behind it.
    TRIGGER = r"@(?<=:[^\s@:/\"'<>]{1,128}@)"
    PATTERNS = (
        (
            "userinfo",
            # Not inside a longer token or after a scheme's "//" (the URL pattern's);
            # mailto:, sip: and the like are schemes without "//", not a user.
            r"(?<![\w.+\-/:@%])(?!(?:mailto|sips?|xmpp|tel|im|pres|urn):)"
            r"(?P<v>[a-z0-9][a-z0-9._\-]{0,63}:[^\s@:/\"'<>]{1,128})"
            r"@(?=[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+(?::[0-9]{1,5})?(?:[/?#\s\"',;)<>]|$))",
            0.85,
        ),
    )
    FLAGS = _I

    def validate_result(self, pattern_text: str) -> bool | None:
        # A word after a label ("Contact:jane.doe@...") is an address's local
        # part; a password has digits, symbols or mixed case. "10:30@..." is a time.
        password = pattern_text.split(":", 1)[1]
        if _SHORT_NUMBER.fullmatch(password) or not _CREDENTIAL_LIKE.search(password):
            return False
        return None


class FieldOracleCredentialsRecognizer(FieldRecognizer):
    """Oracle's ``user/password@//host:port/service`` (EZConnect) and, after a
    connect word, ``user/password@alias``."""

    ENTITY = "URL_CREDENTIALS"
    CATEGORY = "credential"
    DESCRIPTION = "a user name and password in a URL"
    # Led by the "@" (rare), the "user/password" looked for behind it.
    TRIGGER = r"@(?<=/[^\s@/\"']{1,64}@)"
    _USERPASS = r"(?P<v>[a-z][a-z0-9_$#]{0,29}/[^\s@/\"']{1,64})@"
    PATTERNS = (
        ("ezconnect", r"(?<![a-z0-9_/.:])" + _USERPASS + r"//[a-z0-9]", 0.9),
        (
            "connect",
            r"\b(?:sqlplus|rman|expdp|impdp|sqlldr|oracle|tns|dsn|connect(?:ion)?(?:[ _]string)?)"
            r"\W{1,5}" + _USERPASS + r"[a-z0-9]",
            0.85,
        ),
    )
    FLAGS = _I


# A query parameter's value: up to the next parameter, the fragment or a
# character a URL never holds unencoded (RFC 3986: quotes, angle brackets,
# braces, backslashes...), so the value ends where the text holding the URL
# closes it ('"url": "...&sig=abc"}', "curl '...?token=abc'"), not past the
# closing quote into the document; nor on the punctuation after it.
_QUERY_VALUE = (
    r"(?P<v>[^&#\s\"<>\\{{}}|^`\[\]]{{{least},}}"
    r"(?<![',;.)]))"
)


class FieldUrlSecretRecognizer(FieldRecognizer):
    """Secrets passed as URL query parameters (tokens, keys, signatures)."""

    ENTITY = "URL_SECRET"
    CATEGORY = "credential"
    DESCRIPTION = "a secret query parameter of a URL"
    TRIGGER = r"[?&][a-z_\-]+="
    PATTERNS = (
        (
            "query",
            r"[?&](?:access_token|id_token|refresh_token|token|auth|auth_token|api[_-]?key"
            r"|apikey|password|passwd|pwd|secret|client_secret|sig|signature|x-amz-signature"
            r"|x-amz-credential|x-amz-security-token|aws_secret_access_key|private_key"
            r"|session_token|sas|code)=" + _QUERY_VALUE.format(least=4),
            0.9,
        ),
        ("key", r"[?&]key=" + _QUERY_VALUE.format(least=16), 0.6),
    )
    FLAGS = _I


class FieldAwsAccessKeyRecognizer(FieldRecognizer):
    ENTITY = "AWS_ACCESS_KEY_ID"
    CATEGORY = "credential"
    DESCRIPTION = "an AWS access key id"
    TRIGGER = r"(?-i:AKIA|ASIA|ABIA|ACCA)"
    PATTERNS = (
        ("akid", r"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])", 0.9),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        # AWS's documentation keys (AKIAIOSFODNN7EXAMPLE) are published examples.
        return False if pattern_text.endswith("EXAMPLE") else None


class FieldAwsSecretKeyRecognizer(FieldRecognizer):
    """40-character secret access keys, only next to words that name them."""

    ENTITY = "AWS_SECRET_ACCESS_KEY"
    CATEGORY = "credential"
    DESCRIPTION = "an AWS secret access key"
    # (tried only where a run of the characters starts: a run of 40 or more
    # matches there, and every later start would read the same run again)
    TRIGGER = r"(?<![a-z0-9/+])[a-z0-9/+]{40}"
    PATTERNS = (
        (
            "in-context",
            r"(?:secret[_ \-]?(?:access[_ \-]?)?key(?:[_ \-]?id)?|aws[_ \-]?secret|aws[_ \-]?sk"
            r"|secretaccesskey)[\"'\s:=]{1,5}"
            r"(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            0.9,
        ),
        # After the bare word "secret": 40 base64 characters of mixed case and digits.
        (
            "secret",
            r"\bsecret[\"'\s:=]{1,5}(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            0.85,
        ),
        # Right after an access key id, as the pair is pasted ("AKIA... / ...",
        # "AKIA...:...", "AKIA..., ..."): 40 base64 characters of mixed case and digits.
        (
            "after-key-id",
            r"(?-i:\b(?:AKIA|ASIA)[A-Z0-9]{16})\s{0,3}[/:,;|]?\s{0,3}"
            r"(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            0.85,
        ),
        # Alone, 40 base64 characters with a / or + and mixed classes: a
        # secret key far more often than anything else in a field.
        # Not the last line of a PEM body (lines of 64 before it, its END line after).
        (
            "alone",
            r"(?<![A-Za-z0-9/+=])(?<![A-Za-z0-9/+=]{60}\r?\n)(?P<v>[A-Za-z0-9/+]{40})"
            r"(?![A-Za-z0-9/+=])(?!\s*-----END)",
            0.6,
        ),
    )
    FLAGS = _I

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        if "EXAMPLE" in pattern_text:
            return False
        if pattern_name == "in-context":
            return None
        mixed = (
            _LOWER.search(pattern_text)
            and _UPPER.search(pattern_text)
            and _DIGIT.search(pattern_text)
        )
        if pattern_name == "alone":
            mixed = mixed and _SLASH_OR_PLUS.search(pattern_text)
        return None if mixed else False


class FieldVendorTokenRecognizer(FieldRecognizer):
    """API tokens whose vendor prefix makes them certain."""

    ENTITY = "VENDOR_TOKEN"
    CATEGORY = "credential"
    DESCRIPTION = "an API token"
    # Triggers are searched ignoring case: a scoped case-sensitive group
    # ("(?-i:AIza)") made this one three times slower, and the wider "aiza"
    # lets few more values through to the patterns, which keep the case.
    TRIGGER = r"gh[pousr]_|github_pat_|glpat-|xox[abposr]-|_live_|_test_|aiza"
    PATTERNS = (
        ("github", r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9])", 0.95),
        ("github-pat", r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{60,255}", 0.95),
        ("gitlab", r"(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_\-]{20,}", 0.95),
        ("slack", r"(?<![A-Za-z0-9_])xox[abposr]-[A-Za-z0-9\-]{10,}", 0.95),
        ("stripe", r"(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}", 0.95),
        ("google", r"(?<![A-Za-z0-9_])AIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 0.95),
    )


def _b64json(part: str) -> object:
    padded = part + "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))


class FieldJwtRecognizer(FieldRecognizer):
    ENTITY = "JWT"
    CATEGORY = "credential"
    DESCRIPTION = "a JSON Web Token"
    TRIGGER = r"(?-i:eyJ)"
    PATTERNS = (
        (
            "jwt",
            # After "-" or "_" too ("session-eyJ..."): decoding decides.
            r"(?<![A-Za-z0-9])eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        header, payload = pattern_text.split(".")[:2]
        try:
            head, body = _b64json(header), _b64json(payload)
        except (ValueError, binascii.Error, UnicodeDecodeError):
            return False
        return isinstance(head, dict) and "alg" in head and isinstance(body, dict)


class FieldPrivateKeyRecognizer(FieldRecognizer):
    """PEM private keys; the BEGIN line alone is enough (a truncated key still leaks)."""

    ENTITY = "PRIVATE_KEY"
    CATEGORY = "credential"
    DESCRIPTION = "a private key"
    # (every pattern's BEGIN line: one literal, searched fast)
    TRIGGER = r"-----BEGIN"
    PATTERNS = (
        (
            "pem",
            r"-----BEGIN[A-Z ]{0,20}PRIVATE KEY(?: BLOCK)?-----"
            # The body up to its END line, escaped newlines ("\\n" pasted from JSON) included;
            # a key cut short still takes its body, up to the first character no body holds.
            r"(?:[A-Za-z0-9+/=\s:\-,\\]{0,20000}?-----END[A-Z ]{0,20}PRIVATE KEY(?: BLOCK)?-----"
            r"|(?:[A-Za-z0-9+/=\r\n]|\\[rn]){0,20000})",
            0.95,
        ),
        # OpenVPN's static key (tls-auth, tls-crypt, --secret): 2,048 bits in hex.
        (
            "openvpn-static",
            r"-----BEGIN OpenVPN Static key V1-----"
            r"(?:[0-9a-fA-F\s\\rn]{0,2000}?-----END OpenVPN Static key V1-----"
            r"|(?:[0-9a-fA-F\r\n]|\\[rn]){0,2000})",
            0.95,
        ),
    )


# Authorization schemes that carry a credential after them.
AUTH_SCHEMES = r"bearer|basic|token|digest"


class FieldAuthHeaderRecognizer(FieldRecognizer):
    """``Bearer``/``Basic`` credentials in HTTP header values given to a service."""

    ENTITY = "AUTH_HEADER"
    CATEGORY = "credential"
    DESCRIPTION = "credentials of an Authorization header"
    # (led by the space after the scheme, the scheme looked for behind it)
    TRIGGER = rf"\s(?<=(?:{AUTH_SCHEMES})\s)\s*[a-z0-9._~+/\-]{{8}}"
    PATTERNS = (
        (
            "scheme",
            # after a space, a quote or a bracket opening a value ("auth": "Bearer ...")
            rf"(?:^|(?<=authorization[\"'\s:=]{{1,4}})|(?<=[\s\"'`(\[=]))(?:{AUTH_SCHEMES})\s+"
            r"(?P<v>[A-Za-z0-9._~+/\-]{8,}=*)",
            0.85,
        ),
    )
    FLAGS = _I

    def validate_result(self, pattern_text: str) -> bool | None:
        # "basic knowledge", "token exchange": a credential is not a plain word.
        return None if _CREDENTIAL_LIKE.search(pattern_text) else False


class FieldPasswordRecognizer(FieldRecognizer):
    """``password=...`` style assignments in free text.

    Not a colon-delimited segment (``...:secret:MySecret-AbCdEf`` in a Secrets
    Manager ARN is a name, not an assignment).
    """

    ENTITY = "PASSWORD"
    CATEGORY = "credential"
    DESCRIPTION = "a password"
    TRIGGER = r"[:=](?<=(?:password|passwd|pwd|passphrase|secret|key|token)[\"']?\s*[:=])"
    PATTERNS = (
        (
            "assignment",
            r"(?<!:)\b(?:password|passwd|pwd|passphrase|secret|api[_\-]?key|access[_\-]?token)"
            # ("&" ends it only before a query's next parameter, a backslash
            # only where it escapes a quote or writes a line's end or a tab:
            # text quoted inside a JSON string, "password: s3cr3t\\nalerts:")
            r"[\"']?\s*[:=]\s*[\"']?"
            # (not PowerShell's "$pw = Get-Credential": a command called)
            rf"(?!(?<=\$[\w.\-]{{0,60}}\s*=\s*){CMDLET}(?![^\s;|)]))"
            r"(?P<v>(?:[^\s\"',;&\\]|\\(?![\"'nrt])|&(?![A-Za-z_][\w.\-]*=)){4,}(?<!\\))",
            0.85,
        ),
    )
    FLAGS = _I

    def validate_result(self, pattern_text: str) -> bool | None:
        return False if is_placeholder(pattern_text) else None
