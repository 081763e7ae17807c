"""Extraction: articles in, coded and dated event records out.

The steps, each a module: ``quotes`` (where direct speech is), ``actors``
(who a phrase stands for, coreference within the article), ``dates`` (when),
``coding`` (CAMEO, Goldstein, QuadClass, PLOVER, polarity from data files),
``clauses`` (grammatical tests on a verb's clause: tense, mood, negation, voice),
``voice`` (who a document speaks as: headings, headlines, lead-ins, transcripts),
``events`` (statements and acts on spaCy's parse, paired into events).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.events import Extractor

RULES_VERSION = "rules-1"


@lru_cache(maxsize=2)
def default_extractor(model: str | None = None) -> Extractor:
    """The extractor with the shipped gazetteer and lexicons, built once per model name."""
    from kg import nlp
    from kg.actors.gazetteer import Gazetteer
    from kg.extract.coding import Lexicon
    from kg.extract.events import Extractor

    return Extractor(nlp.load(model), Gazetteer.default(), Lexicon.default())


__all__ = ["RULES_VERSION", "default_extractor"]
