"""An initial and a surname that towns bear too ("j_allen", "R. Ferguson"):
the surname is a name after any letter but a compass point's, whose initial
abbreviates a region ("N. Virginia", "s_carolina"). A short piece of a blob
after a capital ("VTuPuCne5") names no one."""

from __future__ import annotations

import pytest
from recognizer_tables import person_spans, spans_found

from scrubber import Scrubber

INITIALLED = [
    ("j_allen", "j_allen"),
    ("fc-r_ferguson_sales", "r_ferguson"),
    ("s3://ml/users/d.gilbert/run.csv", "d.gilbert"),
    ("forecast-m_harrison-weekly", "m_harrison"),
    ("Reviewed by J. Allen on Monday", "J. Allen"),
]


@pytest.mark.parametrize("text,name", INITIALLED)
def test_an_initial_before_a_towns_surname_names_a_person(
    scrubber: Scrubber, text: str, name: str
) -> None:
    assert ("PERSON", name) in spans_found(scrubber, text)


PLACES = [
    "n_virginia",
    "us-east-1 (N. Virginia)",
    "s_carolina_stores",
    "w_europe",
    "e_london_depot",
    "S. Korea and N. Ireland",
    "https://grafana.dc.example.com/d/VTuPuCne5/cold-room?orgId=1",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_compass_point_before_a_place_names_no_one(scrubber: Scrubber, text: str) -> None:
    assert person_spans(scrubber, text) == []
