"""kg.store.sparql: binding by VALUES, endpoint conventions, and a live oxigraph server.

The server tests (marked slow) run against a real ``oxigraph serve`` process.
Faults are injected by ``RecordingProxy``, a small HTTP server between the
store and oxigraph that records each request and can answer in its place
(a 503) or act after forwarding it (kill the server).
"""

from __future__ import annotations

import doctest
import http.server
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

import kg.store.sparql
from kg.api import KnowledgeGraph
from kg.namespaces import ID, article_graph_iri
from kg.query import named_queries
from kg.store import MemoryStore, SparqlStore, open_store
from kg.store.sparql import (STAGED_PREDICATE, Endpoints, RemoteStoreError, bind_values,
                             ntriples_term, parse_endpoints, query_form, select_for, staging_graph)

from .conftest import (EXTRACTOR_VERSION, HOSTILE, OxigraphServer, StoreContract, fill,
                       sample_corpus)

ARTICLE_GRAPHS = ID + "graph/"
WRITTEN_AT = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)


# -- binding values ------------------------------------------------------------------------

@pytest.mark.parametrize("value", [HOSTILE, 'a\nb\r\tc\x00\x7f"\'\\', "日本 'x'", '"""', "} } #"])
def test_a_bound_value_comes_back_as_exactly_one_literal(value: str) -> None:
    rewritten = bind_values("SELECT ?v WHERE { }", {"v": value})
    rows = list(Graph().query(rewritten))
    assert rows == [(Literal(value),)]


def test_values_open_the_outermost_group_not_a_subquery() -> None:
    sparql = ('PREFIX s: <https://schema.org/> # a { in a comment\n'
              'SELECT ?x (CONCAT("{", ?y) AS ?z) ?code WHERE { { SELECT ?x WHERE { ?x ?p ?o } } '
              '?x s:name ?y FILTER(?code = "RUS") }')
    rewritten = bind_values(sparql, {"code": "RUS"})
    assert rewritten.index('VALUES (?code) { ("RUS") }') < rewritten.index("{ SELECT ?x")
    assert rewritten.replace(' VALUES (?code) { ("RUS") } ', "") == sparql
    prepareQuery(rewritten)


def test_filters_see_the_bound_value() -> None:
    graph = Graph()
    graph.add((URIRef("urn:a"), URIRef("urn:code"), Literal("RUS")))
    graph.add((URIRef("urn:b"), URIRef("urn:code"), Literal("KOR")))
    sparql = "SELECT ?s ?want WHERE { ?s <urn:code> ?c FILTER(COALESCE(?want = ?c, true)) }"
    assert [str(row[0]) for row in graph.query(bind_values(sparql, {"want": "KOR"}))] == ["urn:b"]
    assert len(graph.query(bind_values(sparql, {"want": HOSTILE}))) == 0


