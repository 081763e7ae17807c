"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl``, in plain words.

The union of a store's article graphs is loaded into rdflib together with the
ontology and the CAMEO scheme (so that classes and CAMEO concepts can be
checked) and validated with pyshacl. Each problem comes back as one sentence
that names the node, the article it belongs to and what is wrong::

    event …/event/ab12cd in article tass-2026-02-13-zinoviev-seoul has no date

Problems of severity ``sh:Violation`` make the graph invalid; ``sh:Warning``
problems (an undated event, which the event contract allows) are reported but
do not.

pyshacl works on an in-memory rdflib graph, so validating holds a copy of the
store in memory: fine for tens of thousands of articles' worth of triples on a
laptop, not for a server-sized graph.

Examples
--------
>>> from kg.store import open_store
>>> with open_store("memory") as store:
...     report = validate(store)
>>> report.conforms, len(report.problems)
(True, 0)
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal as TypingLiteral

import pyshacl
from rdflib import RDF, RDFS, SH, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg import namespaces
from kg.rdf import DKG, PREFIXES, parse_jsonld
from kg.store.base import Store
from kg.vocabulary import ontology_dir, ontology_graph

Severity = TypingLiteral["violation", "warning", "info"]

SHAPES_FILE = "shapes.ttl"

_SEVERITIES: dict[Node, Severity] = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
#: Classes by which a node is named, most specific first.
_KINDS = (DKG.Statement, DKG.Event, DKG.Article, DKG.Extraction, DKG.Membership, DKG.Person,
          DKG.State, DKG.InternationalOrganization, DKG.Institution, DKG.Group, DKG.Actor)
_SCHEMA_IDENTIFIER = URIRef("https://schema.org/identifier")
_PROV = "http://www.w3.org/ns/prov#"


@dataclass(frozen=True)
class Problem:
    """One way the graph breaks a shape.

    ``message`` is the whole sentence; ``node`` the full IRI of the node it is
    about; ``articles`` the ids of the articles whose graphs hold that node.
    """

    severity: Severity
    node: str
    articles: tuple[str, ...]
    message: str
    path: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Report:
    """The outcome of :func:`validate`: every problem found, and how many triples were checked."""

    problems: tuple[Problem, ...]
    triples: int

    @property
    def violations(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "violation"]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity != "violation"]

    @property
    def conforms(self) -> bool:
        """True when there is no violation (warnings allowed)."""
        return not self.violations

    def __str__(self) -> str:
        lines = [f"{problem.severity}: {problem.message}" for problem in self.problems]
        lines.append(f"{len(self.violations)} violations, {len(self.warnings)} warnings "
                     f"in {self.triples} triples")
        return "\n".join(lines)


def shapes_graph() -> Graph:
    """The SHACL shapes of ``ontology/shapes.ttl``."""
    return _copy(_shapes())


def validate(source: Store | Graph | Dataset) -> Report:
    """Validate a store, a Dataset (its named graphs are merged) or a Graph.

    Parameters
    ----------
    source : Store, rdflib.Dataset or rdflib.Graph
        A store is read through ``Store.export`` as N-Quads, so any backend works.

    Returns
    -------
    Report
        ``report.conforms`` is False when any violation was found; ``str(report)``
        lists every problem in plain words.
    """
    data, graphs_of = _union(source)
    triples = len(data)
    articles = _article_ids(data, graphs_of)
    # pyshacl's ont_graph would copy only the RDFS and OWL axioms, not the CAMEO concepts.
    data += _ontology()
    core, sparql = _split_shapes()
    _, results, _ = pyshacl.validate(data, shacl_graph=core, inference="none", allow_warnings=True,
                                     allow_infos=True, inplace=True, advanced=True)
    # Only the report's own results: nested sh:detail results explain them and are not shown.
    top = [result for report in results.subjects(RDF.type, SH.ValidationReport)
           for result in results.objects(report, SH.result)]
    problems = [_problem(result, results, data, articles) for result in top]
    problems += [problem for constraint in sparql for problem in constraint.check(data, articles)]
    problems.sort(key=lambda problem: (problem.severity != "violation", problem.articles,
                                       problem.node, problem.message))
    return Report(tuple(problems), triples)


@dataclass(frozen=True)
class _SparqlConstraint:
    """A SHACL-SPARQL constraint of a node shape with a target class, run once over the whole
    graph rather than once per focus node (pyshacl parses the query again for every node,
    which takes minutes on a few thousand events)."""

    target: URIRef
    select: str
    message: str
    severity: Severity

    def check(self, data: Graph, articles: Mapping[Node, tuple[str, ...]]) -> list[Problem]:
        members = _instances(data, self.target)
        problems = []
        for row in data.query(self.select):
            bindings = row.asdict()
            focus = bindings.get("this")
            if focus not in members:
                continue
            message = _PLACEHOLDER.sub(lambda match: _plain(bindings.get(match[1])), self.message)
            where = articles.get(focus, ())
            problems.append(Problem(self.severity, str(focus), where,
                                    f"{_subject(focus, data, where)} {message}"))
        return problems


