"""template-required: which sentences of a reply no approved template covers.

A sentence is covered when it is trivial (one or two words), when a "covers"
rule matches in it (logistics), when a "covers-whole" rule matches all of it
(greetings, thanks, sign-offs), or when it matches a template sentence at the
rule's threshold. A "covers-aside" rule matches all of a sentence that says
nothing of its own ("Just tell me which one you prefer"): it takes its topic
from the reply, so it is covered where another sentence is logistics or matches
a template. A "covers-list" rule matches the lead of a packing list ("To make
sure it travels safely back to us:"): the lead and the steps under it are covered.
All uncovered sentences make ONE finding that spans them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from msglint import compiled
from msglint.gates import MatcherIndex
from msglint.matchers import Hit, Matcher, PhraseMatcher, TemplateMatcher
from msglint.model import CONTENT_POLICIES, Finding
from msglint.quotes import inside
from msglint.rules import Rule
from msglint.templates import TemplateLibrary
from msglint.tokens import Prepared

_LEAD = compiled.pattern(r"[\s\p{P}\p{S}]+")
_TRAIL = compiled.pattern(r"[\s\p{P}\p{S}]+$")
_SHOP = compiled.pattern(r"\p{Han}{2,8}")
# A line that is only a name: two to four capitalized words ("Kettle & Grain"), maybe
# with a short Chinese suffix ("Kettle & Grain 家居").
# Or a name in both scripts, as a bilingual reply signs: "Sam / 小周", "佩君 / Peggy".
# Or a name and a role in brackets: "林晓雯（客服专员）", "Hank Miller (Support Lead)".
_NAME = compiled.pattern(
    r"\p{Lu}[\p{L}\x27.\-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\x27.\-]*){1,3}(?:\s*\p{Han}{1,6}){0,2}"
    r"|\p{Lu}[\p{L}\x27.\-]*\s*/\s*\p{Han}{1,4}|\p{Han}{1,4}\s*/\s*\p{Lu}[\p{L}\x27.\-]*(?:\s+\p{Lu}[\p{L}\x27.\-]*)?"
    r"|(?:\p{Han}{2,4}|\p{Lu}[\p{L}\x27.\-]*(?:\s+\p{Lu}[\p{L}\x27.\-]*){0,2})\s*[（(][\p{L}\s]{2,24}[）)]?"
    # A name and a role, or a role and the shop, as one signature line: "Tomasz Lindqvist, Pet Product
    # Specialist", "Customer Care Lead | Fernhollow Pet Co", "客服专员 | Fernhollow Pet Co".
    r"|(?:\p{Lu}[\p{L}\x27.\-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\x27.\-]*){0,4}|\p{Han}{2,8})"
    r"(?:\s*[,|·/–—]\s*(?:\p{Lu}[\p{L}\x27.\-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\x27.\-]*){0,4}|\p{Han}{2,8})){1,2}"
)
_HAN = compiled.pattern(r"\p{Han}")
_LETTER = compiled.pattern(r"\p{L}")
# Where an agent joins two template sentences into one: a colon (not in 2:47 or
# https://), a semicolon, ", and", 并且.
_JOIN = compiled.pattern(r"(?:(?<!\d)[:：]|[:：](?!\d))(?!//)|[;；]|,\s*(?:and|plus)\s+|，(?:并且|而且|以及|并|还有)")
_ENDED = compiled.pattern(r"[.!?。！？;；]")  # punctuation that ends a sentence
_HAN_BREAK = compiled.pattern(r"(?<=\p{Han})\s*\n\s*(?=\p{Han})")
_LINE_BREAK = compiled.pattern(r"\s*\n\s*")
_BULLET = compiled.pattern(r"[ \t]*(?:[-–—•*·▪◦]|\d{1,2}[.)、]|[（(]\d{1,2}[)）])")  # a list step's marker


def template_rule(rules: tuple[Rule, ...]) -> tuple[Rule, TemplateMatcher] | None:
    """The rule that reports uncovered sentences, with its matcher (threshold).

    Looked up once per rule list (the walk over every rule's matchers cost more
    than a short reply's coverage), like the role indexes below.
    """

    def find() -> tuple[Rule, TemplateMatcher] | None:
        return next(((r, m) for r in rules for m in r.matchers if isinstance(m, TemplateMatcher)), None)

    return _per_rules(rules, "template", find)


T = TypeVar("T")
# What is derived once per rule list (the template rule, each role index), by the list's
# id and key, and kept with the list, so a list's id cannot be reused while cached.
_PER_RULES: dict[tuple[int, object], tuple[tuple[Rule, ...], Any]] = {}


def _per_rules(rules: tuple[Rule, ...], key: object, build: Callable[[], T]) -> T:
    found = _PER_RULES.get((id(rules), key))
    if found is None or found[0] is not rules:
        if len(_PER_RULES) > 64:  # rule sets come and go in tests and servers; a few are in use
            _PER_RULES.clear()
        found = _PER_RULES[id(rules), key] = (rules, build())
    value: T = found[1]
    return value


def content_span(prepared: Prepared, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without surrounding spaces and punctuation."""
    text = prepared.folded.text[start:end]
    lead = _LEAD.match(text)
    inner_start = start + (lead.end() if lead else 0)
    trail = _TRAIL.search(text, inner_start - start)
    inner_end = start + trail.start() if trail else end
    return inner_start, max(inner_start, inner_end)


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the coverage rules found in a reply, sentence by sentence (indices into prepared.sentences)."""

    covered: set[int]  # logistics, courtesy, signature
    spans: list[tuple[int, int]]  # each sentence without courtesies at its edges, left to match
    courtesy: list[tuple[int, int]]  # where courtesies stand
    logistics: set[int]  # covered by a "covers" rule
    weak: set[int]  # of those, covered only by a word for sending (WEAK_LOGISTICS)


def covered_sentences(prepared: Prepared, rules: tuple[Rule, ...]) -> Coverage:
    """Sentences covered by logistics or courtesy vocabulary, and every sentence's span left to match.

    A greeting or sign-off at either end of a sentence ("Hi Jo, the mixer…") is
    set aside, so what remains is compared with the templates.
    """
    covered: set[int] = set()
    polite: set[int] = set()  # sentences that are only courtesy
    logistics: set[int] = set()
    spans = [content_span(prepared, s, e) for s, e in prepared.sentences]
    courtesy: list[tuple[int, int]] = []
    strong: set[int] = set()  # covered by a logistics word other than a word for sending
    for rule, hit in _role_hits(prepared, rules, ("covers", "covers-whole", "covers-list")):
        if rule.role == "covers-list":
            listed = _listed(prepared, spans, hit)
            covered.update(listed)
            logistics.update(listed)
            continue
        for index, (start, end) in enumerate(spans):
            within = start <= hit.start < end
            whole = hit.start <= start and hit.end >= end
            if rule.role == "covers" and within and not _subordinate(prepared, start, end, hit):
                covered.add(index)
                logistics.add(index)
                if prepared.folded.text[hit.start : hit.end].strip() not in WEAK_LOGISTICS:
                    strong.add(index)
            elif rule.role == "covers-whole" and whole:
                covered.add(index)
                polite.add(index)
        if rule.role == "covers-whole":
            courtesy.append((hit.start, hit.end))
    _signature(prepared, spans, polite, covered)
    trimmed = [_trim(prepared, start, end, courtesy) for start, end in spans]
    return Coverage(covered, trimmed, courtesy, logistics, logistics - strong)


def _listed(prepared: Prepared, spans: list[tuple[int, int]], hit: Hit) -> set[int]:
    """The lead a "covers-list" rule matched ("To make sure it travels safely back to us:") and its list.

    The steps of a packing list name the product's parts ("Close the looper cover",
    放下压脚) and no logistics word, yet the lead says what they are for. A step is a
    line that opens with a list marker, and any further sentence on that line; the
    list ends at the first line without one.
    """
    text = prepared.folded.text
    lead = next((i for i, (s, e) in enumerate(spans) if s <= hit.start < e), None)
    if lead is None:
        return set()
    listed = {lead}
    previous_end = spans[lead][1]
    for index in range(lead + 1, len(spans)):
        start, end = spans[index]
        if start >= end:
            continue  # a line break or punctuation alone
        line = text.rfind("\n", 0, start) + 1
        if line > previous_end and not _BULLET.match(text, line):
            break
        if line <= previous_end and index == lead + 1:
            break  # the lead's own line goes on: no list follows it
        listed.add(index)
        previous_end = end
    return listed if len(listed) > 1 else set()


def aside_sentences(prepared: Prepared, rules: tuple[Rule, ...], spans: Sequence[tuple[int, int]]) -> set[int]:
    """Sentences (content spans) that a "covers-aside" rule matches whole: nothing of their own to say."""
    aside: set[int] = set()
    for _, hit in _role_hits(prepared, rules, ("covers-aside",)):
        aside.update(i for i, (s, e) in enumerate(spans) if s < e and hit.start <= s and hit.end >= e)
    return aside


def _role_hits(prepared: Prepared, rules: tuple[Rule, ...], roles: tuple[str, ...]) -> Iterator[tuple[Rule, Hit]]:
    """Each hit of the coverage rules of these roles, with its rule, that no exception excuses."""
    chosen, index = _role_index(rules, roles)
    for number, matcher in index.open(prepared):
        rule = chosen[number]
        for hit in _lenient(matcher, prepared):
            # "ships with the standard foot attached": not about the parcel
            if rule.unless is None or not rule.unless.excuse(prepared, hit):
                yield rule, hit


def _role_index(rules: tuple[Rule, ...], roles: tuple[str, ...]) -> tuple[tuple[Rule, ...], MatcherIndex]:
    """The coverage rules of these roles, and their matchers by their gates (gates.MatcherIndex)."""

    def build() -> tuple[tuple[Rule, ...], MatcherIndex]:
        chosen = tuple(r for r in rules if r.role in roles)
        return chosen, MatcherIndex([r.matchers for r in chosen])

    return _per_rules(rules, roles, build)


# A sentence that opens with a time clause about the parcel goes on to say something
# else: "Once it arrives, give it a full charge", "到货后第一次使用前，请把滤芯泡5分钟".
_TIME_WORD = r"(?:once|when|after|before|until)\b"
_OPENING_CLAUSE = compiled.pattern(rf"(?:{_TIME_WORD}|as\s+soon\s+as\b)[^,;:，；：\n]{{1,40}}[,，:：]\s*")
# Or a lead-in ending in a colon: "One thing to check before it arrives: the axle needs …".
_LEAD_IN = compiled.pattern(rf"[^,;:，；：\n]{{1,30}}?\b{_TIME_WORD}[^,;:，；：\n]{{1,40}}[:：](?!\d|//)\s*")
_HAN_TIME = compiled.pattern(r"[^，,：:\n]{0,3}?(?:后|之后|以后|前|之前)[^，,：:\n]{0,30}[，,：:]\s*")
# Or it closes with one: "…check the thread, so you know which adapter to use when the filter
# arrives", "…看看螺纹，到货后就知道用哪个转接头了". The parcel is only when; the rest is the topic.
_CLOSING_CLAUSE = compiled.pattern(
    rf"(?:,\s*|\s+)(?:{_TIME_WORD}|as\s+soon\s+as\b|the\s+(?:moment|minute|day)\b)\s*(?:the|your|it|they|this|that|these|those|its|their)\b"
    r"[^,;:.!?\n]{1,40}[.!?]*\s*$"
)
_HAN_CLOSING = compiled.pattern(r"[，,]\s*(?:等)?\p{Han}{1,3}(?:后|之后|以后)[^，,。！？；;\n]{0,30}[。！？]*\s*$")
# "…调长一些，撑到新盐送到": the parcel is only how long. Its word ends the clause, not opens it.
_HAN_UNTIL = compiled.pattern(
    r"[，,]\s*(?:撑到|等到|直到|坚持到|用到)[^，,。！？；;\n]{0,20}(?:送到|到货|到了|送达|寄到)[。！？]*\s*$"
)
# Or it closes with the reason for the advice: "…charge the packs overnight, as they leave our
# warehouse only part charged". The parcel is only why; the advice is the topic.
_CAUSE_CLAUSE = compiled.pattern(
    r"(?:,\s*|\s+)(?:as|because|since)\s+(?:they|it|the\s+\w+|this|these|those|we)\b[^,;:.!?\n]{1,60}[.!?]*\s*$"
)
# Only where what comes before gives advice: "Nothing will be charged until the parcel ships"
# and "the dock was left out when your robot was packed" are about the order themselves.
# An instruction for using the product is advice too: "While you wait, install the app and
# create your account, so the camera can go online as soon as it arrives".
_ADVICE = compiled.pattern(
    r"\b(?:you\s+(?:might|may|can|could|should|(?:will\s+)?want\s+to|need\s+to)|try|make\s+sure|remember\s+to"
    r"|it\s+helps\s+to|(?:we|i)\s+(?:recommend|suggest))\b|(?:您|你)?(?:可以|建议|记得|最好)"
    r"|(?:\G\s*|[,;:]\s*|\bplease\s+)(?:install|download|set\s+up|set|adjust|lower|raise|create|charge|register|update"
    r"|pair|connect|mount|assemble|reset|test|rinse|wipe|plug\s+in|wash|clean|soak|dry|fill|cover|trim|tighten"
    r"|load|wind|thread|attach|oil|lubricate|practi[cs]e|measure|feed|preheat|season)\b"
)
# Words for sending, which a support sentence uses as readily as a parcel one ("send us a
# video"): they alone do not make a sentence that gives an outside channel logistics.
WEAK_LOGISTICS = frozenset({"send", "sent", "sends", "sending", "发送", "发给", "寄给"})
NOT_LOGISTICS = frozenset({"review-inducement", "marketing"})  # policies whose sentences are never about the parcel
CONTENT = frozenset(CONTENT_POLICIES)
EDITED_SUPPORT = 2  # sentences of a reply matching one template that make it that template, edited
EDITED_FLOOR = 48  # similarity (0-100) at which a sentence of such a reply is a reworded template sentence
SPLIT_PART = 90  # partial similarity (0-100) at which a sentence is a piece of a template sentence
SPLIT_MIN = 5  # characters a split half needs: shorter ones are courtesies, for the courtesy rules
SIDE_LOGISTICS = 2  # logistics sentences that make a reply a logistics reply
SIDE_SHARE = 0.3  # the most of such a reply's text one side remark may be
COURTESY_OF_ITS_OWN = 25  # characters: a courtesy this long that a template says makes the reply that template
# Taking the delivery: a time clause of signing for it is the topic, not only when.
_RECEIVING = compiled.pattern(r"\bsign(?:s|ed|ing)?\b|签收|验货|验收")
_REST_WORDS = 4  # words (a Han character counts half) after the clause that make it an opening only


def _subordinate(prepared: Prepared, start: int, end: int, hit: Hit) -> bool:
    """Whether a logistics word stands only in a time clause that opens or closes a longer sentence.

    Not when the clause is the act of taking the delivery: "Before you sign for the crate,
    walk around it" is about receiving the parcel, which is logistics.
    """
    text = prepared.folded.text
    if _RECEIVING.search(text, hit.start, hit.end):
        return False
    clause = _OPENING_CLAUSE.match(text, start, end) or _LEAD_IN.match(text, start, end)
    if clause is None and _HAN.match(text, hit.start) and hit.start - start <= 2:
        clause = _HAN_TIME.match(text, hit.end, end)  # 到货后…，: the word opens the sentence
    if clause is None or hit.end > clause.end():
        # After an opening clause the word may still close advice: "When they arrive, charge the
        # packs overnight, as they leave our warehouse only part charged".
        return _after_advice(prepared, start, end, hit)
    return _words(prepared, text, clause.end(), end) >= _REST_WORDS


def _after_advice(prepared: Prepared, start: int, end: int, hit: Hit) -> bool:
    """Whether the word stands in a time or cause clause closing a sentence of advice.

    "…, so you know which adapter to use when the filter arrives": the parcel is only when.
    """
    text = prepared.folded.text
    closing = _CLOSING_CLAUSE.search(text, start, end) or _HAN_CLOSING.search(text, start, end)
    until = None if closing else _HAN_UNTIL.search(text, start, end)  # searched only where needed
    closing = closing or until or _CAUSE_CLAUSE.search(text, start, end)
    if closing is None or hit.start < closing.start():
        return False
    if _HAN.match(text, hit.start) and hit.start - closing.start() > 3 and closing is not until:
        return False  # a Han word must open its clause: ，到货后…
    advice = _ADVICE.search(text, start, closing.start())
    return advice is not None and _words(prepared, text, start, closing.start()) >= _REST_WORDS


def _words(prepared: Prepared, text: str, start: int, end: int) -> float:
    """Words in text[start:end], a Han character counting half."""
    words = len([t for t in prepared.tokens if start <= t.start < end and not _HAN.match(t.text)])
    return words + len(_HAN.findall(text, start, end)) / 2


def _signature(prepared: Prepared, spans: list[tuple[int, int]], polite: set[int], covered: set[int]) -> None:
    """Short closing lines after the last courtesy sentence (a sign-off) are a signature block: covered.

    A signature line names someone; it does not end like a sentence ("Thanks for your
    message. The motor needs a firmware update." is advice, not a signature).
    """
    text = prepared.folded.text
    last = len(spans) - 1
    if last > 0 and _SHOP.fullmatch(text, *spans[last]):
        covered.add(last)  # a closing line that is only a shop name, such as 森屿户外
    courtesy = [i for i in polite if i >= len(spans) - 6]
    if not courtesy:
        return
    for index in range(max(courtesy) + 1, len(spans)):
        start, end = spans[index]
        words = len([t for t in prepared.tokens if start <= t.start < end])
        if start < end and (
            words > 8 or len(_HAN.findall(text[start:end])) > 16 or "?" in text[start:end] or _ENDED.match(text, end)
        ):
            return
    covered.update(range(max(courtesy) + 1, len(spans)))


def _lenient(matcher: Matcher, prepared: Prepared) -> list[Hit]:
    """Coverage asks only whether a word appears: 退货 counts inside 退/货运/费 too."""
    if isinstance(matcher, PhraseMatcher):
        return [Hit("folded", s, e, c) for s, e, c in matcher.terms.find(prepared, bounded=False)]
    return list(matcher.find(prepared))


def _trim(prepared: Prepared, start: int, end: int, courtesy: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence without courtesies at its edges; empty if it is nothing but courtesies."""
    text = prepared.folded.text
    changed = True
    while changed and start < end:  # "Mr Li, good afternoon, thanks for writing: …" sheds each in turn
        changed = False
        for hit_start, hit_end in courtesy:
            if hit_start <= start and hit_end >= end:
                return end, end
            if hit_start == start and hit_end < end and _LEAD.match(text, hit_end):
                start, changed = content_span(prepared, hit_end, end)[0], True
            elif hit_end == end and hit_start > start and _TRAIL.search(text[start:hit_start]):
                end, changed = content_span(prepared, start, hit_start)[1], True
    return start, end


def _starts(prepared: Prepared, start: int, end: int, courtesy: list[tuple[int, int]]) -> set[int]:
    """Where the sentence may begin once leading courtesies are set aside, one by one."""
    text = prepared.folded.text
    starts, frontier = {start}, [start]
    while frontier:
        here = frontier.pop()
        for hit_start, hit_end in courtesy:
            if hit_start == here and hit_end < end and _LEAD.match(text, hit_end):
                after = content_span(prepared, hit_end, end)[0]
                if after not in starts:
                    starts.add(after)
                    frontier.append(after)
    return starts


def _trivial(prepared: Prepared, start: int, end: int) -> bool:
    """One or two words, up to four Han characters, no letter at all, or a line that is only a name ("Christopher Alexander Whitfield").

    jieba splits a name it does not know into single characters (林|晓|雯): those count as one.
    """
    if not _LETTER.search(prepared.folded.text, start, end):
        return True  # an order id or a date left after a courtesy: "Thanks again for order 112-…"
    words = [t for t in prepared.tokens if start <= t.start < end]
    han = len(_HAN.findall(prepared.folded.text[start:end]))
    if han <= 4 and (len(words) <= 2 or all(_HAN.match(t.text) for t in words)):
        return True
    a, b = prepared.folded.span(start, end)
    return bool(_NAME.fullmatch(prepared.original[a:b]))


def uncovered(
    prepared: Prepared,
    rules: tuple[Rule, ...],
    library: TemplateLibrary,
    threshold: float | None = None,
    findings: Sequence[Finding] = (),
    quoted: Sequence[tuple[int, int]] = (),
) -> Finding | None:
    """One finding over the sentences that no template, logistics or courtesy covers.

    `findings`: the message's content findings. A sentence that carries a review ask
    or an advert (NOT_LOGISTICS) is not logistics or courtesy, whatever words it
    shares with them ("Review us and we'll post you a gift"): only an approved
    template covers it. An off-platform channel may be the logistics itself ("track
    it here: <link>"), so it leaves the topic alone. `quoted`: original-text spans of
    the buyer's quoted words (quotes.quoted_spans), which need no template.
    """
    found = template_rule(rules)
    if found is None:
        return None
    rule, matcher = found
    threshold = matcher.threshold if threshold is None else threshold
    coverage = covered_sentences(prepared, rules)
    covered, spans, courtesy = coverage.covered, coverage.spans, coverage.courtesy
    whole = [content_span(prepared, s, e) for s, e in prepared.sentences]
    flagged = _reported(findings, NOT_LOGISTICS)
    if flagged:
        for index, (start, end) in enumerate(whole):
            # A sentence of punctuation only (":)") has no span to compare.
            if start < end and _touches(prepared, start, end, flagged):
                covered.discard(index)
    # An outside channel may be the logistics itself ("the driver calls from 555-0134 to book
    # the pickup"), but not where sending is all the sentence says of the parcel: "it is quicker
    # to e-mail the video to our repair desk at repairs@shop.com than to send it here".
    diverted = _reported(findings, frozenset({"off-platform-contact"})) if coverage.weak else []
    for index in coverage.weak:
        start, end = whole[index]
        if start < end and _touches(prepared, start, end, diverted):
            covered.discard(index)
    missing: list[tuple[int, int, dict[str, int]]] = []
    indices: list[int] = []
    labelled: dict[int, set[str]] = {}  # sentences that fill a template's label line
    support: Counter[str] = Counter()  # per template, the reply's sentences that match it
    reported = _reported(findings, CONTENT)  # warnings and errors of the content rules
    for index, (start, end) in enumerate(spans):
        if library.labels and start < end:  # the whole line: a trimmed one may have lost its label
            labelled[index] = library.labelled(prepared.folded.text[whole[index][0] : whole[index][1]])
        if (
            index not in covered
            and reported
            and whole[index][0] < whole[index][1]
            and _touches(prepared, *whole[index], reported)
            and (start >= end or not _touches(prepared, start, end, reported))
        ):
            # A courtesy was trimmed off the very words a content rule reports ("有问题也可以
            # 直接加我们的微信 …"): they are the sentence's substance, so it is scored whole.
            start, end = whole[index]
        if index in covered or start >= end or _trivial(prepared, start, end):
            continue
        if quoted and _quoted(prepared, start, end, quoted):
            continue
        # A template may itself begin with a courtesy ("Thank you for your message about
        # the {{product}}"): score the sentence from every start a leading courtesy allows.
        scores: dict[str, int] = {}
        # It may end with one too ("…was missing from your kit, and we apologise for the
        # trouble"): score it to the trimmed end and to the sentence's own end.
        for begin in {start} | _starts(prepared, whole[index][0], whole[index][1], courtesy):
            for stop in {end, whole[index][1]}:
                for template, score in library.scores(prepared.folded.text[begin:stop]).items():
                    scores[template] = max(score, scores.get(template, 0))
        support.update(template for template, score in scores.items() if score >= threshold)
        if max(scores.values(), default=0) >= threshold or _parts_match(prepared, start, end, library, threshold):
            continue
        missing.append((start, end, scores))
        indices.append(index)
    if indices and (support or coverage.logistics):  # the reply gives topic-free sentences its topic
        # Looked for only here: most replies leave nothing uncovered, or have no topic to lend.
        aside = aside_sentences(prepared, rules, whole)
        kept = [(m, i) for m, i in zip(missing, indices, strict=True) if i not in aside]
        missing, indices = [m for m, _ in kept], [i for _, i in kept]
    followed = support
    if missing and max(support.values(), default=0) < EDITED_SUPPORT:
        # Sentences courtesy or logistics covered were never scored, yet they may be
        # the template's own ("希望{{product}}能让您…更轻松一些"): count them too when deciding
        # whether the reply follows a template that an uncovered sentence edits (only
        # there: a greeting shared with a template does not make an advert that template).
        # A covered sentence counts for every template it matches: a logistics line many
        # templates share counts for each, yet an uncovered sentence is dropped only as
        # an edit of a template it is still close to (_edited, EDITED_FLOOR).
        followed = support + _matched(prepared, covered, spans, library, threshold)
    missing, indices = _edited(missing, indices, followed, _touching(prepared, missing, reported))
    matched = set(support)  # templates some sentence of the reply matches
    if any(labelled.values()):
        # A label line counts where the reply also matches another sentence of its
        # template, or fills two or more of its labels (a block of "Order:", "Item:" ...).
        filled = Counter(template for templates in labelled.values() for template in templates)
        matched.update(template for template, count in filled.items() if count >= 2)
        if any(labelled.get(i, set()) - matched for i in indices):
            # The other sentences may all have been covered (logistics, courtesy) and so
            # never scored: score them now for the templates whose label is in question.
            matched.update(_matched(prepared, covered, spans, library, threshold))
        kept = [(m, i) for m, i in zip(missing, indices, strict=True) if not labelled.get(i, set()) & matched]
        missing, indices = [m for m, _ in kept], [i for _, i in kept]
    missing, indices = _rejoin(prepared, missing, indices, whole, library, threshold)
    missing = _split_halves(
        prepared, missing, indices, whole, library, threshold, _touching(prepared, missing, reported)
    )
    if not missing:
        return _courtesy_only(rule, prepared, coverage, whole, library, threshold)
    if _side_remark(missing, coverage, whole, reported):
        return None
    return _finding(rule, prepared, missing, library)


def _courtesy_only(
    rule: Rule,
    prepared: Prepared,
    coverage: Coverage,
    whole: list[tuple[int, int]],
    library: TemplateLibrary,
    threshold: float,
) -> Finding | None:
    """One finding over a reply that is nothing but courtesy, when no template says it.

    A greeting or a thank-you beside the reply's substance needs no template; a reply
    that is only "Glad it works now, enjoy the shelves, have a good weekend" has no
    substance for those words to accompany, and every writer who labelled one asked
    for an approved template. A reply that matches a template (one made of courtesies)
    or says anything about the parcel is left alone.
    """
    if coverage.logistics:
        return None
    body = [i for i, (s, e) in enumerate(whole) if s < e and not _trivial(prepared, s, e)]
    # A sentence courtesy covers whole, or whose courtesies at the edges leave nothing.
    if not body or any(i not in coverage.covered and coverage.spans[i][0] < coverage.spans[i][1] for i in body):
        return None
    text = prepared.folded.text
    for i in body:
        # A long courtesy that is a template's own sentence ("Thank you for your question
        # about the blender warranty.") makes the reply that template; a short one
        # ("祝您周末愉快") is every template's sign-off and says nothing.
        sentence = text[whole[i][0] : whole[i][1]]
        if len(sentence) >= COURTESY_OF_ITS_OWN and max(library.scores(sentence).values(), default=0) >= threshold:
            return None
    return _finding(rule, prepared, [(*whole[i], {}) for i in body], library)


def _side_remark(
    missing: list[tuple[int, int, dict[str, int]]],
    coverage: Coverage,
    whole: list[tuple[int, int]],
    reported: list[tuple[int, int]],
) -> bool:
    """Whether the one uncovered sentence is a side remark in a reply about the parcel.

    A reply that tracks, replaces or takes back an order in SIDE_LOGISTICS sentences
    or more is a logistics reply; one short sentence beside them ("The store holds it
    for a week", "Sorry for the wait before the first lesson", 让您多等了) that the
    vocabulary does not know still speaks of that parcel. Advice or a second topic
    takes more room, or more sentences: a reply whose one remark is over SIDE_SHARE
    of its text, or that has two, still needs a template. A reply with a content
    finding never gets this benefit of the doubt.
    """
    if len(missing) != 1 or reported:
        return False
    if len(coverage.logistics) < SIDE_LOGISTICS:
        return False
    start, end, _ = missing[0]
    return end - start <= SIDE_SHARE * sum(e - s for s, e in whole)


def _matched(
    prepared: Prepared,
    indices: set[int],
    spans: list[tuple[int, int]],
    library: TemplateLibrary,
    threshold: float,
) -> Counter[str]:
    """Per template, how many of these sentences (covered ones, never scored) match it."""
    found: Counter[str] = Counter()
    text = prepared.folded.text
    for index in indices:
        start, end = spans[index]
        if start < end:
            found.update(t for t, score in library.scores(text[start:end]).items() if score >= threshold)
    return found


def _edited(
    missing: list[tuple[int, int, dict[str, int]]],
    indices: list[int],
    support: Counter[str],
    violating: set[int],
) -> tuple[list[tuple[int, int, dict[str, int]]], list[int]]:
    """Drop sentences that are an agent's edit of the template the rest of the reply follows.

    A reply that matches one template in EDITED_SUPPORT or more sentences is that
    template sent; a sentence of it that is still close to the same template
    (EDITED_FLOOR or more) is one the agent reworded, not new wording. Edits may be
    at most half as many as the sentences that match. A sentence that a content rule
    reports (`violating`, positions in `missing`) is never an edit: a coupon or a
    WhatsApp number in place of a template's line is new substance, however much
    wording it keeps.
    """
    followed = {template for template, count in support.items() if count >= EDITED_SUPPORT}
    if not followed or not missing:
        return missing, indices
    edited = [
        position not in violating and any(scores.get(t, 0) >= EDITED_FLOOR for t in followed)
        for position, (_, _, scores) in enumerate(missing)
    ]
    if sum(edited) > max(support[t] for t in followed) // 2:
        return missing, indices
    kept = [(m, i) for m, i, e in zip(missing, indices, edited, strict=True) if not e]
    return [m for m, _ in kept], [i for _, i in kept]


def _touching(
    prepared: Prepared, missing: list[tuple[int, int, dict[str, int]]], spans: list[tuple[int, int]]
) -> set[int]:
    """Positions in `missing` of the sentences that touch one of these original-text spans."""
    return {position for position, (start, end, _) in enumerate(missing) if _touches(prepared, start, end, spans)}


def _reported(findings: Sequence[Finding], policies: frozenset[str]) -> list[tuple[int, int]]:
    """Original-text spans of the warnings and errors of these policies."""
    return [(f.start, f.end) for f in findings if f.severity.rank > 0 and f.policy in policies]


def _quoted(prepared: Prepared, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether the folded-view span [start, end) is wholly inside the buyer's quoted words."""
    return inside(quoted, *prepared.folded.span(start, end))


def _touches(prepared: Prepared, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the folded-view span [start, end) overlaps one of these original-text spans."""
    lo, hi = prepared.folded.span(start, end)
    return any(s < hi and e > lo for s, e in spans)


def _parts_match(prepared: Prepared, start: int, end: int, library: TemplateLibrary, threshold: float) -> bool:
    """Two template sentences joined into one ("…方法如下：请将灯头…", "…the fault, and the date…"): each side matches."""
    text = prepared.folded.text
    joins = list(_JOIN.finditer(text, start, end))
    if not joins:
        return False
    bounds = [start, *(i for m in joins for i in m.span()), end]
    for left, right in zip(bounds[::2], bounds[1::2], strict=True):
        lo, hi = content_span(prepared, left, right)
        if (
            lo < hi
            and not _trivial(prepared, lo, hi)
            and max(library.scores(text[lo:hi]).values(), default=0) < threshold
        ):
            return False
    return True


def _rejoin(
    prepared: Prepared,
    missing: list[tuple[int, int, dict[str, int]]],
    indices: list[int],
    whole: list[tuple[int, int]],
    library: TemplateLibrary,
    threshold: float,
) -> tuple[list[tuple[int, int, dict[str, int]]], list[int]]:
    """Drop lines that match a template once joined: a sentence broken by line breaks.

    A line that ends without sentence punctuation and goes on in the next line
    ("…sorry to hear that your" / "kettle will not turn on.") is one sentence to the
    template, though the splitter saw two. The lines around a missing one may
    themselves be covered (a logistics word, a courtesy at the start), so the join
    runs over every sentence, before and after, up to three lines each way.
    """
    text = prepared.folded.text

    def wraps(index: int) -> bool:  # the break after sentence `index` is inside a sentence
        between = text[whole[index][1] : whole[index + 1][0]]
        return "\n" in between and not _ENDED.search(between)

    starts = dict(zip(indices, (start for start, _, _ in missing), strict=True))
    dropped: set[int] = set()
    for first in indices:
        if first in dropped:
            continue
        lo = hi = first
        while lo > 0 and first - lo < 3 and wraps(lo - 1):
            lo -= 1
        while hi + 1 < len(whole) and hi - first < 3 and wraps(hi):
            hi += 1
        windows = [(b, e) for b in range(first, lo - 1, -1) for e in range(first, hi + 1) if b < e]
        for begin, end in windows:
            joined = _LINE_BREAK.sub(" ", _HAN_BREAK.sub("", text[starts.get(begin, whole[begin][0]) : whole[end][1]]))
            if max(library.scores(joined).values(), default=0) >= threshold:
                dropped.update(range(begin, end + 1))
                break
    kept = [(m, index) for m, index in zip(missing, indices, strict=True) if index not in dropped]
    return [m for m, _ in kept], [index for _, index in kept]


def _split_halves(
    prepared: Prepared,
    missing: list[tuple[int, int, dict[str, int]]],
    indices: list[int],
    whole: list[tuple[int, int]],
    library: TemplateLibrary,
    threshold: float,
    violating: set[int],
) -> list[tuple[int, int, dict[str, int]]]:
    """Drop a sentence that is the half of a template sentence the agent split in two.

    "一手扶住机针。另一手用螺丝起子将螺丝转松。" is the template's "一手扶住机针，另一手…"
    with a full stop for the comma: the second half still matches, the first matches
    nothing alone. It goes when a sentence beside it in the same paragraph matches a
    template, or is a piece of one too (a sentence split in the middle, "…享有三年有限
    保修。保修涵盖…"), and it is itself, nearly word for word or as a run of clauses
    with the placeholders filled, a piece of one of that template's sentences
    (SPLIT_PART). Wording of the agent's own ("很有意思", a
    coupon) is no piece of a template sentence, and stays; so does a sentence a
    content rule reports (`violating`, positions in `missing`).
    """
    return [
        item
        for position, (item, index) in enumerate(zip(missing, indices, strict=True))
        if position in violating
        or item[1] - item[0] < SPLIT_MIN
        or not _a_half(prepared, item[0], item[1], index, whole, library, threshold)
    ]


def _a_half(
    prepared: Prepared,
    start: int,
    end: int,
    index: int,
    whole: list[tuple[int, int]],
    library: TemplateLibrary,
    threshold: float,
) -> bool:
    """Whether sentence `index` ([start, end)) and a sentence beside it in its paragraph are a split template sentence."""
    text = prepared.folded.text
    piece: dict[str, bool] = {}  # per template: whether this sentence is a piece of it
    for other in (index - 1, index + 1):
        if not 0 <= other < len(whole) or whole[other][0] >= whole[other][1]:
            continue
        lo, hi = min(start, whole[other][0]), max(end, whole[other][1])
        if "\n\n" in text[lo:hi]:
            continue  # another paragraph
        # The other half may match its template, or be a piece of it too: a template
        # sentence split in the middle leaves two pieces that neither match alone.
        # This sentence is asked first: it is seldom a piece of anything, and then the
        # other half's pieces (a partial alignment per template) need no look.
        beside = text[slice(*whole[other])]
        for template, score in library.scores(beside).items():
            if template not in piece:
                piece[template] = library.piece_of(template, text[start:end], SPLIT_PART)
            if piece[template] and (score >= threshold or library.piece_of(template, beside, SPLIT_PART, within=True)):
                return True
    return False


def _finding(
    rule: Rule, prepared: Prepared, missing: list[tuple[int, int, dict[str, int]]], library: TemplateLibrary
) -> Finding:
    # The nearest template by topic (shared words); its similarity by the strict measure.
    text = prepared.folded.text
    nearest = library.nearest(" ".join(text[s:e] for s, e, _ in missing))
    strict = (
        [scores.get(nearest, library.similarity_to(nearest, text[s:e])) for s, e, scores in missing] if nearest else []
    )
    spans = [prepared.original_span(prepared.folded, s, e) for s, e, _ in missing]
    start, end = spans[0][0], spans[-1][1]
    line, column = prepared.line_column(start)
    sentences = tuple(prepared.original[s:e] for s, e in spans)
    extra = (
        ("template", nearest),
        ("similarity", round(sum(strict) / len(strict)) if strict else 0),
        ("sentences", list(sentences)),
    )
    return rule.finding((start, end, line, column, prepared.original[start:end]), rule.confidence, extra=extra)
