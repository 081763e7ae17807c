"""Reading the project's CSV tables (``kg/data/``): one place, one error message per mistake.

Knowledge lives in data files; every loader reads them through :func:`read_table`
(a table in any folder, e.g. a user's copy of the actor tables) or
:func:`package_table` (a table shipped inside the package).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def read_table(folder: Path | Traversable, name: str, required: Iterable[str],
               hint: str = "reinstall diplo-kg or restore the file") -> list[dict[str, str]]:
    """The rows of ``folder/name``, refusing a missing file or missing columns with the file
    named; ``hint`` says what to do about a missing file."""
    path = folder.joinpath(name)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            header = reader.fieldnames or []
    except FileNotFoundError:
        raise FileNotFoundError(f"table {path} is missing; {hint}") from None
    missing = set(required) - set(header)
    if missing:
        raise ValueError(f"{path}: columns {sorted(missing)} are missing; see the README beside it")
    return rows


def package_table(*parts: str, required: Iterable[str] = ()) -> list[dict[str, str]]:
    """The rows of a table shipped in ``kg/data/``: ``package_table("actors", "ambiguous.csv")``."""
    folder = resources.files("kg").joinpath("data", *parts[:-1])
    return read_table(folder, parts[-1], required)


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in package_table("word_sets.csv", required=["set", "word"]):
        found.setdefault(row["set"].strip(), set()).add(row["word"].strip())
    return {name: frozenset(words) for name, words in found.items()}


def word_set(name: str) -> frozenset[str]:
    """One named set of words from ``kg/data/word_sets.csv`` (``word_set("time_nouns")``): the
    small closed lists of content words the extractor's rules look for.

    Raises
    ------
    KeyError
        When the table has no such set; the message lists the sets it has.
    """
    sets = _word_sets()
    if name not in sets:
        raise KeyError(f"kg/data/word_sets.csv has no set {name!r}; it has {sorted(sets)}")
    return sets[name]
