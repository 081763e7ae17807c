"""The act lexicon tables (kg/data/verbs.csv, kg/data/event_nouns.csv): checked row by row,
then read through the whole extractor on wire-style sentences written for these tests."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import kg
from kg.article import Article
from kg.extract import default_extractor
from kg.extract.actors import quantity_nouns
from kg.extract.coding import TARGET_SLOTS, Lexicon, cameo_codes, read_verbs
from kg.extract.events import act_nouns, cognition_verbs, domestic_codes, drill_nouns, enacting_verbs

DATA = Path(kg.__file__).parent / "data"
PUBLISHED = date(2026, 3, 13)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# -- table-level checks ---------------------------------------------------------------------
def test_every_verb_row_names_a_codebook_code_and_a_known_slot() -> None:
    codes = cameo_codes()
    for sense in read_verbs(DATA / "verbs.csv"):
        assert sense.cameo in codes, (sense.lemma, sense.complement, sense.cameo)
        assert sense.target is None or sense.target in TARGET_SLOTS, (sense.lemma, sense.target)


def test_no_verb_row_repeats_its_lemma_and_complement() -> None:
    keys = Counter((row["lemma"].strip().lower(), row["complement"].strip().lower())
                   for row in _rows("verbs.csv"))
    assert [key for key, count in keys.items() if count > 1] == []


def test_every_event_noun_names_a_codebook_code_once() -> None:
    rows = _rows("event_nouns.csv")
    assert all(row["cameo"] in cameo_codes() and row["symmetric"] in ("0", "1") for row in rows)
    lemmas = Counter(row["lemma"] for row in rows)
    assert [lemma for lemma, count in lemmas.items() if count > 1] == []


def test_complement_rows_refine_general_verbs() -> None:
    lexicon = Lexicon.default()
    assert lexicon.verb_sense("lift", ["sanction", "on"]).cameo == "085"
    assert lexicon.verb_sense("lift", ["state", "emergency"]).cameo == "0814"
    assert lexicon.verb_sense("lift", ["curfew"]).cameo == "0813"
    assert lexicon.verb_sense("lift", ["finger"]) is None  # "lift" alone codes nothing
    assert lexicon.verb_sense("withdraw", ["troop", "from"]).cameo == "0874"
    assert lexicon.verb_sense("withdraw", ["peacekeeping", "troop"]).cameo == "1661"
    assert lexicon.verb_sense("release", ["fisherman"]).cameo == "0841"
    assert lexicon.verb_sense("release", ["video"]).speech  # publishing is a statement, not a release
    assert lexicon.verb_sense("launch", ["air", "strike"]).cameo == "195"
    assert lexicon.verb_sense("launch", ["strike"]).cameo == "190"
    assert lexicon.verb_sense("back", ["down"]).cameo == "080"
    assert lexicon.verb_sense("reimpose", ["blockade", "on"]).cameo == "191"
    assert lexicon.verb_sense("mount", ["invasion"]).cameo == "190"
    assert lexicon.verb_sense("mount", ["exhibition"]) is None  # "mount" alone codes nothing
    assert lexicon.verb_sense("launch", ["mediation"]).cameo == "045"
    assert lexicon.verb_sense("speed", ["up", "withdrawal"]).cameo == "0874"
    assert lexicon.verb_sense("capture", ["stronghold"]).cameo == "192"
    assert lexicon.verb_sense("seize", ["weapon"]).cameo == "1711"  # the general sense stays
    assert lexicon.verb_sense("force", ["out"]).cameo == "174"
    assert lexicon.verb_sense("force", ["resignation"]) is None
    assert lexicon.verb_sense("back").cameo == "051"
    assert lexicon.verb_sense("open", ["case", "against"]).cameo == "091"
    assert lexicon.verb_sense("suspend", ["drill"]).cameo == "087"
    assert lexicon.verb_sense("suspend", ["sanction"]).cameo == "085"
    assert lexicon.verb_sense("threaten", ["war"]).cameo == "138"


# -- through the extractor ------------------------------------------------------------------
def _events(text: str) -> list[dict]:
    article = Article(id="lexicon-test", text=text, published=PUBLISHED)
    return [event.to_record() for event in default_extractor().extract(article)]


def _coded(text: str) -> set[tuple[str, str | None, str]]:
    """(source state, target state, CAMEO code) of every event of a one-sentence story."""
    return {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"]) for r in _events(text)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # RETREAT and CONCEDE (08)
    ("BRUSSELS, March 13 -- The European Union lifted sanctions on Belarus on Friday.", ("EU", "BLR", "085")),
    ("SEOUL, March 13 (Yonhap) -- North Korea released two South Korean fishermen on Friday.",
     ("PRK", "KOR", "0841")),
    ("The United States pulled its forces out of Syria last month.", ("USA", "SYR", "0874")),
    ("Washington and Seoul suspended their joint military drills with Japan.", ("USA", "JPN", "087")),
    ("China announced a unilateral ceasefire along the border with India.", ("CHN", "IND", "0871")),
    # AID (07)
    ("Japan sent 20 tons of relief supplies to Turkey on Friday.", ("JPN", "TUR", "070")),
    # THREATEN (13) and MOBILIZE (15)
    ("North Korea threatened war against South Korea on Friday.", ("PRK", "KOR", "138")),
    ("Japan scrambled fighter jets after Chinese aircraft approached its airspace.", ("JPN", "CHN", "150")),
    # SANCTION and COERCE (16, 17)
    ("The United States suspended flights to Venezuela on Friday.", ("USA", "VEN", "163")),
    ("Washington froze aid to Cambodia.", ("USA", "KHM", "162")),
    ("The United States imposed a blockade on Cuba.", ("USA", "CUB", "191")),
    ("Russia's Investigative Committee opened a criminal case against the Ukrainian commander.",
     ("RUS", "UKR", "091")),
    # ASSAULT and FIGHT (18-19)
    ("Israeli warplanes carried out air strikes on Gaza overnight.", ("ISR", "PSE", "195")),
    ("Turkish troops opened fire on Syrian Kurdish fighters.", ("TUR", "SYR", "190")),
    ("Israel mounted an invasion of Lebanon.", ("ISR", "LBN", "190")),
    # older copy: old state names and communities named by another state's demonym
    ("The Soviet Union completed the withdrawal of its troops from Afghanistan.", ("RUS", "AFG", "0874")),
    ("Zaire expelled Belgian diplomats.", ("COD", "BEL", "161")),
    ("Bosnian Serb forces shelled Sarajevo on Monday.", ("BIH", "BIH", "194")),
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", ("SRB", "SRB", "141")),
])
def test_act_is_coded_with_source_and_target(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.slow
def test_exchange_of_fire_is_mutual() -> None:
    coded = _coded("Indian and Pakistani troops exchanged fire along the Line of Control on Friday.")
    assert {("IND", "PAK", "190"), ("PAK", "IND", "190")} <= coded


@pytest.mark.slow
def test_announced_easing_is_an_intent_and_a_denied_one_is_negated() -> None:
    assert ("KOR", "PRK", "035") in _coded("South Korea will lift sanctions on North Korea.")
    denied = [r for r in _events("The United States did not lift sanctions on Iran.") if r["cameo"] == "085"]
    assert [(r["negated"], r["polarity"]) for r in denied] == [(True, 0)]


@pytest.mark.slow
def test_publishing_material_is_no_release_of_people() -> None:
    records = _events("The Defense Ministry of Russia released a video of the strike on Friday.")
    assert not any(r["root"] == "08" for r in records)


def test_drill_nouns_are_single_lowercase_lemmas() -> None:
    lemmas = drill_nouns()
    assert "drill" in lemmas and "exercise" in lemmas
    assert all(lemma == lemma.strip().lower() and " " not in lemma for lemma in lemmas)


def test_cognition_verbs_are_speech_verbs_of_the_lexicon() -> None:
    verbs = cognition_verbs()
    assert {"believe", "expect"} <= verbs
    assert all(any(sense.speech for sense in Lexicon.default().senses(lemma)) for lemma in verbs)


def test_every_act_noun_names_a_verb_of_the_lexicon() -> None:
    nouns = act_nouns()
    assert nouns["expulsion"] == "expel"
    assert all(Lexicon.default().senses(verb) for verb in nouns.values())


def test_enacting_verbs_are_single_lowercase_lemmas() -> None:
    verbs = enacting_verbs()
    assert {"announce", "order", "approve"} <= verbs
    assert all(lemma == lemma.strip().lower() and " " not in lemma for lemma in verbs)


def test_domestic_codes_are_codebook_codes() -> None:
    codes = domestic_codes()
    assert {"0814", "1723", "143"} <= codes
    assert codes <= set(cameo_codes())


def test_quantity_nouns_are_single_lowercase_lemmas() -> None:
    lemmas = quantity_nouns()
    assert {"thousand", "hundred", "dozen"} <= lemmas
    assert all(lemma == lemma.strip().lower() and " " not in lemma for lemma in lemmas)
