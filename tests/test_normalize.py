"""Normalization: evasions folded, and the offset map always leads back to the original."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import LINTER
from msglint.normalize import Aliases, Normalized, normalize, normalize_base

ALIASES = Aliases.build({"hao ping": "好评", "wei xin": "微信"})


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ｒｅｖｉｅｗ ５", "review 5"),
        ("re\u200bvi\u200dew", "review"),
        ("rеviеw", "review"),  # Cyrillic е
        ("𝐫𝐞𝐯𝐢𝐞𝐰 ⓡⓔⓥ", "review rev"),
        ("r e v i e w", "review"),
        ("r.e.v.i.e.w", "review"),
        ("a r.e.v.i.e.w", "a review"),
        ("a f i v e - s t a r", "a five - star"),  # the article is not part of the word
        ("a f i v e s t a r", "a five star"),  # a run of two spelled-out words is split between them
        ("s t a r r e v i e w", "star review"),
        ("r e v i e w s", "reviews"),  # one listed word stays whole
        ("s t a r x", "starx"),  # not all listed words: left as spelled
        ("a p p", "app"),
        ("your re-\nview", "your review"),  # hyphenated across a line break
        ("5-st@r fr33 r3view", "5-star free review"),
        ("a 5*star r*e*v*i*e*w", "a 5 star review"),  # a mark between a number and its word
        ("2*AA cells", "2 aa cells"),
        ("★★★★★", "5 star"),
        ("5⭐", "5 star"),
        ("好*评 返 现", "好评返现"),
        ("五 星 好 评", "五星好评"),
        ("好評返現", "好评返现"),
        ("別急著回覆", "别急着回复"),  # Taiwan's 著 is 着; 覆 is 复 by OpenCC's phrase
        ("著名", "著名"),  # ... but 著 stays in OpenCC's phrases that keep it
        ("顯著", "显著"),
        ("藉口", "借口"),
        ("覆盖", "覆盖"),  # 覆 is also a simplified character
        ("一坏就退", "一坏就退"),  # a simplified phrase, though OpenCC converts 一坏 as traditional
        ("hao ping", "好评"),
        ("Wei-Xin", "微信"),
        ("PayPaI", "paypal"),  # a capital I after lower case stands for l
        ("LlNE ID", "line id"),  # a lower-case l between capitals stands for I
        ("McLean", "mclean"),
    ],
)
def test_evasions_fold(text: str, folded: str) -> None:
    assert normalize(text, ALIASES)[1].text == folded


def test_chinese_exclamation_ends_a_word_but_ascii_one_is_a_letter() -> None:
    # Chinese puts no space after ！; fr!end is leetspeak.
    assert normalize("New arrival！FeedPal")[1].text == "new arrival! feedpal"
    assert normalize("fr!end")[1].text == "friend"


def test_short_aliases_only_next_to_han() -> None:
    aliases = Aliases.build({}, {"hp": "好评"})
    assert normalize("hp返现", aliases)[1].text == "好评返现"
    assert normalize("an HP laptop", aliases)[1].text == "an hp laptop"


def test_whole_cyrillic_words_stay_cyrillic() -> None:
    assert normalize_base("привет").text == "привет"


def test_number_runs_become_digits() -> None:
    assert normalize_base("一三八 零零一三 八零零零").text == "138 0013 8000"
    assert normalize_base("plus one, two one two, five five five, zero one eight eight").text == "+1 212 555 0188"
    assert normalize_base("五星 三天").text == "五星 三天"  # quantities stay words


def _check_origin(original: str, view: Normalized) -> None:
    assert len(view.origin) == len(view.text)
    assert list(view.origin) == sorted(view.origin)
    assert all(0 <= i < len(original) for i in view.origin)


TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("review好评★⭐ \u200b\u200d\u202e\u0301ＡＢ５.*-@3е\n\ud800\udfff\x00\x1b")),
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_origin_maps_are_monotone_and_in_range(text: str) -> None:
    base, folded = normalize(text, ALIASES)
    _check_origin(text, base)
    _check_origin(text, folded)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_base_normalization_is_idempotent(text: str) -> None:
    once = normalize_base(text).text
    assert normalize_base(once).text == once


def test_a_mark_inside_a_decomposition_goes_at_once() -> None:
    """Thai ำ and the double prime ″: cases the property above found."""
    once = normalize_base("\u0e33").text
    assert normalize_base(once).text == once == "\u0e32"
    once = normalize_base("\u2033").text  # ″ decomposes to two primes, each a quote
    assert normalize_base(once).text == once == "''"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "please leave a 5-st@r r e v i e w",
                "好*评返现",
                "加微信 abc123",
                "ｗｈａｔｓａｐｐ",
                "\u200b",
                "  ",
                "★★★★★",
                "call +1 626-555-0199",
                "😀",
                "\u0301",
            ]
        ),
        max_size=6,
    ),
    TEXT,
)
def test_findings_point_at_the_original(parts: list[str], noise: str) -> None:
    text = noise.join(parts) if parts else noise
    for finding in LINTER.lint(text).findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.excerpt


def test_a_number_spelled_in_words_is_found_whole_with_its_grouping() -> None:
    text = "Text our manager directly: two one three - five five five - zero one six nine."
    assert "213-555-0169" in normalize_base(text).text  # a spaced dash ends a group
    phone = next(f for f in LINTER.lint(text).findings if f.rule == "off-platform-contact/phone")
    assert phone.excerpt == "two one three - five five five - zero one six nine"  # to the end of "nine"
