"""How a document says who speaks: headings, headlines, lead-ins and transcripts."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract.quotes import quote_regions
from kg.extract.voice import (asked, first_line, heading_speaker, headline_start, is_headline, opening_quote,
                              question_turns, release_heading, section_end, state_voices, voice_headings)


def test_voice_heading_table_has_every_kind() -> None:
    kinds = voice_headings()
    assert {"statement", "connector", "proxy", "release"} <= kinds.keys()
    assert "declaration" in kinds["statement"] and "on behalf of" in kinds["proxy"]


@pytest.mark.parametrize(("heading", "speaker"), [
    ("Statement by Foreign Minister Kim Sung-han on the Missile Launch", "Foreign Minister Kim Sung-han"),
    ("Declaration by the High Representative on behalf of the EU on the elections in Moldova", "the EU"),
])
def test_heading_speaker_stops_at_the_topic(heading: str, speaker: str) -> None:
    where = heading_speaker(heading)
    assert where is not None and heading[where[0]:where[1]] == speaker


def test_plain_headline_names_no_speaker() -> None:
    assert heading_speaker("Seoul and Tokyo agree to resume talks") is None


def test_release_heading_after_number_and_date() -> None:
    assert release_heading().search("No: 176, 14 July 2026, Press Release Regarding the Attack")
    assert not release_heading().search("The ministry released a statement on Friday.")


def test_state_voice_table_names_kcna() -> None:
    assert state_voices().get("KCNA") == "PRK"


def test_headline_below_a_date_line() -> None:
    text = "July 24, 2026\nLavrov Meets Omani Counterpart in Moscow\n\nMOSCOW, July 24 -- Talks were held."
    assert headline_start(text) == text.index("Lavrov")


def test_section_ends_at_a_short_heading_line() -> None:
    text = "Intro:\nWe condemn the launch.\nBackground information\nMore."
    position = text.index("We")
    assert section_end(text, position) == text.index("Background")
    assert section_end("Intro:\nWe condemn the launch.", position) == len("Intro:\nWe condemn the launch.")


def test_opening_quote_of_the_next_paragraph() -> None:
    text = 'Foreign Secretary Cooper said:\n"We condemn this attack."'
    quotes = quote_regions(text)
    found = opening_quote(text, text.index(":") + 1, quotes)
    assert found is not None and text[found.start:found.end].startswith("We condemn")


def test_question_turns_cover_only_the_questions() -> None:
    text = "QUESTION: Will the minister meet Wang Yi?\nA: The minister met him on Friday."
    turns = question_turns(text)
    assert turns == [(0, text.index("\n"))]


@pytest.mark.slow
def test_journalists_question_is_asked() -> None:
    text = "QUESTION: Will the minister meet Wang Yi?\nA: The minister met him on Friday."
    doc = nlp.load()(text)
    question, answer = [s for s in doc.sents if s.text.strip()][:2]
    assert asked(question, question_turns(text)) and not asked(answer, question_turns(text))


@pytest.mark.slow
def test_headline_is_a_short_line_before_a_blank_one() -> None:
    text = "Seoul Summons Japanese Envoy over Textbooks\n\nSEOUL, March 13 -- South Korea summoned the envoy."
    doc = nlp.load()(text)
    line = first_line(doc)
    assert line is not None and line.text == "Seoul Summons Japanese Envoy over Textbooks" and is_headline(line)
    lead = nlp.load()("South Korea summoned the Japanese envoy on Friday.\n\nThe ministry said more.")
    assert not is_headline(first_line(lead))
