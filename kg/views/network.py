"""The dyad network as one self-contained, offline HTML page.

pyvis builds the nodes, edges and options from ``kg.graph.dyad_graph``; the page
itself comes from this package's ``template.html``, not from pyvis, because
pyvis's own templates fetch Bootstrap from a CDN and turn tooltips into live
HTML. The page inlines the vis-network script and stylesheet that ship inside
the installed pyvis package, so it makes no network request, and its
Content-Security-Policy forbids any. Article text, actor names and URLs are
untrusted: they travel as JSON in a ``<script type="application/json">`` block
(with ``<``, ``>`` and ``&`` escaped, so the text cannot close the block) and
reach the screen only through ``textContent``.
"""

from __future__ import annotations

import html
import json
import math
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import networkx as nx
import pandas as pd
from pyvis.network import Network

from kg.graph import Quote, dyad_graph

if TYPE_CHECKING:
    from IPython.display import HTML

VIS_LIBRARY = ("templates", "lib", "vis-9.1.2")
"""Where vis-network sits inside the pyvis package."""

NODE_COLOURS = {"state": "#4e79a7", "organisation": "#f28e2b"}
COOPERATIVE_COLOUR = "#59a14f"
NEUTRAL_COLOUR = "#9d9d9d"
CONFLICTUAL_COLOUR = "#e15759"
BALANCE_THRESHOLD = 0.2
"""An edge is green or red when cooperative and conflictual shares differ by this much."""

LARGE_GRAPH_EDGES = 300
"""Above this many edges the layout is computed once in Python and physics is off."""
LAYOUT_SEED = 42
LAYOUT_SCALE = 1000.0
QUOTE_CHARACTERS = 400
"""Quotes longer than this are cut in tooltips."""

EMPTY_MESSAGE = "Nothing to show: no events between two different known countries."


def _vis_asset(name: str) -> str:
    """The text of one vis-network file shipped inside the installed pyvis."""
    asset = resources.files("pyvis").joinpath(*VIS_LIBRARY, name)
    try:
        return asset.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise RuntimeError(
            f"vis-network is missing from the installed pyvis ({asset}); "
            "reinstall pyvis 0.3.2: pip install --force-reinstall pyvis==0.3.2"
        ) from error


def _script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: nothing in it can end the element."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    for character, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                              ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(character, escape)
    return text


