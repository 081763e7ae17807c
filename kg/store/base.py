"""The Store interface: what every backend (Oxigraph folder, in-memory, …) offers.

A store holds one named graph per article (see :mod:`kg.rdf`) and answers
SPARQL SELECT queries over the union of those graphs. Parameters are always
passed as bound RDF terms, never spliced into the query text, so a value such
as ``'"} INSERT DATA { <a> <b> <c> }'`` is only ever a string literal.

Backends announce what they can do in ``capabilities``:

``persistent``     data survive the process
``transactions``   ``replace_article`` is atomic
``named-graphs``   one graph per article, droppable on its own
``sparql-update``  the backend executes SPARQL Update
``stream-export``  ``export`` writes without building the output in memory
``graph-store``    the backend takes whole graphs by the SPARQL Graph Store Protocol
``concurrent-reads``  queries may run in several threads at once (``kg serve`` then
                   answers clients in parallel instead of one at a time)

Besides SELECT (``query``), every store answers ASK (``ask``) and CONSTRUCT
(``construct``), which ``kg serve`` offers to SPARQL clients. The defaults here
run them through ``query``; a backend with a native answer overrides them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from types import TracebackType
from typing import BinaryIO

from rdflib import XSD, BNode, Literal, URIRef, Variable
from rdflib.term import Identifier

from kg import namespaces
from kg.article import Article
from kg.event import Event
from kg.rdf import Quad, article_quads

#: Export formats every store writes.
EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")

Binding = Identifier | str | int | float | bool | Decimal | date | datetime
Triple = tuple[Identifier, Identifier, Identifier]

#: What ``query`` says when given an ASK, CONSTRUCT or DESCRIBE.
SELECT_ONLY = ("kg query runs SELECT queries; use ASK/CONSTRUCT through `kg serve`, "
               "or `kg export`")


@dataclass(frozen=True)
class QueryResult:
    """The answer to a SELECT: column names and rows of rdflib terms (``None`` when unbound)."""

    columns: list[str]
    rows: list[tuple[Identifier | None, ...]]

    def __len__(self) -> int:
        return len(self.rows)


class StoreLockedError(RuntimeError):
    """The store folder is held by another process."""


class Store(ABC):
    """A place to keep article graphs and query them with SPARQL."""

    name: str
    capabilities: frozenset[str]

    def replace_article(self, article: Article, events: Sequence[Event], *,
                        extractor_version: str, ingested_at: datetime | None = None,
                        extra: Sequence[Quad] = ()) -> None:
        """Drop the article's graph and write the new one (atomically where the store can).

        ``extra`` quads join the article's graph: what it taught about people, for example.
        """
        quads = article_quads(article, events, extractor_version=extractor_version,
                              ingested_at=ingested_at or datetime.now(timezone.utc)) + list(extra)
        self.replace_graph(URIRef(namespaces.article_graph_iri(article.id)), quads)

    @abstractmethod
    def replace_graph(self, graph: URIRef, quads: list[Quad]) -> None:
        """Make ``graph`` hold exactly ``quads``."""

    @abstractmethod
    def remove_article(self, article_id: str) -> bool:
        """Drop the article's graph; ``True`` when there was one."""

    @abstractmethod
    def has_article(self, article_id: str) -> bool:
        """Whether the store holds a graph for this article."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        """Run a SELECT over the union of all graphs, with ``bindings`` as pre-bound variables.

        A bound variable need not appear in the SELECT clause: every store binds
        it for the whole WHERE group (see :func:`kg.store.sparql.bind_values`).

        Raises
        ------
        ValueError
            For a query that is not a SELECT (:data:`SELECT_ONLY`) or is malformed.
        """

    def ask(self, sparql: str) -> bool:
        """Answer an ASK query over the union of all graphs."""
        from kg.store.sparql import select_for

        form, select = select_for(sparql)
        if form != "ASK":
            raise ValueError(f"ask() runs ASK queries, not {form}")
        return len(self.query(select)) > 0

    def construct(self, sparql: str) -> Iterator[Triple]:
        """The distinct triples a CONSTRUCT query builds over the union of all graphs.

        The default runs the WHERE clause as a SELECT and fills the template in
        with each row, as SPARQL does: a template triple with an unbound variable,
        or one that would not be RDF (a literal subject), is left out of that row.
        """
        from rdflib.plugins.sparql import prepareQuery

        from kg.store.sparql import select_for

        form, select = select_for(sparql)
        if form != "CONSTRUCT":
            raise ValueError(f"construct() runs CONSTRUCT queries, not {form}")
        algebra = prepareQuery(sparql).algebra
        # CONSTRUCT WHERE { … }: the template is the pattern, a basic graph pattern.
        template = algebra.template or algebra.p.p.triples
        result = self.query(select)
        seen: set[Triple] = set()
        for row in result.rows:
            values = dict(zip(result.columns, row))
            fresh: dict[BNode, BNode] = {}
            for pattern in template:
                triple = tuple(_instantiate(term, values, fresh) for term in pattern)
                if _is_rdf_triple(triple) and triple not in seen:
                    seen.add(triple)
                    yield triple

    @abstractmethod
    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the store to ``out`` as ``turtle`` (the union of graphs), ``trig``,
        ``nquads`` or ``jsonld``."""

    @abstractmethod
    def triple_count(self) -> int:
        """Number of stored statements (a triple held by two graphs counts twice)."""

    def close(self) -> None:
        """Release the store (and its folder lock, for a persistent store)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def to_term(value: Binding) -> Identifier:
    """A Python value as the RDF term a query parameter binds to.

    Strings become plain string literals (never IRIs: pass ``URIRef`` for an IRI),
    dates ``xsd:date``, datetimes ``xsd:dateTime``, bools ``xsd:boolean``.

    >>> to_term("RUS")
    rdflib.term.Literal('RUS')
    >>> to_term(date(2026, 2, 13)).datatype == XSD.date
    True
    """
    if isinstance(value, Identifier):
        return value
    if isinstance(value, bool):
        return Literal(value, datatype=XSD.boolean)
    if isinstance(value, datetime):
        return Literal(value, datatype=XSD.dateTime)
    if isinstance(value, date):
        return Literal(value, datatype=XSD.date)
    if isinstance(value, (str, int, float, Decimal)):
        return Literal(value)
    raise TypeError(f"cannot bind a {type(value).__name__} as a query parameter; "
                    "pass a str, number, bool, date, datetime or an rdflib term")


def _instantiate(term: Identifier, values: Mapping[str, Identifier | None],
                 fresh: dict[BNode, BNode]) -> Identifier | None:
    """A template term for one solution: variables take their value, blank nodes a new node."""
    if isinstance(term, Variable):
        return values.get(str(term))
    if isinstance(term, BNode):
        return fresh.setdefault(term, BNode())
    return term


def _is_rdf_triple(triple: tuple[Identifier | None, ...]) -> bool:
    subject, predicate, obj = triple
    return (isinstance(subject, (URIRef, BNode)) and isinstance(predicate, URIRef)
            and obj is not None)


def check_export_format(fmt: str) -> None:
    """Raise a ValueError naming the accepted formats when ``fmt`` is not one."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")
