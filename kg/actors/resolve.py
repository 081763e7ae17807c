"""Who a mention stands for: one name or noun phrase resolved to an actor, at a date, in context.

:func:`resolve` takes what a text calls an actor ("Moscow", "the Russian Foreign
Ministry", "Russian Ambassador to Seoul, Georgy Zinoviev", "the South Korean
president", "a senior US official") and returns a :class:`ResolvedActor`: the
state or organisation it acts for (``country``), its kind, name, IRI, sector,
role, and for envoys the host state. It works in this order:

1. the exact name in the gazetteer (names, aliases, demonyms, capitals, seats
   of power, institutions, office-holders at ``date``);
2. what the graph has learned from earlier articles or the user's own actors
   (:class:`kg.actors.learned.LearnedActors`);
3. the phrase taken apart: the states and institutions it names, its role noun,
   and the person's name that is left over.

A name that can stand for several things (Georgia, Congo, Korea, Washington,
Jordan, Brussels…) is decided by ``context``: the surrounding text, whose cue
words (``kg/data/actors/context_cues.csv``) and other actor names are counted
for each reading, or a set of codes already seen in the article. When context
does not decide, the result says so (``uncertain=True``, with ``candidates``)
instead of guessing; when context points to a reading that is not an actor
(Georgia the US state, Michael Jordan), the result is ``None``.

Examples
--------
>>> resolve("the Kremlin").country
'RUS'
>>> resolve("the South Korean president", date="2023-05-01").name
'Yoon Suk Yeol'
>>> resolve("Georgia").uncertain
True
>>> resolve("Georgia", context="talks in Tbilisi").country
'GEO'
>>> print(resolve("Georgia", context="the governor in Atlanta"))
None
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date as Date
from functools import cache
from typing import TYPE_CHECKING

from kg.tables import package_table
from kg.actors.gazetteer import AMBIGUOUS, Entry, Gazetteer, Mention, RoleEntry, split_cell
from kg.event import Actor
from kg.namespaces import actor_iri

if TYPE_CHECKING:
    from kg.actors.learned import LearnedActor, LearnedActors

Context = str | Iterable[str] | None

_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_LEADING = re.compile(r"^(?:the|a|an|some|several|two|three|senior|top|high-ranking|unnamed)\s+", re.IGNORECASE)
_INDEFINITE = re.compile(r"^(?:a|an|some|several|one|two|three)\s", re.IGNORECASE)
_ENVOY_PREPOSITIONS = ("to", "in", "at")
_ABBREVIATION_END = re.compile(r"(?:^|[.\s])[^\W\d_]\.$")
"""A final dot that belongs to the mention, as in "U.S."."""


@dataclass(frozen=True)
class ResolvedActor:
    """An actor a mention stands for.

    ``kind`` is ``country``, ``organization``, ``institution``, ``person`` or
    ``group``; ``country`` the ISO 3166-1 alpha-3 or IGO code it acts for;
    ``source`` says where the knowledge came from (``base`` the package tables,
    ``learned`` an earlier article, ``user`` the user's own actors, ``text`` the
    mention itself); ``match`` how the mention named it (name, alias, demonym,
    capital, metonym, institution, person, surname, office, role, group).
    ``uncertain`` marks a mention that context could not decide; ``candidates``
    then holds every reading that is an actor (this actor is the first).
    """

    name: str
    country: str | None
    kind: str
    id: str
    sector: str | None = None
    role: str | None = None
    host: str | None = None
    wikidata: str | None = None
    start: Date | None = None
    end: Date | None = None
    match: str = "name"
    source: str = "base"
    uncertain: bool = False
    candidates: tuple[ResolvedActor, ...] = ()

    def to_actor(self) -> Actor:
        """The actor of an event record (institutions are organisations in the contract)."""
        kind = "organization" if self.kind == "institution" else self.kind
        return Actor(name=self.name, country=self.country, id=self.id, kind=kind,  # type: ignore[arg-type]
                     role=self.role, sector=self.sector)


@dataclass(frozen=True)
class FoundActor:
    """An actor name found in a text by :func:`find_actors`: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    actor: ResolvedActor


