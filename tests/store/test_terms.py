"""kg.store.terms: pyoxigraph terms become the rdflib terms of the same value."""

from __future__ import annotations

import doctest

import pyoxigraph as ox
import pytest
from rdflib import XSD, BNode, Literal, URIRef

import kg.store.terms
from kg.store.terms import from_oxigraph


@pytest.mark.parametrize("term, expected", [
    (ox.NamedNode("https://w3id.org/diplo-kg/id/actor/country/RUS"),
     URIRef("https://w3id.org/diplo-kg/id/actor/country/RUS")),
    (ox.BlankNode("b1"), BNode("b1")),
    (ox.Literal("Сеул", language="ru"), Literal("Сеул", lang="ru")),
    (ox.Literal("say \"hi\"\n"), Literal("say \"hi\"\n")),
    (ox.Literal("-2.0", datatype=ox.NamedNode(str(XSD.decimal))), Literal("-2.0", datatype=XSD.decimal)),
])
def test_terms_keep_their_value_and_type(term: object, expected: object) -> None:
    converted = from_oxigraph(term)
    assert converted == expected and type(converted) is type(expected)


def test_a_plain_string_has_no_datatype() -> None:
    assert from_oxigraph(ox.Literal("RUS")).datatype is None


def test_triple_terms_are_refused() -> None:
    triple = ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c"))
    with pytest.raises(TypeError, match="RDF-star"):
        from_oxigraph(triple)


def test_doctests() -> None:
    assert doctest.testmod(kg.store.terms).failed == 0
