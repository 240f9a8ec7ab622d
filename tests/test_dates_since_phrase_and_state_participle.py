"""A bare month in a phrase that `since` leads, a few words after it with no verb between, is the date of the event the
phrase names, which a span runs from: behind publication whatever the tense of the main verb ('trade has recovered
since the reopening of the border in February', 'Depuis le retour du Maroc au sein de l'UA en janvier, Rabat a
multiplié les visites'). A `desde` right after a participle of a state that lasts (`state_since_participle` of
date_cues.csv) is `since`, not `from`, even after a future verb ('pagará los salarios congelados desde noviembre',
'vai retomar as obras paradas desde dezembro'). A causal `since` with a verb of its own, a French `depuis` of a place
and a Spanish `desde` after a future verb and a participle of manner keep their reading. Sentences written for the
class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        # `since` and an event's noun phrase before the month: behind
        (
            "2015-07-20",
            "en",
            "Exports to Turkey have fallen sharply since the collapse of the talks in September.",
            ("in September", d("2014-09-01"), d("2014-09-30")),
        ),
        (
            "2021-01-20",
            "en",
            "Since the reopening of the Torkham crossing in February, trade has recovered.",
            ("in February", d("2020-02-01"), d("2020-02-29")),
        ),
        (
            "2018-04-02",
            "en",
            "Since his election as president in November, George Weah has visited four neighbours.",
            ("in November", d("2017-11-01"), d("2017-11-30")),
        ),
        (
            "2019-05-06",
            "en",
            "Hanoi and Seoul have held three rounds of talks since the signing of the roadmap in December.",
            ("in December", d("2018-12-01"), d("2018-12-31")),
        ),
        (
            "2023-03-10",
            "en",
            "It is the first visit by a Chilean minister since the inauguration of President Boric in August.",
            ("in August", d("2022-08-01"), d("2022-08-31")),
        ),
        (
            "2017-11-23",
            "fr",
            "Depuis le retour du Maroc au sein de l'UA en janvier, Rabat a multiplié les visites en Afrique.",
            ("en janvier", d("2017-01-01"), d("2017-01-31")),
        ),
        (
            "2016-02-15",
            "fr",
            "Le commerce a doublé, depuis la levée des sanctions contre l'Iran en juillet.",
            ("en juillet", d("2015-07-01"), d("2015-07-31")),
        ),
        (
            "2022-03-15",
            "es",
            "Desde la firma del tratado en Montevideo en octubre, el comercio bilateral creció un 12%.",
            ("en octubre", d("2021-10-01"), d("2021-10-31")),
        ),
        # a causal `since` with its own verb, a `depuis` of a place: unchanged
        (
            "2014-03-03",
            "en",
            "Since the ministers will meet in Astana in April, the paper was put off.",
            ("in April", d("2014-04-01"), d("2014-04-30")),
        ),
        (
            "2019-02-11",
            "fr",
            "Le ministre s'exprimera depuis Genève en mars devant le Conseil.",
            ("en mars", d("2019-03-01"), d("2019-03-31")),
        ),
        # `desde` after a participle of a state: since, behind
        (
            "2017-05-17",
            "es",
            "La empresa estatal deberá pagar a las contratistas unos 5.200 millones adeudados desde diciembre.",
            ("desde diciembre", d("2016-12-01"), d("2016-12-31")),
        ),
        (
            "2020-06-01",
            "es",
            "El gobierno de Lima pagará los salarios congelados desde noviembre.",
            ("desde noviembre", d("2019-11-01"), d("2019-11-30")),
        ),
        (
            "2021-03-08",
            "es",
            "Bolivia reabrirá la frontera con Chile, cerrada desde agosto, según la cancillería.",
            ("desde agosto", d("2020-08-01"), d("2020-08-31")),
        ),
        (
            "2019-04-08",
            "pt",
            "A construtora vai retomar as obras paradas desde dezembro em Nacala.",
            ("desde dezembro", d("2018-12-01"), d("2018-12-31")),
        ),
        (
            "2012-05-10",
            "pt",
            "O governo de Maputo vai pagar as indenizações devidas desde outubro.",
            ("desde outubro", d("2011-10-01"), d("2011-10-31")),
        ),
        # `desde` after a future verb and no participle of a state: from, ahead
        (
            "2018-08-08",
            "es",
            "La Policía Nacional del Perú y Carabineros realizarán patrullajes coordinados desde septiembre.",
            ("desde septiembre", d("2018-09-01"), d("2018-09-30")),
        ),
        (
            "2019-03-08",
            "pt",
            "O Brasil vai enviar navios equipados desde julho com novos radares.",
            ("desde julho", d("2019-07-01"), d("2019-07-31")),
        ),
        (
            "2013-02-11",
            "es",
            "El ministerio realizará patrullajes conjuntos desde septiembre.",
            ("desde septiembre", d("2013-09-01"), d("2013-09-30")),
        ),
    ],
)
def test_since_phrase_and_state_participle(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert expected in {(m.text, m.date_start, m.date_end) for m in found}
