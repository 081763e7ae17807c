"""The event contract (docs/event-record.md) as `kg extract --format jsonl` prints it, end to end.

The first run is a real subprocess of the installed ``kg`` command; the second
goes through the same CLI in-process, so the two runs also show that event
IRIs are stable.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.article import Article
from kg.cli import app
from kg.readers import read_paths

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extracted(kg_command: Path, repo_root: Path) -> list[dict]:
    """The records of the sample corpus, from a real `kg extract examples/articles --format jsonl`."""
    run = subprocess.run([str(kg_command), "extract", "examples/articles", "--format", "jsonl"],
                         cwd=repo_root, capture_output=True, text=True, encoding="utf-8", check=False)
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


@pytest.fixture(scope="module")
def article_texts(examples_dir: Path) -> dict[str, str]:
    """Each sample article's text as the readers give it, by article id."""
    return {item.id: item.text for item in read_paths([examples_dir]) if isinstance(item, Article)}


def test_every_line_is_one_record_and_every_article_has_events(extracted: list[dict],
                                                                article_texts: dict[str, str]) -> None:
    assert len(extracted) >= 60
    assert {record["article"] for record in extracted} == set(article_texts)


def test_every_record_keeps_the_contract(extracted: list[dict], article_texts: dict[str, str],
                                         check_record: Callable[[dict, str | None], list[str]]) -> None:
    breaches = {f"{record['article']} {record.get('event')}": problems
                for record in extracted
                if (problems := check_record(record, article_texts.get(record["article"])))}
    assert breaches == {}


def test_event_iris_are_unique(extracted: list[dict]) -> None:
    iris = [record["event"] for record in extracted]
    assert len(set(iris)) == len(iris)


def test_a_second_run_gives_the_same_records(extracted: list[dict], examples_dir: Path) -> None:
    second = CliRunner().invoke(app, ["extract", str(examples_dir), "--format", "jsonl"])
    assert second.exit_code == 0, second.output
    again = [json.loads(line) for line in second.stdout.splitlines()]
    assert [record["event"] for record in again] == [record["event"] for record in extracted]
    assert again == extracted


def test_the_check_catches_a_broken_record(extracted: list[dict], article_texts: dict[str, str],
                                           check_record: Callable[[dict, str | None], list[str]]) -> None:
    """The contract check itself can fail: each damaged field is reported."""
    record = extracted[0]
    text = article_texts[record["article"]]
    damaged = {**record, "span": [record["span"][0] + 1, record["span"][1]], "root": "99",
               "quad": True, "source": {**record["source"], "country": "Russia"}}
    problems = " | ".join(check_record(damaged, text))
    for field in ("text[", "root", "quad", "source.country"):
        assert field in problems
    assert check_record({**record, "extra": 1}, text) != []


def test_evidence_stays_within_one_paragraph(extracted: list[dict]) -> None:
    crossing = [(record["article"], record["sentence"][:40]) for record in extracted if "\n" in record["sentence"]]
    assert crossing == []


def test_statements_have_no_surrounding_whitespace(extracted: list[dict]) -> None:
    padded = [(record["article"], record["statement"][-40:]) for record in extracted
              if record["statement"] != record["statement"].strip()]
    assert padded == []
