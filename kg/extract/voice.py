"""How a document says who speaks, read on its text and layout.

A statement heading ("Statement by Foreign Minister …"), a body's release label ("Press
Release"), a headline above the story, a lead-in that hands the following section or quote to a
speaker, a transcript's questioner labels ("Q:", "REPORTER (Nikkei):"), an agency whose copy is
its state's voice: ``kg.extract.events`` uses these to give unattributed words their speaker.
The heading words are data (``kg/data/voice_headings.csv``, ``kg/data/state_voices.csv``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from kg.extract.predicate import Predicate
from kg.extract.quotes import QuoteRegion
from kg.nlp import doc_text
from kg.readers.dateline import parse_date_line
from kg.tables import package_table, word_set

# words after a statement heading's speaker that begin what the statement is about
HEADING_TOPIC = re.compile(r"\s(?:on|at|regarding|concerning|following)\s")
# a transcript paragraph's speaker label: "A:", "Q:", "CHIEF CABINET SECRETARY KIHARA:", "REPORTER (Nikkei):"
TRANSCRIPT_LABEL = re.compile(r"(?m)^(?P<label>A|Q|[A-Z][A-Z.' -]{2,60}(?: \([^)\n]{1,40}\))?): ")
QUESTION_LABELS = word_set("question_labels")


@cache
def voice_headings() -> dict[str, tuple[str, ...]]:
    """Heading words that make a document one speaker's, by kind, from ``kg/data/voice_headings.csv``:
    ``statement`` nouns ("Declaration"), ``connector``s to the speaker ("by", "attributable to"),
    ``proxy`` phrases that hand the voice to whom they name ("on behalf of the EU") and a body's
    ``release`` labels ("Press Release")."""
    kinds: dict[str, list[str]] = {}
    for row in package_table("voice_headings.csv", required=["phrase", "kind"]):
        kinds.setdefault(row["kind"], []).append(row["phrase"])
    missing = sorted({"statement", "connector", "proxy", "release"} - kinds.keys())
    if missing:
        raise ValueError(f"kg/data/voice_headings.csv has no row of kind {', '.join(missing)}: add at least one")
    return {kind: tuple(phrases) for kind, phrases in kinds.items()}


def _alternatives(phrases: tuple[str, ...]) -> str:
    """A regular-expression alternation of phrases, longest first, any run of spaces between words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@cache
def statement_heading() -> re.Pattern[str]:
    """A heading line that makes the document one speaker's: an optional topic ("Georgia: "),
    a statement noun and a connector, then the speaker and what it is about."""
    kinds = voice_headings()
    return re.compile(rf"(?im)^[ \t]*(?:[^\n:]{{1,40}}:[ \t]+)?(?:{_alternatives(kinds['statement'])})"
                      rf"[ \t]+(?:{_alternatives(kinds['connector'])})[ \t]+(?P<rest>[^\n]+)")


@cache
def release_heading() -> re.Pattern[str]:
    """A heading line that makes the document a body's release: "Press Release: Expulsion of …",
    also after a number and date ("No: 176, 14 July 2026, Press Release Regarding …")."""
    return re.compile(rf"(?im)^(?:[^\n]{{0,40}}?[,:][ \t]*)?(?:{_alternatives(voice_headings()['release'])})s?\b")


def heading_speaker(heading: str) -> tuple[int, int] | None:
    """Where a statement heading names its speaker: "Statement by Foreign Minister MOTEGI
    Toshimitsu on …" names the minister; "Declaration by the High Representative on behalf of
    the EU on …" and "Statement attributable to the Spokesperson for the Secretary-General" name
    whom the words are spoken for."""
    line = statement_heading().search(heading)
    if line is None:
        return None
    start, end = line.start("rest"), line.end("rest")
    proxy = re.search(rf"(?i)\b(?:{_alternatives(voice_headings()['proxy'])})\s+", heading[start:end])
    if proxy is not None:
        start += proxy.end()
    topic = HEADING_TOPIC.search(heading, start, end)
    end = topic.start() if topic is not None else end
    return (start, end) if end - start >= 3 else None


