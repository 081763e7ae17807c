"""The parts every view shares: styling, tooltips, layout, and the one offline HTML page.

A view is a ``Page``: vis-network nodes and edges (built with pyvis), options, a
legend and a summary line. ``render`` pours it into this package's
``template.html``, not pyvis's own templates, which fetch Bootstrap from a CDN and
turn tooltips into live HTML. The page inlines the vis-network script and
stylesheet that ship inside the installed pyvis, so it makes no network request,
and its Content-Security-Policy forbids any. Article text, actor names and URLs
are untrusted: they travel as JSON in a ``<script type="application/json">``
block (``<``, ``>`` and ``&`` escaped, so the text cannot close the block) and
reach the screen only through ``textContent``; only http and https URLs become
links, built with DOM calls and ``rel="noopener noreferrer"``.
"""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import networkx as nx
import pandas as pd
from pyvis.network import Network

from kg.graph import Quote
from kg.views.regions import region_colours, region_of

if TYPE_CHECKING:
    from IPython.display import HTML

ColourBy = Literal["kind", "region"]

VIS_LIBRARY = ("templates", "lib", "vis-9.1.2")
"""Where vis-network sits inside the pyvis package."""

NODE_COLOURS = {"state": "#4e79a7", "organisation": "#f28e2b", "person": "#b07aa1"}
COOPERATIVE_COLOUR = "#59a14f"
NEUTRAL_COLOUR = "#9d9d9d"
CONFLICTUAL_COLOUR = "#e15759"
AFFILIATION_COLOUR = "#c8c8c8"
CENTRE_BORDER_COLOUR = "#222222"
AFFILIATION_LENGTH = 80
"""A short spring for the person–state link, so that people gather round their state."""
BALANCE_THRESHOLD = 0.2
"""An edge is green or red when cooperative and conflictual shares differ by this much."""

LARGE_GRAPH_EDGES = 300
"""Above this many edges the layout is computed once in Python and physics is off."""
LAYOUT_SEED = 42
LAYOUT_SCALE = 1000.0
IFRAME_SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"
"""What a notebook view may do: run its own scripts and open source links in a new tab."""
QUOTE_CHARACTERS = 400
"""Quotes longer than this are cut in tooltips."""


@dataclass
class Page:
    """One view, ready to render: what to draw and what to say about it."""

    title: str
    summary: str
    message: str
    """Shown instead of the graph when there are no nodes."""
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    legend: list[dict[str, str]] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: nothing in it can end the element.

    Examples
    --------
    >>> script_json({"text": "</script>"})
    '{"text": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    for character, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                              ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(character, escape)
    return text


def web_url(url: str | None) -> str | None:
    """The URL when it is an http or https address, else None (``javascript:``, ``data:``…).

    Examples
    --------
    >>> web_url(" https://tass.com/x "), web_url("javascript:alert(1)")
    ('https://tass.com/x', None)
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def day(date: pd.Timestamp | None) -> str | None:
    """A date as ``YYYY-MM-DD``, None for None."""
    return None if date is None else date.strftime("%Y-%m-%d")


IRREGULAR_PLURALS = {"person": "people"}


def plural(count: int, noun: str) -> str:
    """``"1 event"``, ``"2 events"``, ``"2 people"``."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {IRREGULAR_PLURALS.get(noun, noun + 's')}"


def _short(text: str) -> str:
    return text if len(text) <= QUOTE_CHARACTERS else text[:QUOTE_CHARACTERS - 1].rstrip() + "…"


def edge_colour(cooperative: float, conflictual: float) -> str:
    """Green when cooperation outweighs conflict by ``BALANCE_THRESHOLD``, red for the reverse, else grey."""
    balance = cooperative - conflictual
    if balance >= BALANCE_THRESHOLD:
        return COOPERATIVE_COLOUR
    if balance <= -BALANCE_THRESHOLD:
        return CONFLICTUAL_COLOUR
    return NEUTRAL_COLOUR


def edge_width(count: int) -> float:
    """Edge width grows with the log of the event count, capped so that hubs stay readable."""
    return min(1 + 2 * math.log2(count), 15)


def node_size(weight: int) -> float:
    """Node size grows with the square root of its degree or event count."""
    return 10 + 5 * math.sqrt(weight)


