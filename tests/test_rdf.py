"""kg.rdf: one article and its events as quads in the article's named graph; the ontology."""

from __future__ import annotations

import doctest
import hashlib
from datetime import date, datetime, timezone
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace as vocab

import kg.rdf
from kg.article import Article
from kg.event import Actor, Event
from kg.namespaces import CAMEO, actor_iri, article_graph_iri, article_iri, event_iri
from kg.rdf import DKG, article_quads, date_literal

ONTOLOGY = Path(__file__).parents[1] / "ontology" / "diplo.ttl"
INGESTED = datetime(2026, 2, 14, 9, 30, tzinfo=timezone.utc)

ZINOVIEV = Actor("Georgy Zinoviev", "RUS", actor_iri("person", "Georgy Zinoviev"), "person",
                 role="ambassador", sector="government")
KOREA = Actor("Republic of Korea", "KOR", actor_iri("country", "KOR"), "country")
COUNCIL = Actor("UN Security Council", "UN", actor_iri("organization", "UN Security Council"),
                "organization")
TEXT = ("SEOUL, February 13. /TASS/. Russia and Korea are friends, Georgy Zinoviev said. "
        "In February the UN Security Council criticised the test.")


def _event(number: int, sentence: str, source: Actor, target: Actor | None, *, cameo: str,
           when: str, precision: str, **extras: object) -> Event:
    start = TEXT.index(sentence)
    return Event(article="tass-1", event=event_iri("tass-1", number), span=(start, start + len(sentence)),
                 sentence=sentence, source=source, target=target, date=when, date_precision=precision,
                 published="2026-02-13", cameo=cameo, root=cameo[:2], plover=None, goldstein=-2.0,
                 quad=3, polarity=-1, negated=number == 2, verb="said", statement=sentence[:20],
                 extras=dict(extras))


ARTICLE = Article(id="tass-1", text=TEXT, published=date(2026, 2, 13), agency="TASS", place="SEOUL",
                  url="https://tass.example/1?a=1&b=2", title="Friends")
SAID = _event(1, "Russia and Korea are friends, Georgy Zinoviev said.", ZINOVIEV, KOREA, cameo="051",
              when="2026-02-13", precision="day")
CRITICISED = _event(2, "In February the UN Security Council criticised the test.", COUNCIL, None,
                    cameo="111", when="2026-02", precision="month")


@pytest.fixture
def graph() -> Dataset:
    dataset = Dataset()
    dataset.addN(article_quads(ARTICLE, [SAID, CRITICISED], extractor_version="0.1.0",
                               ingested_at=INGESTED))
    return dataset


def _value(dataset: Dataset, subject: str | URIRef, predicate: URIRef) -> object:
    values = [o for _, _, o, _ in dataset.quads((URIRef(subject), predicate, None, None))]
    assert len(values) == 1, values
    return values[0]


def test_every_quad_is_in_the_articles_named_graph() -> None:
    quads = article_quads(ARTICLE, [SAID, CRITICISED], extractor_version="0.1.0", ingested_at=INGESTED)
    assert {quad[3] for quad in quads} == {URIRef(article_graph_iri("tass-1"))}
    assert len(quads) == len(set(quads))


def test_the_article_node_keeps_text_metadata_hash_and_provenance(graph: Dataset) -> None:
    node = article_iri("tass-1")
    assert _value(graph, node, vocab.RDF.type) == DKG.Article
    assert _value(graph, node, vocab.SDO.text) == Literal(TEXT)
    assert _value(graph, node, vocab.SDO.headline) == Literal("Friends")
    assert _value(graph, node, vocab.SDO.url) == Literal("https://tass.example/1?a=1&b=2", datatype=vocab.XSD.anyURI)
    assert _value(graph, node, DKG.agency) == Literal("TASS")
    assert _value(graph, node, DKG.place) == Literal("SEOUL")
    assert _value(graph, node, DKG.published) == Literal("2026-02-13", datatype=vocab.XSD.date)
    assert _value(graph, node, DKG.contentHash) == Literal(hashlib.sha256(TEXT.encode()).hexdigest())
    assert _value(graph, node, vocab.PROV.generatedAtTime).toPython() == INGESTED
    assert _value(graph, node, DKG.extractorVersion) == Literal("0.1.0")


