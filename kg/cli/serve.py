"""``kg serve``: the store as a read-only SPARQL endpoint for SPARQL clients."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli import app, console, errors, state


@app.command()
def serve(host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it "
                                                 "to this machine.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port (0: any free port).")] = 7878) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (SPARQLWrapper, YASGUI, curl) until Ctrl-C."""
    from kg.server import serve as run_server
    from kg.store import open_store

    try:
        store = open_store(state["store"])
    except Exception as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    with store:
        try:
            run_server(store, host=host, port=port,
                       ready=lambda url: console.print(f"SPARQL endpoint at {url} (Ctrl-C stops it)"))
        except OSError as error:
            errors.print(f"[red]error:[/red] cannot listen on {host}:{port}: {error.strerror or error}; "
                         "choose another --port")
            raise typer.Exit(2) from error
    console.print("Stopped.")
