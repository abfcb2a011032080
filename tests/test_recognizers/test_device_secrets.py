"""Secrets in network devices', VPN peers' and hosts' configuration, on tables
of positives and hard negatives, through the real engine.

Every value here is made up; none is a working credential or a real hash.
"""

from __future__ import annotations

import json

import pytest
from recognizer_tables import spans_found, trips_trigger

from scrubber import Scrubber, SensitiveDataError

_MD5 = "$1$DhM47aI5$p29RP6s9Q5dq5M4q3fzPgd"
_SHA512 = (
    "$6$rounds=5000$BlbmJa65oZQCVUIA$tlt8AZFTy7dPjFhYP37CFGZU69wW65BTyLG0VHjcZ5pyetMMZ8jTNx"
    "fRxPHKrh8khrr/Ylvy.gPJCe4UMMNMbX"
)
_BCRYPT = "$2b$12$rnZH11xWvmGTGI8qbrWnFoX.XG8dLnXkRE9MVN8ije1hVgWGhe0/b"
_YESCRYPT = "$y$j9T$fRmp1upzsDvPe5HUPeh0Sl$.hkgWd5DXb5tmx3aT16SDnxTXtvnTfPdMSC7sQ7pAdh"
_CISCO_9 = "$9$IgufVqaMYiqiRN$FPnHC9I0FUS0LEz6crb8vw3lweQvNhZD9x5lQ7w09v8"
_MOSQUITTO_6 = (
    "$6$Jq3wX3a8tJ7Jv1fW$kX5bq9rT+1ZpQ2wE4nL8uY7vC6xM3aS0dF5gH2jK9lO1iU4yT7rE3wQ6zX8cV5bN2mK0pL9o"
    "I4uY7tR1eW3qA=="
)
_MOSQUITTO_7 = (
    "$7$101$k0ZKzQb2JgPx2mRl$UaFZ7B4a6v1w0lG3tX5yXo8vGqYy8W0m5i9r8o7p9nS3Hk2nTqQ1Jg7m0aG4vVvOqT6s1Pz"
    "I6Bq5eQ1yAqk5nQ=="
)
_PBKDF2 = "pbkdf2_sha256$600000$q1w2e3r4t5y6$Vx7b0K2mQ9pL3sT6uW8yZ1aC4dF7gH0jK3lN6oP9rS2="
_ARGON2 = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGln"

