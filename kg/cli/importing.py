"""``kg import``: load RDF files (Turtle, TriG, N-Quads, N-Triples, JSON-LD) into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli import _open, app, console, errors


@app.command("import")
def import_files(files: Annotated[list[Path], typer.Argument(help="RDF files: .ttl .trig .nq .nt .jsonld")]) -> None:
    """Load RDF into the store; each named graph replaces the one of the same name."""
    from kg.importing import import_rdf

    failed = 0
    with _open() as graph:
        for path in files:
            try:
                report = import_rdf(graph.store, path)
            except (OSError, ValueError) as error:
                errors.print(f"[yellow]skipped[/yellow] {path}: {error}")
                failed += 1
                continue
            console.print(f"Imported {path}: {report.quads} quads in {report.graphs} graphs")
    if failed == len(files):
        raise typer.Exit(1)