@dataclass(frozen=True)
class Cue:
    """A word or phrase that, seen near an ambiguous name, speaks for one reading of it."""

    surface: str
    reading: str
    pattern: re.Pattern[str]


def resolve(mention: str, date: Date | str | None = None, context: Context = None, *,
            learned: LearnedActors | None = None, gazetteer: Gazetteer | None = None) -> ResolvedActor | None:
    """Resolve one mention of an actor.

    Parameters
    ----------
    mention : str
        What the text calls the actor: a name, alias, demonym, capital, seat of
        power, institution, role phrase ("Chinese Foreign Ministry spokesperson
        Mao Ning") or office ("the Russian foreign minister").
    date : date or ISO string, optional
        The day of the event; offices resolve to who held them that day, and a
        person out of office gets "former …" as role. Default: today for
        offices, the latest term for named people.
    context : str or iterable of codes, optional
        Surrounding text, or the codes of the actors the article has named;
        decides ambiguous names.
    learned : LearnedActors, optional
        People and actors the graph learned from earlier articles or the user.
    gazetteer : Gazetteer, optional
        Another actor base than the package's own.

    Returns
    -------
    ResolvedActor or None
        ``None`` when the mention names no actor that is known or can be read
        from the phrase, or when context says it is not an actor.

    Examples
    --------
    >>> actor = resolve("Russian Ambassador to Seoul, Georgy Zinoviev", date="2026-02-13")
    >>> (actor.kind, actor.country, actor.role, actor.host)
    ('person', 'RUS', 'ambassador', 'KOR')
    >>> resolve("Congo", context={"COG"}).country
    'COG'
    """
    return Resolver(gazetteer or Gazetteer.default(), learned).resolve(mention, _as_date(date), context)


def find_actors(text: str, on: Date | str | None = None, context: Context = None, *,
                learned: LearnedActors | None = None, gazetteer: Gazetteer | None = None) -> list[FoundActor]:
    """Every actor name of ``text`` resolved: gazetteer names (ambiguous ones decided by
    ``context``, or by ``text`` itself when no context is given), in text order.

    Examples
    --------
    >>> [(f.text, f.actor.country) for f in find_actors("In Brazzaville, Congo and Russia signed a deal.")]
    [('Brazzaville', 'COG'), ('Congo', 'COG'), ('Russia', 'RUS')]
    """
    resolver = Resolver(gazetteer or Gazetteer.default(), learned)
    day = _as_date(on)
    found = []
    for mention in resolver.gazetteer.find(text, on=day):
        actor = resolver.from_mention(mention, day, text if context is None else context)
        if actor is not None:
            found.append(FoundActor(mention.start, mention.end, mention.text, actor))
    return found