# (text, the span that must be found whole as a password)
POSITIVES = [
    # Cisco IOS: a hash after its type digit, the reversible type 7, the clear type 0.
    (f"enable secret 5 {_MD5}", _MD5),
    (f"username admin privilege 15 secret 9 {_CISCO_9}", _CISCO_9),
    ("username netops password 7 0822455D0A16544541", "0822455D0A16544541"),
    ("username netops secret 0 Gr4nite-Peak", "Gr4nite-Peak"),
    ("enable secret cisco", "cisco"),
    ('{"commands": ["hostname edge-01", "enable secret Cisc0Lab", "end"]}', "Cisc0Lab"),
    ("hostname r1\\nenable password c1sco!\\nline vty 0 4", "c1sco!"),
    ("interface Gi0/1\n ip ospf authentication-key 7 045802150C2E\n", "045802150C2E"),
    ("key chain ospf\n key 1\n  key-string 7 110A1016141D5A5E57", "110A1016141D5A5E57"),
    # SNMP communities: Cisco's, net-snmp's, Junos'.
    ("snmp-server community Pr1v4teC0mm RW", "Pr1v4teC0mm"),
    ("rocommunity s3cr3tcomm default", "s3cr3tcomm"),
    ('set snmp community "Sn0wFl4ke" authorization read-only', "Sn0wFl4ke"),
    # IKE pre-shared keys and Juniper's reversible "$9$".
    ("crypto isakmp key Kx9vTq2mWz address 0.0.0.0", "Kx9vTq2mWz"),
    ("crypto keyring kr\n pre-shared-key address 203.0.113.7 key Branch0ffice!", "Branch0ffice!"),
    ("pre-shared-key local Branch0ffice!", "Branch0ffice!"),
    (
        'set security ike policy p1 pre-shared-key ascii-text "$9$H.fQhclK8X-VwM8"',
        "$9$H.fQhclK8X-VwM8",
    ),
    ('%any 198.51.100.4 : PSK "v3ryS3cretPSK"', "v3ryS3cretPSK"),
    # TACACS+ and RADIUS servers' shared keys.
    ("tacacs-server key 7 08701E1D5D4C53404A5A", "08701E1D5D4C53404A5A"),
    ("radius-server key R4diusK3y!", "R4diusK3y!"),
    ("tacacs-server host 10.0.0.5 key T4c4cs", "T4c4cs"),
    # Password hashes wherever they are: shadow lines, htpasswd, fixtures, LDAP.
    (f"root:{_SHA512}:19000:0:99999:7:::", _SHA512),
    ("admin:$apr1$ytz3Uliw$T.vIEDt2BpHl.EK8Wxnt.9", "$apr1$ytz3Uliw$T.vIEDt2BpHl.EK8Wxnt.9"),
    (f"ops:{_BCRYPT}", _BCRYPT),
    (f"pi:{_YESCRYPT}:19500:0:99999:7:::", _YESCRYPT),
    (f'set system root-authentication encrypted-password "{_SHA512}"', _SHA512),
    (f"hash={_ARGON2}", _ARGON2),
    (f'"password": "{_PBKDF2}"', _PBKDF2),
    (
        "userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g6ohRfLSjW/A==",
        "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g6ohRfLSjW/A==",
    ),
    # Mosquitto's password file: sha512 and PBKDF2 in standard base64.
    (f"mqtt-bridge:{_MOSQUITTO_7}", _MOSQUITTO_7),
    (f"sensor01:{_MOSQUITTO_6}", _MOSQUITTO_6),
    # Radios' keys: LoRaWAN's root and session keys, Z-Wave's, Zigbee's network key.
    ('"AppKey": "2B7E151628AED2A6ABF7158809CF4F3C"', "2B7E151628AED2A6ABF7158809CF4F3C"),
    ("NwkSKey: 9F3A1C7D2E4B6A8C0D1E2F3A4B5C6D7E", "9F3A1C7D2E4B6A8C0D1E2F3A4B5C6D7E"),
    # Z-Wave's S2 and S0 keys after their names and a space, as a controller's export lists them.
    (
        "S2_Authenticated 9F3A1C7D2E4B6A8C0D1E2F3A4B5C6D7E",
        "9F3A1C7D2E4B6A8C0D1E2F3A4B5C6D7E",
    ),
    ("S0_Legacy   2B7E151628AED2A6ABF7158809CF4F3C", "2B7E151628AED2A6ABF7158809CF4F3C"),
    (
        "app_s_key 2B 7E 15 16 28 AE D2 A6 AB F7 15 88 09 CF 4F 3C",
        "2B 7E 15 16 28 AE D2 A6 AB F7 15 88 09 CF 4F 3C",
    ),
    ("S2_Unauthenticated: 5369389EFA18EE2A4989172725FC547F", "5369389EFA18EE2A4989172725FC547F"),
    (
        "advanced:\n  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]",
        "1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13",
    ),
    # A Wi-Fi QR code's password, a SIM's PUK and PIN, wpa_supplicant's psk on a new line.
    ("WIFI:T:WPA;S:Warehouse-IoT;P:Gr33nH0use!;;", "Gr33nH0use!"),
    ('WIFI:S:plant-floor;T:WPA;P:"kx9!mQ2z";H:false;;', "kx9!mQ2z"),
    ("WIFI:S:My\\;Net;T:WPA;P:ab\\;cd12;;", "ab\\;cd12"),
    ("replacement SIM: PUK 87654321", "87654321"),
    ("SIM PIN: 4821", "4821"),
    ('network={\\n  ssid="Lab"\\n  psk="Sunflower88"\\n}', "Sunflower88"),
    # Symmetric keys under their names: AES, HMAC, encryption, Tuya's local
    # key, Azure IoT's device key.
    ("aes_key: 00112233445566778899aabbccddeeff", "00112233445566778899aabbccddeeff"),
    ('"encryptionKey": "AbCdEf0123456789AbCdEf0123456789"', "AbCdEf0123456789AbCdEf0123456789"),
    ('"local_key": "a1b2c3d4e5f6g7h8"', "a1b2c3d4e5f6g7h8"),
    (
        "hmac_key: 6b3a55e0261b0304143f805a24924d0c1c44524821305f31d9277843b8a10f4e",
        "6b3a55e0261b0304143f805a24924d0c1c44524821305f31d9277843b8a10f4e",
    ),
    (
        "HostName=hub.azure-devices.net;DeviceId=d1;DeviceKey=8y7Zq2X1mN0pL9kJ8hG7fD6sA5qW4eR3tY2uI1oP0a0=",
        "8y7Zq2X1mN0pL9kJ8hG7fD6sA5qW4eR3tY2uI1oP0a0=",
    ),
    # Secrets in XML named by an attribute: Android's resources, Java's XML
    # properties, Spring's beans.
    ('<string name="wifi_password">Gr33nH0use!</string>', "Gr33nH0use!"),
    ('<entry key="db.password">Hx7-19aQ</entry>', "Hx7-19aQ"),
    ('<property name="password" value="Hx7-19aQ"/>', "Hx7-19aQ"),
    # Name/value pairs naming a secret: a Kubernetes container's env, ECS' environment.
    ('env:\n  - name: DB_PASSWORD\n    value: "Hx7-19aQ-long"\n', "Hx7-19aQ-long"),
    ('[{"name": "API_KEY", "value": "abcd1234efgh5678ijkl"}]', "abcd1234efgh5678ijkl"),
    ("env:\\n  - name: SECRET_KEY\\n    value: s3cr3tV4lue\\n", "s3cr3tV4lue"),
    # ... their keys in capitals, as some generators write them.
    ('[{"NAME": "DB_PASSWORD", "VALUE": "Hx7-19aQ-long"}]', "Hx7-19aQ-long"),
    ('<add KEY="DbPassword" VALUE="Hx7-19aQ"/>', "Hx7-19aQ"),
    # ... or in any casing the patterns accept (their hints are read in lower case).
    ('[{"Name": "DB_PASSWORD", "vaLue": "Hx7-19aQ-long"}]', "Hx7-19aQ-long"),
    ('#Define WIFI_PASSWORD "Hx7-19aQ"', "Hx7-19aQ"),
    # A YAML block scalar after a password's key ("password: |", then the value).
    ("db:\n  password: |\n    Hx7-19aQ-long\n", "Hx7-19aQ-long"),
    ("db:\\n  password: >-\\n    Hx7-19aQ-long\\n", "Hx7-19aQ-long"),
    # Firmware sketches: a C macro or array named for a secret.
    ('#define WIFI_PASSWORD "Gr33nH0use!"', "Gr33nH0use!"),
    ('#define MQTT_PASS "mqttpass"', "mqttpass"),
    ('char ssid[] = "Lab"; char pass[] = "sunflower88";', "sunflower88"),
    ('char password[32] = "Gr33nH0use!";', "Gr33nH0use!"),
    # WireGuard's and a wireless profile's pre-shared keys (a label's).
    (
        "[Peer]\nPresharedKey = /UwcSPg38hW/D9Y3tcS1FOV0K1wuURMbS0sesJEP5ak=",
        "/UwcSPg38hW/D9Y3tcS1FOV0K1wuURMbS0sesJEP5ak=",
    ),
    (
        "/interface wireless security-profiles set default wpa2-pre-shared-key=Gr33nHouse2024",
        "Gr33nHouse2024",
    ),
    # Lines of PostgreSQL's password file: on its default port (or PgBouncer's,
    # or any), on another after the file's name; a colon escaped in the password.
    ("db.internal:5432:orders:app_user:Tr0ub4dor3", "Tr0ub4dor3"),
    ("*:*:*:replicator:Repl1cate-Now", "Repl1cate-Now"),
    ("pgbouncer.local:6432:*:report:Rep0rt!ng", "Rep0rt!ng"),
    ("localhost:5432:*:app:Pg\\:pw9x", "Pg\\:pw9x"),
    ("~/.pgpass: db.internal:15432:orders:app_user:Tr0ub4dor3", "Tr0ub4dor3"),
    ('{"doc": "printf db.internal:5432:orders:app:Pgpw9x\\n > ~/.pgpass"}', "Pgpw9x"),
    # Hosts' own files: Kickstart's rootpw, Redis' masterauth, OpenWrt's UCI
    # options, a Windows answer file's password value.
    ("lang en_US\nrootpw --plaintext Gr33nHouse9\n", "Gr33nHouse9"),
    ("rootpw Gr33nHouse9", "Gr33nHouse9"),
    # A routing protocol's and NTP's keys in clear.
    ("interface Gi0/1\n ip ospf message-digest-key 10 md5 Gr33nHouse9\n", "Gr33nHouse9"),
    ("ntp authentication-key 1 md5 0 Gr33nHouse9", "Gr33nHouse9"),
    ("ip ospf message-digest-key 1 md5 cisco", "cisco"),
    # HAProxy's statistics page's user and password.
    ("listen stats\n  stats enable\n  stats auth admin:Gr33nHouse9\n", "Gr33nHouse9"),
    ('"cfg": "listen stats\\n  stats auth admin:Gr33nHouse9\\n  stats uri /"', "Gr33nHouse9"),
    ("bind 0.0.0.0\nmasterauth Gr33nHouse9\n", "Gr33nHouse9"),
    ("config wifi-iface 'ap'\n\toption ssid 'Lab'\n\toption key 'Gr33nHouse9'\n", "Gr33nHouse9"),
    ("config interface 'wg0'\n\toption private_key 'eKq9Gr33nHouse9='", "eKq9Gr33nHouse9="),
    (
        "<AdministratorPassword><Value>Gr33nHouse9</Value><PlainText>true</PlainText>",
        "Gr33nHouse9",
    ),
    ("<Password>\n  <Value>Gr33nHouse9</Value>\n</Password>", "Gr33nHouse9"),
    # Wi-Fi and MQTT passwords passed to libraries as string literals.
    ('WiFi.begin("LabNet", "Gr33nHouse9");', "Gr33nHouse9"),
    ('WiFi.softAP("esp-setup", "Gr33nHouse9");', "Gr33nHouse9"),
    ('wifiMulti.addAP("LabNet", "Gr33nHouse9");', "Gr33nHouse9"),
    ("wlan.connect('LabNet', 'Gr33nHouse9')", "Gr33nHouse9"),
    ('network.WLAN(network.STA_IF).connect("LabNet", "Gr33nHouse9")', "Gr33nHouse9"),
    ('wifi.radio.connect(ssid="LabNet", password="Gr33nHouse9")', "Gr33nHouse9"),
    ('client.connect("esp32-01", "sensor", "Gr33nHouse9")', "Gr33nHouse9"),
    ('client.username_pw_set("sensor", "Gr33nHouse9")', "Gr33nHouse9"),
    ("wpa_cli -i wlan0 set_network 0 psk '\"Gr33nHouse9\"'", "Gr33nHouse9"),
    # strongSwan's users' secrets beside its PSKs; SNMPv3 users' pass phrases
    # (Net-SNMP's createUser, Cisco's snmp-server user), each found; a Windows
    # Wi-Fi profile's key.
    ('carol : EAP "Gr33nHouse9"', "Gr33nHouse9"),
    (': XAUTH "Gr33nHouse9"', "Gr33nHouse9"),
    ('createUser monitor SHA "Gr33nHouse9" AES "Pr1vPhrase77"', "Gr33nHouse9"),
    ('createUser monitor SHA "Gr33nHouse9" AES "Pr1vPhrase77"', "Pr1vPhrase77"),
    ("createUser -e 0x80001f8880 monitor SHA-256 Gr33nHouse9 AES Pr1vPhrase77", "Pr1vPhrase77"),
    (
        "snmp-server user monitor NMS v3 auth sha Gr33nHouse9 priv aes 128 Pr1vPhrase77",
        "Gr33nHouse9",
    ),
    ("snmp-server user monitor NMS v3 auth md5 Gr33nHouse9 priv des Pr1vPhrase77", "Pr1vPhrase77"),
    (
        "<sharedKey><keyType>passPhrase</keyType><protected>false</protected>"
        "<keyMaterial>Gr33nHouse9</keyMaterial></sharedKey>",
        "Gr33nHouse9",
    ),
    # ESPHome's native API key.
    (
        'api:\n  encryption:\n    key: "ZmllbGRndWFyZC1lc3Bob21lLXRlc3Qta2V5LTAwMDE="\n',
        "ZmllbGRndWFyZC1lc3Bob21lLXRlc3Qta2V5LTAwMDE=",
    ),
    # cloud-init's chpasswd list (a block or a list, real newlines or a JSON
    # string's), each line's password after the user's name.
    ("#cloud-config\nchpasswd:\n  list: |\n    root:Gr33nHouse9\n  expire: false\n", "Gr33nHouse9"),
    ("chpasswd:\n  list: |\n    ubuntu:RANDOM\n    pi:Gr33nHouse9\n", "Gr33nHouse9"),
    (
        '{"user_data": "chpasswd:\\n  expire: false\\n  list:\\n    - root:Gr33nHouse9"}',
        "Gr33nHouse9",
    ),
    # Postfix's SASL password map: a bracketed relay host, or a host or a domain
    # with the file named before or after the line.
    ("[smtp.example.net]:587 alerts:Gr33nHouse9\n", "Gr33nHouse9"),
    ("[mail.example.net] relay-user@example.net:Gr33n:House9", "Gr33n:House9"),
    (
        "echo 'smtp.gmail.com:587 ops@example.com:Gr33nHouse9' > /etc/postfix/sasl_passwd",
        "Gr33nHouse9",
    ),
    ("/etc/postfix/sasl_passwd:\n@example.com alerts@example.com:Gr33nHouse9\n", "Gr33nHouse9"),
]

