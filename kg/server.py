"""A read-only SPARQL 1.1 Protocol endpoint over a store, for ``kg serve``.

Existing SPARQL clients (SPARQLWrapper, YASGUI, curl, Jena's tools) can then
query the graph without Python: ``GET /query?query=…`` or ``POST /query`` with
an ``application/sparql-query`` body or a form field ``query``. Answers follow
the ``Accept`` header:

=====================  ======================================================
query form             media types (first one is the default)
=====================  ======================================================
SELECT                 ``application/sparql-results+json``, ``text/csv``,
                       ``text/tab-separated-values``
ASK                    ``application/sparql-results+json``
CONSTRUCT              ``text/turtle``, ``application/n-triples``
=====================  ======================================================

Updates are refused with 405: the endpoint never changes the store. Every
answer carries ``Access-Control-Allow-Origin: *`` so that a browser page such
as YASGUI may call it. The server binds to 127.0.0.1 unless told otherwise;
queries run one at a time, as the in-memory store is not safe for concurrent use.

Examples
--------
>>> from kg.store import open_store
>>> server = make_server(open_store("memory"), port=0)
>>> server.server_address[0]
'127.0.0.1'
>>> server.server_close()
"""

from __future__ import annotations

import csv
import html
import io
import json
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from kg.rdf import PREFIXES
from kg.store.base import QueryResult, Store, Triple
from kg.store.sparql import ntriples_term, query_form

JSON_RESULTS = "application/sparql-results+json"
_SELECT_TYPES = (JSON_RESULTS, "application/json", "text/csv", "text/tab-separated-values")
_GRAPH_TYPES = ("text/turtle", "application/n-triples")
_QUERY_PATHS = frozenset({"/query", "/sparql"})
_MAX_BODY = 1 << 20

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplo-kg SPARQL endpoint</title></head>
<body>
<h1>diplo-kg SPARQL endpoint</h1>
<p>This is a read-only SPARQL 1.1 endpoint over the diplo-kg store <code>{store}</code>:
events of diplomatic relations extracted from news, one named graph per article.</p>
<p>Send queries to <code>{endpoint}</code> (GET with <code>?query=</code>, or POST as
<code>application/sparql-query</code> or a form field <code>query</code>). SELECT answers come
as SPARQL JSON, CSV or TSV, CONSTRUCT answers as Turtle or N-Triples, as the
<code>Accept</code> header asks. Updates are refused.</p>
<pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}' {endpoint}</pre>
</body></html>
"""


class QueryRefused(Exception):
    """A request the endpoint will not answer, with the HTTP status and a reason."""

    def __init__(self, status: HTTPStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server that answers SPARQL queries over one store, one query at a time."""

    def __init__(self, store: Store, address: tuple[str, int]) -> None:
        self.store = store
        self.lock = threading.Lock()
        super().__init__(address, _SparqlHandler)

    def answer(self, sparql: str, accept: str) -> tuple[str, bytes]:
        with self.lock:
            return answer_query(self.store, sparql, accept)


def make_server(store: Store, *, host: str = "127.0.0.1", port: int = 7878) -> SparqlServer:
    """An HTTP server answering SPARQL queries over ``store``; call ``serve_forever`` on it.

    ``port=0`` picks a free port (read it back from ``server_address``).
    """
    return SparqlServer(store, (host, port))


