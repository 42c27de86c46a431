"""Text -> Normalized(text, origin): what the rules see, and the way back.

Two views are built from one message:

- ``base``: compatibility folding (NFKD without marks: full-width, math-styled
  and circled letters, ligatures), case folding, removal of zero-width, bidi and
  other format characters, look-alike letters inside mixed-script words,
  traditional -> simplified Chinese, long runs of Chinese numerals -> digits.
  Contact details (URLs, e-mail addresses, phone numbers) are matched here,
  because they need their digits and punctuation intact.
- ``folded``: ``base`` plus the undoing of tricks that only make sense inside
  words: separators between single letters or Han characters ("r e v i e w",
  "好*评"), digits and symbols used as letters ("r3view", "st@r"), runs of star
  symbols as a rating ("★★★★★" -> "5 star"), pinyin spellings of key terms,
  and collapsed whitespace. Wording rules match here.

``origin[i]`` is the index in the original text of view character ``i``.
Deleted characters emit nothing and one-to-many foldings repeat the index, so a
view span ``(s, e)`` maps back to ``(origin[s], origin[e - 1] + 1)`` and anything
deleted inside a match lands in the excerpt by construction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from msglint import compiled
from msglint.paths import data_text

Pieces = Iterable[tuple[str, int]]  # (replacement text, view index it comes from)


class Normalized(NamedTuple):
    text: str  # the view
    origin: tuple[int, ...]  # original index of each view character

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty view span to the original text."""
        return self.origin[start], self.origin[end - 1] + 1


# Look-alike letters, applied only inside words that mix Latin with Cyrillic or
# Greek: a whole Russian or Greek word stays as written. Lower case only, since
# case folding runs first (so upper-case forms such as Н -> н -> h are here too).
LOOKALIKES = str.maketrans(
    "аеорсухіјѕһԁԛԝӏкмтвнгъьзбοαειικνρτυχϲωη",
    "aeopcyxijshdqwlkmtbhrbb3boaeiikvptuxcwn",
)
_MIXED_WORD = compiled.pattern(r"\p{L}+")
_LATIN = compiled.pattern(r"\p{Latin}")
_CYR_GREEK = compiled.pattern(r"[\p{Cyrillic}\p{Greek}]")

_GROUP_COMMA = str.maketrans("，,、", "   ")
# 参 is how the traditional 參 (a capital 3, as 叁) reads once converted to simplified.
_CN_NUMERALS = "〇零一二三四五六七八九壹贰叁参肆伍陆柒捌玖幺"
_CN_DIGITS = str.maketrans(_CN_NUMERALS, "0012345678912334567891")
# Seven or more Chinese numerals in a row (spaces, dashes or commas between groups
# allowed) are a spelled-out phone number, not a quantity such as 五星 or 三天.
_CN_NUMBER_RUN = compiled.pattern(rf"(?:[{_CN_NUMERALS}][\s\-，,、]?){{6,}}[{_CN_NUMERALS}]")

_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Seven or more digit words in a row: "plus one, two one two, five five five …".
_UNIT = rf"(?:(?:double|triple)[\s\-]+)?{_WORD}"
_WORD_NUMBER_RUN = compiled.pattern(rf"(?:\bplus[\s,\-]+)?\b{_UNIT}\b(?:[\s,\-]+{_UNIT}\b){{4,}}")
_WORD_TOKEN = compiled.pattern(rf"plus|(?:(?:double|triple)[\s\-]+)?{_WORD}")
_REPEAT = {"double": 2, "triple": 3}

_KEEP_CONTROLS = frozenset("\n\t\r")
# Typographic apostrophes and quotes read as plain ones ("don’t" is "don't").
_QUOTES = {"‘": "'", "’": "'", "ʼ": "'", "′": "'", "“": '"', "”": '"', "″": '"'}
# Emoji that NFKD leaves as they are but that stand for digits: 🔟 ("🔟% off"). The
# keycaps 1️⃣ need nothing here: their digit is a digit and the marks after it go.
_EMOJI_NUMBERS = {"\U0001f51f": "10"}
# Chinese punctuation ends a word even with no space after it, as Chinese writes it:
# "New arrival！FeedPal" must not fold to "arrivalifeedpal" ("!" and "|" stand for
# letters between ASCII letters, fr!end, PayPa|).
_CJK_STOPS = {"！": "! ", "｜": "| "}


def _pairs(name: str) -> dict[str, str]:
    """A two-column table of msglint/data (scripts/build_t2s.py writes them)."""
    table: dict[str, str] = {}
    for line in data_text(name).splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("\t")
            table[key] = value
    return table


@cache
def _t2s() -> dict[str, str]:
    return _pairs("t2s.tsv")


