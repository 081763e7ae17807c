"""A small hand-built corpus (three articles, six events) and the store contract tests.

The articles and events are written out by hand so that these tests do not
depend on the extractor. ``StoreContract`` holds the behaviour every backend
must show; each backend's test module subclasses it with its own ``store``
fixture.

``OxigraphServer`` runs a real ``oxigraph serve`` process (the ``oxigraph``
PyPI package of the dev extra) for the remote-store tests; the session fixture
``oxigraph_server`` shares one. Without the binary those tests are skipped,
except under CI (the ``CI`` environment variable), where they fail.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace as vocab

from kg.article import Article
from kg.event import Actor, Event
from kg.namespaces import actor_iri, article_graph_iri, event_iri
from kg.store.base import EXPORT_FORMATS, Store

EXTRACTOR_VERSION = "0.1.0-test"

#: Quotes, braces, a backslash and a SPARQL update, to prove that values are never query text.
HOSTILE = 'RUS" } ; INSERT DATA { <a> <b> <c> } # \\ \'{x}\''

ZINOVIEV = Actor("Georgy Zinoviev", "RUS", actor_iri("person", "Georgy Zinoviev"), "person",
                 role="ambassador", sector="government")
LAVROV = Actor("Sergei Lavrov", "RUS", actor_iri("person", "Sergei Lavrov"), "person",
               role="foreign minister")
RUSSIA = Actor("Russia", "RUS", actor_iri("country", "RUS"), "country")
KOREA = Actor("Republic of Korea", "KOR", actor_iri("country", "KOR"), "country")
USA = Actor("United States", "USA", actor_iri("country", "USA"), "country")
CHINA = Actor("China", "CHN", actor_iri("country", "CHN"), "country")
DPRK = Actor("DPRK", "PRK", actor_iri("country", "PRK"), "country")
KOREAN_MINISTRY = Actor("South Korean Foreign Ministry", "KOR",
                        actor_iri("organization", "South Korean Foreign Ministry"), "organization")
UNITED_NATIONS = Actor("United Nations", "UN", actor_iri("organization", "UN"), "organization")


def _event(article: Article, number: int, sentence: str, source: Actor, target: Actor | None, *,
           when: str | None, precision: str | None, cameo: str, plover: str | None,
           goldstein: float, quad: int, polarity: int, verb: str, statement: str,
           negated: bool = False, speech: bool = False) -> Event:
    start = article.text.index(sentence)
    return Event(
        article=article.id, event=event_iri(article.id, number), span=(start, start + len(sentence)),
        sentence=sentence, source=source, target=target, date=when, date_precision=precision,
        published=article.published.isoformat() if article.published else None, cameo=cameo,
        root=cameo[:2], plover=plover, goldstein=goldstein, quad=quad, polarity=polarity,
        negated=negated, verb=verb, statement=statement, extras={"speech": True} if speech else {},
    )


def sample_corpus() -> list[tuple[Article, list[Event]]]:
    """Three articles with their events; see the module docstring of tests/test_query.py for
    the answers each named query should give on it."""
    tass_sentences = [
        "The peoples of Russia and the Republic of Korea maintain a friendly attitude towards "
        "each other, Russian Ambassador Georgy Zinoviev said.",
        "Earlier this month Zinoviev criticized Washington's policy on the peninsula.",
    ]
    tass = Article(id="tass-2026-02-13-0001", text="SEOUL, February 13. /TASS/. " + " ".join(tass_sentences),
                   published=date(2026, 2, 13), agency="TASS", place="SEOUL",
                   url="https://tass.example/2026/02/13/1", title="Envoy praises friendship")
    yonhap_sentences = [
        "The South Korean Foreign Ministry said it hopes to meet Russian officials soon.",
        "Russian Foreign Minister Sergei Lavrov held talks with his South Korean counterpart.",
        "The United Nations did not accuse the DPRK of the launch this year.",
    ]
    yonhap = Article(id="yonhap-2026-03-01-0002",
                     text="Seoul, March 1 (Yonhap) -- " + " ".join(yonhap_sentences),
                     published=date(2026, 3, 1), agency="Yonhap", place="Seoul")
    xinhua_sentence = 'China said: "We reject {all} such claims" \\ ' + HOSTILE
    xinhua = Article(id="xinhua-0003", text="BEIJING (Xinhua) -- " + xinhua_sentence + "\nEnd.")
    return [
        (tass, [
            _event(tass, 1, tass_sentences[0], ZINOVIEV, KOREA, when="2026-02-13", precision="day",
                   cameo="051", plover="COOPERATE", goldstein=3.4, quad=1, polarity=1, verb="said",
                   statement="The peoples of Russia and the Republic of Korea maintain a friendly "
                             "attitude towards each other"),
            _event(tass, 2, tass_sentences[1], ZINOVIEV, USA, when="2026-02", precision="month",
                   cameo="012", plover=None, goldstein=-0.4, quad=0, polarity=-1, verb="criticized",
                   statement="Washington's policy on the peninsula"),
        ]),
        (yonhap, [
            _event(yonhap, 1, yonhap_sentences[0], KOREAN_MINISTRY, RUSSIA, when="2026-03-01",
                   precision="day", cameo="036", plover="CONSULT", goldstein=4.0, quad=1, polarity=1,
                   verb="said", statement="it hopes to meet Russian officials soon", speech=True),
            _event(yonhap, 2, yonhap_sentences[1], LAVROV, KOREA, when="2026-03-01", precision="day",
                   cameo="040", plover="CONSULT", goldstein=1.0, quad=1, polarity=1, verb="held",
                   statement="held talks with his South Korean counterpart"),
            _event(yonhap, 3, yonhap_sentences[2], UNITED_NATIONS, DPRK, when="2026", precision="year",
                   cameo="112", plover="ACCUSE", goldstein=-2.0, quad=3, polarity=-1, verb="accuse",
                   statement="accuse the DPRK of the launch", negated=True),
        ]),
        (xinhua, [
            _event(xinhua, 1, xinhua_sentence, CHINA, None, when=None, precision=None, cameo="010",
                   plover=None, goldstein=0.0, quad=0, polarity=0, verb="said",
                   statement='We reject {all} such claims'),
        ]),
    ]


def fill(store: Store) -> Store:
    """Write the sample corpus into ``store`` and return it."""
    for article, events in sample_corpus():
        store.replace_article(article, events, extractor_version=EXTRACTOR_VERSION)
    return store


def _graph_size(store: Store, article_id: str) -> int:
    result = store.query("SELECT (COUNT(*) AS ?n) ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                         {"g": URIRef(article_graph_iri(article_id))})
    return int(result.rows[0][0]) if result.rows else 0


def _distinct_union_size(store: Store) -> int:
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    return int(result.rows[0][0])


class StoreContract:
    """What every Store does; subclasses provide a ``store`` fixture holding the sample corpus."""

    def test_replacing_an_article_twice_keeps_the_same_triples(self, store: Store) -> None:
        before = store.triple_count()
        article, events = sample_corpus()[0]
        store.replace_article(article, events, extractor_version=EXTRACTOR_VERSION)
        store.replace_article(article, events, extractor_version=EXTRACTOR_VERSION)
        assert store.triple_count() == before > 0

    def test_replacing_with_fewer_events_drops_the_old_ones(self, store: Store) -> None:
        article, events = sample_corpus()[1]
        store.replace_article(article, events[:1], extractor_version=EXTRACTOR_VERSION)
        result = store.query("SELECT ?e ?g WHERE { GRAPH ?g { ?e a <https://w3id.org/diplo-kg/ontology#Event> } }",
                             {"g": URIRef(article_graph_iri(article.id))})
        assert [row[0] for row in result.rows] == [URIRef(events[0].event)]

    def test_remove_drops_only_that_article(self, store: Store) -> None:
        others = {article.id: _graph_size(store, article.id) for article, _ in sample_corpus()[1:]}
        assert store.has_article("tass-2026-02-13-0001")
        assert store.remove_article("tass-2026-02-13-0001") is True
        assert not store.has_article("tass-2026-02-13-0001")
        assert _graph_size(store, "tass-2026-02-13-0001") == 0
        assert {article_id: _graph_size(store, article_id) for article_id in others} == others
        assert store.remove_article("tass-2026-02-13-0001") is False

    def test_query_sees_the_union_and_binds_parameters(self, store: Store) -> None:
        sparql = ("SELECT DISTINCT ?name ?code WHERE { ?actor <https://w3id.org/diplo-kg/ontology#country> ?code ; "
                  "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name")
        result = store.query(sparql, {"code": "RUS"})
        assert result.columns == ["name", "code"]
        assert [str(row[0]) for row in result.rows] == ["Georgy Zinoviev", "Russia", "Sergei Lavrov"]

    def test_a_parameter_outside_the_select_clause_is_still_bound(self, store: Store) -> None:
        sparql = ("SELECT DISTINCT ?name WHERE { ?actor <https://w3id.org/diplo-kg/ontology#country> ?code ; "
                  "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name")
        result = store.query(sparql, {"code": "RUS"})
        assert result.columns == ["name"]
        assert [str(row[0]) for row in result.rows] == ["Georgy Zinoviev", "Russia", "Sergei Lavrov"]
        assert store.query(sparql, {"code": HOSTILE}).rows == []

    def test_hostile_binding_is_only_a_literal(self, store: Store) -> None:
        before = store.triple_count()
        sparql = ("SELECT ?actor ?code WHERE { ?actor <https://w3id.org/diplo-kg/ontology#country> ?code }")
        assert store.query(sparql, {"code": HOSTILE}).rows == []
        assert store.triple_count() == before
        assert store.query('SELECT ?p WHERE { ?s ?p ?o FILTER(STR(?s) = "a") }').rows == []

    def test_article_text_comes_back_exactly(self, store: Store) -> None:
        article = sample_corpus()[2][0]
        result = store.query("SELECT ?text ?id WHERE { ?a <https://schema.org/identifier> ?id ; "
                             "<https://schema.org/text> ?text }", {"id": article.id})
        assert [str(row[0]) for row in result.rows] == [article.text]

    def test_only_select_queries_are_run(self, store: Store) -> None:
        with pytest.raises(ValueError, match="kg query runs SELECT queries; use ASK/CONSTRUCT through `kg serve`"):
            store.query("ASK { ?s ?p ?o }")

    @pytest.mark.parametrize("fmt", EXPORT_FORMATS)
    def test_export_round_trips(self, store: Store, fmt: str) -> None:
        buffer = io.BytesIO()
        store.export(buffer, fmt)
        data = buffer.getvalue()
        if fmt == "turtle":
            expected = _distinct_union_size(store)
            assert len(Graph().parse(data=data, format="turtle")) == expected
            assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == expected
        else:
            rdflib_format = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[fmt]
            parsed = Dataset()
            parsed.parse(data=data, format=rdflib_format)
            assert len(list(parsed.quads((None, None, None, None)))) == store.triple_count()
            ox_format = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                         "jsonld": ox.RdfFormat.JSON_LD}[fmt]
            assert len(set(ox.parse(data, format=ox_format))) == store.triple_count()

    def test_export_rejects_unknown_formats(self, store: Store) -> None:
        with pytest.raises(ValueError, match="turtle, trig, nquads, jsonld"):
            store.export(io.BytesIO(), "rdfxml")

    def test_literals_keep_their_types(self, store: Store) -> None:
        result = store.query("SELECT ?date ?goldstein ?negated ?cameo WHERE { ?e <https://w3id.org/diplo-kg/ontology#date> ?date ; "
                             "<https://w3id.org/diplo-kg/ontology#goldstein> ?goldstein ; "
                             "<https://w3id.org/diplo-kg/ontology#negated> ?negated ; "
                             "<https://w3id.org/diplo-kg/ontology#cameoCode> ?cameo }", {"cameo": "112"})
        [(when, goldstein, negated, _)] = result.rows
        assert when == Literal("2026", datatype=vocab.XSD.gYear)
        assert goldstein.datatype == vocab.XSD.decimal and goldstein.toPython() == Decimal("-2")
        assert negated == Literal(True)


def oxigraph_binary() -> str:
    """The ``oxigraph`` server command; skip the test without it (fail under CI)."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    found = shutil.which("oxigraph") or (str(beside_python) if beside_python.exists() else None)
    if found is None:
        reason = ("the oxigraph server binary is missing: pip install -e '.[dev]' installs it "
                  "(PyPI package oxigraph)")
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI must run the remote-store tests")
        pytest.skip(reason)
    return found


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OxigraphServer:
    """An ``oxigraph serve`` process on 127.0.0.1 over a folder, answering over the union graph."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        """The query endpoint; update and Graph Store endpoints follow Oxigraph's conventions."""
        return f"http://127.0.0.1:{self.port}/query"

    def start(self) -> OxigraphServer:
        """Start the server; after a stop or a kill, on the same port and folder."""
        self.port = self.port or free_port()
        self.process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(self.location), "--bind",
             f"127.0.0.1:{self.port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_until_answering()
        return self

    def _wait_until_answering(self, attempts: int = 200) -> None:
        probe = urllib.request.Request(self.url, data=b"ASK {}", method="POST",
                                       headers={"Content-Type": "application/sparql-query"})
        for _ in range(attempts):
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {self.process.stderr.read().decode()}")
            try:
                urllib.request.urlopen(probe, timeout=1).close()
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)
        raise RuntimeError(f"oxigraph serve did not answer on {self.url}")

    def kill(self) -> None:
        """Stop the server the hard way (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()

    def clear(self) -> None:
        """Empty the server's dataset."""
        request = urllib.request.Request(self.url.replace("/query", "/update"), data=b"DROP ALL",
                                         method="POST",
                                         headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(request, timeout=10).close()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """One oxigraph server for the session; tests that write clear it first."""
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server") / "data").start()
    yield server
    server.stop()