class Resolver:
    """Resolution against one gazetteer and, optionally, learned actors."""

    def __init__(self, gazetteer: Gazetteer, learned: LearnedActors | None = None) -> None:
        self.gazetteer = gazetteer
        self.learned = learned

    def resolve(self, mention: str, on: Date | None, context: Context) -> ResolvedActor | None:
        """See :func:`resolve`."""
        text = _clean(mention)
        if not text:
            return None
        indefinite = bool(_INDEFINITE.match(mention.strip()))
        readings = [] if indefinite else self.gazetteer.readings(_strip_leading(text), on)
        if readings:
            return self._decide(_strip_leading(text), readings, context)
        known = self._learned(_strip_leading(text), on)
        if known is not None:
            return known
        return self._phrase(text, on, context, indefinite)

    def from_mention(self, mention: Mention, on: Date | None, context: Context) -> ResolvedActor | None:
        """The actor of one gazetteer mention found in a text."""
        readings = list(mention.candidates) or [mention.entry]
        return self._decide(mention.text, readings, context)

    # -- exact names ---------------------------------------------------------------

    def _decide(self, surface: str, readings: list[Entry], context: Context) -> ResolvedActor | None:
        """One reading of a name, decided by context when the name is ambiguous."""
        actors = [_from_entry(entry) for entry in readings]
        if readings[0].match != AMBIGUOUS:
            return actors[0]
        cues = context_cues().get(_normal(surface), [])
        others = sorted({cue.reading for cue in cues if not cue.reading.startswith(_ACTOR_KINDS)})
        scores = self._scores(surface, actors, others, cues, context)
        if scores:
            best = max(scores.values())
            winners = [reading for reading, score in scores.items() if score == best]
            if best > 0 and len(winners) == 1:
                winner = winners[0]
                if winner in others:
                    return None  # context says: not an actor ("Atlanta, Georgia")
                return replace(next(actor for actor in actors if actor.id == winner), match="context")
        return replace(actors[0], uncertain=True, candidates=tuple(actors))

    def _scores(self, surface: str, actors: list[ResolvedActor], others: list[str], cues: list[Cue],
                context: Context) -> dict[str, int]:
        """Evidence for each reading: cue words in the context, and the codes of the other
        actors it names (a capital, a demonym, a leader); a set of codes counts as such."""
        scores = {actor.id: 0 for actor in actors} | {other: 0 for other in others}
        if context is None:
            return scores
        if isinstance(context, str):
            for cue in cues:
                hits = len(cue.pattern.findall(context))
                key = actor_id_of(cue.reading) if cue.reading.startswith(_ACTOR_KINDS) else cue.reading
                if hits and key in scores:
                    scores[key] += hits
            codes = [m.entry.country for m in self.gazetteer.find(context)
                     if m.entry.match != AMBIGUOUS and m.entry.country and _normal(m.text) != _normal(surface)]
        else:
            codes = list(context)
        for actor in actors:
            scores[actor.id] += sum(1 for code in codes if code == actor.country)
        return scores

    # -- learned -------------------------------------------------------------------

    def _learned(self, name: str, on: Date | None) -> ResolvedActor | None:
        if self.learned is None:
            return None
        found = self.learned.lookup(name, on=on)
        return _from_learned(found) if found is not None else None

    # -- phrases -------------------------------------------------------------------

    def _phrase(self, text: str, on: Date | None, context: Context, indefinite: bool) -> ResolvedActor | None:
        """A phrase taken apart: states and institutions, role noun, the name left over."""
        mentions = self.gazetteer.find(text, on=on)
        roles = self.gazetteer.find_roles(text)
        plural = False
        if not roles:
            singular = _singular_role(self.gazetteer, text)
            if singular is not None:
                roles, plural = [singular], True
        taken = [(m.start, m.end) for m in mentions] + [(start, end) for start, end, _ in roles]
        name = _leftover_name(text, taken)
        role = max(roles, key=lambda r: r[1] - r[0])[2] if roles else None

        people = [m for m in mentions if m.entry.kind == "person" and m.entry.match != AMBIGUOUS]
        if name:
            known = self.gazetteer.lookup(name, on=on)
            if known is not None and known.kind == "person":
                return _from_entry(known)
            learned = self._learned(name, on)
            if learned is not None:
                return learned
        elif people:
            return _from_entry(people[0].entry)

        affiliation, host, institution = self._affiliation(text, mentions, role, context)
        if name:
            if role is None and affiliation is None:
                return None  # a bare unknown name: nothing says whom it acts for
            return ResolvedActor(name=name, country=affiliation, kind="person", id=actor_iri("person", name),
                                 sector=_sector(role, institution), role=role.role if role else None,
                                 host=host if role is not None and role.envoy else None,
                                 match="role", source="text")
        if role is not None and affiliation is not None:
            if plural:
                return self._group(text, affiliation, role.role, _sector(role, institution))
            if not indefinite:
                holders = self.gazetteer.people_in_office(affiliation, role.role, on or Date.today())
                if len(holders) == 1 and (host is None or holders[0].host in (None, host)):
                    return replace(_from_entry(holders[0]), match="office")
            return ResolvedActor(name=_display(text), country=affiliation, kind="person",
                                 id=actor_iri("person", f"{affiliation} {role.role}"),
                                 sector=_sector(role, institution), role=role.role,
                                 host=host if role.envoy else None, match="office", source="text")
        if institution is not None:
            if institution.country:
                return _from_entry(institution)
            if affiliation is not None:
                return ResolvedActor(name=_display(text), country=affiliation, kind="institution",
                                     id=actor_iri("institution", f"{affiliation} {institution.name}"),
                                     sector=institution.sector, host=host, match="institution", source="text")
            return None
        if affiliation is not None:
            head = _head_noun(text)
            if head is not None and head in agent_nouns():
                return self._group(text, affiliation, None, None)
            states = [m for m in mentions if m.entry.kind in ("country", "organization")]
            if states and not name:
                return self._decide(states[0].text, list(states[0].candidates) or [states[0].entry], context)
        return None

    def _affiliation(self, text: str, mentions: list[Mention], role: RoleEntry | None,
                     context: Context) -> tuple[str | None, str | None, Entry | None]:
        """The code the phrase acts for, the host of an envoy ("to Seoul"), and its institution."""
        affiliation = host = None
        institution = None
        for mention in mentions:
            entry = mention.entry
            if entry.match == AMBIGUOUS:
                decided = self._decide(mention.text, list(mention.candidates) or [entry], context)
                if decided is None or decided.uncertain:
                    continue
                code = decided.country
            else:
                code = entry.country
            if entry.kind == "institution":
                institution = institution or entry
            before = text[:mention.start].split()
            preposition = before[-1].lower() if before else ""
            posted = (role is not None and role.envoy) or (role is None and institution is not None
                                                            and institution.sector == "DIP")
            if code and preposition in _ENVOY_PREPOSITIONS and posted:
                host = host or code
            elif code and preposition not in _ENVOY_PREPOSITIONS:
                affiliation = affiliation or code
            elif code and affiliation is None and role is None:
                affiliation = code
        return affiliation, host, institution

    def _group(self, text: str, country: str, role: str | None, sector: str | None) -> ResolvedActor:
        head = _head_noun(text) or "people"
        lemma = head[:-1] if head.endswith("s") and head[:-1] in agent_nouns() else head
        return ResolvedActor(name=_display(text), country=country, kind="group",
                             id=actor_iri("group", f"{country} {lemma}"), sector=sector, role=role,
                             match="group", source="text")


