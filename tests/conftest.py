"""Shared fixtures: the built-in rules and a linter over them, loaded once."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from msglint.linter import Linter
from msglint.rules import RuleSet, load_rules

# CI must not turn red on a random draw: the property tests run a fixed (derandomized)
# set of examples by default. HYPOTHESIS_PROFILE=explore draws new ones each run.
settings.register_profile("stable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "stable"))

RULES: RuleSet = load_rules()
LINTER = Linter(RULES)


@pytest.fixture(scope="session")
def linter() -> Linter:
    return LINTER
