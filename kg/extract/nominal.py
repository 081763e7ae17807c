"""Events named by nouns: meetings, calls and clashes with their parties.

"in a phone call with Premier Li Qiang", "exchanges of fire between Indian and
Pakistani troops", "their summit in Beijing in July". The nouns and their codes
are data (``kg/data/event_nouns.csv``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Span, Token

from kg.event import Actor
from kg.extract.actors import DocumentActors
from kg.extract.coding import VerbSense, cameo_code
from kg.extract.dates import DateValue
from kg.extract.predicate import Predicate, subject_of
from kg.extract.quotes import QuoteRegion, inside
from kg.tables import package_table


def nominal_events(sentence: Span, actors: DocumentActors, quotes: list[QuoteRegion],
                   date_of: Callable[[Predicate], DateValue | None]) -> Iterator[Predicate]:
    """Meetings, calls and clashes named by a noun with their parties: "in a phone call with
    Premier Li Qiang", "exchanges of fire between Indian and Pakistani troops", "their summit
    in Beijing in July". A noun that is a verb's object ("held talks") is left to the verb."""
    for noun in sentence:
        entry = event_nouns().get(noun.lemma_.lower())
        if (entry is None or noun.pos_ != "NOUN" or noun.dep_ == "dobj"
                or inside(quotes, noun.idx, noun.idx + len(noun))):
            continue
        code, symmetric = entry
        if noun.lemma_.lower() == "exchange" and not any(t.lower_ == "fire" for t in noun.subtree):
            continue
        parties = noun_parties(noun, actors)
        if len({p.country for p in parties if p.country}) < 2:
            continue
        sense = VerbSense(lemma=noun.lemma_.lower(), complement=None, cameo=code, speech=False,
                          symmetric=symmetric, target=None)
        predicate = Predicate(noun, noun.text, sense, sentence, parties, list(noun.subtree))
        predicate.date = date_of(predicate) or date_of(
            Predicate(noun.head, noun.head.text, sense, sentence, parties, []))
        yield predicate

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
        if len({p.country for p in parties if p.country}) < 2:
            parties = actors.countries_in(between)  # "between Azerbaijani and Armenian forces"
        return parties
    if not with_:
        return []
    partners = actors.countries_in(with_)
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner and owner[0].lower_ in ("their", "its"):
        return actors.main_parties()
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    hosts = actors.resolve_phrase(subject) if subject is not None else []
    return hosts[:1] + partners[:1] if hosts and partners and not of else []


@cache
def event_nouns() -> dict[str, tuple[str, bool]]:
    """Nouns that name a meeting, call or clash, with its CAMEO code and whether it is mutual,
    from ``kg/data/event_nouns.csv``."""
    table = {row["lemma"]: (row["cameo"], row["symmetric"] == "1")
             for row in package_table("event_nouns.csv", required=["lemma", "cameo", "symmetric"])}
    for code, _ in table.values():
        cameo_code(code)
    return table
