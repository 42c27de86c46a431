"""The buyer's words quoted in a seller's message, which the policy does not hold against the seller."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from msglint import compiled
from msglint.model import CONTENT_POLICIES, Finding, Severity

_QUOTED_LINE = compiled.pattern(r"(?m)^[ \t]*[>\uff1e][^\n]*")
# The buyer's words quoted in a sentence: You wrote: "…", "You asked, 'is there a code?'", "your question 'is there a group?'",
# "You said the lid 'won't stay shut'", 您在留言里写了“…”, 您留言说“…”, 你話條線「…」
# (Cantonese). A few words may stand between the verb and the quote (what the buyer spoke
# of). Not 跟您说“…”, where the seller speaks to the buyer.
_SPEAKS = (
    r"(?i:\byou\s+(?:wrote|said|asked|mentioned|told\s+us)\b|\byour\s+(?:message|note)\s+(?:said|says|reads)\b|\byour\s+question\b"
    # what the seller answers, named before the quote: "about your note, '…'"
    r"|\b(?:about|regarding|re|on|as\s+for|thanks\s+for)\s+your\s+(?:note|message|comment|words|e-?mail)\b)"
)
_SPEAKS_ZH = (
    r"(?:(?:关于|關於|至于|至於|谢谢|謝謝|感谢|感謝)[您你]的(?:留言|消息|讯息|訊息|来信|來信)|"
    r"(?<![跟对對和给給向同告诉訴])[您你](?:在(?:上一条|上一條|上条|上條|之前的|前一条|前一條)?(?:留言|消息|讯息|訊息|信)(?:里|裡|中))?(?:留言)?"
    r"(?:写了|寫了|写道|寫道|写的|寫的|写|寫|说|說|提到|问|問|话|話))"
)
_QUOTED_SPEECH = compiled.pattern(
    rf"(?:{_SPEAKS}[^\"“「『.!?\n]{{0,40}}?|{_SPEAKS_ZH}[^\"“「『。！？\n]{{0,8}}?)"
    r"\s*[:：,，]?\s*[\"“「『]([^\"”」』\n]{1,400})[\"”」』]"
)
# A message that opens with the buyer's question and answers it: "\"Is WhatsApp quicker?\" - Mirabel, we …"
_QUOTED_OPENER = compiled.pattern(r"\A\s*[\"“'‘]((?:(?![\"”'’]\s*[-–—]).){1,400})[\"”'’]\s*[-–—]+\s*\p{L}")
# Single quotes in English: an apostrophe has a letter on both sides ("it's", "we'll"), a
# quote mark does not, so "you'd love …, so leave 5 stars and we'll …" quotes nothing.
_QUOTED_SINGLE = compiled.pattern(
    rf"{_SPEAKS}[^'‘.!?\n]{{0,40}}?(?<![\p{{L}}\d])['‘](?![\s'‘])([^\n]{{1,400}}?)(?<!\s)['’](?![\p{{L}}\d])"
)

_QUOTE_MARKS = compiled.pattern(r"[\"“「『'‘]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the buyer's quoted words stand: quoted lines and quotes in a sentence, merged, in order."""
    if ">" not in text and "\uff1e" not in text and not _QUOTE_MARKS.search(text):
        return []
    spans = sorted(
        [m.span() for m in _QUOTED_LINE.finditer(text)]
        + [m.span(1) for pattern in (_QUOTED_SPEECH, _QUOTED_SINGLE, _QUOTED_OPENER) for m in pattern.finditer(text)]
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies wholly inside one of these sorted, disjoint spans."""
    at = bisect.bisect_right(spans, start, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


def quoted_as_info(findings: list[Finding], quoted: Sequence[tuple[int, int]]) -> list[Finding]:
    """Demote to info the content findings that lie wholly inside the buyer's quoted words.

    Quoted lines ("> ...") are the buyer's reply history, and You wrote: "..."
    (您在留言里写了“...”) quotes the buyer in a sentence: the policy asks us to lint
    only what the seller wrote, so the buyer's own e-mail address or offer there
    is not the seller's violation. It stays in the report as info, because a
    seller could hide a message behind "> " and an auditor should still see it.
    """
    return [
        f._replace(severity=Severity.INFO, message=f"{f.message} (inside a quoted message)")
        if f.policy in CONTENT_POLICIES and inside(quoted, f.start, f.end)
        else f
        for f in findings
    ]
