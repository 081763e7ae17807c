"""Tests for kg.eval: hand-made gold and predictions with figures worked out by hand."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from kg.eval import (
    PRF,
    PloverScores,
    ProjectScores,
    detect_gold_kind,
    load_gold,
    plover_gold_dyads,
    render,
    score_plover,
    score_project,
    scores_dict,
    speaker_agrees,
)

DATA = Path(__file__).parent / "data" / "eval"


def load_predicted(name: str) -> dict[str, list[dict[str, Any]]]:
    """Event records of a JSONL file, grouped by their `article` field, as `kg eval` passes them."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        grouped[record["article"]].append(record)
    return dict(grouped)


def record(source: str | None, target: str | None, *, sentence: str = "", date: str | None = "2026-03-03",
           root: str = "11", plover: str | None = "DISAPPROVE", polarity: int = -1,
           name: str = "", kind: str = "country") -> dict[str, Any]:
    """A minimal event record with the fields scoring reads."""
    return {
        "sentence": sentence,
        "source": {"name": name or str(source), "country": source, "kind": kind},
        "target": None if target is None else {"name": target, "country": target, "kind": "country"},
        "date": date, "root": root, "plover": plover, "polarity": polarity,
    }


def plover_row(sentence_id: str, event: str, sources: list[str], targets: list[str],
               reciprocal: bool = False) -> dict[str, Any]:
    return {"id": sentence_id, "text": f"Sentence {sentence_id}.", "event": event,
            "source": [{"text": code, "code": code} for code in sources],
            "target": [{"text": code, "code": code} for code in targets], "reciprocal": reciprocal}


def project_row(source: str, target: str, evidence: str, *, article: str = "art", date: str = "2026-03-03",
                root: str = "11", polarity: int = -1, speaker: str | None = None,
                phenomena: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"article": article, "source": source, "target": target, "date": date, "root": root,
            "polarity": polarity, "speaker": speaker, "negated": False, "evidence": evidence,
            "phenomena": list(phenomena)}


# ---------------------------------------------------------------- PRF


def test_prf_ratios_and_zero_denominators() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert (PRF().precision, PRF().recall, PRF().f1) == (0.0, 0.0, 0.0)
    assert PRF(tp=0, fp=4, fn=0).precision == 0.0


# ---------------------------------------------------------------- loading


def test_detect_gold_kind_tells_the_formats_apart() -> None:
    _, plover = load_gold(DATA / "plover-gold.jsonl")
    _, project = load_gold(DATA / "project-gold.jsonl")
    assert detect_gold_kind(plover) == "plover"
    assert detect_gold_kind(project) == "project"
    assert detect_gold_kind([{"id": "x", "event": "AGREE", "markup": "(SRC: A)"}]) == "plover"


def test_detect_gold_kind_refuses_mixed_unknown_and_empty_rows() -> None:
    _, plover = load_gold(DATA / "plover-gold.jsonl")
    _, project = load_gold(DATA / "project-gold.jsonl")
    with pytest.raises(ValueError, match="row 2 is a project row but row 1 is a plover row"):
        detect_gold_kind([plover[0], project[0]])
    with pytest.raises(ValueError, match="row 1 is neither"):
        detect_gold_kind([{"article": "a", "source": {"country": "RUS"}}])
    with pytest.raises(ValueError, match="no rows"):
        detect_gold_kind([])


def test_load_gold_reads_rows_in_order_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [project_row("RUS", "USA", "warned Washington"), project_row("USA", "RUS", "replied")]
    path.write_text(json.dumps(rows[0]) + "\n\n" + json.dumps(rows[1]) + "\n", encoding="utf-8")
    assert load_gold(path) == ("project", rows)


def test_load_gold_names_file_and_line_of_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    good = json.dumps(project_row("RUS", "USA", "warned Washington"))
    path.write_text(f"{good}\n{good}\n{{\"article\": \"a\", \n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl, line 3: not valid JSON"):
        load_gold(path)


