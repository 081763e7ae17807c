"""kg.actors.learned: roles learned from articles, kept in their graphs and read back."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pyshacl
from rdflib import Graph, URIRef

from kg.actors.learned import LearnedActor, LearnedActors
from kg.actors.learned_graph import learned_quads, load_learned
from kg.actors.resolve import resolve
from kg.article import Article
from kg.namespaces import article_graph_iri
from kg.store.memory import MemoryStore

from tests.actors.test_base import SHAPES

ZINOVIEV = LearnedActor(name="Georgy Zinoviev", country="RUS", role="ambassador", sector="DIP", host="KOR")
PETROV = LearnedActor(name="Ivan Petrov", country="RUS", role="ambassador", sector="DIP", host="JPN")


def ingest(store: MemoryStore, article: Article, people: list[LearnedActor]) -> None:
    """What ingestion does: the article's graph, then what it taught, in the same graph."""
    store.replace_article(article, [], extractor_version="test",
                          ingested_at=datetime(2026, 2, 13, tzinfo=timezone.utc))
    graph = URIRef(article_graph_iri(article.id))
    current = list(store.dataset.quads((None, None, None, graph)))
    taught = [q for person in people for q in learned_quads(person, article.id, article.published)]
    store.replace_graph(graph, [(s, p, o, graph) for s, p, o, _ in current] + taught)


def test_quads_live_in_the_article_graph_with_provenance() -> None:
    quads = learned_quads(PETROV, "tass-1", date(2026, 2, 13))
    assert {q[3] for q in quads} == {URIRef(article_graph_iri("tass-1"))}
    predicates = {str(q[1]).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for q in quads}
    assert {"holder", "role", "of", "host", "seenOn", "wasDerivedFrom"} <= predicates


def test_learned_quads_conform_to_the_actor_shapes() -> None:
    data = Graph()
    for s, p, o, _ in learned_quads(PETROV, "tass-1", date(2026, 2, 13)):
        data.add((s, p, o))
    ok, _, report = pyshacl.validate(data, shacl_graph=Graph().parse(SHAPES))
    assert ok, report


def test_a_later_article_resolves_the_learned_surname() -> None:
    store = MemoryStore()
    ingest(store, Article(id="tass-1", text="Petrov arrived.", published=date(2026, 2, 13)), [PETROV])
    learned = load_learned(store)
    [person] = learned.actors
    assert (person.name, person.country, person.role, person.host, person.seen_on, person.article) == (
        "Ivan Petrov", "RUS", "ambassador", "JPN", date(2026, 2, 13), "tass-1")
    actor = resolve("Petrov", date="2026-03-01", learned=learned)
    assert actor is not None and (actor.country, actor.source, actor.host) == ("RUS", "learned", "JPN")
    assert resolve("Petrov") is None  # the base alone does not know him


def test_removing_the_article_removes_what_it_taught() -> None:
    store = MemoryStore()
    ingest(store, Article(id="tass-1", text="x", published=date(2026, 2, 13)), [PETROV])
    assert len(load_learned(store)) == 1
    store.remove_article("tass-1")
    assert len(load_learned(store)) == 0


def test_lookup_by_full_name_surname_and_date() -> None:
    older = LearnedActor(name="Ivan Petrov", country="RUS", role="diplomat", seen_on=date(2020, 1, 1))
    newer = LearnedActor(name="Ivan Petrov", country="RUS", role="ambassador", seen_on=date(2025, 1, 1))
    learned = LearnedActors([older, newer, ZINOVIEV])
    assert learned.lookup("Ivan Petrov").role == "ambassador"
    assert learned.lookup("Petrov", on=date(2022, 1, 1)).role == "diplomat"
    assert learned.lookup("Petrov", on=date(2019, 1, 1)).role == "diplomat"  # earliest after
    assert learned.lookup("Zinoviev").host == "KOR"
    assert learned.lookup("Smith") is None


def test_a_surname_shared_by_two_people_resolves_to_nobody() -> None:
    learned = LearnedActors([PETROV, LearnedActor(name="Oleg Petrov", country="BLR", role="minister")])
    assert learned.lookup("Petrov") is None
    assert learned.lookup("Oleg Petrov").country == "BLR"


def test_a_store_without_learned_roles_gives_an_empty_set() -> None:
    assert len(load_learned(MemoryStore())) == 0
