## Short source labels shown beside numbers. Full references are on the About page.

cite-danger = DanGer Shock, NEJM 2024
cite-danger-bleeding = DanGer bleeding analysis, JACC Interv 2026
cite-danger-10y = DanGer long-term follow-up, NEJM 2025 (letter)
cite-danger-fit = Planka and others, Catheter Cardiovasc Interv 2025
cite-berg = Berg and others, Curr Opin Crit Care 2021
cite-scai = SCAI 2022
cite-stroke-review = review, doi 10.1055/a-2697-3309
cite-maker = maker’s information
cite-label = Source
cite-ecls = ECLS-SHOCK, NEJM 2023
cite-iabp = IABP-SHOCK II
cite-impress = IMPRESS, JACC 2017
cite-isar = ISAR-SHOCK, JACC 2008
cite-shock-trial = SHOCK trial, Sleeper and others, J Am Coll Cardiol 2005
cite-pics = Circulation 2025
cite-nice = NICE HTG775, 2026
cite-danger-esc = DanGer investigators, ESC 2025
cite-danger-icu = DanGer ICU stay analysis, Eur Heart J Acute Cardiovasc Care 2025
cite-danger-escalation = Schrage and others, Eur Heart J Acute Cardiovasc Care 2025
cite-nice-public = NICE information for the public, 2026
cite-bran = Choosing Wisely UK questions
cite-ipdas = IPDAS decision aid standards
cite-nice-armpit = NICE HTG774 (armpit route), 2026
cite-pepe = Pepe and others, Shock 2020
cite-mca = Mental Capacity Act 2005
cite-support-levels = Atti and others, Heart Int 2022; Jiritano and others, Card Fail Rev 2020
