"""Staff of national development agencies serve the agency's state, wherever they are posted."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_french_agency_director_posted_abroad_is_french():
    text = (
        "Le Sénégal a reçu mardi un nouveau prêt de la France pour ses forages ruraux dans le bassin arachidier. "
        "La convention a été signée par le ministre de l'Hydraulique, Serigne Mbaye Thiam, et par la "
        "directrice de l'AFD à Dakar, Marie-Hélène Loison. Les travaux doivent commencer avant la saison des "
        "pluies et dureront deux ans, selon le communiqué publié par le gouvernement."
    )
    assert persons(text, "fr")["Marie-Hélène Loison"] == "FRA"


def test_korean_agency_country_director_is_korean():
    text = (
        "Ghana and South Korea opened a vocational school in Kumasi on Monday. KOICA Country Director "
        "Kim Dong-hyun said the school would train 600 welders a year, and Education Minister Yaw Osei "
        "Adutwum thanked Seoul."
    )
    assert persons(text)["Kim Dong-hyun"] == "KOR"


def test_german_agency_head_in_a_foreign_capital_is_german():
    text = (
        "Kenya signed a water grant with Germany in Nairobi. The GIZ country director, Bernd Lakemeier, "
        "said the grant covers four counties, while Treasury Secretary Njuguna Ndung'u welcomed it."
    )
    assert persons(text)["Bernd Lakemeier"] == "DEU"
