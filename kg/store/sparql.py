"""A store on any SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever…).

Only the standard library talks HTTP; rdflib and pyoxigraph turn the answers
into terms. Three endpoints may be involved, found by :func:`parse_endpoints`:
the query endpoint (SPARQL 1.1 Protocol), the update endpoint (SPARQL 1.1
Update) and the Graph Store Protocol endpoint. A store opened without an update
endpoint is read-only.

**Parameters.** A remote server cannot pre-bind variables the way Oxigraph's
``substitutions`` or rdflib's ``initBindings`` do, so :func:`bind_values` adds
a ``VALUES`` block at the start of the query's outermost ``WHERE`` group. Each
value is written by :func:`ntriples_term` as an N-Triples term: a literal's
quotes, backslashes and control characters are escaped, an IRI with a
character that could end it is refused. A value therefore can only ever be one
RDF term, never query text, and filters of the ``WHERE`` group see it bound.

**Writing an article** (``replace_article``) never leaves a half-written
article, even when the server dies mid-way:

1. the triples go, in batches of ``batch_size``, into the article's *staging*
   graph (``…/id/staging/<article>``, emptied first) with ``INSERT DATA``; each predicate is
   prefixed with ``urn:x-diplo-kg:staged:`` so that no query of the project
   (and no reader) mistakes staged triples for real ones;
2. the staging graph is counted; a short count means a lost batch, and the
   article is left as it was;
3. one last update request, which the server runs as one transaction, empties
   the article's graph and copies the staging triples into it with their real
   predicates, then drops the staging graph. Both halves are conditional on the
   staging graph holding every triple, so a retry of this request after a lost
   answer changes nothing.

Connection errors, timeouts and 5xx answers are retried with exponential
back-off (``INSERT DATA`` of a set of triples is idempotent). When the article
cannot be written the staging graph is dropped where the server still answers,
and :class:`RemoteStoreError` names the article. A staging graph left by a crash
is dropped when the same article is written again, or by
:meth:`SparqlStore.drop_staging_graphs`. One client at a time should write a
given article (two would share its staging graph).

With a Graph Store Protocol endpoint and ``write=gsp`` each article is sent as
one ``PUT`` of N-Triples to its graph instead, which servers apply whole.

The query endpoint must answer over the union of the named graphs, as the
embedded store does (``oxigraph serve --union-default-graph``; see
``docs/stores.md`` for each server).
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Identifier

from kg import namespaces
from kg.article import Article
from kg.event import Event
from kg.rdf import PREFIXES, Quad
from kg.store.base import SELECT_ONLY, Binding, QueryResult, Store, check_export_format, to_term
from kg.store.terms import from_oxigraph

#: Graphs that hold an article while it is being written.
STAGING_PREFIX = namespaces.ID + "staging/"
#: Prefix of the predicates of staged triples, so that queries never match them.
STAGED_PREDICATE = "urn:x-diplo-kg:staged:"
#: Triples per INSERT DATA request unless the endpoint says otherwise.
DEFAULT_BATCH_SIZE = 500

_JSON_RESULTS = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ECHARS = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_CONTROL = re.compile(r'[\\"\x00-\x1f\x7f]')
_RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})


class RemoteStoreError(RuntimeError):
    """The SPARQL server refused a request or could not be reached."""


# -- terms and query text ------------------------------------------------------------------

def ntriples_term(term: Identifier) -> str:
    """``term`` written as in N-Triples, safe to place in SPARQL text.

    Examples
    --------
    >>> ntriples_term(Literal('say "hi"\\n'))
    '"say \\\\"hi\\\\"\\\\n"'
    >>> ntriples_term(URIRef("https://example.org/a b"))
    Traceback (most recent call last):
    ...
    ValueError: cannot write the IRI 'https://example.org/a b': it holds a space, a control character or one of <>"{}|^`\\
    """
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, Literal):
        text = '"' + _CONTROL.sub(_escape_char, str(term)) + '"'
        if term.language:  # rdflib checks language tags when it makes the literal
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != str(XSD.string):
            return f"{text}^^{_iri(str(term.datatype))}"
        return text
    if isinstance(term, BNode):
        raise ValueError("blank nodes cannot be sent to a remote store: a blank node label means "
                         "a new node in each request; use an IRI")
    raise TypeError(f"cannot write {term!r} as an RDF term")


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _ECHARS.get(char, f"\\u{ord(char):04X}")


def _iri(value: str) -> str:
    if _IRI_FORBIDDEN.search(value):
        raise ValueError(f"cannot write the IRI {value!r}: it holds a space, a control character "
                         'or one of <>"{}|^`\\')
    return f"<{value}>"


_LONG_STRINGS = r'"""(?:[^"\\]|\\.|"(?!""))*"""' + r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
_SHORT_STRINGS = r'"(?:[^"\\\n]|\\.)*"' + r"|'(?:[^'\\\n]|\\.)*'"
_TOKEN = re.compile(
    r"(?P<comment>#[^\n]*)"
    rf"|(?P<string>{_LONG_STRINGS}|{_SHORT_STRINGS})"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<open>\{)|(?P<close>\})"
    r"|(?P<word>[?$]?[A-Za-z0-9_][\w.\-]*(?::[\w.\-%]*)?|:[\w.\-%]*)"
    r"|(?P<other>\S)")
_QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


def _tokens(sparql: str) -> Iterator[tuple[str, str, int, int]]:
    """Kind, text, start and end of each token that matters for finding clauses.

    Comments are skipped; strings and IRIs come whole, so braces or keywords
    inside them are never taken for syntax.
    """
    for match in _TOKEN.finditer(sparql):
        if match.lastgroup != "comment":
            yield match.lastgroup or "other", match.group(), match.start(), match.end()


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the form of a query.

    >>> query_form('PREFIX s: <https://schema.org/> # SELECT\\nASK { ?x s:name "SELECT" }')
    'ASK'
    """
    return _form_token(sparql)[0]


def _form_token(sparql: str) -> tuple[str, int, int]:
    for kind, text, start, end in _tokens(sparql):
        if kind == "word" and text.upper() in _QUERY_FORMS:
            return text.upper(), start, end
        if kind == "open":
            break
    raise ValueError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE before the first '{'")


def keywords(sparql: str) -> frozenset[str]:
    """The upper-cased bare words of a query, outside strings, IRIs and comments.

    For checks such as "does this query call a remote ``SERVICE``?", which a
    search of the raw text would get wrong when the word is in a literal.

    >>> sorted(keywords('SELECT ?x WHERE { ?x <urn:service> "SERVICE" } # SERVICE'))
    ['?X', 'SELECT', 'WHERE']
    """
    return frozenset(text.upper() for kind, text, _, _ in _tokens(sparql) if kind == "word")


def outer_group_start(sparql: str) -> int:
    """Index of the ``{`` that opens the WHERE group of a SELECT or ASK query.

    >>> text = 'SELECT (CONCAT("{", ?x) AS ?y) WHERE { ?s ?p ?x }'
    >>> text[outer_group_start(text):]
    '{ ?s ?p ?x }'
    """
    _, _, form_end = _form_token(sparql)
    for kind, _, start, _ in _tokens(sparql[form_end:]):
        if kind == "open":
            return form_end + start
    raise ValueError("the query has no WHERE { … } group")


def select_for(sparql: str) -> tuple[str, str]:
    """The query form and a SELECT query whose rows answer it.

    An ASK becomes ``SELECT * … LIMIT 1``; a CONSTRUCT becomes ``SELECT *`` over
    its WHERE clause (its template is read separately); a SELECT is unchanged.
    Stores that answer only SELECT use this to answer the other forms.

    >>> select_for("CONSTRUCT { ?s <b> ?o } WHERE { ?s <a> ?o } LIMIT 3")[1]
    'SELECT * WHERE { ?s <a> ?o } LIMIT 3'
    """
    form, start, end = _form_token(sparql)
    if form == "SELECT":
        return form, sparql
    if form == "ASK":
        return form, f"{sparql[:start]}SELECT *{sparql[end:].rstrip()}\nLIMIT 1"
    if form == "DESCRIBE":
        raise ValueError("DESCRIBE is not supported by this store; write a CONSTRUCT instead")
    rest = sparql[end:]
    depth, template_end = 0, None
    for kind, text, token_start, token_end in _tokens(rest):
        if kind == "word" and depth == 0 and text.upper() == "WHERE":
            break  # CONSTRUCT WHERE { … }: the pattern is its own template
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0:
                template_end = token_end
                break
    if template_end is not None:
        rest = rest[template_end:]
    return form, f"{sparql[:start]}SELECT *{rest}"


def bind_values(sparql: str, bindings: Mapping[str, Binding]) -> str:
    """``sparql`` with ``bindings`` as a ``VALUES`` block opening its outermost WHERE group.

    Every value is one N-Triples term (:func:`ntriples_term`); variable names must
    be plain SPARQL names. The query text itself is not otherwise changed.

    Examples
    --------
    >>> bind_values('SELECT ?x ?c WHERE { ?x <p> ?c }', {"c": 'R" } #'})
    'SELECT ?x ?c WHERE { VALUES (?c) { ("R\\\\" } #") }  ?x <p> ?c }'
    """
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not _VARIABLE.fullmatch(name):
            raise ValueError(f"{name!r} is not a SPARQL variable name (letters, digits, _)")
    terms = " ".join(ntriples_term(to_term(bindings[name])) for name in names)
    block = f" VALUES ({' '.join('?' + name for name in names)}) {{ ({terms}) }} "
    start = outer_group_start(sparql)
    return sparql[:start + 1] + block + sparql[start + 1:]


# -- endpoints -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and Graph Store Protocol requests.

    ``write`` is ``"update"`` (staged SPARQL Update batches) or ``"gsp"`` (one PUT
    per article); ``username``/``password`` come from the URL's user part.
    """

    query: str
    update: str | None = None
    gsp: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    write: str = "update"
    username: str | None = None
    password: str | None = None


def parse_endpoints(spec: str) -> Endpoints:
    """The endpoints a ``--store`` URL names.

    ``sparql+http://host/path?update=URL&gsp=URL&batch=N&write=gsp`` names them
    explicitly (every parameter optional; no ``update`` means read-only). A plain
    ``http(s)://`` URL is read by the path conventions of known servers:

    =============================  ==================================  ==========================
    query URL                      update URL                          Graph Store Protocol URL
    =============================  ==================================  ==========================
    ``/query`` (Oxigraph)          ``/update``                         ``/store``
    ``/<ds>/query``, ``/<ds>/sparql`` (Fuseki)  ``/<ds>/update``       ``/<ds>/data``
    ``/repositories/<id>`` (GraphDB, RDF4J)  ``…/<id>/statements``     ``…/<id>/rdf-graphs/service``
    ``/sparql`` (Virtuoso)         ``/sparql``                         (none)
    anything else                  (none: read-only)                   (none)
    =============================  ==================================  ==========================

    Examples
    --------
    >>> parse_endpoints("http://127.0.0.1:7878/query").update
    'http://127.0.0.1:7878/update'
    >>> parse_endpoints("sparql+https://h/q?update=https://h/u&batch=200").batch_size
    200
    """
    explicit = spec.startswith(("sparql+http://", "sparql+https://"))
    url = spec.removeprefix("sparql+")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{spec!r} is not an http(s) URL of a SPARQL endpoint")
    username = urllib.parse.unquote(parts.username) if parts.username else None
    password = urllib.parse.unquote(parts.password) if parts.password else None
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc += f":{parts.port}" if parts.port else ""
    base = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    if explicit:
        params = dict(urllib.parse.parse_qsl(parts.query))
        known = {"update", "gsp", "batch", "write"}
        rest = urllib.parse.urlencode({k: v for k, v in params.items() if k not in known})
        endpoints = Endpoints(base + (f"?{rest}" if rest else ""), params.get("update"),
                              params.get("gsp"), username=username, password=password)
        if "batch" in params:
            if not params["batch"].isdigit() or int(params["batch"]) < 1:
                raise ValueError(f"batch={params['batch']!r} in {spec!r}: give a whole number of triples")
            endpoints = replace(endpoints, batch_size=int(params["batch"]))
        if "write" in params:
            if params["write"] not in ("update", "gsp"):
                raise ValueError(f"write={params['write']!r} in {spec!r}: use write=update or write=gsp")
            if params["write"] == "gsp" and not endpoints.gsp:
                raise ValueError(f"write=gsp in {spec!r} needs a gsp=URL of the Graph Store Protocol")
            endpoints = replace(endpoints, write=params["write"])
        return endpoints
    if parts.query:
        base += f"?{parts.query}"
    update, gsp = _conventional_endpoints(parts.path)
    root = urllib.parse.urlunsplit((parts.scheme, netloc, "", "", ""))
    return Endpoints(base, update and root + update, gsp and root + gsp,
                     username=username, password=password)


def _conventional_endpoints(path: str) -> tuple[str | None, str | None]:
    """Update and Graph Store paths that go with a query path on well-known servers."""
    path = path.rstrip("/")
    if path == "/query":
        return "/update", "/store"
    if path == "/sparql":
        return "/sparql", None
    graphdb = re.fullmatch(r"(?P<repo>.*/repositories/[^/]+)", path)
    if graphdb:
        return f"{graphdb['repo']}/statements", f"{graphdb['repo']}/rdf-graphs/service"
    fuseki = re.fullmatch(r"(?P<dataset>/.+)/(?:query|sparql)", path)
    if fuseki:
        return f"{fuseki['dataset']}/update", f"{fuseki['dataset']}/data"
    return None, None


# -- the store -----------------------------------------------------------------------------

class SparqlStore(Store):
    """Article graphs on a SPARQL 1.1 server.

    Parameters
    ----------
    endpoints : Endpoints or str
        The server's endpoints, or a ``--store`` URL for :func:`parse_endpoints`.
    retries : int
        Further attempts after a connection error, a timeout or a 5xx answer.
    backoff : float
        Seconds before the first retry; each next wait doubles.
    timeout : float
        Seconds to wait for the server on each request.

    Examples
    --------
    >>> store = SparqlStore("http://127.0.0.1:7878/query")
    >>> sorted(store.capabilities)
    ['graph-store', 'named-graphs', 'persistent', 'sparql-update', 'stream-export']
    """

    name = "sparql"

    def __init__(self, endpoints: Endpoints | str, *, retries: int = 4, backoff: float = 0.5,
                 timeout: float = 60.0, sleep: Callable[[float], None] = time.sleep) -> None:
        self.endpoints = parse_endpoints(endpoints) if isinstance(endpoints, str) else endpoints
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self._sleep = sleep
        flags = {"persistent", "named-graphs", "stream-export"}
        if self.endpoints.update:
            flags.add("sparql-update")
        if self.endpoints.gsp:
            flags.add("graph-store")
        self.capabilities = frozenset(flags)

    def __repr__(self) -> str:
        return f"SparqlStore({self.endpoints.query!r})"

    # -- writing ---------------------------------------------------------------------------
    def replace_article(self, article: Article, events: Sequence[Event], *, extractor_version: str,
                        ingested_at: datetime | None = None, extra: Sequence[Quad] = ()) -> None:
        try:
            super().replace_article(article, events, extractor_version=extractor_version,
                                    ingested_at=ingested_at, extra=extra)
        except RemoteStoreError as error:
            raise RemoteStoreError(f"article {article.id} was not written, and the store still "
                                   f"holds its previous version, if any: {error}") from error

    def replace_graph(self, graph: URIRef, quads: list[Quad]) -> None:
        triples = list(dict.fromkeys((s, p, o) for s, p, o, _ in quads))
        if self.endpoints.write == "gsp":
            self.put_graph(graph, triples)
            return
        update = self._update_url()
        temporary = staging_graph(graph)
        # A staging graph left by a crash holds an older attempt: start from nothing.
        self._send_update(update, f"DROP SILENT GRAPH {_iri(temporary)}")
        try:
            for start in range(0, len(triples), self.endpoints.batch_size):
                batch = triples[start:start + self.endpoints.batch_size]
                lines = "\n".join(f"{ntriples_term(s)} {_iri(STAGED_PREDICATE + str(p))} "
                                  f"{ntriples_term(o)} ." for s, p, o in batch)
                self._send_update(update, f"INSERT DATA {{ GRAPH {_iri(temporary)} {{\n{lines}\n}} }}")
            staged = self._count(f"GRAPH {_iri(temporary)} {{ ?s ?p ?o }}")
            if staged != len(triples):
                raise RemoteStoreError(f"the server holds {staged} of the {len(triples)} staged "
                                       "triples (was the staging graph changed by another client?)")
            self._send_update(update, _swap_update(graph, temporary, len(triples)))
        except BaseException:
            self._drop_quietly(temporary)
            raise

    def put_graph(self, graph: URIRef, triples: Sequence[tuple[Identifier, Identifier, Identifier]]) -> None:
        """Replace ``graph`` whole with one Graph Store Protocol PUT of N-Triples."""
        if not self.endpoints.gsp:
            raise RemoteStoreError(f"{self.endpoints.query} has no Graph Store Protocol endpoint; "
                                   "name one with sparql+http://…?gsp=URL")
        body = "".join(f"{ntriples_term(s)} {ntriples_term(p)} {ntriples_term(o)} .\n"
                       for s, p, o in triples).encode("utf-8")
        url = _with_param(self.endpoints.gsp, "graph", str(graph))
        self._request("PUT", url, body, {"Content-Type": _NTRIPLES}).close()

    def remove_article(self, article_id: str) -> bool:
        update = self._update_url()
        graph = URIRef(namespaces.article_graph_iri(article_id))
        existed = self._holds(graph)
        if existed:
            self._send_update(update, f"DROP SILENT GRAPH {_iri(graph)}")
        return existed

    def staging_graphs(self) -> list[URIRef]:
        """Staging graphs on the server: articles being written now, or left by a crash."""
        result = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                              f"FILTER(STRSTARTS(STR(?g), {_string(STAGING_PREFIX)})) }}")
        return [URIRef(str(row[0])) for row in result.rows]

    def drop_staging_graphs(self) -> int:
        """Drop every staging graph (after a crash, with no other client writing); how many."""
        graphs = self.staging_graphs()
        if graphs:
            self._send_update(self._update_url(), " ;\n".join(f"DROP SILENT GRAPH {_iri(graph)}"
                                                              for graph in graphs))
        return len(graphs)

    # -- reading ---------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._holds(URIRef(namespaces.article_graph_iri(article_id)))

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        if query_form(sparql) != "SELECT":
            raise ValueError(SELECT_ONLY)
        return self._select(bind_values(sparql, bindings or {}))

    def ask(self, sparql: str) -> bool:
        answer = self._post_query(sparql, _JSON_RESULTS)
        with answer:
            document = json.load(answer)
        if "boolean" not in document:
            raise ValueError("ask() runs ASK queries only")
        return bool(document["boolean"])

    def construct(self, sparql: str) -> Iterator[tuple[Identifier, Identifier, Identifier]]:
        answer = self._post_query(sparql, _NTRIPLES)
        with answer:
            for triple in ox.parse(answer, format=ox.RdfFormat.N_TRIPLES):
                yield (from_oxigraph(triple.subject), from_oxigraph(triple.predicate),
                       from_oxigraph(triple.object))

    def triple_count(self) -> int:
        return self._count(f"GRAPH ?g {{ ?s ?p ?o }} FILTER(!STRSTARTS(STR(?g), {_string(STAGING_PREFIX)}))")

    def export(self, out: BinaryIO, fmt: str) -> None:
        check_export_format(fmt)
        prefixes = PREFIXES if fmt in ("turtle", "trig") else None
        if fmt == "turtle":
            triples = self._construct_stream(
                "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                f"FILTER(!STRSTARTS(STR(?g), {_string(STAGING_PREFIX)})) }} }}")
            ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=prefixes)
        else:
            ox.serialize(self._quads_by_graph(), out, _OX_FORMATS[fmt], prefixes=prefixes)

    def _quads_by_graph(self) -> Iterator[ox.Quad]:
        """Every quad, one CONSTRUCT per graph, so that only one graph is in flight at a time."""
        graphs = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                              f"FILTER(!STRSTARTS(STR(?g), {_string(STAGING_PREFIX)})) }} ORDER BY ?g")
        for (graph,) in graphs.rows:
            name = ox.NamedNode(str(graph))
            for triple in self._construct_stream(
                    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {_iri(str(graph))} {{ ?s ?p ?o }} }}"):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, name)

    def _construct_stream(self, sparql: str) -> Iterator[ox.Triple]:
        answer = self._post_query(sparql, _NTRIPLES)
        with answer:
            yield from ox.parse(answer, format=ox.RdfFormat.N_TRIPLES)

    # -- helpers ---------------------------------------------------------------------------
    def _holds(self, graph: URIRef) -> bool:
        return self.ask(f"ASK {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}")

    def _count(self, pattern: str) -> int:
        result = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
        return int(result.rows[0][0]) if result.rows and result.rows[0][0] is not None else 0

    def _select(self, sparql: str) -> QueryResult:
        answer = self._post_query(sparql, _JSON_RESULTS)
        with answer:
            document = json.load(answer)
        if "results" not in document:
            raise ValueError(SELECT_ONLY)
        columns = list(document.get("head", {}).get("vars", []))
        rows = [tuple(_from_json(binding.get(column)) for column in columns)
                for binding in document["results"]["bindings"]]
        return QueryResult(columns, rows)

    def _post_query(self, sparql: str, accept: str) -> http.client.HTTPResponse:
        return self._request("POST", self.endpoints.query, sparql.encode("utf-8"),
                             {"Content-Type": "application/sparql-query", "Accept": accept})

    def _send_update(self, url: str, sparql: str) -> None:
        self._request("POST", url, sparql.encode("utf-8"),
                      {"Content-Type": "application/sparql-update"}).close()

    def _update_url(self) -> str:
        if not self.endpoints.update:
            raise RemoteStoreError(f"{self.endpoints.query} is read-only here: name its update "
                                   "endpoint with sparql+http://…?update=URL (see docs/stores.md)")
        return self.endpoints.update

    def _drop_quietly(self, graph: URIRef) -> None:
        """Best effort: a dead server keeps the staging graph, which no query mistakes for data."""
        try:
            retries, self.retries = self.retries, 0
            self._send_update(self._update_url(), f"DROP SILENT GRAPH {_iri(graph)}")
        except (RemoteStoreError, ValueError):
            pass
        finally:
            self.retries = retries

    def _request(self, method: str, url: str, body: bytes,
                 headers: dict[str, str]) -> http.client.HTTPResponse:
        """Send one request, retrying transient failures; the open response on success."""
        if self.endpoints.username is not None:
            token = f"{self.endpoints.username}:{self.endpoints.password or ''}".encode()
            headers = {**headers, "Authorization": "Basic " + base64.b64encode(token).decode("ascii")}
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        for attempt in range(self.retries + 1):
            try:
                return urllib.request.urlopen(request, timeout=self.timeout)
            except urllib.error.HTTPError as error:
                message = error.read().decode("utf-8", "replace").strip()[:500]
                error.close()
                if error.code not in _RETRIED_STATUS:
                    problem = f"{url} answered {error.code} {error.reason}: {message}"
                    if error.code == 400 and "query" in headers.get("Content-Type", ""):
                        raise ValueError(problem) from None
                    if error.code in (401, 403):
                        problem += (" (give credentials as http://user:password@host/… and grant "
                                    "the user update rights; see docs/stores.md)")
                    raise RemoteStoreError(problem) from None
                last = f"{error.code} {error.reason}: {message}"
            except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException) as error:
                last = str(getattr(error, "reason", error)) or type(error).__name__
            if attempt < self.retries:
                self._sleep(self.backoff * 2 ** attempt)
        raise RemoteStoreError(f"{method} {url} failed {self.retries + 1} times; last: {last}")


def staging_graph(graph: URIRef) -> URIRef:
    """The graph that holds an article graph's triples while they are being written.

    >>> staging_graph(URIRef("https://w3id.org/diplo-kg/id/graph/tass-1"))
    rdflib.term.URIRef('https://w3id.org/diplo-kg/id/staging/tass-1')
    """
    return URIRef(STAGING_PREFIX + str(graph).rsplit("/", 1)[-1])


def _swap_update(graph: URIRef, staging: URIRef, expected: int) -> str:
    """One update request: the article's graph becomes the staging triples, then staging goes."""
    target, source = _iri(graph), _iri(staging)
    complete = (f"{{ SELECT (COUNT(*) AS ?staged) WHERE {{ GRAPH {source} {{ ?x ?y ?z }} }} }} "
                f"FILTER(?staged = {expected})")
    return (f"DELETE {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ {complete} GRAPH {target} {{ ?s ?p ?o }} }} ;\n"
            f"INSERT {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ {complete} GRAPH {source} {{ ?s ?staged_p ?o }} "
            f"BIND(IRI(SUBSTR(STR(?staged_p), {len(STAGED_PREDICATE) + 1})) AS ?p) }} ;\n"
            f"DROP SILENT GRAPH {source}")


def _string(value: str) -> str:
    return ntriples_term(Literal(value))


def _with_param(url: str, key: str, value: str) -> str:
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{separator}{urllib.parse.urlencode({key: value})}"


def _from_json(value: dict[str, str] | None) -> Identifier | None:
    """One binding of SPARQL 1.1 Query Results JSON as an rdflib term."""
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype is None or datatype == str(XSD.string):
            return Literal(value["value"])
        return Literal(value["value"], datatype=URIRef(datatype))
    raise RemoteStoreError(f"the server sent a binding of unknown type {kind!r}")