def serve(store: Store, *, host: str = "127.0.0.1", port: int = 7878,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve ``store`` until Ctrl-C; ``ready`` gets the endpoint URL once it listens."""
    server = make_server(store, host=host, port=port)
    try:
        if ready is not None:
            ready(endpoint_url(server))
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def endpoint_url(server: SparqlServer) -> str:
    """The query URL clients should use."""
    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in str(host) else host
    return f"http://{shown}:{port}/query"


def answer_query(store: Store, sparql: str, accept: str) -> tuple[str, bytes]:
    """The media type and body answering ``sparql`` for a client that sends ``accept``.

    Raises
    ------
    QueryRefused
        For an update (405), a DESCRIBE the store cannot answer or a malformed
        query (400), or an ``Accept`` header the endpoint cannot satisfy (406).
    """
    try:
        form = query_form(sparql)
    except ValueError:
        raise QueryRefused(HTTPStatus.METHOD_NOT_ALLOWED if _looks_like_update(sparql)
                           else HTTPStatus.BAD_REQUEST,
                           "this endpoint is read-only and answers SELECT, ASK and CONSTRUCT "
                           "queries only") from None
    try:
        if form == "SELECT":
            media = _negotiate(accept, _SELECT_TYPES)
            return media, _write_select(store.query(sparql), media)
        if form == "ASK":
            _negotiate(accept, (JSON_RESULTS, "application/json"))
            return JSON_RESULTS, json.dumps({"head": {}, "boolean": store.ask(sparql)}).encode()
        media = _negotiate(accept, _GRAPH_TYPES)
        return media, _write_triples(store.construct(sparql), media)
    except (ValueError, SyntaxError) as error:
        raise QueryRefused(HTTPStatus.BAD_REQUEST, str(error)) from error


def _looks_like_update(sparql: str) -> bool:
    words = {word.upper() for word in sparql.replace("{", " ").split()}
    return bool(words & {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"})


def _negotiate(accept: str, offered: tuple[str, ...]) -> str:
    """The offered media type the ``Accept`` header likes best (the first offered one for */*)."""
    if not accept.strip():
        return offered[0]
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, media.lower()))
    for negative_quality, _, media in sorted(ranked):
        if negative_quality == 0:
            break
        if media in ("*/*", "application/*", "text/*"):
            family = media.split("/")[0]
            choices = [offer for offer in offered if media == "*/*" or offer.startswith(family + "/")]
            if choices:
                return choices[0]
        elif media in offered:
            return media
    raise QueryRefused(HTTPStatus.NOT_ACCEPTABLE,
                       f"cannot answer in {accept!r}; this query's answer comes as {', '.join(offered)}")


def _write_select(result: QueryResult, media: str) -> bytes:
    if media in (JSON_RESULTS, "application/json"):
        document = {"head": {"vars": result.columns},
                    "results": {"bindings": [
                        {column: _json_term(value) for column, value in zip(result.columns, row)
                         if value is not None} for row in result.rows]}}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    if media == "text/csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.columns)
        writer.writerows([_csv_value(value) for value in row] for row in result.rows)
        return buffer.getvalue().encode("utf-8")
    lines = ["\t".join("?" + column for column in result.columns)]
    lines += ["\t".join("" if value is None else _tsv_value(value) for value in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        described = {"type": "literal", "value": str(term)}
        if term.language:
            described["xml:lang"] = term.language
        elif term.datatype is not None:
            described["datatype"] = str(term.datatype)
        return described
    raise TypeError(f"cannot write {term!r} as a SPARQL JSON term")


def _csv_value(term: Identifier | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _tsv_value(term: Identifier) -> str:
    return f"_:{term}" if isinstance(term, BNode) else ntriples_term(term)


def _write_triples(triples: Iterable[Triple], media: str) -> bytes:
    if media == "application/n-triples":
        return "".join(f"{_tsv_value(s)} {_tsv_value(p)} {_tsv_value(o)} .\n"
                       for s, p, o in triples).encode("utf-8")
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(triple)
    return graph.serialize(format="turtle", encoding="utf-8")


class _SparqlHandler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol, query operation only, for a :class:`SparqlServer`."""

    server: SparqlServer
    server_version = "diplo-kg"

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            store = self.server.store
            page = _PAGE.format(store=html.escape(str(getattr(store, "path", store.name))),
                                endpoint=html.escape(f"http://{self.headers.get('Host', '')}/query"))
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"))
            return
        self._run(url, urllib.parse.parse_qs(url.query))

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the query is larger than 1 MiB")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only: updates are refused")
            return
        params = urllib.parse.parse_qs(url.query)
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            params.update(urllib.parse.parse_qs(body))
        else:
            self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                         "POST the query as application/sparql-query or as a form field 'query'")
            return
        self._run(url, params)

    def do_OPTIONS(self) -> None:  # noqa: N802 - CORS pre-flight
        self._send(HTTPStatus.NO_CONTENT, None, b"")

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _run(self, url: urllib.parse.SplitResult, params: dict[str, list[str]]) -> None:
        if url.path not in _QUERY_PATHS:
            self._refuse(HTTPStatus.NOT_FOUND, "the SPARQL endpoint is /query")
            return
        if "update" in params:
            self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only: updates are refused")
            return
        queries = params.get("query", [])
        if len(queries) != 1:
            self._refuse(HTTPStatus.BAD_REQUEST, "give exactly one 'query' parameter")
            return
        try:
            media, body = self.server.answer(queries[0], self.headers.get("Accept", ""))
        except QueryRefused as refusal:
            self._refuse(refusal.status, str(refusal))
            return
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", body)

    def _refuse(self, status: HTTPStatus, reason: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (reason + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str | None, body: bytes) -> None:
        self.send_response(status)
        if media:
            self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        if status == HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", "GET, POST, OPTIONS")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        return
