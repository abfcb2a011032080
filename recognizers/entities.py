"""The entity types fieldguard reports (a light module: no Presidio import)."""

from __future__ import annotations

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
