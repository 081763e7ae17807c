"""Predicates: whose clause a verb is, read off the parse (kg/extract/predicate.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from kg import nlp
from kg.extract.predicate import clause_verb, content_heads, subject_of

pytestmark = pytest.mark.slow


def verb(text: str, word: str) -> Token:
    doc = nlp.load()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "subject"), [
    ("Lavrov met Fidan in Antalya.", "met", "Lavrov"),
    ("The minister arrived in Seoul and held talks with Cho.", "held", "minister"),
    ("He was received by President Vucic and then held talks with the foreign minister.", "held", "He"),
    ("Cho is expected to visit Tokyo next month.", "visit", "Cho"),
    ("Putin, who arrived in Hanoi on Wednesday, praised the agreement.", "arrived", "Putin"),
    ("The ambassador was summoned by the ministry.", "summoned", "ministry"),
])
def test_the_subject_of_a_verb_is_read_through_its_clause(text: str, word: str, subject: str) -> None:
    found = subject_of(verb(text, word))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(("text", "word"), [
    ("The ambassador was summoned on Friday.", "summoned"),
    ("Asked about the report, Lin said China would respond.", "Asked"),
])
def test_a_subject_that_is_acted_upon_is_no_doer(text: str, word: str) -> None:
    assert subject_of(verb(text, word)) is None


def test_the_heads_of_what_was_said_are_its_verbs() -> None:
    said = verb("Zakharova said Moscow would respond and demanded an apology.", "said")
    content = [t for c in said.children if c.dep_ == "ccomp" for t in c.subtree]
    assert [t.text for t in content_heads(content)] == ["respond"]
    assert clause_verb(content[0]).text == "respond"
