"""DocumentActors: who a noun phrase stands for in one article (kg/extract/actors.py)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.article import Article
from kg.extract import default_extractor
from kg.extract.actors import (NAMED_NON_STATE_SECTORS, DocumentActors, body_references, collective_nouns,
                               document_nouns, domestic_sectors, english_words, house_readings,
                               named_group_sectors)
from kg.extract.events import parse_text

pytestmark = pytest.mark.slow

FRIDAY = date(2026, 3, 13)


def actors_of(text: str, place: str | None = None) -> tuple[DocumentActors, object]:
    extractor = default_extractor()
    doc = extractor.nlp(parse_text(text))
    return DocumentActors.build(doc, extractor.gazetteer, FRIDAY, None, place), doc


def token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_body_reference_table_loads() -> None:
    assert "NATO" in body_references()["alliance"]
    assert "EU" in body_references()["bloc"]


def test_the_alliance_is_the_organisation_named_before() -> None:
    actors, doc = actors_of("NATO leaders met on Friday. Moscow said the alliance is a party to the conflict.")
    assert [a.country for a in actors.resolve_phrase(token(doc, "alliance"))] == ["NATO"]


def test_the_alliance_with_no_organisation_named_is_nobody() -> None:
    actors, doc = actors_of("Moscow said the alliance between the two parties had collapsed.")
    assert actors.resolve_phrase(token(doc, "alliance")) == []


def test_a_surname_inside_another_name_is_not_that_person() -> None:
    actors, doc = actors_of("First Vice Foreign Minister Park Yoon-joo met the ambassador on Friday.", place="Seoul")
    assert [(a.name, a.country) for a in actors.resolve_phrase(token(doc, "joo"))] == [("Park Yoon-joo", "KOR")]


def test_a_title_before_a_surname_keeps_the_surname() -> None:
    actors, doc = actors_of("Secretary Rubio arrived in Seoul on Friday.")
    assert [a.name for a in actors.resolve_phrase(token(doc, "Rubio"))] == ["Marco Rubio"]


def test_an_office_without_a_name_is_its_holder_on_the_date() -> None:
    actors, doc = actors_of("The President of Russia spoke on Friday.")
    assert [a.name for a in actors.resolve_phrase(token(doc, "President"))] == ["Vladimir Putin"]


def test_a_state_is_named_as_the_gazetteer_names_it() -> None:
    actors, _ = actors_of("Seoul said on Friday it would respond.")
    assert actors.state("KOR").name == "South Korea"


def test_collective_nouns_are_not_group_words_themselves() -> None:
    assert {"group", "movement", "coalition"} <= collective_nouns()
    assert collective_nouns().isdisjoint(domestic_sectors())  # a group word is an actor unqualified


def test_a_collective_noun_a_group_word_qualifies_is_a_group() -> None:
    actors, doc = actors_of("Opposition parties in Kenya staged a walkout on Friday.")
    [group] = actors.resolve_phrase(token(doc, "parties"))
    assert (group.kind, group.country, group.sector) == ("group", "KEN", "OPP")


def test_a_collective_noun_no_group_word_qualifies_is_nobody() -> None:
    actors, doc = actors_of("Rights groups in Kenya criticized the police on Friday.")
    assert actors.resolve_phrase(token(doc, "groups")) == []


def test_a_nationality_of_private_people_names_no_meeting_party() -> None:
    actors, doc = actors_of("The envoy spoke at a meeting with South Korean journalists and Chinese officials.")
    partners = actors.partners_in(list(doc))
    assert [a.country for a in partners] == ["CHN"]
    assert {a.country for a in actors.countries_in(list(doc))} == {"KOR", "CHN"}


def test_a_named_union_of_a_state_is_outside_its_government() -> None:
    actors, doc = actors_of("The Ghanaian Union of Teachers called off its strike on Friday.")
    [union] = actors.resolve_phrase(token(doc, "Union"))
    assert (union.kind, union.country, union.sector) == ("group", "GHA", "LAB")
    actors, doc = actors_of("The Ghanaian government said on Friday it would raise salaries.")
    [government] = actors.resolve_phrase(token(doc, "government"))
    assert (government.kind, government.country) == ("organization", "GHA")


def test_a_people_named_by_demonym_is_a_group_not_the_government() -> None:
    actors, doc = actors_of("Young Algerians blocked roads in the capital on Friday.")
    [group] = actors.resolve_phrase(token(doc, "Algerians"))
    assert (group.kind, group.country, group.sector) == ("group", "DZA", "CVL")


def test_a_people_of_another_state_belongs_to_that_state() -> None:
    actors, doc = actors_of("The Albanians of southern Serbia are demanding autonomy.")
    [group] = actors.resolve_phrase(token(doc, "Albanians"))
    assert (group.kind, group.country, group.sector) == ("group", "SRB", "ETH")


def test_a_modifier_names_the_groups_sector() -> None:
    actors, doc = actors_of("Zimbabwean opposition groups said on Friday they would boycott the vote.")
    [group] = actors.resolve_phrase(token(doc, "groups"))
    assert (group.country, group.sector) == ("ZWE", "OPP")


def test_figures_speak_for_no_one() -> None:
    actors, doc = actors_of("Trade grew by 5 percent, according to Chinese customs data.")
    assert actors.resolve_phrase(token(doc, "data")) == []


def test_unaddressed_words_go_to_an_organisation_the_story_is_about() -> None:
    actors, _ = actors_of("The European Union on Thursday imposed duties on Chinese robots. The EU said China "
                          "floods its market. China said it firmly opposes the move. Germany's chancellor "
                          "visited China this month. The EU will review the duties.")
    assert actors.implicit_target("CHN").country == "EU"
    assert actors.implicit_target("DEU") is None


def test_an_organisations_agencies_are_no_party_to_the_story() -> None:
    actors, _ = actors_of("South Korea will give aid to North Korea through U.N. agencies. The World Food "
                          "Programme (WFP) and UNICEF will deliver it. North Korea has not replied.")
    assert actors.implicit_target("PRK").country == "KOR"


def test_armed_groups_are_outside_the_state() -> None:
    actors, doc = actors_of("Nigerian troops killed 20 members of armed groups in Zamfara state.")
    [group] = actors.non_state_groups(list(doc), "NGA")
    assert (group.kind, group.country, group.sector) == ("group", "NGA", "REB")


def test_a_currency_is_no_state() -> None:
    actors, doc = actors_of("Trade exceeded 200 billion U.S. dollars last year.")
    assert not any(m.entry.country == "USA" for m in actors.mentions)


@pytest.mark.parametrize(("text", "parties"), [
    ("Moscow says it honours every obligation under the Vienna Convention on Diplomatic Relations.", {"RUS"}),
    ("Both sides pledged to respect the Helsinki Final Act and to revive the Minsk agreements.", set()),
    ("Diplomats discussed a return to the Normandy format.", set()),
])
def test_a_city_that_names_a_treaty_or_forum_is_no_party(text: str, parties: set[str]) -> None:
    actors, doc = actors_of(text)
    assert {m.entry.country for m in actors.mentions} == parties


def test_the_document_nouns_table_holds_the_usual_names_of_treaties_and_forums() -> None:
    assert {"convention", "agreement", "act", "format"} <= document_nouns()


def test_a_capital_standing_for_its_state_stays_a_party() -> None:
    actors, doc = actors_of("Seoul and Tokyo signed a fisheries agreement in Tokyo.")
    assert [m.entry.country for m in actors.mentions] == ["KOR", "JPN", "JPN"]


@pytest.mark.parametrize(("text", "country"), [
    ("Thousands of Chilean dock workers went on strike on Friday.", "CHL"),
    ("Tens of thousands of Serbs rallied in Belgrade on Friday.", "SRB"),
])
def test_a_quantity_stands_for_the_people_it_counts(text: str, country: str) -> None:
    records = default_extractor().extract(Article(id="counted", text=text))
    assert {(e.source.kind, e.source.country) for e in records} == {("group", country)}


def test_a_language_is_no_state() -> None:
    actors, doc = actors_of("The court cancelled restrictions on the use of the Russian language on radio.")
    assert not any(m.entry.country == "RUS" for m in actors.mentions)


def test_named_group_sectors_are_outside_the_state() -> None:
    outside = NAMED_NON_STATE_SECTORS | {sector for sector, state in domestic_sectors().values() if not state}
    assert named_group_sectors()["party"] == "PTY"
    assert set(named_group_sectors().values()) <= outside  # so that their quarrels with the state count
    assert set(named_group_sectors()) <= collective_nouns()


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police in Nairobi broke up a rally by the Bunge movement on Friday.", "movement", ("KEN", "OPP")),
    ("The Islamist Nahda party said it would boycott Tunisia's elections.", "party", ("TUN", "PTY")),
    ("The Hamas movement rejected the proposal on Friday.", "movement", ("PSE", "REB")),
])
def test_a_proper_name_and_a_collective_noun_name_a_group(text: str, word: str, expected: tuple) -> None:
    actors, doc = actors_of(text)
    [group] = actors.resolve_phrase(token(doc, word))
    assert (group.kind, group.country, group.sector) == ("group", *expected)


@pytest.mark.parametrize("text", [
    "The Zeta party in Armenia criticised Azerbaijan on Friday.",  # which state's party is not said
    "The Lotte Group signed a deal with Vietnam on Friday.",  # a company's own name
])
def test_a_named_group_needs_one_state_and_a_common_noun(text: str) -> None:
    actors, doc = actors_of(text)
    head = next(t for t in doc if t.lower_ in ("party", "group"))
    assert not any(a.kind == "group" and a.sector in named_group_sectors().values()
                   for a in actors.resolve_phrase(head))


def test_an_opposition_leader_is_outside_the_state() -> None:
    records = default_extractor().extract(Article(
        id="opposition", text="Kenyan opposition leader Raila Odinga criticised the Kenyan government on Friday."))
    assert {(e.source.sector, e.source.country, e.target.country) for e in records if e.target} == {
        ("OPP", "KEN", "KEN")}


def test_a_title_alone_keeps_its_own_sector() -> None:
    actors, doc = actors_of("Kenyan Foreign Minister Musalia Mudavadi spoke on Friday.")
    [person] = actors.resolve_phrase(token(doc, "Mudavadi"))
    assert person.sector == "DIP"


def test_a_nationality_of_several_states_left_open_gives_a_group_no_state() -> None:
    # before Zaire took the name Congo, copy had no house reading of "Congolese" to fall back on
    extractor = default_extractor()
    doc = extractor.nlp(parse_text("Rwandan militiamen attacked a camp of Congolese refugees on Friday."))
    actors = DocumentActors.build(doc, extractor.gazetteer, date(1994, 6, 3))
    assert [g.name for g in actors.non_state_groups(list(doc), "RWA")] == ["Rwandan militiamen"]


def test_house_readings_load_as_actor_ids_with_their_first_day() -> None:
    reading, since = house_readings()["Congolese"]
    assert reading.endswith("/cod") and since == date(1997, 5, 17)
    assert "Korean" not in house_readings()


@pytest.mark.parametrize("published", [FRIDAY, None])
def test_congolese_alone_is_dr_congo_in_current_or_undated_copy(published: date | None) -> None:
    records = default_extractor().extract(Article(
        id="camp", text="Sudanese militiamen raided a camp of Congolese refugees on Friday.", published=published))
    assert {(e.source.country, e.target.country) for e in records if e.target} == {("SDN", "COD")}


def test_the_story_decides_congo_before_house_style() -> None:
    records = default_extractor().extract(Article(
        id="river", text="Congolese troops shelled rebel positions north of Brazzaville on Friday.", published=FRIDAY))
    assert {e.source.country for e in records} == {"COG"}


@pytest.mark.parametrize(("text", "country"), [
    ("The Democratic Republic of Congo recalled its envoy on Friday.", "COD"),
    ("The Republic of Congo recalled its envoy on Friday.", "COG"),
])
def test_the_long_names_of_both_congos_as_wire_copy_writes_them(text: str, country: str) -> None:
    actors, doc = actors_of(text)
    assert {m.entry.country for m in actors.mentions} == {country}


def test_a_state_name_on_a_use_of_force_names_its_user() -> None:
    actors, doc = actors_of("U.S. drone strikes killed five militants in Yemen.")
    found = actors.resolve_phrase(token(doc, "strikes"))
    assert [a.country for a in found] == ["USA"]


def test_a_state_name_on_another_thing_is_no_actor() -> None:
    actors, doc = actors_of("U.S. export controls hurt Chinese firms.")
    assert actors.resolve_phrase(token(doc, "controls")) == []


def test_an_organisation_named_on_a_noun_for_its_kind_of_body_is_the_organisation() -> None:
    actors, doc = actors_of("The APEC forum agreed on Friday to open an energy office in Manila.")
    assert [(a.name, a.country) for a in actors.resolve_phrase(token(doc, "forum"))] == [
        ("Asia-Pacific Economic Cooperation", "OTHER_IGO")]


def test_a_body_noun_without_an_organisation_on_it_is_nobody() -> None:
    actors, doc = actors_of("A business forum opened in Manila on Friday.")
    assert actors.resolve_phrase(token(doc, "forum")) == []


def test_the_red_cross_as_a_party_is_the_movement() -> None:
    actors, doc = actors_of("The Red Cross working in Sudan said both armies must let convoys through.")
    assert [(a.name, a.country) for a in actors.resolve_phrase(token(doc, "Cross"))] == [
        ("International Red Cross and Red Crescent Movement", "OTHER_IGO")]


def test_the_red_crescent_as_an_object_is_a_target() -> None:
    records = default_extractor().extract(Article(
        id="crescent", text="Turkish doctors handed medicine to the Red Crescent in Herat on Friday."))
    assert {(e.source.country, e.target.country) for e in records if e.target} == {("TUR", "OTHER_IGO")}


@pytest.mark.parametrize("text, name, country", [
    ("The Kenyan Red Cross appealed to Ethiopia for calm on Friday.", "Kenyan Red Cross", "KEN"),
    ("North Korea's Red Cross turned down Seoul's offer on Friday.", "North Korea's Red Cross", "PRK"),
    ("The Red Crescent Society of Iran thanked Armenia on Friday.", "Red Crescent Society of Iran", "IRN"),
])
def test_a_society_named_with_its_state_is_that_states_society(text: str, name: str, country: str) -> None:
    actors, doc = actors_of(text)
    head = [t for t in doc if t.text in ("Cross", "Society")][0]
    [society] = actors.resolve_phrase(head)
    assert (society.name, society.country, society.kind, society.sector) == (name, country, "organization", "NGO")


@pytest.mark.parametrize("text", [
    "Pyongyang rejected Seoul's offer of Red Cross talks on Friday.",
    "Seoul sent the message through the Red Cross channel at Panmunjom on Friday.",
])
def test_the_red_cross_as_a_modifier_of_a_thing_is_no_party(text: str) -> None:
    actors, doc = actors_of(text)
    assert not [m for m in actors.mentions if "Red" in m.text]


def test_red_cross_officials_are_the_movements_people() -> None:
    actors, doc = actors_of("Red Cross officials visited the prison in Kabul on Friday.")
    assert [a.country for a in actors.resolve_phrase(token(doc, "officials"))] == ["OTHER_IGO"]


def test_a_misspelt_country_in_the_copy_is_that_country() -> None:
    records = default_extractor().extract(Article(
        id="spelling", text="Pakistan rejected a fresh offer from Afganistan for border talks on Friday."))
    assert {(e.source.country, e.target.country) for e in records if e.target} == {("PAK", "AFG")}


@pytest.mark.parametrize("text", [
    "Officials from Columbia visited Seoul on Friday.",  # an English dictionary word
    "Foreign Secretary Dominic Raab visited Seoul on Friday.",      # inside a person's name
])
def test_words_near_a_country_name_are_not_misspellings(text: str) -> None:
    actors, _ = actors_of(text)
    assert [m.entry.country for m in actors.mentions if m.entry.match == "spelling"] == []


def test_english_words_come_from_the_pipeline() -> None:
    assert {"treaty", "granada", "columbia"} <= english_words()
    assert "afganistan" not in english_words()


@pytest.mark.parametrize("text, word, country", [
    ("An official Libyan newspaper denounced Egypt on Friday.", "newspaper", "LBY"),
    ("North Korea's state media denounced the drills on Friday.", "media", "PRK"),
    ("The state-run China Daily criticised Canberra on Friday.", "Daily", "CHN"),
    ("Iran's official IRNA news agency accused Riyadh of meddling.", "agency", "IRN"),
])
def test_state_media_speak_for_their_state(text: str, word: str, country: str) -> None:
    actors, doc = actors_of(text)
    [media] = actors.resolve_phrase(token(doc, word))
    assert (media.country, media.kind, media.sector) == (country, "organization", "GOV")


def test_state_media_with_no_state_named_are_the_datelines() -> None:
    actors, doc = actors_of("State television accused Israel of sabotage on Friday.", place="Tehran")
    assert [a.country for a in actors.resolve_phrase(token(doc, "television"))] == ["IRN"]


@pytest.mark.parametrize("text, word", [
    ("A Qatari-owned weekly denounced Egypt on Friday.", "weekly"),        # owned, not by the state
    ("A pro-government newspaper denounced Egypt on Friday.", "newspaper"),  # a stance, not an owner
    ("The state-owned Global Times denounced Canberra on Friday.", "Times"),  # no state named, no dateline
    ("Islamic State media threatened France on Friday.", "media"),           # a group's name, no marker
])
def test_other_media_are_not_a_state(text: str, word: str) -> None:
    actors, doc = actors_of(text)
    assert [a for a in actors.resolve_phrase(token(doc, word)) if a.kind == "organization"] == []


def test_state_media_words_load() -> None:
    from kg.extract.actors import media_words
    assert {"official", "state-run"} <= media_words("marker")
    assert {"newspaper", "agency"} <= media_words("medium")


@pytest.mark.parametrize("text, word, country", [
    ("The Moldova Assembly rejected the treaty on Friday.", "Assembly", "MDA"),
    ("The Estonian Parliament condemned the attack on Friday.", "Parliament", "EST"),
    ("Colombia's Congress approved the accord on Friday.", "Congress", "COL"),
])
def test_a_legislature_named_with_a_state_is_that_states(text: str, word: str, country: str) -> None:
    actors, doc = actors_of(text)
    [legislature] = actors.resolve_phrase(token(doc, word))
    assert (legislature.country, legislature.sector) == (country, "LEG")


def test_congress_alone_stays_the_us_congress() -> None:
    actors, doc = actors_of("Congress approved the accord on Friday.")
    assert [a.country for a in actors.resolve_phrase(token(doc, "Congress"))] == ["USA"]


def test_it_goes_on_from_the_body_whose_release_the_document_is() -> None:
    text = ("The African Union condemns the coup in Niger. It calls on the junta to free the president.\n\n"
            "The ceasefire has collapsed. It was signed in May.")
    actors, doc = actors_of(text)
    actors.voice = actors.resolve_phrase(token(doc, "Union"))[0]
    assert [a.name for a in actors.resolve_phrase(token(doc, "It"))] == ["African Union"]
    # once another subject came between, "it" is a thing again
    actors.resolve_phrase(token(doc, "ceasefire"))
    assert actors.resolve_phrase(token(doc, "It", 1)) == []


# -- a titled person the gazetteer does not know: which state --------------------------

def test_a_title_without_a_state_takes_the_dateline_state() -> None:
    actors, doc = actors_of("Deputy Foreign Minister Kwon Hae-sung met the envoy on Friday.", place="Seoul")
    assert [a.country for a in actors.resolve_phrase(token(doc, "sung"))] == ["KOR"]


def test_a_sentence_opening_with_a_capital_places_its_speaker_there() -> None:
    text = ("Congo accused Rwanda of sending troops across the border on Friday. In Kigali, government "
            "spokeswoman Amina Tuyishime rejected the accusation as false.")
    actors, doc = actors_of(text, place="Nairobi")
    assert [a.country for a in actors.resolve_phrase(token(doc, "Tuyishime"))] == ["RWA"]


def people_of(text: str, place: str) -> set[tuple[str, str | None]]:
    """The people an extracted story names as sources or targets, with their states."""
    records = default_extractor().extract(Article(id="people", text=text, published=FRIDAY, place=place))
    return {(a.name, a.country) for e in records for a in (e.source, e.target) if a is not None and a.kind == "person"}


def test_a_counterpart_is_of_the_capital_visited() -> None:
    text = "During a visit to Belgrade on Friday, Wadephul held talks with his counterpart Stefan Nikolic."
    assert ("Stefan Nikolic", "SRB") in people_of(text, place="Berlin")


def test_his_envoy_is_the_envoy_of_the_person_named_before() -> None:
    text = ("Secretary-General Antonio Guterres condemned the shelling on Friday. His Personal Envoy for "
            "Yemen, Miriam Okello, will travel to Aden next week.")
    assert ("Miriam Okello", "UN") in people_of(text, place="New York")


@pytest.mark.parametrize(("text", "person"), [
    ("Fidan spoke by phone with H.E. Mr. Karim Hassan al-Tamimi, Minister of Foreign Affairs of the "
     "Sultanate of Oman, on Friday.", ("Karim Hassan al-Tamimi", "OMN")),
    ("President Abdel Hamid al-Masri warned Ethiopia on Friday against filling the dam.",
     ("Abdel Hamid al-Masri", "EGY")),
])
def test_honorifics_and_name_particles_do_not_break_a_name(text: str, person: tuple[str, str]) -> None:
    assert person in people_of(text, place="Cairo")
