"""``kg timeline`` and ``kg dyads``: a bilateral relation month by month, and every dyad's figures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

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


def _check_format(format: str) -> None:
    if format not in ("table", "csv", "json"):
        errors.print(f"[red]error:[/red] --format must be {FORMAT_HELP[:-1]}, not {format!r}")
        raise typer.Exit(2)


@app.command()
def timeline(
    a: Annotated[str, typer.Argument(help="One state or organisation code, e.g. RUS.")],
    b: Annotated[str, typer.Argument(help="The other code, e.g. KOR.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The PNG file to write.")] = Path("timeline.png"),
    since: Annotated[Optional[str], typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "table",
) -> None:
    """Plot two states' relation month by month (events each way, mean Goldstein) and print the table."""
    from kg.analysis import dyad_timeline
    from kg.plots import save_timeline

    _check_format(format)
    first, last = _parse_date(since, "--since"), _parse_date(until, "--until")
    with _open() as graph:
        events = graph.events(actor=a.strip().upper(), since=first, until=last)
    try:
        table = dyad_timeline(events, a, b, since=first, until=last)
    except ValueError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    a, b = table.attrs["dyad"]
    if table.empty:
        errors.print(f"[red]error:[/red] no dated event between {a} and {b} in the store"
                     + (" in that range" if since or until else "")
                     + "; `kg dyads` lists the pairs that have events")
        raise typer.Exit(1)
    _print_frame(timeline_rows(table), format)
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
    with _open() as graph:
        stats = dyad_stats(graph.events())
    if stats.empty:
        errors.print("[yellow]no event between two different countries in the store; "
                     "ingest articles first (kg ingest examples/articles)[/yellow]")
        return
    _print_frame(stats.head(top), format)
    if len(stats) > top and format == "table":
        console.print(f"the {top} busiest of {len(stats)} dyads; --top N shows more")
