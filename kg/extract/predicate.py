"""A statement or act found in a sentence, and the grammar every finder of them shares."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.event import Actor
from kg.extract.coding import VerbSense
from kg.extract.dates import DateValue
from kg.extract.quotes import QuoteRegion

ACTIVE_FINITE = {"VBD", "VBZ", "VBP"}  # "held", "holds", "hold": not a participle that may be passive


@dataclass
class Predicate:
    """A statement or act found in a sentence, before its actors are paired and coded."""

    verb: Token
    word: str
    sense: VerbSense
    sentence: Span
    sources: list[Actor]
    content: list[Token]
    quote: QuoteRegion | None = None
    date: DateValue | None = None
    content_act: Predicate | None = None  # the speaker's own act that the statement reports
    continued: bool = False  # a quoted sentence whose speaker is named in another sentence
    patients: list[Actor] | None = None  # whom a passive act is done to, read where the clause stands

    def tokens(self) -> set[int]:
        """Indices of the tokens of what was said (or of the act's phrase)."""
        return {t.i for t in self.content}


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject, borrowed from the governing verb for conjoined or open clauses.

    An active verb conjoined to a passive one shares its surface subject, not its doer: in
    "He was received by the president and then held talks with the minister", "he" held
    the talks.
    """
    current: Token | None = verb
    came_by = ""  # how the last step up was taken
    for _ in range(4):
        if current is None:
            return None
        if current is not verb and verb.dep_ == "conj" and verb.tag_ in ACTIVE_FINITE:
            shared = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
            if shared is not None:
                return shared
        for child in current.children:
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
        stray = misplaced_subject(current)
        if stray is not None:
            return stray
        for child in current.children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                    return current.head  # "Putin, who arrived on Wednesday": the antecedent
                return child
            if child.dep_ == "nsubjpass":
                if current is not verb and came_by == "xcomp":
                    return child  # "Cho is expected to visit Tokyo", "was told to leave": Cho visits
                return None  # "the ambassador was summoned": the subject is acted upon
        if current.dep_ == "advcl" and current.tag_ == "VBN":
            return None  # "Asked about the report, Lin said…": the main clause's subject is acted upon
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
            came_by = current.dep_
            current = current.head
        else:
            return None
    return None


def misplaced_subject(verb: Token) -> Token | None:
    """A verb's subject that the parser hung on an opening "According to X," as an
    apposition: "According to the minister, Moscow and Ankara agreed…" ("Moscow" as an
    apposition of "minister"). Only when the verb has no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                for obj in (c for c in to.children if c.dep_ == "pobj"):
                    appositions = [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i]
                    if appositions and obj.doc[appositions[0].i - 1].text == ",":
                        return appositions[0]
    return None


def content_heads(content: list[Token]) -> list[Token]:
    """The verbs that head what was said, in text order: those whose head lies outside it, and
    a sentence's own root when the content is a whole sentence (a quote, "According to X, …")."""
    ids = {t.i for t in content}
    return [t for t in content if (t.head.i not in ids or t.head.i == t.i) and t.pos_ in ("VERB", "AUX")]


def clause_verb(token: Token) -> Token:
    """The verb of the clause a word sits in: its nearest verb ancestor, else the root. A
    participle the parser reads as a preposition ("said on Thursday following talks with …")
    heads no clause of its own."""
    verb = token.head
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head.i != verb.i:
        verb = verb.head
    return verb
