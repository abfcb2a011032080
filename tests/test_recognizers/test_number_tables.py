"""Cards, IBANs, SSNs and account numbers: positives and the hard negatives beside them
(barcodes, serials, AWS account ids, order numbers), through the real engine."""

from __future__ import annotations

import pytest
from recognizer_tables import spans_found, trips_trigger

from recognizers.check_digits import card_brand_ok, gtin_ok, iban_ok, luhn_ok, mpan_ok
from recognizers.pairs import card_by_key, numbers_by_key, phone_by_key
from scrubber import Scrubber

POSITIVES = [
    ("CREDIT_CARD", "card 4748 5260 5747 9381", "4748 5260 5747 9381"),
    # A label keeps a Luhn-valid 15-digit number an account (bare, it reads as an IMEI).
    ("ACCOUNT_NUMBER", "acct 356938035643809", "356938035643809"),
    ("CREDIT_CARD", "JCB 3528 1112 2233 3447", "3528 1112 2233 3447"),
    ("CREDIT_CARD", "UnionPay 8100 1234 5678 9017", "8100 1234 5678 9017"),
    ("CREDIT_CARD", "UnionPay 6212 3456 7890 1232", "6212 3456 7890 1232"),
    ("CREDIT_CARD", "Maestro 6759 6498 2643 8453", "6759 6498 2643 8453"),
    ("CREDIT_CARD", "Troy 9792 0300 0000 0000", "9792 0300 0000 0000"),
    # National schemes bin-cc catalogues: Uzbekistan's Humo and Uzcard, Vietnam's Napas.
    ("CREDIT_CARD", "paid with 9860 1234 5678 9015", "9860 1234 5678 9015"),
    ("CREDIT_CARD", "refund to 8600-1234-5678-9012", "8600-1234-5678-9012"),
    ("CREDIT_CARD", "the ATM kept 9704123456789015 today", "9704123456789015"),
    ("CREDIT_CARD", "Mir 2200 2407 1234 5673", "2200 2407 1234 5673"),
    ("CREDIT_CARD", "Verve 6500021234567897", "6500021234567897"),
    ("CREDIT_CARD", "amex 3752 601815 90834", "3752 601815 90834"),
    # Grouped as cards are written, after a customer's word: a card, not an account.
    ("CREDIT_CARD", "customer paid with 3463 440586 57607 refund", "3463 440586 57607"),
    # A card no processor publishes, though a test word stands in the text.
    ("CREDIT_CARD", "paid with 4092 7525 3093 1853", "4092 7525 3093 1853"),
    ("CREDIT_CARD", "Test charge on card 5161-0083-1671-6288", "5161-0083-1671-6288"),
    ("ACCOUNT_NUMBER", "Customer ID 6843107518661 renewed", "6843107518661"),
    ("CREDIT_CARD", "pay 4748-5260.5747 9381 now", "4748-5260.5747 9381"),
    ("CREDIT_CARD", "4748/5260/5747/9381", None),
    ("IBAN_CODE", "iban DE89 3704 0044 0532 0130 00 thanks", "DE89 3704 0044 0532 0130 00"),
    ("IBAN_CODE", "to DE89370400440532013000.", "DE89370400440532013000"),
    ("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189", None),
    ("IBAN_CODE", "NL91-ABNA-0417-1643-00", None),
    ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32", None),
    ("IBAN_CODE", "IBAN: NL91 ABNA 041716 4300", "NL91 ABNA 041716 4300"),
    # Formats in use ahead of SWIFT's registry: Senegal (UEMOA), Morocco, Algeria.
    (
        "IBAN_CODE",
        "virement SN94 SN01 0015 2000 0530 0000 7542 svp",
        "SN94 SN01 0015 2000 0530 0000 7542",
    ),
    ("IBAN_CODE", "RIB MA64011519000001205000534921", "MA64011519000001205000534921"),
    ("IBAN_CODE", "DZ58 0002 1000 0111 3000 0005 70", None),
    ("US_SSN", "ssn 123-45 6789", "123-45 6789"),
    ("US_SSN", "ssn 123 - 45 - 6789", "123 - 45 - 6789"),
    ("ACCOUNT_NUMBER", "acct 1234567", "1234567"),
    # twelve digits with no AWS word near ("s3" of a path is none)
    ("ACCOUNT_NUMBER", "customer account 418273650912 for the refund", "418273650912"),
    ("ACCOUNT_NUMBER", "account no. 0012345678", "0012345678"),
    ("ACCOUNT_NUMBER", "Kto.-Nr. 1234567890", "1234567890"),
    # Ten digits after a label are the account, though they read as epoch seconds.
    ("ACCOUNT_NUMBER", "customer 1700000000", "1700000000"),
    ("ACCOUNT_NUMBER", "policy no. 12345678", "12345678"),
    ("ACCOUNT_NUMBER", "loyalty number 987654321", "987654321"),
    ("ACCOUNT_NUMBER", "numéro de compte 12345678901", "12345678901"),
    ("ACCOUNT_NUMBER", "cuenta 12345678901", "12345678901"),
    ("ACCOUNT_NUMBER", "DevicepolicyCustomer03133607254501", "03133607254501"),
    # Bare numbers no check digit, label or resource name claims stay accounts.
    ("ACCOUNT_NUMBER", "refund to 731055229014 pending", "731055229014"),
    ("ACCOUNT_NUMBER", "Konto 4559098329 gesperrt", "4559098329"),
    # Account and customer labels of more languages.
    ("ACCOUNT_NUMBER", "nr klienta 48213507 zmiana nocna", "48213507"),
    ("ACCOUNT_NUMBER", "nr. cont=62017734 activ", "62017734"),
    ("ACCOUNT_NUMBER", "số tài khoản 71302958 Techcombank", "71302958"),
    ("ACCOUNT_NUMBER", "เลขที่บัญชี 2045518836 กสิกร", "2045518836"),
    ("ACCOUNT_NUMBER", "no rek 5270113498 BCA", "5270113498"),
    ("ACCOUNT_NUMBER", "müşteri no 30571624", "30571624"),
    ("ACCOUNT_NUMBER", "socio Luis Fernando - cta 4507042317448702 (Banco)", "4507042317448702"),
    # A bank's standing instruction to debit an account names the account.
    ("ACCOUNT_NUMBER", "Debit order 54060836793 (TymeBank)", "54060836793"),
    ("ACCOUNT_NUMBER", "standing order 54060836 monthly", "54060836"),
    # written as a key is ("debit_order", "standing-order"), as pairs reads it
    ("ACCOUNT_NUMBER", "debit-order 62001234567 (Capitec)", "62001234567"),
    ("ACCOUNT_NUMBER", "standing_order: 54060836", "54060836"),
    ("ACCOUNT_NUMBER", "prélèvement SEPA 1708578122 rejeté", "1708578122"),
    ("ACCOUNT_NUMBER", "domiciliación 54060836 devuelta", "54060836"),
    # Latin America's interbank numbers after their names: CLABE, CCI, CBU.
    ("ACCOUNT_NUMBER", "CLABE de depósito del conductor: 032180000118359719", "032180000118359719"),
    (
        "ACCOUNT_NUMBER",
        "CBU para liquidación del comercio 2850590940090418135201",
        "2850590940090418135201",
    ),
    ("ACCOUNT_NUMBER", "CCI 00219400123456789012", "00219400123456789012"),
    # A mobile money wallet's number, in a path or after its word.
    (
        "ACCOUNT_NUMBER",
        "s3://float-exports/kwh-demand/wallet_254712345678/dt=2025-01-01/",
        "254712345678",
    ),
    ("ACCOUNT_NUMBER", "payout wallet=2547123456789 pending", "2547123456789"),
    # ... and a customer's account beside a firm's VAT number.
    ("ACCOUNT_NUMBER", "cliente 01234567890, P.IVA 09876543210", "01234567890"),
]

