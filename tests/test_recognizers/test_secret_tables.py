"""Credentials of the long tail, on tables of positives and hard negatives, through the real engine.

Every value here is made up; none is a working credential.
"""

from __future__ import annotations

from typing import Any

import pytest
from recognizer_tables import spans_found, trips_trigger

import recognizers.bounded
from recognizers.vendor_tokens import ADOPTED, FieldCatalogueTokenRecognizer, catalogue
from scrubber import Scrubber

_SESSION = "FwoGZXIvYXdzEJr//////////wEaDAbCdEfGhIjKlMnOpQrStUvWxYz0123456789" + "AbCd" * 12
_PKCS8 = (
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7"
    "NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s"
)
_PUTTY = (
    "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ci\nPublic-Lines: 1\n"
    "AAAAC3NzaC1lZDI1NTE5AAAAIOm\nPrivate-Lines: 1\nAAAAIGFhYWFhYWFh\n"
    "Private-MAC: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
)

# (entity, text, the span that must be found whole; None: the whole text)
POSITIVES = [
    (
        "VENDOR_TOKEN",
        "key sk-proj-abcDEF1234567890abcdefT3BlbkFJabcdef1234567890ABCD",
        "sk-proj-abcDEF1234567890abcdefT3BlbkFJabcdef1234567890ABCD",
    ),
    ("VENDOR_TOKEN", "sk-ant-api03-" + "AbCdEf0123456789" * 6 + "-AAAAA", None),
    (
        "VENDOR_TOKEN",
        "HF token hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh",
        "hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh",
    ),
    ("VENDOR_TOKEN", "npm_AbCdEf0123456789AbCdEf0123456789AbCd", None),
    # IoT platforms: The Things Network (LoRaWAN), Adafruit IO, Ubidots.
    (
        "VENDOR_TOKEN",
        "TTN_API_KEY=NNSXS.PIX6EA6QOM66ZJOJYAEKCTBR6Y3Z4IXGCI7NQ3T."
        "2YW2OVBRKUGNRSHE66FWE2JBS32HCCYVRPCTAEGCM2SQJCVUXIYY",
        "NNSXS.PIX6EA6QOM66ZJOJYAEKCTBR6Y3Z4IXGCI7NQ3T."
        "2YW2OVBRKUGNRSHE66FWE2JBS32HCCYVRPCTAEGCM2SQJCVUXIYY",
    ),
    (
        "VENDOR_TOKEN",
        "io key aio_D3HyP3MRJgN8ZGrBOUTp7tBqHtJv for the feed",
        "aio_D3HyP3MRJgN8ZGrBOUTp7tBqHtJv",
    ),
    (
        "VENDOR_TOKEN",
        "ubidots BBFF-aYALubyNLOidOOvDwR6wMTrVFbLd9R",
        "BBFF-aYALubyNLOidOOvDwR6wMTrVFbLd9R",
    ),
    (
        "VENDOR_TOKEN",
        "VAULT_TOKEN=hvs.CAESIAbCdEf0123456789AbCdEf0123",
        "hvs.CAESIAbCdEf0123456789AbCdEf0123",
    ),
    (
        "VENDOR_TOKEN",
        "mailgun key-30f81a1ae14fc5e2029b20220fe15624",
        "key-30f81a1ae14fc5e2029b20220fe15624",
    ),
    ("VENDOR_TOKEN", "glsa_AbCdEf0123456789AbCdEf0123456789_0a1b2c3d", None),
    (
        "VENDOR_TOKEN",
        "docker login -u ci -p dckr_pat_AbCdEf0123456789AbCdEf01234",
        "dckr_pat_AbCdEf0123456789AbCdEf01234",
    ),
    (
        "VENDOR_TOKEN",
        "client_id=1; GOCSPX-AbCdEf0123456789AbCdEf012345",
        "GOCSPX-AbCdEf0123456789AbCdEf012345",
    ),
    ("VENDOR_TOKEN", "ya29.a0AfH6SMBx0123456789AbCdEfGhIjKlMnOpQr", None),
    ("VENDOR_TOKEN", "lin_api_" + "AbCdEf0123" * 4, None),
    ("VENDOR_TOKEN", "dp.pt." + "AbCdEf0123" * 4 + "AbC", None),
    (
        "VENDOR_TOKEN",
        "pypi-AgEIcHlwaS5vcmcCJDEyMzQ1Njc4LTEyMzQtMTIzNC0xMjM0LTEyMzQ1Njc4OTAxMgACJX"
        "sicGVybWlzc2lvbnMiOiAidXNlciJ9",
        None,
    ),
    # A PyPI token shorter than the catalogue's pattern asks.
    (
        "VENDOR_TOKEN",
        "token pypi-AgEIcHlwaS5vcmc" + "Ab3_Cd-Ef9" * 5,
        "pypi-AgEIcHlwaS5vcmc" + "Ab3_Cd-Ef9" * 5,
    ),
    ("VENDOR_TOKEN", "dop_v1_" + "0123456789abcdef" * 4, None),
    ("VENDOR_TOKEN", "SG.AbCdEfGhIjKlMnOpQrStUv.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfG", None),
    # Stripe's own pattern stops after 24 characters: the rest must go too.
    (
        "VENDOR_TOKEN",
        "sk_live_51H8xYzAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopqrstu",
        None,
    ),
    ("VENDOR_TOKEN", "whsec_AbCdEf0123456789AbCdEf0123456789", None),
    ("VENDOR_TOKEN", "shpat_0123456789abcdef0123456789abcdef", None),
    ("VENDOR_TOKEN", "ATATT3xFfGF0" + "AbCdEf0123456789" * 10 + "=ABCD1234", None),
    (
        "VENDOR_TOKEN",
        "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw2 please",
        "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw2",
    ),
    ("VENDOR_TOKEN", "xapp-1-A0123456789-1234567890123-" + "abcdef0123456789" * 4, None),
    ("VENDOR_TOKEN", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", None),
    (
        "VENDOR_TOKEN",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        None,
    ),
    ("VENDOR_TOKEN", "MTAxMjM0NTY3ODkwMTIzNDU2Nz.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0", None),
    ("VENDOR_TOKEN", "SK0123456789abcdef0123456789abcdef", None),
    ("VENDOR_TOKEN", "aws_session_token=" + _SESSION, _SESSION),
    (
        "URL_SECRET",
        "https://discord.com/api/webhooks/123456789012345678/" + "AbCdEfGhIjKl" * 5,
        "123456789012345678/" + "AbCdEfGhIjKl" * 5,
    ),
    (
        "URL_SECRET",
        "https://contoso.webhook.office.com/webhookb2/1111-2222@3333-4444/IncomingWebhook/"
        "0123456789abcdef/7777-8888",
        "1111-2222@3333-4444/IncomingWebhook/0123456789abcdef/7777-8888",
    ),
    (
        "URL_SECRET",
        "https://maker.ifttt.com/trigger/door_open/with/key/dAbCdEfGhIjKlMnOpQrStU",
        "dAbCdEfGhIjKlMnOpQrStU",
    ),
    (
        "AWS_SECRET_ACCESS_KEY",
        'SecretAccessKey: "wJalrXUtnFEMIK7MDENGbPxRfiCYzz9876543210"',
        "wJalrXUtnFEMIK7MDENGbPxRfiCYzz9876543210",
    ),
    # After the bare word "secret": 40 characters of mixed case and digits.
    (
        "AWS_SECRET_ACCESS_KEY",
        "rotated secret Lw7bRk2QmZx9Tn4YpVc8Hd3Js6Fa1Ge5Ku0Pq9Zt",
        "Lw7bRk2QmZx9Tn4YpVc8Hd3Js6Fa1Ge5Ku0Pq9Zt",
    ),
    (
        "AWS_SECRET_ACCESS_KEY",
        "keys for backfill: AKIA4YNOIGKRVGCUFD4H / rL9tG0I6cgCz8PeRMiMKTOck1FfkD8LYPyLwgVOu",
        "rL9tG0I6cgCz8PeRMiMKTOck1FfkD8LYPyLwgVOu",
    ),
    ("PASSWORD", "DB_PASSWORD=Vault9!xQ2#k", "Vault9!xQ2#k"),
    ("PASSWORD", "password: ChangeMe42!x", "ChangeMe42!x"),
    # A "$" inside a password after a word and a dash or underscore: no variable.
    ("PASSWORD", "password: Pass_$word1", "Pass_$word1"),
    ("PASSWORD", "password: Abc-$A00x", "Abc-$A00x"),
    ("PASSWORD", "DB_PASSWORD=Hunter2!x", "Hunter2!x"),
    # A label, a space and a strong value, in any of the labels' languages.
    ("PASSWORD", "passwd Qm7_+.x2cTUV9", "Qm7_+.x2cTUV9"),
    # A template's parameter named for a password, and its default value.
    (
        "PASSWORD",
        '{"Parameters": {"WifiPassword": {"Type": "String", "Default": "tUPBne2m$F"}}}',
        "tUPBne2m$F",
    ),
    ("PASSWORD", '{"wifiPassword": {"value": "Sh0rtPw!x"}}', "Sh0rtPw!x"),
    ("PASSWORD", "jelszó Gyar42+kapu", "Gyar42+kapu"),
    ("PASSWORD", "סיסמא = Wq8zRt4$1", "Wq8zRt4$1"),
    ("PASSWORD", "PGPASSWORD=s3cr3t psql -h db", "s3cr3t"),
    ("PASSWORD", "SECRET_KEY = 'django-insecure-abc123xyz'", "django-insecure-abc123xyz"),
    ("PASSWORD", '{"dbPassword": "Winter 2024!"}', "Winter 2024!"),
    ("PASSWORD", "client_secret: aB3dE5fG7hI9", "aB3dE5fG7hI9"),
    ("PASSWORD", '"pass": "letmein99"', "letmein99"),
    ("PASSWORD", "Passwort: Geheim123", "Geheim123"),
    # A label's index before "is", or before the value and a few spaces.
    ("PASSWORD", "password[0] is Geheim123!", "Geheim123!"),
    ("PASSWORD", "Passwort   Geheim123", "Geheim123"),
    # A label numbered: Tasmota's commands, a second network's key.
    ("PASSWORD", "Backlog SSID1 HomeNet; Password1 Gr33nHouse; MqttUser dev", "Gr33nHouse"),
    ("PASSWORD", "ssid2=Lab\npsk2=Gr33nHouse9", "Gr33nHouse9"),
    # A label at a line's start after a real newline (not read as glued to the
    # word before the newline: "$" matched before a trailing newline).
    ("PASSWORD", "network={\n  ssid=Lab\npsk=Gr33nHouse9\n}", "Gr33nHouse9"),
    ("PASSWORD", "mot de passe : Soleil2024", "Soleil2024"),
    ("PASSWORD", "contraseña=Clave#2024", "Clave#2024"),
    ("PASSWORD", "пароль: Qwerty123", "Qwerty123"),
    ("PASSWORD", "pw=abc123", "abc123"),
    ("PASSWORD", "pwd: Xy7!kkk", "Xy7!kkk"),
    ("PASSWORD", "sshpass -p 'S3cr3t!' ssh user@host", "S3cr3t!"),
    ("PASSWORD", "mysql -u root -pRootPass123 -h db", "RootPass123"),
    ("PASSWORD", "docker login -u ci -p ghcrPass123 ghcr.io", "ghcrPass123"),
    # curl's user and password, whole as a URL's credentials are
    ("PASSWORD", "curl -u admin:AdminPass1 https://x.example.com", "admin:AdminPass1"),
    # A command written inside a JSON string: its quotes escaped, the
    # backslash before a quote the quote's, not the password's.
    ("PASSWORD", 'sshpass -p \\"Zq7!kLm29x\\" ssh deploy@host', "Zq7!kLm29x"),
    ("PASSWORD", 'mysql -u app -p\\"Zq7!kLm29x\\" reports', "Zq7!kLm29x"),
    ("PASSWORD", 'psql \\"host=db user=app password=Zq7!kLm29x\\" -c 1', "Zq7!kLm29x"),
    # ... but between plain quotes a backslash is the password's own.
    ("PASSWORD", "sshpass -p 'Secr3t\\' ssh deploy@host", "Secr3t\\"),
    (
        "AUTH_HEADER",
        '{"auths": {"registry.example.com": {"auth": "dXNlcjpzM2NyM3RQYXNz"}}}',
        "dXNlcjpzM2NyM3RQYXNz",
    ),
    (
        "AUTH_HEADER",
        "Cookie: session=abc123def456; csrftoken=zzz999",
        "session=abc123def456; csrftoken=zzz999",
    ),
    ("AUTH_HEADER", "X-API-Key: 0123456789abcdefABCDEF", "0123456789abcdefABCDEF"),
    (
        "AUTH_HEADER",
        "Ocp-Apim-Subscription-Key: 0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef",
    ),
    ("AUTH_HEADER", "x-functions-key: AbCdEf0123456789==", "AbCdEf0123456789=="),
    ("AUTH_HEADER", "Authorization: ApiKey AbCdEf0123456789xyz", "AbCdEf0123456789xyz"),
    ("URL_CREDENTIALS", "redis://:RedisPass123@cache.example.com:6379/0", ":RedisPass123"),
    ("URL_CREDENTIALS", "amqp://svc:P+ss/w0rd=#1@mq.example.com:5672/vhost", "svc:P+ss/w0rd=#1"),
    # An XML element named for a secret (Maven's settings.xml, a job document's payload).
    (
        "PASSWORD",
        "<server><id>nexus</id><username>deploy</username><password>S3cr3tX9!</password></server>",
        "S3cr3tX9!",
    ),
    ("PASSWORD", "<dbPassword>hunter2</dbPassword>", "hunter2"),
    (
        "PASSWORD",
        "<apiKey>a8f5f167f44f4964e6c998dee827110c</apiKey>",
        "a8f5f167f44f4964e6c998dee827110c",
    ),
    # .NET's appSettings: the value after a key naming a secret.
    (
        "PASSWORD",
        '<appSettings><add key="PageSize" value="25"/>'
        '<add key="DbPassword" value="S3cr3tX9!"/></appSettings>',
        "S3cr3tX9!",
    ),
    ("PASSWORD", "<add key='ClientSecret' value='9a8b7c6d5e4f3g2h1i0j'/>", "9a8b7c6d5e4f3g2h1i0j"),
    # A wireless network's key is its password.
    ("PASSWORD", "wifi key: S3cr3tX9!", "S3cr3tX9!"),
    ("PASSWORD", "WPA2 key Tr0ub4dor&3 for SSID Corp-Guest", "Tr0ub4dor&3"),
    # Azure's connection strings (IoT Hub, Service Bus) carry the key under its name.
    (
        "PASSWORD",
        "HostName=hub.azure-devices.net;DeviceId=dev1;"
        "SharedAccessKey=jUaRm+zJg3yDr1zZDQCr+LgeYe1hsVQawO2Rkn3HbTE=",
        "jUaRm+zJg3yDr1zZDQCr+LgeYe1hsVQawO2Rkn3HbTE=",
    ),
    (
        "PASSWORD",
        "shared_access_key: jUaRm+zJg3yDr1zZDQCr+LgeYe1hsVQawO2Rkn3HbTE=",
        "jUaRm+zJg3yDr1zZDQCr+LgeYe1hsVQawO2Rkn3HbTE=",
    ),
    # An address as the user, its "@" left unescaped: the userinfo ends at the last "@".
    (
        "URL_CREDENTIALS",
        "feed https://alice@corp.com:S3cret!@sftp.example.com/in daily",
        "alice@corp.com:S3cret!",
    ),
    ("URL_CREDENTIALS", "sqlplus scott/tiger@//db.example.com:1521/ORCL", "scott/tiger"),
    # A password label, a word or two saying whose, a colon, a strong value.
    ("PASSWORD", "Tủ khóa tầng 2, mật khẩu quản trị: nvOlU!416hYOg", "nvOlU!416hYOg"),
    ("PASSWORD", "kata sandi router: mm3-NYKd-DgjE& (ganti setelah)", "mm3-NYKd-DgjE&"),
    ("PASSWORD", "The password for admin: Winter2026!", "Winter2026!"),
    ("PASSWORD", "salasana: Kesä2026!", "Kesä2026!"),
    # The word in Portugal's Portuguese, Estonian, Serbian Cyrillic, Welsh, Irish.
    ("PASSWORD", "palavra-passe: Sommer2024", "Sommer2024"),
    ("PASSWORD", "a palavra-passe é Sommer2024", "Sommer2024"),
    ("PASSWORD", "salasõna: Sommer2024", "Sommer2024"),
    ("PASSWORD", "\u043b\u043e\u0437\u0438\u043d\u043a\u0430: Sommer2024", "Sommer2024"),
    ("PASSWORD", "cyfrinair: Sommer2024", "Sommer2024"),
    ("PASSWORD", "pasfhocal: Sommer2024", "Sommer2024"),
    # Thai's "is" glued to the label, or to a word or two after it.
    ("PASSWORD", "รหัสผ่านคือ Abcd#xy12 นะครับ", "Abcd#xy12"),
    ("PASSWORD", "รหัสผ่าน wifi เข้าเครื่องคือ Kaffee!2024 นะ", "Kaffee!2024"),
    # A user, a slash and a password, after labels naming both or a login's label.
    ("PASSWORD", "user/pass: admin / Sommer!2024!", "Sommer!2024!"),
    ("PASSWORD", "Zugangsdaten Techniker / Fahrrad@2023x", "Fahrrad@2023x"),
    ("PASSWORD", "usuario/contraseña: soporte / Lima#2024", "Lima#2024"),
    ("PASSWORD", "lösenord: Sommar-2026", "Sommar-2026"),
    # A Wi-Fi network's pre-shared key in a job document.
    ("PASSWORD", '{"ssid": "VELORA-DEPOT", "psk": "Depot-Sydhavn-mteVPf"}', "Depot-Sydhavn-mteVPf"),
    # After a colon an "&" is the secret's own; a query string's "&" still ends it.
    ("PASSWORD", "user ops รหัสผ่าน: Jeepney&2025wg, then", "Jeepney&2025wg"),
    ("PASSWORD", "password: Jeepney&2025wg", "Jeepney&2025wg"),
    ("PASSWORD", "conn: password=Tq9x2&mode=ro", "Tq9x2"),
    # "pwd=" after a colon: an assignment in a query, not an ARN's name.
    (
        "PASSWORD",
        "attributes.fw:4.7.0 AND attributes.technician:pwd=MkSCtY6VfbAYCG",
        "MkSCtY6VfbAYCG",
    ),
    # Decoding would end the password at its %27 (a quote): read as written too.
    (
        "URL_CREDENTIALS",
        "https://svc_recs:jlSBd%279mqZ8@sftp-gw.example.net/drop/users.csv",
        "svc_recs:jlSBd%279mqZ8",
    ),
    # Without a scheme, as a host field or a connection line holds it.
    (
        "URL_CREDENTIALS",
        "looker:MondbgSeS3tY*54@orders-db.example.internal",
        "looker:MondbgSeS3tY*54",
    ),
    ("URL_CREDENTIALS", "connect as etl:Winter2026@db.example.com:5432 nightly", "etl:Winter2026"),
    ("PRIVATE_KEY", _PKCS8, None),
    (
        "PRIVATE_KEY",
        "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onL",
        None,
    ),
    (
        "PRIVATE_KEY",
        "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBdTFTVTFM",
        None,
    ),
    ("PRIVATE_KEY", _PUTTY, None),
    (
        "PRIVATE_KEY",
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQy",
        None,
    ),
    # Tools whose password option is their own: Mosquitto's MQTT clients,
    # ipmitool, sqlcmd, MongoDB's shells, the Azure CLI; a user and its
    # password joined (smbclient, lftp); FreeRDP; net use; htpasswd -b; rabbitmqctl.
    ("PASSWORD", "mosquitto_pub -h broker.local -u sensor01 -P Hx7-19aQ -t temp -m 21", "Hx7-19aQ"),
    ("PASSWORD", "mosquitto_sub -h broker -u svc -P 'Hx7-19aQ' -t '#'", "Hx7-19aQ"),
    ("PASSWORD", "ipmitool -I lanplus -H 10.0.0.9 -U admin -P Hx7-19aQ chassis status", "Hx7-19aQ"),
    ("PASSWORD", "bcp sales.dbo.orders out o.dat -S db01 -U sa -P Hx7-19aQ -c", "Hx7-19aQ"),
    ("PASSWORD", 'sqlcmd -S db -U sa -P Hx7-19aQ -Q "select 1"', "Hx7-19aQ"),
    ("PASSWORD", "mongosh mongodb://db -u admin -p Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "az login -u ops@example.com -p Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "smbclient //nas/share -U svc%Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "lftp -u svc,Hx7-19aQ sftp://files.example.com", "Hx7-19aQ"),
    ("PASSWORD", "xfreerdp /v:10.0.0.5 /u:admin /p:Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "net use \\\\nas\\share /user:svc Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "htpasswd -b /etc/nginx/.htpasswd admin Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "rabbitmqctl add_user svc Hx7-19aQ", "Hx7-19aQ"),
    # A password written to a tool's standard input: sudo -S, a registry's
    # --password-stdin, chpasswd (the user and its password), a here-string.
    ("PASSWORD", "echo 'Hx7-19aQ' | sudo -S apt-get update", "Hx7-19aQ"),
    ("PASSWORD", "printf '%s' 'Hx7-19aQ' | sudo -S -k whoami", "Hx7-19aQ"),
    ("PASSWORD", 'echo "Hx7-19aQ" | docker login -u ci --password-stdin reg.io', "Hx7-19aQ"),
    ("PASSWORD", "echo 'deploy:Hx7-19aQ' | chpasswd", "deploy:Hx7-19aQ"),
    ("PASSWORD", "sudo -S <<< 'Hx7-19aQ' apt update", "Hx7-19aQ"),
    # More tools' own password options: mosquitto_passwd -b, net user, wpa_passphrase,
    # zip -P, 7-Zip's and RAR's glued -p, OpenLDAP's -w, Net-SNMP's community and
    # SNMPv3 pass phrases (both), PsExec, winrs, cmdkey, schtasks, PowerShell's
    # ConvertTo-SecureString.
    ("PASSWORD", "mosquitto_passwd -b /etc/mosquitto/passwd sensor01 Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "net user svc_backup Hx7-19aQ /add", "Hx7-19aQ"),
    ("PASSWORD", 'wpa_passphrase "Home Net" "Hx7-19aQ"', "Hx7-19aQ"),
    ("PASSWORD", "zip -P Hx7-19aQ backup.zip data.csv", "Hx7-19aQ"),
    ("PASSWORD", "7z a -pHx7-19aQ backup.7z data", "Hx7-19aQ"),
    ("PASSWORD", "unrar x -pHx7-19aQ backup.rar", "Hx7-19aQ"),
    ("PASSWORD", 'ldapsearch -x -D "cn=admin,dc=ex" -w Hx7-19aQ -b dc=ex', "Hx7-19aQ"),
    ("PASSWORD", "snmpwalk -v2c -c Hx7-19aQ 10.0.0.1", "Hx7-19aQ"),
    ("PASSWORD", "snmpget -v3 -u mon -l authPriv -A Hx7-19aQ -X Pq4-82bZ 10.0.0.1", "Hx7-19aQ"),
    ("PASSWORD", "snmpget -v3 -u mon -l authPriv -A Hx7-19aQ -X Pq4-82bZ 10.0.0.1", "Pq4-82bZ"),
    ("PASSWORD", "psexec \\\\srv01 -u admin -p Hx7-19aQ cmd", "Hx7-19aQ"),
    ("PASSWORD", "winrs -r:srv01 -u:admin -p:Hx7-19aQ ipconfig", "Hx7-19aQ"),
    ("PASSWORD", "cmdkey /generic:srv01 /user:admin /pass:Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "schtasks /create /tn backup /tr b.bat /ru svc /rp Hx7-19aQ", "Hx7-19aQ"),
    (
        "PASSWORD",
        "$cred = ConvertTo-SecureString -String 'Hx7-19aQ' -AsPlainText -Force",
        "Hx7-19aQ",
    ),
    # Redis' AUTH command, etcd's user and password, MinIO's client's and the
    # AWS CLI's secret keys, npm's and Yarn's registry tokens, OpenSSL's TLS
    # pre-shared key, mkpasswd's password, useradd's and usermod's "-p" given
    # a password where a hash belongs; OpenVPN's static key.
    ("PASSWORD", "redis-cli -h cache AUTH Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "redis-cli -h cache AUTH default Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "etcdctl --user=root:Hx7-19aQ get /config", "root:Hx7-19aQ"),
    (
        "PASSWORD",
        "mc alias set lab https://minio.example.com ops-admin Hx7-19aQ-long",
        "Hx7-19aQ-long",
    ),
    (
        "PASSWORD",
        "mc config host add s3 https://s3.amazonaws.com AKIAEXAMPLE Hx7-19aQ-long --api S3v4",
        "Hx7-19aQ-long",
    ),
    ("PASSWORD", "aws configure set aws_secret_access_key Hx7-19aQ-long", "Hx7-19aQ-long"),
    (
        "PASSWORD",
        "aws configure set default.aws_session_token FwoGZXIvYXdzEXAMPLE --profile ci",
        "FwoGZXIvYXdzEXAMPLE",
    ),
    (
        "PASSWORD",
        "npm config set //npm.example.com/:_authToken abcdef1234567890abcdef",
        "abcdef1234567890abcdef",
    ),
    ("PASSWORD", "yarn config set npmAuthToken abcdef1234567890abcdef", "abcdef1234567890abcdef"),
    (
        "PASSWORD",
        "openssl s_client -connect gw.example.com:443 -psk 1a2b3c4d5e6f7a8b -psk_identity dev1",
        "1a2b3c4d5e6f7a8b",
    ),
    ("PASSWORD", "mkpasswd -m sha-512 Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "useradd -m -p Hx7-19aQ ops", "Hx7-19aQ"),
    ("PASSWORD", 'usermod -p "Hx7-19aQ" ops', "Hx7-19aQ"),
    (
        "PRIVATE_KEY",
        "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\ne685bdaf659a25a200e2b9e4c4d9b2a4\n"
        "-----END OpenVPN Static key V1-----\n</tls-auth>",
        "e685bdaf659a25a200e2b9e4c4d9b2a4",
    ),
    # Wi-Fi passwords given to the tools that join a network; a password
    # written twice to smbpasswd's standard input.
    ("PASSWORD", 'nmcli device wifi connect "LabNet" password "Hx7-19aQ"', "Hx7-19aQ"),
    ("PASSWORD", "nmcli dev wifi connect LabNet password hunter22", "hunter22"),
    ("PASSWORD", 'nmcli con modify lab wifi-sec.psk "Hx7-19aQ"', "Hx7-19aQ"),
    ("PASSWORD", "raspi-config nonint do_wifi_ssid_passphrase LabNet Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "iwconfig wlan0 essid LabNet key s:Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "iwconfig wlan0 key 0123-4567-89", "0123-4567-89"),
    (
        "PASSWORD",
        "iwconfig wlan0 key restricted 0123456789abcdef0123456789",
        "0123456789abcdef0123456789",
    ),
    ("PASSWORD", "printf 'Hx7-19aQ\\nHx7-19aQ\\n' | smbpasswd -s -a ops", "Hx7-19aQ\\nHx7-19aQ\\n"),
    # An Expect script answering a password prompt (the "\r" is the script's);
    # a password piped or here-fed to vncpasswd; ncftp's "-p".
    ("PASSWORD", 'spawn ssh pi@10.0.0.2\nexpect "*assword:"\nsend "Hx7-19aQ\\r"\n', "Hx7-19aQ"),
    ("PASSWORD", 'expect "Password:" { send "Hx7-19aQ\\r" }', "Hx7-19aQ"),
    ("PASSWORD", 'expect "ENTER PASSWORD:"\nsend "Hx7-19aQ\\r"', "Hx7-19aQ"),
    ("PASSWORD", 'expect -re "(P|p)assword: ?"\nsend -- {Hx7 19aQ}', "Hx7 19aQ"),
    ("PASSWORD", '{"run": "expect \\"Password:\\"\\nsend \\"Hx7-19aQ\\\\r\\""}', "Hx7-19aQ"),
    ("PASSWORD", "echo Hx7-19aQ | vncpasswd -f > ~/.vnc/passwd", "Hx7-19aQ"),
    ("PASSWORD", "vncpasswd -f <<< Hx7-19aQ > passwd", "Hx7-19aQ"),
    ("PASSWORD", "ncftpput -u ops -p Hx7-19aQ ftp.example.com /in report.csv", "Hx7-19aQ"),
    # ssh-keygen's pass phrases, openssl passwd's password, mysqladmin's new one.
    ("PASSWORD", "ssh-keygen -t ed25519 -N 'Hx7-19aQ' -f id_ed25519", "Hx7-19aQ"),
    ("PASSWORD", "ssh-keygen -p -P Hx7-19aQ -N Pq4-82bZ -f id_rsa", "Hx7-19aQ"),
    ("PASSWORD", "openssl passwd -6 -salt x1 Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "mysqladmin -u root password 'Hx7-19aQ'", "Hx7-19aQ"),
    # SQL statements that set a user's password.
    ("PASSWORD", "ALTER USER app WITH PASSWORD 'Hx7-19aQ';", "Hx7-19aQ"),
    ("PASSWORD", "CREATE ROLE report LOGIN ENCRYPTED PASSWORD 'it''s-Hx7';", "it''s-Hx7"),
    ("PASSWORD", "CREATE USER 'app'@'%' IDENTIFIED BY 'Hx7-19aQ';", "Hx7-19aQ"),
    (
        "PASSWORD",
        "ALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY 'Hx7-19aQ';",
        "Hx7-19aQ",
    ),
    ("PASSWORD", "create user scott identified by Tiger2024;", "Tiger2024"),
    ("PASSWORD", "CREATE USER 'ops'@'%' IDENTIFIED BY '@dmin-2024';", "@dmin-2024"),
    ("PASSWORD", "SET PASSWORD FOR 'app'@'localhost' = 'Hx7-19aQ';", "Hx7-19aQ"),
    # SQL Server's (and Oracle's) national string literal.
    ("PASSWORD", "CREATE LOGIN app WITH PASSWORD = N'Hx7-19aQ' MUST_CHANGE", "Hx7-19aQ"),
    # A service's token in an environment variable named for it, in capitals.
    ("PASSWORD", "export VAULT_TOKEN=s.Hx719aQzLp7abcdEFGH1234", "s.Hx719aQzLp7abcdEFGH1234"),
    ("PASSWORD", 'GITLAB_TOKEN="Hx7-19aQzLp7"', "Hx7-19aQzLp7"),
    ("PASSWORD", "env:\n  CONSUL_HTTP_TOKEN: 4a1c2d3e-7b1f", "4a1c2d3e-7b1f"),
    ("PASSWORD", "NEXT_PAGE_TOKEN_SECRET=x; SENTRY_TOKEN=Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", '{"environment": {"VAULT_TOKEN": "s.Hx719aQzLp7"}}', "s.Hx719aQzLp7"),
    # WordPress' wp-config.php: the database's password, the keys and salts.
    ("PASSWORD", "define( 'DB_PASSWORD', 'Hx7-19aQzLp' );", "Hx7-19aQzLp"),
    ("PASSWORD", "define('AUTH_KEY', 'Hx7-19aQzLp;x{8}');", "Hx7-19aQzLp;x{8}"),
    ("PASSWORD", "define('NONCE_SALT', 'q]Xw7|p%2+LmT');", "q]Xw7|p%2+LmT"),
    ("PASSWORD", 'define("SMTP_PASS", "Hx7-19aQzLp");', "Hx7-19aQzLp"),
    # Vault's login with a token; Cloud Foundry's and OpenShift's with a password.
    ("PASSWORD", "vault login s.Hx719aQzLp7abcdEFGH1234", "s.Hx719aQzLp7abcdEFGH1234"),
    ("PASSWORD", "vault login -no-print hvs.Hx719aQzLp7", "hvs.Hx719aQzLp7"),
    ("PASSWORD", "cf login -a https://api.cf.example -u ops -p Hx7-19aQ", "Hx7-19aQ"),
    ("PASSWORD", "oc login https://api.ocp:6443 -u dev -p Hx7-19aQ", "Hx7-19aQ"),
]

NEGATIVES = [
    # A password's word with no password after it (Portugal's Portuguese).
    "palavra-passe esquecida: clique aqui",
    # Near the IoT platforms' prefixes, no token.
    "aio_project_settings_for_the_dashboard",
    "BBFF-short and NNSXS.notakey",
    # Tools' options that are no password: mosquitto's "-p" (the port), a
    # prompt for it ("-p" and no value), no password given at all.
    "mosquitto_pub -h broker.local -p 1883 -t plant/temp -m 21",
    "mongosh --host db -u admin -p --authenticationDatabase admin",
    "ipmitool -I lanplus -H 10.0.0.9 -U admin -P $IPMI_PASSWORD chassis status",
    "htpasswd -c /etc/nginx/.htpasswd admin",
    "rabbitmqctl add_user svc",
    "lftp -u svc sftp://files.example.com",
    "net use Z: \\\\nas\\share /persistent:yes",
    # A password read from the environment or asked for: piped from a
    # variable, "*" (net user, schtasks), a bare "-p" (7-Zip), "-W" (ldapsearch);
    # SNMP's default community; a secure string made from a variable or a key.
    "echo $REGISTRY_TOKEN | docker login -u ci --password-stdin reg.io",
    'echo "deploying" | tee log.txt',
    "net user bob * /add",
    "schtasks /create /tn backup /ru svc /rp * /tr b.bat",
    "7z a -p backup.7z data",
    "zip -r backup.zip data",
    "ldapsearch -x -W -D cn=admin -b dc=example",
    "snmpwalk -v2c -c public 10.0.0.1",
    "$s = ConvertTo-SecureString $env:DB_PASSWORD -AsPlainText -Force",
    "$s = ConvertTo-SecureString $encrypted -Key $key",
    # The same tools given a variable or a placeholder, or no secret at all.
    "redis-cli AUTH $REDIS_PASSWORD",
    "npm config set //npm.example.com/:_authToken=${NPM_TOKEN}",
    "mkpasswd --method=help",
    "mkpasswd generates hashes",
    "usermod -aG docker ops",
    "openssl rand -hex 32",
    "mc alias list",
    "aws configure set region eu-west-1",
    # The same tools given a variable, asking, turning encryption off; a
    # string piped into smbpasswd without "-s" (it asks at the terminal).
    "nmcli dev wifi connect LabNet password $WIFI_PW",
    "nmcli con show lab | grep password",
    "iwconfig wlan0 key off",
    "iwconfig wlan0 key open",
    "echo done | smbpasswd -a ops",
    # Expect sending a variable, a command's output, a user's name; "expect"
    # and "send" in prose; a prompt's string ending in the label, a quote after.
    'expect "*assword:"\nsend "$env(DB_PW)\\r"',
    'expect "Password:"; send -- "[exec cat /run/secrets/pw]\\r"',
    'expect "login:"\nsend "admin\\r"',
    'we expect "password" changes weekly; send the report',
    'prompt="Password:"; send_user "ready"',
    '{"run": "expect \\"Password:\\"; send \\"[exec cat pw]\\""}',
    # A PowerShell variable given a command's output (Verb-Noun, called bare).
    "$password = Get-Credential",
    "$pass = Read-Host -AsSecureString",
    "$db_pwd = Get-Content .\\secrets\\db.txt",
    "$Secret = Get-AzKeyVaultSecret -VaultName ops -Name db",
    # No pass phrase, prose after a tool's name, SQL without a password in it:
    # a bind variable, a substitution, NULL, Oracle's hash, an external user,
    # a placeholder, and "identified by" in prose.
    "ssh-keygen -t ed25519 -N '' -f key",
    # A numbered label before a placeholder or words.
    "Backlog SSID1 HomeNet; Password1 ${WIFI_PASS}",
    "step 2: password1 reset required",
    "run openssl passwd to generate the hash",
    "mysqladmin can change the password later",
    "ALTER USER app WITH PASSWORD NULL;",
    "ALTER USER app IDENTIFIED BY :new_pw;",
    "ALTER USER app IDENTIFIED BY &new_pw;",
    "ALTER USER app IDENTIFIED BY @new_pw;",
    "ALTER USER app IDENTIFIED BY ?;",
    "CREATE USER app IDENTIFIED EXTERNALLY;",
    "ALTER USER app IDENTIFIED BY VALUES 'S:8F2D';",
    "CREATE USER app PASSWORD '${DB_PASSWORD}';",
    "users are identified by their email address",
    "Create user accounts identified by email",
    # A network key's policy or whereabouts, not the key.
    "network key rotation: quarterly; the wifi key is printed on the router",
    # appSettings whose keys name no secret, or a secret's policy, name or placeholder.
    '<add key="PageSize" value="25"/><add key="PasswordMinLength" value="12"/>',
    '<add key="SecretName" value="prod-db"/><add key="Password" value="${DB_PASSWORD}"/>',
    # Elements whose name holds a label's word but names no secret, or hold a placeholder.
    "<settings><bypass>true</bypass><compass>north</compass></settings>",
    "<passwordPolicy>strict</passwordPolicy><keyAlias>mykey</keyAlias>",
    "<password>${env.NEXUS_PASSWORD}</password><secretName>prod-db</secretName>",
    # The key's name in an Azure connection string, not the key.
    "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey",
    # A parameter whose default is a placeholder, or whose name only holds "pass".
    '{"Parameters": {"DbPassword": {"Type": "String", "Default": "${DB_PASSWORD}"}}}',
    '{"Parameters": {"Compass": {"Type": "String", "Default": "north-east"}}}',
    "The API key: rotated weekly by the platform team",
    # curl's user before a placeholder: the password decides
    "curl -u admin:$PASS https://x.example.com",
    "curl --user 'admin:<password>' https://x.example.com",
    # After a label and a space, words and links are no password.
    "Password Manager v2 rollout",
    "password rotation-90d policy",
    "password https://vault.example.com/x",
    # A commit's SHA-1 after the word "secret" is no AWS key.
    "secret sha 3f786850e387550fdab836ed7e6dc881de23001b",
    "secret rotation at 3f786850e387550fdab836ed7e6dc881de23001b",
    # Placeholders in a credential's place, and where the secret lives instead.
    # An auth scheme before a template's variable; code reading the environment.
    '{"DB_PASSWORD": "Bearer <token>"}',
    "Authorization: SSWS ${OKTA_TOKEN}",
    "'PASSWORD': os.environ['DB_PASSWORD'],",
    "password = process.env.DB_PASSWORD",
    "$secret = (Get-SECSecretValue -SecretId pv/bridge).SecretString",
    "slack: xoxb-your-token-here",
    "token: xoxb-${SLACK_TOKEN}",
    "postgres://${user}:${password}@db.example.com/app",
    "postgres://reporter:${DB_PASSWORD}@db.example.com/app",
    # Words about passwords, before a colon, then no password.
    "password reset link: https://example.com/reset",
    "password expiry date: 2026-12-01",
    "password rotation policy: every-90-days",
    "password policy: strict",
    # Thai's "is", then words: no password ("the Wi-Fi password is: wait a moment").
    "รหัสผ่าน wifi คือ รอสักครู่",
    # After a login's label, a slash between words or a version: no password.
    "login: admin / see vault",
    "Login page: /auth / v2.3",
    "credentials rotated / 2026-10-01 by ops",
    "login: deploy / /opt/app2/bin",
    "svc_reporting:${DB_PASSWORD}@db.example.com",
    "https://api.example.com/v1/items?token=<YOUR_TOKEN>",
    "password: REPLACE_ME",
    "password: see-vault",
    # A command's output, a template, a store's path, a mask or what was done
    # to the secret, in the secret's place.
    'password: "$(aws secretsmanager get-secret-value --secret-id app/ro --output text)"',
    "DB_PASSWORD=$(cat /run/secrets/db_password)",
    "sasl.jaas.config=... password=${get_secret(kafka)};",
    '"apiToken": "%%DD_API_KEY%%"',
    "password: CHANGE_ME_IN_SSM",
    "password: see SSM /prod/yard/db",
    "Passwort: siehe Secrets Manager",
    "mot de passe : stocké dans SSM /momo/prod/api",
    "apiKey=vault:rx/robot",
    "password: see-1password",
    "senha: ver-vault:pv/ftp",
    'defaultPassword: "[redacted]"',
    "api token: rotated 2026-11-02",
    '{"env": "DB_PASS=${DB_PASS}\\nFOO=1"}',
    '"adminPassword": "stored in Secrets Manager"',
    "password: required",
    "password=${DB_PASSWORD}",
    '"password": "<your password>"',
    "secret: true",
    "client_secret: ****",
    # ... and a variable or a mask between escaped quotes is no password.
    'psql \\"host=db user=app password=****\\" -c 1',
    'mysql -u app -p\\"$DB_PASSWORD\\" reports',
    'docker login -u ci -p \\"$REGISTRY_TOKEN\\" registry.example.com',
    'sshpass -p \\"${SSH_PASS}\\" ssh deploy@host',
    "token_count: 500",
    "NextToken: abc",
    "bypass=enabled",
    "secretArn=arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf",
    "arn:aws:secretsmanager:us-east-1:111122223333:secret:pwd:rotation-Ab12",
    "terms & conditions: password reset & recovery",
    "psk=${WIFI_PSK}",
    "PasswordPolicy: strict",
    "ssh -p 22 user@host",
    "mysql -p mydb",
    "docker login --password-stdin registry.example.com",
    "https://example.com:8443/path@foo",
    "Use the pass: the gate pass is needed",
    # A certificate and a public key are not private keys.
    "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGlt",
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0",
    "APAC1Production region code",
    "ACdeadbeefdeadbeefdeadbeefdeadbeef0",
    "Authorization header is required for this endpoint",
    "Cookie: consent",
    "pw: see vault",
    "https://hooks.example.com/services/notify",
    # Prose from public READMEs (corpus/prose): words after a label are not secrets.
    "having basic knowledge of the form",
    "usable until its password is set. You can",
    "the token exchange happens later",
    "We include a basic popularity-based recommender",
    "arn:aws:iam::111122223333:role/service-role/ForecastRole",
    # Near the long tail's prefixes, but not tokens.
    "hvs.example",
    "primary key-value store for the sensor lookup table",
    "monkey-0123456789abcdef0123456789abcdef",
    "dp.pt.short",
    "pypi-AgEshort",
    "see pypi-packaging-guide for the upload steps",
    "glsa_docs",
    # A listing's place, a tokenizer's special tokens, a count, a variable read.
    "NEXT_TOKEN=eyJvZmZzZXQiOiAxMDB9",
    "NEXT_PAGE_TOKEN=AAEXAMPLE123",
    'PAD_TOKEN="<pad>" and EOS_TOKEN="</s1>"',
    "MAX_TOKENS=512",
    "VAULT_TOKEN=${VAULT_TOKEN}",
    "vault_token=abc",
    # wp-config.php's other constants, a value read from the environment, an
    # empty one, the sample's placeholder.
    "password: N'est pas défini ici",
    "define( 'DB_USER', 'wpadmin' );",
    "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
    "define('DB_PASSWORD', '');",
    "define('WP_DEBUG', false);",
    "define('AUTH_KEY', 'put your unique phrase here');",
    # Vault's login by an auth method's pairs, or from standard input.
    "vault login -method=userpass username=ops",
    "vault login -",
    "Run vault login then continue",
]


@pytest.mark.parametrize("entity,text,span", POSITIVES)
def test_positive(scrubber: Scrubber, entity: str, text: str, span: str | None) -> None:
    """Found, and covered whole (a neighbouring finding merged in may widen it)."""
    findings = scrubber.scan_text(text, "free_text")
    start = text.index(span or text)
    end = start + len(span or text)
    found = [(f.entity_type, text[f.start : f.end]) for f in findings]
    assert any(f.entity_type == entity and f.start <= start and end <= f.end for f in findings), (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Contact:jane.doe@example.com",
        "sip:alice@voip.example.com",
        "git@github.com:org/repo.git",
        "standup moved to 10:30@hq.example.com",
        # scp's syntax under a scheme, a version pinned after it: a path, no password
        "pip install git+ssh://git@github.com:org/repo.git@v1.0",
        "https://ops@corp.com:8443/api@v2",
    ],
)
def test_user_and_host_shapes_that_hold_no_password(scrubber: Scrubber, text: str) -> None:
    """A label before an address, a scheme without "//", a git remote, a time:
    an address at most, never a user's credentials."""
    found = {f.entity_type for f in scrubber.scan_text(text, "free_text")}
    assert "URL_CREDENTIALS" not in found


@pytest.mark.parametrize("entity,text,span", POSITIVES)
def test_positive_trips_its_trigger(entity: str, text: str, span: str | None) -> None:
    assert trips_trigger(entity, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(scrubber: Scrubber, text: str) -> None:
    assert spans_found(scrubber, text) == []


def test_every_adopted_catalogue_plugin_is_loaded() -> None:
    """Each plugin named in ADOPTED gives patterns (a renamed plugin fails here, not silently)."""
    names = {name.split("[")[0] for name, _, _ in catalogue()}
    assert names == {name for _, name, _, _ in ADOPTED}


def test_catalogue_patterns_run_under_the_time_bound(
    scrubber: Scrubber, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A catalogue pattern that runs out of time blocks the field: it is never skipped."""
    monkeypatch.setattr(recognizers.bounded, "REGEX_TIMEOUT", 1e-9)
    text = "xoxb-1-" + "1-" * 5000 + " sk_live_" + "a" * 40
    with pytest.raises(recognizers.RecognizerTimeout):
        list(FieldCatalogueTokenRecognizer().spans(text))
    fresh = Scrubber(scrubber.policy)
    [finding] = fresh.scan_text(text, "free_text")
    assert (finding.entity_type, finding.action) == ("SCAN_FAILED", "block")


def test_telegram_token_is_blocked_not_redacted_as_an_account(scrubber: Scrubber) -> None:
    """Its digits look like an account number; the whole token is a credential."""
    text = "notify via 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw2"
    [finding] = scrubber.scan_text(text, "free_text")
    assert finding.action == "block"
    assert text[finding.start : finding.end] == "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw2"


def _forwarding_rule(headers: dict[str, str]) -> dict[str, Any]:
    """An IoT rule forwarding to an HTTP endpoint with these headers."""
    action = {
        "url": "https://api.example.com/ingest",
        "headers": [{"key": key, "value": value} for key, value in headers.items()],
    }
    return {
        "ruleName": "forward",
        "topicRulePayload": {"sql": "SELECT * FROM 'a/b'", "actions": [{"http": action}]},
    }


def test_secret_header_keys_mark_their_values(scrubber: Scrubber) -> None:
    """A header value filed under Cookie or Ocp-Apim-Subscription-Key is a credential."""
    params = _forwarding_rule(
        {"Ocp-Apim-Subscription-Key": "abcdef0123456789", "Cookie": "sid=abcdef0123"}
    )
    result = scrubber.scrub(params, service="iot", operation="CreateTopicRule", mode="report")
    flagged = {f.path for f in result.findings if f.action == "block"}
    assert {p for p in flagged if p.endswith(".value")} == {
        "topicRulePayload.actions[0].http.headers[0].value",
        "topicRulePayload.actions[0].http.headers[1].value",
    }


@pytest.mark.parametrize(
    ("entity", "text", "secret"),
    [
        # A URL's query value ends where the text holding the URL closes it,
        # not past the closing quote into the document around it.
        (
            "URL_SECRET",
            '{"url": "https://b.example.com/fw.bin?X-Amz-Signature=43d91f2b1a83f417", "n": 1}',
            "43d91f2b1a83f417",
        ),
        ("URL_SECRET", "curl 'https://api.example.com/v1?api_key=Zx81kQ0pLm3n'", "Zx81kQ0pLm3n"),
        ("URL_SECRET", "see (https://h.example.com/p?token=Tk4d9Qm2Lx).", "Tk4d9Qm2Lx"),
        # A password written in a text that writes its line ends as "\n".
        (
            "PASSWORD",
            "mqtt:\\n  user: reefer\\n  password: mQh-du2J-fS4V!\\n  port: 8883",
            "mQh-du2J-fS4V!",
        ),
        # A bracket opened before the label is the text's, not the password's;
        # one the value opens itself is its own.
        (
            "PASSWORD",
            "creds in the ticket (password: Saguaro_Gopher00) - rotate",
            "Saguaro_Gopher00",
        ),
        (
            "PASSWORD",
            "{host: smtp.example.com, user: noreply, password: aZTY_Selkie62}",
            "aZTY_Selkie62",
        ),
        ("PASSWORD", "password: f(x)Lm42q", "f(x)Lm42q"),
        # A command line's ";" ends the command; inside the word it is the password's.
        ("PASSWORD", "mysql -u pos_admin --password=Satay$535; export AWS_REGION=x", "Satay$535"),
        ("PASSWORD", "mysql -u pos_admin --password=Sat;ay535x", "Sat;ay535x"),
        # A comma after a Basic credential is the text's.
        (
            "AUTH_HEADER",
            "Authorization: Basic cG9zLXN5bmM6UjJvNGlmVmtCN1M1Qnk=, then retry",
            "cG9zLXN5bmM6UjJvNGlmVmtCN1M1Qnk=",
        ),
        # ... and one that holds a backslash of its own is taken whole.
        ("PASSWORD", "password=Pa\\ss0rd1 for the bridge", "Pa\\ss0rd1"),
        # A PowerShell variable given a command's output: the command is none,
        # the string literal it converts is.
        (
            "PASSWORD",
            "$pw = ConvertTo-SecureString 'Hx7-19aQ' -AsPlainText -Force",
            "Hx7-19aQ",
        ),
        (
            "PASSWORD",
            "$password = ConvertTo-SecureString 'Hx7-19aQ' -AsPlainText -Force",
            "Hx7-19aQ",
        ),
    ],
)
def test_a_secret_s_span_is_the_secret(
    scrubber: Scrubber, entity: str, text: str, secret: str
) -> None:
    """The span found is the secret's: a rewrite in its place leaves the
    quotes, brackets and line ends around it as they were."""
    found = [
        text[f.start : f.end]
        for f in scrubber.scan_text(text, "free_text")
        if f.entity_type == entity
    ]
    assert found == [secret]


def test_a_template_s_variable_after_any_scheme_is_no_credential(scrubber: Scrubber) -> None:
    """Okta's "SSWS" is a scheme as "Bearer" is: the variable after it stands
    in for the token, under the Authorization key as in a text."""
    params = _forwarding_rule(
        {"Authorization": "SSWS ${OKTA_TOKEN}", "X-Api-Key": "SSWS 00aBcD3fGh1jKlMn0pQr5tUvWxYz"}
    )
    result = scrubber.scrub(params, service="iot", operation="CreateTopicRule", mode="report")
    flagged = {f.path for f in result.findings}
    assert flagged == {"topicRulePayload.actions[0].http.headers[1].value"}