def test_missing_article_metadata_writes_no_triples() -> None:
    bare = Article(id="bare", text="Nothing.")
    predicates = {quad[1] for quad in article_quads(bare, [], extractor_version="x", ingested_at=INGESTED)}
    assert not predicates & {vocab.SDO.headline, vocab.SDO.url, DKG.agency, DKG.place, DKG.published}


def test_statements_are_typed_by_root_or_speech_flag(graph: Dataset) -> None:
    def types(event: Event) -> set[URIRef]:
        return {o for _, _, o, _ in graph.quads((URIRef(event.event), vocab.RDF.type, None, None))}

    assert types(SAID) == {DKG.Event}
    assert types(CRITICISED) == {DKG.Event}
    statement = _event(3, SAID.sentence, ZINOVIEV, KOREA, cameo="012", when="2026", precision="year")
    spoken = _event(4, SAID.sentence, ZINOVIEV, KOREA, cameo="051", when="2026", precision="year",
                    speech=True)
    quads = article_quads(ARTICLE, [statement, spoken], extractor_version="x", ingested_at=INGESTED)
    for event in (statement, spoken):
        assert {q[2] for q in quads if q[0] == URIRef(event.event) and q[1] == vocab.RDF.type} == \
            {DKG.Event, DKG.Statement}


def test_event_fields_become_typed_literals(graph: Dataset) -> None:
    node = SAID.event
    assert _value(graph, node, DKG.actor) == URIRef(ZINOVIEV.id)
    assert _value(graph, node, DKG.target) == URIRef(KOREA.id)
    assert _value(graph, node, vocab.PROV.wasDerivedFrom) == URIRef(article_iri("tass-1"))
    assert _value(graph, node, DKG.cameoType) == URIRef(CAMEO + "051")
    assert _value(graph, node, DKG.cameoCode) == Literal("051")
    assert _value(graph, node, DKG.cameoRoot) == Literal("05")
    assert _value(graph, node, DKG.goldstein) == Literal("-2.0", datatype=vocab.XSD.decimal)
    assert _value(graph, node, DKG.quadClass) == Literal(3)
    assert _value(graph, node, DKG.polarity) == Literal(-1)
    assert _value(graph, node, DKG.negated) == Literal(False)
    assert _value(graph, CRITICISED.event, DKG.negated) == Literal(True)
    assert _value(graph, node, DKG.evidenceText) == Literal(SAID.sentence)
    start, end = (_value(graph, node, p).toPython() for p in (DKG.evidenceStart, DKG.evidenceEnd))
    assert TEXT[start:end] == SAID.sentence
    assert _value(graph, node, DKG.quote) == Literal(SAID.statement)
    assert _value(graph, node, DKG.verb) == Literal("said")
    assert not list(graph.quads((URIRef(node), DKG.ploverType, None, None)))
    assert not list(graph.quads((URIRef(CRITICISED.event), DKG.target, None, None)))


def test_dates_are_typed_by_their_precision(graph: Dataset) -> None:
    assert _value(graph, SAID.event, DKG.date) == Literal("2026-02-13", datatype=vocab.XSD.date)
    assert _value(graph, CRITICISED.event, DKG.date) == Literal("2026-02", datatype=vocab.XSD.gYearMonth)
    assert _value(graph, CRITICISED.event, DKG.datePrecision) == Literal("month")
    assert date_literal("2026", "year") == Literal("2026", datatype=vocab.XSD.gYear)
    assert date_literal("2026-02", None).datatype == vocab.XSD.gYearMonth
    with pytest.raises(ValueError, match="precision"):
        date_literal("2026-02", "week")


