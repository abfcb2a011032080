"""Secrets known by the name they are filed under: ``{"Key": "db_password", "Value": ...}``.

A tag value, map value or header value on its own may look like any word; the
key next to it says what it is. This is checked by the scrubber for each
key/value pair it walks, alongside the recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from recognizers import bounded
from recognizers.check_digits import luhn_ok
from recognizers.credentials import AUTH_SCHEMES
from recognizers.digits import is_ipv4
from recognizers.financial import ACCOUNT_LABEL, DEBIT_ORDER, PUBLISHED_TEST_CARDS
from recognizers.names import (
    NameData,
    census_short_surnames,
    fold,
    foreign_words,
    name_data,
    tokens,
)
from recognizers.normalize import needs_normalizing, normalize, to_original
from recognizers.person import automation_account, labels_a_person, written_apart
from recognizers.person_runs import MAX_PHONE_DIGITS
from recognizers.person_scripts import VIETNAMESE_INITIALS, caseless_value_name, glued_pinyin_name
from recognizers.person_words import (
    GLUED_MAX_WORDINESS,
    PARTICLES,
    STREET_TYPES,
    compound_word,
    foreign_compound,
    handle_word,
)
from recognizers.phone_labels import EXTENSION, PHONE_LABELS
from recognizers.secret_labels import FOREIGN_PASSWORD_LABELS, is_placeholder, is_strong

# Key names that announce a secret value, and the entity the value then is.
SECRET_KEYS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    # ... and a bearer token filed under its scheme's name ("Bearer", "bearer_token").
    ("AUTH_HEADER", regex.compile(r"(?i)^(?:(proxy-)?authorization|bearer(?:[_\-. ]?token)?)$")),
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
# A password's own words, in English and the languages the labels are read in.
_PASSWORD_WORDS = rf"pass(?:word|wd|phrase)?|pwd|pw|{FOREIGN_PASSWORD_LABELS}"
SECRET_NAME = regex.compile(
    rf"(?i)({_PASSWORD_WORDS}|passcode|secret|secret.?key|token|api.?key|credential|private.?key"
    r"|subscription.?key|functions.?key|connection.?string|pin.?code"
    # A Wi-Fi network's pre-shared key ("wifi_psk", "wpa_passphrase" above).
    r"|psk|pre.?shared.?key)s?"
)
MIN_SECRET_LENGTH = 4


# A secret's word, then one word qualifying it ("senha_sftp", "password_export",
# "contrasenya_ftp", in camel case "motDePasseAdmin": the qualifier follows in
# Romance languages and often in English keys too); not a word that makes the
# key name the secret's metadata.
_QUALIFIED_SECRET_KEY = regex.compile(
    rf"(?i)(?:{_PASSWORD_WORDS})"
    r"(?|[_\-.](?P<qualifier>[a-z0-9]{2,12})|(?-i:(?P<qualifier>[A-Z][a-z0-9]{1,11})))"
)
_SECRET_METADATA = frozenset(
    "policy policies length len min max minimum maximum expiry expires expiration age ttl "
    "arn name id ids url uri link endpoint file path hint reset changed updated created "
    "rotation rotate rotated version ver hash hashed salt algo algorithm type kind format "
    "enabled disabled required strength field param prompt label env var ref count attempts "
    "retries tries lockout history complexity rule rules manager store vault secret help "
    "mode method auth authentication last date time".split()
)


def _qualified_secret(key: str, value: str) -> bool:
    """A strong value under a secret's word and a qualifier: "senha_admin"."""
    match = bounded.fullmatch(_QUALIFIED_SECRET_KEY, key)
    return (
        match is not None
        and match.group("qualifier").lower() not in _SECRET_METADATA
        and len(value) >= 8
        and is_strong(value)
    )


_AWS_SECRET_SHAPE = regex.compile(r"[A-Za-z0-9/+]{40}")
_SECRET_KEY_WORDS = regex.compile(r"(?i)secret.?key")


def secret_by_key(key: str, value: str) -> str | None:
    """The entity of ``value`` given the ``key`` it is filed under, if the key names a secret."""
    entity = _secret_by_name(key)
    if entity is None and (_pin(key, value) or _qualified_secret(key, value)):
        entity = "PASSWORD"
    if entity is None or len(value.strip()) < MIN_SECRET_LENGTH or _stands_in(value):
        return None
    if (
        entity == "PASSWORD"
        and _AWS_SECRET_SHAPE.fullmatch(value.strip())
        and bounded.search(_SECRET_KEY_WORDS, key)
    ):
        # 40 characters of base64 under "SecretKey": an AWS (or S3-compatible)
        # secret access key, as the text recognizer reads it after those words.
        return "AWS_SECRET_ACCESS_KEY"
    if (
        entity == "PASSWORD"
        and _STS_TOKEN.fullmatch(value) is not None
        and bounded.search(_TOKEN_KEY, key) is not None
    ):
        # Twenty digits under a token's key: a prepaid meter's STS token (IEC
        # 62055-41), enciphered for one meter and spent once keyed in; no credential.
        return None
    if (
        entity == "PASSWORD"
        and _PIN_CODE_KEY.fullmatch(key)
        and not _FOUR_DIGITS.fullmatch(value)
        and not is_strong(value)
    ):
        # A bare "PinCode" of five or six digits is a postcode in India,
        # Singapore, Malaysia and Thailand ("560038", "018956", "10110"); four
        # digits are a PIN, as is what a qualified key holds ("doorPinCode").
        return None
    return entity


# An STS token as printed on a prepaid electricity receipt: twenty digits, in
# fours apart or not.
_STS_TOKEN = regex.compile(r"\s*[0-9]{4}(?:[ \-]?[0-9]{4}){4}\s*")
_TOKEN_KEY = regex.compile(r"(?i)tokens?$")
# A PIN: four to eight digits (a keypad's "#" or "*" after them), or a strong
# secret of eight characters or more.
_PIN_VALUE = regex.compile(r"\s*[0-9]{4,8}[#*]?\s*")
_FOUR_DIGITS = regex.compile(r"\s*[0-9]{4}\s*")
# "PIN code", "pincode", "pin", alone: not "adminPin" nor "door_pin_code".
_PIN_CODE_KEY = regex.compile(r"(?i)pin(?:[ _\-]?codes?)?|pins")
# "pin" as the key's last word: "pin", "sim_pin", "adminPin", "ADMIN_PIN"; not "spin".
_PIN_KEY = regex.compile(r"(?:(?:^|[_\-\s.:])(?i:pins?)|(?<=[a-z0-9])(?:Pins?|PINS?))$")
# ... or its first, where the words after it say whose ("pin_tablero",
# "PIN_Servicemenue"), but not what a board's pins are set to ("pin_mask": "00110011").
_PIN_FIRST_KEY = regex.compile(
    r"(?i)^pins?[_\-\s.](?!(?:mask|map|mode|state|layout|level|count|bits?)(?:$|[_\-\s.]))\p{L}"
)


def _pin(key: str, value: str) -> bool:
    """A key whose last word is "pin" ("adminPin", "sim_pin") holding what a PIN
    is; a board's "ledPin" or "gpio_pin" holds a pin's number or name ("13",
    "GPIO17"), which is neither."""
    if _PIN_KEY.search(key) is None and _PIN_FIRST_KEY.match(key) is None:
        return False
    return _PIN_VALUE.fullmatch(value) is not None or (len(value) >= 8 and is_strong(value))


def _secret_by_name(key: str) -> str | None:
    for entity, pattern in SECRET_KEYS:
        if bounded.search(pattern, key):
            return entity
    # One search first: most keys hold no secret's word anywhere, and trying
    # each of their endings in turn costs several times as much.
    if bounded.search(SECRET_NAME, key) is None:
        return None
    if any(bounded.fullmatch(SECRET_NAME, ending) for ending in _word_endings(key)):
        return "PASSWORD"
    return None


_SCHEME = regex.compile(rf"(?i)^\s*(?:{AUTH_SCHEMES}|apikey)\s+")


def _stands_in(value: str) -> bool:
    """A placeholder (``${TOKEN}``, ``<your token>``, ``****``), after any auth
    scheme, or AWS's published example key: no secret, whatever the key says."""
    credential = value.strip()
    if is_placeholder(credential):
        return True  # before a label is read off it: "vault:rx/robot" is a store's path
    # A connection string's secret is its password field: "...;Pwd=${DB_PASSWORD};";
    # a labelled one's, what follows its label ("lösenord: <token>", "--password xxx").
    field = bounded.search(_PASSWORD_FIELD, credential)
    if field is not None:
        credential = field.group("v").strip()
    else:
        credential = _LABEL_PREFIX.sub("", credential, count=1)
    credential = _SCHEME.sub("", credential, count=1).strip()
    return is_placeholder(credential) or credential.endswith(("EXAMPLE", "EXAMPLEKEY"))


_LABEL_PREFIX = regex.compile(r"^(?:[\p{L}\p{N}_ .\-]{1,30}?\s*[:=]\s*|--?[\w\-]{1,30}[\s=]+)")
_PASSWORD_FIELD = regex.compile(r"(?i)(?:^|;)\s*(?:password|pwd|passwd)\s*=\s*(?P<v>[^;]*)")


def _word_endings(key: str) -> list[str]:
    """The key from each of its words on: ``db_password``: db_password, password.
    A key of one word has no boundaries to go by (PGPASSWORD): any ending counts."""
    starts = [m.start() for m in bounded.finditer(_KEY_WORD, key)]
    if len(starts) <= 1:
        starts = list(range(len(key)))
    return [key[i:] for i in starts]


