"""Views of the event graph: offline HTML networks for browsers and notebooks.

Four kinds of view, each one self-contained page (``kg.views.page``):

- ``"states"``: the state network (``kg.views.network.network_html``);
- ``"people"``: who speaks about which state (``kg.views.people.people_html``);
- ``"ego"``: one state and its partners (``kg.views.network.ego_html``);
- ``"dyad"``: two states and everyone speaking between them (``kg.views.people.dyad_html``).

``view_html`` and ``write_view`` choose among them by name, for the command line
and ``KnowledgeGraph.view``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pandas as pd

from kg.views.network import ego_html, network_html
from kg.views.page import ColourBy, write_html
from kg.views.people import dyad_html, people_html

ViewKind = Literal["states", "people", "ego", "dyad"]
VIEW_KINDS: tuple[str, ...] = ("states", "people", "ego", "dyad")


def view_html(events: pd.DataFrame, *, kind: ViewKind = "states", title: str | None = None,
              centre: str | None = None, dyad: tuple[str, str] | None = None,
              colour_by: ColourBy = "kind") -> str:
    """The page of one kind of view.

    Parameters
    ----------
    events : DataFrame
        One row per event, as ``kg.query.events_frame`` gives it.
    kind : {"states", "people", "ego", "dyad"}
    title : str, optional
        The page title; each kind has its own default.
    centre : str, optional
        The state an ``"ego"`` view is about (required there).
    dyad : (str, str), optional
        The two states of a ``"dyad"`` view (required there).
    colour_by : {"kind", "region"}

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> empty = pd.DataFrame(columns=list(EVENT_COLUMNS))
    >>> "no events between RUS and KOR" in view_html(empty, kind="dyad", dyad=("RUS", "KOR"))
    True
    """
    if kind == "states":
        return network_html(events, title=title or "diplo-kg", colour_by=colour_by)
    if kind == "people":
        return people_html(events, title=title or "diplo-kg: who speaks", colour_by=colour_by)
    if kind == "ego":
        if not centre:
            raise ValueError("an ego view needs its centre: a state code such as 'KOR'")
        return ego_html(events, centre, title=title, colour_by=colour_by)
    if kind == "dyad":
        if dyad is None or len(dyad) != 2:
            raise ValueError("a dyad view needs two state codes, such as ('RUS', 'KOR')")
        return dyad_html(events, dyad[0], dyad[1], title=title, colour_by=colour_by)
    raise ValueError(f"kind must be one of {', '.join(VIEW_KINDS)}, not {kind!r}")


def write_view(events: pd.DataFrame, out: str | Path, *, kind: ViewKind = "states",
               title: str | None = None, centre: str | None = None,
               dyad: tuple[str, str] | None = None, colour_by: ColourBy = "kind") -> Path:
    """Write ``view_html(events, ...)`` to ``out`` (folders are created) and return its path."""
    page = view_html(events, kind=kind, title=title, centre=centre, dyad=dyad, colour_by=colour_by)
    return write_html(page, out)
