"""Build the CAMEO codebook data of diplo-kg from the two reference tables.

Run by hand when the reference tables change, never at run time::

    python scripts/build_cameo.py [--codes CAMEO_CODES_CSV] [--plover CAMEO2PLOVER_TXT]

Inputs (defaults: ``../shared/reference/`` next to the repository):

- ``cameo-codes.csv``: CAMEO 1.1b3 codes, names and the ICEWS Goldstein weights
  (andybega/icews, ``data-raw/cameo-codes.csv``). Only the code, name, weight and
  root columns are read; the codebook's prose is not carried over.
- ``cameo2plover.txt``: the CAMEO → PLOVER conversion table
  (openeventdata/PLOVER, ``CAMEO2PLOVER-2021.txt``).

Outputs: ``kg/data/cameo.csv`` and ``ontology/cameo.ttl`` (a SKOS concept scheme).
Both are deterministic: running the script twice gives identical files.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rdflib import DCTERMS, RDF, SKOS, XSD, Graph, Literal, Namespace, URIRef

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference"

CAMEO = Namespace("https://w3id.org/diplo-kg/cameo/")
DKG = Namespace("https://w3id.org/diplo-kg/ontology#")
SCHEME = URIRef(str(CAMEO))

ICEWS_SOURCE = URIRef("https://github.com/andybega/icews")
PLOVER_SOURCE = URIRef("https://github.com/openeventdata/PLOVER")

#: Roots that PLOVER leaves uncoded: plain statements and appeals.
ROOTS_WITHOUT_PLOVER = frozenset({"01", "02"})

CSV_COLUMNS = ("code", "name", "root", "goldstein", "quad", "plover")

# A PLOVER table line: "051: SUPPORT,  , diplomatic # Praise or endorse".
PLOVER_LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<event>[A-Z_]+)")


@dataclass(frozen=True)
class CodeRow:
    """One CAMEO code as written to ``cameo.csv``."""

    code: str
    name: str
    root: str
    goldstein: Decimal
    quad: int
    plover: str | None


def quad_class(root: str) -> int:
    """QuadClass of a CAMEO root: 0 neutral statement, 1 verbal cooperation,
    2 material cooperation, 3 verbal conflict, 4 material conflict.

    >>> [quad_class(r) for r in ("01", "04", "07", "11", "19")]
    [0, 1, 2, 3, 4]
    """
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"CAMEO roots run from 01 to 20, got {root!r}")
    if number == 1:
        return 0
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


def lineage(code: str) -> list[str]:
    """The code, its parent (for four-digit codes) and its root, most specific first.

    >>> lineage("0211")
    ['0211', '021', '02']
    >>> lineage("051")
    ['051', '05']
    """
    chain = [code]
    if len(code) == 4:
        chain.append(code[:3])
    if len(code) > 2:
        chain.append(code[:2])
    return chain


def plover_type(code: str, table: Mapping[str, str]) -> str | None:
    """The PLOVER event type of ``code``: its own entry, else its parent's, else its root's.

    Roots 01 and 02 have none: PLOVER does not code statements and appeals.

    >>> plover_type("0511", {"05": "SUPPORT"})
    'SUPPORT'
    >>> plover_type("020", {"02": "REQUEST"}) is None
    True
    """
    if code[:2] in ROOTS_WITHOUT_PLOVER:
        return None
    for candidate in lineage(code):
        if candidate in table:
            return table[candidate]
    return None


def read_plover_table(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER event type. A code listed twice keeps its first type
    (root 08 is listed under CONCEDE and again under RETREAT)."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PLOVER_LINE.match(line)
        if match:
            table.setdefault(match["code"], match["event"])
    if not table:
        raise ValueError(f"{path}: no 'CODE: EVENT' lines found; is this the CAMEO2PLOVER table?")
    return table


def short_label(name: str) -> str:
    """Sentence-case label: root names are upper case in the source, a few others lower."""
    cleaned = " ".join(name.split())
    if cleaned.isupper():
        cleaned = cleaned.lower()
    return cleaned[:1].upper() + cleaned[1:]


def read_codes(codes_path: Path, plover_table: Mapping[str, str]) -> list[CodeRow]:
    """All CAMEO codes of the ICEWS table, sorted by code."""
    rows: list[CodeRow] = []
    with codes_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"code", "name", "goldstein", "root_code"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{codes_path}: missing columns {sorted(missing)}; "
                             "expected the ICEWS cameo-codes.csv")
        for record in reader:
            code = record["code"].strip()
            root = record["root_code"].strip()
            if not code.isdigit() or code[:2] != root:
                raise ValueError(f"{codes_path}: code {code!r} does not sit under root {root!r}")
            rows.append(CodeRow(
                code=code,
                name=short_label(record["name"]),
                root=root,
                goldstein=Decimal(record["goldstein"].strip()),
                quad=quad_class(root),
                plover=plover_type(code, plover_table),
            ))
    rows.sort(key=lambda row: row.code)
    codes = [row.code for row in rows]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValueError(f"{codes_path}: duplicate codes {duplicates}")
    return rows


def decimal_text(value: Decimal) -> str:
    """``Decimal('-5')`` → ``'-5'``, ``Decimal('3.40')`` → ``'3.4'``: short and exact."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def canonical_decimal(value: Decimal) -> str:
    """The canonical xsd:decimal form, which always has a fractional part: ``'-5.0'``."""
    text = decimal_text(value)
    return text if "." in text else text + ".0"


