## Krótkie opisy źródeł przy liczbach. Pełne odnośniki są na stronie „O przewodniku i źródła”.

cite-danger = DanGer Shock, NEJM 2024
cite-danger-bleeding = DanGer bleeding analysis, JACC Interv 2026
cite-danger-10y = DanGer, obserwacja długoterminowa, NEJM 2025 (list do redakcji)
cite-danger-fit = Planka i wsp., Catheter Cardiovasc Interv 2025
cite-berg = Berg i wsp., Curr Opin Crit Care 2021
cite-scai = SCAI 2022
cite-stroke-review = przegląd, doi 10.1055/a-2697-3309
cite-maker = informacje producenta
cite-label = Źródło
cite-ecls = ECLS-SHOCK, NEJM 2023
cite-iabp = IABP-SHOCK II
cite-impress = IMPRESS, JACC 2017
cite-isar = ISAR-SHOCK, JACC 2008
cite-shock-trial = badanie SHOCK, Sleeper i wsp., J Am Coll Cardiol 2005
cite-pics = Circulation 2025
cite-nice = NICE HTG775, 2026
cite-danger-esc = Badacze DanGer, ESC 2025
cite-danger-icu = DanGer, analiza pobytu na OIT, Eur Heart J Acute Cardiovasc Care 2025
cite-danger-escalation = Schrage i wsp., Eur Heart J Acute Cardiovasc Care 2025
cite-nice-public = NICE, informacje dla pacjentów i społeczeństwa, 2026
cite-bran = Pytania Choosing Wisely UK
cite-ipdas = Standardy IPDAS dla narzędzi wspierających decyzje
cite-nice-armpit = NICE HTG774 (wprowadzenie w okolicy pachy), 2026
cite-pepe = Pepe i wsp., Shock 2020
cite-mca = ustawa Mental Capacity Act 2005
cite-support-levels = Atti i wsp., Heart Int 2022; Jiritano i wsp., Card Fail Rev 2020
