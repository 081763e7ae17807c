"""kg.rdf: one article and its events as quads in the article's named graph; the ontology."""

from __future__ import annotations

import doctest
import hashlib
import json
import socket
import urllib.request
from datetime import date, datetime, timezone

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib import namespace as vocab

import kg.rdf
from kg.article import Article
from kg.event import Actor, Event
from kg.namespaces import CAMEO, actor_iri, article_graph_iri, article_iri, event_iri
from kg.rdf import DKG, article_quads, date_literal, extraction_iri, parse_jsonld

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
    assert _value(graph, ZINOVIEV.id, vocab.RDFS.label) == Literal("Georgy Zinoviev", lang="en")
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


def test_the_extraction_activity_records_version_time_and_input(graph: Dataset) -> None:
    activity = URIRef(extraction_iri("tass-1"))
    assert _value(graph, activity, vocab.RDF.type) == DKG.Extraction
    assert _value(graph, activity, vocab.PROV.used) == URIRef(article_iri("tass-1"))
    assert _value(graph, activity, vocab.PROV.startedAtTime).toPython() == INGESTED
    assert _value(graph, activity, DKG.extractorVersion) == Literal("0.1.0")
    for event in (SAID, CRITICISED):
        assert _value(graph, event.event, vocab.PROV.wasGeneratedBy) == activity


def test_actors_known_to_the_gazetteer_link_to_wikidata(graph: Dataset) -> None:
    korea = actor_iri("country", "KOR")
    assert _value(graph, korea, vocab.OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q884")
    un = actor_iri("organization", "UN")
    assert _value(graph, un, vocab.OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q1065")
    assert not list(graph.quads((URIRef(COUNCIL.id), vocab.OWL.sameAs, None, None)))


def test_an_affiliation_not_described_by_the_article_is_named_from_the_gazetteer(graph: Dataset) -> None:
    assert _value(graph, actor_iri("country", "RUS"), vocab.RDFS.label) == Literal("Russia", lang="en")
    assert _value(graph, actor_iri("organization", "UN"), vocab.RDFS.label) == Literal("United Nations", lang="en")
    assert _value(graph, KOREA.id, vocab.RDFS.label) == Literal("Republic of Korea", lang="en")


def test_writing_an_article_twice_gives_the_same_quads() -> None:
    first = article_quads(ARTICLE, [SAID, CRITICISED], extractor_version="x", ingested_at=INGESTED)
    again = article_quads(ARTICLE, [CRITICISED, SAID], extractor_version="x", ingested_at=INGESTED)
    assert set(first) == set(again) and len(first) == len(again)


def test_json_ld_with_an_inline_context_is_parsed() -> None:
    document = json.dumps({"@context": {"label": "http://www.w3.org/2000/01/rdf-schema#label"},
                           "@id": "https://w3id.org/diplo-kg/id/actor/country/kor", "label": "Korea"})
    dataset = parse_jsonld(document)
    assert [str(o) for _, _, o, _ in dataset.quads((None, vocab.RDFS.label, None, None))] == ["Korea"]


@pytest.mark.parametrize("document", [
    {"@context": "http://contexts.example.org/diplo.jsonld", "@id": "urn:a"},
    {"@context": [{"x": "urn:x"}, "https://contexts.example.org/b.jsonld"], "@id": "urn:a"},
    {"@graph": [{"@context": "http://contexts.example.org/nested.jsonld", "@id": "urn:a"}]},
    {"@context": {"@import": "http://contexts.example.org/imported.jsonld"}, "@id": "urn:a"},
    {"@context": {"knows": {"@id": "urn:knows", "@context": "http://contexts.example.org/scoped"}}},
])
def test_json_ld_naming_a_remote_context_is_refused_without_fetching(
        document: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("parse_jsonld tried to fetch a context")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    with pytest.raises(ValueError, match=r"remote @context \(https?://contexts\.example\.org/.*never fetches"):
        parse_jsonld(json.dumps(document).encode("utf-8"))


def test_json_ld_that_is_not_json_is_explained() -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        parse_jsonld("{not json")


def test_doctests() -> None:
    assert doctest.testmod(kg.rdf).failed == 0
