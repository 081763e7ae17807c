"""SPARQL over a store, answered as pandas DataFrames; named queries from ``kg/queries/*.rq``.

Parameters are always bound as RDF terms (Oxigraph substitutions, rdflib
``initBindings``), never pasted into the query text. A named query's
parameter ``actor`` binds the variable ``?actorParam``; the query must list
that variable in its SELECT clause (Oxigraph substitutes projected variables
only) and must still work when it is unbound (an absent optional parameter).

Each ``.rq`` file documents itself in its leading comment lines::

    # name: who-said-what
    # description: Every event with who spoke …
    # param: actor (code) — code of the speaker's state (default: any)

A parameter type is ``code`` (upper-cased string), ``string``, ``date``
(``YYYY-MM-DD`` → ``xsd:date``) or ``integer``; ``(default: any)`` marks an
optional parameter, a parameter without a default is required.

Examples
--------
>>> from kg.store import open_store
>>> with open_store("memory") as store:
...     frame = run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
>>> int(frame.loc[0, "n"])
0
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pandas as pd
from rdflib import XSD, Literal, URIRef
from rdflib.term import Identifier

from kg.rdf import ACTOR_CLASS_KINDS
from kg.store.base import Binding, Store

QUERY_DIR = Path(__file__).parent / "queries"

#: Columns of :func:`events_frame`, in order; views and notebooks rely on them.
EVENT_COLUMNS = (
    "event", "article", "date", "date_precision", "published", "source", "source_name", "source_country",
    "source_kind", "target", "target_name", "target_country", "target_kind", "cameo", "root",
    "plover", "goldstein", "quad", "polarity", "negated", "verb", "statement", "sentence",
    "agency", "url", "title",
)
_EVENT_DTYPES = {"date": "datetime64[ns]", "date_precision": "str", "published": "datetime64[ns]", "goldstein": "float64",
                 "quad": "int64", "polarity": "int64", "negated": "bool"}

PARAM_TYPES = ("code", "string", "date", "integer")
_ANY = "any"

_DAY_TYPES = {str(XSD.date), str(XSD.dateTime)}
_COARSE_DATE_TYPES = {str(XSD.gYearMonth), str(XSD.gYear)}
_DATE_TYPES = _DAY_TYPES | _COARSE_DATE_TYPES
_INTEGER_TYPES = {str(XSD[name]) for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}
_REAL_TYPES = {str(XSD.decimal), str(XSD.double), str(XSD.float)}

_HEADER = re.compile(r"^#\s*(?P<key>name|description|param)\s*:\s*(?P<value>.*\S)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9]*)\s*(?:\((?P<type>\w+)\))?\s*[—–-]+\s*"
                    r"(?P<description>.+)$")
_DEFAULT = re.compile(r"\(default:\s*(?P<default>[^)]*?)\s*\)\s*$")


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query kept in ``kg/queries/<name>.rq``, with its documentation.

    ``params`` maps each parameter to its description as written (including
    any ``(default: …)``); ``param_types`` and ``defaults`` are read from it.
    """

    name: str
    description: str
    params: dict[str, str]
    text: str
    param_types: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)

    @property
    def required(self) -> list[str]:
        """Parameters that have no default and must be given."""
        return [name for name in self.params if name not in self.defaults]

    @staticmethod
    def variable(param: str) -> str:
        """The SPARQL variable (without ``?``) that a parameter binds."""
        return f"{param}Param"


def named_queries() -> dict[str, NamedQuery]:
    """All named queries, by name, loaded from ``kg/queries/*.rq``.

    >>> "who-said-what" in named_queries()
    True
    """
    return dict(_load_named_queries())


@cache
def _load_named_queries() -> tuple[tuple[str, NamedQuery], ...]:
    queries = (parse_named_query(path.read_text(encoding="utf-8"), origin=str(path))
               for path in sorted(QUERY_DIR.glob("*.rq")))
    return tuple((query.name, query) for query in queries)


