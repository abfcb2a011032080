"""fieldguard's recognizers, registered in one explicit list."""

from __future__ import annotations

from recognizers.base import FieldRecognizer, RecognizerTimeout
from recognizers.credentials import (
    FieldAuthHeaderRecognizer,
    FieldAwsAccessKeyRecognizer,
    FieldAwsSecretKeyRecognizer,
    FieldJwtRecognizer,
    FieldPasswordRecognizer,
    FieldPrivateKeyRecognizer,
    FieldUrlCredentialsRecognizer,
    FieldUrlSecretRecognizer,
    FieldVendorTokenRecognizer,
)
from recognizers.financial import (
    FieldAccountNumberRecognizer,
    FieldCreditCardRecognizer,
    FieldIbanRecognizer,
    FieldUsSsnRecognizer,
)
from recognizers.personal import FieldEmailRecognizer, FieldPersonRecognizer, FieldPhoneRecognizer

RECOGNIZERS: tuple[type[FieldRecognizer], ...] = (
    FieldEmailRecognizer,
    FieldPersonRecognizer,
    FieldPhoneRecognizer,
    FieldAccountNumberRecognizer,
    FieldCreditCardRecognizer,
    FieldIbanRecognizer,
    FieldUsSsnRecognizer,
    FieldUrlCredentialsRecognizer,
    FieldUrlSecretRecognizer,
    FieldAwsAccessKeyRecognizer,
    FieldAwsSecretKeyRecognizer,
    FieldVendorTokenRecognizer,
    FieldJwtRecognizer,
    FieldPrivateKeyRecognizer,
    FieldAuthHeaderRecognizer,
    FieldPasswordRecognizer,
)

CREDENTIAL_ENTITIES = frozenset(
    {
        "URL_CREDENTIALS",
        "URL_SECRET",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "VENDOR_TOKEN",
        "JWT",
        "PRIVATE_KEY",
        "AUTH_HEADER",
        "PASSWORD",
    }
)
PERSONAL_ENTITIES = frozenset(
    {
        "EMAIL_ADDRESS",
        "PERSON",
        "PHONE_NUMBER",
        "ACCOUNT_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
    }
)
ALL_ENTITIES = CREDENTIAL_ENTITIES | PERSONAL_ENTITIES

__all__ = [
    "ALL_ENTITIES",
    "CREDENTIAL_ENTITIES",
    "PERSONAL_ENTITIES",
    "RECOGNIZERS",
    "FieldRecognizer",
    "RecognizerTimeout",
]
