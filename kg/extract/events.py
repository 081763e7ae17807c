"""From a parsed article to coded, dated events.

Two kinds of predicate give events:

- **statements**: a speech verb ("said", "stressed", "told") or "According to
  X", with its content (a reported clause or a direct quote); quotes that run
  on over sentences and paragraphs keep the speaker named once;
- **acts**: verbs of the lexicon ("met", "visited", "imposed sanctions",
  "summoned", "launched") with their subject as the source;

and meetings, calls and clashes named by nouns come from ``kg.extract.nominal``.

Each predicate's actors, targets and date are found on spaCy's dependency
parse; its CAMEO code, weight and polarity come from the lexicons of
``kg.extract.coding``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.tables import package_table, word_set
from kg.actors.gazetteer import Gazetteer
from kg.actors.learned import LearnedActors
from kg.actors.resolve import agent_nouns
from kg.article import Article
from kg.event import IGO_CODES, Actor, Event
from kg.extract import clauses
from kg.extract.actors import FIRST_PERSON, DocumentActors, domestic_sectors, named_group_sectors, non_state
from kg.extract.coding import (APPEAL_ROOT, FORCE_ROOTS, NEGATIVE_STANCE_ROOTS, NEGATORS, STATEMENT_ROOT,
                               TONE_CODE_THRESHOLD, Lexicon, VerbSense, cameo_code, intent_code, polarity, tone_code)
from kg.extract.dates import NUMBER_WORDS, WEEKDAYS, DateValue, find_dates
from kg.extract.nominal import NounPredicate, event_nouns, nominal_events
from kg.extract.predicate import Predicate, clause_verb, content_heads, misplaced_subject, subject_of
from kg.extract.quotes import QuoteRegion, inside, quote_regions
from kg.extract.voice import (QUESTION_LABELS, TRANSCRIPT_LABEL, asked, first_line, heading_speaker, headline_start,
                              in_headline, is_headline, opening_quote, paragraph_speaker, question_turns,
                              release_heading, section_end, state_voices)
from kg.namespaces import event_iri
from kg.nlp import doc_text
from kg.readers.dateline import parse_dateline

CONTENT_DEPS = {"ccomp", "xcomp"}
DEMAND_ROOTS = {"02", "10"}  # CAMEO: appeal, demand
DEMAND = "100"  # CAMEO: demand, not specified below
APPEAL = "020"  # CAMEO: make an appeal or request, not specified below
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning"}
#: Prepositions that may stand for a verb row's target slot: sanctions, curbs and calls are
#: aimed "on" or "against" a party alike ("joined the EU's sanctions against Russia").
SLOT_PREPOSITIONS = {"on": {"on", "against"}}
RELATIVE_WORDS = {"that", "which", "who", "whom", "where", "when"}  # the parser tags "that" either way
LOCATIVE_PREPOSITIONS = {"in", "at"}
REFERRING_PRONOUNS = {"it", "this", "that", "him", "her", "them"}  # objects that stand for what was told before
COPULAS = {"be", "remain"}  # verbs a stance word completes: "is opposed", "remains opposed"
MAX_TARGETS = 3
VERBAL_QUADS = {0, 1, 3}  # statements, verbal cooperation, verbal conflict
CONSULT_ROOT = "04"
OFFICIAL_PROTEST = "114"  # CAMEO: complain officially
DEMONSTRATION = "141"  # CAMEO: demonstrate or rally
PLAIN_STATEMENT = "010"  # CAMEO: make statement, not specified below
PLEDGE = "030"  # CAMEO: express intent to cooperate, not specified below
POLICY_OPTION = "014"  # CAMEO: consider policy option
PESSIMISTIC_COMMENT = "012"
OPTIMISTIC_COMMENT = "013"
COMPLAINT_CODE = "114"  # CAMEO: complain officially
COMPLAINT_TOPICS = {"over", "about", "against", "regarding", "concerning"}  # what a complaint is about
MILITARY_SHOW_ROOT = "15"
INTENT_ROOT = "03"  # CAMEO: express intent to cooperate
THREAT_ROOT = "13"  # CAMEO: threaten
JOINT_EXERCISE_CODE = "062"  # CAMEO: cooperate militarily
MEETING_CODES = {"040", "041", "043", "046"}  # talks, calls, receiving a visitor, negotiation
HOSTING_CODES = {"043"}  # CAMEO: host a visit
VISIT_CODES = {"042"}  # a visit spans days: arriving dates neither the talks nor what is said there
DETENTION_CODES = {"173", "174", "181"}  # CAMEO: arrest or detain, expel individuals, abduct
CLAUSE_DEPTH = 4  # clauses up from a possessive "its" to the subject it stands for
COUNTED_BACK = 5  # sentences back in which "the five men" may have been introduced
# closed lists of content words, kept as data (kg/data/word_sets.csv)
JOINT_MARKERS = word_set("joint_markers")
LEADING_PARTICIPLES = word_set("leading_participles")
BACKDROP_NOUNS = word_set("backdrop_nouns")
TIME_NOUNS = word_set("time_nouns")
MEETING_NOUNS = word_set("meeting_nouns")


class Extractor:
    """Extracts events from articles with one spaCy pipeline, gazetteer and lexicon."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.lexicon = lexicon

    def extract(self, article: Article, learned: LearnedActors | None = None) -> list[Event]:
        """Events of one article, in text order; ``learned`` are people earlier articles
        introduced, recognised here by name."""
        return self._events(article, self.nlp(parse_text(article.text)), learned)

    # -- per article ---------------------------------------------------------------------
    def _events(self, article: Article, doc: Doc, learned: LearnedActors | None = None) -> list[Event]:
        dateline = parse_dateline(article.text) if article.place is None else None
        place = article.place or (dateline.place if dateline is not None else None)
        actors = DocumentActors.build(doc, self.gazetteer, article.published, learned, place)
        quotes = quote_regions(article.text)
        predicates: list[Predicate] = []
        reporters: list[Predicate] = []  # statements that only report an act: no event, but they date the story
        speakers: dict[int, Predicate] = {}
        answers = self._transcript_answers(doc, actors)
        if answers is not None:
            regions, labelled = answers
            quotes = sorted(quotes + regions, key=lambda q: q.start)
            speakers.update(labelled)
        actors.voice = self._document_voice(doc, actors)
        voice_span = (0, len(doc_text(doc)))  # the document's voice: all of it, or a lead-in's statement
        lead_voice: Actor | None = None
        for sentence in doc.sents:
            if not sentence.text.strip():
                continue
            if lead_voice is not None and sentence.start_char >= voice_span[1]:
                actors.voice = None  # the statement ended at a heading ("Background information:")
            lead_in = self._lead_in(sentence, actors, article.published)
            if lead_in is not None:
                following = opening_quote(doc_text(doc), sentence.end_char, quotes)
                if following is not None:
                    speakers.setdefault(following.group, lead_in)  # 'Cooper said:' ¶ '"I condemn …'
                elif actors.voice is None:
                    # 'Wadephul issued the following statement:' ¶ plain paragraphs in his voice
                    actors.voice = lead_voice = lead_in.sources[0]
                    voice_span = (sentence.end_char, section_end(doc_text(doc), sentence.end_char))
            statements = list(self._statements(sentence, actors, quotes, article.published))
            for statement in statements:
                if statement.quote is not None:
                    speakers.setdefault(statement.quote.group, statement)
            for act in self._acts(sentence, actors, quotes, article.published):
                host = next((s for s in statements if act.verb.i in s.tokens()), None)
                if host is None and not clauses.reported_content(act.verb):
                    if not clauses.obliged(act.verb):  # "Beijing should shut them down": a demand, not an act
                        predicates.append(act)
                elif host is not None and self._speakers_own(act, host) and not _own_event(act):
                    # "we will impose…", "Moscow has not imposed…", "Russia highly appreciates…":
                    # the speaker states their side's act or stance
                    host.content_act = host.content_act or act
                elif act.sources and (clauses.factual(act.verb) or clauses.not_done(act.verb)
                                      or ((self._another_persons(act, host) or _body_plan(act, host))
                                          and not clauses.obliged(act.verb))):
                    # an act that took place, or one another person or an international body
                    # plans ("Prime Minister Takaichi will visit India", "the EU may halt its
                    # mediation, the Dutch minister said"), reported by the speaker: an event of its own
                    predicates.append(act)
                    if host is not None and host in statements and (self._plain(host) or (
                            clauses.is_main(act.verb, host.content) and (self._same_side(act, host)
                                                                  or clauses.not_done(act.verb)))):
                        # "the ministry said Cho held talks…", "X recalled that the two
                        # countries signed … in 1990", "said Pyongyang did not answer the call":
                        # the speaker only reports the act
                        statements.remove(host)
                        reporters.append(host)
            voiced = [s for s in statements if self._voiced_by(s, statements)]
            for statement in statements:
                relayed = self._relayed(statement, statements)
                if statement in voiced:
                    continue  # "Wang said China hopes…": Wang's statement, in his state's name
                if relayed is None or relayed in voiced:
                    predicates.append(statement)
                elif relayed.date is None:
                    relayed.date = statement.date  # "Lin said on Wednesday that Tokyo hoped…"
            # a meeting or act named by a noun and dated ahead ("is expected to visit Tokyo next month
            # for talks with …") is a plan, which the clause's verb reports
            predicates.extend(self._act_noun_sense(p) for p in nominal_events(
                sentence, actors, quotes, lambda p: self._date(p, article.published))
                              if not _ahead(p.date, article.published))
        predicates.extend(self._quoted_own_acts(doc, actors, quotes, speakers, article.published))
        predicates.extend(self._quoted_sentences(doc, quotes, speakers, predicates))
        actors.voice = actors.voice or lead_voice
        # a journalist's question reports nothing, though its names are read like any others'
        questions = question_turns(doc_text(doc))
        headline = first_line(doc)
        headline = headline if headline is not None and is_headline(headline) else None
        predicates = [p for p in predicates if not asked(p.sentence, questions) and not in_headline(p, headline)]
        predicates.extend(self._state_voice(article, doc, actors, quotes, predicates, voice_span))
        if actors.voice is not None:
            self._in_the_voice([p for p in predicates if voice_span[0] <= p.sentence.start_char < voice_span[1]],
                               actors.voice, quotes)
        predicates.sort(key=lambda p: (p.sentence.start, p.verb.i))
        # a meeting's parties are its doers and those it was held with ("held a telephone conversation
        # with … Wadephul on the afternoon of April 20": what Wadephul then says was said in the call)
        met = {id(p): {a.country for a in self._targets(p, actors) if a.country}
               for p in predicates + reporters if p.sense.cameo in MEETING_CODES and p.date is not None}
        _carry_dates(sorted(predicates + reporters, key=lambda p: (p.sentence.start, p.verb.i)), article.published,
                     met, actors.voice)
        events: list[Event] = []
        seen: set[tuple] = set()
        meetings: dict[tuple, set[str]] = {}  # a day's meetings between two states: the people met
        for predicate in predicates:
            for event in self._code(article, predicate, actors):
                key = (event.span, event.source.id, event.target.id if event.target else None, event.cameo)
                if key in seen or (event.root == CONSULT_ROOT and _same_meeting(event, meetings)):
                    continue
                seen.add(key)
                events.append(event)
        return events

    def _transcript_answers(self, doc: Doc, actors: DocumentActors
                            ) -> tuple[list[QuoteRegion], dict[int, Predicate]] | None:
        """Transcripts of briefings and press conferences: a paragraph opened by a speaker's
        label ("A:", "CHIEF CABINET SECRETARY KIHARA:") holds that speaker's words. "A:" is the
        person the heading names ("Foreign Ministry Spokesperson Guo Jiakun's Regular Press
        Conference"); questions ("Q:", "REPORTER (Nikkei):") are nobody's statement."""
        text = doc_text(doc)
        labels = list(TRANSCRIPT_LABEL.finditer(text))
        sense = self.lexicon.verb_sense("say", ())
        if not labels or sense is None:
            return None
        first = labels[0].start()
        heading = doc.char_span(0, first, alignment_mode="contract") or doc[0:1]
        regions: list[QuoteRegion] = []
        speakers: dict[int, Predicate] = {}
        for number, label in enumerate(labels):
            name = label.group("label").strip()
            if name.split()[0].upper() in QUESTION_LABELS:
                continue
            speaker = (self._named_in(heading, actors) if name == "A"
                       else self._named_in(doc.char_span(label.start(), label.start() + len(name),
                                                         alignment_mode="expand"), actors))
            if speaker is None:
                continue
            end = text.find("\n", label.end())
            region = QuoteRegion(label.end(), len(text) if end < 0 else end, -1 - number)
            regions.append(region)
            anchor = doc.char_span(label.start(), label.end(), alignment_mode="expand") or heading
            speakers[region.group] = Predicate(anchor[0], "said", sense, anchor, [speaker], [anchor[0]])
        return (regions, speakers) if regions else None

    def _lead_in(self, sentence: Span, actors: DocumentActors, published: date | None) -> Predicate | None:
        """A line that introduces the words printed under it: "Foreign Secretary Yvette Cooper
        said:", "Foreign Minister Wadephul issued the following statement:", "The following
        statement was issued by the Spokesperson for Secretary-General António Guterres:".
        Official releases print a statement this way, quoted or not; the speaker must be known."""
        text = doc_text(sentence.doc)
        end = sentence.end_char
        while end > sentence.start_char and text[end - 1].isspace():
            end -= 1
        if end <= sentence.start_char or text[end - 1] != ":" or not text[end:end + 1].startswith("\n"):
            return None
        verb = sentence.root
        sense = self._speech_sense(verb)
        if sense is None:
            return None
        if clauses.passive(verb):  # "… was issued today by the Spokesperson for …"
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            sources = actors.resolve_phrase(agents[0]) if agents else []
        else:
            subject = subject_of(verb)
            sources = actors.resolve_phrase(subject) if subject is not None else []
        if len(sources) != 1 or not sources[0].country:
            return None
        predicate = Predicate(verb, verb.text, sense, sentence, sources, [verb])
        predicate.date = self._date(predicate, published)
        return predicate

    def _document_voice(self, doc: Doc, actors: DocumentActors) -> Actor | None:
        """The person or body whose statement the whole document is, from a heading such as
        "Statement by Foreign Minister MOTEGI Toshimitsu on the Launch of …", "Remarks by Secretary
        Rubio at …" or "Declaration by the High Representative on behalf of the EU on …"
        (``kg/data/voice_headings.csv``): official statements speak in the first person and in
        their state's or body's name."""
        heading_block = "\n\n".join(doc_text(doc).split("\n\n", 3)[:3])
        who = heading_speaker(heading_block)
        span = doc.char_span(who[0], who[1], alignment_mode="expand") if who else None
        if span is not None:
            found = actors.resolve_span(span[-1], list(span))
            return found[0] if found and found[0].kind in ("person", "organization") and found[0].country else None
        author = self._release_author(doc, actors)
        if author is not None:
            return author
        # a readout's headline: "Wang Yi Holds Phone Talks with Israeli Foreign Minister Gideon Saar",
        # below the date line official sites print above it ("July 24, 2026, 15:20")
        line = first_line(doc)
        if line is None:
            return None
        if release_heading().search(heading_block) and len(line) <= 8:
            # "Ministry of External Affairs / Press Release: …": the ministry speaks
            found = actors.resolve_span(line[-1], list(line))
            return found[0] if found and found[0].kind == "organization" and found[0].country else None
        if not is_headline(line):
            return None
        subject = subject_of(line.root)
        found = actors.resolve_span(subject, list(subject.subtree)) if subject is not None else []
        return found[0] if found and found[0].kind == "person" and found[0].country else None

    def _release_author(self, doc: Doc, actors: DocumentActors) -> Actor | None:
        """The minister whose media release the document is: a release label ("Media release",
        "Press Statement") with the author's name and title on the lines around it ("Senator
        the Hon Penny Wong / Minister for Foreign Affairs", "Marco Rubio, Secretary of State").
        Only lines that name, not headlines that tell ("Foreign Minister Holds Talks with …"),
        and only one person: a joint release has no single voice."""
        text = doc_text(doc)
        start = headline_start(text)
        block_end = text.find("\n\n", start)
        block_end = len(text) if block_end < 0 else block_end
        label = release_heading().search(text, start, block_end)
        if label is None:
            return None
        authors: dict[str, Actor] = {}
        offset = start
        for line in text[start:block_end].split("\n"):
            line_start, offset = offset, offset + len(line) + 1
            if line_start <= label.start() < offset or not 0 < len(line.split()) <= 10:
                continue  # the label's own line ("Press Release: Expulsion of …") is a title
            tokens = doc.char_span(line_start, line_start + len(line.rstrip()), alignment_mode="contract")
            if tokens is None or line.rstrip()[-1] in '.!?"”' or any(t.pos_ in ("VERB", "AUX") for t in tokens):
                continue
            person = self._named_in(tokens, actors)
            if person is not None:
                authors[person.id] = person
        return next(iter(authors.values())) if len(authors) == 1 else None

    @staticmethod
    def _in_the_voice(predicates: list[Predicate], voice: Actor, quotes: list[QuoteRegion]) -> None:
        """In a statement document, what its speaker's state says or does in the copy outside
        quotes is the speaker's: "Japan strongly condemns this act" in the Foreign Minister's
        statement."""
        for predicate in predicates:
            words = predicate.sentence
            if (predicate.sources and all(s.kind == "country" and s.country == voice.country
                                          for s in predicate.sources)
                    and not inside(quotes, words.start_char, words.end_char)):
                predicate.sources = [voice]

    def _named_in(self, tokens: Span | None, actors: DocumentActors) -> Actor | None:
        """The person a heading or a speaker label names, with a known state."""
        if tokens is None:
            return None
        for token in tokens:
            if token.is_alpha and token.text[:1].isupper():
                found = actors.resolve_phrase(token)
                if found and found[0].kind == "person" and found[0].country:
                    return found[0]
                known = actors.person_named(token.text.title())
                if known is not None:
                    return known
        return None

    def _speakers_own(self, act: Predicate, statement: Predicate) -> bool:
        """Whether a reported act is the speaker's side's own stance or intent ("we will…",
        "Moscow has not imposed…"); not when another person is its subject."""
        speaker_countries = {s.country for s in statement.sources}
        return (all(source.country in speaker_countries for source in act.sources)
                and not self._another_persons(act, statement))

    @staticmethod
    def _obliges_another(statement: Predicate, actors: DocumentActors) -> bool:
        """Whether what was said is what another state or its people must or should do."""
        heads = content_heads(statement.content)
        return (bool(heads) and clauses.obliged(heads[0])
                and Extractor._another_does(statement, subject_of(heads[0]), actors))

    @staticmethod
    def _asks_another(statement: Predicate, actors: DocumentActors) -> bool:
        """Whether what was said is what the speaker wants another state or its people to do:
        an infinitive whose subject is that party ("I expect Belgrade to align its policy",
        "told Tokyo to stop", "Lavrov said Russia expected Tokyo to lift …": the speaker's own
        side wants it), an appeal rather than a report of the act."""
        verbs = [statement.verb]
        heads = content_heads(statement.content)
        subject = subject_of(heads[0]) if heads else None
        reported = bool(heads) and heads[0].dep_ in ("ccomp", "ROOT")  # a clause said, not the verb's object
        if reported and subject is not None and (subject.tag_ == "PRP" or Extractor._own_course(statement, actors)):
            verbs.append(heads[0])
        for verb in verbs:
            if verb is statement.verb and _committed(statement.sense):
                continue  # "promised Mirziyoyev to instruct the agencies": the speaker will act
            wanted = clauses.wanted(verb)
            if wanted is not None and Extractor._another_does(statement, wanted, actors):
                return True
        return False

    @staticmethod
    def _another_does(statement: Predicate, subject: Token | None, actors: DocumentActors) -> bool:
        """Whether the subject is a state or people other than the speaker's own (for a group
        outside the government, any state: rebels on what their government must do)."""
        others = actors.countries_in(list(subject.subtree)) if subject is not None else []
        if any(non_state(s) for s in statement.sources):
            return bool(others)
        return bool(others) and all(o.country not in {s.country for s in statement.sources} for o in others)

    @staticmethod
    def _own_course(statement: Predicate, actors: DocumentActors) -> bool:
        """Whether what was said is the speaker's own state's course: "Marcos told the leaders
        that the Philippines would continue to assert its rights" (a stance in the story's dispute)."""
        heads = content_heads(statement.content)
        subject = subject_of(heads[0]) if heads else None
        states = actors.countries_in(list(subject.subtree)) if subject is not None else []
        return bool(states) and {s.country for s in states} <= {s.country for s in statement.sources}

    @staticmethod
    def _pledged(statement: Predicate, actors: DocumentActors) -> bool:
        """Whether what was said is a commitment of the speaker's side: a clause in the future
        whose subject is the speaker ("We will make sure that every tank is delivered on time",
        in a quote) or the speaker's own state ("China will always stand by its side"). A
        negated one ("we will not join …") may be a refusal, and is not taken."""
        heads = content_heads(statement.content)
        if not heads or not clauses.future(heads[0]) or clauses.negated(heads[0]):
            return False
        subject = subject_of(heads[0])
        if subject is None:
            return False
        if subject.lower_ in FIRST_PERSON and subject.tag_ == "PRP":
            return statement.quote is not None  # the speaker's own words, not a reporter's "we"
        return Extractor._own_course(statement, actors)

    @staticmethod
    def _same_side(act: Predicate, statement: Predicate) -> bool:
        """Whether the act is the speaker's side's own: its doers are all of the speaker's
        states ("the ministry said Cho held talks"), or it is a joint act the speaker's state
        takes part in ("Lavrov and Fidan discussed …, the Russian Foreign Ministry said": a
        readout). An act of another state that a speaker reports is also an accusation or a
        judgement ("Khan said Indian forces had violated the ceasefire")."""
        doers, speakers = {s.country for s in act.sources}, {s.country for s in statement.sources}
        return doers <= speakers or (act.sense.symmetric and not doers.isdisjoint(speakers))

    @staticmethod
    def _another_persons(act: Predicate, statement: Predicate | None) -> bool:
        """Whether a person other than the speaker is the act's subject."""
        speakers = {s.id for s in statement.sources} if statement is not None else set()
        return any(s.kind == "person" and s.id not in speakers for s in act.sources)

    @staticmethod
    def _voiced_by(inner: Predicate, statements: list[Predicate]) -> bool:
        """Whether a statement is a speaker's words in their own state's name: "Wang said China
        hopes…", "Lin said Beijing hoped…" (the state's hope is what the speaker says)."""
        outer = next((s for s in statements if s is not inner and inner.verb.i in s.tokens()), None)
        if outer is None or not any(s.kind == "person" for s in outer.sources):
            return False
        countries = {s.country for s in outer.sources}
        return all(s.kind in ("country", "organization") and s.country in countries for s in inner.sources)

    def _relayed(self, outer: Predicate, statements: list[Predicate]) -> Predicate | None:
        """The statement that ``outer`` only relays: "X recalled that Y said …" is Y's statement
        (dated when Y spoke, else when X spoke), not X's. ``None`` when ``outer`` stands."""
        inner = [s for s in statements if s is not outer and s.verb.i in outer.tokens()
                 and {a.id for a in s.sources}.isdisjoint(a.id for a in outer.sources)]
        return inner[0] if inner and clauses.is_main(inner[0].verb, outer.content) else None

    def _plain(self, statement: Predicate) -> bool:
        """A statement whose content carries no cue of its own: it only reports something."""
        return self.lexicon.statement_code([t.lemma_.lower() for t in statement.content]) is None

    @staticmethod
    def _prediction(statement: Predicate, actors: DocumentActors) -> bool:
        """Whether a statement is only a belief about how things will turn out: a verb of
        thinking (``kg/data/cognition_verbs.csv``) whose clause is future or modal and has no
        party as its subject ("the envoy believed the offer could lead to a deal", "expects
        the talks will resume"). Its cues and tone judge no one; "believes Russia will attack"
        names a party and is read as usual."""
        if statement.verb.lemma_.lower() not in cognition_verbs() or statement.quote is not None:
            return False
        heads = content_heads(statement.content)
        if not heads or not (clauses.future(heads[0]) or clauses.modal(heads[0])):
            return False
        subject = subject_of(heads[0])
        return subject is None or (subject.tag_ != "PRP" and not actors.countries_in(list(subject.subtree)))

    # -- statements ----------------------------------------------------------------------
    def _statements(self, sentence: Span, actors: DocumentActors, quotes: list[QuoteRegion],
                    published: date | None) -> Iterator[Predicate]:
        """The sentence's statements: its speech verbs and "According to X" outside quotes,
        each with its speaker, what was said and its own date, one per reported clause."""
        for token in sentence:
            if inside(quotes, token.idx, token.idx + len(token)):
                continue
            if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
                predicate = self._according_to(token, sentence, actors)
            elif token.pos_ in ("VERB", "AUX") and self._speech_sense(token):
                if self._hearsay(token) is not None:
                    continue  # "the group, which Kinshasa says is backed by Rwanda": a label of the noun
                if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp") and self._is_predicate(token.head):
                    continue  # "Speaking at a press conference, Lavrov urged…": the head verb is the event
                if any(c.dep_ == "dobj" and c.tag_ == "WP" for c in token.children):
                    continue  # "stop what Tokyo called violations": a label inside another clause's event
                if self._departure_order(token, sentence, actors, None) is not None:
                    continue  # "told three Russian diplomats to leave the country": an expulsion (see _acts)
                predicate = self._reported(token, sentence, actors, quotes)
            else:
                continue
            if predicate is not None:
                predicate.date = self._date(predicate, published)
                yield from self._by_clause(predicate)

    def _by_clause(self, statement: Predicate) -> list[Predicate]:
        """One statement per reported clause when several say different things: "Wang said
        China is ready to work with France and hoped France would play a positive role"
        is an intent and an appeal. A clause is a verb conjoined to the head of what was
        said, with a subject of its own; it is a statement apart only when its words carry
        a cue of their own, and each clause keeps its own words."""
        ids = statement.tokens()
        heads = content_heads(statement.content)
        if not heads:
            return [statement]
        # the heads of what was said ("…, adding that …" gives a second one) and their conjuncts
        clauses = [c for head in heads for c in (head, *head.conjuncts) if c.i in ids and c.pos_ in ("VERB", "AUX")
                   and (c is head or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
        clauses = sorted(set(clauses), key=lambda t: t.i)
        if len(clauses) < 2:
            return [statement]
        others = {c.i: {t.i for t in c.subtree} for c in clauses}
        parts: list[list[Token]] = []
        for clause in clauses:
            own = set(others[clause.i])
            for other, tokens in others.items():
                if other != clause.i and other in own:
                    own -= tokens
            parts.append([t for t in statement.content if t.i in own])
        parts[0] += [t for t in statement.content if not any(t.i in o for o in others.values())]
        parts[0].sort(key=lambda t: t.i)
        cues = [self.lexicon.statement_code([t.lemma_.lower() for t in part]) for part in parts]
        if sum(cue is not None for cue in cues) < 2 or len(set(cues) - {None}) < 2:
            return [statement]
        return [replace(statement, content=part) for part, cue in zip(parts, cues) if cue is not None]

    def _is_predicate(self, verb: Token) -> bool:
        """Whether the verb is in the lexicon (speech or act)."""
        return verb.pos_ in ("VERB", "AUX") and self._sense(verb) is not None

    def _sense(self, verb: Token) -> VerbSense | None:
        """The lexicon's sense of a verb, trying regular base forms when the lemmatizer
        slips ("staged" → "stag")."""
        complements = _complements(verb)
        for lemma in _lemma_candidates(verb):
            sense = self.lexicon.verb_sense(lemma, complements)
            if sense is not None:
                return sense
        return None

    def _speaker_subject(self, verb: Token) -> Token | None:
        """The speaker of words the parser hung on what was said: in "Zhang said the US was
        stirring up trouble and warned Manila…", "warned" comes out as a conjunct of "was";
        it is Zhang who warned. Only for a verb of speaking or appeal with no subject of its
        own, conjoined to the head of another speaker's reported clause. A conjunct with an
        auxiliary of its own ("said the envoy had lodged a protest and had requested a meeting")
        continues the reported clause: the envoy requested."""
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
            return None
        content = verb.head
        if content.dep_ != "ccomp" or self._speech_sense(content.head) is None:
            return None
        return subject_of(content.head)

    def _hearsay(self, verb: Token) -> Token | None:
        """The reported clause of a speech verb in a relative clause that only describes its noun:
        "the AFC/M23 group, which Kinshasa and UN experts say is backed by Rwanda", "a vessel that
        Manila says entered its waters". The relative word belongs to what is said, so the clause
        is background the story takes from others, not news of a statement or an act. ``None``
        for a speaker's own relative clause ("Peskov, who said on Tuesday that …")."""
        if verb.dep_ != "relcl" or self._speech_sense(verb) is None:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            if any(t.i != verb.i and (t.tag_ in ("WDT", "WP") or t.lower_ in RELATIVE_WORDS)
                   and t.dep_ in ("nsubj", "nsubjpass", "dobj") for t in clause.subtree):
                return clause
        return None

    def _speech_sense(self, verb: Token) -> VerbSense | None:
        """The verb's sense when it reports speech, else ``None``."""
        sense = self._sense(verb)
        return sense if sense is not None and sense.speech else None

    def _reported(self, verb: Token, sentence: Span, actors: DocumentActors,
                  quotes: list[QuoteRegion]) -> Predicate | None:
        """A speech verb's statement: its speaker (subject, the document's voice for a passive
        without agent), what was said (the reported clause, a participle's, the verb's own
        phrase, the quote in the sentence), or ``None`` when either is missing."""
        sense = self._speech_sense(verb)
        subject = self._speaker_subject(verb) or subject_of(verb)
        if sense is None:
            return None
        if subject is None and actors.voice is not None and clauses.passive(verb) and not clauses.agent(verb):
            sources = [actors.voice]  # a ministry's release: "He was told that Pakistan must …"
        elif subject is None:
            return None
        else:
            sources = actors.resolve_phrase(subject)
        if not sources:
            return None
        quote = next((q for q in quotes if sentence.start_char <= q.start < sentence.end_char
                      or sentence.start_char < q.end <= sentence.end_char), None)
        content = [t for child in verb.children if child.dep_ in CONTENT_DEPS for t in child.subtree]
        participles: list[Token] = []
        for child in verb.children:  # "warned …, saying that …": the participle's words are the content
            if child.dep_ == "advcl" and child.tag_ == "VBG" and self._speech_sense(child):
                content += [t for c in child.children if c.dep_ in CONTENT_DEPS for t in c.subtree]
            if sense.complement and child.dep_ == "dobj" and child.lemma_.lower() == sense.complement:
                # "issued a statement condemning …": the participle on the statement says what it says
                participles += [c for c in child.children if c.dep_ == "acl" and c.tag_ == "VBG"]
            if not content and child.dep_ == "dobj" and sense.cameo == PLAIN_STATEMENT:
                # "shared the view that …": the noun's clause is what was said (a noun with a code of
                # its own, "expressed the hope that …", keeps its whole phrase, below)
                content += [t for c in child.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                            for t in c.subtree]
        content += [t for participle in participles for t in participle.subtree]
        if not content and any(c.dep_ in ("dobj", "prep") for c in verb.children):
            # "warned North Korea against a test": the verb's own phrase is what was said; a
            # plain verb's ("reaffirmed Türkiye's readiness to host …") only when it carries a cue
            excluded = {t.i for t in subject.subtree} if subject is not None else set()
            if sense.cameo == PLAIN_STATEMENT:  # "… and said …": a conjoined verb says its own words
                excluded |= {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            # "reaffirmed the commitment … as he met President Lee": a clause with its own subject that
            # sets the scene is an act of its own, not what was said
            excluded |= {t.i for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                         and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
            phrase = [t for t in verb.subtree if t.i not in excluded and t.i != verb.i]
            if sense.cameo != PLAIN_STATEMENT or (any(c.dep_ == "dobj" for c in verb.children)
                                                  and not clauses.negated(verb)
                                                  and self.lexicon.statement_code([t.lemma_.lower() for t in phrase])):
                content = phrase
        if quote is not None:
            if quote.start < sentence.start_char:
                # the quote began sentences ago: the statement is the whole quote
                first = sentence.doc.char_span(quote.start, sentence.end_char, alignment_mode="expand")
                sentence = sentence.doc[first[0].sent.start:sentence.end]
            ids = {t.i for t in content}
            content += [t for t in sentence if quote.start <= t.idx < quote.end and t.i not in ids]
            content.sort(key=lambda t: t.i)
        if not content:
            return None
        sources = [self._affiliated(source, content, actors) for source in sources]
        statement = Predicate(verb, verb.text, sense, sentence, sources, content, quote)
        said = next(((p, found) for p in participles if (found := self._sense(p)) and not found.speech), None)
        if said is not None:  # "a statement urging Washington to …": the statement is an appeal
            statement.content_act = Predicate(said[0], said[0].text, said[1], sentence, sources,
                                              list(said[0].subtree))
        return statement

    def _affiliated(self, source: Actor, content: list[Token], actors: DocumentActors) -> Actor:
        """A speaker of unknown affiliation speaking for the state that is the subject of what
        they say: "France is ready to send troops, Defence Minister Pierre Joxe said"."""
        if source.country or source.kind != "person":
            return source
        ids = {t.i for t in content}
        subjects = [t for t in content if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in ids
                    and (t.head.head.i not in ids or t.head.head.i == t.head.i)]
        for subject in subjects:
            states = [a for a in actors.resolve_phrase(subject) if a.kind == "country"]
            if len(states) == 1:
                return actors.adopt(source, states[0].country)
        return source

    def _according_to(self, token: Token, sentence: Span, actors: DocumentActors) -> Predicate | None:
        """"According to X, …": X's statement of the rest of the sentence."""
        to = next(c for c in token.children if c.lower_ == "to")
        objects = [c for c in to.children if c.dep_ == "pobj"]
        sense = self.lexicon.verb_sense("say", ())
        if not objects or sense is None:
            return None
        stray = misplaced_subject(token.head)
        if stray is None:
            sources = actors.resolve_phrase(objects[0])
        else:  # "According to the minister, Moscow and Ankara agreed…": the minister alone
            strayed = {t.i for t in stray.subtree}
            sources = actors.resolve_span(objects[0], [t for t in objects[0].subtree if t.i not in strayed])
        own = {t.i for t in token.subtree} - ({t.i for t in stray.subtree} if stray is not None else set())
        content = [t for t in sentence if t.i not in own and not t.is_punct]
        if not sources or not content:
            return None
        return Predicate(token, "according to", sense, sentence, sources, content)

    def _quoted_sentences(self, doc: Doc, quotes: list[QuoteRegion], speakers: dict[int, Predicate],
                          found: list[Predicate]) -> Iterator[Predicate]:
        """Quoted sentences whose speaker is named in another sentence of the same quote.

        Only sentences that say something codeable (a cue, a tone, or another
        state named) become events: "Korean students keep coming" does not.
        """
        covered = {i for p in found if p.sense.speech for i in range(p.sentence.start, p.sentence.end)}
        text = doc_text(doc)
        for sentence in doc.sents:
            words = [t for t in sentence if not t.is_punct and not t.is_space]
            if not words or any(t.i in covered for t in words):
                continue
            region = inside(quotes, words[0].idx, words[-1].idx + len(words[-1]))
            if region is None:
                continue
            speaker = speakers.get(region.group) or paragraph_speaker(text, region, speakers, quotes)
            if speaker is None or (region.transcript and self._others_act_in(sentence, speaker, found)):
                continue
            yield Predicate(speaker.verb, speaker.word, speaker.sense, sentence, speaker.sources,
                            words, region, speaker.date, continued=True)

    def _quoted_own_acts(self, doc: Doc, actors: DocumentActors, quotes: list[QuoteRegion],
                         speakers: dict[int, Predicate], published: date | None) -> Iterator[Predicate]:
        """Deeds the speaker tells of in the first person inside their quote: "When I met Foreign
        Minister Araghchi in Geneva in March, …", "We signed the protocol last year" are the
        speaker's (or their side's) acts, dated where told. What others did, and what the speaker
        only plans or would do, stays the quote's words."""
        text = doc_text(doc)
        for region in (q for q in quotes if not q.transcript):
            speaker = speakers.get(region.group) or paragraph_speaker(text, region, speakers, quotes)
            words = doc.char_span(region.start, region.end, alignment_mode="contract")
            if speaker is None or words is None:
                continue
            for verb in words:
                subject = subject_of(verb) if verb.pos_ == "VERB" else None
                if (subject is None or subject.lower_ not in FIRST_PERSON or subject.tag_ != "PRP"
                        or not clauses.done(verb)):
                    continue
                sense = self._sense(verb)
                if sense is None or sense.speech or clauses.hypothetical(verb) or verb.dep_ == "relcl":
                    continue  # "the peace we agreed on": a clause that only describes its noun
                predicate = Predicate(verb, verb.text, sense, verb.sent, speaker.sources, list(verb.subtree))
                predicate.date = self._date(predicate, published)
                yield predicate

    @staticmethod
    def _others_act_in(sentence: Span, speaker: Predicate, found: list[Predicate]) -> bool:
        """Whether the sentence already gave an act of someone other than the speaker (the
        answer only reports it)."""
        speakers = {s.id for s in speaker.sources}
        return any(not p.sense.speech and p.sentence.start == sentence.start and p.sources
                   and not {s.id for s in p.sources} & speakers for p in found)

    # -- acts ----------------------------------------------------------------------------
    def _acts(self, sentence: Span, actors: DocumentActors, quotes: list[QuoteRegion],
              published: date | None) -> Iterator[Predicate]:
        # a transcript's answers are reported, not quoted: "Prime Minister Takaichi will visit
        # India" in the Chief Cabinet Secretary's answer is Takaichi's planned visit
        quoted = [q for q in quotes if not q.transcript]
        for verb in sentence:
            stance = _stance(verb)
            if stance is not None and not inside(quoted, verb.idx, verb.idx + len(verb)):
                found = self._stance_act(verb, stance, sentence, actors, published)
                if found is not None:
                    yield found
                continue
            if verb.pos_ != "VERB" or inside(quoted, verb.idx, verb.idx + len(verb)):
                continue
            enacted = self._enacted_act(verb, sentence, actors, published) or self._departure_order(
                verb, sentence, actors, published)
            if enacted is not None:
                yield enacted  # "Moscow ordered the expulsion of two Estonian diplomats": the expulsion
                continue
            sense = self._sense(verb)
            if sense is None or sense.speech:
                continue
            means = _means_of(verb)
            if clauses.hypothetical(verb) or (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "acl", "amod", "pobj")
                                       and means is None):
                continue  # "unless Baghdad accepted", "a proposal for signing": no act took place
            if any(verb in clause.subtree for a in verb.ancestors if (clause := self._hearsay(a)) is not None):
                continue  # "the group, which Kinshasa and UN experts say is backed by Rwanda": a claim in passing
            if sense.cameo in HOSTING_CODES and _receives_a_thing(verb, actors):
                continue  # "who received prison terms", "has not received any reply": nobody was hosted
            if self._demanded(verb):
                continue  # "demands that Baku release …", "urged both sides to … resume talks": only the demand
            purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            head_sense = (self._sense(verb.head) if (verb.dep_ == "xcomp" or purpose)
                          and verb.head.pos_ in ("VERB", "AUX") else None)
            if head_sense is not None and not head_sense.speech:
                continue  # "agreed to hold a meeting", "summoned the envoy to protest": one event
            spoken = sense.cameo[:2] in (STATEMENT_ROOT, APPEAL_ROOT)
            # "He was received by President Vučić": the pronoun is read where it stands, before
            # the doer is, so that it goes on from the last sentence's subject
            patients = [actors.resolve_phrase(c) for c in verb.children if c.dep_ == "nsubjpass"
                        and c.tag_ == "PRP"] if clauses.agent(verb) else []
            # "Afghan forces responded by attacking Pakistani border posts": the doer of the clause
            subject = (self._speaker_subject(verb) if spoken else None) or subject_of(means or verb)
            sources = actors.resolve_phrase(subject) if subject is not None else []
            if not sources and sense.symmetric and subject is not None and subject.lower_ == "they":
                sources = actors.main_parties()  # "They signed a peace agreement in 2018"
            if not sources and sense.symmetric and _impersonal(verb):
                sources = actors.parties_before(verb)  # a readout's "It was agreed to continue contacts"
            if not sources and sense.cameo in DETENTION_CODES and clauses.passive(verb) and not clauses.agent(verb):
                # "was arrested at the airport in Tehran": a detention told without its doer is the
                # act of the state where it took place
                sources = _place_state(verb, actors)
                patients = patients or [actors.resolve_phrase(c) for c in verb.children if c.dep_ == "nsubjpass"]
            if not sources and actors.voice is not None and clauses.passive(verb) and not clauses.agent(verb):
                sources = [actors.voice]  # a ministry's release: "a strong demarche was issued to him"
            if not sources and not clauses.passive(verb) and not (subject is not None and subject.tag_ == "PRP"):
                continue  # an unresolved pronoun ("it would allow") may still be the speaker's own act
            planned = next((found for c in verb.children if c.dep_ == "xcomp" and (found := self._sense(c))), None)
            if sense.cameo[:2] == INTENT_ROOT and planned is not None and not planned.speech:
                # "agreed to hold a meeting": the intent names what is planned (036, not 030)
                sense = replace(sense, cameo=intent_code(planned.cameo))
            if sense.cameo == POLICY_OPTION and planned is not None and not planned.speech:
                # "is considering imposing sanctions": a threat (131); "was not considering
                # recalling its ambassador": the recall, negated (no recall is weighed)
                sense = replace(sense, cameo=planned.cameo if clauses.negated(verb) else intent_code(planned.cameo))
            if (sense.cameo[:2] in FORCE_ROOTS and len({s.country for s in sources if s.country}) > 1
                    and _in_drill(verb)):
                # "U.S. and Filipino forces fired missiles at a decommissioned vessel in a live-fire
                # drill": states firing together in an exercise cooperate, they attack no one
                sense = replace(sense, cameo=JOINT_EXERCISE_CODE, symmetric=True, target="with")
            if sense.cameo[:2] == MILITARY_SHOW_ROOT and _joint(verb, sources):
                # "Seoul and Washington staged combined drills": military cooperation, both ways
                sense = replace(sense, cameo=JOINT_EXERCISE_CODE, symmetric=True, target="with")
            predicate = Predicate(verb, verb.text, sense, sentence, sources, list(verb.subtree),
                                  patients=[a for found in patients for a in found if a.country] or None)
            predicate.date = self._date(predicate, published)
            yield predicate

    def _demanded(self, verb: Token) -> bool:
        """Whether the verb's clause is what a demand or appeal asks of someone ("Moscow demands
        that Baku release two Russians", "urged both sides to cease hostilities and to resume
        talks"): the act has not happened, and the demand or appeal is the event. The clause is
        climbed through its conjuncts and the infinitives that continue it to the verb that
        governs it, also through an infinitive of its own ("asked the council to press Israel
        to halt its attacks": no halt)."""
        clause = verb
        while clause.head.i != clause.i:
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            if clause.dep_ in CONTENT_DEPS and clause.head.pos_ in ("VERB", "AUX"):
                governing = self._sense(clause.head)
                if governing is not None and not governing.speech and governing.cameo[:2] in DEMAND_ROOTS:
                    return True
            if not (clause.dep_ in ("conj", "xcomp") or (infinitive and clause.dep_ == "advcl")):
                return False
            clause = clause.head
        return False

    def _enacted_act(self, verb: Token, sentence: Span, actors: DocumentActors,
                     published: date | None) -> NounPredicate | None:
        """An act a noun names as what a verb of enacting puts in force ("Rome announced a
        suspension of flights to Belgrade", "Moscow ordered the expulsion of two Estonian
        diplomats", "the cabinet approved a ban on imports from Iran"): the act of the noun's verb
        (``kg/data/act_nouns.csv``, with what the noun is of or on), done by the enacting verb's
        subject (``kg/data/enacting_verbs.csv``), aimed at the state the noun's phrase names,
        negated, announced or dated as the enacting verb is."""
        if verb.lemma_.lower() not in enacting_verbs() or clauses.hypothetical(verb):
            return None
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in act_nouns()), None)
        if noun is None:
            return None
        sense = self.lexicon.verb_sense(act_nouns()[noun.lemma_.lower()], _noun_complements(noun))
        subject = subject_of(verb)
        sources = actors.resolve_phrase(subject) if subject is not None and sense is not None else []
        if sense is None or sense.speech or not sources:
            return None
        own = {s.country for s in sources}
        found = [a for a in actors.countries_in(sorted(noun.subtree, key=_depth)) if a.country not in own]
        targets = [found[0], *actors.coordinated_with(list(noun.subtree), found[0])][:MAX_TARGETS] if found else []
        predicate = NounPredicate(verb, verb.text, sense, sentence, sources, list(noun.subtree), targets=targets)
        predicate.date = self._date(predicate, published)
        return predicate

    def _act_noun_sense(self, predicate: Predicate) -> Predicate:
        """A directed act named by a noun that also names a verb's act (``kg/data/act_nouns.csv``)
        takes that verb's code for what the noun is of: "Minsk's expulsion of a Polish consul" is
        an expulsion of a diplomat (161), "the expulsion of Afghan migrants" of people (174)."""
        verb = act_nouns().get(predicate.verb.lemma_.lower())
        if verb is None or predicate.sense.symmetric:
            return predicate
        sense = self.lexicon.verb_sense(verb, _noun_complements(predicate.verb))
        if sense is not None and not sense.speech:
            predicate.sense = replace(sense, target=predicate.sense.target)
        return predicate

    def _departure_order(self, verb: Token, sentence: Span, actors: DocumentActors,
                         published: date | None) -> NounPredicate | None:
        """An expulsion told as an order to leave ("France ordered two Algerian consular officials to
        leave the country", "told three Russian diplomats to leave", "gave an embassy employee five
        days to leave"): the ordering verb's subject expels the people it orders out, aimed at their
        state and coded as "expel" with them as its object (a diplomat 161, other people 174). Only
        when they are to leave the doer's own country: "ordered its troops to leave Syria" is no
        expulsion."""
        departing = _departure(verb)
        if departing is None or clauses.hypothetical(verb) or clauses.passive(verb):
            return None
        ordered = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        subject = subject_of(verb)
        sources = actors.resolve_phrase(subject) if subject is not None and ordered is not None else []
        own = {s.country for s in sources if s.country}
        # the place to leave, without what the parser hangs on it ("the country, a tit-for-tat move …")
        places = [c for c in departing.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from")]
        places = [p for p in places if p.dep_ == "prep" or p is places[0]]
        asides = {t.i for p in places for a in p.subtree if a.dep_ in ("appos", "relcl", "acl", "advcl")
                  for t in a.subtree}
        left = [t for p in places for t in p.subtree if t.i not in asides]
        if not own or any(a.country not in own for a in actors.countries_in(left)):
            return None  # an unknown doer, or a place abroad to leave
        sense = self.lexicon.verb_sense("expel", [ordered.lemma_.lower(), *_noun_complements(ordered)])
        people = [a for a in actors.resolve_phrase(ordered) or actors.countries_in(list(ordered.subtree))
                  if a.country and a.country not in own]
        if sense is None or not people:
            return None
        predicate = NounPredicate(verb, verb.text, sense, sentence, sources, list(verb.subtree), targets=people[:1])
        predicate.date = self._date(predicate, published)
        return predicate

    def _stance_act(self, word: Token, stance: StanceWord, sentence: Span, actors: DocumentActors,
                    published: date | None) -> Predicate | None:
        """A stance stated with "be" ("China is firmly opposed to the arms sales", "Israel is
        opposed to French mediation"): the act of the verb the word comes from, done by the
        subject of "be", aimed at the object of the word's preposition."""
        sense = self.lexicon.verb_sense(stance.lemma, _complements(word))
        subject = _stance_subject(word)
        if sense is None or sense.speech or subject is None:
            return None
        sources = actors.resolve_phrase(subject)
        if not sources:
            return None
        predicate = Predicate(word, word.text, replace(sense, target=stance.preposition), sentence, sources,
                              list(word.subtree))
        predicate.date = self._date(predicate, published)
        return predicate

    # -- a state's own voice -------------------------------------------------------------
    def _state_voice(self, article: Article, doc: Doc, actors: DocumentActors, quotes: list[QuoteRegion],
                     found: list[Predicate], voiced: tuple[int, int] | None = None) -> Iterator[Predicate]:
        """Unattributed judgements in the copy of an agency that speaks for its state (KCNA):
        "This is a grave challenge to peace" is the DPRK's statement; in a statement document
        they are its speaker's ("This launch threatens the peace and security of Japan"). Only
        sentences with no other event, outside quotes, within ``voiced`` (the character range a
        lead-in line hands to its speaker; all of it by default), that carry a cue or a clear tone
        (see ``_code``)."""
        start, end = voiced or (0, len(doc_text(doc)))
        agency_state = state_voices().get(article.agency or "")
        voice = actors.voice or (actors.state(agency_state) if agency_state else None)
        sense = self.lexicon.verb_sense("say", ())
        if voice is None or sense is None:
            return
        taken = {p.sentence.start for p in found}
        for sentence in doc.sents:
            words = [t for t in sentence if not t.is_punct and not t.is_space]
            if (sentence.start in taken or not words or not start <= sentence.start_char < end
                    or sentence.root.pos_ not in ("VERB", "AUX")
                    or inside(quotes, words[0].idx, words[-1].idx + len(words[-1]))):
                continue  # taken, empty, a heading with no verb ("Press Release: Expulsion of …"), quoted
            subject = subject_of(sentence.root)
            if subject is not None and subject.pos_ == "PROPN" and any(
                    a.kind == "person" or (a.kind == "organization" and a.country != voice.country)
                    for a in actors.resolve_phrase(subject)):
                # "Shoigu conveyed the greetings of Putin", "The International Criminal Court issued
                # warrants …": another's act, not the voice
                continue
            yield Predicate(sentence.root, sentence.root.text, sense, sentence, [voice], words, continued=True)

    def _date(self, predicate: Predicate, published: date | None) -> DateValue | None:
        """A date that modifies the predicate itself: "said on Friday", "On January 15, Putin said".

        Dates deeper in the clause (inside an object, or in what was said) belong
        to other events.
        """
        verb = predicate.verb
        sentence = predicate.sentence
        # the verb itself, then a participle on it ("Speaking on Tuesday, Lavrov urged"),
        # then the verb it hangs on ("Seoul ordered … last week, accusing him")
        anchors = [verb, *[c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]]
        if verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
            anchors.append(verb.head)
        if (means := _means_of(verb)) is not None:
            anchors.append(means)  # "retaliated on Monday by shelling …"
        found = find_dates(sentence.text, published, sentence.start_char, future=clauses.future(verb))
        reporter = next((c for c in verb.children if self._parenthetical(c)), None)
        fronted = self._fronted(reporter, found) if reporter is not None else None
        if fronted is not None:
            return fronted
        if self._parenthetical(verb):
            found = [value for value in found if value != self._fronted(verb, found)]
        for anchor in anchors:
            for value in found:
                tokens = sentence.doc.char_span(value.start, value.end, alignment_mode="expand")
                if tokens is not None and _modifies(tokens, anchor, loose=_is_weekday(value)):
                    return value
        return (self._described_date(verb, found) or self._when_date(predicate, found, published)
                or self._at_that_time(predicate, published) or self._days_before(predicate, published))

    def _at_that_time(self, predicate: Predicate, published: date | None) -> DateValue | None:
        """"At the time", "at that time", "back then": the date of the act the clause hangs on
        ("broke off ties in August 2021, … an allegation Rabat rejected at the time")."""
        verb = predicate.verb
        if not any(_means_that_time(c) for c in verb.children):
            return None
        head = verb
        while head.head.i != head.i:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                found = self._date(Predicate(head, head.text, predicate.sense, predicate.sentence,
                                             predicate.sources, []), published)
                if found is not None:
                    return found
        return None

    def _when_date(self, predicate: Predicate, found: list[DateValue],
                   published: date | None) -> DateValue | None:
        """The date of a past act told in a "when"-clause: that of the date it hangs on ("collapsed
        in December 2023, when Cairo blamed Addis Ababa") or of the act it accompanies."""
        verb = predicate.verb
        if verb.dep_ not in ("relcl", "advcl") or verb.tag_ != "VBD" or verb.head.i == verb.i or not any(
                c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for c in verb.children):
            return None
        head = verb.head
        for value in found:
            tokens = verb.doc.char_span(value.start, value.end, alignment_mode="expand")
            if tokens is not None and tokens.start <= head.i < tokens.end:
                return value
        if head.pos_ not in ("VERB", "AUX"):
            return None
        return self._date(Predicate(head, head.text, predicate.sense, predicate.sentence, predicate.sources, []),
                          published)

    def _parenthetical(self, verb: Token) -> bool:
        """A reporting clause set off by commas inside what it reports: "Last year, the Russian
        minister recalled, Erdogan assured Putin …"."""
        after = verb.right_edge.i + 1
        return (verb.dep_ == "ccomp" and verb.i < verb.head.i and after < len(verb.doc)
                and verb.doc[after].text == "," and self._speech_sense(verb) is not None)

    @staticmethod
    def _fronted(reporter: Token, found: list[DateValue]) -> DateValue | None:
        """A date that opens the sentence before a parenthetical reporting clause's subject: it
        dates what is reported, not the reporting."""
        subject = next((c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        for value in found:
            tokens = reporter.doc.char_span(value.start, value.end, alignment_mode="expand")
            if tokens is not None and tokens.end <= subject.left_edge.i and _modifies(tokens, reporter):
                return value
        return None

    def _described_date(self, verb: Token, found: list[DateValue]) -> DateValue | None:
        """A date the parser hangs on a participle that only describes a noun of the clause
        ("wrapped up an exercise involving some 100 aircraft on Monday"): the participle is
        no event of its own, so the date is the clause's."""
        for value in found:
            tokens = verb.doc.char_span(value.start, value.end, alignment_mode="expand")
            participle = _participle_over(tokens) if tokens is not None else None
            if participle is not None and not self._is_predicate(participle) and _modifies(
                    verb.doc[participle.head.i:participle.head.i + 1], verb, loose=True):
                return value
        return None

    def _days_before(self, predicate: Predicate, published: date | None) -> DateValue | None:
        """An act dated by its distance from another: "the launch came a day after Seoul and
        Washington wrapped up their drills", "two days after New Delhi expelled an official"
        (the other event's date, else the publication date, less the days)."""
        verb = predicate.verb
        if verb.head.i == verb.i:
            return None
        # the main act: the verb the clause hangs on, or the verb of the noun it describes
        # ("ordered an official to leave, a tit-for-tat move a day after New Delhi expelled …")
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        for mark in (c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"):
            spans = [c for c in mark.children if c.dep_ == "npadvmod"]
            if verb.head.pos_ in ("NOUN", "PROPN"):
                spans += [c for c in verb.head.children if c.dep_ == "npadvmod" and c.i == mark.i - 1]
            for span in (s for s in spans if s.lemma_.lower() == "day"):
                counts = [c for c in span.children if c.dep_ in ("det", "nummod")]
                count = _day_count(counts[0].lower_) if counts else None
                if count is None:
                    continue
                anchor = self._date(Predicate(main, main.text, predicate.sense, predicate.sentence,
                                              predicate.sources, []), published)
                base = anchor.value if anchor is not None and anchor.precision == "day" else published
                if base is not None:
                    return DateValue(base - timedelta(days=count), "day", span.idx,
                                     verb.idx + len(verb), f"{span.text} after")
        return None

    # -- coding --------------------------------------------------------------------------
    def _code(self, article: Article, predicate: Predicate, actors: DocumentActors) -> Iterator[Event]:
        """The predicate's events: its CAMEO code (from the verb, the speaker's own act, a cue,
        the tone, an intent), negation, date and one event per (source, target) pair."""
        sense = predicate.sense
        lemmas = [t.lemma_.lower() for t in predicate.content]
        code = sense.cameo
        announced = False  # an act announced for later is dated when announced
        negated = clauses.negated(predicate.verb) if not predicate.continued else False
        tone = self.lexicon.tone(lemmas)
        outlook = sense.speech and self._prediction(predicate, actors)
        if sense.speech:
            found = self.lexicon.statement_cue(lemmas)
            cue = found[1] if found else None
            act = predicate.content_act
            if self._asks_another(predicate, actors):
                # "I expect Belgrade to align its policy": an appeal, or the appeal or demand its words
                # name; what it asks for is no act of the speaker's
                code = cue if cue is not None and cue[:2] in DEMAND_ROOTS else APPEAL
            elif act is not None and (cue is None or clauses.is_main(act.verb, predicate.content)):
                code, negated = act.sense.cameo, negated or clauses.negated(act.verb)
                refusal = self._refusal(act.verb)
                if refusal is not None:
                    # "it will not accept any more migrants", "promised it will not accept …": a refusal
                    code, negated = refusal, False
                elif not negated and (clauses.future(act.verb) or clauses.modal(act.verb) or _committed(sense)):
                    code = intent_code(code)  # "we will impose sanctions": a threat, not sanctions
                    if _committed(sense) and code[:2] not in (INTENT_ROOT, THREAT_ROOT):
                        code = PLEDGE  # "promised to look into the matter": a promise, not an inquiry
            elif cue is not None:
                code = cue
                # "will not be bullied", "no interest in": the cue holds its own negation
                negated = negated or (_content_negated(predicate.content) and NEGATORS.isdisjoint(found[0]))
                if not negated and _content_announced(predicate.content):
                    code = intent_code(code)  # "China will continue to support Kyrgyzstan"
            elif self._obliges_another(predicate, actors):
                code = DEMAND  # "Kagame must agree to changes", "Pakistan must ensure that…"
            elif tone > -TONE_CODE_THRESHOLD and self._pledged(predicate, actors):
                code = PLEDGE  # "We will make sure that every tank is delivered on time"
            elif predicate.continued and abs(tone) < 0.2:
                return  # a quoted sentence that says nothing codeable
            code = tone_code(code, tone) if code != DEMAND else code
        elif negated and (refusal := self._refusal(predicate.verb)) is not None:
            code, negated = refusal, False  # "Hungary will not accept more migrants": a refusal, not an act undone
        elif not negated and (clauses.future(predicate.verb) or clauses.modal(predicate.verb)):
            code = intent_code(code)  # "Putin will visit Beijing": an announced visit
            announced = True
        elif code[:2] == APPEAL_ROOT and not negated:
            # "urged both sides to exercise maximum restraint": the appeal's own words say
            # which appeal it is (0256), when they name one
            found = self.lexicon.statement_cue(lemmas)
            if found is not None and found[1][:2] == APPEAL_ROOT:
                code = found[1]
        if outlook:
            code = outlook_code(tone)  # "believed the offer could lead to a deal": hopeful, no praise
        if code == OFFICIAL_PROTEST and predicate.sources and all(non_state(s) for s in predicate.sources):
            code = DEMONSTRATION  # protesters protest in the street, governments by note
        info = cameo_code(code)
        published = article.published.isoformat() if article.published else None
        planned = announced and predicate.date is not None and article.published is not None and (
            predicate.date.last_day() >= article.published)
        if predicate.date is not None and not planned:
            when, precision = predicate.date.iso(), predicate.date.precision
        else:  # undated, or "will visit India from June 4", "this year, Germany will provide":
            # the intent is the day's news
            when, precision = published, ("day" if published else None)
        start, end = _trimmed(article.text, predicate.sentence.start_char, predicate.sentence.end_char)
        statement = _statement_text(predicate)
        # a plain statement of fact ("Grossi said a new building appeared similar …") is addressed
        # to no one in particular: it gets no target by guess, only one its words name
        # (nor is an outlook: "the envoy believed the offer could lead to a deal")
        guess = not (sense.speech and (code == PLAIN_STATEMENT or outlook) and predicate.quote is None
                     and not self._own_course(predicate, actors)) and not _own_affairs(predicate, actors)
        for source, target in self._pairs(predicate, actors, guess):
            yield Event(
                article=article.id,
                event=event_iri(article.id, start, predicate.verb.idx, source.id,
                                target.id if target else "", code),
                span=(start, end),
                sentence=article.text[start:end],
                source=source, target=target,
                date=when, date_precision=precision, published=published,
                cameo=info.code, root=info.root, plover=info.plover, goldstein=info.goldstein,
                quad=info.quad, polarity=polarity(code, tone, negated), negated=negated,
                verb=predicate.word, statement=statement,
                extras={"speech": sense.speech, "modal": clauses.modal(predicate.verb), "tone": tone,
                        "source_host": actors.host_of(source)},
            )

    def _refusal(self, verb: Token) -> str | None:
        """The refusal or threat a negated verb states, from the statement cues that hold their
        own negation: "will not accept any more migrants", "will not agree to inspections" (120),
        "will not tolerate …" (130). ``None`` when the verb is not negated or no such cue fits."""
        negator = next((c for c in verb.children if c.dep_ == "neg"), None)
        if negator is None or clauses.perfect(verb):
            return None  # "has not permitted a single visit": a permission that has not happened
        words = [negator.lemma_.lower(), *(t.lemma_.lower() for t in verb.subtree if t.i >= verb.i)]
        found = self.lexicon.statement_cue(words)
        if found is None or NEGATORS.isdisjoint(found[0]) or found[1][:2] not in NEGATIVE_STANCE_ROOTS:
            return None
        return found[1]

    def _pairs(self, predicate: Predicate, actors: DocumentActors,
               guess: bool = True) -> list[tuple[Actor, Actor | None]]:
        """(source, target) pairs: every source toward every target of another state; with
        ``guess``, words that name no target are addressed to the host or the article's other party."""
        sources = [s for s in predicate.sources if s.country]
        if not sources:
            return []
        if len({s.country for s in sources}) > 1 and (predicate.sense.symmetric or _reciprocal(predicate.verb)):
            # "held talks", "accused each other", "each side blamed the other": each toward the others
            return [(a, b) for a in sources for b in sources if a.country != b.country]
        if _private_partner(predicate):
            return [(source, None) for source in sources]  # a meeting with journalists: no other state
        targets = self._targets(predicate, actors)
        pairs = []
        limit = 1 if predicate.sense.speech else MAX_TARGETS
        for source in sources:
            # a state acting on itself is no event; rebels or protesters against their own
            # government are (domestic events)
            own = [t for t in targets if t.country != source.country or non_state(source) or non_state(t)][:limit]
            if predicate.sense.speech and own:
                # one target per statement, unless it is coordinated: "urged both India and Pakistan"
                own += [t for t in actors.coordinated_with(predicate.content, own[0])
                        if t.country != source.country and t not in own][:MAX_TARGETS - 1]
            if not own and guess and predicate.sense.speech:
                # "warned that police will no longer tolerate rallies by the Kifaya group": the
                # group its words name, before any guess at the story's other party
                own = _groups_named(predicate, actors)[:1]
            if not own and guess and not non_state(source) and (
                    predicate.sense.speech or cameo_code(predicate.sense.cameo).quad in VERBAL_QUADS):
                # words (said, dismissed, welcomed) are addressed to someone: an envoy's to the
                # host state, others' to the article's other party; deeds need a named target
                host = actors.host_of(source)
                fallback = actors.state(host) if host else actors.implicit_target(source.country)
                # "Oman, a close U.S. partner, …", "… if fighting spreads to Libya": a state the sentence
                # names only to describe the speaker or to set a condition is not addressed either
                own = [fallback] if fallback and (host or not _named_aside(predicate, fallback, actors)) else []
                joint_act = predicate.content_act is not None and predicate.content_act.sense.symmetric
                if not host and fallback and fallback.country in {s.country for s in sources} and not joint_act:
                    # "The two ministers confirmed that they oppose any attempt to change the status
                    # quo by force": parties speaking together are not addressing each other (what
                    # they report doing together, "failed to reach agreement", stays mutual)
                    own = []
            # a ban or crackdown on a demonstration is aimed at its protesters, not at a state
            # their cause names ("prevented a rally by students … against sending troops to Iraq")
            repressed = not predicate.sense.speech and _domestic(predicate) and not non_state(source)
            if (not own or repressed) and not predicate.sense.speech:
                # a government acting on its own rebels, protesters or opposition (domestic)
                subject = subject_of(predicate.verb)
                excluded = {t.i for t in subject.subtree} if subject is not None else set()
                objects = [t for t in predicate.verb.subtree if t.i not in excluded]
                own = actors.non_state_groups(objects, source.country)[:1] or own
            if not own and not predicate.sense.speech and _domestic(predicate) and source.country not in IGO_CODES:
                # "Sudan's government lifted the state of emergency in West Darfur", "workers went
                # on strike": a measure on, or dissent against, the doer's own state
                own = [actors.state(source.country)]
            if not own:
                pairs.append((source, None))  # an act with no target: "North Korea fired a missile"
                continue
            pairs.extend((source, target) for target in own)
            if predicate.sense.symmetric and not predicate.sense.speech:
                pairs.extend((target, source) for target in own if self._partner(predicate, target, actors))
        return pairs

    @staticmethod
    def _antecedent_targets(predicate: Predicate, antecedent: Token, actors: DocumentActors) -> list[Actor]:
        """Whom an act in a relative clause is aimed at, when the clause's object is the noun it
        modifies: a state that noun's phrase names ("the restrictions on Chinese investment that
        it imposed"), else, for words, the doers of the clause that noun belongs to ("fired
        missiles … in a drill that China condemned", "NATO … in a declaration that Moscow
        dismissed": China condemned the drillers, Moscow dismissed NATO)."""
        own = {s.country for s in predicate.sources}
        inside_clause = {t.i for t in predicate.verb.subtree}
        phrase = sorted((t for t in antecedent.subtree if t.i not in inside_clause), key=_depth)
        found = [a for a in actors.countries_in(phrase) if a.country not in own]
        if found or cameo_code(predicate.sense.cameo).quad not in VERBAL_QUADS:
            return found[:1]
        clause = clause_verb(antecedent)
        doer = subject_of(clause) if clause.pos_ in ("VERB", "AUX") else None
        doers = actors.resolve_phrase(doer) if doer is not None else []
        return [a for a in doers if a.country and a.country not in own][:MAX_TARGETS]

    @staticmethod
    def _partner(predicate: Predicate, target: Actor, actors: DocumentActors) -> bool:
        """Whether a mutual act's target takes part in it: named "with" or "between" ("held
        talks with X", "signed an agreement with X"), as the object ("met X"), or by a noun of
        its own (nominal events); "agreed to US mediation" is no agreement of the U.S."""
        if isinstance(predicate, NounPredicate) or predicate.verb.pos_ != "VERB":
            return True
        for token in predicate.verb.subtree:
            mention = actors.by_token.get(token.i)
            named = mention.entry.country if mention is not None else (
                target.country if target.kind == "person" and token.text in target.name.split() else None)
            if named != target.country:
                continue
            chain = token
            while chain.i != predicate.verb.i and chain.head.i != chain.i:
                if chain.dep_ == "prep" and chain.lower_ in ("with", "between", "among"):
                    return True
                if chain.dep_ in ("dobj", "dative") and chain.head.i == predicate.verb.i:
                    return True
                chain = chain.head
        return False

    def _targets(self, predicate: Predicate, actors: DocumentActors) -> list[Actor]:
        """Whom the predicate is aimed at, most likely first (see docs/extraction.md, "Whom"):
        a noun event's own targets, the speaker's reported act's, a statement's addressee or the
        first party its words name, a demand's doer, an act's preposition, object or phrase."""
        if isinstance(predicate, NounPredicate) and predicate.targets is not None:
            return predicate.targets  # "drawing a rebuke from China": aimed at the clause's subject
        verb, sense = predicate.verb, predicate.sense
        if predicate.content_act is not None:
            found = self._targets(predicate.content_act, actors)
            if found:
                return found
        if sense.speech:
            addressees = [t for c in verb.children if c.dep_ in ("dative", "dobj") for t in c.subtree]
            if sense.target == "dobj" and actors.countries_in(addressees):
                return actors.countries_in(addressees)  # "warned North Korea against a test"
            # "will not accept refugees if war starts in Iraq" names no target, but "will respond if
            # Washington goes on with its drills" warns the condition's own subject
            conditions = {i for c in predicate.content if c.pos_ in ("VERB", "AUX") and clauses.hypothetical(c)
                          for i in _condition_words(c)}
            # "completed their withdrawal from the Bosnian town of Gorazde": a demonym on a place
            # noun says where, not whom the words are about
            conditions |= _place_adjectives(predicate.content, actors)
            found = actors.countries_in(sorted((t for t in predicate.content if t.i not in conditions),
                                               key=_salience))
            # whom the words were told is the target when what was said names only the speaker's
            # own state ("met Guterres and told him that Iran remained committed …")
            told = actors.countries_in(addressees) or actors.person_before(addressees)
            return found + [a for a in told if a.country not in {f.country for f in found}]
        if sense.cameo[:2] in DEMAND_ROOTS:
            # "demanded that Hamas renounce its struggle against Israel": aimed at who must act
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                subject = subject_of(clause)
                found = actors.countries_in(list(subject.subtree)) if subject is not None else []
                if found:
                    return found
        if predicate.patients:
            return predicate.patients  # "He was received by President Vučić"
        patients = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
        if patients and _stance(verb) is None and actors.countries_in(patients):
            return actors.countries_in(patients)[:1]
        subject = subject_of(verb)
        # "condemned the launch as a violation of U.N. resolutions": what the act or its object is
        # called names no party to it
        # "held talks …, with the situation in Afghanistan high on the agenda": a circumstance
        described = _descriptions(verb) | _circumstances(verb)
        excluded = described | ({t.i for t in subject.subtree} if subject is not None else set())
        preferred: list[Token] = []
        for child in verb.children:
            if sense.target and child.dep_ == "prep" and _fills_slot(child, sense.target):
                preferred.extend(t for t in child.subtree if t.i not in described)
            elif sense.target == "dobj" and child.dep_ == "dobj":
                preferred.extend(t for t in child.subtree if t.i not in described)
        # a meeting's or visit's venue is where it is held, not whom with ("attended the China-ASEAN
        # Summit in the Philippine capital"), and where the target is, is not a second target ("cut
        # supplies to the Cambodian camp in Thailand"); a deed's place may be its target when it is
        # all the phrase names ("strikes in Ukraine")
        consult = sense.cameo[:2] == CONSULT_ROOT
        # "held talks with X …, with Y high on the agenda": the partner is named on the act's own
        # noun; a "with" hung on the verb may be a circumstance
        on_noun = [t for c in verb.children if c.dep_ == "dobj" and sense.complement
                   and c.lemma_.lower() == sense.complement for p in c.children
                   if p.dep_ == "prep" and sense.target and _fills_slot(p, sense.target) for t in p.subtree]
        if consult:  # "talks with Foreign Minister Đurić on Serbia's EU accession": the topic is no party
            about = {t.i for p in on_noun if p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS for t in p.subtree}
            on_noun = [t for t in on_noun if t.i not in about]
        for phrase in (on_noun, preferred):
            found = _beyond_places(actors, phrase)
            if found and sense.cameo == COMPLAINT_CODE and found[0].country in IGO_CODES:
                # "lodged a complaint with the UN Security Council over Israeli air strikes": the
                # body it is lodged with is where; whom it is about is the target
                about = _complained_about(verb, predicate.sources, actors)
                found = about or found
            if found:
                return actors.with_people(found, phrase)
        antecedent = _relative_object(verb)
        if antecedent is not None:
            found = self._antecedent_targets(predicate, antecedent, actors)
            if found:
                return found
        if sense.cameo in VISIT_CODES:
            # "did not attend the meeting": the meeting the story named before, with its party
            # ("the meeting of the Council of Foreign Ministers of the SCO")
            found = _meeting_named_before(verb, {s.country for s in predicate.sources}, actors)
            if found:
                return found
        if sense.target == "dobj":
            # "Russia's removal of children is a breach of law, and Australia condemns it": the
            # object pronoun is what the clause before told, aimed at the party it names
            own = {s.country for s in predicate.sources}
            found = [a for a in actors.countries_in(sorted(_pronoun_referent(verb), key=_salience))
                     if a.country not in own]
            if found:
                return found[:1]
        for child in verb.children:  # what was said, conjoined clauses and clauses alongside
            # with a subject of their own ("… while UN arms inspectors said …") are other predicates
            if child.pos_ in ("VERB", "AUX") and (child.dep_ in ("ccomp", "conj") or clauses.side_clause(child)
                                                  or clauses.hypothetical(child)):  # "… if war starts in Iraq"
                excluded.update(t.i for t in child.subtree)
        for clause in verb.subtree:
            # "fired missiles … in a drill that China condemned as aimed at Beijing": a relative
            # clause that is an act of its own subject names that act's parties, not this one's
            if (clause.dep_ == "relcl" and clause.i != verb.i and self._is_predicate(clause)
                    and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in clause.children)):
                excluded.update(t.i for t in clause.subtree)
        if sense.cameo in VISIT_CODES:
            # "arrived late Wednesday from Kuala Lumpur": where the visitor came from is no host
            excluded.update(t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                            for t in c.subtree)
        if consult:
            # "exchanged views on the situation in Ukraine": what a meeting is about is no party to it
            topics = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in TOPIC_PREPOSITIONS]
            # "met to discuss Pyongyang's launch": what the meeting is for names its topic
            topics += [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            excluded.update(t.i for topic in topics for t in topic.subtree)
        rest = [t for t in verb.subtree if t.i not in excluded]
        # "On the Palestinian question, both ministers voiced opposition to Israel's settlements":
        # a topic fronted before the subject is what the clause is about, a party only when the
        # clause names none other
        fronted = _fronted_topic(verb, subject)
        ordered = sorted(rest, key=lambda t: (t.i in fronted, _depth(t)))
        found = _beyond_places(actors, ordered) if consult else actors.countries_in(ordered)
        own = {s.country for s in predicate.sources}
        if not any(non_state(s) for s in predicate.sources):
            # "held talks with X in Beijing": the doer's own capital is where, not with whom
            found = [a for a in found if a.country not in own or non_state(a)]
        if not found and sense.cameo in DETENTION_CODES:
            # "detained the five men": the five of some state's nationals the story named before
            found = [a for obj in verb.children if obj.dep_ in ("dobj", "nsubjpass")
                     for a in _counted_people_state(obj, actors) if a.country not in own]
        if (not found and sense.cameo in VISIT_CODES and actors.home and actors.home not in own
                and not any(c.dep_ == "dobj" for c in verb.children)):
            # "Rubio, who arrived on Tuesday, …" under a Jakarta dateline: an arrival that names
            # no destination is to where the story is filed from ("attended the meeting" is to
            # whoever held it)
            return [actors.state(actors.home)]
        if not found:
            return actors.people_in(sorted(rest, key=_depth))[:1]  # "a bilateral meeting with Marcos"
        # "aid for Romania and Poland", "mediation between Syria and Arafat": the nearest
        # target with those coordinated with it, not other states the clause mentions
        partners = [a for a in actors.coordinated_with(rest, found[0]) if a not in found[:1]]
        return actors.with_people([found[0], *partners][:MAX_TARGETS], rest)


def _place_adjectives(tokens: list[Token], actors: DocumentActors) -> set[int]:
    """The demonyms among the tokens that only locate a place noun ("the Bosnian town of
    Gorazde", "on the Thai border"; ``kg/data/place_nouns.csv``)."""
    return {t.i for t in tokens if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in place_nouns()
            and (mention := actors.by_token.get(t.i)) is not None and mention.entry.match == "demonym"}


@cache
def place_nouns() -> frozenset[str]:
    """Nouns of places ("town", "border", "province"), from ``kg/data/place_nouns.csv``: a
    demonym on one names where something is, not a party."""
    return frozenset(row["lemma"] for row in package_table("place_nouns.csv", required=["lemma"]))


def _pronoun_referent(verb: Token) -> list[Token]:
    """What a bare object pronoun ("it", "this", "him", "them") of the verb refers to: the clause the
    verb is conjoined to or hangs on as a participle ("… is a grave breach of law, and Australia
    condemns it", "cut ties with Kyiv, accusing it of …"), else the sentence before ("Pyongyang
    fired a missile on Sunday. Tokyo condemned it."). Empty when the object is no such pronoun."""
    if not any(c.dep_ == "dobj" and c.lower_ in REFERRING_PRONOUNS and c.tag_ in ("PRP", "DT") and not list(c.children)
               for c in verb.children):
        return []
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        own = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in own]
    sentence = verb.sent
    return list(verb.doc[sentence.start - 1].sent) if sentence.start > 0 else []


def _named_aside(predicate: Predicate, party: Actor, actors: DocumentActors) -> bool:
    """Whether the predicate's sentence names ``party`` and only in words that set it aside as
    a target: an apposition that describes the doer ("Oman, a close U.S. partner in the Gulf,
    criticized …", "Lavrov, a frequent critic of Washington, said …"), a condition ("… if
    fighting spreads to Libya", "should war break out"; but not the condition's own subject:
    "if Washington goes on with its drills" is about Washington) or a clause alongside
    ("while Seoul protested"). A question put to the speaker ("Asked whether Chinese officials
    would attend a U.S.-hosted conference, …") names what the answer is about: not set aside."""
    sentence = predicate.sentence
    named = [t.i for t in sentence if (m := actors.by_token.get(t.i)) is not None and m.entry.country == party.country]
    if not named:
        return False
    subject = subject_of(predicate.verb)
    aside = {t.i for c in (subject.children if subject is not None else ()) if c.dep_ == "appos" for t in c.subtree}
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if clauses.side_clause(verb):
            aside |= {t.i for t in verb.subtree}
        elif clauses.hypothetical(verb) and not any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
            aside |= _condition_words(verb)
    return all(i in aside for i in named)


def _condition_words(verb: Token) -> set[int]:
    """Token indices of a condition headed by ``verb``, less its own subject: the party a
    condition is about stays addressed ("if Washington continues its drills, we will respond"
    warns Washington), while "if war starts in Iraq" names only a place."""
    conditioned = subject_of(verb)
    return {t.i for t in verb.subtree} - (_phrase_core(conditioned) if conditioned is not None else set())


def _complained_about(verb: Token, sources: list[Actor], actors: DocumentActors) -> list[Actor]:
    """The other party a complaint is about: the first state named in an "over", "about",
    "against" or "regarding" phrase of the verb's clause ("… over Israeli air strikes", "filed a
    complaint against Azerbaijan with the court"), wherever the parser hangs it."""
    own = {s.country for s in sources}
    subject = subject_of(verb)
    excluded = {t.i for t in subject.subtree} if subject is not None else set()
    phrases = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ in COMPLAINT_TOPICS and p.i not in excluded]
    for phrase in phrases:
        found = [a for a in actors.countries_in(sorted(phrase.subtree, key=_salience))
                 if a.country not in own and a.country not in IGO_CODES]
        if found:
            return found[:1]
    return []


def _phrase_core(head: Token) -> set[int]:
    """The tokens of a noun phrase without its prepositional and clausal modifiers: "the Uzbek
    side" whole, but only "the fighting" of "the fighting in Libya"."""
    core = {head.i}
    for child in head.children:
        if child.dep_ not in ("prep", "relcl", "acl", "appos"):
            core |= _phrase_core(child)
    return core


@cache
def domestic_codes() -> frozenset[str]:
    """CAMEO codes of acts aimed at the doer's own state when no other is named (curfews,
    states of emergency, strikes, demonstrations), from ``kg/data/domestic_codes.csv``."""
    return frozenset(row["code"] for row in package_table("domestic_codes.csv", required=["code"]))


def _own_affairs(statement: Predicate, actors: DocumentActors) -> bool:
    """Whether a statement is about its speaker's own affairs, addressed to no one: what was said
    is done by the speaker's side ("we", "our state", "the government", the speaker's own state
    by name), its sentence names no other party and its words no relational one
    (``kg/data/relational_cues.csv``): "Chile will keep modernising its ports", "we have balanced
    our budget". Words about the relationship ("we remain ready to talk", "we stay open to
    dialogue") still are addressed to the story's other party."""
    if not statement.sense.speech or _committed(statement.sense):
        return False  # a promise is made to someone: "pledged to speed up the deliveries"
    heads = content_heads(statement.content)
    subject = subject_of(heads[0]) if heads else None
    if subject is None or not _speakers_side(subject, statement, actors):
        return False
    own = {s.country for s in statement.sources}
    if any(a.country not in own for a in actors.countries_in([*statement.sentence, *statement.content])):
        return False  # "Asked whether Chinese officials would attend a U.S. forum, Lin said China would not"
    return not any(t.lemma_.lower() in relational_cues() or t.lower_ in relational_cues()
                   for t in statement.content)


def _speakers_side(subject: Token, statement: Predicate, actors: DocumentActors) -> bool:
    """Whether a clause's subject is the speaker's own side: "we" in the speaker's own quoted
    words, a noun the speaker's "our" owns ("our state", "our officials"), "the government",
    or states all of the speaker's ("Japan will …" said by a Japanese minister)."""
    if subject.tag_ == "PRP":
        return subject.lower_ == "we" and statement.quote is not None
    if any(c.dep_ == "poss" and c.lower_ == "our" for c in subject.children):
        return statement.quote is not None
    if subject.lemma_.lower() == "government" and any(c.lower_ == "the" for c in subject.children):
        return not actors.countries_in(list(subject.subtree))
    states = actors.countries_in(list(subject.subtree))
    return bool(states) and {s.country for s in states} <= {s.country for s in statement.sources}


@cache
def relational_cues() -> frozenset[str]:
    """Words that make a speaker's words about its own side a stance toward another party
    ("ready", "talks", "cooperation", "they"), from ``kg/data/relational_cues.csv``."""
    return frozenset(row["lemma"] for row in package_table("relational_cues.csv", required=["lemma"]))


@cache
def cognition_verbs() -> frozenset[str]:
    """Verbs of believing and expecting, from ``kg/data/cognition_verbs.csv``: with a clause in the
    future they state an outlook, not a judgement of a party."""
    return frozenset(row["lemma"] for row in package_table("cognition_verbs.csv", required=["lemma"]))


def outlook_code(tone: float) -> str:
    """An outlook's code by its tone: optimistic (013), pessimistic (012), else a plain statement."""
    if abs(tone) < TONE_CODE_THRESHOLD:
        return PLAIN_STATEMENT
    return OPTIMISTIC_COMMENT if tone > 0 else PESSIMISTIC_COMMENT


def _domestic(predicate: Predicate) -> bool:
    """Whether the predicate's act, untargeted, is a domestic one: on or against its doer's own state."""
    return predicate.sense.cameo in domestic_codes()


# -- parse helpers ---------------------------------------------------------------------------
def parse_text(text: str) -> str:
    """The text handed to spaCy: the wire dateline blanked out (same length, so offsets hold).

    A dateline such as "TOKYO, Jan. 9 (Yonhap) --" otherwise parses as the subject
    of the lead sentence. It is blanked as a full stop and spaces: a run of spaces alone
    before the lead sentence throws the parser ("Rwandan rebels announced …" came out with
    "rebels" as the root), a closed sentence before it does not.
    """
    dateline = parse_dateline(text)
    if dateline is None:
        return text
    width = dateline.end - dateline.start
    blank = "." + " " * (width - 1) if width > 1 else " " * width
    return text[: dateline.start] + blank + text[dateline.end:]


def _lemma_candidates(verb: Token) -> list[str]:
    """spaCy's lemma, then regular base forms of an inflected verb."""
    word, lemma = verb.lower_, verb.lemma_.lower()
    candidates = [lemma]
    if word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ed"):
        candidates += [word[:-1], word[:-2]]
    if word.endswith("ing"):
        candidates += [word[:-3] + "e", word[:-3]]
    if word.endswith("s") and not word.endswith("ss"):
        candidates.append(word[:-1])
    return list(dict.fromkeys(candidates))


def _fronted_topic(verb: Token, subject: Token | None) -> set[int]:
    """Token indices of topic phrases put before the clause's subject ("On the Korean
    peninsula, the two sides …", "Regarding Syria, the ministers …"): they say what the clause
    is about, not whom its act is aimed at."""
    if subject is None:
        return set()
    return {t.i for child in verb.children if child.i < subject.i and child.dep_ == "prep"
            and child.lower_ in TOPIC_PREPOSITIONS for t in child.subtree}


def _descriptions(verb: Token) -> set[int]:
    """Tokens of an "as"-phrase that says what an act or its object is taken for: "condemned the
    launch as a violation of U.N. resolutions", "denounced the drills as a threat to the region"
    (a label, not a party); not "such as" or "as well as", which add parties."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return {t.i for holder in holders for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "as" and c.doc[c.i - 1].lower_ != "such"
            and (c.i + 1 >= len(c.doc) or c.doc[c.i + 1].lower_ != "well")
            for t in c.subtree}


def _circumstances(verb: Token) -> set[int]:
    """Tokens of an absolute "with"-phrase, one whose noun has a predicate of its own: "held
    talks …, with energy transit and the situation in Afghanistan high on the agenda", "with
    sanctions on Iran still in force", "with the war in Ukraine dominating the agenda". It
    names the topic or the backdrop, not whom the act was done with."""
    found: set[int] = set()
    doc = verb.doc
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        phrase = {t.i for t in prep.subtree}
        after = doc[max(phrase) + 1] if max(phrase) + 1 < len(doc) else None
        if after is not None and after.head.i == verb.i and _backdrop(after):
            found |= phrase  # "with Iran at the top of the agenda", its predicate hung on the verb
            continue
        if any(g.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in g.children) for g in prep.children):
            found |= phrase  # "with China's claims looming over the talks", parsed as a clause
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if any(_predicated(m) for m in (noun, *noun.conjuncts)):
                found |= phrase
    return found


def _predicated(noun: Token) -> bool:
    """Whether a noun after "with" carries a predicate: an adjective or participle after it ("high
    on the agenda", "looming"), or "on the agenda", "on the table", "at the top of the agenda"."""
    return any(child.i > noun.i and ((child.dep_ in ("amod", "acl") and child.pos_ in ("ADJ", "VERB"))
                                     or _backdrop(child)) for child in noun.children)


def _backdrop(prep: Token) -> bool:
    """Whether a prepositional phrase says something is under discussion: "on the agenda", "on
    the table", "at the top of the agenda", "in focus"."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "at", "in", "under") and any(
        g.lemma_.lower() in BACKDROP_NOUNS for g in prep.children if g.dep_ == "pobj")


def _receives_a_thing(verb: Token, actors: DocumentActors) -> bool:
    """Whether what a verb of hosting ("received", "hosted") takes is a thing, not a visitor:
    "who received prison terms", "has not received any response from Pyongyang", "received
    an award". A thing names no one (no state, person, office or body of people: "received the
    Chinese delegation", "received Lavrov") and is no meeting ("hosted the summit")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    antecedent = _relative_object(verb)  # "the delegation that Seoul received"
    objects += [antecedent] if antecedent is not None else []
    return bool(objects) and all(
        obj.pos_ == "NOUN" and obj.lemma_.lower() not in MEETING_NOUNS and obj.lemma_.lower() not in event_nouns()
        and obj.lower_ not in agent_nouns()
        and obj.lemma_.lower() not in agent_nouns() and obj.i not in actors.roles_by_token
        and not actors.countries_in([obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "poss"))])
        for obj in objects)


def _relative_object(verb: Token) -> Token | None:
    """The noun a relative clause's verb acts on when that noun is the clause's object:
    "the restrictions that it imposed", "the controls it imposed", "a drill that China
    condemned" (not "the country that imposed sanctions", nor "the envoy who summoned …")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    relatives = [c for c in verb.children if c.tag_ in ("WDT", "WP", "WRB") or c.lower_ in RELATIVE_WORDS]
    if any(c.dep_ == "dobj" and c not in relatives for c in verb.children):
        return None  # the clause has its own object
    if any(c.dep_ != "dobj" for c in relatives):
        return None  # the noun is the clause's subject, time or place: "who summoned", "where"
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb.head


def _complements(verb: Token) -> list[str]:
    """Lemmas attached to a verb that select its sense: object, particle, preposition, their objects;
    for a relative clause whose object is the noun it modifies, that noun ("the sanctions it imposed")."""
    found = []
    antecedent = _relative_object(verb)
    while antecedent is not None:
        found.append(antecedent.lemma_.lower())
        found.extend(g.lemma_.lower() for g in antecedent.children if g.dep_ == "compound")
        # "the Memorandum of Understanding on military training which our two countries signed":
        # the parser may hang the clause on the last noun of the phrase; the nouns it sits in count too
        governor = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep" else None
        antecedent = governor if governor is not None and governor.pos_ in ("NOUN", "PROPN") else None
    for child in verb.children:
        if child.dep_ in ("dobj", "prt", "prep", "attr", "agent", "dative", "nsubjpass"):
            found.append(child.lemma_.lower())
            found.extend(g.lemma_.lower() for g in child.children if g.dep_ in ("pobj", "compound"))
            # "10,000 tons of rice", "a package of sanctions": what the measure is of
            found.extend(p.lemma_.lower() for g in child.children if g.dep_ == "prep" and g.lower_ == "of"
                         for p in g.children if p.dep_ == "pobj")
        elif child.dep_ in ("oprd", "ccomp", "xcomp") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            # "declared a diplomat persona non grata": a predicate noun the parser took for a clause
            found.append(child.lemma_.lower())
            found.extend(g.lemma_.lower() for g in child.children if g.dep_ in ("dobj", "compound", "amod"))
    return found


@cache
def act_nouns() -> dict[str, str]:
    """Nouns that name an act, with the lexicon verb whose senses code it ("expulsion" →
    "expel"), from ``kg/data/act_nouns.csv``."""
    return {row["noun"]: row["verb"] for row in package_table("act_nouns.csv", required=["noun", "verb"])}


@cache
def departure_orders() -> dict[str, frozenset[str]]:
    """Verbs that order someone out ("order", "tell") and verbs of leaving ("leave", "depart"),
    by role, from ``kg/data/departure_orders.csv``: together they tell an expulsion."""
    roles: dict[str, set[str]] = {"order": set(), "depart": set()}
    for row in package_table("departure_orders.csv", required=["lemma", "role"]):
        if row["role"] not in roles:
            raise ValueError(f"departure_orders.csv, {row['lemma']!r}: role must be 'order' or 'depart'")
        roles[row["role"]].add(row["lemma"])
    return {role: frozenset(lemmas) for role, lemmas in roles.items()}


def _departure(verb: Token) -> Token | None:
    """The verb of leaving that an ordering verb's infinitive names ("ordered … to leave the
    country"), else ``None``."""
    if verb.lemma_.lower() not in departure_orders()["order"]:
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower()
                 in departure_orders()["depart"] and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
                None)


