"""Payment and government numbers, each confirmed by its checksum or ranges."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from recognizers import bounded
from recognizers.base import FieldRecognizer
from recognizers.check_digits import (
    card_brand_ok,
    card_grouping_ok,
    gtin_ok,
    iban_lengths,
    iban_ok,
    issuer_apart,
    luhn_ok,
    mpan_ok,
)
from recognizers.digits import NUMBER_SEPARATORS

_I = regex.IGNORECASE
_DIGITS = regex.compile(r"\D")
# What may follow a label that claims a number for something else, up to the
# number: "No.", "Nr", "#", "ID", "code", with "_", "-", ":" or spaces around.
# (French, Spanish and Portuguese write "n°" and "nº" for "number"; German and
# Dutch run "Nummer" on: "Auftragsnummer", "Seriennr.")
_NUMBER_LABEL_TAIL = (
    r"[\W_]{0,3}(no\.?|nr\.?|n[°º]\.?|number|num|#|id|code|s?nummer|s?nr\.?)?[\W_]{0,3}$"
)


class FieldCreditCardRecognizer(FieldRecognizer):
    """Cards of every brand, with any separators: Luhn, issuer range and length, grouping.

    Not a card: a number filed under a serial, barcode or order label, or a
    13-digit number that is a valid EAN-13 (a barcode far more often than a
    13-digit Visa).
    """

    ENTITY = "CREDIT_CARD"
    CATEGORY = "personal"
    DESCRIPTION = "a payment card number"
    LABEL = "card"
    # (an underscore separates a card's groups too: "card_4539_4122_4824_4757")
    TRIGGER = rf"[0-9][0-9{NUMBER_SEPARATORS}_]{{6,}}[0-9]"
    NEEDS_DIGITS = True
    PATTERNS = (("card", r"(?<![0-9])[0-9](?:(?:[ \-./_]|  )?[0-9]){12,18}(?![0-9])", 0.5),)
    _NOT_CARD = regex.compile(
        r"(?i)(serial|s/?n|imei|iccid|meid|ean|upc|gtin|isbn|barcode|bar code|sku|tracking"
        r"|order|invoice|ticket|part|model|batch|lot|device|board|asset)" + _NUMBER_LABEL_TAIL
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        groups = [g for g in _SEPARATORS.split(pattern_text) if g]
        digits = "".join(groups)
        if not (luhn_ok(digits) and card_brand_ok(digits)):
            return False
        if not card_grouping_ok([len(g) for g in groups]):
            return False
        if len(digits) == 13 and gtin_ok(digits):
            return False
        return True

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().spans(text):
            before = text[max(0, start - 24) : start]
            if bounded.search(self._NOT_CARD, before):
                continue
            # "Customer ID 6843107518661": an account label claims the number (one in
            # ten random numbers passes Luhn), unless a card word stands there too.
            # Not a number grouped as cards are written ("customer paid with 3463
            # 440586 57607"): no account is, and the account rule takes one run only.
            if (
                text[start:end].isdigit()
                and bounded.search(_ACCOUNT_BEFORE, before)
                and not _CARD_WORD.search(before)
            ):
                continue
            if _published_test_card(text, start, end):
                continue
            groups = [len(g) for g in _SEPARATORS.split(text[start:end]) if g]
            if issuer_apart(groups) and not _CARD_WORD.search(before):
                continue  # two numbers side by side as often: a card's word must say so
            yield start, end, score


_SEPARATORS = regex.compile(r"[^0-9]+")
# Card numbers the payment processors publish for testing (Stripe's, Braintree's and
# Adyen's documentation): no one's card, like AWS's example keys, wherever they
# stand ("card 4111 1111 1111 1111" in a form's sample, a tag's fixture value).
PUBLISHED_TEST_CARDS = frozenset(
    "4242424242424242 4111111111111111 4012888888881881 4000056655665556 "
    "5555555555554444 5105105105105100 5200828282828210 2223003122003222 "
    "378282246310005 371449635398431 6011111111111117 6011000990139424 "
    "3530111333300000 3566002020360505 30569309025904 38520000023237 "
    "6200000000000005".split()
)


def _published_test_card(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``-``end`` is a processor's published test card."""
    return _SEPARATORS.sub("", text[start:end]) in PUBLISHED_TEST_CARDS


