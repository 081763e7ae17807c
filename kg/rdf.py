"""Article and Event records → RDF quads, one named graph per article.

Everything known about one article lives in the graph
``article_graph_iri(article.id)``: the article node, the extraction activity
that read it, each event as an n-ary node (rdflib 7 cannot parse RDF-star, so
no quoted triples), the actors the events name (with their Wikidata items by
``owl:sameAs`` when the actor gazetteer knows them, and the state or
organisation each person or institution acts for). Terms of office
(``dkg:Term``) come from the actor base and the roles learned from articles
(:mod:`kg.actors.base`, :mod:`kg.actors.learned_graph`), not from here. Every IRI is derived
from the data, so writing the same article twice gives the same quads and
replacing or removing an article is one graph operation.

The terms are those of ``ontology/diplo.ttl``; :func:`parse_jsonld` reads
JSON-LD without ever fetching a remote ``@context``.

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

import functools
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from rdflib import OWL, PROV, RDF, RDFS, SDO, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.term import Node

from kg import namespaces
from kg.article import Article
from kg.event import IGO_CODES, Actor, Event

DKG = Namespace(namespaces.ONTOLOGY)
#: Wikidata items, the objects of ``owl:sameAs``.
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

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
    "term": namespaces.ID + "term/",
    "extraction": namespaces.ID + "extraction/",
    "wd": str(WIKIDATA),
    "cameo": namespaces.CAMEO,
    "prov": str(PROV),
    "schema": str(SDO),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

#: The ontology class of each actor class, and back to the contract's ``kind``.
ACTOR_CLASS_KINDS: dict[URIRef, str] = {
    DKG.Person: "person",
    DKG.State: "country",
    DKG.InternationalOrganization: "organization",
    DKG.Institution: "organization",
    DKG.Group: "group",
}

#: Actor names are English, as in the actor base (ontology/actors.ttl) and the roles learned
#: from articles, so that one article's graph never holds a name twice in two forms.
NAME_LANGUAGE = "en"

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
    article_node = URIRef(namespaces.article_iri(article.id))
    activity = URIRef(extraction_iri(article.id))
    triples = [
        *_article_triples(article, extractor_version=extractor_version, ingested_at=ingested_at),
        (activity, RDF.type, DKG.Extraction),
        (activity, PROV.used, article_node),
        (activity, PROV.startedAtTime, Literal(ingested_at, datatype=XSD.dateTime)),
        (activity, DKG.extractorVersion, Literal(extractor_version)),
        *_actor_triples(actor for event in events for actor in (event.source, event.target)
                        if actor is not None),
    ]
    for event in events:
        triples.extend(_event_triples(event, article_node, activity))
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


def extraction_iri(article_id: str) -> str:
    """The extraction activity that read one article; replaced with the article's graph."""
    return f"{namespaces.ID}extraction/{namespaces.slug(article_id)}"


def parse_jsonld(data: str | bytes, *, base: str | None = None) -> Dataset:
    """Parse a JSON-LD document into a Dataset without fetching anything.

    rdflib's JSON-LD parser downloads any ``@context`` or ``@import`` given as a
    URL; a graph built from news must not reach out to the network while it
    loads. This helper refuses such documents before rdflib sees them; inline the
    context (an object instead of a URL) to load them. Use it wherever JSON-LD is
    read.

    Raises
    ------
    ValueError
        The document is not JSON, or it names a context by URL.

    Examples
    --------
    >>> doc = '{"@context": {"name": "https://schema.org/name"}, "@id": "urn:a", "name": "A"}'
    >>> len(parse_jsonld(doc))
    1
    >>> parse_jsonld('{"@context": "https://schema.org/", "name": "A"}')
    Traceback (most recent call last):
    ...
    ValueError: this JSON-LD document names a remote @context (https://schema.org/), which diplo-kg never fetches; replace it with the context object itself
    """
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ValueError(f"this JSON-LD document is not valid JSON: {error}") from error
    remote = next(_remote_contexts(document), None)
    if remote is not None:
        raise ValueError(f"this JSON-LD document names a remote @context ({remote}), which diplo-kg "
                         "never fetches; replace it with the context object itself")
    dataset = Dataset()
    dataset.parse(data=text, format="json-ld", publicID=base)
    return dataset