@lru_cache(maxsize=16384)
def fold_char(char: str) -> str:
    """Return what one original character becomes in the base view ('' = deleted)."""
    if char in _KEEP_CONTROLS:
        return char
    if unicodedata.category(char) in ("Cf", "Cc", "Mn", "Me", "Cs", "Co"):
        return ""
    if char in _CJK_STOPS:
        return _CJK_STOPS[char]
    if char in _EMOJI_NUMBERS:
        return _EMOJI_NUMBERS[char]
    decomposed = unicodedata.normalize("NFKD", char)
    # Marks go whether or not they combine: Thai ำ decomposes to a mark of class 0
    # (U+0E4D) and a vowel, and a mark left here would be deleted on a second pass.
    kept = "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) not in ("Mn", "Me")
    )
    kept = kept.casefold()
    # Per character, so that a second pass has nothing left to map: ″ becomes ′′, then ''.
    # The table holds only CJK characters (from U+346F): English text never loads it.
    return "".join(_QUOTES.get(c) or (_t2s().get(c, c) if c >= "\u2e80" else c) for c in kept)


# A capital I after a lower-case letter stands for l: "PayPaI", "WhatsApp" spelled "WhatsApp" stays.
_CAPITAL_I_AS_L = compiled.pattern(r"(?<=\p{Ll})I")
# And the other way: a lower-case l between capitals stands for I ("LlNE" for LINE).
_L_AS_CAPITAL_I = compiled.pattern(r"l(?<=\p{Lu}l)(?=\p{Lu})")  # the l first: no lookbehind at every position


def _base_chars(text: str) -> tuple[str, tuple[int, ...]]:
    if "I" in text:
        text = _CAPITAL_I_AS_L.sub("l", text)
    if "l" in text:
        text = _L_AS_CAPITAL_I.sub("I", text)
    if text.isascii() and text.isprintable():
        return text.lower(), tuple(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), tuple(origin)


def rewrite(norm: Normalized, pattern: regex.Pattern[str], repl: Callable[[regex.Match[str]], Pieces]) -> Normalized:
    """Replace every match of `pattern`, keeping the origin of each new character."""
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in pattern.finditer(norm.text):
        out.append(norm.text[pos : match.start()])
        origin.extend(norm.origin[pos : match.start()])
        for piece, index in repl(match):
            out.append(piece)
            origin.extend([norm.origin[index]] * len(piece))
        pos = match.end()
    if pos == 0:
        return norm
    out.append(norm.text[pos:])
    origin.extend(norm.origin[pos:])
    return Normalized("".join(out), tuple(origin))


def _unmix_word(match: regex.Match[str]) -> Pieces:
    word = match.group()
    if _LATIN.search(word) and _CYR_GREEK.search(word):
        word = word.translate(LOOKALIKES)
    return [(word[i], match.start() + i) for i in range(len(word))]


def _cn_number(match: regex.Match[str]) -> Pieces:
    # A comma between groups reads as a space: 幺三八，零零一二 -> "138 0012", a phone's grouping.
    digits = match.group().translate(_CN_DIGITS).translate(_GROUP_COMMA)
    return [(digits[i], match.start() + i) for i in range(len(digits))]


def _word_number(match: regex.Match[str]) -> Pieces:
    # A comma between words ends a digit group: "four-one-five, five-five-five"
    # becomes "415 555", so phone patterns see the grouping the writer gave; so does
    # a spaced dash ("two one three - five five five" becomes "213-555").
    pieces: list[tuple[str, int]] = []
    previous = 0
    for m in _WORD_TOKEN.finditer(match.group()):
        gap = match.group()[previous : m.start()]
        if pieces and "," in gap:
            pieces.append((" ", match.start() + previous))
        elif pieces and "-" in gap and " " in gap:
            pieces.append(("-", match.start() + previous + gap.index("-")))
        word = m.group().replace("-", " ").split()
        digit = "+" if word[-1] == "plus" else _DIGIT_WORDS[word[-1]] * _REPEAT.get(word[0], 1)
        pieces.append((digit, match.start() + m.start()))
        previous = m.end()
    # The last digit comes from the last letter of its word, as an alias's does: a finding
    # that ends there ends after "nine", not after its "n".
    digits, at = pieces[-1]
    pieces[-1:] = [(digits[:-1], at), (digits[-1], match.start() + previous - 1)]  # "triple nine": 99 from "t"
    return pieces


@cache
def _t2s_phrases() -> tuple[dict[str, str], regex.Pattern[str]]:
    """OpenCC's phrase conversions the character table gets wrong (回覆 is 回复, 著名 keeps 著).

    Keyed by what the character table makes of the phrase (scripts/build_t2s.py), so
    they are rewritten after it; read on the first message with characters beyond ASCII.
    """
    table = _pairs("t2s-phrases.tsv")
    # Longest first: "着称于世" before "着称".
    return table, compiled.pattern("|".join(sorted(table, key=len, reverse=True)))