NEGATIVES = [
    # The keywords in prose, no secret after them.
    "Enable password rotation every 90 days.",
    "username jdoe password reset requested by the help desk",
    "the pre-shared-key is stored in Vault",
    "radius-server key is rotated quarterly",
    "press key 7 twice; the secret 5 ingredients; password 0 attempts left",
    "snmp-server community public RO",
    "set snmp community private authorization read-write",
    "join the user community forum",
    # Dollars and shell arguments, not hashes.
    "price $5$ per unit, $9$ pack",
    "echo $1$2 and $6$HOME",
    "costs $2b$ a year",
    # Type 7's shape after a word that keeps no secret.
    "vlan 7 0822455D0A16",
    # An open network's QR code; India's postal PIN code; a PUK's whereabouts.
    "WIFI:T:nopass;S:guest-lounge;;",
    "IFSC FDRL0107969, PIN 600078",
    "the PUK is printed on the card the SIM came in",
    # LoRaWAN's identifiers, not keys; a key asked for, not given.
    '"DevEui": "0004A30B001C0530", "JoinEui": "70B3D57ED0000000"',
    "AppKey: <from the join server>",
    "advanced:\n  network_key: GENERATE\n  pan_id: GENERATE",
    # Which key, not the key: a KMS key's alias, id or ARN; identifiers of words.
    "encryption_key: alias/forecast-data-key",
    "encryption_key: 9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
    "encryption_key: mrk-1234abcd12ab34cd56ef1234567890ab",
    "device_key: thermostat-kitchen-01",
    "local_key: user_id",
    # An element or a bean naming a secret's hint, label or encoder.
    '<string name="password_hint">Enter your password</string>',
    '<property name="passwordEncoder" ref="encoder"/>',
    # A pair naming a secret's policy, or taking the secret from a store.
    "- name: PASSWORD_POLICY\n  value: strict",
    "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db",
    "- name: DB_PASSWORD\n  value: ${DB_PASSWORD}",
    # A block scalar holding a placeholder or where the secret is kept.
    "password: |\n  ${DB_PASS}\n",
    "password: >\n  see Vault\n",
    # Macros naming a secret's length or prompt, a word ending in a label, a placeholder.
    "#define WIFI_PASSWORD_LEN 64",
    '#define PASSWORD_PROMPT "Enter password"',
    '#define BYPASS "cache-all"',
    '#define WIFI_PASS "your-password-here"',
    # Templates' variables, not hashes.
    "password: {{db_password}} and password={password}",
    # Colons' other runs of five fields: a cache's key, a time, a MAC address,
    # an ARN, a password file's line on another port with no file named, a mask.
    "cache key user:1000:cart:items:v2",
    "time 10:20:30:40:50",
    "mac a0:12:34:56:78:9a",
    "arn:aws:iot:eu-west-1:123456789012:thing/sensor-1",
    "db.internal:15432:orders:app_user:Tr0ub4dor3",
    "db.internal:5432:orders:app_user:****",
    # Host files' keywords in prose, WEP's key index, a locked root, a hash
    # asked for (found as a hash, not here: no hash given).
    "rootpw is set by kickstart",
    "rootpw --lock",
    "stats auth errors: 5 in the last hour",
    "configure the message-digest-key 1 md5 key on each router",
    "authentication-key 1 md5 as described below",
    "stats auth ${STATS_USER}:${STATS_PASS}",
    "\toption key '1'",
    "\toption key 1",
    "option key features include fast setup",
    "config uhttpd 'main'\n\toption cert '/etc/uhttpd.crt'\n\toption key '/etc/uhttpd.key'\n",
    "<PasswordPolicy><Value></Value></PasswordPolicy>",
    # The same calls given variables, a placeholder, an open network, a socket's address.
    "WiFi.begin(ssid, password);",
    'WiFi.begin("LabNet", "YOUR_PASSWORD");',
    'WiFi.begin("GuestNet", "");',
    "wlan.connect(SSID, PASSWORD)",
    "client.username_pw_set(USER, PASSWORD)",
    'sock.connect(("example.com", 80))',
    "wpa_cli -i wlan0 set_network 0 key_mgmt NONE",
    # ESPHome's key kept in its secrets file, or too short to be one.
    "api:\n  encryption:\n    key: !secret api_key\n",
    "encryption:\n  key: abc123\n",
    # SNMPv3's and strongSwan's keywords in prose, a user with no pass phrase.
    "createUser is documented in snmpd.conf(5)",
    "snmp-server user monitor NMS v3",
    "EAP methods: EAP-TLS and PEAP",
    "<keyMaterial></keyMaterial>",
    # cloud-init asked to make the passwords up ("RANDOM", "R"), a variable, the
    # list's keywords elsewhere; a user's name and id outside the list.
    "chpasswd:\n  list: |\n    ubuntu:RANDOM\n    admin:R\n  expire: false\n",
    "chpasswd:\n  list: |\n    root:${ROOT_PASSWORD}\n",
    "chpasswd:\n  expire: false\nruncmd:\n  - echo list: ready\n",
    "users:\n  - default\nuid:1000\n",
    # A bracketed host in prose or a link, a host and a pair with no file named,
    # the file's name in Postfix's main.cf, a placeholder.
    "[mail.example.com]:587 is our relay",
    "see [docs.example.com] section:intro",
    "www.example.com user:1000",
    "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
    "[smtp.example.com]:587 {{ smtp_user }}:{{ smtp_password }}",
]


