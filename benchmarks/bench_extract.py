"""Extraction speed on the sample corpus: words per second, one core.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--repeat N]``. The model load
is timed apart; the figure that matters is words/s over the corpus.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.article import Article
from kg.extract import default_extractor
from kg.readers import read_paths

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus")
    args = parser.parse_args()
    articles = [a for a in read_paths([CORPUS]) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    extractor = default_extractor()
    loaded = time.perf_counter() - started
    events = 0
    started = time.perf_counter()
    for _ in range(args.repeat):
        events = sum(len(extractor.extract(a)) for a in articles)
    elapsed = time.perf_counter() - started
    print(f"model load {loaded:.2f} s; {len(articles)} articles, {words} words, {events} events per pass")
    print(f"{args.repeat * words / elapsed:,.0f} words/s ({elapsed / args.repeat:.2f} s per pass)")


if __name__ == "__main__":
    main()