@cache
def enacting_verbs() -> frozenset[str]:
    """Verbs that put an act named by their object in force ("announced a suspension",
    "ordered the expulsion"), from ``kg/data/enacting_verbs.csv``."""
    return frozenset(row["lemma"] for row in package_table("enacting_verbs.csv", required=["lemma"]))


def _noun_complements(noun: Token) -> list[str]:
    """What an act noun is of, on or to, as lemmas that select its verb's sense: "a suspension of
    air links" (link, air), "a ban on imports" (import), "a halt to all flights" (flight)."""
    found = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")]
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        found.append(prep.lemma_.lower())
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found.append(obj.lemma_.lower())
            found.extend(g.lemma_.lower() for g in obj.children if g.dep_ == "compound")
    return found


def _salience(token: Token) -> tuple[bool, int]:
    """Where a state named in what was said stands as its target: an argument or possessor
    ("work with Russia", "Russia's war") before a modifier inside a noun phrase ("the Ukraine
    crisis", "South Korean weapons"), then in text order (wire copy names the party first)."""
    modifier = token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN")
    return modifier, token.i


def _depth(token: Token) -> int:
    """How deep a token sits in its sentence's tree: arguments of the main verb come first,
    modifiers buried in noun phrases ("the Ukraine crisis") later."""
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _reciprocal(verb: Token) -> bool:
    """Whether the act's object is its doers in turn: "accused each other", "blamed one
    another", "each side accused the other", or theirs: "expelled each other's diplomats",
    "seized one another's ships"."""
    for child in verb.children:
        objects = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] \
            if child.dep_ == "prep" else []
        for obj in objects:
            for word in (obj, *(c for c in obj.children if c.dep_ == "poss")):
                words = {t.lower_ for t in word.subtree}
                if word.lower_ == "other" and words & {"each", "the"} or word.lower_ == "another" and "one" in words:
                    return True
    return False


