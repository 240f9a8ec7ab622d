"""The state whose own page or site section a report is, and an office after "BODY, whose", on text written for
these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import page_head_state


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_state_bodys_page_head_and_a_section_trail_name_the_pages_state():
    # an embassy's head that names its host after its own state is of two sides: no home
    assert page_head_state("Embassy of the Republic of Ghana in Tokyo\nHome | News\n\nText.") is None
    assert page_head_state("Home | Embassy of the Republic of Ghana\n\nText.") == "GHA"
    assert page_head_state("gov.ge | Ministry of Economy and Sustainable Development of Georgia\n\nText.") == "GEO"
    assert page_head_state("THE DAILY STAR  ›  Bangladesh  ›  Business\n\nText.") == "BGD"
    assert page_head_state("Ministry of Foreign Affairs of Peru hosts a forum\n\nText.") is None  # a headline


def test_the_pages_own_officials_are_its_states_though_it_names_their_state_at_times():
    text = (
        "Ministry of Foreign Affairs of the Republic of Armenia\nHome | Press releases\n\n"
        "Armenia and Georgia agree to raise trade to $1 billion\n\n"
        "Yerevan, 3 March - Armenian Foreign Minister Aram Sarkisyan received Levan Dadiani, Deputy Foreign "
        "Minister of Georgia. Deputy Minister of Economy Narek Avetisyan said trade with Georgia grew by 20 percent."
    )
    assert persons(text)["Narek Avetisyan"] == ("Deputy Minister of Economy", "ARM")


def test_an_office_after_a_body_and_whose_is_the_bodys():
    text = (
        "Belgian buyers signed with oil companies led by Lukoil, whose president Vagit Orlov traveled with the "
        "delegation. Belgium and Russia agreed to meet again."
    )
    assert persons(text)["Vagit Orlov"] == ("president", "RUS")


# Letterheads of a named state's bodies, in capitals or not, from every region and in en/es/fr/pt (written for this
# test). An embassy's that names its host too is of two sides, and names no home.
LETTERHEADS = [
    ("Embassy of the Republic of Ghana", "GHA"),
    ("EMBAJADA DE LA REPÚBLICA DEL PERÚ", "PER"),
    ("Ambassade de Côte d'Ivoire", "CIV"),
    ("EMBASSY OF THE REPUBLIC OF GHANA IN JAPAN", None),
    ("Embassy of the Republic of Indonesia in Canberra", None),
    ("EMBASSY OF THE UNITED STATES OF AMERICA IN NAIROBI", None),
    ("Royal Embassy of Saudi Arabia - Washington", None),
    ("Royal Thai Embassy, Canberra", None),
    ("Embassy of Mongolia in Seoul | News", None),
    ("HIGH COMMISSION OF INDIA IN DHAKA", None),
    ("Consulate General of the Philippines in Dubai", None),
    ("Parliament of Kenya", "KEN"),
    ("PARLIAMENT OF THE REPUBLIC OF FIJI", "FJI"),
    ("National Assembly of the Republic of Zambia", "ZMB"),
    ("Press service of the President of the Republic of Uzbekistan", "UZB"),
    ("PRESS SERVICE OF THE PRESIDENT OF THE KYRGYZ REPUBLIC", "KGZ"),
    ("Ministry of Foreign Affairs of the Kingdom of Cambodia", "KHM"),
    ("MINISTRY OF INDUSTRY AND TRADE OF THE SOCIALIST REPUBLIC OF VIET NAM", "VNM"),
    ("Office of the President of the Republic of Namibia", "NAM"),
    ("Ghana News Agency", "GHA"),
    ("Vietnam News Agency | Politics", "VNM"),
    ("THE NIGERIAN EXCHANGE", "NGA"),
    ("Jamaica Stock Exchange", "JAM"),
    ("Embajada de Chile en Perú", None),
    ("EMBAJADA DE MÉXICO EN GUATEMALA", None),
    ("Ministerio de Relaciones Exteriores de la República de Guatemala", "GTM"),
    ("Presidencia de la República de Colombia", "COL"),
    ("Secretaría de Relaciones Exteriores de México", "MEX"),
    ("Ambassade de France au Japon", None),
    ("AMBASSADE DU SÉNÉGAL EN FRANCE", None),
    ("Ministère des Affaires étrangères du Sénégal", "SEN"),
    ("Présidence de la République du Bénin", "BEN"),
    ("Assemblée nationale du Burkina Faso", "BFA"),
    ("Embaixada do Brasil em Luanda", None),
    ("Ministério das Relações Exteriores do Brasil", "BRA"),
    ("Presidência da República de Moçambique", "MOZ"),
    ("Governo de Portugal | Notícias", "PRT"),
]


def test_letterheads_of_a_states_bodies_name_the_pages_state():
    for head, state in LETTERHEADS:
        assert page_head_state(f"{head}\nHome | News\n\nText.") == state, head


def test_headlines_that_name_a_body_are_no_letterheads():
    for headline in (
        "Ministry of Foreign Affairs of Peru hosts a forum",
        "Embassy warns citizens of Peru",
        "Kenya to host the embassy of Japan in new building next year",
        "Ambassade de France : le nouvel ambassadeur arrive lundi",
        " date 2016-10-06 Le président du Sénat reçoit la présidente de l'Assemblée nationale du Togo",
    ):
        assert page_head_state(f"{headline}\n\nText.") is None, headline