_PLACEHOLDER = re.compile(r"\{[?$](\w+)\}")


def _instances(data: Graph, cls: URIRef) -> set[Node]:
    """Instances of ``cls`` or of any of its subclasses."""
    classes = set(data.transitive_subjects(RDFS.subClassOf, cls))
    return {node for each in classes for node in data.subjects(RDF.type, each)}


@cache
def _split_shapes() -> tuple[Graph, tuple[_SparqlConstraint, ...]]:
    """The shapes without their SPARQL constraints (for pyshacl), and those constraints."""
    shapes = _shapes()
    prologue = "".join(f"PREFIX {declaration.value(SH.prefix)}: <{declaration.value(SH.namespace)}>\n"
                       for declaration in (shapes.resource(node) for node in shapes.objects(None, SH.declare)))
    constraints = []
    core = _copy(shapes)
    for shape, constraint in shapes.subject_objects(SH.sparql):
        target = shapes.value(shape, SH.targetClass)
        if target is None:
            raise ValueError(f"{SHAPES_FILE}: the SPARQL constraint of {shape} needs a shape with "
                             "sh:targetClass; kg.validate runs it once over the graph")
        select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        severity = _SEVERITIES.get(shapes.value(constraint, SH.severity), "violation")
        constraints.append(_SparqlConstraint(target, prologue + select,
                                             str(shapes.value(constraint, SH.message)), severity))
        core.remove((shape, SH.sparql, constraint))
        for triple in shapes.triples((constraint, None, None)):
            core.remove(triple)
    return core, tuple(constraints)


#: RDF file suffixes :func:`load_file` reads, and rdflib's name for each format.
FILE_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld",
                ".json": "json-ld"}


def load_file(path: str | Path) -> Dataset:
    """An RDF file (Turtle, TriG, N-Quads, N-Triples or JSON-LD) as a Dataset to validate.

    JSON-LD goes through :func:`kg.rdf.parse_jsonld`, so a remote ``@context`` is refused,
    never fetched.
    """
    path = Path(path)
    fmt = FILE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot tell the RDF format of {path.name}; name the file with one of "
                         f"{', '.join(FILE_FORMATS)}")
    if fmt == "json-ld":
        return parse_jsonld(path.read_bytes(), base=path.resolve().as_uri())
    dataset = Dataset()
    dataset.parse(path, format=fmt)
    return dataset


def _union(source: Store | Graph | Dataset) -> tuple[Graph, dict[Node, set[Node]]]:
    """One graph holding every triple, and the named graphs that hold each subject."""
    if isinstance(source, Store):
        buffer = io.BytesIO()
        source.export(buffer, "nquads")
        dataset = Dataset()
        dataset.parse(data=buffer.getvalue(), format="nquads")
        source = dataset
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    graphs_of: dict[Node, set[Node]] = defaultdict(set)
    if isinstance(source, Dataset):
        for subject, predicate, obj, graph in source.quads((None, None, None, None)):
            union.add((subject, predicate, obj))
            if graph is not None:
                graphs_of[subject].add(graph)
    else:
        union += source
    return union, graphs_of


def _article_ids(data: Graph, graphs_of: Mapping[Node, set[Node]]) -> dict[Node, tuple[str, ...]]:
    """The ids of the articles each subject belongs to: by the named graphs holding it, else
    by its links to an article (an event's source, an extraction's input, the article itself)."""
    identifier = {article: str(value) for article, value in data.subject_objects(_SCHEMA_IDENTIFIER)
                  if (article, RDF.type, DKG.Article) in data}
    by_graph = {URIRef(namespaces.article_graph_iri(article_id)): article_id
                for article_id in identifier.values()}
    links = (URIRef(_PROV + "wasDerivedFrom"), URIRef(_PROV + "used"))
    ids: dict[Node, tuple[str, ...]] = {}
    for subject in set(data.subjects()):
        found = {by_graph.get(graph, _graph_name(graph)) for graph in graphs_of.get(subject, ())}
        if not found:
            candidates = [subject, *(obj for link in links for obj in data.objects(subject, link))]
            found = {identifier[node] for node in candidates if node in identifier}
        ids[subject] = tuple(sorted(found))
    return ids


def _graph_name(graph: Node) -> str:
    return str(graph).removeprefix(namespaces.ID + "graph/")


