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

Updates are refused with 405: the endpoint never changes the store. Queries
that call another endpoint with ``SERVICE`` are refused with 400, so the server
never fetches a URL a client chose.

Safety for a server on a developer's machine:

* it binds to 127.0.0.1 unless told otherwise, and answers only requests whose
  ``Host`` header names the address it was bound to, ``localhost``,
  ``127.0.0.1`` or ``[::1]`` (plus any ``allowed_hosts``); others get 421, so a
  web page cannot reach it by DNS rebinding;
* browsers may call it from other origins only when ``cors_origins`` lists the
  page's origin (``"*"`` for any): no CORS headers are sent by default;
* each query gets ``timeout`` seconds; after that the client gets 503. The
  query keeps running in its worker thread until the store finishes it (no
  store can stop a query half-way), so a server flooded with heavy queries
  still slows down;
* queries run in parallel when the store has the ``concurrent-reads``
  capability (Oxigraph), one at a time otherwise (rdflib's memory store is not
  safe for concurrent use);
* a failure inside the store answers 500 with a one-line reason and is logged
  as one line on the ``kg.server`` logger.

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
import logging
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from kg.rdf import PREFIXES
from kg.store.base import QueryResult, Store, Triple
from kg.store.sparql import keywords, ntriples_term, query_form

#: Seconds a query may run before the client is told 503.
DEFAULT_TIMEOUT = 30.0
#: Host names every server answers to, whatever address it is bound to.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"})
_log = logging.getLogger(__name__)

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
    """An HTTP server that answers SPARQL queries over one store.

    Queries run in parallel when the store has the ``concurrent-reads``
    capability and one at a time otherwise; each in a worker thread that the
    client waits on for at most ``timeout`` seconds (``None``: no limit).
    """

    def __init__(self, store: Store, address: tuple[str, int], *, timeout: float | None = DEFAULT_TIMEOUT,
                 cors_origins: Iterable[str] = (), allowed_hosts: Iterable[str] = ()) -> None:
        self.store = store
        self.lock = None if "concurrent-reads" in store.capabilities else threading.Lock()
        self.query_timeout = timeout
        self.cors_origins = frozenset(cors_origins)
        super().__init__(address, _SparqlHandler)
        named = (str(self.server_address[0]), address[0], *allowed_hosts)
        self.allowed_hosts = LOCAL_HOSTS | {_bracketed(host).lower() for host in named if host}

    def answer(self, sparql: str, accept: str) -> tuple[str, bytes]:
        """Media type and body answering ``sparql``, from a worker thread within the time limit.

        Raises
        ------
        QueryRefused
            As :func:`answer_query` does, and 503 when the time limit passes.
        """
        outcome: list[tuple[str, bytes] | BaseException] = []
        worker = threading.Thread(target=self._work, args=(sparql, accept, outcome),
                                  name="kg-serve-query", daemon=True)
        worker.start()
        worker.join(self.query_timeout)
        if not outcome:
            raise QueryRefused(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"query took longer than {self.query_timeout:g} s; narrow it down "
                               "(LIMIT, a more specific pattern) or ask the operator for a longer --timeout")
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _work(self, sparql: str, accept: str, outcome: list[tuple[str, bytes] | BaseException]) -> None:
        try:
            if self.lock is None:
                outcome.append(answer_query(self.store, sparql, accept))
            else:
                with self.lock:
                    outcome.append(answer_query(self.store, sparql, accept))
        except BaseException as error:  # handed to the request thread, which answers for it
            outcome.append(error)


def make_server(store: Store, *, host: str = "127.0.0.1", port: int = 7878,
                timeout: float | None = DEFAULT_TIMEOUT, cors_origins: Iterable[str] = (),
                allowed_hosts: Iterable[str] = ()) -> SparqlServer:
    """An HTTP server answering SPARQL queries over ``store``; call ``serve_forever`` on it.

    ``port=0`` picks a free port (read it back from ``server_address``).
    ``timeout`` is seconds per query (``None``: no limit); ``cors_origins`` are
    the browser origins allowed to call it (``"*"``: any); ``allowed_hosts``
    are further names clients may reach it by (needed when bound to 0.0.0.0).
    """
    return SparqlServer(store, (host, port), timeout=timeout, cors_origins=cors_origins,
                        allowed_hosts=allowed_hosts)