# -- numbers known by their key: tags["CustomerId"], attributes["policy_no"] --------

# Words of a key that file a customer's account number under it, in several languages.
_ACCOUNT_WORDS = frozenset(
    "account acct customer cust client member membership loyalty policy subscriber contract "
    "billing bank konto kontonummer kunde kunden kundennummer compte cuenta conta rekening "
    "conto"
    # Turkish, Finnish, Hungarian, Croatian and Serbian, Indonesian ("No. Rek").
    " hesap hesabi tili számla szamla račun racun norek"
    # Swedish, Norwegian, Danish, Finnish and Dutch: customer, member, subscriber.
    " kund asiakas medlem jäsen jasen abonnent klant"
    # A farmer's number with the buyer or cooperative that pays them, and
    # Swahili's account, customer, member and farmer.
    " farmer akaunti mteja mwanachama mkulima".split()
)
# A compound's last part that says the key files a number ("Kundennummer",
# "asiakasnumero", "kontonr"): the part before it is read as a word of its own,
# with and without the letter joining them ("medlem-s-nummer", "kunde-n-nummer").
_NUMBER_TAILS = ("nummer", "numero", "nr")


def _compound_heads(words: list[str]) -> list[str]:
    """``words`` and, for each compound ending in a number's word, its head:
    "kundnummer" gives "kund", "asiakasnumero" "asiakas" (and "asiaka")."""
    heads = []
    for word in words:
        for tail in _NUMBER_TAILS:
            if word.endswith(tail) and len(word) >= len(tail) + 3:
                head = word[: -len(tail)]
                heads += [head, head[:-1]] if head[-1] in "sn" else [head]
                break
    return words + heads if heads else words


# Whose an account is, beside "account", where it is a customer's or a bank's
# and no AWS account ("GuestAccount", "depositAccount", "salary_account").
_CUSTOMERS_ACCOUNTS = frozenset(
    "guest deposit savings checking salary payout settlement wallet escrow refund patient "
    "tenant student".split()
)
# Words of a key that file something else under it: the number is not an account or card.
_OTHER_WORDS = frozenset(
    "order invoice ticket case build run version revision serial sn sku ean upc gtin isbn "
    "barcode imei iccid meid model part batch lot tracking shipment cost costcenter center "
    "centre cc project job device board asset phone zip postal timestamp epoch time date "
    "created updated expires ttl port count size sequence seq offset page transaction txn "
    "trace request session po rma inv purchase receipt claim duns lat lon lng latitude "
    "longitude coordinates ndc checksum hash crc mpan mprn mpxn meter imsi"
    # An order, a purchase, an invoice or an ERP material in Spanish, Portuguese,
    # German and French ("OrdenCompra", "Material SAP", "Bestellung", "facture"),
    # and the invoice of Polish, Czech, Nordic and Russian ("Счет-фактура").
    " orden pedido compra material factura fatura boleta bestellung auftrag rechnung"
    " commande facture sap faktura"
    # A consignment's, a parcel's or a bank transfer's reference; a property's (UK UPRN).
    " awb waybill parcel consignment utr rrn uprn"
    # A postal code's own names, written as one word or abbreviated: English,
    # German, Brazil's CEP, Switzerland's NPA, Ireland's Eircode, Nordic, Polish.
    " zipcode postcode postleitzahl plz cep npa eircode postnummer postnr pocztowy"
    # A ship's (its radio's MMSI, its IMO number) or a railway wagon's (UIC) number.
    " mmsi imo uic wagon vessel".split()
)
# Words of a key that file a company's registration or tax number: no
# customer's account, card or phone (VAT, EIN, Turkey's VKN, Kazakhstan's BIN,
# Russia's INN, Poland's NIP and REGON, Spain's CIF, Peru's RUC, Colombia's
# NIT, India's GSTIN, Ukraine's EDRPOU, Russia's OGRN and KPP, Armenia's
# HVHH, a US health care provider's NPI); a US taxpayer's may be an SSN. Not
# Portugal's and Spain's NIF, which every person has and a bank files beside
# the account.
_REGISTRY_WORDS = frozenset(
    "reg registration registry tax vat tin ein vkn bin inn nip regon krs cif siret siren "
    "ruc nit rfc gst gstin abn acn edrpou iedrpou ogrn kpp hvhh npi"
    # ... Brazil's CNPJ, Portugal's NIPC, Italy's P.IVA and the VAT word of
    # Spanish, Italian and Portuguese, the Dutch chamber of commerce's (KvK)
    # and VAT (BTW) numbers, the Czech and Slovak IČO and DIČ
    " cnpj nipc piva iva kvk btw ico dic".split()
)
# A label right before a number in prose, perhaps with "No." or a colon:
# "NIP 873-875-18-86", "ИНН 8588198739", "(VKN: 9572468264", "ח.פ. 517911131".
_LABEL_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<label>\p{L}(?:[\p{L}\p{M}]|[./](?=\p{L})){1,12})\.?"
    r"(?:\s*(?:[:#\u2116]|no\.?|nr\.?))?\s*$",
    regex.I,
)
MAX_LABEL_GAP = 24  # characters looked back from a number for its label
# Company numbers as scripts other than Latin and Cyrillic write their labels:
# Israel's "ח.פ." (a private company's number), Georgia's "ს/კ" (a legal
# entity's identification code; a person's is "პ/ნ").
_NATIVE_REGISTRY_LABELS = frozenset({"חפ", "სკ"})


def labelled_other(text: str, start: int, entity: str) -> bool:
    """Whether the phone or account number at ``start`` follows a label that
    files something else: a company registry's or a tax office's (see
    ``_REGISTRY_WORDS``); or, for an account, an order's, a ticket's, a
    serial's (see ``_OTHER_WORDS``: "ticket 1762401234567", "Work order SAP
    4595108638"). Those words come before a phone to reach as often ("page",
    "case", "cc"), so a phone stays one after them."""
    label = bounded.search(_LABEL_BEFORE, text[max(0, start - MAX_LABEL_GAP) : start])
    if label is None:
        return False
    written = label["label"].replace(".", "").replace("/", "")
    if written.casefold() in _NATIVE_REGISTRY_LABELS:
        return True
    word = fold(written)
    if word in _REGISTRY_WORDS:
        return True
    # (a "debit order" or "standing order" debits an account: the number is its)
    return (
        entity == "ACCOUNT_NUMBER"
        and word in _OTHER_WORDS
        and _DEBIT_ORDER.search(text, max(0, start - MAX_LABEL_GAP), start) is None
    )


# "debit order" and its label's marks: no order number follows it (see financial.DEBIT_ORDER).
_DEBIT_ORDER = regex.compile(rf"(?i)\b{DEBIT_ORDER}(?:\s*(?:[:#\u2116]|no\.?|nr\.?))?\s*$")


_LETTER = regex.compile(r"\p{L}")
# Words that name a phone number, in a key; a key holding any of them, or a SIM's,
# a contact's or who is on call, may file one.
# M-Pesa's wallets are known by their phone numbers.
_PHONE_NAMES = frozenset("phone tel telephone mobile cell fax msisdn mpesa".split())
_PHONE_WORDS = _PHONE_NAMES | {"sim", "contact", "oncall"}
_KEY_WORD = regex.compile(r"\p{Lu}{2,}(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+")
_ACCOUNT_KEY = regex.compile(rf"(?i)(?:{ACCOUNT_LABEL})")
_DIGIT_RUNS = regex.compile(r"(?<![0-9])[0-9]{6,18}(?![0-9])")
NUMBER_ENTITIES = frozenset({"ACCOUNT_NUMBER", "CREDIT_CARD"})


def key_words(key: str) -> list[str]:
    """Lower-case words of a key: ``AWSAccountId``: aws, account, id; ``policy_no``: policy, no."""
    return [w.lower() for w in bounded.findall(_KEY_WORD, key)]


def files_aws_accounts(words: list[str]) -> bool:
    """Whether a key (its ``key_words``) files AWS account ids: one that names
    AWS, ``OwnerId``, or ends in "account" or "account id" (OwnerAccount,
    SourceAccount, PayerAccountId) without naming a customer's account
    (CustomerAccount, BankAccount)."""
    names_account = words[-1:] in (["account"], ["acct"]) or words[-2:] in (
        ["account", "id"],
        ["acct", "id"],
    )
    customers = ((_ACCOUNT_WORDS - {"account", "acct"}) | _CUSTOMERS_ACCOUNTS).intersection(words)
    return "aws" in words or words == ["owner", "id"] or (names_account and not customers)


_TWELVE_DIGITS = regex.compile(r"\s*[0-9]{12}\s*")