@pytest.mark.parametrize("text,span", POSITIVES)
def test_positive(scrubber: Scrubber, text: str, span: str) -> None:
    """Found as a password, covered whole (and no more than the secret)."""
    assert ("PASSWORD", span) in spans_found(scrubber, text)


@pytest.mark.parametrize("text,span", POSITIVES)
def test_positive_trips_its_trigger(text: str, span: str) -> None:
    assert trips_trigger("PASSWORD", text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(scrubber: Scrubber, text: str) -> None:
    assert spans_found(scrubber, text) == []


def test_a_router_config_in_a_job_document_blocks_the_call(scrubber: Scrubber) -> None:
    """A job document with a device's config: the call is blocked, and the
    error names the field and the entity, never the secret."""
    document = json.dumps(
        {
            "operation": "apply-config",
            "config": "hostname edge-01\nusername netops password 7 0822455D0A16544541\nend",
        }
    )
    params = {"jobId": "rollout-42", "targets": ["arn:aws:iot:eu-west-1:123456789012:thing/r1"]}
    with pytest.raises(SensitiveDataError) as info:
        scrubber.scrub({**params, "document": document}, service="iot", operation="CreateJob")
    [finding] = info.value.findings
    assert (finding.path, finding.entity_type, finding.action) == ("document", "PASSWORD", "block")
    assert "0822455D0A16544541" not in str(info.value)
    assert "0822455D0A16544541" not in repr(info.value.findings)
