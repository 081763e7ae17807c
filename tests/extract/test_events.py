"""Extraction on the project's own wire-style sentences, one phenomenon at a time."""

from __future__ import annotations

from datetime import date

import pytest

from kg.article import Article
from kg.extract import default_extractor
from kg.extract.events import place_nouns

pytestmark = pytest.mark.slow

FRIDAY = date(2026, 3, 13)


def extract(text: str, published: date | None = FRIDAY) -> list[dict]:
    article = Article(id="test-article", text=text, published=published)
    return [e.to_record() for e in default_extractor().extract(article)]


def summary(records: list[dict]) -> set[tuple]:
    return {(r["source"]["name"], r["source"]["country"], r["target"] and r["target"]["country"], r["date"])
            for r in records}


def test_dateline_ambassador_and_retrospective_president() -> None:
    text = ("MOSCOW, March 13. /TASS/. Relations between Russia and Japan can still be repaired, "
            "Russian Ambassador to Tokyo Nikolai Nozdrev said on Friday.\n\n"
            "On February 2, Russian President Vladimir Putin said that Moscow was ready to resume "
            "dialogue with Tokyo.\n\n"
            "\"We do not close any doors,\" the ambassador stressed.")
    found = summary(extract(text))
    assert ("Nikolai Nozdrev", "RUS", "JPN", "2026-03-13") in found
    assert ("Vladimir Putin", "RUS", "JPN", "2026-02-02") in found
    stressed = [r for r in extract(text) if r["verb"] == "stressed"]
    assert [r["source"]["name"] for r in stressed] == ["Nikolai Nozdrev"]


