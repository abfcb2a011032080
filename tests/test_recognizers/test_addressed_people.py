"""A name in another script beside its own address is a name: its
transliteration meets the address's local part. Words of those scripts beside an
address that is not theirs, a department's cell, or a Han run no surname
begins are not."""

from __future__ import annotations

import pytest
from recognizer_tables import persons_in_description

from scrubber import Scrubber


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A record's cells: the surname's syllable, the given name's initials.
        ("RMA-48729,林育祥,kevin.lin@hk.example.com,+886 988 553 299", ["林育祥"]),
        ("suspicious buyer RMA-61617, 刘晓燕, liuxy@example.cn, refund held", ["刘晓燕"]),
        # Kana and Cyrillic, the words in either order.
        ("RMA-70201, こばやし だいすけ, daisuke.kobayashi@example.jp", ["こばやし だいすけ"]),
        ("Очирын Мөнхбат <monkhbat.o@example.mn>", ["Очирын Мөнхбат"]),
        # The address first; a familiar "old" before a surname.
        ("escalate to zhiqiang.zhang@example.com / 老张", ["老张"]),
    ],
)
def test_names_beside_their_address_are_names(
    scrubber: Scrubber, text: str, names: list[str]
) -> None:
    assert persons_in_description(scrubber, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # A department's cell, its reading the address: no surname begins it.
        "销售部, xiaoshou@example.cn",
        "客服 <kefu@example.cn>",
        # A name's reading that is not the address's.
        "RMA-48729,林育祥,support@example.com",
        "Очирын Мөнхбат <ops@example.mn>",
        # Too long a Han run for a name, though a surname begins it.
        "林业局数据中心, linye@example.cn",
    ],
)
def test_words_beside_an_address_not_theirs_stay(scrubber: Scrubber, text: str) -> None:
    assert persons_in_description(scrubber, text) == []
