"""The actor base as RDF: the gazetteer tables of ``kg/data/actors/`` as one graph.

States, international organisations, named non-state groups, institutions and
people keep the IRIs that the extractor writes into event graphs
(:func:`kg.namespaces.actor_iri`, organisations through
:func:`kg.actors.gazetteer.organization_iri`), so that a SPARQL query can join an
event's actor to what the base knows about it. An
office held for a time is an n-ary node of class ``dkg:Term``: ``dkg:holder``
the person, ``dkg:role`` the office, ``dkg:of`` the state or organisation,
``dkg:start`` and ``dkg:end`` the days it began and ended, ``dkg:host`` the
state an envoy is posted to. A named group (``dkg:Group``: an armed group, a party,
a union) has the code of its home state in ``dkg:country`` and its CAMEO sector in
``dkg:sector``; it acts for no state.

``scripts/build_actor_base.py`` writes this graph to ``ontology/actors.ttl``;
``ontology/actor-shapes.ttl`` holds its SHACL shapes.

Examples
--------
>>> from rdflib import URIRef
>>> graph = base_graph()
>>> str(graph.value(URIRef(actor_iri("country", "KOR")), RDFS.label))
'South Korea'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg import namespaces
from kg.actors.gazetteer import GROUP_COLUMNS, organization_iri, parse_date, read_table, split_cell
from kg.event import IGO_CODES
from kg.namespaces import actor_iri

DKG = Namespace(namespaces.ONTOLOGY)
WD = Namespace("http://www.wikidata.org/entity/")

Triple = tuple[URIRef, URIRef, Node]

COUNTRY_COLUMNS = ("iso3", "name", "official_name", "aliases", "demonyms", "capital", "metonyms", "wikidata")
ORGANIZATION_COLUMNS = ("code", "name", "aliases", "wikidata", "kind")
INSTITUTION_COLUMNS = ("name", "aliases", "country", "sector", "wikidata")
PEOPLE_COLUMNS = ("name", "aliases", "country", "role", "sector", "host", "start", "end", "wikidata")

#: Prefixes of the generated Turtle.
PREFIXES = {"dkg": namespaces.ONTOLOGY, "wd": str(WD), "skos": str(SKOS), "owl": str(OWL),
            "xsd": str(XSD), "rdfs": str(RDFS), "country": namespaces.ID + "actor/country/",
            "organization": namespaces.ID + "actor/organization/",
            "institution": namespaces.ID + "actor/institution/", "group": namespaces.ID + "actor/group/",
            "person": namespaces.ID + "actor/person/", "term": namespaces.ID + "term/"}


def affiliation_iri(code: str) -> URIRef:
    """The state (ISO3) or organisation (contract code) an actor acts for."""
    return URIRef(actor_iri("organization" if code in IGO_CODES else "country", code))


def term_iri(*parts: str) -> URIRef:
    """A stable IRI for one term of office (holder, office, state, start)."""
    return URIRef(namespaces.ID + "term/" + namespaces.slug(" ".join(part for part in parts if part)))


def _names(node: URIRef, label: str, others: Iterable[str]) -> Iterator[Triple]:
    yield node, RDFS.label, Literal(label, lang="en")
    for other in dict.fromkeys(others):
        if other and other != label:
            yield node, SKOS.altLabel, Literal(other, lang="en")


def _same_as(node: URIRef, wikidata: str) -> Iterator[Triple]:
    if wikidata:
        yield node, OWL.sameAs, WD[wikidata]


def country_triples(row: dict[str, str]) -> Iterator[Triple]:
    """A state (or territory news treats as one) from a ``countries.csv`` row."""
    node = URIRef(actor_iri("country", row["iso3"]))
    yield from ((node, RDF.type, cls) for cls in (DKG.Actor, DKG.State))
    yield node, DKG.country, Literal(row["iso3"])
    yield from _names(node, row["name"], [row.get("official_name", ""), *split_cell(row.get("aliases"))])
    yield from ((node, DKG.demonym, Literal(v, lang="en")) for v in split_cell(row.get("demonyms")))
    yield from ((node, DKG.capital, Literal(v, lang="en")) for v in split_cell(row.get("capital")))
    yield from ((node, DKG.seatOfPower, Literal(v, lang="en")) for v in split_cell(row.get("metonyms")))
    if row.get("status"):
        yield node, DKG.unStatus, Literal(row["status"])
    yield from _same_as(node, row.get("wikidata", ""))


#: ``kind`` values of ``organizations.csv`` that change how a row is typed: a predecessor
#: (the European Community, the OAU) is an organisation of its own under its successor's
#: code; a non-governmental organisation (kept under ``OTHER_IGO``, which the event contract
#: offers for any international body) is marked with the CAMEO sector ``NGO``.
PREDECESSOR, NGO = "predecessor", "ngo"


def organization_triples(row: dict[str, str], *, principal: bool) -> Iterator[Triple]:
    """An organisation from an ``organizations.csv`` row; a body or agency (a later row of
    the same contract code) is an institution acting for its parent organisation."""
    node = URIRef(organization_iri(row["code"], row["name"], principal=principal))
    kind = row.get("kind", "")
    body = not principal and row["code"] != "OTHER_IGO" and kind != PREDECESSOR
    cls = DKG.Institution if body else DKG.InternationalOrganization
    yield from ((node, RDF.type, c) for c in (DKG.Actor, cls))
    yield node, DKG.country, Literal(row["code"])
    yield from _names(node, row["name"], split_cell(row.get("aliases")))
    if body:
        yield node, DKG.actsFor, affiliation_iri(row["code"])
    if kind == NGO:
        yield node, DKG.sector, Literal("NGO")
    yield from _same_as(node, row.get("wikidata", ""))


def group_triples(row: dict[str, str]) -> Iterator[Triple]:
    """A named non-state group from a ``groups.csv`` row: its home state's code (none for
    a transnational group) and its CAMEO sector; a group acts for no state."""
    node = URIRef(actor_iri("group", row["name"]))
    yield from ((node, RDF.type, c) for c in (DKG.Actor, DKG.Group))
    if row["country"]:
        yield node, DKG.country, Literal(row["country"])
    if row.get("sector"):
        yield node, DKG.sector, Literal(row["sector"])
    yield from _names(node, row["name"], split_cell(row.get("aliases")))
    yield from _same_as(node, row.get("wikidata", ""))


def institution_triples(row: dict[str, str]) -> Iterator[Triple]:
    """A state institution from an ``institutions.csv`` row. Generic nouns without a
    state ("embassy", "Foreign Ministry") are only names for the extractor, not actors:
    they give no triples."""
    if not row["country"]:
        return
    node = URIRef(actor_iri("institution", f"{row['country']} {row['name']}"))
    yield from ((node, RDF.type, c) for c in (DKG.Actor, DKG.Institution))
    yield node, DKG.country, Literal(row["country"])
    yield node, DKG.actsFor, affiliation_iri(row["country"])
    if row.get("sector"):
        yield node, DKG.sector, Literal(row["sector"])
    yield from _names(node, row["name"], split_cell(row.get("aliases")))
    yield from _same_as(node, row.get("wikidata", ""))


def people_triples(rows: Iterable[dict[str, str]], table: str = "people.csv") -> Iterator[Triple]:
    """People and their terms of office from ``people.csv`` rows (one row per term)."""
    for line, row in enumerate(rows, start=2):
        where = f"{table} line {line}"
        person = URIRef(actor_iri("person", row["name"]))
        yield from ((person, RDF.type, c) for c in (DKG.Actor, DKG.Person))
        yield from _names(person, row["name"], split_cell(row.get("aliases")))
        yield from _same_as(person, row.get("wikidata", ""))
        if not row.get("role"):
            continue
        term = term_iri(row["name"], row["role"], row["country"], row.get("start", ""))
        yield term, RDF.type, DKG.Term
        yield term, DKG.holder, person
        yield term, DKG.role, Literal(row["role"])
        for code, predicate in ((row["country"], DKG.of), (row.get("host", ""), DKG.host)):
            if code:  # the code with the IRI, so that the term alone says whom it serves
                yield term, predicate, affiliation_iri(code)
                yield affiliation_iri(code), DKG.country, Literal(code)
        if row.get("sector"):
            yield term, DKG.sector, Literal(row["sector"])
        for column, predicate in (("start", DKG.start), ("end", DKG.end)):
            day = parse_date(row.get(column, ""), where)
            if day is not None:
                yield term, predicate, Literal(day, datatype=XSD.date)


def table_triples(folder: Path | Traversable) -> Iterator[Triple]:
    """Every triple of the actor base built from the tables in ``folder``."""
    for row in read_table(folder, "countries.csv", COUNTRY_COLUMNS):
        yield from country_triples(row)
    seen_codes: set[str] = set()
    for row in read_table(folder, "organizations.csv", ORGANIZATION_COLUMNS):
        yield from organization_triples(row, principal=row["code"] not in seen_codes)
        seen_codes.add(row["code"])
    for row in read_table(folder, "groups.csv", GROUP_COLUMNS):
        yield from group_triples(row)
    for row in read_table(folder, "institutions.csv", INSTITUTION_COLUMNS):
        yield from institution_triples(row)
    yield from people_triples(read_table(folder, "people.csv", PEOPLE_COLUMNS))


def base_graph(folder: Path | Traversable | None = None) -> Graph:
    """The actor base as an rdflib graph (the package tables unless ``folder`` is given)."""
    graph = new_graph()
    source = folder if folder is not None else resources.files("kg").joinpath("data").joinpath("actors")
    for triple in table_triples(source):
        graph.add(triple)
    return graph


def new_graph() -> Graph:
    """An empty graph with the prefixes of the actor base bound."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def to_turtle(graph: Graph) -> str:
    """Turtle with the same bytes for the same triples: subjects sorted, then their statements.

    rdflib's serializer orders subjects but not always the objects of one predicate,
    so each subject's block is written from sorted triples.
    """
    lines = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in sorted(PREFIXES.items())]
    manager = graph.namespace_manager
    blocks = []
    for subject in sorted(set(graph.subjects())):
        statements = sorted(graph.predicate_objects(subject), key=lambda po: (po[0] != RDF.type, po[0], po[1]))
        body = " ;\n    ".join(f"{_n3(p, manager)} {_n3(o, manager)}" for p, o in statements)
        blocks.append(f"{_n3(subject, manager)}\n    {body} .")
    return "\n".join(lines) + "\n\n" + "\n\n".join(blocks) + "\n"


def _n3(term: Node, manager: object) -> str:
    if term == RDF.type:
        return "a"
    return term.n3(manager)  # type: ignore[attr-defined]