def test_dateline_is_not_the_subject_of_the_lead() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- Foreign Minister Cho Hyun held talks with his Chinese "
            "counterpart Wang Yi in Seoul on Friday, the ministry said.")
    pairs = {(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["verb"] == "held"}
    assert pairs == {("KOR", "CHN"), ("CHN", "KOR")}  # talks are reciprocal


def test_according_to_and_pronoun_coreference() -> None:
    text = ("Chinese Foreign Ministry spokesperson Lin Jian spoke to reporters in Beijing on Friday. "
            "According to Lin, Washington must stop interfering in China's internal affairs. "
            "He said China would respond firmly to any provocation by the United States.")
    records = extract(text)
    assert {r["verb"] for r in records} >= {"according to", "said"}
    assert all(r["source"]["name"] == "Lin Jian" and r["source"]["country"] == "CHN" for r in records)
    assert {r["target"]["country"] for r in records} == {"USA"}
    assert {r["polarity"] for r in records} == {-1}


def test_weekday_resolves_against_publication_date() -> None:
    records = extract("Japanese Prime Minister Sanae Takaichi criticized North Korea on Monday.")
    assert [(r["date"], r["date_precision"], r["target"]["country"]) for r in records] == [
        ("2026-03-09", "day", "PRK")]


def test_negated_act_reported_by_its_own_side() -> None:
    text = "Kremlin spokesman Dmitry Peskov said that Russia has not imposed sanctions on South Korea."
    (record,) = extract(text)
    assert (record["source"]["name"], record["target"]["country"]) == ("Dmitry Peskov", "KOR")
    assert record["root"] == "16" and record["negated"] is True and record["polarity"] == 0


@pytest.mark.parametrize("text", [
    "The defense ministry said North Korea did not answer a call placed through the military hotline on Friday.",
    "North Korea did not answer the South's calls on the military hotline, the Joint Chiefs of Staff said.",
    "Seoul's defense ministry said on Friday that Pyongyang has not answered calls on the hotline since April.",
])
def test_another_states_act_told_as_not_done_is_that_act_negated(text: str) -> None:
    records = extract(text)
    assert [(r["source"]["country"], r["root"], r["negated"], r["polarity"]) for r in records] == [
        ("PRK", "04", True, 0)]


def test_a_speaker_judging_an_act_not_done_keeps_their_statement() -> None:
    records = extract("The British foreign secretary said it was outrageous that Iran had not allowed "
                      "consular access to the detained couple.")
    assert {(r["source"]["country"], r["negated"]) for r in records} == {("GBR", False), ("IRN", True)}


def test_passive_subject_is_the_target_not_the_source() -> None:
    text = ("South Korea's Foreign Ministry said on Friday that the Russian ambassador "
            "was summoned over the incident.")
    records = extract(text)
    assert records and all(r["source"]["country"] == "KOR" for r in records)
    assert {r["target"]["country"] for r in records} == {"RUS"}


def test_a_visitor_received_by_a_host_then_holding_talks() -> None:
    text = ("Australian Foreign Minister Penny Wong arrived in Jakarta for a two-day visit. She was received "
            "by Indonesian President Prabowo Subianto and then held talks with Indonesian Foreign Minister Sugiono.")
    found = {(r["source"]["name"], r["target"] and r["target"]["name"], r["cameo"]) for r in extract(text)}
    assert ("Prabowo Subianto", "Penny Wong", "043") in found  # the host receives the visitor
    assert {("Penny Wong", "Sugiono", "040"), ("Sugiono", "Penny Wong", "040")} <= found  # she held the talks


def test_a_quote_over_several_sentences_is_one_statement() -> None:
    text = ("\"We value our partnership with Seoul. Trade keeps growing. We will keep working,\" "
            "Chinese Ambassador Dai Bing said on Friday.")
    records = extract(text)
    assert len(records) == 1
    assert records[0]["sentence"] == text and records[0]["span"] == [0, len(text)]


def test_a_deed_the_speaker_tells_in_the_first_person_is_their_act() -> None:
    text = ('"When I met Chinese Foreign Minister Wang Yi in Beijing in January, he promised to lift the ban," '
            'Japanese Foreign Minister Toshimitsu Motegi told reporters. "The truce we agreed on still holds."')
    met = {(r["source"]["country"], r["target"]["country"], r["date"]) for r in extract(text) if r["verb"] == "met"}
    assert met == {("JPN", "CHN", "2026-01"), ("CHN", "JPN", "2026-01")}
    assert not [r for r in extract(text) if r["verb"] == "agreed"]  # a clause that describes the truce


def test_a_fronted_topic_is_no_target_when_the_clause_names_a_party() -> None:
    text = ("BRASILIA, March 13 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Brazilian Foreign "
            "Minister Mauro Vieira in Brasilia on Friday. On the Ukraine crisis, the two ministers voiced support "
            "for Turkey's mediation efforts. Regarding Venezuela, the ministers criticized the U.S. naval buildup "
            "in the Caribbean.")
    targets = {r["target"]["country"] for r in extract(text) if r["cameo"][:2] != "04"}
    assert targets == {"TUR", "USA"}


def test_things_are_not_actors() -> None:
    text = "Seoul's export restrictions are to blame for the fall in trade, the Russian envoy said."
    sources = {r["source"]["name"] for r in extract(text)}
    assert "Seoul 's export restrictions" not in sources
    assert all(r["source"]["country"] == "RUS" for r in extract(text))


def test_nothing_to_extract_from_text_without_actors() -> None:
    assert extract("The weather in the capital was mild on Friday.") == []


def test_ambiguous_names_are_decided_by_context_or_left_out() -> None:
    georgia = extract("Russia criticized Georgia on Friday, officials in Tbilisi said.")
    assert {r["target"]["country"] for r in georgia if r["source"]["country"] == "RUS"} == {"GEO"}
    us_state = extract("Russia criticized the election in Atlanta, Georgia, on Friday.")
    assert all((r["target"] or {}).get("country") != "GEO" for r in us_state)


def test_nested_attribution_is_the_inner_speakers_statement_dated_when_made() -> None:
    text = ("North Korean leader Kim Jong Un recalled that Russian President Vladimir Putin said during "
            "their summit talks in Pyongyang in June 2024 that Russia would always support the DPRK.")
    statements = [r for r in extract(text) if r["root"] != "04"]  # the summit talks are events too
    assert {(r["source"]["name"], r["date"]) for r in statements} == {("Vladimir Putin", "2024-06")}


def test_a_time_of_day_carries_its_date_to_the_verb() -> None:
    text = ("Foreign Minister Cho Hyun held a telephone conversation with Chinese Foreign Minister "
            "Wang Yi on the afternoon of March 10.")
    assert {r["date"] for r in extract(text)} == {"2026-03-10"}


def test_the_north_is_north_korea_only_in_stories_about_korea() -> None:
    korean = extract("South Korea urged North Korea to talk. Seoul criticized the North on Friday.")
    assert ("KOR", "PRK") in {(r["source"]["country"], r["target"]["country"]) for r in korean
                              if r["verb"] == "criticized"}
    elsewhere = extract("Britain criticized the North on Friday.")
    assert all((r["target"] or {}).get("country") != "PRK" for r in elsewhere)


def test_aid_measured_in_tons_is_aid() -> None:
    records = extract("South Korea said on Friday it would send 10,000 tons of rice to North Korea.")
    assert {(r["target"]["country"], r["root"]) for r in records} == {("PRK", "03")}  # an intent to give aid


def test_detainees_counted_before_are_of_the_state_named_then() -> None:
    text = ("Kenya said on Friday it was seeking consular access to three of its citizens held in Uganda. "
            "Ugandan police detained the three men on Tuesday near the border town of Busia, officials said.")
    detained = [(r["source"]["country"], r["target"] and r["target"]["country"]) for r in extract(text)
                if r["verb"] == "detained"]
    assert detained == [("UGA", "KEN")]


def test_a_detention_told_without_its_doer_is_the_states_where_it_happened() -> None:
    records = extract("A Japanese businessman was arrested in Beijing in March 2025 on espionage charges.")
    assert [(r["source"]["country"], r["target"]["country"], r["date"], r["cameo"]) for r in records] == [
        ("CHN", "JPN", "2025-03", "173")]


def test_a_government_acting_on_its_own_rebels_is_a_domestic_event() -> None:
    records = extract("The Mozambique government on Thursday accepted demands from Shona rebels.")
    assert {(r["source"]["country"], r["target"]["country"], r["target"]["kind"]) for r in records} == {
        ("MOZ", "MOZ", "group")}


def test_a_demand_on_ones_own_government_is_a_domestic_event() -> None:
    for text, pair in [("Opposition parties in South Africa demanded that President Cyril Ramaphosa "
                        "dismiss the minister.", ("ZAF", "ZAF")),
                       ("The Ghanaian Union of Teachers called off its strike on Friday after talks with "
                        "the Ghanaian government.", ("GHA", "GHA"))]:
        assert pair in {(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["target"]}


def test_a_state_speaking_of_its_own_economy_or_troops_is_no_domestic_event() -> None:
    for text in ["Seoul said on Friday its economy grew faster than expected.",
                 "The Kremlin said Russian troops had taken a village in the east."]:
        assert all(r["target"] is None for r in extract(text))


def test_hyphenated_names_stay_whole() -> None:
    records = extract("Polish Defense Minister Wladyslaw Kosiniak-Kamysz criticized North Korea on Monday.")
    assert {(r["source"]["name"], r["source"]["country"]) for r in records} == {("Wladyslaw Kosiniak-Kamysz", "POL")}


def test_meetings_and_clashes_named_by_nouns() -> None:
    call = extract("In a phone call with Chinese Premier Li Qiang on Tuesday, Pakistani Prime Minister "
                   "Shehbaz Sharif thanked China for its help.")
    assert {("PAK", "CHN", "041"), ("CHN", "PAK", "041")} <= {
        (r["source"]["country"], r["target"]["country"], r["cameo"]) for r in call}
    clash = extract("Exchanges of fire between Indian and Pakistani troops killed two soldiers last week.")
    assert {(r["source"]["country"], r["target"]["country"], r["root"]) for r in clash} == {
        ("IND", "PAK", "19"), ("PAK", "IND", "19")}


def test_one_meeting_is_one_consultation() -> None:
    text = ("Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in "
            "Beijing on Friday. The two ministers discussed the situation in Asia. They also exchanged views "
            "on trade.")
    consults = [r for r in extract(text) if r["cameo"] == "040"]
    assert sorted((r["source"]["country"], r["target"]["country"]) for r in consults) == [("CHN", "RUS"), ("RUS", "CHN")]


@pytest.mark.parametrize("text", [
    "CAIRO, March 13 (Reuters) - Egypt does not seek war with Ethiopia, Foreign Minister Badr Abdelatty said on "
    "Friday.",
    "CAIRO, March 13 (Reuters) - Foreign Minister Badr Abdelatty said on Friday that Egypt does not want war "
    "with Ethiopia.",
])
def test_not_wanting_war_is_a_threat_of_force_negated(text: str) -> None:
    records = extract(text)
    assert [(r["target"]["country"], r["cameo"], r["negated"]) for r in records] == [("ETH", "138", True)]


def test_calling_a_verdict_politically_motivated_is_criticism() -> None:
    records = extract("VILNIUS, March 13 (AFP) - Lithuanian Foreign Minister Kestutis Budrys said on Friday that "
                      "the sentences handed to opposition leaders in Belarus were politically motivated.")
    assert {(r["target"]["country"], r["root"]) for r in records} == {("BLR", "11")}


def test_unattributed_judgements_in_kcna_copy_are_the_dprks_voice() -> None:
    text = ("Pyongyang, March 13 (KCNA) -- The U.S. held large-scale war drills again this week.\n\n"
            "This is a reckless provocation against the DPRK by the United States.")
    article = Article(id="kcna", text=text, published=FRIDAY, agency="KCNA")
    records = [e.to_record() for e in default_extractor().extract(article)]
    voiced = [r for r in records if r["source"]["country"] == "PRK"]
    assert [(r["target"]["country"], r["polarity"]) for r in voiced] == [("USA", -1)]
    reuters = Article(id="reuters", text=text.replace("(KCNA)", "(Reuters)"), published=FRIDAY, agency="Reuters")
    assert all(e.source.country != "PRK" for e in default_extractor().extract(reuters))


def test_coordinated_people_are_read_off_the_text() -> None:
    # the parser hangs "Erdogan" on "Mitsotakis" as an apposition: each member is still its own person
    text = ("ATHENS, March 13 (AFP) - Greek Prime Minister Kyriakos Mitsotakis and Turkish President "
            "Recep Tayyip Erdogan signed a joint declaration on good neighbourly relations on Friday.")
    pairs = {(r["source"]["name"], r["target"]["name"]) for r in extract(text)}
    assert pairs == {("Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"), ("Recep Tayyip Erdoğan", "Kyriakos Mitsotakis")}


def test_meeting_partner_named_by_role_is_a_person_both_ways() -> None:
    text = ("MANILA, March 13 (Kyodo) -- Japanese Defense Minister Shinjiro Koizumi held talks with his "
            "Philippine counterpart Gilberto Teodoro in Manila on Friday.")
    pairs = {(r["source"]["name"], r["source"]["country"], r["target"]["name"]) for r in extract(text)}
    assert pairs == {("Shinjiro Koizumi", "JPN", "Gilberto Teodoro"), ("Gilberto Teodoro", "PHL", "Shinjiro Koizumi")}


def test_office_named_without_a_name_is_its_holder_on_the_date() -> None:
    text = ("MOSCOW, March 13. /TASS/. The President of Russia thanked his Turkish counterpart for "
            "Ankara's help in organising the exchange of detainees. A former president of Russia and "
            "a deputy prime minister of Russia criticized Turkey.")
    sources = {r["source"]["name"] for r in extract(text)}
    assert "Vladimir Putin" in sources
    assert not any("Medvedev" in name or "Mishustin" in name for name in sources)


def test_a_possessor_is_not_the_person_the_phrase_names() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- North Korean leader Kim Jong Un's sister Kim Yo Jong on Friday "
            "rejected South Korea's offer of talks.")
    assert {r["source"]["name"] for r in extract(text)} == {"Kim Yo Jong"}


def test_one_office_in_several_states_is_each_holder() -> None:
    text = ("TOKYO, March 13 (Kyodo) -- The foreign ministers of Japan, China and South Korea agreed on "
            "Friday to hold a trilateral summit in Tokyo.")
    sources = {(r["source"]["name"], r["source"]["country"]) for r in extract(text)}
    assert sources == {("Toshimitsu Motegi", "JPN"), ("Wang Yi", "CHN"), ("Cho Hyun", "KOR")}


def test_titles_joined_by_and_belong_to_one_person() -> None:
    text = ("CANBERRA, March 13 (Kyodo) -- Defense Minister Shinjiro Koizumi and Australian Deputy Prime "
            "Minister and Defence Minister Richard Marles signed the agreement on Friday.")
    pairs = {(r["source"]["name"], r["target"]["name"]) for r in extract(text)}
    assert pairs == {("Shinjiro Koizumi", "Richard Marles"), ("Richard Marles", "Shinjiro Koizumi")}


def test_both_sides_are_the_two_people_who_spoke() -> None:
    text = ("BEIJING, March 13 (Xinhua) -- Chinese Foreign Minister Wang Yi held phone talks with Israeli "
            "Foreign Minister Gideon Saar on Friday. Both sides agreed to maintain communication.")
    agreed = {(r["source"]["name"], r["target"]["country"]) for r in extract(text) if r["verb"] == "agreed"}
    assert agreed == {("Wang Yi", "ISR"), ("Gideon Sa'ar", "CHN")}


def test_an_act_under_way_reported_by_another_is_the_doers_event() -> None:
    records = extract("A Japanese company is suing the South Korean government over the ruling, its lawyer said.")
    assert [(r["verb"], r["source"]["country"], r["target"]["country"]) for r in records] == [
        ("suing", "JPN", "KOR")]


def test_a_state_act_the_speaker_reports_is_its_own_dated_event() -> None:
    text = ("MOSCOW, March 13. /TASS/. Foreign Ministry spokeswoman Maria Zakharova said on Friday that "
            "Moscow had handed a note of protest to the Estonian ambassador on Wednesday.")
    acts = [(r["source"]["name"], r["target"]["country"], r["date"], r["cameo"]) for r in extract(text)]
    assert ("Russia", "EST", "2026-03-11", "114") in acts


def test_an_arrival_in_a_relative_clause_dates_only_itself() -> None:
    text = ("MANILA, March 13 (Kyodo) -- Japanese Defense Minister Shinjiro Koizumi, who arrived in Manila "
            "on Thursday, held talks with his Philippine counterpart Gilberto Teodoro and said Tokyo would "
            "provide three more coastal radar systems to the Philippines.")
    dates = {(r["verb"], r["target"]["name"], r["date"]) for r in extract(text) if r["source"]["name"] == "Shinjiro Koizumi"}
    assert ("arrived", "Philippines", "2026-03-12") in dates
    assert ("held", "Gilberto Teodoro", "2026-03-13") in dates  # not Thursday, and the partner by name
    assert all(date == "2026-03-13" for verb, _, date in dates if verb != "arrived")


def test_a_visit_expected_or_scheduled_is_the_subjects_plan_dated_when_announced() -> None:
    records = extract("Philippine Foreign Secretary Theresa Lazaro is scheduled to visit Canberra next month for "
                      "talks with Australian Foreign Minister Penny Wong.")
    # the talks named by the noun lie ahead: the plan is the visit's, no meeting has taken place
    assert [(r["source"]["name"], r["target"]["country"], r["cameo"], r["date"]) for r in records] == [
        ("Theresa Lazaro", "AUS", "036", "2026-03-13")]


def test_a_relayed_statement_takes_the_relaying_speakers_date() -> None:
    text = ("BEIJING, March 13 (Reuters) - Chinese Foreign Ministry spokesperson Lin Jian said on Wednesday "
            "that Beijing hoped the EU would return to dialogue and consultation.")
    assert {(r["source"]["country"], r["target"]["country"], r["date"]) for r in extract(text)} == {
        ("CHN", "EU", "2026-03-11")}


def test_a_readouts_impersonal_agreement_is_both_parties() -> None:
    text = ("MOSCOW, March 13. /TASS/. Vladimir Putin held a telephone conversation with Turkish President "
            "Recep Tayyip Erdogan on Friday. It was agreed to continue contacts at various levels.")
    agreed = {(r["source"]["name"], r["target"]["name"]) for r in extract(text) if r["verb"] == "agreed"}
    assert agreed == {("Vladimir Putin", "Recep Tayyip Erdoğan"), ("Recep Tayyip Erdoğan", "Vladimir Putin")}


def test_the_purpose_of_an_act_is_not_a_second_act() -> None:
    text = ("ATHENS, March 13 (AFP) - Greece on Friday summoned Turkey's ambassador to protest against "
            "the survey.")
    assert [r["verb"] for r in extract(text)] == ["summoned"]


def test_a_speaker_speaking_in_their_states_name_stays_the_speaker() -> None:
    text = ("BEIJING, March 13 (Xinhua) -- Chinese Foreign Minister Wang Yi said on Friday that China "
            "hopes to see relations with India continue to improve.")
    assert {(r["source"]["name"], r["target"]["country"]) for r in extract(text)} == {("Wang Yi", "IND")}


def test_named_groups_act_and_are_acted_upon_for_their_home_state() -> None:
    text = ("ANKARA, March 13 (Reuters) - Turkish warplanes struck PKK positions on Friday. Hamas fired "
            "rockets at Israel on Friday.")
    pairs = {(r["source"]["name"], r["source"]["kind"], r["target"]["name"], r["target"]["country"])
             for r in extract(text)}
    assert ("Turkish warplanes", "group", "Kurdistan Workers' Party", "TUR") in pairs  # a state against its own rebels
    assert ("Hamas", "group", "Israel", "ISR") in pairs


def test_a_deed_reaches_every_coordinated_target() -> None:
    records = extract("The European Union agreed on Friday to provide emergency aid for Moldova and Georgia.")
    assert {("EU", "MDA"), ("EU", "GEO")} <= {(r["source"]["country"], r["target"]["country"]) for r in records}


def test_reciprocal_possessor_pairs_both_ways() -> None:
    text = ("Ties between Ghana and Nigeria soured over a trade dispute. In May, the two countries "
            "expelled each other's ambassadors.")
    pairs = {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"])
             for r in extract(text) if r["verb"] == "expelled"}
    assert pairs == {("GHA", "NGA", "161"), ("NGA", "GHA", "161")}


def test_a_clash_between_two_armies_named_by_adjectives() -> None:
    records = extract("Fresh clashes between Azerbaijani and Armenian forces erupted on Friday.")
    assert {(r["source"]["country"], r["target"]["country"], r["root"]) for r in records} == {
        ("AZE", "ARM", "19"), ("ARM", "AZE", "19")}


def test_it_is_the_state_named_as_subject_earlier_in_the_sentence() -> None:
    text = ("ISLAMABAD, March 13 (Reuters) - Pakistan said on Friday it had summoned India's charge "
            "d'affaires. The launch was the first since January, when it fired a missile toward Japan.")
    records = extract(text)
    assert ("PAK", "IND") in {(r["source"]["country"], r["target"]["country"]) for r in records}
    assert not any("fired" in r["sentence"] for r in records)  # "it" across sentences stays unknown


def test_words_hung_on_the_reported_clause_are_still_the_speakers() -> None:
    text = ("BEIJING, March 13 (AP) — Chinese Defense Ministry spokesman Zhang Xiaogang said on Friday the "
            "United States was stirring up trouble in the region and warned Manila that it would pay a price.")
    warned = [(r["source"]["name"], r["target"]["country"]) for r in extract(text) if r["verb"] == "warned"]
    assert warned == [("Zhang Xiaogang", "PHL")]


@pytest.mark.parametrize("text", [
    "TOKYO, March 13 (Kyodo) -- Chief Cabinet Secretary Minoru Kihara said on Friday that Japan would "
    "resolutely seek the release of the two Japanese nationals held in China.",
    "SEOUL, March 13 (Yonhap) -- Foreign Minister Cho Hyun spoke with his Chinese counterpart Wang Yi on Friday, "
    "calling for the early release of the detained South Korean fishermen.",
])
def test_seeking_or_calling_for_a_release_is_a_demand_for_release(text: str) -> None:
    assert "1053" in {r["cameo"] for r in extract(text)}


def test_pressing_a_state_for_something_is_a_demand() -> None:
    records = extract("WASHINGTON, March 13 (AP) -- The United States pressed China on Friday for wider access "
                      "to its markets.")
    assert [(r["target"]["country"], r["root"]) for r in records] == [("CHN", "10")]


def test_an_appeal_takes_the_kind_its_words_name() -> None:
    records = extract("UN Secretary-General Antonio Guterres on Friday urged India and Pakistan to exercise "
                      "maximum restraint.")
    assert {(r["target"]["country"], r["cameo"], r["polarity"]) for r in records} == {
        ("IND", "0256", 0), ("PAK", "0256", 0)}


def test_will_continue_to_support_is_an_intent() -> None:
    records = extract("BEIJING, March 13 (Xinhua) -- Wang Yi said China will continue to support Kyrgyzstan "
                      "in its work as the rotating chair.")
    assert [(r["target"]["country"], r["root"]) for r in records] == [("KGZ", "03")]


def test_a_cue_that_holds_its_own_negation_is_not_negated() -> None:
    records = extract("MANILA, March 13 (AFP) - Foreign ministry spokeswoman Teresita Daza said on Friday "
                      "the Philippines will not be bullied out of its own waters by China.")
    assert [(r["target"]["country"], r["negated"], r["polarity"]) for r in records] == [("CHN", False, -1)]


@pytest.mark.parametrize("text", [
    "Hungary said it will not accept any more asylum seekers from Serbia.",
    "Hungary will not accept any more asylum seekers from Serbia.",
    "Tehran said it would not agree to snap inspections by the IAEA.",
    "Ankara warned it will not allow more refugees from Syria.",
])
def test_a_negated_acceptance_is_a_refusal(text: str) -> None:
    records = extract(text)
    assert [(r["root"], r["plover"], r["negated"], r["polarity"]) for r in records] == [("12", "REJECT", False, -1)]


def test_a_negated_act_with_no_refusal_cue_stays_an_act_undone() -> None:
    (record,) = extract("Tokyo said Japan will not impose tariffs on Chinese steel.")
    assert (record["root"], record["negated"], record["polarity"]) == ("16", True, 0)


@pytest.mark.parametrize(("text", "root", "negated"), [
    ("Iran has not permitted a single consular visit to the British detainees.", "08", True),
    ("Hungary had not allowed any consular visit to the detained Ukrainians.", "08", True),
    ("Iran will not permit a consular visit to the British detainees.", "12", False),
])
def test_a_perfect_negation_reports_an_act_not_done_and_a_stance_refuses(
        text: str, root: str, negated: bool) -> None:
    (record,) = extract(text)
    assert (record["root"], record["negated"]) == (root, negated)


def test_two_clauses_that_say_different_things_are_two_statements() -> None:
    text = ("BEIJING, March 13 (Xinhua) -- Wang Yi said on Friday that China firmly opposes the tariffs, "
            "adding that China is ready to work with France to expand trade.")
    codes = {r["cameo"][:2] for r in extract(text) if r["target"]["country"] == "FRA"}
    assert codes == {"11", "03"}


def test_words_at_the_talks_take_the_talks_date_not_the_arrival() -> None:
    text = ("Pyongyang, March 13 (KCNA) -- Choe Son Hui held talks with Sergei Lavrov in Moscow on March 12.\n\n"
            "Choe Son Hui arrived in Moscow on March 11.\n\n"
            "At the talks Choe Son Hui said that the DPRK government highly appreciates the support of Russia.\n\n"
            "After the talks, the two ministers signed an agreement on consular cooperation.")
    dates = {(r["verb"], r["source"]["country"], r["date"]) for r in extract(text)}
    assert ("said", "PRK", "2026-03-12") in dates
    assert ("signed", "RUS", "2026-03-12") in dates


def test_he_goes_on_from_the_last_sentences_subject() -> None:
    text = ("Pyongyang, March 13 (KCNA) -- Kim Jong Un recalled that Putin said in June 2024 that Russia "
            "would always stand with the Korean people.\n\n"
            "He stressed that the DPRK will steadily develop its relations with Russia.")
    stressed = [r["source"]["name"] for r in extract(text) if r["verb"] == "stressed"]
    assert stressed == ["Kim Jong Un"]


def test_according_to_a_statement_only_attributes_the_act() -> None:
    text = ("ISLAMABAD, March 13 (Xinhua) -- Pakistani Prime Minister Shehbaz Sharif thanked China for its "
            "help in a phone call with Chinese Premier Li Qiang on Thursday, according to a statement from "
            "the Prime Minister's Office.")
    thanks = [(r["source"]["name"], r["date"]) for r in extract(text) if r["root"] == "05"]
    assert thanks == [("Shehbaz Sharif", "2026-03-12")]


def test_a_possessive_date_belongs_to_its_noun() -> None:
    text = ("WASHINGTON, March 13 (AP) — Secretary of State Marco Rubio and External Affairs Minister "
            "Subrahmanyam Jaishankar discussed the situation on Friday following last week's exchanges of "
            "fire between Indian and Pakistani troops.")
    dates = {(r["root"], r["date"], r["date_precision"]) for r in extract(text)}
    assert ("04", "2026-03-13", "day") in dates
    assert ("19", "2026-03", "month") in dates


def test_an_accusation_is_kept_beside_the_act_it_reports() -> None:
    text = ("ISLAMABAD, March 13 (Reuters) - Pakistan's Foreign Office spokesman Shafqat Ali Khan said on Friday that "
            "Indian forces had violated the ceasefire.")
    pairs = {(r["source"]["name"], r["target"] and r["target"]["country"], r["root"]) for r in extract(text)}
    assert ("Shafqat Ali Khan", "IND", "11") in pairs


@pytest.mark.parametrize("text, target", [
    ("Lebanon lodged a complaint with the U.N. Security Council over Israeli shelling of its villages.", "ISR"),
    ("Armenia filed a complaint against Azerbaijan with the United Nations.", "AZE"),
    ("Cambodia lodged a protest with the United Nations about Thai incursions.", "THA"),
    ("Seoul lodged a complaint with the Japanese embassy over the textbooks.", "JPN"),
])
def test_a_complaint_lodged_with_a_body_is_aimed_at_whom_it_is_about(text: str, target: str) -> None:
    complaints = [r for r in extract("GENEVA, March 13 (AFP) - " + text) if r["cameo"] == "114"]
    assert [r["target"]["country"] for r in complaints] == [target]


def test_a_subject_swallowed_by_according_to_is_given_back() -> None:
    text = ("ANTALYA, March 13. /TASS/. According to the Russian minister, Moscow and Ankara agreed to hold "
            "the next meeting of the planning group in Moscow in the autumn.")
    assert {(r["source"]["country"], r["target"]["country"], r["root"]) for r in extract(text)} == {
        ("RUS", "TUR", "03"), ("TUR", "RUS", "03")}


def test_what_a_meeting_is_about_is_no_party_to_it() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- Foreign Minister Cho Hyun held phone talks with German Foreign "
            "Minister Johann Wadephul on Friday. Cho Hyun exchanged views on the situation in Ukraine and "
            "the Middle East.")
    assert {r["target"]["country"] for r in extract(text) if r["source"]["country"] == "KOR"} == {"DEU"}


