"""Secrets known by the key they are filed under: the key's last whole words decide."""

from __future__ import annotations

import pytest

from recognizers.pairs import secret_by_key

SECRET = "hunter2hunter"


@pytest.mark.parametrize(
    "key,entity",
    [
        ("db_password", "PASSWORD"),
        ("dbPassword", "PASSWORD"),
        ("PGPASSWORD", "PASSWORD"),
        ("dbpassword", "PASSWORD"),
        ("mot_de_passe", "PASSWORD"),
        ("contraseña", "PASSWORD"),
        # Every password label the text recognizer reads names a key too.
        ("Lösenord", "PASSWORD"),
        ("salasana", "PASSWORD"),
        ("parool", "PASSWORD"),
        ("palavra_passe", "PASSWORD"),
        ("client_secret", "PASSWORD"),
        ("x-api-key", "AUTH_HEADER"),
        ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"),
        # A secret key, and a bearer token under its scheme's name.
        ("SecretKey", "PASSWORD"),
        ("SECRET_KEY", "PASSWORD"),
        ("Bearer", "AUTH_HEADER"),
        ("bearer_token", "AUTH_HEADER"),
        ("SecretKeyName", None),
        ("BearerFormat", None),
        # A pseudonym (consonants after a label) does not end in the word pw or pwd.
        ("email_kxpw", None),
        ("person_bcpwd", None),
        ("password_hint", None),
        ("atm_pin_code", "PASSWORD"),  # a bare "pin_code" may be a postcode (below)
        ("doorPinCode", "PASSWORD"),
        ("gpio_pin", None),  # a board's pin number, not a PIN
        ("pin_count", None),
    ],
)
def test_key_names_a_secret_by_its_last_words(key: str, entity: str | None) -> None:
    assert secret_by_key(key, SECRET) == entity


def test_an_aws_shaped_secret_under_a_secret_key_is_one() -> None:
    assert secret_by_key("SecretKey", "d8WLWmy3WHoOgZx8mcK1jaEGTyRWr7GqIAUyuZaX") == (
        "AWS_SECRET_ACCESS_KEY"
    )
    assert secret_by_key("SecretKey", "not-forty-characters-Xy7") == "PASSWORD"
    assert secret_by_key("db_password", "d8WLWmy3WHoOgZx8mcK1jaEGTyRWr7GqIAUyuZaX") == "PASSWORD"


