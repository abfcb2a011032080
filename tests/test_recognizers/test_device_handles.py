"""A handle before a person's own machine ("client/awhite-laptop") or in a
folder of agents ("agents/snalwanga/") names that person; the same words
before a thing's or a trade's word, or an English word made longer, do not."""

from __future__ import annotations

import pytest
from recognizer_tables import spans_found

from scrubber import Scrubber


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("arn:aws:iot:ap-southeast-2:264019837753:client/jtjungurrayi-laptop", "jtjungurrayi"),
        ("arn:aws:iot:ap-southeast-4:418273650912:client/awhite-laptop", "awhite"),
        ("OTA stream cabin sensors (built on aminudanjuma-laptop)", "aminudanjuma"),
        ("s3://raw/manual/from_CheaSopheap_laptop/REP-0003.parquet", "CheaSopheap"),
        ("arn:aws:iot:us-west-2:444455556666:thing/viyer-devkit", "viyer"),
        ("client/ops-laptop-sabine-weisshaupt", "sabine-weisshaupt"),
        ("s3://kf-lookout-eu/agents/snalwanga/{{yyyyMMdd}}", "snalwanga"),
    ],
)
def test_handles_beside_a_device_or_in_agents_folder(
    scrubber: Scrubber, text: str, handle: str
) -> None:
    found = spans_found(scrubber, text)
    # (a word no list holds after the handle may be read as its surname: "viyer-devkit")
    assert any(entity == "PERSON" and handle in span for entity, span in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the device's own words, a shared machine's, a team's
        "client/dev-laptop",
        "thing/team-macbook-02",
        "shared-workstation-3",
        "fleet/loaner-laptop-pool",
        # a folder of agents holding their software, not a person
        "s3://builds/agents/install.sh",
        "s3://builds/agents/linux-x64/",
        # an English word with an ending is no handle ("authorize" + "r")
        "kf-agent-authorizer-laptop",
        "sandbox-authorizer",
        # "agent-" alone is no cue: an agent's trade is named after it
        "agent-wakala",
        "agent_region",
    ],
)
def test_device_and_trade_words_alone_name_no_one(scrubber: Scrubber, text: str) -> None:
    assert [e for e, _ in spans_found(scrubber, text) if e == "PERSON"] == []
