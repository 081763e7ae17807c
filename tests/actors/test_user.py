"""kg.actors.user and ``kg actors``: searching actors and merging the user's own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from kg.actors.learned_graph import USER_GRAPH, load_learned
from kg.actors.resolve import resolve
from kg.actors.user import add_user_actors, search_actors
from kg.cli import app
from kg.store.memory import MemoryStore

PEOPLE = ("name,aliases,country,role,sector,host,start,end,wikidata\n"
          "Ivan Testov,Testov,RUS,ambassador,DIP,JPN,2024-01-01,,\n")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_search_finds_base_actors_by_alias_and_role() -> None:
    assert {(r.name, r.source) for r in search_actors("Kremlin")} == {("Russia", "base")}
    presidents = search_actors("president", on=date(2023, 5, 1))
    assert ("Yoon Suk Yeol", "KOR") in {(r.name, r.country) for r in presidents}
    assert "Moon Jae-in" not in {r.name for r in presidents}


def test_user_people_are_stored_in_their_own_graph_and_resolve(tmp_path: Path) -> None:
    store = MemoryStore()
    report = add_user_actors(store, write(tmp_path, "mine.csv", PEOPLE))
    assert report.actors == 1 and report.conflicts == []
    graphs = {str(g) for g in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows for g in g}
    assert graphs == {USER_GRAPH}
    learned = load_learned(store)
    actor = resolve("Testov", date="2025-01-01", learned=learned)
    assert actor is not None and (actor.country, actor.host, actor.source) == ("RUS", "JPN", "user")
    assert [r.source for r in search_actors("Testov", learned=learned)] == ["user"]


def test_adding_twice_adds_nothing_new(tmp_path: Path) -> None:
    store = MemoryStore()
    path = write(tmp_path, "mine.csv", PEOPLE)
    first = add_user_actors(store, path)
    assert first.added > 0 and add_user_actors(store, path).added == 0


def test_conflicts_are_reported_in_plain_words(tmp_path: Path) -> None:
    store = MemoryStore()
    rows = ("name,aliases,country,role,sector,host,start,end,wikidata\n"
            "Sergei Lavrov,,BLR,foreign minister,DIP,,2004-03-09,,\n"
            "Xi Jinping,,CHN,chef,GOV,,2013-03-14,,\n")
    report = add_user_actors(store, write(tmp_path, "bad.csv", rows))
    assert "Sergei Lavrov: your file says BLR, the actor base says RUS" in report.conflicts
    assert any(c.startswith("Xi Jinping: your file gives the role 'chef'") for c in report.conflicts)
    countries = ("iso3,name,official_name,aliases,demonyms,capital,metonyms,wikidata\n"
                 "XYZ,Russia,,,,,,\n")
    report = add_user_actors(store, write(tmp_path, "countries.csv", countries))
    assert report.conflicts == ["Russia: your file says XYZ, the actor base says RUS"]


def test_turtle_files_are_merged_as_they_are(tmp_path: Path) -> None:
    turtle = ("@prefix dkg: <https://w3id.org/diplo-kg/ontology#> .\n"
              "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
              "<https://example.org/a> a dkg:Actor, dkg:State ; rdfs:label \"Atlantis\"@en ; dkg:country \"ATL\" .\n")
    store = MemoryStore()
    assert add_user_actors(store, write(tmp_path, "mine.ttl", turtle)).actors == 1


def test_an_unknown_layout_says_which_columns_to_use(tmp_path: Path) -> None:
    runner = CliRunner()
    path = write(tmp_path, "odd.csv", "who,what\nx,y\n")
    result = runner.invoke(app, ["--store", "memory", "actors", "--add", str(path)])
    assert result.exit_code == 2 and "people.csv" in result.output


def test_cli_search_prints_a_table_and_fails_on_no_match() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["--store", "memory", "actors", "Zinoviev"])
    assert result.exit_code == 0 and "Georgy Zinoviev" in result.output and "ambassador" in result.output
    assert runner.invoke(app, ["--store", "memory", "actors", "Nobody Atall"]).exit_code == 1
    bad = runner.invoke(app, ["--store", "memory", "actors", "Putin", "--date", "yesterday"])
    assert bad.exit_code == 2 and "2026-02-13" in bad.output


def test_cli_add_reports_conflicts(tmp_path: Path) -> None:
    runner = CliRunner()
    rows = "name,aliases,country,role,sector,host,start,end,wikidata\nSergei Lavrov,,BLR,foreign minister,DIP,,,,\n"
    result = runner.invoke(app, ["--store", str(tmp_path / "kgdata"), "actors", "--add",
                                 str(write(tmp_path, "mine.csv", rows))])
    assert result.exit_code == 0
    assert "Added 1 actors" in result.output and "the actor base says RUS" in result.output


def test_the_users_word_is_the_last_one_in_extraction(tmp_path) -> None:
    import kg
    from kg.actors.user import add_user_actors

    table = tmp_path / "mine.csv"
    table.write_text("name,aliases,country,role,sector,host,start,end,wikidata\n"
                     "Sergei Lavrov,Lavrov,FRA,foreign minister,DIP,,,,\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("date 2026-03-02\nLavrov condemned Japan on Monday.\n", encoding="utf-8")
    graph = kg.open("memory")
    add_user_actors(graph.store, table)
    graph.ingest([story])
    events = graph.events()
    assert set(events["source_country"]) == {"FRA"}
