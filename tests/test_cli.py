"""The ``kg`` command end to end: in-process through ``typer.testing.CliRunner``, and as a subprocess
where only a second process can show the behaviour (a store locked by another process)."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner, Result

from kg.api import KnowledgeGraph
from kg.cli import app
from kg.query import named_queries

pytestmark = pytest.mark.slow

SUMMARY = re.compile(r"Ingested (?P<articles>\d+) articles?, (?P<events>\d+) events?(?:; (?P<failed>\d+) failed)?\.")

#: Each bad input (as the output names it) and a word of the reason it must be given.
BAD_INPUT_REASONS = {
    "binary-garbage.txt": "binary file",
    "broken-date-marker.txt": "not a valid date",
    "broken-records.jsonl:1": "not valid JSON",
    "broken-records.jsonl:2": "no 'text'",
    "empty.txt": "empty article",
    "only-date-marker.txt": "empty article",
}
RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}


def kg(*args: str, input: str | None = None) -> Result:
    """Run the ``kg`` command in-process."""
    return CliRunner().invoke(app, list(args), input=input)


def flat(text: str) -> str:
    """The text with rich's line wrapping undone, so that messages can be matched whole."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> tuple[str, Result]:
    """An Oxigraph folder holding the sample corpus, ingested by `kg ingest`, and that run's result."""
    folder = str(tmp_path_factory.mktemp("cli") / "kgdata")
    return folder, kg("--store", folder, "ingest", str(examples_dir))


# -- ingest ------------------------------------------------------------------------------------

def test_ingest_prints_the_summary_and_the_stats(store: tuple[str, Result]) -> None:
    _, result = store
    assert result.exit_code == 0, result.output
    summary = SUMMARY.search(result.stdout)
    assert summary is not None and summary["failed"] is None
    assert int(summary["articles"]) >= 20 and int(summary["events"]) >= 60
    assert "articles" in result.stdout and "Top dyads" in result.stdout


def test_ingest_names_every_bad_file_and_keeps_the_good_one(bad_inputs: Path, tass_article: Path) -> None:
    result = kg("--store", "memory", "ingest", str(bad_inputs), str(tass_article))
    assert result.exit_code == 0, result.output
    summary = SUMMARY.search(result.stdout)
    assert summary is not None
    assert (summary["articles"], summary["failed"]) == ("1", str(len(BAD_INPUT_REASONS)))
    reasons = dict(message.partition(": ")[::2] for message in flat(result.stderr).split("skipped ")[1:])
    assert {Path(name).name: reason for name, reason in reasons.items()}.keys() == BAD_INPUT_REASONS.keys()
    for name, reason in reasons.items():
        assert BAD_INPUT_REASONS[Path(name).name] in reason, name


def test_ingest_of_nothing_but_bad_files_fails(bad_inputs: Path) -> None:
    result = kg("--store", "memory", "ingest", str(bad_inputs))
    assert result.exit_code == 1
    assert "Ingested 0 articles" in result.stdout
    assert flat(result.stderr).count("skipped") == len(BAD_INPUT_REASONS)