_CARD_WORD = regex.compile(r"(?i)card|visa|master|amex|maestro|jcb|unionpay|pan\b|cc\b")


class FieldIbanRecognizer(FieldRecognizer):
    """IBANs in any grouping: the country's registry length, then mod-97."""

    ENTITY = "IBAN_CODE"
    CATEGORY = "personal"
    DESCRIPTION = "an IBAN"
    LABEL = "iban"
    # (led by the digits, the country's letters looked for behind them:
    # letters are the commoner characters)
    TRIGGER = r"[0-9]{2}(?<=[a-z]{2} ?[0-9]{2})"
    NEEDS_DIGITS = True
    # A start: country code and check digits; the rest is read to the country's length.
    _START = regex.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2} ?[0-9]{2}")
    _SEP = frozenset(" -.")

    def __init__(self) -> None:
        super().__init__()
        self._lengths = iban_lengths()  # read once, when the engine is built

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in self._finditer(self._START, text):
            found = self._read(text, match.start())
            if found is not None:
                yield match.start(), found, 1.0

    def _read(self, text: str, start: int) -> int | None:
        """End of the IBAN starting at ``start``, read over single separators, if valid."""
        country = text[start : start + 2].upper()
        length = self._lengths.get(country)
        if length is None:
            return None
        chars: list[str] = []
        i, gap = start, 0
        while i < len(text) and len(chars) < length:
            ch = text[i]
            if ch.isascii() and ch.isalnum():
                chars.append(ch)
                gap = 0
            elif ch in self._SEP and chars and gap < 2:
                gap += 1
            else:
                return None
            i += 1
        if len(chars) < length or (i < len(text) and text[i].isascii() and text[i].isalnum()):
            return None
        return i if iban_ok("".join(chars)) else None


class FieldUsSsnRecognizer(FieldRecognizer):
    ENTITY = "US_SSN"
    CATEGORY = "personal"
    DESCRIPTION = "a US social security number"
    LABEL = "ssn"
    TRIGGER = r"[0-9]{3}\W{0,3}[0-9]{2}\W{0,3}[0-9]{4}"
    NEEDS_DIGITS = True
    PATTERNS = (
        # 3-2-4 grouping is an SSN's own (phone numbers are not written so).
        ("dashed", r"(?<![0-9\-])[0-9]{3}([\- .])[0-9]{2}\1[0-9]{4}(?![0-9\-])", 0.85),
        # Mixed separators, as typed: 123-45 6789, 123 - 45 - 6789, 123.45-6789.
        (
            "mixed",
            r"(?<![0-9\-./])[0-9]{3}(?: ?[\-./] ?| )[0-9]{2}(?: ?[\-./] ?| )[0-9]{4}(?![0-9\-./])",
            0.7,
        ),
        (
            "in-context",
            r"\b(?:ssn|social security(?: number)?|soc\.? ?sec\.?(?: no\.?)?)\W{0,3}"
            r"(?P<v>[0-9]{9})(?![0-9])",
            0.8,
        ),
    )
    FLAGS = _I

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = _DIGITS.sub("", pattern_text)
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
            return False
        return None


# A bank's standing instruction to debit an account, which names it ("debit
# order 62001234567"); after it, "order" is no order number's (``pairs``).
DEBIT_ORDER = r"(?:debit|standing)[ _\-]?order"

