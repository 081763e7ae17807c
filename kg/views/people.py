"""Views of who speaks: the people network, and the dyad view of two states.

Both views key each event by its speaker: the person when the source is a
person, else the source's country. ``kg.graph.dyad_graph`` then aggregates the
events from each speaker to each target country, so an edge carries the same
count, tone, dates and latest quotes as in the state network. People are tied
to the state they speak for by a dashed grey link.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import networkx as nx
import pandas as pd

from kg.event import IGO_CODES
from kg.graph import EVENT_COLUMNS, Quote, dyad_graph
from kg.views.page import (
    LARGE_GRAPH_EDGES,
    NODE_COLOURS,
    ColourBy,
    Page,
    affiliation_edge,
    agencies,
    check_colour_by,
    dyad_edge,
    event_dates,
    kind_legend,
    node_colour,
    node_size,
    options,
    plural,
    positions,
    quote_tip,
    region_legend,
    render,
    tone_legend,
    vis_elements,
)

PEOPLE_EMPTY = "Nothing to show: no person in the selection speaks about another country."
DYAD_SPREAD = 300.0
"""How far left and right of the middle the dyad view pins its two states."""
QUOTES_PER_PERSON = 5
PERSON_RING = 25.0
"""In large views, the radius of the circle of people round their state grows as this times √people."""


def _state_kind(code: str) -> str:
    return "organisation" if code in IGO_CODES else "state"


def _speaker_events(events: pd.DataFrame, *, people_only: bool) -> pd.DataFrame:
    """Events between two different known countries, with ``speaker`` and ``speaker_country``.

    ``source_country`` is replaced by the speaker key, so that ``dyad_graph``
    aggregates by speaker; the speaker's own country moves to ``speaker_country``.
    """
    missing = [column for column in EVENT_COLUMNS if column not in events.columns]
    if missing:
        raise ValueError(f"the events frame lacks the columns {missing}; "
                         "build it with kg.query.events_frame()")
    source, target = events["source_country"], events["target_country"]
    keep = source.notna() & target.notna() & (source != target)
    is_person = events["source_kind"].eq("person").fillna(False) & events["source"].notna()
    if people_only:
        keep &= is_person
    kept = events.loc[keep].copy()
    kept["speaker_country"] = kept["source_country"]
    kept["speaker"] = kept["source"].where(is_person.loc[keep], kept["source_country"])
    kept["source_country"] = kept["speaker"]
    return kept


def _person_tip(name: str, country: str, rows: pd.DataFrame,
                known_agencies: dict[Quote, str | None]) -> dict[str, Any]:
    """Whom a person speaks about, and their latest quotes (``rows`` come newest first)."""
    targets = rows["target_country"].value_counts()
    about = ", ".join(f"{code} ({count})" for code, count in targets.items())
    quotes = [quote for quote in map(Quote.of, rows.to_dict(orient="records")) if quote is not None]
    return {"heading": f"{name} ({country})",
            "lines": [f"{plural(len(rows), 'event')} about {about}"],
            "quotes": [quote_tip(quote, known_agencies.get(quote)) for quote in quotes[:QUOTES_PER_PERSON]]}


def _state_tip(code: str, graph: nx.DiGraph, people: Iterable[str]) -> dict[str, Any]:
    received = sum(count for _, _, count in graph.in_edges(code, data="count"))
    spoken = sum(count for _, _, count in graph.out_edges(code, data="count"))
    lines = [f"{plural(received, 'event')} about it", f"{plural(len(list(people)), 'person')} speaking for it"]
    if spoken:
        lines.append(f"{plural(spoken, 'event')} by the state itself")
    return {"heading": f"{code} ({_state_kind(code)})", "lines": lines, "quotes": []}


def _around_states(graph: nx.DiGraph, affiliation: dict[str, str],
                   members: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Fixed coordinates for a large speaker graph: states by spring layout, people ringed round theirs.

    The states are laid out on the state-level projection (each person's edges
    counted as their state's), which has a few hundred nodes at most; each
    state's people then sit on a small circle round it.
    """
    states = nx.Graph()
    states.add_nodes_from(node for node in graph if node not in affiliation)
    states.add_edges_from((affiliation.get(source, source), target) for source, target in graph.edges
                          if affiliation.get(source, source) != target)
    placed = positions(states, large=True)
    for state, people in members.items():
        centre = placed[state]
        radius = PERSON_RING * math.sqrt(len(people))
        for index, person in enumerate(sorted(people)):
            angle = 2 * math.pi * index / len(people)
            placed[person] = {"x": centre["x"] + radius * math.cos(angle),
                              "y": centre["y"] + radius * math.sin(angle)}
    return placed