def _trad_phrase(match: regex.Match[str]) -> Pieces:
    return [(c, match.start() + i) for i, c in enumerate(_t2s_phrases()[0][match.group()])]


def normalize_base(text: str) -> Normalized:
    """Fold width, case, marks, look-alikes and traditional characters."""
    folded, origin = _base_chars(text)
    norm = Normalized(folded, origin)
    if not folded.isascii():
        norm = rewrite(norm, _MIXED_WORD, _unmix_word)
        norm = rewrite(norm, _CN_NUMBER_RUN, _cn_number)
        norm = rewrite(norm, _t2s_phrases()[1], _trad_phrase)
    return rewrite(norm, _WORD_NUMBER_RUN, _word_number)


def _spaced(match: regex.Match[str]) -> Pieces:
    letters = [(c, match.start() + i) for i, c in enumerate(match.group()) if c.isalpha()]
    rest = "".join(c for c, _ in letters[1:]).lower()
    if letters[0][0] in "ai" and any(rest.startswith(word) for word in _AFTER_ARTICLE):
        return [letters[0], (" ", letters[0][1] + 1), *_split_spelled(letters[1:])]
    return _split_spelled(letters)


def _split_spelled(letters: list[tuple[str, int]]) -> Pieces:
    """Letters spelled out as one run, with a space between the words they are made of.

    "s t a r r e v i e w" joins to "starreview", which no rule's "star review" matches:
    a run that is not itself one of _AFTER_ARTICLE's words but is two or more of them
    is split between them. Each added space stands at its letter's separator.
    """
    word = "".join(c for c, _ in letters).lower()
    cuts = _word_cuts(word)
    if not cuts:
        return letters
    pieces: Pieces = []
    for index, letter in enumerate(letters):
        if index in cuts:
            pieces.append((" ", letters[index - 1][1] + 1))
        pieces.append(letter)
    return pieces


def _word_cuts(word: str) -> set[int] | None:
    """Where a word splits into two or more of _AFTER_ARTICLE's words, or None (also for one listed word)."""
    # best[i]: the cuts that make word[:i] a run of listed words, the first found (smallest start)
    best: dict[int, tuple[int, ...]] = {0: ()}
    for end in range(1, len(word) + 1):
        for start in sorted(best):
            if start < end and word[start:end] in _AFTER_ARTICLE and end not in best:
                best[end] = (*best[start], start) if start else ()
    cuts = best.get(len(word))
    return set(cuts) if cuts else None


def _keep_chars(keep: Callable[[str], bool]) -> Callable[[regex.Match[str]], Pieces]:
    def repl(match: regex.Match[str]) -> Pieces:
        return [(c, match.start() + i) for i, c in enumerate(match.group()) if keep(c)]

    return repl


# Separators a seller puts between the letters of a word to slip past a filter.
# Never a line break: a line is a sentence, and joining lines would merge them.
_SEP = r"(?:[^\S\n]|[.\-_*/\\·‧・∙⋅|~+#^=•,'\"`:;])"
# Between Han characters only evasion marks go, not punctuation: "您好：您在订单" keeps its
# colon, so a greeting stays apart from what follows it.
_HAN_SEP = r"(?:[^\S\n]|[.\-_*/\\·‧・∙⋅|~+#^=•`])"
_HAN_SPACED = compiled.pattern(rf"\p{{Han}}(?:(?:{_HAN_SEP}|\p{{So}})+\p{{Han}})+")
_STARS = compiled.pattern(r"([\d一二三四五]\s*)?([★☆⭐✩✪✫✬✭✮✯✰🌟](?:\s*[★☆⭐✩✪✫✬✭✮✯✰🌟])*)")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}
# A run of digits or symbols used as letters: after a letter, or between two.
_LEET_RUN = compiled.pattern(
    r"(?<=\p{Latin})(?:[013457@$]+(?=\p{Latin}|[^\w@$]|$)|[!|](?=\p{Latin}))"
    # or at the start of a word that goes on in letters: "1nstagram", "3mail"
    r"|(?<![\p{Latin}\d@$.])[0134](?=\p{Latin}{2})"
)
# Three or more single letters split by one repeated separator: "r e v i e w",
# "w.h.a.t.s". The same separator throughout keeps "a r.e.v.i.e.w" two words.
_SPACED_LETTERS = compiled.pattern(
    rf"(?<![\p{{Latin}}\d])\p{{Latin}}(?P<sep>{_SEP}{{1,3}})\p{{Latin}}(?:(?P=sep)\p{{Latin}})+(?![\p{{Latin}}\d])"
)
# Words a seller spells out after "a": in "a f i v e - s t a r" or "a f i v e s t a r" the
# article is not part of the word. Only these, because "a p p" and "a m a z o n" are words
# of their own.
_AFTER_ARTICLE = frozenset(
    [
        "five",
        "star",
        "stars",
        "review",
        "reviews",
        "rating",
        "ratings",
        "feedback",
        "positive",
        "coupon",
        "code",
        "discount",
        "free",
        "gift",
        "refund",
        "deal",
        "sale",
        "promo",
        "bonus",
        "reward",
        "link",
    ]
)
# An evasion mark between a number and the word it counts: "5*star", "5~stars", "5^star".
_NUMBER_MARK = compiled.pattern(r"(?<=\d)[*~^#=•·‧∙⋅|]+(?=\p{Latin})")
# A word hyphenated across a line break: "re-\nview".
_BROKEN_WORD = compiled.pattern(r"(?<=\p{Latin})-[^\S\n]*\n[^\S\n]*(?=\p{Latin})")
# Only runs and non-space whitespace: single spaces need no rewriting.
_WHITESPACE = compiled.pattern(r"\s{2,}|[^\S ]")


