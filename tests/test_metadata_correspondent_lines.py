"""A line that credits the outlet's correspondent (`Par notre correspondant à Dakar`, `From our correspondent in
Lima`) is no headline; the header line's headline stays; sentences written for these tests."""

from pipelines.extract.article import extract_article


def test_a_correspondent_line_is_no_headline():
    text = (
        " date 2012-05-03 Sénégal : Dakar et Rabat signent un accord de pêche\n\nAfrique | Économie\n\n"
        "Par notre correspondant à Dakar\n\n"
        "Les deux ministres ont signé mercredi un accord sur la pêche artisanale.\n"
    )
    assert extract_article(text).metadata.title == "Sénégal : Dakar et Rabat signent un accord de pêche"