def parse_named_query(text: str, *, origin: str = "<query>") -> NamedQuery:
    """Read a named query and its header comment; raise ValueError saying what is missing."""
    fields: dict[str, str] = {}
    params: dict[str, str] = {}
    types: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header = _HEADER.match(line)
        if header is None:
            continue
        key, value = header["key"], header["value"]
        if key != "param":
            fields[key] = value
            continue
        param = _PARAM.match(value)
        if param is None:
            raise ValueError(f"{origin}: cannot read {line!r}; write "
                             "'# param: name (type) — description (default: any)'")
        name, kind = param["name"], param["type"] or "string"
        if kind not in PARAM_TYPES:
            raise ValueError(f"{origin}: parameter {name} has type {kind!r}; "
                             f"use one of {', '.join(PARAM_TYPES)}")
        if f"?{NamedQuery.variable(name)}" not in text:
            raise ValueError(f"{origin}: parameter {name} is documented but the query never "
                             f"uses ?{NamedQuery.variable(name)}")
        params[name] = param["description"]
        types[name] = kind
        default = _DEFAULT.search(param["description"])
        if default is not None:
            defaults[name] = default["default"]
    missing = [key for key in ("name", "description") if key not in fields]
    if missing:
        raise ValueError(f"{origin}: the header lacks '# {missing[0]}: …'")
    return NamedQuery(fields["name"], fields["description"], params, text, types, defaults)


def run(store: Store, sparql: str, params: Mapping[str, Binding] | None = None) -> pd.DataFrame:
    """Run a SELECT with ``params`` bound to its variables, as a typed DataFrame.

    Parameters
    ----------
    store : Store
    sparql : str
        A SELECT query. Bound variables must appear in its SELECT clause; their
        columns are dropped from the result.
    params : mapping of variable name (no ``?``) to an rdflib term or Python value
        Strings bind as string literals, dates as ``xsd:date``.

    Returns
    -------
    DataFrame
        A column of days and date-times becomes ``datetime64``; a date column
        holding any ``xsd:gYearMonth`` or ``xsd:gYear`` becomes text, each value
        at its own precision (``"1990"``, ``"2026-01"``, ``"2026-02-13"``), so
        that no day is invented (ISO text still sorts in time order). Integers
        become ``int64`` (``Int64`` with gaps), other numbers ``float64``,
        booleans ``bool`` (``boolean`` with gaps), IRIs and strings ``str``.
    """
    result = store.query(sparql, params)
    bound = set(params or {})
    keep = [index for index, column in enumerate(result.columns) if column not in bound]
    return pd.DataFrame({result.columns[index]: _column([row[index] for row in result.rows])
                         for index in keep},
                        columns=[result.columns[index] for index in keep])


def run_named(store: Store, name: str,
              params: Mapping[str, str | date | int | None] | None = None) -> pd.DataFrame:
    """Run the named query ``name`` with CLI-style parameter values.

    Unknown parameters, missing required ones and malformed values raise a
    ValueError that lists what is accepted. ``None`` counts as absent.

    Examples
    --------
    >>> from kg.store import open_store
    >>> with open_store("memory") as store:
    ...     list(run_named(store, "dyad-summary", {"actor": "rus"}).columns)[:3]
    ['source', 'target', 'events']
    """
    queries = named_queries()
    if name not in queries:
        raise ValueError(f"no named query {name!r}; choose one of: {', '.join(sorted(queries))}")
    query = queries[name]
    given = {key: value for key, value in (params or {}).items() if value is not None}
    unknown = sorted(set(given) - set(query.params))
    if unknown:
        accepted = ", ".join(query.params) or "none"
        raise ValueError(f"query {name!r} has no parameter {', '.join(unknown)}; "
                         f"it accepts: {accepted}")
    for param, default in query.defaults.items():
        if param not in given and default != _ANY:
            given[param] = default
    missing = [param for param in query.required if param not in given]
    if missing:
        raise ValueError(f"query {name!r} needs the parameter {', '.join(missing)} "
                         f"({query.params[missing[0]]})")
    bindings = {NamedQuery.variable(param): _param_term(param, query.param_types[param], value)
                for param, value in given.items()}
    frame = run(store, query.text, bindings)
    unbound = [NamedQuery.variable(param) for param in query.params]
    return frame.drop(columns=[column for column in unbound if column in frame.columns])


