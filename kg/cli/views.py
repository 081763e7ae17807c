"""``kg view-check``: open a written view in headless Chromium, report on it, and save a PNG of it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli import app, console, errors


@app.command("view-check")
def view_check(page: Annotated[Path, typer.Argument(help="An HTML view written by `kg view`.")],
               png: Annotated[Optional[Path], typer.Option(
                   "--png", help="Also write a screenshot of the settled view here.")] = None,
               width: Annotated[int, typer.Option(help="Window width in pixels.")] = 1280,
               height: Annotated[int, typer.Option(help="Window height in pixels.")] = 800) -> None:
    """Open a view offline in headless Chromium: counts, settle time, errors, requests; exit 1 on a problem."""
    from kg.views.browser import BrowserError, inspect_view

    if not page.is_file():
        errors.print(f"[red]error:[/red] no such file: {page}; write one with `kg view --out {page}`")
        raise typer.Exit(2)
    try:
        report = inspect_view(page, width=width, height=height)
    except BrowserError as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    console.print(f"{report.nodes} nodes, {report.edges} edges, settled in {report.settled_ms / 1000:.2f} s",
                  highlight=False)
    problems = ([f"console error: {text}" for text in report.errors]
                + [f"request for {url}" for url in report.remote_requests]
                + [f"dialog opened: {text}" for text in report.dialogs]
                + [f"blocked by the page's security policy: {text}" for text in report.violations])
    for problem in problems:
        console.print(f"[red]problem[/red] {problem}", markup=True, highlight=False, soft_wrap=True)
    if png is not None:
        png.parent.mkdir(parents=True, exist_ok=True)
        png.write_bytes(report.screenshot)
        console.print(f"Wrote {png}", highlight=False)
    if problems:
        raise typer.Exit(1)