@pytest.mark.parametrize(
    "key,value",
    [
        ("Authorization", "Bearer ${TOKEN}"),
        ("x-api-key", "<your-api-key>"),
        ("db_password", "********"),
        ("client_secret", "{{ secrets.CLIENT_SECRET }}"),
        ("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("Authorization", "Bearer ${get_secret('ingest-token', 'SecretString', 'token')}"),
        # A connection string whose password field is a placeholder.
        ("connectionString", "Server=sql01;User Id=app;Pwd=${DB_PASSWORD};Encrypt=true"),
        # A label, an option or a header before the placeholder.
        ("credentials", "lösenord: <redacted>"),
        ("credentials", "--password ${SLACK_BOT_TOKEN}"),
        ("credentials", "Authorization: Bearer changeme"),
        ("credentials", "%PASSWORD%"),
    ],
)
def test_placeholders_under_a_secret_key_are_no_secret(key: str, value: str) -> None:
    assert secret_by_key(key, value) is None
    assert secret_by_key(key, "Bearer dGhpc2lzYXRva2VuMTIz") is not None


@pytest.mark.parametrize("text", ["KMSKeyArn", "kms_key_arn", "encryption_config.kms_key_arn"])
def test_member_names_of_key_words_are_no_person(text: str) -> None:
    """A popular surname that is an ordinary word, read first ("Key Arn"), is no person."""
    from scrubber import Policy, Scrubber

    assert Scrubber(Policy()).scan_text(text, "name") == []


@pytest.mark.parametrize(
    "key,value,entity",
    [
        ("adminPin", "Rq7#vLm2xT9p", "PASSWORD"),
        ("sim_pin", "4821", "PASSWORD"),
        ("ADMIN_PIN", "tB3kW9qZ_v81", "PASSWORD"),
        # A board's pins hold a number or a name, no PIN.
        ("ledPin", "13", None),
        ("gpio_pin", "GPIO17", None),
        ("ledPin", "GPIO17_OUT", None),
        ("spin", "1234", None),
        ("pin", "D4", None),
        # A bare "PIN code" of five or six digits is a postcode in India,
        # Singapore, Malaysia and Thailand; four digits, or a qualified key, a PIN.
        ("PinCode", "560038", None),
        ("pincode", "018956", None),
        ("pin", "10110", None),
        ("pin_code", "4471", "PASSWORD"),
        ("pin_code", "Rq7#vLm2xT9p", "PASSWORD"),
        ("adminPin", "482913", "PASSWORD"),
        ("door_pin_code", "4821", "PASSWORD"),
        # "pin" first, the words after it saying whose; a keypad's "#" or "*" after it.
        ("pin_tablero", "8277#", "PASSWORD"),
        ("PIN_Servicemenue", "046162", "PASSWORD"),
        ("pin_mask", "00110011", None),
        ("pin_count", "0040", None),
        ("pin_led", "13", None),
    ],
)
def test_a_pin_key_holds_a_secret_only_if_its_value_is_one(
    key: str, value: str, entity: str | None
) -> None:
    assert secret_by_key(key, value) == entity


@pytest.mark.parametrize(
    "key,value,entity",
    [
        # A prepaid electricity meter's STS token: twenty digits, spent once on one meter.
        ("PrepaidToken", "5318 2045 6610 9937 0152", None),
        ("meter_token", "53182045661099370152", None),
        ("stsToken", "5318-2045-6610-9937-0152", None),
        # Not twenty digits, or not under a token's key: a credential as before.
        ("PrepaidToken", "5318 2045 6610 9937", "PASSWORD"),
        ("api_token", "tk_9fQ2mZr7LwX4vB8nC1dE", "PASSWORD"),
        ("AuthToken", "5318 2045 6610 9937 01x2", "PASSWORD"),
        ("password", "5318 2045 6610 9937 0152", "PASSWORD"),
    ],
)
def test_a_meter_token_is_no_credential(key: str, value: str, entity: str | None) -> None:
    assert secret_by_key(key, value) == entity


def test_a_meter_token_in_a_tag_is_sent_unchanged() -> None:
    """End to end: the tag's value stays, and a real token beside it is still blocked."""
    from scrubber import Policy, Scrubber

    scrubber = Scrubber(Policy())
    tags = [{"Key": "PrepaidToken", "Value": "5318 2045 6610 9937 0152"}]
    params = {"DatasetGroupName": "meters", "Domain": "CUSTOM", "Tags": tags}
    result = scrubber.scrub(params, service="forecast", operation="CreateDatasetGroup")
    assert result.params == params and not result.findings
    tags.append({"Key": "ApiToken", "Value": "tk_9fQ2mZr7LwX4vB8nC1dE"})
    report = scrubber.scrub(
        params, service="forecast", operation="CreateDatasetGroup", mode="report"
    )
    assert [(f.path, f.entity_type) for f in report.findings] == [("Tags[1].Value", "PASSWORD")]


@pytest.mark.parametrize(
    "key,value,entity",
    [
        # A secret's word and a word qualifying it, as Romance languages and many
        # English keys put them: a strong value there is the secret.
        ("senha_sftp", "Rq7#vLm2xT9p", "PASSWORD"),
        ("contrasenya_ftp", "Capivara.42", "PASSWORD"),
        ("password_export", "mW3_kQ9rT2vX", "PASSWORD"),
        ("senha-admin", "Tapioca=5521", "PASSWORD"),
        # In camel case, the qualifier one word; French's words run together too.
        ("motDePasseAdmin", "Y7kq2RwPz4Ld", "PASSWORD"),
        ("senhaRoot", "Tapioca=5521", "PASSWORD"),
        ("MotDePasse", "Lagune@2024", "PASSWORD"),
        ("mot-de-passe", "Lagune@2024", "PASSWORD"),
        ("passwordMaxAge", "P90D-Rotate!", None),
        ("passwordHint", "Ab3$xYz9Qw", None),
        # A weak value, or a word making the key name the secret's metadata.
        ("senha_sftp", "changeme", None),
        ("password_policy", "Min8-Upper1!", None),
        ("password_expiry", "P90D-Rotate!", None),
        ("pwd_hash", "Ab3$xYz9Qw", None),
        ("password_export_url", "Rq7#vLm2xT9p", None),
    ],
)
def test_a_qualified_secret_key_holds_a_strong_value(
    key: str, value: str, entity: str | None
) -> None:
    assert secret_by_key(key, value) == entity


@pytest.mark.parametrize(
    "key,value",
    [
        # What stands in a secret's place under a secret's key: a command's
        # output, a template, a store's path, a mask, what was done to it.
        ("sftp_password", "$(cat /run/secrets/pms_password)"),
        ("apiToken", "%%DD_API_KEY%%"),
        ("Password", "CHANGE_ME"),
        ("password", "CHANGE_ME_IN_SSM"),
        ("plcPassword", "see SSM /krv/prod/yard/db"),
        ("Secret", "siehe Secrets Manager"),
        # "stored in" in French, Spanish and German.
        ("apiPassword", "stocké dans SSM /momo/prod/api"),
        ("db_password", "guardado en Vault"),
        ("Passwort", "hinterlegt im Secrets Manager"),
        ("apiKey", "vault:rx/robot"),
        ("defaultPassword", "[redacted]"),
        ("apiToken", "rotated 2026-11-02"),
    ],
)
def test_what_stands_in_a_secrets_place_is_none(key: str, value: str) -> None:
    assert secret_by_key(key, value) is None


@pytest.mark.parametrize(
    "key,value,entity",
    [
        # A Wi-Fi network's pre-shared key.
        ("wifi_psk", "afDbd2joiroe", "PASSWORD"),
        ("preSharedKey", "afDbd2joiroe", "PASSWORD"),
        ("pskRotation", "weekly", None),
    ],
)
def test_a_pre_shared_key(key: str, value: str, entity: str | None) -> None:
    assert secret_by_key(key, value) == entity


@pytest.mark.parametrize(
    "key,value",
    [
        ("apiKey", "vault9:Rq7#vLm2xT9p"),
        ("password", "Change4Me!now"),
        ("Secret", "ssm-Xq9#kT2v"),
        # A weak password that starts like a placeholder is still one.
        ("db_password", "Changeme!23"),
        ("db_password", "ChangeMe_2024"),
        ("db_password", "Rotated!Pass9"),
    ],
)
def test_a_strong_value_beside_a_stores_name_is_a_secret(key: str, value: str) -> None:
    assert secret_by_key(key, value) == "PASSWORD"
