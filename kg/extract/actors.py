"""Who a noun phrase stands for: states, organisations, institutions and people.

``DocumentActors`` holds everything known about one article's actors: the
gazetteer's mentions (by token), the people introduced so far with their role
and affiliation ("Russian Ambassador to Seoul Georgy Zinoviev"), and the
article's main dyad. Later references resolve through it: a surname, "the
ambassador", "the envoy", "he", "the two countries".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.tables import package_table, word_set
from kg.actors.gazetteer import Entry, Gazetteer, Mention, RoleEntry, parse_date
from kg.actors.resolve import Resolver, actor_id_of, agent_nouns, honorifics
from kg.actors.learned import LearnedActor, LearnedActors
from kg.event import IGO_CODES, NAME_SUFFIXES, Actor
from kg.extract.coding import FORCE_ROOTS
from kg.namespaces import actor_iri
from kg import nlp
from kg.nlp import doc_text

NOT_THE_HOLDER = {"a", "an", "former", "ex", "late", "then", "deputy", "vice", "acting", "first"}
# sectors of named groups (kg/data/actors/groups.csv) outside the government: parties
# count too when named ("the Liberal Democratic Party"), though the noun "party" does not
NAMED_NON_STATE_SECTORS = frozenset({"REB", "OPP", "PTY", "LAB"})
FIRST_PERSON = {"i", "we"}
COUNTERPART_NOUNS = word_set("counterpart_nouns")  # a person of the other side of a visit
NAME_PARTICLES = word_set("name_particles")  # inside Arabic names: "Abdel Fattah al-Sisi"
PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female"}
#: Entity labels of names that are places or peoples, never a person who speaks.
PLACE_ENTITIES = {"GPE", "LOC", "NORP", "FAC"}
GROUP_PHRASES = ("two countries", "two sides", "both countries", "both sides", "two nations",
                 "both nations", "the two governments", "two leaders", "both leaders", "the sides",
                 "each side", "each country")


@cache
def role_references() -> dict[str, frozenset[str] | None]:
    """What "the envoy", "the diplomat", "the minister" may refer to, from
    ``kg/data/role_references.csv`` (``None``: any person)."""
    return {row["word"]: None if row["roles"] == "*" else frozenset(row["roles"].split("|"))
            for row in package_table("role_references.csv", required=["word", "roles"])}


@cache
def domestic_sectors() -> dict[str, tuple[str, bool]]:
    """Group nouns with their sector and whether they belong to the state ("rebels" → REB, not
    the state; "police" → COP, the state), from ``kg/data/domestic_groups.csv``. Events between a
    non-state group and its own state's government are domestic events worth keeping."""
    return {row["lemma"]: (row["sector"], row["state"] == "1")
            for row in package_table("domestic_groups.csv", required=["lemma", "sector", "state"])}


@cache
def collective_nouns() -> frozenset[str]:
    """Nouns for a body of people ("group", "movement", "coalition") that name an actor when a
    group word qualifies them, from ``kg/data/collective_nouns.csv``."""
    return frozenset(row["lemma"] for row in package_table("collective_nouns.csv", required=["lemma"]))


@cache
def named_group_sectors() -> dict[str, str]:
    """The sector of a group a proper name and one of these nouns name ("the Kifaya group",
    "the Umma party": OPP, PTY), from the ``named_sector`` column of
    ``kg/data/collective_nouns.csv``; nouns without one name no group this way."""
    return {row["lemma"]: row["named_sector"]
            for row in package_table("collective_nouns.csv", required=["lemma", "named_sector"])
            if row["named_sector"]}


@cache
def quantity_nouns() -> frozenset[str]:
    """Nouns that only count the people named after them ("thousands of protesters"), from
    ``kg/data/quantity_nouns.csv``."""
    return frozenset(row["lemma"] for row in package_table("quantity_nouns.csv", required=["lemma"]))


def counted(head: Token) -> Token:
    """The noun a quantity phrase counts: "Thousands of Kenyan protesters" stands for the
    protesters, "tens of thousands of Serbs" for the Serbs; any other head is returned as is."""
    while head.lemma_.lower() in quantity_nouns():
        counted_noun = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"), None)
        if counted_noun is None:
            break
        head = counted_noun
    return head


def non_state(actor: Actor) -> bool:
    """Whether the actor is a group outside the state (rebels, opposition, protesters…), or a
    person who leads or speaks for one ("opposition leader Raila Odinga")."""
    return actor.kind in ("group", "person") and actor.sector in outside_sectors()


@cache
def outside_sectors() -> frozenset[str]:
    """Sectors of groups outside the state: those ``domestic_groups.csv`` marks so, and the
    sectors of named groups (:data:`NAMED_NON_STATE_SECTORS`)."""
    return NAMED_NON_STATE_SECTORS | {sector for sector, state in domestic_sectors().values() if not state}


def state_actor(code: str, name: str | None = None) -> Actor:
    """The actor for a state (ISO3) or an international organisation (IGO code)."""
    kind = "organization" if code in IGO_CODES else "country"
    return Actor(name=name or code, country=code, id=actor_iri(kind, code), kind=kind)


def entry_actor(entry: Entry) -> Actor:
    """Turn a gazetteer entry into the actor of an event."""
    if entry.kind == "country":
        return state_actor(entry.country or entry.name, entry.name)
    if entry.kind == "person":
        return Actor(name=entry.name, country=entry.country, id=entry.id, kind="person",
                     role=entry.role, sector=entry.sector)
    if entry.kind == "group":
        return Actor(name=entry.name, country=entry.country, id=entry.id, kind="group", sector=entry.sector)
    # organisations and institutions (an institution is an organisation of its state)
    return Actor(name=entry.name, country=entry.country, id=entry.id, kind="organization", sector=entry.sector)


@dataclass
class Person:
    """A person introduced in this article, for later references."""

    actor: Actor
    host: str | None = None

    def called(self, name: str) -> bool:
        """Whether a short form refers to this person: the full name, or its first or last
        word (East Asian names put the family name first: "Cho" for Cho Hyun)."""
        words = self.actor.name.lower().split()
        while len(words) > 2 and words[-1].rstrip(".") in NAME_SUFFIXES:
            words = words[:-1]  # "Ferdinand Marcos Jr." is "Marcos"
        lowered = name.lower()
        return lowered == " ".join(words) or (len(words) > 1 and lowered in (words[0], words[-1]))


