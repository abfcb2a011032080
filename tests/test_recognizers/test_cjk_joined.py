"""CJK names in identifiers, surname and given name joined as identifiers join
words ("김_정식_sales", "阿部-陽一", "凤英_华"): a listed surname and a listed
given name, in either order, the whole pair one finding. Words joined so, or a
surname beside a word no list holds as a given name, are no name."""

from __future__ import annotations

import pytest

from scrubber import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("김_정식_sales", "김_정식"),
        ("정식_김_sales", "정식_김"),
        ("阿部-陽一_forecast", "阿部-陽一"),
        ("陽一_阿部_forecast", "陽一_阿部"),
        ("华_凤英_demand", "华_凤英"),
        ("凤英_华_demand", "凤英_华"),
        ("report.田中.美咲", "田中.美咲"),
    ],
)
def test_joined_cjk_names(scrubber: Scrubber, text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in scrubber.scan_text(text, "name")]
    assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "田中_設定_backup",  # a surname and "settings": the shape of a given name is not enough
        "北京-上海-route",  # Beijing-Shanghai
        "服务_王_v2",  # "service" and a surname
        "订单_状态",  # order status
        "사용자_설정",  # user settings
    ],
)
def test_joined_cjk_words_stay(scrubber: Scrubber, text: str) -> None:
    assert [f for f in scrubber.scan_text(text, "name") if f.entity_type == "PERSON"] == []
