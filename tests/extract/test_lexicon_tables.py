"""The act lexicon tables (kg/data/verbs.csv, kg/data/event_nouns.csv): checked row by row,
then read through the whole extractor on wire-style sentences written for these tests."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import kg
from kg.article import Article
from kg.extract import default_extractor
from kg.extract.actors import quantity_nouns
from kg.extract.coding import TARGET_SLOTS, Lexicon, cameo_codes, read_verbs
from kg.extract.events import (act_nouns, cognition_verbs, departure_orders, domestic_codes, drill_nouns,
                               enacting_verbs, relational_cues)

DATA = Path(kg.__file__).parent / "data"
PUBLISHED = date(2026, 3, 13)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# -- table-level checks ---------------------------------------------------------------------
def test_every_verb_row_names_a_codebook_code_and_a_known_slot() -> None:
    codes = cameo_codes()
    for sense in read_verbs(DATA / "verbs.csv"):
        assert sense.cameo in codes, (sense.lemma, sense.complement, sense.cameo)
        assert sense.target is None or sense.target in TARGET_SLOTS, (sense.lemma, sense.target)


def test_no_verb_row_repeats_its_lemma_and_complement() -> None:
    keys = Counter((row["lemma"].strip().lower(), row["complement"].strip().lower())
                   for row in _rows("verbs.csv"))
    assert [key for key, count in keys.items() if count > 1] == []


def test_every_event_noun_names_a_codebook_code_once() -> None:
    rows = _rows("event_nouns.csv")
    assert all(row["cameo"] in cameo_codes() and row["symmetric"] in ("0", "1") for row in rows)
    lemmas = Counter(row["lemma"] for row in rows)
    assert [lemma for lemma, count in lemmas.items() if count > 1] == []


def test_complement_rows_refine_general_verbs() -> None:
    lexicon = Lexicon.default()
    assert lexicon.verb_sense("lift", ["sanction", "on"]).cameo == "085"
    assert lexicon.verb_sense("lift", ["state", "emergency"]).cameo == "0814"
    assert lexicon.verb_sense("lift", ["curfew"]).cameo == "0813"
    assert lexicon.verb_sense("lift", ["finger"]) is None  # "lift" alone codes nothing
    assert lexicon.verb_sense("withdraw", ["troop", "from"]).cameo == "0874"
    assert lexicon.verb_sense("withdraw", ["peacekeeping", "troop"]).cameo == "1661"
    assert lexicon.verb_sense("release", ["fisherman"]).cameo == "0841"
    assert lexicon.verb_sense("release", ["video"]).speech  # publishing is a statement, not a release
    assert lexicon.verb_sense("launch", ["air", "strike"]).cameo == "195"
    assert lexicon.verb_sense("launch", ["strike"]).cameo == "190"
    assert lexicon.verb_sense("back", ["down"]).cameo == "080"
    assert lexicon.verb_sense("reimpose", ["blockade", "on"]).cameo == "191"
    assert lexicon.verb_sense("mount", ["invasion"]).cameo == "190"
    assert lexicon.verb_sense("mount", ["exhibition"]) is None  # "mount" alone codes nothing
    assert lexicon.verb_sense("launch", ["mediation"]).cameo == "045"
    assert lexicon.verb_sense("speed", ["up", "withdrawal"]).cameo == "0874"
    assert lexicon.verb_sense("capture", ["stronghold"]).cameo == "192"
    assert lexicon.verb_sense("seize", ["weapon"]).cameo == "1711"  # the general sense stays
    assert lexicon.verb_sense("force", ["out"]).cameo == "174"
    assert lexicon.verb_sense("force", ["resignation"]) is None
    assert lexicon.verb_sense("back").cameo == "051"
    assert lexicon.verb_sense("open", ["case", "against"]).cameo == "091"
    assert lexicon.verb_sense("suspend", ["drill"]).cameo == "087"
    assert lexicon.verb_sense("suspend", ["sanction"]).cameo == "085"
    assert lexicon.verb_sense("threaten", ["war"]).cameo == "138"
    assert lexicon.verb_sense("strike", ["deal", "with"]).cameo == "057"
    assert lexicon.verb_sense("strike", ["position", "accord"]).cameo == "190"  # "according to" is no accord


# -- through the extractor ------------------------------------------------------------------
def _events(text: str) -> list[dict]:
    article = Article(id="lexicon-test", text=text, published=PUBLISHED)
    return [event.to_record() for event in default_extractor().extract(article)]


def _coded(text: str) -> set[tuple[str, str | None, str]]:
    """(source state, target state, CAMEO code) of every event of a one-sentence story."""
    return {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"]) for r in _events(text)}


def _rooted(text: str) -> set[tuple[str, str, str | None]]:
    """(CAMEO root, source state, target state) of every event of a one-sentence story."""
    return {(r["root"], r["source"]["country"], r["target"] and r["target"]["country"]) for r in _events(text)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # RETREAT and CONCEDE (08)
    ("BRUSSELS, March 13 -- The European Union lifted sanctions on Belarus on Friday.", ("EU", "BLR", "085")),
    ("SEOUL, March 13 (Yonhap) -- North Korea released two South Korean fishermen on Friday.",
     ("PRK", "KOR", "0841")),
    ("The United States pulled its forces out of Syria last month.", ("USA", "SYR", "0874")),
    ("Washington and Seoul suspended their joint military drills with Japan.", ("USA", "JPN", "087")),
    ("China announced a unilateral ceasefire along the border with India.", ("CHN", "IND", "0871")),
    # AID (07)
    ("Japan sent 20 tons of relief supplies to Turkey on Friday.", ("JPN", "TUR", "070")),
    # THREATEN (13) and MOBILIZE (15)
    ("North Korea threatened war against South Korea on Friday.", ("PRK", "KOR", "138")),
    ("Japan scrambled fighter jets after Chinese aircraft approached its airspace.", ("JPN", "CHN", "150")),
    # SANCTION and COERCE (16, 17)
    ("The United States suspended flights to Venezuela on Friday.", ("USA", "VEN", "163")),
    ("Washington froze aid to Cambodia.", ("USA", "KHM", "162")),
    ("The United States imposed a blockade on Cuba.", ("USA", "CUB", "191")),
    ("Russia's Investigative Committee opened a criminal case against the Ukrainian commander.",
     ("RUS", "UKR", "091")),
    # ASSAULT and FIGHT (18-19)
    ("Israeli warplanes carried out air strikes on Gaza overnight.", ("ISR", "PSE", "195")),
    ("Turkish troops opened fire on Syrian Kurdish fighters.", ("TUR", "SYR", "190")),
    ("Israel mounted an invasion of Lebanon.", ("ISR", "LBN", "190")),
    # older copy: old state names and communities named by another state's demonym
    ("The Soviet Union completed the withdrawal of its troops from Afghanistan.", ("RUS", "AFG", "0874")),
    ("Zaire expelled Belgian diplomats.", ("COD", "BEL", "161")),
    ("Bosnian Serb forces shelled Sarajevo on Monday.", ("BIH", "BIH", "194")),
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", ("SRB", "SRB", "141")),
])
def test_act_is_coded_with_source_and_target(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(text)


#: One wire-style sentence per CAMEO code of an act (roots 03-20), written for this test from the
#: codebook's definitions with the verbs and verb + noun phrases agencies use for the act:
#: (code illustrated, source state, target state, sentence). The code's root and the dyad must come out.
ACT_WORDING = [
    ("030", "CHN", "RUS", "China pledged to deepen cooperation with Russia."),
    ("0311", "KOR", "VNM", "South Korea offered to expand trade with Vietnam."),
    ("033", "JPN", "TUR", "Japan pledged $10 million in aid to Turkey."),
    ("0331", "CHN", "PAK", "China promised a new loan to Pakistan."),
    ("0333", "GBR", "SDN", "Britain pledged humanitarian assistance to Sudan."),
    ("036", "CHN", "USA", "China offered to host talks with the United States."),
    ("039", "TUR", "RUS", "Turkey offered to mediate between Russia and Ukraine."),
    ("040", "USA", "CHN", "The United States held talks with China on Friday."),
    ("041", "CHN", "FRA", "Xi held a phone call with Macron on Friday."),
    ("042", "IND", "CHN", "India's foreign minister paid a visit to China."),
    ("043", "CHN", "BRA", "China hosted the Brazilian president in Beijing."),
    ("045", "QAT", "ISR", "Qatar brokered a deal between Israel and Hamas."),
    ("046", "IRN", "USA", "Iran negotiated with the United States over its nuclear program."),
    ("050", "USA", "VNM", "The United States normalized relations with Vietnam."),
    ("051", "CHN", "PAK", "China praised Pakistan for its efforts."),
    ("052", "CHN", "RUS", "China defended Russia at the United Nations."),
    ("054", "BRA", "PSE", "Brazil recognized Palestine as a state."),
    ("055", "JPN", "KOR", "Japan apologized to South Korea."),
    ("057", "KOR", "USA", "South Korea inked a trade deal with the United States."),
    ("062", "USA", "KOR", "The United States held joint military exercises with South Korea."),
    ("063", "KOR", "JPN", "South Korea handed over two suspects to Japan."),
    ("064", "USA", "ISR", "The United States shared intelligence with Israel."),
    ("070", "JPN", "PHL", "Japan sent aid to the Philippines."),
    ("071", "CHN", "LKA", "China extended a $1 billion loan to Sri Lanka."),
    ("072", "RUS", "IND", "Russia sold fighter jets to India."),
    ("073", "CHN", "AFG", "China delivered humanitarian aid to Afghanistan."),
    ("074", "FRA", "MLI", "France deployed peacekeepers to Mali."),
    ("075", "RUS", "USA", "Russia granted asylum to a former U.S. intelligence contractor."),
    ("080", "IRN", "USA", "Iran backed down in its dispute with the United States."),
    ("081", "JPN", "KOR", "Japan lifted export curbs on South Korea."),
    ("0841", "PRK", "KOR", "North Korea freed two South Korean fishermen."),
    ("0863", "ISR", "PSE", "Israel allowed aid trucks into Gaza."),
    ("0874", "USA", "AFG", "The United States pulled its troops out of Afghanistan."),
    ("090", "EU", "CHN", "The European Union launched an investigation into Chinese steel imports."),
    ("093", "UN", "ISR", "The United Nations investigated the Israeli strike."),
    ("100", "USA", "CHN", "The United States demanded that China release the detainees."),
    ("1053", "GBR", "IRN", "Britain demanded the release of its nationals from Iran."),
    ("110", "CHN", "JPN", "China criticized Japan over the visit."),
    ("111", "RUS", "USA", "Russia condemned the United States for the strikes."),
    ("112", "USA", "RUS", "The United States accused Russia of interfering in the election."),
    ("114", "CHN", "JPN", "China lodged a protest with Japan."),
    ("115", "UKR", "RUS", "Ukraine sued Russia at the International Court of Justice."),
    ("120", "CHN", "USA", "China turned down a U.S. request for a military meeting."),
    ("1243", "RUS", "USA", "Russia refused to release the American journalist."),
    ("129", "RUS", "USA", "Russia vetoed a U.S. resolution at the Security Council."),
    ("130", "PRK", "USA", "North Korea threatened the United States."),
    ("131", "USA", "CHN", "The United States threatened China with tariffs."),
    ("132", "EU", "RUS", "The European Union threatened Russia with new sanctions."),
    ("138", "PRK", "KOR", "North Korea threatened to attack South Korea."),
    ("139", "USA", "IRN", "The United States gave Iran an ultimatum."),
    ("141", "KOR", "USA", "South Korean activists staged a protest outside the U.S. Embassy."),
    ("143", "FRA", "FRA", "French workers went on strike on Friday."),
    ("150", "RUS", "JPN", "Russia flew bombers near Japan."),
    ("154", "USA", "ISR", "The United States beefed up its military presence near Israel."),
    ("160", "KOR", "JPN", "South Korea froze cooperation with Japan."),
    ("161", "TUR", "ISR", "Turkey pulled its ambassador from Israel."),
    ("162", "USA", "KHM", "The United States cut aid to Cambodia."),
    ("163", "USA", "RUS", "The United States slapped sanctions on Russia."),
    ("164", "IRN", "USA", "Iran walked out of the talks with the United States."),
    ("166", "RUS", "USA", "Russia expelled U.S. diplomats."),
    ("171", "RUS", "UKR", "Russian troops ransacked Ukrainian villages."),
    ("1712", "ISR", "PSE", "Israel demolished Palestinian homes in the West Bank."),
    ("1721", "RUS", "RUS", "Russian authorities banned the opposition party."),
    ("173", "RUS", "USA", "Russia arrested a U.S. citizen."),
    ("174", "RUS", "GBR", "Russia deported a British journalist."),
    ("175", "IRN", "IRN", "Iranian police cracked down on protesters."),
    ("181", "RUS", "UKR", "Russian forces abducted Ukrainian officials."),
    ("186", "ISR", "IRN", "Israel assassinated an Iranian nuclear scientist."),
    ("190", "UKR", "RUS", "Ukraine downed Russian drones."),
    ("192", "RUS", "UKR", "Russian forces captured the Ukrainian town."),
    ("193", "IND", "PAK", "Indian troops exchanged gunfire with Pakistani soldiers."),
    ("194", "RUS", "UKR", "Russian forces shelled Ukrainian positions."),
    ("195", "ISR", "PSE", "Israeli aircraft hit targets in Gaza."),
    ("196", "RUS", "UKR", "Russia violated the ceasefire with Ukraine."),
    ("202", "SYR", "SYR", "Syrian government forces massacred civilians."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("code", "source", "target", "text"), ACT_WORDING, ids=[row[0] for row in ACT_WORDING])
def test_act_wording_is_coded_by_root_and_dyad(code: str, source: str, target: str, text: str) -> None:
    assert (code[:2], source, target) in _rooted(text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), [
    ("Iran struck a deal with China.", "19"),  # a deal struck is an agreement, not an attack
    ("The new sanctions hit Russian banks hard.", "19"),
    ("The minister flew to Brussels on Friday after the storm hit the capital.", "19"),
    ("Scientists downed tools in protest at the funding cuts.", "19"),
    ("The Japanese ambassador cut the ribbon at the new consulate.", "16"),
    ("South Korea cut interest rates on Friday.", "16"),
    ("India raised the issue with China.", "15"),
    ("Russia fired its defence minister on Friday.", "19"),
])
def test_other_senses_of_act_verbs_code_no_such_act(text: str, root: str) -> None:
    assert root not in {r["root"] for r in _events(text)}


#: One or more wire-style sentences per verbal CAMEO code (roots 01-05 and 10-13), written for this
#: test from the codebook's names with the phrasings ministries and agencies use for statements,
#: appeals, pledges, demands, disapproval, rejections and threats:
#: (code illustrated, source state, target state, sentence). The code's root and the dyad must come out.
STATEMENT_WORDING = [
    ("013", "CHN", "RUS", "China said it was confident that ties with Russia would keep growing."),
    ("013", "KOR", "USA", "South Korea expressed optimism about its trade talks with the United States."),
    ("015", "EU", "IRN", "The European Union acknowledged Iran's responsibility for the attack."),
    ("016", "RUS", "UKR", "Russia denied responsibility for the strike on Ukraine."),
    ("018", "CHN", "PAK", "China expressed condolences to Pakistan over the earthquake victims."),
    ("018", "JPN", "TUR", "Japan offered its sympathy to Turkey after the floods."),
    ("020", "UN", "ISR", "The United Nations appealed to Israel to allow aid into Gaza."),
    ("020", "USA", "CHN", "The United States urged China to play a constructive role."),
    ("021", "UKR", "USA", "Ukraine asked the United States for more military aid."),
    ("0211", "PAK", "CHN", "Pakistan sought economic assistance from China."),
    ("0212", "UKR", "DEU", "Ukraine appealed to Germany for air defense systems."),
    ("0214", "IND", "RUS", "India requested intelligence from Russia on the attack."),
    ("022", "SYR", "RUS", "Syria appealed to Russia for diplomatic support."),
    ("023", "SDN", "JPN", "Sudan appealed to Japan for humanitarian aid."),
    ("024", "EU", "TUR", "The European Union urged Turkey to release the jailed journalists."),
    ("0241", "USA", "RUS", "The United States called on Russia to change its leadership."),
    ("0243", "UN", "MMR", "The United Nations urged Myanmar to free political prisoners."),
    ("025", "UN", "RUS", "The United Nations urged Russia to make concessions."),
    ("0251", "EU", "BLR", "The European Union called on Belarus to ease restrictions on the opposition."),
    ("0256", "CHN", "USA", "China urged the United States to ease military tensions."),
    ("0256", "UN", "IND", "The United Nations urged India and Pakistan to exercise restraint."),
    ("026", "USA", "IRN", "The United States urged Iran to return to the negotiating table."),
    ("026", "CHN", "PRK", "China called on North Korea to resume dialogue."),
    ("027", "EU", "RUS", "The European Union called on Russia to settle the dispute peacefully."),
    ("028", "RUS", "TUR", "Russia asked Turkey to mediate in the conflict."),
    ("030", "IND", "JPN", "India pledged to work closely with Japan."),
    ("031", "KOR", "VNM", "South Korea pledged to boost trade with Vietnam."),
    ("0311", "CHN", "BRA", "China promised to expand economic cooperation with Brazil."),
    ("0312", "USA", "PHL", "The United States pledged to deepen military cooperation with the Philippines."),
    ("032", "RUS", "SRB", "Russia pledged diplomatic support to Serbia."),
    ("033", "JPN", "TUR", "Japan promised to provide aid to Turkey."),
    ("0331", "CHN", "LKA", "China pledged economic aid to Sri Lanka."),
    ("034", "RUS", "USA", "Russia said it was ready to free the American journalist."),
    ("035", "USA", "IRN", "The United States said it would consider easing sanctions on Iran."),
    ("0354", "EU", "BLR", "The European Union offered to lift sanctions on Belarus."),
    ("036", "CHN", "USA", "China said it was ready to hold talks with the United States."),
    ("036", "RUS", "UKR", "Russia said it was open to negotiations with Ukraine."),
    ("037", "ISR", "PSE", "Israel agreed to accept mediation in its dispute with Hamas."),
    ("038", "RUS", "UKR", "Russia said it was ready to accept international arbitration with Ukraine."),
    ("040", "USA", "CHN", "The United States consulted with China on the crisis."),
    ("041", "CHN", "FRA", "China's foreign minister spoke by phone with his French counterpart."),
    ("042", "IND", "CHN", "India's foreign minister visited China on Friday."),
    ("044", "CHN", "RUS", "China and Russia met in Kazakhstan."),
    ("045", "QAT", "ISR", "Qatar mediated between Israel and Hamas."),
    ("051", "CHN", "PAK", "China hailed Pakistan's efforts against terrorism."),
    ("051", "EU", "USA", "The European Union welcomed the U.S. decision."),
    ("051", "RUS", "IND", "Russia praised India for its independent foreign policy."),
    ("052", "CHN", "RUS", "China defended Russia's position at the United Nations."),
    ("053", "USA", "KOR", "The United States rallied support for South Korea."),
    ("055", "JPN", "CHN", "Japan expressed remorse to China for the wartime aggression."),
    ("056", "USA", "JPN", "The United States forgave Japan for the incident."),
    ("057", "KOR", "USA", "South Korea signed a trade agreement with the United States."),
    ("057", "CHN", "RUS", "China and Russia signed a cooperation agreement."),
    ("100", "CHN", "JPN", "China demanded an apology from Japan."),
    ("101", "EU", "RUS", "The European Union demanded information from Russia about the crash."),
    ("102", "UKR", "USA", "Ukraine demanded military aid from the United States."),
    ("104", "EU", "BLR", "The European Union demanded that Belarus change its policy."),
    ("1041", "USA", "VEN", "The United States demanded the resignation of Venezuela's president."),
    ("1043", "UN", "MMR", "The United Nations demanded that Myanmar free political prisoners."),
    ("105", "USA", "RUS", "The United States demanded that Russia withdraw its troops."),
    ("1056", "USA", "RUS", "The United States demanded that Russia halt the offensive."),
    ("106", "CHN", "USA", "China demanded that the United States withdraw its troops."),
    ("107", "RUS", "USA", "Russia demanded a ceasefire from the United States."),
    ("108", "UN", "ISR", "The United Nations demanded that Israel accept mediation."),
    ("110", "RUS", "USA", "Russia slammed the U.S. decision as provocative."),
    ("110", "IRN", "USA", "Iran expressed regret over the U.S. decision."),
    ("111", "RUS", "USA", "Russia denounced the United States for the strikes."),
    ("111", "CHN", "USA", "China condemned the U.S. arms sales."),
    ("112", "USA", "RUS", "The United States accused Russia of election interference."),
    ("1121", "RUS", "UKR", "Russia accused Ukraine of committing war crimes."),
    ("1122", "CHN", "USA", "China accused the United States of human rights abuses."),
    ("1123", "USA", "IRN", "The United States accused Iran of aggression."),
    ("1124", "UKR", "RUS", "Ukraine accused Russia of war crimes."),
    ("1125", "CHN", "USA", "China accused the United States of espionage."),
    ("113", "RUS", "USA", "Russia mocked the United States over its failed policy."),
    ("114", "KOR", "JPN", "South Korea lodged a formal protest with Japan."),
    ("115", "UKR", "RUS", "Ukraine filed a lawsuit against Russia at the International Court of Justice."),
    ("116", "RUS", "UKR", "Russia blamed Ukraine for the attack."),
    ("120", "CHN", "USA", "China rejected the U.S. proposal."),
    ("120", "IRN", "USA", "Iran rejected the U.S. demands."),
    ("121", "RUS", "UKR", "Russia refused to cooperate with Ukraine."),
    ("1211", "CHN", "USA", "China refused economic cooperation with the United States."),
    ("122", "RUS", "USA", "Russia rejected the U.S. request for help."),
    ("123", "ISR", "UN", "Israel rejected the United Nations' demand to halt the operation."),
    ("124", "IRN", "USA", "Iran refused to yield to U.S. pressure."),
    ("1241", "RUS", "USA", "Russia refused to change its leadership despite U.S. demands."),
    ("125", "PRK", "USA", "North Korea refused to hold talks with the United States."),
    ("125", "IRN", "USA", "Iran rejected an offer of talks with the United States."),
    ("126", "ISR", "QAT", "Israel rejected Qatar's offer of mediation."),
    ("127", "RUS", "UKR", "Russia rejected Ukraine's peace plan."),
    ("128", "CHN", "PHL", "China rejected the ruling in favor of the Philippines."),
    ("130", "RUS", "USA", "Russia vowed to retaliate against the United States."),
    ("130", "CHN", "JPN", "China warned Japan of consequences."),
    ("133", "RUS", "MDA", "Russia threatened Moldova with political dissent."),
    ("134", "IRN", "USA", "Iran threatened to halt nuclear talks with the United States."),
    ("1341", "IRN", "EU", "Iran threatened to walk out of negotiations with the European Union."),
    ("135", "CHN", "USA", "China threatened to cut ties with the United States."),
    ("136", "RUS", "UKR", "Russia threatened to stop providing gas to Ukraine."),
    ("137", "IRN", "USA", "Iran threatened repression against the United States."),
    ("138", "CHN", "TWN", "China warned Taiwan of military action."),
    ("1384", "PRK", "USA", "North Korea threatened the United States with nuclear war."),
    ("139", "USA", "IRN", "The United States issued an ultimatum to Iran."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("code", "source", "target", "text"), STATEMENT_WORDING,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(STATEMENT_WORDING)])
def test_statement_wording_is_coded_by_root_and_dyad(code: str, source: str, target: str, text: str) -> None:
    assert (code[:2], source, target) in _rooted(text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), [
    ("The ministry filed its annual budget report on Friday.", "11"),  # filing papers sues no one
    ("Japan's prime minister acknowledged the applause of the crowd.", "01"),
    ("The company offered its customers a discount.", "01"),
    ("Analysts expressed optimism about the stock market.", "04"),  # a mood about markets is no talks
])
def test_statement_wording_rows_keep_to_their_sense(text: str, root: str) -> None:
    assert root not in {r["root"] for r in _events(text)}


@pytest.mark.slow
def test_exchange_of_fire_is_mutual() -> None:
    coded = _coded("Indian and Pakistani troops exchanged fire along the Line of Control on Friday.")
    assert {("IND", "PAK", "190"), ("PAK", "IND", "190")} <= coded


@pytest.mark.slow
def test_announced_easing_is_an_intent_and_a_denied_one_is_negated() -> None:
    assert ("KOR", "PRK", "035") in _coded("South Korea will lift sanctions on North Korea.")
    denied = [r for r in _events("The United States did not lift sanctions on Iran.") if r["cameo"] == "085"]
    assert [(r["negated"], r["polarity"]) for r in denied] == [(True, 0)]


@pytest.mark.slow
def test_publishing_material_is_no_release_of_people() -> None:
    records = _events("The Defense Ministry of Russia released a video of the strike on Friday.")
    assert not any(r["root"] == "08" for r in records)


def test_drill_nouns_are_single_lowercase_lemmas() -> None:
    lemmas = drill_nouns()
    assert "drill" in lemmas and "exercise" in lemmas
    assert all(lemma == lemma.strip().lower() and " " not in lemma for lemma in lemmas)


def test_cognition_verbs_are_speech_verbs_of_the_lexicon() -> None:
    verbs = cognition_verbs()
    assert {"believe", "expect"} <= verbs
    assert all(any(sense.speech for sense in Lexicon.default().senses(lemma)) for lemma in verbs)


def test_relational_cues_are_single_lowercase_words() -> None:
    cues = relational_cues()
    assert {"ready", "talk", "cooperation"} <= cues
    assert all(cue == cue.strip().lower() and " " not in cue for cue in cues)


def test_every_act_noun_names_a_verb_of_the_lexicon() -> None:
    nouns = act_nouns()
    assert nouns["expulsion"] == "expel"
    assert all(Lexicon.default().senses(verb) for verb in nouns.values())


def test_enacting_verbs_are_single_lowercase_lemmas() -> None:
    verbs = enacting_verbs()
    assert {"announce", "order", "approve"} <= verbs
    assert all(lemma == lemma.strip().lower() and " " not in lemma for lemma in verbs)


def test_departure_orders_pair_verbs_of_ordering_with_verbs_of_leaving() -> None:
    roles = departure_orders()
    assert {"order", "tell"} <= roles["order"] and "leave" in roles["depart"]
    assert roles["order"].isdisjoint(roles["depart"])


def test_domestic_codes_are_codebook_codes() -> None:
    codes = domestic_codes()
    assert {"0814", "1723", "143"} <= codes
    assert codes <= set(cameo_codes())


def test_quantity_nouns_are_single_lowercase_lemmas() -> None:
    lemmas = quantity_nouns()
    assert {"thousand", "hundred", "dozen"} <= lemmas
    assert all(lemma == lemma.strip().lower() and " " not in lemma for lemma in lemmas)
