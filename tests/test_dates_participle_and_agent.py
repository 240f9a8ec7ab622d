"""A past participle with its agent right before a date (`destroyed by the April 25 earthquake`, `endorsed by Group
of Eight leaders in July`, `destruídas pelo ciclone em março`, `emportées par les crues de mars`, `destruidos por el
huracán en agosto`) is a reduced relative clause that reports a past act: the date is behind, whatever the tense of
the main verb; a passive after `be` or its Romance forms of the present and future (`will be ratified by the Senate
in October`, `sera signé par les ministres en novembre`) stays ahead. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

CASES = [
    ("en", "2015-06-12", "Japan has agreed to fund schools destroyed by the April 25 earthquake in Gorkha district.",
     "April 25", "2015-04-25"),
    ("en", "2005-03-09", "Tokyo would fund harbours destroyed in Sri Lanka by the tsunami of 26 December.",
     "26 December", "2004-12-26"),
    ("en", "2005-09-21", "Under the plan endorsed by Group of Eight leaders in July, the IMF would write off debt.",
     "in July", "2005-07-01"),
    ("en", "2019-03-02", "Manila will rebuild the bridges damaged by Typhoon Mangkhut in September with Korean loans.",
     "in September", "2018-09-01"),
    ("en", "2021-02-10", "Chile will extend the credit line approved by the central bank board in November.",
     "in November", "2020-11-01"),
    ("en", "2016-05-03", "Ecuador is to receive aid for towns flattened by the quake on April 16, officials will say.",
     "on April 16", "2016-04-16"),
    ("pt", "2023-09-27", "Portugal vai financiar pontes destruídas pelo ciclone Freddy em março.",
     "em março", "2023-03-01"),
    ("pt", "2019-08-14", "O Brasil vai financiar as casas atingidas pelas cheias de maio no Rio Grande do Sul.",
     "maio", "2019-05-01"),
    ("es", "2023-09-27", "España financiará la reconstrucción de los puentes destruidos por el huracán en agosto.",
     "en agosto", "2023-08-01"),
    ("es", "2018-02-20", "Perú pagará las obras aprobadas por el Congreso en diciembre con fondos de la CAF.",
     "en diciembre", "2017-12-01"),
    ("fr", "2023-09-27", "La France financera la reconstruction des routes emportées par les crues de mars.",
     "mars", "2023-03-01"),
    ("fr", "2017-01-12", "Le Sénégal remboursera le prêt accordé par la Banque mondiale en octobre.",
     "en octobre", "2016-10-01"),
    # a passive after `be` or its present or future forms stays ahead
    ("en", "2005-09-21", "The treaty will be ratified by the Senate in October.", "in October", "2005-10-01"),
    ("en", "2011-03-15", "The leaders will sign the accord, to be approved by both parliaments in June.", "in June",
     "2011-06-01"),
    ("fr", "2023-09-27", "L'accord sera signé par les deux ministres en novembre.", "en novembre", "2023-11-01"),
    ("es", "2023-09-27", "El acuerdo será firmado por ambos ministros en noviembre.", "en noviembre", "2023-11-01"),
    ("pt", "2023-09-27", "O acordo será assinado pelos dois ministros em novembro.", "em novembro", "2023-11-01"),
]  # fmt: skip


@pytest.mark.parametrize("language, published, text, said, start", CASES)
def test_a_participle_and_its_agent_report_a_past_act(language, published, text, said, start):
    found = [m for m in extract_dates(text, date.fromisoformat(published), language=language) if said in m.text]
    assert found and found[0].date_start == date.fromisoformat(start)
