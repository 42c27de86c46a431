"""Matcher kinds: phrases on word boundaries, fuzzy budgets, near windows, exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from conftest import LINTER, RULES
from msglint.evaluate import read_cases
from msglint.linter import Linter
from msglint.matchers import RegexMatcher, _case_blind, _clause
from msglint.rules import load_rules
from msglint.tokens import Prepared

CORPORA = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "corpora").glob("*.jsonl"))
# The built-in rules' folded-view regexes, as written (after list expansion).
RULE_PATTERNS = [
    p.pattern
    for rule in RULES.rules
    for m in rule.matchers
    if isinstance(m, RegexMatcher) and m.view == "folded"
    for p in m.patterns
]

RULE = """id = "marketing/probe"
policy = "marketing"
severity = "warning"
message = "probe"
source = "test"

{match}

[examples]
flag = ["x"]
pass = ["y"]
"""


def linter_with(tmp_path: Path, match: str) -> Linter:
    path = tmp_path / "marketing" / "probe.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(RULE.format(match=match), encoding="utf-8")
    return Linter(load_rules([tmp_path]).selected(["marketing/probe"]))


def spans(linter: Linter, text: str) -> list[str]:
    return [f.excerpt for f in linter.lint(text).findings]


def test_phrase_respects_latin_word_boundaries(tmp_path: Path) -> None:
    linter = linter_with(tmp_path, '[[match]]\nkind = "phrase"\nphrases = ["review"]')
    assert spans(linter, "a review here") == ["review"]
    assert spans(linter, "we reviewed it, see the preview") == []


def test_phrase_stem_and_flexible_gaps(tmp_path: Path) -> None:
    linter = linter_with(tmp_path, '[[match]]\nkind = "phrase"\nphrases = ["gift card*"]')
    assert spans(linter, "two gift-cards") == ["gift-cards"]


def test_fuzzy_keeps_first_and_last_letters(tmp_path: Path) -> None:
    linter = linter_with(tmp_path, '[[match]]\nkind = "fuzzy"\nterms = ["whatsapp"]')
    assert spans(linter, "ping us on whatsap or whats app") == ["whatsap", "whats app"]
    assert spans(linter, "whatever happens") == []


def test_near_window_and_order(tmp_path: Path) -> None:
    linter = linter_with(
        tmp_path, '[[match]]\nkind = "near"\nwindow = 2\nordered = true\nterms = [["remove"], ["review"]]'
    )
    assert spans(linter, "please remove the bad review") == ["remove the bad review"]
    assert spans(linter, "please remove the very very bad review") == []
    assert spans(linter, "the review: remove it") == []


def test_near_stays_inside_a_sentence_unless_message_scope(tmp_path: Path) -> None:
    sentence = linter_with(tmp_path, '[[match]]\nkind = "near"\nwindow = 9\nterms = [["feedback"], ["withdraw it"]]')
    assert spans(sentence, "Your feedback hurts. Withdraw it.") == []
    message = linter_with(
        tmp_path, '[[match]]\nkind = "near"\nscope = "message"\nwindow = 9\nterms = [["feedback"], ["withdraw it"]]'
    )
    assert spans(message, "Your feedback hurts. Withdraw it.") == ["feedback hurts. Withdraw it"]


def test_exception_in_the_same_sentence_only(tmp_path: Path) -> None:
    linter = linter_with(
        tmp_path, '[[match]]\nkind = "phrase"\nphrases = ["coupon"]\n\n[unless]\nphrases = ["you mentioned"]'
    )
    assert spans(linter, "The coupon you mentioned is Amazon's.") == []
    assert spans(linter, "You mentioned it. Here is a coupon.") == ["coupon"]


def test_han_phrase_must_be_a_jieba_word(tmp_path: Path) -> None:
    linter = linter_with(tmp_path, '[[match]]\nkind = "phrase"\nphrases = ["索评"]')
    assert spans(linter, "检索评测") == []
    assert spans(linter, "禁止索评") == ["索评"]


def test_regex_view_base_keeps_digits(tmp_path: Path) -> None:
    linter = linter_with(tmp_path, '[[match]]\nkind = "regex"\nview = "base"\npatterns = [\'\\d{3}-\\d{4}\']')
    assert spans(linter, "call 555-0199") == ["555-0199"]


def test_shorter_phrase_when_the_longest_runs_past_a_word(tmp_path: Path) -> None:
    linter = linter_with(tmp_path, '[[match]]\nkind = "phrase"\nphrases = ["支付宝", "支付宝转"]')
    assert spans(linter, "直接用支付宝转给我们") == ["支付宝"]


def test_a_rule_that_runs_out_of_time_is_reported(tmp_path: Path) -> None:
    linter = linter_with(tmp_path, "[[match]]\nkind = \"regex\"\npatterns = ['(a|aa)+b', 'coupon']")
    result = linter.lint("a" * 40 + "! use this coupon")
    assert [f.excerpt for f in result.findings] == ["coupon"]  # the other pattern still ran
    assert result.notes and "marketing/probe" in result.notes[0]
    assert result.to_json()["notes"] == list(result.notes)


def test_the_shared_prefilter_agrees_with_each_pattern_s_own_strings() -> None:
    """NeedsIndex answers for every regex at once; it must say what each Needs alone would."""
    import json

    from conftest import LINTER, RULES
    from msglint.matchers import Needs, RegexMatcher, _index

    def alone(needs: Needs, prepared: Prepared) -> bool:
        """What one pattern's own needs say: a Han pair or one of its strings is there, and its digits."""
        if needs.always:
            return True
        text = prepared.folded.text if needs.view == "folded" else prepared.base.text.lower()
        digits = sum(c.isdecimal() for c in text) >= needs.digits
        if not (needs.han or needs.other):
            return digits
        han = bool(needs.han) and not set(_index(prepared)[0]).isdisjoint(needs.han)
        return digits and (han or any(string in text for string in needs.other))

    corpus = Path(__file__).resolve().parent.parent / "corpora"
    texts = [json.loads(line)["text"] for line in (corpus / "zh.jsonl").read_text(encoding="utf-8").splitlines()[:80]]
    texts += [json.loads(line)["text"] for line in (corpus / "en.jsonl").read_text(encoding="utf-8").splitlines()[:80]]
    needs = [n for rule in RULES.rules for m in rule.matchers if isinstance(m, RegexMatcher) for n in m.needs]
    assert any(n.index is not None for n in needs)
    assert any(n.digits and not (n.han or n.other) for n in needs)  # phone shapes are gated by digits alone
    for text in texts:
        prepared = LINTER.prepare(text)
        for shared in needs:
            assert shared.met(prepared) == alone(shared, prepared), (text, shared.other, shared.han)