# -- data ----------------------------------------------------------------------------

_ACTOR_KINDS = ("country:", "organization:", "institution:", "person:")


def actor_id_of(reference: str) -> str:
    """The actor IRI of a table reference ``kind:key`` (organisations by name, as in the tables)."""
    kind, key = reference.split(":", 1)
    if kind == "organization":
        entry = Gazetteer.default().lookup(key)
        if entry is not None:
            return entry.id
    return actor_iri(kind, key)


@cache
def context_cues() -> dict[str, list[Cue]]:
    """The cue words of ``kg/data/actors/context_cues.csv``, by ambiguous surface (lower case).

    A cue written with a capital letter matches only as written; one in lower case
    matches in any case. Either matches whole words only.
    """
    cues: dict[str, list[Cue]] = {}
    for row in package_table("actors", "context_cues.csv", required=["surface", "reading", "cues"]):
        for word in split_cell(row["cues"]):
            flags = re.IGNORECASE if word == word.lower() else 0
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", flags)
            cues.setdefault(_normal(row["surface"]), []).append(Cue(row["surface"], row["reading"], pattern))
    return cues


@cache
def honorifics() -> frozenset[str]:
    """Words before a name that are not part of it ("Mr.", "Dr."), from ``honorifics.csv``."""
    return frozenset(row["word"] for row in package_table("actors", "honorifics.csv", required=["word"]))


