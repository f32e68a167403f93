## Short source labels shown beside numbers. Full references are on the About page.

cite-danger = DanGer Shock, NEJM 2024
cite-danger-bleeding = DanGer bleeding analysis, JACC Interv 2026
cite-danger-10y = DanGer طویل مدتی فالو اپ، NEJM 2025 (خط)
cite-danger-fit = Planka اور دیگر، Catheter Cardiovasc Interv 2025
cite-berg = Berg اور دیگر، Curr Opin Crit Care 2021
cite-scai = SCAI 2022
cite-stroke-review = جائزہ، doi 10.1055/a-2697-3309
cite-maker = بنانے والی کمپنی کی معلومات
cite-label = ماخذ
cite-ecls = ECLS-SHOCK, NEJM 2023
cite-iabp = IABP-SHOCK II
cite-impress = IMPRESS, JACC 2017
cite-isar = ISAR-SHOCK, JACC 2008
cite-shock-trial = SHOCK ٹرائل، Sleeper اور دیگر، J Am Coll Cardiol 2005
cite-pics = Circulation 2025
cite-nice = NICE HTG775, 2026
cite-danger-esc = DanGer کے محققین، ESC 2025
cite-danger-icu = DanGer، ICU میں قیام کا تجزیہ، Eur Heart J Acute Cardiovasc Care 2025
cite-danger-escalation = Schrage اور دیگر، Eur Heart J Acute Cardiovasc Care 2025
cite-nice-public = NICE، عوام کے لیے معلومات، 2026
cite-bran = Choosing Wisely UK کے سوالات
cite-ipdas = IPDAS، فیصلوں میں مدد کے معیارات
cite-nice-armpit = NICE HTG774 (بغل کا راستہ)، 2026
cite-pepe = Pepe اور دیگر، Shock 2020
cite-mca = Mental Capacity Act 2005 (ذہنی صلاحیت کا قانون)
cite-support-levels = Atti اور دیگر، Heart Int 2022؛ Jiritano اور دیگر، Card Fail Rev 2020
