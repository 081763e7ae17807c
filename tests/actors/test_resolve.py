"""kg.actors.resolve: names, aliases, demonyms, metonyms, institutions, roles, offices at dates,
and ambiguous names with and without context."""

from __future__ import annotations

from datetime import date

import pytest

from kg.actors.resolve import ResolvedActor, find_actors, resolve
from kg.namespaces import actor_iri

STATE_NAMES = [
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("South Korea", "KOR"), ("Republic of Korea", "KOR"),
    ("ROK", "KOR"), ("S. Korea", "KOR"), ("North Korea", "PRK"), ("DPRK", "PRK"), ("China", "CHN"),
    ("People's Republic of China", "CHN"), ("United States", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("United Kingdom", "GBR"), ("Britain", "GBR"), ("UK", "GBR"), ("Japan", "JPN"), ("Ukraine", "UKR"),
    ("Iran", "IRN"), ("Israel", "ISR"), ("Taiwan", "TWN"), ("Kosovo", "XKX"), ("Hong Kong", "HKG"),
    ("Palestine", "PSE"), ("Holy See", "VAT"), ("Democratic Republic of the Congo", "COD"),
    ("Republic of the Congo", "COG"), ("Papua New Guinea", "PNG"), ("Guinea-Bissau", "GNB"),
    ("Côte d'Ivoire", "CIV"), ("Germany", "DEU"), ("France", "FRA"), ("India", "IND"), ("Brazil", "BRA"),
    ("Argentina", "ARG"), ("Indonesia", "IDN"), ("Saudi Arabia", "SAU"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("South Africa", "ZAF"), ("Mexico", "MEX"), ("Canada", "CAN"), ("Australia", "AUS"), ("Italy", "ITA"),
]

DEMONYMS = [
    ("Russian", "RUS"), ("South Korean", "KOR"), ("North Korean", "PRK"), ("Chinese", "CHN"),
    ("American", "USA"), ("British", "GBR"), ("Japanese", "JPN"), ("Ukrainian", "UKR"), ("Iranian", "IRN"),
    ("Israeli", "ISR"), ("Emirati", "ARE"), ("German", "DEU"), ("French", "FRA"), ("Indian", "IND"),
    ("Brazilian", "BRA"), ("Argentine", "ARG"), ("Indonesian", "IDN"), ("Saudi", "SAU"), ("Turkish", "TUR"),
    ("Palestinian", "PSE"), ("Azerbaijani", "AZE"), ("Afghan", "AFG"),
]

METONYMS = [
    ("Moscow", "RUS"), ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("Seoul", "KOR"), ("Yongsan", "KOR"),
    ("the Blue House", "KOR"), ("Beijing", "CHN"), ("Zhongnanhai", "CHN"), ("the White House", "USA"),
    ("Downing Street", "GBR"), ("Pyongyang", "PRK"), ("Tokyo", "JPN"), ("Kyiv", "UKR"), ("Tehran", "IRN"),
    ("London", "GBR"), ("Berlin", "DEU"), ("Paris", "FRA"), ("the Elysee", "FRA"), ("New Delhi", "IND"),
    ("Ankara", "TUR"), ("Kinshasa", "COD"), ("Brazzaville", "COG"), ("Tbilisi", "GEO"), ("Casa Rosada", "ARG"),
]

ORGANIZATIONS = [
    ("United Nations", "UN"), ("the UN", "UN"), ("UN Security Council", "UN"), ("UNSC", "UN"),
    ("UNICEF", "UN"), ("European Union", "EU"), ("EU", "EU"), ("European Commission", "EU"),
    ("NATO", "NATO"), ("ASEAN", "ASEAN"), ("African Union", "AU"), ("OSCE", "OSCE"), ("IAEA", "IAEA"),
    ("WHO", "WHO"), ("WTO", "WTO"), ("IMF", "IMF"), ("G7", "G7"), ("G20", "G20"), ("BRICS", "BRICS"),
    ("SCO", "SCO"), ("OPEC", "OPEC"), ("CSTO", "CSTO"), ("GCC", "GCC"), ("Arab League", "ARAB_LEAGUE"),
    ("CIS", "CIS"), ("EAEU", "EAEU"), ("International Criminal Court", "ICC"), ("ICJ", "ICJ"),
    ("World Bank", "OTHER_IGO"), ("APEC", "OTHER_IGO"),
]

INSTITUTIONS = [
    ("the Russian Foreign Ministry", "RUS", "DIP"), ("Russian Defense Ministry", "RUS", "MIL"),
    ("State Duma", "RUS", "LEG"), ("the Pentagon", "USA", "MIL"), ("the State Department", "USA", "DIP"),
    ("U.S. Congress", "USA", "LEG"), ("Knesset", "ISR", "LEG"), ("Korean People's Army", "PRK", "MIL"),
    ("the Chinese Foreign Ministry", "CHN", "DIP"), ("People's Liberation Army", "CHN", "MIL"),
    ("Bundestag", "DEU", "LEG"), ("Verkhovna Rada", "UKR", "LEG"), ("Islamic Revolutionary Guard Corps", "IRN", "MIL"),
    ("National Intelligence Service", "KOR", "SPY"), ("the Japanese Foreign Ministry", "JPN", "DIP"),
    ("the Turkish Defense Ministry", "TUR", "MIL"), ("the Indian embassy", "IND", "DIP"),
    ("the French parliament", "FRA", "LEG"),
]

# (mention, date, name, country, role)
OFFICES = [
    ("the South Korean president", "2023-05-01", "Yoon Suk Yeol", "KOR", "president"),
    ("the South Korean president", "2026-01-01", "Lee Jae-myung", "KOR", "president"),
    ("South Korea's president", "2019-03-01", "Moon Jae-in", "KOR", "president"),
    ("Yoon Suk Yeol", "2026-01-01", "Yoon Suk Yeol", "KOR", "former president"),
    ("Yoon Suk Yeol", "2023-01-01", "Yoon Suk Yeol", "KOR", "president"),
    ("Lee Jae-myung", "2025-06-04", "Lee Jae-myung", "KOR", "president"),
    ("the Russian president", "2010-01-01", "Dmitry Medvedev", "RUS", "president"),
    ("the Russian president", "2020-01-01", "Vladimir Putin", "RUS", "president"),
    ("Russian President", "2005-01-01", "Vladimir Putin", "RUS", "president"),
    ("the Russian foreign minister", "2010-01-01", "Sergei Lavrov", "RUS", "foreign minister"),
    ("the US president", "2010-01-01", "Barack Obama", "USA", "president"),
    ("the U.S. president", "2022-01-01", "Joe Biden", "USA", "president"),
    ("the American president", "2025-03-01", "Donald Trump", "USA", "president"),
    ("the US Secretary of State", "2006-01-01", "Condoleezza Rice", "USA", "secretary of state"),
    ("the Chinese president", "2008-01-01", "Hu Jintao", "CHN", "president"),
    ("the Chinese president", "2020-01-01", "Xi Jinping", "CHN", "president"),
    ("the Japanese prime minister", "2021-01-01", "Yoshihide Suga", "JPN", "prime minister"),
    ("the Japanese foreign minister", "2006-01-01", "Taro Aso", "JPN", "foreign minister"),
    ("the Japanese foreign minister", "2003-01-01", "Yoriko Kawaguchi", "JPN", "foreign minister"),
    ("the South Korean prime minister", "2005-01-01", "Lee Hae-chan", "KOR", "prime minister"),
    ("the South Korean prime minister", "2011-06-01", "Kim Hwang-sik", "KOR", "prime minister"),
    ("the South Korean foreign minister", "2002-06-01", "Choi Sung-hong", "KOR", "foreign minister"),
    ("the Argentine foreign minister", "2008-01-01", "Jorge Taiana", "ARG", "foreign minister"),
    ("the Brazilian foreign minister", "2005-05-05", "Celso Amorim", "BRA", "foreign minister"),
    ("the Indonesian foreign minister", "2005-01-01", "Hassan Wirajuda", "IDN", "foreign minister"),
    ("the Israeli foreign minister", "2007-01-01", "Tzipi Livni", "ISR", "foreign minister"),
    ("the Ukrainian foreign minister", "2011-01-01", "Kostyantyn Gryshchenko", "UKR", "foreign minister"),
    ("the Iranian foreign minister", "2003-01-01", "Kamal Kharazi", "IRN", "foreign minister"),
    ("the Turkish foreign minister", "2005-01-01", "Abdullah Gül", "TUR", "foreign minister"),
    ("the Saudi foreign minister", "2010-01-01", "Saud al-Faisal", "SAU", "foreign minister"),
    ("the British prime minister", "2020-01-01", "Boris Johnson", "GBR", "prime minister"),
    ("the German chancellor", "2010-01-01", "Angela Merkel", "DEU", "chancellor"),
    ("the UN Secretary-General", "2010-01-01", "Ban Ki-moon", "UN", "secretary-general"),
    ("UN Secretary-General", "2020-01-01", "António Guterres", "UN", "secretary-general"),
    ("the Australian king", "2024-01-01", "Charles III", "AUS", "king"),
    ("the Australian governor-general", "2010-01-01", "Quentin Bryce", "AUS", "governor-general"),
    ("Ban Ki-moon", "2005-01-01", "Ban Ki-moon", "KOR", "foreign minister"),
    ("Ban Ki-moon", "2010-01-01", "Ban Ki-moon", "UN", "secretary-general"),
    ("President Putin", "2020-01-01", "Vladimir Putin", "RUS", "president"),
    ("Lavrov's", "2024-01-01", "Sergei Lavrov", "RUS", "foreign minister"),
    ("Kremlin spokesman Dmitry Peskov", "2024-01-01", "Dmitry Peskov", "RUS", "spokesperson"),
]

# (mention, date, name, country, kind, role, sector, host)
ROLE_PHRASES = [
    ("Russian Ambassador to Seoul, Georgy Zinoviev", "2026-02-13", "Georgy Zinoviev", "RUS", "person",
     "ambassador", "DIP", "KOR"),
    ("Russian Ambassador to Seoul, Ivan Petrov", "2026-02-13", "Ivan Petrov", "RUS", "person",
     "ambassador", "DIP", "KOR"),
    ("the Chinese ambassador to Japan Wu Qiang", None, "Wu Qiang", "CHN", "person", "ambassador", "DIP", "JPN"),
    ("South Korea's Foreign Minister Cho Hyun", "2025-10-01", "Cho Hyun", "KOR", "person",
     "foreign minister", "DIP", None),
    ("Chinese Foreign Ministry spokesperson Mao Ning", "2024-01-01", "Mao Ning", "CHN", "person",
     "spokesperson", "DIP", None),
    ("Chinese Foreign Ministry spokesperson Zhang Ming", None, "Zhang Ming", "CHN", "person",
     "spokesperson", "DIP", None),
    ("Japanese Defense Minister Taro Yamada", None, "Taro Yamada", "JPN", "person", "defense minister", "MIL", None),
    ("Iranian Deputy Foreign Minister Ali Bagheri", None, "Ali Bagheri", "IRN", "person",
     "deputy foreign minister", "DIP", None),
    ("US special envoy John Smith", None, "John Smith", "USA", "person", "envoy", "DIP", None),
    ("a senior US official", None, None, "USA", "person", "official", "GOV", None),
    ("a Russian diplomat", None, None, "RUS", "person", "diplomat", "DIP", None),
    ("Russian officials", None, "Russian officials", "RUS", "group", "official", "GOV", None),
    ("South Korean lawmakers", None, "South Korean lawmakers", "KOR", "group", "lawmaker", "LEG", None),
    ("Chinese diplomats", None, "Chinese diplomats", "CHN", "group", "diplomat", "DIP", None),
    ("the Chinese embassy in Seoul", None, "Chinese embassy in Seoul", "CHN", "institution", None, "DIP", "KOR"),
]

# (mention, context, expected country or None for "not an actor")
DECIDED = [
    ("Georgia", "Talks in Tbilisi on Abkhazia", "GEO"),
    ("Georgia", "the breakaway region of South Ossetia", "GEO"),
    ("Georgia", {"GEO"}, "GEO"),
    ("Georgia", "a rally in Atlanta, the capital of the US state", None),
    ("Georgian", "the Georgian Dream party in Tbilisi", "GEO"),
    ("Congo", "fighting near Goma and Kinshasa", "COD"),
    ("Congo", "President Tshisekedi said", "COD"),
    ("Congo", "officials in Brazzaville said", "COG"),
    ("Congo", {"COG"}, "COG"),
    ("Congo", {"COD", "RWA"}, "COD"),
    ("Korea", "Pyongyang said through KCNA", "PRK"),
    ("Korea", "Seoul, Feb 28 (Yonhap)", "KOR"),
    ("Korea", {"KOR", "USA"}, "KOR"),
    ("Korean", "KCNA reported from Pyongyang", "PRK"),
    ("Washington", "the White House said", "USA"),
    ("Washington", "The Trump administration in Washington", "USA"),
    ("Washington", {"USA"}, "USA"),
    ("Washington", "actor Denzel Washington", None),
    ("Washington", "rain in Seattle and across Washington state", None),
    ("Jordan", "King Abdullah in Amman", "JOR"),
    ("Jordan", {"JOR"}, "JOR"),
    ("Jordan", "Michael Jordan and the Chicago Bulls", None),
    ("Brussels", "at a NATO summit in Brussels", "EU"),
    ("Brussels", "the European Commission in Brussels", "EU"),
    ("Brussels", {"EU"}, "EU"),
    ("Brussels", "the Belgian government in Brussels", "BEL"),
    ("Brussels", {"BEL"}, "BEL"),
    ("Chad", "in N'Djamena", "TCD"),
    ("Niger", "the junta in Niamey", "NER"),
    ("Niger", "oil spills in the Niger Delta", None),
    ("Jerusalem", "Netanyahu's government", "ISR"),
    ("Tripoli", "the Libyan government", "LBY"),
    ("Security Council", "Russia vetoed the draft resolution", "UN"),
    # an ethnic community is coded by the state it lives in, which the story names
    ("ethnic Albanians", "clashes with Macedonian police near Tetovo in Macedonia", "MKD"),
    ("ethnic Albanians", "a rally in Pristina, Kosovo", "XKX"),
    ("ethnic Serbs", "Croatian troops and the Croatian government", "HRV"),
    ("Kurds", "Iraqi officials in Baghdad", "IRQ"),
    ("Druze", "the Syrian government in Damascus", "SYR"),
]

UNDECIDED = [
    ("Georgia", None, {"GEO"}), ("Congo", None, {"COD", "COG"}), ("Korea", None, {"KOR", "PRK"}),
    ("Washington", None, {"USA"}), ("Jordan", None, {"JOR"}), ("Brussels", None, {"EU", "BEL"}),
    ("Korea", "talks between Seoul and Pyongyang", {"KOR", "PRK"}), ("Congo", "the river", {"COD", "COG"}),
    ("Chad", None, {"TCD"}), ("Brussels", "a meeting", {"EU", "BEL"}), ("Congo", {"USA"}, {"COD", "COG"}),
    ("Kurds", None, {"TUR", "IRQ", "SYR", "IRN"}),
]

NOT_ACTORS = ["", "the", "John Smith", "Korean Peninsula", "South China Sea", "yesterday", "the weather",
              "the former Yugoslavia", "post-Soviet", "the Soviet bloc"]


@pytest.mark.parametrize(("mention", "code"), STATE_NAMES + DEMONYMS + METONYMS)
def test_states_by_name_alias_demonym_and_metonym(mention: str, code: str) -> None:
    actor = resolve(mention)
    assert actor is not None and (actor.country, actor.kind) == (code, "country")
    assert actor.id == actor_iri("country", code) and not actor.uncertain


@pytest.mark.parametrize(("mention", "code"), ORGANIZATIONS)
def test_organisations_carry_the_contract_code(mention: str, code: str) -> None:
    actor = resolve(mention)
    assert actor is not None and actor.country == code and actor.kind == "organization"


@pytest.mark.parametrize(("mention", "code", "sector"), INSTITUTIONS)
def test_institutions_act_for_their_state(mention: str, code: str, sector: str) -> None:
    actor = resolve(mention)
    assert actor is not None and (actor.kind, actor.country, actor.sector) == ("institution", code, sector)


@pytest.mark.parametrize(("mention", "day", "name", "code", "role"), OFFICES)
def test_offices_and_people_at_a_date(mention: str, day: str, name: str, code: str, role: str) -> None:
    actor = resolve(mention, date=day)
    assert actor is not None and actor.kind == "person"
    assert (actor.name, actor.country, actor.role) == (name, code, role)


@pytest.mark.parametrize(("mention", "day", "name", "code", "kind", "role", "sector", "host"), ROLE_PHRASES)
def test_role_phrases_for_people_the_base_does_not_know(mention: str, day: str | None, name: str | None,
                                                        code: str, kind: str, role: str | None,
                                                        sector: str, host: str | None) -> None:
    actor = resolve(mention, date=day)
    assert actor is not None
    assert (actor.country, actor.kind, actor.role, actor.sector, actor.host) == (code, kind, role, sector, host)
    if name is not None:
        assert actor.name == name


@pytest.mark.parametrize(("mention", "context", "code"), DECIDED)
def test_context_decides_ambiguous_names(mention: str, context: str | set[str], code: str | None) -> None:
    actor = resolve(mention, context=context)
    if code is None:
        assert actor is None
    else:
        assert actor is not None and actor.country == code and not actor.uncertain


@pytest.mark.parametrize(("mention", "context", "codes"), UNDECIDED)
def test_undecided_names_are_marked_uncertain_never_guessed(mention: str, context: str | set[str] | None,
                                                            codes: set[str]) -> None:
    actor = resolve(mention, context=context)
    assert actor is not None and actor.uncertain
    assert {candidate.country for candidate in actor.candidates} == codes


@pytest.mark.parametrize("mention", NOT_ACTORS)
def test_phrases_that_name_no_actor(mention: str) -> None:
    assert resolve(mention) is None


def test_a_person_out_of_office_is_former_and_keeps_the_state() -> None:
    actor = resolve("Moon Jae-in", date=date(2023, 1, 1))
    assert actor is not None and actor.role == "former president" and actor.country == "KOR"


def test_bad_date_says_how_to_write_it() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        resolve("Russia", date="13/02/2026")


def test_find_actors_decides_from_the_text_itself() -> None:
    found = find_actors("Officials in Brazzaville said Congo would host the talks with Russia.")
    assert [(f.text, f.actor.country) for f in found] == [("Brazzaville", "COG"), ("Congo", "COG"),
                                                          ("Russia", "RUS")]


def test_find_actors_keeps_undecided_names_uncertain() -> None:
    [found] = find_actors("Congo said it would not attend.")
    assert found.actor.uncertain and {c.country for c in found.actor.candidates} == {"COD", "COG"}


def test_to_actor_gives_the_event_contract_kind() -> None:
    actor = resolve("the Russian Foreign Ministry")
    assert isinstance(actor, ResolvedActor)
    assert actor.to_actor().kind == "organization" and actor.to_actor().country == "RUS"
