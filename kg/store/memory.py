"""An in-process store: an rdflib Dataset whose default graph is the union of its graphs.

For tests, notebooks and small batches: nothing is written to disk, and
queries run in rdflib's engine, which is fine for thousands of triples and slow
for millions (use :class:`~kg.store.oxigraph.OxigraphStore` then). Parameters
are passed as rdflib ``initBindings``, so they are terms, never query text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import namespaces
from kg.rdf import PREFIXES, Quad
from kg.store.base import SELECT_ONLY, Binding, QueryResult, Store, check_export_format, to_term
from kg.store.oxigraph import DATASET_FORMATS, to_oxigraph


class MemoryStore(Store):
    """Article graphs held in memory for the life of the object.

    Examples
    --------
    >>> store = MemoryStore()
    >>> store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0].toPython()
    0
    """

    name = "memory"
    capabilities = frozenset({"named-graphs", "sparql-update"})

    def __init__(self) -> None:
        self.dataset = Dataset(default_union=True)
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace)

    def replace_graph(self, graph: URIRef, quads: list[Quad]) -> None:
        self.dataset.remove_graph(graph)
        self.dataset.addN(quads)

    def remove_article(self, article_id: str) -> bool:
        graph = URIRef(namespaces.article_graph_iri(article_id))
        existed = self._holds(graph)
        self.dataset.remove_graph(graph)
        return existed

    def has_article(self, article_id: str) -> bool:
        return self._holds(URIRef(namespaces.article_graph_iri(article_id)))

    def _holds(self, graph: URIRef) -> bool:
        return next(iter(self.dataset.quads((None, None, None, graph))), None) is not None

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        initial = {name: to_term(value) for name, value in (bindings or {}).items()}
        result = self.dataset.query(sparql, initBindings=initial)
        if result.type != "SELECT":
            raise ValueError(SELECT_ONLY)
        columns = [str(variable) for variable in result.vars or []]
        rows = [tuple(row) for row in result]
        return QueryResult(columns, rows)

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the store through pyoxigraph's serialisers, one statement at a time
        (Turtle: the union of the graphs, each triple once)."""
        check_export_format(fmt)
        if fmt == "turtle":
            triples = (ox.Triple(*map(to_oxigraph, triple))
                       for triple in self.dataset.triples((None, None, None)))
            ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            return
        quads = (ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), _graph_name(g))
                 for s, p, o, g in self.dataset.quads((None, None, None, None)))
        ox.serialize(quads, out, DATASET_FORMATS[fmt], prefixes=PREFIXES if fmt == "trig" else None)

    def triple_count(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))


def _graph_name(graph: object) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    if graph is None or graph == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_oxigraph(graph)
