"""Events named by nouns: meetings, calls and clashes with their parties, and acts aimed
from one state at another.

"in a phone call with Premier Li Qiang", "exchanges of fire between Indian and
Pakistani troops", "their summit in Beijing in July" name mutual events;
"Israeli airstrikes on Gaza killed …", "the unprovoked firing by Pakistani
troops … on the night of 5 May", "drawing a sharp rebuke from China" name
directed ones. The nouns, their codes and where each finds its actor and
target are data (``kg/data/event_nouns.csv``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from kg.event import Actor
from kg.extract.actors import DocumentActors
from kg.extract.coding import VerbSense, cameo_code
from kg.extract.dates import DateValue
from kg.extract.predicate import Predicate, clause_verb, subject_of
from kg.extract.quotes import QuoteRegion, inside
from kg.tables import package_table

# where a mutual event names its parties: "talks between A and B", "a call with X" (and the
# clause's subject), "their summit in May", "the signing of the China-Russia Treaty in 2001",
# "At a summit in July, Xi told EU leaders …"
PARTY_SLOTS = frozenset({"between", "with", "poss", "of", "clause"})
# where a directed act names who acts: "China's protest", "Israeli airstrikes", "firing by
# Pakistani troops", "a rebuke from China", "the withdrawal of Russian troops"
SOURCE_SLOTS = frozenset({"poss", "amod", "by", "from", "of"})
# where it names whom the act is aimed at: a preposition on the noun, or "clause": the subject
# of the clause that receives it ("Tokyo drew a rebuke from China")
TARGET_PREPOSITIONS = frozenset({"on", "against", "with", "to", "toward", "towards", "at", "of", "from",
                                 "into", "over"})
TARGET_SLOTS = TARGET_PREPOSITIONS | {"clause"}
CLAUSE_PREPOSITIONS = frozenset({"at", "during"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_CLIMB = 6


@dataclass(frozen=True)
class EventNoun:
    """A noun that names an event: its CAMEO code, whether it is mutual, the slots that name
    its actor (or, when mutual, its parties) and its target, and a word the phrase must hold."""

    lemma: str
    cameo: str
    symmetric: bool
    source: tuple[str, ...]
    target: tuple[str, ...]
    requires: str | None


@dataclass
class NounPredicate(Predicate):
    """An event named by a noun, with the targets its phrase or clause names (``None`` for a
    mutual event, whose parties are its sources)."""

    targets: list[Actor] | None = None


def nominal_events(sentence: Span, actors: DocumentActors, quotes: list[QuoteRegion],
                   date_of: Callable[[Predicate], DateValue | None]) -> Iterator[Predicate]:
    """Events named by nouns, with their parties or their source and target, dated by a date
    on the noun or its participle ("its proposal, made on March 1"), else by their clause.

    A noun that is a verb's object ("held talks", "imposed sanctions on Iran") is left to the
    verb, unless what the clause's subject receives is aimed at it ("drawing a rebuke from
    China"). A directed act needs both a source and a target the text names, and a date of
    its own or a clause it is the subject of ("Israeli airstrikes on Gaza killed …"): "amid
    U.S. sanctions on Iran" is background, not an event.
    """
    for noun in sentence:
        entry = event_nouns().get(noun.lemma_.lower())
        if (entry is None or noun.pos_ != "NOUN" or inside(quotes, noun.idx, noun.idx + len(noun))
                or (noun.dep_ == "compound" and noun.head.lemma_.lower() in event_nouns())):
            continue  # "summit talks": one event, named by the head
        if entry.requires and not any(t.lemma_.lower() == entry.requires for t in noun.subtree):
            continue  # "exchanges" only of fire
        found = (_mutual(noun, entry, sentence, actors, date_of) if entry.symmetric
                 else _directed(noun, entry, sentence, actors, date_of))
        if found is not None:
            yield found


def _mutual(noun: Token, entry: EventNoun, sentence: Span, actors: DocumentActors,
            date_of: Callable[[Predicate], DateValue | None]) -> NounPredicate | None:
    """A meeting, call, clash or signing with its parties; as an object, only of a participle
    the parser reads as a preposition ("told reporters following talks with …")."""
    if noun.dep_ == "dobj" and noun.head.dep_ != "prep":
        return None
    sense = _sense(entry, None)
    parties = noun_parties(noun, actors) if {"between", "with"} & set(entry.source) else []
    own = own_date(noun, sense, sentence, date_of)
    if _countries(parties) < 2:
        if own is None:
            # parties found from a possessor, an object or the clause need a date of the noun's
            # own ("their summit in Gyeongju last November"): undated, "their first phone
            # conversation" is the story's own call told again
            return None
        parties = dated_parties(noun, actors, entry.source)
        if _countries(parties) < 2:
            return None
    predicate = NounPredicate(noun, noun.text, sense, sentence, parties, list(noun.subtree))
    predicate.date = own or _clause_date(noun, sense, sentence, parties, date_of)
    return predicate


def _directed(noun: Token, entry: EventNoun, sentence: Span, actors: DocumentActors,
              date_of: Callable[[Predicate], DateValue | None]) -> NounPredicate | None:
    """An act one side aims at another, when the text names both."""
    sources, source_slot = noun_source(noun, actors, entry.source)
    if not sources:
        return None
    countries = {s.country for s in sources}
    # what the clause's subject receives from someone is aimed at it: "drawing a rebuke from China"
    by_clause = "clause" in entry.target and source_slot == "from"
    # "condemned the strikes carried out by Israel": the participle, not the clause's verb, tells the act
    carried = source_slot == "by" and any(c.dep_ == "agent" for p in _participles(noun) for c in p.children)
    if noun.dep_ == "dobj" and not (by_clause or carried):
        return None
    preposition, targets, clause = noun_target(noun, actors, entry.target, by_clause)
    targets = [t for t in targets if t.country and t.country not in countries]
    if not targets:
        return None
    sense = _sense(entry, preposition)
    own = own_date(noun, sense, sentence, date_of)
    if own is None and clause is None and noun.dep_ not in SUBJECT_DEPS:
        return None
    predicate = NounPredicate(noun, noun.text, sense, sentence, sources, list(noun.subtree), targets=targets)
    # what a clause's subject receives is dated by that clause ("began … on Wednesday, drawing a rebuke")
    predicate.date = own or (date_of(Predicate(clause, clause.text, sense, sentence, targets, [])) if clause
                             else _clause_date(noun, sense, sentence, sources, date_of))
    return predicate


def noun_parties(noun: Token, actors: DocumentActors) -> list[Actor]:
    """Who takes part in a meeting or clash a noun names: "between A and B", "with X" plus the
    possessor ("their summit") or the clause's subject ("Sharif said in a call with Li")."""
    # "between" may hang on the noun or on its complement ("exchanges of fire between …")
    between = [t for c in noun.subtree if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree]
    with_ = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree]
    of = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    if between:
        heads = [t for t in between if t.dep_ == "pobj"]
        parties = [a for h in heads for a in actors.resolve_phrase(h)]
        if _countries(parties) < 2:
            parties = actors.countries_in(between)  # "between Azerbaijani and Armenian forces"
        return parties
    if not with_:
        return []
    partners = actors.with_people(actors.partners_in(with_), with_)  # "talks with his counterpart Diop"
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner and owner[0].lower_ in ("their", "its"):
        return actors.main_parties()
    subject = _clause_subject(noun)
    hosts = actors.resolve_phrase(subject) if subject is not None else []
    return hosts[:1] + partners[:1] if hosts and partners and not of else []


