"""fieldguard's recognizers, registered in one explicit list (``registered()``).

Importing this package is cheap: the recognizer classes (and Presidio with
them) load when the engine first asks for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recognizers.entities import ALL_ENTITIES, CREDENTIAL_ENTITIES, PERSONAL_ENTITIES
from recognizers.timeouts import REGEX_TIMEOUT, RecognizerTimeout

if TYPE_CHECKING:
    from recognizers.base import FieldRecognizer


def registered() -> tuple[type[FieldRecognizer], ...]:
    """Every recognizer the engine runs, in one list."""
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
    from recognizers.personal import (
        FieldEmailRecognizer,
        FieldPersonRecognizer,
        FieldPhoneRecognizer,
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
        FieldUrlSecretRecognizer,
        FieldAwsAccessKeyRecognizer,
        FieldAwsSecretKeyRecognizer,
        FieldVendorTokenRecognizer,
        FieldJwtRecognizer,
        FieldPrivateKeyRecognizer,
        FieldAuthHeaderRecognizer,
        FieldPasswordRecognizer,
    )


def __getattr__(name: str) -> Any:
    if name == "RECOGNIZERS":
        return registered()
    raise AttributeError(name)


__all__ = [
    "ALL_ENTITIES",
    "CREDENTIAL_ENTITIES",
    "PERSONAL_ENTITIES",
    "REGEX_TIMEOUT",
    "RecognizerTimeout",
    "registered",
]