def _stars(match: regex.Match[str]) -> Pieces:
    run = match.group(2)
    count = sum(1 for c in run if not c.isspace())
    start, end = match.start(2), match.end(2) - 1
    if match.group(1):  # "5★" / "5 ⭐": the digit already says how many
        return [(match.group(1).strip().translate(_CN_DIGITS), match.start(1)), (" star", end)]
    return [(f"{count} " if count > 1 else "", start), ("star", end)]


def _leet(match: regex.Match[str]) -> Pieces:
    return [(_LEET[c], match.start() + i) for i, c in enumerate(match.group())]


def _whitespace(match: regex.Match[str]) -> Pieces:
    return [("\n" if "\n" in match.group() else " ", match.start())]


_ALIAS_GAP = compiled.pattern(r"[\s\-_.']")


class Aliases(NamedTuple):
    """Pinyin and other spellings ("hao ping") folded to a canonical term (好评)."""

    pattern: regex.Pattern[str] | None
    targets: Mapping[str, str]  # spelling without gaps -> term

    @classmethod
    def build(cls, aliases: Mapping[str, str], near_han: Mapping[str, str] | None = None) -> Aliases:
        """Compile the spellings into one pattern, longest first.

        `near_han` spellings are too short to trust alone ("hp" is also a printer
        brand): they count only next to a Han character ("hp返现", "dy 搜").
        """
        near_han = near_han or {}
        if not aliases and not near_han:
            return cls(None, {})

        def alternation(spellings: Iterable[str]) -> str:
            return "|".join(
                r"[\s\-_.']*".join(regex.escape(p) for p in spelling.split())
                for spelling in sorted(spellings, key=len, reverse=True)
            )

        parts = []
        if aliases:
            parts.append(r"(?<![\p{Latin}])(?:" + alternation(aliases) + r")(?![\p{Latin}])")
        if near_han:
            body = "(?:" + alternation(near_han) + ")"
            parts.append(rf"(?<=\p{{Han}}\s?){body}(?![\p{{Latin}}])|(?<![\p{{Latin}}]){body}(?=\s?\p{{Han}})")
        targets = {"".join(k.split()): v for k, v in {**near_han, **aliases}.items()}
        return cls(regex.compile("|".join(parts)), targets)

    def replace(self, match: regex.Match[str]) -> Pieces:
        """The term for one matched spelling, mapped back onto the whole spelling."""
        target = self.targets[_ALIAS_GAP.sub("", match.group())]
        last = match.end() - 1
        # First character from the first letter, the rest from the last letter.
        return [(target[0], match.start())] + [(c, last) for c in target[1:]]


NO_ALIASES = Aliases(None, {})


def fold(base: Normalized, aliases: Aliases = NO_ALIASES) -> Normalized:
    """Undo in-word evasions on top of the base view."""
    norm = base
    if not base.text.isascii():
        # Stars first: a run of ★ between two Han characters is a rating, not a separator.
        norm = rewrite(norm, _STARS, _stars)
        norm = rewrite(norm, _HAN_SPACED, _keep_chars(lambda c: unicodedata.category(c) == "Lo"))
    norm = rewrite(norm, _NUMBER_MARK, lambda match: [(" ", match.start())])
    norm = rewrite(norm, _LEET_RUN, _leet)
    norm = rewrite(norm, _SPACED_LETTERS, _spaced)
    norm = rewrite(norm, _BROKEN_WORD, lambda match: [])
    norm = rewrite(norm, _WHITESPACE, _whitespace)
    if aliases.pattern is not None:
        norm = rewrite(norm, aliases.pattern, aliases.replace)
    return norm


def normalize(text: str, aliases: Aliases = NO_ALIASES) -> tuple[Normalized, Normalized]:
    """Return the (base, folded) views of `text`."""
    base = normalize_base(text)
    return base, fold(base, aliases)