@dataclass
class DocumentActors:
    """Actor knowledge for one parsed article."""

    doc: Doc
    gazetteer: Gazetteer
    published: date | None
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    roles_by_token: dict[int, tuple[int, int, RoleEntry]] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    state_names: dict[str, str] = field(default_factory=dict)
    main_dyad: tuple[str, ...] = ()
    story_parties: tuple[str, ...] = ()  # the main dyad counting organisations: whom unaddressed words go to
    last_person: Person | None = None
    last_main_person: Person | None = None  # the last person who was a sentence's subject
    resolved: list[tuple[int, str]] = field(default_factory=list)  # (offset, state) of phrases resolved
    voice: Actor | None = None  # the person a statement document speaks as ("I", "we")
    last_body: tuple[int, Actor] | None = None  # the state or body "it" refers to, by sentence
    learned: LearnedActors | None = None
    home: str | None = None
    undecided: set[int] = field(default_factory=set)  # tokens of names of several states the article leaves open

    @classmethod
    def build(cls, doc: Doc, gazetteer: Gazetteer, published: date | None,
              learned: LearnedActors | None = None, place: str | None = None) -> DocumentActors:
        """``learned``: people earlier articles introduced ("Ambassador … Nozdrev"), so that
        "Nozdrev said" resolves here too. ``place``: the dateline's city, whose state a bare
        "the Foreign Ministry" belongs to."""
        home = gazetteer.lookup(place, on=published) if place else None
        self = cls(doc, gazetteer, published, learned=learned,
                   home=home.country if home is not None and home.kind == "country" else None)
        found = gazetteer.find(doc_text(doc), on=published)
        found = sorted(found + _misspelt_countries(doc, gazetteer, found), key=lambda m: m.start)
        certain = [m for m in found if m.entry.match != "ambiguous"]
        counts = Counter(m.entry.country for m in certain if m.entry.country)
        resolver = Resolver(gazetteer, learned)
        chosen_ones: list[Mention] = []
        for mention in (m for m in found if m.entry.match == "ambiguous"):
            chosen = _disambiguate(mention, doc, counts, resolver, published)
            if chosen is not None:
                chosen_ones.append(chosen)
            elif len({c.country for c in mention.candidates}) > 1:
                # "Congolese refugees" in a story that names neither Congo: of one of them, unknown which
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                self.undecided.update(t.i for t in span or ())
        self.mentions = sorted(certain + chosen_ones, key=lambda m: m.start)
        for start, end, role in gazetteer.find_roles(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.roles_by_token.setdefault(token.i, (span.start, span.end, role))
        self.mentions = [m for m in self.mentions if not self._inside_longer_name(m) and not self._measure(m)
                         and not self._names_document(m)]
        self.mentions = self._societies(self.mentions)
        for mention in self.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, mention)
            if mention.entry.country and mention.entry.kind in ("country", "organization"):
                self.state_names.setdefault(mention.entry.country, mention.entry.name)
        self._refer_to_bodies()
        self.main_dyad = self._main_dyad()
        self.story_parties = self._main_dyad(organizations=True)
        return self

    def _refer_to_bodies(self) -> None:
        """Definite descriptions of an organisation named earlier: "the alliance" after NATO,
        "the bloc" after the EU, "the U.N. nuclear watchdog" after the IAEA
        (``kg/data/body_references.csv``). They become mentions of the organisation the
        article named last among those the word may mean; with none named, nothing."""
        found: list[Mention] = []
        for token in self.doc:
            codes = body_references().get(token.lower_)
            if codes is None or token.i in self.by_token or token.tag_ != "NN":
                continue
            determiner = [c for c in token.children if c.dep_ == "det"]
            if not determiner or determiner[0].lower_ != "the":
                continue
            named = [m for m in self.mentions if m.start < token.idx and m.entry.kind == "organization"
                     and m.entry.country in codes]
            if named:
                mention = Mention(token.idx, token.idx + len(token), token.text, named[-1].entry)
                self.by_token[token.i] = mention
                found.append(mention)
        self.mentions = sorted(self.mentions + found, key=lambda m: m.start)

    def _societies(self, mentions: list[Mention]) -> list[Mention]:
        """Names a movement shares with its national societies (``society_names.csv``): with a
        state named on them ("the Kenyan Red Cross", "North Korea's Red Cross", "the Red
        Crescent Society of Iran") they are that state's society, which absorbs the state's
        name; as a modifier of anything but people ("Red Cross talks", "the Red Cross
        hotline") they name no party; otherwise they are the movement itself."""
        states = {t.i: m for m in mentions if m.entry.kind == "country"
                  for t in self.doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
        absorbed: set[int] = set()
        kept: list[Mention] = []
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or " ".join(mention.text.split()) not in society_names():
                kept.append(mention)
                continue
            if self._names_a_thing(span.root, span):
                continue
            inside = {t.i for t in span}
            attached = [c for t in span for c in t.children if c.i not in inside and (
                c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < span.start)]
            attached += [p for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
            state = next((states[c.i] for c in attached if c.i in states), None)
            if state is None:
                kept.append(mention)
                continue
            absorbed.add(id(state))
            start, end = min(state.start, mention.start), max(state.end, mention.end)
            code = state.entry.country or ""
            society = Entry(id=actor_iri("organization", f"{code} {span.text}"),
                            name=doc_text(self.doc)[start:end], country=code, kind="institution",
                            sector="NGO", match="society")
            kept.append(Mention(start, end, doc_text(self.doc)[start:end], society))
        return [m for m in kept if id(m) not in absorbed]

    def _names_a_thing(self, root: Token, span: Span) -> bool:
        """Whether a name only qualifies a noun outside it that names no people: "Red Cross"
        in "Red Cross talks", not in "Red Cross officials" or "Red Cross President …"."""
        if root.dep_ not in ("amod", "compound", "nmod") or span.start <= root.head.i < span.end:
            return False
        outer = root.head
        return (outer.lemma_.lower() not in agent_nouns() and outer.i not in self.roles_by_token
                and outer.lemma_.lower() not in domestic_sectors())

    def _measure(self, mention: Mention) -> bool:
        """Whether a state's name only qualifies a currency or a language ("200 billion U.S.
        dollars", "the Russian language"): not an actor (``kg/data/measure_nouns.csv``)."""
        if mention.entry.kind != "country":
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        after = self.doc[span.end] if span is not None and span.end < len(self.doc) else None
        return after is not None and after.lemma_.lower() in measure_nouns() and span[-1].head.i == after.i

    def _names_document(self, mention: Mention) -> bool:
        """Whether a city only names a treaty, a forum or a process after the place it was made
        ("the Vienna Convention", "the Minsk agreements", "the OSCE Minsk Group"): not a party
        (``kg/data/document_nouns.csv``). A state's own name is one ("the Japan-Korea treaty")."""
        if mention.entry.kind != "country" or mention.entry.match != "capital":
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        token = span[-1]
        for _ in range(3):  # "Helsinki" → "Final" → "Act"
            if token.dep_ not in ("compound", "nmod", "amod") or token.head.pos_ not in ("NOUN", "PROPN"):
                return False
            token = token.head
            if token.lemma_.lower() in document_nouns() or token.lower_ in document_nouns():
                return True
        return False

    def _inside_longer_name(self, mention: Mention) -> bool:
        """Whether a bare surname is part of someone else's name: "Yoon" in "Park Yoon-joo",
        "Kim" in "Kim Yo Jong" when only "Kim" matched. Titles before it ("President Yoon")
        are not names."""
        if mention.entry.kind != "person" or mention.entry.match != "surname":
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        after = self.doc[span.end] if span.end < len(self.doc) else None
        named_before = (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
                        and before.i not in self.roles_by_token
                        and not self.gazetteer.roles_named_by(before.lower_)  # "Secretary Rubio"
                        and before.text not in honorifics())  # "Mr. Yoon"
        hyphen_after = after is not None and after.text == "-" and not span[-1].whitespace_
        return named_before or hyphen_after

    def _main_dyad(self, organizations: bool = False) -> tuple[str, ...]:
        """The two codes the article names most. With ``organizations``, an organisation named
        as itself counts too ("the European Union", "NATO", "the alliance"), its bodies and
        agencies do not: wire copy names those as channels and sources ("aid through the World
        Food Programme and UNICEF"), seldom as the other side."""
        counts = Counter(m.entry.country for m in self.mentions
                         if m.entry.country and (m.entry.kind in ("country", "institution", "person") or (
                             organizations and m.entry.kind == "organization"
                             and m.entry.id == actor_iri("organization", m.entry.country))))
        return tuple(code for code, _ in counts.most_common(2))

    def state(self, code: str) -> Actor:
        """The state (or organisation) of a code, named as the article names it, else as the
        gazetteer does ("KOR" is "South Korea" even in a story that only says "Seoul")."""
        if code not in self.state_names:
            entry = next((e for e in self.gazetteer.entries if e.country == code
                          and e.kind in ("country", "organization") and e.id == actor_iri(e.kind, code)), None)
            if entry is not None:
                self.state_names[code] = entry.name
        return state_actor(code, self.state_names.get(code))

    # -- targets -------------------------------------------------------------------------
    def non_state_groups(self, tokens: list[Token], default_country: str | None) -> list[Actor]:
        """Rebels, protesters, opposition… named in the tokens, as group actors of the state an
        adjective names ("Shona rebels" of ``default_country``, "Kurdish rebels" of theirs; none
        for a nationality of several states the article does not decide, "Congolese refugees")."""
        groups: dict[str, Actor] = {}
        for token in tokens:
            sector = _non_state_sector(token)
            if sector is None or token.pos_ != "NOUN":
                continue
            # a nationality the article leaves open ("Congolese refugees") is not the default's
            unknown = any(c.i in self.undecided for c in token.children if c.dep_ in ("amod", "compound", "nmod"))
            country = next(iter(self._modifying_states(token)), None if unknown else default_country)
            if country:
                key = f"{country} {token.lemma_.lower()}"
                groups.setdefault(key, Actor(name=_span_text([t for t in token.subtree][:6]), country=country,
                                             id=actor_iri("group", key), kind="group", sector=sector))
        return list(groups.values())

    def coordinated_with(self, tokens: list[Token] | Span, first: Actor) -> list[Actor]:
        """The states coordinated with ``first`` in the tokens: "both India and Pakistan"."""
        ids = {t.i for t in tokens}
        heads = [t for t in tokens if t.i in self.by_token and self.by_token[t.i].entry.country == first.country]
        partners = [c for h in heads for c in h.conjuncts if c.i in ids]
        return [a for a in self.countries_in(partners) if a.country != first.country]

    def countries_in(self, tokens: list[Token] | Span) -> list[Actor]:
        """The actors mentioned in the tokens, one per state or organisation code, in order:
        a named person stands for their state ("talks with Russian FM Sergei Lavrov")."""
        seen: dict[str, Actor] = {}
        for token in tokens:
            mention = self.by_token.get(token.i)
            if mention is None or not mention.entry.country:
                continue
            code, kind = mention.entry.country, mention.entry.kind
            if kind == "person" and (code not in seen or seen[code].kind == "country"):
                seen[code] = entry_actor(mention.entry)  # "talks with Russian FM Sergei Lavrov"
            elif code not in seen:
                seen[code] = entry_actor(mention.entry) if kind in ("organization", "group") else self.state(code)
        return list(seen.values())

    def partners_in(self, tokens: list[Token] | Span) -> list[Actor]:
        """The actors in the tokens that can be a party to a meeting: a nationality that only
        describes private people ("a meeting with South Korean journalists") names no party."""
        describing = {t.i for t in tokens if t.i in self.by_token
                      and _describes_private_people(t, self.by_token[t.i])}
        return self.countries_in([t for t in tokens if t.i not in describing])

    def with_people(self, found: list[Actor], tokens: list[Token] | Span) -> list[Actor]:
        """``found`` with each state replaced by the person the tokens name for it, when they
        name one by role and name: "held talks with his Philippine counterpart Gilberto
        Teodoro" is a meeting with Teodoro, not only with the Philippines."""
        people = {a.country: a for a in reversed(self.people_in(tokens))}
        return [people.get(a.country, a) if a.kind == "country" and a.country else a for a in found]

    def people_in(self, tokens: list[Token] | Span) -> list[Actor]:
        """People of a known state named in the tokens by name the gazetteer does not hold
        ("his Philippine counterpart Gilberto Teodoro") or by a surname the article gave in
        full ("a bilateral meeting with Marcos"), in text order."""
        ids = {t.i for t in tokens}
        heads = [t for t in tokens if t.pos_ == "PROPN" and t.i not in self.by_token
                 and (t.head.i not in ids or t.head.pos_ != "PROPN")]
        people: list[Actor] = []
        for head in heads:
            while head.dep_ == "appos" and head.head.i in ids:
                head = head.head  # "his Philippine counterpart, Gilberto Teodoro"
            person = self._person([t for t in self._phrase_tokens(head, coordinated=True) if t.i in ids])
            if person is not None and person.actor.country and person.actor not in people:
                people.append(person.actor)
        return people

    def person_before(self, tokens: list[Token] | Span) -> list[Actor]:
        """Whom a lone "him" or "her" stands for: the person named last before it in its
        sentence ("met U.N. Secretary-General António Guterres and told him …"). Empty for any
        other phrase, or when the sentence names no person before it."""
        if len(tokens) != 1 or tokens[0].lower_ not in ("him", "her"):
            return []
        pronoun = tokens[0]
        named = [m for m in self.mentions if m.entry.kind == "person" and m.entry.country
                 and pronoun.sent.start_char <= m.start < pronoun.idx]
        return [entry_actor(named[-1].entry)] if named else []

    def parties_before(self, token: Token) -> list[Actor]:
        """The article's two main parties, as the two people named last for them when the story
        has named them ("Both sides agreed…", "It was agreed to…")."""
        parties = self.main_parties()
        pair = self._last_two_named(token)
        if pair and {p.country for p in pair} == {p.country for p in parties}:
            return pair
        return parties

    def _last_two_states(self, before: Token) -> list[Actor]:
        """The two states named last before a token, in its sentence and the one before: "Lee
        urged Japan …, recalling that the two countries normalized relations" is Korea and
        Japan, whatever the article is mostly about. Empty unless exactly two are named there."""
        sentence = before.sent
        previous = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        named = sorted([(m.start, m.entry.country) for m in self.mentions if m.entry.country
                        and m.entry.kind in ("country", "person", "institution")] + self.resolved)
        for start in (sentence.start, previous):
            codes = list(dict.fromkeys(code for at, code in named if self.doc[start].idx <= at < before.idx))
            if len(codes) == 2:
                return [self.state(code) for code in codes]
            if len(codes) > 2:
                return []
        return []

    def main_parties(self) -> list[Actor]:
        """The two states the article is mostly about, when there are two."""
        return [self.state(code) for code in self.main_dyad] if len(self.main_dyad) == 2 else []

    def implicit_target(self, source_country: str | None) -> Actor | None:
        """The other party of the article's two main parties, for statements that name no
        target; an organisation may be one ("China firmly opposes the move" in a story on EU
        duties is addressed to the EU, not to the one member state it also names)."""
        others = [code for code in self.story_parties if code != source_country]
        if source_country in self.story_parties and others:
            return self.state(others[0])
        return None

    # -- subjects ------------------------------------------------------------------------
    def resolve_phrase(self, head: Token) -> list[Actor]:
        """The actors a subject phrase stands for; a coordination gives one per member."""
        head = counted(head)
        heads = [head, *[t for t in head.conjuncts if t.i > head.i]]
        if head.tag_ in ("NNS", "NNPS"):
            phrase = self._phrase_tokens(head, coordinated=False)
            holders = self._office_holders(phrase, head)
            if holders:
                return holders  # "the foreign ministers of Japan, China and South Korea"
            if (self._plural_office(head) is not None and any(t.lower_ == "the" for t in phrase)
                    and not any(t.i in self.by_token for t in phrase)):
                pair = self._last_two_named(head)
                if pair:
                    return pair  # "After the talks, the foreign ministers signed an agreement"
        if len(heads) > 1 or self._people_joined(head):
            actors = [actor for h, tokens in self._coordinated_members(head)
                      for actor in self._resolve_single(h, coordinated=True, tokens=tokens)]
            return _one_per_state(_unique(actors))
        found = self._resolve_single(head, coordinated=False)
        if (not found and head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "PROPN"
                and head.ent_type_ not in PLACE_ENTITIES):
            # "Marie Dupont, a deportee, said …": a person named who speaks for no
            # state; the "she" who goes on is her, not the official quoted before
            self.last_person = self.last_main_person = None
        self.resolved += [(head.idx, a.country) for a in found if a.country and a.kind in ("person", "country")]
        if head.dep_ == "nsubj" and head.head.dep_ == "ROOT" and len(found) == 1 and found[0].kind == "person":
            self.last_main_person = self.last_person
        if len(found) == 1 and found[0].kind in ("country", "organization") and found[0].country:
            self.last_body = (head.sent.start, found[0])
        return found

    def _people_joined(self, head: Token) -> bool:
        """Whether the phrase joins two people by "and" that the parser did not coordinate:
        "Secretary Rubio and External Affairs Minister Jaishankar" ("Rubio" as a modifier)."""
        phrase = self._phrase_tokens(head, coordinated=False)
        joins = [t for t in phrase if t.dep_ == "cc" and t.i not in self.by_token and t.i not in self.roles_by_token]
        people = {self.by_token[t.i].entry.id for t in phrase
                  if t.i in self.by_token and self.by_token[t.i].entry.kind == "person"}
        return bool(joins) and len(people) > 1

    def resolve_span(self, head: Token, tokens: list[Token]) -> list[Actor]:
        """The actors a phrase stands for, read from the given tokens only (the parser's
        phrase may have swallowed the next clause's subject)."""
        return self._resolve_single(head, coordinated=False, tokens=sorted(tokens, key=lambda t: t.i))

    def _coordinated_members(self, head: Token) -> list[tuple[Token, list[Token]]]:
        """The members of a coordination, read off the text rather than the tree: the parser
        often hangs the second member's name on the first ("Greek Prime Minister Kyriakos
        Mitsotakis and Turkish President Recep Tayyip Erdogan": "Erdogan" as an apposition of
        "Mitsotakis"). Each stretch between the conjunctions is a member, headed by its last
        token that hangs outside the stretch."""
        phrase = self._phrase_tokens(head, coordinated=False)
        members: list[list[Token]] = [[]]
        for token in phrase:
            if token.dep_ == "cc" or (token.dep_ == "punct" and token.text == "," and any(
                    t.dep_ == "conj" and t.i > token.i for t in phrase)):
                members.append([])
            else:
                members[-1].append(token)
        members = [m for m in members if m]
        for number in range(len(members) - 1, 0, -1):
            earlier, later = members[number - 1], members[number]
            if (later[0].i in self.roles_by_token and self._nameless(earlier)
                    and any(t.i in self.roles_by_token for t in earlier)):
                # "Deputy Prime Minister and Defence Minister Richard Marles": one person's titles
                members[number - 1:number + 1] = [earlier + later]
        found: list[tuple[Token, list[Token]]] = []
        for member in members:
            ids = {t.i for t in member}
            outside = [t for t in member if t.head.i not in ids or t.head.i == t.i]
            found.append((outside[-1], member))
        if len(found) > 1:
            return found
        heads = [head, *[t for t in head.conjuncts if t.i > head.i]]
        return [(h, self._phrase_tokens(h, coordinated=True)) for h in heads]

    def _nameless(self, tokens: list[Token]) -> bool:
        """Whether a stretch names nobody by name: only titles, states and function words."""
        return not any(t.pos_ == "PROPN" and t.i not in self.by_token and t.i not in self.roles_by_token
                       for t in tokens)

    def _phrase_tokens(self, head: Token, coordinated: bool) -> list[Token]:
        """The noun phrase a head stands for, without its clauses (and, for a member of a
        coordination, without the other members)."""
        stop = {"relcl", "acl", "ccomp", "advcl"} | ({"conj", "cc"} if coordinated else set())
        tokens = [head]
        stack = list(head.children)
        while stack:
            token = stack.pop()
            if token.dep_ in stop or token.dep_ == "punct" and token.text in "\"“”":
                continue
            tokens.append(token)
            stack.extend(token.children)
        return sorted(tokens, key=lambda t: t.i)

    def _resolve_single(self, head: Token, coordinated: bool, tokens: list[Token] | None = None) -> list[Actor]:
        """The actors one (uncoordinated) phrase stands for: a pronoun's referent, a person, a
        pair ("the two sides"), a group of a state, an institution or organisation, a state,
        or a definite description of someone named before; ``[]`` for a thing."""
        tokens = tokens if tokens is not None else self._phrase_tokens(head, coordinated)
        text = " ".join(t.lower_ for t in tokens)
        if head.lower_ in FIRST_PERSON and head.tag_ == "PRP" and self.voice is not None:
            return [self.voice]  # "I held a telephone conversation with Secretary Rubio"
        if head.lower_ in PRONOUNS and head.tag_ == "PRP":
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT" and self.last_main_person is not None:
                # "Kim recalled that Putin said … He stressed …", "… He was received by …": a
                # sentence's subject goes on from the last sentence's subject, not from someone
                # named inside it
                self.last_person = self.last_main_person
            return [self.last_person.actor] if self.last_person else []
        if head.lower_ == "it" and head.tag_ == "PRP" and head.dep_ == "nsubj":
            # "China's commerce ministry said it would…", "Seoul said it had summoned…": a
            # state or body named as a subject earlier in the same sentence
            same_sentence = self.last_body is not None and self.last_body[0] == head.sent.start
            if same_sentence:
                return [self.last_body[1]]
            # a body's release: "The EU reiterates its support … It calls on Russia to …" goes on
            # from the body that speaks, the last body named as a subject
            speaking = (self.voice is not None and self.voice.kind == "organization" and self.last_body is not None
                        and self.last_body[1].id == self.voice.id and head.head.dep_ == "ROOT")
            return [self.voice] if speaking else []
        if head.pos_ == "PROPN" and head.i not in self.by_token:
            known = self._find_person(head.text)  # "Wang, also a member of the Politburo, said"
            if known is not None:
                self.last_person = known
                return [known.actor]
        paired = (any(t.lower_ in ("two", "both") for t in tokens) and head.tag_ in ("NNS", "NNPS")
                  and (head.lemma_.lower() in agent_nouns() or head.i in self.roles_by_token))
        if paired and head.lemma_.lower() not in ("country", "nation", "government", "side"):
            pair = self._last_two_people()
            if pair:
                return pair  # "the two ministers": the two people last named
        if paired or any(phrase in text for phrase in GROUP_PHRASES):
            # "both governments", "the two sides": the article's two main parties, as the two
            # people who spoke for them when the story has named them ("Both sides agreed…")
            if head.lemma_.lower() == "side":
                return self.parties_before(head)
            return self._last_two_states(head) or self.main_parties()
        media = self._state_media(head, tokens)
        if media is not None:
            return [media]
        person = self._person(tokens)
        if person is not None:
            self.last_person = person
            return [person.actor]
        mentioned = [self.by_token[t.i] for t in tokens if t.i in self.by_token]
        modifiers = self._modifying_states(head)
        named_group = self._named_group(head, modifiers)
        if named_group is not None:
            return [named_group]
        named_body = self._named_body(head)
        if named_body is not None:
            return [named_body]
        if (head.pos_ == "NOUN" and head.i not in self.by_token and head.i not in self.roles_by_token
                and head.lemma_.lower() not in agent_nouns() and not _names_group(head) and not modifiers):
            return []  # "Seoul's export restrictions", "the decision": things, not actors
        described = self._described_person(tokens, head, modifiers)
        if described is not None:
            self.last_person = described
            return [described.actor]
        if head.lemma_.lower() in information_nouns():
            return []  # "according to Chinese customs data": figures speak for no one
        if head.pos_ == "NOUN" and modifiers and not any(
                m.entry.kind in ("institution", "organization", "person") for m in mentioned):
            # "Israeli helicopters", "French and Egyptian warships": one group per state
            return [Actor(name=_span_text(tokens), country=code,
                          id=actor_iri("group", f"{code} {head.lemma_}"), kind="group",
                          sector=_sector(head)) for code in modifiers]
        if mentioned:
            # the head's own mention first ("the Russian Foreign Ministry" → its state)
            mentioned.sort(key=lambda m: 0 if m.entry.kind in ("institution", "organization") else 1)
            entry = mentioned[0].entry
            other = self._other_states_institution(entry, mentioned[0], tokens)
            if other is not None:
                return [other]
            if entry.kind == "institution" and not entry.country:
                countries = [m.entry.country for m in mentioned if m.entry.country]
                if not countries and self.home:
                    countries = [self.home]  # "the Foreign Office said", filed from Islamabad
                if not countries:
                    return []
                return [Actor(name=_span_text(tokens), country=countries[0],
                              id=actor_iri("institution", f"{countries[0]} {entry.name}"),
                              kind="organization", sector=entry.sector)]
            if entry.kind == "country" and head.i not in self.by_token and (
                    head.tag_ in ("NNS", "NNPS") or _non_state_sector(head) is not None):
                # "Russian officials", "South Korean lawmakers", "opposition groups in Zimbabwe",
                # "the Nigerian Union of Teachers": people of the state, not its government
                return [Actor(name=_span_text(tokens), country=entry.country,
                              id=actor_iri("group", f"{entry.country} {head.lemma_}"), kind="group",
                              sector=_sector(head))]
            own = self.by_token.get(head.i)
            if (own is not None and own.entry.kind == "country" and own.entry.match == "demonym"
                    and head.tag_ in ("NNS", "NNPS")):
                # "Young Algerians blocked roads", "the Albanians of southern Serbia": people, not
                # their government; of the state a following "of/in" names, else of their own
                where = [m for m in mentioned if m.start > head.idx and m.entry.kind == "country"]
                code = where[0].entry.country if where else own.entry.country
                return [Actor(name=_span_text(tokens), country=code,
                              id=actor_iri("group", f"{code} {head.lemma_}"), kind="group",
                              sector=_sector(head) or ("ETH" if where else "CVL"))]
            return [entry_actor(entry)]
        return self._corefer(tokens, head)

    def _state_media(self, head: Token, tokens: list[Token]) -> Actor | None:
        """State media speak for their state: a newspaper, agency or broadcaster a marker word
        calls the state's ("an official Syrian newspaper", "North Korea's state media", "the
        state-run China Daily", ``kg/data/state_media.csv``) is an organisation of the state
        its phrase names, else of the dateline's state ("State television said …" filed from
        Tehran). Papers without a marker ("a Saudi-owned weekly", "Ansa news agency") are left
        to the other rules, and words of a name the gazetteer knows ("Islamic State") mark
        nothing."""
        named = [t for t in tokens if t.i <= head.i and t.i not in self.by_token]
        if not any(t.lemma_.lower() in media_words("medium") or t.lower_ in media_words("medium")
                   for t in named if t.i == head.i or t.pos_ in ("NOUN", "PROPN")):
            return None
        modifiers = "".join(t.text_with_ws for t in named if t.i < head.i).lower()
        if media_marker().search(modifiers) is None:
            return None
        states = [self.by_token[t.i].entry.country for t in tokens
                  if t.i in self.by_token and self.by_token[t.i].entry.kind == "country"]
        code = states[0] if states else self.home
        if code is None:
            return None
        name = _span_text(tokens)
        return Actor(name=name, country=code, id=actor_iri("organization", f"{code} {name}"),
                     kind="organization", sector="GOV")

    def _other_states_institution(self, entry: Entry, mention: Mention, tokens: list[Token]) -> Actor | None:
        """A legislature listed for one state but named with another's: "Congress" is the
        U.S. Congress, "Brazil's Congress" and "the Philippine Congress" are those states'
        legislatures. Only a state named on the institution itself counts, not one elsewhere
        in its phrase ("the Congress delegation to Russia")."""
        if entry.kind != "institution" or not entry.country or entry.sector != "LEG":
            return None
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        on_it = [self.by_token[c.i].entry.country for c in span.root.children
                 if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in self.by_token
                 and self.by_token[c.i].entry.kind == "country"]
        code = next((c for c in on_it if c and c != entry.country), None)
        if code is None:
            return None
        return Actor(name=_span_text(tokens), country=code, id=actor_iri("institution", f"{code} {mention.text}"),
                     kind="organization", sector=entry.sector)

    def _named_body(self, head: Token) -> Actor | None:
        """An organisation named on a noun for its kind of body: "the APEC forum", "the Nato
        alliance", "the OPEC cartel" (the nouns of ``kg/data/body_references.csv``) are the
        organisation itself, whichever codes the noun refers back to on its own."""
        if head.pos_ != "NOUN" or head.i in self.by_token or head.lemma_.lower() not in body_references():
            return None
        named = (self.by_token.get(c.i) for c in head.children if c.dep_ in ("compound", "nmod"))
        body = next((m.entry for m in named if m is not None and m.entry.kind == "organization"), None)
        return entry_actor(body) if body is not None else None

    def _named_group(self, head: Token, modifiers: list[str]) -> Actor | None:
        """A group named by a proper name before a lower-case collective noun: "the Kifaya
        group", "the fundamentalist Umma (Nation) party", "the Azadliq opposition coalition".
        A known group's name gives that group ("the Palestinian Islamic Jihad movement");
        otherwise it is a group of the state an adjective names, else of the one state its
        sentence names, else of the dateline's state. A capitalised noun is part of the name
        itself ("Lotte Group", "Labour Party") and is left to the gazetteer."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or not head.text.islower() or lemma not in named_group_sectors() \
                or head.i in self.by_token:
            return None
        names = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                 and c.text[:1].isupper() and c.i not in self.roles_by_token]
        known = [self.by_token[c.i].entry for c in names if c.i in self.by_token]
        if any(e.kind in ("group", "organization") for e in known):
            return entry_actor(next(e for e in known if e.kind in ("group", "organization")))
        if not names or known:
            return None  # no name, or a state's or person's ("the Trump camp")
        countries = modifiers or list(dict.fromkeys(
            m.entry.country for m in self.mentions if m.entry.country
            and head.sent.start_char <= m.start < head.sent.end_char))
        if len(countries) != 1:
            countries = [self.home] if not countries and self.home else []
        if not countries:
            return None
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "amod")]
        name = _span_text(words)
        return Actor(name=name, country=countries[0], id=actor_iri("group", f"{countries[0]} {name}"),
                     kind="group", sector=_sector(head) or named_group_sectors()[lemma])

    def _last_two_named(self, before: Token) -> list[Actor]:
        """The two people of different states named last before a token, as subjects or as
        partners ("Wang Yi held phone talks with Israeli Foreign Minister Gideon Saar")."""
        named = [(m.start, entry_actor(m.entry)) for m in self.mentions
                 if m.entry.kind == "person" and m.entry.country and m.start < before.idx]
        chosen: list[Actor] = []
        for _, actor in sorted(named, key=lambda pair: pair[0], reverse=True):
            if all(a.country != actor.country for a in chosen):
                chosen.append(actor)
            if len(chosen) == 2:
                return chosen[::-1]
        return self._last_two_people()

    def _last_two_people(self) -> list[Actor]:
        """The two people of different states named most recently, if there are two."""
        chosen: list[Actor] = []
        for person in reversed(self.people):
            if person.actor.country and all(a.country != person.actor.country for a in chosen):
                chosen.append(person.actor)
            if len(chosen) == 2:
                return chosen[::-1]
        return []

    def _modifying_states(self, head: Token) -> list[str]:
        """States named by adjectives on a noun ("Israeli tanks", "French and Egyptian warships"),
        by names coordinated with them ("U.S. and Filipino forces"), or, for a plural noun of
        people or bodies, by a coordinated "of" phrase ("the navies of Russia and Iran")."""
        members: list[tuple[Token, bool]] = []
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod"):
                coordinated = tuple(child.conjuncts)
                members += [(token, bool(coordinated)) for token in (child, *coordinated)]
            elif (child.dep_ == "prep" and child.lower_ == "of" and head.tag_ in ("NNS", "NNPS")
                  and head.lemma_.lower() in agent_nouns()):
                for named in (g for g in child.children if g.dep_ == "pobj"):
                    if named.conjuncts:
                        members += [(token, True) for token in (named, *named.conjuncts)]
        codes: list[str] = []
        for token, coordinated in members:
            mention = self.by_token.get(token.i)
            # a lone name modifying a noun is the state itself ("U.S. forces"); an adjective,
            # a name in a coordination of states, or a name on a use of force ("U.S. drone
            # strikes", as "American drone strikes") names one group per state
            if (mention is not None and mention.entry.kind == "country"
                    and (mention.entry.match == "demonym" or coordinated
                         or head.lemma_.lower() in force_nouns())
                    and mention.entry.country not in codes):
                codes.append(mention.entry.country)
        return codes

    def _person(self, tokens: list[Token]) -> Person | None:
        """A person named in the phrase, with role and affiliation when the phrase gives them."""
        owned = _possessors(tokens)
        for token in tokens:
            mention = self.by_token.get(token.i)
            if mention is not None and mention.entry.kind == "person" and token.i not in owned:
                user = self._users_word(mention.entry.name)
                if user is not None:
                    return self._remember(user.actor, user.host)
                return self._remember(entry_actor(mention.entry), mention.entry.host)
        role_spans = {self.roles_by_token[t.i] for t in tokens if t.i in self.roles_by_token and t.i not in owned}
        name_tokens = [t for t in tokens if t.i not in self.by_token and t.i not in self.roles_by_token
                       and t.i not in owned
                       and (t.pos_ == "PROPN" and t.text[:1].isupper() or _name_hyphen(t) or _name_particle(t)
                            or t.i > 0 and _name_hyphen(t.doc[t.i - 1]) and t.is_alpha)]  # "Park Yoon-joo"
        name_tokens = _longest_run(name_tokens)
        while name_tokens and name_tokens[0].text in honorifics():
            name_tokens = name_tokens[1:]  # "H.E. Mr. Asaad Hassan al-Shaibani"
        if not name_tokens and role_spans:
            return self._office_holder(tokens, role_spans)
        if not name_tokens or _name_hyphen(name_tokens[0]) or _name_hyphen(name_tokens[-1]):
            return None
        name = "".join(t.text_with_ws for t in name_tokens).strip()  # "Kosiniak-Kamysz" stays whole
        known = self._find_person(name)
        if known is not None:
            return self._remember(known.actor, known.host)
        if not role_spans and not any(t.ent_type_ == "PERSON" for t in name_tokens):
            return None
        role = _longest_role(role_spans) if role_spans else None
        affiliation, host = self._affiliation(tokens, role)
        if affiliation is None and role is not None and not role.envoy:
            # a title without a state: the state of the place the sentence opens with ("In
            # Kigali, government spokeswoman …"), a counterpart's of the capital visited, else
            # the dateline state's ("First Vice Foreign Minister Park Yoon-joo", filed from Seoul)
            affiliation = self._place_of_speaking(tokens) or self.home
        elif affiliation is None and role is None and any(t.lemma_.lower() in COUNTERPART_NOUNS for t in tokens):
            affiliation = self._place_of_speaking(tokens)  # "his counterpart Stefan Nikolic"
        if affiliation is None and role is not None and role.envoy and self.last_person is not None and any(
                t.lower_ in ("his", "her") and t.dep_ == "poss" for t in tokens):
            # "His Personal Envoy for the Sudan": the envoy of the person just named (the
            # Secretary-General: UN), sent for Sudan
            affiliation = self.last_person.actor.country
        # "opposition leader …", "rebel commander …": the group word, not the title, gives the sector
        sector = next((found[0] for t in tokens if t.i not in self.by_token and t.i not in owned
                       and t.dep_ in ("compound", "amod") and t.head.i in self.roles_by_token
                       and (found := domestic_sectors().get(t.lemma_.lower())) is not None and not found[1]),
                      role.sector if role is not None else None)
        actor = Actor(name=name, country=affiliation, id=actor_iri("person", name), kind="person",
                      role=role.role if role is not None else None, sector=sector)
        return self._remember(actor, host)

    def _place_of_speaking(self, tokens: list[Token]) -> str | None:
        """The state a place in the sentence gives a titled person whom the phrase gives none.

        A sentence that opens with a capital or a state as its place ("In Kigali, government
        spokeswoman Yolande Makolo said …") puts its speaker there: wire copy opens so to
        switch to the other side of a story. A "counterpart" or "host" is of the capital or
        state the sentence says was visited ("during a visit to Belgrade, … his counterpart").
        """
        sentence = tokens[0].sent
        opening = [t for t in sentence[:4] if not t.is_punct]
        if (len(opening) >= 2 and opening[0].lower_ == "in" and sentence[0].i == opening[0].i
                and any(t.text == "," for t in sentence[:6])):
            place = self.by_token.get(opening[1].i)
            if place is not None and place.entry.kind == "country" and place.entry.country:
                return place.entry.country
        if not any(t.lemma_.lower() in COUNTERPART_NOUNS for t in tokens):
            return None
        for token in sentence:
            place = self.by_token.get(token.i)
            if place is None or place.entry.kind != "country" or not place.entry.country:
                continue
            visit = token.head.head if token.head.lower_ == "to" else token.head
            if visit.lemma_.lower() == "visit" and token.dep_ in ("pobj", "dobj"):
                return place.entry.country
        return None

    def _office_holder(self, tokens: list[Token], role_spans: set[tuple[int, int, RoleEntry]]) -> Person | None:
        """The one person who held the office a phrase names without a name, on the article's
        date: "the President of Russia", "Japan's prime minister". Not "a minister", "former
        president" or "ministers", and not an office several people hold at once."""
        if self.published is None or any(t.lower_ in NOT_THE_HOLDER for t in tokens):
            return None
        if any(t.tag_ in ("NNS", "NNPS") for t in tokens if t.i in self.roles_by_token):
            return None
        role = _longest_role(role_spans)
        office = role.role
        country, _ = self._affiliation(tokens, role)
        if office is None or country is None:
            return None
        holders = self.gazetteer.people_in_office(country, office, self.published)
        if len(holders) != 1:
            return None
        return self._remember(entry_actor(holders[0]), holders[0].host)

    def _office_holders(self, tokens: list[Token], head: Token) -> list[Actor]:
        """The holders of one office in several named states, on the article's date: "the
        foreign ministers of Japan, China and South Korea", "the Russian and Chinese
        presidents". A state whose holder is not known stands for itself."""
        office = self._plural_office(head)
        countries = list(dict.fromkeys(self.by_token[t.i].entry.country for t in tokens
                                       if t.i in self.by_token and self.by_token[t.i].entry.kind == "country"))
        if office is None or self.published is None or len(countries) < 2 or any(
                t.lower_ in NOT_THE_HOLDER for t in tokens):
            return []
        found: list[Actor] = []
        for country in countries:
            holders = self.gazetteer.people_in_office(country, office, self.published)
            found.append(self._remember(entry_actor(holders[0]), holders[0].host).actor
                         if len(holders) == 1 else self.state(country))
        return found

    def _plural_office(self, head: Token) -> str | None:
        """The office a plural title names: "foreign ministers" → foreign minister."""
        words = [t for t in head.lefts if t.dep_ in ("amod", "compound") and t.i not in self.by_token]
        for start in range(len(words) + 1):
            role = self.gazetteer.role(" ".join([*(t.lower_ for t in words[start:]), head.lemma_.lower()]))
            if role is not None:
                return role.role
        return None

    def _affiliation(self, tokens: list[Token], role: RoleEntry | None) -> tuple[str | None, str | None]:
        """The state a person acts for, and for envoys the host state ("Ambassador to Seoul")."""
        affiliation = host = None
        for token in tokens:
            mention = self.by_token.get(token.i)
            if mention is None or not mention.entry.country:
                continue
            before = token.i - 1
            while before > 0 and self.doc[before].lower_ == "the":
                before -= 1  # "Ambassador to the United States"
            first = self.doc[before] if before >= 0 else None
            preceded_by = first.lower_ if first is not None and first.i not in self.by_token else ""
            if preceded_by in ("to", "in", "for") and role is not None and role.envoy:
                host = host or mention.entry.country  # "Ambassador to Seoul", "Envoy for the Sudan"
            elif preceded_by not in ("to", "in"):
                affiliation = affiliation or mention.entry.country
        return affiliation, host

    def _find_person(self, name: str) -> Person | None:
        """A person a name or surname refers to: named before in the article, the user's own
        record, the gazetteer, or a person an earlier article introduced."""
        words = name.split()
        if len(words) > 1 and any(w.isupper() and len(w) > 1 for w in words):
            # "MOTEGI Toshimitsu": a family name in capitals, written first (Japanese style)
            family = [w for w in words if w.isupper() and len(w) > 1]
            name = " ".join([*(w for w in words if w not in family), *(w.title() for w in family)])
        for person in reversed(self.people):
            if person.called(name):
                return person
        for mention in reversed(self.mentions):  # named in full earlier, as a partner or an object
            if mention.entry.kind == "person" and Person(entry_actor(mention.entry)).called(name):
                return self._remember(entry_actor(mention.entry), mention.entry.host)
        user = self._users_word(name)
        if user is not None:
            return user
        entry = self.gazetteer.lookup(name, on=self.published)
        if entry is not None and entry.kind == "person":
            return Person(entry_actor(entry), entry.host)
        known = self.learned.lookup(name, on=self.published) if self.learned is not None else None
        return _learned_person(known) if known is not None and known.country else None

    def _users_word(self, name: str) -> Person | None:
        """The user's own record of a person (``kg actors --add``): it overrides the base."""
        known = self.learned.lookup(name, on=self.published) if self.learned is not None else None
        return _learned_person(known) if known is not None and known.source == "user" and known.country else None

    def _remember(self, actor: Actor, host: str | None) -> Person:
        """Record a person the article names, for later references; the known one if named before."""
        for person in self.people:
            if person.actor.id == actor.id:
                if host and not person.host:
                    person.host = host
                return person
        person = Person(actor, host)
        self.people.append(person)
        return person

    def _described_person(self, tokens: list[Token], head: Token, states: list[str]) -> Person | None:
        """A person the article named, referred to by nationality and title: "the Polish
        minister", "the Chinese envoy" (the last person of that state the title fits)."""
        if not states or head.tag_ != "NN" or not any(t.lower_ == "the" for t in tokens):
            return None
        titled, wanted = self._roles_meant(head.lemma_.lower())
        if not titled:
            return None  # "the Polish side", "the Chinese structure": no title
        for person in reversed(self.people):
            if person.actor.country in states and (wanted is None or (person.actor.role or "") in wanted):
                return person
        return None

    def _roles_meant(self, word: str) -> tuple[bool, frozenset[str] | set[str] | None]:
        """Whether a noun is a title, and the roles it may refer back to (``None``: anyone):
        "the envoy", "the official" from ``role_references.csv``, else the roles whose names
        hold the word ("the Secretary", "the spokeswoman", "the premier")."""
        if word in role_references():
            return True, role_references()[word]
        roles = self.gazetteer.roles_named_by(word)
        return bool(roles), roles or None

    def _corefer(self, tokens: list[Token], head: Token) -> list[Actor]:
        """Definite descriptions and surnames: "the ambassador", "the envoy", "Zinoviev"."""
        if head.pos_ == "PROPN":
            known = self._find_person(head.text)
            if known is not None:
                self.last_person = known
                return [known.actor]
        if not any(t.lower_ == "the" for t in tokens):  # "the Secretary" goes on as a role
            return []
        titled, wanted = self._roles_meant(head.lemma_.lower())
        if not titled:
            return []
        for person in reversed(self.people):
            if wanted is None or (person.actor.role or "") in wanted:
                self.last_person = person
                return [person.actor]
        return []

    def adopt(self, actor: Actor, country: str) -> Actor:
        """Record that a person of unknown affiliation acts for ``country``; later references agree."""
        affiliated = replace(actor, country=country)
        for person in self.people:
            if person.actor.id == actor.id:
                person.actor = affiliated
        return affiliated

    def person_named(self, name: str) -> Actor | None:
        """A person known by this name or surname, in the article, the base or the learned actors."""
        known = self._find_person(name)
        return known.actor if known is not None and known.actor.country else None

    def host_of(self, actor: Actor) -> str | None:
        """The state an envoy is posted to ("Ambassador to Seoul"), if the article says."""
        for person in self.people:
            if person.actor.id == actor.id:
                return person.host
        return None


def _describes_private_people(token: Token, mention: Mention) -> bool:
    """Whether a state's name only qualifies people outside the state: "South Korean" in
    "South Korean journalists" (``domestic_groups.csv``), not in "South Korean officials"."""
    while token.head.i != token.i and mention.start <= token.head.idx < mention.end:
        token = token.head  # the mention's outermost word
    found = domestic_sectors().get(token.head.lemma_.lower())
    return token.dep_ in ("amod", "compound", "nmod") and found is not None and not found[1]


def _misspelt_countries(doc: Doc, gazetteer: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Countries named by a misspelling in the copy ("a fresh offer from Afganistan"): a
    capitalised proper noun that no name found covers, that is no English word
    (:func:`english_words`: "Columbia", "Granada" are no misspellings), that is not a person
    the parser recognises, and that does not stand next to another unknown proper noun (inside
    a longer name: "Dominic Raab") is the country :meth:`Gazetteer.misspelt` reads it as, if any."""
    dictionary = english_words()
    if not dictionary:
        return []
    taken = {i for m in found for i in range(m.start, m.end)}
    readings = [(token, entry) for token in doc if token.pos_ == "PROPN" and token.idx not in taken
                and token.ent_type_ != "PERSON" and (entry := gazetteer.misspelt(token.text)) is not None
                and token.lower_ not in dictionary and token.lemma_.lower() not in dictionary]
    if not readings:
        return []
    roles = {i for start, end, _ in gazetteer.find_roles(doc_text(doc)) for i in range(start, end)}
    return [Mention(token.idx, token.idx + len(token), token.text, entry) for token, entry in readings
            if not any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.idx not in taken and t.idx not in roles
                       for t in (doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)))]


def _learned_person(known: LearnedActor) -> Person:
    actor = Actor(name=known.name, country=known.country, id=known.id, kind="person",
                  role=known.role, sector=known.sector)
    return Person(actor, known.host)


def _disambiguate(mention: Mention, doc: Doc, counts: Counter[str], resolver: Resolver,
                  published: date | None = None) -> Mention | None:
    """Decide an ambiguous name by its article, or leave it out (never a silent guess).

    First the resolver's context cues ("Tbilisi" for Georgia, "Atlanta" against it,
    "Kinshasa" for Congo). When they leave it open: with several candidates
    ("Korea", "Brussels"), the one the article otherwise names most, if it names one
    more than the others; with one candidate ("Washington", "Jordan"), it is taken
    unless the name is part of a longer proper name ("George Washington", "Washington Post").
    A story that names none of the candidates' states takes the reading house style gives
    the name (``house_readings.csv``: "Congolese" alone is DR Congo's), if it has one.
    """
    candidates = mention.candidates or (mention.entry,)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in neighbours):
        return None  # part of a longer name: "George Washington", "North Atlantic", "Georgia Tech"
    decided = resolver.from_mention(mention, None, doc_text(doc))
    if decided is None:
        return None  # the context reads it as no actor: "Atlanta, Georgia"
    if not decided.uncertain:
        entry = next((e for e in candidates if e.id == decided.id or e.country == decided.country), None)
        if entry is not None:
            return Mention(mention.start, mention.end, mention.text, replace(entry, match="context"))
    if len(candidates) > 1 or mention.text in contextual_names():
        # several readings, or one that only some stories mean ("the North"): the article must
        # otherwise name the state, and name it more than any other reading
        ranked = sorted(candidates, key=lambda e: counts.get(e.country or "", 0), reverse=True)
        best = counts.get(ranked[0].country or "", 0)
        second = counts.get(ranked[1].country or "", 0) if len(ranked) > 1 else 0
        if best == 0:
            return _house_reading(mention, candidates, published)
        if best == second:
            return None
        entry = ranked[0]
    else:
        entry = candidates[0]
    return Mention(mention.start, mention.end, mention.text, replace(entry, match="context"))


def _house_reading(mention: Mention, candidates: tuple[Entry, ...], published: date | None) -> Mention | None:
    """The candidate wire house style means by an ambiguous name a story leaves open, when
    ``house_readings.csv`` gives one for the story's day (an undated story counts as current)."""
    reading = house_readings().get(mention.text)
    if reading is None or (published is not None and reading[1] is not None and published < reading[1]):
        return None
    entry = next((e for e in candidates if e.id == reading[0]), None)
    return Mention(mention.start, mention.end, mention.text, replace(entry, match="house")) if entry else None


@cache
def house_readings() -> dict[str, tuple[str, date | None]]:
    """By surface, the actor id house style reads an ambiguous name as when the story names
    none of its candidates, and the first day that reading holds, from
    ``kg/data/actors/house_readings.csv`` ("Congo" alone is DR Congo in AP and Reuters copy,
    which write "Republic of Congo" for Brazzaville)."""
    return {row["surface"]: (actor_id_of(row["reading"]), parse_date(row["from"], f"house_readings.csv {row['surface']}"))
            for row in package_table("actors", "house_readings.csv", required=["surface", "reading", "from"])}


@cache
def english_words() -> frozenset[str]:
    """The base forms of English words (and the names of places and people a dictionary
    lists) that the spaCy pipeline's rule lemmatizer indexes, from its ``lemma_index`` table:
    a word found there is no misspelling. Empty for a pipeline without that table; misspelt
    names are then not read at all (without the dictionary every near-miss would pass)."""
    pipeline = nlp.load()
    if "lemmatizer" not in pipeline.pipe_names:
        return frozenset()
    lookups = getattr(pipeline.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for part in ("noun", "verb", "adj", "adv") for word in index.get(part, []))


@cache
def media_words(role: str) -> frozenset[str]:
    """The words of ``kg/data/state_media.csv`` with the given role: ``marker`` words that make
    a medium the state's ("official", "state-run"), ``medium`` nouns ("newspaper", "agency")."""
    return frozenset(row["word"] for row in package_table("state_media.csv", required=["word", "role"])
                     if row["role"] == role)


@cache
def media_marker() -> re.Pattern[str]:
    """Any marker word of ``kg/data/state_media.csv`` as a whole word ("state-run", "official"),
    compiled once."""
    markers = "|".join(re.escape(m) for m in sorted(media_words("marker"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{markers})(?![\w-])")


@cache
def society_names() -> frozenset[str]:
    """Names a movement shares with its national societies ("Red Cross", "Red Crescent"), from
    ``kg/data/actors/society_names.csv``."""
    return frozenset(row["surface"] for row in package_table("actors", "society_names.csv", required=["surface"]))


@cache
def document_nouns() -> frozenset[str]:
    """Nouns of treaties, forums and processes that take the name of a city ("the Vienna
    Convention", "the Normandy format"), from ``kg/data/document_nouns.csv``."""
    return frozenset(row["lemma"] for row in package_table("document_nouns.csv", required=["lemma"]))


@cache
def measure_nouns() -> frozenset[str]:
    """Currencies and languages a state's name may qualify ("U.S. dollars", "the Russian
    language"), from ``kg/data/measure_nouns.csv``."""
    return frozenset(row["lemma"] for row in package_table("measure_nouns.csv", required=["lemma"]))


@cache
def information_nouns() -> frozenset[str]:
    """Nouns that name information, not an actor ("customs data", "official figures"), from
    ``kg/data/information_nouns.csv``."""
    return frozenset(row["lemma"] for row in package_table("information_nouns.csv", required=["lemma"]))


@cache
def force_nouns() -> frozenset[str]:
    """Event nouns for a use of force ("strikes", "bombing", "raid"), from the rows of
    ``kg/data/event_nouns.csv`` coded as assault, fight or mass violence: a state's name on
    one names who used it."""
    rows = package_table("event_nouns.csv", required=["lemma", "cameo"])
    return frozenset(row["lemma"] for row in rows if row["cameo"][:2] in FORCE_ROOTS)


@cache
def body_references() -> dict[str, frozenset[str]]:
    """Nouns that refer back to an organisation ("the alliance", "the bloc") and the codes
    they may mean, from ``kg/data/body_references.csv``."""
    return {row["word"]: frozenset(row["codes"].split("|"))
            for row in package_table("body_references.csv", required=["word", "codes"])}


@cache
def contextual_names() -> frozenset[str]:
    """Names that stand for a state only in stories that otherwise name it ("the North"),
    from ``kg/data/actors/contextual_names.csv``."""
    return frozenset(row["surface"] for row in package_table("actors", "contextual_names.csv", required=["surface"]))


def _sector(head: Token) -> str | None:
    """The CAMEO sector a group noun names, or a noun modifying it: "rebels" (REB),
    "opposition groups" (OPP), "student protesters" (EDU before CVL: the modifier is the
    more specific)."""
    for word in (*[c for c in head.children if c.dep_ in ("compound", "amod")], head):
        entry = domestic_sectors().get(word.lemma_.lower())
        if entry is not None:
            return entry[0]
    return None


def _names_group(head: Token) -> bool:
    """Whether a noun names a group of people by its kind: "rebels", "police", or a collective
    noun a group word qualifies ("opposition groups", "the rebel movement", "student unions").
    Unqualified, "the group" or "the party" is left to coreference."""
    lemma = head.lemma_.lower()
    return lemma in domestic_sectors() or (lemma in collective_nouns() and _sector(head) is not None)


def _non_state_sector(head: Token) -> str | None:
    """The sector of the group a noun names when the group is outside the state: "rebels"
    (REB), "opposition groups" (OPP), "the Nigerian Union of Teachers" (LAB); None for "police",
    "government" or a noun that names no group."""
    if not _names_group(head):
        return None
    sector = _sector(head)
    return sector if sector in outside_sectors() else None


def _longest_role(role_spans: set[tuple[int, int, RoleEntry]]) -> RoleEntry:
    """The role of the longest title in a phrase ("Vice Foreign Minister" over "Minister")."""
    return max(role_spans, key=lambda span: span[1] - span[0])[2]


def _span_text(tokens: list[Token]) -> str:
    """A phrase as written ("South Korea's foreign ministry"), without a leading article."""
    words = sorted(tokens, key=lambda t: t.i)
    while words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def _name_particle(token: Token) -> bool:
    """A lower-case particle inside an Arabic name, joined by a hyphen to the next word:
    "al" in "Abdel Fattah al-Sisi", "el" in "Ahmed el-Tayeb"."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.lower_ in NAME_PARTICLES and token.text.islower() and not token.whitespace_
            and following is not None and _name_hyphen(following))


def _name_hyphen(token: Token) -> bool:
    """A hyphen inside a name, with no space around it: "Kosiniak-Kamysz"."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _longest_run(tokens: list[Token]) -> list[Token]:
    """The longest run of adjacent tokens (a name is written as one run)."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return max(runs, key=len) if runs else []


def _possessors(tokens: list[Token]) -> set[int]:
    """Tokens of a possessor inside a phrase, which name someone else: "Kim Jong Un's sister
    Kim Yo Jong" is not Kim Jong Un. A state's possessive ("Russia's President") is kept."""
    ids = {t.i for t in tokens}
    owned: set[int] = set()
    for token in tokens:
        if token.dep_ == "poss" and token.pos_ == "PROPN" and token.head.i in ids and any(
                t.dep_ == "case" for t in token.children) and token.ent_type_ == "PERSON":
            owned.update(t.i for t in token.subtree)
    return owned


def _one_per_state(actors: list[Actor]) -> list[Actor]:
    """Members of a coordination, a person standing for their state when both are named
    ("French Minister … and Foreign Affairs Jean-Noel Barrot": Barrot, not also France)."""
    people = {a.country for a in actors if a.kind == "person"}
    return [a for a in actors if a.kind == "person" or a.kind not in ("country", "group") or a.country not in people]


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())
