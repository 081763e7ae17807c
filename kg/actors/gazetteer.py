"""The actor gazetteer: names of states, organisations, named non-state groups, institutions
and office-holders.

The knowledge lives in the CSV tables of ``kg/data/actors/`` (see its README);
this module loads them once and finds their names in text. Matching works on
tokens, not on one giant regular expression, so that an article of a thousand
words is scanned with one dictionary look-up per token:

- a name matches only on whole tokens ("Iran" does not match inside "Iranian");
- the longest name wins ("South Korea", not "Korea");
- capitalised names and acronyms match case-sensitively ("US" never matches
  "us"); names written all in lower case in the tables ("foreign ministry",
  "military") match in any case;
- a possessive ("Russia's") and a hyphenated compound ("South Korean-made")
  still contain the name as whole tokens, so they match too.

Examples
--------
>>> gazetteer = Gazetteer.default()
>>> [(m.text, m.entry.country) for m in gazetteer.find("Russia's envoy met South Korean officials.")]
[('Russia', 'RUS'), ('South Korean', 'KOR')]
>>> gazetteer.lookup("Yoon Suk Yeol", on=date(2026, 3, 1)).role
'former president'
>>> hamas = gazetteer.lookup("Hamas")
>>> (hamas.kind, hamas.country, hamas.sector)
('group', 'PSE', 'REB')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Generic, TypeVar

from kg import tables
from kg.namespaces import actor_iri


AMBIGUOUS = "ambiguous"

#: The shortest country name, and the shortest word, that a misspelling is matched against:
#: shorter names are too close to each other and to ordinary words ("Iran", "Iraq", "Oman").
MIN_SPELLING_LETTERS = 6

#: The columns of ``groups.csv``: named non-state groups (armed groups, parties, unions).
GROUP_COLUMNS = ("name", "aliases", "country", "sector", "kind", "wikidata")

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+|[^\w\s]")
"""Dotted abbreviations ("U.S.") are one token; words; each other symbol alone."""

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Entry:
    """One actor as the gazetteer knows it, and how a text named it.

    A person who held several offices has one entry per term; all share ``id``.
    """

    id: str
    name: str
    country: str | None
    kind: str
    sector: str | None = None
    role: str | None = None
    host: str | None = None
    start: date | None = None
    end: date | None = None
    wikidata: str | None = None
    match: str = ""
    official_name: str | None = None

    def in_office(self, on: date) -> bool:
        """Whether the term covers ``on``; the end day belongs to the successor."""
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class RoleEntry:
    """A role noun ("Ambassador", "Foreign Minister") and the office it names."""

    pattern: str
    role: str
    sector: str
    envoy: bool


@dataclass(frozen=True)
class Mention:
    """A name found in text: ``text == source[start:end]``.

    ``candidates`` lists every actor an ambiguous name may stand for
    (``entry`` is the first of them); it is empty for unambiguous names.
    """

    start: int
    end: int
    text: str
    entry: Entry
    candidates: tuple[Entry, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class _Hit:
    """What one surface form stands for: actor ids, or nothing for a blocking phrase."""

    ids: tuple[str, ...]
    match: str


V = TypeVar("V")


def _tokenize(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Tokens of ``text`` (curly apostrophes made straight) and their character spans."""
    text = text.translate(_APOSTROPHES)  # one character for one: offsets stay put
    return _TOKEN.findall(text), list(map(re.Match.span, _TOKEN.finditer(text)))


def _key(surface: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(surface.translate(_APOSTROPHES)))