def events_frame(store: Store, *, actor: str | None = None, since: date | None = None,
                 until: date | None = None) -> pd.DataFrame:
    """One row per event, with the columns of ``EVENT_COLUMNS`` in that order.

    ``date`` is the first day of the event's date (``datetime64``, for sorting
    and filtering) and ``date_precision`` says how much of it the source gave:
    ``"day"``, ``"month"`` or ``"year"`` (missing when the event is undated).
    A year-only event dated 1990 has ``date`` 1990-01-01 and precision ``"year"``.

    Parameters
    ----------
    actor : str, optional
        A state or organisation code; keeps events where it is the source's or the target's.
    since, until : date, optional
        Inclusive bounds on the event date (a month or year counts from its first day).

    Examples
    --------
    >>> from kg.store import open_store
    >>> with open_store("memory") as store:
    ...     frame = events_frame(store, actor="RUS")
    >>> tuple(frame.columns) == EVENT_COLUMNS, str(frame["date"].dtype)
    (True, 'datetime64[ns]')
    """
    frame = run_named(store, "events", {"actor": actor, "since": since, "until": until})
    for side in ("source", "target"):
        classes = frame.pop(f"{side}_class")
        frame[f"{side}_kind"] = pd.Series([_kind(value) for value in classes], index=frame.index,
                                          dtype="str")
    frame = frame.reindex(columns=list(EVENT_COLUMNS))
    return frame.astype({column: dtype for column, dtype in _EVENT_DTYPES.items()
                         if str(frame[column].dtype) != dtype})


def stats(store: Store, *, top: int = 10) -> dict[str, object]:
    """Counts of articles, events, actors and stored triples, and the busiest dyads.

    Returns
    -------
    dict
        ``articles``, ``events``, ``actors``, ``triples`` (ints) and ``top_dyads``:
        up to ``top`` tuples ``(source_country, target_country, events)``.
    """
    counts = run_named(store, "counts").iloc[0]
    dyads = run_named(store, "dyad-summary").head(top)
    return {
        "articles": int(counts["articles"]),
        "events": int(counts["events"]),
        "actors": int(counts["actors"]),
        "triples": store.triple_count(),
        "top_dyads": [(str(row.source), str(row.target), int(row.events))
                      for row in dyads.itertuples(index=False)],
    }


def _param_term(param: str, kind: str, value: str | date | int) -> Identifier:
    """A CLI value as the RDF term of its declared type."""
    if kind == "date":
        if isinstance(value, datetime):
            value = value.date()
        if not isinstance(value, date):
            try:
                value = date.fromisoformat(str(value).strip())
            except ValueError:
                raise ValueError(f"parameter {param} wants a date as YYYY-MM-DD, "
                                 f"not {value!r}") from None
        return Literal(value, datatype=XSD.date)
    if kind == "integer":
        try:
            return Literal(int(value), datatype=XSD.integer)
        except (TypeError, ValueError):
            raise ValueError(f"parameter {param} wants a whole number, not {value!r}") from None
    if kind == "code":
        return Literal(str(value).strip().upper())
    return Literal(str(value))


def _kind(class_iri: object) -> str | None:
    if class_iri is None or (isinstance(class_iri, float) and pd.isna(class_iri)):
        return None
    return ACTOR_CLASS_KINDS.get(URIRef(str(class_iri)))


def _column(values: Sequence[Identifier | None]) -> pd.Series:
    """A typed Series from one result column of rdflib terms."""
    present = [value for value in values if value is not None]
    datatypes = {str(value.datatype) if isinstance(value, Literal) and value.datatype else ""
                 for value in present}
    gaps = len(present) < len(values)
    if present and datatypes <= _DATE_TYPES and datatypes & _COARSE_DATE_TYPES:
        return pd.Series([None if value is None else str(value) for value in values], dtype="str")
    if present and datatypes <= _DAY_TYPES:
        stamps = [None if value is None else _timestamp(value) for value in values]
        aware = any(stamp is not None and stamp.tzinfo is not None for stamp in stamps)
        column = pd.to_datetime(pd.Series(stamps, dtype=object), utc=aware)
        return column.astype("datetime64[ns, UTC]" if aware else "datetime64[ns]")
    if present and datatypes <= _INTEGER_TYPES:
        numbers = [None if value is None else int(str(value)) for value in values]
        return pd.Series(numbers, dtype="Int64" if gaps else "int64")
    if present and datatypes <= _INTEGER_TYPES | _REAL_TYPES:
        return pd.Series([None if value is None else float(str(value)) for value in values],
                         dtype="float64")
    if present and datatypes == {str(XSD.boolean)}:
        flags = [None if value is None else bool(value.toPython()) for value in values]
        return pd.Series(flags, dtype="boolean" if gaps else "bool")
    if not present:
        return pd.Series([None] * len(values), dtype=object)
    return pd.Series([None if value is None else str(value) for value in values], dtype="str")


def _timestamp(value: Identifier) -> pd.Timestamp:
    """An ``xsd:date`` or ``xsd:dateTime`` literal as a Timestamp."""
    return pd.Timestamp(str(value))
