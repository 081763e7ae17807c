"""People known from outside the package tables: learned from articles or given by the user.

When an article introduces someone the base does not know ("Russian Ambassador
to Seoul, Georgy Zinoviev"), what it taught is kept in the graph (see
:mod:`kg.actors.learned_graph`) and read back as :class:`LearnedActors`, which
extraction and :func:`kg.actors.resolve.resolve` consult so that "Zinoviev said"
in a later article resolves to RUS. This module is plain data: no store, no RDF.

Examples
--------
>>> known = LearnedActors([LearnedActor(name="Georgy Zinoviev", country="RUS", role="ambassador", host="KOR")])
>>> known.lookup("Zinoviev").host
'KOR'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from kg.event import Event
from kg.namespaces import actor_iri


@dataclass(frozen=True)
class LearnedActor:
    """A person known from outside the package tables.

    ``source`` is ``learned`` (read in an article: ``article`` and ``seen_on`` say
    where and when) or ``user`` (merged by the user; ``start``/``end`` may give a term).
    """

    name: str
    country: str | None
    role: str | None = None
    sector: str | None = None
    host: str | None = None
    aliases: tuple[str, ...] = ()
    article: str | None = None
    seen_on: date | None = None
    start: date | None = None
    end: date | None = None
    source: str = "learned"

    @property
    def id(self) -> str:
        """The actor IRI the extractor gives the same person (by name)."""
        return actor_iri("person", self.name)

    def called(self, name: str) -> bool:
        """Whether ``name`` is this actor's name, an alias, or (for a person) the first or last
        word of the name: "Zinoviev", and "Cho" for Cho Hyun (family name first)."""
        wanted = name.strip().lower()
        names = [self.name, *self.aliases]
        if wanted in (n.lower() for n in names):
            return True
        words = self.name.lower().split()
        return len(words) > 1 and wanted in (words[0], words[-1])

    def covers(self, on: date) -> bool:
        """Whether the term covers ``on``; learned roles have no term and always do."""
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


class LearnedActors:
    """Actors learned from articles and given by the user, looked up by name."""

    def __init__(self, actors: Iterable[LearnedActor]) -> None:
        self.actors = list(actors)

    def __len__(self) -> int:
        return len(self.actors)

    def lookup(self, name: str, on: date | None = None) -> LearnedActor | None:
        """The actor ``name`` stands for, or ``None`` when unknown or when the short form
        names several different actors.

        Full names and aliases outrank a surname alone. Of several records of one
        person, the latest seen on or before ``on`` wins (the earliest after it when
        none is earlier).
        """
        wanted = name.strip().lower()
        exact = [a for a in self.actors if wanted in (n.lower() for n in (a.name, *a.aliases))]
        matches = exact or [a for a in self.actors if a.called(name)]
        if on is not None:
            matches = [a for a in matches if a.covers(on)]
        if not matches or len({a.name for a in matches}) > 1:
            return None
        if on is None:
            return max(matches, key=_seen)
        earlier = [a for a in matches if _seen(a) <= on]
        return max(earlier, key=_seen) if earlier else min(matches, key=_seen)

    def add(self, actors: Iterable[LearnedActor]) -> None:
        """Know ``actors`` too (people learned during one ingest run)."""
        self.actors.extend(actors)

    def search(self, text: str) -> list[LearnedActor]:
        """Actors whose name, alias, country, role or host contains ``text`` (any case)."""
        wanted = text.lower()
        return [a for a in self.actors
                if any(wanted in (value or "").lower()
                       for value in (a.name, *a.aliases, a.country, a.role, a.host))]


def _seen(actor: LearnedActor) -> date:
    return actor.seen_on or actor.start or date.min


def people_taught(events: Iterable[Event], is_known: Callable[[str], bool]) -> list[LearnedActor]:
    """People an article introduces with a role and a state, that ``is_known`` does not know.

    These are what extraction learned from text ("Russian Ambassador to Tokyo
    Nikolai Nozdrev"): worth keeping so that later articles resolve "Nozdrev".
    """
    taught: dict[str, LearnedActor] = {}
    for event in events:
        for actor, host in ((event.source, event.extras.get("source_host")), (event.target, None)):
            if (actor is None or actor.kind != "person" or not actor.country or not actor.role
                    or actor.name in taught or is_known(actor.name)):
                continue
            taught[actor.name] = LearnedActor(name=actor.name, country=actor.country, role=actor.role,
                                              sector=actor.sector, host=host, article=event.article)
    return list(taught.values())
