"""kg.validate: the SHACL shapes accept what kg.rdf writes and name each breakage in plain words."""

from __future__ import annotations

import doctest
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace as vocab

import kg.validate
from kg.api import KnowledgeGraph
from kg.cli import app
from kg.namespaces import CAMEO, actor_iri, article_graph_iri, article_iri
from kg.rdf import DKG
from kg.store import MemoryStore
from kg.validate import Report, load_file, shapes_graph, validate
from store.conftest import fill, sample_corpus  # tests/ is on sys.path under pytest's default import mode

TASS_ID = "tass-2026-02-13-0001"
TASS_GRAPH = URIRef(article_graph_iri(TASS_ID))
#: Zinoviev's statement about Korea, the first event of the hand-built TASS article.
ZINOVIEV_EVENT = URIRef(sample_corpus()[0][1][0].event)
SHORT_EVENT = "…/" + ZINOVIEV_EVENT.removeprefix("https://w3id.org/diplo-kg/id/")


def _broken(change: Callable[[Dataset], None]) -> Report:
    """Validate the hand-built corpus after ``change`` has edited its dataset."""
    store = fill(MemoryStore())
    change(store.dataset)
    return validate(store)


def _set(dataset: Dataset, subject: URIRef, predicate: URIRef, value: object) -> None:
    dataset.remove((subject, predicate, None, TASS_GRAPH))
    if value is not None:
        dataset.add((subject, predicate, value, TASS_GRAPH))


def _messages(report: Report) -> list[str]:
    return [problem.message for problem in report.violations]


def test_the_hand_built_corpus_conforms_with_one_warning_for_its_undated_event() -> None:
    report = validate(fill(MemoryStore()))
    assert report.conforms, str(report)
    [warning] = report.warnings
    assert warning.articles == ("xinhua-0003",)
    assert warning.message.endswith("in article xinhua-0003 has no date")
    assert warning.message.startswith("statement …/event/")


@pytest.mark.slow
def test_every_sample_article_validates_without_violation(sample_graph: KnowledgeGraph) -> None:
    report = validate(sample_graph.store)
    assert report.violations == [], str(report)
    union = sample_graph.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert report.triples == union["n"].iloc[0] > 3000


@pytest.mark.parametrize("change, expected", [
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.date, None),
     f"event {SHORT_EVENT} in article {TASS_ID} has no date"),
    (lambda d: d.add((ZINOVIEV_EVENT, DKG.actor, URIRef(actor_iri("country", "KOR")), TASS_GRAPH)),
     f"{SHORT_EVENT} in article {TASS_ID} has 2 values of actor where at most 1 is allowed"),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.actor, None), f"{SHORT_EVENT} in article {TASS_ID} has no actor"),
    (lambda d: d.add((ZINOVIEV_EVENT, DKG.target, URIRef(actor_iri("country", "USA")), TASS_GRAPH)),
     "has 2 values of target where at most 1 is allowed"),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.cameoType, URIRef(CAMEO + "999")),
     "has a CAMEO type that is not one concept of the CAMEO scheme"),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.goldstein, Literal(Decimal("12.5"))),
     'has the Goldstein weight "12.5" (xsd:decimal), which is not between -10 and 10'),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.quadClass, Literal(5)),
     'has the QuadClass "5" (xsd:integer), which is not between 0 and 4'),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.polarity, Literal(-2)),
     'has the polarity "-2" (xsd:integer), which is not between -1 and 1'),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.polarity, Literal("negative")),
     'has the polarity "negative", which is not an xsd:integer'),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.evidenceStart, Literal(5000)),
     'has the evidence start "5000" (xsd:integer), which is not less than its evidence end'),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.evidenceText, Literal("Something else entirely.")),
     "has evidence offsets 28..165 that do not hold its evidence text in the article text"),
    (lambda d: _set(d, ZINOVIEV_EVENT, vocab.PROV.wasDerivedFrom, None), "has no source article"),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.date, Literal("2026", datatype=vocab.XSD.gYear)),
     'has the date 2026 typed xsd:gYear, which does not match its precision "day"'),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.date, Literal("13 February")),
     "has a date that is not an xsd:date, xsd:gYearMonth or xsd:gYear"),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.cameoCode, Literal("052")),
     "has the CAMEO code 052 and root 05, which do not agree with its CAMEO type cameo:051"),
    (lambda d: _set(d, ZINOVIEV_EVENT, DKG.goldstein, Literal(Decimal("-9.5"))),
     "has the Goldstein weight -9.5 and QuadClass 1, but CAMEO 051 has 3.4 and 1"),
])
def test_a_broken_event_is_named_with_its_article(change: Callable[[Dataset], None], expected: str) -> None:
    report = _broken(change)
    assert not report.conforms or "has no date" in expected
    assert any(expected in problem.message for problem in report.problems), str(report)
    assert all(problem.node == str(ZINOVIEV_EVENT) for problem in report.problems
               if problem.articles == (TASS_ID,) and "event" in problem.message.split(" ")[0])


