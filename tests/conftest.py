"""Shared fixtures: the built-in rules and a linter over them, loaded once."""

from __future__ import annotations

import pytest

from msglint.linter import Linter
from msglint.rules import RuleSet, load_rules

RULES: RuleSet = load_rules()
LINTER = Linter(RULES)


@pytest.fixture(scope="session")
def linter() -> Linter:
    return LINTER
