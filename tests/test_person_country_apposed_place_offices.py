"""A province's or a city's office apposed after the name ("NAME, Alberta's Minister of Economic Development,", "NAME,
Premier of Western Australia,", "NAME, the Minister of Economic Development of Alberta,", "NAME, gobernador de
Mendoza,", "NAME, premier ministre du Québec,", "NAME, governador de Minas Gerais,"): the person serves the place's
state, not the state the dateline or the story names most. Sentences written for these tests; the last ones must keep
a state's own office and a clause that is no office."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "en",
        "TOKYO - Japan and Mitsubishi agreed to study a plant. Tanya Fir, Alberta's Minister of Economic Development, "
        "Trade and Tourism, travelled to Japan with the delegation.",
        "Tanya Fir",
        "CAN",
    ),
    (
        "en",
        "SEOUL - South Korea and Australia signed a hydrogen deal. Anna Pollard, Queensland's Minister for Energy, "
        "signed for the state.",
        "Anna Pollard",
        "AUS",
    ),
    (
        "en",
        "BEIJING - China will buy more iron ore. Mark Riley, Premier of Western Australia, welcomed the Chinese "
        "orders on Monday.",
        "Mark Riley",
        "AUS",
    ),
    (
        "en",
        "TOKYO - Japan and Mitsubishi agreed to study a plant. Tanya Fir, the Minister of Economic Development of "
        "Alberta, travelled to Japan.",
        "Tanya Fir",
        "CAN",
    ),
    (
        "es",
        "SANTIAGO - Chile y Argentina firmaron un acuerdo de gas. Rodolfo Pérez Lagos, gobernador de Mendoza, asistió "
        "a la firma en Santiago con ministros chilenos.",
        "Rodolfo Pérez Lagos",
        "ARG",
    ),
    (
        "pt",
        "Lisboa, 3 mai (Lusa) - Portugal e o Brasil assinaram um acordo. Carlos Souza Lima, governador de Minas "
        "Gerais, esteve em Lisboa com ministros portugueses.",
        "Carlos Souza Lima",
        "BRA",
    ),
    (
        "fr",
        "Paris, 3 mars - La France et le Canada ont signé un accord. Marc Tremblay, premier ministre du Québec, était "
        "à Paris avec des ministres français.",
        "Marc Tremblay",
        "CAN",
    ),
    # a city of one state that is a province of another: the state the article names
    (
        "en",
        "ABU DHABI - The United Arab Emirates opened its embassy in Israel on Wednesday. Dana Levi, deputy mayor of "
        "Jerusalem and head of a business council, said the embassy would help trade.",
        "Dana Levi",
        "ISR",
    ),
    (
        "es",
        "MADRID - España y México firmaron un acuerdo turístico. Rosa Díaz Peña, alcaldesa de Mérida, asistió a la "
        "firma con ministros españoles.",
        "Rosa Díaz Peña",
        "MEX",
    ),
    (
        "es",
        "CARACAS - Venezuela y Colombia firmaron un acuerdo agrícola. Luis Mora Silva, gobernador de Mérida, asistió "
        "a la firma.",
        "Luis Mora Silva",
        "VEN",
    ),
    # a state's office, and a clause after the name that is no office, keep what they said
    (
        "en",
        "NAIROBI - Kenya and Tanzania signed a power deal. Ali Hassan Mwinyi, Tanzania's Minister of Energy, "
        "signed for his side.",
        "Ali Hassan Mwinyi",
        "TZA",
    ),
    (
        "en",
        "ISLAMABAD: Pakistan and China signed a rail deal. Minister for Railways Saad Akhtar, who visited the "
        "Governor of Sichuan last week, said work would start in June.",
        "Saad Akhtar",
        "PAK",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "expected"), CASES)
def test_apposed_place_office_country(language, text, name, expected):
    assert country(text, name, language) == expected