def test_the_partner_is_named_on_the_talks_not_in_a_with_clause_on_the_verb() -> None:
    text = ("Indian External Affairs Minister S. Jaishankar held talks with his Sri Lankan counterpart Vijitha "
            "Herath in Colombo on Monday, with fishing disputes and the situation in Myanmar high on the agenda.")
    pairs = {(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["verb"] == "held"}
    assert pairs == {("IND", "LKA"), ("LKA", "IND")}


def test_a_warning_is_aimed_at_whom_it_warns() -> None:
    text = ("SEOUL, March 13 (AP) — Secretary of State Marco Rubio warned North Korea on Friday against "
            "conducting a nuclear test, saying such a move would meet a swift response from the United States.")
    assert [(r["target"]["country"], r["root"]) for r in extract(text) if r["verb"] == "warned"] == [("PRK", "13")]


def test_a_meeting_in_a_clause_beside_a_statement_is_an_act_of_its_own() -> None:
    text = ("Japanese Foreign Minister Toshimitsu Motegi on Friday reaffirmed Tokyo's support for Manila's "
            "maritime security as he met Philippine President Ferdinand Marcos Jr. in Manila.")
    met = {(r["source"]["country"], r["target"]["country"], r["cameo"]) for r in extract(text) if r["verb"] == "met"}
    assert met == {("JPN", "PHL", "040"), ("PHL", "JPN", "040")}


def test_two_meetings_with_two_people_on_one_day_are_two_events() -> None:
    text = ("SEOUL, March 13 (AP) — Secretary of State Marco Rubio met President Lee Jae-myung in Seoul on "
            "Friday. Rubio also held talks with Foreign Minister Cho Hyun. The two sides discussed North Korea.")
    partners = [r["target"]["name"] for r in extract(text) if r["source"]["name"] == "Marco Rubio" and r["root"] == "04"]
    assert sorted(partners) == ["Cho Hyun", "Lee Jae-myung"]


def test_two_hosts_meeting_one_visitor_on_one_day_are_two_events() -> None:
    text = ("TOKYO, March 13 (Kyodo) -- Foreign Minister Toshimitsu Motegi held talks with Indian External Affairs "
            "Minister S. Jaishankar in Tokyo on Friday. Prime Minister Sanae Takaichi also met Jaishankar later "
            "in the day.")
    hosts = {r["source"]["name"] for r in extract(text) if r["target"] and r["target"]["country"] == "IND"
             and r["root"] == "04"}
    assert hosts == {"Toshimitsu Motegi", "Sanae Takaichi"}


def test_a_surname_refers_to_the_person_named_in_full_as_a_partner() -> None:
    text = ("SEOUL, March 13 (AP) — Secretary of State Marco Rubio held talks with Foreign Minister Cho Hyun "
            "on Friday.\n\nCho said he had asked Washington to keep the door to dialogue with North Korea open.")
    assert ("Cho Hyun", "USA") in {(r["source"]["name"], r["target"]["country"]) for r in extract(text)
                                    if r["verb"] == "asked"}


@pytest.mark.parametrize(("text", "cameo"), [
    ("ANKARA, March 13 (Reuters) - President Tayyip Erdogan promised on Friday to impose sanctions on Israel.",
     "131"),
    ("ASTANA, March 13 (Reuters) - Russian Foreign Minister Sergei Lavrov promised Kazakhstan on Friday to "
     "investigate the incident.", "030"),
])
def test_what_a_promise_commits_to_is_an_intent_not_the_act(text: str, cameo: str) -> None:
    assert [r["cameo"] for r in extract(text)] == [cameo]


def test_nationality_and_title_refer_to_the_person_named_before() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- Polish Defense Minister Wladyslaw Kosiniak-Kamysz held talks with "
            "Defense Minister Ahn Gyu-back on Friday.\n\nThe Polish minister also expressed concern over North "
            "Korea's supply of artillery shells to Russia.")
    concern = [r["source"]["name"] for r in extract(text) if r["verb"] == "expressed"]
    assert concern == ["Wladyslaw Kosiniak-Kamysz"]


def test_a_hyphenated_korean_given_name_is_one_name() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- First Vice Foreign Minister Park Yoon-joo expressed serious concern "
            "to the Chinese ambassador on Friday over a structure China installed in the Yellow Sea.")
    assert {(r["source"]["name"], r["source"]["country"]) for r in extract(text)} >= {("Park Yoon-joo", "KOR")}


def test_two_people_joined_by_and_when_the_parser_misses_it() -> None:
    text = ("WASHINGTON, March 13 (Reuters) - Secretary Rubio and External Affairs Minister Jaishankar "
            "discussed trade on Friday.")
    assert {(r["source"]["name"], r["target"]["name"]) for r in extract(text)} == {
        ("Marco Rubio", "Subrahmanyam Jaishankar"), ("Subrahmanyam Jaishankar", "Marco Rubio")}


