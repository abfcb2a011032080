"""Tables pasted into a text: each cell is filed under its column's header."""

from __future__ import annotations

import json
from typing import Any

import pytest

from recognizers.tables import table_cells
from scrubber import Policy, Scrubber


def _cells(text: str) -> list[tuple[str, str]]:
    return [(header, text[start:end]) for header, start, end in table_cells(text)]


def test_plain_rows_under_a_header() -> None:
    text = (
        "ledger\nname;phone;cuenta\nAna Ruiz;+51 984 555 0107;29261039\n"
        '"GAYLE, Everton";(305) 555-0155;7\nend'
    )
    assert _cells(text) == [
        ("name", "Ana Ruiz"),
        ("phone", "+51 984 555 0107"),
        ("cuenta", "29261039"),
        ("name", "GAYLE, Everton"),
        ("phone", "(305) 555-0155"),
        ("cuenta", "7"),
    ]


def test_rows_inside_a_json_string() -> None:
    """A job document's CSV: lines end at the escape "\\n", quotes are escaped,
    and the table ends at the string's closing quote."""
    data = (
        'id,name,phone\nW-1,"PEREYRA, Lautaro",(305) 555-0147\nW-2,Yesenia Mosquera,+1 212 555 0167'
    )
    document = json.dumps({"operation": "sync", "data": data, "after": "x,y"})
    assert _cells(document) == [
        ("id", "W-1"),
        ("name", "PEREYRA, Lautaro"),
        ("phone", "(305) 555-0147"),
        ("id", "W-2"),
        ("name", "Yesenia Mosquera"),
        ("phone", "+1 212 555 0167"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "one line, no table",
        "Owner: Ana Ruiz\nPhone: 555 0107",  # labels, no header line
        "a,b\n1,2,3\n4,5,6",  # rows of another width than the header
        "Hello team,\nplease call back",  # a header's cells are names of columns
    ],
)
def test_no_table(text: str) -> None:
    assert table_cells(text) == []


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(Policy())


def _job(data: str) -> dict[str, Any]:
    return {
        "jobId": "sync-ledger-7",
        "targets": ["arn:aws:iot:us-east-1:123456789012:thing/kiosk-7"],
        "document": json.dumps({"operation": "sync-kiosk-ledger", "data": data}),
    }


def _found(scrubber: Scrubber, data: str) -> list[tuple[str, str]]:
    params = _job(data)
    report = scrubber.scrub(params, service="iot", operation="CreateJob", mode="report")
    document = params["document"]
    return [(f.entity_type, document[f.start : f.end]) for f in report.findings]


def test_a_ledger_in_a_job_document(scrubber: Scrubber) -> None:
    found = _found(
        scrubber,
        "socio;nombre;telefono;cuenta\n"
        "9566;ARANGO ZULUAGA, Luis Fernando;+51 1 555 0139;29261039\n"
        "6139;XILOJ TUM, Balam;+1 809 555 0135;6196837676",
    )
    for expected in [
        ("PERSON", "ARANGO ZULUAGA, Luis Fernando"),
        ("PHONE_NUMBER", "+51 1 555 0139"),
        ("ACCOUNT_NUMBER", "29261039"),
        ("PERSON", "XILOJ TUM, Balam"),
        ("PHONE_NUMBER", "+1 809 555 0135"),
        ("ACCOUNT_NUMBER", "6196837676"),
    ]:
        assert expected in found


def test_a_catalogue_in_a_job_document(scrubber: Scrubber) -> None:
    """A bare "name" column is a product's where no column holds someone's
    data (coffees named for their farms read as names under a person's key);
    an order number that passes Luhn is no card."""
    found = _found(
        scrubber,
        "sku,name,order_id,price\n"
        "CO-1,Huila Maria,4539578763621486,12.99\n"
        "CO-2,Tarrazu Dota,4716108999716531,8.50",
    )
    assert found == []