def _speaker_page(events: pd.DataFrame, speakers: pd.DataFrame, *, title: str, summary: str,
                  message: str, colour_by: ColourBy, pinned: dict[str, dict[str, Any]]) -> Page:
    """The page of a speaker graph: people and states, event edges and affiliation links."""
    graph = dyad_graph(speakers)
    people = speakers.loc[speakers["speaker"] != speakers["speaker_country"]].sort_values(
        "date", ascending=False, na_position="last", kind="stable")
    spoken_by = dict(tuple(people.groupby("speaker", sort=False)))
    affiliation = dict(zip(people["speaker"], people["speaker_country"]))
    names = dict(zip(people["speaker"], people["source_name"].fillna(people["speaker"])))
    graph.add_nodes_from(set(affiliation.values()) - set(graph))
    members: dict[str, list[str]] = {}
    for person, country in affiliation.items():
        members.setdefault(country, []).append(person)
    layout_graph = nx.Graph(graph)
    layout_graph.add_edges_from(affiliation.items())
    large = layout_graph.number_of_edges() > LARGE_GRAPH_EDGES
    placed = _around_states(graph, affiliation, members) if large else {}
    known_agencies = agencies(events)
    nodes = []
    for node in sorted(graph):
        if node in affiliation:
            spoken = spoken_by[node]
            style = {"label": names[node], "kind": "person", "color": NODE_COLOURS["person"],
                     "size": node_size(len(spoken)),
                     "tip": _person_tip(names[node], affiliation[node], spoken, known_agencies)}
        else:
            kind = _state_kind(node)
            style = {"label": node, "kind": kind, "color": node_colour(node, kind, colour_by),
                     "size": node_size(layout_graph.degree(node)),
                     "tip": _state_tip(node, graph, members.get(node, []))}
        style.update(placed.get(node, {}))
        style.update(pinned.get(node, {}))
        nodes.append((node, style))
    days = event_dates(speakers, "speaker", "target_country")
    edges = [(source, target, dyad_edge(source, target, attributes,
                                        f"{names.get(source, source)} → {target}",
                                        known_agencies, days.get((source, target), [])))
             for source, target, attributes in graph.edges(data=True)]
    edges += [(person, country, affiliation_edge(person, country))
              for person, country in sorted(affiliation.items())]
    vis_nodes, vis_edges = vis_elements(nodes, edges)
    kinds = {style["kind"] for _, style in nodes}
    legend = (kind_legend(kinds) if colour_by == "kind"
              else kind_legend(kinds - {"state"})
              + region_legend(node for node, style in nodes if style["kind"] == "state"))
    legend += tone_legend(with_affiliation=bool(affiliation))
    return Page(title=title, summary=summary if len(graph) else message, message=message,
                nodes=vis_nodes, edges=vis_edges, legend=legend if len(graph) else [],
                options=options(large))


def people_page(events: pd.DataFrame, *, title: str = "diplo-kg: who speaks",
                colour_by: ColourBy = "kind") -> Page:
    """The people network as a ``Page``; see ``people_html``."""
    check_colour_by(colour_by)
    speakers = _speaker_events(events, people_only=True)
    people = speakers["speaker"].nunique()
    summary = (f"{plural(people, 'person')} from {plural(speakers['speaker_country'].nunique(), 'state')}, "
               f"{plural(len(speakers), 'event')} (of {len(events)} in the selection)")
    return _speaker_page(events, speakers, title=title, summary=summary, message=PEOPLE_EMPTY,
                         colour_by=colour_by, pinned={})


def people_html(events: pd.DataFrame, *, title: str = "diplo-kg: who speaks",
                colour_by: ColourBy = "kind") -> str:
    """A standalone HTML page of the people who speak, and the states they speak about.

    Parameters
    ----------
    events : DataFrame
        One row per event, as ``kg.query.events_frame`` gives it. Only events
        whose source is a person, about a country other than their own, are drawn.
    title : str
        The page's title and heading (escaped).
    colour_by : {"kind", "region"}
        How states are coloured; people are always the person colour.

    Returns
    -------
    str
        The page. People are sized by their event count and tied to their state
        by a dashed link; an edge runs from a person to each state they speak
        about, coloured by tone and as wide as its event count.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> "no person in the selection" in people_html(pd.DataFrame(columns=list(EVENT_COLUMNS)))
    True
    """
    return render(people_page(events, title=title, colour_by=colour_by))


def dyad_page(events: pd.DataFrame, first: str, second: str, *, title: str | None = None,
              colour_by: ColourBy = "kind") -> Page:
    """The dyad view as a ``Page``; see ``dyad_html``."""
    check_colour_by(colour_by)
    if first == second:
        raise ValueError(f"a dyad needs two different countries, not {first} twice")
    speakers = _speaker_events(events, people_only=False)
    pair = {first, second}
    speakers = speakers.loc[speakers["speaker_country"].isin(pair) & speakers["target_country"].isin(pair)]
    forward = int((speakers["speaker_country"] == first).sum())
    backward = len(speakers) - forward
    people = speakers.loc[speakers["speaker"] != speakers["speaker_country"], "speaker"].nunique()
    summary = (f"{first} → {second}: {plural(forward, 'event')}; {second} → {first}: "
               f"{plural(backward, 'event')}; {plural(people, 'person')} speaking")
    pinned = {first: {"x": -DYAD_SPREAD, "y": 0.0, "fixed": True, "pinned": True},
              second: {"x": DYAD_SPREAD, "y": 0.0, "fixed": True, "pinned": True}}
    message = f"Nothing to show: no events between {first} and {second} in the selection."
    return _speaker_page(events, speakers, title=title or f"diplo-kg: {first} and {second}",
                         summary=summary, message=message, colour_by=colour_by, pinned=pinned)


def dyad_html(events: pd.DataFrame, first: str, second: str, *, title: str | None = None,
              colour_by: ColourBy = "kind") -> str:
    """A standalone HTML page of one relation: two states and everyone who speaks between them.

    Parameters
    ----------
    events : DataFrame
        One row per event, as ``kg.query.events_frame`` gives it.
    first, second : str
        The two country codes, pinned left and right.
    title : str, optional
        Defaults to "diplo-kg: <first> and <second>".
    colour_by : {"kind", "region"}

    Returns
    -------
    str
        The page. A statement by a person is an edge from that person (tied to
        their state) to the other state; one by a state or ministry without a
        named person is an edge between the two states. The date filter in the
        page narrows the relation to a period.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> "no events between RUS and KOR" in dyad_html(pd.DataFrame(columns=list(EVENT_COLUMNS)), "RUS", "KOR")
    True
    """
    return render(dyad_page(events, first, second, title=title, colour_by=colour_by))