def test_load_gold_names_line_of_missing_field_and_of_mixed_format(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    incomplete = project_row("RUS", "USA", "warned Washington")
    del incomplete["evidence"]
    path.write_text(json.dumps(incomplete) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: missing evidence"):
        load_gold(path)
    plover_line = json.dumps(plover_row("s1", "AGREE", ["NOR"], ["ISL"]))
    path.write_text(json.dumps(project_row("RUS", "USA", "warned")) + "\n" + plover_line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: a plover row in a project gold"):
        load_gold(path)


# ---------------------------------------------------------------- PLOVER


def test_plover_file_scores_worked_by_hand() -> None:
    _, gold = load_gold(DATA / "plover-gold.jsonl")
    scores = score_plover(gold, load_predicted("plover-predicted.jsonl"))
    # Gold dyads: AGREE-1 {NOR>ISL, ISL>NOR} (reciprocal), DISAPPROVE-1 {IGO>MMR},
    # AID-1 {CHL>PER}, MOBILIZE-1 {} (a source with no target).
    # Extracted: both AGREE-1 pairs, UN>MMR (UN counts as IGO), CHL>PER,
    # KEN>SOM (false), and an untargeted KEN event (no dyad).
    # Dyads: tp 4, fp 1, fn 0 -> P 0.8, R 1.0, F1 8/9.
    assert scores.dyad == PRF(tp=4, fp=1, fn=0)
    assert scores.dyad.f1 == pytest.approx(8 / 9)
    # Triples: the AGREE pair and IGO>MMR DISAPPROVE are right; CHL>PER is typed
    # COOPERATE instead of AID (one fp, one fn); KEN>SOM has no type, no triple.
    assert scores.triple == PRF(tp=3, fp=1, fn=1)
    # Types per sentence: AGREE tp, DISAPPROVE tp, COOPERATE fp + AID fn, MOBILIZE fn.
    assert scores.per_type == {
        "AGREE": PRF(1, 0, 0), "AID": PRF(0, 0, 1), "COOPERATE": PRF(0, 1, 0),
        "DISAPPROVE": PRF(1, 0, 0), "MOBILIZE": PRF(0, 0, 1),
    }
    # Macro F1 over the gold's four types (COOPERATE is only predicted): (1 + 1 + 0 + 0) / 4.
    assert scores.type_macro_f1 == pytest.approx(0.5)
    assert scores.sentences == 4
    # Errors: AID-1 misses CHL>PER AID and has a false COOPERATE record; MOBILIZE-1
    # misses its type and has the false KEN>SOM record. The untargeted, untyped one is no error.
    assert [(error.kind, error.article) for error in scores.errors] == [
        ("miss", "T-AID-1"), ("false", "T-AID-1"), ("miss", "T-MOBILIZE-1"), ("false", "T-MOBILIZE-1"),
    ]
    assert scores.errors[0].gold == {"source": "CHL", "target": "PER", "event": "AID"}
    assert scores.errors[3].predicted["target"]["country"] == "SOM"


def test_plover_perfect_prediction_scores_one() -> None:
    gold = [plover_row("s1", "AGREE", ["NOR", "ISL"], [], reciprocal=True),
            plover_row("s2", "AID", ["CHL"], ["PER"])]
    predicted = {"s1": [record("NOR", "ISL", plover="AGREE"), record("ISL", "NOR", plover="AGREE")],
                 "s2": [record("CHL", "PER", plover="AID")]}
    scores = score_plover(gold, predicted)
    assert (scores.dyad.f1, scores.triple.f1, scores.type_macro_f1) == (1.0, 1.0, 1.0)
    assert scores.errors == []


def test_plover_reciprocal_gold_gives_every_ordered_pair_of_sources() -> None:
    row = plover_row("s1", "CONSULT", ["FRA", "DEU", "POL"], [], reciprocal=True)
    assert plover_gold_dyads(row) == {("FRA", "DEU"), ("DEU", "FRA"), ("FRA", "POL"),
                                      ("POL", "FRA"), ("DEU", "POL"), ("POL", "DEU")}
    # Only one direction of one pair extracted: 1 of the 6 gold dyads found.
    scores = score_plover([row], {"s1": [record("FRA", "DEU", plover="CONSULT")]})
    assert scores.dyad == PRF(tp=1, fp=0, fn=5)
    # Explicit targets of a reciprocal row are kept as well.
    mixed = plover_row("s2", "AGREE", ["FRA", "DEU"], ["ITA"], reciprocal=True)
    assert plover_gold_dyads(mixed) == {("FRA", "ITA"), ("DEU", "ITA"), ("FRA", "DEU"), ("DEU", "FRA")}


def test_plover_gold_without_target_gives_no_dyad_so_an_extracted_one_is_false() -> None:
    row = plover_row("s1", "MOBILIZE", ["KEN"], [])
    assert plover_gold_dyads(row) == set()
    scores = score_plover([row], {"s1": [record("KEN", "SOM", plover="MOBILIZE")]})
    assert scores.dyad == PRF(tp=0, fp=1, fn=0)
    assert scores.triple == PRF(tp=0, fp=1, fn=0)
    # The type alone is right.
    assert scores.per_type == {"MOBILIZE": PRF(1, 0, 0)}


def test_plover_any_contract_igo_code_matches_gold_igo_and_nothing_else() -> None:
    gold = [plover_row("s1", "DEMAND", ["IGO"], ["IRN"]), plover_row("s2", "DEMAND", ["BEL"], ["IRN"])]
    predicted = {"s1": [record("IAEA", "IRN", plover="DEMAND"), record("OTHER_IGO", "IRN", plover="DEMAND")],
                 "s2": [record("EU", "IRN", plover="DEMAND")]}
    scores = score_plover(gold, predicted)
    # s1: both records give IGO>IRN, one dyad, found. s2: IGO>IRN is not BEL>IRN: fp 1, fn 1.
    assert scores.dyad == PRF(tp=1, fp=1, fn=1)


def test_plover_macro_f1_counts_a_never_predicted_gold_type_as_zero() -> None:
    gold = [plover_row("s1", "AGREE", ["NOR"], ["ISL"]), plover_row("s2", "THREATEN", ["PRK"], ["KOR"]),
            plover_row("s3", "AGREE", ["CHL"], ["PER"])]
    predicted = {"s1": [record("NOR", "ISL", plover="AGREE")],
                 "s2": [record("PRK", "KOR", plover="DISAPPROVE")],
                 "s3": [record("CHL", "PER", plover="AGREE"), record("CHL", "PER", plover="CONSULT")]}
    scores = score_plover(gold, predicted)
    # AGREE: tp 2 -> F1 1.0. THREATEN: fn 1 -> 0.0. DISAPPROVE and CONSULT are only
    # predicted (fp 1 each) and stay out of the mean: (1.0 + 0.0) / 2.
    assert scores.per_type["THREATEN"] == PRF(0, 0, 1)
    assert scores.per_type["CONSULT"] == PRF(0, 1, 0)
    assert scores.type_macro_f1 == pytest.approx(0.5)


def test_plover_refuses_unknown_and_repeated_sentence_ids() -> None:
    gold = [plover_row("s1", "AGREE", ["NOR"], ["ISL"])]
    with pytest.raises(ValueError, match="sentences not in the gold: s9"):
        score_plover(gold, {"s9": []})
    with pytest.raises(ValueError, match="more than once: s1"):
        score_plover(gold + gold, {})


# ---------------------------------------------------------------- project


def test_project_file_scores_worked_by_hand() -> None:
    _, gold = load_gold(DATA / "project-gold.jsonl")
    scores = score_project(gold, load_predicted("project-predicted.jsonl"))
    # Gold: Yonhap KOR>JPN (Cho), KOR>JPN and JPN>KOR (talks, Feb 24); TASS RUS>NATO, RUS>USA.
    # Extracted: Cho KOR>JPN right; talks KOR>JPN dated Mar 2 (wrong date), JPN>KOR missing;
    # Lavrov>NATO right; an untargeted ministry statement; Lavrov>USA with root 12 (wrong);
    # Lavrov>EU from the same sentence (false).
    assert (scores.articles, scores.gold_events, scores.predicted_events, scores.untargeted) == (2, 5, 6, 1)
    assert scores.matched == 4
    # Dated events: tp 3 (Cho, NATO, USA); fp 5 scored - 3 = 2 (talks dated wrong, EU); fn 5 - 3 = 2.
    assert scores.dated_event == PRF(tp=3, fp=2, fn=2)
    assert scores.dated_event.f1 == pytest.approx(0.6)
    # Dyads: gold {KOR>JPN, JPN>KOR, RUS>NATO, RUS>USA}, extracted {KOR>JPN, RUS>NATO, RUS>USA, RUS>EU}.
    assert scores.dyad == PRF(tp=3, fp=1, fn=1)
    # On the 4 pairs: dates 3/4, roots 3/4, polarity 4/4, speakers 4/4
    # ("Lavrov" for "Sergey Lavrov" twice; a country actor for the null speaker of the talks).
    assert (scores.date_accuracy, scores.date_n) == (0.75, 4)
    assert (scores.root_accuracy, scores.root_n) == (0.75, 4)
    assert (scores.polarity_accuracy, scores.speaker_accuracy) == (1.0, 1.0)
    assert scores.by_phenomenon == {
        "according-to": (1, 1), "act": (1, 2), "coreference": (1, 1), "dateline-date": (3, 3),
        "explicit-date": (1, 2), "reciprocal": (1, 2), "reported-speech": (1, 1),
    }
    assert sorted((error.kind, error.article) for error in scores.errors) == [
        ("false", "tass-2026-03-03-lavrov-nato"), ("miss", "yonhap-2026-03-02-cho-tokyo"),
        ("wrong-date", "yonhap-2026-03-02-cho-tokyo"), ("wrong-root", "tass-2026-03-03-lavrov-nato"),
    ]
    miss = next(error for error in scores.errors if error.kind == "miss")
    assert (miss.gold["source"], miss.gold["target"], miss.sentence) == ("JPN", "KOR", "held talks on fisheries")


def test_project_perfect_prediction_scores_one() -> None:
    gold = [project_row("RUS", "USA", "warned Washington", speaker="Sergey Lavrov", phenomena=("quote",)),
            project_row("USA", "RUS", "rejected the warning", date="2026-03-04", root="12")]
    predicted = {"art": [
        record("RUS", "USA", sentence="Lavrov warned Washington on Tuesday.", name="Sergey Lavrov", kind="person"),
        record("USA", "RUS", sentence="The US rejected the warning.", date="2026-03-04", root="12"),
    ]}
    scores = score_project(gold, predicted)
    assert (scores.dated_event.f1, scores.dyad.f1) == (1.0, 1.0)
    assert (scores.date_accuracy, scores.root_accuracy, scores.polarity_accuracy, scores.speaker_accuracy) == (
        1.0, 1.0, 1.0, 1.0)
    assert scores.by_phenomenon == {"quote": (1, 1)}
    assert scores.errors == []


def test_project_wrong_date_counts_for_the_dyad_but_not_the_dated_event() -> None:
    gold = [project_row("RUS", "USA", "warned Washington", date="2026-01-15")]
    predicted = {"art": [record("RUS", "USA", sentence="On January 15, Lavrov warned Washington.",
                                date="2026-03-03")]}
    scores = score_project(gold, predicted)
    assert scores.dyad == PRF(tp=1, fp=0, fn=0)
    assert scores.dated_event == PRF(tp=0, fp=1, fn=1)
    assert (scores.matched, scores.date_accuracy) == (1, 0.0)
    assert [error.kind for error in scores.errors] == ["wrong-date"]


def test_project_matching_prefers_the_extracted_event_with_the_right_date() -> None:
    gold = [project_row("RUS", "USA", "warned Washington", date="2026-01-15")]
    sentence = "On January 15, Lavrov warned Washington."
    predicted = {"art": [record("RUS", "USA", sentence=sentence, date="2026-01-15"),
                         record("RUS", "USA", sentence=sentence, date="2026-03-03")]}
    scores = score_project(gold, predicted)
    # The dated one is the pair; the other is a false event.
    assert scores.dated_event == PRF(tp=1, fp=1, fn=0)
    assert [(error.kind, error.predicted["date"]) for error in scores.errors] == [("false", "2026-03-03")]


def test_project_matching_then_prefers_the_extracted_event_with_the_right_root() -> None:
    gold = [project_row("RUS", "USA", "warned Washington", root="17")]
    sentence = "Lavrov warned Washington of a response."
    predicted = {"art": [record("RUS", "USA", sentence=sentence, root="17"),
                         record("RUS", "USA", sentence=sentence, root="01")]}
    scores = score_project(gold, predicted)
    assert scores.root_accuracy == 1.0
    assert [(error.kind, error.predicted["root"]) for error in scores.errors] == [("false", "01")]


def test_project_match_needs_evidence_inside_the_sentence() -> None:
    gold = [project_row("RUS", "USA", "warned Washington")]
    predicted = {"art": [record("RUS", "USA", sentence="Lavrov spoke to reporters.")]}
    scores = score_project(gold, predicted)
    # Same dyad, other sentence: the dyad set agrees, the events do not pair.
    assert scores.dyad == PRF(tp=1, fp=0, fn=0)
    assert scores.matched == 0
    assert sorted(error.kind for error in scores.errors) == ["false", "miss"]
    # Line breaks and runs of spaces in the sentence do not hide the evidence.
    wrapped = {"art": [record("RUS", "USA", sentence="Lavrov warned\n  Washington.")]}
    assert score_project(gold, wrapped).matched == 1


def test_project_pairs_one_to_one_and_counts_an_extra_event_as_false() -> None:
    gold = [project_row("CHN", "JPN", "protested to Tokyo")]
    sentence = "Beijing protested to Tokyo on Tuesday."
    predicted = {"art": [record("CHN", "JPN", sentence=sentence), record("CHN", "JPN", sentence=sentence),
                         record("CHN", "PHL", sentence="Beijing also summoned the Philippine envoy.")]}
    scores = score_project(gold, predicted)
    # One pair; the duplicate and the CHN>PHL event are false: tp 1, fp 2, fn 0.
    assert scores.dated_event == PRF(tp=1, fp=2, fn=0)
    # Dyads are a set: {CHN>JPN, CHN>PHL} against {CHN>JPN}.
    assert scores.dyad == PRF(tp=1, fp=1, fn=0)


def test_project_untargeted_events_are_counted_apart_and_not_scored() -> None:
    gold = [project_row("RUS", "USA", "warned Washington")]
    predicted = {"art": [record("RUS", "USA", sentence="Lavrov warned Washington."),
                         record("RUS", None, sentence="Moscow will not attend the meeting."),
                         {**record("RUS", "USA"), "target": {"name": "the West", "country": None, "kind": "group"}}]}
    scores = score_project(gold, predicted)
    assert (scores.predicted_events, scores.untargeted) == (3, 2)
    assert scores.dated_event == PRF(tp=1, fp=0, fn=0)
    assert scores.dyad == PRF(tp=1, fp=0, fn=0)
    assert scores.errors == []


@pytest.mark.parametrize(("gold_speaker", "source", "right"), [
    ("Sergey Lavrov", {"name": "Lavrov", "kind": "person"}, True),
    ("Sergey Lavrov", {"name": "SERGEY  LAVROV", "kind": "person"}, True),
    ("Lavrov", {"name": "Sergey Lavrov", "kind": "person"}, True),
    ("Sergey Lavrov", {"name": "Sergey", "kind": "person"}, False),
    ("Sergey Lavrov", {"name": "Maria Zakharova", "kind": "person"}, False),
    ("Sergey Lavrov", {"name": "Russia", "kind": "country"}, False),
    (None, {"name": "Russia", "kind": "country"}, True),
    (None, {"name": "Foreign Ministry", "kind": "organization"}, True),
    (None, {"name": "Lavrov", "kind": "person"}, False),
    (None, {"name": "Indian troops", "kind": "group"}, True),
    (None, None, False),
    ("Volodymyr Zelenskiy", {"name": "Volodymyr Zelensky", "kind": "person"}, True),
    ("Esmaeil Baqaei", {"name": "Esmaeil Baghaei", "kind": "person"}, True),
    ("Gideon Saar", {"name": "Gideon Sa'ar", "kind": "person"}, True),
    ("Kim Jong Un", {"name": "Kim Jong Il", "kind": "person"}, False),
    ("Ferdinand Marcos Jr.", {"name": "Marcos", "kind": "person"}, True),
    ("Wang Yi", {"name": "Wang Yang", "kind": "person"}, False),
])
def test_speaker_agrees(gold_speaker: str | None, source: dict[str, str], right: bool) -> None:
    assert speaker_agrees(gold_speaker, source) is right


def test_project_wrong_speaker_and_polarity_are_reported_on_the_pair() -> None:
    gold = [project_row("RUS", "USA", "warned Washington", speaker="Sergey Lavrov", polarity=-1)]
    predicted = {"art": [record("RUS", "USA", sentence="Zakharova said Lavrov warned Washington.",
                                name="Maria Zakharova", kind="person", polarity=0)]}
    scores = score_project(gold, predicted)
    assert (scores.speaker_accuracy, scores.speaker_n, scores.polarity_accuracy) == (0.0, 1, 0.0)
    assert sorted(error.kind for error in scores.errors) == ["wrong-polarity", "wrong-speaker"]


def test_project_refuses_predictions_for_articles_not_in_the_gold() -> None:
    with pytest.raises(ValueError, match="articles not in the gold: other"):
        score_project([project_row("RUS", "USA", "warned")], {"other": []})


# ---------------------------------------------------------------- output


def rendered(scores: PloverScores | ProjectScores, errors: bool) -> str:
    console = Console(record=True, width=200, color_system=None)
    render(scores, console, errors=errors)
    return console.export_text()


def test_render_shows_headline_breakdown_and_errors_only_when_asked() -> None:
    _, gold = load_gold(DATA / "project-gold.jsonl")
    scores = score_project(gold, load_predicted("project-predicted.jsonl"))
    text = rendered(scores, errors=False)
    assert "2 articles, 5 gold events, 6 extracted (1 without a target" in text
    assert text.index("dated event") < text.index("Recall by phenomenon")
    assert "0.600" in text and "dateline-date" in text
    assert "Errors" not in text
    with_errors = rendered(scores, errors=True)
    assert "Errors (4)" in with_errors and "wrong-root" in with_errors
    assert "Lavrov (RUS) → USA" in with_errors and "RUS → USA date 2026-03-03 root 11" in with_errors
    assert "urn:x-test:event" not in with_errors


def test_render_plover_shows_types() -> None:
    _, gold = load_gold(DATA / "plover-gold.jsonl")
    text = rendered(score_plover(gold, load_predicted("plover-predicted.jsonl")), errors=True)
    assert "4 sentences" in text and "macro F1 over the gold's types: 0.500" in text
    assert "MOBILIZE" in text and "Errors (4)" in text


def test_scores_dict_is_plain_json() -> None:
    _, gold = load_gold(DATA / "plover-gold.jsonl")
    figures = scores_dict(score_plover(gold, load_predicted("plover-predicted.jsonl")))
    assert json.loads(json.dumps(figures)) == figures
    assert figures["dyad"] == {"tp": 4, "fp": 1, "fn": 0, "precision": 0.8, "recall": 1.0, "f1": 0.8889}
    assert figures["type_macro_f1"] == 0.5
    _, gold = load_gold(DATA / "project-gold.jsonl")
    figures = scores_dict(score_project(gold, load_predicted("project-predicted.jsonl")))
    assert json.loads(json.dumps(figures)) == figures
    assert figures["accuracy"]["root"] == {"accuracy": 0.75, "n": 4}
    assert figures["by_phenomenon"]["reciprocal"] == {"matched": 1, "gold": 2}


def test_load_gold_makes_repeated_plover_ids_unique(tmp_path: Path) -> None:
    row = {"id": "s1", "text": "Japan protested.", "event": "PROTEST", "source": [], "target": [],
           "reciprocal": False, "markup": ""}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    kind, rows = load_gold(path)
    assert kind == "plover"
    assert [r["id"] for r in rows] == ["s1", "s1#2"]
