"""Events named by nouns (kg.extract.nominal): the noun table, and the parties, sources,
targets and dates found on wire-style sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import nominal
from kg.actors.gazetteer import Gazetteer
from kg.article import Article
from kg.extract import default_extractor
from kg.extract.actors import DocumentActors
from kg.extract.events import parse_text
from kg.extract.nominal import NounPredicate, event_nouns, nominal_events

PUBLISHED = date(2026, 6, 2)  # a Tuesday


# -- the table -------------------------------------------------------------------------------
def test_mutual_nouns_name_parties_and_directed_nouns_a_source_and_a_target() -> None:
    nouns = event_nouns()
    assert nouns["talk"].symmetric and nouns["talk"].target == ()
    assert nouns["airstrike"].source == ("poss", "amod", "by")
    assert "clause" in nouns["rebuke"].target
    assert nouns["exchange"].requires == "fire"
    assert all(noun.target for noun in nouns.values() if not noun.symmetric)


def test_a_row_with_an_unknown_slot_is_refused_with_its_lemma(monkeypatch: pytest.MonkeyPatch) -> None:
    row = {"lemma": "blockade", "cameo": "191", "symmetric": "0", "source": "poss", "target": "onto",
           "requires": "", "note": ""}
    monkeypatch.setattr(nominal, "package_table", lambda *parts, required=(): [row])
    event_nouns.cache_clear()
    try:
        with pytest.raises(ValueError, match="'blockade'"):
            event_nouns()
    finally:
        monkeypatch.undo()
        event_nouns.cache_clear()


# -- on sentences ----------------------------------------------------------------------------
def _nominal(text: str) -> list[tuple[set[str], set[str] | None, str, str | None]]:
    """(source states, target states, CAMEO code, date) of each event a noun names in a story."""
    extractor = default_extractor()
    doc = extractor.nlp(parse_text(text))
    actors = DocumentActors.build(doc, Gazetteer.default(), PUBLISHED)
    found = []
    for sentence in doc.sents:
        for predicate in nominal_events(sentence, actors, [], lambda p: extractor._date(p, PUBLISHED)):
            assert isinstance(predicate, NounPredicate)
            targets = {t.country for t in predicate.targets} if predicate.targets is not None else None
            found.append(({s.country for s in predicate.sources}, targets, predicate.sense.cameo,
                          predicate.date.iso() if predicate.date else None))
    return found


@pytest.mark.slow
def test_a_nationality_names_the_attacker_and_on_the_target() -> None:
    assert _nominal("Israeli airstrikes on Gaza killed at least 20 people on Tuesday, health officials said.") == [
        ({"ISR"}, {"PSE"}, "195", "2026-06-02")]


@pytest.mark.slow
def test_by_names_the_actor_and_the_date_on_the_noun_dates_the_act() -> None:
    assert _nominal("India said the firing by Pakistani troops on Indian posts on Sunday was unprovoked.") == [
        ({"PAK"}, {"IND"}, "190", "2026-05-31")]


@pytest.mark.slow
def test_a_participle_with_its_doer_tells_the_act_even_as_an_object() -> None:
    # "condemned the strikes carried out by …": the strikes are an act of their own, dated on the participle
    assert _nominal("Jordan condemned the strikes carried out by Israel on Sunday on targets in Syria.") == [
        ({"ISR"}, {"SYR"}, "190", "2026-05-31")]


@pytest.mark.slow
def test_what_a_clause_draws_from_a_state_is_aimed_at_the_clause_subject() -> None:
    assert _nominal("Japan and the Philippines on Monday began joint drills under an agreement that took "
                    "effect last year, drawing a sharp rebuke from China.") == [
        ({"CHN"}, {"JPN", "PHL"}, "111", "2026-06-01")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The talks come amid U.S. sanctions on Iran.",  # background: no date, not what the clause reports
    "Russia condemned new U.S. sanctions on Iran.",  # the condemnation is the event; the verb codes it
    "Anti-Japanese protests erupted in several Chinese cities on Sunday.",  # no state protests
    "The move drew sharp criticism from Beijing.",  # the clause's subject names no state
])
def test_background_and_half_named_acts_are_no_events(text: str) -> None:
    assert _nominal(text) == []


@pytest.mark.slow
def test_a_participle_on_the_noun_dates_the_meeting() -> None:
    assert _nominal("Talks between Russia and Ukraine, held in Istanbul in May, produced a prisoner exchange.") == [
        ({"RUS", "UKR"}, None, "040", "2026-05")]


@pytest.mark.slow
def test_a_dated_signing_names_its_parties_in_the_agreement() -> None:
    found = _nominal("Xi noted that this year marks the 25th anniversary of the signing of the China-Russia "
                     "Treaty of Good-Neighborliness in 2001.")
    assert found == [({"CHN", "RUS"}, None, "057", "2001")]


@pytest.mark.slow
def test_an_undated_possessive_meeting_is_not_told_again() -> None:
    found = _nominal("Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov "
                     "in Moscow on Tuesday. It was their first meeting since the spring.")
    assert found == []


@pytest.mark.slow
def test_a_directed_noun_becomes_a_coded_event() -> None:
    article = Article(id="nominal-test", text="U.S. sanctions on Iranian oil exports took effect on Monday.",
                      published=PUBLISHED)
    coded = {(e.source.country, e.target.country if e.target else None, e.cameo, e.date)
             for e in default_extractor().extract(article)}
    assert ("USA", "IRN", "163", "2026-06-01") in coded
