"""kg.server and ``kg serve``: the store as a read-only SPARQL 1.1 Protocol endpoint.

The server runs in a thread over the session's Oxigraph graph of the sample
corpus (so these tests need the spaCy model and are marked slow) and is asked
questions the way SPARQL clients do: urllib, raw HTTP, and diplo-kg's own
remote store.
"""

from __future__ import annotations

import csv
import doctest
import io
import json
import signal
import socket
import subprocess
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Graph, Literal, URIRef

import kg.server
from kg.api import KnowledgeGraph
from kg.server import JSON_RESULTS, SparqlServer, make_server
from kg.store import MemoryStore, SparqlStore
from kg.store.base import Binding, QueryResult

pytestmark = pytest.mark.slow

DKG = "https://w3id.org/diplo-kg/ontology#"
COUNT_EVENTS = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{DKG}Event> }}"


@pytest.fixture(scope="module")
def endpoint(oxigraph_graph: KnowledgeGraph) -> Iterator[str]:
    server = make_server(oxigraph_graph.store, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    server.shutdown()
    server.server_close()


@pytest.fixture
def serving() -> Iterator[Callable[..., str]]:
    """Start servers over small stores with given options; each is stopped after the test."""
    servers: list[SparqlServer] = []

    def start(store: MemoryStore, **options: object) -> str:
        server = make_server(store, port=0, **options)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/query"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _small_store() -> MemoryStore:
    store = MemoryStore()
    store.replace_graph(URIRef("urn:g"), [(URIRef("urn:a"), URIRef("urn:code"), Literal("RUS"), URIRef("urn:g"))])
    return store


class _GatedStore(MemoryStore):
    """A memory store whose queries wait until ``gate`` opens; ``waiting`` says one has started."""

    def __init__(self, capabilities: frozenset[str]) -> None:
        super().__init__()
        self.capabilities = capabilities
        self.gate = threading.Event()
        self.waiting = threading.Event()

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        if "urn:slow" in sparql:
            self.waiting.set()
            self.gate.wait()
        return super().query(sparql, bindings)


class _BrokenStore(MemoryStore):
    """A memory store whose queries fail as an unreachable remote endpoint would."""

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        raise OSError("[Errno 111] Connection refused\nsecond line")


def _call(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
          method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _get(endpoint: str, query: str, accept: str = JSON_RESULTS) -> tuple[int, dict[str, str], bytes]:
    return _call(f"{endpoint}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})


def _event_count(graph: KnowledgeGraph) -> int:
    return int(graph.query(COUNT_EVENTS).loc[0, "n"])


def test_select_by_get_answers_sparql_json(endpoint: str, oxigraph_graph: KnowledgeGraph) -> None:
    status, headers, body = _get(endpoint, COUNT_EVENTS)
    assert status == 200 and headers["Content-Type"].startswith(JSON_RESULTS)
    document = json.loads(body)
    assert document["head"]["vars"] == ["n"]
    [binding] = document["results"]["bindings"]
    assert binding["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert int(binding["n"]["value"]) == _event_count(oxigraph_graph) > 0


@pytest.mark.parametrize("content_type, body", [
    ("application/sparql-query", COUNT_EVENTS.encode()),
    ("application/x-www-form-urlencoded", urllib.parse.urlencode({"query": COUNT_EVENTS}).encode()),
])
def test_select_by_post(endpoint: str, oxigraph_graph: KnowledgeGraph, content_type: str, body: bytes) -> None:
    status, _, answer = _call(endpoint, data=body, headers={"Content-Type": content_type,
                                                            "Accept": "application/json"})
    assert status == 200
    assert int(json.loads(answer)["results"]["bindings"][0]["n"]["value"]) == _event_count(oxigraph_graph)


def test_csv_and_tsv_follow_the_accept_header(endpoint: str) -> None:
    query = (f'SELECT ?code ?label WHERE {{ ?a <{DKG}country> ?code ; '
             f'<http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(?code = "RUS") }} LIMIT 1')
    status, headers, body = _get(endpoint, query, "text/csv;q=0.9, text/html;q=0.1")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["code", "label"] and rows[1][0] == "RUS"
    status, headers, body = _get(endpoint, query, "text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?code\t?label" and lines[1].startswith('"RUS"\t"')


def test_ask_and_construct(endpoint: str, oxigraph_graph: KnowledgeGraph) -> None:
    status, _, body = _get(endpoint, f"ASK {{ ?e a <{DKG}Event> }}")
    assert status == 200 and json.loads(body)["boolean"] is True
    construct = f"CONSTRUCT {{ ?e <{DKG}cameoCode> ?c }} WHERE {{ ?e <{DKG}cameoCode> ?c }}"
    status, headers, body = _get(endpoint, construct, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=body, format="turtle")) == _event_count(oxigraph_graph)
    status, headers, body = _get(endpoint, construct, "application/n-triples")
    assert len(Graph().parse(data=body, format="nt")) == _event_count(oxigraph_graph)


@pytest.mark.parametrize("how", ["update-body", "update-form", "insert-as-query", "put"])
def test_updates_are_refused_and_change_nothing(endpoint: str, oxigraph_graph: KnowledgeGraph,
                                                how: str) -> None:
    before = oxigraph_graph.store.triple_count()
    insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    requests = {
        "update-body": dict(data=insert.encode(), headers={"Content-Type": "application/sparql-update"}),
        "update-form": dict(data=urllib.parse.urlencode({"update": insert}).encode(),
                            headers={"Content-Type": "application/x-www-form-urlencoded"}),
        "insert-as-query": dict(data=insert.encode(), headers={"Content-Type": "application/sparql-query"}),
        "put": dict(data=b"<urn:a> <urn:b> <urn:c> .", method="PUT"),
    }
    status, headers, _ = _call(endpoint, **requests[how])
    assert status == 405 and "GET" in headers["Allow"]
    assert oxigraph_graph.store.triple_count() == before


def test_bad_requests_are_explained(endpoint: str) -> None:
    status, _, body = _get(endpoint, "SELECT ?x WHERE { ?x ")
    assert status == 400 and body
    status, _, body = _get(endpoint, COUNT_EVENTS, "image/png")
    assert status == 406 and b"application/sparql-results+json" in body
    status, _, _ = _call(endpoint.replace("/query", "/nowhere"))
    assert status == 404
    status, _, _ = _call(endpoint, data=b"x", headers={"Content-Type": "text/plain"})
    assert status == 415


def test_the_home_page_says_what_it_is(endpoint: str) -> None:
    status, headers, body = _call(endpoint.replace("/query", "/"))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"read-only SPARQL 1.1 endpoint" in body


def test_no_cross_origin_access_unless_asked(endpoint: str, serving: Callable[..., str]) -> None:
    origin = {"Origin": "https://yasgui.example"}
    status, headers, _ = _call(endpoint, method="OPTIONS", headers=origin)
    assert status == 204 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = _call(f"{endpoint}?{urllib.parse.urlencode({'query': COUNT_EVENTS})}", headers=origin)
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    opted_in = serving(_small_store(), cors_origins=["https://yasgui.example"])
    status, headers, _ = _call(opted_in, method="OPTIONS",
                               headers={**origin, "Access-Control-Request-Method": "POST"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = _call(opted_in, method="OPTIONS", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in headers


@pytest.mark.parametrize("host, allowed", [
    ("localhost:{port}", True), ("127.0.0.1:{port}", True), ("[::1]:{port}", True), ("localhost", True),
    ("evil.example:{port}", False), ("localhost:1", False), ("127.0.0.1.evil.example", False), ("", False),
])
def test_only_local_host_names_are_answered(serving: Callable[..., str], host: str, allowed: bool) -> None:
    port = urllib.parse.urlsplit(serving(_small_store())).port
    request = (f"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: {host.format(port=port)}\r\n"
               "Connection: close\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(request)
        answer = b"".join(iter(lambda: connection.recv(65536), b""))
    status = int(answer.split(b" ", 2)[1])
    assert status == (200 if allowed else 421), answer


def test_allowed_hosts_add_names(serving: Callable[..., str]) -> None:
    url = serving(_small_store(), allowed_hosts=["kg.lan"])
    port = urllib.parse.urlsplit(url).port
    status, _, _ = _call(f"{url}?query=ASK%7B%7D", headers={"Host": f"kg.lan:{port}"})
    assert status == 200
    status, _, body = _call(f"{url}?query=ASK%7B%7D", headers={"Host": f"other.lan:{port}"})
    assert status == 421 and b"--allow-host" in body


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "ASK { ?s ?p ?o . SERVICE <urn:x> { ?s ?p ?o } }",
])
def test_federated_queries_are_refused(serving: Callable[..., str], query: str) -> None:
    status, headers, body = _get(serving(_small_store()), query)
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert b"SERVICE" in body


def test_the_word_service_inside_a_string_or_iri_is_no_service(serving: Callable[..., str]) -> None:
    query = 'SELECT ?s WHERE { ?s <urn:code> ?c FILTER(?c != "SERVICE <http://x>") FILTER(?s != <urn:SERVICE>) }'
    status, _, body = _get(serving(_small_store()), query)
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["s"]["value"] == "urn:a"


def test_a_failing_store_answers_500_in_plain_words(serving: Callable[..., str],
                                                    caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("ERROR", logger="kg.server"):
        status, headers, body = _get(serving(_BrokenStore()), "SELECT * WHERE { ?s ?p ?o }")
    assert status == 500 and headers["Content-Type"].startswith("text/plain")
    assert body.decode() == "the store failed to answer this query (OSError); the server's log has the reason\n"
    [record] = [record for record in caplog.records if record.name == "kg.server"]
    assert "\n" not in record.getMessage() and "Connection refused" in record.getMessage()


def test_a_query_over_the_time_limit_answers_503(serving: Callable[..., str]) -> None:
    store = _GatedStore(frozenset())
    try:
        status, _, body = _get(serving(store, timeout=0.05), "SELECT * WHERE { ?s <urn:slow> ?o }")
    finally:
        store.gate.set()
    assert status == 503 and body.decode().startswith("query took longer than 0.05 s")


def test_concurrent_reads_do_not_wait_for_a_heavy_query(serving: Callable[..., str]) -> None:
    store = _GatedStore(frozenset({"concurrent-reads"}))
    store.replace_graph(URIRef("urn:g"), [(URIRef("urn:a"), URIRef("urn:code"), Literal("RUS"), URIRef("urn:g"))])
    url = serving(store, timeout=None)
    heavy = threading.Thread(target=_get, args=(url, "SELECT * WHERE { ?s <urn:slow> ?o }"), daemon=True)
    heavy.start()
    try:
        store.waiting.wait()
        status, _, body = _get(url, "SELECT ?c WHERE { ?s <urn:code> ?c }")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["c"]["value"] == "RUS"
    finally:
        store.gate.set()
        heavy.join()


def test_only_stores_without_concurrent_reads_are_locked(oxigraph_graph: KnowledgeGraph) -> None:
    for store, locked in [(MemoryStore(), True), (oxigraph_graph.store, False)]:
        server = make_server(store, port=0)
        try:
            assert (server.lock is not None) == locked
        finally:
            server.server_close()


def test_raw_http_as_curl_sends_it(endpoint: str) -> None:
    host, port = urllib.parse.urlsplit(endpoint).netloc.split(":")
    body = b"query=" + urllib.parse.quote(COUNT_EVENTS).encode()
    request = (b"POST /query HTTP/1.1\r\nHost: " + host.encode() + b"\r\nAccept: text/csv\r\n"
               b"Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n"
               b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(request)
        answer = b"".join(iter(lambda: connection.recv(65536), b""))
    head, _, payload = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 200") or head.startswith(b"HTTP/1.1 200")
    assert payload.decode().splitlines()[0] == "n"


def test_a_sparql_client_gets_the_same_named_query_answers(endpoint: str, oxigraph_graph: KnowledgeGraph) -> None:
    client = KnowledgeGraph(SparqlStore(endpoint))
    for name, params in [("dyad-summary", {}), ("who-said-what", {"actor": "RUS", "target": "KOR"})]:
        pd.testing.assert_frame_equal(client.named(name, **params), oxigraph_graph.named(name, **params))


def test_kg_serve_serves_a_store_folder_until_interrupted(kg_command: Path, tmp_path: Path,
                                                          tass_article: Path) -> None:
    folder = tmp_path / "kgdata"
    subprocess.run([str(kg_command), "--store", str(folder), "ingest", str(tass_article)],
                   check=True, capture_output=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([str(kg_command), "--store", str(folder), "serve", "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert f"http://127.0.0.1:{port}/query" in process.stdout.readline()
        status, _, body = _get(f"http://127.0.0.1:{port}/query", COUNT_EVENTS)
        assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0
        # The folder is served read-only: other kg commands still open it meanwhile.
        other = subprocess.run([str(kg_command), "--store", str(folder), "stats"],
                               capture_output=True, text=True, check=False)
        assert other.returncode == 0, other.stderr
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Stopped." in out


def test_kg_serve_on_a_mistyped_folder_says_so(kg_command: Path, tmp_path: Path) -> None:
    folder = tmp_path / "typo"
    done = subprocess.run([str(kg_command), "--store", str(folder), "serve", "--port", "0"],
                          capture_output=True, text=True, timeout=60, check=False)
    message = " ".join(done.stderr.split())  # the console may wrap a long path
    assert done.returncode == 2
    assert "no diplo-kg store at" in message and "check --store" in message
    assert not folder.exists()


def test_doctests() -> None:
    assert doctest.testmod(kg.server).failed == 0
