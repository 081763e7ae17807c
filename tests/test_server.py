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
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Graph

import kg.server
from kg.api import KnowledgeGraph
from kg.server import JSON_RESULTS, make_server
from kg.store import SparqlStore

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
    assert headers["Access-Control-Allow-Origin"] == "*"
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


def test_cors_preflight(endpoint: str) -> None:
    status, headers, _ = _call(endpoint, method="OPTIONS",
                               headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*" and "POST" in headers["Access-Control-Allow-Methods"]


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
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Stopped." in out


def test_doctests() -> None:
    assert doctest.testmod(kg.server).failed == 0
