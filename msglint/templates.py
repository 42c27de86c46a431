"""Approved templates: load a library and find the template sentence nearest a reply sentence.

A template is a `*.txt` file; its id is its path under the library without
`.txt`; `{{name}}` stands for any short value. Matching is placeholder-aware:
the template's literal pieces are aligned in the reply sentence (rapidfuzz),
the text between them becomes the placeholder values, and the template filled
with those values is compared with the sentence. A long customer name or order
id therefore costs nothing, while changed wording does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex
from rapidfuzz import fuzz, process

from msglint import compiled
from msglint.errors import InputError
from msglint.memo import Recent
from msglint.tokens import LIST_NUMBER, TITLES

PLACEHOLDER = compiled.pattern(r"\{\{\s*([^{}]*?)\s*\}\}")
COMMENT = compiled.pattern(r"\{\{!.*?\}\}", regex.S)  # {{! ... }}: never reaches the buyer
_SENTENCE = compiled.pattern(r"[^!?。！？;；\n]+?(?:[!?。！？;；]+|" + TITLES + r"\.(?=\s|$)|\n|$)")
# Punctuation and symbols at either end, and a list number at the start ("（4）", "4、").
_EDGES = compiled.pattern(r"^(?:(?![{}])[\s\p{P}\p{S}]|(?<!\d)\d{1,2}(?=[)）、]))+|(?:(?![{}])[\s\p{P}\p{S}])+$")
MAX_FILL = 250  # characters a placeholder may stand for: Amazon caps most titles at 200, some categories at 250
_HAN = compiled.pattern(r"\p{Han}")
MIN_LITERAL = 8  # characters of wording a template sentence needs to be matched at all (a Han one counts 2)
CANDIDATES = 5  # template sentences aligned per reply sentence and per view, after a cheap preselection
SCORED = 8192  # reply sentences whose scores are kept
MIN_PART = 16  # characters of wording a clause run needs to count as a piece of its sentence (a Han one counts 2)
# Where an agent may end a sentence that the template goes on with: a comma or a colon,
# with the conjunction that joined the two halves ("…and assembly, and I have logged…").
# Not the comma of "2,000" or the colon of "2:47".
_CLAUSE = compiled.pattern(r"\s*(?:(?<!\d)[,，:：]|[,，:：](?!\d))\s*(?:(?:and|but|so)\s+|并且|而且|并|同时)?")


@dataclass(frozen=True, slots=True)
class TemplateSentence:
    template: str  # template id
    chunks: tuple[str, ...]  # normalized literal pieces between placeholders
    literal: str  # the chunks joined, for preselection
    exact: regex.Pattern[str]  # the sentence with placeholders as short wildcards


@dataclass(frozen=True)
class Template:
    id: str
    path: str
    text: str  # as written, comments removed


# A line break inside a sentence: before a lower-case word, or between Han characters;
# after a lower-case word or a comma, before anything but a list marker ("above the\nMIN
# INSERT mark", "raise both by\n1-2 cm", "on your\n{{product}}").
# A placeholder alone on its line is a signature ("Thank you for your patience,\n{{agent_name}}"),
# not the end of a sentence: joined, it would let any text after the courtesy pass as a name.
_LATIN_WRAP = compiled.pattern(
    r"(?<=[\p{L}\d,}][ \t]*)\n[ \t]*(?=\p{Ll})|(?<=[\p{Ll},][ \t]*)\n[ \t]*(?=[\p{Lu}\d{])(?!" + LIST_NUMBER + ")"
    r"(?!\{\{[^{}\n]+\}\}[ \t]*(?:\n|$))"
)
_HAN_WRAP = compiled.pattern(r"(?<=[\p{Han}，、}])[ \t]*\n[ \t]*(?=\p{Han})")
# A short label, a colon and a placeholder: "* Motor: {{motor_years}}", "保修期：{{period}}".
_LABEL = compiled.pattern(r"[^{}:：\n]{1,30}[:：]\s*\{\{[^{}]+\}\}\s*")
MAX_LABEL_VALUE = MAX_FILL  # a label's value is a placeholder: as long as a product title


def _unwrap(text: str) -> str:
    return _HAN_WRAP.sub("", _LATIN_WRAP.sub(" ", text))


def split_template_sentences(text: str) -> list[str]:
    """Sentences of a template as written (placeholders kept)."""
    return [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]


def read_template(path: Path, root: Path) -> Template:
    """Read and check one template file; raise InputError naming file and line."""
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}:1: template is not UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read template ({error.strerror})") from None
    text = COMMENT.sub("", raw)
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = PLACEHOLDER.sub("", line)
        if "{{" in stripped or "}}" in stripped:
            raise InputError(f"{path}:{number}: unbalanced placeholder braces")
        for match in PLACEHOLDER.finditer(line):
            if not regex.fullmatch(r"[\w\-. ]+", match.group(1)):
                raise InputError(f"{path}:{number}: placeholder {match.group()!r} needs a name")
    if not PLACEHOLDER.sub("", text).strip():
        raise InputError(f"{path}:1: template is empty")
    template_id = path.relative_to(root).with_suffix("").as_posix()
    return Template(template_id, str(path), text)


# A short head before the first comma or colon that names the buyer or greets:
# "{{buyer_name}}您好，" or "Hi {{name}},". Replies change greetings, so the
# sentence is also matched without it.
_HEAD = compiled.pattern(r"^(?:[^,，:：]{0,20}?\{\{[^{}]+\}\}[^,，:：{}]{0,12}|[^,，:：{}]{1,12})[,，:：]\s*(?=\S)")


def _variants(sentences: Iterable[str]) -> Iterator[str]:
    """Each sentence trimmed like reply sentences are, and again without a greeting head."""
    for sentence in sentences:
        trimmed = _EDGES.sub("", sentence)
        yield trimmed
        head = _HEAD.match(trimmed)
        if head:
            yield trimmed[head.end() :]


def load_templates(directory: str | Path) -> list[Template]:
    """Every *.txt under the directory, sorted by id."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{directory}: templates directory not found")
    try:
        paths = sorted(root.rglob("*.txt"))
    except OSError as error:
        raise InputError(f"{directory}: cannot read templates directory ({error.strerror})") from None
    if not paths:
        raise InputError(f"{directory}: no *.txt templates in it")
    return [read_template(path, root) for path in paths]