def numbers_by_key(key: str, value: str) -> tuple[frozenset[str], tuple[int, int] | None]:
    """What the key a value is filed under says of the numbers in it.

    Returns the number entities the key rules out (an order id, a barcode, a
    serial, a cost centre, a latitude: no account, card, SSN or phone; an AWS
    account id under ``AccountId``) and, where the key files a customer's
    account number, the span of the one run of 6-18 digits in the value (18:
    India's longest bank accounts, Mexico's CLABE; also 10 digits that look
    like epoch seconds: the key says what they are).
    """
    words = _compound_heads(key_words(key))
    if not key.isascii():
        # A key in another script, read in Latin letters too ("БИН", "ИНН": bin, inn).
        words += [fold(w) for w in words if not w.isascii()]
    # (a path's segment keeps its slash: "acct=123456789012/")
    if _TWELVE_DIGITS.fullmatch(value.rstrip("/")) and files_aws_accounts(words):
        return frozenset({"ACCOUNT_NUMBER"}), None
    if words and words[-1] == "pan" and "card" in words:
        return frozenset(), None  # a card's number ("card_bin_pan"), whatever else the key names
    if _OTHER_WORDS.intersection(words) or _files_a_thing(key):
        # A store's, a product's or a part's number, a latitude or a serial is
        # no account nor card; bare, no SSN nor phone either, unless the key
        # also names a phone ("device_phone"). A sentence ("card 5146... exp
        # 09/28 declined" in an AssetInfo component) says more than its key.
        letters = _LETTER.search(value) is not None
        if letters and " " in value.strip():
            return frozenset(), None
        if letters or _PHONE_WORDS.intersection(words):
            return NUMBER_ENTITIES, None
        return NUMBER_ENTITIES | {"US_SSN", "PHONE_NUMBER"}, None
    if _REGISTRY_WORDS.intersection(words) and not _ACCOUNT_WORDS.intersection(words):
        return NUMBER_ENTITIES | {"PHONE_NUMBER"}, None
    if not _ACCOUNT_WORDS.intersection(words) and not (
        # a key in another script, as prose labels an account there ("口座番号",
        # "Лицевой счёт", "رقم الحساب")
        not key.isascii() and bounded.search(_ACCOUNT_KEY, key) is not None
    ):
        return frozenset(), None
    # Read through disguises (fullwidth digits, invisible characters between them).
    text, origin = normalize(value) if needs_normalizing(value) else (value, None)
    runs = list(bounded.finditer(_DIGIT_RUNS, text))
    if len(runs) != 1:
        return frozenset(), None
    start, end = runs[0].span()
    if any(m.start() <= start and end <= m.end() for m in bounded.finditer(_HEX_ID, text)):
        return frozenset(), None  # digits of a UUID or a hash filed under the key
    return frozenset(), (to_original(origin, start, end) if origin else (start, end))


# A UUID, or a hash's hex digits (letters among them): a record's id, whose
# digits are no account number even under "farmer_id".
_HEX_ID = regex.compile(
    r"(?<![0-9a-fA-F])(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
    r"|(?=[0-9a-f]*[a-f])[0-9a-f]{16,}|(?=[0-9A-F]*[A-F])[0-9A-F]{16,})(?![0-9a-fA-F])"
)


# A key whose last word files a phone number ("OnCallPhone", "rider_mobile",
# "fax"; "PhoneNumber" too), in the languages of the labels we read; not
# "PhoneModel" or "phone_id", whose last word files something else.
_PHONE_HEADS = _PHONE_NAMES | frozenset(
    "phones cellphone whatsapp sms landline handy telefon telefono telefone celular movil "
    "portable pager tlf mobil puhelin gsm hotline helpline тел телефон моб мобильный"
    # Who is on call is reached by a phone: a number filed under "OnCall",
    # "Guardia", "Bereitschaft" is one.
    " oncall guardia plantao plantão sobreaviso astreinte bereitschaft rufbereitschaft"
    " reperibile reperibilità dyżur vagt vakt piket"
    # A landline ("fijo", "fixo", "festnetz"); whoever is reached in an emergency
    # or as a contact is reached by phone (a number filed so is theirs).
    " fijo fixo festnetz emergency emergencia emergência urgence notfall"
    " contact contacto contato contatto kontakt"
    # Mobile-money wallets, each known by its owner's phone number: "Orange
    # Money", "MoMo", "EcoCash", "GCash", "bKash".
    " momo orangemoney airtelmoney mobilemoney ecocash gcash bkash nagad tigopesa wave"
    # The messengers reached at a phone number: "wa" is WhatsApp's short form.
    " wa viber zap"
    # The phone's word, and its number's compounds, in the other European
    # languages (as prose labels it: ``phone_labels.PHONE_LABELS``).
    " telefonnummer telefoonnummer rufnummer handynummer mobilnummer mobiltelefon natel"
    " telefoon mobiel telefonszám telefonszam mobilszám mobilszam telefonní telefonni mobilní"
    " mobilni telefón telefónne telefonne mobitel tālrunis talrunis telefonas mobiil"
    " matkapuhelin puhelinnumero sími farsími símanúmer ffôn ffon guthán guthan telèfon"
    " mòbil telefonoa mugikorra móbil mowbajl"
    # Short forms: Spanish "Tfno", "Telf", Chilean "Fono"; "handphone" (Malay, Indonesian)
    " tfno tlfno telf fono handphone".split()
)
_NUMBER_TAIL = frozenset("number no num nr".split())
# Spanish, Portuguese, French and Italian put the head word first: "Fijo
# oficina" (the office's landline), "Teléfono casa", "Celular personal".
_HEAD_FIRST_PHONES = frozenset(
    "telefono telefone celular movil fijo fixo portable cellulare".split()
)
# ... unless the next word files something else of the phone: "Celular IMEI".
_NOT_A_PHONE_AFTER = frozenset(
    "imei imsi iccid serial serie id model modelo modele marca marque brand type tipo plan pin"
    " puk os version versao".split()
)