class _Bucket(Generic[V]):
    """The phrases that start with one token, and their lengths in tokens, longest first."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], V] = {}
        self.lengths: list[int] = []

    def add(self, key: tuple[str, ...], value: V) -> None:
        self.phrases[key] = value
        if len(key) not in self.lengths:
            self.lengths = sorted([*self.lengths, len(key)], reverse=True)


class _PhraseIndex(Generic[V]):
    """Phrases keyed by their tokens: exact for capitalised phrases, folded for lower-case ones."""

    def __init__(self) -> None:
        self._exact: dict[str, _Bucket[V]] = {}
        self._folded: dict[str, _Bucket[V]] = {}

    def get(self, surface: str) -> V | None:
        key = _key(surface)
        if not key:
            return None
        bucket = self._exact.get(key[0])
        found = bucket.phrases.get(key) if bucket else None
        if found is None:
            folded = tuple(token.lower() for token in key)
            bucket = self._folded.get(folded[0])
            found = bucket.phrases.get(folded) if bucket else None
        return found

    def put(self, surface: str, value: V) -> None:
        key = _key(surface)
        if not key:
            return
        table = self._folded if surface == surface.lower() else self._exact
        table.setdefault(key[0], _Bucket()).add(key, value)

    def items(self) -> Iterator[tuple[tuple[str, ...], V]]:
        for table in (self._exact, self._folded):
            for bucket in table.values():
                yield from bucket.phrases.items()

    def scan(self, text: str) -> list[tuple[int, int, V]]:
        """Non-overlapping phrases in ``text``, longest first, in text order."""
        words, spans = _tokenize(text)
        lowered = list(map(str.lower, words))
        found: list[tuple[int, int, V]] = []  # (first token, end token, value)
        for i, word in enumerate(words):
            best: tuple[int, V] | None = None
            for table, sequence in ((self._exact, words), (self._folded, lowered)):
                bucket = table.get(sequence[i])
                if bucket is None:
                    continue
                for length in bucket.lengths:
                    if length > len(words) - i:
                        continue
                    if best is not None and length <= best[0]:
                        break
                    value = bucket.phrases.get(tuple(sequence[i:i + length]))
                    if value is not None:
                        best = (length, value)
                        break
            if best is not None:
                found.append((i, i + best[0], best[1]))
        taken = [False] * len(words)
        chosen: list[tuple[int, int, V]] = []
        by_length = sorted(found, key=lambda f: (spans[f[0]][0] - spans[f[1] - 1][1], f[0]))
        for first, end, value in by_length:
            if not any(taken[first:end]):
                taken[first:end] = [True] * (end - first)
                chosen.append((spans[first][0], spans[end - 1][1], value))
        return sorted(chosen, key=lambda c: c[0])


def split_cell(value: str | None) -> list[str]:
    """The values of a multi-valued cell; a leading lower-case "the" is dropped, so that
    a mention never starts with it ("the Kremlin" is found as "Kremlin")."""
    parts = (part.strip() for part in (value or "").split("|"))
    return [part.removeprefix("the ").strip() for part in parts if part]


def read_table(folder: Path | Traversable, name: str, required: Iterable[str]) -> list[dict[str, str]]:
    """One actor table of ``folder`` (see :func:`kg.tables.read_table`)."""
    return tables.read_table(folder, name, required, hint="every table of kg/data/actors/ must be in "
                             "the folder given to from_dir")


def parse_date(value: str, where: str) -> date | None:
    """An ISO date; ``YYYY`` and ``YYYY-MM`` mean the first day of that year or month."""
    if not value:
        return None
    match = _PARTIAL_DATE.match(value.strip())
    try:
        if not match:
            raise ValueError("no ISO date")
        year, month, day = match.groups()
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY") from None


class Gazetteer:
    """Actors by name, office-holders by date, and role nouns.

    Build it with :meth:`default` (the package tables, loaded once) or
    :meth:`from_dir` (tables in a folder of your own, same layout).
    """

    def __init__(self, entries: Iterable[Entry], surfaces: Iterable[tuple[str, str, str]],
                 ambiguous: Iterable[tuple[str, tuple[str, ...]]], roles: Iterable[RoleEntry]) -> None:
        """Index ``entries`` under ``surfaces`` (surface, actor id, how matched).

        A surface that names two different actors becomes ambiguous; ``ambiguous``
        pairs (surface, candidate ids) say so explicitly, and an empty candidate
        list marks a phrase that names no actor ("Korean Peninsula").
        """
        self._entries: dict[str, list[Entry]] = {}
        for entry in entries:
            self._entries.setdefault(entry.id, []).append(entry)
        hits: dict[tuple[bool, tuple[str, ...]], tuple[str, _Hit]] = {}
        surfaces = list(surfaces)
        self._spellings = _spelling_index((surface, actor) for surface, actor, how in surfaces
                                          if how in ("name", "alias") and self._entries[actor][0].kind == "country")
        for surface, actor, how in surfaces:
            folded = surface == surface.lower()
            slot = (folded, _key(surface.lower() if folded else surface))
            if slot not in hits:
                hits[slot] = (surface, _Hit((actor,), how))
            elif actor not in hits[slot][1].ids:  # a first match for the same actor outranks later ones
                first, known = hits[slot]
                hits[slot] = (first, _Hit(known.ids + (actor,), AMBIGUOUS))
        self._names: _PhraseIndex[_Hit] = _PhraseIndex()
        for surface, hit in hits.values():
            self._names.put(surface, hit)
        for surface, candidates in ambiguous:
            unknown = [actor for actor in candidates if actor not in self._entries]
            if unknown:
                raise ValueError(f"ambiguous name {surface!r} lists unknown actors {unknown}; "
                                 "write candidates as kind:key of an existing row")
            self._names.put(surface, _Hit(candidates, AMBIGUOUS))
        self._roles: _PhraseIndex[RoleEntry] = _PhraseIndex()
        for role in roles:
            self._roles.put(role.pattern, role)

    # -- construction -------------------------------------------------------

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the package's own tables, built once per process."""
        return _default_gazetteer()

    @classmethod
    def from_dir(cls, path: str | Path | Traversable) -> Gazetteer:
        """Load the tables (countries, organizations, groups, institutions, people, roles, ambiguous) of a folder."""
        folder = Path(path) if isinstance(path, str) else path
        entries: list[Entry] = []
        surfaces: list[tuple[str, str, str]] = []

        for row in read_table(folder, "countries.csv", ["iso3", "name", "official_name", "aliases", "demonyms",
                                                    "capital", "metonyms", "wikidata"]):
            entry = Entry(id=actor_iri("country", row["iso3"]), name=row["name"], country=row["iso3"],
                          kind="country", wikidata=row["wikidata"] or None,
                          official_name=row["official_name"] or None)
            entries.append(entry)
            surfaces += [(surface, entry.id, "name") for surface in [row["name"], row["official_name"]] if surface]
            surfaces += [(surface, entry.id, "alias") for surface in split_cell(row["aliases"])]
            surfaces += [(surface, entry.id, "demonym") for surface in split_cell(row["demonyms"])]
            surfaces += [(surface, entry.id, "capital") for surface in split_cell(row["capital"])]
            surfaces += [(surface, entry.id, "metonym") for surface in split_cell(row["metonyms"])]

        principals: set[str] = set()
        for row in read_table(folder, "organizations.csv", ["code", "name", "aliases", "wikidata", "kind"]):
            entry = Entry(id=organization_iri(row["code"], row["name"], principal=row["code"] not in principals),
                          name=row["name"], country=row["code"], kind="organization",
                          wikidata=row["wikidata"] or None)
            principals.add(row["code"])
            entries.append(entry)
            surfaces.append((row["name"], entry.id, "name"))
            surfaces += [(surface, entry.id, "alias") for surface in split_cell(row["aliases"])]

        for row in read_table(folder, "groups.csv", GROUP_COLUMNS):
            entry = Entry(id=actor_iri("group", row["name"]), name=row["name"], country=row["country"] or None,
                          kind="group", sector=row["sector"] or None, wikidata=row["wikidata"] or None)
            entries.append(entry)
            surfaces.append((row["name"], entry.id, "name"))
            surfaces += [(surface, entry.id, "alias") for surface in split_cell(row["aliases"])]

        for row in read_table(folder, "institutions.csv", ["name", "aliases", "country", "sector", "wikidata"]):
            country = row["country"] or None
            key = f"{country} {row['name']}" if country else row["name"]
            entry = Entry(id=actor_iri("institution", key), name=row["name"], country=country,
                          kind="institution", sector=row["sector"] or None, wikidata=row["wikidata"] or None)
            entries.append(entry)
            surfaces += [(surface, entry.id, "institution") for surface in [row["name"], *split_cell(row["aliases"])]]

        people = read_table(folder, "people.csv", ["name", "aliases", "country", "role", "sector", "host",
                                              "start", "end", "wikidata"])
        for line, row in enumerate(people, start=2):
            where = f"people.csv line {line}"
            entry = Entry(id=actor_iri("person", row["name"]), name=row["name"], country=row["country"] or None,
                          kind="person", sector=row["sector"] or None, role=row["role"] or None,
                          host=row["host"] or None, start=parse_date(row["start"], where), end=parse_date(row["end"], where),
                          wikidata=row["wikidata"] or None)
            entries.append(entry)
            surfaces.append((row["name"], entry.id, "person"))
            surfaces += [(surface, entry.id, "person" if len(_key(surface)) > 1 else "surname")
                         for surface in split_cell(row["aliases"])]

        # candidates name organisations by name; a principal organisation's id is its code's IRI
        by_name = {actor_iri("organization", e.name): e.id for e in entries if e.kind == "organization"}
        ambiguous = [(row["surface"], tuple(by_name.get(iri, iri) for iri in
                                            (actor_iri(*ref.split(":", 1)) for ref in split_cell(row["candidates"]))))
                     for row in read_table(folder, "ambiguous.csv", ["surface", "candidates"])]
        roles = [RoleEntry(pattern=row["pattern"], role=row["role"], sector=row["sector"],
                           envoy=row["envoy"].strip() == "1")
                 for row in read_table(folder, "roles.csv", ["pattern", "role", "sector", "envoy"])]
        return cls(entries, surfaces, ambiguous, roles)

    # -- queries --------------------------------------------------------------

    @property
    def entries(self) -> list[Entry]:
        """Every row of every table, people once per term."""
        return [entry for terms in self._entries.values() for entry in terms]

    def find(self, text: str, on: date | None = None) -> list[Mention]:
        """All actor names in ``text``: non-overlapping, longest first, in text order.

        ``on`` resolves people to the office they held that day; a person out of
        office is still found, with the role of the last term as "former …".

        Examples
        --------
        >>> [m.text for m in Gazetteer.default().find("The Kremlin and Seoul disagree.")]
        ['Kremlin', 'Seoul']
        """
        mentions = []
        for start, end, hit in self._names.scan(text):
            if hit.ids:
                candidates = tuple(self._resolve(actor, hit.match, on) for actor in hit.ids)
                mentions.append(Mention(start, end, text[start:end], candidates[0],
                                        candidates if hit.match == AMBIGUOUS else ()))
        return mentions

    def lookup(self, name: str, on: date | None = None) -> Entry | None:
        """The actor that exactly ``name`` (a name, alias, demonym, metonym or surname) stands for."""
        hit = self._names.get(name)
        if hit is None and name.translate(_APOSTROPHES).endswith("'s"):
            hit = self._names.get(name[:-2])
        if hit is None or not hit.ids:
            return None
        return self._resolve(hit.ids[0], hit.match, on)

    def misspelt(self, word: str) -> Entry | None:
        """The country a misspelling of one of its one-word names or aliases stands for:
        "Afganistan", "Phillippines", "Isreal". The word must be capitalised, unknown to the
        gazetteer, and one edit (a letter inserted, dropped or changed, or two neighbouring
        letters swapped) from the name of exactly one country; names and words shorter than
        :data:`MIN_SPELLING_LETTERS` never match, so "Iran" and "Iraq" are never confused.

        Examples
        --------
        >>> Gazetteer.default().misspelt("Afganistan").country
        'AFG'
        >>> Gazetteer.default().misspelt("Irag") is None
        True
        """
        if len(word) < MIN_SPELLING_LETTERS or not word.isalpha() or not word[0].isupper() or word.isupper() \
                or self._names.get(word) is not None:
            return None
        lowered = word.lower()
        close = {actor for form in (lowered, *_deletions(lowered)) for name, actor in self._spellings.get(form, ())
                 if _one_edit(lowered, name)}
        if len({self._entries[actor][0].country for actor in close}) != 1:
            return None
        return self._resolve(close.pop(), "spelling", None)

    def readings(self, name: str, on: date | None = None) -> list[Entry]:
        """Every actor exactly ``name`` may stand for; an ambiguous name gives each candidate
        with ``match="ambiguous"``, an unknown name or a shielding phrase ("Korean Peninsula")
        gives none.

        Examples
        --------
        >>> [e.country for e in Gazetteer.default().readings("Congo")]
        ['COD', 'COG']
        """
        hit = self._names.get(name)
        if hit is None and name.translate(_APOSTROPHES).endswith("'s"):
            hit = self._names.get(name[:-2])
        if hit is None:
            return []
        return [self._resolve(actor, hit.match, on) for actor in hit.ids]

    def terms(self, actor: str) -> list[Entry]:
        """Every row of one actor (a person's terms of office, in table order)."""
        return list(self._entries.get(actor, []))

    def people_in_office(self, country: str, role: str, on: date) -> list[Entry]:
        """Who held ``role`` for ``country`` on ``on``; "secretary of state" and "foreign minister" are one office.

        Examples
        --------
        >>> [p.name for p in Gazetteer.default().people_in_office("KOR", "president", date(2023, 1, 1))]
        ['Yoon Suk Yeol']
        """
        office = self._office(role)
        return [replace(term, match="person") for term in self.entries
                if term.kind == "person" and term.country == country and term.role is not None
                and self._office(term.role) == office and term.in_office(on)]

    def role(self, word: str) -> RoleEntry | None:
        """The role a noun phrase names: ``"Ambassador"`` → ambassador, DIP, envoy."""
        return self._roles.get(word.strip())

    def roles_named_by(self, word: str) -> set[str]:
        """The roles whose phrases contain ``word``: "secretary" → secretary of state (foreign
        minister), press secretary (spokesperson), secretary-general…"""
        wanted = word.strip().lower()
        named = [role for _, role in self._roles.items() if wanted in role.pattern.lower().replace("-", " ").split()]
        return {role.role for role in named} | {role.pattern.lower() for role in named}

    def find_roles(self, text: str) -> list[tuple[int, int, RoleEntry]]:
        """Role phrases in ``text`` with their offsets, longest first, in text order."""
        return self._roles.scan(text)

    def surfaces(self) -> Iterator[tuple[str, tuple[str, ...], str]]:
        """Every indexed surface form (as tokens joined by spaces), its actor ids and match kind."""
        for key, hit in self._names.items():
            yield " ".join(key), hit.ids, hit.match

    # -- helpers ---------------------------------------------------------------

    def _office(self, role: str) -> str:
        known = self._roles.get(role)
        return known.role if known else role.lower()

    def _resolve(self, actor: str, how: str, on: date | None) -> Entry:
        """The entry of ``actor``; for a person, the term that fits ``on``."""
        terms = self._entries[actor]
        if terms[0].kind != "person":
            return replace(terms[0], match=how)
        if on is None:
            return replace(max(terms, key=lambda t: t.start or date.min), match=how)
        current = [term for term in terms if term.in_office(on)]
        if current:
            return replace(current[0], match=how)
        past = [term for term in terms if term.end is not None and term.end <= on]
        if past:
            last = max(past, key=lambda t: t.end or date.min)
            return replace(last, role=f"former {last.role}" if last.role else None, match=how)
        return replace(min(terms, key=lambda t: t.start or date.min), role=None, match=how)


