"""NetworkX projections of the event table, and the centrality measured on them.

Every function takes plain data (the events DataFrame of ``kg.query.events_frame``,
one row per event) and returns plain data: a graph or a DataFrame. Nodes are
country codes (ISO 3166-1 alpha-3, or an IGO code such as ``"UN"``) unless
``by="actor"`` asks for actor IRIs. An event enters a graph only when both sides
have a country and the two countries differ: a state speaking about itself is
not a relation between states. Tables of further measures (balance, reciprocity,
timelines) are in ``kg.analysis``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any, Literal, NamedTuple

import networkx as nx
import pandas as pd

from kg.event import IGO_CODES

EVENT_COLUMNS: tuple[str, ...] = (
    "event", "article", "date", "date_precision", "published", "source", "source_name", "source_country",
    "source_kind", "target", "target_name", "target_country", "target_kind", "cameo",
    "root", "plover", "goldstein", "quad", "polarity", "negated", "verb", "statement",
    "sentence", "agency", "url", "title",
)
"""The columns an events frame carries (``kg.query.events_frame``): ``date`` is the first day of
the event's day, month or year and ``date_precision`` says which (``"day"``, ``"month"``,
``"year"``; missing when undated)."""

QUOTES_PER_DYAD = 5
"""How many of a dyad's latest statements ``dyad_graph`` keeps."""

PERIOD_FREQUENCIES: dict[str, str] = {"month": "M", "quarter": "Q", "year": "Y"}
"""The slice lengths ``time_slices`` accepts, and their pandas period codes."""


class Quote(NamedTuple):
    """One statement on a dyad: when, who, what, and where it was reported."""

    date: pd.Timestamp | None
    speaker: str | None
    statement: str
    url: str | None

    @classmethod
    def of(cls, event: Mapping[str, Any]) -> Quote | None:
        """The quote an event row carries: its statement, else its sentence; None if neither."""
        text = event.get("statement")
        if not _present(text) or not str(text).strip():
            text = event.get("sentence")
        if not _present(text) or not str(text).strip():
            return None
        return cls(_timestamp(event.get("date")), _or_none(event.get("source_name")), str(text),
                   _or_none(event.get("url")))


def _present(value: Any) -> bool:
    """True for a real value, false for None, NaN, NaT and pandas' NA."""
    return value is not None and not (pd.api.types.is_scalar(value) and pd.isna(value))


def _or_none(value: Any) -> Any:
    return value if _present(value) else None


def _timestamp(value: Any) -> pd.Timestamp | None:
    """A date as a Timestamp, None when it is missing or unreadable."""
    return _or_none(pd.to_datetime(value, errors="coerce")) if _present(value) else None


def _check_columns(events: pd.DataFrame, needed: tuple[str, ...] = EVENT_COLUMNS) -> None:
    missing = [column for column in needed if column not in events.columns]
    if missing:
        raise ValueError(
            f"the events frame lacks the columns {missing}; build it with "
            "kg.query.events_frame(), which gives one row per event with all of "
            f"{list(EVENT_COLUMNS)}"
        )


def _dates(events: pd.DataFrame) -> pd.Series:
    """The ``date`` column as datetimes, whatever dtype it arrived in."""
    return pd.to_datetime(events["date"], errors="coerce")


def between_countries(events: pd.DataFrame) -> pd.DataFrame:
    """The events that relate two different known countries, dates as datetimes.

    Every projection and measure starts from these rows: an event without a
    target country, or between a country and itself, is no relation between two.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = [dict.fromkeys(EVENT_COLUMNS, None) for _ in range(2)]
    >>> rows[0].update(source_country="RUS", target_country="KOR")
    >>> rows[1].update(source_country="RUS", target_country="RUS")
    >>> between_countries(pd.DataFrame(rows))["target_country"].tolist()
    ['KOR']
    """
    _check_columns(events)
    source = events["source_country"]
    target = events["target_country"]
    keep = source.notna() & target.notna() & (source != target)
    kept = events.loc[keep].copy()
    kept["date"] = _dates(kept)
    return kept