NEGATIVES = [
    # Processors' published test cards: no one's card, marked as such or not.
    "4242 4242 4242 4242 Stripe test Visa",
    "test card 4111 1111 1111 1111 (sandbox only)",
    "stripe test 4242424242424242 ok",
    "card 4111 1111 1111 1111",
    "Card on file: 4012 8888 8888 1881.",
    "5555 5555 5555 4444",
    # Words that begin like an account label in another language: contact, calculation.
    "kontakt 01234567",
    "hesaplama 12345678 ms",
    "ctas 12345678 clicked",  # "cta" only alone: not a word it begins
    # The same shapes with a wrong check digit, or a registry length missed by one.
    "virement SN95 SN01 0015 2000 0530 0000 7542 svp",
    "RIB MA640115190000012050005349",
    "serial 4748 5260 5747 9381",
    # AWS's documentation example account ids are no one's account.
    "Account 123456789012 / 210987654321 shared fleet",
    "billing account 111122223333",
    "Replaces unit with serial 4085387618066442 (RMA 8066578110), see case 2833859243.",
    "invoice INV-0043399107 billed",
    "PO 4500012345, invoice INV-2026-004417, account 123456789012 (AWS), EAN 7891000315507",
    "tracker-356938035643809",  # an IMEI
    "Gateway 10.20.250.240 forwards to 203.0.113.75; ICCID 8901432711145792173 under SIM slot 1.",
    "oncall gateway 192.168.100.140",
    "EAN 4006381333931",
    "barcode 4006381333931 on the box",
    "4006381333931",
    "ISBN 9780306406157",
    "board serial 1234567812345678",
    "AWS account 111122223333",
    "Account ID: 123456789012",
    "arn:aws:iam::123456789012:role/ForecastRole",
    "cost center 100200300",
    "order 123456789012",
    "ticket 987654321",
    "imei 356938035643809",
    "customer since 20240101",
    "4111 1111 1111 1112",
    "access 12345678 granted",
    "contact 12345678",
    "DE89 3704 0044 0532 0130 01",
    "XX89 3704 0044 0532 0130 00",
    "3530 1113 3330 0001",
    # From public READMEs (corpus/prose): a decimal fraction, an ARN's account field.
    '{"Power": 78.31207971087645}',
    "arn:aws:quicksight:us-east-1:12345678901:user/default",
    '{"end_time": 163339673, "outputs": {}}',
    # Fourteen digits with a valid GTIN check digit: a case's barcode.
    "35523050116195",
    # Meters and SIM cards: an MPAN by its check digit, labels, a region beside
    # an AWS account id, a date with its time.
    "meters-2154144071221-reads",
    "replace comms hub, MPAN 2134297313008.",
    "MPRN 535849148 gas meter read due 06.05.2026 20:23.",
    "IMEI 015734917155357 whitelisted; IMSI 604009260847749",
    "SIM pool 424029514589362. order PO8400986 / invoice FAC/2026/2330",
    "account 580014772210 eu-north-1",
    # ... or an AWS resource's id or service beside it
    "account 418273650912; vpc-0a1b2c3d; endpoint 10.12.0.0/16",
    "account 730015264498 (cloudtrail org trail)",
    # Twelve digits joined to a resource name's words: an AWS account id.
    "stock_918273645501_old",
    # Sixteen digits failing Luhn, no label: a serial.
    "promo_5947241074833237_backup",
    "alert-2909782624574428-old",
    # Order and invoice numbers labelled in other languages.
    "Auftrag 4559098329 vom 7.4.2026",
    "Rechnung 2026004417 bezahlt",
    "commande 845512907 expédiée",
    "pedido 4500012345 enviado",
    # A trader's stop order, and a debit order's run, are no account.
    "stop order 54060836 filled at 101.5",
    "stop-order 54060836 filled at 101.5",
    "Debit order run on 2025-01-31, 1200 customers",
    # Eighteen digits with the interbank word after them, not before.
    "tracking 032180000118359719, CLABE pending",
    # A crypto wallet's address, and a wallet app's release date.
    "wallet 0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
    "wallet v2.4.1 released 20250101",
    # A firm's registration or VAT number in more countries: Brazil's CNPJ,
    # Italy's P.IVA, Portugal's NIPC, the Czech IČO.
    "Fornecedor CNPJ 11222333000181 ativo",
    "P.IVA 01234567890 Milano",
    "NIPC 501234567 Lisboa",
    "IČO 255966410 Praha",
]


