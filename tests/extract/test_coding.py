"""Tests for kg.extract.coding: the packaged codebook, lexicons, tone and polarity."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from kg.api import extract_text
from kg.extract.coding import (
    CameoCode,
    Lexicon,
    VerbSense,
    cameo_code,
    cameo_codes,
    cue_modifiers,
    desist_words,
    polarity,
    read_cues,
    read_tone,
    read_verbs,
)

DATA = Path(__file__).resolve().parents[2] / "kg" / "data"


def sense(lemma: str, complement: str | None, cameo: str, target: str | None = None) -> VerbSense:
    return VerbSense(lemma, complement, cameo, speech=False, symmetric=False, target=target)


# --- the packaged tables -------------------------------------------------------------

def test_packaged_tables_load_with_enough_rows() -> None:
    assert len(cameo_codes()) == 312
    assert len(read_verbs(DATA / "verbs.csv")) >= 150
    assert len(read_cues(DATA / "statement_cues.csv")) >= 80
    assert len(read_tone(DATA / "tone.csv")) >= 150
    assert Lexicon.default() is Lexicon.default()


def test_every_lexicon_code_is_in_the_codebook() -> None:
    codes = set(cameo_codes())
    verb_codes = {sense.cameo for sense in read_verbs(DATA / "verbs.csv")}
    cue_codes = {code for _, code in read_cues(DATA / "statement_cues.csv")}
    assert verb_codes - codes == set()
    assert cue_codes - codes == set()


def test_verb_rows_are_unique_per_lemma_and_complement() -> None:
    keys = Counter((s.lemma, s.complement) for s in read_verbs(DATA / "verbs.csv"))
    assert [key for key, count in keys.items() if count > 1] == []


def test_statement_cues_are_unique() -> None:
    cues = Counter(cue for cue, _ in read_cues(DATA / "statement_cues.csv"))
    assert [cue for cue, count in cues.items() if count > 1] == []


def test_tone_scores_lie_in_range() -> None:
    scores = read_tone(DATA / "tone.csv")
    assert all(-1.0 <= score <= 1.0 for score in scores.values())
    assert scores["friendly"] == 0.8
    assert scores["concern"] == -0.3


def test_british_and_american_spellings_share_senses() -> None:
    lexicon = Lexicon.default()
    for american, british in [("criticize", "criticise"), ("emphasize", "emphasise"),
                              ("apologize", "apologise"), ("recognize", "recognise"),
                              ("mobilize", "mobilise"), ("favor", "favour")]:
        assert [(s.complement, s.cameo) for s in lexicon.senses(american)] == \
               [(s.complement, s.cameo) for s in lexicon.senses(british)]
        assert lexicon.senses(american)


# --- the codebook --------------------------------------------------------------------

def test_cameo_code_fields_come_from_the_icews_table() -> None:
    assert cameo_code("051") == CameoCode(code="051", name="Praise or endorse", root="05",
                                          goldstein=3.4, quad=1, plover="SUPPORT")
    # Weights where the ICEWS table differs from other Goldstein tables.
    assert cameo_code("163").goldstein == -8.0
    assert cameo_code("0874").goldstein == 10.0
    assert cameo_code("016").goldstein == -5.0


def test_unknown_code_raises_a_helpful_key_error() -> None:
    with pytest.raises(KeyError, match="did you mean '051'"):
        cameo_code("51")
    with pytest.raises(KeyError, match="kg/data/cameo.csv"):
        cameo_code("999")


@pytest.mark.parametrize(("roots", "quad"), [
    (range(1, 2), 0), (range(2, 6), 1), (range(6, 9), 2), (range(9, 14), 3), (range(14, 21), 4),
])
def test_quad_class_follows_the_root(roots: range, quad: int) -> None:
    wanted = {f"{root:02d}" for root in roots}
    entries = [entry for entry in cameo_codes().values() if entry.root in wanted]
    assert {entry.root for entry in entries} == wanted
    assert {entry.quad for entry in entries} == {quad}


def test_statements_and_appeals_have_no_plover_type() -> None:
    for entry in cameo_codes().values():
        if entry.root in ("01", "02"):
            assert entry.plover is None, entry.code
        else:
            assert entry.plover, entry.code


def test_plover_type_prefers_the_code_over_its_root() -> None:
    # The conversion table moves 163 (sanctions) to COERCE although root 16 is SANCTION.
    assert cameo_code("16").plover == "SANCTION"
    assert cameo_code("163").plover == "COERCE"
    assert cameo_code("0841").plover == "RETREAT"
    assert cameo_code("08").plover == "CONCEDE"


# --- verb senses ---------------------------------------------------------------------

def test_complement_sense_wins_over_the_default() -> None:
    lexicon = Lexicon.default()
    assert lexicon.verb_sense("impose", ["sanction", "on"]).cameo == "163"
    assert lexicon.verb_sense("impose", ["fine"]).cameo == "170"
    assert lexicon.verb_sense("impose").cameo == "170"
    assert lexicon.verb_sense("Impose", ["Curfew"]).cameo == "1723"


def test_mutual_acts_are_symmetric_and_speech_verbs_are_marked() -> None:
    lexicon = Lexicon.default()
    talks = lexicon.verb_sense("hold", ["talk", "with"])
    assert (talks.cameo, talks.symmetric, talks.target) == ("040", True, "with")
    assert lexicon.verb_sense("sign", ["agreement"]).symmetric
    say = lexicon.verb_sense("say")
    assert (say.cameo, say.speech, say.target) == ("010", True, "content")
    condemn = lexicon.verb_sense("condemn")
    assert (condemn.cameo, condemn.speech, condemn.target) == ("111", False, "dobj")
    assert lexicon.verb_sense("point", ["out"]).speech


def test_verb_sense_is_none_without_a_matching_sense() -> None:
    lexicon = Lexicon.default()
    assert lexicon.verb_sense("frobnicate") is None
    assert lexicon.senses("frobnicate") == []
    # "sign" only codes with a signed document attached.
    assert lexicon.verb_sense("sign", ["decree"]) is None
    assert lexicon.verb_sense("sign", ["treaty"]).cameo == "057"


def test_first_listed_complement_sense_wins() -> None:
    # "fired missiles at X" is an attack, "fired missiles" alone a show of force.
    lexicon = Lexicon.default()
    assert lexicon.verb_sense("fire", ["missile", "at"]).cameo == "190"
    assert lexicon.verb_sense("fire", ["missile"]).cameo == "150"


def test_lexicon_rejects_bad_rows() -> None:
    with pytest.raises(ValueError, match="listed twice"):
        Lexicon([sense("meet", None, "040"), sense("meet", None, "042")], [], {})
    with pytest.raises(ValueError, match="unknown CAMEO code '999'"):
        Lexicon([sense("meet", None, "999")], [], {})
    with pytest.raises(ValueError, match="target 'at'"):
        Lexicon([sense("meet", None, "040", target="at")], [], {})
    with pytest.raises(ValueError, match="unknown CAMEO code '77'"):
        Lexicon([], [("welcome", "77")], {})
    with pytest.raises(ValueError, match=r"\[-1, 1\]"):
        Lexicon([], [], {"friendly": 1.5})


def test_from_files_reads_the_csv_formats(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.csv"
    verbs.write_text("lemma,complement,cameo,speech,symmetric,target\n"
                     "meet,,040,0,1,with\nsay,,010,1,0,content\n", encoding="utf-8")
    cues = tmp_path / "cues.csv"
    cues.write_text("cue,cameo\nwelcome,051\n", encoding="utf-8")
    tone = tmp_path / "tone.csv"
    tone.write_text("lemma,score\nfriendly,0.8\n", encoding="utf-8")
    lexicon = Lexicon.from_files(verbs, cues, tone)
    assert lexicon.verb_sense("meet") == VerbSense("meet", None, "040", False, True, "with")
    assert lexicon.statement_code(["we", "welcome", "it"]) == "051"
    assert lexicon.tone(["friendly"]) == 0.8

    verbs.write_text("lemma,complement,cameo,speech,symmetric,target\n"
                     "meet,,040,yes,1,with\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: expected 0 or 1"):
        read_verbs(verbs)


# --- statement cues ------------------------------------------------------------------

def test_statement_code_prefers_the_longest_cue() -> None:
    lexicon = Lexicon.default()
    assert lexicon.statement_code(["end", "its", "hostile", "policy"]) == "111"
    assert lexicon.statement_code(["a", "hostile", "act"]) == "110"
    assert lexicon.statement_code(["they", "pose", "a", "threat"]) == "112"
    assert lexicon.statement_code(["a", "threat"]) == "111"
    assert lexicon.statement_code(["Ready", "to", "cooperate"]) == "030"


def test_statement_code_breaks_ties_by_position_then_file_order() -> None:
    lexicon = Lexicon([], [("talk", "036"), ("condemn", "111"), ("condemn talk", "110"),
                           ("welcome", "051"), ("hostile", "110")], {})
    assert lexicon.statement_code(["welcome", "and", "condemn"]) == "051"
    assert lexicon.statement_code(["condemn", "and", "welcome"]) == "111"
    assert lexicon.statement_code(["welcome", "condemn", "talk"]) == "110"
    assert lexicon.statement_code(["nothing", "here"]) is None
    assert lexicon.statement_code([]) is None


def test_statement_code_reads_diplomatic_content() -> None:
    lexicon = Lexicon.default()
    content = "the people of Russia and Korea maintain a friendly attitude"
    assert lexicon.statement_code(content.split()) == "051"
    assert lexicon.statement_code("we urge Japan to show restraint".split()) == "0256"
    assert lexicon.statement_code("this be a gross violation of human right".split()) == "112"


# --- tone ----------------------------------------------------------------------------

def test_tone_is_the_mean_of_tone_words() -> None:
    lexicon = Lexicon.default()
    assert lexicon.tone(["friendly", "attitude"]) == 0.8
    assert lexicon.tone(["friendly", "hostile"]) == pytest.approx(0.0)
    assert lexicon.tone(["Provocation", "concern"]) == pytest.approx(-0.55)
    assert lexicon.tone(["the", "weather"]) == 0.0
    assert lexicon.tone([]) == 0.0


# --- polarity ------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "expected"), [
    ("057", 1), ("051", 1), ("040", 1),
    ("111", -1), ("163", -1), ("190", -1),
])
def test_polarity_follows_the_goldstein_sign_outside_statements(code: str, expected: int) -> None:
    assert polarity(code) == expected
    assert polarity(code, tone=-expected) == expected


@pytest.mark.parametrize("code", ["020", "026"])
def test_appeal_polarity_follows_tone_only(code: str) -> None:
    assert polarity(code) == 0
    assert polarity(code, tone=0.5) == 1
    assert polarity(code, tone=-0.5) == -1


@pytest.mark.parametrize("code", ["024", "025", "0253"])
def test_appeals_to_yield_or_reform_press_the_target(code: str) -> None:
    assert polarity(code) == -1
    assert polarity(code, tone=0.5) == -1


@pytest.mark.parametrize("code", ["0256", "027"])
def test_calls_for_restraint_or_settlement_lean_neither_way(code: str) -> None:
    # "urge both sides to exercise restraint and avoid escalating tensions"
    assert polarity(code, tone=-0.6) == 0
    assert polarity(code, tone=0.5) == 0


def test_statement_polarity_follows_tone() -> None:
    assert polarity("010") == 0
    assert polarity("010", tone=0.8) == 1
    assert polarity("010", tone=-0.3) == -1
    assert polarity("010", tone=0.15) == 0
    assert polarity("018") == 1
    assert polarity("016") == -1
    assert polarity("011") == 0
    assert polarity("016", tone=0.5) == 1


def test_refusals_and_threats_keep_their_polarity_when_negated() -> None:
    # "we will never accept", "New Delhi will not tolerate attacks": the negation makes them
    assert polarity("120", negated=True) == -1
    assert polarity("125", negated=True) == -1
    assert polarity("130", negated=True) == -1


def test_an_act_that_did_not_happen_leans_neither_way() -> None:
    assert polarity("043", negated=True) == 0
    assert polarity("051", negated=True) == 0
    assert polarity("111", negated=True) == 0
    assert polarity("163", negated=True) == 0
    assert polarity("010", negated=True) == 0
    assert polarity("010", tone=0.8, negated=True) == 0
    assert polarity("010", tone=-0.8, negated=True) == 0


def test_packaged_csv_headers() -> None:
    headers = {name: next(csv.reader((DATA / name).open(encoding="utf-8")))
               for name in ("cameo.csv", "verbs.csv", "statement_cues.csv", "tone.csv")}
    assert headers == {
        "cameo.csv": ["code", "name", "root", "goldstein", "quad", "plover"],
        "verbs.csv": ["lemma", "complement", "cameo", "speech", "symmetric", "target"],
        "statement_cues.csv": ["cue", "cameo"],
        "tone.csv": ["lemma", "score"],
    }


def test_negators_reverse_the_tone_of_nearby_words() -> None:
    lexicon = Lexicon.default()
    assert lexicon.tone(["not", "friendly"]) == -0.8
    assert lexicon.tone(["pose", "no", "threat"]) == 0.6
    assert lexicon.tone("do not engage in criticism".split()) == 0.6
    # Beyond the window the negator no longer applies.
    assert lexicon.tone("not that we ever see it as friendly".split()) == 0.8


def test_negated_criticism_is_a_negated_conflict() -> None:
    lexicon = Lexicon.default()
    content = "Russia do not engage in criticism of Korea".split()
    code = lexicon.statement_code(content)
    assert code == "111"
    assert polarity(code, lexicon.tone(content), negated=True) == 0


# --- cues that skip modifiers, verb slots, quotes ------------------------------------

def lemmas(text: str) -> list[str]:
    """Hand-lemmatised content, as the parser gives it: space-separated lemmas."""
    return text.split()


@pytest.mark.parametrize(("content", "expected"), [
    ("France attach great importance to its relation with China", "051"),
    ("Moscow highly value its friendship with Hanoi", "051"),
    ("we urge both India and Pakistan to exercise maximum restraint", "0256"),
    ("all party should exercise the utmost restraint", "0256"),
    ("Beijing firmly oppose the arm sale", "110"),
    ("Brussels have again choose the path of self - destruction", "111"),
    ("the ROK have no right to talk about humanitarianism", "111"),
    ("such step only poison the atmosphere", "111"),
    ("Greece will defend its sovereign right with every legal mean at its disposal", "130"),
    ("we will not allow anyone to threaten our people", "130"),
    ("those who play with fire will get burn", "130"),
    ("Tokyo will respond calmly but firmly", "130"),
    ("Pyongyang have no interest in any proposal from Seoul", "120"),
    ("the North would never sit face to face with the South", "125"),
    ("this be a small but important step", "013"),
    ("the two side should properly handle friction and difference", "027"),
    ("North Korea should return to dialogue without delay", "026"),
    ("Japan must stop its provocation around the island", "025"),
])
def test_statement_code_reads_wire_phrasing(content: str, expected: str) -> None:
    assert Lexicon.default().statement_code(lemmas(content)) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("if they shell our village again , the response will be much strong", "130"),
    ("any new test would mean that the response would be even strong", "130"),
    ("the plan draw a strong response from business", None),  # a reaction, not a threat
])
def test_a_stronger_response_announced_is_a_threat(content: str, expected: str | None) -> None:
    assert Lexicon.default().statement_code(lemmas(content)) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Turkey be ready to host Russian and Ukrainian negotiator", "036"),  # host → 043 → intent to meet
    ("China be ready to provide assistance to Pakistan", "033"),  # provide → 070 → intent to aid
    ("Moscow be prepared to impose sanction on Chisinau", "131"),  # a planned sanction is a threat
    ("Beijing be ready to import more Indian pharmaceutical", "030"),  # unknown verb: the cue's own code
    ("France be willing to further strengthen communication with China", "030"),  # modifier before the slot
])
def test_readiness_takes_the_intent_of_the_verb_it_announces(content: str, expected: str) -> None:
    assert Lexicon.default().statement_code(lemmas(content)) == expected


@pytest.mark.parametrize("content", [
    "Moscow request an urgent meeting with the deputy minister",
    "Guterres call for direct talk between the two government",
    "the bloc urge both side to return to negotiation",
])
def test_asking_others_to_meet_is_an_appeal_to_meet(content: str) -> None:
    assert Lexicon.default().statement_code(lemmas(content)) == "026"


def test_a_verb_slot_must_end_its_cue() -> None:
    with pytest.raises(ValueError, match="verb slot"):
        Lexicon([], [("ready * to", "030")], {})
    with pytest.raises(ValueError, match="verb slot"):
        Lexicon([], [("*", "030")], {})


@pytest.mark.parametrize(("content", "expected"), [
    ("the Lee group have once again reveal its true color", "111"),
    ("Tokyo have show its true colour", "111"),
    ("Kinshasa be try to hide its army 's link with a militia found after the genocide", "112"),
    ("Moscow be try to cover up the attack", "112"),
    ("while Rwanda trample on every commitment it make", "112"),
    ("the Secretary - General be also alarmed that the authority have not renew the permit", "110"),
    ("Seoul show its true strength in the final", None),
])
def test_charges_and_alarm_in_wire_phrasing(content: str, expected: str | None) -> None:
    assert Lexicon.default().statement_code(lemmas(content)) == expected


def test_cues_skip_at_most_two_modifiers_and_only_inside() -> None:
    lexicon = Lexicon([], [("exercise restraint", "0256"), ("oppose", "110")], {})
    assert lexicon.statement_code(lemmas("exercise the utmost restraint")) == "0256"
    assert lexicon.statement_code(lemmas("exercise again the utmost restraint")) is None
    assert lexicon.statement_code(lemmas("exercise political restraint")) is None  # not a modifier
    assert lexicon.statement_code(lemmas("firmly oppose")) == "110"


def test_cues_read_through_quotation_marks() -> None:
    content = ["Beijing", "be", '"', "seriously", "concern", '"', "about", "the", "export"]
    assert Lexicon.default().statement_code(content) == "110"


def test_a_cue_in_a_condition_yields_to_the_clause_it_conditions() -> None:
    lexicon = Lexicon([], [("reckless", "111"), ("countermeasure", "130")], {})
    # "If Tokyo keeps up its reckless patrols, we will take countermeasures": a threat
    assert lexicon.statement_code(lemmas("if Tokyo keep up its reckless patrol , we will take countermeasure")) == "130"
    assert lexicon.statement_code(lemmas("we will take countermeasure unless Tokyo end its reckless patrol")) == "130"
    # with no cue of its own, the main clause still takes the condition's
    assert lexicon.statement_code(lemmas("if Tokyo keep up its reckless patrol , we will watch")) == "111"


def test_desist_words_make_what_they_end_hostile() -> None:
    lexicon = Lexicon.default()
    # "urged Moscow to halt its military cooperation with Pyongyang" presses Moscow
    assert lexicon.tone(lemmas("Moscow to halt its military cooperation")) < 0
    # "to stop its provocations" stays hostile (a negator would have flipped it)
    assert lexicon.tone(lemmas("Tokyo to stop its provocation")) < 0
    assert lexicon.tone(lemmas("we welcome the cooperation")) > 0


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo", "expected_polarity"), [
    ("Foreign Minister Jean-Noel Barrot said that France attaches great importance to its "
     "relations with China.", "051", 1),
    ('"We urge both India and Pakistan to exercise maximum restraint," U.N. spokesman '
     "Stephane Dujarric told reporters.", "0256", 0),
    ('"We will never accept any proposal for talks from Seoul," Kim Yo Jong said of South Korea.',
     "120", -1),
])
def test_statements_are_coded_end_to_end(text: str, cameo: str, expected_polarity: int) -> None:

    records = extract_text(text, published="2026-03-01")
    codes = {(record["cameo"], record["polarity"]) for record in records}
    assert (cameo, expected_polarity) in codes


def test_cue_words_table_gives_modifiers_and_desist_words() -> None:
    assert {"maximum", "firmly"} <= cue_modifiers()
    assert {"stop", "halt"} <= desist_words()
    assert not cue_modifiers() & desist_words()
