"""The state network and the ego view: countries and organisations linked by their dyads.

Nodes are country codes (and IGO codes) from ``kg.graph.dyad_graph``, sized by
degree and coloured by kind or region; edges are directed dyads, as wide as their
event count and coloured by the balance of cooperation and conflict. The page
itself is built by ``kg.views.page``: offline, escaped, with a legend, a
date-range filter and tooltips carrying the latest quotes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from kg.graph import dyad_graph
from kg.views.page import (
    CENTRE_BORDER_COLOUR,
    LARGE_GRAPH_EDGES,
    ColourBy,
    Page,
    agencies,
    check_colour_by,
    dyad_edge,
    event_dates,
    inline_html,
    kind_legend,
    node_colour,
    node_size,
    options,
    plural,
    positions,
    region_legend,
    render,
    tone_legend,
    vis_elements,
    write_html,
)
from kg.views.regions import region_of

if TYPE_CHECKING:
    from IPython.display import HTML

EMPTY_MESSAGE = "Nothing to show: no events between two different known countries."


def _node_tip(graph: nx.DiGraph, node: str) -> dict[str, Any]:
    sent = sum(count for _, _, count in graph.out_edges(node, data="count"))
    received = sum(count for _, _, count in graph.in_edges(node, data="count"))
    kind = graph.nodes[node]["kind"]
    heading = f"{node} ({kind}, {region_of(node)})" if kind == "state" else f"{node} ({kind})"
    lines = [
        f"sends {plural(sent, 'event')} to {plural(graph.out_degree(node), 'partner')}",
        f"receives {plural(received, 'event')} from {plural(graph.in_degree(node), 'partner')}",
    ]
    return {"heading": heading, "lines": lines, "quotes": []}


def _state_page(events: pd.DataFrame, graph: nx.DiGraph, *, title: str, colour_by: ColourBy,
                centre: str | None = None, message: str = EMPTY_MESSAGE) -> Page:
    """The page of a country-level dyad graph (the whole network or an ego graph)."""
    large = graph.number_of_edges() > LARGE_GRAPH_EDGES
    placed = positions(graph, large)
    known_agencies = agencies(events)
    days = event_dates(events, "source_country", "target_country")
    nodes = []
    for node, attributes in graph.nodes(data=True):
        style: dict[str, Any] = {"label": attributes["label"], "kind": attributes["kind"],
                                 "color": node_colour(node, attributes["kind"], colour_by),
                                 "size": node_size(graph.degree(node)), "tip": _node_tip(graph, node),
                                 **placed.get(node, {})}
        if node == centre:
            style.update(borderWidth=4, pinned=True,
                         color={"background": style["color"], "border": CENTRE_BORDER_COLOUR})
        nodes.append((node, style))
    edges = [(source, target, dyad_edge(source, target, attributes, f"{source} → {target}",
                                        known_agencies, days.get((source, target), [])))
             for source, target, attributes in graph.edges(data=True)]
    vis_nodes, vis_edges = vis_elements(nodes, edges)
    legend = (kind_legend(graph.nodes[node]["kind"] for node in graph) if colour_by == "kind"
              else region_legend(node for node in graph if graph.nodes[node]["kind"] == "state")
              + kind_legend("organisation" for node in graph
                            if graph.nodes[node]["kind"] == "organisation"))
    legend += tone_legend()
    if centre is not None and centre in graph:
        legend.append({"mark": "ring", "colour": CENTRE_BORDER_COLOUR, "label": centre})
    return Page(title=title, summary=_summary(events, graph), message=message, nodes=vis_nodes,
                edges=vis_edges, legend=legend if len(graph) else [], options=options(large))


def _summary(events: pd.DataFrame, graph: nx.DiGraph) -> str:
    if len(graph) == 0:
        return EMPTY_MESSAGE
    nodes = len(graph)
    shown = sum(count for _, _, count in graph.edges(data="count"))
    return (f"{nodes} {'country or organisation' if nodes == 1 else 'countries and organisations'}, "
            f"{plural(graph.number_of_edges(), 'directed dyad')}, {plural(shown, 'event')} "
            f"(of {len(events)} in the selection)")


def network_page(events: pd.DataFrame, *, title: str = "diplo-kg", colour_by: ColourBy = "kind") -> Page:
    """The state network as a ``Page``; see ``network_html``."""
    check_colour_by(colour_by)
    return _state_page(events, dyad_graph(events), title=title, colour_by=colour_by)


def network_html(events: pd.DataFrame, *, title: str = "diplo-kg", colour_by: ColourBy = "kind") -> str:
    """A standalone HTML page of the state network, that works offline.

    Parameters
    ----------
    events : DataFrame
        One row per event, as ``kg.query.events_frame`` gives it.
    title : str
        The page's title and heading (escaped).
    colour_by : {"kind", "region"}
        Colour states and organisations apart, or colour states by their region
        (``kg/data/regions.csv``).

    Returns
    -------
    str
        The page. Nodes are countries and organisations, sized by degree; edges
        are directed dyads, as wide as their event count and coloured by the
        balance of cooperation and conflict; hovering shows counts, mean
        Goldstein and the latest quotes, clicking shows them with links to the
        sources. An empty selection gives a page that says there is nothing to show.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> page = network_html(pd.DataFrame(columns=list(EVENT_COLUMNS)))
    >>> "Nothing to show" in page
    True
    """
    return render(network_page(events, title=title, colour_by=colour_by))


def ego_page(events: pd.DataFrame, centre: str, *, radius: int = 1, title: str | None = None,
             colour_by: ColourBy = "kind") -> Page:
    """The ego view as a ``Page``; see ``ego_html``."""
    check_colour_by(colour_by)
    if radius < 1:
        raise ValueError(f"radius must be 1 or more, not {radius}")
    graph = dyad_graph(events)
    heading = title if title is not None else f"diplo-kg: {centre} and its partners"
    if centre not in graph:
        return _state_page(events, nx.DiGraph(), title=heading, colour_by=colour_by, centre=centre,
                           message=f"Nothing to show: {centre} has no events with another known "
                                   "country in the selection.")
    ego = nx.ego_graph(graph, centre, radius=radius, undirected=True)
    return _state_page(events, ego, title=heading, colour_by=colour_by, centre=centre)


def ego_html(events: pd.DataFrame, centre: str, *, radius: int = 1, title: str | None = None,
             colour_by: ColourBy = "kind") -> str:
    """A standalone HTML page of one state, its partners, and the dyads among them.

    Parameters
    ----------
    events : DataFrame
        One row per event, as ``kg.query.events_frame`` gives it.
    centre : str
        A country or IGO code (``"KOR"``); drawn with a dark ring.
    radius : int
        How many steps out from the centre to go, either direction.
    title : str, optional
        Defaults to "diplo-kg: <centre> and its partners".
    colour_by : {"kind", "region"}

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> "KOR has no events" in ego_html(pd.DataFrame(columns=list(EVENT_COLUMNS)), "KOR")
    True
    """
    return render(ego_page(events, centre, radius=radius, title=title, colour_by=colour_by))


def write_network(events: pd.DataFrame, out: str | Path, *, title: str = "diplo-kg",
                  colour_by: ColourBy = "kind") -> Path:
    """Write ``network_html(events)`` to ``out`` (folders are created) and return its path.

    Examples
    --------
    >>> import pandas as pd, tempfile
    >>> from kg.graph import EVENT_COLUMNS
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_network(pd.DataFrame(columns=list(EVENT_COLUMNS)), f"{folder}/net.html").name
    'net.html'
    """
    return write_html(network_html(events, title=title, colour_by=colour_by), out)


def inline(events: pd.DataFrame, *, height: int = 600, colour_by: ColourBy = "kind") -> HTML:
    """The state network for a notebook cell: the page inside a sandboxed ``<iframe srcdoc>``.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> '<iframe srcdoc="' in inline(pd.DataFrame(columns=list(EVENT_COLUMNS)), height=400).data
    True
    """
    return inline_html(network_html(events, colour_by=colour_by), height=height)
