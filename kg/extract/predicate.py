"""A statement or act found in a sentence, and the grammar every finder of them shares."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.event import Actor
from kg.extract.coding import VerbSense
from kg.extract.dates import DateValue
from kg.extract.quotes import QuoteRegion


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

    def tokens(self) -> set[int]:
        return {t.i for t in self.content}


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject, borrowed from the governing verb for conjoined or open clauses."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
        for child in current.children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                    return current.head  # "Putin, who arrived on Wednesday": the antecedent
                return child
            if child.dep_ == "nsubjpass":
                return None  # "the ambassador was summoned": the subject is acted upon
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None