class TemplateLibrary:
    """Template sentences, normalized like messages, ready to be matched."""

    def __init__(self, templates: Iterable[Template], fold: Callable[[str], str]) -> None:
        self.templates = tuple(templates)
        self.sentences: list[TemplateSentence] = []
        # "Motor: {{years}}" lines: too little wording to score, see labelled()
        self.labels: list[tuple[str, regex.Pattern[str]]] = []
        self._written: list[tuple[str, str]] = []  # (template id, sentence as written) per matched sentence
        for template in self.templates:
            lines = split_template_sentences(template.text)
            # A hard-wrapped template is matched both as written and as re-flowed:
            # an agent may keep the breaks or paste it as one paragraph.
            unwrapped = [s for s in split_template_sentences(_unwrap(template.text)) if s not in lines]
            for sentence in dict.fromkeys(_variants([*lines, *unwrapped])):
                pieces = PLACEHOLDER.split(sentence)[::2]  # split() interleaves names; keep literals
                chunks = tuple(fold(p).strip() for p in pieces)
                literal = _literal(chunks)
                if _wording(literal) < MIN_LITERAL:
                    # "Hi {{buyer_name}}" would match any sentence that starts with "Hi":
                    # a sentence with almost no wording of its own says nothing to match.
                    # A label and its value ("* Motor: {{motor_years}}") is kept for labelled().
                    if _LABEL.fullmatch(sentence):
                        label = regex.escape(chunks[0]) + rf"\s*(.{{1,{MAX_LABEL_VALUE}}})"
                        self.labels.append((template.id, regex.compile(label)))
                    continue
                self.sentences.append(_template_sentence(template.id, chunks, literal))
                self._written.append((template.id, sentence))
        self._literals = [s.literal for s in self.sentences]
        self._longest = [(i, max(s.chunks, key=len)) for i, s in enumerate(self.sentences)]
        self._fold = fold
        self._clauses: dict[str, list[TemplateSentence]] | None = None  # built on first piece_of()
        # Replies repeat sentences (every filled-in template shares its wording), and a
        # sentence's scores depend on nothing else: the last few thousand are kept.
        self._scored: Recent[str, dict[str, int]] = Recent(SCORED)

    def __len__(self) -> int:
        return len(self.templates)

    def nearest(self, text: str) -> str | None:
        """The template whose wording shares most with the text (for reporting)."""
        if not self.sentences:
            return None
        found = process.extractOne(text, self._literals, scorer=fuzz.token_set_ratio)
        return self.sentences[found[2]].template if found else None

    def similarity_to(self, template_id: str, sentence: str) -> int:
        """The best strict similarity of a sentence to any sentence of one template."""
        return max((similarity(s, sentence) for s in self.sentences if s.template == template_id), default=0)

    def piece_of(self, template_id: str, sentence: str, bound: int, *, within: bool = False) -> bool:
        """Whether the sentence is, at similarity `bound` (0-100) or more, a piece of one of this template's sentences (a split half).

        A piece is found word for word in a sentence's wording, or it is a run of the
        sentence's clauses with their placeholders filled: "这台机器享有三年有限保修" is
        the first clause of "这台机器享有{{warranty_period}}有限保修，涵盖…", which no
        substring of the template's wording alone comes near.
        """
        # partial_ratio aligns the shorter string in the longer, so a template sentence
        # found inside a longer reply sentence counts too ("…we aim for, and we appreciate
        # you letting us know"). `within`: only the reply's sentence inside the template's,
        # so that a signature the template ends with ("Pebblewheel Support") is no piece of it.
        # Scores are rounded, so `bound` is reached from bound - 0.5 (score_cutoff lets
        # rapidfuzz give up early below that).
        cutoff = bound - 0.5
        if any(
            round(fuzz.partial_ratio(sentence, s.literal, score_cutoff=cutoff)) >= bound
            for s in self.sentences
            if s.template == template_id and (not within or len(s.literal) >= len(sentence))
        ):
            return True
        trimmed = _EDGES.sub("", sentence)
        return any(
            _may_reach(run, trimmed, cutoff) and _aligned(run, trimmed) >= bound
            for run in self._clause_runs().get(template_id, ())
        )

    def _clause_runs(self) -> dict[str, list[TemplateSentence]]:
        """Per template, each run of consecutive clauses short of a whole sentence, as sentences to align."""
        if self._clauses is None:
            self._clauses = {}
            for template_id, sentence in self._written:
                clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
                for first in range(len(clauses)):
                    for last in range(first, len(clauses)):
                        if last - first + 1 == len(clauses):
                            continue  # the whole sentence is matched already
                        run = "，".join(clauses[first : last + 1])
                        chunks = tuple(self._fold(p).strip() for p in PLACEHOLDER.split(run)[::2])
                        literal = _literal(chunks)
                        if _wording(literal) >= MIN_PART:
                            self._clauses.setdefault(template_id, []).append(
                                _template_sentence(template_id, chunks, literal)
                            )
        return self._clauses

    def scores(self, sentence: str) -> dict[str, int]:
        """Best similarity (0-100) of a normalized reply sentence to each candidate template."""
        best = self._scored.get(sentence)
        if best is None:
            best = self._score(sentence)
            self._scored.put(sentence, best)
        return dict(best)

    def labelled(self, sentence: str) -> set[str]:
        """Templates with a label line ("Motor: {{motor_years}}") that this sentence fills.

        A label says almost nothing by itself ("Note: <anything>"), so coverage counts
        it only where the reply also matches another sentence of the same template.
        """
        sentence = _EDGES.sub("", sentence)
        return {template for template, label in self.labels if label.fullmatch(sentence)}

    def _score(self, sentence: str) -> dict[str, int]:
        best: dict[str, int] = {}
        if not self.sentences or not sentence.strip():
            return best
        # Two cheap views pick the candidates: whole-string, and shared words (which
        # finds a template sentence inside a longer one, or whose pieces long fills
        # pushed apart). A best-substring view (partial_ratio) cost more than both and
        # changed no result on the development template sets; nor did 8 candidates a view.
        picked = process.extract(sentence, self._literals, scorer=fuzz.ratio, limit=CANDIDATES)
        picked += process.extract(sentence, self._literals, scorer=fuzz.token_set_ratio, limit=CANDIDATES)
        # And every template sentence whose wording all appears, in pieces, in the sentence:
        # a filled-in template is found even when the fuzzy views rank it low (Chinese).
        # (The longest piece is tested first, in one comprehension: most sentences fail it.)
        picked += [
            (None, 0, i)
            for i, longest in self._longest
            if longest in sentence and all(c in sentence for c in self.sentences[i].chunks if c)
        ]
        trimmed = _EDGES.sub("", sentence)
        for index in dict.fromkeys(index for _, _, index in picked):  # each candidate once, in order
            candidate = self.sentences[index]
            if best.get(candidate.template) == 100:
                continue  # a template's score is its best sentence's: nothing can raise it
            score = _aligned(candidate, trimmed)
            if score > best.get(candidate.template, -1):
                best[candidate.template] = score
        return best


