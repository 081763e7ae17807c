"""Tests for ontology/cameo.ttl and scripts/build_cameo.py: the scheme agrees with cameo.csv."""

from __future__ import annotations

import csv
import importlib.util
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pyoxigraph
import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

REPO = Path(__file__).resolve().parents[1]
TTL = REPO / "ontology" / "cameo.ttl"
CSV = REPO / "kg" / "data" / "cameo.csv"

CAMEO = Namespace("https://w3id.org/diplo-kg/cameo/")
DKG = Namespace("https://w3id.org/diplo-kg/ontology#")
SCHEME = URIRef("https://w3id.org/diplo-kg/cameo/")
PREFIXES = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            "PREFIX dkg: <https://w3id.org/diplo-kg/ontology#>\n")


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, str]]:
    with CSV.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(TTL, format="turtle")


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cameo", REPO / "scripts" / "build_cameo.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def test_every_code_is_a_concept_in_the_scheme(graph: Graph, rows: dict[str, dict[str, str]]) -> None:
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts == {CAMEO[code] for code in rows}
    assert set(graph.subjects(SKOS.inScheme, SCHEME)) == concepts
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in graph


def test_roots_are_top_concepts(graph: Graph, rows: dict[str, dict[str, str]]) -> None:
    roots = {CAMEO[code] for code, row in rows.items() if code == row["root"]}
    assert len(roots) == 20
    assert set(graph.subjects(SKOS.topConceptOf, SCHEME)) == roots
    assert set(graph.objects(SCHEME, SKOS.hasTopConcept)) == roots
    assert not any((root, SKOS.broader, None) in graph for root in roots)


@pytest.mark.parametrize(("code", "broader"), [("051", "05"), ("0211", "021"), ("1385", "138")])
def test_hierarchy(graph: Graph, code: str, broader: str) -> None:
    assert set(graph.objects(CAMEO[code], SKOS.broader)) == {CAMEO[broader]}
    assert (CAMEO[broader], SKOS.narrower, CAMEO[code]) in graph


@pytest.mark.parametrize("code", ["01", "019", "051", "0211", "163", "1823"])
def test_concept_properties_match_the_csv(graph: Graph, rows: dict[str, dict[str, str]], code: str) -> None:
    row, concept = rows[code], CAMEO[code]
    assert graph.value(concept, SKOS.notation) == Literal(code)
    assert graph.value(concept, SKOS.prefLabel) == Literal(row["name"], lang="en")
    assert graph.value(concept, DKG.goldstein).toPython() == Decimal(row["goldstein"])
    assert graph.value(concept, DKG.quadClass).toPython() == int(row["quad"])
    plover = graph.value(concept, DKG.ploverType)
    assert (str(plover) if plover is not None else "") == row["plover"]


def test_pyoxigraph_reads_the_same_scheme(rows: dict[str, dict[str, str]]) -> None:
    store = pyoxigraph.Store()
    store.load(path=str(TTL), format=pyoxigraph.RdfFormat.TURTLE)
    [count] = store.query(PREFIXES + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a skos:Concept }")
    assert int(count["n"].value) == len(rows)
    solutions = store.query(PREFIXES + """
        SELECT ?code ?weight ?quad ?plover WHERE {
            ?c skos:notation ?code ; dkg:goldstein ?weight ; dkg:quadClass ?quad .
            OPTIONAL { ?c dkg:ploverType ?plover }
            VALUES ?code { "057" "0874" "1712" "02" }
        }""")
    found = {s["code"].value: (Decimal(s["weight"].value), int(s["quad"].value),
                               s["plover"].value if s["plover"] else "") for s in solutions}
    assert found == {code: (Decimal(rows[code]["goldstein"]), int(rows[code]["quad"]),
                            rows[code]["plover"]) for code in ("057", "0874", "1712", "02")}


def test_scheme_is_what_the_script_builds_from_the_csv(
        builder: ModuleType, graph: Graph, rows: dict[str, dict[str, str]]) -> None:
    code_rows = [builder.CodeRow(code=row["code"], name=row["name"], root=row["root"],
                                 goldstein=Decimal(row["goldstein"]), quad=int(row["quad"]),
                                 plover=row["plover"] or None) for row in rows.values()]
    assert isomorphic(builder.build_graph(code_rows), graph)


def test_plover_type_falls_back_to_parent_then_root(builder: ModuleType) -> None:
    table = {"05": "SUPPORT", "163": "COERCE", "16": "SANCTION", "041": "CONSULT", "02": "X"}
    assert builder.plover_type("163", table) == "COERCE"
    assert builder.plover_type("1631", table) == "COERCE"
    assert builder.plover_type("161", table) == "SANCTION"
    assert builder.plover_type("0511", table) == "SUPPORT"
    assert builder.plover_type("0412", table) == "CONSULT"
    assert builder.plover_type("021", table) is None
    assert builder.plover_type("010", table) is None
    assert builder.plover_type("071", table) is None


def test_quad_class_and_labels(builder: ModuleType) -> None:
    assert [builder.quad_class(f"{root:02d}") for root in range(1, 21)] == \
        [0] + [1] * 4 + [2] * 3 + [3] * 5 + [4] * 7
    with pytest.raises(ValueError, match="01 to 20"):
        builder.quad_class("21")
    assert builder.short_label("MAKE PUBLIC STATEMENT") == "Make public statement"
    assert builder.short_label("fight with small arms") == "Fight with small arms"
    assert builder.decimal_text(Decimal("-5")) == "-5"
    assert builder.decimal_text(Decimal("3.40")) == "3.4"
    assert builder.canonical_decimal(Decimal("-5")) == "-5.0"


def test_plover_table_parser_keeps_the_first_type(builder: ModuleType, tmp_path: Path) -> None:
    table = tmp_path / "cameo2plover.txt"
    table.write_text("# comment\n08: CONCEDE\n080: CONCEDE,  ,  # Yield\n\n"
                     "08: RETREAT\n084: RETREAT,   ,  # Return\n", encoding="utf-8")
    assert builder.read_plover_table(table) == {"08": "CONCEDE", "080": "CONCEDE", "084": "RETREAT"}