def node_colour(code: str, kind: str, colour_by: ColourBy) -> str:
    """A state's or organisation's colour: by kind, or by the state's region."""
    if colour_by == "region" and kind == "state":
        return region_colours()[region_of(code)]
    return NODE_COLOURS[kind]


def check_colour_by(colour_by: str) -> None:
    """Fail early, and say what is allowed, when ``colour_by`` is not a known scheme."""
    if colour_by not in ("kind", "region"):
        raise ValueError(f"colour_by must be 'kind' or 'region', not {colour_by!r}")


def agencies(events: pd.DataFrame) -> dict[Quote, str | None]:
    """Which agency reported each quote, so that tooltips can credit it."""
    found: dict[Quote, str | None] = {}
    for record in events.to_dict(orient="records"):
        quote = Quote.of(record)
        agency = record.get("agency")
        if quote is not None and isinstance(agency, str):
            found.setdefault(quote, agency)
    return found


def event_dates(events: pd.DataFrame, source: str, target: str) -> dict[tuple[Any, Any], list[str]]:
    """Each (source, target) pair's event days as sorted ``YYYY-MM-DD``; undated events are left out."""
    dates = pd.to_datetime(events["date"], errors="coerce")
    found: dict[tuple[Any, Any], list[str]] = defaultdict(list)
    for key_source, key_target, when in zip(events[source], events[target], dates):
        if not pd.isna(when):
            found[key_source, key_target].append(when.strftime("%Y-%m-%d"))
    return {key: sorted(days) for key, days in found.items()}


def quote_tip(quote: Quote, agency: str | None) -> dict[str, Any]:
    """A quote as the page shows it: byline, text (cut), and its URL when it is a web address."""
    byline = " · ".join([quote.speaker or "unnamed speaker", day(quote.date) or "undated",
                         agency or "unknown agency"])
    return {"byline": byline, "text": _short(quote.statement), "url": web_url(quote.url)}


def dyad_tip(heading: str, attributes: Mapping[str, Any],
             known_agencies: Mapping[Quote, str | None]) -> dict[str, Any]:
    """The tooltip of a ``dyad_graph`` edge: counts, tone, dates and the latest quotes."""
    mean = attributes["mean_goldstein"]
    first, last = day(attributes["first"]), day(attributes["last"])
    lines = [
        f"{plural(attributes['count'], 'event')}: {attributes['cooperative']:.0%} cooperative, "
        f"{attributes['conflictual']:.0%} conflictual",
        "no Goldstein weight" if mean is None else f"mean Goldstein {mean:+.1f}",
        "undated" if first is None else (first if first == last else f"{first} to {last}"),
    ]
    quotes = [quote_tip(quote, known_agencies.get(quote)) for quote in attributes["quotes"]]
    return {"heading": heading, "lines": lines, "quotes": quotes}


def dyad_edge(source: str, target: str, attributes: Mapping[str, Any], heading: str,
              known_agencies: Mapping[Quote, str | None], days: list[str]) -> dict[str, Any]:
    """The vis attributes of one ``dyad_graph`` edge; ``days`` feed the page's date filter."""
    return {"id": f"{source}->{target}", "width": edge_width(attributes["count"]),
            "color": edge_colour(attributes["cooperative"], attributes["conflictual"]),
            "count": attributes["count"], "dates": days,
            "tip": dyad_tip(heading, attributes, known_agencies)}


def affiliation_edge(person: str, state: str) -> dict[str, Any]:
    """A dashed, undirected, grey link from a person to the state they speak for."""
    return {"id": f"{person}~{state}", "color": AFFILIATION_COLOUR, "width": 1, "dashes": True,
            "length": AFFILIATION_LENGTH,
            "arrows": {"to": {"enabled": False}}, "affiliation": True,
            "tip": {"heading": "speaks for", "lines": [state], "quotes": []}}


def positions(graph: nx.Graph, large: bool) -> dict[Any, dict[str, float]]:
    """Fixed coordinates for large graphs (NetworkX spring layout, seeded), none for small ones."""
    if not large or len(graph) == 0:
        return {}
    try:
        layout = nx.spring_layout(graph, seed=LAYOUT_SEED, scale=LAYOUT_SCALE)
    except ImportError as error:  # NetworkX lays out 500 nodes or more with SciPy
        raise RuntimeError(f"laying out {len(graph)} nodes needs SciPy: pip install scipy, "
                           "or narrow the selection (--actor, --since, --until)") from error
    return {node: {"x": float(x), "y": float(y)} for node, (x, y) in layout.items()}