def _literal(chunks: tuple[str, ...]) -> str:
    """A template sentence's own wording: its folded pieces without the placeholders."""
    return " ".join(c for c in chunks if c)


def _wording(literal: str) -> int:
    """How much wording a literal has, a Han character counting 2 (MIN_LITERAL, MIN_PART)."""
    return len(literal) + len(_HAN.findall(literal))


def _template_sentence(template_id: str, chunks: tuple[str, ...], literal: str) -> TemplateSentence:
    """A template sentence from its folded literal pieces (placeholders between them)."""
    exact = rf"\s*(.{{0,{MAX_FILL}}}?)\s*"
    return TemplateSentence(template_id, chunks, literal, regex.compile(exact.join(regex.escape(c) for c in chunks)))


def similarity(template: TemplateSentence, sentence: str) -> int:
    """0-100: how closely the sentence is this template sentence with its placeholders filled.

    The template's literal pieces are aligned in order; text between two pieces
    where the template has a placeholder, if short, is that placeholder's value
    and is set aside. Everything else of the sentence stays and is compared with
    the template's literal text, so wording that differs always costs.
    """
    return _aligned(template, _EDGES.sub("", sentence))


def _may_reach(template: TemplateSentence, sentence: str, cutoff: float) -> bool:
    """False only when _aligned(template, sentence) is surely below `cutoff`: the sentence is too short.

    A fullmatch needs every piece of the template in the sentence; the ratio compares
    the literal with at most the sentence's text and a space between each of its
    2k + 1 kept parts, and an Indel ratio is at most 200 * shorter / (both lengths).
    """
    pieces = sum(1 for c in template.chunks if c)
    if len(sentence) >= len(template.literal) - max(pieces - 1, 0):
        return True
    kept = len(sentence) + 2 * len(template.chunks)
    return kept >= len(template.literal) or 200 * kept / (len(template.literal) + kept) >= cutoff


def _aligned(template: TemplateSentence, sentence: str) -> int:
    """similarity() of a sentence already trimmed of edge punctuation (trimmed once, scored against many)."""
    if template.exact.fullmatch(sentence):
        return 100
    kept: list[str] = []
    position = 0
    for index, chunk in enumerate(template.chunks):
        rest = sentence[position:]
        if not chunk or not rest:
            continue
        found = fuzz.partial_ratio_alignment(chunk, rest)
        gap = rest[: found.dest_start]
        if gap.strip() and not (index > 0 and len(gap) <= MAX_FILL):  # chunk i > 0 follows a placeholder
            kept.append(gap)
        kept.append(rest[found.dest_start : found.dest_end])
        position += found.dest_end
    tail = sentence[position:]
    if tail.strip() and not (not template.chunks[-1] and len(tail) <= MAX_FILL):
        kept.append(tail)
    return round(fuzz.ratio(template.literal, " ".join(p.strip() for p in kept if p.strip())))