@pytest.mark.parametrize("change, expected", [
    (lambda d: _set(d, URIRef(article_iri(TASS_ID)), DKG.contentHash, Literal("0" * 64)),
     f"article …/article/{TASS_ID} in article {TASS_ID} has the content hash {'0' * 64}, "
     "which is not the SHA-256 digest of its text"),
    (lambda d: _set(d, URIRef(article_iri(TASS_ID)), vocab.SDO.text, None),
     f"article …/article/{TASS_ID} in article {TASS_ID} has no text"),
    (lambda d: _set(d, URIRef(article_iri(TASS_ID)), DKG.extractorVersion, None), "has no extractor version"),
    (lambda d: _set(d, URIRef(article_iri(TASS_ID)), vocab.PROV.generatedAtTime, Literal("yesterday")),
     'has the ingest time "yesterday", which is not an xsd:dateTime'),
    (lambda d: _set(d, URIRef(actor_iri("person", "Georgy Zinoviev")), vocab.RDFS.label, None),
     f"person …/actor/person/georgy-zinoviev in article {TASS_ID} has no label"),
    (lambda d: _set(d, URIRef(actor_iri("person", "Georgy Zinoviev")), DKG.country, Literal("Russia")),
     "has a country code that is neither three capital letters"),
    (lambda d: _set(d, URIRef(actor_iri("person", "Georgy Zinoviev")), DKG.actsFor, URIRef(CAMEO + "051")),
     "has the acts for cameo:051, which is not an actor"),
])
def test_broken_articles_and_actors_are_named(change: Callable[[Dataset], None], expected: str) -> None:
    report = _broken(change)
    assert not report.conforms
    assert any(expected in message for message in _messages(report)), str(report)


def test_a_plain_graph_is_validated_and_articles_are_found_by_links() -> None:
    store = fill(MemoryStore())
    union = Graph()
    for s, p, o, _ in store.dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    union.remove((ZINOVIEV_EVENT, DKG.evidenceEnd, None))
    report = validate(union)
    assert [problem.message for problem in report.violations] == [
        f"event {SHORT_EVENT} in article {TASS_ID} has no evidence end"]


def test_the_report_reads_as_plain_lines() -> None:
    report = _broken(lambda d: _set(d, ZINOVIEV_EVENT, DKG.quote, None))
    lines = str(report).splitlines()
    assert lines[0] == f"violation: event {SHORT_EVENT} in article {TASS_ID} has no quote"
    assert lines[-1].startswith("1 violations, 1 warnings in ")


def test_the_shapes_load_and_list_the_contracts_organisation_codes() -> None:
    from kg.event import IGO_CODES

    shapes = shapes_graph()
    listed = {str(literal) for literal in shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#in"))
              for literal in shapes.items(literal)} - {"day", "month", "year"}
    assert listed == set(IGO_CODES)


def test_doctests() -> None:
    assert doctest.testmod(kg.validate).failed == 0


def _export(store: MemoryStore, path: Path, fmt: str) -> Path:
    with path.open("wb") as stream:
        store.export(stream, fmt)
    return path


@pytest.mark.parametrize("fmt, suffix", [("trig", ".trig"), ("nquads", ".nq"), ("jsonld", ".jsonld")])
def test_kg_validate_checks_a_file_and_exits_1_on_a_violation(tmp_path: Path, fmt: str, suffix: str) -> None:
    good = fill(MemoryStore())
    result = CliRunner().invoke(app, ["validate", str(_export(good, tmp_path / f"good{suffix}", fmt))])
    assert result.exit_code == 0, result.output
    assert "0 violations, 1 warnings" in result.output and "has no date" in result.output
    broken = fill(MemoryStore())
    _set(broken.dataset, ZINOVIEV_EVENT, DKG.quadClass, Literal(7))
    result = CliRunner().invoke(app, ["validate", "--no-warnings", str(_export(broken, tmp_path / f"bad{suffix}", fmt))])
    assert result.exit_code == 1
    assert f"violation event {SHORT_EVENT} in article {TASS_ID} has the QuadClass \"7\"" in result.output
    assert "has no date" not in result.output


def test_kg_validate_checks_the_store_and_explains_unknown_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--store", "memory", "validate"])
    assert result.exit_code == 0 and "0 violations, 0 warnings in 0 triples." in result.output
    (tmp_path / "graph.rdf").write_text("<rdf/>", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "graph.rdf")])
    assert result.exit_code == 2 and "cannot tell the RDF format of graph.rdf" in result.output


def test_a_json_ld_file_with_a_remote_context_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": "https://schema.org/", "@id": "urn:x", "name": "x"}', encoding="utf-8")
    with pytest.raises(ValueError, match="never fetches"):
        load_file(path)
