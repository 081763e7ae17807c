"""The actor gazetteer: its tables, name matching, office-holders at a date, roles."""

from __future__ import annotations

import csv
import re
import shutil
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from kg.actors import IGO_CODES, Gazetteer, Mention
from kg.namespaces import actor_iri

DATA = Path(str(resources.files("kg").joinpath("data").joinpath("actors")))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def table(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def found(gazetteer: Gazetteer, text: str, on: date | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.entry.country) for m in gazetteer.find(text, on)]


def only(mentions: list[Mention], text: str) -> Mention:
    [mention] = [m for m in mentions if m.text == text]
    return mention


# -- the tables ---------------------------------------------------------------

def test_all_un_members_observers_and_territories_are_present() -> None:
    rows = table("countries.csv")
    status = {row["iso3"]: row["status"] for row in rows}
    assert sum(1 for s in status.values() if s == "un_member") == 193
    assert {code for code, s in status.items() if s == "un_observer"} == {"VAT", "PSE"}
    assert {code for code, s in status.items() if s == "other"} == {"TWN", "XKX", "HKG", "MAC", "ESH"}
    assert len(status) == len(rows)  # no code twice


def test_at_least_forty_organisations_with_contract_codes() -> None:
    rows = table("organizations.csv")
    assert len(rows) >= 40
    assert {row["code"] for row in rows} <= IGO_CODES
    assert IGO_CODES - {"OTHER_IGO"} <= {row["code"] for row in rows}


def test_every_country_code_is_iso3_or_igo() -> None:
    iso3 = {row["iso3"] for row in table("countries.csv")}
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in iso3)
    valid = iso3 | IGO_CODES
    for name in ("institutions.csv", "people.csv"):
        for row in table(name):
            assert row["country"] in valid | {""}, (name, row["name"], row["country"])
    for row in table("groups.csv"):  # a group's home is a state, never an organisation
        assert row["country"] in iso3 | {""}, (row["name"], row["country"])
    for row in table("people.csv"):
        assert row["country"], row["name"]
        assert row["host"] in valid | {""}, (row["name"], row["host"])


def test_every_wikidata_cell_is_empty_or_a_q_id() -> None:
    for name in ("countries.csv", "organizations.csv", "groups.csv", "institutions.csv", "people.csv"):
        for row in table(name):
            assert re.fullmatch(r"(Q[1-9]\d*)?", row["wikidata"]), (name, row)


def test_sectors_and_terms_are_well_formed() -> None:
    sectors = {"GOV", "MIL", "LEG", "DIP", "JUD", "SPY"}
    for name in ("institutions.csv", "people.csv", "roles.csv"):
        assert {row["sector"] for row in table(name)} <= sectors, name
    for entry in Gazetteer.default().entries:
        if entry.kind == "person":
            assert entry.start is not None, entry.name
            assert entry.end is None or entry.start < entry.end, entry.name


def test_group_sectors_are_cameo_non_state_sectors() -> None:
    rows = table("groups.csv")
    assert len(rows) >= 100
    assert {row["sector"] for row in rows} == {"REB", "OPP", "PTY", "LAB", "ETH"}
    assert len({row["name"] for row in rows}) == len(rows)
    # every sector but PTY is one the extractor already treats as outside the state
    with (DATA.parent / "domestic_groups.csv").open(encoding="utf-8", newline="") as handle:
        outside = {row["sector"] for row in csv.DictReader(handle) if row["state"] == "0"}
    assert {row["sector"] for row in rows} - outside == {"PTY"}


def test_every_person_role_is_a_known_role(gazetteer: Gazetteer) -> None:
    unknown = {row["role"] for row in table("people.csv") if gazetteer.role(row["role"]) is None}
    assert unknown <= {"deputy chairman of the security council", "chief cabinet secretary",
                       "president of the european commission", "president of the european council",
                       "director general"}


# -- names, aliases, demonyms, metonyms -------------------------------------------

def test_country_names_and_official_names(gazetteer: Gazetteer) -> None:
    text = "The peoples of Russia and the Republic of Korea maintain a friendly attitude."
    assert found(gazetteer, text) == [("Russia", "RUS"), ("Republic of Korea", "KOR")]
    assert only(gazetteer.find(text), "Republic of Korea").entry.name == "South Korea"