# Words that label a customer's account number, in several languages. Long words may
# run on ("customerAccount", "Kontonummer"); short ones must stand alone ("acc", not
# "access"; "conta", not "contact").
ACCOUNT_LABEL = (
    # Not the word for a meter or an office that an account word begins: a
    # meter's number is the device's ("Compteur EDF 72862938", Romanian
    # "Contor energie", Russian "счётчик"), as is an office's (Nordic "kontor").
    r"(?!compteur|conto(?:r|ar)|kontor|сч[её]тчик)"
    r"(?:account|acct|customer|client|member|bank|loyalty|policy|subscriber|billing|wallet"
    r"|konto|kunden|compte|cuenta|rekening|conto|rachunek|счёт|счет|лицев|клиент|abonent"
    # Polish, Czech, Hungarian, Turkish, Ukrainian, Greek, Dutch, Nordic, Finnish
    r"|rachunku|klient|účet|účtu|számlaszám|ügyfélszám|müşteri|рахун|клієнт"
    r"|λογαριασμ|πελάτ|klant|kund|asiakas"
    # Vietnamese, Malay and Indonesian, Thai, Arabic and Persian, Hebrew, Hindi, CJK
    r"|tài khoản|akaun|nasabah|pelanggan|บัญชี|حساب|عميل|مشتری|חשבון|לקוח|खाता|ग्राहक"
    r"|账号|帳號|客户|顧客|会员|會員|会員|고객|회원"
    # A bank's standing instruction to debit a customer's account names it:
    # "debit order" (South Africa), "direct debit", "standing order", German
    # "Lastschrift", Spanish "domiciliación", French "prélèvement", Dutch
    # "incasso", Italian "addebito", Portuguese "débito automático", Swedish
    # "autogiro", Norwegian "avtalegiro", Danish "betalingsservice", Polish
    # "polecenie zapłaty"
    r"|" + DEBIT_ORDER + r"|direct ?debit|lastschrift|domiciliaci[oó]n"
    r"|pr[ée]l[èe]vement|incasso|addebito|d[ée]bito autom[áa]tico|autogiro|avtalegiro"
    r"|betalingsservice|polecenie zap[łl]aty)"
    r"[a-zäöüéèñ]{0,12}"
    r"|(?:acc|cust|kto|cta|conta|cont|konta|hesap|stk|rek|a/c|n° de compte|nº de cuenta"
    r"|口座|账户|帳戶|계좌)(?![a-z])"
)


_ACCOUNT_BEFORE = regex.compile(rf"(?i)(?<!aws[ _\-]?)(?:{ACCOUNT_LABEL})[^0-9\n]{{0,20}}$")


_INTERBANK_LENGTHS = frozenset({18, 20, 22})  # digits of a CLABE, a CCI, a CBU or CVU


