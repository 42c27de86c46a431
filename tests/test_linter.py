"""The whole pipeline on messages the policy brief is about."""

from __future__ import annotations

import pytest

from conftest import LINTER
from msglint.model import Severity, Verdict


def flagged(text: str) -> set[str]:
    return {f.policy for f in LINTER.lint(text).findings if f.severity is not Severity.INFO}


@pytest.mark.parametrize(
    ("text", "policies"),
    [
        ("Please leave us a 5-star review!", {"review-inducement"}),
        ("亲，给个好评返现哦", {"review-inducement"}),
        ("Contact us on WhatsApp +86 138 0013 8000", {"off-platform-contact"}),
        ("Use code SAVE20 for 20% off your next order!", {"marketing"}),
        ("Follow us on Instagram for giveaways.", {"marketing", "off-platform-contact"}),
        ("Your order 113-1234567-1234567 shipped; tracking 1Z999AA10123456784.", set()),
        ("We will never ask you to change your review.", set()),
        ("We reviewed your return request and refunded you.", set()),
        (
            "If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided.",
            set(),
        ),
        ("我们已为您删除重复订单，修改地址后重新发货。", set()),
    ],
)
def test_policies(text: str, policies: set[str]) -> None:
    assert flagged(text) == policies


def test_neutral_review_request_is_info_only() -> None:
    result = LINTER.lint("Would you share your experience with the lamp in a review?")
    assert result.verdict is Verdict.PASS
    assert [f.rule for f in result.findings] == ["review-request-limit/review-request"]


def test_interface_example_offsets() -> None:
    text = "Hello Ana,\nif you love the kettle, please leave us a ５-star re\u200bview!"
    result = LINTER.lint(text)
    assert result.verdict is Verdict.BLOCK
    star = next(f for f in result.findings if f.rule == "review-inducement/positive-rating")
    assert star.excerpt == "５-star re\u200bview"
    assert (star.line, star.column) == (2, 43)
    assert text[star.start : star.end] == star.excerpt


def test_empty_message_passes() -> None:
    assert LINTER.lint("").verdict is Verdict.PASS


def test_fallback_rule_is_reported_only_where_no_specific_rule_is() -> None:
    # marketing/offer is the general shape of an offer; marketing/coupon says more where both fire.
    both = {f.rule for f in LINTER.lint("Your next order of bulbs ships with a free seed packet.").findings}
    assert both == {"marketing/coupon"}
    alone = {f.rule for f in LINTER.lint("Repeat customers pay less: your third purchase costs you nothing.").findings}
    assert alone == {"marketing/offer"}
    # The same sentence, other words: "our new" is the pitch, "coming out next month" the launch.
    launch = {f.rule for f in LINTER.lint("Our new roaster is coming out next month. Our grinder is 20% off.").findings}
    assert launch == {"marketing/new-product", "marketing/coupon"}


def test_a_buyers_quoted_lines_are_info_and_the_sellers_own_lines_are_not() -> None:
    text = "> You can email me at ana.buyer@example.net\n\nThanks, Ana. We can only answer here.\nOr write to help@lamp-shop.net"
    result = LINTER.lint(text)
    by_excerpt = {f.excerpt: f for f in result.findings if f.rule == "off-platform-contact/email"}
    quoted, own = by_excerpt["ana.buyer@example.net"], by_excerpt["help@lamp-shop.net"]
    assert quoted.severity is Severity.INFO and "quoted" in quoted.message
    assert own.severity is Severity.ERROR
    assert text[quoted.start : quoted.end] == quoted.excerpt
    assert LINTER.lint(text.split("\nOr")[0]).verdict is Verdict.PASS
    # A ">" inside a line is not a quote.
    assert LINTER.lint("Sizes > 10 ship later; email help@lamp-shop.net").verdict is Verdict.BLOCK


def test_the_buyers_words_quoted_in_a_sentence_are_info() -> None:
    quoted = LINTER.lint("您在留言里写了“我的微信是 lamp_fan88，加我聊”。我们只在亚马逊消息里沟通。")
    assert quoted.verdict is Verdict.PASS
    assert [f.severity for f in quoted.findings] == [Severity.INFO]
    # The buyer's earlier message named: 您在上一条消息里写的“…”
    earlier = LINTER.lint(
        "您在上一条消息里写的“请寄到 lin.q@example.org”，我们不能用邮箱联系您，安装图已经附在这条回复里。"
    )
    assert earlier.verdict is Verdict.PASS
    # The seller's own quoted words are still the seller's.
    assert LINTER.lint('We said: "add our WeChat lamp_shop88 for faster help".').verdict is Verdict.BLOCK


def test_a_buyers_question_quoted_at_the_start_and_answered_is_info() -> None:
    answered = LINTER.lint('"Can I text you on WhatsApp instead?" - Priya, we only answer through Amazon messages.')
    assert answered.verdict is Verdict.PASS
    assert {f.severity for f in answered.findings} <= {Severity.INFO}
    # The opening quote ends at its closing mark: what the seller adds after the dash is theirs.
    added = LINTER.lint('"Thanks for the fast reply!" - Priya, add us on WhatsApp at +1 415 555 0142 for more.')
    assert added.verdict is Verdict.BLOCK
    # 您寫「…」 quotes the buyer as 您寫了「…」 does.
    assert LINTER.lint("您在訊息裡寫「可以加LINE嗎」，我們只在亞馬遜訊息裡回覆。").verdict is Verdict.PASS


def test_the_buyers_question_quoted_after_your_question_is_info() -> None:
    asked = LINTER.lint("About your question 'is there a Telegram group for owners?': we don't run one.")
    assert asked.verdict is Verdict.PASS
    assert {f.severity for f in asked.findings} <= {Severity.INFO}
    # Only the quoted words are the buyer's: a channel the seller names after them is not.
    offered = LINTER.lint("About your question 'do you have a group?': yes, join us on Telegram at owners_chat.")
    assert offered.verdict is Verdict.BLOCK


def test_the_buyers_words_quoted_after_the_note_they_came_in_are_info() -> None:
    noted = LINTER.lint(
        'Dana, about your note, "so good I\'ll give it five stars": kind of you. The spare drum ships today.'
    )
    assert noted.verdict is Verdict.PASS
    assert {f.severity for f in noted.findings} <= {Severity.INFO}
    assert LINTER.lint("关于您的留言“好用的话我会给五星好评”，谢谢您的肯定，磨头已经补发。").verdict is Verdict.PASS
    # The seller's own ask after the quote is not covered.
    asked = LINTER.lint('About your note, "it works": then please give it five stars on Amazon.')
    assert asked.verdict is Verdict.BLOCK


def test_a_finding_ends_after_the_marks_of_its_last_character() -> None:
    """Normalization drops a keycap's U+FE0F U+20E3; the finding must not cut the last keycap in two."""
    text = "call 5\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e3-0\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e3 today"
    (phone,) = [f for f in LINTER.lint(text).findings if f.rule == "off-platform-contact/phone"]
    assert phone.excerpt.endswith("3\ufe0f\u20e3") and text[phone.start : phone.end] == phone.excerpt
    assert text[phone.end :] == " today"


def test_the_keycap_ten_is_read_as_a_number() -> None:
    text = "Take \U0001f51f% off your next order"
    (coupon,) = [f for f in LINTER.lint(text).findings if f.policy == "marketing"]
    assert coupon.excerpt.startswith("\U0001f51f%")