def test_the_doers_own_capital_is_where_not_with_whom() -> None:
    text = ("BEIJING, March 13 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with French Minister "
            "for Europe and Foreign Affairs Jean-Noel Barrot in Beijing on Friday.")
    assert {(r["source"]["name"], r["target"]["name"]) for r in extract(text)} == {
        ("Wang Yi", "Jean-Noël Barrot"), ("Jean-Noël Barrot", "Wang Yi")}


def test_the_two_countries_are_the_two_named_just_before() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- President Lee Jae-myung said North Korea must stop its provocations. "
            "Lee also urged Japan to face history squarely, recalling that the two countries normalized "
            "diplomatic relations 61 years ago.")
    normalized = {(r["source"]["name"], r["target"]["name"], r["date"]) for r in extract(text)
                  if r["verb"] == "normalized"}
    assert normalized == {("South Korea", "Japan", "1965"), ("Japan", "South Korea", "1965")}




def test_a_ministry_reporting_its_ministers_talks_is_no_statement_of_its_own() -> None:
    text = ("MOSCOW, March 13. /TASS/. Russian Foreign Minister Sergey Lavrov and his Turkish counterpart "
            "Hakan Fidan discussed the prospects for a settlement in the South Caucasus at talks in "
            "Antalya on Friday, the Russian Foreign Ministry said.")
    records = extract(text)
    assert {r["verb"] for r in records} == {"discussed"}
    assert {(r["source"]["country"], r["target"]["country"]) for r in records} == {("RUS", "TUR"), ("TUR", "RUS")}


def test_what_a_speaker_calls_something_is_a_label_not_a_statement() -> None:
    moscow = ("MOSCOW, March 13. /TASS/. Deputy Foreign Minister Sergei Ryabkov spoke on Iran on Friday. "
              "He criticized the United States for what he called attempts \"to strangle Iran economically.\"")
    tokyo = ("TOKYO, March 13 (Kyodo) -- A senior foreign ministry official summoned Chinese ambassador Wu "
             "Jianghao to demand that Beijing stop what Tokyo called \"repeated violations of Japanese "
             "sovereignty\", the ministry said.")
    records = extract(moscow) + extract(tokyo)
    assert "called" not in {r["verb"] for r in records}
    assert {(r["verb"], r["target"]["country"]) for r in records} >= {("criticized", "USA"), ("summoned", "CHN")}


def test_the_question_a_spokesperson_is_asked_is_not_their_appeal() -> None:
    text = ("BEIJING, March 13 (Xinhua) -- Asked whether Chinese officials would take part in a U.S.-hosted "
            "conference on export controls in Washington later this month, foreign ministry spokesperson "
            "Lin Jian said on Friday that the Chinese side will not attend.")
    records = extract(text)
    assert "Asked" not in {r["verb"] for r in records}
    assert {r["source"]["name"] for r in records} == {"Lin Jian"}


def test_a_plain_statement_of_fact_gets_no_guessed_target() -> None:
    text = ("VIENNA, March 13 (Reuters) - The head of the U.N. nuclear watchdog on Friday urged North Korea "
            "to allow inspectors back into the country.\n\n"
            "IAEA Director General Rafael Grossi said a new building at Yongbyon appeared to be similar in size "
            "to a known enrichment hall at the site.\n\n"
            "Grossi said North Korea was expanding its nuclear programme in violation of Security Council "
            "resolutions.")
    records = extract(text)
    fact = [r for r in records if "new building" in r["sentence"]]
    assert fact and all(r["target"] is None for r in fact)
    assert any(r["target"] and r["target"]["country"] == "PRK" for r in records if r not in fact)


def test_a_speakers_own_states_course_keeps_the_storys_other_party() -> None:
    text = ("MANILA, March 13 (Reuters) - Philippine President Ferdinand Marcos Jr. on Friday accused China "
            "of harassing Filipino fishermen near Scarborough Shoal.\n\n"
            "Marcos told the leaders that the Philippines would continue to assert its rights under the 2016 "
            "arbitral award.")
    told = [r for r in extract(text) if r["verb"] == "told"]
    assert [(r["source"]["country"], r["target"] and r["target"]["country"]) for r in told] == [("PHL", "CHN")]


@pytest.mark.parametrize("clause", ["said at a meeting with South Korean journalists on Friday",
                                    "met with South Korean journalists on Friday"])
def test_a_meeting_with_journalists_is_no_meeting_with_their_state(clause: str) -> None:
    text = (f"SEOUL, March 13. /TASS/. Relations between Russia and South Korea can be repaired, Russian "
            f"Ambassador to Seoul Georgy Zinoviev {clause}.")
    meetings = [r for r in extract(text) if r["root"] == "04"]
    assert all(r["target"] is None for r in meetings)


def test_a_summits_venue_is_not_whom_it_is_held_with() -> None:
    text = ("MANILA, Nov. 12 (Xinhua) -- Chinese Premier Li Qiang on Thursday called on China and ASEAN countries "
            "to jointly safeguard peace in the region, as he attended the 29th China-ASEAN Summit in the "
            "Philippine capital.")
    attended = [r for r in extract(text) if r["verb"] == "attended"]
    assert {r["target"]["country"] for r in attended} == {"ASEAN"}


def test_a_date_after_since_is_the_earlier_events_not_this_ones() -> None:
    text = ("SEOUL, June 2 (Yonhap) -- President Lee Jae-myung held phone talks with Chinese President Xi Jinping "
            "on Tuesday, the presidential office said.\n\n"
            "It was their first phone conversation since their summit in Gyeongju last November.")
    records = extract(text, published=date(2026, 6, 2))
    assert not [r for r in records if r["verb"] == "conversation" and r["date"] == "2025-11"]


def test_what_a_meeting_is_called_to_discuss_is_its_topic_not_its_party() -> None:
    text = ("UNITED NATIONS, July 8 (Reuters) - The U.N. Security Council met on Wednesday to discuss "
            "Pyongyang's launch of a new intercontinental ballistic missile.")
    met = [r for r in extract(text) if r["verb"] == "met"]
    assert all(r["target"] is None or r["target"]["country"] != "PRK" for r in met)
def test_a_statements_target_is_the_first_party_named_not_a_modifier() -> None:
    text = ("BEIJING, March 13 (Xinhua) -- China is willing to work with Russia to deepen practical "
            "cooperation and to strengthen coordination within the Shanghai Cooperation Organization and "
            "BRICS, Wang Yi said on Friday.")
    assert {r["target"]["country"] for r in extract(text)} == {"RUS"}


@pytest.mark.parametrize("text", [
    "ACCRA, March 13 (AFP) - Togo cut diplomatic ties with Burkina Faso, accusing it of arming rebels.",
    "ACCRA, March 13 (AFP) - Togo expelled the Burkinabe ambassador, accusing him of arming rebels.",
    "ACCRA, March 13 (AFP) - Burkina Faso's closure of the border is illegal, and Togo condemns it.",
    "ACCRA, March 13 (AFP) - Burkina Faso closed its border with Togo on Tuesday. Togo denounced it as a provocation.",
])
def test_an_object_pronoun_is_aimed_at_the_party_of_what_was_told_before(text: str) -> None:
    judged = [r for r in extract(text) if r["root"] == "11"]
    assert [(r["source"]["country"], r["target"]["country"]) for r in judged] == [("TGO", "BFA")]


def test_a_day_after_dates_the_earlier_act() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- North Korea fired a ballistic missile on Friday. The launch came a day "
            "after South Korea and the United States wrapped up a five-day combined air exercise.")
    assert {(r["source"]["country"], r["date"]) for r in extract(text) if r["verb"] == "wrapped"} == {
        ("KOR", "2026-03-12"), ("USA", "2026-03-12")}


def test_a_demand_is_aimed_at_who_must_act() -> None:
    text = "WASHINGTON, March 13 (AP) — Washington demanded on Friday that Hamas renounce its armed struggle against Israel."
    assert {(r["target"]["name"], r["root"]) for r in extract(text)} == {("Hamas", "10")}


def test_what_another_must_do_is_a_demand_not_their_plan() -> None:
    text = ("KIGALI, March 13 (Reuters) - Rwandan rebels announced on Friday that President Kagame must agree "
            "to major constitutional changes before they demobilize.")
    records = extract(text)
    assert [(r["source"]["name"], r["target"]["name"], r["cameo"]) for r in records] == [
        ("Rwandan rebels", "Paul Kagame", "100")]


@pytest.mark.parametrize("text", [
    "VIENNA, March 13 (Reuters) - Austria on Friday demanded that Hungary immediately release two Austrian truck "
    "drivers held at the border.",
    "NAIROBI, March 13 (AFP) - The African Union urged Ethiopia and Eritrea to respect the truce, to pull back "
    "their troops and to resume talks without conditions.",
])
def test_the_act_a_demand_or_appeal_asks_for_is_no_event(text: str) -> None:
    records = extract(text)
    assert {r["root"] for r in records} <= {"02", "10"}  # the demand or appeal, not the release or the talks
    assert records


def test_what_a_state_should_do_instead_is_no_act_of_that_state() -> None:
    text = ("WASHINGTON, March 13 (AP) -- The State Department criticized Chile on Friday over its new port fees. "
            "Chile should close the smuggling routes rather than threaten the United States.")
    assert not any(r["source"]["country"] == "CHL" for r in extract(text))


def test_a_statement_document_speaks_as_the_person_its_heading_names() -> None:
    text = ("Statement by Foreign Minister MOTEGI Toshimitsu on the Launch of a Ballistic Missile by North Korea\n\n"
            "1. Today, North Korea launched a ballistic missile toward the northeast.\n\n"
            "2. This launch threatens the peace and security of the region. Japan has lodged a strong protest "
            "with North Korea and strongly condemns this act.\n\n"
            "3. I held a telephone conversation with U.S. Secretary of State Marco Rubio this afternoon.")
    records = extract(text)
    speakers = {(r["source"]["name"], r["target"] and r["target"]["country"]) for r in records}
    assert ("North Korea", None) in speakers  # the launch is the North's own act
    assert ("Toshimitsu Motegi", "PRK") in speakers  # "Japan … condemns", in the minister's statement
    assert ("Toshimitsu Motegi", "USA") in speakers  # "I held a telephone conversation"
    assert not any(r["source"]["name"] == "Japan" for r in records)


@pytest.mark.parametrize(("text", "cameo", "negated"), [
    ("ANKARA, March 13 (Reuters) - Turkey is considering imposing sanctions on Israel, a Turkish official said.",
     "131", False),
    ("MOSCOW, March 13. /TASS/. Kremlin spokesman Dmitry Peskov said on Friday that Moscow was not considering "
     "expelling Finnish diplomats.", "161", True),
])
def test_weighing_an_act_is_its_intent_and_not_weighing_it_the_act_negated(
        text: str, cameo: str, negated: bool) -> None:
    assert (cameo, negated) in {(r["cameo"], r["negated"]) for r in extract(text)}


def test_a_declaration_on_behalf_of_a_body_speaks_as_the_body() -> None:
    text = ("Azerbaijan: Declaration by the High Representative on behalf of the EU on the arrest of journalists\n\n"
            "The arrests of independent reporters in Azerbaijan are unacceptable.")
    records = extract(text)
    assert [(r["source"]["name"], r["target"]["country"]) for r in records] == [("European Union", "AZE")]


def test_a_ministrys_release_numbered_under_its_name_speaks_as_the_ministry() -> None:
    text = ("Republic of Türkiye Ministry of Foreign Affairs\n\n"
            "No: 88, 3 March 2026, Press Release Regarding the Terrorist Attack in Quetta\n\n"
            "We strongly condemn the terrorist attack carried out in Quetta, Pakistan, yesterday. "
            "Türkiye will continue to stand by Pakistan in its fight against terrorism.")
    records = extract(text)
    assert {(r["source"]["country"], r["source"]["kind"], r["target"]["country"]) for r in records} == {
        ("TUR", "organization", "PAK")}
    assert len(records) == 2


