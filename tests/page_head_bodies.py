"""Article bodies in four languages under the page heads of the page-head batteries (text of our own)."""

BODY = (
    "The two governments signed a memorandum on power trade on Tuesday, officials said, and agreed to meet again "
    "before the end of the year to review the first deliveries."
)
BODY_ES = (
    "Los dos gobiernos firmaron el martes un memorando sobre comercio de energía y acordaron reunirse de nuevo antes "
    "de fin de año para revisar las primeras entregas."
)
BODY_FR = (
    "Les deux gouvernements ont signé mardi un protocole sur les échanges d'électricité et conviennent de se revoir "
    "avant la fin de l'année pour examiner les premières livraisons."
)
BODY_PT = (
    "Os dois governos assinaram na terça-feira um memorando sobre comércio de energia e acordaram voltar a reunir-se "
    "antes do fim do ano para avaliar as primeiras entregas."
)
