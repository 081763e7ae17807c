"""The ``kg`` command: thin wrappers that parse arguments, call the API and print.

The core commands live here; each further area (actors, serving, validation,
plots…) is a module of this package that adds its commands to ``app`` when
imported (``from kg.cli import app, console, errors``). All of them are imported
at the end of this module, so a new module needs no registration.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.api import KnowledgeGraph

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="diplo-kg: a knowledge graph of diplomatic relations built from news.")
console = Console()
errors = Console(stderr=True)
state: dict[str, str | None] = {"store": None}


@app.callback()
def main_options(
    store: Annotated[Optional[str], typer.Option(
        "--store", envvar="DIPLO_KG_STORE",
        help="Where the graph lives: a folder (embedded Oxigraph, default ./kgdata), "
             "'memory', or a SPARQL endpoint URL.")] = None,
) -> None:
    state["store"] = store


@contextmanager
def _open(read_only: bool = False) -> Iterator[KnowledgeGraph]:
    """The graph named by ``--store``, closed afterwards; store failures become plain errors.
    Commands that only read pass ``read_only``: they then work beside a running ``kg serve``
    or ingest, and a mistyped folder is reported instead of created."""
    import kg
    from kg.store.sparql import RemoteStoreError

    try:
        graph = kg.open(state["store"], read_only=read_only)
    except Exception as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    try:
        with graph:
            yield graph
    except RemoteStoreError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.print(f"[red]error:[/red] {option} must be a date like 2026-02-13, not {value!r}")
        raise typer.Exit(2) from None


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
           model: Annotated[Optional[str], typer.Option(help="spaCy pipeline name.")] = None) -> None:
    """Read articles, extract events and store them (one named graph per article)."""
    with _open() as graph:
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=errors, transient=True) as progress:
            task = progress.add_task("", total=None)

            def advance(name: str, result: int | str) -> None:
                progress.update(task, advance=1, description=name[-60:])

            report = graph.ingest(paths, model=model, progress=advance)
        for name, reason in report.failures:
            errors.print(f"[yellow]skipped[/yellow] {name}: {reason}")
        console.print(f"Ingested {_count(report.articles, 'article')}, {_count(report.events, 'event')}"
                      + (f"; {len(report.failures)} failed" if report.failures else "") + ".")
        if report.articles:
            _print_stats(graph.stats())
    if report.articles == 0:
        if not report.failures:
            errors.print("[red]error:[/red] no articles found in " + ", ".join(paths)
                         + "; give .txt, .jsonl, .json or .html files, folders of them, or - for stdin")
        raise typer.Exit(1)


def _count(number: int, word: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


@app.command()
def extract(paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
            format: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
            model: Annotated[Optional[str], typer.Option(help="spaCy pipeline name.")] = None) -> None:
    """Print the events of articles without storing them (JSONL: the event contract).

    Uses the packaged actor base; people learned from ingested articles and actors
    added with `kg actors --add` live in a store and are used by `kg ingest`."""
    from kg.api import extract_articles
    from kg.readers import read_paths

    if format not in ("jsonl", "table"):
        errors.print("[red]error:[/red] --format must be jsonl or table")
        raise typer.Exit(2)
    ok = 0
    table = _events_table()
    for item, result in extract_articles(read_paths(paths), model=model):
        if isinstance(result, str):
            errors.print(f"[yellow]skipped[/yellow] {item.origin}: {result}")
            continue
        ok += 1
        for event in result:
            record = event.to_record()
            if format == "jsonl":
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                table.add_row(record["date"] or "", _actor(record["source"]), _actor(record["target"]),
                              record["cameo"], str(record["polarity"]), record["verb"],
                              record["statement"][:80])
    if format == "table":
        console.print(table)
    if ok == 0:
        raise typer.Exit(1)


def _actor(actor: dict | None) -> str:
    if actor is None:
        return "-"
    return f"{actor['name']} ({actor['country'] or '?'})"


def _events_table() -> Table:
    table = Table("date", "source", "target", "cameo", "pol", "verb", "statement")
    return table


@app.command()
def query(sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query.")] = None,
          file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
          name: Annotated[Optional[str], typer.Option("--name", help="A named query (see --list).")] = None,
          param: Annotated[list[str], typer.Option("--param", help="key=value, bound as an RDF term.")] = [],
          format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
          list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False) -> None:
    """Run SPARQL: inline, from a file, or one of the named queries with parameters."""
    from kg.query import named_queries

    if list_:
        table = Table("name", "parameters", "description")
        for named in named_queries().values():
            table.add_row(named.name, ", ".join(named.params), named.description)
        console.print(table)
        return
    given = [x for x in (sparql, file, name) if x]
    if len(given) != 1:
        errors.print("[red]error:[/red] give exactly one of a SPARQL string, --file F.rq or --name NAME")
        raise typer.Exit(2)
    params: dict[str, str] = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep:
            errors.print(f"[red]error:[/red] --param takes key=value, not {item!r}")
            raise typer.Exit(2)
        params[key.strip()] = value
    with _open(read_only=True) as graph:
        try:
            if name:
                frame = graph.named(name, **params)
            else:
                text = file.read_text(encoding="utf-8") if file else sparql
                frame = graph.query(text, **params)
        except (ValueError, KeyError, SyntaxError) as error:
            errors.print(f"[red]error:[/red] {error}")
            raise typer.Exit(2) from error
    _print_frame(frame, format)


def _print_frame(frame, format: str) -> None:
    if format == "csv":
        sys.stdout.write(frame.to_csv(index=False))
    elif format == "json":
        records = [{key: None if _missing(value) else value.isoformat() if hasattr(value, "isoformat") else value
                    for key, value in row.items()} for row in frame.to_dict(orient="records")]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, default=str) + "\n")
    else:
        shown = frame.copy()
        for column in shown.columns:
            if pd.api.types.is_datetime64_any_dtype(shown[column]):
                shown[column] = shown[column].dt.strftime("%Y-%m-%d")
        for column in shown.columns:
            if not pd.api.types.is_numeric_dtype(shown[column]):
                shown[column] = shown[column].map(_cell)
        text = shown.to_string(index=False, na_rep="", float_format=lambda x: f"{x:.2f}")
        sys.stdout.write(text + "\n")
        console.print(_count(len(frame), "row"))


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cell(value: object, width: int = 40) -> object:
    """One line, at most ``width`` characters: table cells stay readable in a terminal."""
    if not isinstance(value, str):
        return value
    flat = " ".join(value.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@app.command()
def view(out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("kg-view.html"),
         actor: Annotated[Optional[str], typer.Option(help="Only events with this state code.")] = None,
         since: Annotated[Optional[str], typer.Option(help="From this date (YYYY-MM-DD).")] = None,
         until: Annotated[Optional[str], typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
         kind: Annotated[str, typer.Option(help="states, people, ego or dyad.")] = "states",
         centre: Annotated[Optional[str], typer.Option(help="The actor at the centre of an ego view.")] = None,
         dyad: Annotated[Optional[tuple[str, str]], typer.Option(help="The two states of a dyad view.")] = None,
         colour_by: Annotated[str, typer.Option(help="Node colours: kind or region.")] = "kind",
         title: Annotated[Optional[str], typer.Option(help="Page title.")] = None) -> None:
    """Write an interactive graph of actors and relations as one offline HTML file."""
    from kg.views import VIEW_KINDS

    if kind not in VIEW_KINDS:
        errors.print(f"[red]error:[/red] --kind must be one of {', '.join(VIEW_KINDS)}")
        raise typer.Exit(2)
    if kind == "ego" and not centre:
        errors.print("[red]error:[/red] an ego view needs --centre CODE, e.g. --centre KOR")
        raise typer.Exit(2)
    if kind == "dyad" and not dyad:
        errors.print("[red]error:[/red] a dyad view needs --dyad A B, e.g. --dyad RUS KOR")
        raise typer.Exit(2)
    with _open(read_only=True) as graph:
        try:
            path = graph.view(out, title=title, kind=kind, centre=centre, dyad=dyad, colour_by=colour_by,
                              actor=actor, since=_parse_date(since, "--since"), until=_parse_date(until, "--until"))
        except ValueError as error:
            errors.print(f"[red]error:[/red] {error}")
            raise typer.Exit(2) from error
    console.print(f"Wrote {path}")


@app.command()
def stats(dyads: Annotated[bool, typer.Option("--dyads", help="Also the dyads: counts, balance, dates.")] = False,
          top: Annotated[int, typer.Option(help="How many dyads to show with --dyads.")] = 20) -> None:
    """Articles, events, actors and the most active dyads in the store."""
    with _open(read_only=True) as graph:
        _print_stats(graph.stats())
        if dyads:
            from kg.analysis import dyad_stats

            _print_frame(dyad_stats(graph.events()).head(top), "table")


def _print_stats(figures: dict) -> None:
    table = Table("articles", "events", "actors", "triples")
    table.add_row(*[str(figures.get(k, "")) for k in ("articles", "events", "actors", "triples")])
    console.print(table)
    dyads = figures.get("top_dyads") or []
    if dyads:
        top = Table("source", "target", "events", title="Top dyads")
        for source, target, count in dyads:
            top.add_row(str(source), str(target), str(count))
        console.print(top)


@app.command()
def export(format: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nquads or jsonld.")] = "trig",
           out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File (default: stdout).")] = None) -> None:
    """Write the whole graph, named graphs included, in an RDF format."""
    from kg.store import EXPORT_FORMATS

    if format not in EXPORT_FORMATS:
        errors.print(f"[red]error:[/red] --format must be one of {', '.join(EXPORT_FORMATS)}, not {format!r}")
        raise typer.Exit(2)
    with _open(read_only=True) as graph:
        if out is None:
            graph.export(sys.stdout.buffer, format)
        else:
            with out.open("wb") as stream:
                graph.export(stream, format)
            console.print(f"Wrote {out}")


@app.command()
def remove(article: Annotated[str, typer.Argument(help="The article id.")]) -> None:
    """Delete one article and everything extracted from it."""
    with _open() as graph:
        if not graph.remove(article):
            errors.print(f"[red]error:[/red] no article {article!r} in the store "
                         "(`kg query --name articles-by-agency` lists them)")
            raise typer.Exit(1)
    console.print(f"Removed {article}")


@app.command("eval")
def evaluate(gold: Annotated[Path, typer.Argument(help="Gold JSONL: the project's format or the PLOVER gold.")],
             articles: Annotated[Optional[Path], typer.Option(help="Folder of the articles a project gold names "
                                                              "(default: articles/ beside the gold file).")] = None,
             show_errors: Annotated[bool, typer.Option("--errors", help="List every miss and false event.")] = False,
             as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
             model: Annotated[Optional[str], typer.Option(help="spaCy pipeline name.")] = None) -> None:
    """Score extraction against gold events."""
    from kg.api import evaluate_file

    try:
        scores = evaluate_file(gold, articles=articles, model=model)
    except (OSError, ValueError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    from kg.eval import render, scores_dict

    if as_json:
        sys.stdout.write(json.dumps(scores_dict(scores), indent=2) + "\n")
    else:
        render(scores, console, errors=show_errors)


def _load_command_modules() -> None:
    """Import every module of this package; each adds its commands to ``app``."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def main() -> None:
    app()


_load_command_modules()