def test_a_lead_in_line_hands_the_quote_under_it_to_its_speaker() -> None:
    text = ("Foreign Secretary statement on the detention of a British aid worker\n\n"
            "Foreign Secretary Yvette Cooper said:\n\n"
            "\"I condemn the decision of the court in Minsk in the strongest terms.\n\n"
            "\"We call on Belarus to release him without delay.\"")
    records = extract(text)
    assert {(r["source"]["name"], r["target"]["country"], r["cameo"][:2]) for r in records} >= {
        ("Yvette Cooper", "BLR", "11"), ("Yvette Cooper", "BLR", "02")}


def test_a_lead_in_line_hands_the_plain_paragraphs_under_it_to_its_speaker() -> None:
    text = ("13.03.2026 - Press release\n\n"
            "Foreign Minister Johann Wadephul arrived in Skopje today. Before leaving Berlin, "
            "Foreign Minister Wadephul issued the following statement:\n\n"
            "Germany will stand by North Macedonia on its path to the European Union. The attacks on "
            "independent reporters in North Macedonia this spring are unacceptable.\n\n"
            "Background:\n\n"
            "The harassment of opposition media in North Macedonia was condemned as unacceptable last year.")
    records = extract(text)
    judged = [r for r in records if r["sentence"].startswith("The attacks")]
    assert [(r["source"]["name"], r["target"]["country"]) for r in judged] == [("Johann Wadephul", "MKD")]
    # the background section under its own heading is no longer the minister's statement
    assert not any(r["source"]["name"] == "Johann Wadephul" and r["sentence"].startswith("The harassment")
                   for r in records)


@pytest.mark.parametrize("date_line", ["", "March 13, 2026, 15:20\n\n"])
def test_a_readouts_headline_names_whose_words_the_state_speaks(date_line: str) -> None:
    text = (date_line + "Wang Yi Holds Phone Talks with Israeli Foreign Minister Gideon Saar\n\n"
            "On March 13, 2026, Foreign Minister Wang Yi held phone talks with Israeli Foreign Minister "
            "Gideon Saar. China calls on Israel to exercise restraint.")
    calls = [r["source"]["name"] for r in extract(text) if r["verb"] == "calls"]
    assert calls == ["Wang Yi"]


def test_a_ministrys_press_release_speaks_as_the_ministry() -> None:
    text = ("Ministry of External Affairs\nPress Release: Expulsion of an official\n\n"
            "The Charge d'Affaires of the Pakistan High Commission was summoned to the Ministry today. "
            "He was told that Pakistan must ensure that its officials do not misuse their privileges. "
            "India reserves the right to respond.")
    records = extract(text)
    assert {(r["source"]["name"], r["target"]["country"], r["cameo"][:2]) for r in records} >= {
        ("Ministry of External Affairs", "PAK", "10"), ("Ministry of External Affairs", "PAK", "13")}
    assert not any(r["verb"] == "Release" for r in records)  # the heading is no statement


MINISTERS_RELEASE = ("{label}\n{author}\n\nAustralia acts on the shelling of Kharkiv\n\n13 March 2026\n\n"
                     "Russia's shelling of apartment blocks in Kharkiv is a war crime, and Australia condemns it.\n\n"
                     "On Monday I met the Ukrainian Ambassador in Canberra.\n\n"
                     "We call on Russia to stop its attacks on civilians.\n\n"
                     "Australia will continue to stand with Ukraine.")


@pytest.mark.parametrize("label", ["Media release", "Media statement", "Press Statement"])
@pytest.mark.parametrize("author", ["Senator the Hon Penny Wong\nMinister for Foreign Affairs",
                                    "Penny Wong, Minister for Foreign Affairs"])
def test_a_ministers_media_release_speaks_in_its_authors_voice(label: str, author: str) -> None:
    records = extract(MINISTERS_RELEASE.format(label=label, author=author))
    found = {(r["verb"], r["source"]["name"], r["target"] and r["target"]["country"], r["date"]) for r in records}
    assert ("condemns", "Penny Wong", "RUS", "2026-03-13") in found
    assert ("call", "Penny Wong", "RUS", "2026-03-13") in found
    assert ("met", "Penny Wong", "UKR", "2026-03-09") in found
    # a stance written in the present or future is dated as the release, not as Monday's meeting
    assert ("stand", "Penny Wong", "UKR", "2026-03-13") in found


def test_a_joint_media_release_of_two_ministers_has_no_single_voice() -> None:
    text = MINISTERS_RELEASE.format(label="Joint media release", author="Penny Wong\nMarco Rubio")
    assert not [r for r in extract(text) if r["verb"] == "call"]


def test_another_bodys_deed_in_a_release_is_not_the_authors_judgement() -> None:
    text = ("Media release\nSenator the Hon Penny Wong\nMinister for Foreign Affairs\n\n13 March 2026\n\n"
            "The International Criminal Court issued its ruling on the unlawful transfer of prisoners.")
    assert not [r for r in extract(text) if r["source"]["name"] == "Penny Wong"]


def test_a_transcript_answer_reports_anothers_planned_visit_dated_when_announced() -> None:
    text = ("Press Conference by the Chief Cabinet Secretary\n\n"
            "CHIEF CABINET SECRETARY KIHARA: Prime Minister Takaichi will visit India from June 4 to 6 to hold "
            "a summit meeting with Prime Minister Narendra Modi.\n")
    records = extract(text, published=date(2026, 5, 29))
    assert [(r["source"]["name"], r["target"]["country"], r["root"], r["date"]) for r in records] == [
        ("Sanae Takaichi", "IND", "03", "2026-05-29")]


def test_a_journalists_question_in_a_transcript_is_no_event() -> None:
    text = ("Department Press Briefing\n\n"
            "QUESTION: Thanks. On the sanctions – Russia's Foreign Ministry said this morning that Moscow would "
            "take retaliatory measures against Washington. Will Secretary Rubio summon the Russian ambassador?\n\n"
            "QUESTION: Will the President meet President Xi in Lima next month?\n")
    records = extract(text)
    assert {(r["source"]["country"], r["target"]["country"]) for r in records} == {("RUS", "USA")}
    assert not any(r["sentence"].endswith("?") for r in records)


def test_agreeing_to_anothers_offer_is_one_way() -> None:
    text = ("JERUSALEM, March 13 (AP) — Israeli Prime Minister Benjamin Netanyahu has agreed to U.S. mediation "
            "in the talks, an Israeli official said on Friday.")
    pairs = {(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["verb"] == "agreed"}
    assert pairs == {("ISR", "USA")}


def test_a_meeting_with_a_surname_given_in_full_before_is_mutual() -> None:
    text = ("MANILA, March 13 (Xinhua) -- Chinese Premier Li Qiang attended a summit chaired by Philippine "
            "President Ferdinand Marcos Jr. on Friday. Li did not hold a bilateral meeting with Marcos.")
    held = {(r["source"]["name"], r["target"]["name"], r["negated"]) for r in extract(text) if r["verb"] == "hold"}
    assert held == {("Li Qiang", "Ferdinand Marcos Jr.", True), ("Ferdinand Marcos Jr.", "Li Qiang", True)}


def test_a_relative_clauses_act_takes_the_noun_it_modifies_as_its_object() -> None:
    # "the tariffs … that it imposed": the sense and the target come from the antecedent
    imposed = [r for r in extract("Canada has not lifted the tariffs on Chinese steel that it imposed in 2024.")
               if r["verb"] == "imposed"]
    assert [(r["source"]["country"], r["target"]["country"], r["cameo"], r["date"]) for r in imposed] == [
        ("CAN", "CHN", "163", "2024")]
    # words about a thing another state did are aimed at that state
    text = "EU leaders accused Russia of sabotage on Thursday in a summit statement that Moscow dismissed as hysteria."
    dismissed = [r for r in extract(text) if r["verb"] == "dismissed"]
    assert [(r["source"]["country"], r["target"]["country"]) for r in dismissed] == [("RUS", "EU")]


def test_signing_a_protocol_or_witnessing_a_signing_is_an_agreement_both_ways() -> None:
    def signed(text: str) -> set[tuple]:
        return {(r["source"]["country"], r["target"]["country"], r["date"]) for r in extract(text)
                if r["cameo"] == "057"}

    both = {("KEN", "ETH"), ("ETH", "KEN")}
    assert {pair[:2] for pair in signed("Kenya and Ethiopia signed a protocol on Tuesday on the joint "
                                        "management of a cross-border river.")} == both
    witnessed = signed("Kenyan Foreign Minister Musalia Mudavadi held talks with his Ethiopian counterpart "
                       "Gedion Timothewos in Nairobi. After the talks, the two ministers witnessed the signing "
                       "of agreements on trade and tourism.")
    assert {pair[:2] for pair in witnessed} == both
    # the parser hangs the relative clause on the last noun of the agreement's name
    assert signed("Rwanda said on Friday it would honour the memorandum of understanding on border security "
                  "which it signed with Burundi in March 2023.") >= {("RWA", "BDI", "2023-03")}


def test_states_coordinated_on_a_group_noun_are_one_group_each() -> None:
    # "the navies of Russia and China", "U.S. and Filipino forces": both states act
    records = extract("The navies of Russia and China began a joint patrol in the Sea of Japan on Tuesday.")
    assert {(r["source"]["country"], r["target"]["country"], r["cameo"]) for r in records} == {
        ("RUS", "CHN", "062"), ("CHN", "RUS", "062")}


def test_states_firing_together_in_a_drill_hold_a_joint_exercise() -> None:
    text = ("South Korean and U.S. troops fired artillery rounds during combined drills near the "
            "border on Monday.")
    records = extract(text)
    assert {(r["source"]["country"], r["target"]["country"], r["cameo"]) for r in records} == {
        ("KOR", "USA", "062"), ("USA", "KOR", "062")}


def test_a_state_named_in_anothers_relative_clause_is_not_the_acts_target() -> None:
    text = ("U.S. and Filipino forces fired missiles at a target ship on Tuesday in a drill that "
            "China condemned as a provocation aimed at Beijing.")
    records = extract(text)
    fired = {(r["source"]["country"], r["target"] and r["target"]["country"]) for r in records if r["verb"] == "fired"}
    assert fired == {("USA", "PHL"), ("PHL", "USA")}
    condemned = {(r["source"]["country"], r["target"]["country"]) for r in records if r["verb"] == "condemned"}
    assert condemned == {("CHN", "USA"), ("CHN", "PHL")}


@pytest.mark.parametrize("text", [
    "Moscow and Kyiv traded accusations on Friday. Each side blamed the other for the attack on the plant.",
    "Gunfire erupted on the border between Thailand and Cambodia on Monday, and each side accused the other "
    "of firing first.",
])
def test_each_side_acts_on_the_other(text: str) -> None:
    pairs = {(r["source"]["country"], r["target"]["country"]) for r in extract(text)
             if r["verb"] in ("blamed", "accused")}
    assert len(pairs) == 2 and all((b, a) in pairs for a, b in pairs)


def test_the_two_ministers_capitalised_are_the_two_people_named() -> None:
    text = ("Foreign Minister Cho Hyun held talks with Japanese Foreign Minister Takeshi Iwaya in Seoul on "
            "Tuesday. The two Ministers agreed to hold a trilateral summit with China within the year.")
    agreed = {(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["verb"] == "agreed"}
    assert agreed == {("KOR", "JPN"), ("JPN", "KOR")}


def test_a_shared_view_is_a_statement_of_both_speakers() -> None:
    text = ("Prime Minister Anthony Albanese met Japanese Prime Minister Sanae Takaichi in Tokyo on Tuesday. "
            "The two leaders shared the view that China's coercion in the South China Sea threatens "
            "regional stability.")
    shared = [r for r in extract(text) if r["verb"] == "shared"]
    assert {(r["source"]["country"], r["target"]["country"], r["polarity"]) for r in shared} == {
        ("AUS", "CHN", -1), ("JPN", "CHN", -1)}


def test_words_told_to_a_person_named_before_go_to_that_persons_side() -> None:
    records = extract("Iranian Foreign Minister Abbas Araghchi accused Israel of provoking a war. Araghchi also "
                      "met U.N. Secretary-General Antonio Guterres on Monday and told him that Iran remained "
                      "committed to the treaty. Israel rejected the speech.")
    told = [r for r in records if r["verb"] == "told"]
    assert [(r["source"]["country"], r["target"]["country"]) for r in told] == [("IRN", "UN")]


def test_a_subordinate_clauses_actors_are_no_target_of_the_main_act() -> None:
    text = "Britain mobilized army reservists for a possible war against Iraq while UN inspectors said they needed time."
    pairs = {(r["source"]["country"], r["target"] and r["target"]["country"]) for r in extract(text)
             if r["verb"] == "mobilized"}
    assert pairs == {("GBR", "IRQ")}


@pytest.mark.parametrize("text", [
    "Oman, a close U.S. partner in the Gulf, criticized the decision.",
    "Lavrov, a frequent critic of Washington, condemned the decision.",
])
def test_a_state_that_only_describes_the_doer_is_no_target_by_default(text: str) -> None:
    records = extract(text)
    assert records and all(r["target"] is None or r["target"]["country"] != "USA" for r in records)


@pytest.mark.parametrize("text", [
    "Egypt says it will not accept any more migrants if fighting spreads to Libya.",
    "Algeria said it would close its airspace unless the fighting in Libya stopped.",
    "Tunisia said it would refuse all new arrivals should war break out in Libya.",
])
def test_a_state_named_only_in_a_condition_is_no_target_by_default(text: str) -> None:
    records = extract(text)
    assert records and all(r["target"] is None for r in records)


@pytest.mark.parametrize("text", [
    "North Korea warned that its army would take countermeasures if the United States continued its drills.",
    "Pyongyang said it would respond in kind should Washington send more bombers to the peninsula.",
])
def test_the_party_a_condition_is_about_stays_the_target(text: str) -> None:
    assert {r["target"]["country"] for r in extract(text) if r["target"]} == {"USA"}


def test_a_warning_goes_to_the_party_its_condition_is_about_not_the_storys_other_party() -> None:
    records = extract("North Korea criticised South Korea on Monday. Pyongyang warned that its army would "
                      "take countermeasures if the United States continued its drills.")
    assert [(r["target"]["country"], r["cameo"]) for r in records if r["verb"] == "warned"] == [("USA", "130")]


def test_a_promised_refusal_stays_a_refusal() -> None:
    records = extract("Hungary promised Serbia that it will not accept any more asylum seekers.")
    assert [(r["source"]["country"], r["target"]["country"], r["cameo"]) for r in records] == [("HUN", "SRB", "120")]


def test_a_question_put_to_the_speaker_still_names_the_target() -> None:
    text = ("Asked whether Chinese officials would attend a U.S.-hosted forum on chips in Washington, "
            "Lin Jian said China would not attend.")
    assert [r["target"]["country"] for r in extract(text)] == ["USA"]


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("The Chinese Foreign Ministry issued a statement condemning the Japanese prime minister's remarks.",
     "111", "JPN"),
    ("Iran's foreign ministry released a statement urging the United States to lift sanctions.", "020", "USA"),
    ("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish government "
     "provide information.", "100", "TUR"),
])
def test_a_statement_is_what_its_participle_says(text: str, cameo: str, target: str) -> None:
    records = extract(text)
    assert [(r["cameo"], r["target"]["country"]) for r in records] == [(cameo, target)]