@pytest.mark.parametrize("entity,text,span", POSITIVES)
def test_positive(scrubber: Scrubber, entity: str, text: str, span: str | None) -> None:
    found = spans_found(scrubber, text)
    assert (entity, span or text) in found, found


@pytest.mark.parametrize("entity,text,span", POSITIVES)
def test_positive_trips_its_trigger(entity: str, text: str, span: str | None) -> None:
    assert trips_trigger(entity, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(scrubber: Scrubber, text: str) -> None:
    assert spans_found(scrubber, text) == []


def test_mpan_check_digit() -> None:
    assert mpan_ok("2134297313008") and not mpan_ok("2134297313009")
    assert not mpan_ok("213429731300")


def test_check_digits() -> None:
    assert luhn_ok("4748526057479381") and not luhn_ok("4111111111111112")
    assert gtin_ok("4006381333931") and gtin_ok("036000291452") and not gtin_ok("4006381333932")
    assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST1234569876543")
    # IMEIs pass Luhn; 15 digits starting 35 are no card's length there.
    assert luhn_ok("356938035643809") and not card_brand_ok("356938035643809")
    # The catalogue's schemes count from 16 digits: 15 from a "1" (UATP) do not.
    assert card_brand_ok("9860123456789015") and card_brand_ok("2205123456789014")
    assert luhn_ok("123412345678907") and not card_brand_ok("123412345678907")


# Under an order, barcode, cost-centre or part key a number is no account, card,
# SSN or phone; under a device's phone key it may still be a phone.
_NOT_PERSONAL = {"ACCOUNT_NUMBER", "CREDIT_CARD", "US_SSN", "PHONE_NUMBER"}


@pytest.mark.parametrize(
    "key,value,ruled_out,account",
    [
        ("CustomerId", "1700000000", set(), "1700000000"),
        ("policy_no", "PN-00123456", set(), "00123456"),
        ("loyaltyNumber", "99887766", set(), "99887766"),
        # Eighteen digits: India's longest bank accounts, Mexico's CLABE.
        ("cuenta_clabe", "002010077777777771", set(), "002010077777777771"),
        ("beneficiary_account", "Acct 918020012345678", set(), "918020012345678"),
        ("CustomerAccount", "123456789012345678", set(), "123456789012345678"),
        ("OrderId", "123456789012345678", _NOT_PERSONAL, None),
        # A key in another script, as prose labels an account there; an invoice's is none.
        ("口座番号", "12345678", set(), "12345678"),
        ("Лицевой счёт", "12345678", set(), "12345678"),
        ("رقم الحساب", "12345678", set(), "12345678"),
        ("Счет-фактура", "ШФ-78194617", _NOT_PERSONAL - {"US_SSN", "PHONE_NUMBER"}, None),
        ("AccountId", "111122223333", {"ACCOUNT_NUMBER"}, None),
        ("AWSAccount", "111122223333", {"ACCOUNT_NUMBER"}, None),
        ("OrderId", "123456789012", _NOT_PERSONAL, None),
        ("Barcode", "4006381333931", _NOT_PERSONAL, None),
        ("CostCenter", "100200300", _NOT_PERSONAL, None),
        ("Team", "analytics", set(), None),
        # A thing's or a place's key: the number is that thing's.
        ("store", "483920175634", _NOT_PERSONAL, None),
        ("ProductCode", "40063813", _NOT_PERSONAL, None),
        # A drug's NDC and a checksum are their own numbers.
        ("ndc", "36840-471-81", _NOT_PERSONAL, None),
        ("checksum", "4014406199551", _NOT_PERSONAL, None),
        ("mpan", "2078223251288", _NOT_PERSONAL, None),
        ("imsi", "424028229586449", _NOT_PERSONAL, None),
        # A key ending in "account": an AWS account id, unless it names a customer's.
        ("SourceAccount", "386890185547", {"ACCOUNT_NUMBER"}, None),
        ("PayerAccountId", "544430313312", {"ACCOUNT_NUMBER"}, None),
        ("CustomerAccount", "386890185547", set(), "386890185547"),
        ("BankAccount", "386890185547", set(), "386890185547"),
        ("GuestAccount", "386172077192", set(), "386172077192"),
        ("depositAccount", "565336952242", set(), "565336952242"),
        ("deposit_amount", "150000", set(), None),
        ("PO", "455366035662", _NOT_PERSONAL, None),
        # An order, a purchase or an ERP material in other languages.
        ("OrdenCompra", "4564547377", _NOT_PERSONAL, None),
        ("Material SAP", "100031069", _NOT_PERSONAL, None),
        ("Bestellung", "4500701790", _NOT_PERSONAL, None),
        # A consignment's and a property's reference; a registry's key in Cyrillic.
        ("AWB", "071-78084016", _NOT_PERSONAL, None),
        ("uprn", "795436330577", _NOT_PERSONAL, None),
        # A postal code under its own name, in one word or abbreviated: Brazil's
        # CEP reads as a phone number, Germany's PLZ and Switzerland's NPA as accounts.
        ("CEP", "16983-952", _NOT_PERSONAL, None),
        ("PLZ", "80331", _NOT_PERSONAL, None),
        ("Postleitzahl", "80331", _NOT_PERSONAL, None),
        ("ZIPCODE", "94105-1420", _NOT_PERSONAL, None),
        ("Postcode", "2000", _NOT_PERSONAL, None),
        ("NPA", "8004", _NOT_PERSONAL, None),
        ("Eircode", "D02X285", _NOT_PERSONAL - {"US_SSN", "PHONE_NUMBER"}, None),
        # A ship's radio (MMSI) and its hull (IMO); a railway wagon's UIC number.
        ("mmsi", "247210244", _NOT_PERSONAL, None),
        ("IMO", "9074729", _NOT_PERSONAL, None),
        ("UIC", "338182788053", _NOT_PERSONAL, None),
        ("wagon_no", "315821853977", _NOT_PERSONAL, None),
        # not a word merely starting so: "Cepheus", "Plaza" name no postal code
        ("Cepheus", "16983-952", set(), None),
        ("БИН", "106108545126", _NOT_PERSONAL - {"US_SSN"}, None),
        ("RMA", "8066578110", _NOT_PERSONAL, None),
        ("part_number", "400-12-7781", _NOT_PERSONAL, None),
        ("lat", "16.46883", _NOT_PERSONAL, None),
        ("device_phone", "+1 206 555 0143", {"ACCOUNT_NUMBER", "CREDIT_CARD"}, None),
        # A sentence says more than its key: a phone after "call" stays one, and
        # a card after "card" in a component's description.
        ("Project", "call +1 415 555 0134", set(), None),
        ("AssetInfo", "card 5146129884097230 exp 09/28 declined", set(), None),
        ("AssetTag", "A-4471", _NOT_PERSONAL - {"US_SSN", "PHONE_NUMBER"}, None),
        # A company's registration or tax number: no account, card or phone;
        # a US taxpayer's may still be an SSN. A person's NIF is not ruled out.
        ("company-reg", "478096921", _NOT_PERSONAL - {"US_SSN"}, None),
        ("VKN", "7783917904", _NOT_PERSONAL - {"US_SSN"}, None),
        ("NIP", "412-735-66-76", _NOT_PERSONAL - {"US_SSN"}, None),
        ("tax_id", "269-48-3773", _NOT_PERSONAL - {"US_SSN"}, None),
        ("nif", "61540577429", set(), None),
        ("billing_account_tax", "61540577429", set(), "61540577429"),
        # A card's primary account number, its issuer's range (BIN) named too:
        # nothing ruled out; the bare BIN is a registry's number ruled out.
        ("card_bin_pan", "4539 1488 0343 6467", set(), None),
        # Keys whose names are things' (a category, a plant variety, a route)
        # rule no number out: a card filed under them is still a card.
        ("Category", "4539 1488 0343 6467", set(), None),
        ("Variety", "4539148803436467", set(), None),
        ("Route", "+44 20 7946 0958", set(), None),
        ("company_bin", "4539148803436467", _NOT_PERSONAL - {"US_SSN"}, None),
        # Disguised: fullwidth digits, zero-width spaces between them.
        (
            "CustomerId",
            "\uff11\uff16\uff16\uff19\uff15\uff12\uff17\uff10",
            set(),
            "\uff11\uff16\uff16\uff19\uff15\uff12\uff17\uff10",
        ),
        (
            "loyaltyNumber",
            "4\u200b9\u200b0\u200b2\u200b4\u200b8\u200b3\u200b6",
            set(),
            "4\u200b9\u200b0\u200b2\u200b4\u200b8\u200b3\u200b6",
        ),
    ],
)
def test_numbers_by_key(key: str, value: str, ruled_out: set[str], account: str | None) -> None:
    out, span = numbers_by_key(key, value)
    assert set(out) == ruled_out
    assert (value[span[0] : span[1]] if span else None) == account


def _thing(attributes: dict[str, str]) -> dict[str, object]:
    return {"thingName": "gateway-7", "attributePayload": {"attributes": attributes}}


def test_keys_mark_and_clear_numbers(scrubber: Scrubber) -> None:
    """Under CustomerId and policy_no a number is an account; under AccountId, SerialNumber
    and OrderId it is not, whatever it looks like."""
    params = _thing(
        {
            "CustomerId": "1700000000",
            "policy_no": "88776655",
            "AccountId": "111122223333",
            "SerialNumber": "1234567812345678",
            "OrderId": "4748526057479381",
        }
    )
    result = scrubber.scrub(params, service="iot", operation="CreateThing", mode="report")
    found = {(f.path.rsplit(".", 1)[-1], f.entity_type) for f in result.findings}
    assert found == {
        ('attributes["CustomerId"]', "ACCOUNT_NUMBER"),
        ('attributes["policy_no"]', "ACCOUNT_NUMBER"),
    }


def test_a_key_that_rules_numbers_out_keeps_a_phone_written_with_its_country_code(
    scrubber: Scrubber,
) -> None:
    """Under Device or SerialNumber a number is no phone; a number written
    with "+" and a country's code is one whatever key files it (a device's SIM)."""
    params = _thing({"Device": "+46 70 123 45 67", "SerialNumber": "46701234567"})
    result = scrubber.scrub(params, service="iot", operation="CreateThing", mode="report")
    found = {(f.path.rsplit(".", 1)[-1], f.entity_type) for f in result.findings}
    assert found == {('attributes["Device"]', "PHONE_NUMBER")}


def test_a_postal_code_under_its_own_name_is_no_phone(scrubber: Scrubber) -> None:
    """Brazil's CEP as a tag is sent as it is; the phone in the tag beside it is found."""
    tags = [{"Key": "CEP", "Value": "16983-952"}, {"Key": "Contato", "Value": "+55 21 91640-4157"}]
    params = {"jobId": "sync-08", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/t"]}
    params |= {"document": "{}", "tags": tags}
    result = scrubber.scrub(params, service="iot", operation="CreateJob", mode="report")
    assert [(f.path, f.entity_type) for f in result.findings] == [("tags[1].Value", "PHONE_NUMBER")]


@pytest.mark.parametrize(
    "key,value,phone",
    [
        ("EscalationPhone", "5125550167", "5125550167"),
        ("OnCallPhone", "8461 9938", "8461 9938"),
        ("rider_mobile", " +60 12-234 4444 ", "+60 12-234 4444"),
        ("PhoneNumber", "(02) 9876 5432", "(02) 9876 5432"),
        ("whatsapp", "+55 21 91640-4157", "+55 21 91640-4157"),
        ("WhatsApp", "(21) 91640-4157", "(21) 91640-4157"),
        ("Pager", "43 84 98 54", "43 84 98 54"),
        ("tlf", "25 21 27 07", "25 21 27 07"),
        ("mpesa", "254712427027", "254712427027"),  # a wallet known by its number
        ("Orange Money", "71022014", "71022014"),
        ("EcoCash", "077 212 3456", "077 212 3456"),
        ("wave", "77 879 63 30", "77 879 63 30"),
        # A messenger reached at the number; "wa" is WhatsApp's short form.
        ("wa", "9891 9668", "9891 9668"),
        ("Viber", "+380 67 123 4567", "+380 67 123 4567"),
        # A hotline's, and whoever is on call is reached by one (in several languages).
        ("Hotline", "24 36 64 19", "24 36 64 19"),
        ("OnCall", "8461 9938", "8461 9938"),
        ("Guardia", "55 5550 0121", "55 5550 0121"),
        ("Bereitschaft", "0171 5550123", "0171 5550123"),
        # The phone's word, or its number's compound, in the other European languages.
        ("Dežūras tālrunis", "26 123 456", "26 123 456"),
        ("Telefoonnummer", "26 123 456", "26 123 456"),
        ("HandyNummer", "26 123 456", "26 123 456"),
        ("matkapuhelin", "26 123 456", "26 123 456"),
        ("Fono", "26 123 456", "26 123 456"),
        ("Handphone", "26 123 456", "26 123 456"),
        ("Дежурный тел", "90-264-40-69", "90-264-40-69"),
        # A landline, an emergency contact or a contact filed as a number.
        ("Emergency", "084 932 0686", "084 932 0686"),
        ("contacto", "6657-0986", "6657-0986"),
        ("Fijo", "(01) 421-3683", "(01) 421-3683"),
        # Head first, as Spanish, Portuguese and French write it: the office's landline.
        ("Fijo oficina", "(01) 421-3683", "(01) 421-3683"),
        ("Teléfono casa", "+34 912 345 678", "+34 912 345 678"),
        ("Celular pessoal", "(21) 91640-4157", "(21) 91640-4157"),
        # A key in a script whose words are not split, as prose labels a phone there;
        # not one that only says "number" ("Номер договора", a contract's).
        ("電話番号", "81234567", "81234567"),
        ("رقم الهاتف", "0812 3456 7890", "0812 3456 7890"),
        ("Số điện thoại", "0912345678", "0912345678"),
        ("Номер договора", "81234567", None),
        ("Telefonmodell", "26 123 456", None),  # the phone's model, no number of it
        # A name, then a number grouped as phones are, under a person's or a phone's key.
        ("Escalation", "Urs Wüthrich 25 21 27 07", "25 21 27 07"),
        ("Escalation", "feliciano macuácua / 85 006 4135", "85 006 4135"),
        ("Contact astreinte", "Pape Malick Niang 75 049 12 06", "75 049 12 06"),
        ("Owner", "Naidoo, Priya - 082-050-3863", "082-050-3863"),
        # ... or the number alone, grouped so, under a person's key.
        ("Driver", "0803 123 4567", "0803 123 4567"),
        ("Technician", " 12-34-56-78 ", "12-34-56-78"),
        ("Owner", "2024-01-15", None),
        ("Owner", "4482 1190", None),
        ("Owner", "48219033", None),
        ("Technician", "10.20.30.40", None),
        # ... not a date, a short number, an IBAN's digits after its country, nor
        # under a key that files neither a person nor a phone.
        ("Owner", "Team 7 2024 11 05", None),
        ("Owner", "Maria Garcia 4471", None),
        ("Owner", "Jane Doe #4471", None),
        ("fallbackAgent", "SA11 9374 9735 5908 7048 76", None),
        ("Site", "Depot 12 75 049 12 06", None),
        ("OnCall", "team-sre", None),
        ("OnCallRotation", "2024 01 15", None),
        # The key's last word files something else, or the value is no number.
        ("PhoneModel", "2024001122", None),
        ("Celular IMEI", "356938035643809", None),
        ("Telefono modelo", "2024001122", None),
        ("phone_id", "5125550167", None),
        ("PhoneExt", "4471", None),
        ("mobile", "iPhone 15 Pro", None),
        ("OnCallPhone", "see PagerDuty", None),
        ("fax", "4471", None),
        ("sim", "89440001234567890123", None),
        ("Telemetry", "5125550167", None),
        ("MoneyTransfer", "71022014", None),  # money alone is no wallet
    ],
)
def test_phone_by_key(key: str, value: str, phone: str | None) -> None:
    span = phone_by_key(key, value)
    assert (value[span[0] : span[1]] if span else None) == phone


def test_a_phone_key_marks_a_bare_number(scrubber: Scrubber) -> None:
    """Bare digits are as often ids as phones; under OnCallPhone they are a phone,
    under a ticket's key they are not."""
    params = {
        "resourceArn": "arn:aws:personalize:us-east-1:111122223333:dataset-group/feed",
        "tags": [
            {"tagKey": "OnCallPhone", "tagValue": "5125550100"},
            {"tagKey": "Ticket", "tagValue": "5125550100"},
        ],
    }
    result = scrubber.scrub(params, service="personalize", operation="TagResource", mode="report")
    found = {(f.path, f.entity_type) for f in result.findings}
    assert found == {("tags[0].tagValue", "PHONE_NUMBER")}


@pytest.mark.parametrize(
    "text,phone",
    [
        # A phone's key filing a number inside the text: SQL, a label, a log line.
        ("SELECT * FROM 'cs/+/callback' WHERE phone = '67255988'", "67255988"),
        ("escalation rota, OnCallPhone: 8461 9938", "8461 9938"),
        # Keys that file something else beside the same digits.
        ("SELECT * FROM 't' WHERE phone_model = '67255988'", None),
        ("SELECT * FROM 't' WHERE phone_id = '67255988'", None),
        ("SELECT * FROM 't' WHERE telemetry = '67255988'", None),
        ("SELECT * FROM 't' WHERE ticket = '67255988'", None),
        # TwinMaker's query of a property by its name: the value is the named property's.
        (
            "SELECT e FROM EntityGraph MATCH (e), e.components AS c, c.properties AS p"
            " WHERE p.propertyName = 'contactPhone' AND p.propertyValue = '6076-4986'",
            "6076-4986",
        ),
        (
            "SELECT e FROM EntityGraph MATCH (e), e.components AS c, c.properties AS p"
            " WHERE p.propertyName = 'serialNumber' AND p.propertyValue = '6076-4986'",
            None,
        ),
    ],
)
def test_a_phone_key_inside_a_text_marks_its_number(
    scrubber: Scrubber, text: str, phone: str | None
) -> None:
    found = [s for e, s in spans_found(scrubber, text) if e == "PHONE_NUMBER"]
    assert found == ([phone] if phone else [])


@pytest.mark.parametrize(
    "key,value,card",
    [
        # A card's key: any issuer's number that passes Luhn (a domestic scheme's too).
        ("fuel_card", "9860-6355-3288-3355", "9860-6355-3288-3355"),
        ("last_txn_card", "5088012904015681", "5088012904015681"),
        ("CardNumber", " 4748 5260 5747 9381 ", "4748 5260 5747 9381"),
        # No payment card: a SIM's or an SD card's, an id, a number failing Luhn,
        # a published test card, text.
        ("sim_card", "8944000123456789012", None),
        ("SdCard", "4748526057479381", None),
        ("card_id", "4748526057479381", None),
        ("card", "1234567812345678", None),
        ("test_card", "4242 4242 4242 4242", None),
        ("CardNumber", "5555 5555 5555 4444", None),
        ("card", "ending 4242", None),
    ],
)
def test_card_by_key(key: str, value: str, card: str | None) -> None:
    span = card_by_key(key, value)
    assert (value[span[0] : span[1]] if span else None) == card


@pytest.mark.parametrize(
    "key,value,account",
    [
        # An account's key in the languages of the labels we read.
        ("Hesap", "44905136", "44905136"),
        ("Számla", "1177300912345678", "1177300912345678"),
        ("tili_no", "12345678", "12345678"),
        # A compound of a customer's or member's word and a number's
        # (Finnish, Swedish, Norwegian, German).
        ("asiakasnumero", "83362951", "83362951"),
        ("kundnummer", "9435479898432280", "9435479898432280"),
        ("medlemsnummer", "70161594", "70161594"),
        ("Kundennummer", "70161594", "70161594"),
        # Swahili's account; a farmer's number with the buyer that pays them.
        ("akaunti", "67375774", "67375774"),
        ("farmer_id", "20718721", "20718721"),
        # No number, or a key that files something else, whole or as a
        # compound's head (a serial, an order).
        ("Hesap", "see wiki", None),
        ("Hesap_order", "44905136", None),
        ("serienummer", "44905136", None),
        ("ordernummer", "44905136", None),
        # A farm's id; a record's UUID or a hash under a customer's key.
        ("farm_id", "20718721", None),
        ("farmer_id", "611d5ca7-6b1a-4037-8e32-251813f0280e", None),
        ("customer_id", "611d5ca7-6b1a-4037-8e32-251813f0280e", None),
        ("customer_id", "fa3c9e0b7d2e1c4f8a0b9c2d3e4f5a6b7c8d9e0f8417263f", None),
    ],
)
def test_account_keys_in_other_languages(key: str, value: str, account: str | None) -> None:
    span = numbers_by_key(key, value)[1]
    assert (value[span[0] : span[1]] if span else None) == account
