"""How long a large view takes to build in Python and to open and settle in headless Chromium.

Run: ``.venv/bin/python benchmarks/bench_view.py [--edges 500 5000] [--kind states] [--repeat 3]``.
The events are synthetic: random directed dyads between the states of
``kg/data/regions.csv``, a few dated events each, with quotes and URLs. "build"
is ``kg.views.view_html``; "settle" is the page's own clock from the start of
navigation until vis-network has settled (stabilised, or first drawn when physics
is off), read from ``window.diploKg``. The target: a 5,000-edge view settles in
under 5 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from itertools import permutations
from pathlib import Path
from typing import Any

import pandas as pd

from kg.graph import EVENT_COLUMNS
from kg.views import VIEW_KINDS, view_html
from kg.views.browser import Chromium
from kg.views.regions import load_regions

SEED = 7
TARGET_SECONDS = 5.0


def synthetic_events(edges: int, events_per_edge: int, seed: int = SEED) -> pd.DataFrame:
    """``edges`` distinct directed dyads, each with ``events_per_edge`` dated events by named people."""
    generator = random.Random(seed)
    codes = sorted(load_regions())
    dyads = generator.sample(list(permutations(codes, 2)), edges)
    rows: list[dict[str, Any]] = []
    for source, target in dyads:
        for _ in range(events_per_edge):
            number = len(rows)
            polarity = generator.choice((-1, 0, 1))
            speaker = f"{source} official {generator.randrange(3)}"
            row = dict.fromkeys(EVENT_COLUMNS)
            row.update(event=f"ev:{number}", article=f"article-{number}",
                       date=pd.Timestamp("2025-01-01") + pd.Timedelta(days=generator.randrange(450)),
                       source=f"person:{speaker}", source_name=speaker, source_country=source,
                       source_kind="person", target=f"country:{target}", target_name=target,
                       target_country=target, target_kind="country", cameo="051", root="05",
                       goldstein=3.0 * polarity, quad=1, polarity=polarity, negated=False, verb="said",
                       statement=f"Statement {number} by {speaker} about {target}, a sentence of some length.",
                       agency="TASS", url=f"https://tass.example/{number}")
            rows.append(row)
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edges", type=int, nargs="+", default=[500, 5000], help="directed dyads per view")
    parser.add_argument("--events-per-edge", type=int, default=3)
    parser.add_argument("--kind", choices=VIEW_KINDS[:2], default="states")
    parser.add_argument("--repeat", type=int, default=3, help="page loads per size (median reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Chromium() as browser:
        print(f"{'edges':>6} {'events':>7} {'nodes':>6} {'vis edges':>9} {'MB':>5} {'build s':>8} "
              f"{'settle s':>9} {'open+settle s':>14}")
        for edges in args.edges:
            events = synthetic_events(edges, args.events_per_edge)
            started = time.perf_counter()
            page = view_html(events, kind=args.kind)
            built = time.perf_counter() - started
            path = Path(folder) / f"view-{edges}.html"
            path.write_text(page, encoding="utf-8")
            settles, walls = [], []
            for _ in range(args.repeat):
                started = time.perf_counter()
                report = browser.inspect(path)
                walls.append(time.perf_counter() - started)
                settles.append(report.settled_ms / 1000)
                if report.errors or report.remote_requests:
                    raise SystemExit(f"the {edges}-edge view misbehaved: {report.errors or report.remote_requests}")
            settle = statistics.median(settles)
            print(f"{edges:>6} {len(events):>7} {report.nodes:>6} {report.edges:>9} "
                  f"{len(page.encode()) / 1e6:>5.1f} {built:>8.2f} {settle:>9.2f} {statistics.median(walls):>14.2f}"
                  + ("" if settle < TARGET_SECONDS else f"  over the {TARGET_SECONDS:.0f} s target"))


if __name__ == "__main__":
    main()
