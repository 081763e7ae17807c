"""Share of gold actors whose code the actor resolver finds in their sentence.

Reads PLOVER gold-standard sentences (JSON Lines with ``text``, ``source`` and
``target``; each actor entry has a ``code``) and counts, over every actor entry
whose code names a state (IGO, NGO and IMG entries are left out: they are not
state codes), how often that code is among the codes of the actors found in the
sentence. The gold file is only read, never copied.

Usage::

    python scripts/measure_actor_recall.py GOLD.jsonl [--method resolver|gazetteer] [--misses]

``--method gazetteer`` measures the plain gazetteer scan (``Gazetteer.find``);
``resolver`` (the default) measures ``kg.actors.resolve.find_actors``, which
also decides ambiguous names from the sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from kg.actors.gazetteer import Gazetteer
from kg.actors.resolve import find_actors

EXCLUDED = frozenset({"IGO", "NGO", "IMG"})


def gazetteer_codes(text: str) -> set[str]:
    """Codes of every name the gazetteer finds (an ambiguous name gives its first candidate)."""
    return {m.entry.country for m in Gazetteer.default().find(text) if m.entry.country}


def resolver_codes(text: str) -> set[str]:
    """Codes of every actor the resolver finds, certain or not (all candidates of an uncertain one)."""
    codes: set[str] = set()
    for found in find_actors(text, context=text):
        actor = found.actor
        if actor.uncertain:
            codes |= {c.country for c in actor.candidates if c.country}
        elif actor.country:
            codes.add(actor.country)
    return codes


def measure(path: Path, codes_of: Callable[[str], set[str]]) -> tuple[int, int, list[tuple[str, str, str]]]:
    """(found, total, misses) over the gold actors of ``path``; a miss is (sentence id, text, code)."""
    found = total = 0
    misses: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            codes = codes_of(record["text"])
            for actor in [*record.get("source", []), *record.get("target", [])]:
                code = actor.get("code")
                if not code or code in EXCLUDED:
                    continue
                total += 1
                if code in codes:
                    found += 1
                else:
                    misses.append((record.get("id", "?"), actor.get("text", ""), code))
    return found, total, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="PLOVER gold JSON Lines file")
    parser.add_argument("--method", choices=("resolver", "gazetteer"), default="resolver")
    parser.add_argument("--misses", action="store_true", help="list the gold actors not found")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        parser.error(f"{args.gold} is not a file; give the path of a PLOVER gold .jsonl file")
    codes_of = resolver_codes if args.method == "resolver" else gazetteer_codes
    found, total, misses = measure(args.gold, codes_of)
    share = found / total if total else 0.0
    print(f"{args.method}: {found}/{total} gold actors found in their sentence ({share:.1%})")
    if args.misses:
        for sentence, text, code in misses:
            print(f"  {sentence}\t{code}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