def write_csv(rows: Iterable[CodeRow], path: Path) -> None:
    """Write ``cameo.csv`` with the columns of :data:`CSV_COLUMNS`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow([row.code, row.name, row.root, decimal_text(row.goldstein),
                             row.quad, row.plover or ""])


def build_graph(rows: list[CodeRow]) -> Graph:
    """The CAMEO concept scheme: one skos:Concept per code, roots as top concepts."""
    graph = Graph()
    graph.bind("cameo", CAMEO)
    graph.bind("dkg", DKG)
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)

    graph.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((SCHEME, SKOS.prefLabel, Literal("CAMEO event codes", lang="en")))
    graph.add((SCHEME, DCTERMS.source, ICEWS_SOURCE))
    graph.add((SCHEME, DCTERMS.source, PLOVER_SOURCE))

    known = {row.code for row in rows}
    for row in rows:
        concept = CAMEO[row.code]
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.notation, Literal(row.code)))
        graph.add((concept, SKOS.prefLabel, Literal(row.name, lang="en")))
        graph.add((concept, SKOS.inScheme, SCHEME))
        weight = Literal(canonical_decimal(row.goldstein), datatype=XSD.decimal)
        graph.add((concept, DKG.goldstein, weight))
        graph.add((concept, DKG.quadClass, Literal(row.quad, datatype=XSD.integer)))
        if row.plover:
            graph.add((concept, DKG.ploverType, Literal(row.plover)))
        if row.code == row.root:
            graph.add((concept, SKOS.topConceptOf, SCHEME))
            graph.add((SCHEME, SKOS.hasTopConcept, concept))
            continue
        parent = next(code for code in lineage(row.code)[1:] if code in known)
        graph.add((concept, SKOS.broader, CAMEO[parent]))
        graph.add((CAMEO[parent], SKOS.narrower, concept))
    return graph


def write_turtle(graph: Graph, path: Path) -> None:
    """Serialise as Turtle; rdflib sorts subjects and predicates, so output is stable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = ("# CAMEO event codes as a SKOS concept scheme.\n"
              "# Generated by scripts/build_cameo.py; do not edit by hand.\n")
    path.write_text(header + graph.serialize(format="turtle"), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", type=Path, default=DEFAULT_REFERENCE / "cameo-codes.csv",
                        help="ICEWS cameo-codes.csv (default: %(default)s)")
    parser.add_argument("--plover", type=Path, default=DEFAULT_REFERENCE / "cameo2plover.txt",
                        help="CAMEO2PLOVER conversion table (default: %(default)s)")
    parser.add_argument("--csv-out", type=Path, default=REPO / "kg" / "data" / "cameo.csv")
    parser.add_argument("--ttl-out", type=Path, default=REPO / "ontology" / "cameo.ttl")
    args = parser.parse_args(argv)

    for path in (args.codes, args.plover):
        if not path.is_file():
            parser.error(f"{path} not found; pass --codes/--plover with the reference tables")

    rows = read_codes(args.codes, read_plover_table(args.plover))
    write_csv(rows, args.csv_out)
    write_turtle(build_graph(rows), args.ttl_out)
    print(f"wrote {len(rows)} codes to {args.csv_out} and {args.ttl_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