def _anywhere(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` anywhere in a lower-cased text: a quick test before its
    pairs are read. A word holding another ("telefono", "tel") needs no search
    of its own. (Searched in the lower-cased text: IGNORECASE costs ``re`` its
    quick scan for the alternatives' letters, several times the search.)"""
    cores = [w for w in words if not any(o != w and o in w for o in words)]
    return re.compile("|".join(sorted(cores)))


_PHONE_HEAD_ANYWHERE = _anywhere(_PHONE_HEADS)


def may_file_phone(text: str) -> bool:
    """Whether a key in ``text`` may file a phone: seven digits or more stand in
    it, and a word of a phone's key."""
    return (
        ("=" in text or ":" in text)  # no key filing a value without either
        and _SEVEN_DIGITS.search(text) is not None
        and _PHONE_HEAD_ANYWHERE.search(text.lower()) is not None
    )


_SEVEN_DIGITS = re.compile(r"[0-9](?:[ ().\-]?[0-9]){6}")

_ACCOUNT_ANYWHERE = _anywhere(_ACCOUNT_WORDS)
_SIX_DIGITS = re.compile(r"[0-9]{6}")


def may_file_account(text: str) -> bool:
    """Whether a key in ``text`` may file a customer's account number: six
    digits in a row stand in it, and a word of an account's key."""
    return (
        _SIX_DIGITS.search(text) is not None and _ACCOUNT_ANYWHERE.search(text.lower()) is not None
    )


# A whole value shaped as a card number: 13-19 digits in groups.
_CARD_SHAPED = regex.compile(r"\s*[0-9]{4}(?:[ \-]?[0-9]{2,6}){2,4}\s*")
# Cards that are no payment card: a SIM's ICCID (Luhn-checked too), an SD or ID card.
_NOT_PAYMENT_CARDS = frozenset("sim sd id key access smart memory".split())


def card_by_key(key: str, value: str) -> tuple[int, int] | None:
    """The span of ``value`` that is a payment card's number because the key
    files a card (``attributes["fuel_card"]``, ``last_txn_card``, ``CardNumber``):
    the whole value 13 to 19 digits that pass Luhn, whatever its issuer (a
    domestic scheme's 9860 or 8600), not a SIM's, an SD's or an ID card's,
    nor a processor's published test card."""
    if "card" not in key.lower():  # most keys: no need to split them
        return None
    words = _numbered_head(key)
    if not words or words[-1] != "card" or _NOT_PAYMENT_CARDS.intersection(words[:-1]):
        return None
    if _CARD_SHAPED.fullmatch(value) is None:
        return None
    digits = "".join(ch for ch in value if ch.isdigit())
    if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
        return None
    if digits in PUBLISHED_TEST_CARDS:
        return None
    return _stripped_span(value)


# A whole value shaped as a phone number: digits, spaces, dots, dashes, brackets, a "+".
_PHONE_SHAPED = regex.compile(r"\s*\+?[0-9(][0-9 ().\-]{5,22}[0-9]\s*")
# A number in three to six groups, as only phones are written, perhaps after
# "+" or with its area code bracketed.
_GROUPED_NUMBER = r"\+?\(?[0-9]{1,4}\)?(?:[ .\-][0-9]{2,4}){2,5}"
_GROUPED_PHONE = regex.compile(rf"\s*{_GROUPED_NUMBER}\s*")


def phone_by_key(key: str, value: str) -> tuple[int, int] | None:
    """The span of ``value`` that is a phone number because the key files one
    (``tags["EscalationPhone"] = "5125550167"``, ``"OnCallPhone": "8461 9938"``):
    the whole value shaped as a number of 7 to 15 digits, which no recognizer
    takes alone, bare digits being as often ids. Or, under a phone's or a
    person's key, a number grouped as phones are written, in whatever
    country's way, alone ("Driver": "0803 123 4567") or after a name ("Urs
    Wüthrich 25 21 27 07", "Zale Coulibaly / Wave 70 28 89 57")."""
    words = _numbered_head(key)
    # "".join: "WhatsApp" splits into "whats" and "app"
    files_phone = bool(words) and (
        words[-1] in _PHONE_HEADS
        or "".join(words[-2:]) in _PHONE_HEADS
        or (
            len(words) == 2
            and fold(words[0]) in _HEAD_FIRST_PHONES
            and words[1] not in _NOT_A_PHONE_AFTER
        )
    )
    files_phone = files_phone or _phone_key_in_script(key)
    # (an extension after the number is the value's too: "001-996-921-2763x92808")
    tail = _EXTENSION_TAIL.search(value) if files_phone else None
    number = value if tail is None else value[: tail.start()]
    if files_phone and _PHONE_SHAPED.fullmatch(number) is not None:
        digits = sum(ch.isdigit() for ch in number)
        return _stripped_span(value) if 7 <= digits <= MAX_PHONE_DIGITS else None
    if not (files_phone or names_a_person(key)):
        return None
    if _GROUPED_PHONE.fullmatch(value) is not None and _phone_groups(value) and not is_ipv4(value):
        # Alone under a person's key, a number grouped as phones are written
        # ("Driver": "0803 123 4567"): theirs to be reached at; ids go ungrouped.
        return _stripped_span(value)
    after_name = _NAME_THEN_PHONE.fullmatch(value)
    if after_name is None:
        return None
    number = after_name.group("number")
    if sum(ch.isdigit() for ch in number) < 8 or _DATED_GROUPS.search(number):
        return None
    start, end = after_name.span("number")
    return start, end


_EXTENSION_TAIL = regex.compile(EXTENSION + r"\s*$")


def _phone_key_in_script(key: str) -> bool:
    """A key not in ASCII that names a phone as prose labels one there
    ("電話番号", "رقم الهاتف", "Số điện thoại"), whose words ``key_words``
    may not split; not one only saying "number" or "contact" ("Номер договора")."""
    if key.isascii():
        return False
    found = {m.group().lower() for m in bounded.finditer(PHONE_LABELS, key)}
    return bool(found - _GENERIC_PHONE_LABELS)


_GENERIC_PHONE_LABELS = frozenset({"номер", "numer", "contact", "contacto", "contato", "contatto"})


def _numbered_head(key: str) -> list[str]:
    """A key's words without the ones saying its value is a number of the thing
    ("PhoneNumber", "card_no"): the thing is the last word left."""
    words = key_words(key)
    while len(words) > 1 and words[-1] in _NUMBER_TAIL:
        words.pop()
    return words


def _stripped_span(value: str, stripped: str | None = None) -> tuple[int, int]:
    """The span in ``value`` of what is left of it once stripped: of the spaces
    around it, or (``stripped``) of more."""
    if stripped is None:
        stripped = value.strip()
    start = value.index(stripped)
    return start, start + len(stripped)


# -- names known by their key: tags["Brand"], properties["character"] ---------------

# A key whose head word files the name of a thing or a place: a name in the value
# is a brand ("Calvin Klein"), a product line, a fictional character or a street,
# not a customer. Only words that name such things and nothing else a person
# might be filed under: "model", "title", "item" or "branch" values are often
# named after their owner, and an "address" holds the addressee.
_THING_WORDS = frozenset(
    "brand brands product products sku character characters franchise catalogue catalog "
    "merch merchandise flavour flavor fragrance edition book movie film album toy recipe "
    "licence license street road avenue store shop warehouse depot venue city town mall "
    "station airport site room ward building campus hospital clinic park plant factory "
    "facility vendor manufacturer maker supplier "
    # Campaigns, festivals, dishes, hotels and loyalty tiers are named after people too
    # ("Gandhi Jayanti", "Raja Rani", "Hostal Rosalía", "Viva Prata").
    "campaign promo promotion festival holiday occasion dish menu cuisine hotel resort "
    "restaurant tier level nivel loyalty"
    # "loyalty" in Spanish, Portuguese, French and Italian, where the head comes
    # first ("NivelFidelidad": a loyalty level).
    " fidelidad fidelidade fidélité fidelite fedeltà fedelta"
    # A product's attributes, named after people as often ("Ivory Rose", "Golden
    # Brown", a "Jackie" style, a "Grace Kelly" collection).
    " colour color colours colors shade finish pattern style variant material fabric scent"
    " collection"
    # Brands, mascots, characters, products and shops in Spanish, Portuguese,
    # French and German ("Marca": "Juan Valdez Café", "Mascota": "Pepe Grillo").
    " mascot mascota marca personaje personagem producto produto tienda loja marque"
    " personnage produit magasin mascotte marke figur produkt"
    # A landmark, a vehicle's make, a holiday calendar or a namesake (a statue's,
    # a station's) holds a famous name, not a customer's ("Namensgeber", "Maskot").
    " landmark landmarks make namesake namensgeber maskot calendar".split()
)
# Heads of keys that file things named after people too, for the names in their
# values only: the numbers under them are read as under any key (a card number
# filed under "Category" is still a card).
_NAMED_THING_WORDS = _THING_WORDS | frozenset(
    "eponym"
    # Ports, ships (named after people as often: "Maersk Mc-Kinney Møller"), and
    # plant varieties (cultivars named after their breeders: "Tommy Atkins"
    # mangoes, "Red Naomi" roses).
    " port harbour harbor vessel ship boat variety cultivar"
    # Routes, awards and trophies ("Webb Ellis Cup"), and songs, as albums.
    " route award prize trophy cup song track"
    # A type, a kind, a category or a class is no person ("roomType": "Junior Suite").
    " type kind category class".split()
)
# Words after the head that only say what of it the value is ("ProductName", "BrandId").
# Words after a key's head that say how its value is written, not what it is:
# "OwnerName", "ContactNative" (in the person's own script), "authorDisplay".
_TRAILING_WORDS = frozenset(
    "name names id ids label value values code key native local romanized romanised display".split()
)


# A key's last words that file what a thing is named after or for: its namesake.
_NAMED_AFTER = (["named", "after"], ["named", "for"])


def names_a_thing(key: str) -> bool:
    """Whether ``key``'s head word (its last, as in "ProductOwner": an owner) files
    the name of a brand, product, character or place, or of a product's colour,
    style or collection: ``Brand``, ``Product4``, ``character_name``, ``Colour``;
    not ``ProductOwner`` or ``StoreManager``. A name in its value is no person's."""
    head = _thing_head(key)
    # ("namedAfter", "named_for": a namesake, as "Namesake" files it)
    return bool(head) and (head[-1] in _NAMED_THING_WORDS or head[-2:] in _NAMED_AFTER)


def _files_a_thing(key: str) -> bool:
    """Whether ``key``'s head word files a thing whose number is no account,
    card or phone: a store's, a product's, a site's (``_THING_WORDS``)."""
    head = _thing_head(key)
    return bool(head) and head[-1] in _THING_WORDS


def _thing_head(key: str) -> list[str]:
    """``key``'s head words, or none when no thing's word is in it at all
    (most keys: they are not split)."""
    return _head_words(key) if _THING_HINT.search(key.lower()) else []


def names_a_person(key: str) -> bool:
    """Whether ``key``'s head word files a person: ``Owner``, ``operatorName``,
    ``on-call``, ``ReviewedBy``; not ``OwnerTeam`` or ``OnCallPhone``. Or the
    key files a part of a person's name: ``first_name``, ``LastName``,
    ``surname``, ``Nachname``, ``apellidos``."""
    if not _PERSON_HINT.search(key.lower()):
        return not key.isascii() and _CJK_PERSON_KEYS.search(key) is not None
    if _files_name_part(key_words(key)):
        return True
    head = _head_words(key)
    return bool(head) and (head[-1] in _PERSON_WORDS or head[-2:] in _ON_ROTA)


def _files_name_part(words: list[str]) -> bool:
    return bool(words) and (
        words[-1] in _NAME_WORDS or (words[-1] == "name" and words[-2:-1] in _NAME_PART_WORDS)
    )


# A part of a person's name: "first_name", "FamilyName"; "Vorname", "apellidos".
_NAME_PART_WORDS = tuple([w] for w in "first last given full family middle fore sur maiden".split())
_NAME_WORDS = frozenset(
    "surname surnames firstname lastname fullname givenname forename vorname nachname "
    "familienname apellido apellidos prenom prénom cognome achternaam voornaam sobrenome "
    "soyad soyadı soyadi nazwisko imię фамилия отчество".split()  # noqa: RUF001
)


# Who is on a rota or given the work: "OnCall", "nurseOnDuty", "on_shift", "assignedTo".
_ON_ROTA = (["on", "call"], ["on", "duty"], ["on", "shift"], ["assigned", "to"], ["escalate", "to"])


def _head_words(key: str) -> list[str]:
    words = [w for w in key_words(key) if not w.isdigit()]
    while words and words[-1] in _TRAILING_WORDS:
        words.pop()
    return words


# A key whose head word files a person (a role, in the languages of the name
# lists), or ends in "by" (CreatedBy, ReviewedBy).
_PERSON_WORDS = frozenset(
    "owner owners operator requester requestor oncall assignee author maintainer manager "
    "contact customer user username employee buyer approver reviewer steward curator "
    "technician engineer driver patient holder recipient by titular inhaber besitzer "
    "responsable responsável responsavel propietario proprietaire eigenaar artisan artist "
    "designer seller stylist photographer creator editor advisor consultant doctor nurse "
    "physician tenant resident "
    "student teacher instructor coach pilot installer tech courier agent caregiver clinician "
    "pharmacist dispatcher supervisor inspector surveyor handler attn subscriber "
    "beneficiary insured policyholder cardholder guarantor guardian caller reporter signatory "
    "interpreter translator therapist counselor counsellor dentist surgeon midwife paramedic "
    "chaperone mentor tutor trainer lawyer attorney accountant auditor coordinator foreman "
    "volunteer witness sponsor signer delegate deputy landlord landlady lessor proprietor "
    "custodian keeper contractor modeler rider escalation slack"
    # Who analyses, plans, designs or oversees: "Analyst", "MineOverseer", "poc"
    # (point of contact), "dri" (the directly responsible individual).
    " analyst overseer planner scientist architect developer administrator liaison poc dri"
    " lead director executive president chairperson secretary treasurer officer dpo"
    " ciso cto ceo cfo founder representative ambassador specialist researcher investigator"
    " writer tester cashier franchisee boss"
    # Heads, managers, coordinators, analysts, sellers and owners in Spanish,
    # Portuguese, French, German, Dutch and Italian.
    " jefe jefa gerente analista coordinador coordinadora coordenador coordenadora vendedor"
    " vendedora dono dona gérant gérante directeur directrice analyste vendeur vendeuse"
    " leiter leiterin geschäftsführer geschäftsführerin sachbearbeiter sachbearbeiterin"
    " eigentümer eigentümerin halter halterin leider referente gestore"
    # Owner in Afrikaans and Zulu.
    " eienaar umnikazi"
    # Guests, passengers, visitors, learners: always people (a payer, a sender,
    # a grower or a guide may be a company or a book).
    " guest passenger traveller traveler visitor attendee participant applicant candidate"
    " learner pupil trainee intern huesped huésped hóspede pasajero pasajera passageiro"
    " passageira viajero viajera visitante invité invitée passager passagère gast"
    " reisender fahrgast"
    # The same roles in Spanish, Portuguese, Italian, French, German, Dutch and
    # the Nordic languages (cliente, socio, encargado, fahrer, klant, kunde...).
    " cliente clienta clientes socio socia encargado encargada mantenedor conductor chofer"
    " dueño dueña usuario usuaria empleado empleada operador operadora solicitante productor"
    " productora asignado asignada veedor veedora"
    " trabajador trabajadora agricultor agricultora contacto autor autora tecnico técnico"
    " técnica utente dipendente proprietario titolare utilisateur utilisatrice auteur"
    " demandeur demandeuse technicien technicienne abonné abonnée"
    " kunde kundin fahrer fahrerin techniker technikerin mitarbeiter mitarbeiterin"
    " ansprechpartner ansprechpartnerin verantwortlicher betreuer betreuerin hausmeister"
    " klant medewerker gebruiker bestuurder monteur beheerder kontaktperson ansvarlig"
    " kontakt yhteyshenkilö yhteyshenkilo farmer asesor asesora suplente vertretung"
    " zugewiesen"
    # Who approves, reviews, requests, stands in, advises or benefits, in the
    # same languages and Catalan, Polish and Afrikaans (a closed class of roles).
    " backup aprobador aprobadora aprovador aprovadora approbateur approbatrice approvatore"
    " genehmiger genehmigerin goedkeurder revisor revisora réviseur revisore prüfer prüferin"
    " beoordelaar peticionario peticionaria peticionari requérant requérante richiedente"
    " antragsteller antragstellerin aanvrager wnioskodawca beneficiario beneficiaria"
    " beneficiário beneficiária bénéficiaire begünstigter begunstigde beneficjent consultor"
    " consultora consulente berater beraterin adviseur stellvertreter stellvertreterin"
    " remplaçant remplaçante sostituto substituto opiekun opiekunka"
    # Swahili: supervisor, farmer, customer, owner, driver, technician, engineer.
    " msimamizi mkulima mteja mmiliki dereva fundi mhandisi"
    # "by" in the languages of the labels we read: Godkänt-av, aprobado_por, validé_par.
    " av af por par door deur przez".split()
)
# Keys in CJK scripts that file a person (person in charge, contact, author,
# owner, assignee), which the English words above do not split into.
_CJK_PERSON_KEYS = regex.compile(
    r"担当|负责人|負責人|联系人|聯絡人|聯繫人|作者|作成者|所有者|담당|작성자|책임자|연락처명"
)
# Either vocabulary anywhere in a lower-cased key, a quick test before it is
# split into words. Plain alternations of literals, so the standard library's
# engine serves: a fifth of the cost of ``regex`` with IGNORECASE, per key.
_THING_HINT = re.compile("|".join(sorted(_NAMED_THING_WORDS | {"named"})))
_PERSON_HINT = re.compile(
    "call|duty|shift|assigned|escalate|name|apellido|prenom|prénom|cognome|naam|sobrenome"
    "|soyad|nazwisko|imię|фамилия|отчество|" + "|".join(sorted(_PERSON_WORDS))
)
# The key before a separator, read backwards from it (so only its own few
# characters are tried): "Owner" of "Owner: ...", "CURATED_BY" of "Items.CURATED_BY IN (".
_KEY_BEFORE = regex.compile(
    r"""(?r)(?<![\p{L}\p{N}_])([\p{L}_][\p{L}\p{N}_\-]{0,40})["']?\s*(?:(?i:in)\s*)?"""
)
_SEPARATOR = regex.compile(r"[:=(]")


def has_person_label(text: str) -> bool:
    """Whether a person's key labels a value in ``text`` ("Owner: ...",
    ``CURATED_BY IN (...)``), looking back from each separator only: far
    quicker than searching the whole text for every word."""
    if _CUE_HINT.search(text) and _cued_in_identifier(text):
        return True  # "ev_sessions_by_...": the cue itself is a person's key
    if any(names_a_person(key) or labels_a_person(key) for key, _, _ in _keys_apart(text)):
        return True  # "Owner": {"Default": "..."}, 'Zahra' AS oncall
    # One character class and a bounded window: nothing to backtrack, no timeout needed.
    for separator in _SEPARATOR.finditer(text):
        key = _KEY_BEFORE.match(text, max(0, separator.start() - 48), separator.start())
        if key is not None and (names_a_person(key.group(1)) or labels_a_person(key.group(1))):
            return True
    return False


# A word this much an English word is no name of anyone's ("unknown", "growth").
_WORDY = 0.5
# Between names in one value: "Cliff Mbeki and Dawn Ferreira".
_CONNECTORS = frozenset("and und et y e i en or".split())
_NAME_SHAPED = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'\u2019.\-_ ,&/]{0,79}")


# A contact's phone number after the name ("Nadeesha Perera +91-8111931075",
# "Urs Wüthrich, Tel. 25 21 27 07"): the phone recognizers read it; the name
# is what is left.
_TRAILING_PHONE = regex.compile(
    r"(?<=\p{L})[\s,;(]+(?:(?:tel|ph|phone|mob|mobil|cell|handy|tlf)\.?:?\s*)?"
    r"\+?[0-9](?:[ ()./\-]?[0-9]){6,15}\)?\s*$",
    regex.IGNORECASE,
)
# A name, then a number in groups of digits as only phones are written (two
# separators at least, eight digits or more): "Pape Malick Niang 75 049 12 06",
# "feliciano macuácua / 85 006 4135"; not "Jane Doe #4471" nor "Team 7 2024".
_NAME_THEN_PHONE = regex.compile(
    r"\s*\p{L}[^0-9]*?[\p{L}.)](?:\s*[,;:/|(\-\u2013\u2014]\s*|\s+)"
    rf"(?P<number>{_GROUPED_NUMBER})\s*",
)
# After a name, a phone's subscriber part may run longer: Kazakhstan's
# "777-12-345678", and in two groups Pakistan's "0300-1234567" (not a year's
# range, "2019-2023").
_GROUPED_AFTER_NAME = r"\+?\(?[0-9]{1,4}\)?(?:(?:[ .\-][0-9]{2,7}){2,5}|[ .\-][0-9]{5,7})"
# Right after a person's name, a number grouped as phones are written, perhaps
# after a word for "at" or a phone's short label: "Katarzyna Zielińska-Nowak
# 880 708 680", "agent DIATTA Mariama au 77 023 99 80", "... ag 01 958 9106".
# Not an amount (a currency or a percentage after it), nor a longer number.
_PHONE_AFTER_NAME = regex.compile(
    r"(?:\s*[,;:/|(\u2013\u2014\-]\s*|\s+)"
    r"(?:(?i:at|on|au|à|ag|al|em|no|na|op|an|bei|tel\.?|ph\.?|mob\.?"
    # a wallet or a messenger reached at the number ("Zale Coulibaly / Wave 70 28 89 57")
    r"|wave|momo|m-?pesa|whatsapp|wa|viber|zap)\s+)?"
    rf"(?P<number>{_GROUPED_AFTER_NAME})"
    r"(?![0-9]|[.,][0-9]|\s*(?:%|[A-Z]{3}\b|\p{Sc}))"
)


def phone_after_name(text: str, end: int) -> tuple[int, int] | None:
    """The span of a phone-shaped number right after a name that ends at ``end``:
    eight digits or more in two groups or more, and no date."""
    match = bounded.match(_PHONE_AFTER_NAME, text, end)
    if match is None:
        return None
    if not _phone_groups(match["number"]):
        return None
    start = match.start("number")
    if ")" in match["number"] and "(" not in match["number"] and text[start - 1] == "(":
        start -= 1  # "(+225) 07-39-63-61": the bracket the country's code closes is the number's
    return start, match.end("number")


def _phone_groups(number: str) -> bool:
    """Groups of a phone's digits: eight or more, no more than E.164 allows, no date."""
    digits = sum(ch.isdigit() for ch in number)
    return 8 <= digits <= MAX_PHONE_DIGITS and _DATED_GROUPS.search(number) is None


# Groups that read as a date ("2024 11 05"): no phone.
_DATED_GROUPS = regex.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}[ .\-][01]?[0-9][ .\-][0-3]?[0-9](?![0-9])"
)
# An employee number after a name: "Lachlan_57024", "aarti_e58634", "Maria Garcia #4471".
# (A short form before the number follows a mark: the "e" of "store 12" is the word's.)
_STAFF_NUMBER = regex.compile(
    r"(?<=\p{L})(?:[\s_\-.#]{1,3}(?:(?:emp|e|id|no)[\s_\-.#]{0,2})?)?[0-9]{2,8}$", regex.I
)


# The points of the compass, in the languages of the labels we read.
_COMPASS = frozenset(
    "north south east west nord sud sued ost ouest est norte sur oeste noord zuid oost"
    " norr soder vast pohjoinen etela ita lansi polnoc poludnie wschod zachod".split()
)
_SHORT_CODE = regex.compile(r"\p{Lu}{2,4}")
MIN_GIVEN_ALONE = 4  # letters of a listed given name, for it to be a name alone
# Letters of an initial and an "-ov"/"-ev" surname, for them to be a user name
# ("gergashev", nine; not "checkov", seven).
MIN_WEAK_HANDLE = 9


def person_by_key(key: str, value: str) -> tuple[int, int] | None:
    """The span of ``value`` that is a person's name because the key files a
    person (see :func:`names_a_person`): letters only, every word a listed
    name, a particle or hardly an English word, and one at least a listed name
    that is hardly a word (one of a country's commonest given names, or any
    beside another word) or a user name of an initial and a listed surname
    ("dlee", "gergashev"). A team ("growth", "data-platform") or a tool ("terraform")
    under ``Owner`` is none. An employee number after the name
    ("Lachlan_57024", "aarti_e58634") is left out of the span."""
    if not (names_a_person(key) or labels_a_person(key)):
        # (a label prose announces a person with files one too: "ügyintéző",
        # "Verantwortlich")
        return None
    if key.lower() == "by" and _given_after_by(value):
        return 0, len(value)
    if _files_name_part(key_words(key)):
        # "first_name": "Kadeen", "Nachname": "Weißhaupt": the key says the
        # words are a name's; none may be an English word ("unknown").
        stripped = value.strip()
        data = name_data()
        if _NAME_SHAPED.fullmatch(stripped) and all(
            data.word_score(w) < _WORDY or w in data.usable for _, _, w in tokens(stripped)
        ):
            return _stripped_span(value, stripped)
    return person_span(value, latin_key=written_apart(key, value), role=_names_a_role(key))


def _names_a_role(key: str) -> bool:
    """Whether ``key``'s head word is a role only a person fills ("tech",
    "rider", "nurseOnDuty", "DataSteward"), not a keeper's, which a team, a
    tool or a firm fills as often (``Owner``: "argocd", ``ManagedBy``:
    "pulumi", ``maintainer``, ``contact``, ``customer``)."""
    head = _head_words(key)
    return bool(head) and (
        head[-2:] in _ON_ROTA or (head[-1] in _PERSON_WORDS and head[-1] not in _KEEPER_WORDS)
    )


# Heads of keys a team, a tool or a firm fills as often as a person: owners,
# makers, contacts, customers and users, and "by" (CreatedBy, ManagedBy).
_KEEPER_WORDS = frozenset(
    "owner owners maintainer manager author creator editor designer developer contact customer"
    " user username holder titular inhaber besitzer responsable responsável responsavel"
    " propietario proprietaire proprietario eigenaar proprietor eigentümer eigentümerin dono"
    " dona dueño dueña mmiliki umnikazi eienaar cliente clienta clientes kunde kundin klant"
    " contacto kontakt kontaktperson ansprechpartner ansprechpartnerin usuario usuaria utente"
    " utilisateur utilisatrice gebruiker mteja sponsor seller vendedor vendedora vendeur"
    " vendeuse artist subscriber beneficiary recipient"
    " by av af por par door deur przez".split()
)


def _given_after_by(value: str) -> bool:
    """A listed given name alone after "by" in an identifier ("..._by_snehal",
    "forecast-by-jaskaran"): one of four letters or more, barely a word, no
    town's (not "sales_by_region", "by_hudson")."""
    data = name_data()
    return (
        len(value) >= MIN_GIVEN_ALONE
        and value.isalpha()
        and value in data.given
        and data.name_wordiness(value) < _BARELY
        and value not in data.places
    )


_BARELY = 0.1  # wordiness of a given name that is barely a word ("travis" is more)


MIN_SURNAME_ALONE = 5  # letters: shorter ones are as often abbreviations ("tams", "ops")


def person_span(value: str, *, latin_key: bool, role: bool = False) -> tuple[int, int] | None:
    """The span of a value filed as a person's that is a name (see
    :func:`person_by_key`); ``latin_key``: its key is written in Latin letters,
    or in another script than the value's (:func:`written_apart`); ``role``:
    the key is a role only a person fills (:func:`_names_a_role`)."""
    # (a dash or a slash after the name is the text's: "ananya kulkarni -> deepa menon")
    stripped = _STAFF_NUMBER.sub("", value.strip().rstrip(" -/|,;:"), count=1)
    if stripped != value.strip() and _SHORT_CODE.fullmatch(stripped):
        return None  # "HAN-0067": a store's or a site's code, no staff number
    stripped = _TRAILING_PHONE.sub("", stripped, count=1)
    data = name_data()
    if (_CJK_NAME_SHAPED.fullmatch(stripped) and cjk_surname_first(stripped, data)) or (
        latin_key and not stripped.isascii() and caseless_value_name(stripped)
    ):
        # A name in Han characters or Hangul; or in a script without capitals
        # under a key in Latin letters ("Owner": "พลอย"), as after a word
        # announcing a person in another script.
        return _stripped_span(value, stripped)
    if not _NAME_SHAPED.fullmatch(stripped) or automation_account(stripped, 0, len(stripped)):
        return None
    read = tokens(stripped)
    if (
        len(read) > 1
        and " ".join(w for _, _, w in read) in data.places
        and not (len(read) == 2 and data.commonly_called(read[0][2], read[1][2]))
    ):
        # "Kota Kinabalu": a town, whoever's key it is under; not a name people
        # are very often called, which a town may bear too ("Pedro Gomes").
        return None
    if (
        len(read) > 1
        and read[-1][2] in _COMPASS
        and stripped[read[-1][0]].isupper()
        and read[0][2] not in data.given
    ):
        return None  # "Schichtleiter Nord", "Lager Süd": a site's or a shift's; not "Anna West"
    if _coined(stripped, read, data):
        return None
    words = [w for _, _, w in read if w not in _CONNECTORS]
    # A user name is written in lower case ("dlee"); "Gradle" is a tool's.
    lower = stripped.islower()
    if lower and not role and _team_before_given(words, data):
        return None
    evidence = False
    for word in words:
        listed = word in data.usable
        plain = data.word_score(word) < _WORDY
        # A user name is one word: beside another, "flota" is no f. Lota
        # ("despacho-flota", a dispatch team).
        handle = (
            lower
            and len(words) == 1
            and len(word) >= 4
            and (
                word[1:] in data.family
                # "-ov"/"-ev" end tools' names too ("checkov"): a longer surname only
                or data.surname_shaped(word[1:], strong=len(word) < MIN_WEAK_HANDLE)
            )
            and data.word_score(word) == 0
        )
        # Alone: one of a country's commonest given names ("alice"; not "argo"), or
        # a surname more than the census's tail lists that is no English word
        # nor place ("wahyuni", "Budiman"; not "jenkins", a tool's too).
        alone_ok = (word in data.given and word in data.popular) or (
            len(word) >= MIN_SURNAME_ALONE
            and word in data.family
            and word not in data.census_only
            and not data.is_english(word)
            and word not in data.places
        )
        if handle or (listed and plain and (alone_ok or len(words) > 1)):
            evidence = True  # a rare name or a surname alone may be a tool's ("jenkins")
        elif (
            lower
            and len(words) == 1
            and (_initialled_handle(word, data) or glued_pinyin_name(word, data))
        ):
            evidence = True
        elif role and len(words) == 1 and handle_word(word, data):
            # under a role's key, one word no language's list knows with a
            # name's letters ("tech": "msyafiq"), as after "owner:" in a text
            evidence = True
        elif not (listed or plain or len(word) == 1 or word in PARTICLES):
            return None  # an English word that is no name: "growth", "platform"
    if (
        role
        and not evidence
        and len(words) > 1
        and any(len(w) >= 3 for w in words)
        and all(
            len(w) <= 2
            or (w in data.usable and w not in STREET_TYPES)
            or not (data.is_english(w) or w in foreign_words() or compound_word(w, data))
            for w in words
        )
    ):
        # under a role's key, names or words no dictionary holds, nor two English
        # words run together ("HANG, Ka"; not "cloudwatch-agent", "rusty runbook")
        evidence = True
    if not evidence and not (
        _capitalized_strangers(stripped, read, data)
        or _lower_strangers(stripped, read, data)
        or _initialled_stranger(stripped, read, data)
        or _given_alone(stripped, read, data)
    ):
        return None
    return _stripped_span(value, stripped)


def _team_before_given(words: list[str], data: NameData) -> bool:
    """Two words in lower case, a short one no list holds nor the census
    knows as a surname, then a given name that is no surname: a team's code
    and its site ("noc-manila"), not a name written surname first, as the
    peoples who write theirs so do with surnames the census knows
    ("dao-minh", "ong-hui", "oh-minji")."""
    return (
        len(words) == 2
        and len(words[0]) <= MAX_TEAM_CODE
        and words[0] not in data.usable
        and words[0] not in census_short_surnames()
        and words[1] in data.given
        and words[1] not in data.family
    )


MAX_TEAM_CODE = 3  # letters: "noc", "sre", "hr"


# Letters of a listed given name in a user name with initials ("rinik", "afaizal").
MIN_HANDLE_GIVEN = 4
_VOWELS = frozenset("aeiouy")
# One Vietnamese syllable written without its marks: an initial consonant or
# cluster, one to three vowels, a final of those Vietnamese allows ("linh",
# "phuc", "huy"; not "maria", "argo").
_VIETNAMESE_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def _initialled_handle(word: str, data: NameData) -> bool:
    """A user name of a listed given name and initials, as companies make them:
    the surname's initial after it, a consonant ("rinik", "amirh", "kittipongj";
    a vowel there makes a word or a name's own form: "mongo", "ivana"); one or two
    initials before it ("afaizal"); or, as Vietnamese ones are made, a given
    name of one syllable, then the initials of a Vietnamese surname and of the
    middle name ("phuclh", "linhvtm"). The given name barely a word and no
    place, the whole no word of English or of another language."""
    if data.is_english(word) or word in data.places or word in data.glued_words:
        return False
    if word in foreign_words():
        return False
    return (
        (word[-1] not in _VOWELS and _handle_given(word[:-1], data))
        or (_handle_given(word[1:], data) and not data.is_english(word[1:]))
        or (_VOWELS.isdisjoint(word[:2]) and _handle_given(word[2:], data))
        or any(_vietnamese_initials(word[:-k], word[-k:], data) for k in (2, 3))
    )


def _handle_given(name: str, data: NameData) -> bool:
    return (
        len(name) >= MIN_HANDLE_GIVEN
        and name in data.given
        and data.name_wordiness(name) <= GLUED_MAX_WORDINESS
        and name not in data.places
    )


def _vietnamese_initials(given: str, initials: str, data: NameData) -> bool:
    """A listed given name of one syllable, then a Vietnamese surname's initial
    and the middle name's, no vowel among them and no common word's ending
    (not "argocd", "mariadb", "finops")."""
    return (
        initials[0] in VIETNAMESE_INITIALS
        and _VOWELS.isdisjoint(initials)
        and initials not in data.word_endings
        and _VIETNAMESE_SYLLABLE.fullmatch(given) is not None
        and given in data.given
        and data.name_wordiness(given) <= GLUED_MAX_WORDINESS
    )


def _given_alone(value: str, read: list[tuple[int, int, str]], data: NameData) -> bool:
    """One capitalized listed given name of four letters or more, barely a
    word and no place: a name under a person's key ("Priya", "Agus"; not
    "Finance", "Paris"). A word no list holds is as often a tool's
    ("Grafana") or a word of another language ("Karbantartás")."""
    if len(read) != 1 or len(value) < MIN_GIVEN_ALONE or not value.istitle():
        return False
    word = read[0][2]
    return word in data.given and data.word_score(word) < _WORDY and word not in data.places


def _lower_strangers(value: str, read: list[tuple[int, int, str]], data: NameData) -> bool:
    """A user name of two or three lower-case words joined by "_", "." or "-",
    or a name written apart in lower case ("faadumo_xuseen", "mwila chilufya"):
    none an English word, a common word of another language ("equipo_pagos",
    "team-vertrieb") or a place, each with a vowel, one of five letters or more."""
    if not 2 <= len(read) <= 3 or not value.islower() or not _JOINED_WORDS.fullmatch(value):
        return False
    if " " in value and not _LATIN_ONLY.fullmatch(value):
        return False  # "черговий інженер", a duty engineer: no other script's words are known
    foreign = foreign_words()
    return max(len(w) for _, _, w in read) >= MIN_SURNAME_ALONE and all(
        len(w) >= 3
        and _VOWEL.search(w) is not None
        and not data.is_english(w)
        and w not in foreign
        and w not in data.places
        for _, _, w in read
    )


_LATIN_ONLY = regex.compile(r"[\p{Latin}\p{M} ]+")
_LATIN_NAME = regex.compile(r"[\p{Latin}\p{M} .,_'\u2019\-]+")
_JOINED_WORDS = regex.compile(r"\p{Ll}+(?:[_.\- ]\p{Ll}+){1,2}")
_VOWEL = regex.compile("[" + "".join(sorted(_VOWELS)) + "]")


def _initialled_stranger(value: str, read: list[tuple[int, int, str]], data: NameData) -> bool:
    """A capitalized word English barely uses, no place, and an initial:
    "Fitri S.", "S. Fitri", "F.Gumbo"; or a user name of an initial, a dot and
    a word of five letters or more that is no word of English nor of another
    language ("m.szczesna"; not "k.config")."""
    if len(read) != 2:
        return False
    (a, b, one), (c, d, two) = read
    word, at = (one, a) if d - c == 1 else (two, c) if b - a == 1 else ("", 0)
    if len(word) < 3 or word in data.places:
        return False
    if value[at].isupper():
        return data.word_score(word) < _BARELY
    return (
        at == c
        and value[b:c] == "."
        and len(word) >= MIN_SURNAME_ALONE
        and not data.is_english(word)
        and word not in foreign_words()
        and _VOWEL.search(word) is not None
    )


def _coined(value: str, read: list[tuple[int, int, str]], data: NameData) -> bool:
    """A team's or a site's coined name, no person's: a short acronym among its
    words ("DL-Lager-Nord", "Argo CD"; not a surname in capitals, "LOR, Pheng",
    nor initials, "JF Gagnon"), or an English word glued in camel case
    ("FinOps"; not "MariaGarcia", "NegarRezaei")."""
    upper = value.isupper()
    for k, (a, b, word) in enumerate(read):
        if (
            not upper
            and 2 <= b - a <= 3
            and value[a:b].isupper()
            and not value.startswith(",", b)
            and word not in data.family
            # initials before a surname: "JF Gagnon"
            and not (k == 0 and b - a == 2 and len(read) > 1 and value.startswith(" ", b))
        ):
            return True
        if k and read[k - 1][1] == a and value[a].isupper():
            # a word of English glued in camel case: "FinOps", "DevTeam"; not a
            # surname's particle ("ZainabAlKhafaji", "SionApIorwerth")
            if any(
                w not in data.usable and w not in PARTICLES and data.is_english(w)
                for w in (read[k - 1][2], word)
            ):
                return True
    return False


# A name in Han characters, kana or Hangul, written whole ("张伟强", "梁靜儀")
# or apart ("伊藤 さくら", "高橋 翔"): under a person's key, a listed surname
# first is enough, as given names there are an open class the lists barely hold.
_CJK_NAME_SHAPED = regex.compile(
    r"(?:\p{Han}{1,2}[ \u3000\u30fb\u00b7]?[\p{Han}\p{Hiragana}\p{Katakana}]{1,4})|\p{Hangul}{2,4}"
)


def cjk_surname_first(value: str, data: NameData) -> bool:
    """Whether a CJK name of two to five characters begins with a listed
    surname and has a given name after it."""
    compact = regex.sub(r"[ \u3000\u30fb\u00b7]", "", value)
    return 2 <= len(compact) <= 5 and any(
        compact[:cut] in data.native_family and len(compact) > cut for cut in (1, 2)
    )


def _capitalized_strangers(value: str, read: list[tuple[int, int, str]], data: NameData) -> bool:
    """Two or more capitalized words that no list holds and English barely
    uses, one of them no English word at all: a name from beyond the lists
    ("Adébáyọ̀ Ọláwálé", "Thabo Mofokeng"). Initials and particles in lower
    case may stand between them ("Iolo ap Dafydd")."""
    if any(labels_a_person(value[a:b]) for a, b, _ in read):
        return False  # a role, no one's name: "Ενεργειακός Υπεύθυνος" (energy manager)
    if not _LATIN_NAME.fullmatch(value) and not any(
        data.surname_shaped(w, strong=True) for _, _, w in read
    ):
        # "ОТДЕЛ КАДРОВ", a department: no other script's common words are known
        # here, so one word must be shaped as surnames are ("Серікұлы").
        return False
    strangers = common = 0
    unknown = False
    foreign = foreign_words()
    for a, _, w in read:
        if len(w) == 1 and value[a].isupper():
            continue  # an initial
        if not value[a].isupper():
            if w not in PARTICLES:
                return False
            continue
        if len(w) < 2 or data.word_score(w) >= _BARELY or w in data.places:
            return False
        strangers += 1
        common += w in foreign or foreign_compound(w, data)
        unknown = unknown or not data.is_english(w)
    # Every word a common one of another language, or two run together:
    # "Kierownik Zmiany B", a shift manager in Polish (one may be: "Xoán
    # Outeiro", a Galician "hill").
    return strangers >= 2 and unknown and common < strangers


# A key and its quoted literals inside a text: a Personalize filter's
# ``Items.BRAND IN ("Ralph Lauren", "Ted Baker")``, ``Items.BRAND = "Ted Baker"``,
# a JSON document's ``"brand": "Calvin Klein"``, IoT SQL's ``owner = 'jdoe'``.
_QUOTED = r"""(?:"[^"\n]{0,200}"|'[^'\n]{0,200}')"""
_INLINE_KEYED = regex.compile(
    r"""(?<![\p{L}\p{N}_])(?P<key>[\p{L}_][\p{L}\p{N}_]{0,40}+)["']?\s*"""
    rf"""(?:(?i:not\s+)?(?i:in)\s*\((?P<many>\s*{_QUOTED}(?:\s*,\s*{_QUOTED})*)\s*\)"""
    rf"""|(?:!?=|:)\s*(?P<one>{_QUOTED}))"""
)
_LITERAL = regex.compile(r""""([^"\n]*)"|'([^'\n]*)'""")
# A label and its value in prose, up to the next mark: "Owner: Adébáyọ̀ Ọláwálé; ...".
_LABELLED = regex.compile(
    r"(?<![\p{L}\p{N}_])(?P<key>\p{L}[\p{L}_\-]{1,30})\s*:\s*(?P<value>[^\s;,.()<>\":][^;,.()<>\"\n:]{1,79})"
)


_QUERY_TOKEN = regex.compile(r"[^\s,;()<>\"'*:]+")
# A log line's or a query string's key=value, the value one token:
# "user=jsmith action=payout", "subscriber=linh_tewhata".
_ASSIGNED = regex.compile(
    r"(?<![\p{L}\p{N}_])(?P<key>\p{L}[\p{L}_\-]{1,30})=(?P<value>[^\s;,&|=()<>\"']{2,80})"
)

# Pairs a delimiter parts, where a value may hold spaces: a series id's
# "dma=DMA-764|customer=Iain Mac a' Phearsain", "agent=INGABIRE Divine;centre=...".
_PAIR_DELIMITER = re.compile(r"[|;&]\s*[^\W\d][\w\-]{0,30}=")
_DELIMITED = regex.compile(
    r"(?<![\p{L}\p{N}_])(?P<key>\p{L}[\p{L}_\-]{1,30})="
    r"(?P<value>[^\s=|;&][^=|;&\n]{0,78}[^\s=|;&])(?=\s*(?:[|;&]|$))"
)
# A value held one level down, in an object under its key: a CloudFormation
# parameter's default ("CustomerName": {"Type": "String", "Default": "..."}),
# a TwinMaker property's value ("owner": {"value": {"stringValue": "..."}}).
# The object's other members come before it, none holding an object.
_HELD_BELOW = regex.compile(
    r""""(?P<key>[\p{L}_][\p{L}\p{N}_\-]{0,40})"\s*:\s*\{\s*"""
    r"""(?:"[\p{L}_]{1,30}"\s*:\s*(?:"[^"\n]{0,80}"|[\p{N}.]{1,20}|true|false|null)\s*,\s*){0,6}"""
    r""""(?:Default|DefaultValue|Value|value|defaultValue)"\s*:\s*"""
    r"""(?:\{\s*"(?:stringValue|S)"\s*:\s*)?"(?P<value>[^"\n]{1,200})["]"""
)
# A list of named values: tags ({"Key": "Owner", "Value": "..."}), a
# container's environment ({"name": "OWNER", "value": "..."}).
_NAMED_VALUE = regex.compile(
    r""""(?:Key|key|Name|name)"\s*:\s*"(?P<key>[\p{L}_][\p{L}\p{N}_\-:]{0,40})"\s*,\s*"""
    r""""(?:Value|value)"\s*:\s*"(?P<value>[^"\n]{1,200})["]"""
)
# SQL's literal named by its alias: "SELECT *, 'Zahra' AS oncall FROM ...".
_ALIASED = regex.compile(
    r"""'(?P<value>[^'\n]{1,80})'\s+(?i:as)\s+(?P<key>[\p{L}_][\p{L}\p{N}_]{0,40})"""
)
# A web server's access log line (Common Log Format): the client's address,
# its ident, then the user who signed in, before the bracketed time
# ("10.0.4.7 - adeshpande [12/Mar/2025:10:01:22 +0000]").
_LOGGED_USER = regex.compile(
    r"(?<![\p{N}.])[\p{N}a-fA-F.:]{3,39}\s+\S{1,40}\s+"
    r"(?P<value>[^\s\[\]\"-][^\s\[\]\"]{0,63})\s+\[\d{1,2}/\p{L}{3}/\d{4}:"
)
_NESTED_HINT = re.compile(
    r"""(?:Default|DefaultValue|[Vv]alue)"\s*:|'\s+(?i:as)\s|\s\[\d{1,2}/[A-Za-z]{3}/\d{4}:"""
)


def _keys_apart(text: str) -> list[tuple[str, int, int]]:
    """Values whose key stands apart from them: above them in an object, beside
    them in a list of named values, after them as an alias, or in a query's
    other term (TwinMaker's ``p.propertyName = 'contactPhone' AND
    p.propertyValue = '6076-4986'``)."""
    found = []
    if "propertyName" in text:
        found += [
            (m.group("name"), m.start("value"), m.end("value"))
            for m in bounded.finditer(_NAMED_PROPERTY, text)
        ]
    if _NESTED_HINT.search(text) is None:
        return found
    return (
        found
        + [
            (m.group("key"), m.start("value"), m.end("value"))
            for pattern in (_HELD_BELOW, _NAMED_VALUE, _ALIASED)
            for m in bounded.finditer(pattern, text)
        ]
        + [("user", m.start("value"), m.end("value")) for m in bounded.finditer(_LOGGED_USER, text)]
    )


def inline_pairs(text: str) -> list[tuple[str, int, int]]:
    """Values that a key files inside ``text``, with the key: quoted literals
    (``Items.BRAND IN ("Ralph Lauren")`` gives "BRAND" and the span of Ralph
    Lauren, quotes left out; SQL's ``owner = 'm.fairweather'``), labelled
    values in prose ("Owner: ...") and a log line's ``user=jsmith``."""
    found: list[tuple[str, int, int]] = _cued_in_identifier(text) if _CUE_HINT.search(text) else []
    found += _keys_apart(text)
    if "=" in text:
        found += [_assigned(text, m) for m in bounded.finditer(_ASSIGNED, text)]
        if _PAIR_DELIMITER.search(text) is not None:
            found += [
                (m.group("key"), m.start("value"), m.end("value"))
                for m in bounded.finditer(_DELIMITED, text)
            ]
    if ":" not in text and '"' not in text and "'" not in text:
        return found
    for match in bounded.finditer(_LABELLED, text):
        value = match.group("value").rstrip()
        if not text[match.start("value") - 1].isspace():
            # A query's key:value, "owner:kmensah OR ...": one token, dots and
            # all ("attributes.owner:sunna.labba"), not a wildcard's "*".
            token = _QUERY_TOKEN.match(text, match.start("value"))
            value = token.group().rstrip(".") if token is not None else value.split()[0]
        found.append((match.group("key"), match.start("value"), match.start("value") + len(value)))
    if '"' not in text and "'" not in text:  # no literal to find: no second pass
        return found
    for match in bounded.finditer(_INLINE_KEYED, text):
        group = "many" if match.group("many") is not None else "one"
        start = match.start(group)
        for literal in bounded.finditer(_LITERAL, match.group(group)):
            inside = 1 if literal.group(1) is not None else 2
            found.append(
                (match.group("key"), start + literal.start(inside), start + literal.end(inside))
            )
    return found


def _assigned(text: str, match: regex.Match[str]) -> tuple[str, int, int]:
    """An ``_ASSIGNED`` pair's key and value. A pair that begins a path's
    segment ends with it: "s3://.../uploaded_by=Ton/dt=2024-10-18/" files "Ton",
    not "Ton/dt" (a value read on would take the next partition's key with it,
    and a pseudonym put in its place would merge two partitions)."""
    start, end = match.span("value")
    key_start = match.start("key")
    if key_start and text[key_start - 1] == "/":
        cut = text.find("/", start, end)
        if cut != -1:
            end = cut
    return match.group("key"), start, end


# A word announcing a person joined into an identifier, and the words after it
# ("ev_sessions_by_sghebremedhin", "flt-owner-fhabte", "owner-faadumo.xuseen").
_CUED_IN_ID = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<key>(?i:by|owner|contact|kontakt|approver|reviewer|requester"
    r"|assignee))[_\-.](?P<value>\p{L}+(?:[_.\-]\p{L}+){0,2})"
)
_CUE_HINT = re.compile(
    r"(?i)(?:by|owner|contact|kontakt|approver|reviewer|requester|assignee)[_\-.]"
)
_ID_JOINS = regex.compile(r"[_.\-]")


def _cued_in_identifier(text: str) -> list[tuple[str, int, int]]:
    """Each cue joined into an identifier, with each run of one, two or three
    of the words after it (the identifier may go on past the name:
    "by_faadumo_xuseen_sandbox")."""
    found = []
    for match in bounded.finditer(_CUED_IN_ID, text):
        start, end = match.span("value")
        cuts = [m.start() for m in _ID_JOINS.finditer(text, start, end)] + [end]
        found += [(match.group("key"), start, cut) for cut in cuts]
    return found


# TwinMaker's query of a property by its name and value: the value is filed
# under the property's name ("p.propertyName = 'contactPhone' AND
# p.propertyValue = '6076-4986'").
_NAMED_PROPERTY = regex.compile(
    r"""propertyName\s*=\s*'(?P<name>[\p{L}_][\p{L}\p{N}_]{0,40})'\s+(?i:and)\s+"""
    r"""(?:\w+\.)?propertyValue\s*(?:=|(?i:like))\s*'%?(?P<value>[^'%\n]*)%?'"""
)


# A table's column named only "name" files a person's where the table also
# holds someone's phone, email, SSN, birth date, bank account or address.
_BARE_NAMES = frozenset("name names nombre nom nome naam navn namn nimi isim név jméno ime".split())
_PERSONAL_COLUMNS = _PHONE_HEADS | frozenset(
    "ssn email mail correo dob birth birthday birthdate iban account acct cuenta konto compte "
    "conta rekening address adresse direccion dirección".split()
)


def person_columns(headers: Sequence[str]) -> frozenset[str]:
    """The columns of a table (its headers) that file a person's name: a
    person's key, or a bare "name" beside a column of someone's personal data."""
    personal = any(_PERSONAL_COLUMNS.intersection(key_words(h)) for h in headers)
    return frozenset(
        h for h in headers if names_a_person(h) or (personal and h.strip() in _BARE_NAMES)
    )
