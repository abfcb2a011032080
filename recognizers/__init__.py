"""fieldguard's recognizers, registered in one explicit list (``registered()``).

Importing this package is cheap: the recognizer classes load when the
registry is first read, and Presidio only when the engine builds its analyzer.
Everything else that lists entities (categories, pseudonym labels, report
descriptions, prefilter triggers) is derived in ``recognizers.registry``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recognizers.timeouts import REGEX_TIMEOUT, RecognizerTimeout

if TYPE_CHECKING:
    from recognizers.base import FieldRecognizer


def registered() -> tuple[type[FieldRecognizer], ...]:
    """Every recognizer the engine runs, in one list."""
    from recognizers.credentials import (
        FieldAuthHeaderRecognizer,
        FieldAwsAccessKeyRecognizer,
        FieldAwsSecretKeyRecognizer,
        FieldHostCredentialsRecognizer,
        FieldJwtRecognizer,
        FieldOracleCredentialsRecognizer,
        FieldPasswordRecognizer,
        FieldPrivateKeyRecognizer,
        FieldUrlCredentialsRecognizer,
        FieldUrlSecretRecognizer,
        FieldVendorTokenRecognizer,
    )
    from recognizers.device_secrets import FieldDeviceSecretRecognizer
    from recognizers.financial import (
        FieldAccountNumberRecognizer,
        FieldCreditCardRecognizer,
        FieldIbanRecognizer,
        FieldUsSsnRecognizer,
    )
    from recognizers.key_material import FieldKeyBodyRecognizer
    from recognizers.person import FieldPersonRecognizer
    from recognizers.personal import FieldEmailRecognizer, FieldPhoneRecognizer
    from recognizers.secret_labels import (
        FieldBasicAuthBlobRecognizer,
        FieldCommandLineSecretRecognizer,
        FieldLabelledSecretRecognizer,
        FieldSecretHeaderRecognizer,
    )
    from recognizers.vendor_tokens import (
        FieldCatalogueTokenRecognizer,
        FieldLongTailTokenRecognizer,
        FieldWebhookRecognizer,
    )

    return (
        FieldEmailRecognizer,
        FieldPersonRecognizer,
        FieldPhoneRecognizer,
        FieldAccountNumberRecognizer,
        FieldCreditCardRecognizer,
        FieldIbanRecognizer,
        FieldUsSsnRecognizer,
        FieldUrlCredentialsRecognizer,
        FieldHostCredentialsRecognizer,
        FieldOracleCredentialsRecognizer,
        FieldUrlSecretRecognizer,
        FieldWebhookRecognizer,
        FieldAwsAccessKeyRecognizer,
        FieldAwsSecretKeyRecognizer,
        FieldVendorTokenRecognizer,
        FieldCatalogueTokenRecognizer,
        FieldLongTailTokenRecognizer,
        FieldJwtRecognizer,
        FieldPrivateKeyRecognizer,
        FieldKeyBodyRecognizer,
        FieldAuthHeaderRecognizer,
        FieldSecretHeaderRecognizer,
        FieldBasicAuthBlobRecognizer,
        FieldPasswordRecognizer,
        FieldLabelledSecretRecognizer,
        FieldCommandLineSecretRecognizer,
        FieldDeviceSecretRecognizer,
    )


def __getattr__(name: str) -> Any:
    if name == "RECOGNIZERS":
        return registered()
    if name in ("ALL_ENTITIES", "CREDENTIAL_ENTITIES", "PERSONAL_ENTITIES"):
        from recognizers import entities

        return getattr(entities, name)
    raise AttributeError(name)


__all__ = [
    "ALL_ENTITIES",
    "CREDENTIAL_ENTITIES",
    "PERSONAL_ENTITIES",
    "REGEX_TIMEOUT",
    "RecognizerTimeout",
    "registered",
]