def dated_parties(noun: Token, actors: DocumentActors, slots: tuple[str, ...]) -> list[Actor]:
    """The parties of a mutual event that carries its own date, named by a possessor ("their
    summit in Gyeongju last November": the story's two sides), by the states its object names
    ("the signing of the China-Russia Treaty … in 2001") or by the clause it sets ("At a summit
    in Beijing in July, Xi told EU leaders …": the subject and whom it addressed)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if "poss" in slots and owner is not None:
        return actors.parties_before(noun) if owner.lower_ == "their" else actors.resolve_phrase(owner)
    objects = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    if "of" in slots and objects:
        return actors.countries_in(objects)
    clause = noun.head.head
    if ("clause" in slots and noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_PREPOSITIONS
            and clause.pos_ in ("VERB", "AUX")):
        subject = subject_of(clause)
        hosts = actors.resolve_phrase(subject) if subject is not None else []
        addressed = [t for c in clause.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
        partners = [p for p in actors.countries_in(addressed) if hosts and p.country != hosts[0].country]
        return hosts[:1] + partners[:1] if hosts and partners else []
    return []


def noun_source(noun: Token, actors: DocumentActors, slots: tuple[str, ...]) -> tuple[list[Actor], str | None]:
    """Who carries out the act a noun names, and the slot that named them: a possessor
    ("China's protest"), a nationality or state on the noun ("Israeli airstrikes", "U.S.
    sanctions"), "by X", "from X" (on the noun, or on the verb that receives it: "drawing a
    rebuke from China") or "of X" ("the withdrawal of Russian troops")."""
    for slot in slots:
        if slot == "poss":
            heads = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        elif slot == "amod":
            modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                         and not any(t.lower_.startswith("anti") for t in c.subtree)]  # "anti-Russian sanctions"
            found = [a for a in actors.countries_in([t for c in modifiers for t in c.subtree]) if a.country]
            if found:
                return found, slot
            continue
        else:
            holders = [noun, noun.head] if slot == "from" and noun.dep_ == "dobj" else [noun]
            if slot == "by":  # "the air strikes carried out by Israel", "sanctions imposed by the EU"
                holders += _participles(noun)
            heads = [g for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == slot
                     for g in c.children if g.dep_ == "pobj"]
        found = [a for h in heads[:1] for a in actors.resolve_phrase(h) if a.country]
        if found:
            return found, slot
    return [], None