@dataclass(frozen=True)
class StanceWord:
    """A participle or adjective that states a stance after "be" ("opposed"), the lexicon verb
    whose sense it takes ("oppose"), and the preposition that names at whom ("to")."""

    word: str
    lemma: str
    preposition: str


@cache
def stance_words() -> dict[str, StanceWord]:
    """Stance words by their form, from ``kg/data/stance_words.csv``."""
    return {row["word"]: StanceWord(row["word"], row["lemma"], row["preposition"])
            for row in package_table("stance_words.csv", required=["word", "lemma", "preposition"])}


def _stance(token: Token) -> StanceWord | None:
    """The stance a word states when it completes "be" or "remain": as an adjective ("is firmly
    opposed to") or as a participle the parser took for a passive with no doer ("is opposed to")."""
    stance = stance_words().get(token.lower_)
    if stance is None:
        return None
    if token.dep_ == "acomp" and token.head.lemma_.lower() in COPULAS:
        return stance
    if (token.tag_ == "VBN" and not clauses.agent(token)
            and any(c.dep_ == "auxpass" and c.lemma_.lower() in COPULAS for c in token.children)):
        return stance
    return None


def _stance_subject(word: Token) -> Token | None:
    """Who holds a stance: the participle's own subject, or that of the "be" it completes."""
    for child in word.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return subject_of(word.head) if word.dep_ == "acomp" else None


