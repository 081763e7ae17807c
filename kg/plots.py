"""Static plots of relations, drawn with matplotlib's Agg canvas: no window, no display needed.

Figures are built as ``matplotlib.figure.Figure`` objects with their own Agg
canvas rather than through ``pyplot``, so that drawing works on a server or in
CI, leaves pyplot's global state alone, and never changes the backend of the
program that calls it. In a notebook, run ``%matplotlib inline`` once and a returned
figure shows in its cell.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from kg.analysis import dyad_timeline

A_TO_B_COLOUR = "#4e79a7"
B_TO_A_COLOUR = "#f28e2b"
GOLDSTEIN_COLOUR = "#2f2f2f"
GOLDSTEIN_LIMIT = 10.0
"""The Goldstein scale runs from -10 (most conflictual) to +10 (most cooperative)."""
MONTH_LABELS = 18
"""At most this many month labels on the time axis; longer timelines label every n-th month."""
TIMELINE_DPI = 120


def _tick_step(months: int) -> int:
    """Label every n-th month so that at most ``MONTH_LABELS`` labels show."""
    return max(1, -(-months // MONTH_LABELS))


def timeline_figure(
    events: pd.DataFrame,
    a: str,
    b: str,
    *,
    since: str | date | pd.Timestamp | None = None,
    until: str | date | pd.Timestamp | None = None,
) -> Figure:
    """A dyad's monthly events in both directions (bars) and their mean Goldstein weight (line).

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``kg.graph.EVENT_COLUMNS``.
    a, b : str
        The two codes (``"RUS"``, ``"KOR"``).
    since, until : str, date or Timestamp, optional
        Inclusive bounds, as for ``kg.analysis.dyad_timeline``.

    Returns
    -------
    Figure
        Side-by-side bars per month for ``a → b`` and ``b → a`` on the left
        axis, the mean Goldstein weight of the month's events on the right axis
        (-10 to +10, a gap in months without events), and a legend.

    Raises
    ------
    ValueError
        When the two have no dated event between them in the range.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> row = dict.fromkeys(EVENT_COLUMNS)
    >>> row.update(source_country="RUS", target_country="KOR", polarity=1, goldstein=3.4,
    ...            date=pd.Timestamp("2026-02-13"))
    >>> figure = timeline_figure(pd.DataFrame([row]), "RUS", "KOR")
    >>> [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    ['RUS → KOR', 'KOR → RUS', 'mean Goldstein']
    """
    table = dyad_timeline(events, a, b, since=since, until=until)
    a, b = table.attrs["dyad"]
    if table.empty:
        raise ValueError(f"no dated event between {a} and {b} in this range; "
                         "list the pairs that have events with `kg dyads`")
    positions = np.arange(len(table))
    width = 0.4
    figure = Figure(figsize=(min(14.0, 5.0 + 0.35 * len(table)), 4.5), layout="constrained")
    FigureCanvasAgg(figure)
    counts = figure.add_subplot()
    counts.bar(positions - width / 2, table["a_to_b"], width, color=A_TO_B_COLOUR,
               label=f"{a} → {b}")
    counts.bar(positions + width / 2, table["b_to_a"], width, color=B_TO_A_COLOUR,
               label=f"{b} → {a}")
    counts.set_ylabel("events per month")
    counts.set_ylim(0, max(1, int(table[["a_to_b", "b_to_a"]].to_numpy().max())) * 1.1)
    counts.yaxis.get_major_locator().set_params(integer=True)
    step = _tick_step(len(table))
    counts.set_xticks(positions[::step], [str(month) for month in table.index[::step]],
                      rotation=45, ha="right")
    counts.set_xlim(-0.6, len(table) - 0.4)

    tone = counts.twinx()
    tone.axhline(0, color=GOLDSTEIN_COLOUR, linewidth=0.6, linestyle=":")
    tone.plot(positions, table["mean_goldstein"], color=GOLDSTEIN_COLOUR, marker="o",
              linewidth=1.5, label="mean Goldstein")
    tone.set_ylim(-GOLDSTEIN_LIMIT, GOLDSTEIN_LIMIT)
    tone.set_ylabel("mean Goldstein (−10 conflict … +10 cooperation)")

    bars, bar_labels = counts.get_legend_handles_labels()
    lines, line_labels = tone.get_legend_handles_labels()
    counts.legend(bars + lines, bar_labels + line_labels, loc="lower left",
                  bbox_to_anchor=(0.0, 1.0), ncols=3, frameon=False)
    first, last = table.index[0], table.index[-1]
    span = str(first) if first == last else f"{first} to {last}"
    counts.set_title(f"{a} and {b}: events per month and their tone, {span}", pad=28)
    return figure


def save_timeline(
    events: pd.DataFrame,
    a: str,
    b: str,
    path: str | Path,
    *,
    since: str | date | pd.Timestamp | None = None,
    until: str | date | pd.Timestamp | None = None,
    dpi: int = TIMELINE_DPI,
) -> Path:
    """Write ``timeline_figure(events, a, b)`` to ``path`` (PNG unless the suffix says otherwise).

    Folders on the way are created. Returns the path written.

    Examples
    --------
    >>> import pandas as pd, tempfile
    >>> from kg.graph import EVENT_COLUMNS
    >>> row = dict.fromkeys(EVENT_COLUMNS)
    >>> row.update(source_country="RUS", target_country="KOR", polarity=1, goldstein=3.4,
    ...            date=pd.Timestamp("2026-02-13"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     save_timeline(pd.DataFrame([row]), "RUS", "KOR", f"{folder}/t.png").read_bytes()[1:4]
    b'PNG'
    """
    figure = timeline_figure(events, a, b, since=since, until=until)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target, dpi=dpi)
    return target
