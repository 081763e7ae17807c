"""kg.actors.base and scripts/build_actor_base.py: the actor base as RDF, and its SHACL shapes."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.actors.base import DKG, WD, base_graph, term_iri, to_turtle
from kg.namespaces import actor_iri

ROOT = Path(__file__).resolve().parents[2]
TABLES = ROOT / "kg" / "data" / "actors"
SHAPES = ROOT / "ontology" / "actor-shapes.ttl"


def build_script():
    spec = importlib.util.spec_from_file_location("build_actor_base", ROOT / "scripts" / "build_actor_base.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def graph() -> Graph:
    return base_graph()


def conforms(data: Graph) -> tuple[bool, str]:
    ok, _, text = pyshacl.validate(data, shacl_graph=Graph().parse(SHAPES), advanced=True)
    return ok, text


def test_counts_by_kind(graph: Graph) -> None:
    def count(cls: URIRef) -> int:
        return len(set(graph.subjects(RDF.type, cls)))
    assert count(DKG.State) == 200
    assert count(DKG.InternationalOrganization) + count(DKG.Institution) >= 40 + 50
    assert count(DKG.Person) >= 250 and count(DKG.Term) >= 400
    assert count(DKG.Group) >= 100


def test_states_have_code_names_and_wikidata(graph: Graph) -> None:
    korea = URIRef(actor_iri("country", "KOR"))
    assert graph.value(korea, DKG.country) == Literal("KOR")
    assert graph.value(korea, RDFS.label) == Literal("South Korea", lang="en")
    assert graph.value(korea, OWL.sameAs) == WD.Q884
    names = {str(o) for o in graph.objects(URIRef(actor_iri("country", "RUS")), None) if isinstance(o, Literal)}
    assert {"Russian Federation", "Russian", "Moscow", "Kremlin"} <= names


def test_organisations_join_the_iris_of_event_graphs(graph: Graph) -> None:
    un = URIRef(actor_iri("organization", "UN"))
    assert (un, RDF.type, DKG.InternationalOrganization) in graph
    council = URIRef(actor_iri("organization", "United Nations Security Council"))
    assert (council, RDF.type, DKG.Institution) in graph and graph.value(council, DKG.actsFor) == un


def test_named_groups_have_home_state_and_sector_and_act_for_no_one(graph: Graph) -> None:
    hamas = URIRef(actor_iri("group", "Hamas"))
    assert (hamas, RDF.type, DKG.Group) in graph
    assert (graph.value(hamas, DKG.country), graph.value(hamas, DKG.sector)) == (Literal("PSE"), Literal("REB"))
    assert graph.value(hamas, RDFS.label) == Literal("Hamas", lang="en")
    assert graph.value(hamas, DKG.actsFor) is None
    al_qaeda = URIRef(actor_iri("group", "al-Qaeda"))
    assert graph.value(al_qaeda, DKG.country) is None and graph.value(al_qaeda, OWL.sameAs) == WD.Q34490


def test_ngos_and_predecessor_organisations(graph: Graph) -> None:
    amnesty = URIRef(actor_iri("organization", "Amnesty International"))
    assert (amnesty, RDF.type, DKG.InternationalOrganization) in graph
    assert graph.value(amnesty, DKG.sector) == Literal("NGO")
    community = URIRef(actor_iri("organization", "European Community"))
    assert (community, RDF.type, DKG.InternationalOrganization) in graph
    assert graph.value(community, DKG.country) == Literal("EU") and graph.value(community, DKG.actsFor) is None


def test_terms_are_n_ary_nodes_with_dates(graph: Graph) -> None:
    term = term_iri("Yoon Suk Yeol", "president", "KOR", "2022-05-10")
    assert graph.value(term, DKG.holder) == URIRef(actor_iri("person", "Yoon Suk Yeol"))
    assert graph.value(term, DKG.of) == URIRef(actor_iri("country", "KOR"))
    assert graph.value(term, DKG.start) == Literal("2022-05-10", datatype=XSD.date)
    assert graph.value(term, DKG.end) == Literal("2025-04-04", datatype=XSD.date)
    zinoviev = [t for t in graph.subjects(DKG.holder, URIRef(actor_iri("person", "Georgy Zinoviev")))]
    assert [graph.value(t, DKG.host) for t in zinoviev] == [URIRef(actor_iri("country", "KOR"))]


def test_the_whole_base_conforms_to_the_shapes(graph: Graph) -> None:
    ok, report = conforms(graph)
    assert ok, report


def test_shapes_catch_a_broken_term_and_a_bad_code(graph: Graph) -> None:
    broken = Graph()
    term = URIRef("https://w3id.org/diplo-kg/id/term/broken")
    broken.add((term, RDF.type, DKG.Term))
    broken.add((term, DKG.start, Literal("2020-01-01", datatype=XSD.date)))
    broken.add((term, DKG.end, Literal("2019-01-01", datatype=XSD.date)))
    state = URIRef(actor_iri("country", "xx"))
    broken.add((state, RDF.type, DKG.State))
    broken.add((state, DKG.country, Literal("xx")))
    ok, report = conforms(broken)
    assert not ok
    assert "exactly one rdfs:label" in report and "starts before it ends" in report
    assert "one holder" in report and "alpha-3" in report


def test_shapes_catch_a_group_without_sector_or_acting_for_a_state() -> None:
    broken = Graph()
    group = URIRef(actor_iri("group", "Example Front"))
    broken.add((group, RDF.type, DKG.Group))
    broken.add((group, RDFS.label, Literal("Example Front", lang="en")))
    broken.add((group, DKG.country, Literal("Korea")))
    broken.add((group, DKG.actsFor, URIRef(actor_iri("country", "KOR"))))
    ok, report = conforms(broken)
    assert not ok
    assert "one CAMEO sector" in report and "acts for no state" in report and "at most one home state" in report


def test_turtle_is_deterministic_and_parses_back(graph: Graph) -> None:
    text = to_turtle(graph)
    assert text == to_turtle(base_graph())
    assert len(Graph().parse(data=text, format="turtle")) == len(graph)


def test_committed_base_is_up_to_date() -> None:
    assert build_script().main(["--check"]) == 0, "run python scripts/build_actor_base.py"


def test_build_script_follows_a_changed_table(tmp_path: Path) -> None:
    tables = tmp_path / "tables"
    shutil.copytree(TABLES, tables)
    with (tables / "people.csv").open("a", encoding="utf-8") as rows:
        rows.write("Ivan Testov,,RUS,ambassador,DIP,JPN,2024-01-01,,\n")
    out = tmp_path / "actors.ttl"
    script = build_script()
    assert script.main(["--tables", str(tables), "--out", str(out)]) == 0
    assert "person:ivan-testov" in out.read_text(encoding="utf-8")
    assert script.main(["--out", str(out), "--check"]) == 1
