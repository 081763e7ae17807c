"""``kg timeline`` and ``kg dyads``: a bilateral relation month by month, and every dyad's figures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import re

import pandas as pd
import typer

from kg.cli import _open, _parse_date, _print_frame, app, console, errors

FORMAT_HELP = "table, csv or json."


def timeline_rows(table: pd.DataFrame) -> pd.DataFrame:
    """``kg.analysis.dyad_timeline`` as printable rows: the month a column, directions named by code."""
    a, b = table.attrs["dyad"]
    rows = table.reset_index()
    rows["month"] = rows["month"].astype(str)
    return rows.rename(columns={"a_to_b": f"{a}→{b}", "b_to_a": f"{b}→{a}"})


_CODE = re.compile(r"^[A-Za-z]{2,5}$")


def state_code(text: str) -> str:
    """A state or organisation code from what the user typed: a code (``RUS``, ``rus``, ``UN``)
    or a name the actor base resolves (``Russia``, ``the Kremlin``, ``South Korea``).

    Raises ValueError naming the candidates when a name is ambiguous (``Korea``), and
    asking for a code when nothing resolves.
    """
    from kg.actors.resolve import resolve

    typed = text.strip()
    if typed.isupper() and _CODE.match(typed):
        return typed
    actor = resolve(typed) if typed else None
    if actor is not None and actor.uncertain:
        readings = ", ".join(f"{candidate.country} ({candidate.name})"
                             for candidate in actor.candidates if candidate.country)
        raise ValueError(f"{typed!r} could be {readings}; give the code instead")
    if actor is not None and actor.country:
        return actor.country
    if _CODE.match(typed):
        return typed.upper()
    raise ValueError(f"{typed!r} names no known state or organisation; "
                     "use state codes such as RUS KOR")


def year_only_note(table: pd.DataFrame) -> str | None:
    """ "2 events dated only by year left out: 1990, 2022", or None when there are none."""
    years = table.attrs.get("year_only", ())
    if not years:
        return None
    events = "1 event" if len(years) == 1 else f"{len(years)} events"
    return f"{events} dated only by year left out: {', '.join(sorted(set(years)))}"


def _check_format(format: str) -> None:
    if format not in ("table", "csv", "json"):
        errors.print(f"[red]error:[/red] --format must be {FORMAT_HELP[:-1]}, not {format!r}")
        raise typer.Exit(2)


@app.command()
def timeline(
    a: Annotated[str, typer.Argument(help="One state or organisation: a code such as RUS, or a name such as Russia.")],
    b: Annotated[str, typer.Argument(help="The other one, e.g. KOR or 'South Korea'.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The PNG file to write.")] = Path("timeline.png"),
    since: Annotated[Optional[str], typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "table",
) -> None:
    """Plot two states' relation month by month (events each way, mean Goldstein) and print the table.

    Events dated to a day or a month are counted in their month; events dated only by a
    year are left out of the table and named in a note.
    """
    from kg.analysis import dyad_timeline
    from kg.plots import save_timeline

    _check_format(format)
    first, last = _parse_date(since, "--since"), _parse_date(until, "--until")
    try:
        a, b = state_code(a), state_code(b)
    except ValueError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    with _open(read_only=True) as graph:
        events = graph.events(actor=a, since=first, until=last)
    try:
        table = dyad_timeline(events, a, b, since=first, until=last)
    except ValueError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    a, b = table.attrs["dyad"]
    note = year_only_note(table)
    if table.empty:
        errors.print(f"[red]error:[/red] no event dated to a day or month between {a} and {b} "
                     "in the store" + (" in that range" if since or until else "")
                     + (f" ({note})" if note else "")
                     + "; `kg dyads` lists the pairs that have events")
        raise typer.Exit(1)
    _print_frame(timeline_rows(table), format)
    if note:
        errors.print(note)
    path = save_timeline(events, a, b, out, since=first, until=last)
    errors.print(f"Wrote {path}")


@app.command()
def dyads(
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many dyads, busiest first.")] = 20,
    format: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "table",
) -> None:
    """Every directed dyad: events each way, cooperation and conflict, mean Goldstein, first and last date."""
    from kg.analysis import dyad_stats

    _check_format(format)
    with _open(read_only=True) as graph:
        stats = dyad_stats(graph.events())
    if stats.empty:
        errors.print("[yellow]no event between two different countries in the store; "
                     "ingest articles first (kg ingest examples/articles)[/yellow]")
        return
    _print_frame(stats.head(top), format)
    if len(stats) > top and format == "table":
        console.print(f"the {top} busiest of {len(stats)} dyads; --top N shows more")