class FieldAccountNumberRecognizer(FieldRecognizer):
    """Customers' bank or account numbers: 7-17 digits after an account label, or
    9-17 bare digits (less sure) that no check digit or label claims for something else."""

    ENTITY = "ACCOUNT_NUMBER"
    CATEGORY = "personal"
    DESCRIPTION = "a customer's bank or account number"
    LABEL = "account"
    TRIGGER = r"[0-9]{7}"
    NEEDS_DIGITS = True
    PATTERNS = (
        (
            "in-context",
            # The account word, then up to 20 characters that are not digits
            # ("account no. ", "Kto.-Nr. ", "ACCOUNT_NUMBER IN (\""); not "AWS account".
            # Or up to 40 within one clause that ends in a colon: "Compte client
            # sous surveillance : ".
            rf"(?<!aws[ _\-]?)(?P<label>{ACCOUNT_LABEL})"
            r"(?P<gap>[^0-9\n]{0,20}?|[^0-9\n.,;!?|()\[\]]{21,40}?[:=] ?)"
            # The whole run of digits; or, in a longer run, the digits before a
            # year or date glued to them ("Customer00134742514424202024").
            r"(?|(?P<v>[0-9]{7,17})(?![0-9])"
            r"|(?P<v>[0-9]{7,17})(?=(?:19|20)[0-9]{2}(?:[01][0-9][0-3][0-9])?(?![0-9])))",
            0.85,
        ),
        # Not the fraction of a decimal number (78.31207971087645).
        ("bare", r"(?<![0-9A-Za-z]|[0-9][.,])[0-9]{9,17}(?![0-9A-Za-z])", 0.45),
        # Latin America's interbank account numbers, longer than other accounts,
        # after their own names: Mexico's CLABE (18 digits), Peru's CCI (20),
        # Argentina's CBU and CVU (22); a clause may stand between ("CBU para
        # liquidación del comercio ...").
        (
            "interbank",
            r"\b(?:clabe|cbu|cvu|cci|cuenta interbancaria|c[óo]digo de cuenta interbancari[oa])"
            r"[^0-9\n]{0,40}?(?P<v>(?<![0-9])[0-9]{18,22})(?![0-9])",
            0.85,
        ),
    )
    # Numbers that other words claim: an order or invoice number, a barcode, a
    # serial, a cost centre, an AWS account id are not a customer's account.
    _NOT_ACCOUNT = regex.compile(
        r"(?i)(order|invoice|inv|rma|ticket|ref(erence)?|build|run|po|case|request|version|serial"
        r"|s/?n|imei|iccid|ean|upc|gtin|isbn|barcode|sku|model|part|batch|lot|tracking"
        r"|shipment|cost ?cent(er|re)|cc|project|job|device|board|asset|phone|tel|fax|zip"
        r"|postal|transaction|txn|trace|session|aws account( id)?|account ?id|owner( id)?"
        r"|card( test)?|time|date|timestamp|epoch|duration|count|size|bytes|seconds|ms"
        # The same words in the languages whose account labels we read: orders,
        # invoices, deliveries and shipments, batches, serials, devices, projects
        # (German runs "Nummer" on after them: "Auftragsnummer", "Seriennr.").
        r"|auftrag|bestell(?:ung)?|rechnung|liefer(?:ung|schein)?|sendung|charge|serien"
        r"|ger[äa]te?|projekt|commande|facture|livraison|envoi|appareil|projet"
        r"|pedido|factura|fatura|encomenda|entrega|env[ií]o|dispositivo|proyecto|projeto"
        r"|ordine|fattura|lotto|consegna|spedizione|matricola|progetto"
        r"|bestelling|factuur|levering|zending|apparaat"
        r"|zam[oó]wieni[ea]|zlecenie|faktur[ay]|dostawa|przesy[lł]ka|urz[aą]dzeni[ea]"
        r"|numer seryjny|sipari[sş]|cihaz|заказ|заказа|заказу|устройство|устройства"
        r"|накладн(?:ая|ой)|παραγγελία|συσκευή"
        # "Number of" before the word, as the Romance languages write it:
        # "numéro de série", "número de pedido", "numero di serie", "n° de commande".
        r"|(?:num[eé]ro|n[uú]mero|n[°º]\.?) ?(?:de|di|do|da|du|d') ?(?:s[eé]rie|commande"
        r"|pedido|facture|factura|fattura|fatura|ordine|orden|livraison|entrega|env[ií]o"
        r"|suivi|seguimiento|rastreio|lote?|lotto|projet|proyecto|projeto|progetto|appareil"
        r"|dispositivo|ticket)"
        # Meters' and SIM cards' numbers; a consignment's, a parcel's or a bank
        # transfer's reference.
        r"|mpan|mprn|mpxn|meter|imsi|sim ?pool|awb|(?:air ?)?waybill|parcel|consignment|utr"
        # "Meter" in the languages whose account labels we read.
        # (German runs "Zähler" on after what it counts: "Stromzähler", "Gaszähler".)
        r"|z[äa]e?hler|(?<!\p{L})(?:compteur|contor|contatore|contador|medidor|licznika?"
        r"|m[ěe][řr]i[čc]|mérő|saya[çc]|mittari|m[åa]ler|m[äa]tare|сч[её]тчика?|лічильника?"
        r"|μετρητ[ήη]ς)"
        r"|rrn|ndc)" + _NUMBER_LABEL_TAIL
    )
    FLAGS = _I

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for name, compiled, score in self._compiled:
            for match in self._finditer(compiled, text):
                start, end = match.span("v") if name != "bare" else match.span()
                digits = text[start:end]
                if name == "in-context" and self._labelled_ok(match, digits):
                    yield start, end, score
                elif name == "interbank" and len(digits) in _INTERBANK_LENGTHS:
                    yield start, end, score
                elif name == "bare" and self._bare_ok(text, start, end):
                    yield start, end, score

    @classmethod
    def _labelled_ok(cls, match: regex.Match[str], digits: str) -> bool:
        # A compact date is a date after any label ("customer since 20240101"); a
        # 10-digit number after a label is the account, not epoch seconds.
        if len(digits) >= 8 and _DATE.match(digits):
            return False
        # "Account ID 111122223333": twelve digits after "account id" are AWS's,
        # and so are twelve near AWS's words ("account 123456789012 (AWS)").
        label = match.group("label") + match.group("gap")
        # A clause's last words name the number ("Client contact phone number:").
        if len(match.group("gap")) > 20 and bounded.search(
            cls._NOT_ACCOUNT, match.group("gap").rstrip(" :=")
        ):
            return False
        if len(digits) == 12:
            if aws_example_account(digits):
                return False
            if _ID_LABEL.search(label):
                return False
            if _near_aws(match.string, match.start("v"), match.end("v")):
                return False
        return True

    def _bare_ok(self, text: str, start: int, end: int) -> bool:
        digits = text[start:end]
        if looks_like_time(digits) or _published_test_card(text, start, end):
            return False
        before = text[max(0, start - 24) : start]
        if bounded.search(self._NOT_ACCOUNT, before):
            return False
        # The account field of an ARN, however many digits it was given.
        if bounded.search(_IN_ARN, text[max(0, start - 80) : start]):
            return False
        # 13 or 14 digits with a valid GTIN check digit: a barcode; 15 digits
        # that pass Luhn, with no label: a device's IMEI ("tracker-356938035643809").
        if len(digits) in (13, 14) and gtin_ok(digits):
            return False
        if len(digits) == 13 and mpan_ok(digits):
            return False  # a UK electricity meter point
        if len(digits) == 15 and luhn_ok(digits):
            return False
        # Sixteen digits that fail Luhn, with no label: a board's or a batch's
        # serial, neither a card nor an account.
        if len(digits) == 16 and not luhn_ok(digits):
            return False
        if len(digits) == 12:
            if aws_example_account(digits):
                return False
            # Twelve digits joined to a resource name's words are an AWS account id
            # (cookiefactory-111122223333-bucket, stock_918273645501_old), and so
            # are twelve digits near AWS's words ("AWS account 111122223333").
            if _joined_in_name(text, start, end):
                return False
            if _near_aws(text, start, end):
                return False
        return True


