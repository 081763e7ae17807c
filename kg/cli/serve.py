"""``kg serve``: the store as a read-only SPARQL endpoint for SPARQL clients."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli import app, console, errors, state


@app.command()
def serve(host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it "
                                                 "to this machine.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port (0: any free port).")] = 7878,
          cors: Annotated[list[str] | None, typer.Option(
              "--cors", metavar="ORIGIN",
              help="A browser origin allowed to call the endpoint, such as https://yasgui.org "
                   "('*' for any); repeat for several. None by default.")] = None,
          allow_host: Annotated[list[str] | None, typer.Option(
              "--allow-host", metavar="NAME",
              help="Another Host name clients use to reach the server (needed with "
                   "--host 0.0.0.0); repeat for several.")] = None,
          timeout: Annotated[float, typer.Option(
              help="Seconds a query may run before the client gets 503 (0: no limit). "
                   "The query itself finishes in the background.")] = 30.0) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (SPARQLWrapper, YASGUI, curl) until Ctrl-C.

    The store folder is opened read-only, so other kg commands can use it meanwhile.
    """
    from kg.server import serve as run_server
    from kg.store import open_store

    if timeout < 0:
        errors.print("[red]error:[/red] --timeout must be 0 (no limit) or a number of seconds")
        raise typer.Exit(2)
    try:
        store = open_store(state["store"], read_only=True)
    except Exception as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error
    with store:
        try:
            run_server(store, host=host, port=port, timeout=timeout or None, cors_origins=cors or (),
                       allowed_hosts=allow_host or (),
                       ready=lambda url: console.print(f"SPARQL endpoint at {url} (Ctrl-C stops it)"))
        except OSError as error:
            errors.print(f"[red]error:[/red] cannot listen on {host}:{port}: {error.strerror or error}; "
                         "choose another --port")
            raise typer.Exit(2) from error
    console.print("Stopped.")