def _deletions(word: str) -> set[str]:
    """Every form of ``word`` with one letter dropped."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _spelling_index(names: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """One-word names of :data:`MIN_SPELLING_LETTERS` letters or more, lower-cased, under themselves
    and each of their one-deletion forms: a word one edit from a name shares one of these
    forms with it, so a look-up costs a dictionary probe per letter of the word."""
    index: dict[str, list[tuple[str, str]]] = {}
    for surface, actor in names:
        if len(surface) < MIN_SPELLING_LETTERS or not surface.isalpha():
            continue
        name = surface.lower()
        for form in (name, *_deletions(name)):
            if (name, actor) not in index.setdefault(form, []):
                index[form].append((name, actor))
    return index


def _one_edit(word: str, name: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of two
    neighbouring letters apart."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    if len(word) != len(name):
        shorter, longer = sorted((word, name), key=len)
        return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
    differ = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
    return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                and word[differ[0]] == name[differ[1]] and word[differ[1]] == name[differ[0]])


def organization_iri(code: str, name: str, *, principal: bool) -> str:
    """The IRI of an organisation row: the first row of a contract code is the organisation
    itself and takes the code's IRI (the one event graphs give an organisation's
    affiliation); later rows are its bodies and agencies, named by their own name.
    ``OTHER_IGO`` groups unrelated organisations, so each is named by its name."""
    if principal and code != "OTHER_IGO":
        return actor_iri("organization", code)
    return actor_iri("organization", name)


@functools.cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.from_dir(resources.files("kg").joinpath("data").joinpath("actors"))
