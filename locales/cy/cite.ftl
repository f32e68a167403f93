## Labeli ffynhonnell byr wrth ymyl rhifau. Mae’r cyfeiriadau llawn ar y dudalen Amdanom.

cite-danger = DanGer Shock, NEJM 2024
cite-danger-bleeding = DanGer bleeding analysis, JACC Interv 2026
cite-danger-10y = Dilyniant tymor hir DanGer, NEJM 2025 (llythyr)
cite-danger-fit = Planka ac eraill, Catheter Cardiovasc Interv 2025
cite-berg = Berg ac eraill, Curr Opin Crit Care 2021
cite-scai = SCAI 2022
cite-stroke-review = adolygiad, doi 10.1055/a-2697-3309
cite-maker = gwybodaeth y gwneuthurwr
cite-label = Ffynhonnell
cite-ecls = ECLS-SHOCK, NEJM 2023
cite-iabp = IABP-SHOCK II
cite-impress = IMPRESS, JACC 2017
cite-isar = ISAR-SHOCK, JACC 2008
cite-shock-trial = treial SHOCK, Sleeper ac eraill, J Am Coll Cardiol 2005
cite-pics = Circulation 2025
cite-nice = NICE HTG775, 2026
cite-danger-esc = Ymchwilwyr DanGer, ESC 2025
cite-danger-icu = Dadansoddiad arhosiad gofal dwys DanGer, Eur Heart J Acute Cardiovasc Care 2025
cite-danger-escalation = Schrage ac eraill, Eur Heart J Acute Cardiovasc Care 2025
cite-nice-public = Gwybodaeth NICE i’r cyhoedd, 2026
cite-bran = Cwestiynau Choosing Wisely UK
cite-ipdas = Safonau IPDAS ar gyfer cymhorthion penderfynu
cite-nice-armpit = NICE HTG774 (llwybr y gesail), 2026
cite-pepe = Pepe ac eraill, Shock 2020
cite-mca = Mental Capacity Act 2005 (Deddf Galluedd Meddyliol 2005)
cite-support-levels = Atti ac eraill, Heart Int 2022; Jiritano ac eraill, Card Fail Rev 2020