def noun_target(noun: Token, actors: DocumentActors, slots: tuple[str, ...],
                by_clause: bool) -> tuple[str | None, list[Actor], Token | None]:
    """Whom the act is aimed at, the preposition that named them and the verb of the clause
    that did: "airstrikes on Gaza", "a protest with Japan", "criticism of Tokyo"; with
    ``by_clause``, the subject of the clause that receives the act ("Japan and the
    Philippines began drills …, drawing a sharp rebuke from China")."""
    for slot in slots:
        if slot == "clause":
            if by_clause:
                verb, found = clause_actors(noun, actors)
                if found:
                    return None, found, verb
            continue
        phrase = [t for holder in (noun, *_participles(noun)) for c in holder.children
                  if c.dep_ == "prep" and c.lower_ == slot for t in c.subtree]
        found = actors.countries_in(phrase)
        if found:
            return slot, found, None
    return None, [], None


def clause_actors(noun: Token, actors: DocumentActors) -> tuple[Token | None, list[Actor]]:
    """The verb above the noun whose subject names states, and those states, going up through
    participles and relative clauses ("…drills under an agreement that took effect last year,
    drawing a rebuke from China": "began", whose subject names the drills' states)."""
    token = noun
    for _ in range(CLAUSE_CLIMB):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP")), None)
        found = [a for a in actors.resolve_phrase(subject) if a.country] if subject is not None else []
        if found:
            return token, found
    return None, []


def own_date(noun: Token, sense: VerbSense, sentence: Span,
             date_of: Callable[[Predicate], DateValue | None]) -> DateValue | None:
    """A date the noun carries itself ("their summit in Gyeongju last November", "firing …
    on the night of 5 May") or through a participle or relative clause on it ("its proposal,
    made on March 1", "the understanding reached in May last year")."""
    anchors = [noun, *(c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")]
    for anchor in anchors:
        found = date_of(Predicate(anchor, anchor.text, sense, sentence, [], []))
        if found is not None:
            return found
    return None


def _clause_date(noun: Token, sense: VerbSense, sentence: Span, sources: list[Actor],
                 date_of: Callable[[Predicate], DateValue | None]) -> DateValue | None:
    """The date of the clause that reports the noun's event ("Israeli airstrikes on Gaza killed
    12 people on Tuesday")."""
    verb = clause_verb(noun)
    return date_of(Predicate(verb, verb.text, sense, sentence, sources, []))


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the clause a noun sits in ("Sharif said in a call with Li": Sharif)."""
    verb = clause_verb(noun)
    return subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None


def _participles(noun: Token) -> list[Token]:
    """Past participles that tell the act a noun names: "the strikes carried out by Israel on
    Damascus", "the sanctions imposed by the EU on Minsk"."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def _sense(entry: EventNoun, preposition: str | None) -> VerbSense:
    return VerbSense(lemma=entry.lemma, complement=None, cameo=entry.cameo, speech=False,
                     symmetric=entry.symmetric, target=preposition)


def _countries(actors: list[Actor]) -> int:
    return len({a.country for a in actors if a.country})


@cache
def event_nouns() -> dict[str, EventNoun]:
    """Nouns that name an event, from ``kg/data/event_nouns.csv``; a row whose code is not in
    the codebook or whose slots are unknown stops with the row to fix."""
    table: dict[str, EventNoun] = {}
    for row in package_table("event_nouns.csv", required=["lemma", "cameo", "symmetric", "source", "target"]):
        cameo_code(row["cameo"])
        symmetric = row["symmetric"] == "1"
        source = tuple(s for s in row["source"].split("|") if s)
        target = tuple(s for s in row["target"].split("|") if s)
        allowed = PARTY_SLOTS if symmetric else SOURCE_SLOTS
        if not source or not set(source) <= allowed or not set(target) <= TARGET_SLOTS or (symmetric and target) \
                or (not symmetric and not target):
            raise ValueError(f"event_nouns.csv, {row['lemma']!r}: a mutual noun names its parties in "
                             f"{'|'.join(sorted(PARTY_SLOTS))} and no target; a directed one its source in "
                             f"{'|'.join(sorted(SOURCE_SLOTS))} and its target in {'|'.join(sorted(TARGET_SLOTS))}")
        table[row["lemma"]] = EventNoun(row["lemma"], row["cameo"], symmetric, source, target,
                                        row.get("requires") or None)
    return table
