"""Learned and user actors in the graph: writing what an article taught, reading it all back.

:func:`learned_quads` writes what an article teaches about a person as a
``dkg:Term`` node in the article's own named graph, with provenance (the
article, and the day it was seen), so removing or re-ingesting the article
removes or replaces it. :func:`load_learned` reads every such term back, with
the user's own actors (:mod:`kg.actors.user`), as
:class:`kg.actors.learned.LearnedActors`.

Examples
--------
>>> from kg.store import MemoryStore
>>> store = MemoryStore()
>>> person = LearnedActor(name="Georgy Zinoviev", country="RUS", role="ambassador", sector="DIP", host="KOR")
>>> store.replace_graph(URIRef(article_graph_iri("tass-1")),
...                      learned_quads(person, "tass-1", date(2026, 2, 13)))
>>> load_learned(store).lookup("Zinoviev").country
'RUS'
"""

from __future__ import annotations

import hashlib
from datetime import date

from rdflib import PROV, RDF, RDFS, XSD, Literal, URIRef
from rdflib.term import Identifier

from kg import namespaces
from kg.actors.base import DKG, affiliation_iri
from kg.actors.learned import LearnedActor, LearnedActors
from kg.namespaces import actor_iri, article_graph_iri, article_iri
from kg.rdf import Quad
from kg.store.base import Store

#: The named graph that holds the user's own actors (``kg actors --add``).
USER_GRAPH = namespaces.ID + "user/actors"  # outside graph/, so no article id can take it


def learned_quads(person: LearnedActor, article_id: str, seen_on: date | None) -> list[Quad]:
    """What one article teaches about one person, as quads in the article's named graph.

    The person (``dkg:Person``, named) holds a ``dkg:Term`` with the role, the state
    it is held for (``dkg:of``), the sector, the host state of an envoy, the day it
    was seen (``dkg:seenOn``) and the article (``prov:wasDerivedFrom``).
    """
    graph = URIRef(article_graph_iri(article_id))
    node = URIRef(actor_iri("person", person.name))
    digest = hashlib.sha1("|".join([article_id, person.name, person.role or "", person.country or ""])
                          .encode("utf-8")).hexdigest()[:16]
    term = URIRef(f"{namespaces.ID}term/learned-{digest}")
    triples: list[tuple[URIRef, URIRef, Identifier]] = [
        (node, RDF.type, DKG.Actor), (node, RDF.type, DKG.Person),
        (node, RDFS.label, Literal(person.name, lang="en")),
        (term, RDF.type, DKG.Term), (term, DKG.holder, node),
        (term, DKG.role, Literal(person.role or "unknown")),
        (term, PROV.wasDerivedFrom, URIRef(article_iri(article_id))),
    ]
    for code, predicate in ((person.country, DKG.of), (person.host, DKG.host)):
        if code:
            triples += [(term, predicate, affiliation_iri(code)), (affiliation_iri(code), DKG.country, Literal(code))]
    if person.sector:
        triples.append((term, DKG.sector, Literal(person.sector)))
    if seen_on is not None:
        triples.append((term, DKG.seenOn, Literal(seen_on, datatype=XSD.date)))
    return [(s, p, o, graph) for s, p, o in triples]


LEARNED_QUERY = """
PREFIX dkg: <https://w3id.org/diplo-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?role ?sector ?country ?host ?seen ?article ?start ?end ?g WHERE {
  GRAPH ?g {
    ?term a dkg:Term ; dkg:holder ?person ; dkg:role ?role .
    ?person rdfs:label ?name .
    OPTIONAL { ?term dkg:sector ?sector }
    OPTIONAL { ?term dkg:of ?of . ?of dkg:country ?country }
    OPTIONAL { ?term dkg:host ?hostNode . ?hostNode dkg:country ?host }
    OPTIONAL { ?term dkg:seenOn ?seen }
    OPTIONAL { ?term dkg:start ?start }
    OPTIONAL { ?term dkg:end ?end }
    OPTIONAL { ?term prov:wasDerivedFrom ?source .
               OPTIONAL { ?source <https://schema.org/identifier> ?id } }
    BIND (COALESCE(?id, ?source) AS ?article)
  }
}
ORDER BY ?name ?seen ?start
"""

ALIASES_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?alias WHERE { GRAPH ?g { ?actor rdfs:label ?name ; skos:altLabel ?alias } }
"""


def load_learned(store: Store) -> LearnedActors:
    """Every term learned from an article or given by the user, read from ``store``
    (any :class:`kg.store.Store`) with one SPARQL SELECT."""
    result = store.query(LEARNED_QUERY)
    aliases: dict[str, list[str]] = {}
    for name, alias in store.query(ALIASES_QUERY).rows:
        aliases.setdefault(str(name), []).append(str(alias))
    actors = []
    for row in result.rows:
        values = dict(zip(result.columns, row))
        name = str(values["name"])
        role = _text(values["role"])
        actors.append(LearnedActor(
            name=name, country=_text(values["country"]), role=None if role == "unknown" else role,
            sector=_text(values["sector"]), host=_text(values["host"]),
            aliases=tuple(sorted(set(aliases.get(name, [])))), article=_text(values["article"]),
            seen_on=_day(values["seen"]), start=_day(values["start"]), end=_day(values["end"]),
            source="user" if str(values["g"]) == USER_GRAPH else "learned"))
    return LearnedActors(actors)


def _text(value: Identifier | None) -> str | None:
    return str(value) if value is not None else None


def _day(value: Identifier | None) -> date | None:
    if value is None:
        return None
    python = value.toPython() if isinstance(value, Literal) else None
    return python if isinstance(python, date) else None
