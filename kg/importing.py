"""Loading RDF files into a store: Turtle, TriG, N-Quads, N-Triples and JSON-LD.

Each named graph of the file replaces the graph of the same name in the store
(so an exported article graph comes back whole, and re-importing changes
nothing); triples outside any named graph go to a graph named after the file,
``…/id/import/<file-stem>``. Parsing goes through oxrdflib's ``ox-*`` parsers
(rdflib's own are an order of magnitude slower); JSON-LD goes through
:func:`kg.rdf.parse_jsonld`, which never fetches a remote ``@context``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import namespaces
from kg.rdf import Quad, parse_jsonld
from kg.store.base import Store

#: File suffix → oxrdflib parser.
PARSERS = {".ttl": "ox-turtle", ".turtle": "ox-turtle", ".trig": "ox-trig", ".nq": "ox-nquads",
           ".nquads": "ox-nquads", ".nt": "ox-ntriples"}
JSONLD_SUFFIXES = (".jsonld", ".json")


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote: how many named graphs and quads."""

    graphs: int
    quads: int


def read_quads(path: Path) -> dict[URIRef, list[Quad]]:
    """The quads of an RDF file, by named graph (the file's default graph gets its own name)."""
    suffix = path.suffix.lower()
    dataset = Dataset()
    if suffix in JSONLD_SUFFIXES:
        dataset = parse_jsonld(path.read_bytes(), base=path.resolve().as_uri())
    elif suffix in PARSERS:
        try:
            dataset.parse(path, format=PARSERS[suffix])
        except (SyntaxError, ValueError) as error:
            raise ValueError(f"{path} is not valid {PARSERS[suffix][3:]}: {error}") from error
    else:
        known = ", ".join(sorted([*PARSERS, *JSONLD_SUFFIXES]))
        raise ValueError(f"{path}: unknown RDF file type {suffix!r}; use one of {known}")
    fallback = URIRef(f"{namespaces.ID}import/{namespaces.slug(path.stem)}")
    graphs: dict[URIRef, list[Quad]] = defaultdict(list)
    for subject, predicate, obj, context in dataset.quads((None, None, None, None)):
        name = getattr(context, "identifier", context)  # a Graph or, in rdflib 7 datasets, its IRI
        graph = fallback if name is None or name == DATASET_DEFAULT_GRAPH_ID else URIRef(str(name))
        graphs[graph].append((subject, predicate, obj, graph))
    return dict(graphs)


def import_rdf(store: Store, path: str | Path) -> ImportReport:
    """Load an RDF file into ``store``, one named graph at a time (see the module docstring)."""
    graphs = read_quads(Path(path))
    for graph, quads in graphs.items():
        store.replace_graph(graph, quads)
    return ImportReport(graphs=len(graphs), quads=sum(len(q) for q in graphs.values()))
