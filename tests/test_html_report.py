"""The HTML report: self-contained, with charts and the worst messages marked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import regex


def test_report_is_offline_and_complete(tmp_path: Path) -> None:
    archive = Path(__file__).parent / "data" / "archives" / "mixed.csv"
    page = tmp_path / "r.html"
    subprocess.run(
        [sys.executable, "-m", "msglint", "audit", "--report", str(page), str(archive)],
        capture_output=True,
        timeout=120,
    )
    html = page.read_text(encoding="utf-8")
    assert not regex.search(r"<script|<link|@import|\bsrc=|url\(", html)  # nothing fetched, nothing run
    assert html.count("<svg") >= 2  # policies and weeks
    assert "<mark" in html and "好评返现" in html  # worst messages with spans marked
    assert "By agent" in html and ">Ana<" in html and ">Lin<" in html
    assert "退货" in html or "kettle" in html  # buyer question terms