def test_a_quoted_commitment_of_the_speakers_side_is_an_intent() -> None:
    text = ("South Korean Defense Minister Ahn Gyu-back met Polish Defense Minister Wladyslaw Kosiniak-Kamysz "
            "in Seoul on Tuesday. \"Poland is a strategic partner for us,\" Ahn said. "
            "\"We will make sure that every tank is delivered on time.\"")
    pledged = [r for r in extract(text) if "every tank" in r["sentence"]]
    assert [(r["source"]["country"], r["target"]["country"], r["cameo"]) for r in pledged] == [("KOR", "POL", "030")]


def test_a_belief_about_how_things_will_turn_out_is_an_outlook_addressed_to_no_one() -> None:
    text = ("Seoul made new proposals on Monday that Japanese negotiator Kenji Sato believed could lead "
            "to an agreement on fisheries.")
    believed = [r for r in extract(text) if r["verb"] == "believed"]
    assert [(r["cameo"], r["target"]) for r in believed] == [("013", None)]


def test_a_belief_about_a_partys_conduct_is_read_as_usual() -> None:
    records = extract("Lavrov believes Washington will continue its hostile policy toward Russia.")
    assert [(r["root"], r["target"]["country"]) for r in records] == [("11", "USA")]


def test_a_negated_commitment_is_no_pledge() -> None:
    text = ("South Korean Defense Minister Ahn Gyu-back met Polish Defense Minister Wladyslaw Kosiniak-Kamysz "
            "in Seoul on Tuesday. \"Poland is a strategic partner for us,\" Ahn said. "
            "\"We will not make any change to the delivery schedule.\"")
    assert not [r for r in extract(text) if "delivery schedule" in r["sentence"] and r["cameo"] == "030"]


@pytest.mark.parametrize("text", [
    "Minsk's police chief warned that officers would break up any march by the Zubr movement.",
    "Minsk's police chief has warned that police will no longer tolerate rallies by the Zubr (``Bison'') movement.",
])
def test_a_warnings_target_is_the_group_its_words_name(text: str) -> None:
    records = extract(text)
    assert [(r["source"]["country"], r["target"]["country"], r["target"]["kind"], r["root"]) for r in records] == [
        ("BLR", "BLR", "group", "13")]


@pytest.mark.parametrize(("text", "target"), [
    ("BERLIN, March 13 (AFP) - \"I expect Ankara to respect the ceasefire in northern Syria,\" German Foreign "
    "Minister Johann Wadephul told reporters on Friday.", "TUR"),
    ("MOSCOW, March 13. /TASS/. Foreign Minister Sergei Lavrov said on Friday that Russia expected Tokyo to "
    "lift its restrictions on Russian fishing vessels.", "JPN"),
])
def test_wanting_another_state_to_act_is_an_appeal_to_it(text: str, target: str) -> None:
    records = extract(text)
    assert {(r["target"]["country"], r["root"]) for r in records} == {(target, "02")}


def test_expecting_ones_own_side_to_act_is_no_appeal() -> None:
    records = extract("SEOUL, March 13 (Yonhap) -- Foreign Minister Cho Hyun said on Friday that Seoul expects "
                      "to sign the trade deal with Tokyo next month.")
    assert records and not any(r["root"] == "02" for r in records)


def test_consequences_promised_for_an_act_are_a_threat() -> None:
    text = ("Chinese Foreign Ministry spokesperson Lin Jian said on Friday that any Japanese meddling "
            "in Taiwan would be met with consequences.")
    assert [(r["target"]["country"], r["cameo"], r["polarity"]) for r in extract(text)] == [("JPN", "130", -1)]
    # "met with" a reaction that already came is no threat, nor a meeting
    assert not extract("Seoul's proposal was met with a cool response from Pyongyang on Friday.")


def test_the_partner_in_a_readouts_call_speaks_on_the_day_of_the_call() -> None:
    text = ("Foreign Minister Holds Telephone Conversation with German Foreign Minister\n\n"
            "Minister of Foreign Affairs Cho Hyun held a telephone conversation with Federal Minister for "
            "Foreign Affairs of Germany Johann Wadephul on the afternoon of April 20.\n\n"
            "Minister Wadephul stated that Germany fully supports the Republic of Korea's policy toward the North.")
    stated = [r for r in extract(text, published=date(2026, 4, 21)) if r["verb"] == "stated"]
    assert [(r["source"]["country"], r["target"]["country"], r["date"]) for r in stated] == [
        ("DEU", "KOR", "2026-04-20")]


def test_a_requested_meeting_is_the_requesters_appeal_to_meet() -> None:
    text = ("Zakharova said the Russian envoy had lodged a protest with the Armenian Foreign Ministry on Monday "
            "and had requested an urgent meeting with the country's deputy foreign minister.")
    requested = [r for r in extract(text) if r["verb"] == "requested"]
    assert [(r["source"]["name"], r["target"]["country"], r["cameo"], r["date"]) for r in requested] == [
        ("Russian envoy", "ARM", "026", "2026-03-09")]


def test_ready_to_sit_down_with_a_state_is_an_intent_to_meet() -> None:
    text = "Egyptian Foreign Minister Badr Abdelatty said on Friday that Egypt was ready to sit down with Ethiopia."
    assert [(r["target"]["country"], r["cameo"]) for r in extract(text)] == [("ETH", "036")]


def test_a_plain_verbs_object_with_a_cue_is_what_was_said() -> None:
    text = ("Russian President Vladimir Putin held a telephone conversation with Turkish President Recep Tayyip "
            "Erdogan on Monday. Recep Tayyip Erdogan reaffirmed Turkiye's readiness to host a new round of "
            "direct Russian-Ukrainian negotiations in Istanbul.")
    reaffirmed = [r for r in extract(text) if r["verb"] == "reaffirmed"]
    assert [(r["source"]["country"], r["cameo"][:2]) for r in reaffirmed] == [("TUR", "03")]
    assert not extract("Pakistani officials did not respond to a request for comment on Friday.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Thailand's government lifted the state of emergency in three southern provinces on Friday.",
     ("THA", "THA")),
    ("Chilean dock workers went on strike on Friday.", ("CHL", "CHL")),
])
def test_an_untargeted_measure_or_protest_is_aimed_at_the_doers_own_state(text: str, pair: tuple) -> None:
    assert pair in {(r["source"]["country"], r["target"] and r["target"]["country"]) for r in extract(text)}


def test_a_non_state_groups_refusal_naming_no_party_is_not_aimed_at_the_storys_foreign_state() -> None:
    text = ("BEIRUT, March 13 (Reuters) - Israel struck targets in southern Lebanon on Friday.\n\n"
            "Hezbollah has refused to hand over its weapons.")
    assert not [r for r in extract(text) if r["verb"] == "refused" and r["target"]]


def test_an_untargeted_act_of_no_domestic_kind_keeps_no_target() -> None:
    records = extract("North Korea fired a ballistic missile into the sea on Friday.")
    assert records and all(r["target"] is None for r in records)


@pytest.mark.parametrize("text", [
    "Georgian police prevented a demonstration by students protesting against the agreement with Russia on Friday.",
    "Georgian authorities banned a rally of opposition activists against the deployment of Russian troops.",
])
def test_a_ban_on_a_demonstration_is_aimed_at_its_protesters(text: str) -> None:
    records = extract(text)
    assert {(r["source"]["country"], r["target"]["country"], r["target"]["kind"], r["cameo"]) for r in records} == {
        ("GEO", "GEO", "group", "1721")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany has paid compensation to Namibian families for colonial-era killings, officials said on Friday.",
     ("DEU", "NAM", "084")),
    ("South Korean troops remained on alert along the border with North Korea on Friday.",
     ("KOR", "PRK", "152")),
    ("The World Food Programme reduced food supplies to Afghan refugees on Friday.",
     ("UN", "AFG", "162")),
    ("France is pushing hard for sanctions against Iran.", ("FRA", "IRN", "100")),
])
def test_verb_and_object_rows_code_their_act(text: str, expected: tuple) -> None:
    records = extract(text)
    assert expected in {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"])
                        for r in records}


