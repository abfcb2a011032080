"""fieldguard's recognizers, registered in one explicit list."""

from __future__ import annotations

from recognizers.base import FieldRecognizer, RecognizerTimeout
from recognizers.credentials import (
    AuthHeaderRecognizer,
    AwsAccessKeyRecognizer,
    AwsSecretKeyRecognizer,
    JwtRecognizer,
    PasswordRecognizer,
    PrivateKeyRecognizer,
    UrlCredentialsRecognizer,
    UrlSecretRecognizer,
    VendorTokenRecognizer,
)
from recognizers.financial import (
    AccountNumberRecognizer,
    CreditCardRecognizer,
    IbanRecognizer,
    UsSsnRecognizer,
)
from recognizers.personal import EmailRecognizer, PersonRecognizer, PhoneRecognizer

RECOGNIZERS: tuple[type[FieldRecognizer], ...] = (
    EmailRecognizer,
    PersonRecognizer,
    PhoneRecognizer,
    AccountNumberRecognizer,
    CreditCardRecognizer,
    IbanRecognizer,
    UsSsnRecognizer,
    UrlCredentialsRecognizer,
    UrlSecretRecognizer,
    AwsAccessKeyRecognizer,
    AwsSecretKeyRecognizer,
    VendorTokenRecognizer,
    JwtRecognizer,
    PrivateKeyRecognizer,
    AuthHeaderRecognizer,
    PasswordRecognizer,
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
