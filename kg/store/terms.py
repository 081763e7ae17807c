"""Converting pyoxigraph terms to rdflib terms, the currency of :mod:`kg.store.base`.

Both the Oxigraph folder store and the remote SPARQL store read pyoxigraph
terms (from query solutions and from parsed N-Triples); this is the one place
that turns them into rdflib terms.

>>> import pyoxigraph as ox
>>> from_oxigraph(ox.Literal("RUS"))
rdflib.term.Literal('RUS')
>>> from_oxigraph(ox.Literal("2026", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")))
rdflib.term.Literal('2026', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYear'))
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Identifier


def from_oxigraph(term: object) -> Identifier:
    """The rdflib term of the same value as the pyoxigraph ``term``.

    Plain ``xsd:string`` literals come back without a datatype, as rdflib writes them.

    Raises
    ------
    TypeError
        For anything but an IRI, a blank node or a literal (RDF-star triple terms).
    """
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
    raise TypeError(f"got {term!r} from the store; RDF-star terms are not supported")