@cache
def state_voices() -> dict[str, str]:
    """Agencies whose unattributed copy is their state's voice, from ``kg/data/state_voices.csv``."""
    return {row["agency"]: row["country"]
            for row in package_table("state_voices.csv", required=["agency", "country"])}


def headline_start(text: str) -> int:
    """Where a document's headline starts: its first line, or the line after a date printed
    alone above it."""
    start = len(text) - len(text.lstrip())
    if parse_date_line(text) is not None:
        newline = text.find("\n", start)
        rest = text[newline + 1:] if newline >= 0 else ""
        start = len(text) - len(rest.lstrip())
    return start


def first_line(doc: Doc) -> Span | None:
    """A document's first line, where a headline would stand (below a date printed alone)."""
    text = doc_text(doc)
    start = headline_start(text)
    first = text[start:].split("\n", 1)[0]
    return doc.char_span(start, start + len(first.rstrip()), alignment_mode="contract")


def is_headline(line: Span) -> bool:
    """Whether a document's first line is a headline: a short line of its own, with no closing
    full stop or colon (a lead-in: "… issued the following statement:"), followed by a blank line."""
    text = line.text.strip()
    following = doc_text(line.doc)[line.end_char:line.end_char + 3]
    return (0 < len(text.split()) <= 25 and text[-1] not in '.!?:"”' and following.startswith("\n")
            and doc_text(line.doc)[line.end_char:].lstrip(" ").startswith("\n\n"))


def in_headline(predicate: Predicate, headline: Span | None) -> bool:
    """Whether a predicate is read from the headline. A wire headline repeats, in short, what
    the story's lead tells in full ("Lavrov Meets Omani Counterpart in Moscow"
    above "Russian Foreign Minister Sergey Lavrov received … on Wednesday"): the lead is
    the event, dated and worded, and the headline adds none of its own."""
    return headline is not None and headline.start <= predicate.verb.i < headline.end


def section_end(text: str, position: int) -> int:
    """Where the statement printed after ``position`` ends: at the next heading line ("Background
    information:", "Notes to editors"), a short line with no closing full stop, else at the end."""
    offset = position
    for line in text[position:].split("\n"):
        words = line.split()
        if words and len(words) <= 5 and line.rstrip()[-1] not in '.!?"”':
            return offset
        offset += len(line) + 1
    return len(text)


def opening_quote(text: str, position: int, quotes: list[QuoteRegion]) -> QuoteRegion | None:
    """The quote that opens the next paragraph after ``position``, if that paragraph starts with one."""
    following = len(text) - len(text[position:].lstrip())
    return next((q for q in quotes if q.start == following + 1), None)


def paragraph_speaker(text: str, region: QuoteRegion, speakers: dict[int, Predicate],
                       quotes: list[QuoteRegion]) -> Predicate | None:
    """The speaker of an earlier quote in the same paragraph: '"X," he said. "Y."'."""
    paragraph_start = text.rfind("\n", 0, region.start) + 1
    earlier = [q for q in quotes if paragraph_start <= q.start < region.start and q.group in speakers]
    return speakers[earlier[-1].group] if earlier else None


def question_turns(text: str) -> list[tuple[int, int]]:
    """Where a transcript's questions are: from a questioner's label ("Q:", "QUESTION:",
    "REPORTER (Nikkei):") to the end of its paragraph."""
    turns = []
    for label in TRANSCRIPT_LABEL.finditer(text):
        if label.group("label").split()[0].upper() in QUESTION_LABELS:
            end = text.find("\n", label.end())
            turns.append((label.start(), len(text) if end < 0 else end))
    return turns


def asked(sentence: Span, questions: list[tuple[int, int]]) -> bool:
    """Whether the sentence is a question a journalist asks in a transcript ("QUESTION: Will
    Secretary Rubio meet Foreign Minister Wang Yi …?"): it reports nothing. What the question
    states first ("China's Foreign Ministry said this morning that …") still counts."""
    return sentence.text.rstrip()[-1:] == "?" and any(start <= sentence.start_char < end for start, end in questions)