@cache
def agent_nouns() -> frozenset[str]:
    """Nouns that head a phrase naming people or bodies ("officials", "troops"), singular and
    plural, from ``kg/data/agent_nouns.csv``."""
    lemmas = {row["lemma"] for row in package_table("agent_nouns.csv", required=["lemma"])}
    return frozenset(lemmas | {lemma + "s" for lemma in lemmas})


# -- helpers -------------------------------------------------------------------------

def _as_date(value: Date | str | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"date {value!r} is not an ISO date; write it as YYYY-MM-DD") from None


def _clean(mention: str) -> str:
    """The mention without surrounding space, punctuation, quotes and a final possessive."""
    text = mention.strip().strip(" ,;:\"“”()").replace("\u2019", "'")
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text[:-1]
    text = re.sub(r"\s+", " ", text)
    return text[:-2] if text.endswith("'s") else text


def _strip_leading(text: str) -> str:
    """The text without leading articles and quantifiers ("the Kremlin" → "Kremlin")."""
    previous = None
    while previous != text:
        previous, text = text, _LEADING.sub("", text)
    return text


def _normal(surface: str) -> str:
    return _strip_leading(surface.strip()).lower()


def _display(text: str) -> str:
    return _strip_leading(text).strip(" ,")


def _from_entry(entry: Entry) -> ResolvedActor:
    return ResolvedActor(name=entry.name, country=entry.country, kind=entry.kind, id=entry.id,
                         sector=entry.sector, role=entry.role,
                         host=entry.host, wikidata=entry.wikidata, start=entry.start, end=entry.end,
                         match=entry.match or "name")


def _from_learned(found: LearnedActor) -> ResolvedActor:
    return ResolvedActor(name=found.name, country=found.country, kind="person",
                         id=found.id, sector=found.sector, role=found.role, host=found.host,
                         start=found.start, end=found.end, match="learned", source=found.source)


def _sector(role: RoleEntry | None, institution: Entry | None) -> str | None:
    """An institution's sector outranks the role's ("Foreign Ministry spokesperson" → DIP)."""
    if institution is not None and institution.sector:
        return institution.sector
    return role.sector if role is not None else None


def _singular_role(gazetteer: Gazetteer, text: str) -> tuple[int, int, RoleEntry] | None:
    """A plural role noun at the end of the phrase ("officials", "lawmakers") as its role."""
    match = re.search(r"(\w+)s$", text)
    if match is None:
        return None
    role = gazetteer.role(match.group(1))
    return (match.start(), match.end(), role) if role is not None else None


def _head_noun(text: str) -> str | None:
    words = _WORD.findall(text)
    return words[-1].lower() if words else None


def _leftover_name(text: str, taken: list[tuple[int, int]]) -> str | None:
    """The longest run of capitalised words outside every actor name and role: the person's name."""
    runs: list[list[str]] = [[]]
    for match in _WORD.finditer(text):
        word = match.group()
        word = word[:-2] if word.endswith("'s") else word.rstrip(".,") if len(word) > 3 else word
        inside = any(start <= match.start() < end for start, end in taken)
        if inside or not word[:1].isupper() or word in honorifics() or word.lower() in _NOT_NAMES:
            runs.append([])
            continue
        runs[-1].append(word)
    best = max(runs, key=len)
    return " ".join(best) if best else None


_NOT_NAMES = frozenset({"the", "a", "an", "of", "and", "senior", "top", "former", "acting", "deputy",
                        "first", "new", "then", "minister", "ministry", "department", "office",
                        "government", "spokesperson", "spokesman", "spokeswoman"})
"""Capitalised words of titles that are never part of a person's name."""

__all__ = ["FoundActor", "ResolvedActor", "Resolver", "context_cues", "find_actors", "resolve"]