def options(large: bool) -> dict[str, Any]:
    """vis-network options: live physics that stops once stable, or none for large graphs."""
    physics: dict[str, Any] = {"enabled": False}
    if not large:
        physics = {"enabled": True, "solver": "forceAtlas2Based",
                   "stabilization": {"enabled": True, "iterations": 400, "fit": True}}
    return {
        "nodes": {"shape": "dot", "font": {"size": 14}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "smooth": False if large else {"enabled": True, "type": "continuous"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
        "physics": physics,
    }


def vis_elements(nodes: Iterable[tuple[str, dict[str, Any]]],
                 edges: Iterable[tuple[str, str, dict[str, Any]]]) -> tuple[list[dict], list[dict]]:
    """The vis-network node and edge objects, built by pyvis from (id, attributes) pairs."""
    network = Network(directed=True)
    for node, attributes in nodes:
        network.add_node(node, **attributes)
    for source, target, attributes in edges:
        network.add_edge(source, target, **attributes)
    return network.nodes, network.edges


def kind_legend(kinds: Iterable[str]) -> list[dict[str, str]]:
    """Legend dots for the node kinds present (state, organisation, person)."""
    present = set(kinds)
    return [{"mark": "dot", "colour": NODE_COLOURS[kind], "label": kind}
            for kind in NODE_COLOURS if kind in present]


def region_legend(codes: Iterable[str]) -> list[dict[str, str]]:
    """Legend dots for the regions of the states present."""
    present = {region_of(code) for code in codes}
    return [{"mark": "dot", "colour": colour, "label": region}
            for region, colour in region_colours().items() if region in present]


def tone_legend(with_affiliation: bool = False) -> list[dict[str, str]]:
    """Legend lines for the edge colours, and the dashed affiliation link when drawn."""
    legend = [{"mark": "line", "colour": COOPERATIVE_COLOUR, "label": "mostly cooperative"},
              {"mark": "line", "colour": NEUTRAL_COLOUR, "label": "mixed or neutral"},
              {"mark": "line", "colour": CONFLICTUAL_COLOUR, "label": "mostly conflictual"}]
    if with_affiliation:
        legend.append({"mark": "dash", "colour": AFFILIATION_COLOUR, "label": "speaks for"})
    return legend


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


def render(page: Page) -> str:
    """The page as one standalone HTML document that works offline.

    Examples
    --------
    >>> text = render(Page(title="<b>", summary="empty", message="Nothing to show."))
    >>> "<title>&lt;b&gt;</title>" in text and "Nothing to show." in text
    True
    """
    payload = {"nodes": page.nodes, "edges": page.edges, "options": page.options,
               "legend": page.legend, "message": page.message}
    template = Template(resources.files("kg.views").joinpath("template.html").read_text("utf-8"))
    return template.substitute(
        title=html.escape(page.title),
        summary=html.escape(page.summary),
        vis_css=_vis_asset("vis-network.css"),
        vis_js=_vis_asset("vis-network.min.js"),
        data=script_json(payload),
    )


def write_html(text: str, out: str | Path) -> Path:
    """Write a page to ``out`` (folders are created) and return its path."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def inline_html(text: str, *, height: int = 600) -> HTML:
    """A page for a notebook cell: inside a sandboxed ``<iframe srcdoc>``.

    The iframe keeps the page's scripts and styles apart from the notebook's, so
    it renders the same in JupyterLab, classic Jupyter and VS Code; popups are
    allowed so that the links to sources open in a new tab.
    """
    try:
        from IPython.display import HTML
    except ImportError as error:
        raise ImportError("inline views show the graph in a notebook and need IPython: "
                          "pip install ipython, or write the view to a file instead") from error
    escaped = html.escape(text, quote=True)
    return HTML(f'<div class="diplo-kg-network"><iframe srcdoc="{escaped}" sandbox="{IFRAME_SANDBOX}" '
                f'title="diplo-kg network" style="width: 100%; height: {int(height)}px; border: 0;">'
                '</iframe></div>')
