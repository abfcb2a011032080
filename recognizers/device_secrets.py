"""Secrets in the configuration of network devices, VPNs and hosts.

Job documents, thing descriptions and templates carry the configuration a
device is given: a router's running config, an IPsec or WireGuard peer, a
user's line of ``/etc/shadow``. Their secrets follow no "password:" label a
text would use, but the syntax of the device:

- Cisco IOS, NX-OS and Arista EOS: a keyword, the type digit of how the secret
  is kept, then the secret: ``enable secret 5 $1$...``, ``username ops
  password 7 0822455D0A16``, ``key-string 7 ...``. Type 7 is a reversible
  cipher (the password itself), type 0 the password in clear.
- Password hashes in the modular crypt format (md5crypt, sha512crypt, bcrypt,
  yescrypt, Argon2, Cisco's types 8 and 9), Django's PBKDF2 and LDAP's
  ``{SSHA}``, and Junos' reversible ``$9$``: a hash is the password to anyone
  who can crack it, and its shape is certain, so it is found wherever it is.
- SNMP communities, IKE pre-shared keys and AAA servers' shared keys.
- The keys of devices' radios under their names (LoRaWAN, Z-Wave, Zigbee),
  symmetric keys under theirs (``aes_key``, Tuya's ``local_key``, Azure IoT's
  ``DeviceKey``), a Wi-Fi QR code's password and a SIM's PUK and PIN.
- Hosts' own files (PostgreSQL's ``.pgpass``, Kickstart's ``rootpw``, Redis'
  ``masterauth``, OpenWrt's UCI options, a Windows answer file's password) and
  the Wi-Fi and MQTT passwords firmware passes to its libraries
  (``WiFi.begin("ssid", "pw")``, ``wlan.connect``, ``username_pw_set``).

No maintained catalogue of secret patterns covers these (detect-secrets'
plugins and gitleaks' rules read application secrets), so the patterns are
ours, each tied to the syntax that writes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import regex

from recognizers.base import FieldRecognizer
from recognizers.secret_labels import DEFAULT_COMMUNITIES, is_placeholder

# A file's path ending in an extension: base64 key material holds no ".".
_FILE_PATH = regex.compile(r"[/~][^\s'\"]*\.[A-Za-z0-9]{1,5}")
# An SNMPv3 user's line up to its authentication pass phrase: Net-SNMP's
# "createUser [-e engine] name SHA ", Cisco's "snmp-server user name group v3 auth sha ".
_SNMP_USER = (
    r"(?<![\w\-])(?:createUser\s+(?:-e\s+\S+\s+)?\S+\s+(?:MD5|SHA(?:-?(?:224|256|384|512))?)"
    r"|snmp-server\s+user\s+\S+\s+\S+\s+v3\s+(?:encrypted\s+)?auth\s+(?:md5|sha))\s+"
)
# Its pass phrase, quoted or bare.
_PHRASE = r"(?|\"(?P<v>[^\"\n]{1,200})\"|(?P<v>[^\s\"']{1,200}))"
# A character of crypt(3)'s base-64 alphabet.
_B64 = r"[./0-9A-Za-z]"
_HASHES = (
    # md5crypt (also Cisco type 5) and Apache's variant: salt up to 8, hash 22.
    rf"\$(?:1|apr1|md5)\${_B64}{{1,8}}\${_B64}{{22}}"
    # sha256crypt / sha512crypt, perhaps with rounds: hash 43 or 86.
    rf"|\$[56]\$(?:rounds=[0-9]{{1,9}}\$)?{_B64}{{1,16}}\${_B64}{{43}}(?:{_B64}{{43}})?"
    # bcrypt: cost, then 22 of salt and 31 of hash.
    rf"|\$2[abxy]?\$[0-9]{{2}}\${_B64}{{53}}"
    # yescrypt (today's Debian and Fedora shadow files).
    rf"|\$g?y\${_B64}+\${_B64}{{1,86}}\${_B64}{{43}}"
    # Argon2.
    r"|\$argon2(?:id|i|d)\$v=[0-9]+\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]{16,}"
    # Cisco's types 8 (PBKDF2) and 9 (scrypt): 14 of salt, 43 of hash.
    rf"|\$[89]\${_B64}{{14}}\${_B64}{{43}}"
    # Mosquitto's password files: sha512 ("$6$") and PBKDF2 ("$7$", with its
    # iterations), salt and hash in standard base64.
    r"|\$6\$[A-Za-z0-9+/]{12,64}={0,2}\$[A-Za-z0-9+/]{43,}={0,2}"
    r"|\$7\$[0-9]{1,7}\$[A-Za-z0-9+/]{12,64}={0,2}\$[A-Za-z0-9+/]{43,}={0,2}"
    # Django's PBKDF2 ("pbkdf2_sha256$600000$salt$hash=").
    r"|pbkdf2_sha(?:1|256|512)\$[0-9]{3,7}\$[A-Za-z0-9./+]{4,64}\$[A-Za-z0-9./+]{20,}={0,2}"
    # LDAP's and htpasswd's salted or plain SHA.
    r"|\{S?SHA(?:256|512)?\}[A-Za-z0-9+/]{27,}={0,2}"
)
# Juniper's "$9$" secrets are a reversible encoding of the password itself.
_JUNOS_9 = r"\$9\$[A-Za-z0-9./\-]{8,200}"
# The radios' keys of 128 bits, under their names: LoRaWAN's root and session
# keys (AppKey, NwkKey, AppSKey, NwkSKey, FNwkSIntKey...; not the DevEUI or
# JoinEUI, which identify) and Z-Wave's security classes (S0_Legacy,
# S2_Unauthenticated...). Their value: 32 hex digits, or 16 bytes apart.
_RADIO_KEY_NAMES = (
    r"(?:gen[_\-]?)?(?:app|nwk)[_\-]?s?[_\-]?key|[fs]nwk[_\-]?s[_\-]?int[_\-]?key"
    r"|nwk[_\-]?s[_\-]?enc[_\-]?key|s0[_\-]legacy|s2[_\-](?:unauthenticated|authenticated|access[_\-]?control)"
)
_KEY_128 = (
    r"(?:0x)?[0-9A-F]{32}|[0-9A-F]{2}(?: [0-9A-F]{2}){15}|[0-9A-F]{2}(?::[0-9A-F]{2}){15}"
    r"|[0-9A-F]{2}(?:-[0-9A-F]{2}){15}"
)
# A key's closing quote (perhaps escaped), ":" or "=", then the value's opening quote.
_SET = r"\\?[\"']?\s*[:=]\s*"
_ASSIGN = rf"{_SET}\\?[\"']?"
_KEY_SEP = rf"{_ASSIGN}|\s+"
# A symmetric key under its name, as devices' and apps' configurations hold
# one: "aes_key", "encryptionKey", "hmac_key", "signing_key", "master_key",
# Tuya's "local_key", Azure IoT's "DeviceKey", "auth_key".
_SYMMETRIC_KEY_NAMES = (
    r"(?:aes|encryption|encrypt|signing|master|local|hmac|device|auth|crypto|cipher|symmetric"
    r"|shared)[_\-]?key"
)
# Its value: key material, 16 characters or more of hex or base64 (a digit and a
# letter among them); not an identifier of words ("thermostat-kitchen-01").
_KEY_MATERIAL = r"(?=[^\s\"',;]*[0-9])(?=[^\s\"',;]*[A-Za-z])[A-Za-z0-9+/=_\-]{16,200}"
_WORDY = regex.compile(r"[A-Za-z]{4,}[_\-.]")
# A KMS key's id (a UUID, or a multi-Region key's "mrk-"): which key, not the key.
_KEY_ID = regex.compile(
    r"(?i)mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)
# Zigbee's network key as zigbee2mqtt's configuration writes it: 16 numbers in a list.
_BYTE = r"(?:0x[0-9A-F]{1,2}|[0-9]{1,3})"
_BYTE_LIST = rf"{_BYTE}(?:\s*,\s*{_BYTE}){{15}}"
# What a secret's value is made of on a device's command line: no quote, no space.
_BARE = r"[^\s\"'\\]{1,200}"
# Where a device's configuration line starts: the text's start, a line's (a
# real newline or a JSON string's "\n"), a quoted string's or a list item's.
_LINE = r"(?:^|(?<=[\n\"'\[,;]|\\n))[ \t]*"
# A password in clear, not a type digit: one with a digit or a symbol in it,
# or one that ends its line ("enable secret cisco"); not a word that goes on
# into prose ("Enable password rotation every 90 days").
_CLEAR = (
    rf"(?P<v>(?![0-9]\s){_BARE})"
    r"(?:(?<=[^\s\"'\\A-Za-z][^\s\"'\\]{0,199})|(?=[ \t]*(?:$|\n|\\n|[\"',;\]}])))"
)


class FieldDeviceSecretRecognizer(FieldRecognizer):
    """Secrets as network devices, VPN peers and shadow files write them."""

    ENTITY = "PASSWORD"
    CATEGORY = "credential"
    DESCRIPTION = "a password"
    # Led by rare characters, or by the space, colon or "=" after a secret's
    # keyword, looked for behind it: a third of the cost of trying each keyword
    # at every position. (Django's "pbkdf2_sha256$600000$" trips the "$" branch.)
    TRIGGER = (
        r"\$(?=[0-9a-z]{1,8}\$)|\{(?=s?sha)"
        r"|\s(?<=(?:community6?|key|key-string|psk|secret|password|md5|sha|legacy|authenticated"
        r"|control|rootpw|masterauth|eap|xauth|ntlm|createuser|stats\s+auth)\s)|<keymaterial>"
        # Windows' answer file: a password element's <Value>
        r"|<value>(?<=password>\s{0,20}<value>)"
        # firmware's and scripts' calls: the "(" of a Wi-Fi or MQTT connection's
        r"|\((?<=(?:begin|softap|addap|connect)\()|_pw_set|set_network\s"
        # a radio's key named before ":" or "=" ("AppKey": ..., "S2_Unauthenticated:"),
        # a Wi-Fi QR code's payload ("WIFI:T:WPA;S:...;P:...;;")
        r"|[:=](?<=(?:key|legacy|authenticated|control)\\?[\"']?\s*[:=]|wifi:)"
        # a SIM's PUK, or its PIN
        r"|p(?:uk|in(?<=sim[\s_\-]?pin))"
        # a line of PostgreSQL's password file: its port's field
        r"|:(?=(?:5432|5433|6432|\*):)|pgpass"
        # cloud-init's chpasswd list; Postfix's sasl_passwd, or its bracketed relay host
        r"|passwd(?<=(?:ch|sasl_)passwd)|\](?=(?::[0-9A-Za-z]{1,15})?[ \t])"
    )
    PATTERNS = (
        ("hash", rf"(?<![A-Za-z0-9$./+])(?P<v>{_HASHES})(?![A-Za-z0-9./+=])", 0.9),
        ("junos", rf"(?<![A-Za-z0-9$])(?P<v>{_JUNOS_9})", 0.85),
        # Cisco's type 7: two decimal digits of the key's offset, then hex pairs.
        (
            "type7",
            r"(?<![\w\-])(?:secret|password|key|key-string|authentication-key|md5)\s+7\s+"
            r"(?P<v>(?:0[0-9]|1[0-5])(?:[0-9A-F]{2}){3,100})(?![0-9A-Za-z])",
            0.9,
        ),
        # A routing protocol's or NTP's key in clear: Cisco's "ip ospf
        # message-digest-key 1 md5 K", "ntp authentication-key 1 md5 K" (type
        # 0 or none; type 7's is the pattern above's).
        (
            "md5-key",
            r"(?<![\w\-])(?:authentication-key|message-digest-key)\s+[0-9]{1,10}\s+md5\s+"
            rf"(?:0\s+)?{_CLEAR}",
            0.85,
        ),
        # The password in clear after "enable" or a user's line (type 0 or none).
        (
            "enable",
            rf"{_LINE}enable\s+(?:secret|password)(?:\s+level\s+[0-9]{{1,2}})?(?:\s+0)?\s+{_CLEAR}",
            0.85,
        ),
        (
            "user",
            rf"{_LINE}username\s+[^\s\"']{{1,64}}(?:\s+privilege\s+[0-9]{{1,2}})?"
            rf"(?:\s+role\s+\S+)?\s+(?:secret|password)(?:\s+0)?\s+{_CLEAR}",
            0.85,
        ),
        # SNMP's community, Cisco's and net-snmp's ("rocommunity ..."), and Junos'.
        (
            "snmp",
            r"(?<![\w\-])(?:snmp-server\s+community|r[ow]community6?|set\s+snmp\s+community)"
            rf"\s+\"?(?P<v>{_BARE})",
            0.85,
        ),
        # IKE's pre-shared keys: Cisco's "crypto isakmp key K address ...",
        # a keyring's "pre-shared-key local K", Junos' "pre-shared-key ascii-text "K"",
        # strongSwan's ipsec.secrets ": PSK "K"".
        (
            "ike",
            r"(?<![\w\-])crypto\s+(?:isakmp|ikev2)\s+key\s+(?:[06]\s+)?(?P<v>[^\s\"']{1,200})"
            r"\s+(?:address|hostname)",
            0.85,
        ),
        (
            "psk",
            r"(?<![\w\-])pre-shared-key\s+(?|\"(?P<v>[^\"\n]{1,200})\""
            r"|(?:(?:local|remote|ascii-text|hexadecimal)\s+(?:[06]\s+)?|[06]\s+"
            r"|address\s+\S+(?:\s+[0-9.]+)?\s+key\s+(?:[06]\s+)?)\"?(?P<v>[^\s\"']{1,200}))",
            0.85,
        ),
        # (and its users' secrets: "carol : EAP "pw"", ": XAUTH "pw"", NTLM's)
        ("strongswan", r":\s*(?:PSK|EAP|XAUTH|NTLM)\s+\"(?P<v>[^\"\n]{1,200})\"", 0.85),
        # SNMPv3's users' pass phrases: Net-SNMP's "createUser name SHA "auth"
        # AES "priv"" (snmpd.conf), Cisco's "snmp-server user name group v3 auth
        # sha auth priv aes 128 priv".
        ("snmp-user", rf"{_SNMP_USER}{_PHRASE}", 0.85),
        (
            "snmp-user-priv",
            rf"{_SNMP_USER}(?:\"[^\"\n]{{1,200}}\"|[^\s\"']{{1,200}})\s+"
            r"(?:DES|3DES|AES(?:-?(?:128|192|256))?|priv\s+(?:des|3des|aes\s+(?:128|192|256)))\s+"
            rf"{_PHRASE}",
            0.85,
        ),
        # A Windows Wi-Fi profile's key (netsh wlan export ... key=clear).
        (
            "wlan-profile",
            r"<keyMaterial>(?P<v>[^<\s][^<]{0,199})</keyMaterial>",
            0.85,
        ),
        # A TACACS+ or RADIUS server's shared key.
        (
            "aaa",
            rf"{_LINE}(?:tacacs-server|radius-server)\s+(?:host\s+\S+\s+)?key\s+(?:0\s+)?"
            rf"(?!7\s){_CLEAR}",
            0.85,
        ),
        # The password of a Wi-Fi QR code's payload (printed on gateways and in
        # provisioning documents): the "P:" field, its ";" escaped with "\\".
        (
            "wifi-qr",
            r"(?<![A-Za-z0-9])WIFI:(?:(?:[^;\\\n]|\\.)*;){0,6}?P:"
            r"(?|\"(?P<v>[^\"\n]{1,63})\"|(?P<v>(?:[^;\\\n]|\\.){1,63}))(?=;)",
            0.9,
        ),
        # A SIM's PUK, or its PIN named as the SIM's ("SIM PIN 4821"; a bare
        # "PIN 600078" is as often India's postal code).
        (
            "sim",
            r"(?<![A-Za-z0-9])(?:puk2?|sim[\s_\-]?pin2?)(?:[\s_\-]?code)?\s*(?:[:=#]|is)?\s*"
            r"(?P<v>[0-9]{4,8})(?![0-9])",
            0.85,
        ),
        (
            "radio",
            rf"(?<![A-Za-z0-9])(?:{_RADIO_KEY_NAMES})(?:{_KEY_SEP})(?P<v>{_KEY_128})(?![0-9A-Z])",
            0.9,
        ),
        (
            "symmetric",
            rf"(?<![A-Za-z0-9])(?:{_SYMMETRIC_KEY_NAMES})(?![A-Za-z0-9]){_ASSIGN}"
            rf"(?P<v>{_KEY_MATERIAL})(?![A-Za-z0-9+/=_\-])",
            0.85,
        ),
        # Hosts' own files: Kickstart's "rootpw [--plaintext] pw" ("--iscrypted"
        # gives a hash, found as one; "--lock" none), Redis' "masterauth pw"
        # (its "requirepass" is a label's), OpenWrt's UCI "option key 'pw'"
        # (a Wi-Fi key, a WireGuard key; not WEP's key index "1".."4"), a
        # Windows answer file's "<AdministratorPassword><Value>pw</Value>".
        (
            "host-file",
            rf"{_LINE}(?:rootpw\s+(?:--plaintext\s+)?(?!--){_CLEAR}|masterauth\s+{_CLEAR})"
            rf"|{_LINE}option\s+(?:key|password|psk|sae_password|auth_secret|priv(?:ate)?_key"
            r"|preshared_key)\s+(?|'(?P<v>[^'\n]{2,200})'|\"(?P<v>[^\"\n]{2,200})\""
            r"|(?P<v>[^\s'\"]{2,200})(?=[ \t]*(?:$|\n|\\n)))"
            r"|<(?:[A-Za-z]*Password)>\s{0,20}<Value>(?P<v>[^<\s][^<]{0,199})</Value>",
            0.85,
        ),
        # The Wi-Fi and MQTT passwords firmware and scripts pass to their
        # libraries, as string literals: Arduino's WiFi.begin/softAP and
        # WiFiMulti's addAP ("ssid", "password"); MicroPython's and
        # CircuitPython's wlan.connect('ssid', 'password'); PubSubClient's
        # connect("client-id", "user", "password") (any connect call given three
        # strings: a database's connect(host, user, password) too); paho-mqtt's
        # username_pw_set("user", "password"); wpa_cli's set_network N psk '"pw"'.
        (
            "firmware-call",
            r"\b(?:WiFi|WiFiMulti|wifiMulti|wifi_multi)\.(?:begin|softAP|addAP)\(\s*\"[^\"\n]*\"\s*,\s*"
            r"\"(?P<v>[^\"\n]{1,63})\""
            r"|\b(?:wlan|sta_if|sta|station|wifi\.radio|network\.WLAN\([^()\n]{0,40}\))\.connect\("
            r"\s*(?:ssid\s*=\s*)?(?:'[^'\n]*'|\"[^\"\n]*\")\s*,\s*(?:(?:password|key)\s*=\s*)?"
            r"(?|'(?P<v>[^'\n]{1,63})'|\"(?P<v>[^\"\n]{1,63})\")"
            r"|\.connect\(\s*(?:\"[^\"\n]*\"\s*,\s*){2}\"(?P<v>[^\"\n]{1,200})\""
            r"|\.connect\(\s*(?:'[^'\n]*'\s*,\s*){2}'(?P<v>[^'\n]{1,200})'"
            r"|\busername_pw_set\(\s*(?:username\s*=\s*)?(?:'[^'\n]*'|\"[^\"\n]*\")\s*,\s*"
            r"(?:password\s*=\s*)?(?|'(?P<v>[^'\n]{1,200})'|\"(?P<v>[^\"\n]{1,200})\")"
            r"|\bset_network\s+[0-9]+\s+(?:psk|password|sae_password|wep_key[0-3])\s+"
            r"(?|'\"(?P<v>[^\"\n]{1,63})\"'|\"(?P<v>[^\"\n]{1,63})\"|(?P<v>[0-9A-Fa-f]{64})(?![0-9A-Za-z]))",
            0.85,
        ),
        # A line of PostgreSQL's password file (~/.pgpass), the password its last
        # field: "host:port:database:user:password". The port PostgreSQL listens
        # on by default (or PgBouncer's, or "*"), or any after the file's name.
        (
            "pgpass",
            r"(?:(?<![^\s\"'])|(?<=\\n))(?=[^:\s]*[A-Za-z.*])[A-Za-z0-9.\-*]{1,253}"
            r":(?:5432|5433|6432|\*|(?<=pgpass\S{0,40}\s{1,3}[^:\s]{1,253}:)[0-9]{2,5})"
            r":(?:[^\s:\\]|\\.){1,63}:(?:[^\s:\\]|\\.){1,63}"
            r":(?P<v>(?:[^\s:\\\"']|\\[^\snrt\"']){1,200})(?=$|[\s\"',;]|\\[nrt])",
            0.85,
        ),
        # cloud-init's "chpasswd: list:" block, a "user:password" a line (or a
        # list item): "RANDOM" or "R" asks cloud-init to make one up.
        (
            "chpasswd-list",
            r"(?<=chpasswd:(?:[^:]|:(?![ \t]*(?:\n|\\n|$))){0,40}"
            r"(?:(?<=\\n)|(?<![\w.\-]))list:[^\n]{0,6}"
            r"(?:(?:\n|\\n)[ \t]*(?:-[ \t]+)?[a-z_][a-z0-9_.\-]{0,31}:[^\s\\]{1,200}){0,20}"
            r"(?:\n|\\n)[ \t]*(?:-[ \t]+)?[a-z_][a-z0-9_.\-]{0,31}:)"
            r"(?!(?:RANDOM|R)(?![^\s\\\"']))(?P<v>[^\s\\\"']{1,200})(?=[ \t]*(?:$|\n|\\n|[\"']))",
            0.85,
        ),
        # A line of Postfix's SASL password map (sasl_passwd): the relay host
        # ("[smtp.example.com]:587", or a host or "@domain" in a text naming the
        # file before or after it), then "user:password", the password the rest
        # of the line.
        (
            "sasl-passwd",
            rf"{_LINE}(?:\[[A-Za-z0-9.\-]{{1,253}}\.[A-Za-z0-9\-]{{1,63}}\](?::[0-9A-Za-z]{{1,15}})?"
            r"|(?:(?<=sasl_passwd[\s\S]{0,200})|(?=[^\n]{0,200}sasl_passwd))"
            r"@?[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+(?::[0-9]{1,5})?)"
            r"[ \t]+[^\s:\\\"']{1,254}:(?P<v>[^\s\\\"']{1,200})(?=[ \t]*(?:$|\n|\\n|[\"']))",
            0.85,
        ),
        # ESPHome's native API key: "api: encryption: key: <32 bytes in base64>".
        (
            "esphome",
            r"(?<![\w\-])encryption:[ \t]*(?:\r?\n|\\r?\\n)[ \t]*key:[ \t]*[\"']?"
            r"(?P<v>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])",
            0.9,
        ),
        # HAProxy's statistics page's user and password ("stats auth admin:pw").
        (
            "haproxy-stats",
            r"\bstats\s+auth\s+[^\s:]+:(?P<v>(?:[^\s\"'\\]|\\(?![nrt\"'])){1,200})",
            0.85,
        ),
        (
            "zigbee",
            rf"(?<![A-Za-z0-9])network[_\-]?key{_SET}\[\s*(?P<v>{_BYTE_LIST})\s*\]",
            0.9,
        ),
    )
    FLAGS = regex.IGNORECASE
    # (the hosts' files' and SNMPv3's patterns, run only where their words stand)
    PATTERN_HINTS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "host-file": ("rootpw", "masterauth", "option", "password>"),
        "chpasswd-list": ("chpasswd:",),
        "sasl-passwd": ("]", "sasl_passwd"),
        "snmp-user": ("createuser", "snmp-server"),
        "snmp-user-priv": ("createuser", "snmp-server"),
        "wlan-profile": ("<keymaterial>",),
        "esphome": ("encryption:",),
        "haproxy-stats": ("stats",),
    }

    def validate(self, pattern_text: str, pattern_name: str) -> bool | None:
        if pattern_name in ("hash", "type7", "radio", "zigbee"):
            return True  # their shapes are certain
        if pattern_name == "symmetric" and (
            _WORDY.search(pattern_text) or _KEY_ID.fullmatch(pattern_text)
        ):
            return False  # an identifier of words, or a KMS key's id: not key material
        if pattern_name == "host-file" and _FILE_PATH.fullmatch(pattern_text):
            return False  # where the key is kept (uhttpd's "option key '/etc/uhttpd.key'")
        if pattern_name == "snmp" and pattern_text.lower() in DEFAULT_COMMUNITIES:
            return False  # every device's default, no one's secret
        return False if is_placeholder(pattern_text) else None
