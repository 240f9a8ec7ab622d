"""Arms bought under a contract are procurement, of no subject (other); a volume of arms exports stays trade;
every sentence here was written for these tests."""

from pipelines.extract.money import extract_money


def _facts(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


def test_an_arms_contract_is_other():
    text = "Ruritania signed contracts worth $2 billion for 40 fighter jets, defying a ban on arms sales."
    assert _facts(text)[0] == ("commitment", "other")


def test_an_arms_contract_is_other_in_spanish():
    text = "Freedonia firmó contratos por valor de 900 millones de dólares para comprar tanques y ventas de misiles."
    assert _facts(text, "es")[0] == ("commitment", "other")


def test_arms_exports_reported_stay_trade():
    text = "Ruritania's arms exports reached $3 billion last year."
    assert _facts(text)[0] == ("actual", "trade")