def _problem(result: Node, results: Graph, data: Graph, articles: Mapping[Node, tuple[str, ...]]) -> Problem:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    severity = _SEVERITIES.get(results.value(result, SH.resultSeverity), "violation")
    where = articles.get(focus, ())
    problem = _describe(result, results, data, focus, path, value)
    return Problem(severity, str(focus), where, f"{_subject(focus, data, where)} {problem}",
                   None if path is None else _short(path), None if value is None else str(value))


def _subject(focus: Node, data: Graph, articles: tuple[str, ...]) -> str:
    """``event …/event/ab12 in article tass-1``: what the node is, and where."""
    subject = f"{_kind(focus, data)} {_short(focus)}"
    if articles:
        subject += f" in article{'s' if len(articles) > 1 else ''} {', '.join(articles)}"
    return subject


def _describe(result: Node, results: Graph, data: Graph, focus: Node, path: Node | None,
              value: Node | None) -> str:
    """What is wrong, from the shape's sh:message or else from the constraint that failed."""
    shape = results.value(result, SH.sourceShape)
    component = results.value(result, SH.sourceConstraintComponent)
    shapes = _shapes()
    declared = shapes.value(shape, SH.message) if shape is not None else None
    if component == SH.SPARQLConstraintComponent or declared is not None:
        message = results.value(result, SH.resultMessage) or declared
        return str(message) if message is not None else "breaks a SPARQL constraint"
    name = str(shapes.value(shape, SH.name) or _label(path))
    shown = _shown(value)
    if component == SH.MinCountConstraintComponent:
        return f"has no {name}"
    if component == SH.MaxCountConstraintComponent:
        count = len(set(data.objects(focus, path))) if isinstance(path, URIRef) else "too many"
        return f"has {count} values of {name} where at most {shapes.value(shape, SH.maxCount)} is allowed"
    if component == SH.DatatypeConstraintComponent:
        return f"has the {name} {shown}, which is not {_a(_short(shapes.value(shape, SH.datatype)))}"
    if component == SH.ClassConstraintComponent:
        return f"has the {name} {shown}, which is not {_a(_label(shapes.value(shape, SH['class'])))}"
    if component in (SH.MinInclusiveConstraintComponent, SH.MaxInclusiveConstraintComponent):
        low, high = shapes.value(shape, SH.minInclusive), shapes.value(shape, SH.maxInclusive)
        bounds = (f"between {low} and {high}" if low is not None and high is not None
                  else f"at least {low}" if low is not None else f"at most {high}")
        return f"has the {name} {shown}, which is not {bounds}"
    if component == SH.LessThanConstraintComponent:
        other = shapes.value(shape, SH.lessThan)
        return f"has the {name} {shown}, which is not less than its {_label(other)} {_shown(data.value(focus, other))}"
    if component == SH.PatternConstraintComponent:
        return f"has the {name} {shown}, which does not match {shapes.value(shape, SH.pattern)}"
    if component == SH.InConstraintComponent:
        return f"has the {name} {shown}, which is not one of the allowed values"
    if component == SH.MinLengthConstraintComponent:
        return f"has an empty {name}"
    message = results.value(result, SH.resultMessage)
    return f"breaks a constraint on {name}: {message}"


def _a(noun: str) -> str:
    """``an actor``, ``a state``, ``an xsd:integer``."""
    return f"{'an' if noun[:1].lower() in 'aeiox' else 'a'} {noun}"


def _kind(node: Node, data: Graph) -> str:
    types = set(data.objects(node, RDF.type))
    for cls in _KINDS:
        if cls in types:
            return _label(cls)
    return "node"


def _label(term: Node | None) -> str:
    """The English label of an ontology term, else its local name."""
    if term is None:
        return "value"
    label = _ontology().value(term, RDFS.label)
    return str(label) if label is not None else _short(term)


def _short(term: Node) -> str:
    """An IRI without the diplo-kg base (``…/event/ab12``) or with its prefix (``xsd:date``)."""
    text = str(term)
    if text.startswith(namespaces.ID):
        return "…/" + text.removeprefix(namespaces.ID)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text.removeprefix(namespace)}"
    return text


def _plain(value: Node | None) -> str:
    """A value inside a sentence: literals as written, IRIs shortened."""
    if value is None:
        return "(none)"
    return str(value) if isinstance(value, Literal) else _short(value)


def _shown(value: Node | None) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, Literal):
        return f'"{value}"' if value.datatype is None else f'"{value}" ({_short(value.datatype)})'
    return _short(value)


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle")


@cache
def _ontology() -> Graph:
    return ontology_graph()


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


__all__ = ["FILE_FORMATS", "Problem", "Report", "load_file", "shapes_graph", "validate"]
