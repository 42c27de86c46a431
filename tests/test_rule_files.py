"""The rule set's shape, and broken rule files reported as file:line: problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RULES
from msglint.errors import RuleFileError
from msglint.linter import Linter
from msglint.matchers import MATCHERS, LazyPattern
from msglint.model import POLICIES
from msglint.rules import EXTRA_POLICIES, builtin_rules_dir, load_rules
from msglint.unreachable import dead_characters, rule_files

GOOD = """id = "marketing/team-rule"
policy = "marketing"
severity = "error"
message = "Mentions our mascot"
source = "team policy"

[[match]]
kind = "phrase"
phrases = ["mascot"]

[examples]
flag = ["Say hi to our mascot"]
pass = ["Your parcel shipped"]
"""


def test_every_rule_has_flag_and_pass_examples() -> None:
    for rule in RULES.rules:
        kinds = {kind for kind, _ in rule.examples}
        assert kinds == {"flag", "pass"}, rule.id


def test_ids_are_unique_paths_and_policies_known() -> None:
    root = Path(builtin_rules_dir())
    ids = [r.id for r in RULES.rules]
    assert len(ids) == len(set(ids))
    for rule in RULES.rules:
        assert (root / f"{rule.id}.toml").is_file()
        assert rule.policy in POLICIES + EXTRA_POLICIES
        assert rule.source.strip()
        for matcher in rule.matchers:
            assert matcher.kind in MATCHERS


def test_the_three_content_policies_have_rules() -> None:
    policies = {r.policy for r in RULES.rules}
    assert {"review-inducement", "off-platform-contact", "marketing"} <= policies


def _write(tmp_path: Path, text: str, name: str = "marketing/team-rule.toml") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_extra_rules_directory_is_added(tmp_path: Path) -> None:
    _write(tmp_path, GOOD)
    ruleset = load_rules([tmp_path])
    assert ruleset.get("marketing/team-rule") is not None
    assert len(ruleset.rules) == len(RULES.rules) + 1


@pytest.mark.parametrize(
    ("broken", "line", "problem"),
    [
        (GOOD.replace('severity = "error"', 'severity = "eror"'), 3, "unknown severity 'eror'"),
        (GOOD.replace('policy = "marketing"', 'policy = "spam"'), 2, "unknown policy 'spam'"),
        (GOOD.replace('kind = "phrase"', 'kind = "magic"'), 8, "unknown matcher kind 'magic'"),
        (GOOD.replace('message = "Mentions our mascot"\n', ""), 1, "missing required key 'message'"),
        (GOOD.replace('phrases = ["mascot"]', 'phrases = ["mascot"\n'), 12, "invalid TOML"),
        (
            GOOD.replace('kind = "phrase"\nphrases = ["mascot"]', "kind = \"regex\"\npatterns = ['(unclosed']"),
            9,
            "invalid regex",
        ),
        (GOOD.replace('id = "marketing/team-rule"', 'id = "marketing/other"'), 1, "must equal the file's path"),
        (GOOD.replace('pass = ["Your parcel shipped"]\n', ""), 11, "needs a non-empty 'pass' list"),
        (GOOD.replace('phrases = ["mascot"]', 'phrases = ["@no-such-list"]'), 9, "unknown list '@no-such-list'"),
        (  # a problem in the second [[match]] table is placed there, not at the first table's key
            GOOD.replace(
                'phrases = ["mascot"]\n', 'phrases = ["mascot"]\n\n[[match]]\nkind = "phrase"\nphrases = ["@gone"]\n'
            ),
            13,
            "unknown list '@gone'",
        ),
        (
            GOOD.replace('phrases = ["mascot"]\n', 'phrases = ["mascot"]\n\n[[match]]\nkind = "magic"\n'),
            12,
            "unknown matcher kind",
        ),
        (
            GOOD.replace('severity = "error"', 'severity = "error"\nfallback = "yes"'),
            4,
            "fallback must be true or false",
        ),
    ],
)
def test_broken_rule_file_is_named_with_its_line(tmp_path: Path, broken: str, line: int, problem: str) -> None:
    path = _write(tmp_path, broken)
    with pytest.raises(RuleFileError) as caught:
        load_rules([tmp_path])
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert problem in str(caught.value)


def test_duplicate_rule_id_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.replace("marketing/team-rule", "marketing/coupon"), "marketing/coupon.toml")
    with pytest.raises(RuleFileError, match="duplicate rule id 'marketing/coupon'"):
        load_rules([tmp_path])


def test_loading_never_executes_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = GOOD.replace('source = "team policy"', f"source = \"__import__('os').system('touch {marker}')\"")
    _write(tmp_path, evil)
    load_rules([tmp_path])
    assert not marker.exists()


def test_team_rule_failing_its_own_example_is_refused(tmp_path: Path) -> None:
    import subprocess
    import sys

    _write(tmp_path, GOOD.replace('flag = ["Say hi to our mascot"]', 'flag = ["Say hi to our team"]'))
    done = subprocess.run(
        [sys.executable, "-m", "msglint", "check", "--rules", str(tmp_path), "-"],
        input="hello",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "team-rule.toml:12: flag example 'Say hi to our team' is not flagged by the rule" in done.stderr


def test_a_marked_span_the_rule_does_not_report_is_named(tmp_path: Path) -> None:
    """msglint rules check holds a flag example to its [[marked]] span, as the test suite does."""
    from msglint.examples import failing_examples

    _write(tmp_path, GOOD.replace('flag = ["Say hi to our mascot"]', 'flag = ["Say hi to [[our mascot]]"]'))
    rules = load_rules([tmp_path]).selected(["marketing/team-rule"])
    problems = [str(p) for p in failing_examples(Linter(rules), rules.rules)]
    assert len(problems) == 1 and "is flagged at [(14, 20)], not at the marked (10, 20)" in problems[0]


def test_a_coverage_rules_pass_example_it_covers_is_named() -> None:
    from msglint.examples import failing_examples

    logistics = next(r for r in RULES.rules if r.id == "template-required/logistics")
    broken = logistics._replace(examples=(("pass", "Your parcel shipped today and arrives Friday."),))
    problems = [str(p) for p in failing_examples(Linter(RULES), [broken])]
    assert len(problems) == 1 and "is covered by the rule" in problems[0]


def test_the_same_team_rule_in_another_directory_is_checked_there(tmp_path: Path) -> None:
    """The rules cache is keyed by content; a copy of a team rule elsewhere must still be
    checked and named at its own path, not answered from the copy cached before."""
    import subprocess
    import sys

    failing = GOOD.replace('flag = ["Say hi to our mascot"]', 'flag = ["Say hi to our team"]')
    for name in ("first", "second"):
        directory = tmp_path / name
        directory.mkdir()
        _write(directory, failing)
        done = subprocess.run(
            [sys.executable, "-m", "msglint", "check", "--rules", str(directory), "-"],
            input="hello",
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, name
        assert str(directory / "marketing" / "team-rule.toml") in done.stderr


def test_builtin_examples_all_pass_rules_check() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "msglint", "rules", "check"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout
    assert "0 failing example(s)" in done.stdout


def test_every_builtin_regex_compiles() -> None:
    """Built-in regexes compile on first use (start-up); here they all compile, so none ships broken."""
    eager = load_rules(eager=True)
    assert [r.id for r in eager.rules] == [r.id for r in RULES.rules]
    terms = {
        t
        for rule in RULES.rules
        for m in rule.matchers
        for t in [*(getattr(m, "groups", None) or []), *([m.terms] if hasattr(m, "terms") else [])]
    }
    lazy = [
        p
        for rule in RULES.rules
        for m in rule.matchers
        for p in getattr(m, "patterns", [])
        if isinstance(p, LazyPattern)
    ] + [p for t in terms for p in t.by_prefix.values()]
    assert len(lazy) > 1000
    for pattern in lazy:
        assert pattern.compiled().pattern == pattern.pattern


def test_regexes_are_written_in_the_folded_script() -> None:
    """Rules see the folded view, where traditional characters are already simplified:
    a traditional character in a regex (急著, 舊客價) is an alternative that never matches."""
    rules = [(rule.path, rule.id) for rule in load_rules().rules]
    assert not [str(e) for e in dead_characters(rule_files(rules))]


def test_a_dead_character_is_named_with_its_line(tmp_path: Path) -> None:
    rule = tmp_path / "r.toml"
    rule.write_text("id = 'x'\n\n[[match]]\nkind = 'regex'\npatterns = ['(?:这裡|那里)有']\n", encoding="utf-8")
    (error,) = dead_characters([str(rule)])
    assert error.line == 5 and "'裡'" in error.problem and "'里'" in error.problem


def test_a_dead_character_in_a_word_lists_regex_is_named(tmp_path: Path) -> None:
    (tmp_path / "marketing").mkdir()
    (tmp_path / "lists").mkdir()
    rule = tmp_path / "marketing" / "r.toml"
    rule.write_text("id = 'x'\n", encoding="utf-8")
    (tmp_path / "lists" / "words.txt").write_text("# comment\nplain 裡 phrase\nre:這裡\n", encoding="utf-8")
    errors = list(dead_characters(rule_files([(str(rule), "marketing/r")])))
    assert [(Path(e.path).name, e.line) for e in errors] == [("words.txt", 3), ("words.txt", 3)]


def test_the_word_lists_of_a_deeply_nested_rule_are_found(tmp_path: Path) -> None:
    """A team's rule two folders down still finds the lists at the top of its rules directory."""
    (tmp_path / "marketing" / "team").mkdir(parents=True)
    (tmp_path / "lists").mkdir()
    rule = tmp_path / "marketing" / "team" / "r.toml"
    rule.write_text("id = 'marketing/team/r'\n", encoding="utf-8")
    (tmp_path / "lists" / "words.txt").write_text("re:這裡\n", encoding="utf-8")
    files = rule_files([(str(rule), "marketing/team/r")])
    assert files == sorted([str(rule), str(tmp_path / "lists" / "words.txt")])