@pytest.mark.parametrize(("text", "expected"), [
    ("Rome announced a suspension of flights to Belgrade on Thursday.", ("ITA", "SRB", "163", "2026-03-12")),
    ("Moscow ordered the expulsion of two Latvian diplomats.", ("RUS", "LVA", "161", "2026-03-13")),
    ("Japan's cabinet approved a ban on imports from Iran on Tuesday.", ("JPN", "IRN", "163", "2026-03-10")),
    ("Ankara announced the release of 12 Greek fishermen.", ("TUR", "GRC", "0841", "2026-03-13")),
])
def test_an_act_named_by_the_object_of_a_verb_of_enacting_is_that_act(text: str, expected: tuple) -> None:
    records = extract(text)
    assert [(r["source"]["country"], r["target"]["country"], r["cameo"], r["date"]) for r in records] == [expected]


def test_an_act_announced_for_later_by_noun_is_a_threat() -> None:
    (record,) = extract("Britain will announce a freeze on Russian assets.")
    assert (record["target"]["country"], record["root"]) == ("RUS", "13")


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish Foreign Minister Hakan Fidan spoke with his Syrian counterpart by phone on Friday and "
     "conveyed Turkey's solidarity with the Syrian people.", ("TUR", "SYR", "051")),
    ("The United States stands with the Philippines, the State Department spokesman said on Friday.",
     ("USA", "PHL", "051")),
    ("Chinese Premier Li Qiang assured Pakistani Prime Minister Shehbaz Sharif on Friday that China "
     "would keep its promises.", ("CHN", "PAK", "030")),
])
def test_solidarity_and_assurances_are_support(text: str, expected: tuple) -> None:
    assert expected in {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"])
                        for r in extract(text)}


def test_where_the_target_is_is_no_second_target() -> None:
    records = extract("The United Nations reduced food supplies to Syrian refugees in Lebanon on Friday.")
    assert {(r["source"]["country"], r["target"]["country"]) for r in records} == {("UN", "SYR")}


@pytest.mark.parametrize(("text", "expected"), [
    ("A Cambodian army spokesperson said Thai drones had dropped explosives near a Cambodian post on Friday.",
     ("THA", "KHM", "195")),
    ("The Philippine Coast Guard said a Chinese coast guard ship rammed a Philippine vessel on Friday.",
     ("CHN", "PHL", "171")),
    ("Indian troops retaliated with artillery against Pakistani posts on Friday.", ("IND", "PAK", "194")),
])
def test_force_named_by_its_weapon_is_its_kind_of_attack(text: str, expected: tuple) -> None:
    assert expected in {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"])
                        for r in extract(text)}


def test_a_place_that_is_all_the_phrase_names_stays_the_target() -> None:
    records = extract("Russia launched strikes in Ukraine on Friday.")
    assert {(r["source"]["country"], r["target"]["country"]) for r in records} == {("RUS", "UKR")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union may suspend trade talks with Belarus if the crackdown continues, "
     "the German foreign minister said on Tuesday.", ("EU", "BLR", "131")),
    ("NATO will send more troops to Kosovo, the Italian defence minister said on Friday.", ("NATO", "XKX", "138")),
])
def test_an_international_bodys_plan_told_by_another_is_the_bodys_event(text: str, expected: tuple) -> None:
    records = extract(text)
    assert expected in {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"])
                        for r in records}


def test_a_press_releases_passive_warning_with_no_clause_does_not_fail() -> None:
    text = ("Ministry of External Affairs\nPress Release: Summoning of an envoy\n\n"
            "The Charge d'Affaires of the Pakistan High Commission was summoned today. "
            "He was warned against any further provocation.")
    records = extract(text)
    assert ("Ministry of External Affairs", "PAK") in {(r["source"]["name"], r["target"]["country"]) for r in records}


def test_according_to_a_demand_is_a_demand() -> None:
    text = ("NEW DELHI, March 13 (Reuters) - According to Indian Foreign Minister Subrahmanyam Jaishankar, "
            "Pakistan must ensure that its officials respect the rules.")
    assert {(r["target"]["country"], r["cameo"]) for r in extract(text)} == {("PAK", "100")}


def test_an_appeal_to_a_body_to_press_a_state_is_to_the_body_and_reports_no_act() -> None:
    text = ("BEIRUT, March 13 (Reuters) - Lebanon complained to the U.N. Security Council on Friday.\n\n"
            "Its foreign ministry asked the council to press Israel to withdraw its troops.")
    records = [r for r in extract(text) if "press Israel" in r["sentence"]]
    assert [(r["verb"], r["target"]["country"]) for r in records] == [("asked", "UN")]


def test_six_days_after_dates_the_earlier_act() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- North Korea fired a missile on Friday. The launch came six days after "
            "South Korea and the United States wrapped up their drills.")
    assert {r["date"] for r in extract(text) if r["verb"] == "wrapped"} == {"2026-03-07"}


def test_declaring_a_diplomat_persona_non_grata_reduces_relations() -> None:
    text = ("MOSCOW, March 13. /TASS/. Russia has declared a staff member of the South Korean embassy in "
            "Moscow persona non grata, the Russian Foreign Ministry said on Friday.")
    assert [(r["source"]["country"], r["target"]["country"], r["cameo"]) for r in extract(text)] == [
        ("RUS", "KOR", "161")]


def test_remarks_by_a_person_make_the_document_theirs() -> None:
    text = ("Remarks by Secretary of State Marco Rubio at a Press Availability\n\n"
            "We call on North Korea to return to dialogue.")
    assert {(r["source"]["name"], r["target"]["country"]) for r in extract(text)} == {("Marco Rubio", "PRK")}


def test_a_stance_stated_with_be_is_the_subjects_act() -> None:
    for text in ("Israel is opposed to French mediation in the talks, an aide said on Friday.",
                 "China is firmly opposed to Japan's plan.",
                 "Beijing remains opposed to Japan's plan."):
        acts = [r for r in extract(text) if r["cameo"] == "110"]
        assert acts, text
        assert {r["target"]["country"] for r in acts} <= {"FRA", "JPN"}
        assert {r["source"]["country"] for r in acts} <= {"ISR", "CHN"}


def test_a_passive_participle_outside_the_stance_table_is_no_stance() -> None:
    records = extract("The Russian ambassador was summoned to the South Korean ministry on Friday.")
    assert not any(r["source"] and r["source"]["country"] == "RUS" for r in records)


def test_what_an_act_is_called_names_no_party() -> None:
    text = ("North Korea fired a ballistic missile into the sea on Tuesday. "
            "Japan condemned the launch as a breach of U.N. Security Council resolutions.")
    condemned = [r for r in extract(text) if r["verb"] == "condemned"]
    assert [(r["source"]["country"], r["target"]["country"]) for r in condemned] == [("JPN", "PRK")]


@pytest.mark.parametrize("backdrop", ["with the border dispute with Cambodia high on the agenda",
                                      "with Cambodia at the top of the agenda",
                                      "with Cambodia's claims looming over the meeting"])