@cache
def drill_nouns() -> frozenset[str]:
    """Nouns naming a military exercise, from ``kg/data/drill_nouns.csv``."""
    return frozenset(row["lemma"] for row in package_table("drill_nouns.csv", required=["lemma"]))


def _in_drill(verb: Token) -> bool:
    """Whether an act is placed in an exercise: "fired … in a live-fire drill", "during
    combined exercises", "as part of the drills"."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in drill_nouns() and t.head.dep_ == "prep"
               and t.head.lower_ in ("in", "during", "of") for t in verb.subtree)


def _joint(verb: Token, sources: list[Actor]) -> bool:
    """Whether drills are held together: by two states, or "joint"/"combined" ones."""
    if len({s.country for s in sources if s.country}) > 1:
        return True
    return any(t.lower_ in JOINT_MARKERS for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def _carry_dates(predicates: list[Predicate], published: date | None,
                 met: dict[int, set[str]] | None = None, voice: Actor | None = None) -> None:
    """Give undated statements and verbal acts the date the story already set for them.

    Wire copy dates a speaker once ("Lavrov said on Tuesday …") and goes on ("The
    minister added …"); a readout dates a call or meeting once ("held a telephone
    conversation … on the afternoon of April 20") and then reports what each side
    said or did in it. So an undated statement takes its speaker's last explicit
    statement date; failing that, an undated statement or verbal act by a party to
    the last dated meeting (or said to be made at one) takes the meeting's date. The
    meeting's parties are its doers and the states ``met`` gives for it (by ``id`` of the
    predicate: whom it was held with). What a statement document's own ``voice`` says in the
    present or future ("Australia condemns …", "We will continue to …") is said as it is
    published, whatever day it told of before ("On Tuesday I met …").
    """
    last_by_speaker: dict[str, DateValue] = {}
    last_meeting: DateValue | None = None
    parties: set[str] = set()
    for predicate in predicates:
        speakers = [s.id for s in predicate.sources]
        countries = {s.country for s in predicate.sources if s.country}
        if predicate.verb.dep_ == "relcl":
            continue  # "Koizumi, who arrived on Tuesday, held talks": the arrival dates nothing else
        if predicate.date is not None and predicate.date.precision == "day":
            if predicate.sense.speech or (cameo_code(predicate.sense.cameo).quad in VERBAL_QUADS
                                          and predicate.sense.cameo not in VISIT_CODES):
                # words and verbal acts date what the speaker goes on to say; an arrival does not
                for speaker in speakers:
                    last_by_speaker[speaker] = predicate.date
            if predicate.sense.cameo in MEETING_CODES:
                last_meeting, parties = predicate.date, countries | (met or {}).get(id(predicate), set())
            elif (last_meeting is not None and predicate.date != last_meeting and countries & parties
                  and predicate.sense.cameo not in VISIT_CODES):
                last_meeting, parties = None, set()  # the story has moved on to another day
            continue
        at_meeting = last_meeting is not None and _at_meeting(predicate)
        verbal = predicate.sense.speech or cameo_code(predicate.sense.cameo).quad in VERBAL_QUADS
        if predicate.date is not None or not (verbal or at_meeting) or _written_now(predicate, voice):
            continue
        inherited = last_meeting if at_meeting else None  # "At the talks, Choe said…"
        inherited = inherited or next((last_by_speaker[s] for s in speakers if s in last_by_speaker), None)
        if inherited is None and last_meeting is not None and countries & parties:
            inherited = last_meeting
        if inherited is not None and (published is None or inherited.value <= published):
            predicate.date = inherited


def _written_now(predicate: Predicate, voice: Actor | None) -> bool:
    """Whether the predicate is a statement document's own words in the present or future, outside
    quotes: "Australia condemns it", "We will continue to stand with Ukraine" in a minister's release."""
    verb = predicate.verb
    present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return (voice is not None and predicate.quote is None and [s.id for s in predicate.sources] == [voice.id]
            and (present or clauses.future(verb)))


