"""ontology/: the diplo-kg ontology and the CAMEO scheme load everywhere, document every term,
and declare every term that the writer, the shapes and the named queries use."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as vocab

from kg.api import KnowledgeGraph
from kg.article import Article
from kg.event import Actor, Event
from kg.namespaces import ONTOLOGY, actor_iri, event_iri
from kg.rdf import DKG, article_quads
from kg.vocabulary import ontology_dir, ontology_graph

ROOT = Path(__file__).resolve().parents[1]
DIPLO = ROOT / "ontology" / "diplo.ttl"
CAMEO = ROOT / "ontology" / "cameo.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/diplo-kg/ontology")
#: Terms every RDF tool knows without a declaration.
BUILT_IN = {vocab.RDF.type, vocab.RDFS.label}
DKG_TERM = re.compile(r"(?:dkg:|<https://w3id\.org/diplo-kg/ontology#)([A-Za-z]+)")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(DIPLO, format="turtle")


def _dkg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(ONTOLOGY)}


def _declared(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef)} | BUILT_IN


@pytest.mark.parametrize("path", [DIPLO, CAMEO], ids=["diplo", "cameo"])
def test_the_ontology_files_load_in_rdflib_and_pyoxigraph(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 100
    assert len(set(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) == len(graph)
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(graph)


def test_the_ontology_iri_is_versioned(ontology: Graph) -> None:
    version = str(ontology.value(ONTOLOGY_IRI, vocab.OWL.versionInfo))
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert ontology.value(ONTOLOGY_IRI, vocab.OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/{version}")
    assert (ONTOLOGY_IRI, vocab.RDF.type, vocab.OWL.Ontology) in ontology


def test_every_dkg_term_has_an_english_label_and_comment(ontology: Graph) -> None:
    terms = _dkg_terms(ontology)
    assert len(terms) > 40
    missing = sorted(str(term) for term in terms
                     if not any(isinstance(value, Literal) and value.language == "en"
                                for value in ontology.objects(term, vocab.RDFS.label))
                     or not any(isinstance(value, Literal) and value.language == "en"
                                for value in ontology.objects(term, vocab.RDFS.comment)))
    assert missing == []


def test_every_dkg_term_is_a_class_or_a_typed_property_with_domain_and_range(ontology: Graph) -> None:
    kinds = {vocab.OWL.Class, vocab.OWL.ObjectProperty, vocab.OWL.DatatypeProperty}
    for term in _dkg_terms(ontology):
        types = set(ontology.objects(term, vocab.RDF.type))
        assert types & kinds, term
        if vocab.OWL.Class not in types:
            assert ontology.value(term, vocab.RDFS.domain) is not None, term
            assert ontology.value(term, vocab.RDFS.range) is not None, term


def test_the_core_classes_align_to_the_vocabularies_of_the_field(ontology: Graph) -> None:
    sem = "http://semanticweb.cs.vu.nl/2009/11/sem/"
    expected = {
        DKG.Event: URIRef(sem + "Event"), DKG.Statement: DKG.Event, DKG.Actor: URIRef(sem + "Actor"),
        DKG.Person: vocab.FOAF.Person, DKG.Article: vocab.SDO.NewsArticle,
        DKG.Term: URIRef("http://www.w3.org/ns/org#Membership"), DKG.Extraction: vocab.PROV.Activity,
    }
    for term, parent in expected.items():
        assert (term, vocab.RDFS.subClassOf, parent) in ontology, (term, parent)
    assert (DKG.Article, vocab.RDFS.subClassOf, vocab.PROV.Entity) in ontology
    assert (DKG.Event, vocab.RDFS.seeAlso, vocab.SDO.Action) in ontology
    for kind in ("State", "InternationalOrganization", "Institution", "Person", "Group"):
        assert (DKG[kind], vocab.RDFS.subClassOf, DKG.Actor) in ontology


def test_every_dkg_term_used_by_the_other_files_is_declared(ontology: Graph) -> None:
    """The CAMEO scheme, the actor base, the shapes and the named queries use only declared terms."""
    sources = [*sorted(ontology_dir().glob("*.ttl")), *sorted((ROOT / "kg" / "queries").glob("*.rq"))]
    declared = {str(term).removeprefix(ONTOLOGY) for term in _dkg_terms(ontology)}
    undeclared = {f"{path.name}: dkg:{name}" for path in sources
                  for name in DKG_TERM.findall(path.read_text(encoding="utf-8"))
                  if name not in declared}
    assert sorted(undeclared) == []


def test_every_term_the_writer_uses_is_declared(ontology: Graph) -> None:
    text = "The Movement met the UN. The UN Security Council met Korea."
    article = Article(id="a1", text=text, published=None, agency="TASS", place="SEOUL",
                      url="https://tass.example/a1", title="Met")
    group = Actor("Some Movement", None, actor_iri("group", "Some Movement"), "group")
    un = Actor("United Nations", "UN", actor_iri("organization", "UN"), "organization")
    council = Actor("UN Security Council", "UN", actor_iri("organization", "UN Security Council"),
                    "organization")
    person = Actor("Georgy Zinoviev", "RUS", actor_iri("person", "Georgy Zinoviev"), "person", role="ambassador",
                   sector="DIP")
    korea = Actor("Republic of Korea", "KOR", actor_iri("country", "KOR"), "country")
    events = [Event(article="a1", event=event_iri("a1", number), span=(0, 24), sentence=text[:24],
                    source=source, target=target, date="2026-02", date_precision="month", published=None,
                    cameo="040", root="04", plover="CONSULT", goldstein=1.0, quad=1, polarity=1,
                    negated=False, verb="met", statement="met", extras={"speech": True})
              for number, (source, target) in enumerate([(group, un), (council, korea), (person, korea)])]
    quads = article_quads(article, events, extractor_version="x",
                          ingested_at=datetime(2026, 2, 13, tzinfo=timezone.utc))
    used = {quad[1] for quad in quads} | {quad[2] for quad in quads if quad[1] == vocab.RDF.type}
    assert sorted(used - _declared(ontology)) == []


@pytest.mark.slow
def test_every_predicate_and_class_of_the_sample_graph_is_declared(
        ontology: Graph, memory_graph: KnowledgeGraph) -> None:
    used = memory_graph.query("SELECT DISTINCT ?term WHERE { { ?s ?term ?o } UNION { ?s a ?term } }")
    terms = {URIRef(term) for term in used["term"]}
    assert {DKG.Event, DKG.Article, DKG.Extraction, DKG.actor, vocab.OWL.sameAs} <= terms
    assert sorted(terms - _declared(ontology)) == []


def test_the_ontology_graph_holds_both_files() -> None:
    graph = ontology_graph()
    assert (DKG.Event, vocab.RDF.type, vocab.OWL.Class) in graph
    assert (URIRef("https://w3id.org/diplo-kg/cameo/051"), vocab.SKOS.notation, Literal("051")) in graph


def test_the_documentation_lists_every_term(ontology: Graph) -> None:
    documented = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    missing = sorted(f"dkg:{str(term).removeprefix(ONTOLOGY)}" for term in _dkg_terms(ontology)
                     if f"dkg:{str(term).removeprefix(ONTOLOGY)}`" not in documented)
    assert missing == []