def test_an_absolute_with_phrase_is_the_backdrop_not_a_partner(backdrop: str) -> None:
    text = f"Chinese Foreign Minister Wang Yi held talks with his Thai counterpart in Beijing on Monday, {backdrop}."
    pairs = {(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["verb"] == "held"}
    assert pairs == {("CHN", "THA"), ("THA", "CHN")}


def test_receiving_a_thing_is_no_hosting() -> None:
    text = ("The EU criticised the verdicts against five Georgian opposition leaders, who received "
            "prison terms of up to seven years. Georgia's foreign minister received "
            "the Armenian ambassador in Tbilisi on Friday.")
    hosted = [(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["root"] == "04"]
    assert hosted == [("GEO", "ARM")]


def test_a_claim_in_a_relative_clause_is_background() -> None:
    text = ("The rebel alliance, which Bamako and Western diplomats say is backed by Algeria, "
            "has held the northern town since 2024. Kremlin spokesman Dmitry Peskov, who said "
            "on Tuesday that Moscow backs Minsk, declined to comment further.")
    records = extract(text)
    assert not any(r["source"]["country"] == "DZA" for r in records)
    assert ("Dmitry Peskov", "RUS", "BLR", "2026-03-10") in summary(records)


def test_a_date_on_a_describing_participle_is_the_clauses_own() -> None:
    text = ("SEOUL, March 13 (Yonhap) -- Japan and the Philippines staged a joint naval drill involving "
            "a dozen warships on Tuesday.")
    assert {(r["source"]["country"], r["date"]) for r in extract(text)} == {
        ("JPN", "2026-03-10"), ("PHL", "2026-03-10")}


def test_a_past_participle_keeps_its_own_date() -> None:
    text = ("BRUSSELS, March 13 -- The European Union condemns the sentences handed down by a court in "
            "Minsk on 9 March to three Belarusian opposition leaders.")
    assert {r["date"] for r in extract(text) if r["verb"] == "condemns"} == {"2026-03-13"}


def test_an_act_in_a_when_clause_takes_the_date_it_hangs_on() -> None:
    text = ("NAIROBI, March 13 (Reuters) - Mediation stalled in June 2024, when Kenya accused Somalia of "
            "bad faith.")
    assert {(r["source"]["country"], r["date"]) for r in extract(text) if r["verb"] == "accused"} == {
        ("KEN", "2024-06")}


@pytest.mark.parametrize("words", ["at the time", "back then"])
def test_at_the_time_takes_the_date_of_the_act_it_points_back_to(words: str) -> None:
    text = f"ALGIERS, March 13 (AFP) - Libya cut ties with Chad in May 2019, a move Chad condemned {words}."
    assert {(r["source"]["country"], r["date"]) for r in extract(text)} == {("LBY", "2019-05"), ("TCD", "2019-05")}


def test_a_fronted_date_before_a_parenthetical_reporter_dates_what_is_reported() -> None:
    text = ("ANKARA, March 13 (AP) - Last month, the Turkish minister recalled, Syria assured Iraq that it "
            "would never close the border.")
    assert {(r["source"]["country"], r["date"]) for r in extract(text)} == {("SYR", "2026-02")}


@pytest.mark.parametrize("when", ["This year", "Later this month"])
def test_a_planned_act_dated_by_the_period_it_falls_in_is_dated_when_announced(when: str) -> None:
    text = f"BERLIN, March 13 (AFP) - {when}, Germany will provide 30 million euros in aid to Moldova."
    assert {(r["target"]["country"], r["root"], r["date"]) for r in extract(text)} == {("MDA", "03", "2026-03-13")}


def test_a_day_after_under_a_noun_dates_the_earlier_act_from_the_main_one() -> None:
    text = ("ISLAMABAD, March 13 (Reuters) - Pakistan on Thursday ordered an Indian diplomat to leave the "
            "country within 24 hours, a tit-for-tat move two days after New Delhi expelled a Pakistani official.")
    assert {r["date"] for r in extract(text) if r["verb"] == "expelled"} == {"2026-03-10"}


def test_a_date_inside_a_phrase_naming_another_act_is_that_acts() -> None:
    text = ("NEW DELHI, March 13 -- India conveyed its strong protest at the firing by Pakistani troops "
            "across the border in the Kupwara sector on the night of 10 March.")
    assert {(r["target"]["country"], r["date"]) for r in extract(text) if r["verb"] == "conveyed"} == {
        ("PAK", "2026-03-13")}


def test_place_nouns_table_loads() -> None:
    assert {"town", "border", "province"} <= place_nouns()


def test_a_demonym_locating_a_place_in_a_statement_is_not_its_target() -> None:
    records = extract("Kurdish rebels said on Friday their fighters had pulled out of the Syrian town of Kobani.")
    assert [r["target"] for r in records] == [None]


def test_a_state_the_words_are_about_stays_the_target() -> None:
    records = extract("Greece said on Friday that Turkish warships had entered waters near the Greek island of Rhodes.")
    assert ("GRC", "TUR") in {(r["source"]["country"], r["target"]["country"]) for r in records if r["target"]}


@pytest.mark.parametrize("headline", ["Sergey Lavrov Receives Omani Foreign Minister",
                                      "Lavrov Meets Omani Counterpart in Moscow",
                                      "Lavrov holds talks with Omani counterpart"])
def test_a_headline_repeats_the_lead_and_is_no_event_of_its_own(headline: str) -> None:
    text = (headline + "\n\nMOSCOW, March 13. /TASS/. Russian Foreign Minister Sergey Lavrov received "
            "Omani Foreign Minister Badr Albusaidi at the ministry's mansion on Wednesday. "
            "The two ministers discussed the situation in Yemen.")
    records = extract(text)
    assert records and not any(r["sentence"].strip().startswith(headline) for r in records)
    received = [r for r in records if r["verb"] == "received"]
    assert [(r["source"]["country"], r["target"]["country"], r["date"]) for r in received] == [
        ("RUS", "OMN", "2026-03-11")]


@pytest.mark.parametrize(("participle", "day"), [("headed by", "Tuesday"), ("led by", "March 10")])
def test_a_date_after_the_leader_of_a_delegation_dates_the_reception(participle: str, day: str) -> None:
    text = (f"Vietnamese President Luong Cuong received a delegation of the Japanese government {participle} "
            f"Foreign Minister Takeshi Iwaya at the Presidential Palace in Hanoi on {day}.")
    received = [r for r in extract(text) if r["verb"] == "received"]
    assert [(r["target"]["country"], r["date"]) for r in received] == [("JPN", "2026-03-10")]


@pytest.mark.parametrize("talks", ["following talks with", "following a meeting with", "after talks with"])
def test_talks_named_in_a_phrase_of_the_reporting_clause_are_a_meeting_both_ways(talks: str) -> None:
    text = ("MOSCOW, March 13. /TASS/. Moscow is ready to supply more grain to Chad, Russian Foreign "
            f"Minister Sergey Lavrov told reporters on Thursday {talks} his Chadian counterpart "
            "Abderaman Koulamallah.")
    meetings = {(r["source"]["name"], r["target"]["country"], r["date"]) for r in extract(text)
                if r["root"] == "04"}
    assert meetings == {("Sergei Lavrov", "TCD", "2026-03-12"), ("Abderaman Koulamallah", "RUS", "2026-03-12")}


@pytest.mark.parametrize("arrival", ["who arrived late Wednesday from Kuala Lumpur",
                                     "who arrived on Wednesday for a two-day visit"])
def test_an_arrival_naming_no_destination_is_a_visit_to_the_dateline_state(arrival: str) -> None:
    text = (f"HANOI, March 13 (AP) -- Australian Foreign Minister Penny Wong, {arrival}, was received "
            "by Vietnamese President Luong Cuong on Thursday.")
    visits = [(r["source"]["country"], r["target"]["country"], r["date"]) for r in extract(text)
              if r["cameo"] == "042"]
    assert visits == [("AUS", "VNM", "2026-03-11")]


def test_attending_a_meeting_is_not_a_visit_to_the_dateline_state() -> None:
    text = ("HANOI, March 13 (AP) -- Australian Foreign Minister Penny Wong did not attend the "
            "meeting on Thursday.")
    assert not any(r["target"] and r["target"]["country"] == "VNM" for r in extract(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Oslo on Wednesday ordered two Iranian embassy officials to leave the country within a week.",
     ("NOR", "IRN", "161", "2026-03-11")),
    ("Lisbon told a Venezuelan diplomat to leave Portugal, the ministry said.", ("PRT", "VEN", "161", "2026-03-13")),
    ("Riga has given a Russian embassy employee three days to leave the country.",
     ("LVA", "RUS", "161", "2026-03-13")),
    ("Jakarta ordered 14 Vietnamese fishermen to leave the country.", ("IDN", "VNM", "174", "2026-03-13")),
])
def test_an_order_to_leave_the_country_is_an_expulsion_of_those_ordered_out(text: str, expected: tuple) -> None:
    records = extract(text)
    assert [(r["source"]["country"], r["target"]["country"], r["cameo"], r["date"]) for r in records] == [expected]


@pytest.mark.parametrize("text", [
    "Ankara ordered its troops to leave Libya by the end of the year.",
    "The Indian embassy told Indian citizens to leave Lebanon as soon as possible.",
])
def test_an_order_to_leave_a_place_abroad_is_no_expulsion(text: str) -> None:
    assert all(r["root"] != "16" and r["cameo"] != "174" for r in extract(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets hit several Hezbollah sites in eastern Lebanon on Thursday.", ("ISR", "LBN", "190")),
    ("Russian drones hit energy facilities in Ukraine overnight.", ("RUS", "UKR", "190")),
    ("Poland closed two crossings on its border with Belarus in February.", ("POL", "BLR", "160")),
    ("Norway shut all checkpoints on its border with Russia.", ("NOR", "RUS", "160")),
    ("Ankara scrapped a 2019 defence accord with Tripoli.", ("TUR", "LBY", "160")),
    ("Washington lowered tariffs on Vietnamese goods to 20%.", ("USA", "VNM", "085")),
])
def test_strikes_closures_scrapped_accords_and_cut_tariffs_are_coded_by_their_object(
        text: str, expected: tuple) -> None:
    assert expected in {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"])
                        for r in extract(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Indian troops retaliated on Wednesday by shelling Pakistani positions.", ("IND", "PAK", "194", "2026-03-11")),
    ("Iran responded by firing missiles at Israeli cities.", ("IRN", "ISR", "190", "2026-03-13")),
])
def test_a_by_gerund_is_the_act_its_clause_did(text: str, expected: tuple) -> None:
    assert expected in {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"], r["date"])
                        for r in extract(text)}


def test_a_gerund_on_a_noun_is_still_no_act() -> None:
    assert not [r for r in extract("Seoul rejected a proposal for shelling the island.") if r["root"] == "19"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran's expulsion of a German diplomat on Monday angered Berlin.", ("IRN", "DEU", "161", "2026-03-09")),
    ("Ankara's expulsion of 30 Greek fishermen last week strained ties.", ("TUR", "GRC", "174", "2026-03")),
    ("Iraq's invasion of Kuwait in August 1990 led to a war.", ("IRQ", "KWT", "190", "1990-08")),
])
def test_an_expulsion_or_invasion_named_by_a_noun_is_coded_by_what_it_is_of(text: str, expected: tuple) -> None:
    assert expected in {(r["source"]["country"], r["target"] and r["target"]["country"], r["cameo"], r["date"])
                        for r in extract(text)}


def test_parties_speaking_together_do_not_address_each_other() -> None:
    text = ("MANILA, March 13 (Kyodo) -- Japanese Foreign Minister Toshimitsu Motegi held talks with Philippine "
            "Foreign Secretary Theresa Lazaro in Manila on Friday. The two ministers confirmed that they reject "
            "any attempt to alter the status quo by coercion.")
    joint = [r for r in extract(text) if r["cameo"][:2] != "04"]
    assert joint and all(r["target"] is None for r in joint)


def test_what_parties_report_doing_together_stays_mutual() -> None:
    text = "Seoul and Tokyo failed to reach agreement on the fishing quota, officials on both sides said."
    assert {(r["source"]["country"], r["target"]["country"]) for r in extract(text) if r["target"]} == {
        ("KOR", "JPN"), ("JPN", "KOR")}


SOTO_STORY = ("SANTIAGO, March 13 (Reuters) - Chile recalled its ambassador to Peru on Friday after Peruvian "
              "authorities detained two Chilean fishermen.\n\n")


@pytest.mark.parametrize("quote", [
    '"We have balanced our budget for the third year running," Foreign Minister Ana Soto told reporters.',
    '"Chile will keep modernising its ports," Foreign Minister Ana Soto told reporters.',
    '"Chile has always respected its own laws," Foreign Minister Ana Soto said.',
])
def test_words_on_the_speakers_own_affairs_are_addressed_to_no_one(quote: str) -> None:
    spoken = [r for r in extract(SOTO_STORY + quote) if r["source"]["name"] == "Ana Soto"]
    assert spoken and all(r["target"] is None for r in spoken)


def test_a_warning_about_the_speakers_own_side_is_addressed_to_the_other_party() -> None:
    quote = '"Chile will not tolerate attacks on its citizens," Foreign Minister Ana Soto told reporters.'
    spoken = [r for r in extract(SOTO_STORY + quote) if r["source"]["name"] == "Ana Soto"]
    assert [(r["target"]["country"], r["cameo"]) for r in spoken] == [("PER", "130")]


@pytest.mark.parametrize("text", [
    "Hungary has still not joined the EU's sanctions against Russia.",
    "Japan imposed sanctions against Russian banks on Friday.",
])
def test_sanctions_against_a_party_are_aimed_at_it_as_sanctions_on_it(text: str) -> None:
    records = [r for r in extract(text) if r["root"] == "16"]
    assert {r["target"]["country"] for r in records} == {"RUS"}


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("The South Korean government says it will not participate in the memorial ceremony in Japan.",
     ("KOR", "JPN"), "04"),
    ("South Korea did not participate in the summit hosted by Japan on Friday.", ("KOR", "JPN"), "04"),
    ("North Korea did not answer a call placed by the South Korean military on Monday.", ("PRK", "KOR"), "04"),
])
def test_staying_away_from_a_meeting_or_call_is_that_meeting_negated(
        text: str, pair: tuple[str, str], root: str) -> None:
    records = [r for r in extract(text) if r["negated"]]
    assert [((r["source"]["country"], r["target"]["country"]), r["root"]) for r in records] == [(pair, root)]


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron criticized Algeria on Friday over the expulsions. In Marseille, "
    "27-year-old Amina Benali said she had been stopped at the airport. "
    "\"They did not even let me call my lawyer,\" she said.",
    "French President Emmanuel Macron criticized Algeria on Friday over the expulsions. Karim Haddad, "
    "a shopkeeper in Lyon, said he had lost his residence permit. \"Nobody explained anything to me,\" he said.",
])
def test_a_private_person_named_as_speaker_keeps_the_official_from_their_words(text: str) -> None:
    records = extract(text)
    assert [(r["source"]["name"], r["verb"]) for r in records] == [("Emmanuel Macron", "criticized")]


@pytest.mark.parametrize(("text", "target", "negated"), [
    ("Vietnam has not joined U.S.-led naval patrols in the South China Sea.", "USA", True),
    ("Japan joined naval patrols with the Philippines in the South China Sea on Friday.", "PHL", False),
    ("Indonesia has not joined the Chinese-led exercise.", "CHN", True),
])
def test_joining_a_patrol_or_exercise_is_military_cooperation_with_its_leader(
        text: str, target: str, negated: bool) -> None:
    records = extract(text)
    assert [(r["cameo"], r["target"]["country"], r["negated"]) for r in records] == [("062", target, negated)]


def test_staying_away_from_the_meeting_is_aimed_at_the_meeting_named_before() -> None:
    text = ("Chinese Foreign Minister Wang Yi on Friday attended the meeting of the foreign ministers of the "
            "Association of Southeast Asian Nations in Kuala Lumpur. Wang also held talks with Lavrov. "
            "Japanese Foreign Minister Takeshi Iwaya did not attend the meeting.")
    absent = [r for r in extract(text) if r["negated"]]
    assert [(r["source"]["country"], r["target"]["name"], r["root"]) for r in absent] == [
        ("JPN", "Association of Southeast Asian Nations", "04")]


@pytest.mark.parametrize("text", [
    "The Russian fisheries agency informed the Japanese side on Tuesday that it would not hold the fishing talks.",
    "Russia notified Japan on Tuesday that it would not hold the fishing talks.",
])
def test_informing_a_party_is_telling_it(text: str) -> None:
    records = extract(text)
    assert [(r["source"]["country"], r["target"]["country"], r["root"], r["negated"]) for r in records] == [
        ("RUS", "JPN", "04", True)]


@pytest.mark.parametrize("text", [
    "Kremlin spokesman Dmitry Peskov said Moscow would take appropriate measures in response to "
    "the deployment of NATO troops in Finland.",
    '"Should Tokyo go ahead with the plan, we will take corresponding measures," the Chinese '
    "foreign ministry spokesman said.",
    '"We will answer every provocation by Minsk, and we will answer it in kind," Polish Foreign '
    "Minister Radoslaw Sikorski told reporters.",
])
def test_a_promised_response_in_kind_is_a_threat(text: str) -> None:
    assert "130" in {record["cameo"] for record in extract(text)}