def _beyond_places(actors: DocumentActors, tokens: list[Token]) -> list[Actor]:
    """The actors the tokens name, leaving out those named only as where it happened ("attended
    the China-ASEAN Summit in the Philippine capital", "at the defense ministry in Seoul") unless
    a place is all they name ("arrived in Seoul")."""
    ids = {t.i for t in tokens}
    where = {t.i for p in tokens if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPOSITIONS and p.head.i in ids
             for t in p.subtree}
    return actors.countries_in([t for t in tokens if t.i not in where]) or actors.countries_in(tokens)


def _groups_named(statement: Predicate, actors: DocumentActors) -> list[Actor]:
    """Groups outside the state that a statement's sentence names beyond its speaker by a proper
    name and a collective noun: "rallies by the Kifaya group", "a march by the Zubr movement" (a
    group of the state the sentence names; see ``kg/data/collective_nouns.csv``)."""
    subject = subject_of(statement.verb)
    speaker = {t.i for t in subject.subtree} if subject is not None else set()
    return [a for t in statement.sentence if t.i not in speaker and t.pos_ == "NOUN"
            and t.lemma_.lower() in named_group_sectors() for a in actors.resolve_phrase(t) if non_state(a)]


def _place_state(verb: Token, actors: DocumentActors) -> list[Actor]:
    """The state where an act took place, named "in" or "at" on the verb or inside that phrase
    ("at Imam Khomeini International Airport in Tehran", "in Algeria")."""
    where = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS for t in c.subtree]
    found = [a for a in actors.countries_in(where) if a.kind in ("country", "organization")]
    return [actors.state(found[0].country)] if found and found[0].country not in IGO_CODES else []


