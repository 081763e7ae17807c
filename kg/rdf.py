"""Article and Event records → RDF quads, one named graph per article.

Everything known about one article lives in the graph
``article_graph_iri(article.id)``: the article node, each event as an n-ary
node (rdflib 7 cannot parse RDF-star, so no quoted triples), and the actors the
events name. Replacing or removing an article is then one graph operation.

The terms are those of ``ontology/diplo.ttl``.

Examples
--------
>>> from datetime import datetime, timezone
>>> from kg.article import Article
>>> quads = article_quads(Article(id="a1", text="Hello."), [],
...                       extractor_version="0.1.0",
...                       ingested_at=datetime(2026, 2, 13, tzinfo=timezone.utc))
>>> sorted({str(q[3]) for q in quads})
['https://w3id.org/diplo-kg/id/graph/a1']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from rdflib import OWL, PROV, RDF, RDFS, SDO, XSD, Literal, Namespace, URIRef
from rdflib.term import Node

from kg import namespaces
from kg.article import Article
from kg.event import IGO_CODES, Actor, Event

DKG = Namespace(namespaces.ONTOLOGY)

Quad = tuple[URIRef, URIRef, Node, URIRef]

#: Prefixes used when a store writes Turtle or TriG.
PREFIXES: dict[str, str] = {
    "dkg": namespaces.ONTOLOGY,
    "article": namespaces.ID + "article/",
    "graph": namespaces.ID + "graph/",
    "event": namespaces.ID + "event/",
    "country": namespaces.ID + "actor/country/",
    "organization": namespaces.ID + "actor/organization/",
    "person": namespaces.ID + "actor/person/",
    "group": namespaces.ID + "actor/group/",
    "cameo": namespaces.CAMEO,
    "prov": str(PROV),
    "schema": str(SDO),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

#: The organisation codes of the event contract (docs/event-json.md); any
#: other ``country`` value is an ISO 3166-1 alpha-3 state code.

#: The ontology class of each actor class, and back to the contract's ``kind``.
ACTOR_CLASS_KINDS: dict[URIRef, str] = {
    DKG.Person: "person",
    DKG.State: "country",
    DKG.InternationalOrganization: "organization",
    DKG.Institution: "organization",
    DKG.Group: "group",
}

#: CAMEO roots whose events are statements whatever the verb.
STATEMENT_ROOTS = frozenset({"01", "02"})

DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def article_quads(article: Article, events: Sequence[Event], *, extractor_version: str,
                  ingested_at: datetime) -> list[Quad]:
    """All quads describing ``article`` and its ``events``, in the article's named graph.

    Parameters
    ----------
    article : Article
        The story; its text, title, url, agency, place and publication date are kept.
    events : sequence of Event
        The events extracted from it (their ``article`` field should be ``article.id``).
    extractor_version : str
        Version of the extractor that produced ``events``.
    ingested_at : datetime
        When the article was written to the store (``prov:generatedAtTime``).

    Returns
    -------
    list of (subject, predicate, object, graph) rdflib terms, without duplicates.
    """
    strays = sorted({event.article for event in events if event.article != article.id})
    if strays:
        raise ValueError(f"events of article(s) {', '.join(strays)} were given with article "
                         f"{article.id!r}; pass each article with its own events")
    graph = URIRef(namespaces.article_graph_iri(article.id))
    triples = [
        *_article_triples(article, extractor_version=extractor_version, ingested_at=ingested_at),
        *_actor_triples(actor for event in events for actor in (event.source, event.target)
                        if actor is not None),
    ]
    for event in events:
        triples.extend(_event_triples(event, URIRef(namespaces.article_iri(article.id))))
    unique = dict.fromkeys(triples)
    return [(s, p, o, graph) for s, p, o in unique]


def date_literal(value: str, precision: str | None) -> Literal:
    """An event date typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear.

    >>> date_literal("2026-02", "month").datatype == XSD.gYearMonth
    True
    """
    datatype = DATE_TYPES.get(precision or _precision_of(value))
    if datatype is None:
        raise ValueError(f"unknown date precision {precision!r}: expected one of {sorted(DATE_TYPES)}")
    return Literal(value, datatype=datatype)


def actor_class(actor: Actor) -> URIRef:
    """The ontology class of an actor, from its kind and what it acts for."""
    if actor.kind == "person":
        return DKG.Person
    if actor.kind == "country":
        return DKG.State
    if actor.kind == "group":
        return DKG.Group
    if actor.country in IGO_CODES and actor.id == _affiliation_iri(actor.country):
        return DKG.InternationalOrganization
    return DKG.Institution


def _precision_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")


def _affiliation_iri(code: str) -> str:
    kind = "organization" if code in IGO_CODES else "country"
    return namespaces.actor_iri(kind, code)


def _article_triples(article: Article, *, extractor_version: str,
                     ingested_at: datetime) -> list[tuple[URIRef, URIRef, Node]]:
    node = URIRef(namespaces.article_iri(article.id))
    triples: list[tuple[URIRef, URIRef, Node]] = [
        (node, RDF.type, DKG.Article),
        (node, SDO.identifier, Literal(article.id)),
        (node, SDO.text, Literal(article.text)),
        (node, DKG.contentHash, Literal(hashlib.sha256(article.text.encode("utf-8")).hexdigest())),
        (node, PROV.generatedAtTime, Literal(ingested_at, datatype=XSD.dateTime)),
        (node, DKG.extractorVersion, Literal(extractor_version)),
    ]
    optional: list[tuple[URIRef, Literal | None]] = [
        (SDO.headline, Literal(article.title) if article.title else None),
        (SDO.url, Literal(article.url, datatype=XSD.anyURI) if article.url else None),
        (DKG.agency, Literal(article.agency) if article.agency else None),
        (DKG.place, Literal(article.place) if article.place else None),
        (DKG.published, Literal(article.published, datatype=XSD.date) if article.published else None),
    ]
    triples.extend((node, predicate, value) for predicate, value in optional if value is not None)
    return triples


def _actor_triples(actors: Iterable[Actor]) -> list[tuple[URIRef, URIRef, Node]]:
    """One description per actor IRI: the first non-empty value of each field wins,
    so that a graph never gives an actor two labels, countries or classes."""
    merged: dict[str, dict[str, str | None]] = {}
    for actor in actors:
        fields = merged.setdefault(actor.id, {"class": str(actor_class(actor))})
        for name in ("name", "country", "role", "sector"):
            if fields.get(name) is None:
                fields[name] = getattr(actor, name)
    described = {URIRef(actor_id) for actor_id in merged}
    triples: list[tuple[URIRef, URIRef, Node]] = []
    for actor_id, fields in merged.items():
        node = URIRef(actor_id)
        cls = URIRef(str(fields["class"]))
        triples += [(node, RDF.type, DKG.Actor), (node, RDF.type, cls)]
        for name, predicate in (("name", RDFS.label), ("country", DKG.country),
                                ("role", DKG.role), ("sector", DKG.sector)):
            if fields[name]:
                triples.append((node, predicate, Literal(fields[name])))
        code = fields["country"]
        if code and cls in (DKG.Person, DKG.Institution):
            affiliation = URIRef(_affiliation_iri(code))
            if affiliation not in described:
                affiliation_class = DKG.InternationalOrganization if code in IGO_CODES else DKG.State
                triples += [(affiliation, RDF.type, DKG.Actor),
                            (affiliation, RDF.type, affiliation_class),
                            (affiliation, DKG.country, Literal(code))]
            if affiliation != node:
                triples.append((node, DKG.actsFor, affiliation))
    return triples


def _event_triples(event: Event, article_node: URIRef) -> list[tuple[URIRef, URIRef, Node]]:
    node = URIRef(event.event)
    is_statement = bool(event.extras.get("speech")) or event.root in STATEMENT_ROOTS
    triples: list[tuple[URIRef, URIRef, Node]] = [(node, RDF.type, DKG.Event)]
    if is_statement:
        triples.append((node, RDF.type, DKG.Statement))
    triples += [
        (node, PROV.wasDerivedFrom, article_node),
        (node, DKG.actor, URIRef(event.source.id)),
        (node, DKG.cameoType, URIRef(namespaces.CAMEO + event.cameo)),
        (node, DKG.cameoCode, Literal(event.cameo)),
        (node, DKG.cameoRoot, Literal(event.root)),
        (node, DKG.goldstein, Literal(Decimal(str(event.goldstein)), datatype=XSD.decimal)),
        (node, DKG.quadClass, Literal(event.quad, datatype=XSD.integer)),
        (node, DKG.polarity, Literal(event.polarity, datatype=XSD.integer)),
        (node, DKG.negated, Literal(event.negated, datatype=XSD.boolean)),
        (node, DKG.verb, Literal(event.verb)),
        (node, DKG.quote, Literal(event.statement)),
        (node, DKG.evidenceText, Literal(event.sentence)),
        (node, DKG.evidenceStart, Literal(event.span[0], datatype=XSD.integer)),
        (node, DKG.evidenceEnd, Literal(event.span[1], datatype=XSD.integer)),
    ]
    if event.target is not None:
        triples.append((node, DKG.target, URIRef(event.target.id)))
    if event.plover:
        triples.append((node, DKG.ploverType, Literal(event.plover)))
    if event.date:
        triples.append((node, DKG.date, date_literal(event.date, event.date_precision)))
    if event.date_precision:
        triples.append((node, DKG.datePrecision, Literal(event.date_precision)))
    return triples
