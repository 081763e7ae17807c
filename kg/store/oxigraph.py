"""The default persistent store: an Oxigraph (RocksDB) folder.

Why pyoxigraph directly rather than rdflib over oxrdflib: every query result
and every written quad would otherwise be converted to rdflib objects and back
by the plugin, and queries would go through rdflib's dispatch. Talking to
pyoxigraph keeps queries native (a GROUP BY over a million triples takes about
a second here, against tens of seconds in rdflib's memory store), lets one
SPARQL Update request replace an article's graph in a single transaction, and
exposes Oxigraph's variable ``substitutions``, so query parameters are bound as
terms instead of spliced into the text. Only the results handed back are
converted, once, to rdflib terms, which is the currency of :mod:`kg.store.base`.

The union of the named graphs is the default graph of every query, so a plain
``SELECT … WHERE { ?s ?p ?o }`` sees every article. Oxigraph's union keeps one
copy of a triple per graph that holds it (an actor described in two articles),
so a join over the union can repeat a row: use ``SELECT DISTINCT`` or match
inside ``GRAPH ?g { … }`` as the named queries do.

A RocksDB folder can be open in only one process at a time; opening it twice
raises :class:`~kg.store.base.StoreLockedError` with what to do about it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Identifier

from kg import namespaces
from kg.rdf import PREFIXES, Quad
from kg.store.base import Binding, QueryResult, Store, StoreLockedError, check_export_format, to_term

#: pyoxigraph's formats for the export formats that keep named graphs.
DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                    "jsonld": ox.RdfFormat.JSON_LD}
# Files RocksDB keeps in every database folder; a non-empty folder without it is not a store.
_ROCKSDB_MARKER = "CURRENT"


class OxigraphStore(Store):
    """Article graphs in an Oxigraph folder, created when missing.

    Parameters
    ----------
    path : str or Path
        The store folder. It must be new, empty, or an existing Oxigraph store.

    Examples
    --------
    >>> import tempfile
    >>> with OxigraphStore(tempfile.mkdtemp()) as store:
    ...     store.triple_count()
    0
    """

    name = "oxigraph"
    capabilities = frozenset({"persistent", "transactions", "named-graphs", "sparql-update",
                              "stream-export"})

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        _check_folder(self.path)
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            self._store: ox.Store | None = ox.Store(str(self.path))
        except OSError as error:
            if "lock" in str(error).lower():
                where = ("in this process (close the other OxigraphStore first)"
                         if "current process" in str(error) else "in another process")
                raise StoreLockedError(
                    f"the store {self.path} is open {where} ({error}); close it or use "
                    "--store another-folder") from error
            raise OSError(f"cannot open the store {self.path}: {error}") from error

    @property
    def _ox(self) -> ox.Store:
        if self._store is None:
            raise RuntimeError(f"the store {self.path} is closed; open it again with open_store()")
        return self._store

    def replace_graph(self, graph: URIRef, quads: list[Quad]) -> None:
        # One update request is one Oxigraph transaction: readers see the old graph or the
        # new one, never neither. The data are written by Oxigraph's own N-Triples
        # serialiser, which escapes every literal and validates every IRI.
        body = "\n".join(f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)} ." for s, p, o, _ in quads)
        target = to_oxigraph(graph)
        self._ox.update(f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}")

    def remove_article(self, article_id: str) -> bool:
        graph = ox.NamedNode(namespaces.article_graph_iri(article_id))
        existed = self._holds(graph)
        if existed:
            self._ox.remove_graph(graph)
        return existed

    def has_article(self, article_id: str) -> bool:
        return self._holds(ox.NamedNode(namespaces.article_graph_iri(article_id)))

    def _holds(self, graph: ox.NamedNode) -> bool:
        return next(iter(self._ox.quads_for_pattern(None, None, None, graph)), None) is not None

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        substitutions = {ox.Variable(name): to_oxigraph(to_term(value))
                         for name, value in (bindings or {}).items()}
        try:
            results = self._ox.query(sparql, use_default_graph_as_union=True,
                                     substitutions=substitutions or None)
        except RuntimeError as error:
            if "projection" in str(error):
                raise ValueError(f"{error}: list every bound parameter in the SELECT clause") from error
            raise
        if not isinstance(results, ox.QuerySolutions):
            raise ValueError("Store.query runs SELECT queries only; rewrite the query as a SELECT")
        columns = [variable.value for variable in results.variables]
        # Codes, classes and dates repeat from row to row: convert each distinct term once.
        converted: dict[object, Identifier | None] = {None: None}

        def convert(term: object) -> Identifier | None:
            if term not in converted:
                converted[term] = _from_ox(term)
            return converted[term]

        rows = [tuple(convert(solution[index]) for index in range(len(columns)))
                for solution in results]
        return QueryResult(columns, rows)

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the store to ``out``, streaming: memory stays flat however large the store.

        TriG, N-Quads and JSON-LD are Oxigraph's own dump, graph by graph (JSON-LD
        as one document whose ``@graph`` entries are written as they are read).
        Turtle is the union of the graphs with each triple once; see
        :meth:`distinct_triples` for how that is done without a set of all triples.
        """
        check_export_format(fmt)
        if fmt == "turtle":
            ox.serialize(self.distinct_triples(), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        else:
            prefixes = PREFIXES if fmt == "trig" else None
            self._ox.dump(out, DATASET_FORMATS[fmt], prefixes=prefixes)

    def distinct_triples(self) -> Iterator[ox.Triple]:
        """Every triple of the union of graphs once, in predicate order, in constant memory.

        A triple that several article graphs hold (an actor named by several
        stories) is stored once per graph. Matching one predicate at a time reads
        Oxigraph's predicate-object-subject-graph index, where the copies of a
        triple lie next to each other, so dropping a triple equal to the one
        before removes every copy. Only the list of distinct predicates (a few
        dozen) is held.
        """
        predicates = [solution["p"] for solution in self._ox.query(
            "SELECT DISTINCT ?p WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")]
        for predicate in predicates:
            previous: ox.Triple | None = None
            for quad in self._ox.quads_for_pattern(None, predicate, None, None):
                triple = quad.triple
                if triple != previous:
                    yield triple
                previous = triple

    def triple_count(self) -> int:
        return len(self._ox)

    def close(self) -> None:
        if self._store is not None:
            self._store.flush()
            self._store = None


def _check_folder(path: Path) -> None:
    """Refuse to turn a file, or a folder of other files, into a store."""
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(f"{path} is a file; pass a folder for the store")
    if path.is_dir() and any(path.iterdir()) and not (path / _ROCKSDB_MARKER).exists():
        raise ValueError(f"{path} holds other files and is not an Oxigraph store; "
                         "pass a new or empty folder with --store")


def to_oxigraph(term: Identifier) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as the pyoxigraph term of the same value."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}: only IRIs, blank nodes and literals")


def _from_ox(term: object) -> Identifier | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"the store returned {term!r}; RDF-star terms are not supported")