def _counted_people_state(phrase: Token, actors: DocumentActors) -> list[Actor]:
    """The state of people counted before, that a definite counted phrase refers back to: "the
    five men" after "five of its nationals" (the state "its" stands for) or "five Moroccan
    nationals"; the nearest such count that names a state ("for five years" names none)."""
    count = next((c for c in phrase.children if c.dep_ == "nummod"), None)
    if count is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in phrase.children):
        return []
    doc = phrase.doc
    first = phrase.sent.start
    for _ in range(COUNTED_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for token in reversed(doc[first:count.i]):
        if token.lower_ != count.lower_ or token.head.i == phrase.i:
            continue
        # "five Moroccan nationals" (the number on the noun), "five of its nationals" (the noun after "of")
        group = token.head if token.dep_ == "nummod" else next(
            (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"), None)
        if group is None or group.pos_ != "NOUN":
            continue
        found = actors.countries_in([t for c in group.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                                     for t in c.subtree])
        if not found and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in group.children):
            found = _owner_subject(group, actors)  # "Morocco demanded the release of five of its nationals"
        if found and found[0].kind == "country":
            return [actors.state(found[0].country)]
    return []


def _owner_subject(token: Token, actors: DocumentActors) -> list[Actor]:
    """The states the nearest subject above a token names, whom "its" in the token's phrase
    stands for: "Kenya said it was seeking access to three of its citizens" (past "it")."""
    verb = clause_verb(token)
    for _ in range(CLAUSE_DEPTH):
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        found = actors.countries_in(list(subject.subtree)) if subject is not None else []
        if found or verb.head.i == verb.i:
            return found
        verb = clause_verb(verb)
    return []


def _ahead(value: DateValue | None, published: date | None) -> bool:
    """Whether a date lies after the publication date (whatever its precision, it starts later)."""
    return value is not None and published is not None and value.value > published


def _private_partner(predicate: Predicate) -> bool:
    """Whether a meeting names its partners and they are nobody a state acts through: "met
    with South Korean journalists", "held talks with students" (no guess at the story's other party)."""
    verb, sense = predicate.verb, predicate.sense
    if sense.speech or sense.cameo[:2] != CONSULT_ROOT:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    partners = [g for holder in (verb, *objects) for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    partners = partners or ([] if sense.complement else objects)
    groups = domestic_sectors()
    return bool(partners) and all(p.lemma_.lower() in groups and not groups[p.lemma_.lower()][1] for p in partners)


def _at_meeting(predicate: Predicate) -> bool:
    """Whether the statement or act is placed at a meeting: "at the talks", "during the
    meeting", "after the talks" (the same day, in wire copy)."""
    for token in predicate.sentence:
        if (token.dep_ == "prep" and token.lower_ in ("at", "during", "after") and token.head.i == predicate.verb.i
                and any(c.lemma_.lower() in MEETING_NOUNS for c in token.children)):
            return True
    return False


def _same_meeting(event: Event, meetings: dict[tuple, set[str]]) -> bool:
    """Whether a consultation repeats one already found, and record it if not: one meeting is
    one consultation, however many sentences report what was discussed. Two meetings of the
    same states on the same day are two when one names a person on either side whom the
    other did not ("met President Lee … also held talks with Foreign Minister Cho", "Wang
    held talks with Vieira … Vice President Han Zheng also met Vieira")."""
    target = event.target
    key = (event.cameo, event.source.country, target.country if target else None, event.date)
    people = {a.id for a in (event.source, target) if a is not None and a.kind == "person"}
    met = meetings.get(key)
    if met is not None and (not people or not met or people <= met):
        return True
    meetings.setdefault(key, set()).update(people)
    return False


def _day_count(word: str) -> int | None:
    """How many days "a", "one", "two", "3" … before a "day(s) after" are."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _impersonal(verb: Token) -> bool:
    """An impersonal passive with no agent: "It was agreed to…"."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def _own_event(act: Predicate) -> bool:
    """Whether an act the speaker reports of their own side is an event apart from the words:
    a finished deed ("Manila had filed a protest", "Seoul expelled the diplomat"), or a verbal
    act dated apart or told as earlier ("Moscow had handed a note on Wednesday"); not words
    that are the statement itself ("said China … urged NATO to stop")."""
    if not clauses.done(act.verb):
        return False
    earlier = any(c.dep_ == "aux" and c.lower_ == "had" for c in act.verb.children)
    return cameo_code(act.sense.cameo).quad not in VERBAL_QUADS or act.date is not None or earlier


def _body_plan(act: Predicate, statement: Predicate | None) -> bool:
    """Whether the act is what an international body plans or weighs, told by a speaker who is
    not that body ("the European Community may halt mediation …, the Dutch foreign minister
    said"): a member's minister or an official relays the body's course, which is the body's
    act, not the speaker's stance."""
    speakers = {s.country for s in statement.sources} if statement is not None else set()
    return any(s.kind == "organization" and s.country in IGO_CODES and s.country not in speakers
               for s in act.sources)


def _means_of(verb: Token) -> Token | None:
    """The verb whose act a "by"-gerund tells the means of ("Afghan forces responded by attacking
    Pakistani border posts", "Iran retaliated by firing missiles at …"): the gerund is the act
    done, by that verb's subject. ``None`` for any other verb, and for a gerund on a noun
    ("a proposal for signing"), which tells no act."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "by" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _is_weekday(value: DateValue) -> bool:
    """A date written as a weekday ("on Wednesday"): wire copy uses it for the clause's own
    event, however the parser attaches it."""
    return value.precision == "day" and value.text.split()[-1].lower() in WEEKDAYS


def _modifies(tokens: Span, verb: Token, loose: bool = False) -> bool:
    """Whether a date phrase belongs to the verb: attached to it directly or through a chain
    of prepositional phrases ("on the afternoon of April 20", "in the Galwan valley in June
    2020"), but not through the verb's object ("criticized the decision in January").
    ``loose`` (weekdays) also passes through objects that name no event of their own
    ("handed a note of protest to the ambassador on Wednesday")."""
    ids = {t.i for t in tokens}
    possessive = [t for t in tokens if t.dep_ == "poss"]
    if possessive:
        # "following last week's exchanges of fire": the date of the exchanges, not of the verb
        return any(t.head.i == verb.i for t in possessive)
    for token in tokens:
        head, child = token.head, token
        if head.i in ids:
            continue
        for _ in range(6):
            if head.i == verb.i:
                # "protest at the firing by troops across the border on the night of 5 May": a date
                # right after a phrase naming another act is that act's, however the parser hangs it
                return loose or not _ends_an_act_phrase(verb.doc, child.left_edge.i - 1, verb)
            passable = loose and head.dep_ in ("dobj", "attr") and head.pos_ == "NOUN" and (
                head.lemma_.lower() not in MEETING_NOUNS and head.lemma_.lower() not in event_nouns())
            if head.dep_ == "prep" and head.lower_ == "since":
                return False  # "their first call since their summit last November": the summit's date
            if not loose and head.dep_ == "pobj" and _names_event(head):
                return False  # "thanked Mexico for the transfer of cartel figures last week": the transfer's
            if passable or head.dep_ in ("prep", "pobj") or (
                    head.lemma_.lower() in TIME_NOUNS | MEETING_NOUNS and head.dep_ == "npadvmod"):
                if head.head.i == head.i:
                    return False
                head, child = head.head, head
            else:
                return False
    return False


def _means_that_time(token: Token) -> bool:
    """Whether a modifier points back at a time already named: "at the time", "at that
    time", "back then"."""
    if token.dep_ == "prep" and token.lower_ == "at":
        return any(c.dep_ == "pobj" and c.lemma_.lower() == "time" and any(
            d.dep_ == "det" and d.lower_ in ("the", "that") for d in c.children) for c in token.children)
    if token.lower_ == "then":
        return any(c.lower_ == "back" for c in token.children)
    return token.lower_ == "back" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "then"


def _participle_over(tokens: Span) -> Token | None:
    """The present participle describing a noun ("an exercise involving …") that the date
    phrase hangs on, directly or through prepositions, if any. A past participle is an
    act of its own ("the sentences handed down by the court on 7 October"), unless it only
    says who leads a party ("received a delegation led by the foreign minister … on
    Tuesday": the reception's date)."""
    head = tokens.root.head
    while head.dep_ in ("prep", "pobj") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "acl":
        return None
    leading = head.tag_ == "VBN" and head.lemma_.lower() in LEADING_PARTICIPLES
    return head if head.tag_ == "VBG" or leading else None


def _ends_an_act_phrase(doc: Doc, index: int, verb: Token) -> bool:
    """Whether the token at ``index`` closes a prepositional phrase of the verb's whose object
    names an act of its own ("at the firing by troops across the border")."""
    if index < 0 or index <= verb.i:
        return False
    token = doc[index]
    while token.i != verb.i and token.dep_ in ("prep", "pobj", "compound", "amod", "det", "nummod"):
        if token.dep_ == "pobj" and _names_event(token):
            return True
        token = token.head
    return False


def _names_event(noun: Token) -> bool:
    """Whether a noun names an act of its own ("the transfer", "the firing", "the launch"), not
    a meeting or time the clause's own act took place at."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma in MEETING_NOUNS | TIME_NOUNS:
        return False
    return lemma in event_nouns() or lemma in act_nouns()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _committed(sense: VerbSense) -> bool:
    """Whether a speech verb commits its speaker ("promised", "pledged", "assured"): what it
    says the speaker's side will do is an intent, whatever the tense."""
    return sense.speech and sense.cameo[:2] == INTENT_ROOT


def _meeting_named_before(verb: Token, own: set[str | None], actors: DocumentActors) -> list[Actor]:
    """The parties of the meeting a definite object points back to: for "did not attend the
    meeting", the last earlier "meeting" whose phrase names a party other than the doer's own."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS
             and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
    if not nouns:
        return []
    lemma = nouns[0].lemma_.lower()
    for token in reversed(verb.doc[:verb.sent.start]):
        if token.lemma_.lower() == lemma and token.pos_ == "NOUN":
            found = [a for a in actors.countries_in(list(token.subtree)) if a.country not in own]
            if found:
                return found[:1]
    return []


def _fills_slot(preposition: Token, slot: str) -> bool:
    """Whether a preposition stands for a verb row's target slot ("sanctions against Russia" for "on")."""
    return preposition.lower_ in SLOT_PREPOSITIONS.get(slot, {slot})


def _content_announced(content: list[Token]) -> bool:
    """Whether the main predicate of the content is future or modal ("will continue to support")."""
    roots = content_heads(content)
    return bool(roots) and (clauses.future(roots[0]) or clauses.modal(roots[0]))


def _content_negated(content: list[Token]) -> bool:
    """Whether the main predicate of the content is negated ("Moscow does not engage in…")."""
    roots = content_heads(content)
    return bool(roots) and clauses.negated(roots[0])  # the first clause; a quote's later sentences are its own


def _statement_text(predicate: Predicate) -> str:
    tokens = predicate.content
    if not tokens:
        return ""
    doc = tokens[0].doc
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    text = " ".join(doc[start:end].text.split()).strip(" \"“”,")
    return text if len(text) <= 600 else text[:597] + "..."