def aws_example_account(digits: str) -> bool:
    """The account ids AWS's documentation writes in examples: a run counting up
    or down (123456789012, 210987654321), four-digit runs of one digit
    (111122223333, 444455556666) or one digit throughout. No one's account."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return steps in ({1}, {9}, {0}) or all(len(set(g)) == 1 for g in groups)


_AWS_NEAR = regex.compile(
    r"(?i)aws|amazon|arn:|\biam\b|principal|role"
    # AWS's resource ids and services beside it: "account 418273650912; vpc-0a1b2c3d".
    r"|\b(?:vpc|subnet|sg|igw|eni|ami|vol|snap|rtb|tgw|vpce|i)-[0-9a-f]{8,17}\b"
    r"|\b(?:ec2|kms|sts|vpc|cloudtrail|cloudwatch|cloudformation)\b"
    # A region beside it: "account 580014772210 eu-north-1".
    r"|\b(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-)?(?:north|south|east|west|central"
    r"|northeast|southeast|northwest|southwest)-[0-9]\b"
)


def _near_aws(text: str, start: int, end: int) -> bool:
    """AWS's words near a number: twelve digits there are an AWS account id."""
    return bounded.search(_AWS_NEAR, text[max(0, start - 40) : end + 20]) is not None


_IN_ARN = regex.compile(r"(?i)\barn:aws[a-z\-]*:[^\s]*:$")
_DATE = regex.compile(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")


def _joined_in_name(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] in "-_") or (end < len(text) and text[end] in "-_")


def looks_like_time(digits: str) -> bool:
    """Epoch seconds or milliseconds, or a compact yyyymmdd[hhmm[ss]] stamp."""
    if len(digits) in (10, 13) and digits[0] == "1":
        return True
    return len(digits) >= 8 and _COMPACT_DATE.match(digits) is not None


_ID_LABEL = regex.compile(r"(?i)\bid\b|account.?id")
# Compiled once: looks_like_time is asked of every phone candidate.
_COMPACT_DATE = regex.compile(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
