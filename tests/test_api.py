"""The Python API end to end: ``kg.extract`` and ``kg.open`` over the real pipeline and both stores."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.api import IngestReport, KnowledgeGraph, extract_text
from kg.readers import read_text

pytestmark = pytest.mark.slow

DKG = "PREFIX dkg: <https://w3id.org/diplo-kg/ontology#>\n"
RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

SPEAKERS_BY_STATE = DKG + RDFS + """
SELECT DISTINCT ?speaker ?country WHERE {
  GRAPH ?g { ?event dkg:actor ?actor . ?actor dkg:country ?country ; rdfs:label ?speaker }
} ORDER BY ?speaker"""

#: Quotes, braces and a SPARQL update: a value that would break out of a query if it were pasted in.
HOSTILE_VALUE = 'RUS" } ; INSERT DATA { <a> <b> <c> } # \'{x}\' \\'

#: The query of the README's "Python API" section, word for word.
README_QUERY = """
    PREFIX dkg: <https://w3id.org/diplo-kg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?country ?speaker ?date ?quote WHERE {
      ?e dkg:actor ?a ; dkg:date ?date ; dkg:quote ?quote .
      ?a dkg:country ?country ; rdfs:label ?speaker .
    } ORDER BY ?date"""


@pytest.fixture(scope="module")
def tass_records(tass_article: Path) -> list[dict]:
    return extract_text(tass_article.read_text(encoding="utf-8"), article_id=tass_article.stem)


def _article_ids(graph: KnowledgeGraph) -> set[str]:
    return set(graph.events()["article"])


# -- kg.extract -----------------------------------------------------------------------------

def test_kg_extract_stays_callable_once_the_pipeline_is_loaded(
        check_record: Callable[[dict, str | None], list[str]]) -> None:
    import kg.api  # noqa: F401 - what kg.open() and the first kg.extract() call do

    text = "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready to resume talks with Seoul."
    records = kg.extract(text, published="2026-02-13")
    assert records and all(check_record(record, text) == [] for record in records)


def test_extract_gives_contract_records_with_the_given_publication_date(
        tass_article: Path, check_record: Callable[[dict, str | None], list[str]]) -> None:
    raw = tass_article.read_text(encoding="utf-8")
    story = read_text(raw, origin="test").text
    records = extract_text(raw, published="2026-02-13")
    assert len(records) >= 5
    assert {record["published"] for record in records} == {"2026-02-13"}
    assert [problems for record in records if (problems := check_record(record, story))] == []


def test_extract_anchors_relative_days_on_the_publication_date() -> None:
    [record] = extract_text("Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready "
                            "to resume talks with Seoul.", published="2026-02-13")
    assert (record["source"]["name"], record["source"]["country"]) == ("Sergei Lavrov", "RUS")
    assert record["target"]["country"] == "KOR"
    assert (record["date"], record["date_precision"]) == ("2026-02-09", "day")


def test_extract_refuses_a_publication_date_that_is_not_iso() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        extract_text("Seoul said nothing.", published="13/02/2026")


def test_tass_story_names_the_ambassador_speaking_to_korea(tass_records: list[dict]) -> None:
    assert any(record["source"]["name"] == "Georgy Zinoviev" and record["source"]["country"] == "RUS"
               and record["target"] is not None and record["target"]["country"] == "KOR"
               and record["date"] == "2026-02-13" for record in tass_records)


def test_tass_story_dates_putins_statement_to_january_15(tass_records: list[dict]) -> None:
    assert any(record["source"]["name"] == "Vladimir Putin" and record["source"]["country"] == "RUS"
               and record["date"] == "2026-01-15" for record in tass_records)


@pytest.mark.parametrize("phrase", ["the ambassador said of the administration", "the envoy warned"])
def test_tass_story_resolves_later_mentions_to_zinoviev_not_putin(tass_records: list[dict], phrase: str) -> None:
    """After the paragraph about Putin, 'the ambassador' and 'the envoy' still mean Zinoviev."""
    speakers = {record["source"]["name"] for record in tass_records
                if phrase in record["sentence"] and record["source"]["kind"] == "person"}
    assert speakers == {"Georgy Zinoviev"}


# -- kg.open and ingest ---------------------------------------------------------------------

def test_ingesting_the_sample_corpus_stores_every_article(memory_report: IngestReport) -> None:
    assert memory_report.failures == []
    assert memory_report.articles >= 20
    assert memory_report.events >= 60


def test_both_stores_receive_the_same_corpus(memory_report: IngestReport, oxigraph_report: IngestReport,
                                             memory_graph: KnowledgeGraph,
                                             oxigraph_graph: KnowledgeGraph) -> None:
    assert (oxigraph_report.articles, oxigraph_report.events) == (memory_report.articles, memory_report.events)
    assert {key: value for key, value in oxigraph_graph.stats().items() if key != "triples"} == \
        {key: value for key, value in memory_graph.stats().items() if key != "triples"}


def test_open_takes_a_sparql_endpoint_without_contacting_it() -> None:
    from kg.store.sparql import SparqlStore

    graph = kg.open("http://127.0.0.1:9/query")  # port 9: nothing listens; opening sends nothing
    assert isinstance(graph.store, SparqlStore)
    graph.close()


# -- query ------------------------------------------------------------------------------------

def test_query_binds_a_keyword_argument_as_a_term(sample_graph: KnowledgeGraph) -> None:
    everyone = sample_graph.query(SPEAKERS_BY_STATE)
    russians = sample_graph.query(SPEAKERS_BY_STATE, country="RUS")
    assert list(russians.columns) == ["speaker"]
    assert {"Georgy Zinoviev", "Vladimir Putin", "Maria Zakharova"} <= set(russians["speaker"])
    assert set(russians["speaker"]) < set(everyone["speaker"])
    assert "Cho Hyun" in set(everyone["speaker"]) - set(russians["speaker"])


def test_a_hostile_value_is_only_a_literal(sample_graph: KnowledgeGraph) -> None:
    before = sample_graph.store.triple_count()
    assert sample_graph.query(SPEAKERS_BY_STATE, country=HOSTILE_VALUE).empty
    assert sample_graph.store.triple_count() == before
    assert sample_graph.query('SELECT ?s WHERE { ?s ?p ?o FILTER(STR(?s) = "a") }').empty


@pytest.mark.parametrize("backend", [
    "memory",
    "oxigraph",
])
def test_the_readme_query_example_runs(backend: str, request: pytest.FixtureRequest) -> None:
    graph: KnowledgeGraph = request.getfixturevalue(f"{backend}_graph")
    russians = graph.query(README_QUERY, country="RUS")
    assert not russians.empty
    assert "Georgy Zinoviev" in set(russians["speaker"])
    assert len(russians) < len(graph.query(README_QUERY))


def test_named_query_gives_a_dataframe(sample_graph: KnowledgeGraph) -> None:
    dyads = sample_graph.named("dyad-summary")
    assert list(dyads.columns)[:3] == ["source", "target", "events"]
    assert ("RUS", "KOR") in set(zip(dyads["source"], dyads["target"]))


# -- events, NetworkX, view ------------------------------------------------------------------

def test_events_filter_by_actor(sample_graph: KnowledgeGraph) -> None:
    everything = sample_graph.events()
    korean = sample_graph.events(actor="KOR")
    assert 0 < len(korean) < len(everything)
    assert ((korean["source_country"] == "KOR") | (korean["target_country"] == "KOR")).all()
    involving = (everything["source_country"] == "KOR") | (everything["target_country"] == "KOR")
    assert set(korean["event"]) == set(everything.loc[involving, "event"])


def test_events_filter_by_date(memory_graph: KnowledgeGraph) -> None:
    summer = memory_graph.events(since="2026-06-01", until="2026-08-31")
    assert not summer.empty
    assert summer["date"].between("2026-06-01", "2026-08-31").all()


def test_to_networkx_gives_one_counted_edge_per_dyad(memory_graph: KnowledgeGraph) -> None:
    dyads = memory_graph.to_networkx()
    assert isinstance(dyads, nx.DiGraph) and not dyads.is_multigraph()
    assert dyads.has_edge("RUS", "KOR")
    counts = [count for _, _, count in dyads.edges(data="count")]
    assert all(isinstance(count, int) and count >= 1 for count in counts)
    assert sum(counts) <= len(memory_graph.events())


def test_view_writes_an_html_file(memory_graph: KnowledgeGraph, tmp_path: Path) -> None:
    written = memory_graph.view(tmp_path / "views" / "korea.html", actor="KOR")
    assert written == tmp_path / "views" / "korea.html"
    page = written.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "KOR" in page


# -- writing: re-ingest and remove -------------------------------------------------------------

@pytest.fixture(params=["memory", "oxigraph"])
def small_graph(request: pytest.FixtureRequest, tmp_path: Path,
                examples_dir: Path) -> Iterator[tuple[KnowledgeGraph, list[Path]]]:
    """A fresh graph of three sample articles, one per reader (.txt, .jsonl, .html)."""
    graph = kg.open("memory" if request.param == "memory" else str(tmp_path / "kgdata"))
    paths = [examples_dir / "tass-2026-02-13-zinoviev-seoul.txt", examples_dir / "yonhap-2026-10-records.jsonl",
             examples_dir / "ap-2026-10-06-nato-rutte-russia.html"]
    report = graph.ingest(paths)
    assert (report.articles, report.failures) == (4, [])
    yield graph, paths
    graph.close()


def test_reingesting_changes_nothing(small_graph: tuple[KnowledgeGraph, list[Path]]) -> None:
    graph, paths = small_graph
    before = (graph.store.triple_count(), len(graph.events()))
    report = graph.ingest(paths)
    assert report.failures == []
    assert (graph.store.triple_count(), len(graph.events())) == before


def test_remove_drops_one_article_only(small_graph: tuple[KnowledgeGraph, list[Path]]) -> None:
    graph, _ = small_graph
    before = graph.store.triple_count()
    others = graph.events().query("article != 'tass-2026-02-13-zinoviev-seoul'")
    assert graph.remove("tass-2026-02-13-zinoviev-seoul") is True
    assert not graph.store.has_article("tass-2026-02-13-zinoviev-seoul")
    assert "tass-2026-02-13-zinoviev-seoul" not in _article_ids(graph)
    assert sorted(graph.events()["event"]) == sorted(others["event"])
    assert graph.store.triple_count() < before
    assert graph.remove("tass-2026-02-13-zinoviev-seoul") is False


def test_resolve_gives_the_office_holder_at_a_date_and_flags_ambiguity() -> None:
    yoon = kg.resolve("the South Korean president", "2023-05-01")
    assert (yoon.name, yoon.country, yoon.role) == ("Yoon Suk Yeol", "KOR", "president")
    assert kg.resolve("Georgia", context="Officials in Tbilisi said").country == "GEO"
    assert kg.resolve("Georgia").uncertain
    assert kg.resolve("Xyzzy Plugh") is None