def test_actors_carry_label_country_class_and_affiliation(graph: Dataset) -> None:
    assert _value(graph, ZINOVIEV.id, vocab.RDFS.label) == Literal("Georgy Zinoviev")
    assert _value(graph, ZINOVIEV.id, DKG.country) == Literal("RUS")
    assert _value(graph, ZINOVIEV.id, DKG.role) == Literal("ambassador")
    assert _value(graph, ZINOVIEV.id, DKG.sector) == Literal("government")
    assert {o for _, _, o, _ in graph.quads((URIRef(ZINOVIEV.id), vocab.RDF.type, None, None))} == \
        {DKG.Actor, DKG.Person}
    russia = actor_iri("country", "RUS")
    assert _value(graph, ZINOVIEV.id, DKG.actsFor) == URIRef(russia)
    assert DKG.State in {o for _, _, o, _ in graph.quads((URIRef(russia), vocab.RDF.type, None, None))}
    assert _value(graph, russia, DKG.country) == Literal("RUS")
    un = actor_iri("organization", "UN")
    assert DKG.Institution in {o for _, _, o, _ in graph.quads((URIRef(COUNCIL.id), vocab.RDF.type, None, None))}
    assert _value(graph, COUNCIL.id, DKG.actsFor) == URIRef(un)
    assert DKG.InternationalOrganization in {o for _, _, o, _ in graph.quads((URIRef(un), vocab.RDF.type, None, None))}
    assert not list(graph.quads((URIRef(KOREA.id), DKG.actsFor, None, None)))


def test_an_igo_itself_is_an_international_organization_without_affiliation() -> None:
    un = Actor("United Nations", "UN", actor_iri("organization", "UN"), "organization")
    event = _event(5, SAID.sentence, un, KOREA, cameo="051", when="2026", precision="year")
    quads = article_quads(ARTICLE, [event], extractor_version="x", ingested_at=INGESTED)
    assert (URIRef(un.id), vocab.RDF.type, DKG.InternationalOrganization) in {q[:3] for q in quads}
    assert not [q for q in quads if q[0] == URIRef(un.id) and q[1] == DKG.actsFor]


def test_an_actor_named_twice_gets_one_value_per_field() -> None:
    anonymous = Actor("Georgy Zinoviev", "RUS", ZINOVIEV.id, "person")
    first = _event(6, SAID.sentence, anonymous, KOREA, cameo="051", when="2026", precision="year")
    second = _event(7, SAID.sentence, ZINOVIEV, KOREA, cameo="051", when="2026", precision="year")
    quads = article_quads(ARTICLE, [first, second], extractor_version="x", ingested_at=INGESTED)
    roles = [q[2] for q in quads if q[0] == URIRef(ZINOVIEV.id) and q[1] == DKG.role]
    assert roles == [Literal("ambassador")]


def test_events_of_another_article_are_refused() -> None:
    with pytest.raises(ValueError, match="tass-1"):
        article_quads(Article(id="other", text=TEXT), [SAID], extractor_version="x", ingested_at=INGESTED)


def test_the_ontology_parses_in_rdflib_and_pyoxigraph() -> None:
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    assert (URIRef("https://w3id.org/diplo-kg/ontology"), vocab.OWL.versionIRI,
            URIRef("https://w3id.org/diplo-kg/ontology/0.1.0")) in ontology
    assert len(list(ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE))) == len(ontology)


def test_every_ontology_term_has_a_label_and_a_comment() -> None:
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(str(DKG))}
    assert len(terms) > 30
    unlabelled = sorted(t for t in terms if (t, vocab.RDFS.label, None) not in ontology
                        or (t, vocab.RDFS.comment, None) not in ontology)
    assert unlabelled == []


def test_every_term_the_writer_uses_is_declared_in_the_ontology() -> None:
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    un = Actor("United Nations", "UN", actor_iri("organization", "UN"), "organization")
    group = Actor("Some Movement", None, actor_iri("group", "Some Movement"), "group")
    extra = _event(8, SAID.sentence, group, un, cameo="051", when="2026", precision="year")
    quads = article_quads(ARTICLE, [SAID, CRITICISED, extra], extractor_version="x",
                          ingested_at=INGESTED)
    used = {q[1] for q in quads} | {q[2] for q in quads if q[1] == vocab.RDF.type}
    undeclared = sorted(t for t in used if t.startswith(str(DKG)) and (t, vocab.RDF.type, None) not in ontology)
    assert undeclared == []


def test_doctests() -> None:
    assert doctest.testmod(kg.rdf).failed == 0