def test_a_matcher_is_visited_only_where_its_gate_opens(tmp_path: Path) -> None:
    """gates.MatcherIndex: a message without the phrases' first words does not visit the matcher."""
    from msglint.gates import MatcherIndex

    linter = linter_with(tmp_path, '[[match]]\nkind = "phrase"\nphrases = ["flash sale", "限时折扣"]')
    index = MatcherIndex([rule.matchers for rule in linter.content_rules])
    assert index.entries and not index.always
    assert index.open(linter.prepare("Your parcel left the depot today.")) == []
    assert len(index.open(linter.prepare("Our flash sale ends soon."))) == 1
    assert len(index.open(linter.prepare("本周限时折扣。"))) == 1
    assert spans(linter, "Our FLASH-SALE ends soon.") == ["FLASH-SALE"]


def test_fuzzy_terms_have_no_gate_and_are_always_visited(tmp_path: Path) -> None:
    from msglint.gates import MatcherIndex

    linter = linter_with(tmp_path, '[[match]]\nkind = "fuzzy"\nterms = ["coupon"]')
    index = MatcherIndex([rule.matchers for rule in linter.content_rules])
    assert len(index.always) == 1
    assert spans(linter, "Use this couupon today.") == ["couupon"]


def test_a_near_matcher_is_gated_by_one_of_its_groups(tmp_path: Path) -> None:
    from msglint.gates import MatcherIndex

    linter = linter_with(
        tmp_path, '[[match]]\nkind = "near"\nwindow = 3\nterms = [["~review"], ["gift card", "voucher"]]'
    )
    index = MatcherIndex([rule.matchers for rule in linter.content_rules])
    assert not index.always  # the fuzzy group cannot gate; the other can
    assert index.open(linter.prepare("Please leave a reviiew today.")) == []
    assert spans(linter, "A reviiew earns a voucher.") == ["reviiew earns a voucher"]


@pytest.mark.parametrize(
    ("source", "blind"),
    [
        (r"\bwhats\s*app\b", True),
        (r"\p{Han}{2}\s*\d+", True),  # properties and escapes are no letters of the pattern's own
        (r"(?P<handle>[a-z0-9_]+)", True),
        (r"don\x27t", True),
        (r"[A-Z0-9]{4,}", False),  # a code in capitals: only IGNORECASE lets it match folded text
        (r"\p{Lu}\p{Ll}+", False),
        (r"stra\u00dfe", False),  # ß folds to ss: an escaped cased letter counts
        (r"\N{LATIN CAPITAL LETTER A}", False),
        (r"(?i)coupon", False),
        (r"[[:upper:]]", False),
    ],
)
def test_only_case_blind_patterns_drop_ignorecase(source: str, blind: bool) -> None:
    assert _case_blind(source) is blind


def test_a_dropped_ignorecase_changes_no_match_on_folded_text() -> None:
    """Folded-view patterns without IGNORECASE find what they found with it, on every corpus text."""
    texts = [LINTER.prepare(case.text).folded.text for case in read_cases(CORPORA)]
    blind = [p for p in RULE_PATTERNS if _case_blind(p)]
    assert len(blind) > 300 and len(texts) > 300
    for source in blind:
        plain, ignoring = regex.compile(source), regex.compile(source, regex.IGNORECASE)
        for text in texts:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in ignoring.finditer(text)], source


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("We can't refund through Amazon, so send us your PayPal email.", "send"),
        ("There's no need to place another order: send the amount by bank transfer.", "send"),
        ("我们不能在亚马逊退款，所以请加微信abc123。", "请加"),
    ],
)
def test_a_request_after_a_turn_starts_its_own_clause_even_where_the_hit_starts(text: str, verb: str) -> None:
    """matchers._clause: an exception before ", so" / ":" / 所以 does not excuse the request after it."""
    folded = LINTER.fold(text)
    start = folded.index(verb)
    assert _clause(folded, 0, len(folded), start)[0] == start
