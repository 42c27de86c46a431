"""Which of a rule set's matchers could find anything in a message: their gates, inverted.

Each matcher says what a message must contain for it to match (matchers.Gate: a
word start, a whole word, a regex's prefilter slot or a character). Asking each of
~350 matchers in turn cost more than running the few that can match on a given
message; here the message's keys are intersected with tables built once, and only
the matchers whose gate opens are visited, in rule order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from msglint.matchers import Matcher, NeedsIndex, message_keys
from msglint.tokens import Prepared

Entry = tuple[int, Matcher]  # (rule's position in the list given, one of its matchers)
_Key = TypeVar("_Key", str, int)


class MatcherIndex:
    """The matchers of a list of rules, by the keys of their gates."""

    def __init__(self, matchers: Sequence[Sequence[Matcher]]) -> None:
        self.entries: list[Entry] = []
        self.always: list[int] = []  # entries with no gate: visited on every message
        self.starts: dict[str, list[int]] = {}
        self.words: dict[str, list[int]] = {}
        self.chars: dict[str, list[int]] = {}
        self.slots: dict[int, list[int]] = {}
        gates = [(rule, matcher, matcher.gate()) for rule, found in enumerate(matchers) for matcher in found]
        # Slots are numbers in one NeedsIndex; a gate from another (rule files loaded apart) cannot be looked up.
        indexes = {gate.needs for _, _, gate in gates if gate is not None and gate.slots}
        self.needs: NeedsIndex | None = indexes.pop() if len(indexes) == 1 else None
        for number, (rule, matcher, gate) in enumerate(gates):
            self.entries.append((rule, matcher))
            if gate is None or (gate.slots and gate.needs is not self.needs):
                self.always.append(number)
                continue
            _enter(self.starts, gate.starts, number)
            _enter(self.words, gate.words, number)
            _enter(self.chars, gate.chars, number)
            _enter(self.slots, gate.slots, number)

    def open(self, prepared: Prepared) -> list[Entry]:
        """The entries whose gate this message opens, in rule and matcher order."""
        chosen = set(self.always)
        starts, words = message_keys(prepared)
        _collect(chosen, self.starts, starts)
        _collect(chosen, self.words, words)
        if self.chars:
            _collect(chosen, self.chars, set(prepared.folded.text))
        if self.slots and self.needs is not None:
            _collect(chosen, self.slots, self.needs.satisfied(prepared))
        return [self.entries[number] for number in sorted(chosen)]


def _enter(table: dict[_Key, list[int]], keys: Iterable[_Key], number: int) -> None:
    for key in keys:
        table.setdefault(key, []).append(number)


def _collect(chosen: set[int], table: dict[_Key, list[int]], keys: Iterable[_Key]) -> None:
    for key in table.keys() & keys:
        chosen.update(table[key])
