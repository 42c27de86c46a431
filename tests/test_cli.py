"""The command-line contract of interface.md: exit codes, JSON shape, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msglint", *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd
    )


@pytest.fixture
def messages(tmp_path: Path) -> dict[str, Path]:
    texts = {
        "bad.txt": "Hello,\nplease leave us a 5-star review!",
        "zh.txt": "亲，给个好评返现哦",
        "ok.txt": "Your parcel left our warehouse today.",
    }
    paths = {}
    for name, text in texts.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_json_array_one_result_per_path(messages: dict[str, Path]) -> None:
    done = run("check", "--format", "json", *map(str, messages.values()))
    results = json.loads(done.stdout)
    assert done.returncode == 1
    assert [r["id"] for r in results] == [str(p) for p in messages.values()]
    assert [r["verdict"] for r in results] == ["block", "block", "pass"]
    assert results[1]["lang"] == "zh"
    finding = results[0]["findings"][0]
    assert set(finding) >= {
        "rule",
        "policy",
        "severity",
        "message",
        "start",
        "end",
        "line",
        "column",
        "excerpt",
        "confidence",
        "suggestion",
    }
    assert (finding["line"], finding["column"]) == (2, 19)


def test_stdin_and_dash(messages: dict[str, Path]) -> None:
    done = run("check", "--format", "json", "-", stdin="Your order ships tomorrow.")
    assert done.returncode == 0
    assert json.loads(done.stdout)[0]["id"] == "-"


def test_fail_on_levels(messages: dict[str, Path]) -> None:
    assert run("check", "--fail-on", "never", str(messages["bad.txt"])).returncode == 0
    assert run("check", "--fail-on", "error", str(messages["ok.txt"])).returncode == 0


def test_text_output_marks_the_excerpt(messages: dict[str, Path]) -> None:
    done = run("check", str(messages["bad.txt"]))
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{messages['bad.txt']}:2:19: error ")
    assert lines[1] == "    please leave us a 5-star review!"
    assert lines[2] == "    " + " " * 18 + "^" * 13
    assert "suggestion:" in lines[3]


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["check", "--no-such-option"], "no such option"),
        (["check", "/nonexistent/x.txt"], "no such file"),
        (["check", "--rules", "/nonexistent/rules"], "rules directory not found"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line(args: list[str], reason: str) -> None:
    done = run(*args, stdin="hi")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert reason in done.stderr.lower()


def test_binary_and_non_utf8_files_are_input_errors(tmp_path: Path) -> None:
    binary = tmp_path / "a.bin"
    binary.write_bytes(b"\x00\x01\x02PK")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("好评返现".encode("gb18030"))
    assert "binary" in run("check", str(binary)).stderr
    done = run("check", str(gbk))
    assert done.returncode == 2 and "not valid utf-8" in done.stderr
    assert run("check", "--encoding", "gb18030", str(gbk)).returncode == 1


def test_select_ignore_and_config(tmp_path: Path, messages: dict[str, Path]) -> None:
    bad = str(messages["bad.txt"])
    assert run("check", "--ignore", "review-inducement", bad).returncode == 0
    assert run("check", "--select", "marketing", bad).returncode == 0
    (tmp_path / "msglint.toml").write_text('ignore = ["review-inducement"]\n', encoding="utf-8")
    assert run("check", bad, cwd=tmp_path).returncode == 0


def test_rules_list_and_show() -> None:
    listing = run("rules")
    assert "review-inducement/incentive" in listing.stdout
    shown = run("rules", "show", "review-inducement/incentive")
    assert "must flag:" in shown.stdout and "must not flag:" in shown.stdout
    assert run("rules", "show", "no/such").returncode == 2


def test_audit_jsonl_and_summary(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"id": "r1", "order_id": "1", "direction": "buyer", "text": "Where is it?"}\n'
        '{"id": "r2", "order_id": "1", "text": "Leave a review and get a gift card"}\n'
        '{"id": "broken", \n'
        '{"id": "r3", "kind": "review_request", "order_id": "1"}\n',
        encoding="utf-8",
    )
    summary = tmp_path / "s.json"
    done = run("audit", "--format", "jsonl", "--jobs", "2", "--summary", str(summary), str(archive))
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["verdict"] for o in out] == ["pass", "block", "error", "block"]
    assert [f["rule"] for f in out[3]["findings"]] == ["review-request-limit/repeat-request"]
    assert "line 3" in out[2]["error"]
    totals = json.loads(summary.read_text())
    assert totals["records"] == 4 == totals["linted"] + totals["buyer"] + totals["events"] + totals["unreadable"]
    assert done.returncode == 1


def test_sarif_has_one_result_per_finding(messages: dict[str, Path]) -> None:
    done = run("check", "--format", "sarif", str(messages["bad.txt"]), str(messages["ok.txt"]))
    log = json.loads(done.stdout)
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    plain = json.loads(run("check", "--format", "json", str(messages["bad.txt"])).stdout)[0]["findings"]
    assert len(run_["results"]) == len(plain)
    first = run_["results"][0]
    assert first["ruleId"] == plain[0]["rule"] and first["level"] == "error"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (plain[0]["line"], plain[0]["column"])
    assert run_["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == first["ruleId"]


def test_audit_map_renames_columns(tmp_path: Path) -> None:
    archive = tmp_path / "erp.csv"
    archive.write_text("MsgId,Order,Body\nx1,9,Use code SAVE20 for 20% off\n", encoding="utf-8")
    done = run("audit", "--format", "jsonl", "--map", "id=MsgId,order_id=Order,text=Body", str(archive))
    result = json.loads(done.stdout)
    assert (result["id"], result["order_id"], result["verdict"]) == ("x1", "9", "block")
    assert run("audit", "--map", "body=Body", str(archive)).returncode == 2


LIBRARY_DIR = str(Path(__file__).resolve().parent.parent / "corpora" / "templates" / "library")


def test_templates_option_reports_nearest_template(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Hi Ana,\nThe blender has a two-year warranty, so keep the receipt.", encoding="utf-8")
    done = run("check", "--format", "json", "--templates", LIBRARY_DIR, str(draft))
    finding = json.loads(done.stdout)[0]["findings"][0]
    assert (finding["policy"], finding["template"]) == ("template-required", "en/warranty")
    assert done.returncode == 1
    assert run("check", "--templates", str(tmp_path / "none"), str(draft)).returncode == 2


def test_as_templates_finds_near_duplicates_and_placeholders(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hi {{name}}, your order shipped today and arrives Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Hi {{name}}, your order shipped today and arrives on Friday.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Use {{coupon_code}} next time.", encoding="utf-8")
    done = run("check", "--as-templates", "--format", "json", str(tmp_path))
    rules = {r["id"].rsplit("/", 1)[-1]: [f["rule"] for f in r["findings"]] for r in json.loads(done.stdout)}
    assert rules["b.txt"] == ["template-library/near-duplicate"]
    assert rules["a.txt"] == []
    assert "template-library/placeholder" in rules["c.txt"]


def test_suppressions_inline_and_per_file(tmp_path: Path) -> None:
    line = tmp_path / "line.txt"
    line.write_text("Use code SAVE20 for 20% off {{! msglint: ignore marketing }}\nBuy 2 get 1 free!", encoding="utf-8")
    result = json.loads(run("check", "--format", "json", str(line)).stdout)[0]
    assert [f["line"] for f in result["findings"]] == [2]
    whole = tmp_path / "whole.txt"
    whole.write_text("{{! msglint: ignore all }}\nUse code SAVE20 for 20% off", encoding="utf-8")
    assert run("check", str(whole)).returncode == 0
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    (legacy / "old.txt").write_text("Use code SAVE20 for 20% off", encoding="utf-8")
    (tmp_path / "msglint.toml").write_text(
        '[per-file-ignores]\n"legacy/*.txt" = ["marketing/coupon"]\n', encoding="utf-8"
    )
    assert run("check", "legacy/old.txt", cwd=tmp_path).returncode == 0


def test_github_annotations(messages: dict[str, Path]) -> None:
    done = run("check", "--format", "github", str(messages["bad.txt"]))
    first = done.stdout.splitlines()[0]
    assert first.startswith(f"::error file={messages['bad.txt']},line=2,col=19,")
    assert "title=review-inducement/positive-rating::" in first


def test_lone_surrogates_round_trip_in_json(tmp_path: Path) -> None:
    archive = tmp_path / "s.jsonl"
    archive.write_text('{"id": "s", "text": "leave a review \\ud800 and get a gift card"}\n', encoding="utf-8")
    done = run("audit", "--format", "jsonl", str(archive))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    result = json.loads(done.stdout)
    text = "leave a review \ud800 and get a gift card"
    assert result["findings"] and all(text[f["start"] : f["end"]] == f["excerpt"] for f in result["findings"])
    assert "Traceback" not in run("audit", str(archive)).stderr


def test_start_up_pauses_the_collector_and_the_linter_resumes_it(messages: dict[str, Path]) -> None:
    # launch.py pauses gc for start-up; if nothing turned it back on, a million-message
    # audit would keep every reference cycle it made. A library caller's gc is left alone.
    probe = (
        "import gc, sys\n"
        "from msglint import launch\n"
        f"sys.argv = ['msglint', 'check', {str(messages['ok.txt'])!r}]\n"
        "try:\n    launch.main()\nexcept SystemExit:\n    pass\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "gc.unfreeze()\n"
        "from msglint.cli import resume_collection\n"
        "resume_collection()\n"
        "print(gc.isenabled(), gc.get_freeze_count())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-2:] == ["True True", "True 0"], done.stderr


def test_the_quick_exit_delivers_all_output_and_runs_exit_handlers(tmp_path: Path) -> None:
    # launch.entry ends the process without tearing the rule set down: what it printed
    # must still arrive whole through a pipe, with the status, and the pattern store
    # (written by an exit handler) must still be written.
    draft = tmp_path / "long.txt"
    draft.write_text("\n".join(f"Line {n}: please leave us a 5-star review!" for n in range(400)), encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "msglint", "check", "--format", "json", str(draft)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 1, done.stderr
    assert len(json.loads(done.stdout)[0]["findings"]) == 400
    assert list((tmp_path / "cache" / "msglint").glob("patterns-*.pickle"))
