"""The user's own actors, and searching everything the graph knows about actors.

``kg actors --add FILE`` merges a CSV table (the layout of one of
``kg/data/actors/``: countries, organizations, institutions or people) or a
Turtle file into the named graph ``…/id/user/actors`` of the store. The
user layer lives in the store itself, not in a side file, so it travels with
``kg export``, answers SPARQL like every other graph, works the same for the
memory and Oxigraph stores, and is read back by
:func:`kg.actors.learned_graph.load_learned`. A name that the base, the learned roles
or the user layer already give another country or role is reported as a
conflict; the user's row is still added (the user's word is the last one).

Examples
--------
>>> rows = search_actors("Zinoviev")
>>> (rows[0].name, rows[0].country, rows[0].source)
('Georgy Zinoviev', 'RUS', 'base')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.term import Identifier

from kg.actors.base import (COUNTRY_COLUMNS, DKG, INSTITUTION_COLUMNS, ORGANIZATION_COLUMNS, PEOPLE_COLUMNS,
                            country_triples, institution_triples, new_graph, organization_triples,
                            people_triples)
from kg.actors.gazetteer import Entry, Gazetteer
from kg.actors.learned import LearnedActors
from kg.actors.learned_graph import USER_GRAPH, load_learned
from kg.store.base import Store


@dataclass(frozen=True)
class ActorRow:
    """One line of ``kg actors``: an actor, or one term of a person's office."""

    name: str
    kind: str
    country: str | None
    role: str | None
    term: str
    source: str


@dataclass(frozen=True)
class AddReport:
    """What ``--add`` did: statements added to the user layer, and conflicts in plain words."""

    added: int
    actors: int
    conflicts: list[str]


def read_user_file(path: Path) -> Graph:
    """The actors of a user's file as RDF: Turtle (``.ttl``) as it is, or a CSV table
    whose header says which layout it follows."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} is not a file; give a .csv table or a .ttl file of actors")
    if path.suffix.lower() in (".ttl", ".turtle"):
        graph = new_graph()
        try:
            graph.parse(path, format="turtle")
        except Exception as error:
            raise ValueError(f"{path} is not valid Turtle: {error}") from None
        return graph
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    header = set(reader.fieldnames or [])
    rows = [{key: (value or "").strip() for key, value in row.items() if key} for row in reader]
    graph = new_graph()
    if set(PEOPLE_COLUMNS) <= header:
        triples: Iterator = people_triples(rows, table=path.name)
    elif set(COUNTRY_COLUMNS) <= header:
        triples = (t for row in rows for t in country_triples(row))
    elif set(ORGANIZATION_COLUMNS) <= header:
        triples = (t for row in rows for t in organization_triples(row, principal=False))
    elif set(INSTITUTION_COLUMNS) <= header:
        triples = (t for row in rows for t in institution_triples(row))
    else:
        raise ValueError(f"{path}: the header {sorted(header)} matches no actor table; use the columns of "
                         "people.csv, countries.csv, organizations.csv or institutions.csv "
                         "(see kg/data/actors/README.md)")
    for triple in triples:
        graph.add(triple)
    return graph


def add_user_actors(store: Store, path: Path, gazetteer: Gazetteer | None = None) -> AddReport:
    """Merge the actors of ``path`` into the store's user layer and report conflicts."""
    incoming = read_user_file(path)
    conflicts = find_conflicts(incoming, gazetteer or Gazetteer.default(), load_learned(store))
    current = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{USER_GRAPH}> {{ ?s ?p ?o }} }}").rows
    merged = {(s, p, o) for s, p, o in current} | set(incoming)
    graph = URIRef(USER_GRAPH)
    store.replace_graph(graph, [(s, p, o, graph) for s, p, o in sorted(merged)])
    actors = len(set(incoming.subjects(RDF.type, DKG.Actor)))
    return AddReport(added=len(merged) - len(current), actors=actors, conflicts=conflicts)


def find_conflicts(incoming: Graph, gazetteer: Gazetteer, known: LearnedActors) -> list[str]:
    """Names in ``incoming`` that the base or the store already give another country or role."""
    conflicts = []
    for name, code, role in sorted(_claims(incoming)):
        for entry in gazetteer.readings(name):
            if entry.kind == "country" and code and entry.country != code and entry.name == name:
                conflicts.append(f"{name}: your file says {code}, the actor base says {entry.country}")
            elif entry.kind == "person" and entry.name == name:
                conflicts += _person_conflicts(name, code, role, gazetteer.terms(entry.id), "the actor base")
        for other in known.actors:
            if other.name == name and code and other.country and other.country != code:
                where = "your earlier file" if other.source == "user" else f"article {other.article}"
                conflicts.append(f"{name}: your file says {code}, {where} says {other.country}")
    return list(dict.fromkeys(conflicts))


def _person_conflicts(name: str, code: str | None, role: str | None, terms: list[Entry], where: str) -> list[str]:
    countries = {t.country for t in terms if t.country}
    if code and countries and code not in countries:
        return [f"{name}: your file says {code}, {where} says {'/'.join(sorted(countries))}"]
    roles = {t.role for t in terms if t.role}
    if role and roles and role not in roles:
        return [f"{name}: your file gives the role {role!r}, {where} knows {', '.join(sorted(roles))}"]
    return []


def _claims(graph: Graph) -> Iterator[tuple[str, str | None, str | None]]:
    """(name, code, role) of each actor of a user graph; a person once per term."""
    for actor in set(graph.subjects(RDF.type, DKG.Actor)):
        name = graph.value(actor, RDFS.label)
        if name is None:
            continue
        terms = list(graph.subjects(DKG.holder, actor))
        if not terms:
            code = graph.value(actor, DKG.country)
            yield str(name), str(code) if code is not None else None, None
        for term in terms:
            of = graph.value(term, DKG.of)
            code = graph.value(of, DKG.country) if of is not None else None
            yield str(name), _str(code), _str(graph.value(term, DKG.role))


def _str(value: Identifier | None) -> str | None:
    return str(value) if value is not None else None


def search_actors(query: str | None = None, on: date | None = None, learned: LearnedActors | None = None,
                  gazetteer: Gazetteer | None = None) -> list[ActorRow]:
    """Actors of the base and of ``learned`` whose name, alias, code or role contains ``query``
    (all when ``query`` is empty); with ``on``, only people in office that day (and, for the
    base, the states and organisations)."""
    base = gazetteer or Gazetteer.default()
    wanted = (query or "").lower()
    surfaces: dict[str, set[str]] = {}
    for surface, ids, _ in base.surfaces():
        for actor in ids:
            surfaces.setdefault(actor, set()).add(surface.lower())
    rows = []
    for entry in base.entries:
        haystack = {entry.name.lower(), (entry.country or "").lower(), (entry.role or "").lower(),
                    *surfaces.get(entry.id, ())}
        if wanted and not any(wanted in value for value in haystack):
            continue
        if on is not None and entry.kind == "person" and not entry.in_office(on):
            continue
        rows.append(ActorRow(entry.name, entry.kind, entry.country, entry.role, _term(entry.start, entry.end),
                             "base"))
    for person in (learned.search(query or "") if learned is not None else []):
        if on is not None and not person.covers(on):
            continue
        term = _term(person.start, person.end) if person.source == "user" else (
            f"seen {person.seen_on.isoformat()}" if person.seen_on else "")
        rows.append(ActorRow(person.name, "person", person.country, person.role, term, person.source))
    return rows


def _term(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{start.isoformat() if start else '…'} – {end.isoformat() if end else 'today'}"
