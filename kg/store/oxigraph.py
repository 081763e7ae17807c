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

A RocksDB folder can be open for writing in only one process at a time;
opening it twice raises :class:`~kg.store.base.StoreLockedError` with what to
do about it. ``read_only=True`` opens it without that lock (pyoxigraph's
``Store.read_only``), so readers such as ``kg serve`` or ``kg query`` work while
another process writes. A read-only store sees the folder as it was when it was
opened; pyoxigraph calls reading while another process writes undefined, and
in practice the reader simply does not see the new writes until reopened.

Parameters are bound with Oxigraph's ``substitutions`` when the variable is
projected by the SELECT clause; otherwise (Oxigraph substitutes only projected
variables) the query falls back to a ``VALUES`` block, as the remote store
does (:func:`kg.store.sparql.bind_values`), so every store accepts the same
queries.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg import namespaces
from kg.rdf import PREFIXES, Quad
from kg.store.base import (SELECT_ONLY, Binding, QueryResult, Store, StoreLockedError,
                           check_export_format, to_term)
from kg.store.sparql import bind_values
from kg.store.terms import from_oxigraph

#: pyoxigraph's formats for the export formats that keep named graphs.
DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                    "jsonld": ox.RdfFormat.JSON_LD}
# Files RocksDB keeps in every database folder; a non-empty folder without it is not a store.
_ROCKSDB_MARKER = "CURRENT"


READ_ONLY_ATTEMPTS = 5


def _open_read_only(path: Path) -> ox.Store:
    """Open a folder read-only beside a writer. A writer that compacts its files while the
    reader lists them makes the open fail with a vanished file; opening again sees the new
    files, so a few attempts with a short back-off are enough."""
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except RuntimeError as error:
            if "No such file" not in str(error):
                raise
            vanished = error
            time.sleep(0.05 * 2 ** attempt)
    raise OSError(f"the store {path} kept changing under another process while it was opened "
                  "for reading; try again once that process is done") from vanished


class OxigraphStore(Store):
    """Article graphs in an Oxigraph folder, created when missing unless read-only.

    Parameters
    ----------
    path : str or Path
        The store folder. It must be new, empty, or an existing Oxigraph store.
    read_only : bool
        Open an existing store for reading only, without taking the folder's
        lock, so another process may hold it for writing. The folder must
        already hold a store.

    Raises
    ------
    FileNotFoundError
        ``read_only`` and the folder holds no store (a mistyped ``--store``).
    StoreLockedError
        Another writer holds the folder.

    Examples
    --------
    >>> import tempfile
    >>> with OxigraphStore(tempfile.mkdtemp()) as store:
    ...     store.triple_count()
    0
    """

    name = "oxigraph"
    capabilities = frozenset({"persistent", "transactions", "named-graphs", "sparql-update",
                              "stream-export", "concurrent-reads"})

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        _check_folder(self.path)
        if read_only:
            if not (self.path / _ROCKSDB_MARKER).is_file():
                raise FileNotFoundError(f"no diplo-kg store at {self.path}; ingest something "
                                        "first or check --store")
            self.capabilities = self.capabilities - {"sparql-update", "transactions"}
        else:
            self.path.mkdir(parents=True, exist_ok=True)
        try:
            self._store: ox.Store | None = (_open_read_only(self.path) if read_only
                                            else ox.Store(str(self.path)))
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

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise PermissionError(f"the store {self.path} is open read-only; open it with "
                                  "open_store(path) to change it")
        return self._ox

    def replace_graph(self, graph: URIRef, quads: list[Quad]) -> None:
        # One update request is one Oxigraph transaction: readers see the old graph or the
        # new one, never neither. The data are written by Oxigraph's own N-Triples
        # serialiser, which escapes every literal and validates every IRI.
        body = "\n".join(f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)} ." for s, p, o, _ in quads)
        target = to_oxigraph(graph)
        self._writable().update(f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}")

    def remove_article(self, article_id: str) -> bool:
        graph = ox.NamedNode(namespaces.article_graph_iri(article_id))
        existed = self._holds(graph)
        if existed:
            self._writable().remove_graph(graph)
        return existed

    def has_article(self, article_id: str) -> bool:
        return self._holds(ox.NamedNode(namespaces.article_graph_iri(article_id)))

    def _holds(self, graph: ox.NamedNode) -> bool:
        return next(iter(self._ox.quads_for_pattern(None, None, None, graph)), None) is not None

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        bindings = bindings or {}
        substitutions = {ox.Variable(name): to_oxigraph(to_term(value))
                         for name, value in bindings.items()}
        try:
            results = self._ox.query(sparql, use_default_graph_as_union=True,
                                     substitutions=substitutions or None)
        except RuntimeError as error:
            if not (substitutions and "projection" in str(error)):
                raise
            # A bound variable the SELECT clause does not list: bind it with VALUES instead.
            results = self._ox.query(bind_values(sparql, bindings), use_default_graph_as_union=True)
        if not isinstance(results, ox.QuerySolutions):
            raise ValueError(SELECT_ONLY)
        columns = [variable.value for variable in results.variables]
        # Codes, classes and dates repeat from row to row: convert each distinct term once.
        converted: dict[object, Identifier | None] = {None: None}

        def convert(term: object) -> Identifier | None:
            if term not in converted:
                converted[term] = from_oxigraph(term)
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
            if not self.read_only:
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

