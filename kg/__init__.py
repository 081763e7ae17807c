"""diplo-kg: a knowledge graph of diplomatic relations built from news.

The public API:

- ``kg.extract(text, published=...)`` → event records (dicts of the event contract);
- ``kg.open(path_or_url)`` → a ``KnowledgeGraph`` to ingest into, query, project and view;
- ``kg.resolve(mention, date=None, context=None)`` → who a name stands for, at a date.
"""

from __future__ import annotations

from datetime import date

__version__ = "0.1.0"

# Load the subpackage kg.extract first: importing it later would rebind the attribute
# ``kg.extract`` from the function below to the module.
import kg.extract as _extraction  # noqa: E402,F401


def extract(text: str, *, published: date | str | None = None, article_id: str | None = None,
            model: str | None = None) -> list[dict]:
    """Events of one article's text, as records of the event contract.

    ``published`` anchors relative dates ("on Monday"); without it the
    dateline, if any, is used.
    """
    from kg.api import extract_text

    return extract_text(text, published=published, article_id=article_id, model=model)


def open(target: str | None = None, *, read_only: bool = False):  # noqa: A001 - as in shelve.open
    """Open the graph at ``target``: a folder (embedded Oxigraph, created if missing),
    ``"memory"`` (in-process), or a SPARQL endpoint URL. ``None`` means ``./kgdata``.
    ``read_only`` reads a folder another process is writing, and never creates one."""
    from kg.api import KnowledgeGraph

    return KnowledgeGraph.open(target, read_only=read_only)


def resolve(mention: str, date: date | str | None = None, context: object = None):
    """The actor ``mention`` stands for on ``date`` (a ``ResolvedActor``), or None.

    ``context`` (surrounding text, or state codes already seen) decides ambiguous
    names such as "Georgia" or "Brussels"; undecided ones come back ``uncertain``.
    """
    from kg.actors.resolve import resolve as resolve_actor

    return resolve_actor(mention, date, context)


__all__ = ["__version__", "extract", "open", "resolve"]
