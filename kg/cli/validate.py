"""``kg validate``: check the graph against the SHACL shapes and list what is wrong, in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli import app, console, errors, state


@app.command()
def validate(file: Annotated[Optional[Path], typer.Argument(
                 help="An RDF file to check instead of the store (.ttl .trig .nq .nt .jsonld).")] = None,
             warnings: Annotated[bool, typer.Option(
                 "--warnings/--no-warnings", help="Also list warnings (undated events).")] = True) -> None:
    """Validate the store (or an RDF file) against ontology/shapes.ttl; exit 1 on any violation."""
    from kg.store import open_store
    from kg.validate import load_file, validate as run_validation

    try:
        if file is not None:
            report = run_validation(load_file(file))
        else:
            with open_store(state["store"], read_only=True) as store:
                report = run_validation(store)
    except Exception as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    for problem in report.violations:
        console.print(f"[red]violation[/red] {problem.message}", markup=True, highlight=False, soft_wrap=True)
    if warnings:
        for problem in report.warnings:
            console.print(f"[yellow]warning[/yellow] {problem.message}", markup=True, highlight=False, soft_wrap=True)
    console.print(f"{len(report.violations)} violations, {len(report.warnings)} warnings "
                  f"in {report.triples} triples.", soft_wrap=True)
    if not report.conforms:
        raise typer.Exit(1)