def test_actor_ids_follow_the_namespace_rules(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Russia").id == actor_iri("country", "RUS")
    assert gazetteer.lookup("NATO").id == actor_iri("organization", "NATO")  # the code's IRI, as in events
    assert gazetteer.lookup("UNICEF").id == actor_iri("organization", "United Nations Children's Fund")
    assert gazetteer.lookup("APEC").id == actor_iri("organization", "Asia-Pacific Economic Cooperation")
    assert gazetteer.lookup("Lavrov").id == actor_iri("person", "Sergei Lavrov")
    assert gazetteer.lookup("State Duma").id == actor_iri("institution", "RUS State Duma")


def test_acronyms_and_dotted_abbreviations(gazetteer: Gazetteer) -> None:
    text = "The U.S. and the ROK held drills; the DPRK and the US condemned the UK."
    assert found(gazetteer, text) == [("U.S.", "USA"), ("ROK", "KOR"), ("DPRK", "PRK"),
                                      ("US", "USA"), ("UK", "GBR")]


def test_lowercase_us_is_not_a_country(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Let us talk about it, he told us.") == []


def test_capitalised_country_names_need_capitals(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "a chad of paper and a turkey dinner in china") == []


def test_demonyms(gazetteer: Gazetteer) -> None:
    text = "Russian, Chinese and Emirati diplomats met North Korean officials."
    assert found(gazetteer, text) == [("Russian", "RUS"), ("Chinese", "CHN"),
                                      ("Emirati", "ARE"), ("North Korean", "PRK")]
    assert {m.entry.match for m in gazetteer.find(text)} == {"demonym"}


def test_hyphenated_demonyms(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "South Korean-made shells and a U.S.-led coalition") == [
        ("South Korean", "KOR"), ("U.S.", "USA")]


def test_metonyms_and_capitals(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find("The Kremlin, Downing Street and Zhongnanhai replied to Seoul and Kyiv.")
    assert [(m.text, m.entry.country, m.entry.match) for m in mentions] == [
        ("Kremlin", "RUS", "metonym"), ("Downing Street", "GBR", "metonym"),
        ("Zhongnanhai", "CHN", "metonym"), ("Seoul", "KOR", "capital"), ("Kyiv", "UKR", "capital")]


def test_old_spellings_of_capitals(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Kiev and Teheran") == [("Kiev", "UKR"), ("Teheran", "IRN")]


def test_possessives(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Russia's envoy and Japan\u2019s premier") == [("Russia", "RUS"), ("Japan", "JPN")]
    assert gazetteer.lookup("Russia's").country == "RUS"


def test_longest_match_wins(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "South Korea and Papua New Guinea and Equatorial Guinea") == [
        ("South Korea", "KOR"), ("Papua New Guinea", "PNG"), ("Equatorial Guinea", "GNQ")]


def test_names_match_whole_words_only(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "USAID, Iranianness and Koreana") == []


def test_offsets_point_into_the_text(gazetteer: Gazetteer) -> None:
    text = "SEOUL, February 13. /TASS/. Moscow and Pyongyang signed a treaty."
    for mention in gazetteer.find(text):
        assert text[mention.start:mention.end] == mention.text
    assert found(gazetteer, text) == [("Moscow", "RUS"), ("Pyongyang", "PRK")]


# -- organisations and institutions --------------------------------------------------

def test_organisations_carry_their_contract_code(gazetteer: Gazetteer) -> None:
    text = "NATO, the EU, ASEAN, the IAEA and the Arab League met at the U.N."
    assert found(gazetteer, text) == [("NATO", "NATO"), ("EU", "EU"), ("ASEAN", "ASEAN"),
                                      ("IAEA", "IAEA"), ("Arab League", "ARAB_LEAGUE"), ("U.N.", "UN")]


def test_un_bodies_use_the_un_code(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("UN Security Council")
    assert (entry.name, entry.country, entry.kind) == ("United Nations Security Council", "UN", "organization")
    assert gazetteer.lookup("UNICEF").country == "UN"


def test_other_organisations(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("APEC").country == "OTHER_IGO"
    assert gazetteer.lookup("World Bank").kind == "organization"


def test_un_agencies_and_missions_use_the_un_code(gazetteer: Gazetteer) -> None:
    text = "The FAO, UNIFIL and the U.N. human rights office warned of famine."
    assert found(gazetteer, text) == [("FAO", "UN"), ("UNIFIL", "UN"), ("U.N. human rights office", "UN")]
    assert gazetteer.lookup("ICTY").name == "International Criminal Tribunal for the former Yugoslavia"


def test_predecessors_carry_their_successors_code(gazetteer: Gazetteer) -> None:
    text = "The European Community and the Organization of African Unity condemned the coup."
    assert found(gazetteer, text) == [("European Community", "EU"), ("Organization of African Unity", "AU")]
    assert gazetteer.lookup("OAU").id == actor_iri("organization", "Organization of African Unity")


def test_regional_bodies_and_ngos_are_other_organisations(gazetteer: Gazetteer) -> None:
    text = ("SADC leaders, ECOWAS and Mercosur met; Amnesty International, Human Rights Watch, "
            "the ICRC and Doctors Without Borders criticised them.")
    assert [(m.text, m.entry.country, m.entry.kind) for m in gazetteer.find(text)] == [
        ("SADC", "OTHER_IGO", "organization"), ("ECOWAS", "OTHER_IGO", "organization"),
        ("Mercosur", "OTHER_IGO", "organization"), ("Amnesty International", "OTHER_IGO", "organization"),
        ("Human Rights Watch", "OTHER_IGO", "organization"), ("ICRC", "OTHER_IGO", "organization"),
        ("Doctors Without Borders", "OTHER_IGO", "organization")]
    assert gazetteer.lookup("MSF").name == "Medecins Sans Frontieres"


def test_a_national_ngo_name_shields_its_demonym(gazetteer: Gazetteer) -> None:
    text = "the Syrian Observatory for Human Rights and the Norwegian Refugee Council said"
    assert found(gazetteer, text) == [("Syrian Observatory for Human Rights", "OTHER_IGO"),
                                      ("Norwegian Refugee Council", "OTHER_IGO")]


def test_state_institutions(gazetteer: Gazetteer) -> None:
    text = "The State Duma, the Pentagon, the KPA and the Knesset"
    mentions = gazetteer.find(text)
    assert [(m.text, m.entry.country, m.entry.sector, m.entry.kind) for m in mentions] == [
        ("State Duma", "RUS", "LEG", "institution"), ("Pentagon", "USA", "MIL", "institution"),
        ("KPA", "PRK", "MIL", "institution"), ("Knesset", "ISR", "LEG", "institution")]


def test_generic_institution_composes_with_a_demonym(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find("the Chinese Foreign Ministry and the Japanese embassy")
    assert [(m.text, m.entry.country, m.entry.kind) for m in mentions] == [
        ("Chinese Foreign Ministry", "CHN", "institution"),
        ("Japanese", "JPN", "country"), ("embassy", None, "institution")]
    assert only(mentions, "embassy").entry.sector == "DIP"


def test_lowercase_generic_institutions_match_any_case(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find("Military sources and the Government said the defense ministry agreed.")
    assert [(m.text, m.entry.sector) for m in mentions] == [
        ("Military", "MIL"), ("Government", "GOV"), ("defense ministry", "MIL")]


# -- named non-state groups ----------------------------------------------------------

def groups_in(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.entry.country, m.entry.sector) for m in gazetteer.find(text) if m.entry.kind == "group"]


def test_armed_groups_resolve_to_their_home_state(gazetteer: Gazetteer) -> None:
    text = ("Hamas fired rockets at southern Israel after Hezbollah and the Houthis threatened "
            "to widen the war, while the PKK and the Taliban issued statements.")
    assert groups_in(gazetteer, text) == [("Hamas", "PSE", "REB"), ("Hezbollah", "LBN", "REB"),
                                          ("Houthis", "YEM", "REB"), ("PKK", "TUR", "REB"),
                                          ("Taliban", "AFG", "REB")]
    hamas = gazetteer.lookup("Hamas")
    assert (hamas.id, hamas.kind, hamas.match) == (actor_iri("group", "Hamas"), "group", "name")


def test_group_names_beat_the_demonyms_inside_them(gazetteer: Gazetteer) -> None:
    text = ("Palestinian Islamic Jihad, the Free Syrian Army, the Pakistani Taliban and "
            "Egyptian Islamic Jihad were named in the report.")
    assert groups_in(gazetteer, text) == [("Palestinian Islamic Jihad", "PSE", "REB"),
                                          ("Free Syrian Army", "SYR", "REB"),
                                          ("Pakistani Taliban", "PAK", "REB"),
                                          ("Egyptian Islamic Jihad", "EGY", "REB")]
    assert [m.entry.kind for m in gazetteer.find(text)] == ["group"] * 4


def test_full_names_acronyms_and_spellings(gazetteer: Gazetteer) -> None:
    text = ("The Kurdistan Workers' Party (PKK), UNITA, the National Union for the Total "
            "Independence of Angola, al-Shabab, FARC and the Revolutionary United Front (RUF)")
    assert [(m.text, m.entry.name) for m in gazetteer.find(text)] == [
        ("Kurdistan Workers' Party", "Kurdistan Workers' Party"), ("PKK", "Kurdistan Workers' Party"),
        ("UNITA", "National Union for the Total Independence of Angola"),
        *[("National Union for the Total Independence of Angola",) * 2],
        ("al-Shabab", "al-Shabaab"), ("FARC", "Revolutionary Armed Forces of Colombia"),
        ("Revolutionary United Front", "Revolutionary United Front"), ("RUF", "Revolutionary United Front")]


def test_parties_and_unions(gazetteer: Gazetteer) -> None:
    text = ("South Africa's ANC and COSATU, Japan's Liberal Democratic Party and Poland's "
            "Law and Justice party disagreed.")
    assert groups_in(gazetteer, text) == [("ANC", "ZAF", "PTY"), ("COSATU", "ZAF", "LAB"),
                                          ("Liberal Democratic Party", "JPN", "PTY"),
                                          ("Law and Justice party", "POL", "PTY")]


def test_ruling_parties_of_party_states_stay_state_institutions(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Communist Party of China").kind == "institution"
    assert gazetteer.lookup("WPK").country == "PRK"


def test_transnational_groups_have_no_home_state_and_shield_the_states_in_their_names(
        gazetteer: Gazetteer) -> None:
    text = "the Islamic State of Iraq and the Levant and al-Qaeda"
    assert found(gazetteer, text) == [("Islamic State of Iraq and the Levant", None), ("al-Qaeda", None)]
    text = "Al-Qaeda in the Arabian Peninsula and al-Qaeda in Iraq claimed the attacks."
    assert found(gazetteer, text) == [("Al-Qaeda in the Arabian Peninsula", "YEM"), ("al-Qaeda in Iraq", "IRQ")]


@pytest.mark.parametrize("text", [
    "Let the talks go on, he said.",                               # LeT is Lashkar-e-Taiba
    "The ship's eta is noon and the Eta Aquariids peak tonight.",  # ETA only in capitals
    "Amnesty was offered to fighters who lay down their arms.",    # Amnesty International only
    "The Ministry of Law and Justice drafted the bill.",           # not Poland's party
    "PTI reported that the National Police Agency (NPA) and the ADF were alerted.",
    "Labour and the Conservatives, the Greens and the Democratic Party campaigned.",
    "A solidarity rally by the opposition hamas-like faction",     # lower case is no name
])
def test_ambiguous_short_words_are_not_groups(gazetteer: Gazetteer, text: str) -> None:
    assert [m for m in gazetteer.find(text) if m.entry.kind == "group" or m.entry.country == "OTHER_IGO"] == []


def test_groups_do_not_take_names_of_state_institutions(gazetteer: Gazetteer) -> None:
    text = "Japan's Self-Defense Forces (SDF) and the Rapid Support Forces (RSF) in Sudan"
    assert [(m.text, m.entry.country, m.entry.kind) for m in gazetteer.find(text)] == [
        ("Japan", "JPN", "country"), ("Self-Defense Forces", "JPN", "institution"), ("SDF", "JPN", "institution"),
        ("Rapid Support Forces", "SDN", "group"), ("RSF", "SDN", "group"), ("Sudan", "SDN", "country")]


# -- people and terms of office ------------------------------------------------------

def test_full_names_and_surnames(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find("Putin met Kim Jong-un; Lavrov and Georgy Zinoviev attended.")
    assert [(m.text, m.entry.name, m.entry.match) for m in mentions] == [
        ("Putin", "Vladimir Putin", "surname"), ("Kim Jong-un", "Kim Jong Un", "person"),
        ("Lavrov", "Sergei Lavrov", "surname"), ("Georgy Zinoviev", "Georgy Zinoviev", "person")]


def test_common_surnames_alone_are_not_people(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Lee said Kim and Wang agreed with Li.") == []


def test_envoy_has_host_country(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("Zinoviev", on=date(2026, 2, 13))
    assert (entry.country, entry.role, entry.host, entry.sector) == ("RUS", "ambassador", "KOR", "DIP")


def test_yoon_is_president_in_2023_and_former_president_in_2026(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Yoon Suk Yeol", on=date(2023, 6, 1)).role == "president"
    later = gazetteer.lookup("Yoon Suk Yeol", on=date(2026, 3, 1))
    assert (later.role, later.country, later.end) == ("former president", "KOR", date(2025, 4, 4))


def test_lee_jae_myung_takes_office_on_4_june_2025(gazetteer: Gazetteer) -> None:
    assert [p.name for p in gazetteer.people_in_office("KOR", "president", date(2025, 6, 3))] == []
    assert [p.name for p in gazetteer.people_in_office("KOR", "president", date(2025, 6, 4))] == ["Lee Jae-myung"]
    assert gazetteer.lookup("Lee Jae-myung", on=date(2023, 1, 1)).role is None


def test_trumps_two_terms(gazetteer: Gazetteer) -> None:
    def president(on: date) -> list[str]:
        return [p.name for p in gazetteer.people_in_office("USA", "president", on)]
    assert president(date(2018, 1, 1)) == ["Donald Trump"]
    assert president(date(2021, 1, 20)) == ["Joe Biden"]
    assert president(date(2026, 11, 27)) == ["Donald Trump"]
    between = gazetteer.lookup("Trump", on=date(2023, 1, 1))
    assert (between.role, between.end) == ("former president", date(2021, 1, 20))


def test_person_mentions_resolve_at_the_given_date(gazetteer: Gazetteer) -> None:
    [mention] = gazetteer.find("Putin said", on=date(2010, 1, 1))
    assert mention.entry.role == "prime minister"
    [mention] = gazetteer.find("Putin said", on=date(2026, 2, 13))
    assert mention.entry.role == "president"


def test_secretary_of_state_is_the_foreign_minister_office(gazetteer: Gazetteer) -> None:
    on = date(2026, 11, 27)
    assert [p.name for p in gazetteer.people_in_office("USA", "foreign minister", on)] == ["Marco Rubio"]
    assert [p.name for p in gazetteer.people_in_office("USA", "Secretary of State", on)] == ["Marco Rubio"]


@pytest.mark.parametrize(("country", "role", "on", "name"), [
    ("RUS", "foreign minister", date(2026, 2, 13), "Sergei Lavrov"),
    ("RUS", "prime minister", date(2026, 2, 13), "Mikhail Mishustin"),
    ("CHN", "foreign minister", date(2026, 2, 13), "Wang Yi"),
    ("CHN", "foreign minister", date(2023, 3, 1), "Qin Gang"),
    ("JPN", "prime minister", date(2025, 11, 1), "Sanae Takaichi"),
    ("JPN", "prime minister", date(2025, 1, 1), "Shigeru Ishiba"),
    ("KOR", "foreign minister", date(2025, 9, 1), "Cho Hyun"),
    ("PRK", "foreign minister", date(2026, 2, 13), "Choe Son Hui"),
    ("UKR", "president", date(2026, 2, 13), "Volodymyr Zelensky"),
    ("DEU", "chancellor", date(2026, 2, 13), "Friedrich Merz"),
    ("UN", "secretary-general", date(2026, 2, 13), "António Guterres"),
    ("EU", "high representative", date(2026, 2, 13), "Kaja Kallas"),
])
def test_office_holders(gazetteer: Gazetteer, country: str, role: str, on: date, name: str) -> None:
    assert [p.name for p in gazetteer.people_in_office(country, role, on)] == [name]


@pytest.mark.parametrize(("country", "role", "on", "name"), [
    ("SRB", "foreign minister", date(2026, 4, 15), "Marko Đurić"),
    ("DZA", "foreign minister", date(2026, 11, 5), "Ahmed Attaf"),
    ("ETH", "prime minister", date(2026, 3, 17), "Abiy Ahmed"),
    ("RWA", "foreign minister", date(2026, 8, 12), "Olivier Nduhungirehe"),
    ("KAZ", "foreign minister", date(2025, 9, 1), "Murat Nurtleu"),
    ("KAZ", "foreign minister", date(2026, 3, 12), "Yermek Kosherbayev"),
    ("NLD", "prime minister", date(2026, 2, 22), "Dick Schoof"),
    ("NLD", "prime minister", date(2026, 2, 23), "Rob Jetten"),
    ("HUN", "prime minister", date(2026, 6, 1), "Péter Magyar"),
    ("CHL", "president", date(2026, 3, 11), "José Antonio Kast"),
    ("VEN", "acting president", date(2026, 2, 1), "Delcy Rodríguez"),
    ("SYR", "foreign minister", date(2026, 7, 14), "Asaad Hassan al-Shaibani"),
])
def test_office_holders_beyond_the_g20(gazetteer: Gazetteer, country: str, role: str, on: date, name: str) -> None:
    assert [p.name for p in gazetteer.people_in_office(country, role, on)] == [name]


@pytest.mark.parametrize(("written", "name"), [
    ("Djuric", "Marko Đurić"), ("Marko Duric", "Marko Đurić"), ("Vucic", "Aleksandar Vučić"),
    ("Szijjarto", "Péter Szijjártó"), ("el-Sisi", "Abdel Fattah al-Sisi"), ("Mirziyoev", "Shavkat Mirziyoyev"),
])
def test_diacritic_free_and_transliterated_spellings(gazetteer: Gazetteer, written: str, name: str) -> None:
    assert gazetteer.lookup(written, on=date(2026, 1, 1)).name == name


def test_an_envoy_of_the_secretary_general_acts_for_the_un(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("Ramtane Lamamra", on=date(2026, 8, 27))
    assert (entry.country, entry.role, entry.host) == ("UN", "envoy", "SDN")


def test_spokespeople(gazetteer: Gazetteer) -> None:
    on = date(2026, 2, 13)
    assert (gazetteer.lookup("Peskov", on).country, gazetteer.lookup("Peskov", on).role) == ("RUS", "spokesperson")
    assert gazetteer.lookup("Maria Zakharova", on).sector == "DIP"
    assert {p.name for p in gazetteer.people_in_office("CHN", "spokesperson", on)} >= {
        "Mao Ning", "Lin Jian", "Guo Jiakun"}


# -- ambiguity ---------------------------------------------------------------------

def test_korea_alone_is_ambiguous_between_both_koreas(gazetteer: Gazetteer) -> None:
    mention = only(gazetteer.find("Korea and Japan"), "Korea")
    assert mention.entry.match == "ambiguous"
    assert [c.country for c in mention.candidates] == ["KOR", "PRK"]


@pytest.mark.parametrize(("text", "countries"), [
    ("Georgia", ["GEO"]), ("Jordan", ["JOR"]), ("Washington", ["USA"]),
    ("Congo", ["COD", "COG"]), ("Brussels", ["EU", "BEL"]),
])
def test_ambiguous_names_are_flagged(gazetteer: Gazetteer, text: str, countries: list[str]) -> None:
    [mention] = gazetteer.find(f"Officials in {text} said")
    assert mention.entry.match == "ambiguous"
    assert [c.country for c in mention.candidates] == countries


def test_unambiguous_longer_names_are_not_flagged(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find("the Democratic Republic of the Congo and South Korea")
    assert [(m.entry.country, m.entry.match, m.candidates) for m in mentions] == [
        ("COD", "name", ()), ("KOR", "name", ())]


def test_security_council_alone_is_un_or_national(gazetteer: Gazetteer) -> None:
    mention = only(gazetteer.find("The Security Council met."), "Security Council")
    assert [(c.kind, c.country) for c in mention.candidates] == [("organization", "UN"), ("institution", None)]
    assert gazetteer.lookup("Russian Security Council").country == "RUS"


def test_places_that_are_not_actors_block_the_names_inside(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "peace on the Korean Peninsula and in the South China Sea") == []


@pytest.mark.parametrize(("text", "code"), [
    ("the Soviet Union", "RUS"), ("USSR", "RUS"), ("Soviet troops", "RUS"),  # the continuing state
    ("Yugoslavia", "SRB"), ("Yugoslav troops", "SRB"), ("Zaire", "COD"), ("Zairean troops", "COD"),
    ("Kampuchea", "KHM"), ("Upper Volta", "BFA"), ("Dahomey", "BEN"), ("Rhodesia", "ZWE"),
    ("Northern Rhodesia", "ZMB"), ("Quatar", "QAT"), ("Kazakstan", "KAZ"),
    ("the former Yugoslav Republic of Macedonia", "MKD"), ("FYROM", "MKD"),
])
def test_old_state_names_and_spellings_are_their_successor(gazetteer: Gazetteer, text: str, code: str) -> None:
    assert [country for _, country in found(gazetteer, text)] == [code]


def test_successor_regions_are_no_state(gazetteer: Gazetteer) -> None:
    text = "refugees from the former Yugoslavia and post-Soviet states of the former Soviet Union, Soviet-era arms"
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Bosnian Serb forces", "BIH"), ("Bosnian Croats", "BIH"), ("Bosniaks", "BIH"), ("Kosovo Albanians", "XKX"),
    ("Kosovo Serb leaders", "XKX"), ("Krajina Serbs", "HRV"), ("Greek Cypriots", "CYP"),
    ("the Turkish Cypriot side", "CYP"), ("Iraqi Kurdish leaders", "IRQ"), ("Israeli Arabs", "ISR"),
])
def test_communities_named_by_another_states_demonym_are_groups_of_their_home(
        gazetteer: Gazetteer, text: str, code: str) -> None:
    [mention] = gazetteer.find(text)
    assert (mention.entry.kind, mention.entry.country, mention.entry.sector) == ("group", code, "ETH")


def test_ethnic_minorities_list_the_states_they_live_in(gazetteer: Gazetteer) -> None:
    mention = only(gazetteer.find("ethnic Albanians marched"), "ethnic Albanians")
    assert [c.country for c in mention.candidates] == ["XKX", "MKD", "SRB", "MNE", "ALB"]
    assert only(gazetteer.find("Kurdish rebels"), "Kurdish").entry.sector == "ETH"


def test_courts_and_local_governments_compose_with_their_state(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find("the Ivory Coast's Supreme Court and Ankara's district administration")
    assert [(m.text, m.entry.kind, m.entry.country, m.entry.sector) for m in mentions] == [
        ("Ivory Coast", "country", "CIV", None), ("Supreme Court", "institution", None, "JUD"),
        ("Ankara", "country", "TUR", None), ("district administration", "institution", None, "GOV")]


def test_new_names_do_not_fire_on_ordinary_words(gazetteer: Gazetteer) -> None:
    text = ("the ec number, a soviet of workers, a karen doll, the tamil script is old, kurdish is a "
            "language, an ethnic albanian dish, a quatar typo, saddam, druze, the court and the state")
    assert found(gazetteer, text) == []


def test_every_declared_ambiguity_and_no_accidental_one(gazetteer: Gazetteer) -> None:
    # surfaces are indexed as tokens joined by spaces: "post-Soviet" is "post - Soviet"
    declared = {re.sub(r"\s*-\s*", " - ", row["surface"]) for row in table("ambiguous.csv")}
    accidental = {surface for surface, _, match in gazetteer.surfaces() if match == "ambiguous"} - declared
    assert accidental == set()


# -- roles -------------------------------------------------------------------------

def test_role_lookup(gazetteer: Gazetteer) -> None:
    ambassador = gazetteer.role("Ambassador")
    assert (ambassador.role, ambassador.sector, ambassador.envoy) == ("ambassador", "DIP", True)
    assert gazetteer.role("Foreign Minister").role == "foreign minister"
    assert gazetteer.role("Foreign Secretary").role == "foreign minister"
    assert gazetteer.role("premier").role == "prime minister"
    assert gazetteer.role("Foreign Minister").envoy is False
    assert gazetteer.role("baker") is None


def test_find_roles_prefers_longest(gazetteer: Gazetteer) -> None:
    text = "Russian Ambassador to South Korea Georgy Zinoviev and Deputy Foreign Minister Andrei Rudenko"
    roles = [(text[start:end], role.role) for start, end, role in gazetteer.find_roles(text)]
    assert roles == [("Ambassador to", "ambassador"), ("Deputy Foreign Minister", "deputy foreign minister")]


def test_acronym_roles_are_case_sensitive(gazetteer: Gazetteer) -> None:
    assert [gazetteer.role("PM").role, gazetteer.role("MP").role] == ["prime minister", "lawmaker"]
    assert gazetteer.find_roles("pm and mp") == []


# -- loading -------------------------------------------------------------------------

def test_default_is_loaded_once() -> None:
    assert Gazetteer.default() is Gazetteer.default()


def test_from_dir_reads_a_copy_of_the_tables(tmp_path: Path) -> None:
    for source in DATA.glob("*.csv"):
        shutil.copy(source, tmp_path / source.name)
    with (tmp_path / "people.csv").open("a", encoding="utf-8") as handle:
        handle.write("Jane Example,Example,KOR,ambassador,DIP,JPN,2026-01-05,,\n")
    entry = Gazetteer.from_dir(tmp_path).lookup("Example", on=date(2026, 2, 1))
    assert (entry.name, entry.host, entry.match) == ("Jane Example", "JPN", "surname")


def test_from_dir_explains_a_bad_date(tmp_path: Path) -> None:
    for source in DATA.glob("*.csv"):
        shutil.copy(source, tmp_path / source.name)
    with (tmp_path / "people.csv").open("a", encoding="utf-8") as handle:
        handle.write("Jane Example,,KOR,ambassador,DIP,JPN,5 January 2026,,\n")
    with pytest.raises(ValueError, match=r"people\.csv line \d+: '5 January 2026' is not a date"):
        Gazetteer.from_dir(tmp_path)


def test_from_dir_explains_a_missing_table(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="countries.csv is missing"):
        Gazetteer.from_dir(tmp_path)
    for source in DATA.glob("*.csv"):
        shutil.copy(source, tmp_path / source.name)
    (tmp_path / "groups.csv").unlink()
    with pytest.raises(FileNotFoundError, match="groups.csv is missing; every table of kg/data/actors/"):
        Gazetteer.from_dir(tmp_path)


def test_from_dir_reads_a_group_of_your_own(tmp_path: Path) -> None:
    for source in DATA.glob("*.csv"):
        shutil.copy(source, tmp_path / source.name)
    with (tmp_path / "groups.csv").open("a", encoding="utf-8") as handle:
        handle.write("Example Liberation Front,ELF-X,KOR,REB,armed group,\n")
    entry = Gazetteer.from_dir(tmp_path).lookup("ELF-X")
    assert (entry.name, entry.country, entry.sector, entry.kind) == (
        "Example Liberation Front", "KOR", "REB", "group")


def test_a_leading_the_is_not_part_of_the_mention(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find("officials at the Kremlin and the Pentagon")
    assert [(m.text, m.entry.country) for m in mentions] == [("Kremlin", "RUS"), ("Pentagon", "USA")]


def test_prefixed_demonyms(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "pro-Russian and anti-American protesters") == [("Russian", "RUS"), ("American", "USA")]


def test_organisation_acronyms_in_newspaper_case(gazetteer: Gazetteer) -> None:
    text = "Nato, Opec, Asean, Apec, Ecowas and Unicef officials met in Abuja."
    assert found(gazetteer, text) == [("Nato", "NATO"), ("Opec", "OPEC"), ("Asean", "ASEAN"),
                                      ("Apec", "OTHER_IGO"), ("Ecowas", "OTHER_IGO"), ("Unicef", "UN"),
                                      ("Abuja", "NGA")]
    assert found(gazetteer, "the nato of my heart") == []  # lower case is no name


def test_british_spellings_and_former_names_of_organisations(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Organisation of the Islamic Conference").name == "Organisation of Islamic Cooperation"
    assert gazetteer.lookup("Organization of Petroleum Exporting Countries").country == "OPEC"
    assert gazetteer.lookup("North Atlantic Treaty Organisation").country == "NATO"
    assert gazetteer.lookup("Organisation of American States").name == "Organization of American States"


def test_un_agencies_by_what_they_do(gazetteer: Gazetteer) -> None:
    text = "the U.N. children's agency and the UN food agency"
    assert [(m.text, m.entry.name) for m in gazetteer.find(text)] == [
        ("U.N. children's agency", "United Nations Children's Fund"), ("UN food agency", "World Food Programme")]


def test_forums_and_missions_outside_the_contract_list(gazetteer: Gazetteer) -> None:
    text = "The G8, the Group of 77, ECOMOG and the Paris Club"
    assert [(m.text, m.entry.country, m.entry.name) for m in gazetteer.find(text)] == [
        ("G8", "OTHER_IGO", "Group of Eight"), ("Group of 77", "OTHER_IGO", "Group of 77"),
        ("ECOMOG", "OTHER_IGO", "ECOWAS Monitoring Group"), ("Paris Club", "OTHER_IGO", "Paris Club")]


def test_the_red_cross_alone_is_the_movement(gazetteer: Gazetteer) -> None:
    # whether it is a party, a national society or a modifier is decided in context (kg.extract.actors)
    entry = gazetteer.lookup("Red Crescent")
    assert (entry.name, entry.country) == ("International Red Cross and Red Crescent Movement", "OTHER_IGO")
    assert gazetteer.lookup("ICRC").name == "International Committee of the Red Cross"


@pytest.mark.parametrize("word, code", [
    ("Afganistan", "AFG"),    # a letter dropped
    ("Phillippines", "PHL"),  # a letter added
    ("Venezuala", "VEN"),     # a letter changed
    ("Sweeden", "SWE"),
    ("Germnay", "DEU"),       # two neighbouring letters swapped
])
def test_a_misspelt_country_name_is_that_country(gazetteer: Gazetteer, word: str, code: str) -> None:
    entry = gazetteer.misspelt(word)
    assert (entry.country, entry.kind, entry.match) == (code, "country", "spelling")


@pytest.mark.parametrize("word", [
    "Irak",       # short names (Iran, Iraq, Oman) are never guessed
    "Pakistan",   # a known name is no misspelling
    "Russian",    # nor a demonym
    "Prussia",    # nor a place listed as no actor
    "Olivia",     # nor a given name listed as no actor
    "GERMNAY",    # capitals are acronyms
    "germnay",    # lower case is no name
    "Austrian",   # a known demonym, close to no other country
])
def test_words_that_are_no_misspelling(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.misspelt(word) is None


def test_a_word_as_close_to_two_countries_is_no_misspelling(gazetteer: Gazetteer) -> None:
    # "Gambia" and "Zambia" are one letter apart; "Xambia" is one letter from each
    assert gazetteer.misspelt("Xambia") is None


def test_named_legislatures_and_assemblies(gazetteer: Gazetteer) -> None:
    text = "The Sejm, the Storting, the Legislative Yuan and the Assembly"
    assert [(m.text, m.entry.country, m.entry.sector) for m in gazetteer.find(text)] == [
        ("Sejm", "POL", "LEG"), ("Storting", "NOR", "LEG"), ("Legislative Yuan", "TWN", "LEG"),
        ("Assembly", None, "LEG")]


def test_international_assemblies_are_not_a_states_legislature(gazetteer: Gazetteer) -> None:
    assert gazetteer.readings("General Assembly")[0].country == "UN"
    assert gazetteer.readings("Parliamentary Assembly") == []
    assert found(gazetteer, "freedom of assembly") == []  # lower case is no legislature
