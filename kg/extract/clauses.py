"""Grammatical tests on a verb and its clause, read on spaCy's dependency parse alone.

Whether a clause is future, modal, perfect, negated, passive, a condition, a side clause or
inside what a statement reports: the rules of ``kg.extract.events`` ask these questions of
each verb before they make an act or a statement of it. Nothing here looks at the lexicon
or the actors; the only data is the closed word set ``planned_passives``
(``kg/data/word_sets.csv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.tables import word_set

FUTURE_AUX = {"will", "shall", "'ll", "going"}
PLANNED_PASSIVES = word_set("planned_passives")  # "is expected to visit": an announced act
MODAL_AUX = {"may", "might", "could", "would", "should", "can", "must"}
OBLIGATION_AUX = {"must", "should", "ought"}
CONTINUATIVE = {"continue", "keep", "remain"}
CONDITIONS = {"if", "unless", "until", "lest", "whether", "before"}
INVERTED_CONDITIONS = {"should", "had"}  # auxiliaries that open a condition: "should war break out"
SIDE_MARKS = {"while", "whereas", "although", "though"}  # clauses beside the main one, not its cause


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, and those of the verbs it continues: "will continue to support"
    is as future as "will support", and a bare verb conjoined to another without auxiliaries
    of its own shares them ("will visit Beijing and meet Xi")."""
    found = [c for c in verb.children if c.dep_ == "aux"]
    while not found and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # a bare verb shares its conjunct's: "should shut them down rather than threaten us"
        found = [c for c in verb.children if c.dep_ == "aux"]
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CONTINUATIVE and verb.head.i != verb.i:
        verb = verb.head
        found += [c for c in verb.children if c.dep_ == "aux"]
    return found


def future(verb: Token) -> bool:
    """Whether the act lies ahead: "will visit", or planned in a passive ("is expected to visit",
    "are scheduled to sign")."""
    planned = (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNED_PASSIVES and passive(verb.head)
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    return planned or any(c.lower_ in FUTURE_AUX for c in _auxiliaries(verb))


def modal(verb: Token) -> bool:
    """Whether the clause is modal ("may halt", "could visit"): a possibility, not a deed."""
    return any(c.lower_ in MODAL_AUX for c in _auxiliaries(verb))


def perfect(verb: Token) -> bool:
    """Whether the verb is a present or past perfect ("has not permitted", "had not joined"):
    a report of what has or had happened so far, not a stance on what will be done."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in _auxiliaries(verb))


def negated(verb: Token) -> bool:
    """Whether the verb itself is negated ("did not attend", "will never accept")."""
    return any(c.dep_ == "neg" for c in verb.children)


def passive(verb: Token) -> bool:
    """Whether the verb is passive ("was summoned", "were expelled")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def agent(verb: Token) -> bool:
    """Whether a passive verb names its doer ("was summoned by the ministry")."""
    return any(c.dep_ == "agent" for c in verb.children)


def factual(verb: Token) -> bool:
    """Whether the clause reports the act as done or under way: finite or progressive ("is
    suing", "are providing"), not negated, not modal or future."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return ((verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") or progressive) and not negated(verb)
            and not modal(verb) and not future(verb))


def done(verb: Token) -> bool:
    """Whether the clause reports a finished act ("Manila had filed a protest", "Seoul summoned
    the envoy"), not a stance in the present ("Russia highly appreciates") or an intent."""
    return (verb.tag_ == "VBD" or perfect(verb)) and factual(verb)


def not_done(verb: Token) -> bool:
    """Whether the clause says a finished act did not take place: a negated past or perfect
    ("the North did not answer the call", "Iran has not permitted a single visit"), an act
    of its own (negated) when a speaker reports another side's, not a plan or a stance."""
    past = any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in verb.children)
    return negated(verb) and (past or perfect(verb)) and not modal(verb) and not future(verb)


def obliged(verb: Token) -> bool:
    """Whether the clause says what someone must or should do ("Kagame must agree"): the
    speaker's demand, not the other's plan."""
    return any(c.lower_ in OBLIGATION_AUX for c in _auxiliaries(verb))


def side_clause(verb: Token) -> bool:
    """Whether the verb heads a clause of its own, with its own subject, that only runs alongside
    another ("while UN arms inspectors said …", "although Seoul protested"): its actors are no
    party to the main clause's act. A cause is ("scrambled jets after Chinese aircraft approached")."""
    return (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SIDE_MARKS for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def hypothetical(verb: Token) -> bool:
    """Whether the verb heads a condition: "unless Baghdad accepted…", "if war starts", or one
    without "if" that opens with its auxiliary ("should war break out", "had Seoul known")."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return True
    opening = verb.left_edge
    return (opening.dep_ == "aux" and opening.head.i == verb.i and opening.lower_ in INVERTED_CONDITIONS
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > opening.i for c in verb.children))


def wanted(verb: Token) -> Token | None:
    """The subject of the infinitive the verb takes with it, when the verb says someone is to act:
    "expect Belgrade to align" (a clause of its own), "told Tokyo to stop" (the object)."""
    for clause in verb.children:
        if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        if clause.dep_ == "ccomp":
            return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause.dep_ == "xcomp":
            return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def is_main(verb: Token, content: list[Token]) -> bool:
    """Whether the verb is the head of the reported content."""
    ids = {t.i for t in content}
    return (verb.i in ids and verb.head.i not in ids) or verb.head.i == verb.i


def reported_content(verb: Token) -> bool:
    """Whether the verb sits inside the content of a statement (a ccomp chain)."""
    token = verb
    while token.head.i != token.i:
        if token.dep_ == "ccomp":
            return True
        token = token.head
    return False
