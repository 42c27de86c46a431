"""segment.py must cut exactly as jieba does (HMM off, with the rule set's domain words)."""

from __future__ import annotations

import json
import logging
import random
import warnings
from pathlib import Path
from typing import Any

import regex

from conftest import RULES
from msglint.segment import Dictionary, cut

ROOT = Path(__file__).resolve().parent.parent
HAN_RUN = regex.compile(r"\p{Han}+")


def _jieba(words: frozenset[str]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba's compat module imports pkg_resources
        import jieba
    jieba.setLogLevel(logging.ERROR)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in sorted(words):
        tokenizer.add_word(word, freq=100000)
    return tokenizer


def _runs() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for corpus in sorted(ROOT.glob("corpora/**/*.jsonl"))
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [t for rule in RULES.rules for _, t in rule.examples]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpora/templates*/library/**/*.txt"))]
    return sorted({run for text in texts for run in HAN_RUN.findall(text)})


def test_tokens_equal_jiebas_on_every_corpus_text() -> None:
    runs = _runs()
    assert len(runs) > 2000
    reference = _jieba(RULES.domain_words)
    ours = Dictionary(RULES.domain_words)
    different = [r for r in runs if list(cut(r, ours)) != list(reference.tokenize(r, HMM=False))]
    assert not different, different[:5]


def test_tokens_equal_jiebas_on_random_dictionary_text() -> None:
    """Text made of dictionary words and characters, where ties and long words are common."""
    reference = _jieba(frozenset({"好评返现", "五星好评"}))
    ours = Dictionary({"好评返现", "五星好评"})
    # Only Han runs reach the segmenter, so only words of Han characters matter.
    words = [w for w in reference.FREQ if reference.FREQ[w] and len(w) > 1 and HAN_RUN.fullmatch(w)][::40]
    rng = random.Random(5)
    for _ in range(400):
        text = "".join(
            rng.choice(words) if rng.random() < 0.7 else rng.choice("的了是我好评返现五星㐀〇") for _ in range(12)
        )
        assert list(cut(text, ours)) == list(reference.tokenize(text, HMM=False)), text


def test_only_the_shards_a_text_needs_are_read() -> None:
    dictionary = Dictionary()
    list(cut("您好评", dictionary))
    assert {w[0] for w in dictionary.freq} == {"您", "好", "评"}
