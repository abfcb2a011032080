"""Secrets known by the label in front of them, in the syntaxes people paste.

Env lines (``DB_PASSWORD=``, ``PGPASSWORD=``, ``SECRET_KEY = '...'``), JSON and
YAML keys (``"dbPassword":``, ``client_secret:``, ``pass:``), labels in other
languages (``Passwort``, ``mot de passe``, ``contraseña``, ``пароль``), short
forms (``pw=``, ``pwd``), command lines (``sshpass -p``, ``mysql -p...``,
``docker login -p``, ``--password``, ``curl -u``), secret HTTP headers
(``X-API-Key``, ``Ocp-Apim-Subscription-Key``, ``x-functions-key``, ``Cookie``,
``Authorization: ApiKey ...``) and base64 ``user:password`` blobs.

A value after a label is a secret unless it is a placeholder (``${DB_PASS}``,
``<password>``, ``****``, ``none``). In prose (``label: value`` with a space),
a plain lower-case word is not taken ("API key: rotated weekly"): a secret
there has a digit, a symbol or mixed case.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Mapping
from typing import ClassVar

import regex

from recognizers import bounded
from recognizers.base import FieldRecognizer

_I = regex.IGNORECASE

# English label words, as they end an identifier (db_password, dbPassword, PGPASSWORD).
_WORDS = (
    r"pass(?:word|wd|phrase|code)?|pwd|pw|psk|secret(?:[_\-]?key)?|client[_\-]?secret"
    r"|api[_\-]?key|apikey|private[_\-]?key|credentials?"
    # Azure's connection strings (IoT Hub, Service Bus, Event Hubs) carry the key
    # itself under this name ("...;SharedAccessKey=<base64>")
    r"|shared[_\-]?access[_\-]?key"
    # A wireless network's key is its password ("WPA2 key", "wifi key:").
    r"|(?:wi-?fi|wlan|wpa2?|wep|network)[ _\-]?key"
    # A pre-shared key (WireGuard's "PresharedKey =", a wireless profile's "wpa2-pre-shared-key=").
    r"|pre[_\-]?shared[_\-]?key"
    r"|(?:access|auth|api|bearer|refresh|bot|session|app|client|id|personal[_\-]?access)"
    r"[_\-]?token"
)
# The same in other languages (German, French, Spanish, Portuguese, Italian, Dutch,
# Polish, Czech, Swedish, Danish/Norwegian, Finnish, Turkish, Hungarian, Russian,
# Ukrainian, Bulgarian, Greek, Chinese, Japanese, Korean, Arabic, Hebrew, Hindi,
# Vietnamese).
FOREIGN_PASSWORD_LABELS = (
    r"passwort|kennwort|mot[ _\-]?de[ _\-]?passe|mdp|contrase[ñn]a|clave|senha|parola d'ordine"
    r"|wachtwoord|has[łl]o|heslo|l[öo]senord|adgangskode|passord|salasana|[şs]ifre|parola"
    r"|jelsz[óo]|пароль|парола|κωδικός|密码|密碼|口令|パスワード|비밀번호|كلمة ال?مرور"
    r"|סיסמ[הא]|पासवर्ड|mật[ _\-]?khẩu|kata[ _\-]?sandi|kata[ _\-]?laluan|sandi|parool"
    r"|slaptažodis|parole"
    r"|parolă|lozinka|geslo|lykilorð|wagwoord|contrasenya|pasahitza|nenosiri|رمز عبور"
    r"|گذرواژه|รหัสผ่าน"
    # Portuguese (Portugal), Estonian, Serbian and Macedonian in Cyrillic, Welsh, Irish
    r"|palavra[ _\-]?passe|salas[õo]na|лозинка|cyfrinair|pasfhocal"
)
# Glued prefixes seen before a lower-case label word ("dbpassword"); others
# ("bypass", "compass") are words, not labels.
_GLUED = frozenset(
    "db pg my sql mysql admin root master user app smtp mail ftp sftp ssh redis ldap bind "
    "wifi vault sa rds key store keystore truststore sudo login web api oauth".split()
)
# A label, as the patterns read it, and the words a key may add after it
# ("password_value", "apiKeyStr").
_LABEL = rf"(?P<label>{_WORDS}|{FOREIGN_PASSWORD_LABELS})"
_SUFFIX_WORDS = r"(?:value|str|string|plain)"
_SUFFIX = rf"(?:[_\-]?{_SUFFIX_WORDS})?"
_LAST = (
    rf"(?:pass(?:word|wd|phrase|code)?|pwd|pw|psk|secret|key|credentials?|token|{FOREIGN_PASSWORD_LABELS})"
    rf"{_SUFFIX}"
)
# A user's label before a password's, or a login's label alone, that a user
# and a password follow ("user/pass: admin / Sommer!2024!", "Zugang: techniker
# / Fahrrad@2023x"): English, German, French, Spanish, Portuguese, Italian, Dutch.
_USER_LABELS = r"user(?:name)?|login|benutzer(?:name)?|utilisateur|usuario|usuário|utente|gebruiker"
_LOGIN_LABELS = (
    r"log-?in|credentials|creds|zugang(?:sdaten)?|anmeldedaten|identifiants"
    r"|acc[eè]s|acceso|credenciales|credenciais|dados de acesso|accesso|credenziali"
    r"|inloggegevens"
)
# ("คือ", Thai's "is", is written glued to the label: "รหัสผ่านคือ ...")
# (after a YAML key, a block scalar's indicator and the line's end: "password: |")
_SEP = (
    r"(?P<sep>\s*(?:\\?[\"'])?\s*(?::=|=>|[:=\uff1a])\s*(?:[|>][+\-]?[ \t]*(?:\n|\\n)\s*)?"
    r"|\s+(?:is|ist|est|es|é)\s+|\s*คือ\s*)"
)
_VALUE = (
    r"(?|\\?\"(?P<v>[^\"\n\\]{3,200})\\?\"|'(?P<v>[^'\n]{3,200})'"
    # (SQL Server's and Oracle's national string: "WITH PASSWORD = N'...'")
    r"|(?-i:N)'(?P<v>[^'\n]{3,200})'"
    # ("&" ends it only before a query's next parameter: "pwd=Tr0ub4dor&3" is one)
    r"|(?P<v>[^\s\"'\\,;&<>(){}\[\]](?:[^\s\"'\\,;&]|&(?![A-Za-z_][\w.\-]*=)){2,199}))"
)
# Where a secret is kept instead of the secret (the stores' names).
_STORE = (
    r"(?:vault|secrets?[\s_\-]?manager|ssm|parameter[\s_\-]?store|keychain|kms"
    r"|key[\s_\-]?vault|secret[\s_\-]?store"
    # Password managers.
    r"|1password|lastpass|bitwarden|keepass(?:xc)?|dashlane|doppler|cyberark)"
)
# The heads of token names that are no credential: a listing's place, a
# request's idempotency, a tokenizer's special tokens, a count.
_PLAIN_TOKEN_HEADS = (
    r"(?<![A-Z0-9])(?:NEXT|PREV|PREVIOUS|PAGE|PAGINATION|CONTINUATION|CURSOR|SYNC|RESUME"
    r"|IDEMPOTENCY|CANCEL|CANCELLATION|CSRF|XSRF|PAD|BOS|EOS|UNK|SEP|CLS|MASK|START|END"
    r"|STOP|MAX|MIN|LAST|FIRST|NUM|DEFAULT)_"
)
_PLACEHOLDER = regex.compile(
    r"^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\{.*|\{\{.*\}\}|<[^>]*>|%\(?[A-Za-z_]+\)?s?|\*+|x{3,}|\.{3,}"
    r"|%%?[A-Za-z_][A-Za-z0-9_]*%%?"
    # A command's output in the secret's place: "$(aws secretsmanager get-secret-value ...)".
    r"|\$\(.*|`.*"
    # "CHANGE_ME_IN_SSM", "change me later"; not "Changeme!23" or "ChangeMe_2024".
    r"|none|null|nil|true|false|yes|no|required|optional|change[_\-\s]?me(?:(?:[_\-\s]|\\[nrt])+\p{L}.*)?"
    r"|\[?(?:redacted|hidden|masked|removed|omitted)\]?"
    r"|secret|password|string|str|env|undefined|n/a|tbd|todo|example|placeholder|dummy"
    # A word asking for one to be made (zigbee2mqtt's "network_key: GENERATE").
    r"|generate|random|auto"
    # (a brace opens a template's variable; "{SSHA}" opens an LDAP password's hash)
    r"|your[_\-].*|<.*|arn:.*|\{(?!s?sha(?:256|512)?\}).*|replace[_\-]?me|.*[_\-\s]here"
    # Where the secret lives instead of the secret: "see-vault", "stored in Secrets
    # Manager", "see SSM /prod/db", "siehe Secrets Manager", "vault:rx/robot";
    # "stored" in French, Spanish, Portuguese, German, Italian and Dutch too
    # ("stocké dans SSM /momo/prod/api", "guardado en Vault").
    rf"|(?:see|stored|kept|in|from|via|set|lives|siehe|voir|ver|vedi|zie|stocké|stocke|conservé"
    r"|conserve|guardad[oa]|almacenad[oa]|armazenad[oa]|gespeichert|hinterlegt|salvat[oa]"
    rf"|memorizzat[oa]|opgeslagen)\b.*\b{_STORE}\b.*"
    rf"|(?:\p{{L}}+[\-_])?{_STORE}:\S*"
    # What was done to it, not the secret: "rotated 2026-11-02", "revoked".
    r"|(?:rotated|revoked|expired)(?:\s.*)?"
    # An auth scheme's word before a template's variable: "Bearer <token>",
    # "SSWS ${OKTA_TOKEN}", "Token {{api_token}}".
    r"|[A-Za-z][A-Za-z\-]{1,30}\s+(?:\$\{[^}]*\}|<[^>]*>|\{\{[^}]*\}\}|\$[A-Za-z_][A-Za-z0-9_]*)"
    # Code reading it from the environment or a store: "os.environ['DB_PASSWORD']",
    # "os.getenv(...)", "process.env.DB_PASS", "System.getenv(...)", "ENV['...']",
    # PowerShell's "(Get-SECSecretValue -SecretId ...)".
    r"|(?:os\.environ|os\.getenv|process\.env|system\.getenv|env\[|environment\.getenvironmentvariable).*"
    r"|\((?:get|read|invoke|import)-[a-z]+.*"
    r")$",
    _I,
)
# Escapes a JSON document leaves glued to a value: "${DB_PASS}\n".
_TRAILING_ESCAPES = regex.compile(r"(?:\\[nrt])+$")
# A label's number or index ("Password1", "password[0]", 'char pass[] = "..."').
_INDEX = r"[0-9]?(?:\[[0-9]{0,4}\])?"
_LETTER = regex.compile(r"[^\W\d_]")
_DIGIT = regex.compile(r"[0-9]")
# (an escape's letter is no part of the word: "ssid=Lab\\npsk=..." is "psk" on a new line)
_GLUED_TAIL = regex.compile(r"(?:(?<=\\)[nrt])?(?P<word>[A-Za-z0-9]*)\Z")
_IDENT_TAIL = regex.compile(r"[A-Za-z0-9_.\-]+\Z")
_SPACE = regex.compile(r"\s")
# A PowerShell command's name, Verb-Noun ("Get-Credential", "ConvertTo-SecureString"):
# bare after a variable's "=", the language calls it.
CMDLET = r"(?-i:[A-Z][a-z]+(?:[A-Z][a-z]+)?-[A-Z][A-Za-z]{1,40})"
_CMDLET = regex.compile(CMDLET)
_TOKEN_REST = regex.compile(r"[^\s\"'\\,;]*")
_SECRETISH = regex.compile(r"[0-9]|[^\w\s]|(?-i:[a-z][A-Z]|[A-Z].*[A-Z])", _I)


def is_placeholder(value: str) -> bool:
    value = _TRAILING_ESCAPES.sub("", value)
    return bounded.match(_PLACEHOLDER, value) is not None


class FieldLabelledSecretRecognizer(FieldRecognizer):
    """A value after a label that names a password, secret, key or token."""

    ENTITY = "PASSWORD"
    CATEGORY = "credential"
    DESCRIPTION = "a password"
    # The start of an assignment after the label's last word: what every match
    # holds. Led by the separator, the label looked for behind it (much cheaper
    # than trying the label's alternatives at every position of every value).
    TRIGGER = (
        # (grouped by the character that leads them: each is tried once a position)
        rf"[:=\uff1a](?:(?<={_LAST}{_INDEX}\s*(?:\\?[\"'])?\s*[:=\uff1a])"
        # ... a word or two saying whose before the colon ("password for admin:"),
        # a name/value pair's value ("- name: DB_PASSWORD\n  value: ..."), or a
        # bean's attribute naming a secret before its value ('name="password" value=')
        rf"|(?<=:)(?:(?<={_LAST}(?:\s+\p{{L}}+){{1,2}}\s*:)|(?<=value\\?[\"']?\s*:))"
        rf"|(?<==)(?<={_LAST}[\"']\s+value=))"
        # a C macro's quoted value after its name ('#define WIFI_PASS "..."')
        rf"|\"(?<={_LAST}[ \t]+\")"
        # PHP's constant, its name and value the arguments of define(
        r"|\((?<=define\s*\()"
        rf"|\s(?:(?:is|ist|est|es|é)\s(?<={_LAST}{_INDEX}\s+(?:is|ist|est|es|é)\s)"
        # A user and a password after a login's label: the slash between them,
        # a space before it (a path's or an ARN's slashes have none).
        rf"|/(?<=(?:{_LAST}|{_LOGIN_LABELS})\s*:?\s+[^\s/:]{{1,64}}\s/)"
        # A space before a token with a digit, then the label looked for behind it.
        rf"|(?=[ \t]*[^\s\"'\\,;]*[0-9])(?<={_LAST}{_INDEX}\s))"
        # Thai's "is", glued to the words before it: "รหัสผ่าน wifi ช่างคือ ..."
        rf"|คือ(?<={_LAST}{_INDEX}(?:\s+[\p{{L}}\p{{M}}]+){{0,2}}\s*คือ)"
        # An XML element named for a secret: its start tag's ">" (an
        # appSettings' key="..." trips the first: "key=" is a label's); or an
        # element's attribute naming one, before its text ('name="wifi_password">').
        rf"|>(?:(?<=<[^<>]{{0,60}}{_LAST}>)|(?<={_LAST}[\"'][^<>]{{0,60}}>))"
    )
    PATTERNS = (
        (
            "label",
            rf"{_LABEL}{_SUFFIX}"
            # (a number after it: Tasmota's "Password1", a second network's
            # "psk2"; a C array's brackets: 'char pass[] = "..."')
            rf"[0-9]?(?![A-Za-z0-9])(?:\[[0-9]{{0,4}}\])?{_SEP}{_VALUE}",
            0.84,
        ),
        # A C macro named for a secret, as firmware sketches define the
        # network's and the broker's ('#define WIFI_PASSWORD "..."'): the
        # label begins a word of the macro's name and ends it.
        (
            "define",
            r"#[ \t]*define[ \t]+(?:[A-Za-z0-9]+_)*"
            rf"{_LABEL}(?:_{_SUFFIX_WORDS})?"
            r"(?P<sep>[ \t]+)\"(?P<v>[^\"\n]{1,200})\"",
            0.84,
        ),
        # PHP's constant named for a secret, as WordPress' wp-config.php
        # defines the database's password and its keys and salts
        # ("define( 'DB_PASSWORD', '...' );", "define('AUTH_KEY', '...');").
        (
            "php-define",
            r"\bdefine\s*\(\s*['\"](?:(?:[A-Za-z0-9]+_)*"
            rf"{_LABEL}(?:_{_SUFFIX_WORDS})?"
            r"|(?P<label>(?:SECURE_)?(?:AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)))"
            r"['\"]\s*,(?P<sep>\s*)['\"](?P<v>[^'\"\n]{1,200})['\"]",
            0.84,
        ),
        # The label, a word or two saying whose ("mật khẩu quản trị:", "kata
        # sandi router:", "password for admin:"), a colon, and a value that
        # has letters and digits or symbols (checked in _keep).
        (
            "qualified",
            rf"{_LABEL}(?:\s+\p{{L}}+){{1,2}}(?P<sep>\s*:\s*)"
            r"(?P<v>[^\s\"'\\,;&<>(){}\[\]][^\s\"'\\,;]{7,199})",
            0.8,
        ),
        # ... or Thai's "is" glued to the words before it ("รหัสผ่าน wifi
        # เข้าเครื่องคือ ..."), read back from it (Thai's marks are no letters).
        (
            "thai",
            rf"คือ(?<=(?:{_WORDS}|{FOREIGN_PASSWORD_LABELS})(?:\s+[\p{{L}}\p{{M}}]+){{1,2}}คือ)"
            r"(?P<sep>\s*)(?P<v>[^\s\"'\\,;&<>(){}\[\]][^\s\"'\\,;]{7,199})",
            0.8,
        ),
        # A user, a slash and a password after labels naming both or a login's
        # label; the password strong (checked in spans).
        (
            "paired",
            # (read back from the slash, as the trigger is: trying the labels at
            # every position costs more than all the other patterns together)
            r"\s/(?<=(?:(?:"
            + _USER_LABELS
            + r")\s*/\s*(?:"
            + _WORDS
            + "|"
            + FOREIGN_PASSWORD_LABELS
            + ")|"
            + _LOGIN_LABELS
            + r")(?![\p{L}\p{N}])"
            r"(?P<sep>\s*:\s*|\s+)[^\s/:\"'\\,;]{1,64}\s/)\s*"
            r"(?P<v>[^\s\"'\\,;&<>(){}\[\]/][^\s\"'\\,;]{5,199})",
            0.84,
        ),
        # A template's parameter named for a password, and its default value
        # (a provisioning template's "WifiPassword": {"Type": "String",
        # "Default": "..."}): the label is the object's key, the value two keys down.
        (
            "parameter",
            rf"{_LABEL}{_SUFFIX}"
            r"\\?[\"']\s*:\s*\{(?P<sep>[^{}]{0,300}?\\?[\"'](?:default(?:[_\-]?value)?|value)"
            r"\\?[\"']\s*:\s*)\\?[\"'](?P<v>[^\"'\\\n]{4,200})\\?[\"']",
            0.84,
        ),
        # An XML element named for a secret, as configuration files write one
        # (Maven's settings.xml, a job document's payload): "<password>...</password>",
        # "<dbPassword>", "<apiKey>"; the element's text is the secret.
        (
            "element",
            rf"<[A-Za-z0-9_.\-:]{{0,60}}?{_LABEL}{_SUFFIX}"
            r"(?P<sep>>)(?P<v>[^<>\s]{4,200})</",
            0.84,
        ),
        # .NET's appSettings: a key attribute naming a secret, then the value
        # attribute ('<add key="DbPassword" value="..."/>'); Spring's beans
        # ('<property name="password" value="..."/>').
        (
            "attribute",
            rf"\b(?:key|name)=(?P<q>[\"'])[A-Za-z0-9_.\-:]{{0,60}}?{_LABEL}{_SUFFIX}"
            r"(?P=q)(?P<sep>\s+value=)"
            r"(?P<q2>[\"'])(?P<v>[^\"'<>]{4,200})(?P=q2)",
            0.84,
        ),
        # A name/value pair naming a secret, as container definitions list the
        # environment (Kubernetes' "- name: DB_PASSWORD / value: ...", ECS'
        # {"name": "API_KEY", "value": "..."}).
        (
            "pair",
            r"(?<![A-Za-z0-9_])(?:name|key)\\?[\"']?\s*:\s*\\?[\"']?[A-Za-z0-9_.\-]{0,60}?"
            rf"{_LABEL}{_SUFFIX}"
            r"\\?[\"']?(?P<sep>\s*,?\s*(?:\\[nrt]\s*)*(?:-\s*)?\\?[\"']?value\\?[\"']?\s*:\s*)"
            r"\\?[\"']?(?P<v>[^\"'\s,}\\]{4,200})",
            0.84,
        ),
        # An element whose name attribute names a secret, its text the secret:
        # Android's resources ('<string name="wifi_password">...</string>'),
        # Java's XML properties ('<entry key="db.password">...</entry>').
        (
            "named",
            rf"<[A-Za-z][A-Za-z0-9_.\-:]{{0,30}}\s+(?:name|key)=(?P<q>[\"'])[A-Za-z0-9_.\-:]{{0,60}}?"
            rf"{_LABEL}{_SUFFIX}"
            r"(?P=q)(?P<sep>[^<>]{0,60}>)(?P<v>[^<>\s]{4,200})</",
            0.84,
        ),
        # An environment variable named for a service's token, in capitals as
        # shells and CI settings write them ("VAULT_TOKEN=...", "GITHUB_TOKEN:
        # ..."): the service's name before "_TOKEN" is no label word, but the
        # name's form says a credential; not the tokens that mark a place in a
        # listing or a tokenizer's special ones ("NEXT_TOKEN", "PAD_TOKEN").
        (
            "env-token",
            r"(?<![A-Za-z0-9_])(?-i:(?:[A-Z][A-Z0-9]*_)+(?<!"
            + _PLAIN_TOKEN_HEADS
            + r")(?P<label>TOKEN))(?![A-Za-z0-9_])"
            + _SEP
            + _VALUE,
            0.84,
        ),
        # The label, a space, and a strong value of eight characters or more,
        # a digit among them, that ends the token ("passwd 5WXP_+.m2cNUT2",
        # "jelszó Trafo23+kocka").
        (
            "spaced",
            rf"{_LABEL}[0-9]?(?P<sep>[ \t]+)"
            r"(?=[^\s\"'\\,;]*[0-9])"
            r"(?P<v>[^\s\"'\\,;&<>(){}\[\]][^\s\"'\\,;]{7,199})(?![^\s,;])",
            0.8,
        ),
    )
    FLAGS = _I
    # (read case-folded, as the patterns ignore case: "VALUE:" is a pair's too)
    PATTERN_HINTS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "paired": ("/",),
        "thai": ("คือ",),
        "element": ("</",),
        "attribute": ("value=",),
        "named": ("</",),
        "pair": ("value",),
        "define": ("define",),
        "php-define": ("define",),
        "env-token": ("token",),
    }

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for name, compiled, score in self._patterns_for(text):
            for m in self._finditer(compiled, text):
                if name in _TIED:
                    if self._glued_word(m) or is_placeholder(m.group("v")):
                        continue
                    yield m.start("v"), m.end("v"), score
                    continue
                checked = name in _CHECKED
                end = m.end("v")
                if not checked and text[end : end + 1] == "&" and "=" not in m.group("sep"):
                    # "password: Jeepney&2025wg": an "&" ends a value only in a
                    # query string ("pwd=x&user=y"); after a colon it is the secret's.
                    tail = _TOKEN_REST.match(text, end)
                    end = tail.end() if tail is not None else end
                value = text[m.start("v") : end]
                keep = is_strong(value) if checked else self._keep(m, value)
                if keep and not (checked and is_placeholder(value)):
                    yield m.start("v"), end, score

    @staticmethod
    def _glued_word(m: regex.Match[str]) -> bool:
        """A lower-case label glued to letters that make it a word ("bypass",
        "compass"), not a label ("dbpassword")."""
        label = m.group("label")
        before = m.string[max(0, m.start("label") - 120) : m.start("label")]
        glued = _GLUED_TAIL.search(before)
        word = glued["word"] if glued is not None else ""
        return bool(word) and label[0].islower() and word.lower() not in _GLUED

    @classmethod
    def _keep(cls, m: regex.Match[str], value: str) -> bool:
        # The label is found first and its identifier read backwards from it: a
        # pattern that scanned prefixes forwards was quadratic on "a.b.c.d...".
        before = m.string[max(0, m.start("label") - 120) : m.start("label")]
        ident = _IDENT_TAIL.search(before)
        if cls._glued_word(m):
            return False
        # ``...:secret:name`` in an ARN is a name, not an assignment; but after
        # "=" it is one ("attributes.technician:pwd=MkSCtY6V").
        assigned = "=" in m.group("sep")
        if ident is not None and ident.start() > 0 and before[ident.start() - 1] in ":/":
            return assigned
        if ident is None and before.endswith((":", "/")) and not assigned:
            return False
        if is_placeholder(value):
            return False
        sep = m.group("sep")
        variable = (ident.start() if ident is not None else len(before)) - 1
        if before[variable : variable + 1] == "$" and _CMDLET.fullmatch(value):
            return False  # PowerShell's "$pw = Get-Credential": a command's output, not a value
        prose = _SPACE.search(sep) is not None and "=" not in sep
        quoted = m.start("v") > 0 and m.string[m.start("v") - 1] in "\"'"
        if quoted and sep == ":" and _closes_prompt(value):
            return False
        if quoted or not prose:
            return True
        # "its password is set." ends a sentence: the full stop is not the secret's.
        value = value.rstrip(".,;:)")
        if sep.strip(" :\uff1a"):  # "... is X": a secret there has letters and digits
            return _LETTER.search(value) is not None and _DIGIT.search(value) is not None
        return _SECRETISH.search(value) is not None


def _closes_prompt(value: str) -> bool:
    """The quote after "label:" closes a string the label ends, a prompt
    ('expect "Password:"; send ...', 'prompt="Password:"'), not opening a
    value: what follows it begins with a space or ends a statement, as no
    quoted secret does."""
    return bool(value) and (value[0].isspace() or value[0] in ";,)]}")


# Patterns whose syntax ties the value to the label (a template's parameter,
# an XML element or attribute, a name/value pair, a C macro): only a label
# glued into a word or a placeholder rules the value out.
_TIED = frozenset({"parameter", "element", "attribute", "named", "pair", "define", "php-define"})
# Patterns whose value stands after the label with no assignment: it must be
# strong and no placeholder.
_CHECKED = frozenset({"qualified", "thai", "spaced", "paired"})


# The SNMP communities devices ship with: known to everyone.
DEFAULT_COMMUNITIES = frozenset({"public", "private"})

# Quotes escaped, as a command written inside a JSON string has them
# (-p \"$DB_PASS\"): the backslash before each is the quote's.
_ESCAPED_QUOTED = r"\\'(?P<v>[^'\n]{1,200}?)\\'|\\\"(?P<v>[^\"\n]{1,200}?)\\\""
_QUOTED = r"'(?P<v>[^'\n]{1,200})'|\"(?P<v>[^\"\n]{1,200})\""
# Bare, a backslash in it but not one escaping a quote after it nor writing
# a line's end ("\\n" in a JSON string), and no ";" or "|" ending the command
# ("--password=S3cret; export ...", "-p S3cret | tee").
_BARE_CHAR = r"(?:[^\s'\"\\;|]|[;|](?![\s\\]|$)|\\(?![\"'nrt]))"
# An argument, quoted or bare.
_ARG = rf"(?|{_ESCAPED_QUOTED}|{_QUOTED}|(?P<v>(?!-){_BARE_CHAR}{{1,200}}))"
# ... where a word of prose may stand too ("openssl passwd to hash it"): bare,
# it holds a digit or a symbol.
_STRONG_ARG = (
    rf"(?|{_ESCAPED_QUOTED}|{_QUOTED}"
    rf"|(?P<v>(?!-)(?=[^\s'\"]*?(?:[0-9]|[^\w\s'\"])){_BARE_CHAR}{{1,200}}))"
)


class FieldCommandLineSecretRecognizer(FieldRecognizer):
    """Passwords given in commands pasted into job documents and descriptions:
    shell command lines, and SQL statements that create or change a user."""

    ENTITY = "PASSWORD"
    CATEGORY = "credential"
    DESCRIPTION = "a password"
    TRIGGER = (
        # (the tools' names at a word's start, as every pattern has them)
        r"\b(?:sshpass|mysql|mariadb|curl|redis-cli|mosquitto_|ipmitool|sqlcmd|bcp|mongo"
        r"|rdesktop|smbclient|net\s+use|htpasswd|rabbitmqctl|lftp|nmcli|raspi-config|iwconfig"
        r"|ncftp|user(?:add|mod)|openssl|mkpasswd|mc\s+(?:alias|config)\s|etcdctl)"
        r"|(?:configure|config)\s+set\b(?<=(?:aws\s+configure|(?:npm|pnpm|yarn)\s+config)\s+set)"
        r"|freerdp|login(?<=\slogin)"
        r"|--[a-z\-]*(?:password|passwd|secret|token|api-?key)"
        # (the tools added since, led by the pipe into them or by their option,
        # the tool looked for behind it: rarer than their names' letters)
        r"|\|(?<=(?:echo|printf)\s[^\n]{0,400}\|)|<<<"
        r"|\s[\-/](?:r?p|n|w\s|[cax]\s)(?<=(?:zip|zipcloak|7z[ar]?|rar|psexec(?:64)?|ssh-keygen"
        r"|winrs|cmdkey|schtasks|ldap[a-z]*|snmp[a-z]*)\b[^\n|;&]{0,300}\s[\-/](?:r?p|n|w\s|[cax]\s))"
        r"|_passphrase(?<=wpa_passphrase)|-securestring(?<=convertto-securestring)"
        # SQL's: a quoted value after PASSWORD, IDENTIFIED BY, SET PASSWORD; and
        # (one branch for the quotes, common in texts) Expect's prompt's quote
        r"|['\"{](?<=password\s{1,10}['\"]|\bexpect\s+(?:-(?:re|gl|ex)\s+)?\\?[\"{])"
        r"|identified\s|set\s+password"
    )
    PATTERNS = (
        ("sshpass", rf"\bsshpass\s+-p\s*{_ARG}", 0.9),
        (
            "registry-login",
            r"\b(?:docker|podman|nerdctl|buildah|skopeo|oras|helm\s+registry)\s+login\b"
            rf"[^\n|;&]{{0,160}}?\s(?:-p|--password)(?:\s+|=){_ARG}",
            0.9,
        ),
        # mysql reads "-p secret" as a database name: only the glued form is a password.
        (
            "mysql",
            r"\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n|;&]{0,160}?\s-p"
            rf"(?|{_ESCAPED_QUOTED}|{_QUOTED}|(?P<v>{_BARE_CHAR}{{1,200}}))",
            0.9,
        ),
        (
            "long-option",
            r"(?<![A-Za-z0-9])--[a-z\-]*(?:password|passwd|secret|token|api-key|apikey)"
            rf"(?:=|\s+){_ARG}",
            0.85,
        ),
        # The user and its password, as a URL's credentials are taken whole.
        (
            "curl-user",
            r"\b(?:curl|etcdctl)\b[^\n|;&]{0,160}?\s(?:-u|--user)(?:=|\s*)['\"]?"
            r"(?P<v>[^\s:'\"=]+:[^\s'\"]{1,200})",
            0.9,
        ),
        # redis-cli's "-a pw", or its AUTH command ("AUTH pw", "AUTH user pw").
        (
            "redis-cli",
            rf"\bredis-cli\b[^\n|;&]{{0,160}}?\s-a\s+{_ARG}"
            r"|\bredis-cli\b[^\n|;&]{0,160}?\s(?-i:AUTH|auth)\s+(?:[^\s'\"\-][^\s'\"]*\s+)?"
            rf"{_ARG}(?=[ \t]*(?:$|\n|\\n|[\"';|&]))",
            0.9,
        ),
        # Keys given as arguments: MinIO's client ("mc alias set NAME URL ACCESS
        # SECRET", formerly "mc config host add"), the AWS CLI's "aws configure
        # set aws_secret_access_key ...", npm's and Yarn's registry tokens
        # ("npm config set //host/:_authToken ..."), OpenSSL's TLS pre-shared key.
        (
            "key-argument",
            r"\bmc\s+(?:alias\s+set|config\s+host\s+add)\s+\S+\s+\S+\s+[^\s\-]\S*\s+"
            rf"{_ARG}"
            r"|\baws\s+configure\s+set\s+(?:--profile[=\s]\S+\s+)?(?:[\w\-]+\.)?"
            rf"(?:aws_secret_access_key|aws_session_token)\s+{_ARG}"
            r"|\b(?:npm|pnpm|yarn)\s+config\s+set\s+(?:--?[\w\-]+\s+)*[^\s=]*?"
            rf"(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent)(?:\s+|=){_ARG}"
            r"|\bopenssl\b[^\n|;&]{0,200}?\s-psk\s+(?P<v>[0-9A-Fa-f]{8,256})(?![0-9A-Za-z])",
            0.9,
        ),
        # Tools whose password option is a short one of their own (case
        # matters: mosquitto's "-p" is the port, its "-P" the password):
        # Mosquitto's MQTT clients, ipmitool, SQL Server's sqlcmd and bcp,
        # MongoDB's shells and tools, rdesktop, the Azure CLI's login.
        (
            "short-option",
            r"\b(?:mosquitto_(?:pub|sub|rr)|ipmitool|sqlcmd|bcp)\b[^\n|;&]{0,200}?\s(?:-P|--pw)\s*"
            rf"{_ARG}"
            r"|\b(?:mongo(?:sh|dump|restore|export|import|stat|top|files)?|rdesktop|az\s+login"
            # (Cloud Foundry's and OpenShift's logins: "cf login -u me -p pw")
            r"|(?:cf|oc)\s+login"
            r"|ncftp(?:get|put|ls)?|useradd|usermod)\b"
            rf"[^\n|;&]{{0,200}}?\s-p\s*{_ARG}",
            0.9,
        ),
        # A user and its password joined: smbclient's "-U user%password",
        # lftp's "-u user,password"; FreeRDP's "/p:password"; Windows'
        # "net use ... /user:name password".
        (
            "joined-user",
            r"\bsmbclient\b[^\n|;&]{0,200}?\s(?:-U\s*|--user=)[^\s%'\"]+%(?P<v>[^\s'\"]{1,200})"
            r"|\blftp\b[^\n|;&]{0,200}?\s-u\s+[^\s,'\"]+,(?P<v>[^\s'\"]{1,200})",
            0.9,
        ),
        ("freerdp", rf"\b[a-z]*freerdp\b[^\n|;&]{{0,200}}?\s/p:{_ARG}", 0.9),
        # HashiCorp Vault's login with a token as its argument ("vault login
        # s.9f...", "vault login -no-print hvs.CAES..."), not an auth method's
        # key=value pairs nor "-" (the token read from standard input).
        (
            "vault-login",
            r"\bvault\s+login\s+(?:-[a-z\-]+(?:=\S+)?\s+)*(?![^\s=]*=)" + _STRONG_ARG,
            0.9,
        ),
        # mkpasswd's password, after its options ("mkpasswd -m sha-512 pw").
        (
            "mkpasswd",
            r"\bmkpasswd\s+(?:(?:-[mSRP]\s*\S+|--(?:method|salt|rounds|password-fd)=\S+"
            rf"|-s|--stdin)\s+)*{_STRONG_ARG}",
            0.9,
        ),
        # Wi-Fi passwords given to the tools that join a network: NetworkManager's
        # "nmcli dev wifi connect SSID password pw" and its settings
        # ("wifi-sec.psk pw"), Raspberry Pi's "raspi-config nonint
        # do_wifi_ssid_passphrase SSID pw", Wireless Tools' "iwconfig ... key s:pw"
        # (or a WEP key in hex, 10 or 26 digits).
        (
            "wifi-tool",
            r"\bnmcli\b[^\n|;&]{0,200}?\s(?:password|(?:wifi-sec|802-11-wireless-security)"
            r"\.(?:psk|wep-key[0-3]|leap-password)|802-1x\.(?:password|private-key-password))"
            rf"\s+{_ARG}"
            r"|\braspi-config\s+nonint\s+do_wifi_ssid_passphrase\s+"
            rf"(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\-][^\s]*)\s+{_ARG}"
            r"|\biwconfig\b[^\n|;&]{0,200}?\skey\s+(?:(?:open|restricted)\s+)?"
            r"(?:s:(?P<v>[^\s'\"]{1,200})"
            r"|(?P<v>[0-9A-Fa-f]{2}(?:-?[0-9A-Fa-f]{2}){4}(?:(?:-?[0-9A-Fa-f]{2}){8})?)"
            r"(?![0-9A-Za-z\-]))",
            0.9,
        ),
        # An Expect script answering a password prompt: 'expect "*assword:"',
        # then 'send "pw\r"' (not a variable "$pw" nor a command "[...]").
        (
            "expect-send",
            r"\bexpect\s+(?:-(?:re|gl|ex)\s+)?"
            r"(?:\\?\"[^\"\n]{0,60}?(?i:assword|passphrase)[^\"\n]{0,60}?\\?\""
            r"|\{[^}\n]{0,60}?(?i:assword|passphrase)[^}\n]{0,60}?\})[ \t]*(?:\{[ \t]*)?"
            r"(?:(?:\n|\\n|;)[ \t]*){0,2}send\s+(?:--\s+)?"
            r"(?|\\?\"(?P<v>[^\"\\\r\n$\[]{1,200})(?:\\{1,2}[rn]|\r)?\\?\"|\{(?P<v>[^}\r\n]{1,200})\})",
            0.9,
        ),
        (
            "net-use",
            rf"\bnet\s+use\b[^\n|;&]{{0,200}}?\s/user:[^\s/]+\s+{_ARG}",
            0.9,
        ),
        # A password given as the last argument: "htpasswd -b file user pw",
        # "rabbitmqctl add_user user pw".
        (
            "last-argument",
            r"\bhtpasswd\s+(?:-[A-Za-z]+\s+)*?-[A-Za-z]*b[A-Za-z]*\s+(?:-[A-Za-z]+\s+)*"
            rf"[^\s\-][^\s]*\s+[^\s\-][^\s]*\s+{_ARG}"
            rf"|\brabbitmqctl\s+(?:add_user|change_password)\s+[^\s]+\s+{_ARG}"
            # Mosquitto's password file tool, in batch mode: "-b file user password".
            r"|\bmosquitto_passwd\s+(?:-[A-Za-z]+\s+)*?-b\s+(?:-[A-Za-z]+\s+)*"
            rf"[^\s\-][^\s]*\s+[^\s\-][^\s]*\s+{_ARG}"
            # Windows' "net user name password /add" ("net user name *" asks for it).
            rf"|\bnet\s+user\s+(?:\"[^\"\n]+\"|[^\s/\"]+)\s+{_ARG}"
            # wpa_supplicant's "wpa_passphrase ssid passphrase".
            rf"|\bwpa_passphrase\s+(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\-][^\s]*)\s+{_ARG}",
            0.9,
        ),
        # A password written to the standard input of a tool that reads it
        # there: "echo pw | sudo -S ...", "... | docker login --password-stdin",
        # "echo user:pw | chpasswd", or a here-string: "sudo -S <<< pw".
        (
            "stdin",
            # (one line: a line's end ends the command)
            r"\b(?:echo|printf)[ \t]{1,10}(?:-[A-Za-z]{1,4}[ \t]{1,10}){0,3}"
            r"(?:(?:'%s[^'\n]{0,4}'|\"%s[^\"\n]{0,4}\")[ \t]{1,10})?"
            rf"{_ARG}[ \t]{{0,10}}\|[ \t]*(?:sudo\b[^\n|;&]{{0,80}}?\s-[A-Za-z]*S\b"
            r"|[^\n|;&]{0,160}?--password-stdin\b|chpasswd\b|passwd\s+--stdin\b|vncpasswd\s+-f\b"
            r"|smbpasswd\s+(?:-[A-Za-z]+\s+)*-[A-Za-z]*s\b)"
            rf"|\b(?:sudo\b[^\n|;&]{{0,80}}?\s-[A-Za-z]*S|vncpasswd\s+-f)\b[^\n|;&]{{0,160}}?<<<\s*{_ARG}",
            0.9,
        ),
        # Archivers' passwords: zip's and unzip's "-P pw"; 7-Zip's and RAR's
        # glued "-ppw" (a bare "-p" asks for it).
        (
            "archive",
            rf"\b(?:zip|unzip|zipcloak)\b[^\n|;&]{{0,160}}?\s-P\s+{_ARG}"
            r"|\b(?:7z|7za|7zr|rar|unrar)\b[^\n|;&]{0,160}?\s-p"
            rf"(?|{_ESCAPED_QUOTED}|{_QUOTED}|(?P<v>{_BARE_CHAR}{{1,200}}))",
            0.9,
        ),
        # OpenLDAP's tools' bind password "-w pw" ("-W" asks for it); Net-SNMP's
        # community "-c" and SNMPv3's pass phrases "-A" and "-X".
        (
            "directory",
            r"\bldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn|exop)\b"
            rf"[^\n|;&]{{0,200}}?\s-w\s+{_ARG}"
            # (led by the option, the tool looked for behind it: a command gives
            # the community or both pass phrases, each found)
            r"|\s-[cAX]\s+(?<=\bsnmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|inform"
            rf"|delta|df|status|netstat|test)\b[^\n|;&]{{0,200}}?\s-[cAX]\s+){_ARG}",
            0.9,
        ),
        # Windows' remote tools: PsExec's "-p pw", WinRM's "winrs -p:pw",
        # cmdkey's "/pass:pw", schtasks' "/rp pw" and "/p pw" ("*" asks for it).
        (
            "windows",
            rf"\bpsexec(?:64)?(?:\.exe)?\b[^\n|;&]{{0,200}}?\s-p\s+{_ARG}"
            rf"|\bwinrs(?:\.exe)?\b[^\n|;&]{{0,200}}?\s[-/]p(?:assword)?:{_ARG}"
            rf"|\bcmdkey(?:\.exe)?\b[^\n|;&]{{0,200}}?\s/pass:{_ARG}"
            rf"|\bschtasks(?:\.exe)?\b[^\n|;&]{{0,300}}?\s/r?p\s+{_ARG}",
            0.9,
        ),
        # ssh-keygen's new and old pass phrases ("-N ''" asks for none);
        # "openssl passwd [-6] pw" hashes the password given last; mysqladmin's
        # "password pw" sets it.
        (
            "key-tools",
            rf"\bssh-keygen\b[^\n|;&]{{0,200}}?\s-[NP]\s*{_ARG}"
            r"|\bopenssl\s{1,5}passwd(?:\s+-(?:1|5|6|apr1|crypt|aixmd5|salt\s+\S+|quiet|table"
            rf"|reverse|noverify))*\s+{_STRONG_ARG}"
            rf"|\bmysqladmin\b[^\n|;&]{{0,160}}?\spassword\s+{_STRONG_ARG}",
            0.9,
        ),
        # SQL statements that set a user's password: PostgreSQL's "CREATE|ALTER
        # USER|ROLE ... [WITH] [ENCRYPTED] PASSWORD 'pw'", MySQL's and Oracle's
        # "IDENTIFIED [WITH plugin] BY 'pw'" (Oracle's unquoted too), MySQL's
        # "SET PASSWORD ... = 'pw'". ('' is a quote inside the value.)
        (
            "sql",
            r"(?|(?i:\b(?:create|alter)\s+(?:user|role|login)\b)[^;\n]{0,200}?\s(?i:password)"
            r"\s{1,10}(?:'(?P<v>(?:[^'\n]|''){1,200})'|\"(?P<v>[^\"\n]{1,200})\")"
            r"|(?i:\b(?:(?:create|alter)\s+user|grant)\b)[^;\n]{0,200}?"
            r"(?i:\bidentified\s+(?:with\s+[A-Za-z0-9_]+\s+)?by\s+(?:password\s+)?)"
            r"(?:'(?P<v>(?:[^'\n]|''){1,200})'|\"(?P<v>[^\"\n]{1,200})\""
            # (Oracle's unquoted one, with a digit or a symbol; not its hash's
            # VALUES, a bind variable ":pw", "?", a substitution "&pw", T-SQL's "@pw")
            r"|(?!(?i:values)\b|[:?&@])(?=[^\s;'\"]*?(?:[0-9]|[^\w\s;'\"]))(?P<v>[^\s;'\"]{1,200}))"
            r"|(?i:\bset\s+password\b)[^;\n=]{0,120}=\s*(?:(?i:password)\s*\(\s*)?"
            r"'(?P<v>(?:[^'\n]|''){1,200})')",
            0.9,
        ),
        # PowerShell's "ConvertTo-SecureString 'pw' -AsPlainText -Force": the
        # password in clear, made a secure string.
        (
            "secure-string",
            r"\b(?i:convertto-securestring)(?=[^\n|;]{0,200}\s-(?i:asplaintext)\b)"
            # (not a variable: "$env:DB_PASSWORD" holds it, written elsewhere)
            rf"(?:\s+-(?i:asplaintext|force)\b)*\s+(?:-(?i:string)\s+)?(?![\"']?\$){_ARG}",
            0.9,
        ),
    )

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        if pattern_name == "curl-user":
            pattern_text = pattern_text.split(":", 1)[1]  # (the password decides)
        if pattern_name == "directory" and pattern_text.lower() in DEFAULT_COMMUNITIES:
            return False  # SNMP's default communities: every device's, no one's secret
        return self.validate_result(pattern_text)

    def validate_result(self, pattern_text: str) -> bool | None:
        return False if is_placeholder(pattern_text) else None


class FieldSecretHeaderRecognizer(FieldRecognizer):
    """Secret HTTP headers written out: API-key headers, cookies, any Authorization scheme."""

    ENTITY = "AUTH_HEADER"
    CATEGORY = "credential"
    DESCRIPTION = "credentials of an Authorization header"
    # (led by the separator, the header's name looked for behind it)
    TRIGGER = r"[:=](?<=(?:key|token|secret|cookie|authorization)\\?[\"']?\s*[:=]|signature=)"
    PATTERNS = (
        (
            "api-key-header",
            # Not a URL's query parameter (?X-Amz-Security-Token=): that is URL_SECRET's.
            r"(?<![A-Za-z0-9\-?&])(?:x-api-key|api-key|ocp-apim-subscription-key|x-functions-key"
            r"|x-auth-token|x-access-token|x-vault-token|private-token|x-goog-api-key"
            r"|x-[a-z0-9\-]*-(?:token|secret|api-?key))"
            r"\\?[\"']?\s*[:=]\s*\\?[\"']?(?P<v>[A-Za-z0-9._~+/=\-]{8,})",
            0.9,
        ),
        (
            "cookie",
            r"(?<![A-Za-z0-9\-])cookie\\?[\"']?\s*:\s*\\?[\"']?(?P<v>[^\n\"';]*=[^\n\"']{3,})",
            0.9,
        ),
        (
            "authorization",
            r"(?<![A-Za-z0-9\-])authorization\\?[\"']?\s*[:=]\s*\\?[\"']?"
            # (a SigV4 header's commas are its own; one after it is the text's)
            r"(?:[A-Za-z][A-Za-z0-9_\-]*\s+)?(?P<v>[A-Za-z0-9._~+/=\-:,]{8,}(?<!,))",
            0.9,
        ),
        # The Signature of an AWS SigV4 Authorization header (after ", ").
        ("sigv4", r"(?<=[\s,])Signature=(?P<v>[0-9a-f]{64})(?![0-9a-f])", 0.9),
    )
    FLAGS = _I

    def validate_result(self, pattern_text: str) -> bool | None:
        return False if is_placeholder(pattern_text) else None


class FieldBasicAuthBlobRecognizer(FieldRecognizer):
    """Base64 ``user:password`` under an auth label (Docker's ``"auth"``, ``basic_auth``)."""

    ENTITY = "AUTH_HEADER"
    CATEGORY = "credential"
    DESCRIPTION = "credentials of an Authorization header"
    TRIGGER = r"(?:auth|credentials|userpass)\\?[\"']?\s*[:=]"
    PATTERNS = (
        (
            "labelled",
            r"(?<![A-Za-z0-9])(?:[a-z_\-]*auth|credentials|userpass)\\?[\"']?\s*[:=]\s*\\?[\"']?"
            r"(?P<v>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])",
            0.6,
        ),
    )
    FLAGS = _I

    def validate_result(self, pattern_text: str) -> bool | None:
        return decodes_to_userpass(pattern_text)


_USERPASS = regex.compile(r"[A-Za-z0-9._@+\-\\]{1,128}:[\x21-\x7e][\x20-\x7e]{0,255}")


def decodes_to_userpass(blob: str) -> bool:
    try:
        decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
        text = decoded.decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return _USERPASS.fullmatch(text) is not None


_CHAR_CLASSES = tuple(regex.compile(c) for c in (r"\p{Ll}", r"\p{Lu}", r"[0-9]", r"[^\w\s\-]"))


def is_strong(value: str) -> bool:
    """Three of lower case, upper case, digits and symbols, and no link: what
    follows "password rotation policy:" or "password reset link:" is not a
    password ("every-90-days", "https://..."); "Winter2026!" is."""
    value = value.rstrip(".,;:)")
    if "://" in value:
        return False
    return sum(c.search(value) is not None for c in _CHAR_CLASSES) >= 3