def _country_nodes(events: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Node attributes (``label``, ``kind``) for every country code on either side.

    A code is an organisation when it is one of the contract's IGO codes
    (``UN``, ``NATO``, ``WHO``…); any other code is a state.
    """
    codes = set(events["source_country"]) | set(events["target_country"])
    return {code: {"label": code, "kind": "organisation" if code in IGO_CODES else "state"}
            for code in sorted(codes)}


def _actor_nodes(events: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Node attributes (``label``, ``kind``, ``country``) for every actor IRI on either side."""
    nodes: dict[str, dict[str, Any]] = {}
    for side in ("source", "target"):
        columns = [side, f"{side}_name", f"{side}_kind", f"{side}_country"]
        for iri, name, kind, country in events[columns].itertuples(index=False):
            nodes.setdefault(iri, {"label": _or_none(name) or iri, "kind": _or_none(kind),
                                   "country": country})
    return nodes


def event_graph(events: pd.DataFrame) -> nx.MultiDiGraph:
    """One edge per event between the countries of its source and target.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``EVENT_COLUMNS``.

    Returns
    -------
    MultiDiGraph
        Nodes are country codes with ``label`` and ``kind`` (``"state"`` or
        ``"organisation"``). Each edge is keyed by the event IRI and carries every
        field of its row. Events without a target country, and events between a
        country and itself, are left out.

    Examples
    --------
    >>> import pandas as pd
    >>> row = dict.fromkeys(EVENT_COLUMNS)
    >>> row.update(event="ev:1", source_country="RUS", target_country="KOR",
    ...            source_kind="country", target_kind="country", polarity=1)
    >>> G = event_graph(pd.DataFrame([row]))
    >>> list(G.edges(keys=True))
    [('RUS', 'KOR', 'ev:1')]
    """
    kept = between_countries(events)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(_country_nodes(kept).items())
    for record in kept.to_dict(orient="records"):
        graph.add_edge(record["source_country"], record["target_country"],
                       key=record["event"], **record)
    return graph


def _latest_quotes(kept: pd.DataFrame, ends: list[str]) -> dict[tuple[Any, Any], list[Quote]]:
    """Each dyad's latest statements (dated ones first, newest first), at most
    ``QUOTES_PER_DYAD``: one sort and one grouped head for all dyads at once."""
    has_text = kept["statement"].map(_has_text).astype(bool) | kept["sentence"].map(_has_text).astype(bool)
    latest = (kept[has_text].sort_values("date", ascending=False, na_position="last", kind="stable")
              .groupby(ends, sort=False).head(QUOTES_PER_DYAD))
    quotes: dict[tuple[Any, Any], list[Quote]] = {}
    for record in latest.to_dict(orient="records"):
        quote = Quote.of(record)
        if quote is not None:
            quotes.setdefault((record[ends[0]], record[ends[1]]), []).append(quote)
    return quotes


def _has_text(value: Any) -> bool:
    return _present(value) and bool(str(value).strip())


def _dyad_summaries(kept: pd.DataFrame, ends: list[str]) -> pd.DataFrame:
    """Count, mean Goldstein, shares of cooperative and conflictual events, first and last date
    per dyad, in one grouped pass."""
    polarity = pd.to_numeric(kept["polarity"], errors="coerce")
    frame = pd.DataFrame({
        ends[0]: kept[ends[0]], ends[1]: kept[ends[1]], "date": kept["date"],
        "goldstein": pd.to_numeric(kept["goldstein"], errors="coerce"),
        "cooperative": (polarity > 0).astype(float), "conflictual": (polarity < 0).astype(float),
    })
    return frame.groupby(ends, sort=True).agg(
        count=("goldstein", "size"), mean_goldstein=("goldstein", "mean"),
        cooperative=("cooperative", "mean"), conflictual=("conflictual", "mean"),
        first=("date", "min"), last=("date", "max"))


def dyad_graph(events: pd.DataFrame, *, by: Literal["country", "actor"] = "country") -> nx.DiGraph:
    """One edge per directed dyad, summarising the events from one side to the other.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``EVENT_COLUMNS``.
    by : {"country", "actor"}
        Nodes are country codes (with ``label``, ``kind``) or actor IRIs (with
        ``label`` = the actor's name, ``kind``, ``country``).

    Returns
    -------
    DiGraph
        Edge attributes: ``count`` (events), ``mean_goldstein``, ``cooperative`` and
        ``conflictual`` (shares of events with polarity above and below zero),
        ``first`` and ``last`` (earliest and latest event date, None when no event
        is dated), and ``quotes``: up to five ``Quote(date, speaker, statement, url)``
        tuples, latest first, undated ones last. Events without a target country
        or within one country are left out, whatever ``by``.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = []
    >>> for polarity, goldstein in [(1, 3.0), (-1, -2.0)]:
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(event=f"ev:{polarity}", source_country="RUS", target_country="KOR",
    ...                polarity=polarity, goldstein=goldstein, statement="…")
    ...     rows.append(row)
    >>> G = dyad_graph(pd.DataFrame(rows))
    >>> G.edges["RUS", "KOR"]["count"], G.edges["RUS", "KOR"]["mean_goldstein"]
    (2, 0.5)
    """
    if by not in ("country", "actor"):
        raise ValueError(f"by must be 'country' or 'actor', not {by!r}")
    kept = between_countries(events)
    ends = ["source_country", "target_country"] if by == "country" else ["source", "target"]
    if by == "actor":
        kept = kept[kept["source"].notna() & kept["target"].notna()]
    graph = nx.DiGraph()
    graph.add_nodes_from((_country_nodes(kept) if by == "country" else _actor_nodes(kept)).items())
    quotes = _latest_quotes(kept, ends)
    for (source, target), row in _dyad_summaries(kept, ends).iterrows():
        graph.add_edge(source, target, count=int(row["count"]),
                       mean_goldstein=None if pd.isna(row["mean_goldstein"]) else float(row["mean_goldstein"]),
                       cooperative=float(row["cooperative"]), conflictual=float(row["conflictual"]),
                       first=_or_none(row["first"]), last=_or_none(row["last"]),
                       quotes=quotes.get((source, target), []))
    return graph


def filter_events(
    events: pd.DataFrame,
    *,
    actor: str | None = None,
    since: str | pd.Timestamp | None = None,
    until: str | pd.Timestamp | None = None,
    root: str | None = None,
    agency: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """The events that match every filter given.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``EVENT_COLUMNS``.
    actor : str, optional
        An actor IRI or a state (or organisation) code; keeps events where it is
        the source or the target. A code matches every actor of that state:
        ``actor="RUS"`` keeps Russia's ministers as well as Russia itself.
    since, until : str or Timestamp, optional
        Inclusive date bounds (``"2026-02-01"``); undated events are dropped
        when either is given.
    root : str, optional
        A CAMEO root code (``"05"``; ``"5"`` is read as ``"05"``).
    agency : str or iterable of str, optional
        The news agency or agencies that reported the event (``"TASS"``,
        ``["Yonhap", "KCNA"]``), in any letter case.

    Examples
    --------
    >>> import pandas as pd
    >>> row = dict.fromkeys(EVENT_COLUMNS)
    >>> row.update(source_country="RUS", target_country="KOR", root="05",
    ...            date=pd.Timestamp("2026-02-13"), agency="TASS")
    >>> len(filter_events(pd.DataFrame([row]), actor="KOR", since="2026-02-01", root="5"))
    1
    >>> len(filter_events(pd.DataFrame([row]), agency=["yonhap", "kcna"]))
    0
    """
    _check_columns(events, ("date", "source", "target", "source_country", "target_country", "root")
                   + (("agency",) if agency is not None else ()))
    keep = pd.Series(True, index=events.index)
    if actor is not None:
        keep &= events[["source", "target", "source_country", "target_country"]].eq(actor).any(axis=1)
    if since is not None or until is not None:
        dates = _dates(events)
        keep &= dates.notna()
        if since is not None:
            keep &= dates >= pd.Timestamp(since)
        if until is not None:
            keep &= dates <= pd.Timestamp(until)
    if root is not None:
        keep &= events["root"].astype("string").str.zfill(2).eq(str(root).zfill(2)).fillna(False)
    if agency is not None:
        wanted = {agency.casefold()} if isinstance(agency, str) else {name.casefold() for name in agency}
        keep &= events["agency"].astype("string").str.casefold().isin(wanted).fillna(False)
    return events.loc[keep]


def time_slices(
    events: pd.DataFrame,
    freq: Literal["month", "quarter", "year"] = "month",
    *,
    by: Literal["country", "actor"] = "country",
) -> dict[pd.Period, nx.DiGraph]:
    """One dyad graph per month, quarter or year, to follow a network through time.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``EVENT_COLUMNS``.
    freq : {"month", "quarter", "year"}
        How long each slice is.
    by : {"country", "actor"}
        As for ``dyad_graph``.

    Returns
    -------
    dict of Period to DiGraph
        In time order, one ``dyad_graph`` for each period that holds at least
        one dated event between two countries; periods without any are absent.
        Undated events belong to no slice.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = []
    >>> for number, day in enumerate(["2026-01-20", "2026-02-03", "2026-02-27"]):
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(event=f"ev:{number}", source_country="RUS", target_country="KOR",
    ...                date=pd.Timestamp(day), polarity=1, goldstein=1.0)
    ...     rows.append(row)
    >>> slices = time_slices(pd.DataFrame(rows), "month")
    >>> [(str(month), G.edges["RUS", "KOR"]["count"]) for month, G in slices.items()]
    [('2026-01', 1), ('2026-02', 2)]
    """
    if freq not in PERIOD_FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(PERIOD_FREQUENCIES)}, not {freq!r}")
    kept = between_countries(events)
    kept = kept[kept["date"].notna()]
    periods = kept["date"].dt.to_period(PERIOD_FREQUENCIES[freq])
    return {period: dyad_graph(slice_, by=by)
            for period, slice_ in kept.groupby(periods, sort=True)}


def ego_graph(
    events: pd.DataFrame,
    actor: str,
    radius: int = 1,
    *,
    by: Literal["country", "actor"] = "country",
) -> nx.DiGraph:
    """The dyad graph around one state or actor: its partners, and theirs up to ``radius`` steps.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``EVENT_COLUMNS``.
    actor : str
        A country code (``by="country"``) or an actor IRI (``by="actor"``).
    radius : int
        How many steps from ``actor`` to reach, along edges in either direction.
    by : {"country", "actor"}
        As for ``dyad_graph``.

    Returns
    -------
    DiGraph
        The subgraph of ``dyad_graph(events, by=by)`` induced by the nodes within
        ``radius``, with every edge among them and their attributes.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = []
    >>> for source, target in [("RUS", "KOR"), ("KOR", "USA"), ("USA", "GBR")]:
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(event=f"ev:{source}{target}", source_country=source,
    ...                target_country=target, polarity=1, goldstein=1.0)
    ...     rows.append(row)
    >>> sorted(ego_graph(pd.DataFrame(rows), "KOR"))
    ['KOR', 'RUS', 'USA']
    """
    if radius < 0:
        raise ValueError(f"radius counts steps and cannot be negative, not {radius}")
    graph = dyad_graph(events, by=by)
    if actor not in graph:
        nodes = ", ".join(sorted(map(str, graph.nodes))) or "none: no event relates two countries"
        raise ValueError(f"{actor!r} has no event with another country in these events; "
                         f"choose one of the nodes ({nodes})")
    return nx.ego_graph(graph, actor, radius=radius, undirected=True)


def centrality(graph: nx.DiGraph) -> pd.DataFrame:
    """Who is central in a dyad graph: degree, event strength in and out, betweenness.

    Parameters
    ----------
    graph : DiGraph
        A graph from ``dyad_graph`` (or ``event_graph``); strengths sum the edges'
        ``count`` attribute, taken as 1 where an edge has none.

    Returns
    -------
    DataFrame
        Indexed by node, with ``label``, ``degree`` (distinct neighbours in and
        out), ``in_strength`` and ``out_strength`` (events received and sent) and
        ``betweenness`` (normalised, unweighted), sorted by degree, then
        betweenness, then strength, highest first.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("RUS", "KOR", count=3)
    >>> G.add_edge("KOR", "USA", count=1)
    >>> centrality(G).index[0]
    'KOR'
    """
    simple = nx.DiGraph(graph) if graph.is_multigraph() else graph
    betweenness = nx.betweenness_centrality(simple) if len(simple) else {}
    rows: dict[Hashable, dict[str, Any]] = {}
    for node, attributes in graph.nodes(data=True):
        rows[node] = {
            "label": attributes.get("label", node),
            "degree": simple.degree(node),
            "in_strength": _strength(graph.in_edges(node, data="count", default=1)),
            "out_strength": _strength(graph.out_edges(node, data="count", default=1)),
            "betweenness": betweenness.get(node, 0.0),
        }
    table = pd.DataFrame.from_dict(
        rows, orient="index",
        columns=["label", "degree", "in_strength", "out_strength", "betweenness"])
    table["strength"] = table["in_strength"] + table["out_strength"]
    table = table.sort_values(["degree", "betweenness", "strength"], ascending=False, kind="stable")
    return table.drop(columns="strength")


def _strength(edges: Any) -> int:
    return int(sum(count for _, _, count in edges))