def _web_url(url: str | None) -> str | None:
    """The URL when it is an http or https address, else None (``javascript:``, ``data:``…)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _day(date: pd.Timestamp | None) -> str | None:
    return None if date is None else date.strftime("%Y-%m-%d")


def _short(text: str) -> str:
    return text if len(text) <= QUOTE_CHARACTERS else text[:QUOTE_CHARACTERS - 1].rstrip() + "…"


def _edge_colour(cooperative: float, conflictual: float) -> str:
    balance = cooperative - conflictual
    if balance >= BALANCE_THRESHOLD:
        return COOPERATIVE_COLOUR
    if balance <= -BALANCE_THRESHOLD:
        return CONFLICTUAL_COLOUR
    return NEUTRAL_COLOUR


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _quote_tip(quote: Quote, agency: str | None) -> dict[str, Any]:
    byline = " · ".join([quote.speaker or "unnamed speaker", _day(quote.date) or "undated",
                         agency or "unknown agency"])
    return {"byline": byline, "text": _short(quote.statement), "url": _web_url(quote.url)}


def _edge_tip(source: str, target: str, attributes: dict[str, Any],
              agencies: dict[Quote, str | None]) -> dict[str, Any]:
    count = attributes["count"]
    mean = attributes["mean_goldstein"]
    first, last = _day(attributes["first"]), _day(attributes["last"])
    lines = [
        f"{_plural(count, 'event')}: {attributes['cooperative']:.0%} cooperative, "
        f"{attributes['conflictual']:.0%} conflictual",
        "no Goldstein weight" if mean is None else f"mean Goldstein {mean:+.1f}",
        "undated" if first is None else (first if first == last else f"{first} to {last}"),
    ]
    quotes = [_quote_tip(quote, agencies.get(quote)) for quote in attributes["quotes"]]
    return {"heading": f"{source} → {target}", "lines": lines, "quotes": quotes}


def _node_tip(graph: nx.DiGraph, node: str) -> dict[str, Any]:
    sent = sum(count for _, _, count in graph.out_edges(node, data="count"))
    received = sum(count for _, _, count in graph.in_edges(node, data="count"))
    lines = [
        f"sends {_plural(sent, 'event')} to {_plural(graph.out_degree(node), 'partner')}",
        f"receives {_plural(received, 'event')} from {_plural(graph.in_degree(node), 'partner')}",
    ]
    return {"heading": f"{node} ({graph.nodes[node]['kind']})", "lines": lines, "quotes": []}


def _agencies(events: pd.DataFrame) -> dict[Quote, str | None]:
    """Which agency reported each quote, so that tooltips can credit it."""
    agencies: dict[Quote, str | None] = {}
    for record in events.to_dict(orient="records"):
        quote = Quote.of(record)
        agency = record.get("agency")
        if quote is not None and isinstance(agency, str):
            agencies.setdefault(quote, agency)
    return agencies


def _options(large: bool) -> dict[str, Any]:
    """vis-network options: live physics that stops once stable, or none for large graphs."""
    physics: dict[str, Any] = {"enabled": False}
    if not large:
        physics = {"enabled": True, "solver": "forceAtlas2Based",
                   "stabilization": {"enabled": True, "iterations": 400, "fit": True}}
    return {
        "nodes": {"shape": "dot", "font": {"size": 14}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "smooth": False if large else {"enabled": True, "type": "continuous"}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "physics": physics,
    }


def _network(events: pd.DataFrame) -> Network:
    """The pyvis network of the dyad graph: sizes, colours, widths, tooltip data, layout."""
    graph = dyad_graph(events)
    large = graph.number_of_edges() > LARGE_GRAPH_EDGES
    positions = nx.spring_layout(graph, seed=LAYOUT_SEED, scale=LAYOUT_SCALE) if large else {}
    agencies = _agencies(events)
    network = Network(directed=True)
    for node, attributes in graph.nodes(data=True):
        placement = {}
        if node in positions:
            placement = {"x": float(positions[node][0]), "y": float(positions[node][1])}
        network.add_node(node, label=attributes["label"], color=NODE_COLOURS[attributes["kind"]],
                         size=10 + 5 * math.sqrt(graph.degree(node)), kind=attributes["kind"],
                         tip=_node_tip(graph, node), **placement)
    for source, target, attributes in graph.edges(data=True):
        network.add_edge(source, target, id=f"{source}->{target}",
                         width=min(1 + 2 * math.log2(attributes["count"]), 15),
                         color=_edge_colour(attributes["cooperative"], attributes["conflictual"]),
                         count=attributes["count"], tip=_edge_tip(source, target, attributes, agencies))
    network.options = _options(large)
    return network


def _summary(events: pd.DataFrame, network: Network) -> str:
    if not network.nodes:
        return EMPTY_MESSAGE
    nodes = len(network.nodes)
    shown = sum(edge["count"] for edge in network.edges)
    return (f"{nodes} {'country or organisation' if nodes == 1 else 'countries and organisations'}, "
            f"{_plural(len(network.edges), 'directed dyad')}, {_plural(shown, 'event')} "
            f"(of {len(events)} in the selection)")


def network_html(events: pd.DataFrame, *, title: str = "diplo-kg") -> str:
    """A standalone HTML page of the dyad network, that works offline.

    Parameters
    ----------
    events : DataFrame
        One row per event, as ``kg.query.events_frame`` gives it.
    title : str
        The page's title and heading (escaped).

    Returns
    -------
    str
        The page. Nodes are countries and organisations, sized by degree and
        coloured by kind; edges are directed dyads, as wide as their event count
        and coloured by the balance of cooperation and conflict; hovering shows
        counts, mean Goldstein and the latest quotes. An empty selection gives a
        page that says there is nothing to show.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> page = network_html(pd.DataFrame(columns=list(EVENT_COLUMNS)))
    >>> "Nothing to show" in page
    True
    """
    network = _network(events)
    payload = {"nodes": network.nodes, "edges": network.edges, "options": network.options,
               "message": EMPTY_MESSAGE}
    template = Template(resources.files("kg.views").joinpath("template.html").read_text("utf-8"))
    return template.substitute(
        title=html.escape(title),
        summary=html.escape(_summary(events, network)),
        vis_css=_vis_asset("vis-network.css"),
        vis_js=_vis_asset("vis-network.min.js"),
        data=_script_json(payload),
        state_colour=NODE_COLOURS["state"],
        organisation_colour=NODE_COLOURS["organisation"],
        cooperative_colour=COOPERATIVE_COLOUR,
        neutral_colour=NEUTRAL_COLOUR,
        conflictual_colour=CONFLICTUAL_COLOUR,
    )


def write_network(events: pd.DataFrame, out: str | Path, *, title: str = "diplo-kg") -> Path:
    """Write ``network_html(events)`` to ``out`` (folders are created) and return its path.

    Examples
    --------
    >>> import pandas as pd, tempfile
    >>> from kg.graph import EVENT_COLUMNS
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_network(pd.DataFrame(columns=list(EVENT_COLUMNS)), f"{folder}/net.html").name
    'net.html'
    """
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(network_html(events, title=title), encoding="utf-8")
    return path


def inline(events: pd.DataFrame, *, height: int = 600) -> HTML:
    """The network for a notebook cell: the page inside a sandboxed ``<iframe srcdoc>``.

    The iframe keeps the page's scripts and styles apart from the notebook's, so
    it renders the same in JupyterLab, classic Jupyter and VS Code.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> '<iframe srcdoc="' in inline(pd.DataFrame(columns=list(EVENT_COLUMNS)), height=400).data
    True
    """
    try:
        from IPython.display import HTML
    except ImportError as error:
        raise ImportError("inline() shows the network in a notebook and needs IPython: "
                          "pip install ipython, or use write_network() for a file") from error
    page = html.escape(network_html(events), quote=True)
    return HTML(f'<div class="diplo-kg-network"><iframe srcdoc="{page}" sandbox="allow-scripts" '
                f'title="diplo-kg network" style="width: 100%; height: {int(height)}px; border: 0;">'
                '</iframe></div>')
