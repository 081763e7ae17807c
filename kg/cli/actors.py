"""``kg actors``: search the actor base and what the graph has learned; add your own actors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from kg.cli import _parse_date, app, console, errors, state


@app.command()
def actors(query: Annotated[Optional[str], typer.Argument(help="Part of a name, alias, code or role.")] = None,
           on: Annotated[Optional[str], typer.Option("--date", help="Only people in office that day (YYYY-MM-DD).")] = None,
           add: Annotated[Optional[Path], typer.Option("--add", help="Merge your own actors: a CSV table "
                                                       "(layout of kg/data/actors/) or a Turtle file.")] = None,
           limit: Annotated[int, typer.Option(help="Show at most this many rows.")] = 50) -> None:
    """Search the actor base and the actors learned from articles, or add your own (--add)."""
    import kg
    from kg.actors.learned_graph import load_learned
    from kg.actors.user import add_user_actors, search_actors

    day = _parse_date(on, "--date")
    try:
        graph = kg.open(state["store"], read_only=add is None)
    except FileNotFoundError:
        graph = kg.open("memory")  # no store yet: search the actor base alone
    except Exception as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    with graph:
        if add is not None:
            try:
                report = add_user_actors(graph.store, add)
            except (OSError, ValueError) as error:
                errors.print(f"[red]error:[/red] {error}")
                raise typer.Exit(2) from error
            console.print(f"Added {report.actors} actors ({report.added} new statements) to your actor layer.")
            for conflict in report.conflicts:
                errors.print(f"[yellow]conflict[/yellow] {conflict}")
            return
        rows = search_actors(query, on=day, learned=load_learned(graph.store))
    if not rows:
        console.print(f"No actor matches {query!r}." if query else "No actors.")
        raise typer.Exit(1)
    table = Table("name", "kind", "country", "role", "term", "source")
    for row in rows[:limit]:
        table.add_row(row.name, row.kind, row.country or "", row.role or "", row.term, row.source)
    console.print(table)
    if len(rows) > limit:
        console.print(f"… and {len(rows) - limit} more; narrow the query or raise --limit.")