def test_ingest_names_a_missing_path(tmp_path: Path) -> None:
    result = kg("--store", "memory", "ingest", str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 1
    assert "no such file or folder" in flat(result.stderr)


# -- query -------------------------------------------------------------------------------------

def test_named_query_with_a_parameter_prints_a_table(store: tuple[str, Result]) -> None:
    folder, _ = store
    result = kg("--store", folder, "query", "--name", "who-said-what", "--param", "actor=RUS")
    assert result.exit_code == 0, result.output
    assert "Zinoviev" in result.stdout
    rows = re.search(r"^(\d+) rows$", result.stdout, re.MULTILINE)
    assert rows is not None and int(rows[1]) > 0


def test_query_list_names_every_named_query(store: tuple[str, Result]) -> None:
    folder, _ = store
    result = kg("--store", folder, "query", "--list")
    assert result.exit_code == 0
    assert set(re.findall(r"^│ (\S+)", result.stdout, re.MULTILINE)) == set(named_queries())


def test_query_as_csv_parses(store: tuple[str, Result]) -> None:
    folder, _ = store
    result = kg("--store", folder, "query", "--name", "who-said-what", "--param", "actor=rus",
                "--param", "target=KOR", "--format", "csv")
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert not frame.empty
    assert {"speaker", "country", "target", "statement"} <= set(frame.columns)
    assert set(frame["country"]) == {"RUS"} and set(frame["target"]) == {"KOR"}


def test_query_as_json_parses(store: tuple[str, Result]) -> None:
    folder, _ = store
    result = kg("--store", folder, "query", "--name", "dyad-summary", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and rows
    assert {"source": "RUS", "target": "KOR"}.items() <= next(
        row for row in rows if (row["source"], row["target"]) == ("RUS", "KOR")).items()


def test_inline_sparql_binds_a_parameter(store: tuple[str, Result]) -> None:
    folder, _ = store
    sparql = ("PREFIX dkg: <https://w3id.org/diplo-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
              "SELECT DISTINCT ?name ?code WHERE { ?actor dkg:country ?code ; rdfs:label ?name }")
    results = {code: kg("--store", folder, "query", sparql, "--param", f"code={code}", "--format", "json")
               for code in ("RUS", "XXX")}
    assert [result.exit_code for result in results.values()] == [0, 0]
    assert "Georgy Zinoviev" in {row["name"] for row in json.loads(results["RUS"].stdout)}
    assert json.loads(results["XXX"].stdout) == []


@pytest.mark.parametrize(("args", "message"), [
    (["--name", "nope"], "no named query 'nope'; choose one of:"),
    (["--name", "who-said-what", "--param", "colour=red"], "has no parameter colour; it accepts: actor"),
    (["--name", "who-said-what", "--param", "since=February"], "wants a date as YYYY-MM-DD"),
    (["--name", "who-said-what", "--param", "actor"], "--param takes key=value"),
    ([], "give exactly one of"),
])
def test_query_mistakes_exit_2_with_a_message(store: tuple[str, Result], args: list[str], message: str) -> None:
    folder, _ = store
    result = kg("--store", folder, "query", *args)
    assert result.exit_code == 2
    assert message in flat(result.stderr)


# -- view, stats, export -----------------------------------------------------------------------

def test_view_writes_html(store: tuple[str, Result], tmp_path: Path) -> None:
    folder, _ = store
    out = tmp_path / "view.html"
    result = kg("--store", folder, "view", "--out", str(out), "--actor", "RUS", "--since", "2026-01-01")
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.stdout
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


def test_view_refuses_a_bad_date(store: tuple[str, Result], tmp_path: Path) -> None:
    folder, _ = store
    result = kg("--store", folder, "view", "--out", str(tmp_path / "v.html"), "--since", "last week")
    assert result.exit_code == 2
    assert "--since must be a date like 2026-02-13" in flat(result.stderr)
    assert not (tmp_path / "v.html").exists()


def test_stats_prints_the_counts(store: tuple[str, Result]) -> None:
    folder, ingested = store
    summary = SUMMARY.search(ingested.stdout)
    result = kg("--store", folder, "stats")
    assert result.exit_code == 0
    header, values = [line for line in result.stdout.splitlines() if line.startswith("┃") or line.startswith("│")][:2]
    assert header.split() == ["┃", "articles", "┃", "events", "┃", "actors", "┃", "triples", "┃"]
    cells = values.strip("│ ").split("│")
    assert [cell.strip() for cell in cells[:2]] == [summary["articles"], summary["events"]]


@pytest.mark.parametrize("fmt", sorted(RDFLIB_FORMATS))
def test_export_parses_back(store: tuple[str, Result], tmp_path: Path, fmt: str) -> None:
    folder, _ = store
    out = tmp_path / f"graph.{fmt}"
    result = kg("--store", folder, "export", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    parsed = Graph() if fmt == "turtle" else Dataset()
    parsed.parse(out, format=RDFLIB_FORMATS[fmt])
    size = len(parsed) if fmt == "turtle" else len(list(parsed.quads((None, None, None, None))))
    assert size > 0


def test_export_to_stdout_is_trig(store: tuple[str, Result]) -> None:
    folder, _ = store
    result = kg("--store", folder, "export")
    assert result.exit_code == 0
    parsed = Dataset()
    parsed.parse(data=result.stdout_bytes, format="trig")
    assert len(list(parsed.graphs())) > 20


# -- remove ------------------------------------------------------------------------------------

def test_remove_deletes_an_article_once(tmp_path: Path, tass_article: Path) -> None:
    folder = str(tmp_path / "kgdata")
    assert kg("--store", folder, "ingest", str(tass_article)).exit_code == 0
    removed = kg("--store", folder, "remove", tass_article.stem)
    assert removed.exit_code == 0 and f"Removed {tass_article.stem}" in removed.stdout
    counts = kg("--store", folder, "query", "--name", "counts", "--format", "json")
    assert json.loads(counts.stdout)[0]["articles"] == 0
    again = kg("--store", folder, "remove", tass_article.stem)
    assert again.exit_code == 1
    assert f"no article '{tass_article.stem}' in the store" in flat(again.stderr)


# -- extract -----------------------------------------------------------------------------------

def test_extract_reads_stdin(tass_article: Path) -> None:
    result = kg("extract", "-", "--format", "jsonl", input=tass_article.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    assert {record["article"] for record in records} == {records[0]["article"]}
    assert records[0]["article"].startswith("stdin-")
    assert {record["published"] for record in records} == {"2026-02-13"}
    assert any(record["source"]["name"] == "Georgy Zinoviev" for record in records)


def test_extract_as_a_table(tass_article: Path) -> None:
    result = kg("extract", str(tass_article), "--format", "table")
    assert result.exit_code == 0
    assert "date" in result.stdout and "Zinoviev" in result.stdout and "(RUS)" in result.stdout


def test_extract_of_empty_stdin_fails_with_the_reason() -> None:
    result = kg("extract", "-", input="")
    assert result.exit_code == 1
    assert "<stdin>: empty article" in flat(result.stderr)


def test_extract_refuses_an_unknown_format(tass_article: Path) -> None:
    result = kg("extract", str(tass_article), "--format", "xml")
    assert result.exit_code == 2
    assert "--format must be jsonl or table" in flat(result.stderr)


# -- stores ------------------------------------------------------------------------------------

def test_an_unreachable_sparql_server_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda seconds: None)  # skip the retry back-off
    result = kg("--store", "http://127.0.0.1:9/query", "stats")
    assert result.exit_code == 2
    assert "error:" in flat(result.stderr) and "Traceback" not in result.output


def test_a_store_open_in_another_process_is_named(oxigraph_graph: KnowledgeGraph, oxigraph_folder: Path,
                                                 kg_command: Path, tass_article: Path) -> None:
    """While this process holds the Oxigraph folder open, a `kg` subprocess can read it but not write it."""
    assert oxigraph_graph.store.triple_count() > 0
    write = subprocess.run([str(kg_command), "--store", str(oxigraph_folder), "ingest", str(tass_article)],
                           capture_output=True, text=True, encoding="utf-8", check=False)
    assert write.returncode != 0
    assert "is open in another process" in flat(write.stderr)
    assert "Traceback" not in write.stderr
    read = subprocess.run([str(kg_command), "--store", str(oxigraph_folder), "stats"],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert read.returncode == 0, read.stderr
    assert "24" in read.stdout  # the sample's articles, read beside the writer


def test_a_mistyped_store_folder_is_reported_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    result = kg("--store", str(missing), "stats")
    assert result.exit_code == 2
    assert "no diplo-kg store" in flat(result.stderr)
    assert not missing.exists()