def serve(store: Store, *, host: str = "127.0.0.1", port: int = 7878,
          ready: Callable[[str], None] | None = None, timeout: float | None = DEFAULT_TIMEOUT,
          cors_origins: Iterable[str] = (), allowed_hosts: Iterable[str] = ()) -> None:
    """Serve ``store`` until Ctrl-C; ``ready`` gets the endpoint URL once it listens.

    The other parameters are those of :func:`make_server`.
    """
    server = make_server(store, host=host, port=port, timeout=timeout, cors_origins=cors_origins,
                         allowed_hosts=allowed_hosts)
    try:
        if ready is not None:
            ready(endpoint_url(server))
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _bracketed(host: str) -> str:
    """An IPv6 address as a Host header writes it (``[::1]``); other hosts unchanged."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def endpoint_url(server: SparqlServer) -> str:
    """The query URL clients should use."""
    host, port = server.server_address[:2]
    return f"http://{_bracketed(str(host))}:{port}/query"


def answer_query(store: Store, sparql: str, accept: str) -> tuple[str, bytes]:
    """The media type and body answering ``sparql`` for a client that sends ``accept``.

    Raises
    ------
    QueryRefused
        For an update (405), a query that calls another endpoint with
        ``SERVICE``, a DESCRIBE the store cannot answer or a malformed query
        (400), or an ``Accept`` header the endpoint cannot satisfy (406).
    """
    words = keywords(sparql)
    try:
        form = query_form(sparql)
    except ValueError:
        raise QueryRefused(HTTPStatus.METHOD_NOT_ALLOWED if words & _UPDATE_WORDS
                           else HTTPStatus.BAD_REQUEST,
                           "this endpoint is read-only and answers SELECT, ASK and CONSTRUCT "
                           "queries only") from None
    if "SERVICE" in words:
        raise QueryRefused(HTTPStatus.BAD_REQUEST,
                           "this endpoint does not run federated queries: remove the SERVICE "
                           "clause and query the other endpoint yourself")
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

    def parse_request(self) -> bool:
        """Read the request line and headers, then refuse a Host this server is not known by."""
        if not super().parse_request():
            return False
        host = (self.headers.get("Host") or "").strip().lower()
        name, _, port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
        if not name:
            name, port = host, ""
        if name not in self.server.allowed_hosts or port not in ("", str(self.server.server_address[1])):
            self._refuse(HTTPStatus.MISDIRECTED_REQUEST,
                         f"this server does not answer for Host {host!r}; call it as "
                         f"{endpoint_url(self.server)} (or start kg serve with --allow-host)")
            self.close_connection = True
            return False
        return True

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
        except Exception as error:  # the store failed: tell the client in one line, log one line
            _log.error("query failed: %s: %s", type(error).__name__, " ".join(str(error).split()))
            self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR,
                         f"the store failed to answer this query ({type(error).__name__}); "
                         "the server's log has the reason")
            return
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", body)

    def _refuse(self, status: HTTPStatus, reason: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (reason + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str | None, body: bytes) -> None:
        self.send_response(status)
        if media:
            self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self._send_cors_headers()
        if status == HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", "GET, POST, OPTIONS")
        self.end_headers()
        self.wfile.write(body)

    def _send_cors_headers(self) -> None:
        """Allow the request's origin to read the answer, when the server was told to."""
        headers = getattr(self, "headers", None)
        origin = headers.get("Origin") if headers is not None else None
        allowed = self.server.cors_origins
        if not origin or not allowed:
            return
        if "*" in allowed:
            self.send_header("Access-Control-Allow-Origin", "*")
        elif origin in allowed:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
        else:
            return
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        return