@pytest.mark.parametrize("term, problem", [
    (URIRef("urn:a> } INSERT DATA { <urn:b"), "cannot write the IRI"),
    (URIRef("urn:a b"), "cannot write the IRI"),
    (Literal("x", datatype=URIRef("urn:t> } INSERT DATA { <urn:x")), "cannot write the IRI"),
])
def test_terms_that_could_break_out_are_refused(term: URIRef | Literal, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        bind_values("SELECT ?v WHERE { }", {"v": term})


def test_variable_names_are_checked() -> None:
    with pytest.raises(ValueError, match="not a SPARQL variable name"):
        bind_values("SELECT * WHERE { }", {"v) { } INSERT": "x"})


def test_literals_keep_their_datatype_and_language() -> None:
    assert ntriples_term(Literal("2026-02", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYearMonth"))) \
        == '"2026-02"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    assert ntriples_term(Literal("Séoul", lang="fr")) == '"Séoul"@fr'
    assert ntriples_term(Literal("plain")) == '"plain"'


def test_query_forms_are_read_past_comments_and_strings() -> None:
    assert query_form("# SELECT\nPREFIX a: <urn:x#>\nCONSTRUCT { ?s a:p ?o } WHERE { ?s a:q ?o }") == "CONSTRUCT"
    assert select_for("ASK { ?s ?p ?o }") == ("ASK", "SELECT * { ?s ?p ?o }\nLIMIT 1")
    assert select_for("CONSTRUCT WHERE { ?s <urn:p> ?o }")[1] == "SELECT * WHERE { ?s <urn:p> ?o }"
    with pytest.raises(ValueError, match="not a SPARQL query"):
        query_form("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


# -- endpoints -----------------------------------------------------------------------------

@pytest.mark.parametrize("spec, update, gsp", [
    ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store"),
    ("http://fuseki:3030/ds/sparql", "http://fuseki:3030/ds/update", "http://fuseki:3030/ds/data"),
    ("http://fuseki:3030/ds/query", "http://fuseki:3030/ds/update", "http://fuseki:3030/ds/data"),
    ("http://gdb:7200/repositories/news", "http://gdb:7200/repositories/news/statements",
     "http://gdb:7200/repositories/news/rdf-graphs/service"),
    ("http://virtuoso:8890/sparql", "http://virtuoso:8890/sparql", None),
    ("https://qlever.example.org/api/wikidata", None, None),
])
def test_endpoints_follow_server_conventions(spec: str, update: str | None, gsp: str | None) -> None:
    endpoints = parse_endpoints(spec)
    assert (endpoints.query, endpoints.update, endpoints.gsp) == (spec, update, gsp)


def test_explicit_endpoints_and_credentials() -> None:
    endpoints = parse_endpoints("sparql+https://me:p%40ss@h.example:8443/q?default-graph-uri=urn:g"
                                "&update=https://h.example:8443/u&gsp=https://h.example:8443/g"
                                "&batch=200&write=gsp")
    assert endpoints == Endpoints("https://h.example:8443/q?default-graph-uri=urn%3Ag",
                                  "https://h.example:8443/u", "https://h.example:8443/g", 200, "gsp",
                                  "me", "p@ss")


@pytest.mark.parametrize("spec, problem", [
    ("sparql+http://h/q?batch=0", "whole number"),
    ("sparql+http://h/q?write=gsp", "needs a gsp=URL"),
    ("ftp://h/q", "not an http"),
])
def test_bad_endpoint_specs_are_explained(spec: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_endpoints(spec)


def test_open_store_routes_urls_to_the_sparql_store() -> None:
    store = open_store("https://query.example.org/sparql")
    assert isinstance(store, SparqlStore)
    assert "transactions" not in store.capabilities
    read_only = open_store("sparql+http://h.example/q")
    assert "sparql-update" not in read_only.capabilities
    with pytest.raises(RemoteStoreError, match=r"read-only.*\?update=URL"):
        read_only.remove_article("x")


def test_doctests() -> None:
    assert doctest.testmod(kg.store.sparql).failed == 0


# -- a proxy that records requests and injects faults ------------------------------------

@dataclass
class Seen:
    method: str
    path: str
    content_type: str
    body: bytes


class RecordingProxy:
    """Forwards requests to ``upstream``, recording each.

    ``before(n, seen)`` may return a status to answer with instead of forwarding;
    ``after(n, seen)`` runs once the request was forwarded. ``n`` counts from 1.
    """

    def __init__(self, upstream: str, *, before: Callable[[int, Seen], int | None] | None = None,
                 after: Callable[[int, Seen], None] | None = None) -> None:
        self.upstream = upstream.rstrip("/")
        self.requests: list[Seen] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                proxy.handle(self)

            do_PUT = do_GET = do_POST  # noqa: N815

            def log_message(self, *args: object) -> None:
                return

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.before, self.after = before, after
        self.lock = threading.Lock()
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def handle(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length", 0)))
        seen = Seen(handler.command, handler.path, handler.headers.get("Content-Type", ""), body)
        with self.lock:
            self.requests.append(seen)
            number = len(self.requests)
        status = self.before(number, seen) if self.before else None
        if status is None:
            status, headers, answer = self._forward(seen, handler)
        else:
            headers, answer = {}, b"injected failure"
        handler.send_response(status)
        for key in ("Content-Type",):
            if key in headers:
                handler.send_header(key, headers[key])
        handler.send_header("Content-Length", str(len(answer)))
        handler.end_headers()
        handler.wfile.write(answer)
        if self.after and status < 500:
            self.after(number, seen)

    def _forward(self, seen: Seen, handler: http.server.BaseHTTPRequestHandler
                 ) -> tuple[int, dict[str, str], bytes]:
        headers = {key: value for key, value in handler.headers.items()
                   if key in ("Content-Type", "Accept")}
        request = urllib.request.Request(self.upstream + seen.path, data=seen.body or None,
                                         headers=headers, method=seen.method)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()
        except (urllib.error.URLError, ConnectionError):
            return 502, {}, b"upstream unreachable"

    def updates(self) -> list[str]:
        return [seen.body.decode() for seen in self.requests
                if seen.content_type == "application/sparql-update"]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server(oxigraph_server: OxigraphServer) -> OxigraphServer:
    oxigraph_server.clear()
    return oxigraph_server


def _proxied(server: OxigraphServer, proxy: RecordingProxy, **options: object) -> SparqlStore:
    batch = options.pop("batch_size", 500)
    endpoints = Endpoints(f"{proxy.base}/query", f"{proxy.base}/update", f"{proxy.base}/store",
                          batch_size=batch)
    return SparqlStore(endpoints, **options)


def _graph_sizes(store: SparqlStore | MemoryStore) -> dict[str, int]:
    """Triples per article graph (staging graphs left out)."""
    result = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(graph): int(count) for graph, count in result.rows
            if str(graph).startswith(ARTICLE_GRAPHS)}


def _reference_sizes() -> dict[str, int]:
    """Triples per article graph when the sample corpus is written to memory."""
    memory = MemoryStore()
    for article, events in sample_corpus():
        memory.replace_article(article, events, extractor_version=EXTRACTOR_VERSION,
                               ingested_at=WRITTEN_AT)
    return _graph_sizes(memory)


# -- the live server -----------------------------------------------------------------------

@pytest.mark.slow
class TestSparqlStore(StoreContract):
    @pytest.fixture
    def store(self, server: OxigraphServer) -> SparqlStore:
        return fill(SparqlStore(server.url))


@pytest.mark.slow
def test_the_sample_corpus_answers_named_queries_as_in_memory(
        server: OxigraphServer, memory_graph: KnowledgeGraph, examples_dir: Path,
        tass_article: Path) -> None:
    remote = KnowledgeGraph(SparqlStore(server.url))
    report = remote.ingest([examples_dir])
    assert report.failures == [] and report.articles == 24
    count = remote.store.triple_count()
    assert count == memory_graph.store.triple_count()
    for query in named_queries().values():
        if query.required:
            continue
        expected, got = memory_graph.named(query.name), remote.named(query.name)
        assert list(got.columns) == list(expected.columns), query.name
        # the two stores ingested at different moments: ingest times may differ, nothing else
        ingest_times = [c for c in got.columns if c.startswith("ingest")]
        expected, got = expected.drop(columns=ingest_times), got.drop(columns=ingest_times)
        pd.testing.assert_frame_equal(_sorted(got), _sorted(expected), check_exact=False,
                                      check_dtype=False, obj=query.name)
    pd.testing.assert_frame_equal(remote.named("who-said-what", actor="RUS", target="KOR"),
                                  memory_graph.named("who-said-what", actor="RUS", target="KOR"))
    remote.ingest([tass_article])
    assert remote.store.triple_count() == count


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(list(frame.columns), ignore_index=True, na_position="first")


@pytest.mark.slow
def test_removing_an_article_leaves_none_of_its_triples(server: OxigraphServer) -> None:
    store = fill(SparqlStore(server.url))
    article_id = sample_corpus()[1][0].id
    before, sizes = store.triple_count(), _graph_sizes(store)
    assert store.remove_article(article_id)
    assert store.triple_count() == before - sizes[article_graph_iri(article_id)]
    graph = URIRef(article_graph_iri(article_id))
    assert not store.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


@pytest.mark.slow
def test_articles_are_written_in_batches_of_the_given_size(server: OxigraphServer) -> None:
    proxy = RecordingProxy(server.url.removesuffix("/query"))
    try:
        store = _proxied(server, proxy, batch_size=7)
        article, events = sample_corpus()[0]
        store.replace_article(article, events, extractor_version=EXTRACTOR_VERSION, ingested_at=WRITTEN_AT)
    finally:
        proxy.close()
    size = _reference_sizes()[article_graph_iri(article.id)]
    inserts = [body for body in proxy.updates() if body.startswith("INSERT DATA")]
    staged = [body.count(f"<{STAGED_PREDICATE}") for body in inserts]
    assert staged == [7] * (size // 7) + ([size % 7] if size % 7 else [])
    assert _graph_sizes(SparqlStore(server.url)) == {article_graph_iri(article.id): size}


@pytest.mark.slow
def test_transient_failures_are_retried_with_back_off(server: OxigraphServer) -> None:
    proxy = RecordingProxy(server.url.removesuffix("/query"),
                           before=lambda number, _: 503 if number <= 2 else None)
    waits: list[float] = []
    try:
        store = _proxied(server, proxy, retries=3, backoff=0.25, sleep=waits.append)
        fill(store)
    finally:
        proxy.close()
    assert waits == [0.25, 0.5]
    assert _graph_sizes(SparqlStore(server.url)) == _reference_sizes()


@pytest.mark.slow
def test_a_server_that_stays_down_gives_a_clear_error(server: OxigraphServer) -> None:
    proxy = RecordingProxy(server.url.removesuffix("/query"), before=lambda number, _: 503)
    article, events = sample_corpus()[0]
    try:
        store = _proxied(server, proxy, retries=2, backoff=0.0)
        with pytest.raises(RemoteStoreError, match=rf"article {article.id} was not written.*failed 3 times"):
            store.replace_article(article, events, extractor_version=EXTRACTOR_VERSION)
    finally:
        proxy.close()


@pytest.mark.slow
def test_killing_the_server_mid_ingest_leaves_no_half_written_article(tmp_path: Path) -> None:
    server = OxigraphServer(tmp_path / "data").start()
    try:
        corpus = sample_corpus()
        reference = _reference_sizes()
        store = SparqlStore(Endpoints(server.url, server.url.replace("/query", "/update"), batch_size=20))
        for article, events in corpus[:2]:
            store.replace_article(article, events, extractor_version=EXTRACTOR_VERSION, ingested_at=WRITTEN_AT)

        def kill_after_first_batch(number: int, seen: Seen) -> None:
            if seen.body.startswith(b"INSERT DATA"):
                server.kill()

        proxy = RecordingProxy(server.url.removesuffix("/query"), after=kill_after_first_batch)
        dying = _proxied(server, proxy, batch_size=20, retries=2, backoff=0.0)
        tass, tass_events = corpus[0]
        xinhua, xinhua_events = corpus[2]
        try:
            # A changed version of a stored article, then a new one, each cut off after one batch.
            with pytest.raises(RemoteStoreError, match=f"article {tass.id} was not written"):
                dying.replace_article(tass, tass_events[:1], extractor_version=EXTRACTOR_VERSION)
            assert len({body for body in proxy.updates() if body.startswith("INSERT DATA")}) == 2
            server.start()
            with pytest.raises(RemoteStoreError, match=f"article {xinhua.id} was not written"):
                dying.replace_article(xinhua, xinhua_events, extractor_version=EXTRACTOR_VERSION)
        finally:
            proxy.close()

        server.start()
        survivor = SparqlStore(server.url)
        assert _graph_sizes(survivor) == {graph: size for graph, size in reference.items()
                                          if graph != article_graph_iri(xinhua.id)}
        counts = KnowledgeGraph(survivor).named("counts").iloc[0]
        assert (counts["articles"], counts["events"]) == (2, 5)
        assert not survivor.has_article(xinhua.id)
        assert survivor.staging_graphs()  # left by the crash, invisible to the queries above
        survivor.replace_article(xinhua, xinhua_events, extractor_version=EXTRACTOR_VERSION)
        survivor.replace_article(tass, tass_events, extractor_version=EXTRACTOR_VERSION)
        assert survivor.staging_graphs() == []
        assert _graph_sizes(survivor) == reference
    finally:
        server.stop()


@pytest.mark.slow
def test_leftover_staging_graphs_can_be_dropped(server: OxigraphServer) -> None:
    store = fill(SparqlStore(server.url))
    graph = URIRef(article_graph_iri(sample_corpus()[0][0].id))
    store._send_update(store.endpoints.update,
                       f"INSERT DATA {{ GRAPH <{staging_graph(graph)}> {{ <urn:a> <{STAGED_PREDICATE}urn:b> 'c' }} }}")
    before = store.triple_count()
    assert store.staging_graphs() == [staging_graph(graph)]
    assert store.drop_staging_graphs() == 1
    assert store.staging_graphs() == [] and store.triple_count() == before


@pytest.mark.slow
def test_articles_can_go_by_the_graph_store_protocol(server: OxigraphServer) -> None:
    proxy = RecordingProxy(server.url.removesuffix("/query"))
    try:
        endpoints = Endpoints(f"{proxy.base}/query", f"{proxy.base}/update", f"{proxy.base}/store",
                              write="gsp")
        fill(SparqlStore(endpoints))
    finally:
        proxy.close()
    puts = [seen for seen in proxy.requests if seen.method == "PUT"]
    assert len(puts) == len(sample_corpus()) and proxy.updates() == []
    assert _graph_sizes(SparqlStore(server.url)) == _reference_sizes()


@pytest.mark.slow
def test_bad_queries_are_reported_with_the_server_message(server: OxigraphServer) -> None:
    with pytest.raises(ValueError, match="answered 400"):
        SparqlStore(server.url).query("SELECT ?x WHERE { ?x ")


@pytest.mark.slow
def test_ask_and_construct_are_answered_by_the_server(server: OxigraphServer) -> None:
    store = fill(SparqlStore(server.url))
    assert store.ask("ASK { ?e a <https://w3id.org/diplo-kg/ontology#Event> }")
    triples = list(store.construct("CONSTRUCT { ?e <urn:code> ?c } WHERE { ?e "
                                   "<https://w3id.org/diplo-kg/ontology#cameoCode> ?c }"))
    assert sorted(str(o) for _, _, o in triples) == ["010", "012", "036", "040", "051", "112"]
