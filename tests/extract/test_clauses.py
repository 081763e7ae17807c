"""Grammatical tests on a verb's clause, on the parse of invented wire-style sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from kg import nlp
from kg.extract import clauses

pytestmark = pytest.mark.slow


def word(text: str, form: str) -> Token:
    """The first token of the parsed sentence spelled ``form``."""
    return next(t for t in nlp.load()(text) if t.text == form)


def test_future_by_auxiliary_and_by_planned_passive() -> None:
    assert clauses.future(word("Seoul will send an envoy to Tokyo.", "send"))
    assert clauses.future(word("Seoul is expected to visit Tokyo.", "visit"))
    assert not clauses.future(word("Seoul sent an envoy to Tokyo.", "sent"))


def test_modal_and_obliged() -> None:
    verb = word("Should war break out, Seoul may close the border.", "close")
    assert clauses.modal(verb) and not clauses.obliged(verb)
    demand = word("Moscow expects Belgrade to align its policy, and Tokyo should stop the drills.", "stop")
    assert clauses.obliged(demand) and clauses.modal(demand)


def test_negated_perfect_is_not_done() -> None:
    verb = word("Russia has not permitted a single visit, while Japan protested.", "permitted")
    assert clauses.negated(verb) and clauses.perfect(verb)
    assert clauses.not_done(verb) and not clauses.done(verb) and not clauses.factual(verb)


def test_past_act_is_done() -> None:
    verb = word("Seoul summoned the Japanese ambassador on Friday.", "summoned")
    assert clauses.done(verb) and clauses.factual(verb)
    assert not clauses.negated(verb) and not clauses.not_done(verb)


def test_passive_with_its_agent() -> None:
    verb = word("The envoy was summoned by the ministry on Friday.", "summoned")
    assert clauses.passive(verb) and clauses.agent(verb)
    assert not clauses.passive(word("The ministry summoned the envoy on Friday.", "summoned"))


def test_side_clause_is_no_condition() -> None:
    verb = word("Russia has not permitted a single visit, while Japan protested.", "protested")
    assert clauses.side_clause(verb) and not clauses.hypothetical(verb)


def test_conditions_with_and_without_if() -> None:
    assert clauses.hypothetical(word("Seoul will not send troops if the talks fail.", "fail"))
    assert clauses.hypothetical(word("Should war break out, Seoul may close the border.", "break"))
    assert not clauses.hypothetical(word("Seoul may close the border.", "close"))


def test_wanted_names_who_is_to_act() -> None:
    assert clauses.wanted(word("Moscow expects Belgrade to align its policy.", "expects")).text == "Belgrade"
    assert clauses.wanted(word("The minister said the talks went well.", "said")) is None


def test_reported_content_and_its_main_verb() -> None:
    doc = nlp.load()("The minister said that China did not answer the call.")
    said, answer = doc[2], doc[7]
    assert clauses.reported_content(answer) and not clauses.reported_content(said)
    content = list(doc[4:10])
    assert clauses.is_main(answer, content) and not clauses.is_main(doc[9], content)