def _remote_contexts(node: object) -> Iterator[str]:
    """Every context reference in a JSON-LD tree that is a string (a URL), and every ``@import``."""
    if isinstance(node, list):
        for item in node:
            yield from _remote_contexts(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@import" and isinstance(value, str):
                yield value
            elif key == "@context":
                for context in value if isinstance(value, list) else [value]:
                    if isinstance(context, str):
                        yield context
                    else:
                        yield from _remote_contexts(context)
            else:
                yield from _remote_contexts(value)


@dataclass(frozen=True)
class _Known:
    """What the actor gazetteer says about one IRI: a name and a Wikidata item."""

    name: str
    wikidata: str | None


@functools.cache
def _gazetteer_facts() -> tuple[dict[str, _Known], dict[str, _Known]]:
    """Names and Wikidata items by actor IRI and by state or organisation code, from the
    package's actor gazetteer (the first row of a code is the organisation itself)."""
    from kg.actors import Gazetteer

    by_iri: dict[str, _Known] = {}
    by_code: dict[str, _Known] = {}
    for entry in Gazetteer.default().entries:
        known = _Known(entry.name, entry.wikidata)
        by_iri.setdefault(entry.id, known)
        if entry.kind in ("country", "organization") and entry.country and entry.country != _OTHER_IGO:
            by_code.setdefault(entry.country, known)
    return by_iri, by_code


def _precision_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")


#: The contract's catch-all organisation code, which names no one organisation.
_OTHER_IGO = "OTHER_IGO"


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
    by_iri, by_code = _gazetteer_facts()
    triples: list[tuple[URIRef, URIRef, Node]] = []
    for actor_id, fields in merged.items():
        node = URIRef(actor_id)
        cls = URIRef(str(fields["class"]))
        code = fields["country"]
        triples += [(node, RDF.type, DKG.Actor), (node, RDF.type, cls)]
        if fields["name"]:
            triples.append((node, RDFS.label, Literal(fields["name"], lang=NAME_LANGUAGE)))
        for name, predicate in (("country", DKG.country), ("role", DKG.role), ("sector", DKG.sector)):
            if fields[name]:
                triples.append((node, predicate, Literal(fields[name])))
        known = by_iri.get(actor_id) or (by_code.get(code) if code and node == URIRef(_affiliation_iri(code))
                                         else None)
        if known is not None and known.wikidata:
            triples.append((node, OWL.sameAs, WIKIDATA[known.wikidata]))
        if not code or cls not in (DKG.Person, DKG.Institution):
            continue
        affiliation = URIRef(_affiliation_iri(code))
        if affiliation not in described:
            triples += _affiliation_triples(affiliation, code)
            described.add(affiliation)
        if affiliation != node:
            triples.append((node, DKG.actsFor, affiliation))
    return triples


def _affiliation_triples(node: URIRef, code: str) -> list[tuple[URIRef, URIRef, Node]]:
    """The state or organisation a person or institution acts for, named from the gazetteer
    (the code itself when the gazetteer does not know it)."""
    known = _gazetteer_facts()[1].get(code)
    triples: list[tuple[URIRef, URIRef, Node]] = [
        (node, RDF.type, DKG.Actor),
        (node, RDF.type, DKG.InternationalOrganization if code in IGO_CODES else DKG.State),
        (node, DKG.country, Literal(code)),
        (node, RDFS.label, Literal(known.name if known else code, lang=NAME_LANGUAGE)),
    ]
    if known is not None and known.wikidata:
        triples.append((node, OWL.sameAs, WIKIDATA[known.wikidata]))
    return triples


def _event_triples(event: Event, article_node: URIRef, activity: URIRef
                   ) -> list[tuple[URIRef, URIRef, Node]]:
    node = URIRef(event.event)
    is_statement = bool(event.extras.get("speech")) or event.root in STATEMENT_ROOTS
    triples: list[tuple[URIRef, URIRef, Node]] = [(node, RDF.type, DKG.Event)]
    if is_statement:
        triples.append((node, RDF.type, DKG.Statement))
    triples += [
        (node, PROV.wasDerivedFrom, article_node),
        (node, PROV.wasGeneratedBy, activity),
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
