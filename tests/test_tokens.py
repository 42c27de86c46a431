"""Tokens, Han word boundaries and language detection."""

from __future__ import annotations

import pytest

from conftest import LINTER
from msglint.tokens import detect_lang, sentences


def test_domain_terms_stay_whole() -> None:
    prepared = LINTER.prepare("亲，好评返现哦")
    assert "好评返现" in [t.text for t in prepared.tokens]


def test_cross_boundary_substring_is_not_a_word() -> None:
    prepared = LINTER.prepare("检索评测")
    assert 1 not in prepared.bounds  # 索 starts inside 检索
    assert not [f for f in LINTER.lint("我们做了检索评测，也在搜索评论区。").findings if f.severity.value != "info"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Your parcel ships today.", "en"),
        ("您的包裹今天发出。", "zh"),
        ("您好 the parcel ships today from our warehouse 今天发出", "mixed"),
        ("12345 !!!", "other"),
        ("Спасибо за заказ, посылка уже в пути", "other"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_sentences_split_on_both_punctuations_but_not_domains() -> None:
    text = "see amazon.com now. 好的！ok"
    assert [text[s:e] for s, e in sentences(text)] == ["see amazon.com now.", " 好的！", "ok"]


def test_an_abbreviation_inside_a_sentence_does_not_end_it() -> None:
    text = "It is addressed to a P.O. Box, so UPS cannot deliver it. It leaves at 5 p.m. on Friday."
    assert [text[s:e].strip() for s, e in sentences(text)] == [
        "It is addressed to a P.O. Box, so UPS cannot deliver it.",
        "It leaves at 5 p.m. on Friday.",
    ]
