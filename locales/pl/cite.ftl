## Krótkie opisy źródeł przy liczbach. Pełne odnośniki są na stronie „O przewodniku i źródła”.

cite-danger = DanGer Shock, NEJM 2024
cite-danger-bleeding = DanGer bleeding analysis, JACC Interv 2026
cite-danger-10y = DanGer 10-year, ESC 2025
cite-danger-fit = szacunek dla codziennej opieki, podawany razem z DanGer Shock
cite-berg = Berg i wsp., Curr Opin Crit Care 2021
cite-scai = SCAI 2022
cite-stroke-review = przegląd, doi 10.1055/a-2697-3309
cite-maker = informacje producenta
cite-label = Źródło
cite-ecls = ECLS-SHOCK, NEJM 2023
cite-iabp = IABP-SHOCK II
cite-impress = IMPRESS, JACC 2017
cite-isar = ISAR-SHOCK, JACC 2008
cite-shock-trial = badanie SHOCK
cite-pics = Circulation 2025
cite-nice = NICE HTG775, 2026
